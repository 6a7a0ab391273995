package cite

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chidao/chidao/internal/vntext"
)

// trimNameRef is the plain definition trimName implements, over
// vntext's class table: trim spaces, breaks, invisible characters, markup
// and "_" off the ends; when a space or break other than ' ' is inside,
// fold every run of spaces and breaks to one space.
func trimNameRef(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		k := vntext.ClassOf(r)
		return k == vntext.Space || k == vntext.Break || k == vntext.Invisible || k == vntext.Markup || r == '_'
	})
	isSpace := func(r rune) bool { k := vntext.ClassOf(r); return k == vntext.Space || k == vntext.Break }
	if strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && isSpace(r) }) {
		s = strings.Join(strings.FieldsFunc(s, isSpace), " ")
	}
	return s
}

func FuzzTrimName(f *testing.F) {
	for _, s := range []string{"", " ", "Ban Thường vụ\nThành ủy ", "*Sở Nội vụ*", "\u00a0a\u00a0 b\u2003c\u00ad", "a\tb", "\xff\n\xfe", "_~x~_", "Bộ\u00a0Nội\u3000vụ\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimName(s), trimNameRef(s); got != want {
			t.Errorf("trimName(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestNextAnchorFindsNeedles checks that the byte filter of nextAnchor
// lets every needle through, at every alignment.
func TestNextAnchorFindsNeedles(t *testing.T) {
	for idx, n := range lawNeedles {
		for pad := 0; pad < 17; pad++ {
			s := strings.Repeat("x", pad) + " Thành Chính Bắc " + n + " abc/"
			want := strings.Index(s, " "+n) + 1
			pos := 0
			for {
				i, got := nextAnchor(s, pos, false)
				if i < 0 || i > want {
					t.Fatalf("%q: needle %d not found", s, idx)
				}
				if i == want {
					if got != idx {
						t.Fatalf("%q: needle %d, want %d", s, got, idx)
					}
					break
				}
				pos = i + 1
			}
		}
	}
}

// TestWordLengthFilters checks the assumption behind the length filters of
// typeWordBefore, stopWordAt and the relation walk: a word and its upper
// and title case have the same byte length.
func TestWordLengthFilters(t *testing.T) {
	var words []string
	for _, tw := range typeWords {
		if tw.last == 0 {
			t.Errorf("type word %q: no last word", tw.w)
		}
		if !tw.abbr {
			words = append(words, tw.w)
		}
	}
	words = append(words, issuerStop...)
	for _, r := range relTriggers {
		words = append(words, r.w)
	}
	for _, w := range subjectStops {
		words = append(words, w.w)
	}
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
			if len(v) != len(w) || vntext.LeadWordLen(v) != vntext.LeadWordLen(w) || len(v)-vntext.WordStartBefore(v, len(v)) != len(w)-vntext.WordStartBefore(w, len(w)) {
				t.Errorf("%q and %q differ in word lengths", w, v)
			}
		}
	}
}

// TestWordKeys checks that the case forms of the stop words and triggers
// give the keys their tables hold.
func TestWordKeys(t *testing.T) {
	forms := func(w string) []string {
		r, n := utf8.DecodeRuneInString(w)
		return []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]}
	}
	for _, w := range issuerStop {
		vs := forms(w)
		if w[0] >= 0x80 {
			vs = append(vs, "Ð"+w[len("đ"):], "ð"+w[len("đ"):])
		}
		for _, v := range vs {
			if !stopKeys[wordKey(v, 0, vntext.LeadWordLen(v))] {
				t.Errorf("stop word %q: key not marked", v)
			}
		}
	}
	for _, r := range relTriggers {
		for _, v := range forms(r.w) {
			if !relKeys[relKey(v, 0, vntext.LeadWordLen(v))] {
				t.Errorf("trigger %q: key not marked", v)
			}
		}
	}
}

// FuzzNumberSlash checks that the anchor scan passes over only slashes
// symbolAround rejects.
func FuzzNumberSlash(f *testing.F) {
	for _, s := range []string{"ngày 07/8/2023 của", "12/2023", "15/2023/QĐ-UBND", "1/2023 /QĐ", "3/2023\n/KH", "4/2023∕TT", "01/01/2020;", "5/20234/X", "9/1999 ／ QĐ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k := 0; k < len(s); k++ {
			if s[k] == '/' && numberSlash(s, k) {
				if _, _, _, ok := symbolAround(s, k); ok {
					t.Errorf("%q: slash at %d passed over, but symbolAround takes it", s, k)
				}
			}
		}
	})
}

// Every Vietnamese vowel letter, in both cases and with every tone,
// composes from its NFD spelling by the table.
func TestComposedLetter(t *testing.T) {
	n := 0
	for _, r := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []string{"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", ""} {
			c := norm.NFC.String(string(r) + tone)
			d := norm.NFD.String(c)
			if d == c {
				continue
			}
			n++
			if got := composedLetter(d); got != c {
				t.Errorf("composedLetter(%+q) = %q, want %q", d, got, c)
			}
		}
	}
	if n != 24*6-12 { // every letter with every tone but the 12 plain ASCII vowels
		t.Errorf("%d letters checked, want 132", n)
	}
	for _, bad := range []string{"a", "x\u0301", "a\u0301\u0301\u0301", "ab", "\u0301\u0301a"} {
		if got := composedLetter(bad); got != "" && got != norm.NFC.String(bad) {
			t.Errorf("composedLetter(%+q) = %q", bad, got)
		}
	}
}
