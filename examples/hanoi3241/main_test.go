package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/output.txt")

func runArgs(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// The walk-through is the same on every run, and what it shows of each
// part was counted by hand from the letter and the registry.
func TestWalkThrough(t *testing.T) {
	s := runArgs(t)
	if *update {
		if err := os.WriteFile("testdata/output.txt", []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/output.txt")
	if err != nil {
		t.Fatal(err)
	}
	if s != string(want) {
		t.Errorf("the output differs from testdata/output.txt (run with -update after checking it):\n%s", s)
	}
	for _, part := range []string{
		"1. The letter, as the parser reads it", "Công văn 3241/UBND-KGVX, Hà Nội, 04/10/2023",
		"Kính gửi: Các Sở, Ban, ngành Thành phố; UBND các quận, huyện, thị xã; Các cơ quan báo chí thành phố Hà Nội",
		"2. Sở Thông tin và Truyền thông (2 points)", "repaired: line 9: symbol_slash",
		"2. What it cites, and the chain above it", "chain: 238-QĐ/TW → 24-CT/TU → 171-KH/TU → 114-HD/BTGTU → 3241/UBND-KGVX",
		"legal_basis Hướng dẫn 114-HD/BTGTU, 23/08/2023",
		"3. Checked against Decree 30/2020", "signature.title [required]", "symbol [directive.symbol_repaired]",
		"4. The tasks it lays", "286 tasks, one per obligation and body, over 59 bodies: 23 departments and city agencies, 30 district committees, 6 press agencies",
		"286 tasks lack rõ thời gian, 286 rõ sản phẩm, 0 rõ người, 0 rõ trách nhiệm",
		"5. The work below it, simulated (seeded), and the scoreboard on 31/12/2023", "Tổng cộng",
		"6. After the 2025 reforms, on 01/08/2025",
		"Sở Thông tin và Truyền thông thành phố Hà Nội (to 28/02/2025) → Sở Khoa học và Công nghệ thành phố Hà Nội",
		"Ủy ban nhân dân quận Hoàn Kiếm (to 30/06/2025) → Ủy ban nhân dân phường Hoàn Kiếm",
		"open tasks left with a body that has ended: 0",
	} {
		if !strings.Contains(s, part) {
			t.Errorf("output lacks %q", part)
		}
	}
}

func TestJSON(t *testing.T) {
	var v struct {
		Schema   string `json:"schema"`
		Document struct {
			Symbol string `json:"symbol"`
		} `json:"document"`
		Chain []struct {
			Symbol string `json:"symbol"`
		} `json:"chain"`
		Tasks      []map[string]any `json:"tasks"`
		Scoreboard struct {
			Total struct {
				Tasks int `json:"tasks"`
			} `json:"total"`
		} `json:"scoreboard"`
		Left int `json:"open_tasks_left_with_ended_bodies"`
	}
	if err := json.Unmarshal([]byte(runArgs(t, "-json")), &v); err != nil {
		t.Fatal(err)
	}
	if v.Document.Symbol != "3241/UBND-KGVX" || len(v.Chain) != 4 || len(v.Tasks) != 286 || v.Scoreboard.Total.Tasks != 539 || v.Left != 0 {
		t.Errorf("json: %s, %d steps, %d tasks, %d on the board, %d left", v.Document.Symbol, len(v.Chain), len(v.Tasks), v.Scoreboard.Total.Tasks, v.Left)
	}
}

func TestHTML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	runArgs(t, "-html", path)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	ids := map[string]bool{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "id" {
					ids[a.Value] = true
				}
			}
		}
	}
	s := string(b)
	if !ids["tasks"] || !ids["report"] || !strings.Contains(s, "Số: 3241/UBND-KGVX") || strings.Count(s, `class="bar"`) != 59 {
		t.Errorf("the page lacks a part: ids %v", ids)
	}
}
