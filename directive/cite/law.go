// Laws by name: "Luật Tổ chức chính quyền địa phương", and documents
// named after "Căn cứ" or "Thực hiện" ("Điều lệ Đảng").

package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// lawAt handles a law needle at h and returns where scanning resumes.
//
// It reads the law's name, then its date or the clause after it, in one
// pass whose positions each step moves on; kept whole so the order of the
// steps reads as the phrase does.
func (sc *scanner) lawAt(h, idx int) int {
	s := sc.s
	n := sc.needleLen(h, idx)
	if h < sc.lastEnd || vntext.WordBefore(s, h) || vntext.WordAt(s, h+n) {
		return h + 1
	}
	start := h
	var kind directive.Kind
	switch idx {
	case 0, 1:
		kind = directive.KindLaw
		if st, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, h), "bộ"); ok {
			start, kind = st, directive.KindCode
		} else if _, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, h), "kỷ"); ok {
			return h + n
		}
	case 2:
		kind = directive.KindCode
	case 3, 4:
		kind = directive.KindOrdinance
	default:
		kind = directive.KindConstitution
	}
	// The name runs to "ngày <date>"; a number ("số 72/2025/QH15") leaves
	// the citation to symbolAt.
	i := h + n
	nameEnd := -1
	glued := false // i is already at the next word
	for words := 0; words < 30 && i < len(s); words++ {
		j := vntext.SkipWrap(s, i)
		if j >= len(s) {
			break
		}
		c := s[j]
		if words > 0 && (c == ';' || c == '.' || c == '\n') && sc.basisBefore(start) {
			// "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;"
			nameEnd = i
			break
		}
		if j == i && words > 0 && !glued && c != ',' {
			break
		}
		glued = false
		if c == ',' {
			k := vntext.SkipSpaces(s, j+1)
			if _, ok := vntext.MatchWord(s, k, "bổ sung"); ok {
				i, glued = k, true
				continue
			}
			break
		}
		if !vntext.WordAt(s, j) {
			break
		}
		switch c | 0x20 { // the words below start with an ASCII letter
		case 'n':
			if e, ok := sc.dayWord(s, j); ok {
				if _, _, ok := sc.scanDate(s, j); ok {
					nameEnd = i
					break
				}
				i = e
				continue
			}
			if e, ok := vntext.MatchWord(s, j, "năm"); ok && words > 0 {
				// "Luật Hộ tịch năm 2014": a year names the law, without a day
				if k := vntext.SkipSpaces(s, e); k+4 <= len(s) && vntext.IsDigit(s[k]) && vntext.IsDigit(s[k+1]) && vntext.IsDigit(s[k+2]) && vntext.IsDigit(s[k+3]) && !vntext.WordAt(s, k+4) {
					nameEnd = i
					break
				}
			}
		case 's':
			if e, ok := vntext.MatchWord(s, j, "số"); ok {
				if k := vntext.SkipSpaces(s, e); k < len(s) && (vntext.IsDigit(s[k]) || s[k] == ':') {
					return h + n
				}
			}
		}
		if nameEnd >= 0 {
			break
		}
		// advance over one word
		i = vntext.WordEndHyphen(s, j)
	}
	if nameEnd <= h+n {
		return h + n
	}
	c := directive.Citation{Kind: kind, Start: start, End: nameEnd}
	c.Name = trimName(s[start:nameEnd])
	resume := sc.finish(&c, nameEnd)
	return max(resume, h+n)
}

// congressNeedle opens the name of a Party congress's resolution.
const congressNeedle = "Nghị quyết Đại hội"

// congressName reads the rest of a congress's name from e, after "Nghị
// quyết Đại hội": ["đại biểu"] ["toàn quốc" | "Đảng bộ …" | "Đảng …"]
// ("lần thứ" N | N) ["của Đảng"] [", nhiệm kỳ yyyy - yyyy"], N a Roman or
// Arabic number. It returns e when no number follows.
func congressName(s string, e int) int {
	j := vntext.SkipWrap(s, e)
	if k, ok := vntext.MatchWord(s, j, "đại biểu"); ok {
		j = vntext.SkipWrap(s, k)
	}
	// the body whose congress it was, up to "lần thứ" or the number
	for words := 0; words < 8 && j < len(s); words++ {
		if k, ok := vntext.MatchWord(s, j, "lần thứ"); ok {
			j = vntext.SkipWrap(s, k)
			break
		}
		if congressNumber(s, j) > j {
			break
		}
		if !isUpperASCIIOrLetter(s, j) && !vntext.WordAt(s, j) {
			return e
		}
		for _, w := range []string{"và", "đã", "được", "này", "đề ra", "về", "của", "là", "với"} {
			if _, ok := vntext.MatchWord(s, j, w); ok {
				return e
			}
		}
		k := vntext.WordEndHyphen(s, j)
		if k == j {
			return e
		}
		j = vntext.SkipWrap(s, k)
	}
	end := congressNumber(s, j)
	if end <= j {
		return e
	}
	// "của Đảng" belongs to the name of a national congress's resolution
	if k, ok := vntext.MatchWord(s, vntext.SkipWrap(s, end), "của đảng"); ok {
		end = k
	}
	// ", nhiệm kỳ 2020 - 2025"
	k := vntext.SkipSpaces(s, end)
	if k < len(s) && s[k] == ',' {
		k = vntext.SkipSpaces(s, k+1)
	}
	if m, ok := vntext.MatchWord(s, k, "nhiệm kỳ"); ok {
		m = vntext.SkipSpaces(s, m)
		if n := congressYears(s, m); n > m {
			end = n
		}
	}
	return end
}

// congressNumber returns the end of a Roman or Arabic number at j ("XIII",
// "13"), or j.
func congressNumber(s string, j int) int {
	k := j
	for k < len(s) && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X' || s[k] == 'L' || vntext.IsDigit(s[k])) {
		k++
	}
	if k == j || vntext.WordAt(s, k) {
		return j
	}
	return k
}

// congressYears returns the end of "2020 - 2025" (any dash) at j, or j.
func congressYears(s string, j int) int {
	k := j
	for k < len(s) && vntext.IsDigit(s[k]) {
		k++
	}
	if k-j != 4 {
		return j
	}
	m := vntext.SkipSpaces(s, k)
	d := vntext.DashAt(s, m)
	if d == 0 {
		return j
	}
	m = vntext.SkipSpaces(s, m+d)
	n := m
	for n < len(s) && vntext.IsDigit(s[n]) {
		n++
	}
	if n-m != 4 {
		return j
	}
	return n
}

// namedKinds are the types a text cites by name after "căn cứ" or "thực
// hiện": "Điều lệ Đảng", "Quy chế làm việc của …", "Nghị quyết Đại hội …".
var namedKinds = [256]bool{directive.KindCharter: true, directive.KindRules: true, directive.KindRegulation: true, directive.KindResolution: true, directive.KindProgramme: true, directive.KindPlatform: true, directive.KindStrategy: true}

// namedNotAfter are the words after a type word that show it is not a
// name ("Căn cứ Quyết định số …", "Thực hiện Kế hoạch này").
var namedNotAfter = []string{"số", "này", "của", "đã", "liên tịch", "và", "các"}

// namedAt handles a clause verb at h ("Căn cứ", "Thực hiện") followed by a
// document cited by name, and returns where scanning resumes.
func (sc *scanner) namedAt(h, idx int) int {
	s := sc.s
	n := sc.needleLen(h, idx)
	if h < sc.lastEnd || vntext.WordBefore(s, h) || vntext.WordAt(s, h+n) || vntext.WordBefore(s, vntext.SkipSpacesBack(s, h)) {
		return h + n
	}
	basis := idx < firstCueNeedle+2
	j := vntext.SkipWrap(s, h+n)
	e, t, ok := sc.typeWordAt(s, j)
	if !ok || !namedKinds[uint8(t.kind)] || !isUpperASCIIOrLetter(s, j) {
		return h + n
	}
	k := vntext.SkipWrap(s, e)
	if k >= len(s) || !vntext.WordAt(s, k) || vntext.IsDigit(s[k]) {
		return h + n
	}
	for _, w := range namedNotAfter {
		if s[k]|0x20 == w[0] || s[k] >= 0x80 && w[0] >= 0x80 {
			if _, ok := vntext.MatchWord(s, k, w); ok {
				return h + n
			}
		}
	}
	if strings.HasPrefix(s[j:], congressNeedle) {
		// a congress's resolution: its name has a grammar of its own
		// ("… lần thứ XIII của Đảng", ", nhiệm kỳ 2020 - 2025")
		if end := congressName(s, j+len(congressNeedle)); end > j+len(congressNeedle) {
			c := directive.Citation{Kind: directive.KindResolution, Start: j, End: end, Name: trimName(s[j:end])}
			return max(sc.finish(&c, end), end)
		}
	}
	return sc.namedFrom(j, e, basis, h+n)
}

// namedFrom reads the name of a document whose type word spans s[j:e],
// and returns where scanning resumes (miss when there is no name). The
// name runs to the end of the clause: ";" or "." after "căn cứ" (basis),
// also "," and "của" (the issuer) otherwise.
//
// Its length is one switch over the words that end a name, in the order
// they must be tried; the cases share the position of the name's end.
func (sc *scanner) namedFrom(j, e int, basis bool, miss int) int {
	s := sc.s
	end := e
	i := e
	for words := 0; words < 48 && i < len(s); words++ {
		k := vntext.SkipWrap(s, i)
		if k >= len(s) {
			break
		}
		c := s[k]
		if c == ',' {
			m := vntext.SkipSpaces(s, k+1)
			if !basis {
				cont := false
				for _, w := range append([]string{"nhiệm kỳ"}, termWords...) {
					if _, ok := vntext.MatchWord(s, m, w); ok {
						cont = true
					}
				}
				if !cont {
					break
				}
			}
			i = m
			continue
		}
		if c == ';' || c == '(' || c == '\n' || c == ':' || c == '.' && (k+1 >= len(s) || !vntext.WordAt(s, k+1)) {
			break
		}
		// the words that end the name, tried by their first letter
		f := c | 0x20
		if c >= 0x80 {
			f = c
		}
		stop := false
		switch f {
		case 'b':
			_, stop = vntext.MatchWord(s, k, "ban hành kèm")
		case 'v':
			if a, ok := vntext.MatchWord(s, k, "và"); ok {
				// "Điều lệ Đảng và Quy định số 24-QĐ/TW": a second document
				if m := vntext.SkipWrap(s, a); m < len(s) && isUpperASCIIOrLetter(s, m) {
					_, _, stop = typeWordAt(s, m)
				}
			}
			if !stop && !basis {
				_, stop = vntext.MatchWord(s, k, "về")
			}
		case 0xC3, 0xC4: // đ, Đ, Ð
			_, stop = vntext.MatchWord(s, k, "được ban hành")
		case 'c':
			if !basis {
				_, stop = vntext.MatchWord(s, k, "của")
			}
		case 's':
			if _, ok := vntext.MatchWord(s, k, "số"); ok {
				if m := vntext.SkipSpaces(s, k+len("số")); m < len(s) && vntext.IsDigit(s[m]) {
					stop = true
				}
			}
		}
		if stop {
			break
		}
		// one word or a dash between words ("2020 – 2025")
		m := k
		if d := vntext.DashAt(s, m); d > 0 {
			m += d
		} else {
			m = vntext.WordEndHyphen(s, m)
		}
		if m == k {
			break
		}
		if d := vntext.DashAt(s, k); d == 0 {
			end = m
		}
		i = m
	}
	if end <= e {
		return miss
	}
	_, t, _ := sc.typeWordAt(s, j)
	c := directive.Citation{Kind: t.kind, Start: j, End: end, Name: trimName(s[j:end])}
	resume := sc.finish(&c, end)
	return max(resume, end)
}

// isUpperASCIIOrLetter reports whether the letter at s[i] is upper case.
func isUpperASCIIOrLetter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}
