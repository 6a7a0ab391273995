// Letters a PDF text layer spaced out inside words: "ỦY B AN NHÂN D Â N",
// "Qu ả ng Ngãi".

package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// joinSpaced joins the pieces of words a PDF text layer spaced out, when
// the line shows it (two pieces or more, and one token in five): pieces
// that are no syllable ("B", "Qu", "ng") join their neighbours into
// syllables ("BAN", "Quảng"), the split that leaves fewest such pieces
// winning ("C H Í M I NH" is "CHÍ MINH", not "CHÍM I NH"). A line changes
// only when two pieces or more find their word, so that an abbreviation
// or a letter that stands alone ("UBND", "điểm a") is never glued to its
// neighbour.
func joinSpaced(s string) (string, bool) {
	if !spacedGate(s) {
		return s, false // most lines: told without a copy
	}
	toks := strings.Split(s, " ")
	if len(toks) < 2 || len(toks) > maxSpacedTokens {
		return s, false
	}
	frag := make([]bool, len(toks))
	n := 0
	for i, t := range toks {
		if frag[i] = isFragment(trimPunct(t)); frag[i] {
			n++
		}
	}
	// best[i] is the fewest fragments left for toks[i:], then the most
	// groups (no join that saves none); next[i] where the group at i ends.
	// Ties go to the split where pieces open words rather than close a
	// syllable before them ("HỒ CHÍ", not "HỒC HÍ"; "CHÍ MINH", not "CHÍM
	// INH"), then to the longer word first ("Thành ủy", "Đền ơn").
	type cost struct{ frags, groups, backward int }
	better := func(a, b cost) bool {
		switch {
		case a.frags != b.frags:
			return a.frags < b.frags
		case a.groups != b.groups:
			return a.groups > b.groups
		}
		return a.backward <= b.backward
	}
	best := make([]cost, len(toks)+1)
	next := make([]int, len(toks)+1)
	for i := len(toks) - 1; i >= 0; i-- {
		best[i] = cost{best[i+1].frags, best[i+1].groups + 1, best[i+1].backward}
		if frag[i] {
			best[i].frags++
		}
		next[i] = i + 1
		for j := i + 2; j <= min(len(toks), i+maxSpacedPieces); j++ {
			// a piece may carry punctuation at the word's end only
			if !spacedPiece(trimPunct(toks[j-1])) || toks[j-2] != trimPunct(toks[j-2]) || !spacedPiece(toks[i]) {
				break
			}
			if w := trimPunct(strings.Join(toks[i:j], "")); !isSyllable(w) || mixedCase(w) {
				continue
			}
			back := best[j].backward
			if !frag[i] {
				back++ // a syllable that takes the pieces after it
			}
			if c := (cost{best[j].frags, best[j].groups + 1, back}); better(c, best[i]) {
				best[i], next[i] = c, j
			}
		}
	}
	if n-best[0].frags < 2 {
		return s, false
	}
	var words []string
	for i := 0; i < len(toks); i = next[i] {
		words = append(words, strings.Join(toks[i:next[i]], ""))
	}
	// A piece in small letters that opens with a vowel goes on the word
	// before it when they make one syllable: "Xâ y" is "Xây", "Ngu y ễn"
	// "Nguyễn".
	out := words[:1]
	for _, w := range words[1:] {
		last := out[len(out)-1]
		if c := trimPunct(w); startsLowerVowel(c) && vntext.RunesAtMost(c, 2) && isSyllable(last+c) {
			out[len(out)-1] = last + w
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " "), true
}

// trimPunct is t without the punctuation that may end a word: "inh,".
func trimPunct(t string) string { return strings.TrimRight(t, ",.;:") }

// mixedCase reports a capital after a small letter: no word's ("ChíM").
func mixedCase(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// startsLowerVowel reports a word that opens with a vowel in small
// letters.
func startsLowerVowel(w string) bool {
	r := firstRune(w)
	return unicode.IsLower(r) && strings.ContainsRune("aeiouy", vntext.BareRune(r))
}

// maxSpacedTokens bounds the line joinSpaced looks at (a Nơi nhận list
// in one table cell runs to hundreds of pieces), maxSpacedPieces how many
// pieces one word may have been cut into ("M I NH", "C H Í").
const (
	maxSpacedTokens = 1000
	maxSpacedPieces = 5
	// minSpacedShare: a line is spaced when one token in five or more
	// is a piece; then a paragraph read whole decides as its lines did,
	// and Parse(Text(d)) reads what Parse read
	minSpacedShare = 5
)

// spacedPiece reports a token short enough and made of letters only to
// be a piece of a spaced-out word.
func spacedPiece(t string) bool {
	if t == "" || !vntext.RunesAtMost(t, 6) {
		return false
	}
	for _, r := range t {
		if !isWordLetter(r) {
			return false
		}
	}
	return true
}

// isWordLetter reports a letter of a Vietnamese word.
func isWordLetter(r rune) bool {
	b := vntext.BareRune(r)
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isFragment reports a piece that is no syllable: "B", "Qu", "ng".
func isFragment(t string) bool { return spacedPiece(t) && !isSyllable(t) }

// Syllable shapes, read bare (no marks, đ as d, lower case): an onset,
// one to three vowels, a coda.
var (
	syllableOnsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	syllableCodas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}
	// syllableNuclei are the vowel runs of syllables, bare
	syllableNuclei = func() map[string]bool {
		m := map[string]bool{}
		for _, v := range strings.Fields("a e i o u y ai ao au ay eo eu ia ie iu oa oe oi oo ua ue ui uo uu uy ye " +
			"oai oay oeo uay uoi uou uya uye uyu ieu yeu") {
			m[v] = true
		}
		return m
	}()
)

// codaFits reports a coda its nucleus takes: "ch" and "nh" close only
// a, ê, i, y, oa, uy, uê ("anh", "ếch", "inh", "oanh", "uynh"; no "ồch",
// "iênh"), "c" and "ng" no lone i or y ("ic", "ing" are written "ich",
// "inh").
func codaFits(nucleus, coda string) bool {
	switch coda {
	case "ch", "nh":
		switch nucleus {
		case "a", "e", "i", "y", "oa", "uy", "ue":
			return true
		}
		return false
	case "c", "ng":
		return nucleus != "i" && nucleus != "y" && nucleus != "uy"
	}
	return true
}

// isSyllable reports whether t has the shape of one Vietnamese syllable.
func isSyllable(t string) bool {
	var buf [32]byte
	b, ok := bareLetters(buf[:0], t)
	return ok && syllableShape(b)
}

// bareLetters appends t bare and in small letters (a-z only) to dst; false
// when t is empty, longer than a syllable or holds anything but letters.
func bareLetters(dst []byte, t string) ([]byte, bool) {
	n := 0
	for _, r := range t {
		if n++; n > 8 {
			return dst, false
		}
		b := vntext.BareRune(r)
		switch {
		case 'a' <= b && b <= 'z':
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		default:
			return dst, false
		}
		dst = append(dst, byte(b))
	}
	return dst, n > 0
}

// syllableShape reports bare letters in the shape of one syllable.
func syllableShape(b []byte) bool {
	for _, on := range syllableOnsets {
		if len(b) < len(on) || string(b[:len(on)]) != on {
			continue
		}
		rest := b[len(on):]
		v := 0
		for v < len(rest) && v < 3 && strings.IndexByte("aeiouy", rest[v]) >= 0 {
			v++
		}
		if v > 0 && syllableNuclei[string(rest[:v])] && syllableCodas[string(rest[v:])] && codaFits(string(rest[:v]), string(rest[v:])) {
			return true
		}
	}
	return false
}

// lonePieces reports two tokens or more that are a letter alone ("B",
// "ả") or two consonants ("ng", "NH"): a line spaced out inside its words
// has them, a line of words seldom does. A byte scan, before any other.
func lonePieces(s string) bool {
	n := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		if t := s[i : i+j]; len(t) > 0 && len(t) <= 3 {
			r, size := utf8.DecodeRuneInString(t)
			if size == len(t) && unicode.IsLetter(r) || len(t) == 2 && consonant(t[0]) && consonant(t[1]) {
				if n++; n == 2 {
					return true
				}
			}
		}
		i += j + 1
	}
	return false
}

// consonant reports an ASCII consonant letter.
func consonant(c byte) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z' && strings.IndexByte("aeiouy", c) < 0
}

// spacedGate is joinSpaced's test without a copy: two fragments or
// more, and one lettered token in five.
func spacedGate(s string) bool {
	if !lonePieces(s) {
		return false
	}
	n, lettered := 0, 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		t := s[i : i+j]
		i += j + 1
		if t == "" {
			continue
		}
		if !strings.ContainsAny(t, "0123456789") {
			lettered++
		}
		if isFragment(trimPunct(t)) {
			n++
		}
	}
	return n >= 2 && n*minSpacedShare >= lettered
}
