// Package demo builds the Hà Nội example the programs in examples/ walk
// through: the chain of documents above Công văn 3241/UBND-KGVX, modelled
// from what the letter says of them, the letter read by the parser, the
// plans of the departments and districts below it, and their progress,
// simulated from a fixed seed. It is not API.
package demo

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

// modelled is a document above the letter, as the letter describes it.
type modelled struct {
	symbol, issuerKey, typ string
	date                   chidao.Date
	duties                 []duty
}

type duty struct{ assignee, text string }

var d = chidao.MustDate

var chain = []modelled{
	{"238-QĐ/TW", "vn.ban-bi-thu", "Quyết định", d(2020, 9, 30), []duty{
		{"Thành ủy Hà Nội", "Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo thực hiện Quy chế phối hợp giữa ban tuyên giáo các cấp với cơ quan nhà nước cùng cấp."}}},
	{"24-CT/TU", "hn.btv-thanh-uy", "Chỉ thị", d(2023, 8, 7), []duty{
		{"Thành ủy Hà Nội", "Xây dựng kế hoạch thực hiện Chỉ thị tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị Thành phố."}}},
	{"171-KH/TU", "hn.thanh-uy", "Kế hoạch", d(2023, 8, 14), []duty{
		{"Ban Tuyên giáo Thành ủy", "Hướng dẫn công tác tuyên truyền thực hiện Chỉ thị."},
		{"Ủy ban nhân dân Thành phố", "Lãnh đạo, chỉ đạo triển khai thực hiện Chỉ thị trong các cơ quan hành chính Thành phố."}}},
	{"114-HD/BTGTU", "hn.btgtu", "Hướng dẫn", d(2023, 8, 23), []duty{
		{"Ủy ban nhân dân Thành phố", "Chỉ đạo các sở, ngành, quận, huyện, thị xã và cơ quan báo chí tuyên truyền thực hiện Chỉ thị."}}},
}

// noPlan are the districts the simulation leaves without a plan.
var noPlan = []string{"hn.h-ba-vi.ubnd", "hn.h-my-duc.ubnd", "hn.q-tay-ho.ubnd"}

// World is the cascade and what the outputs need of it.
type World struct {
	Reg         *org.Registry
	Cascade     *task.Cascade
	Letter      *directive.Document
	LetterTasks int // how many tasks the letter gives
	First       int // the index of the letter's first task
	// Findings are what FromDocument could not determine on the letter.
	Findings chidao.ErrorList
}

// Build models the chain, reads the letter, simulates the plans, and
// writes what it did to w (nil: nothing).
func Build(letter string, w io.Writer) (*World, error) {
	if w == nil {
		w = io.Discard
	}
	reg := org.HaNoi()
	c := &task.Cascade{}
	var byDoc [][]int // task indexes of each document of the chain
	add := func(ts []task.Task) []int {
		var idx []int
		for _, t := range ts {
			idx = append(idx, len(c.Tasks))
			c.Tasks = append(c.Tasks, t)
			c.Events = append(c.Events, []task.Event{{Kind: task.EventAssigned, Date: t.Assigned()}})
		}
		return idx
	}
	link := func(parents, children []int, byHand bool) {
		for _, p := range parents {
			for _, ch := range children {
				c.Links = append(c.Links, task.Link{Parent: c.Tasks[p].ID, Child: c.Tasks[ch].ID, ByHand: byHand})
			}
		}
	}
	fmt.Fprintln(w, "The chain (documents above the letter modelled from what it says of them):")
	for i, m := range chain {
		doc, err := m.document(reg)
		if err != nil {
			return nil, err
		}
		ts, _ := task.FromDocument(doc, reg, chidao.Date{})
		if i == 0 {
			c.Root = ts[0].Origin.Document
		}
		byDoc = append(byDoc, add(ts))
		fmt.Fprintf(w, "  %-15s %s %s, %s: %d task(s) → %s\n", m.symbol, m.typ, issuerName(reg, m.issuerKey), DMY(m.date), len(ts), assignees(ts))
	}
	// 238-QĐ/TW is cited, not carried out, by the Party documents below:
	// the link is made by hand. The others carry out their parent.
	link(byDoc[0], byDoc[1], true)
	link(byDoc[1], byDoc[2], false)
	link(byDoc[2][:1], byDoc[3], false) // 114-HD/BTGTU, the propaganda board's guidance

	doc, err := parser.Parse(letter)
	if err != nil {
		return nil, err
	}
	letterTasks, findings := task.FromDocument(doc, reg, chidao.Date{})
	wd := &World{Reg: reg, Cascade: c, Letter: doc, LetterTasks: len(letterTasks), First: len(c.Tasks), Findings: findings}
	letterIdx := add(letterTasks)
	// the letter cites 171-KH/TU as what it implements: PlanLinks finds
	// the People's Committee's task there; it follows 114-HD/BTGTU's
	// guidance ("theo Hướng dẫn"), linked by hand
	above := []task.Task{c.Tasks[byDoc[2][0]], c.Tasks[byDoc[2][1]], c.Tasks[byDoc[3][0]]}
	found := task.PlanLinks(above, doc, letterTasks)
	c.Links = append(c.Links, found...)
	link([]int{byDoc[3][0]}, letterIdx, true)
	fmt.Fprintf(w, "  %-15s %s %s, %s: %d tasks over %d bodies (%d partners named, no task); %d links found through its citation of 171-KH/TU\n",
		doc.Symbol, doc.Type.Label(), issuerName(reg, "hn.ubnd"), DMY(doc.Date), len(letterTasks), countBodies(letterTasks), count(findings, task.CodeNotDirected), len(found))

	// each Sở and district but three answers with a plan of its own
	plans, planTasks := 0, 0
	byBody := map[string][]int{}
	var order []string
	for _, i := range letterIdx {
		k := c.Tasks[i].Assignee.Key
		if _, seen := byBody[k]; !seen {
			order = append(order, k)
		}
		byBody[k] = append(byBody[k], i)
	}
	for n, k := range order {
		body, _ := reg.Org(k)
		if body.Kind() == org.KindPress || slices.Contains(noPlan, k) {
			continue
		}
		plan := planOf(body, n+1, d(2023, 10, 16).AddDays(n%10), c.Tasks, byBody[k])
		ts, _ := task.FromDocument(plan, reg, chidao.Date{})
		idx := add(ts)
		for j, parent := range byBody[k] {
			link([]int{parent}, idx[j:j+1], true) // item j of the plan carries out task j
		}
		plans++
		planTasks += len(ts)
	}
	fmt.Fprintf(w, "  plans           %d Kế hoạch of the departments and districts: %d tasks, due by 30/11, 15/12 or the end of Quý IV/2023\n", plans, planTasks)
	return wd, nil
}

// Simulate draws the units' progress reports from a fixed seed: the
// press report their tasks done in December; each plan's items are
// reported on monthly, most done by the end of December, some late, a
// few not started; a body reports its letter tasks done once its plan is.
func (wd *World) Simulate() ([]report.Progress, error) {
	rng := rand.New(rand.NewPCG(24, 3241))
	c := wd.Cascade
	var reports []report.Progress
	byUnit := map[string][]int{}
	var units []string
	for i := wd.First; i < len(c.Tasks); i++ {
		k := c.Tasks[i].Assignee.Key
		if _, ok := byUnit[k]; !ok {
			units = append(units, k)
		}
		byUnit[k] = append(byUnit[k], i)
	}
	for n, k := range units {
		o, _ := wd.Reg.Org(k)
		abbrev := o.Abbrev()
		if abbrev == "" {
			abbrev = "UBND"
		}
		symbol := func(m int) string { return fmt.Sprintf("%d/BC-%s", 100*m+n, abbrev) }
		mine := byUnit[k]
		if o.Kind() == org.KindPress {
			var lines []report.Line
			for _, i := range mine {
				lines = append(lines, report.Line{Task: c.Tasks[i].ID, Done: true, Narrative: "đã tuyên truyền"})
			}
			reports = append(reports, report.Progress{Unit: c.Tasks[mine[0]].Assignee, Date: d(2023, 12, 5+rng.IntN(20)), Document: symbol(12), Lines: lines})
			continue
		}
		// the body's plan items: a pace for the body, then each item
		pace := rng.IntN(100)
		allDone := true
		lastDone := chidao.Date{}
		for _, i := range mine {
			t := &c.Tasks[i]
			if t.Origin == wd.Cascade.Tasks[wd.First].Origin {
				continue // the letter's own tasks: below
			}
			switch {
			case pace < 10: // not started by the end of the year
				allDone = false
			case pace < 75 || rng.IntN(4) > 0: // done, in time or late
				when := d(2023, 11, 15).AddDays(rng.IntN(40) + pace/5)
				reports = append(reports, report.Progress{Unit: t.Assignee, Date: when, Document: symbol(int(when.Month())),
					Lines: []report.Line{{Task: t.ID, Done: true, Narrative: "đã hoàn thành"}}})
				if when.After(lastDone) {
					lastDone = when
				}
			default: // in progress
				allDone = false
				reports = append(reports, report.Progress{Unit: t.Assignee, Date: d(2023, 11, 30), Document: symbol(11),
					Lines: []report.Line{{Task: t.ID, Percent: task.Percent(2000 + 100*rng.IntN(60)), Narrative: "đang thực hiện"}}})
			}
		}
		if !allDone || lastDone.IsZero() {
			continue
		}
		var lines []report.Line
		for _, i := range mine {
			if c.Tasks[i].Origin == wd.Cascade.Tasks[wd.First].Origin {
				lines = append(lines, report.Line{Task: c.Tasks[i].ID, Done: true, Narrative: "đã triển khai theo kế hoạch"})
			}
		}
		reports = append(reports, report.Progress{Unit: c.Tasks[mine[0]].Assignee, Date: lastDone, Document: symbol(99), Lines: lines})
	}
	ev, errs := report.Events(c, reports)
	if errs.HasErrors() {
		return nil, errs.Err()
	}
	c.Events = ev
	return reports, nil
}

// DescribeReassign tells where the open work went.
func DescribeReassign(w io.Writer, wd *World, r *task.Cascade, at chidao.Date) {
	fmt.Fprintf(w, "\nAfter the 2025 reforms, the open work reassigned on %s:\n", DMY(at))
	moved := map[string]int{}
	var examples []string
	for i := range r.Tasks {
		ev := r.Events[i]
		if len(ev) == len(wd.Cascade.Events[i]) {
			continue
		}
		note := strings.TrimPrefix(ev[len(ev)-1].Note, task.ReasonReorganisation+": ")
		if moved[note] == 0 {
			examples = append(examples, note)
		}
		moved[note]++
	}
	total := 0
	for _, n := range moved {
		total += n
	}
	fmt.Fprintf(w, "  %d tasks moved, %d kinds of move; for example:\n", total, len(moved))
	slices.Sort(examples)
	for _, e := range examples {
		if strings.Contains(e, "Thông tin và Truyền thông") || strings.Contains(e, "Ban Tuyên giáo") || strings.Contains(e, "quận Hoàn Kiếm") || strings.Contains(e, "Sở Nội vụ") {
			fmt.Fprintf(w, "    %d × %s\n", moved[e], e)
		}
	}
	left := 0
	for i := range r.Tasks {
		s, err := task.Fold(&r.Tasks[i], r.Events[i])
		if err != nil {
			continue
		}
		for _, a := range s.Holders(&r.Tasks[i]) {
			if o, ok := wd.Reg.Org(a.Key); ok && s.Phase.Open() && !o.ValidAt(at) {
				left++
			}
		}
	}
	fmt.Fprintf(w, "  open tasks left with a body that has ended: %d\n", left)
	fmt.Fprintln(w, "  checked again:")
	FindingsOf(w, r.Validate(wd.Reg))
}

// document builds a modelled document of the chain.
func (m modelled) document(reg *org.Registry) (*directive.Document, error) {
	issuer, ok := reg.Org(m.issuerKey)
	if !ok {
		return nil, fmt.Errorf("no body %s", m.issuerKey)
	}
	sym, err := directive.ParseSymbol(m.symbol)
	if err != nil {
		return nil, err
	}
	typ, _ := directive.KindByName(m.typ)
	doc := &directive.Document{Bloc: directive.Bloc(issuer.Bloc()), Issuer: issuer.Name(), IssuerKey: issuer.Key(),
		Symbol: sym, Type: typ, Date: m.date}
	for i, du := range m.duties {
		doc.Obligations = append(doc.Obligations, directive.Obligation{
			Path: fmt.Sprintf("body[%d]", i), Text: du.text, Addressees: []string{du.assignee}})
	}
	return doc, nil
}

// planOf simulates the plan a body issues to carry out its tasks: one
// item for each, which the body itself leads (through its divisions),
// due at the end of the quarter, with a report to show for it.
func planOf(body *org.Org, n int, date chidao.Date, tasks []task.Task, mine []int) *directive.Document {
	abbrev := body.Abbrev()
	if abbrev == "" || abbrev == "UBND" {
		abbrev = "UBND"
	}
	sym, _ := directive.ParseSymbol(fmt.Sprintf("%d/KH-%s", 100+n, abbrev))
	// the bodies set their own terms: some by the end of November, some
	// by mid-December, the others the quarter
	due := []*directive.Due{
		{Text: "trước ngày 30/11/2023", Kind: directive.DueDate, Date: d(2023, 11, 30)},
		{Text: "trước ngày 15/12/2023", Kind: directive.DueDate, Date: d(2023, 12, 15)},
		{Text: "Quý IV/2023", Kind: directive.DuePeriodEnd, Date: d(2023, 12, 31)},
	}[n%3]
	doc := &directive.Document{Bloc: directive.BlocState, Issuer: body.Name(), IssuerKey: body.Key(),
		Symbol: sym, Type: mustKind("Kế hoạch"), Date: date}
	for i, t := range mine {
		doc.Obligations = append(doc.Obligations, directive.Obligation{
			Path:       fmt.Sprintf("body[1].children[%d]", i),
			Text:       "Triển khai: " + firstSentence(tasks[t].Text),
			Addressees: []string{body.Name()},
			Due:        due,
			Product:    "báo cáo",
		})
	}
	return doc
}

func mustKind(name string) directive.Kind {
	k, _ := directive.KindByName(name)
	return k
}

func firstSentence(s string) string {
	if i := strings.IndexAny(s, ".;"); i > 0 {
		return s[:i]
	}
	return s
}

func issuerName(reg *org.Registry, key string) string {
	if o, ok := reg.Org(key); ok {
		return o.Name()
	}
	return key
}

func assignees(ts []task.Task) string {
	var names []string
	for _, t := range ts {
		names = append(names, t.Assignee.Name)
	}
	return strings.Join(names, "; ")
}

func countBodies(ts []task.Task) int {
	seen := map[string]bool{}
	for _, t := range ts {
		seen[t.Assignee.Key] = true
	}
	return len(seen)
}

func count(errs chidao.ErrorList, code chidao.Code) int {
	n := 0
	for _, e := range errs {
		if e.Code == code {
			n++
		}
	}
	return n
}

// FindingsOf prints how many findings of each code, errors first, and
// the first of each.
func FindingsOf(w io.Writer, errs chidao.ErrorList) {
	if len(errs) == 0 {
		fmt.Fprintln(w, "    no findings")
		return
	}
	byCode := map[chidao.Code][]*chidao.FieldError{}
	var codes []chidao.Code
	for _, e := range errs {
		if byCode[e.Code] == nil {
			codes = append(codes, e.Code)
		}
		byCode[e.Code] = append(byCode[e.Code], e)
	}
	for _, code := range codes {
		first := byCode[code][0]
		fmt.Fprintf(w, "    %d × %s\n      e.g. %s\n", len(byCode[code]), code, first.Line())
	}
	if !errs.HasErrors() {
		fmt.Fprintln(w, "    no errors")
	}
}

func DMY(x chidao.Date) string {
	y, m, dd := x.Parts()
	return fmt.Sprintf("%02d/%02d/%d", dd, m, y)
}

// Reform is the day the district level ended: from it on, the open work
// is reassigned before it is counted.
var Reform = chidao.MustDate(2025, 7, 1)

// Board ranks the units on the tasks of the letter and the plans below
// it, in cascade c (the world's, or one reassigned) with statuses st.
func (wd *World) Board(c *task.Cascade, st []report.Status, day chidao.Date) report.Board {
	return report.NewBoard("Kết quả thực hiện Công văn 3241/UBND-KGVX và kế hoạch của các đơn vị", day, c, st, report.Below(c, wd.Letter.ID()))
}

// BaoCao is the report the People's Committee could sign three days
// after day, to the Party standing board that issued the directive.
func BaoCao(b report.Board, day chidao.Date) *directive.Document {
	return b.Document(report.DocumentOptions{
		Bloc: directive.BlocState, Issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", IssuerKey: "hn.ubnd",
		Symbol: directive.MustParseSymbol("15/BC-UBND"), Place: "Hà Nội", Date: day.AddDays(3),
		On:           "Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy Hà Nội và Công văn số 3241/UBND-KGVX ngày 04/10/2023 của UBND Thành phố",
		Recipients:   []string{"Ban Thường vụ Thành ủy Hà Nội"},
		Signature:    directive.Signature{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Title: "PHÓ CHỦ TỊCH", Name: "(người ký)"},
		Distribution: []string{"Như trên;", "Thường trực Thành ủy;", "Các Sở, ban, ngành Thành phố;", "Lưu: VT, KGVX."},
	})
}
