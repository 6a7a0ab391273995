package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
	"pgregory.net/rapid"
)

// allPhraseLists are the readers' lists, for the tests of match.
var allPhraseLists = []*phraseList{asked, classWords, conjunctions, dayCues, dueCues, fromStops, headPosts,
	keepWords, modalityWords, nameStops, notAsked, notBan, notEncouraged, notForbidding, notOften, notPermitted,
	producingVerbs, productNouns, prohibitionCues, quantifiers, reportVerbs, roleFillers, roleWords,
	supportLinks, towards, viaWords}

// refMatchAny is matchAny as first written: every phrase of the list in
// order, matched in the text.
func refMatchAny(t *ptext, k int, l *phraseList) (int, string, bool) {
	if k < 0 || k >= len(t.w) {
		return k, "", false
	}
	for _, w := range l.all {
		if e, ok := vntext.MatchWord(t.s, t.w[k].a, w); ok {
			return t.index(e), w, true
		}
	}
	return k, "", false
}

// TestMatchAnyWords checks that matching word by word over the folded
// words finds what matching in the text finds, at every word of every
// corpus paragraph and of generated ones.
func TestMatchAnyWords(t *testing.T) {
	check := func(t interface{ Fatalf(string, ...any) }, text string) {
		p := readText(text)
		for k := range p.w {
			for i, l := range allPhraseLists {
				n1, w1, ok1 := p.matchAny(k, l)
				n2, w2, ok2 := refMatchAny(p, k, l)
				if n1 != n2 || w1 != w2 || ok1 != ok2 {
					t.Fatalf("list %d at word %d of %q: matchAny = %d %q %v, want %d %q %v", i, k, text, n1, w1, ok1, n2, w2, ok2)
				}
			}
		}
	}
	files, _ := filepath.Glob("../testdata/*/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(string(b), "\n") {
			check(t, para)
		}
	}
	var words []string
	for _, l := range allPhraseLists {
		for _, w := range l.all {
			words = append(words, w) // whole phrases, and their words
			words = append(words, strings.Fields(w)...)
		}
	}
	words = append(words, "Sở", "UBND", "TRƯỚC", "NGÀY", "Ðồng", ",", ";", ":", "-", "(", ")", "  ", "\u00a0", "*", "LĐ-TB&XH", "15/10/2024")
	rapid.Check(t, func(t *rapid.T) {
		parts := rapid.SliceOfN(rapid.SampledFrom(words), 1, 12).Draw(t, "words")
		seps := rapid.SliceOfN(rapid.SampledFrom([]string{" ", " ", ", ", "-", "", "\n"}), len(parts), len(parts)).Draw(t, "seps")
		var b strings.Builder
		inner := rapid.SampledFrom([]string{" ", " ", ", ", "-", "  ", "\n"}).Draw(t, "inner")
		for i, p := range parts {
			b.WriteString(strings.ReplaceAll(p, " ", inner))
			b.WriteString(seps[i])
		}
		check(t, b.String())
	})
}

// TestHeadFirstWords checks the quick test namedAfter makes before the
// key: every text whose key opensHead accepts opens with a word of
// headFirstWords, over every corpus line and its generated variants.
func TestHeadFirstWords(t *testing.T) {
	check := func(t interface{ Fatalf(string, ...any) }, s string) {
		if opensHead(vntext.Key(vntext.PrefixRunes(s, maxHeadKeyRunes))) && !headFirstWords[firstWordKey(s)] {
			t.Fatalf("%q opens a body, but its first word %q is not in headFirstWords", s, firstWordKey(s))
		}
	}
	files, _ := filepath.Glob("../testdata/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			check(t, strings.TrimSpace(line))
			check(t, vntext.OtherTones(strings.TrimSpace(line)))
		}
	}
	heads := append([]string{"UBND", "HĐND", "Uỷ ban", "ỦY BAN", "“Sở", "(Bộ", "- Các sở", "TW"}, orgHeadKeys...)
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.SampledFrom(heads).Draw(t, "head") + rapid.SampledFrom([]string{"", " Nội vụ", " tỉnh", ", ban, ngành"}).Draw(t, "rest")
		check(t, s)
	})
}
