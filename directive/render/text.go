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
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
