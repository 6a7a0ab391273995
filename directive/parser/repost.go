package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/vntext"
)

// News and Party websites repost documents without their header block,
// under a lead such as "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị
// số 17 về …" and a title line "Hướng dẫn tuyên truyền …". Such a page has
// no number, place or date of its own to read; what it does tell is the
// document's type, whether it is a Party or a State document, and
// sometimes its subject.

// maxLeadLines is how many lines from the top the lead is looked for in.
const maxLeadLines = 40

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
		if j < 0 || len(t) > 2000 {
			continue
		}
		after := t[j+len("ban hành "):]
		k := vntext.Key(clipKey(after))
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

// leadStateWords name State bodies in a lead, where "Bộ …" and "Sở …"
// stand on their own.
var leadStateWords = slices.Concat(stateBodyWords, []string{"bộ ", "sở "})

// leadBloc tells a Party document from a State one by the symbol after the
// type ("số 27-CTr/TU"), else by the body named before "ban hành".
func leadBloc(issuer, after string) directive.Bloc {
	for c := range cite.Find(vntext.Clip(after, 200)) {
		if c.Symbol.IsValid() {
			return c.Symbol.Bloc()
		}
		break
	}
	k := vntext.Key(vntext.Clip(issuer, 200))
	for _, w := range partyBodyWords {
		if strings.Contains(k, w) {
			return directive.BlocParty
		}
	}
	for _, w := range leadStateWords {
		if strings.Contains(k, w) {
			return directive.BlocState
		}
	}
	return directive.BlocUnspecified
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
	for i := 0; i < min(len(p.lines), ld.line+8); i++ {
		t := p.lines[i].text
		if i == ld.line || len(t) <= len(label)+1 || len(t) > 300 || !strings.HasPrefix(t, label+" ") ||
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
	if first < ld.line {
		p.aside = append(p.aside, p.lines[ld.line].no)
	}
	p.parseRest(body)
	p.finish()
	return true
}

// indexBanHanh finds "ban hành " or "Ban hành ".
func indexBanHanh(s string) int {
	i := strings.Index(s, "ban hành ")
	if j := strings.Index(s, "Ban hành "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i
}

// titleSubject strips from a title, after its type name, what names the
// document rather than its matter: "hành động" of a Chương trình hành
// động, and "của <issuer>" up to "về", "thực hiện" or "triển khai".
func titleSubject(k directive.Kind, rest string) string {
	if k == directive.KindProgramme {
		if r, ok := strings.CutPrefix(rest, "hành động "); ok {
			rest = r
		}
	}
	if !strings.HasPrefix(rest, "của ") {
		return rest
	}
	cut := -1
	for _, w := range []string{" về ", " thực hiện ", " triển khai "} {
		if i := strings.Index(rest, w); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return rest
	}
	return rest[cut+1:]
}
