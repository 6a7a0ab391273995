// Type words: the words that name a document type ("Quyết định", "QĐ"),
// looked up before and after an anchor.

package cite

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// typeWord is a word that names a document type before a number.
type typeWord struct {
	w    string         // lower case NFC; a space matches any run of spaces
	kind directive.Kind // KindUnspecified for "văn bản"
	abbr bool           // an upper-case abbreviation, matched with its case
	last int            // byte length of the last word of w
	lead int            // byte length of the first word of w
}

var (
	typeWords  []typeWord
	typeByLast = map[rune][]int{} // folded last rune -> typeWords indexes
	// last rune -> abbreviations' indexes; all end below 0x250
	abbrByLast  [0x250][]int
	typeByFirst = map[rune][]int{} // folded first rune -> typeWords indexes
	// the same for the runes of ASCII, Latin-1 and Latin Extended-A/B
	// (below 0x250) and of Latin Extended Additional (0x1E00 to 0x1EFF),
	// without a map look-up
	typeByLastLatin, typeByFirstLatin [0x250][]int
	typeByLastExt, typeByFirstExt     [0x100][]int
)

// typesByLast returns typeByLast[r].
func typesByLast(r rune) []int {
	if uint32(r) < 0x250 {
		return typeByLastLatin[r]
	}
	if r>>8 == 0x1E {
		return typeByLastExt[r&0xFF]
	}
	return typeByLast[r]
}

// typesByFirst returns typeByFirst[r].
func typesByFirst(r rune) []int {
	if uint32(r) < 0x250 {
		return typeByFirstLatin[r]
	}
	if r>>8 == 0x1E {
		return typeByFirstExt[r&0xFF]
	}
	return typeByFirst[r]
}

func init() {
	add := func(w string, k directive.Kind, abbr bool) {
		typeWords = append(typeWords, typeWord{w, k, abbr, len(w) - vntext.WordStartBefore(w, len(w)), vntext.LeadWordLen(w)})
	}
	for _, k := range directive.Kinds() {
		add(strings.ToLower(k.Label()), k, false)
	}
	for _, k := range directive.Kinds() { // "bản thoả thuận", "giấy uỷ quyền"
		if sp := vntext.Spellings(strings.ToLower(k.Label())); len(sp) > 1 {
			add(sp[1], k, false)
		}
	}
	add("thông báo kết luận", directive.KindNotice, false)
	add("văn bản", directive.KindUnspecified, false)
	for _, a := range []string{"QĐ", "NĐ", "NQ", "TT", "TTLT", "CT", "KH", "CV", "TB", "HD", "BC", "KL", "CTr", "TTr"} {
		add(a, directive.KindUnspecified, true)
	}
	// Longest first, so "bộ luật" wins over "luật".
	sort.SliceStable(typeWords, func(i, j int) bool { return len(typeWords[i].w) > len(typeWords[j].w) })
	for i, t := range typeWords {
		if t.abbr {
			r, _ := utf8.DecodeLastRuneInString(t.w)
			typeByLast[r] = append(typeByLast[r], i)
			abbrByLast[r] = append(abbrByLast[r], i) // panics past 0x250
			f, _ := utf8.DecodeRuneInString(t.w)
			typeByFirst[f] = append(typeByFirst[f], i)
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(t.w)
		typeByLast[vntext.FoldRune(r)] = append(typeByLast[vntext.FoldRune(r)], i)
		f, _ := utf8.DecodeRuneInString(t.w)
		typeByFirst[vntext.FoldRune(f)] = append(typeByFirst[vntext.FoldRune(f)], i)
	}
	for r := range rune(0x250) {
		typeByLastLatin[r], typeByFirstLatin[r] = typeByLast[r], typeByFirst[r]
	}
	for r := range rune(0x100) {
		typeByLastExt[r], typeByFirstExt[r] = typeByLast[0x1E00+r], typeByFirst[0x1E00+r]
	}
	indexBareTypes()
}

// typeWordBefore finds a type word ending at s[:i] and returns its start.
func typeWordBefore(s string, i int) (int, typeWord, bool) {
	if i <= 0 || vntext.WordAt(s, i) {
		return 0, typeWord{}, false
	}
	// a type word matches only a word as long as its last word (case
	// pairs have equal lengths)
	n := i - vntext.WordStartBefore(s, i)
	if n == 0 {
		return 0, typeWord{}, false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if uint32(r) < 0x250 {
		for _, idx := range abbrByLast[r] {
			if t := typeWords[idx]; t.last == n {
				if st := i - len(t.w); st >= 0 && s[st:i] == t.w && !vntext.WordBefore(s, st) {
					return st, t, true
				}
			}
		}
	}
	for _, idx := range typesByLast(vntext.FoldRune(r)) {
		t := typeWords[idx]
		if t.abbr || t.last != n {
			continue
		}
		// the last two letters, when ASCII, tell "định" from "hoạch"
		// before a full match (vntext.MatchFoldBack compares ASCII bytes one
		// for one)
		if w := t.w; s[i-1] < 0x80 && w[len(w)-1] < 0x80 && i >= 2 && s[i-2] < 0x80 && 'a' <= w[len(w)-2] && w[len(w)-2] <= 'z' {
			c := s[i-2]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[len(w)-2] {
				continue
			}
		}
		if st, ok := vntext.MatchWordBack(s, i, t.w); ok {
			return st, t, true
		}
	}
	return 0, typeWord{}, false
}

// typeWordAt finds a type word starting at s[i] and returns its end.
func typeWordAt(s string, i int) (int, typeWord, bool) {
	if i >= len(s) {
		return 0, typeWord{}, false
	}
	n := vntext.WordEnd(s, i) - i
	if n == 0 {
		return 0, typeWord{}, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	for _, idx := range typesByFirst(vntext.FoldRune(r)) {
		t := typeWords[idx]
		if t.abbr || t.lead != n {
			continue
		}
		if e, ok := vntext.MatchWord(s, i, t.w); ok {
			return e, t, true
		}
	}
	return 0, typeWord{}, false
}

// typeWordInClause looks back from "số" at s[i] for a type word followed
// by a name ("Luật Tổ chức Chính phủ số 76/2015/QH13"), within the clause.
func typeWordInClause(s string, i int) (int, typeWord, bool) {
	j := vntext.SkipSpacesBack(s, i)
	for words := 0; words < 10 && j > 0; words++ {
		// go to the start of the word ending at j
		k := j
		for k > 0 {
			// ASCII and the Vietnamese letters of Latin Extended
			// Additional (E1 BA xx, E1 BB xx) without decoding
			if c := s[k-1]; c < 0x80 {
				if !vntext.ASCIIWord[c] && c != '-' {
					break
				}
				k--
				continue
			} else if k >= 3 && c < 0xC0 && s[k-3] == 0xE1 && (s[k-2] == 0xBA || s[k-2] == 0xBB) {
				k -= 3
				continue
			}
			r, sz := utf8.DecodeLastRuneInString(s[:k])
			if !vntext.IsWordRune(r) && r != '-' {
				break
			}
			k -= sz
		}
		if k == j {
			return 0, typeWord{}, false
		}
		if c := s[k]; c < 0x80 && !('A' <= c && c <= 'Z') {
			// not upper case
		} else if r, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsUpper(r) {
			if _, t, ok := typeWordAt(s, k); ok && !t.abbr {
				return k, t, true
			}
		}
		j = vntext.SkipSpacesBack(s, k)
		if j == k {
			return 0, typeWord{}, false
		}
	}
	return 0, typeWord{}, false
}
