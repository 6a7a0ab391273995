package render

// The writer of testdata/pdfgrid: each tuned document that reads back
// whole, written as pandoc Markdown with its header and its tail in
// two-column grid tables, as an office's .docx lays them out. Run it
// through directive/parser/testdata/pdfgrid/make.sh; the test is
// skipped unless CHIDAO_GRID_DIR names the folder to write.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive/parser"
)

func TestWriteGridMarkdown(t *testing.T) {
	dir := os.Getenv("CHIDAO_GRID_DIR")
	if dir == "" {
		t.Skip("CHIDAO_GRID_DIR names the folder to write the grid Markdown to")
	}
	for _, set := range []string{"corpus5", "corpus7", "corpus9", "corpus10", "corpus11", "corpus13"} {
		names, _ := filepath.Glob("../testdata/" + set + "/*.txt")
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			d, err := parser.Parse(string(b))
			if err != nil || !parser.RoundTrips(d) {
				continue
			}
			if md := gridMarkdown(plan(d)); md != "" {
				out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(n), ".txt")+".md")
				if err := os.WriteFile(out, []byte(md), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// gridMarkdown lays the blocks out: the header's two columns, the type
// and subject in bold, the body's paragraphs, the Nơi nhận and the
// signature side by side.
func gridMarkdown(bs []block) string {
	esc := strings.NewReplacer("*", `\*`, "_", `\_`, "#", `\#`, "|", `\|`).Replace
	rule := `\-\-\-\-\-\-\-`
	var left, right, dist, sign []string
	var body, annexes strings.Builder
	for _, bl := range bs {
		out := &body
		if len(dist) > 0 || len(sign) > 0 {
			out = &annexes // the annexes follow the signature and Nơi nhận
		}
		for _, l := range bl.lines {
			switch bl.kind {
			case kindParent, kindIssuer, kindStar:
				left = append(left, esc(l))
			case kindNumber, kindAbout:
				if len(left) > 0 && left[len(left)-1] != rule {
					left = append(left, rule)
				}
				left = append(left, esc(l))
			case kindNation, kindMark:
				right = append(right, "**"+esc(l)+"**")
			case kindDate:
				right = append(right, rule, "*"+esc(l)+"*")
			case kindAuthority:
				sign = append(sign, "**"+esc(l)+"**")
			case kindSigner:
				sign = append(sign, "", "", "**"+esc(l)+"**")
			case kindDistribution:
				dist = append(dist, esc(l))
			case kindType, kindSubject:
				out.WriteString("**" + esc(l) + "**\n\n")
			default:
				if l = strings.TrimSpace(l); l != "" {
					out.WriteString(esc(l) + "\n\n")
				}
			}
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return ""
	}
	md := gridTable(left, right, 34, 46) + "\n" + body.String()
	if len(dist) > 0 || len(sign) > 0 {
		md += "\n" + gridTable(append(dist, ""), append(sign, ""), 40, 40)
	}
	if annexes.Len() > 0 {
		md += "\n" + annexes.String()
	}
	return md
}

// gridTable writes a pandoc grid table of one row and two cells, each
// cell's lines wrapped to its width and ended with a hard break.
func gridTable(left, right []string, wl, wr int) string {
	l, r := wrapCell(left, wl), wrapCell(right, wr)
	pad := func(s string, w int) string { return s + strings.Repeat(" ", max(0, w-utf8.RuneCountInString(s))) }
	border := "+" + strings.Repeat("-", wl+2) + "+" + strings.Repeat("-", wr+2) + "+\n"
	var b strings.Builder
	b.WriteString(border)
	for i := range max(len(l), len(r)) {
		a, c := "", ""
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			c = r[i]
		}
		b.WriteString("| " + pad(a, wl) + " | " + pad(c, wr) + " |\n")
	}
	b.WriteString(border)
	return b.String()
}

func wrapCell(lines []string, w int) []string {
	var out []string
	for i, l := range lines {
		var phys []string
		cur := ""
		for _, wd := range strings.Fields(l) {
			switch {
			case cur == "":
				cur = wd
			case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(wd) > w-1:
				phys, cur = append(phys, cur), wd
			default:
				cur += " " + wd
			}
		}
		phys = append(phys, cur)
		if i < len(lines)-1 {
			phys[len(phys)-1] += `\`
		}
		out = append(out, phys...)
	}
	return out
}
