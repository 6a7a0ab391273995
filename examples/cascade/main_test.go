package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runArgs(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// The chain validates; the scoreboard at 2023-12-31 is the same every
// run; after the reforms no open task is left with a body that has ended.
func TestCascadeExample(t *testing.T) {
	s := runArgs(t)
	for _, want := range []string{
		"238-QĐ/TW", "24-CT/TU", "171-KH/TU", "114-HD/BTGTU",
		"3241/UBND-KGVX  Công văn Ủy ban nhân dân thành phố Hà Nội, 04/10/2023: 286 tasks over 59 bodies",
		"286 links found through its citation of 171-KH/TU",
		"50 Kế hoạch of the departments and districts",
		"15 × task.uncovered", // the three districts with no plan, five tasks each
		"    no errors",
		"(số liệu đến ngày 31/12/2023)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if again := runArgs(t); again != s {
		t.Error("two runs differ: the simulation is not seeded")
	}
	last := strings.Fields(s[strings.LastIndex(strings.TrimRight(s, "\n"), "\n"):])
	if last[0] != "Tổng" || last[2] != "539" {
		t.Errorf("total line %q", last)
	}
	after := runArgs(t, "-at", "2025-08-01")
	for _, want := range []string{
		"Sở Thông tin và Truyền thông", "open tasks left with a body that has ended: 0", "(số liệu đến ngày 01/08/2025)", "Ủy ban nhân dân phường",
	} {
		if !strings.Contains(after, want) {
			t.Errorf("after the reforms, output lacks %q", want)
		}
	}
	if strings.Count(after, "    no errors") != 2 {
		t.Errorf("the cascade does not validate before and after the reforms")
	}
}

func TestFormats(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"md", "csv", "json", "svg", "html"} {
		path := filepath.Join(dir, "board."+f)
		runArgs(t, "-format", f, "-o", path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		switch f {
		case "md":
			if !strings.HasPrefix(s, "### Kết quả thực hiện") || !strings.Contains(s, "| --- | ---: |") {
				t.Errorf("markdown:\n%s", s[:200])
			}
		case "csv":
			if !strings.HasPrefix(s, "\uFEFF") {
				t.Error("no BOM")
			}
			r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\uFEFF")))
			r.Comma = ';'
			rows, err := r.ReadAll()
			if err != nil || len(rows) != 61 || rows[60][1] != "Tổng cộng" || rows[60][8] != "59,29" {
				t.Errorf("csv: %v, %d rows, last %v", err, len(rows), rows[len(rows)-1])
			}
		case "json":
			if !strings.Contains(s, `"schema": "chidao.report.board/v1"`) || !strings.Contains(s, `"on_time_rate": "59.29"`) {
				t.Errorf("json:\n%s", s[:300])
			}
		case "svg", "html":
			d := xml.NewDecoder(strings.NewReader(s))
			d.Strict = f == "svg"
			d.AutoClose = xml.HTMLAutoClose
			d.Entity = xml.HTMLEntity
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s does not parse: %v", f, err)
				}
			}
			if want := `class="bar"`; strings.Count(s, want) != 59 {
				t.Errorf("%s: %d bars", f, strings.Count(s, want))
			}
		}
	}
}

func TestReport(t *testing.T) {
	s := runArgs(t, "-report")
	for _, want := range []string{"BÁO CÁO", "Số: 15/BC-UBND", "Kết quả thực hiện Chỉ thị số 24-CT/TU", "tỷ lệ đúng hạn đạt 59,29%", "Nơi nhận"} {
		if !strings.Contains(s, want) {
			t.Errorf("the Báo cáo lacks %q:\n%s", want, s[:400])
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-format", "pdf"}, {"-at", "31/12/2023"}, {"-o", "x.csv"}, {"extra"}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// The chart the README shows is this example's, as it is today.
func TestREADMEChart(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-format", "svg"}, &out, &errb); code != 0 {
		t.Fatal(errb.String())
	}
	want, err := os.ReadFile("../../docs/scoreboard.svg")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Error("docs/scoreboard.svg is out of date: go run ./examples/cascade -format svg -o docs/scoreboard.svg")
	}
}
