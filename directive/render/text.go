package render

import (
	"strings"

	"github.com/chidao/chidao/directive"
)

// Text writes d as canonical plain text, its parts in reading order: the
// parent issuer and issuer, the national header, urgency and secrecy marks,
// "Số: …" ("Số …" for the Party), the "V/v" subject of a công văn, the date
// line, the type name in capitals and the subject, "Kính gửi", the
// preamble, the sections with their items, the closing line, the
// signature and "Nơi nhận". [parser.Parse] reads the result back to d, and
// rendering what it reads gives the same text again.
//
// [parser.Parse]: https://pkg.go.dev/github.com/chidao/chidao/directive/parser#Parse
func Text(d *directive.Document) string {
	bs := plan(d)
	n := 0
	for _, bl := range bs {
		n++ // the blank line before it, at most
		for _, l := range bl.lines {
			n += len(l) + 1
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, bl := range bs {
		// One blank line between parts, never two: a part whose own text
		// ends in an empty line needs no other.
		if bl.gap && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n\n") {
			b.WriteByte('\n')
		}
		for _, l := range bl.lines {
			if bl.body && !strings.HasPrefix(l, "|") { // a table's row escapes its own bars
				l = escapeMarkup(l)
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// escapeMarkup escapes a backslash, and a star next to a word, in a line
// of a body node's text: a reader takes "*…*" for emphasis and drops the
// stars, and reads "\*" as the star. A star between spaces is no markup.
func escapeMarkup(l string) string {
	if !strings.ContainsAny(l, "*\\") {
		return l
	}
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == '\\':
			b.WriteString(`\\`)
			continue
		case c == '*' && (i > 0 && l[i-1] != ' ' || i+1 < len(l) && l[i+1] != ' '):
			b.WriteByte('\\')
		}
		b.WriteByte(l[i])
	}
	return b.String()
}
