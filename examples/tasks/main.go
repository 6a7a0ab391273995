// Command tasks derives the tasks a document lays on bodies and prints
// one JSON object per task per line, or a summary per assignee and class.
//
//	go run ./examples/tasks [-registry hanoi] [-at DATE] [-summary] FILE
//
// FILE is a document as text (read with the parser) or in the document
// JSON form (a file that starts with "{"). With -registry, recipient
// classes are expanded into the registry's bodies on the document's date
// ("UBND các quận, huyện, thị xã" → 30 committees in 2023). -at sets the
// date classes are counted at (YYYY-MM-DD; the document's date by
// default). What could not be determined is written to stderr, one
// finding a line; the exit code is still 0. Each line's fields are those
// of [task.WriteJSONLines]: id, source, path, assignee, assignee_key,
// role, deadline, due_text, due_kind, recurring, product, report_to,
// modality, text, missing, and more.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command without its process: 0 ok, 1 a document that could
// not be read, 2 a usage or file error.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tasks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	registry := fs.String("registry", "", "expand bodies with a registry (`hanoi`)")
	at := fs.String("at", "", "count classes on this `date` (YYYY-MM-DD; default the document's date)")
	summary := fs.Bool("summary", false, "print the number of tasks per assignee and class instead of the tasks")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tasks [-registry hanoi] [-at DATE] [-summary] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	var reg *org.Registry
	switch *registry {
	case "":
	case "hanoi":
		reg = org.HaNoi()
	default:
		fmt.Fprintf(stderr, "tasks: unknown registry %q (known: hanoi)\n", *registry)
		return 2
	}
	var asOf chidao.Date
	if *at != "" {
		d, err := chidao.ParseISODate(*at)
		if err != nil {
			fmt.Fprintf(stderr, "tasks: -at: %v\n", err)
			return 2
		}
		asOf = d
	}
	b, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	doc, err := read(b)
	if doc == nil {
		fmt.Fprintln(stderr, "tasks:", err)
		return 1
	}
	tasks, findings := task.FromDocument(doc, reg, chidao.Date{})
	for _, f := range findings {
		fmt.Fprintln(stderr, f.Line())
	}
	if asOf.IsZero() {
		asOf = doc.Date
	}
	if *summary {
		writeSummary(stdout, tasks, asOf)
		return 0
	}
	if err := task.WriteJSONLines(stdout, tasks); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// read takes the document JSON form, or text for the parser.
func read(b []byte) (*directive.Document, error) {
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
		return directive.DecodeJSON(bytes.NewReader(b))
	}
	return parser.Parse(string(b))
}

// writeSummary prints a table: each assignee in Vietnamese order, its
// number of tasks and how many are in each class on asOf (each task as
// assigned on its document's date, with no other event), and a total.
func writeSummary(w io.Writer, tasks []task.Task, asOf chidao.Date) {
	classes := task.Classes()
	type row struct {
		name   string
		counts []int
	}
	rows := map[string]*row{}
	total := &row{name: "Tổng cộng", counts: make([]int, len(classes)+1)}
	for i := range tasks {
		t := &tasks[i]
		name := t.Assignee.Name
		if name == "" {
			name = "(không rõ)"
		}
		r := rows[name]
		if r == nil {
			r = &row{name: name, counts: make([]int, len(classes)+1)}
			rows[name] = r
		}
		r.counts[0]++
		total.counts[0]++
		c, ok, err := task.ClassAt(t, []task.Event{{Kind: task.EventAssigned, Date: t.Assigned()}}, asOf, task.Policy{DueSoon: 7})
		if err != nil || !ok {
			continue // not yet assigned on asOf: counted in the total of tasks only
		}
		r.counts[1+int(c)]++
		total.counts[1+int(c)]++
	}
	list := make([]*row, 0, len(rows))
	for _, r := range rows {
		list = append(list, r)
	}
	vntext.SortFunc(list, func(r *row) string { return r.name })
	list = append(list, total)
	head := []string{"Đơn vị", "Nhiệm vụ"}
	for _, c := range classes {
		head = append(head, c.Label())
	}
	cells := [][]string{head}
	for _, r := range list {
		line := []string{r.name}
		for _, n := range r.counts {
			line = append(line, fmt.Sprint(n))
		}
		cells = append(cells, line)
	}
	y, m, d := asOf.Parts()
	fmt.Fprintf(w, "Nhiệm vụ theo đơn vị và phân loại, ngày %02d/%02d/%d\n\n", d, m, y)
	writeTable(w, cells)
}

// writeTable aligns columns by the number of letters (NFC text: one rune
// a column), names left, numbers right.
func writeTable(w io.Writer, cells [][]string) {
	widths := make([]int, len(cells[0]))
	for _, line := range cells {
		for i, c := range line {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, line := range cells {
		var b strings.Builder
		for i, c := range line {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i == 0 {
				b.WriteString(c + pad)
			} else {
				b.WriteString("  " + pad + c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
