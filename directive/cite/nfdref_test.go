package cite

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// The offset map of the NFD scan answers as the one it replaced did, which
// recorded every composed span (kept here as the reference).
func TestPropertyOffsetMapAgreesWithReference(t *testing.T) {
	words := []string{"Ủy", "ban", "nhân", "dân", "thành", "phố", "Hà", "Nội", "số", "3241/UBND-KGVX", "ngày", "04/10/2023", "Quyết", "định", "hoá", "khoẻ", "x\u0301\u0301", "e\u0323\u0302", "\u0301", "  ", "\n",
		strings.Repeat("plain text without marks ", 40), "ơ\u0301", "Ư\u0300\u0323",
		"a\u0344", "\u0344\u0344"} // NFC makes these longer than the input
	rapid.Check(t, func(t *rapid.T) {
		ws := rapid.SliceOfN(rapid.SampledFrom(words), 0, 60).Draw(t, "words")
		s := norm.NFD.String(strings.Join(ws, " "))
		if rapid.Bool().Draw(t, "raw marks") {
			s = strings.Join(ws, " ") // marks as drawn, not NFD's order
		}
		got, m := normalizeWithMap(s)
		want, r := refNormalizeWithMap(s)
		if got != want {
			t.Fatalf("copy %q, reference %q", got, want)
		}
		for off := 0; off <= len(got); off++ {
			if off < len(got) && m.start(off) != r.start(off) {
				t.Fatalf("start(%d) = %d, reference %d in %q", off, m.start(off), r.start(off), s)
			}
			if m.end(off) != r.end(off) {
				t.Fatalf("end(%d) = %d, reference %d in %q", off, m.end(off), r.end(off), s)
			}
		}
	})
}

// refMap is the map the NFD scan used before: it maps offsets in an NFC copy back to the original text. The
// copy is the input with its spans of a base letter and combining marks
// composed; between those spans the text is the same, byte for byte. Each
// entry opens a chunk of the copy: out is where it starts in the copy, in
// where in the input, and composed whether it is a composed span (whose
// inside maps to its ends) or copied text (mapped byte for byte).
type refMap struct {
	out, in  []int
	composed []bool
}

// refNormalizeWithMap composes only the spans that need it, so that decomposed
// text costs little more than precomposed text: a span is a letter and the
// combining marks (U+0300–U+036F, lead bytes CC and CD) after it.
func refNormalizeWithMap(s string) (string, refMap) {
	var b strings.Builder
	b.Grow(len(s))
	marks := strings.Count(s, "\xcc") + strings.Count(s, "\xcd")
	m := refMap{out: make([]int, 0, 2*marks+1), in: make([]int, 0, 2*marks+1), composed: make([]bool, 0, 2*marks+1)}
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

// chunkAt returns the chunk that holds the copy's byte off.
func (m refMap) chunkAt(off int) int {
	return sort.SearchInts(m.out, off+1) - 1
}

// start maps an offset of the copy to the input: a composed span maps to
// its start.
func (m refMap) start(off int) int {
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
func (m refMap) end(off int) int {
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

// Spans that NFC makes longer put the copy ahead of the input; a span
// composed by the table right after them still fits the copy's buffer.
func TestNormalizeAfterLongerSpans(t *testing.T) {
	for n := range 48 {
		for pad := range 12 {
			s := strings.Repeat("a\u0344", n) + strings.Repeat("x", pad) + "e\u0301" + "0123456789"
			got, _ := normalizeWithMap(s)
			if want, _ := refNormalizeWithMap(s); got != want {
				t.Fatalf("n %d, pad %d: copy %q, reference %q", n, pad, got, want)
			}
		}
	}
}
