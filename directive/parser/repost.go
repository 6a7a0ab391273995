package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// News and Party websites repost documents without their header block,
// under a lead such as "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị
// số 17 về …" and a title line "Hướng dẫn tuyên truyền …". Such a page has
// no number, place or date of its own to read; what it does tell is the
// document's type, whether it is a Party or a State document, and
// sometimes its subject.

// lead is what a repost's lead sentence says of the document.
type lead struct {
	kind directive.Kind
	bloc directive.Bloc
	line int // index in p.lines
}

// findLead looks in lines [0, end) for "… ban hành <type> …" and returns
// the type and the bloc its issuer or symbol shows.
func (p *docParser) findLead(end int) (lead, bool) {
	end = min(end, len(p.lines), maxLeadLines)
	for i := 0; i < end; i++ {
		t := p.lines[i].text
		j := indexBanHanh(t)
		if j < 0 || !vntext.RunesAtMost(t, maxLeadLine) {
			continue
		}
		after := t[j+len("ban hành "):]
		k := keyOf(clipKey(after))
		kind := directive.KindUnspecified
		for _, tk := range typeKeys {
			if strings.HasPrefix(k, tk.key) && (len(k) == len(tk.key) || k[len(tk.key)] == ' ') {
				kind = tk.kind
				break
			}
		}
		if kind == directive.KindUnspecified {
			continue
		}
		return lead{kind: kind, bloc: leadBloc(t[:j], after), line: i}, true
	}
	return lead{}, false
}

// parseRepost reads a page with no header: the lead gives the type and
// bloc, a title line that opens with the type name gives the subject, and
// the rest is read as the body. It returns false when there is no lead.
func (p *docParser) parseRepost() bool {
	ld, ok := p.findLead(len(p.lines))
	if !ok {
		return false
	}
	d := p.d
	d.Type, d.Bloc = ld.kind, ld.bloc
	p.repair(directive.RepairNoHeader, "", p.lines[ld.line].no, p.lines[ld.line].text, d.Type.Label())
	// The title: a line before or after the lead that opens with the type
	// name in sentence case ("Hướng dẫn tuyên truyền …").
	// A title has no final period; a sentence of the body that opens
	// with the type name does.
	label := d.Type.Label()
	body := ld.line + 1
	first := body
	for i := 0; i < min(len(p.lines), ld.line+repostTitleWindow); i++ {
		t := p.lines[i].text
		if i == ld.line || len(t) <= len(label)+1 || !vntext.RunesAtMost(t, maxTitleLine) || !strings.HasPrefix(t, label+" ") ||
			strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
			continue
		}
		rest := titleSubject(d.Type, strings.TrimSpace(t[len(label):]))
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			d.Subject = rest
			body = max(body, i+1)
			first = min(first, i)
			break
		}
	}
	p.first = min(first, len(p.lines))
	p.dropChrome(p.first) // the page above the lead
	if first < ld.line {
		p.aside = append(p.aside, p.lines[ld.line].no)
	}
	p.parseRest(body)
	p.finish()
	return true
}

// parseFragment reads a text without its header whose closing part is
// there (an authority mark or "Nơi nhận"): a page of a document cut from
// its first page, the end of a scan. All of it is body and tail.
func (p *docParser) parseFragment() bool {
	tail := false
	for i := range p.lines {
		if k := p.kind(i); k == lkSign || k == lkNoiNhan {
			tail = true
			break
		}
	}
	if !tail {
		return false
	}
	first := 0
	for first < len(p.lines) && p.kind(first) == lkBlank {
		first++
	}
	if first == len(p.lines) {
		return false
	}
	p.repair(directive.RepairFragment, "", p.lines[first].no, "", "")
	p.first = first
	p.parseRest(first)
	p.finish()
	return true
}
