package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Row is one unit of a scoreboard: the body and the tally of the tasks
// it holds.
type Row struct {
	Name  string
	Key   string // registry key, "" for a name as written
	Tally Tally
}

// Slice picks tasks by their index in the cascade.
type Slice func(i int) bool

// All is the slice of every task.
func All(int) bool { return true }

// ByUnit tallies the tasks of slice (nil: all) per body holding them at
// the date of st, in one pass. A task held jointly after a
// reassignment counts for each holder; a task with no holder for "".
func ByUnit(c *task.Cascade, st []Status, slice Slice) []Row {
	index := map[string]int{}
	var rows []Row
	for i := range c.Tasks {
		if !st[i].Assigned || slice != nil && !slice(i) {
			continue
		}
		holders := st[i].Holders
		if holders == nil {
			holders = []task.Assignee{st[i].Holder} // no allocation: it does not escape
		}
		for _, h := range holders {
			id := h.Key
			if id == "" {
				id = "name:" + vntext.Key(h.Name)
			}
			k, ok := index[id]
			if !ok {
				k = len(rows)
				index[id] = k
				rows = append(rows, Row{Name: h.Name, Key: h.Key})
			}
			rows[k].Tally.Add(st[i])
		}
	}
	return rows
}

// Total tallies the tasks of slice (nil: all).
func Total(st []Status, slice Slice) Tally {
	var t Tally
	for i := range st {
		if slice == nil || slice(i) {
			t.Add(st[i])
		}
	}
	return t
}

// Rank sorts a scoreboard: by on-time rate, then completion, both
// highest first, then by name in Vietnamese order. It sorts rows in
// place and returns them.
func Rank(rows []Row) []Row {
	col := vntext.NewCollator()
	slices.SortStableFunc(rows, func(a, b Row) int {
		if c := b.Tally.OnTimeRate().Cmp(a.Tally.OnTimeRate()); c != 0 {
			return c
		}
		if c := b.Tally.Completion().Cmp(a.Tally.Completion()); c != 0 {
			return c
		}
		if c := col.CompareString(vntext.NFC(a.Name), vntext.NFC(b.Name)); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return rows
}

// Under is the slice of tasks held, at the date of st, by org o or a
// body below it (its children, and theirs, on date d).
func Under(c *task.Cascade, st []Status, reg *org.Registry, o *org.Org, d chidao.Date) Slice {
	keys := map[string]bool{}
	var walk func(*org.Org)
	walk = func(x *org.Org) {
		if keys[x.Key()] {
			return
		}
		keys[x.Key()] = true
		for _, ch := range reg.Children(x, d) {
			walk(ch)
		}
	}
	walk(o)
	return func(i int) bool {
		for _, h := range st[i].Held() {
			if keys[h.Key] {
				return true
			}
		}
		return false
	}
}

// Below is the slice of the tasks of document doc and of every task the
// cascade's links put below them.
func Below(c *task.Cascade, doc directive.ID) Slice {
	idx := c.Index()
	children := map[int][]int{}
	for _, l := range c.Links {
		p, ok1 := idx[l.Parent]
		ch, ok2 := idx[l.Child]
		if ok1 && ok2 {
			children[p] = append(children[p], ch)
		}
	}
	in := make([]bool, len(c.Tasks))
	var stack []int
	for i := range c.Tasks {
		if c.Tasks[i].Origin != nil && c.Tasks[i].Origin.Document == doc {
			in[i] = true
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, ch := range children[i] {
			if !in[ch] {
				in[ch] = true
				stack = append(stack, ch)
			}
		}
	}
	return func(i int) bool { return in[i] }
}

// Due in a period: the slice of tasks whose deadline day falls within
// [from, to].
func DueWithin(c *task.Cascade, from, to chidao.Date) Slice {
	return func(i int) bool {
		d := c.Tasks[i].Deadline.Date
		return !d.IsZero() && !d.Before(from) && !d.After(to)
	}
}

var vi = message.NewPrinter(language.Vietnamese)

// decimalMark is the Vietnamese decimal separator, as x/text formats it.
var decimalMark = func() string {
	s := vi.Sprintf("%v", number.Decimal(1.5))
	return strings.Trim(s, "0123456789")
}()

// Percent writes a rate as Vietnamese read it: rounded half-up to two
// places when shown, never before, with the decimal comma and grouping
// of x/text ("87,50%", "100,00%").
func Percent(d decimal.Decimal) string {
	r := d.Round(2) // half away from zero: half-up for rates, which are not negative
	h := r.Shift(2).IntPart()
	sign := ""
	if h < 0 {
		sign, h = "-", -h
	}
	return fmt.Sprintf("%s%s%s%02d%%", sign, vi.Sprintf("%v", number.Decimal(h/100)), decimalMark, h%100)
}

// AtLevel is the slice of tasks held, at the date of st, by a body of
// the registry at level l (province, district, commune …).
func AtLevel(st []Status, reg *org.Registry, l org.Level) Slice {
	return heldBy(st, reg, func(o *org.Org) bool { return o.Level() == l })
}

// InBloc is the slice of tasks held by a body of bloc b (State, Party,
// Front, press …).
func InBloc(st []Status, reg *org.Registry, b org.Bloc) Slice {
	return heldBy(st, reg, func(o *org.Org) bool { return o.Bloc() == b })
}

func heldBy(st []Status, reg *org.Registry, keep func(*org.Org) bool) Slice {
	memo := map[string]bool{}
	return func(i int) bool {
		for _, h := range st[i].Held() {
			v, ok := memo[h.Key]
			if !ok {
				o, found := reg.Org(h.Key)
				v = found && keep(o)
				memo[h.Key] = v
			}
			if v {
				return true
			}
		}
		return false
	}
}
