// Subjects and terms: "về việc …", a quoted title, "(gọi tắt là …)".

package cite

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

const maxSubject = 600

// scanSubject reads "về việc …", "về …", "V/v …" or a quoted title at
// s[i]. It returns the subject without the lead words or quotes.
//
// It is one pass over the bytes, run on every citation: the lead words,
// the quote depth and the stops share its positions, and split up each
// part would take and return them all.
func scanSubject(s string, i int) (string, int, bool) {
	j := i
	if j >= len(s) || s[j]|0x20 != 'v' && s[j] != '"' && s[j] != 0xE2 && s[j] != 0xC2 {
		return "", i, false // neither "về", "V/v" nor a quote
	}
	if e, ok := vntext.MatchWord(s, j, "về việc"); ok {
		j = vntext.SkipSpaces(s, e)
	} else if e, ok := vntext.MatchWord(s, j, "về"); ok {
		j = vntext.SkipSpaces(s, e)
	} else if e, ok := vntext.MatchFold(s, j, "v/v"); ok {
		j = vntext.SkipSpaces(s, e)
	} else if !isOpenQuote(s, j) {
		return "", i, false
	}
	if q := isOpenQuoteLen(s, j); q > 0 {
		k := j + q
		for k < len(s) && k-j < maxSubject {
			if c := s[k]; c == '"' || c == 0xE2 || c == 0xC2 {
				if n := closeQuoteLen(s, k); n > 0 {
					return trimName(s[j+q : k]), k + n, k > j+q
				}
			} else if c == '\n' && k+1 < len(s) && s[k+1] == '\n' {
				break
			}
			k++
		}
		// no closing quote: fall through to a plain phrase
	}
	k := j
	depth := 0
	fold := false
	lim := min(len(s), j+maxSubject)
	for k < lim {
		if k+11 <= len(s) && k+8 <= lim {
			// eight bytes at a time to the next byte the loop below acts
			// on: a mark (subjPlain) other than a space, or a space that
			// may start "nhằm", "để", "đồng thời" (subjectStopAt: n or
			// C4, then E1 two bytes on). Every such byte is flagged, the
			// lowest flag exactly, so the bytes below it are plain.
			x := load64(s[k : k+8])
			h := eqBytes(x, '"') | eqBytes(x, 0xE2) | eqBytes(x, 0xC2) | eqBytes(x, ';') | eqBytes(x, '(') |
				eqBytes(x, ')') | eqBytes(x, '\n') | eqBytes(x, '.') | eqBytes(x, ',') | eqBytes(x, '\t')
			z := load64(s[k+1 : k+9])
			h |= eqBytes(x, ' ') & (eqBytes(z, 'n') | eqBytes(z, 0xC4)) & eqBytes(load64(s[k+3:k+11]), 0xE1)
			if h &= hi8; h == 0 {
				k += 8
				continue
			}
			k += bits.TrailingZeros64(h) / 8
		}
		c := s[k]
		if subjPlain[c] {
			k++
			continue
		}
		if c == ' ' {
			if k+1 < len(s) && (s[k+1] == 'n' || s[k+1] == 0xC4) && depth == 0 && subjectStopAt(s, k+1) {
				break
			}
			k++
			continue
		}
		if n := isOpenQuoteLen(s, k); n > 0 && c != '"' {
			depth++
			k += n
			continue
		}
		if n := closeQuoteLen(s, k); n > 0 && c != '"' {
			depth = max(depth-1, 0)
			k += n
			continue
		}
		if otherSpaceAt(s, k) {
			fold = true // trimName has spaces to fold
		}
		if depth == 0 {
			if c == ';' || c == '(' || c == ')' || c == '\n' {
				break
			}
			if c == '.' && (k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '/') {
				break
			}
			if c == ',' {
				// a comma before a lower-case word lists within the
				// subject ("kỷ luật, kỷ cương"); before a capital or a
				// number it ends the clause
				m := vntext.SkipSpaces(s, k+1)
				r, _ := utf8.DecodeRuneInString(s[m:])
				if m >= len(s) || !unicode.IsLower(r) {
					break
				}
			}
		}
		k++
	}
	for k > j && k < len(s) && !utf8.RuneStart(s[k]) {
		k--
	}
	var subj string
	if fold {
		subj = trimName(s[j:k])
	} else {
		subj = trimNameEnds(s[j:k])
	}
	e := k
	for e > j && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	return subj, e, subj != ""
}

// subjPlain marks the bytes scanSubject passes over without a look.
var subjPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = true
	}
	for _, c := range []byte{'"', 0xE2, 0xC2, ';', '(', ')', '\n', '.', ',', ' ', '\t'} {
		t[c] = false
	}
	return t
}()

// subjectStops are the words that start a new clause after a subject.
var subjectStops = []stopWord{{"nhằm", vntext.LeadWordLen("nhằm")}, {"để", vntext.LeadWordLen("để")}, {"đồng thời", vntext.LeadWordLen("đồng thời")}}

// subjectStopAt reports whether a word at s[i] starts a new clause after a
// subject.
func subjectStopAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	// "nhằm" and "để", "đồng thời" as they start: n h, or đ/Đ, and then
	// a letter of Latin Extended Additional (E1 …)
	if i+2 >= len(s) || s[i+2] != 0xE1 {
		return false
	}
	// and then the bytes of ằ (E1 BA B0/B1) or of ể, ồ (E1 BB 82/83,
	// 92/93), both cases
	if i+4 >= len(s) {
		return false
	}
	switch c := s[i+4] | 1; s[i] {
	case 'n': // n…
		if s[i+1]|0x20 != 'h' || s[i+3] != 0xBA || c != 0xB1 {
			return false
		}
	case 0xC4: // đ…
		if s[i+1] != 0x90 && s[i+1] != 0x91 || s[i+3] != 0xBB || c != 0x83 && c != 0x93 {
			return false
		}
	default:
		return false
	}
	n := vntext.WordEnd(s, i) - i
	for _, w := range subjectStops {
		if w.n == n {
			if _, ok := vntext.MatchWord(s, i, w.w); ok {
				return true
			}
		}
	}
	return false
}

func isOpenQuote(s string, i int) bool { return isOpenQuoteLen(s, i) > 0 }

func isOpenQuoteLen(s string, i int) int { return quoteLen(s, i, "“", "«") }

func closeQuoteLen(s string, i int) int { return quoteLen(s, i, "”", "»") }

// quoteLen returns the byte length of '"' or of the typographic quote q3 or
// q2 at s[i], or 0.
func quoteLen(s string, i int, q3, q2 string) int {
	switch {
	case i >= len(s) || s[i] != '"' && s[i] != 0xE2 && s[i] != 0xC2:
		return 0
	case s[i] == '"':
		return 1
	case strings.HasPrefix(s[i:], q3):
		return len(q3)
	case strings.HasPrefix(s[i:], q2):
		return len(q2)
	}
	return 0
}

// scanTerm reads "(gọi tắt là X)", "(sau đây gọi tắt là X)", "(sau đây
// gọi là X)", "(viết tắt là X)" at s[i].
func scanTerm(s string, i int) (string, int, bool) {
	if i >= len(s) || s[i] != '(' {
		return "", i, false
	}
	j := vntext.SkipSpaces(s, i+1)
	if e, ok := vntext.MatchWord(s, j, "sau đây"); ok {
		j = vntext.SkipSpaces(s, e)
		if j < len(s) && s[j] == ',' {
			j = vntext.SkipSpaces(s, j+1)
		}
	}
	if e, ok := vntext.MatchWord(s, j, "được"); ok {
		j = vntext.SkipSpaces(s, e)
	}
	found := false
	for _, w := range []string{"gọi tắt là", "gọi chung là", "gọi là", "viết tắt là"} {
		if e, ok := vntext.MatchWord(s, j, w); ok {
			j, found = vntext.SkipSpaces(s, e), true
			break
		}
	}
	if !found {
		return "", i, false
	}
	k := strings.IndexByte(s[j:], ')')
	if k < 0 || k > 120 {
		return "", i, false
	}
	term := strings.Trim(trimName(s[j:j+k]), "\"“”«»'‘’: ")
	if term == "" {
		return "", i, false
	}
	return term, j + k + 1, true
}
