// Command cascade models the work Chỉ thị 24-CT/TU of Hà Nội's Party
// standing board starts, from the Secretariat's regulation the city's
// letter cites down to the plans of the departments and districts:
//
//	238-QĐ/TW → 24-CT/TU → 171-KH/TU → 114-HD/BTGTU → 3241/UBND-KGVX → plans
//
// The letter 3241/UBND-KGVX is read by the parser from its text (a copy of
// ../shared/seeds/hanoi-3241-UBND-KGVX.txt); the documents above it are
// modelled by hand from what the letter says of them (their own texts are
// not in the project), and the plans of the departments and districts
// below it are simulated: each department and district but three issues
// a plan with one item per task it was given, the press agencies report
// their tasks done. The cascade is validated against the Hà Nội registry,
// then the open work is reassigned after the 2025 reforms.
//
//	go run ./examples/cascade
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
)

//go:embed letter.txt
var letter string

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "cascade:", err)
		os.Exit(1)
	}
}

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

func run(w io.Writer) error {
	reg := org.HaNoi()
	c := &task.Cascade{}
	var byDoc [][]int // task indexes of each document of the chain
	add := func(ts []task.Task, ev func(task.Task) []task.Event) []int {
		var idx []int
		for _, t := range ts {
			idx = append(idx, len(c.Tasks))
			c.Tasks = append(c.Tasks, t)
			c.Events = append(c.Events, ev(t))
		}
		return idx
	}
	assigned := func(t task.Task) []task.Event {
		return []task.Event{{Kind: task.EventAssigned, Date: t.Assigned()}}
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
			return err
		}
		ts, _ := task.FromDocument(doc, reg, chidao.Date{})
		if i == 0 {
			c.Root = ts[0].Origin.Document
		}
		byDoc = append(byDoc, add(ts, assigned))
		fmt.Fprintf(w, "  %-15s %s %s, %s: %d task(s) → %s\n", m.symbol, m.typ, issuerName(reg, m.issuerKey), dmy(m.date), len(ts), assignees(ts))
	}
	// 238-QĐ/TW is cited, not carried out, by the Party documents below:
	// the link is made by hand. The others carry out their parent.
	link(byDoc[0], byDoc[1], true)
	link(byDoc[1], byDoc[2], false)
	link(byDoc[2][:1], byDoc[3], false) // 114-HD/BTGTU, the propaganda board's guidance

	doc, err := parser.Parse(letter)
	if err != nil {
		return err
	}
	letterTasks, findings := task.FromDocument(doc, reg, chidao.Date{})
	done := d(2023, 12, 20)
	letterIdx := add(letterTasks, func(t task.Task) []task.Event {
		ev := assigned(t)
		if o, ok := reg.Org(t.Assignee.Key); ok && o.Kind() == org.KindPress {
			ev = append(ev, task.Event{Kind: task.EventCompleted, Date: done, Document: "báo cáo kết quả tuyên truyền"})
		}
		return ev
	})
	// the letter cites 171-KH/TU as what it implements: PlanLinks finds
	// the People's Committee's task there; it follows 114-HD/BTGTU's
	// guidance ("theo Hướng dẫn"), linked by hand
	above := []task.Task{c.Tasks[byDoc[2][0]], c.Tasks[byDoc[2][1]], c.Tasks[byDoc[3][0]]}
	found := task.PlanLinks(above, doc, letterTasks)
	c.Links = append(c.Links, found...)
	link([]int{byDoc[3][0]}, letterIdx, true)
	fmt.Fprintf(w, "  %-15s %s %s, %s: %d tasks over %d bodies (%d partners named, no task); %d links found through its citation of 171-KH/TU\n",
		doc.Symbol, doc.Type.Label(), issuerName(reg, "hn.ubnd"), dmy(doc.Date), len(letterTasks), countBodies(letterTasks), count(findings, task.CodeNotDirected), len(found))

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
		idx := add(ts, assigned)
		for j, parent := range byBody[k] {
			link([]int{parent}, idx[j:j+1], false)
		}
		plans++
		planTasks += len(ts)
	}
	fmt.Fprintf(w, "  plans           %d Kế hoạch of the departments and districts: %d tasks, each due at the end of Quý IV/2023\n", plans, planTasks)

	at := d(2023, 12, 31)
	fmt.Fprintf(w, "\n%d tasks, %d links. Checked against the Hà Nội registry:\n", len(c.Tasks), len(c.Links))
	findingsOf(w, c.Validate(reg))
	fmt.Fprintf(w, "\nOn %s, in the national classes:\n", dmy(at))
	counts := map[task.National]int{}
	for i := range c.Tasks {
		if cl, ok, err := task.ClassAt(&c.Tasks[i], c.Events[i], at, task.Policy{DueSoon: 7}); err == nil && ok {
			counts[cl.National()]++
		}
	}
	for _, n := range []task.National{task.NationalDoneOnTime, task.NationalDoneLate, task.NationalOpenWithinTerm, task.NationalOpenOverdue} {
		fmt.Fprintf(w, "  %-26s %d\n", n, counts[n])
	}

	reform := d(2025, 8, 1)
	r, errs := c.Reassign(reg, reform)
	fmt.Fprintf(w, "\nAfter the 2025 reforms, the open work reassigned on %s:\n", dmy(reform))
	moved := map[string]int{}
	var examples []string
	for i := range r.Tasks {
		ev := r.Events[i]
		if len(ev) == 0 || ev[len(ev)-1].Kind != task.EventReassigned || len(ev) == len(c.Events[i]) {
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
	if len(errs) > 0 {
		findingsOf(w, errs)
	}
	left := 0
	for i := range r.Tasks {
		s, err := task.Fold(&r.Tasks[i], r.Events[i])
		if err != nil {
			return err
		}
		for _, a := range s.Holders(&r.Tasks[i]) {
			if o, ok := reg.Org(a.Key); ok && s.Phase.Open() && !o.ValidAt(reform) {
				left++
			}
		}
	}
	fmt.Fprintf(w, "  open tasks left with a body that has ended: %d\n", left)
	fmt.Fprintln(w, "  checked again:")
	findingsOf(w, r.Validate(reg))
	return nil
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
// item for each, laid on its own divisions and due at the end of the
// quarter.
func planOf(body *org.Org, n int, date chidao.Date, tasks []task.Task, mine []int) *directive.Document {
	abbrev := body.Abbrev()
	if abbrev == "" || abbrev == "UBND" {
		abbrev = "UBND"
	}
	sym, _ := directive.ParseSymbol(fmt.Sprintf("%d/KH-%s", 100+n, abbrev))
	doc := &directive.Document{Bloc: directive.BlocState, Issuer: body.Name(), IssuerKey: body.Key(),
		Symbol: sym, Type: mustKind("Kế hoạch"), Date: date}
	for i, t := range mine {
		doc.Obligations = append(doc.Obligations, directive.Obligation{
			Path:       fmt.Sprintf("body[1].children[%d]", i),
			Text:       "Triển khai: " + firstSentence(tasks[t].Text),
			Addressees: []string{"Các phòng, đơn vị trực thuộc"},
			Due:        &directive.Due{Text: "Quý IV/2023", Kind: directive.DuePeriodEnd, Date: d(2023, 12, 31)},
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

// findingsOf prints how many findings of each code, errors first, and
// the first of each.
func findingsOf(w io.Writer, errs chidao.ErrorList) {
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

func dmy(x chidao.Date) string {
	y, m, dd := x.Parts()
	return fmt.Sprintf("%02d/%02d/%d", dd, m, y)
}
