package cite_test

import (
	"iter"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"golang.org/x/text/unicode/norm"
)

func FuzzCitations(f *testing.F) {
	for _, c := range citationCorpus {
		f.Add(c.text)
	}
	for _, text := range testdataTexts(f) {
		// Seeds stay small: the fuzzer mutates better on paragraphs.
		for p := range strings.SplitSeq(text, "\n\n") {
			f.Add(p)
			f.Add(norm.NFD.String(p)) // the copy an NFD text is scanned through
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, find := range []func(string) iter.Seq[directive.Citation]{cite.Find, cite.FindDamaged} {
			fuzzFind(t, text, find)
		}
		for _, d := range cite.Resolve(text) {
			for _, m := range d.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("mention %d:%d outside the text", m.Start, m.End)
				}
			}
		}
	})
}

// fuzzFind checks what find gives for text: spans in the text on rune
// boundaries, each holding its symbol, and the same on a second run.
func fuzzFind(t *testing.T, text string, find func(string) iter.Seq[directive.Citation]) {
	first := slices.Collect(find(text))
	// Rune boundaries as range decodes them: a stray byte of invalid
	// UTF-8 is a rune of its own.
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	for _, c := range first {
		if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
			t.Fatalf("span %d:%d outside %d bytes", c.Start, c.End, len(text))
		}
		if !boundary[c.Start] || !boundary[c.End] {
			t.Fatalf("span %d:%d not on rune boundaries of %q", c.Start, c.End, text)
		}
		if c.Symbol.IsValid() && !spanHas(norm.NFC.String(text[c.Start:c.End]), c.Symbol) {
			t.Fatalf("span %q does not contain %s", text[c.Start:c.End], c.Symbol)
		}
		if !c.Symbol.IsValid() && c.Name == "" {
			t.Fatalf("citation with neither symbol nor name at %d", c.Start)
		}
	}
	second := slices.Collect(find(text))
	if !slices.Equal(first, second) {
		t.Fatalf("two runs differ on %q", text)
	}
}
