// Type words and law names read bare, for a text whose marks a scan or a
// text layer lost or changed ("Quyêt định sô …", "Luât Hải quan").

package cite

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// FindDamaged is Find for a text whose marks a scan or a text layer lost
// or changed in some words: where a type word ("Quyết định", "Chương
// trình"), a law's opening ("Luật", "Căn cứ"), "số", "ngày" or "của" does
// not match as written, it is matched bare (letters without marks, case
// or the stroke of "đ"), so "Quyêt định sô 118/TTg ngay 27/02/1996 cua
// Thủ tướng" and "Căn cứ Luât Hải quan" read as their printed forms do.
// Names and issuers are returned as written. Where the marks are whole
// it reads what Find reads, about a sixth slower; where it reads
// otherwise, it reads more (TestFindDamagedCorpus).
func FindDamaged(text string) iter.Seq[directive.Citation] { return find(text, true) }

// bareWords is a phrase's words read bare.
func bareWords(p string) []string { return strings.Fields(vntext.Bare(p)) }

// A bare index: the phrases of a list read bare, by the first letter of
// their first (and of their last) word, longest first, leaving out the
// bare forms two phrases share ("quy định" and "quyết định" do not; no
// pair in the lists does today, but a list may grow). Looked up by a
// letter, compared word by word: no allocation.
type bareIndex struct {
	first, last [26][]int
	words       [][]string // by the list's index
}

func newBareIndex(phrases []string, skip func(int) bool) bareIndex {
	x := bareIndex{words: make([][]string, len(phrases))}
	seen := map[string]int{}
	for i, p := range phrases {
		if skip(i) {
			continue
		}
		ws := bareWords(p)
		if len(ws) == 0 {
			continue
		}
		k := strings.Join(ws, " ")
		if j, ok := seen[k]; ok && vntext.Key(phrases[j]) != vntext.Key(p) {
			x.words[j] = nil // two phrases read alike bare: neither
			continue
		} else if ok {
			continue // one phrase in two cases
		}
		seen[k] = i
		x.words[i] = ws
	}
	for i, ws := range x.words {
		if ws == nil {
			continue
		}
		f, l := ws[0][0], ws[len(ws)-1][0]
		if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
			x.words[i] = nil
			continue
		}
		x.first[f-'a'] = append(x.first[f-'a'], i)
		x.last[l-'a'] = append(x.last[l-'a'], i)
	}
	for k := range 26 {
		// longest first: "bộ luật" before "luật"
		longest := func(a, b int) int { return len(x.words[b]) - len(x.words[a]) }
		slices.SortStableFunc(x.first[k], longest)
		slices.SortStableFunc(x.last[k], longest)
	}
	return x
}

// bareLetter is the index of the bare letter the word at s[i] opens
// with, or -1.
func bareLetter(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if b := vntext.BareRune(r); 'a' <= b && b <= 'z' {
		return int(b - 'a')
	}
	return -1
}

var (
	bareTypes   bareIndex
	bareNeedles bareIndex
)

func init() { bareNeedles = newBareIndex(lawNeedles[:], func(int) bool { return false }) }

// indexBareTypes makes bareTypes, once typeWords is made (typeword.go's
// init).
func indexBareTypes() {
	ws := make([]string, len(typeWords))
	for i, t := range typeWords {
		ws[i] = t.w
	}
	bareTypes = newBareIndex(ws, func(i int) bool { return typeWords[i].abbr })
}

// bareWordAt returns the end of the word at s[i] when it reads bare as
// w; the word may hold a hyphen only where w does.
func bareWordAt(s string, i int, w string) (int, bool) {
	e := vntext.WordEnd(s, i)
	if e == i || !bareEqual(s[i:e], w) {
		return 0, false
	}
	return e, true
}

// bareEqual reports whether word reads bare as w (lower-case ASCII).
func bareEqual(word, w string) bool {
	k := 0
	for _, r := range word {
		if r >= 0x300 && r <= 0x36F { // a stray mark NFC left
			continue
		}
		b := vntext.BareRune(r)
		if b >= utf8.RuneSelf || k >= len(w) || byte(b) != w[k] {
			return false
		}
		k++
	}
	return k == len(w)
}

// matchBare returns the end of the phrase ws read bare at s[i], its
// words parted by spaces.
func matchBare(s string, i int, ws []string) (int, bool) {
	e := i
	for n, w := range ws {
		if n > 0 {
			j := vntext.SkipSpaces(s, e)
			if j == e {
				return 0, false
			}
			e = j
		}
		var ok bool
		if e, ok = bareWordAt(s, e, w); !ok {
			return 0, false
		}
	}
	return e, true
}

// at returns the index in x and the end of the longest phrase of x read
// bare at s[i].
func (x *bareIndex) at(s string, i int) (int, int, bool) {
	l := bareLetter(s, i)
	if l < 0 {
		return 0, 0, false
	}
	for _, idx := range x.first[l] {
		if end, ok := matchBare(s, i, x.words[idx]); ok && !vntext.WordAt(s, end) {
			return idx, end, true
		}
	}
	return 0, 0, false
}

// before returns the index in x and the start of the longest phrase of x
// read bare that ends at s[i].
func (x *bareIndex) before(s string, i int) (int, int, bool) {
	st := vntext.WordStartBefore(s, i)
	l := bareLetter(s, st)
	if st == i || l < 0 {
		return 0, 0, false
	}
	for _, idx := range x.last[l] {
		ws := x.words[idx]
		if !bareEqual(s[st:i], ws[len(ws)-1]) {
			continue
		}
		a := st
		ok := true
		for n := len(ws) - 2; n >= 0 && ok; n-- {
			j := vntext.SkipSpacesBack(s, a)
			if j == a {
				ok = false
				break
			}
			a = vntext.WordStartBefore(s, j)
			ok = a < j && bareEqual(s[a:j], ws[n])
		}
		if ok && !vntext.WordBefore(s, a) {
			return idx, a, true
		}
	}
	return 0, 0, false
}

// typeWordBefore is the package's typeWordBefore; on a damaged text a
// type word is also matched bare.
func (sc *scanner) typeWordBefore(s string, i int) (int, typeWord, bool) {
	if st, t, ok := typeWordBefore(s, i); ok || !sc.damaged || i <= 0 || vntext.WordAt(s, i) {
		return st, t, ok
	}
	if idx, st, ok := bareTypes.before(s, i); ok {
		return st, typeWords[idx], true
	}
	return 0, typeWord{}, false
}

// typeWordAt is the package's typeWordAt; on a damaged text a type word
// is also matched bare.
func (sc *scanner) typeWordAt(s string, i int) (int, typeWord, bool) {
	if e, t, ok := typeWordAt(s, i); ok || !sc.damaged {
		return e, t, ok
	}
	if idx, e, ok := bareTypes.at(s, i); ok {
		return e, typeWords[idx], true
	}
	return 0, typeWord{}, false
}

// needleAtBare is needleAt for a needle read bare.
func needleAtBare(s string, i int) int {
	if idx, _, ok := bareNeedles.at(s, i); ok {
		return idx
	}
	return -1
}

// needleLen returns the length of the needle idx at sc.s[h]: as written,
// or on a damaged text as read bare.
func (sc *scanner) needleLen(h, idx int) int {
	n := len(lawNeedles[idx])
	if !sc.damaged || strings.HasPrefix(sc.s[h:], lawNeedles[idx]) {
		return n
	}
	if e, ok := matchBare(sc.s, h, bareNeedles.words[idx]); ok {
		return e - h
	}
	return n
}

// dayWord returns the end of "ngày" at s[i]; on a damaged text, of
// "ngay" too.
func (sc *scanner) dayWord(s string, i int) (int, bool) {
	if e, ok := vntext.MatchWord(s, i, "ngày"); ok || !sc.damaged {
		return e, ok
	}
	return bareWordAt(s, i, "ngay")
}

// scanDate is directive.ScanDate; on a damaged text, a date after
// "ngay" ("ngay 26/11/2003") is read too, spanning the word.
func (sc *scanner) scanDate(s string, i int) (chidao.Date, int, bool) {
	d, e, ok := directive.ScanDate(s, i)
	if ok || !sc.damaged {
		return d, e, ok
	}
	if w, ok := bareWordAt(s, i, "ngay"); ok && w < len(s) && s[w] == ' ' {
		if d, e, ok := directive.ScanDate(s, vntext.SkipSpaces(s, w)); ok {
			return d, e, true
		}
	}
	return d, e, false
}

// soBack is vntext.MatchWordBack(s, i, "số"); on a damaged text, "sô"
// and "so" too.
func (sc *scanner) soBack(s string, i int) (int, bool) {
	if st, ok := vntext.MatchWordBack(s, i, "số"); ok || !sc.damaged {
		return st, ok
	}
	st := vntext.WordStartBefore(s, i)
	if st < i && bareEqual(s[st:i], "so") && !vntext.WordBefore(s, st) {
		return st, true
	}
	return 0, false
}

// ofWord returns the end of "của" at s[i]; on a damaged text, of "cua"
// too.
func (sc *scanner) ofWord(s string, i int) (int, bool) {
	if e, ok := vntext.MatchWord(s, i, "của"); ok || !sc.damaged {
		return e, ok
	}
	return bareWordAt(s, i, "cua")
}
