// Symbols: a citation by number ("số 24-CT/TU"), read around its '/'.

package cite

import (
	"strings"
	"unicode"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// symbolAt handles the '/' at p and returns where scanning resumes.
func (sc *scanner) symbolAt(p int) int {
	s := sc.s
	ns, se, party, ok := symbolAround(s, p)
	if !ok {
		return p + 1
	}
	sym, ok := directive.ScanSymbol(s, ns, se)
	if !ok || (sym.Shape() == directive.ShapeParty) != party {
		return p + 1
	}
	c := directive.Citation{Symbol: sym, Start: ns}
	// Backwards: "số", then a type word.
	q := vntext.SkipWrapBack(s, ns)
	hasSo, soStart, colon := false, q, false
	if st, ok := gluedSo(s, ns); ok {
		hasSo, soStart = true, st // "số31-QĐ/TW"
	} else if q > 0 && s[q-1] == ':' {
		r := vntext.SkipSpacesBack(s, q-1)
		if st, ok := vntext.MatchWordBack(s, r, "số"); ok {
			hasSo, soStart, colon = true, st, true
		} else if _, ok := vntext.MatchWordBack(s, r, "hiệu"); ok {
			sc.ownNumber(sym, ns)
			return se // a metadata label: "Số ký hiệu: …", "Số hiệu: …"
		}
	} else if st, ok := sc.soBack(s, q); ok {
		hasSo, soStart = true, st
	}
	var tw typeWord
	found := false
	if hasSo {
		c.Start = soStart
		if st, t, ok := sc.typeWordBefore(s, vntext.SkipWrapBack(s, soStart)); ok {
			c.Start, tw, found = st, t, true
		} else if colon || atLineStart(s, soStart) {
			// "Số: …" is a header label, not running text
			sc.ownNumber(sym, ns)
			return se // the document's own number
		} else if st, t, ok := typeWordInClause(s, soStart); ok {
			c.Start, tw, found = st, t, true
			e := vntext.SkipSpaces(s, st+len(t.w))
			if ce, ok := vntext.MatchWord(s, e, "của"); ok {
				// Party order: "Quyết định của Bộ Chính trị số 31-QĐ/TW"
				// ("của" right before "số" names no one)
				if a, b := vntext.SkipSpaces(s, ce), vntext.SkipWrapBack(s, soStart); a < b {
					c.Issuer = trimName(s[a:b])
				}
			} else if t.kind.IsLegal() && t.kind != directive.KindDecree && t.kind != directive.KindCircular && t.kind != directive.KindDecision {
				c.Name = trimName(s[st:vntext.SkipSpacesBack(s, soStart)])
			}
		}
	} else if st, t, ok := sc.typeWordBefore(s, q); ok {
		c.Start, tw, found = st, t, true
	}
	sc.elliptic = hasSo && !found
	switch {
	case found && tw.abbr:
		k, _ := directive.KindByCode(sym.Bloc(), tw.w)
		c.Kind = k
	case found && tw.kind != directive.KindUnspecified:
		c.Kind = tw.kind
	default:
		c.Kind = sym.Kind()
	}
	c.End = se
	resume := sc.finish(&c, se)
	return max(resume, se)
}

// gluedSo reports whether "số" is glued to the number at s[i] ("số31"),
// and returns its start.
func gluedSo(s string, i int) (int, bool) {
	st, ok := vntext.MatchFoldBack(s, i, "số")
	if !ok || vntext.WordBefore(s, st) {
		return 0, false
	}
	return st, true
}

// atLineStart reports whether only spaces and markup precede s[i] on its
// line: a header "Số: 3241/UBND-KGVX".
func atLineStart(s string, i int) bool {
	for i > 0 {
		c := s[i-1]
		switch {
		case c == '\n':
			return true
		case c == ' ' || c == '\t' || c == '*' || c == '_' || c == '#' || c == '|' || c == '>' || c == '\r':
			i--
		default:
			if n := vntext.SpaceBefore(s, i); n > 0 {
				i -= n
				continue
			}
			return false
		}
	}
	return true
}

// symbolAround finds a symbol around the '/' at s[p], tolerating spaces and
// noise next to separators. It returns the span, whether it is a Party
// symbol, and ok.
func symbolAround(s string, p int) (ns, se int, party, ok bool) {
	ns, party, ok = numberBefore(s, p)
	if !ok {
		return 0, 0, false, false
	}
	se, ok = codesAfter(s, p, party)
	if !ok {
		return 0, 0, false, false
	}
	return ns, se, party, true
}

// numberBefore reads the number before the '/' at s[p] ("24" in "24/CT",
// "24-CT" in the Party "24-CT/TU") and returns its start and whether the
// symbol is a Party one.
func numberBefore(s string, p int) (numStart int, party, ok bool) {
	j := gapBack(s, p)
	k := j
	for k > 0 {
		c := s[k-1]
		if vntext.IsDigit(c) || vntext.IsASCIILetter(c) {
			k--
			continue
		}
		if (c == 0x90 || c == 0x91) && k >= 2 && s[k-2] == 0xC4 {
			k -= 2
			continue
		}
		if (c == 0x90 || c == 0xB0) && k >= 2 && s[k-2] == 0xC3 {
			k -= 2
			continue
		}
		break
	}
	if k == j || j-k > maxGroupLen {
		return
	}
	numStart = k
	if vntext.IsDigit(s[k]) {
		for m := k; m < j; m++ {
			// digits, and one lower-case letter that sets apart documents
			// with one number ("06b/NQ-TLĐ")
			if !vntext.IsDigit(s[m]) && !(m == j-1 && m > k && s[m] >= 'a' && s[m] <= 'z') {
				return
			}
		}
		if j-k > maxNumberLen {
			return
		}
	} else {
		// Party: <n>-<TYPE>/
		for m := k; m < j; m++ {
			if vntext.IsDigit(s[m]) {
				return
			}
		}
		m := gapBack(s, k)
		d := vntext.DashBefore(s, m)
		if d == 0 {
			// "số 84 QĐ/TWĐTN": a space stands for the dash after "số"
			if sp := vntext.SpaceBefore(s, k); sp > 0 && m == k-sp && partyCodeSpaced(s, k, j) {
				d = sp
			} else {
				return
			}
		}
		m2 := gapBack(s, m-d)
		n := m2
		for n > 0 && vntext.IsDigit(s[n-1]) {
			n--
		}
		if n == m2 || m2-n > maxNumberLen {
			return
		}
		numStart, party = n, true
	}
	if numStart > 0 {
		c := s[numStart-1]
		switch {
		case c == '/' || c == '.' || c == '-' || c == '_' || c == '=' || c == '&' || c == '?' || c == '#' || c == '%' || c == '+' || c == '@' || c == '\\' || c == ',':
			return
		case c >= 0x80 && vntext.WordBefore(s, numStart):
			if _, glued := gluedSo(s, numStart); !glued {
				return
			}
		case c >= 0x80 && vntext.DashBefore(s, numStart) > 0:
			return
		}
	}
	return numStart, party, true
}

// codesAfter reads what follows the '/' at s[p]: a year and a slash for
// a state symbol ("15/2023/QĐ-UBND"), then the codes joined by dashes,
// and returns the end of the last.
func codesAfter(s string, p int, party bool) (int, bool) {
	q := gapFwd(s, p+1)
	if q >= len(s) {
		return 0, false
	}
	if !party && vntext.IsDigit(s[q]) {
		if q+4 > len(s) || !vntext.IsDigit(s[q+1]) || !vntext.IsDigit(s[q+2]) || !vntext.IsDigit(s[q+3]) || (q+4 < len(s) && vntext.IsDigit(s[q+4])) {
			return 0, false // a date or a month: 12/2023, 07/8/2023
		}
		r := gapFwd(s, q+4)
		sl := 0
		if r < len(s) {
			sl = vntext.SlashAt(s, r)
		}
		if sl == 0 {
			return 0, false
		}
		q = gapFwd(s, r+sl)
	}
	e := vntext.CodeEnd(s, q, true)
	if e == q || vntext.WordAt(s, e) {
		return 0, false
	}
	end := e
	for end < len(s) {
		g := gapFwd(s, end)
		if g >= len(s) {
			break
		}
		d := vntext.DashAt(s, g)
		if d == 0 {
			break
		}
		h := gapFwd(s, g+d)
		if h > g+d && strings.IndexByte(s[end:g], '\n') >= 0 {
			break // "…/QĐ-UBDT\n- U BAN": a list bullet on the next line
		}
		e2 := joinedGroupEnd(s, vntext.CodeEnd(s, h, true))
		if e2 == h || vntext.WordAt(s, e2) {
			break
		}
		end = e2
	}
	if end < len(s) {
		c := s[end]
		// a web address goes on in lower case ("….html"); a sentence
		// glued to the next ("12/UBND-VP.Kính") in a capital
		if c == '/' || c == '@' || c == '_' || c == '\\' || (c == '.' && end+1 < len(s) && vntext.IsASCIILetter(s[end+1]) &&
			(s[end+1] >= 'a' || end == e)) {
			return 0, false // (after the first code, "QĐ.UB" is the old dot separator: not read here)
		}
	}
	return end, true
}

// joinedGroupEnd extends a code that ends at e over "&" or "." and more
// capitals, as codes after the first write them: "CCHC&PC" in
// "2231/SNV-CCHC&PC", "NN&PTNT", "TT.HĐND" in "07/TTr-TT.HĐND".
func joinedGroupEnd(s string, e int) int {
	for e+1 < len(s) && (s[e] == '&' || s[e] == '.') && (s[e+1] >= 'A' && s[e+1] <= 'Z' || s[e+1] == 0xC4) {
		e2 := vntext.CodeEnd(s, e+1, true)
		if e2 == e+1 || vntext.WordAt(s, e2) || strings.IndexFunc(s[e+1:e2], unicode.IsLower) >= 0 {
			break
		}
		e = e2
	}
	return e
}

// partyCodeSpaced reports whether s[k:j] is a Party type code that follows
// "số <n> " with a space where the dash belongs.
func partyCodeSpaced(s string, k, j int) bool {
	if _, ok := directive.KindByCode(directive.BlocParty, s[k:j]); !ok {
		return false
	}
	n := k - 1
	for n > 0 && vntext.SpaceBefore(s, n+1) > 0 && s[n] == ' ' {
		n--
	}
	e := n + 1
	for n >= 0 && vntext.IsDigit(s[n]) {
		n--
	}
	if n+1 == e {
		return false
	}
	_, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, n+1), "số")
	return ok
}

// gapFwd skips up to a few bytes of spaces, noise and at most one line
// break after s[i]; gapBack does the same backwards.
func gapFwd(s string, i int) int {
	if i < len(s) && !vntext.SpaceLead[s[i]] && s[i] != '\n' {
		return i // the common case: nothing to skip
	}
	j, lines := i, 0
	for j < len(s) && j-i < 8 {
		if n := vntext.SpaceAt(s, j); n > 0 {
			j += n
		} else if n := vntext.NoiseAt(s, j); n > 0 {
			j += n
		} else if s[j] == '\n' && lines == 0 {
			lines++
			j++
		} else {
			break
		}
	}
	return j
}

func gapBack(s string, i int) int {
	if i > 0 && i <= len(s) && !vntext.SpaceTail[s[i-1]] && s[i-1] != '\n' {
		return i // the common case: nothing to skip
	}
	j, lines := i, 0
	for j > 0 && i-j < 8 {
		if n := vntext.SpaceBefore(s, j); n > 0 {
			j -= n
		} else if n := vntext.NoiseBefore(s, j); n > 0 {
			j -= n
		} else if s[j-1] == '\n' && lines == 0 {
			lines++
			j--
		} else {
			break
		}
	}
	return j
}

// The limits of the symbol grammar (directive's ParseSymbol), used to give
// up early on a long run of digits or letters around a "/".
const (
	maxNumberLen = 6
	maxGroupLen  = 16
)
