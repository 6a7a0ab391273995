package render

import (
	"strings"

	"github.com/chidao/chidao/directive"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// blockKind names a part of the printed page. The text writer only needs
// the lines; the page needs the kind to place and style them.
type blockKind uint8

const (
	kindParent       blockKind = iota // cơ quan chủ quản
	kindIssuer                        // cơ quan ban hành
	kindStar                          // the Party's "*" under the issuer
	kindNation                        // Quốc hiệu and Tiêu ngữ, or "ĐẢNG CỘNG SẢN VIỆT NAM"
	kindMark                          // độ khẩn or độ mật, in capitals
	kindNumber                        // "Số: …", "Số …" for the Party
	kindAbout                         // "V/v …", the trích yếu of a công văn
	kindDate                          // place and date
	kindType                          // tên loại, in capitals
	kindSubject                       // trích yếu under the type
	kindRecipients                    // "Kính gửi" or "Đồng kính gửi"
	kindPreamble                      // paragraphs before the first section
	kindHeading                       // a section's marker and heading
	kindItem                          // one item and its continuation paragraphs
	kindClosing                       // the last line of the body
	kindAuthority                     // TM./KT. lines and the signer's title
	kindSigner                        // the signer's name, under the signature space
	kindDistribution                  // "Nơi nhận"
)

// block is one part of the document as lines of text. gap asks for a
// blank line before it in the text: the parser reads those blank lines as
// the boundaries between parts.
type block struct {
	kind  blockKind
	gap   bool
	lines []string
	body  bool // text of a body node, as written: Text escapes what would read as markup
}

// plan lays d out as blocks in reading order, with every wording decision
// Text and HTML share: capitals, "Số:" against the Party's "Số", the
// "V/v" subject of a công văn, the date line, list punctuation, section
// markers. Field values are split at line breaks so that each line is a
// line of the page.
//
// It is long because it is the page, part after part in reading order;
// one place for every wording decision is the point of it.
func plan(d *directive.Document) []block {
	bs := make([]block, 0, 16+len(d.Sections)*4)
	// The blocks' lines share one backing array: a page has a few dozen.
	store := make([]string, 0, 24+len(d.NationalHeader)+len(d.Recipients)+len(d.CCRecipients)+
		len(d.Preamble)+len(d.Sections)*4+len(d.Signature.Authority)+len(d.Distribution))
	add := func(k blockKind, gap bool, lines ...string) {
		start := len(store)
		for _, l := range lines {
			if strings.Contains(l, "\n") {
				store = append(store, strings.Split(l, "\n")...)
			} else {
				store = append(store, l)
			}
		}
		bs = append(bs, block{kind: k, gap: gap, lines: store[start:len(store):len(store)]})
	}
	up := cases.Upper(language.Vietnamese)
	if d.ParentIssuer != "" {
		add(kindParent, false, d.ParentIssuer)
	}
	if d.Issuer != "" {
		add(kindIssuer, false, d.Issuer)
	}
	if d.Bloc == directive.BlocParty && (d.Issuer != "" || d.ParentIssuer != "") {
		add(kindStar, false, "*")
	}
	if len(d.NationalHeader) > 0 {
		add(kindNation, false, d.NationalHeader...)
	}
	for _, m := range []string{d.Urgency, d.Secrecy} {
		if m != "" {
			add(kindMark, false, up.String(m))
		}
	}
	switch {
	case d.Symbol.IsValid() && d.Bloc == directive.BlocParty:
		// Hướng dẫn 36-HD/VPTW writes the Party's number without a colon.
		add(kindNumber, false, "Số "+d.Symbol.String())
	case d.Symbol.IsValid():
		add(kindNumber, false, "Số: "+d.Symbol.String())
	case d.Number != "":
		add(kindNumber, false, "Số: "+d.Number)
	}
	// A công văn has no type line; its trích yếu goes under the number.
	letter := d.Type == directive.KindOfficialLetter
	if letter && d.Subject != "" {
		add(kindAbout, false, "V/v "+d.Subject)
	}
	if !d.Date.IsZero() {
		add(kindDate, false, directive.DateLine(d.Place, d.Date))
	} else if d.Place != "" {
		add(kindDate, false, d.Place+",")
	}
	if !letter && d.Type != directive.KindUnspecified {
		add(kindType, true, up.String(d.Type.Label()))
		if d.Subject != "" {
			add(kindSubject, false, d.Subject)
		}
	}
	if len(d.Recipients) > 0 {
		add(kindRecipients, true, list("Kính gửi", d.Recipients)...)
	}
	if len(d.CCRecipients) > 0 {
		add(kindRecipients, true, list("Đồng kính gửi", d.CCRecipients)...)
	}
	bodyAdd := func(k blockKind, gap bool, lines ...string) {
		add(k, gap, lines...)
		bs[len(bs)-1].body = true
	}
	if len(d.Body) > 0 {
		planBody(d.Body, true, bodyAdd)
	} else {
		if len(d.Preamble) > 0 {
			add(kindPreamble, true, d.Preamble...)
		}
		for _, s := range d.Sections {
			m := sectionMarker(s.Number)
			if s.Heading != "" {
				m += " " + s.Heading
			}
			add(kindHeading, true, m)
			for _, it := range s.Items {
				// An empty continuation writes no line: the text has none
				// to read back.
				first, rest, _ := strings.Cut(it, "\n")
				if rest == "" {
					add(kindItem, false, "- "+first)
				} else {
					add(kindItem, false, "- "+first, rest)
				}
			}
		}
	}
	if d.Closing != "" {
		add(kindClosing, true, d.Closing)
	}
	sig := d.Signature
	if len(sig.Authority) > 0 || sig.Title != "" {
		lines := sig.Authority
		if sig.Title != "" {
			lines = append(lines[:len(lines):len(lines)], sig.Title)
		}
		add(kindAuthority, true, lines...)
	}
	if sig.Name != "" {
		add(kindSigner, true, sig.Name)
	}
	if len(d.Distribution) > 0 {
		add(kindDistribution, true, append([]string{"Nơi nhận:"}, dashed(d.Distribution)...)...)
	}
	planAnnexes(d.Body, bodyAdd)
	return bs
}

// list writes a "Kính gửi" list: one recipient on the label's line, more
// as dashed lines under it.
func list(label string, entries []string) []string {
	if len(entries) == 1 {
		return []string{label + ": " + entries[0] + "."}
	}
	return append([]string{label + ":"}, dashed(entries)...)
}

// dashed writes entries as "- entry;" lines, the last ending with ".".
func dashed(entries []string) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		end := ";"
		if i == len(entries)-1 {
			end = "."
		}
		out[i] = "- " + e + end
	}
	return out
}

// sectionMarker writes a section number with its punctuation: "I.",
// "1.", "1.2.", "a)", "Điều 3.".
func sectionMarker(n string) string {
	if n == "" {
		return ""
	}
	c := n[0]
	if len(n) <= 2 && c >= 'a' && c <= 'z' || n == "đ" {
		return n + ")"
	}
	return n + "."
}

// planBody lays out a body tree: top-level paragraphs as the preamble, a
// node with a marker as a heading line, bullets and the paragraphs under
// a heading as items.
func planBody(nodes []directive.Node, top bool, add func(k blockKind, gap bool, lines ...string)) {
	for i := 0; i < len(nodes); i++ {
		n := nodes[i]
		switch n.Kind {
		case directive.NodeParagraph:
			if top { // the preamble: one block of its paragraphs
				var lines []string
				for ; i < len(nodes) && nodes[i].Kind == directive.NodeParagraph; i++ {
					lines = append(lines, strings.Split(nodes[i].Text, "\n")...)
				}
				i--
				add(kindPreamble, true, lines...)
			} else {
				// a line right under a table would read as its row
				add(kindItem, afterTable(nodes, i), strings.Split(n.Text, "\n")...)
			}
		case directive.NodeBullet:
			lines := strings.Split(n.Text, "\n")
			lines[0] = n.Marker + " " + lines[0]
			add(kindItem, afterTable(nodes, i), lines...)
			planBody(n.Children, false, add)
		case directive.NodeTable:
			if n.Table != nil {
				add(kindItem, true, pipeTable(n.Table)...)
			}
		case directive.NodeAnnex:
			// after the signature and Nơi nhận: planAnnexes
		default:
			m := sectionMarker(nodeNumber(n))
			if n.Heading != "" {
				m += " " + n.Heading
			}
			add(kindHeading, true, m)
			planBody(n.Children, false, add)
		}
	}
}

// afterTable reports a node that follows a table.
func afterTable(nodes []directive.Node, i int) bool {
	return i > 0 && nodes[i-1].Kind == directive.NodeTable
}

// planAnnexes lays out the annexes of a body after the document's tail:
// the type line, the title, the annex's body.
func planAnnexes(nodes []directive.Node, add func(k blockKind, gap bool, lines ...string)) {
	for _, n := range nodes {
		if n.Kind != directive.NodeAnnex {
			continue
		}
		lines := []string{n.Marker}
		if n.Heading != "" {
			lines = append(lines, n.Heading)
		}
		add(kindHeading, true, lines...)
		planBody(n.Children, false, add)
	}
}

// nodeNumber is the section number of a node with a marker, as the flat
// view writes it: "Điều 3", "Chương II".
func nodeNumber(n directive.Node) string {
	switch n.Kind {
	case directive.NodeArticle:
		return "Điều " + n.Marker
	case directive.NodePart:
		return "Phần " + n.Marker
	case directive.NodeChapter:
		return "Chương " + n.Marker
	case directive.NodeSection:
		return "Mục " + n.Marker
	}
	return n.Marker
}

// pipeTable writes a table as pipe-table lines: the header, the rule, the
// rows; a "|" in a cell escaped, a line break as "<br>".
func pipeTable(t *directive.Table) []string {
	row := func(cells []string) string {
		var b strings.Builder
		b.WriteString("|")
		for _, c := range cells {
			c = strings.ReplaceAll(c, "|", `\|`)
			c = strings.ReplaceAll(c, "\n", "<br>")
			b.WriteString(" " + c + " |")
		}
		return b.String()
	}
	rule := make([]string, len(t.Header))
	for i := range rule {
		rule[i] = "---"
	}
	out := []string{row(t.Header), row(rule)}
	for _, r := range t.Rows {
		out = append(out, row(r))
	}
	return out
}
