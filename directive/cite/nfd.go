// Decomposed input: scanned as an NFC copy with offsets mapped back.

package cite

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// offsetMap maps offsets in an NFC copy back to the original text. The
// copy is the input with its spans of a base letter and combining marks
// composed; between those spans the text is the same, byte for byte. Each
// entry opens a chunk of the copy: out is where it starts in the copy, in
// where in the input, and composed whether it is a composed span (whose
// inside maps to its ends) or copied text (mapped byte for byte).
type offsetMap struct {
	out, in  []int
	composed []bool
}

// normalizeWithMap composes only the spans that need it, so that decomposed
// text costs little more than precomposed text: a span is a letter and the
// combining marks (U+0300–U+036F, lead bytes CC and CD) after it.
func normalizeWithMap(s string) (string, offsetMap) {
	var b strings.Builder
	b.Grow(len(s))
	marks := strings.Count(s, "\xcc") + strings.Count(s, "\xcd")
	m := offsetMap{out: make([]int, 0, 2*marks+1), in: make([]int, 0, 2*marks+1), composed: make([]bool, 0, 2*marks+1)}
	chunk := func(in int, composed bool) {
		m.out = append(m.out, b.Len())
		m.in = append(m.in, in)
		m.composed = append(m.composed, composed)
	}
	last := 0
	chunk(0, false)
	marksAt := newMarkFinder(s)
	for i := last; i < len(s); {
		j := marksAt.next(i)
		if j < 0 {
			break
		}
		st := j
		if _, n := utf8.DecodeLastRuneInString(s[last:j]); n > 0 {
			st = j - n // the letter the marks sit on
		}
		en := j
		for isMarkAt(s, en) {
			en += 2
		}
		b.WriteString(s[last:st])
		chunk(st, true)
		if c := composedLetter(s[st:en]); c != "" {
			b.WriteString(c)
		} else {
			b.WriteString(norm.NFC.String(s[st:en]))
		}
		chunk(en, false)
		last, i = en, en
	}
	b.WriteString(s[last:])
	return b.String(), m
}

// markFinder finds the combining marks of U+0300–U+036F (lead bytes CC
// and CD) in order, remembering where each lead byte occurs next so that
// the text is scanned once.
type markFinder struct {
	s              string
	nextCC, nextCD int
}

func newMarkFinder(s string) *markFinder {
	return &markFinder{s: s, nextCC: -2, nextCD: -2}
}

// next returns the index of the first mark at or after i, or -1.
func (f *markFinder) next(i int) int {
	s := f.s
	for i < len(s) {
		if f.nextCC != -1 && f.nextCC < i {
			f.nextCC = indexFrom(s, i, 0xCC)
		}
		if f.nextCD != -1 && f.nextCD < i {
			f.nextCD = indexFrom(s, i, 0xCD)
		}
		k := f.nextCC
		if f.nextCD >= 0 && (k < 0 || f.nextCD < k) {
			k = f.nextCD
		}
		if k < 0 {
			return -1
		}
		if isMarkAt(s, k) {
			return k
		}
		i = k + 1
	}
	return -1
}

func indexFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

// chunkAt returns the chunk that holds the copy's byte off.
func (m offsetMap) chunkAt(off int) int {
	return sort.SearchInts(m.out, off+1) - 1
}

// start maps an offset of the copy to the input: a composed span maps to
// its start.
func (m offsetMap) start(off int) int {
	i := m.chunkAt(off)
	if i < 0 {
		return 0
	}
	if m.composed[i] {
		return m.in[i]
	}
	return m.in[i] + off - m.out[i]
}

// end maps an end offset of the copy (the byte before it is the last one)
// to the input: a composed span maps to its end.
func (m offsetMap) end(off int) int {
	if off <= 0 {
		return 0
	}
	i := m.chunkAt(off - 1)
	if m.composed[i] {
		if i+1 < len(m.in) {
			return m.in[i+1]
		}
	}
	return m.in[i] + off - m.out[i]
}

// vnMarks are the combining marks of Vietnamese letters: the tones
// (grave, acute, tilde, hook, dot below) and the qualities (circumflex,
// breve, horn). markIndex numbers them from 1 by their offset from U+0300.
var (
	vnMarks   = [...]rune{0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31B}
	markIndex = func() (t [0x70]uint8) {
		for i, r := range vnMarks {
			t[r-0x300] = uint8(i + 1)
		}
		return t
	}()
)

// composedLetters holds each Vietnamese letter written decomposed (NFD):
// an ASCII base and one or two marks in NFD's order, indexed by the base
// and the marks' numbers, so that a span composes by one array load.
var composedLetters = func() (t [128][len(vnMarks) + 1][len(vnMarks) + 1]string) {
	for _, r := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			c := norm.NFC.String(string(r) + tone)
			d := []rune(norm.NFD.String(c))
			if len(d) < 2 || len(d) > 3 || d[0] >= 128 {
				continue
			}
			i1, i2 := markIndex[d[1]-0x300], uint8(0)
			if len(d) == 3 {
				i2 = markIndex[d[2]-0x300]
			}
			t[d[0]][i1][i2] = c
		}
	}
	return t
}()

// composedLetter returns the precomposed form of span, an ASCII letter
// and one or two marks of U+0300–U+036F, or "" when it is not a
// Vietnamese letter.
func composedLetter(span string) string {
	if len(span) != 3 && len(span) != 5 || span[0] >= 128 {
		return ""
	}
	m := func(k int) uint8 {
		if !isMarkAt(span, k) {
			return 0
		}
		return markIndex[markOffset(span, k)]
	}
	i1, i2 := m(1), uint8(0)
	if len(span) == 5 {
		if i2 = m(3); i2 == 0 {
			return ""
		}
	}
	if i1 == 0 {
		return ""
	}
	return composedLetters[span[0]][i1][i2]
}

// isMarkAt reports a combining mark of U+0300–U+036F at s[i]: CC 80–BF
// or CD 80–AF in UTF-8.
func isMarkAt(s string, i int) bool {
	if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
		return false
	}
	return s[i] == 0xCC || s[i] == 0xCD && s[i+1] <= 0xAF
}

// markOffset is the mark at s[i] (see isMarkAt) less U+0300.
func markOffset(s string, i int) int {
	return int(s[i]&0x1F)<<6 | int(s[i+1]&0x3F) - 0x300
}
