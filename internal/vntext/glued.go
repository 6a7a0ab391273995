package vntext

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Some PDF text layers set no space after a letter that carries a mark:
// the next word runs into it ("chủtrì", "đềnghịcác", "cơ sởĐảng",
// "thịsố46"). A Vietnamese syllable ends where such a join cannot go on
// within one: after its vowel comes a letter no syllable ends with (b, d,
// đ, g, h, k, l, q, r, s, v, x), a capital, a digit, or a stop (c, p, t)
// after a tone other than the acute and the dot below, which are the only
// tones a syllable ending in a stop takes. The part before must be a whole
// syllable ending in its vowel and the part after must open one.

// GluedAt reports the byte offsets in s after which a word runs on into
// the next with no space, as such a text layer leaves them.
func GluedAt(s string) []int {
	var at []int
	forGlued(s, func(i int) { at = append(at, i) })
	return at
}

// CountGlued is len(GluedAt(s)) without the slice.
func CountGlued(s string) int {
	n := 0
	forGlued(s, func(int) { n++ })
	return n
}

// SplitGlued returns s with a space at each offset GluedAt gives, and how
// many it put.
func SplitGlued(s string) (string, int) {
	at := GluedAt(s)
	if len(at) == 0 {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s) + len(at))
	last := 0
	for _, i := range at {
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last = i
	}
	b.WriteString(s[last:])
	return b.String(), len(at)
}

// forGlued calls f with the end offset of each syllable that the next
// runs into. It looks only where a letter outside ASCII (the vowel with
// its mark) meets a byte that may open the next word, so most text costs
// a byte compare and a table look a byte.
func forGlued(s string, f func(int)) {
	lastCut := 0
	for j := 1; j < len(s); j++ {
		c := s[j]
		if s[j-1] < utf8.RuneSelf || c >= 0x80 && c < 0xC0 || c < utf8.RuneSelf && !glueASCII[c] {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(s[:j])
		if !markedVowel(r) || vowels[r].upper {
			continue
		}
		v := vowels[r]
		next, n := utf8.DecodeRuneInString(s[j:])
		var after byte
		if j+n < len(s) {
			after = s[j+n]
		}
		if !runsOn(next, after, v.tone) {
			continue
		}
		start := syllableStart(s, j, lastCut)
		if start < 0 || !syllableEnds(s[start:j]) || !syllableOpens(s[j:]) {
			continue
		}
		f(j)
		lastCut = j
	}
}

// glueASCII marks the bytes that may open a word run into a syllable:
// digits, capitals, and the small letters no syllable ends with or that
// end one only after some tones.
var glueASCII = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for _, c := range "bdghklqrsvxcpt" {
		t[c] = true
	}
	return t
}()

// syllableStart returns where the syllable that ends at j with its vowels
// begins: back over its vowels (three at most) and the consonants before
// them (three at most, "ngh"), not before from, the last cut; -1 when the
// run is longer than a syllable's.
func syllableStart(s string, j, from int) int {
	k, n := j, 0
	for k > from {
		r, m := utf8.DecodeLastRuneInString(s[:k])
		if r >= tableMax || vowels[r].base == 0 {
			break
		}
		if n++; n > 3 {
			return -1
		}
		k -= m
	}
	n = 0
	for k > from {
		r, m := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) || r < tableMax && vowels[r].base != 0 {
			break
		}
		if n++; n > 3 {
			return -1
		}
		k -= m
	}
	return k
}

// runsOn reports a rune after a vowel of tone t, the byte after it
// following, that cannot go on within its syllable.
func runsOn(next rune, after byte, t uint8) bool {
	switch {
	case next >= '0' && next <= '9':
		return true
	case next == 'đ' || next == 'Đ':
		return true
	case next < utf8.RuneSelf && unicode.IsUpper(next):
		return true
	case next >= utf8.RuneSelf && unicode.IsUpper(next) && unicode.IsLetter(next):
		return true
	}
	switch next {
	case 'b', 'd', 'g', 'h', 'k', 'l', 'q', 'r', 's', 'v', 'x':
		return true
	case 'p', 't':
		// "ph", "th", "tr" open a syllable: no stop ends one before a letter
		return t != toneAcute && t != toneDot || after == 'h' || next == 't' && after == 'r'
	case 'c':
		return t != toneAcute && t != toneDot
	}
	return false
}

// onsets are the consonants a Vietnamese syllable opens with, longest
// first.
var onsets = [...]string{"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// onsetLen is the byte length of the onset syl opens with, in either
// case, that leaves something after it; 0 for none.
func onsetLen(syl string) int {
	for _, o := range onsets {
		if len(syl) > len(o) && hasFoldASCII(syl, o) {
			return len(o)
		}
	}
	return 0
}

// hasFoldASCII reports s opening with o (lower case, "đ" allowed) in
// either case.
func hasFoldASCII(s, o string) bool {
	if o == "đ" {
		return strings.HasPrefix(s, "đ") || strings.HasPrefix(s, "Đ")
	}
	for k := 0; k < len(o); k++ {
		if s[k]|0x20 != o[k] {
			return false
		}
	}
	return true
}

// syllableEnds reports syl as a whole syllable that ends in its vowel: an
// onset and one to three vowels.
func syllableEnds(syl string) bool {
	rest := syl[onsetLen(syl):]
	n := 0
	for _, r := range rest {
		if r >= tableMax || vowels[r].base == 0 {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// syllableOpens reports s opening with a syllable (an onset and a vowel)
// or a number.
func syllableOpens(s string) bool {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[onsetLen(s):])
	return r < tableMax && vowels[r].base != 0
}

//go:generate go run ./gensyl

// syllableList is the syllables the corpora write, one a line, lower case
// (gensyl writes it).
//
//go:embed syllables.txt
var syllableList string

var knownSyllables = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 2048)
	for l := range strings.Lines(syllableList) {
		if w := strings.TrimSpace(l); w != "" {
			m[w] = true
		}
	}
	return m
})

// longestSyllable is the most bytes a known syllable has.
var longestSyllable = sync.OnceValue(func() int {
	n := 0
	for w := range knownSyllables() {
		n = max(n, len(w))
	}
	return n
})

// KnownSyllable reports a word the corpora write, in either case.
func KnownSyllable(w string) bool {
	return knownSyllables()[strings.ToLower(w)]
}

// SplitGluedKnown is SplitGlued that also sets apart the words its rule
// leaves joined where a syllable could go on ("đềnghịcác", "vịcăn cứ",
// "đơn vịchủđộng"): a word that is no known syllable is cut after letters
// with marks into the fewest known syllables, when it can be. It returns
// the text and how many spaces it put.
func SplitGluedKnown(s string) (string, int) {
	s, n := SplitGlued(s)
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, m := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += m
			continue
		}
		j := i
		for j < len(s) {
			r, m := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += m
		}
		if cuts := knownCuts(s[i:j]); len(cuts) > 0 {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[last:i])
			prev := i
			for _, c := range cuts {
				b.WriteString(s[prev : i+c])
				b.WriteByte(' ')
				prev = i + c
			}
			last = prev
			n += len(cuts)
		}
		i = j
	}
	if last == 0 {
		return s, n
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// knownCuts returns where to cut w into the fewest known syllables, each
// cut after a letter with a mark, or nil when w is one or cannot be so cut.
func knownCuts(w string) []int {
	if utf8.RuneCountInString(w) < 3 || KnownSyllable(w) {
		return nil
	}
	// best[k] is the fewest pieces w[:k] cuts into, -1 for none; from[k]
	// where its last piece starts
	best := make([]int, len(w)+1)
	from := make([]int, len(w)+1)
	for k := range best {
		best[k] = -1
	}
	best[0] = 0
	for k := 1; k <= len(w); k++ {
		if k < len(w) && !utf8.RuneStart(w[k]) || k < len(w) && !cutAfter(w[:k]) {
			continue
		}
		// a piece is one syllable: only so many bytes back (with room for
		// a letter whose capital is longer), which keeps a long run of
		// letters linear
		for st := max(0, k-2*longestSyllable()); st < k; st++ {
			if best[st] < 0 || st > 0 && !cutAfter(w[:st]) || !KnownSyllable(w[st:k]) {
				continue
			}
			if best[k] < 0 || best[st]+1 < best[k] {
				best[k], from[k] = best[st]+1, st
			}
		}
	}
	if best[len(w)] < 2 {
		return nil
	}
	var cuts []int
	for k := from[len(w)]; k > 0; k = from[k] {
		cuts = append(cuts, k)
	}
	for a, z := 0, len(cuts)-1; a < z; a, z = a+1, z-1 {
		cuts[a], cuts[z] = cuts[z], cuts[a]
	}
	return cuts
}

// cutAfter reports a text that ends with a small letter with a mark:
// where a text layer that loses spaces after such letters may have lost
// one.
func cutAfter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return markedVowel(r) && !vowels[r].upper
}

// markedVowel reports a Vietnamese vowel with a mark, a tone or a quality
// ("ủ", "ê", "Ộ").
func markedVowel(r rune) bool {
	if r < 0 || r >= tableMax {
		return false
	}
	v := vowels[r]
	return v.base != 0 && (v.tone != toneNone || v.quality)
}
