package vntext

import (
	"strings"
	"unicode/utf8"
)

// Class is what a character is to the readers, beyond letters and digits.
// Every reader asks this one table: a soft hyphen is invisible everywhere,
// an NBSP a space everywhere.
type Class uint8

const (
	// Other is every character not in the table: letters, digits,
	// punctuation.
	Other Class = iota
	// Space is horizontal white space: space, tab, CR (before LF), VT,
	// FF, NBSP and the other Unicode spaces, and the other C0 controls
	// and DEL, which a damaged file leaves where a space was.
	Space
	// Break ends a line: LF, NEL, the line and paragraph separators.
	Break
	// Invisible has no width and no meaning in the text: the soft hyphen
	// (a hyphenation hint inside a word), zero-width space, non-joiner
	// and joiner, word joiner, BOM. Readers drop it.
	Invisible
	// Markup is a markdown emphasis or code mark: *, ~ and `. The
	// underscore is not: it also joins the words of file names.
	Markup
	// Dash is a hyphen, dash or minus that stands for "-" in a symbol or
	// a date.
	Dash
	// Slash is a slash that stands for "/".
	Slash
)

// classRanges is the table: inclusive rune ranges and their class. U+1680
// (Ogham space mark) is left out on purpose: it never occurs in Vietnamese
// text, and classing it would make every letter of Latin Extended
// Additional (lead byte E1, as it has) a candidate in the scanners' byte
// tests.
var classRanges = [...]struct {
	lo, hi rune
	class  Class
}{
	{0x00, 0x08, Space},
	{'\t', '\t', Space},
	{'\n', '\n', Break},
	{'\v', '\r', Space},
	{0x0E, 0x1F, Space},
	{' ', ' ', Space},
	{'*', '*', Markup},
	{'-', '-', Dash},
	{'/', '/', Slash},
	{'`', '`', Markup},
	{'~', '~', Markup},
	{0x7F, 0x7F, Space},
	{0x85, 0x85, Break},
	{0xA0, 0xA0, Space},
	{0xAD, 0xAD, Invisible},
	{0x2000, 0x200A, Space},
	{0x200B, 0x200D, Invisible},
	{0x2010, 0x2014, Dash},
	{0x2028, 0x2029, Break},
	{0x202F, 0x202F, Space},
	{0x205F, 0x205F, Space},
	{0x2060, 0x2060, Invisible},
	{0x2212, 0x2212, Dash},
	{0x2215, 0x2215, Slash},
	{0x3000, 0x3000, Space},
	{0xFEFF, 0xFEFF, Invisible},
	{0xFF0F, 0xFF0F, Slash},
}

// ClassOf returns the class of r.
func ClassOf(r rune) Class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if 0xAD < r && r < 0x2000 {
		return Other // the letters and marks of Vietnamese, at one test
	}
	for _, e := range classRanges {
		if r < e.lo {
			break
		}
		if r <= e.hi {
			return e.class
		}
	}
	return Other
}

// asciiClass is the table over ASCII; classLead marks the first bytes
// of the classed characters past ASCII, classTail their last bytes, so
// the byte-level tests decode only where a classed character can be.
var asciiClass, classLead, classTail = func() (ascii [utf8.RuneSelf]Class, lead, tail [256]bool) {
	var buf [utf8.UTFMax]byte
	for _, e := range classRanges {
		for r := e.lo; r <= e.hi; r++ {
			if r < utf8.RuneSelf {
				ascii[r] = e.class
				continue
			}
			n := utf8.EncodeRune(buf[:], r)
			lead[buf[0]], tail[buf[n-1]] = true, true
		}
	}
	return
}()

// ClassAt returns the class of the character at s[i] and its byte length;
// the length is 0 when the class is Other.
func ClassAt(s string, i int) (Class, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if k := asciiClass[c]; k != Other {
			return k, 1
		}
		return Other, 0
	}
	if !classLead[c] {
		return Other, 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if k := ClassOf(r); k != Other {
		return k, n
	}
	return Other, 0
}

// ClassBefore is ClassAt for the character that ends at s[i].
func ClassBefore(s string, i int) (Class, int) {
	if i <= 0 {
		return Other, 0
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		if k := asciiClass[c]; k != Other {
			return k, 1
		}
		return Other, 0
	}
	if !classTail[c] {
		return Other, 0
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if k := ClassOf(r); k != Other {
		return k, n
	}
	return Other, 0
}

// classLen is the byte length of the character at s[i] when its class is
// k, else 0.
func classLen(s string, i int, k Class) int {
	if got, n := ClassAt(s, i); got == k {
		return n
	}
	return 0
}

// classLenBefore is classLen for the character ending at s[i].
func classLenBefore(s string, i int, k Class) int {
	if got, n := ClassBefore(s, i); got == k {
		return n
	}
	return 0
}

// DropInvisible returns s without its Invisible characters; s itself when
// it has none.
func DropInvisible(s string) string {
	// Every Invisible character starts with C2 (U+00AD), E2 (U+200B–
	// U+2060) or EF (U+FEFF); most text has none of them but the E2 of
	// its dashes and quotes, so search from the first.
	i := len(s)
	for _, lead := range [...]byte{0xC2, 0xE2, 0xEF} {
		if j := strings.IndexByte(s[:i], lead); j >= 0 {
			i = j
		}
	}
	for i < len(s) {
		if invisibleLead[s[i]] {
			if k, _ := ClassAt(s, i); k == Invisible {
				break
			}
		}
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		if k, n := ClassAt(s, i); k == Invisible {
			i += n
			continue
		}
		b = append(b, s[i])
		i++
	}
	return string(b)
}

// isSpace reports a word separator: the table's spaces and line breaks.
func isSpace(r rune) bool {
	k := ClassOf(r)
	return k == Space || k == Break
}

// LeadBytes marks the bytes that can start a character whose class is in
// classes, for a scanner's first-byte test.
func LeadBytes(classes ...Class) (t [256]bool) {
	var buf [utf8.UTFMax]byte
	for _, e := range classRanges {
		for _, k := range classes {
			if e.class != k {
				continue
			}
			for r := e.lo; r <= e.hi; r++ {
				utf8.EncodeRune(buf[:], r)
				t[buf[0]] = true
			}
		}
	}
	return t
}

// spaceLen is the byte length of a word separator (isSpace) at s[i], or
// 0; i may be inside a character, which is then no separator.
func spaceLen(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if k := asciiClass[c]; k == Space || k == Break {
			return 1
		}
		return 0
	}
	if !classLead[c] {
		return 0
	}
	if k, n := ClassAt(s, i); k == Space || k == Break {
		return n
	}
	return 0
}

// invisibleLead marks the bytes an Invisible character can start with.
var invisibleLead = func() (lead [256]bool) {
	var buf [utf8.UTFMax]byte
	for _, e := range classRanges {
		if e.class != Invisible {
			continue
		}
		for r := e.lo; r <= e.hi; r++ {
			utf8.EncodeRune(buf[:], r)
			lead[buf[0]] = true
		}
	}
	return
}()
