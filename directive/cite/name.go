// Names: trimming and space folding of the text the readers return.

package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// trimName trims spaces and markup around a name and folds inner line
// breaks to spaces.
//
// It is strings.TrimFunc and, when the name holds a space or break other
// than the ASCII space, strings.Join(strings.Fields(s), " "), without their
// allocations and closures: names are short and mostly ASCII spaces.
func trimName(s string) string {
	s = trimNameEnds(s)
	for k := 0; k < len(s); k++ {
		if otherSpaceAt(s, k) {
			return foldSpaces(s)
		}
	}
	return s
}

// otherSpaceAt reports a space or line break at s[k] other than the ASCII
// space: what makes a name need folding.
func otherSpaceAt(s string, k int) bool {
	c := s[k]
	return c != ' ' && spaceStart[c] && fieldSpaceLen(s, k) > 0
}

// trimNameEnds is trimName for a name known to hold no space or break but
// the ASCII space: it only trims the ends.
func trimNameEnds(s string) string {
	i, j := 0, len(s)
	for i < j {
		c := s[i]
		if c < 0x80 {
			if !nameTrimASCII[c] {
				break
			}
			i++
			continue
		}
		if c >= 0xC3 && c <= 0xC9 || c == 0xE1 && i+1 < j && (s[i+1] == 0xBA || s[i+1] == 0xBB) {
			break // a letter: Latin-1, Latin Extended-A/B or Vietnamese
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !nameTrimRune(r) {
			break
		}
		i += n
	}
	for j > i {
		c := s[j-1]
		if c < 0x80 {
			if !nameTrimASCII[c] {
				break
			}
			j--
			continue
		}
		if c < 0xC0 && (j-2 >= i && s[j-2] >= 0xC3 && s[j-2] <= 0xC9 || j-3 >= i && s[j-3] == 0xE1 && (s[j-2] == 0xBA || s[j-2] == 0xBB)) {
			break // ends with a letter, as above
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !nameTrimRune(r) {
			break
		}
		j -= n
	}
	return s[i:j]
}

// foldSpaces collapses every run of Unicode spaces in the trimmed name s
// to one ASCII space, copying the runs between them.
func foldSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for k := 0; k < len(s); {
		st := k
		for k < len(s) {
			c := s[k]
			switch {
			case !spaceStart[c]:
				k++ // a continuation byte never starts a space
				continue
			case c == ' ':
				// a single ASCII space folds to itself
				if k+1 < len(s) && (!spaceStart[s[k+1]] || fieldSpaceLen(s, k+1) == 0) {
					k += 2
					continue
				}
			}
			if fieldSpaceLen(s, k) != 0 {
				break
			}
			k++
		}
		b.WriteString(s[st:k])
		if k == len(s) {
			break
		}
		for k < len(s) {
			n := fieldSpaceLen(s, k)
			if n == 0 {
				break
			}
			k += n
		}
		b.WriteByte(' ') // s is trimmed: a word follows
	}
	return b.String()
}

// spaceStart marks the bytes a space or line break can start with.
var spaceStart = vntext.LeadBytes(vntext.Space, vntext.Break)

// fieldSpaceLen returns the byte length of a space or line break (the
// vntext classes Space and Break) at s[k], or 0.
func fieldSpaceLen(s string, k int) int {
	if c, n := vntext.ClassAt(s, k); c == vntext.Space || c == vntext.Break {
		return n
	}
	return 0
}

// nameTrimASCII marks the ASCII bytes trimName trims: spaces and markup.
var nameTrimASCII = func() (t [128]bool) {
	for c := range t {
		t[c] = nameTrimRune(rune(c))
	}
	return t
}()

// nameTrimRune reports what trims off a name's ends: spaces, breaks,
// invisible characters and markup, and the underscore of "__bold__".
func nameTrimRune(r rune) bool {
	switch vntext.ClassOf(r) {
	case vntext.Space, vntext.Break, vntext.Invisible, vntext.Markup:
		return true
	}
	return r == '_'
}
