// Command hanoi3241 walks through the whole SDK on one real letter:
// Công văn 3241/UBND-KGVX of 04/10/2023, in which the Hà Nội People's
// Committee passes a Party directive (Chỉ thị 24-CT/TU) down to its
// departments, districts and press. In six parts it shows
//
//  1. the letter as the parser reads it from text extraction (header,
//     Kính gửi, the body tree with whom each section addresses, the
//     signature, Nơi nhận) and the repairs it made;
//  2. the documents it cites and the chain they form, with dates and
//     relations;
//  3. the findings against Decree 30/2020 and the Hà Nội registry on the
//     letter's date;
//  4. the tasks it lays: how many, on which bodies, and the "5 rõ" gaps;
//  5. a simulation of the work below it (the departments' and districts'
//     plans and their reports, from a fixed seed) and the scoreboard on
//     31/12/2023;
//  6. what the 2025 reforms do to that work: the open tasks reassigned on
//     01/8/2025, and where the work of Sở Thông tin và Truyền thông and of
//     the districts went.
//
// The output is the same on every run.
//
//	go run ./examples/hanoi3241 [-json] [-html FILE]
//
// -json prints the same as one JSON document; -html FILE writes one page
// with the rendered letter, its tasks and the report.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/internal/demo"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

// letter is ../../shared/seeds/hanoi-3241-UBND-KGVX.txt, a public official
// document, as text extraction left it.
//
//go:embed letter.txt
var letter string

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command without its process: 0 ok, 1 a failure, 2 a usage
// error.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hanoi3241", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the walk-through as one JSON document")
	page := fs.String("html", "", "write one page with the letter, its tasks and the report to `file`")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		if err == nil {
			fs.Usage()
		}
		return 2
	}
	w, err := walk()
	if err != nil {
		fmt.Fprintln(stderr, "hanoi3241:", err)
		return 1
	}
	switch {
	case *page != "":
		f, err := os.Create(*page)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		defer f.Close()
		err = w.html(f)
		if err == nil {
			err = f.Close()
		}
		if err != nil {
			fmt.Fprintln(stderr, "hanoi3241:", err)
			return 1
		}
	case *asJSON:
		if err := w.json(stdout); err != nil {
			fmt.Fprintln(stderr, "hanoi3241:", err)
			return 1
		}
	default:
		w.text(stdout)
	}
	return 0
}

// walkThrough is everything the six parts show.
type walkThrough struct {
	world    *demo.World
	doc      *directive.Document
	cited    []cite.CitedDocument
	chain    []link
	findings chidao.ErrorList
	tasks    []task.Task
	gaps     [][]task.Clarity
	bodies   map[org.Kind][]string // the concrete bodies the tasks reach, by kind
	board    report.Board
	day      chidao.Date
	moved    []move
	// successions are where some of the letter's bodies went: Sở Thông
	// tin và Truyền thông and two districts
	successions []move
	left        int
	later       chidao.Date
}

// link is a step of the chain above the letter.
type link struct {
	Symbol   string `json:"symbol"`
	Type     string `json:"type"`
	Date     string `json:"date"`
	Issuer   string `json:"issuer"`
	Relation string `json:"relation"`
}

// move is where a body's open work went.
type move struct {
	From  string   `json:"from"`
	To    []string `json:"to"`
	Tasks int      `json:"tasks"`
}

// chainOrder is the chain above the letter, top first: the regulation
// it follows for providing information, the directive, the Party's plan,
// the propaganda board's guidance.
var chainOrder = []string{"238-QĐ/TW", "24-CT/TU", "171-KH/TU", "114-HD/BTGTU"}

func walk() (*walkThrough, error) {
	world, err := demo.Build(letter, nil)
	if err != nil {
		return nil, err
	}
	w := &walkThrough{world: world, doc: world.Letter, cited: cite.Resolve(letter)}
	reg := world.Reg
	w.findings = w.doc.Check(directive.WithRegistry(reg), directive.AsOf(w.doc.Date))
	for _, s := range chainOrder {
		for _, c := range w.cited {
			if c.Symbol.String() == s {
				w.chain = append(w.chain, link{s, c.Kind.Label(), c.Date.String(), c.Issuer, c.Relation.String()})
			}
		}
	}
	c := world.Cascade
	w.tasks = c.Tasks[world.First : world.First+world.LetterTasks]
	w.gaps = task.Gaps(w.tasks)
	w.bodies = map[org.Kind][]string{}
	seen := map[string]bool{}
	for _, t := range w.tasks {
		if o, ok := reg.Org(t.Assignee.Key); ok && !seen[o.Key()] {
			seen[o.Key()] = true
			w.bodies[o.Kind()] = append(w.bodies[o.Kind()], o.Name())
		}
	}

	if _, err := world.Simulate(); err != nil {
		return nil, err
	}
	w.day = chidao.MustDate(2023, 12, 31)
	st, errs := report.Statuses(c, w.day, task.Policy{DueSoon: 7})
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	w.board = world.Board(c, st, w.day)

	w.later = chidao.MustDate(2025, 8, 1)
	r, errs := c.Reassign(reg, w.later)
	if errs.HasErrors() {
		return nil, errs.Err()
	}
	moves := map[string]*move{}
	for i := range r.Tasks {
		ev := r.Events[i]
		if len(ev) == len(c.Events[i]) {
			continue
		}
		from, plain := c.Tasks[i].Assignee.Name, c.Tasks[i].Assignee.Name
		if o, ok := reg.Org(c.Tasks[i].Assignee.Key); ok {
			from, plain = dated(o), o.Name()
		}
		m := moves[from]
		if m == nil {
			m = &move{From: from}
			for _, a := range ev[len(ev)-1].To {
				m.To = append(m.To, successorName(reg, a, plain))
			}
			moves[from] = m
		}
		m.Tasks++
	}
	for _, m := range moves {
		w.moved = append(w.moved, *m)
	}
	slices.SortFunc(w.moved, func(a, b move) int { return strings.Compare(a.From, b.From) })
	for _, k := range []string{"hn.so-thong-tin-truyen-thong", "hn.q-hoan-kiem.ubnd", "hn.h-ba-vi.ubnd"} {
		o, _ := reg.Org(k)
		succ, err := reg.Successors(k, w.later)
		if err != nil {
			return nil, err
		}
		m := move{From: dated(o)}
		for _, s := range succ {
			m.To = append(m.To, successorName(reg, task.Assignee{Name: s.Name(), Key: s.Key()}, o.Name()))
		}
		w.successions = append(w.successions, m)
	}
	for i := range r.Tasks {
		s, err := task.Fold(&r.Tasks[i], r.Events[i])
		if err != nil {
			return nil, err
		}
		for _, a := range s.Holders(&r.Tasks[i]) {
			if o, ok := reg.Org(a.Key); ok && s.Phase.Open() && !o.ValidAt(w.later) {
				w.left++
			}
		}
	}
	return w, nil
}

func (w *walkThrough) text(out io.Writer) {
	d := w.doc
	fmt.Fprintln(out, "1. The letter, as the parser reads it")
	fmt.Fprintf(out, "   %s %s, %s, %s\n   Issuer: %s\n   Subject: %s\n", d.Type.Label(), d.Symbol, d.Place, demo.DMY(d.Date), d.Issuer, d.Subject)
	fmt.Fprintf(out, "   Kính gửi: %s\n", strings.Join(d.Recipients, "; "))
	fmt.Fprintln(out, "   Body:")
	for _, n := range d.Body {
		head := n.Heading
		if head == "" {
			head = firstWords(n.Text, 12)
		}
		marker := n.Marker
		if marker != "" {
			marker += ". "
		}
		fmt.Fprintf(out, "     %s%s (%d points)\n", marker, firstWords(head, 12), len(n.Children))
	}
	fmt.Fprintf(out, "   Obligations: %d, by section:", len(d.Obligations))
	for _, s := range d.Sections {
		if len(s.Addressees) > 0 {
			fmt.Fprintf(out, " %s. %s;", s.Number, strings.Join(s.Addressees, ", "))
		}
	}
	fmt.Fprintln(out)
	fmt.Fprintf(out, "   Signature: %s %s %s\n", strings.Join(d.Signature.Authority, " / "), d.Signature.Title, d.Signature.Name)
	fmt.Fprintf(out, "   Nơi nhận: %s\n", strings.Join(d.Distribution, " "))
	for _, r := range d.Repairs {
		fmt.Fprintf(out, "   repaired: %s\n", r)
	}

	fmt.Fprintln(out, "\n2. What it cites, and the chain above it")
	for _, c := range w.cited {
		line := fmt.Sprintf("   %-11s %s %s, %s, %s", c.Relation, c.Kind.Label(), c.Symbol, demo.DMY(c.Date), c.Issuer)
		if len(c.Terms) > 0 {
			line += fmt.Sprintf(`; called "%s" after, %d mentions`, strings.Join(c.Terms, `", "`), len(c.Mentions))
		}
		fmt.Fprintln(out, line)
	}
	var steps []string
	for _, l := range w.chain {
		steps = append(steps, l.Symbol)
	}
	fmt.Fprintf(out, "   chain: %s → %s\n", strings.Join(steps, " → "), d.Symbol)

	fmt.Fprintf(out, "\n3. Checked against Decree 30/2020 and the Hà Nội registry on %s\n", demo.DMY(d.Date))
	for _, f := range w.findings {
		fmt.Fprintln(out, "   "+f.Line())
	}

	fmt.Fprintln(out, "\n4. The tasks it lays")
	total := 0
	for _, names := range w.bodies {
		total += len(names)
	}
	fmt.Fprintf(out, "   %d tasks, one per obligation and body, over %d bodies: %d departments and city agencies, %d district committees, %d press agencies\n",
		len(w.tasks), total, len(w.bodies[org.KindDepartment])+len(w.bodies[org.KindOffice]),
		len(w.bodies[org.KindPeoplesCommittee]), len(w.bodies[org.KindPress]))
	for _, f := range w.world.Findings {
		fmt.Fprintln(out, "   "+f.Line())
	}
	lacking := map[string]int{}
	for _, g := range w.gaps {
		for _, c := range g {
			lacking[c.String()]++
		}
	}
	fmt.Fprintf(out, "   \"5 rõ\": %d tasks lack rõ thời gian, %d rõ sản phẩm, %d rõ người, %d rõ trách nhiệm: the letter sets no deadline and names no product\n",
		lacking["rõ thời gian"], lacking["rõ sản phẩm"], lacking["rõ người"], lacking["rõ trách nhiệm"])

	fmt.Fprintf(out, "\n5. The work below it, simulated (seeded), and the scoreboard on %s\n", demo.DMY(w.day))
	var b bytes.Buffer
	_ = w.board.Text(&b)
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	for i, l := range lines[2:] {
		if i <= 5 || i >= len(lines)-5 {
			fmt.Fprintln(out, "   "+l)
		} else if i == 6 {
			fmt.Fprintln(out, "   …")
		}
	}

	fmt.Fprintf(out, "\n6. After the 2025 reforms, on %s\n", demo.DMY(w.later))
	fmt.Fprintln(out, "   where the letter's bodies went:")
	for _, s := range w.successions {
		fmt.Fprintf(out, "     %s → %s\n", s.From, strings.Join(s.To, ", "))
	}
	n := 0
	for _, m := range w.moved {
		n += m.Tasks
	}
	fmt.Fprintf(out, "   the open work reassigned (%d tasks from %d bodies):\n", n, len(w.moved))
	for _, m := range w.moved {
		to := m.To
		if len(to) > 3 {
			to = append(slices.Clone(to[:3]), fmt.Sprintf("… (%d bodies)", len(m.To)))
		}
		fmt.Fprintf(out, "     %d × %s → %s\n", m.Tasks, m.From, strings.Join(to, ", "))
	}
	fmt.Fprintf(out, "   open tasks left with a body that has ended: %d\n", w.left)
}

// dated names a body with the day it ended or began, when it did: a
// merged Sở and its successor can bear the same name.
func dated(o *org.Org) string {
	switch v := o.Validity(); {
	case !v.Until.IsZero():
		return o.Name() + " (to " + demo.DMY(v.Until.AddDays(-1)) + ")"
	case !v.From.IsZero():
		return o.Name() + " (from " + demo.DMY(v.From) + ")"
	}
	return o.Name()
}

// successorName names a successor, dated when it bears its
// predecessor's name.
func successorName(reg *org.Registry, a task.Assignee, from string) string {
	if o, ok := reg.Org(a.Key); ok && o.Name() == from {
		return dated(o)
	}
	return a.Name
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// json writes the six parts as one JSON document.
func (w *walkThrough) json(out io.Writer) error {
	doc, err := json.Marshal(w.doc)
	if err != nil {
		return err
	}
	var tasks bytes.Buffer
	if err := task.WriteJSONLines(&tasks, w.tasks); err != nil {
		return err
	}
	var taskList []json.RawMessage
	for _, l := range bytes.Split(bytes.TrimSpace(tasks.Bytes()), []byte("\n")) {
		taskList = append(taskList, l)
	}
	var board bytes.Buffer
	if err := w.board.JSON(&board); err != nil {
		return err
	}
	v := struct {
		Schema      string               `json:"schema"`
		Document    json.RawMessage      `json:"document"`
		Cited       []cite.CitedDocument `json:"cited"`
		Chain       []link               `json:"chain"`
		Findings    chidao.ErrorList     `json:"findings"`
		Tasks       []json.RawMessage    `json:"tasks"`
		Scoreboard  json.RawMessage      `json:"scoreboard"`
		Successions []move               `json:"successions"`
		Reassigned  []move               `json:"reassigned"`
		Left        int                  `json:"open_tasks_left_with_ended_bodies"`
	}{"chidao.example.hanoi3241/v1", doc, w.cited, w.chain, w.findings, taskList, board.Bytes(), w.successions, w.moved, w.left}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Công văn 3241/UBND-KGVX: văn bản, nhiệm vụ, báo cáo</title>
<style>{{.LetterStyle}}
.work { width: 180mm; margin: 10mm auto; font-family: "Times New Roman", serif; font-size: 12pt; }
.work h2 { font-size: 14pt; }
.work table { border-collapse: collapse; width: 100%; font-size: 10pt; }
.work th, .work td { border: 1px solid #555; padding: 2px 4px; vertical-align: top; }
.work td.n { text-align: right; white-space: nowrap; }
.work figure { margin: 0; } .work figure svg { width: 100%; height: auto; }
@media screen { .work { background: #fff; padding: 10mm; } }
@media print { .work { break-before: page; } .work tr { break-inside: avoid; } }
</style>
</head>
<body>
{{.Letter}}
<section class="work" id="tasks">
<h2>Nhiệm vụ ({{len .Tasks}})</h2>
<table>
<thead><tr><th>TT</th><th>Mục</th><th>Đơn vị</th><th>Thiếu</th></tr></thead>
<tbody>
{{range $i, $t := .Tasks}}<tr><td class="n">{{inc $i}}</td><td>{{$t.Path}}</td><td>{{$t.Unit}}</td><td>{{$t.Missing}}</td></tr>
{{end}}</tbody>
</table>
</section>
<section class="work" id="report">
<h2>{{.Heading}}</h2>
{{.Board}}
</section>
</body>
</html>
`))

// html writes one page: the letter as printed, its tasks, and the
// scoreboard with its chart.
func (w *walkThrough) html(out io.Writer) error {
	full := render.HTML(w.doc)
	style := between(full, "<style>", "</style>")
	body := between(full, "<body", "</body>")
	body = `<div class="` + between(body, `class="`, `"`) + `">` + body[strings.Index(body, ">")+1:] + `</div>` // the body's class styles the letter
	type row struct{ Path, Unit, Missing string }
	var rows []row
	for i, t := range w.tasks {
		var miss []string
		for _, c := range w.gaps[i] {
			miss = append(miss, c.String())
		}
		rows = append(rows, row{t.Path, t.Assignee.Name, strings.Join(miss, ", ")})
	}
	var table, svg bytes.Buffer
	if err := w.board.SVG(&svg); err != nil {
		return err
	}
	chart := svg.String()
	chart = chart[strings.Index(chart, "<svg"):]
	cells := w.board.Table()
	if err := boardTable.Execute(&table, map[string]any{"Head": cells[0], "Rows": cells[1:]}); err != nil {
		return err
	}
	return pageTemplate.Execute(out, map[string]any{
		"LetterStyle": template.CSS(style), // the renderer's own stylesheet
		"Letter":      template.HTML(body), // the renderer's page body, every text in it escaped
		"Tasks":       rows,
		"Heading":     w.board.Title + " (" + demo.DMY(w.day) + ")",
		"Board":       template.HTML(table.String() + "<figure>" + chart + "</figure>"), // escaped by their writers
	})
}

var boardTable = template.Must(template.New("board").Parse(`<table>
<thead><tr>{{range .Head}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr>{{range $j, $c := .}}{{if eq $j 1}}<td>{{$c}}</td>{{else}}<td class="n">{{$c}}</td>{{end}}{{end}}</tr>
{{end}}</tbody>
</table>
`))

func between(s, open, close string) string {
	i := strings.Index(s, open)
	j := strings.Index(s[max(i, 0)+len(open):], close) + max(i, 0) + len(open)
	if i < 0 || j < i {
		return ""
	}
	return s[i+len(open) : j]
}
