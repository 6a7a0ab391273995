package parser_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// TestRenderingsProperties: a generated document written as text reads
// to the same body tree and the same obligations when the text comes
// decomposed (NFD), with the other tone placement, with its body wrapped
// at 72 columns as pandoc's plain text and PDF text layers are, or with
// its header laid out in a pandoc grid table as a .docx converts.
func TestRenderingsProperties(t *testing.T) {
	withObligations := 0
	changed := map[string]int{}
	rapid.Check(t, func(t *rapid.T) {
		d := docGen().Draw(t, "doc")
		text := render.Text(d)
		base, err := parser.Parse(text)
		if err != nil {
			t.Fatalf("Parse: %v\n%s", err, text)
		}
		if len(base.Obligations) > 0 {
			withObligations++
		}
		want := shape(base)
		// every line accounted for; a canonical rendering has none the
		// reader could not place
		if base.HasRepair(directive.RepairSetAside) {
			t.Fatalf("lines set aside from a rendered document: %v\n%s", base.Repairs, text)
		}
		forms := map[string]string{
			"NFD":         norm.NFD.String(text),
			"other tones": perLine(text, vntext.OtherTones),
			"wrapped":     wrapBody(text, base, 72),
			"grid header": gridHeader(text, base),
		}
		for name, form := range forms {
			if form != text {
				changed[name]++
			}
			got, err := parser.Parse(form)
			if err != nil {
				t.Fatalf("%s: Parse: %v\n%s", name, err, form)
			}
			if g := shape(got); g != want {
				t.Fatalf("%s reads differently:\n%s\n---\n%s\n--- text:\n%s", name, want, g, form)
			}
			j, err := got.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if lost, _ := accounted(form, j); len(lost) > 0 {
				t.Fatalf("%s: lines lost %q\n%s", name, lost, form)
			}
		}
	})
	if withObligations == 0 {
		t.Errorf("no generated document had an obligation: the property tested nothing about them")
	}
	for _, name := range []string{"NFD", "other tones", "wrapped", "grid header"} {
		if changed[name] == 0 {
			t.Errorf("the %s form never differed from the text: the property tested nothing", name)
		}
	}
	t.Logf("documents with obligations %d; forms that differed %v", withObligations, changed)
}

// shape writes what the renderings must agree on: the header's fields,
// the tree's kinds,
// markers and words, and each obligation's path, bodies, modality and
// due, through vntext.Key so that NFC and tone placement do not count.
func shape(d *directive.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "issuer=%q symbol=%s date=%s place=%q type=%s subject=%q national=%d\n", vntext.Key(d.Issuer), d.Symbol, d.Date,
		vntext.Key(d.Place), d.Type, vntext.Key(d.Subject), len(d.NationalHeader))
	var walk func([]directive.Node, string)
	walk = func(ns []directive.Node, indent string) {
		for _, n := range ns {
			fmt.Fprintf(&b, "%s%s %q %s | %s\n", indent, n.Kind, n.Marker, vntext.Key(n.Heading), vntext.Key(n.Text))
			walk(n.Children, indent+"  ")
		}
	}
	walk(d.Body, "")
	keys := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = vntext.Key(s)
		}
		return out
	}
	for _, o := range d.Obligations {
		due := ""
		if o.Due != nil {
			due = fmt.Sprint(o.Due.Kind, o.Due.Date)
		}
		fmt.Fprintf(&b, "%s %q lead=%q support=%q %s due=%s product=%q\n", o.Path, keys(o.Addressees), vntext.Key(o.Lead), keys(o.Support), o.Modality, due, vntext.Key(o.Product))
	}
	return b.String()
}

func perLine(text string, f func(string) string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = f(l)
		}
	}
	return strings.Join(lines, "\n")
}

// wrapBody breaks the body's lines longer than width runes at spaces, as
// a hard wrap does, before a word in lower case so that no new line
// looks like a marker or a heading.
func wrapBody(text string, d *directive.Document, width int) string {
	if len(d.Body) == 0 {
		return text
	}
	first, last := d.Body[0].First, d.Body[len(d.Body)-1].Last
	var out []string
	for i, l := range strings.Split(text, "\n") {
		if no := i + 1; no < first || no > last || d.Body[len(d.Body)-1].Kind == directive.NodeTable && no >= d.Body[len(d.Body)-1].First {
			out = append(out, l)
			continue
		}
		for utf8.RuneCountInString(l) > width {
			cut := -1
			for j, r := range l {
				if utf8.RuneCountInString(l[:j]) > width {
					break
				}
				if r == ' ' && j > 0 {
					if next, _ := utf8.DecodeRuneInString(l[j+1:]); unicode.IsLower(next) {
						cut = j
					}
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, l[:cut])
			l = l[cut+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// gridHeader lays the header out as pandoc writes a .docx's header table
// in Markdown: the issuer, "Số" and "V/v" in the left cell, bold, the
// national header and the date in the right one, each line ending in a
// hard break. A text whose header has no date line is left as it is.
func gridHeader(text string, d *directive.Document) string {
	lines := strings.Split(text, "\n")
	end := -1
	for i, l := range lines {
		if d.Place != "" && strings.HasPrefix(l, d.Place+", ngày ") {
			end = i
			break
		}
	}
	if end < 0 {
		return text
	}
	national := map[string]bool{}
	for _, n := range d.NationalHeader {
		national[n] = true
	}
	var left, right []string
	for _, l := range lines[:end] {
		switch {
		case national[l]:
			right = append(right, "**"+l+"**")
		case strings.HasPrefix(l, "Số") || strings.HasPrefix(l, "V/v"):
			left = append(left, l)
		default:
			left = append(left, "**"+l+"**")
		}
	}
	right = append(right, "*"+lines[end]+"*")
	width := func(col []string) int {
		w := 0
		for _, l := range col {
			w = max(w, utf8.RuneCountInString(l)+2)
		}
		return w
	}
	lw, rw := width(left), width(right)
	rule := "+" + strings.Repeat("-", lw+2) + "+" + strings.Repeat("-", rw+2) + "+"
	cell := func(col []string, i, w int) string {
		c := ""
		if i < len(col) {
			c = col[i]
			if i < len(col)-1 {
				c += "\\"
			}
		}
		return c + strings.Repeat(" ", w-utf8.RuneCountInString(c))
	}
	out := []string{rule}
	for i := range max(len(left), len(right)) {
		out = append(out, "| "+cell(left, i, lw)+" | "+cell(right, i, rw)+" |")
	}
	out = append(out, rule, "")
	return strings.Join(append(out, lines[end+1:]...), "\n")
}
