package parser

// Annexes: the Kế hoạch, Quy chế, Quy định or Phụ lục printed after a
// decision's signature and Nơi nhận, "ban hành kèm theo" it. Each is read
// into a body node of kind annex (its type line, its title, its body), so
// that its tasks are read like the document's own.

import (
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// annexWords open an annex that is no document type: "PHỤ LỤC I",
// "DANH MỤC THỦ TỤC HÀNH CHÍNH …".
var annexWords = []string{"phụ lục", "danh mục", "quy trình", "biểu mẫu", "mẫu số"}

// annexStart reports whether line i opens an annex: a type name in
// capitals alone on its line ("KẾ HOẠCH", "QUY CHẾ"), or an annex word
// ("PHỤ LỤC").
func (p *docParser) annexStart(i int) bool {
	t := p.lines[i].text
	if sectionMarker(t) != "" {
		return false
	}
	k := p.key(i)
	if !vntext.IsCaps(t) {
		// "Phụ lục" in small letters over its title, "(Kèm theo Nghị
		// quyết số …)" and a tasks table's "TT": a Công báo's annex of
		// tasks
		return (k == "phụ lục" || strings.HasPrefix(k, "phụ lục ") && strings.Count(k, " ") <= 3) && p.issuedWith(i) && p.tableSoon(i)
	}
	if !vntext.RunesAtMost(t, maxAnnexLine) {
		// its type and title on one line (a flat text's, a long type
		// name's), and "(Ban hành kèm theo …)" next
		return vntext.RunesAtMost(t, maxAnnexTitle) && p.kind(i) == lkType && p.issuedWith(i)
	}
	if p.kind(i) == lkType {
		// the type's name alone: "QUY ĐỊNH CHUNG" is a chapter's title
		_, rest, _ := typeLine(t, k)
		// or with its title, when "(Ban hành kèm theo …)" follows: "CHƯƠNG
		// TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ"
		return strings.Trim(rest, " :.") == "" || p.issuedWith(i)
	}
	for _, w := range annexWords {
		// "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC SỐ 02", "DANH MỤC …"
		if k == w || strings.HasPrefix(k, w+" ") && (w == "danh mục" || strings.Count(k[len(w):], " ") <= 2) {
			return true
		}
	}
	return false
}

// tableSoon reports a tasks table's first header line ("TT", "STT")
// among the few lines under line i.
func (p *docParser) tableSoon(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+maxAnnexHead; j++ {
		t := p.lines[j].text
		if stackedStart(t) {
			return true
		}
		if raw := strings.TrimSpace(p.lines[j].raw); isTableRow(raw) {
			if cells := pipeCells(raw); len(cells) > 0 && stackedStart(cells[0]) {
				return true // the table as a page or the canonical text prints it
			}
		}
	}
	return false
}

// maxAnnexHead bounds the lines between an annex's label and its
// table's header: the title, the note, a rule.
const maxAnnexHead = 10

// issuedWith reports a line "(Ban hành kèm theo …)" among the few under
// line i: the title of an annex runs down to it.
func (p *docParser) issuedWith(i int) bool {
	for j, seen := i+1, 0; j < len(p.lines) && seen < maxAnnexTitleLines; j++ {
		if t := p.lines[j].text; t != "" {
			if isAnnexLine(t) || strings.Contains(t, "(") && strings.Contains(keyOf(vntext.PrefixRunes(t, maxKeyLine)), "ban hành kèm theo") {
				return true // alone, or closing a title read onto one line
			}
			if o := strings.LastIndexByte(t, '('); o >= 0 {
				if strings.Contains(t[o:], ")") {
					if annexNote(t[o:]) > 0 {
						return true // "… ĐẾN NĂM 2045 (Kèm theo Nghị quyết số …)"
					}
				} else if j+1 < len(p.lines) && isAnnexLine(t[o:]+" "+vntext.PrefixRunes(p.lines[j+1].text, maxKeyLine)) {
					return true // the note wrapped: "… (Ban hành kèm" / "theo …"
				}
			}
			seen++
		}
	}
	return false
}

// readAnnexes reads the annexes from line i to the end of the text.
func (p *docParser) readAnnexes(i int) {
	for i < len(p.lines) {
		start := i
		marker := p.lines[i].text
		i++
		title, n := p.annexTitle(i)
		i += n
		end := i
		for end < len(p.lines) && !p.annexStart(end) {
			end++
		}
		paras := p.readParas(i, end, nil)
		p.d.Body = append(p.d.Body, directive.Node{Kind: directive.NodeAnnex, Marker: marker, Heading: title,
			Children: bodyTree(paras), First: p.lines[start].no, Last: p.lines[end-1].no})
		i = end
	}
	p.flatView()
}

// annexTitle reads an annex's title from line i: the lines under its type
// line up to its body, "(Ban hành kèm theo …)" the last. It returns the
// title and the lines it took.
func (p *docParser) annexTitle(i int) (string, int) {
	var title []string
	j := i
	for ; j < len(p.lines) && len(title) < maxAnnexTitleLines; j++ {
		t := p.lines[j].text
		if t == "" || isRule(t) {
			continue
		}
		// a title in capitals, "(Ban hành kèm theo …)" maybe on its line
		caps := vntext.IsCaps(strings.TrimSpace(strings.Split(t, "(")[0]))
		// (a "(Ban hành kèm theo Kế hoạch số      /KH-… ngày    tháng …)"
		// left blank for the clerk has gaps, not columns)
		// a title in small letters on one line with its note: "Thực
		// hiện Chỉ thị số 52-CT/TW … (Kèm theo Quyết định số …)"
		noted := len(title) == 0 && notedTitle(t)
		if sectionMarker(t) != "" || itemMarkerLen(t) > 0 || mayStartTable(p.lines[j].raw) && !strings.HasPrefix(t, "(") || !vntext.RunesAtMost(t, maxAnnexTitle) ||
			!caps && !vntext.RunesAtMost(t, maxSubjectLine) && !noted {
			for j > i && p.lines[j-1].no == p.lines[j].no {
				j-- // a table's row starts at its first cell, blank or not
			}
			break
		}
		open := len(title) > 0 && strings.Count(strings.Join(title, " "), "(") > strings.Count(strings.Join(title, " "), ")")
		switch {
		case open, strings.HasPrefix(t, "("):
		case len(title) == 0: // the title under the type line, in any case
		case caps && vntext.IsCaps(title[len(title)-1]):
		case startsLower(t) && !endsSentence(title[len(title)-1]):
		default:
			return strings.Join(title, " "), j - i
		}
		title = append(title, t)
		if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") || noted {
			j++
			break // "(Ban hành kèm theo …)" closes the title
		}
	}
	return strings.Join(title, " "), j - i
}

// notedTitle reports a line that closes with an annex's note "(Kèm theo
// …)" after a title.
func notedTitle(t string) bool {
	t = strings.TrimSpace(t)
	o := strings.LastIndexByte(t, '(')
	return o > 0 && strings.HasSuffix(t, ")") && annexNote(t[o:]) == len(t)-o
}
