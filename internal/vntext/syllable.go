package vntext

import (
	"strings"
	"unicode/utf8"
)

// syllableInitials are the initial consonants of Vietnamese syllables,
// longest first so that "ngh" is tried before "ng" and "n".
var syllableInitials = []string{
	"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
}

// syllableFinals are the final consonants; a final vowel (i, y, o, u) is
// read as part of the nucleus.
var syllableFinals = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t"}

// IsSyllable reports whether w, letters only, has the shape of one
// Vietnamese syllable: an initial consonant (or none), a nucleus of one
// to three vowels, a final consonant (or none), at most one tone, and a
// final c, ch, p or t only under the acute or the dot below. It checks
// shape, not the dictionary: "ến" passes.
func IsSyllable(w string) bool {
	var buf [24]byte
	b := buf[:0]
	tone := uint8(toneNone)
	for _, r := range w {
		v := vowelOf(r)
		switch {
		case v.base != 0:
			if v.tone != toneNone {
				if tone != toneNone {
					return false
				}
				tone = v.tone
			}
			b = utf8.AppendRune(b, v.base)
		case r == 'đ' || r == 'Đ':
			b = append(b, "đ"...)
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			b = append(b, byte(r)|0x20)
		default:
			return false
		}
		if len(b) > 20 {
			return false
		}
	}
	s := string(b)
	if rhymeOK(s, tone) {
		return true
	}
	for _, in := range syllableInitials {
		if rest, ok := strings.CutPrefix(s, in); ok && initialFits(in, rest) && rhymeOK(rest, tone) {
			return true
		}
	}
	return false
}

// initialFits applies the spelling rules: k, gh and ngh stand before e,
// ê, i and y only; c, g, ng and q never do (q only as "qu").
func initialFits(in, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	front := r == 'e' || r == 'ê' || r == 'i' || r == 'y'
	switch in {
	case "k", "gh", "ngh":
		return front
	case "c", "ng":
		return !front
	}
	return true
}

// rhymeOK reports a nucleus of one to three toneless base vowels and a
// final consonant or none.
func rhymeOK(s string, tone uint8) bool {
	n, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(baseVowels, r) {
			break
		}
		n++
		i += size
	}
	if n == 0 || n > 3 {
		return false
	}
	final := s[i:]
	if final == "" {
		return true
	}
	for _, f := range syllableFinals {
		if final == f {
			checked := f == "c" || f == "ch" || f == "p" || f == "t"
			return !checked || tone == toneAcute || tone == toneDot
		}
	}
	return false
}

// labelWords name an item by a letter, which must stay apart from the
// next word: "điểm c khoản 2", "loại B được".
var labelWords = map[string]bool{
	"điểm": true, "loại": true, "khóa": true, "hạng": true, "nhóm": true, "mục": true,
	"tiết": true, "bảng": true, "cột": true, "dòng": true, "mẫu": true, "số": true,
	"phụ": true, "lục": true, "hình": true, "biểu": true, "khu": true, "tổ": true,
}

// JoinSplitSyllables joins the pieces of syllables that a PDF text layer
// parted with spaces ("Đ ả ng", "tr ưở n g", "t ỉ nh", "ỦY B AN"): around a
// piece of consonants only, which no Vietnamese word is, the longest run
// of pieces parted by single spaces that spells one syllable. A piece
// after a number (a unit: "230 km") or after a label word ("điểm c") is
// left alone. It returns s itself when nothing was joined.
func JoinSplitSyllables(s string) string {
	if !hasBarePiece(s) {
		return s
	}
	type tok struct {
		a, b  int
		bare  bool // consonants only
		upper bool // all capitals
		tail  bool // no capital after the first letter
		first bool // the first letter a capital
	}
	var toks []tok
	evidence := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) || isStrayMark(r) {
			i += n
			continue
		}
		t := tok{a: i, bare: true, upper: true, tail: true}
		for k := 0; i < len(s); k++ {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !isLetter(r) || isStrayMark(r) {
				break
			}
			up := toLower(r) != r
			if vowelOf(r).base != 0 {
				t.bare = false
			}
			if !up {
				t.upper = false
			}
			if k > 0 && up {
				t.tail = false
			}
			if k == 0 {
				t.first = up
			}
			i += n
		}
		t.b = i
		if t.bare && utf8.RuneCountInString(s[t.a:t.b]) <= 3 {
			evidence = true
		} else {
			t.bare = false
		}
		toks = append(toks, t)
	}
	if !evidence {
		return s
	}
	spaced := func(k int) bool { return toks[k].b+1 == toks[k+1].a && s[toks[k].b] == ' ' }
	join := make([]bool, len(toks)) // join[k]: token k joins token k+1
	var buf [64]byte
	for e := range toks {
		if !toks[e].bare || e > 0 && join[e-1] || join[e] {
			continue
		}
		if a := toks[e].a; a >= 2 && s[a-1] == ' ' && IsDigit(s[a-2]) {
			continue // a unit: "230 km", "1 m"
		}
		if e > 0 && spaced(e-1) && labelWords[strings.ToLower(s[toks[e-1].a:toks[e-1].b])] {
			continue
		}
		bi, bj := -1, -1
		for i := max(0, e-3); i <= e; i++ {
			if i < e && !allSpaced(i, e, spaced) {
				continue
			}
			for j := e; j < len(toks) && j-i < 5; j++ {
				if j > e && !spaced(j-1) {
					break
				}
				if j == i || j-i <= bj-bi || i > 0 && join[i-1] {
					continue
				}
				var ups, tails, firsts [5]bool
				for k, t := range toks[i : j+1] {
					ups[k], tails[k], firsts[k] = t.upper, t.tail, t.first
				}
				n := j - i + 1
				if !caseFits(ups[:n], tails[:n], firsts[:n]) {
					continue
				}
				w := buf[:0]
				for k := i; k <= j; k++ {
					w = append(w, s[toks[k].a:toks[k].b]...)
				}
				if IsSyllable(string(w)) {
					bi, bj = i, j
				}
			}
		}
		for k := bi; k >= 0 && k < bj; k++ {
			join[k] = true
		}
	}
	var out strings.Builder
	last := 0
	for k := range toks {
		if join[k] {
			out.WriteString(s[last:toks[k].b])
			last = toks[k+1].a
		}
	}
	if last == 0 {
		return s
	}
	out.WriteString(s[last:])
	return out.String()
}

// allSpaced reports tokens i to e parted by single spaces.
func allSpaced(i, e int, spaced func(int) bool) bool {
	for k := i; k < e; k++ {
		if !spaced(k) {
			return false
		}
	}
	return true
}

// caseFits reports pieces that spell one word's case: all capitals, or
// the first piece with no capital after its first letter and the others
// in small letters.
func caseFits(allUpper, tailSmall, firstUpper []bool) bool {
	up := true
	for _, u := range allUpper {
		up = up && u
	}
	if up {
		return true
	}
	if !tailSmall[0] {
		return false
	}
	for k := 1; k < len(tailSmall); k++ {
		if !tailSmall[k] || firstUpper[k] {
			return false
		}
	}
	return true
}

// hasBarePiece reports a piece of one to three consonants after a space
// or at the start, before a space or the end: a cheap test that most text
// fails, before the pieces are read.
func hasBarePiece(s string) bool {
	for i := 0; i < len(s); {
		if i > 0 && s[i-1] != ' ' {
			i++
			continue
		}
		n, j := 0, i
		for j < len(s) && n <= 3 {
			if c := s[j]; c < utf8.RuneSelf && IsASCIILetter(c) && !strings.ContainsRune("aeiouyAEIOUY", rune(c)) {
				j++
			} else if strings.HasPrefix(s[j:], "đ") || strings.HasPrefix(s[j:], "Đ") {
				j += len("đ")
			} else {
				break
			}
			n++
		}
		if n >= 1 && n <= 3 && (j == len(s) || s[j] == ' ') {
			return true
		}
		i = j + 1
	}
	return false
}
