package vntext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// refAppendWord is the first appendWord, kept to check the fast one: it appends word with canonical tones (and lower case when asked),
// treating each maximal run of letters as one syllable.
func refAppendWord(dst []byte, word string, lower bool) []byte {
	i := 0
	for i < len(word) {
		r, size := utf8.DecodeRuneInString(word[i:])
		if !isLetter(r) {
			if lower {
				r = unicode.ToLower(r)
			}
			dst = utf8.AppendRune(dst, r)
			i += size
			continue
		}
		j := i + size
		for j < len(word) {
			r2, s2 := utf8.DecodeRuneInString(word[j:])
			if !isLetter(r2) {
				break
			}
			j += s2
		}
		dst = refAppendSyllable(dst, word[i:j], lower)
		i = j
	}
	return dst
}

// refAppendSyllable is appendSyllable with unicode.ToLower: it moves the one tone mark of a Vietnamese syllable to its
// canonical vowel. Syllables that are not Vietnamese (too long, several
// tones, stray combining marks) are copied unchanged apart from case.
func refAppendSyllable(dst []byte, syl string, lower bool) []byte {
	var runes [12]rune
	var infos [12]vowelInfo
	n := 0
	tone, tones, nv := uint8(0), 0, 0
	for _, r := range syl {
		if n == len(runes) || r >= tableMax && !unicode.IsLetter(r) {
			return refAppendCased(dst, syl, lower)
		}
		runes[n] = r
		if r < tableMax {
			infos[n] = vowels[r]
		}
		if infos[n].base != 0 {
			nv++
		}
		if infos[n].tone != toneNone {
			tone = infos[n].tone
			tones++
		}
		n++
	}
	if tones != 1 || nv == 1 {
		// no tone, several, or one vowel to carry it: nothing to move
		return refAppendCased(dst, syl, lower)
	}
	// Find the vowel cluster, skipping the consonantal u of "qu" and i of "gi".
	start := 0
	for start < n && infos[start].base == 0 {
		start++
	}
	if start < n && start > 0 && start+1 < n && infos[start+1].base != 0 {
		prev := unicode.ToLower(runes[start-1])
		b := infos[start].base
		if (prev == 'q' && b == 'u') || (prev == 'g' && b == 'i' && start == 1) {
			start++
		}
	}
	end := start
	for end < n && infos[end].base != 0 {
		end++
	}
	if end == start {
		return refAppendCased(dst, syl, lower)
	}
	for k := end; k < n; k++ {
		if infos[k].base != 0 { // vowels after a consonant: not one syllable
			return refAppendCased(dst, syl, lower)
		}
	}
	pos := -1
	for k := start; k < end; k++ {
		if infos[k].quality {
			pos = k // the last quality vowel wins: ươ -> ơ
		}
	}
	if pos < 0 {
		switch cluster := end - start; {
		case end < n: // closed syllable: the last vowel
			pos = end - 1
		case cluster >= 3:
			pos = start + 1
		default:
			pos = start
		}
	}
	for k := 0; k < n; k++ {
		r := runes[k]
		if infos[k].base != 0 {
			t := uint8(toneNone)
			if k == pos {
				t = tone
			}
			r = compose[infos[k].idx][t]
			if infos[k].upper && !lower {
				r = unicode.ToUpper(r)
			}
		} else if lower {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func refAppendCased(dst []byte, s string, lower bool) []byte {
	if !lower {
		return append(dst, s...)
	}
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// TestToLowerTables checks toLower against unicode.ToLower for every rune.
func TestToLowerTables(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestAppendWordFast checks the fast appendWord against the first one,
// on generated text and on every word of the corpus texts.
func TestAppendWordFast(t *testing.T) {
	check := func(t interface{ Fatalf(string, ...any) }, w string) {
		for _, lower := range []bool{false, true} {
			if got, want := string(appendWord(nil, w, lower)), string(refAppendWord(nil, w, lower)); got != want {
				t.Fatalf("appendWord(%q, %v) = %q, want %q", w, lower, got, want)
			}
		}
	}
	files, _ := filepath.Glob("../../directive/testdata/*/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus texts")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			check(t, w)
			check(t, norm.NFD.String(w))
		}
	}
	letters := []rune("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐqgQGnhtcbáàảãạấầẩẫậÁÀẢÃẠòóỏõọÒÓỎÕỌúùủũụÚÙỦŨỤýỳỷỹỵÝỲỶỸỴ\u0300\u0301\u0309\u0303\u0323-&.1İKΣ")
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOfN(rapid.SampledFrom(letters), 0, 16).Draw(t, "runes")
		w := string(rs)
		if rapid.Bool().Draw(t, "invalid") {
			w += "\xff"
		}
		check(t, w)
	})
}

// TestNormalizeSpaces checks Normalize's byte scan of separators against
// isSpace over every rune.
func TestNormalizeSpaces(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := spaceLen(s, 1) > 0, isSpace(r); got != want {
			t.Fatalf("spaceLen at %U = %v, isSpace %v", r, got, want)
		}
	}
}

// TestWordRunes checks that every reader of words agrees on which runes
// make one: Key, the byte scans (WordLenAt, wordLenBefore) and the fold
// the line accounting splits (a rune and its fold are both words or
// neither), and that a word rune is a letter, a digit or a mark.
func TestWordRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		w := IsWordRune(r)
		if isKeyWordRune(r) != w {
			t.Fatalf("isKeyWordRune(%U) = %v, IsWordRune %v", r, !w, w)
		}
		if got := WordLenAt(s+"x", 0) > 0; got != w {
			t.Fatalf("WordLenAt at %U = %v, IsWordRune %v", r, got, w)
		}
		if got := wordLenBefore("x"+s, len(s)+1) > 0; got != w {
			t.Fatalf("wordLenBefore at %U = %v, IsWordRune %v", r, got, w)
		}
		if w && !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			t.Fatalf("word rune %U is no letter, digit or mark", r)
		}
		if f := FoldRune(r); norm.NFC.String(s) == s && IsWordRune(f) != w {
			t.Fatalf("%U is a word rune: %v; its fold %U: %v", r, w, f, !w)
		}
	}
}
