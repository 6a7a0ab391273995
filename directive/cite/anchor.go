// Anchors: the fast scan for the places a citation may start, a '/' of
// a number or a needle word ("Luật", "Căn cứ").

package cite

import (
	"math/bits"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// lawNeedles start a law cited by name; each is searched with strings.Index.
// The last ones are the verbs that open a clause citing a document by
// name ("Căn cứ Điều lệ Đảng;").
var lawNeedles = [...]string{"Luật", "LUẬT", "Bộ luật", "Pháp lệnh", "PHÁP LỆNH", "Hiến pháp", "HIẾN PHÁP", "Căn cứ", "CĂN CỨ", "Thực hiện", "THỰC HIỆN"}

// firstCueNeedle is the index of "Căn cứ" in lawNeedles.
const firstCueNeedle = 7

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// nextAnchor returns the first offset at or after i of a '/' (with idx -1)
// or of a needle of lawNeedles after a byte below 0x40, that is after a
// space, a digit or punctuation (with its index in lawNeedles), or -1. It
// tests eight bytes at a time with the "has zero byte" trick, a few
// operations per byte, for a '/' and for the needles' first two bytes;
// each hit is checked in place, and only a needle is returned.
func nextAnchor(s string, i int, damaged bool) (int, int) {
	if i == 0 && len(s) > 0 && needleFirst[s[0]] {
		if idx := needleAt(s, 0); idx >= 0 {
			return 0, idx
		} else if damaged {
			if idx := needleAtBare(s, 0); idx >= 0 {
				return 0, idx
			}
		}
		i = 1
	}
	for ; i+8 <= len(s); i += 8 {
		// sixteen bytes at a time while neither test hits
		for i+17 <= len(s) {
			t := s[i : i+17] // one bounds check for the four loads
			x0, x1 := load64(t[0:8]), load64(t[8:16])
			z0, z1 := load64(t[1:9])|0x20*lo8, load64(t[9:17])|0x20*lo8
			if (anchorBytes(x0, z0)|anchorBytes(x1, z1))&hi8 != 0 {
				break
			}
			i += 16
		}
		if i+8 > len(s) {
			break
		}
		x := load64(s[i : i+8])
		// the byte after each, folded to lower case (C4 becomes E4;
		// E1 stays)
		var z uint64
		if i+9 <= len(s) {
			z = load64(s[i+1 : i+9])
		} else {
			z = x >> 8
		}
		z |= 0x20 * lo8
		m := eqBytes(x, '/')
		g := needleBytes(x, z)
		if (m|g)&hi8 == 0 {
			continue
		}
		// previous bytes below 0x40 or ending a multibyte character ("“Luật")
		y := x << 8
		if i > 0 {
			y |= uint64(s[i-1])
		}
		py := y & (0x40 * lo8)
		p := (py - lo8) &^ py
		for m = (m | g&p) & hi8; m != 0; m &= m - 1 {
			k := i + bits.TrailingZeros64(m)/8
			if s[k] == '/' {
				if numberSlash(s, k) {
					continue
				}
				return k, -1
			}
			if idx := needleAt(s, k); idx >= 0 {
				return k, idx
			} else if damaged {
				if idx := needleAtBare(s, k); idx >= 0 {
					return k, idx
				}
			}
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '/' {
			if numberSlash(s, i) {
				continue
			}
			return i, -1
		} else if needleFirst[c] {
			if idx := needleAt(s, i); idx >= 0 {
				return i, idx
			} else if damaged {
				if idx := needleAtBare(s, i); idx >= 0 {
					return i, idx
				}
			}
		}
	}
	return -1, -1
}

// anchorBytes has the high bit set of each byte of x that is a '/' or
// may start a needle (needleBytes), and maybe of others (eqBytes).
func anchorBytes(x, z uint64) uint64 {
	return eqBytes(x, '/') | needleBytes(x, z)
}

// needleBytes has the high bit set of each byte of x that with the next
// byte, in z folded by |0x20, may start a needle: B E1, C E4, H i (one
// masked compare), L u, P h, T h (another). The masks were searched for
// the fewest hits in real text: a block of eight bytes goes on past this
// test and the '/' test about one time in ten.
func needleBytes(x, z uint64) uint64 {
	return eqBytes((x&(0xBD*lo8))^(z&(0x7B*lo8)), 0x61) | eqBytes((x&(0xBB*lo8))^(z&(0xF8*lo8)), 0x78)
}

// numberSlash reports whether the '/' at s[k] stands between digits in a
// way symbolAround rejects: a date or a fraction ("07/8/2023", "12/2023"),
// not a number followed by a year and a '/' ("15/2023/QĐ-UBND"). The
// anchor scan passes over it without a call.
func numberSlash(s string, k int) bool {
	if k == 0 || k+1 >= len(s) || !vntext.IsDigit(s[k-1]) || !vntext.IsDigit(s[k+1]) {
		return false
	}
	q := k + 1
	if q+4 > len(s) || !vntext.IsDigit(s[q+1]) || !vntext.IsDigit(s[q+2]) || !vntext.IsDigit(s[q+3]) || (q+4 < len(s) && vntext.IsDigit(s[q+4])) {
		return true
	}
	r := gapFwd(s, q+4)
	return r >= len(s) || vntext.SlashAt(s, r) == 0
}

// load64 reads the first eight bytes of t, little-endian, in one load.
func load64(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// eqBytes has the high bit of each byte of x that equals c set, and may
// have it set for a byte 0x01 above one that does (the borrow of the
// "has zero byte" trick): callers verify each hit.
func eqBytes(x uint64, c byte) uint64 {
	v := x ^ (uint64(c) * lo8)
	return (v - lo8) &^ v
}

// needleFirst marks the first bytes of lawNeedles.
var needleFirst = func() (t [256]bool) {
	for _, n := range lawNeedles {
		t[n[0]] = true
	}
	return t
}()

// needleAt returns the index in lawNeedles of the needle at s[i], or -1.
func needleAt(s string, i int) int {
	if i+4 > len(s) {
		return -1 // every needle is longer
	}
	// compare the first four bytes, in one load, before the whole needle
	t := s[i : i+4]
	h := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
	e := &needleHeads[t[0]]
	for j := range e.n {
		if e.head[j] == h && strings.HasPrefix(s[i:], lawNeedles[e.idx[j]]) {
			return int(e.idx[j])
		}
	}
	return -1
}

// needleHeads holds, by first byte, the first four bytes (little-endian)
// and the index of the needles that start with it: at most two, one
// in each case (no needle is a prefix of another, so their order does
// not matter).
var needleHeads = func() (t [256]struct {
	n    int
	head [2]uint32
	idx  [2]int
}) {
	for k, w := range lawNeedles {
		if len(w) < 4 {
			panic("directive: a law needle is shorter than four bytes")
		}
		e := &t[w[0]]
		e.head[e.n] = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		e.idx[e.n] = k
		e.n++
	}
	return t
}()
