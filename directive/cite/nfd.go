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
		for en < len(s) {
			r, n := utf8.DecodeRuneInString(s[en:])
			if r < 0x300 || r > 0x36F {
				break
			}
			en += n
		}
		b.WriteString(s[last:st])
		chunk(st, true)
		if c, ok := composedLetters[s[st:en]]; ok {
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
		if r, _ := utf8.DecodeRuneInString(s[k:]); r >= 0x300 && r <= 0x36F {
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

// composedLetters maps each Vietnamese letter written decomposed (NFD) to
// its precomposed form, so that the common spans compose by one lookup.
var composedLetters = func() map[string]string {
	m := map[string]string{}
	for _, r := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			c := norm.NFC.String(string(r) + tone)
			if d := norm.NFD.String(c); d != c {
				m[d] = c
			}
		}
	}
	return m
}()
