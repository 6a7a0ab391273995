// Decomposed input: scanned as an NFC copy with offsets mapped back.

package cite

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// offsetMap maps offsets in an NFC copy back to the original text, one
// entry per normalisation segment.
type offsetMap struct{ out, in []int }

func normalizeWithMap(s string) (string, offsetMap) {
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var b strings.Builder
	b.Grow(len(s))
	var m offsetMap
	for !it.Done() {
		m.out = append(m.out, b.Len())
		m.in = append(m.in, it.Pos())
		b.Write(it.Next())
	}
	m.out = append(m.out, b.Len())
	m.in = append(m.in, len(s))
	return b.String(), m
}

// start maps an output offset to the start of its segment in the input.
func (m offsetMap) start(off int) int {
	i := sort.SearchInts(m.out, off+1) - 1
	if i < 0 {
		return 0
	}
	return m.in[i]
}

// end maps an output offset to the end of the segment that holds the byte
// before it.
func (m offsetMap) end(off int) int {
	i := sort.SearchInts(m.out, off)
	if i >= len(m.in) {
		return m.in[len(m.in)-1]
	}
	return m.in[i]
}
