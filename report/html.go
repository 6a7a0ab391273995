package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/chidao/chidao/task"
)

// PageTask is a task as the page lists it.
type pageTask struct {
	Unit, Text, Class, Deadline, Anchor, Source string
}

type pageSource struct {
	Anchor, Symbol, Path, Text string
}

// Chart is a figure for the page: its caption and what draws it.
type Chart struct {
	Title string
	SVG   func(io.Writer) error
}

type pageChart struct {
	Title string
	SVG   template.HTML
}

type pageData struct {
	Heading string
	Table   [][]string
	Chart   template.HTML
	Charts  []pageChart
	Overdue []pageTask
	Sources []pageSource
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{{.Heading}}</title>
<style>
@page { size: A4; margin: 15mm 15mm 15mm 20mm; }
body { font-family: "Times New Roman", serif; font-size: 13pt; max-width: 180mm; margin: 0 auto; color: #000; }
h1 { font-size: 15pt; text-align: center; }
h2 { font-size: 13pt; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
th, td { border: 1px solid #555; padding: 2px 4px; }
td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; }
.src { font-size: 11pt; margin: 0.4em 0; }
.src b { font-weight: normal; font-style: italic; }
@media print { h2 { break-after: avoid; } tr, figure { break-inside: avoid; } a { color: #000; text-decoration: none; } }
</style>
</head>
<body>
<h1>{{.Heading}}</h1>
<section id="scoreboard">
<h2>Bảng xếp hạng đơn vị</h2>
<table>
{{range $i, $row := .Table}}{{if eq $i 0}}<thead><tr>{{range $row}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{else}}<tr{{if eq (index $row 1) "Tổng cộng"}} class="total"{{end}}>{{range $j, $c := $row}}{{if eq $j 1}}<td>{{$c}}</td>{{else}}<td class="n">{{$c}}</td>{{end}}{{end}}</tr>
{{end}}{{end}}</tbody>
</table>
</section>
<section id="chart">
<h2>Nhiệm vụ theo đơn vị và phân loại</h2>
<figure>{{.Chart}}</figure>
</section>
{{range $i, $c := .Charts}}<section id="chart-{{$i}}" class="chart">
<h2>{{$c.Title}}</h2>
<figure>{{$c.SVG}}</figure>
</section>
{{end}}
<section id="overdue">
<h2>Nhiệm vụ quá hạn chưa hoàn thành ({{len .Overdue}})</h2>
{{if .Overdue}}<table>
<thead><tr><th>Đơn vị</th><th>Nhiệm vụ</th><th>Hạn</th><th>Nguồn</th></tr></thead>
<tbody>
{{range .Overdue}}<tr><td>{{.Unit}}</td><td>{{.Text}}</td><td class="n">{{.Deadline}}</td><td><a href="#{{.Anchor}}">{{.Source}}</a></td></tr>
{{end}}</tbody>
</table>{{else}}<p>Không có.</p>{{end}}
</section>
<section id="sources">
<h2>Đoạn văn giao nhiệm vụ</h2>
{{range .Sources}}<p class="src" id="{{.Anchor}}"><b>{{.Symbol}} {{.Path}}</b>: {{.Text}}</p>
{{end}}</section>
</body>
</html>
`))

// inline draws an SVG for a page: without its XML declaration, which has
// no place inside HTML. The SVG writers escape every text they write.
func inline(draw func(io.Writer) error) (template.HTML, error) {
	var svg bytes.Buffer
	if err := draw(&svg); err != nil {
		return "", err
	}
	s := svg.String()
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:]
	}
	return template.HTML(s), nil
}

// HTML writes one self-contained page: the scoreboard, its chart and any
// other charts given, the tasks still open past their deadline, each
// linked to the paragraph that gave it, and those paragraphs. It needs no
// server and no other file, and prints on A4.
func (b Board) HTML(w io.Writer, c *task.Cascade, st []Status, charts ...Chart) error {
	chart, err := inline(b.SVG)
	if err != nil {
		return err
	}
	d := pageData{Heading: b.heading(), Table: b.table(Percent), Chart: chart}
	for _, ch := range charts {
		svg, err := inline(ch.SVG)
		if err != nil {
			return err
		}
		d.Charts = append(d.Charts, pageChart{Title: ch.Title, SVG: svg})
	}
	seen := map[string]bool{}
	anchor := func(t *task.Task) string {
		id := "src-" + t.Origin.Document.String() + "-" + strings.NewReplacer("[", "-", "]", "", ".", "-").Replace(t.Path)
		if !seen[id] {
			seen[id] = true
			d.Sources = append(d.Sources, pageSource{Anchor: id, Symbol: t.Origin.Symbol, Path: t.Path, Text: t.Text})
		}
		return id
	}
	for i := range c.Tasks {
		if !st[i].Assigned {
			continue
		}
		t := &c.Tasks[i]
		a := anchor(t)
		if st[i].Class != task.ClassOverdue {
			continue
		}
		unit := t.Assignee.Name
		if h := st[i].Held(); len(h) > 0 {
			unit = h[0].Name
		}
		y, m, dd := t.Deadline.Date.Parts()
		deadline := ""
		if y > 0 {
			deadline = pad2(dd) + "/" + pad2(m) + "/" + itoa(y)
		}
		d.Overdue = append(d.Overdue, pageTask{Unit: unit, Text: firstSentence(t.Text), Class: st[i].Class.Label(),
			Deadline: deadline, Anchor: a, Source: t.Origin.Symbol})
	}
	return pageTemplate.Execute(w, d)
}

func pad2(n int) string { return fmt.Sprintf("%02d", n) }

func itoa(n int) string { return strconv.Itoa(n) }

func firstSentence(s string) string {
	if i := strings.IndexAny(s, ".;\n"); i > 0 {
		return s[:i]
	}
	return s
}
