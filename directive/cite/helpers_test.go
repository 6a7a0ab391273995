package cite_test

import (
	"strings"

	"github.com/chidao/chidao/directive"
)

// squeeze removes what the lenient symbol reader ignores (spaces, line
// breaks, soft hyphens, markdown marks) and maps look-alikes, so a span
// can be checked to contain the canonical symbol.
func squeeze(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff', '*', '~', '`', '\u202f', '\u3000':
			continue
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			r = '-'
		case '\u2215', '\uff0f':
			r = '/'
		case '\u00d0':
			r = 'Đ'
		case '\u00f0':
			r = 'đ'
		case 'Ư':
			r = 'U'
		}
		if r >= '\u2000' && r <= '\u200a' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spanHas reports whether a citation span shows sym, up to what the
// lenient reader repairs: spaces, noise and look-alikes (see squeeze), and
// a Party symbol written with a space for its first dash ("84 QĐ/TWĐTN").
func spanHas(span string, sym directive.Symbol) bool {
	sq := squeeze(span)
	if strings.Contains(sq, sym.String()) {
		return true
	}
	if sym.Shape() == directive.ShapeParty {
		return strings.Contains(sq, sym.Number()+strings.TrimPrefix(sym.String(), sym.Number()+"-"))
	}
	return false
}
