// Decomposed input: scanned as an NFC copy with offsets mapped back.

package cite

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// offsetMap maps offsets in an NFC copy back to the original text. The
// copy is the input with its spans of a base letter and combining marks
// composed; between those spans the text is the same, byte for byte.
// Rather than an entry per span (a decomposed Vietnamese text has one a
// syllable), it keeps where copy and input stand every cpGap bytes or so,
// and walks the input from there when asked: citations are few.
type offsetMap struct {
	src string
	cps []checkpoint
}

// checkpoint is where the copy (out) and the input (in) stand at the
// start of a span.
type checkpoint struct{ out, in int }

// cpGap is how many bytes of the copy at least lie between checkpoints:
// a walk from one crosses a few syllables.
const cpGap = 64

// normalizeWithMap composes only the spans that need it, so that decomposed
// text costs little more than precomposed text: a span is a letter and the
// combining marks (U+0300–U+036F, lead bytes CC and CD) after it. One pass:
// eight bytes at a time are stored in the copy as they are and searched
// for a mark's lead byte; a span found then overwrites its letter, already
// stored, with the composed one. In decomposed Vietnamese nearly every
// syllable has a span, so their cost is what counts.
func normalizeWithMap(s string) (string, offsetMap) {
	out := make([]byte, len(s)+16) // the stores of eight bytes run past w
	m := offsetMap{src: s, cps: make([]checkpoint, 1, len(s)/cpGap+2)}
	last, w, cpOut := 0, 0, 0 // last: where the last span ended
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w+8 > len(out) {
				out = append(out, make([]byte, len(out))...)
			}
			x := load64(s[i : i+8])
			binary.LittleEndian.PutUint64(out[w:], x)
			v := x&(0xFE*lo8) ^ 0xCC*lo8
			mk := (v - lo8) &^ v & hi8 // the lowest one is exact
			if mk == 0 {
				if w-cpOut >= cpGap && s[i]&0xC0 != 0x80 {
					m.cps = append(m.cps, checkpoint{w, i})
					cpOut = w
				}
				i, w = i+8, w+8
				continue
			}
			k := bits.TrailingZeros64(mk) / 8
			i, w = i+k, w+k
		} else if s[i]&0xFE != 0xCC {
			if w >= len(out) {
				out = append(out, make([]byte, len(out))...)
			}
			out[w] = s[i]
			i, w = i+1, w+1
			continue
		}
		// s[i] is CC or CD, and the bytes before it are in the copy
		if i > last && i+5 < len(s) && s[i] == 0xCC {
			// most spans: an ASCII vowel and one or two Vietnamese marks,
			// composed by one load from the table (packedLetter, written
			// out: the call cost a fifth of the time)
			t := s[i-1 : i+6]
			i1, i2, n := markIndex[t[2]], uint8(0), 3
			if t[3] == 0xCC {
				i2, n = markIndex[t[4]], 5
			}
			if i1 != 0 && (n == 3 || i2 != 0) && t[n]&0xFE != 0xCC {
				if p := packedLetters[letterIndex(vnBases[t[0]], i1, i2)]; p != 0 {
					w--
					if w+4 > len(out) { // only after a span NFC made longer
						out = append(out, make([]byte, len(out))...)
					}
					binary.LittleEndian.PutUint32(out[w:], p)
					w += int(p >> 24)
					i += n - 1
					last = i
					if w-cpOut >= cpGap {
						m.cps = append(m.cps, checkpoint{w, i})
						cpOut = w
					}
					continue
				}
			}
		}
		if st, en, ok := spanAt(s, last, i); ok {
			c := composeSpan(s[st:en])
			w -= i - st
			if w+len(c) > len(out) {
				out = append(out, make([]byte, len(c)+len(out))...)
			}
			w += copy(out[w:], c)
			i, last = en, en
			if w-cpOut >= cpGap {
				m.cps = append(m.cps, checkpoint{w, i})
				cpOut = w
			}
		} else {
			if w >= len(out) {
				out = append(out, make([]byte, len(out))...)
			}
			out[w] = s[i]
			i, w = i+1, w+1
		}
	}
	// The copy is never written again: a string of its bytes, without
	// copying 'em (a copy cost a sixth of the time).
	return unsafe.String(unsafe.SliceData(out), w), m
}

// packedLetter composes the span at the start of t (seven bytes or more)
// when it is an ASCII vowel and one or two Vietnamese marks, and no mark
// after them: it returns the letter packed (see packedLetters) and the
// span's length, or 0.
func packedLetter(t string) (uint32, int) {
	_ = t[6]
	if t[1] != 0xCC {
		return 0, 0
	}
	i1, i2, n := markIndex[t[2]], uint8(0), 3
	if t[3] == 0xCC {
		if i2 = markIndex[t[4]]; i2 == 0 {
			return 0, 0
		}
		n = 5
	}
	if i1 == 0 || t[n]&0xFE == 0xCC {
		return 0, 0
	}
	return packedLetters[letterIndex(vnBases[t[0]], i1, i2)], n
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
		cl := 0
		if st+7 <= len(s) {
			if p, n := packedLetter(s[st : st+7]); p != 0 && n == en-st {
				cl = int(p >> 24)
			}
		}
		if cl == 0 {
			cl = len(composeSpan(s[st:en]))
		}
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
// breve, horn), all of U+0300–U+033F, written CC 80–BF. markIndex numbers
// them from 1 by their second byte.
var (
	vnMarks   = [...]rune{0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31B}
	markIndex = func() (t [256]uint8) {
		for i, r := range vnMarks {
			t[0x80+r-0x300] = uint8(i + 1)
		}
		return t
	}()
)

// vnBases numbers the ASCII letters that take Vietnamese marks from 1,
// so that the composition tables stay small enough for the cache.
var vnBases = func() (t [256]uint8) {
	for i, c := range "aeiouyAEIOUY" {
		t[c] = uint8(i + 1)
	}
	return t
}()

// letterCount is the size of the letter tables: thirteen bases (none is
// 0) by the marks twice.
const letterCount = 13 * (len(vnMarks) + 1) * (len(vnMarks) + 1)

// letterIndex is where the letter of base b (vnBases) and marks i1, i2
// (markIndex, i2 0 for one mark) stands in the tables below.
func letterIndex(b, i1, i2 uint8) int {
	return (int(b)*(len(vnMarks)+1)+int(i1))*(len(vnMarks)+1) + int(i2)
}

// composedLetters holds each Vietnamese letter written decomposed (NFD),
// an ASCII base and one or two marks in NFD's order, at letterIndex, so
// that a span composes by one array load. packedLetters holds the same
// letters as their UTF-8 bytes in the low three bytes and their length in
// the high one.
var composedLetters, packedLetters = func() (t [letterCount]string, p [letterCount]uint32) {
	for _, r := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			c := norm.NFC.String(string(r) + tone)
			d := norm.NFD.String(c)
			if len(d) != 3 && len(d) != 5 || d[1] != 0xCC || len(d) == 5 && d[3] != 0xCC {
				continue
			}
			i1, i2 := markIndex[d[2]], uint8(0)
			if len(d) == 5 {
				i2 = markIndex[d[4]]
			}
			k := letterIndex(vnBases[d[0]], i1, i2)
			t[k] = c
			for j := len(c) - 1; j >= 0; j-- {
				p[k] = p[k]<<8 | uint32(c[j])
			}
			p[k] |= uint32(len(c)) << 24
		}
	}
	return t, p
}()

// composedLetter returns the precomposed form of span, an ASCII letter
// and one or two marks of U+0300–U+036F, or "" when it is not a
// Vietnamese letter.
func composedLetter(span string) string {
	if len(span) != 3 && len(span) != 5 || span[1] != 0xCC {
		return ""
	}
	i1, i2 := markIndex[span[2]], uint8(0)
	if len(span) == 5 {
		if span[3] != 0xCC {
			return ""
		}
		if i2 = markIndex[span[4]]; i2 == 0 {
			return ""
		}
	}
	if i1 == 0 {
		return ""
	}
	return composedLetters[letterIndex(vnBases[span[0]], i1, i2)]
}

// isMarkAt reports a combining mark of U+0300–U+036F at s[i]: CC 80–BF
// or CD 80–AF in UTF-8.
func isMarkAt(s string, i int) bool {
	if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
		return false
	}
	return s[i] == 0xCC || s[i] == 0xCD && s[i+1] <= 0xAF
}
