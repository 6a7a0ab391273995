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
// composed; between those spans the text is the same, byte for byte.
// Rather than an entry per span (a decomposed Vietnamese text has one a
// syllable), it keeps where copy and input stand at every spanStride-th
// span, and walks the input from there when asked: citations are few.
type offsetMap struct {
	src string
	cps []checkpoint
}

// checkpoint is where the copy (out) and the input (in) stand at the
// start of a span.
type checkpoint struct{ out, in int }

// spanStride is how many composed spans lie between checkpoints, and
// maxCheckpointGap how many bytes at most.
const (
	spanStride       = 16
	maxCheckpointGap = 256
)

// normalizeWithMap composes only the spans that need it, so that decomposed
// text costs little more than precomposed text: a span is a letter and the
// combining marks (U+0300–U+036F, lead bytes CC and CD) after it. One pass
// over the bytes: in decomposed Vietnamese nearly every syllable has one.
func normalizeWithMap(s string) (string, offsetMap) {
	var buf strings.Builder // its String is the copy, without another
	buf.Grow(len(s))
	m := offsetMap{src: s, cps: make([]checkpoint, 1, len(s)/(4*spanStride)+2)}
	last, spans, cp := 0, 0, 0
	for i := 0; i < len(s); i++ {
		j := i
		for j < len(s) && s[j]&0xFE != 0xCC { // not CC or CD: the common byte
			j++
		}
		// text without marks: a checkpoint now and then, at an ASCII
		// byte, so that no walk is long
		for k := max(i, cp+maxCheckpointGap); k < j; k++ {
			if s[k] < utf8.RuneSelf {
				m.cps = append(m.cps, checkpoint{buf.Len() + k - last, k})
				cp = k
				k += maxCheckpointGap - 1
			}
		}
		if i = j; i == len(s) {
			break
		}
		if comp, en := fastLetter(s, last, i); comp[0] != 0 {
			// an ASCII vowel and its one or two Vietnamese marks, by the
			// table: most spans
			buf.WriteString(s[last : i-1])
			if spans++; spans%spanStride == 0 && i-1 > cp {
				m.cps = append(m.cps, checkpoint{buf.Len(), i - 1})
				cp = i - 1
			}
			buf.Write(comp[1 : 1+comp[0]])
			last, i = en, en-1
			continue
		}
		st, en, ok := spanAt(s, last, i)
		if !ok {
			continue
		}
		buf.WriteString(s[last:st])
		if spans++; spans%spanStride == 0 && st > cp {
			m.cps = append(m.cps, checkpoint{buf.Len(), st})
			cp = st
		}
		buf.WriteString(composeSpan(s[st:en]))
		last, i = en, en-1
	}
	buf.WriteString(s[last:])
	return buf.String(), m
}

// fastLetter composes the span whose first mark is at s[i] when it is an
// ASCII letter and one or two marks of the table, the commonest shape,
// returning the letter (its length, then its bytes) and the span's end;
// a zero length otherwise.
func fastLetter(s string, from, i int) ([4]byte, int) {
	if s[i] != 0xCC || i <= from || i+1 >= len(s) || s[i-1] >= utf8.RuneSelf || s[i+1]&0xC0 != 0x80 {
		return [4]byte{}, 0
	}
	i1, i2, en := markIndex[s[i+1]-0x80], uint8(0), i+2
	if en+1 < len(s) && s[en] == 0xCC && s[en+1]&0xC0 == 0x80 {
		if i2 = markIndex[s[en+1]-0x80]; i2 == 0 {
			return [4]byte{}, 0
		}
		en += 2
	}
	if i1 == 0 || isMarkAt(s, en) {
		return [4]byte{}, 0
	}
	return packedLetters[vnBases[s[i-1]]][i1][i2], en
}

// spanAt reports a span whose first mark is at s[i]: the letter before it
// (after from) and the marks from i on.
func spanAt(s string, from, i int) (st, en int, ok bool) {
	if c := s[i]; c != 0xCC && c != 0xCD || !isMarkAt(s, i) {
		return 0, 0, false
	}
	st = i
	if i > from && s[i-1] < utf8.RuneSelf {
		st = i - 1 // the letter the marks sit on: in Vietnamese, ASCII
	} else if _, n := utf8.DecodeLastRuneInString(s[from:i]); n > 0 {
		st = i - n
	}
	en = i
	for isMarkAt(s, en) {
		en += 2
	}
	return st, en, true
}

// composeSpan is a span in NFC: by the table for a Vietnamese letter.
func composeSpan(span string) string {
	if c := composedLetter(span); c != "" {
		return c
	}
	return norm.NFC.String(span)
}

// locate walks the input from the checkpoint before the copy's byte off
// and tells where off falls: in copied text, at input offset in, or
// inside the composed span of the input that ends at en.
func (m offsetMap) locate(off int) (in int, composed bool, en int) {
	k := sort.Search(len(m.cps), func(i int) bool { return m.cps[i].out > off }) - 1
	o, pos := m.cps[k].out, m.cps[k].in
	s := m.src
	for i := pos; i < len(s) && o+i-pos <= off+utf8.UTFMax; i++ { // a span past off starts past it
		if c := s[i]; c != 0xCC && c != 0xCD {
			continue
		}
		st, en, ok := spanAt(s, pos, i)
		if !ok {
			continue
		}
		if off < o+st-pos {
			break
		}
		o += st - pos
		cl := len(composeSpan(s[st:en]))
		if off < o+cl {
			return st, true, en
		}
		o += cl
		pos, i = en, en-1
	}
	return pos + off - o, false, 0
}

// start maps an offset of the copy to the input: a composed span maps to
// its start.
func (m offsetMap) start(off int) int {
	in, _, _ := m.locate(off)
	return in
}

// end maps an end offset of the copy (the byte before it is the last one)
// to the input: a composed span maps to its end.
func (m offsetMap) end(off int) int {
	if off <= 0 {
		return 0
	}
	in, composed, en := m.locate(off - 1)
	if composed {
		return en
	}
	return in + 1
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

// vnBases numbers the ASCII letters that take Vietnamese marks from 1,
// so that the composition tables stay small enough for the cache.
var vnBases = func() (t [128]uint8) {
	for i, c := range "aeiouyAEIOUY" {
		t[c] = uint8(i + 1)
	}
	return t
}()

// composedLetters holds each Vietnamese letter written decomposed (NFD):
// an ASCII base and one or two marks in NFD's order, indexed by the base
// and the marks' numbers, so that a span composes by one array load.
// packedLetters holds the same letters as their length and UTF-8 bytes.
var composedLetters, packedLetters = func() (t [13][len(vnMarks) + 1][len(vnMarks) + 1]string, p [13][len(vnMarks) + 1][len(vnMarks) + 1][4]byte) {
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
			b := vnBases[d[0]]
			t[b][i1][i2] = c
			p[b][i1][i2][0] = byte(copy(p[b][i1][i2][1:], c))
		}
	}
	return t, p
}()

// composedLetter returns the precomposed form of span, an ASCII letter
// and one or two marks of U+0300–U+036F, or "" when it is not a
// Vietnamese letter.
func composedLetter(span string) string {
	if len(span) != 3 && len(span) != 5 || span[0] >= 128 || !isMarkAt(span, 1) {
		return ""
	}
	i1, i2 := markIndex[markOffset(span, 1)], uint8(0)
	if len(span) == 5 {
		if !isMarkAt(span, 3) {
			return ""
		}
		if i2 = markIndex[markOffset(span, 3)]; i2 == 0 {
			return ""
		}
	}
	if i1 == 0 {
		return ""
	}
	return composedLetters[vnBases[span[0]]][i1][i2]
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
