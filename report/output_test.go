package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var d = chidao.MustDate

// small is a fixed cascade: a plan of the People's Committee giving three
// bodies tasks due on 30/11 and 31/12/2023, with their history.
func small() (*task.Cascade, []report.Status) {
	sym := directive.MustParseSymbol("12/KH-UBND")
	o := &task.Origin{Document: directive.IDOf("Ủy ban nhân dân thành phố Hà Nội", sym, 2023), Symbol: "12/KH-UBND",
		Issuer: "Ủy ban nhân dân thành phố Hà Nội", Date: d(2023, 10, 4)}
	c := &task.Cascade{Root: o.Document}
	add := func(path, name, key, text string, due chidao.Date, ev ...task.Event) {
		a := task.Assignee{Name: name, Key: key}
		c.Tasks = append(c.Tasks, task.Task{ID: task.IDOf(o.Document, path, a), Origin: o, Path: path, Text: text, Assignee: a,
			Deadline: task.Deadline{Kind: task.DeadlineDate, Date: due}})
		c.Events = append(c.Events, append([]task.Event{{Kind: task.EventAssigned, Date: d(2023, 10, 4)}}, ev...))
	}
	done := func(y, m, dd int) task.Event {
		return task.Event{Kind: task.EventCompleted, Date: d(y, m, dd), Document: "BC"}
	}
	add("body[0]", "Sở Nội vụ", "hn.so-noi-vu", "Xây dựng kế hoạch tuyên truyền. Báo cáo kết quả.", d(2023, 11, 30), done(2023, 11, 20))
	add("body[1]", "Sở Nội vụ", "hn.so-noi-vu", "Tổ chức hội nghị quán triệt.", d(2023, 12, 31), done(2023, 12, 10))
	add("body[0]", "Sở Tư pháp", "hn.so-tu-phap", "Xây dựng kế hoạch tuyên truyền. Báo cáo kết quả.", d(2023, 11, 30), done(2023, 12, 5))
	add("body[1]", "Sở Tư pháp", "hn.so-tu-phap", "Tổ chức hội nghị quán triệt.", d(2023, 12, 31),
		task.Event{Kind: task.EventProgress, Date: d(2023, 12, 1), Percent: 5000})
	add("body[0]", "Ủy ban nhân dân quận Ba Đình", "hn.q-ba-dinh.ubnd", "Xây dựng kế hoạch tuyên truyền. Báo cáo kết quả.", d(2023, 11, 30))
	add("body[1]", "Ủy ban nhân dân quận Ba Đình", "hn.q-ba-dinh.ubnd", "Tổ chức hội nghị quán triệt.", d(2023, 12, 31),
		task.Event{Kind: task.EventCancelled, Date: d(2023, 11, 1), Note: "gộp với nhiệm vụ khác"})
	st, errs := report.Statuses(c, d(2023, 12, 15), task.Policy{DueSoon: 7})
	if len(errs) > 0 {
		panic(errs.Err())
	}
	return c, st
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n%s", name, got)
	}
}

func TestOutputsGolden(t *testing.T) {
	c, st := small()
	b := report.NewBoard("Kết quả thực hiện Kế hoạch 12/KH-UBND", d(2023, 12, 15), c, st, nil)
	// the figures the outputs carry: Sở Nội vụ 2 on time; Sở Tư pháp 1
	// late and 1 in progress; Ba Đình 1 overdue, 1 cancelled; due by
	// 15/12: the three tasks of 30/11, two of them late (33,33% on time)
	if b.Rows[0].Key != "hn.so-noi-vu" || b.Rows[2].Key != "hn.q-ba-dinh.ubnd" || b.Total.Due != 3 {
		t.Fatalf("board %+v", b)
	}
	var text, md, csvOut, csvVN, js, svg, page bytes.Buffer
	for _, err := range []error{b.Text(&text), b.Markdown(&md), b.CSV(&csvOut, report.CSVOptions{}),
		b.CSV(&csvVN, report.CSVOptions{BOM: true, Semicolon: true}), b.JSON(&js), b.SVG(&svg), b.HTML(&page, c, st)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "board.txt", text.Bytes())
	golden(t, "board.md", md.Bytes())
	golden(t, "board.csv", csvOut.Bytes())
	golden(t, "board-vi.csv", csvVN.Bytes())
	golden(t, "board.json", js.Bytes())
	golden(t, "board.svg", svg.Bytes())
	golden(t, "board.html", page.Bytes())

	// CSV reads back, in both forms
	rows, err := csv.NewReader(&csvOut).ReadAll()
	if err != nil || len(rows) != 5 || rows[4][8] != "33.33" {
		t.Errorf("csv: %v %v", err, rows)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvVN.String(), "\uFEFF")))
	r.Comma = ';'
	if rows, err := r.ReadAll(); err != nil || rows[4][8] != "33,33" || rows[2][1] != "Sở Tư pháp" {
		t.Errorf("Vietnamese csv: %v %v", err, rows)
	}
	// JSON reads back
	var j struct {
		Rows []struct {
			Name       string `json:"name"`
			OnTimeRate string `json:"on_time_rate"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(js.Bytes(), &j); err != nil || len(j.Rows) != 3 || j.Rows[1].OnTimeRate != "0.00" {
		t.Errorf("json: %v %+v", err, j)
	}
	// the SVG is XML with one bar per unit, its segments the counts
	type rect struct {
		Class string `xml:"data-class,attr"`
		Count int    `xml:"data-count,attr"`
		Width int    `xml:"width,attr"`
	}
	var doc struct {
		Bars []struct {
			Unit  string `xml:"data-unit,attr"`
			Rects []rect `xml:"rect"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal(svg.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Bars) != 3 || doc.Bars[1].Unit != "hn.so-tu-phap" || len(doc.Bars[1].Rects) != 2 ||
		doc.Bars[1].Rects[0].Class != "done_late" || doc.Bars[1].Rects[1].Class != "open_within_term" {
		t.Errorf("svg bars %+v", doc.Bars)
	}
	// the page parses, and has its parts
	dec := xml.NewDecoder(bytes.NewReader(page.Bytes()))
	dec.Strict, dec.AutoClose, dec.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	ids := map[string]bool{}
	hrefs := []string{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "id":
					ids[a.Value] = true
				case "href":
					hrefs = append(hrefs, strings.TrimPrefix(a.Value, "#"))
				}
			}
		}
	}
	for _, part := range []string{"scoreboard", "chart", "overdue", "sources"} {
		if !ids[part] {
			t.Errorf("the page has no %s", part)
		}
	}
	if len(hrefs) != 1 || !ids[hrefs[0]] {
		t.Errorf("the overdue task does not link to its paragraph: %v", hrefs)
	}
}

func TestCharts(t *testing.T) {
	c, _ := small()
	points, errs := report.Timeline(c, report.MonthEnds(d(2023, 10, 4), d(2023, 12, 15)), task.Policy{DueSoon: 7}, nil)
	if len(errs) > 0 || len(points) != 3 || points[2].At != d(2023, 12, 31) {
		t.Fatalf("timeline %v %v", points, errs)
	}
	// completion never falls from one month to the next
	for i := 1; i < len(points); i++ {
		if points[i].Tally.Completion().LessThan(points[i-1].Tally.Completion()) {
			t.Errorf("completion falls at %s", points[i].At)
		}
	}
	var tl bytes.Buffer
	if err := report.TimelineSVG(&tl, "Tiến độ", points); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Columns []struct {
			At    string `xml:"data-at,attr"`
			Rects []struct {
				Count int `xml:"data-count,attr"`
			} `xml:"rect"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal(tl.Bytes(), &doc); err != nil || len(doc.Columns) != 3 {
		t.Fatalf("timeline svg: %v, %d columns", err, len(doc.Columns))
	}
	for i, col := range doc.Columns {
		sum := 0
		for _, r := range col.Rects {
			sum += r.Count
		}
		want := 0
		for _, n := range []task.National{task.NationalDoneOnTime, task.NationalDoneLate, task.NationalOpenWithinTerm, task.NationalOpenOverdue} {
			want += points[i].Tally.National(n)
		}
		if sum != want {
			t.Errorf("column %s: %d tasks drawn, %d counted", col.At, sum, want)
		}
	}
	st, _ := report.Statuses(c, d(2023, 12, 15), task.Policy{DueSoon: 7})
	nodes := report.Tree(c, st)
	if len(nodes) != 1 || nodes[0].Tally.Total != 6 || nodes[0].Parent != -1 {
		t.Fatalf("tree %+v", nodes)
	}
	var tr bytes.Buffer
	if err := report.TreeSVG(&tr, "Cây", nodes); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(tr.Bytes(), new(struct{})); err != nil || !strings.Contains(tr.String(), `data-class="overdue"`) {
		t.Errorf("tree svg: %v\n%s", err, tr.String())
	}
}
