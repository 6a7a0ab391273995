package cite_test

import (
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// squeeze removes what the lenient symbol reader ignores (spaces, line
// breaks, soft hyphens, markdown marks) and maps look-alikes, so a span
// can be checked to contain the canonical symbol.
func squeeze(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch vntext.ClassOf(r) {
		case vntext.Space, vntext.Break, vntext.Invisible, vntext.Markup:
			continue
		case vntext.Dash:
			r = '-'
		case vntext.Slash:
			r = '/'
		}
		switch r {
		case '\u00d0':
			r = 'Đ'
		case '\u00f0':
			r = 'đ'
		case 'Ư':
			r = 'U'
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
