package vntext

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// RuneStart moves i back to the start of the rune it falls in.
func RuneStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// Clip shortens s to about n bytes on a rune boundary, marking the cut.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:RuneStart(s, n)] + "…"
}

// IsCaps reports whether t has letters and (almost) none in lower case.
func IsCaps(t string) bool {
	letters, lower := 0, 0
	prev := rune(0)
	for i, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) && !(r == 'l' && unicode.IsUpper(prev) && nextIsUpper(t[i+1:])) {
				lower++ // a scan's "l" for "I" between capitals ("TlNH") is none
			}
		}
		prev = r
	}
	return letters >= 2 && lower*10 <= letters/2
}

// nextIsUpper reports a capital letter at the start of s.
func nextIsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func AllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Prefix returns at most the first n bytes of s, cut on a rune boundary.
func Prefix(s string, n int) string {
	if len(s) > n {
		return s[:RuneStart(s, n)]
	}
	return s
}

// RunesAtMost reports whether s has at most n runes. It counts no further
// than it must: a rune takes one to four bytes, so len(s) <= n answers yes
// and len(s) > 4*n answers no at once, which keeps a length test on
// hostile input bounded.
func RunesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > utf8.UTFMax*n {
		return false
	}
	// Count the bytes that start a rune: for valid UTF-8 that is the
	// rune count, and never more, so going past n answers no.
	c, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		// eight bytes at once: a continuation byte has its top bits 10
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if c += 8 - bits.OnesCount64(x&^(x<<1)&0x8080808080808080); c > n {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if c++; c > n {
				return false
			}
		}
	}
	// Stray continuation bytes are runes of their own in invalid text.
	return utf8.ValidString(s) || utf8.RuneCountInString(s) <= n
}

// PrefixRunes returns the first n runes of s (all of s when it has fewer).
func PrefixRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	c := 0
	for i := range s {
		if c == n {
			return s[:i]
		}
		c++
	}
	return s
}

// ClipRunes shortens s to n runes, marking the cut with "…".
func ClipRunes(s string, n int) string {
	if p := PrefixRunes(s, n); len(p) < len(s) {
		return p + "…"
	}
	return s
}
