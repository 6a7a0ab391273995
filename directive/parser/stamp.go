package parser

import (
	"strings"
	"unicode"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// Stamps are marks on the paper, not the document: the clerk's received
// stamp ("ĐẾN" / "Số: 345" / "Ngày: 08/01/2024" / "Chuyển: …"), which a
// scan's text layer puts anywhere in the header, and the note a digital
// signature leaves in a PDF ("Người ký: Sở Tài chính" / "Email: …" /
// "Cơ quan: …" / "Thời gian ký: 12.03.2024 15:30:00 +07:00"). Read as
// lines, a stamp's "Số" and "Ngày" pass for the document's own, so they
// are set aside first, each with a stamp repair.

// maxStampSearch bounds where a received stamp is looked for: the header
// of the first page.
const maxStampSearch = 40

// maxStampJunkLine bounds a header line a stamp's junk and a part of
// the header share.
const maxStampJunkLine = 160

// maxStampTypeLine bounds a line of a stamp's junk and a type's name.
const maxStampTypeLine = 48

// maxStampField bounds a stamp's field line in runes; it is below
// lineKeyLen, so a field's key is its line's.
const maxStampField = 60

// dropStamps removes the stamps from p.lines.
func (p *docParser) dropStamps() {
	out := p.lines[:0]
	for i := 0; i < len(p.lines); {
		if n := p.stampAt(i); n > 0 {
			parts := make([]string, n)
			for k := range n {
				parts[k] = p.lines[i+k].text
			}
			p.repair(directive.RepairStamp, "", p.lines[i].no, strings.Join(parts, " / "), "")
			i += n
			continue
		}
		out = append(out, p.lines[i])
		i++
	}
	clear(p.lines[len(out):])
	p.lines = out
}

// stampAt returns how many lines from i make a stamp, or 0.
func (p *docParser) stampAt(i int) int {
	t := p.lines[i].text
	if t == "" || !vntext.RunesAtMost(t, maxStampField) {
		return 0
	}
	k := p.key(i) // the line's whole key: a stamp's field is shorter than lineKeyLen
	if signerNote(k) {
		n := 1
		for i+n < len(p.lines) && n < 5 && signerField(p.lines[i+n].text) {
			n++
		}
		if n > 1 || strings.Contains(k, "thời gian ký") {
			return n
		}
		return 0
	}
	if i >= maxStampSearch {
		return 0
	}
	if strings.HasPrefix(k, "cổng thông tin điện tử") && i+1 < len(p.lines) {
		// the portal's name above its received stamp
		if n := p.receivedAt(i+1, p.key(i+1)); n > 0 {
			return n + 1
		}
		return 0
	}
	return p.receivedAt(i, k)
}

// receivedAt returns how many lines from i make a received stamp whose
// first line has key k, or 0.
func (p *docParser) receivedAt(i int, k string) int {
	if !vntext.RunesAtMost(p.lines[i].text, maxStampField) {
		return 0
	}
	var rest string
	switch {
	case k == "đến" || k == "công văn đến" || k == "văn bản đến":
	case strings.HasPrefix(k, "đến "):
		rest = k[len("đến "):]
	case strings.HasPrefix(k, "công văn đến "):
		rest = k[len("công văn đến "):]
	default:
		return 0
	}
	if rest != "" && !receivedField(rest) {
		return 0
	}
	n := 1
	for i+n < len(p.lines) && n < 6 && receivedField(keyOf(p.lines[i+n].text)) && vntext.RunesAtMost(p.lines[i+n].text, maxStampField) {
		n++
	}
	if n == 1 && rest == "" {
		return 0 // "ĐẾN" alone is no stamp
	}
	return n
}

// receivedField reports a field of a received stamp, by its key: "số
// 345", "ngày 08 01 2024", "giờ 15h30", "chuyển …", "lưu hồ sơ số …".
// A number with a symbol ("số 15 ttr stc") is the document's own.
func receivedField(k string) bool {
	for _, label := range []string{"chuyển", "lưu hồ sơ số", "giờ"} {
		if k == label || strings.HasPrefix(k, label+" ") {
			return true
		}
	}
	for _, label := range []string{"số", "ngày"} {
		if rest, ok := strings.CutPrefix(k, label+" "); ok {
			return digitsAndSpaces(strings.TrimSuffix(rest, " giờ"))
		}
		if k == label {
			return true // the clerk has not written it in
		}
	}
	return false
}

// digitsAndSpaces reports a key of numbers only, as a stamp's fields are.
func digitsAndSpaces(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != 'h' && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// signerNote reports the first line of a digital signature's note.
func signerNote(k string) bool {
	return strings.HasPrefix(k, "người ký ") || strings.HasPrefix(k, "ký bởi ") || strings.HasPrefix(k, "thời gian ký ")
}

// signerField reports a further line of a digital signature's note.
func signerField(t string) bool {
	if !vntext.RunesAtMost(t, maxStampField) {
		return false
	}
	k := keyOf(t)
	for _, label := range []string{"email ", "cơ quan ", "thời gian ký ", "ngày ký ", "chức vụ ", "người ký "} {
		if strings.HasPrefix(k, label) && strings.Contains(t, ":") {
			return true
		}
	}
	return false
}

// cutStampJunk cuts from the header's lines what a received stamp printed
// across them left before a part of the header: "DEN i: : _¬ CHỈ THỊ"
// (the stamp's "ĐẾN" and specks before the type's name), "Ig-Q612/2G20
// -| Về các nhiệm vụ …" (its number and date garbled, and a rule, before
// the subject). The part stays; what is cut is kept in a stamp repair.
func (p *docParser) cutStampJunk() {
	for i := 0; i < len(p.lines) && i < maxStampSearch; i++ {
		t := p.lines[i].text
		pipe := strings.IndexByte(t, '|') >= 0
		if !pipe && !strings.Contains(t, "DEN") && !strings.Contains(t, "ĐẾN") || !vntext.RunesAtMost(t, maxStampJunkLine) {
			continue // the stamp's box or its word, or no stamp's leavings
		}
		cut := 0
		if j := strings.Index(t, "| "); pipe && j > 0 && stampJunk(t[:j]) {
			if r := t[j+2:]; strings.HasPrefix(r, "Về ") || strings.HasPrefix(r, "V/v") {
				cut = j + 2
			}
		}
		if cut == 0 && vntext.RunesAtMost(t, maxStampTypeLine) && vntext.IsCaps(t[strings.LastIndexByte(t, ' ')+1:]) {
			// (a type's name ends the line in capitals, the line short)
			words := strings.Fields(t)
			for n := 1; n < len(words) && n <= 4; n++ {
				head, rest := splitWords(t, n)
				if !stampJunk(head) {
					break // the junk runs from the line's start
				}
				rest = strings.TrimSpace(rest)
				if !vntext.IsCaps(rest) || !unicode.IsLetter(firstRune(rest)) {
					continue
				}
				if _, after, ok := typeLine(rest, keyOf(rest)); ok && after == "" {
					cut = len(t) - len(rest)
					break
				}
			}
		}
		if cut > 0 {
			p.repair(directive.RepairStamp, "", p.lines[i].no, strings.TrimSpace(t[:cut]), "")
			p.lines[i].text = strings.TrimSpace(t[cut:])
			p.lines[i].kindSet, p.lines[i].kset = false, false
		}
	}
}

// stampJunk reports text with no run of three letters or more but the
// stamp's own word, "ĐẾN": what a scan makes of a received stamp's box.
func stampJunk(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, w := range strings.Fields(s) {
		if b := vntext.Bare(strings.ToLower(strings.Trim(w, ":.;,"))); b == "den" {
			continue
		}
		run := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				if run++; run >= 3 {
					return false
				}
			} else {
				run = 0
			}
		}
	}
	return true
}
