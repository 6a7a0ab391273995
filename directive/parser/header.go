package parser

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/frame"
	"github.com/chidao/chidao/internal/vntext"
)

// findAnchor returns the line that proves a document starts near it: the
// first national header, else the first "Số" line, else the first date
// line, else the first type name in capitals; -1 when there is none.
func (p *docParser) findAnchor() int {
	first := [lkSign + 1]int{}
	for i := range first {
		first[i] = -1
	}
	for i := range p.lines {
		k := p.kind(i)
		if k == lkNational && first[k] < 0 {
			return i
		}
		if first[k] < 0 {
			first[k] = i
		}
	}
	for _, k := range []lineKind{lkNumber, lkDate, lkType} {
		if first[k] >= 0 {
			return first[k]
		}
	}
	return -1
}

// headerStart moves back from the anchor over the header lines that come
// before it: the other column (number, subject) and the issuer lines.
func (p *docParser) headerStart(anchor int) int {
	start := anchor
	for i := anchor - 1; i >= 0 && i >= anchor-headerWindow; i-- {
		switch p.kind(i) {
		case lkNumber, lkDate:
			start = i
		case lkVv:
			// a V/v subject sits under its number; one above any number is
			// a page's title ("# V/v Giải quyết …" over the header table)
			if p.numberBefore(i, anchor-headerWindow) {
				start = i
			}
		}
	}
	// A V/v subject may run over lines before the anchor: they belong to
	// the header when a V/v line or number precedes them.
	nonBlank := 0
	for i := start - 1; i >= 0 && nonBlank < maxLinesAbove; i-- {
		t := p.lines[i].text
		switch k := p.kind(i); k {
		case lkBlank:
			continue
		case lkRule, lkMark:
			start = i
			continue
		case lkText:
			if specksOnly(t) {
				continue // "[", "_": a scan's specks between a header's pieces
			}
			if c, ok := dropEndSpecks(t); ok && hasDigitOrSlash(t) && !hasDigitOrSlash(c) && vntext.IsCaps(c) && strings.Count(c, " ") <= 1 && !strings.ContainsAny(t, "|-") {
				// "ỦY BAN NHÂN" / "DÂN :": a speck after a word cut from the line above
				p.repair(directive.RepairScanSpecks, "", p.lines[i].no, t, c)
				p.lines[i].text, p.lines[i].kset = c, false
				t = c
			}
			if !vntext.IsCaps(t) || hasDigitOrSlash(t) && !issuerWithNumber(t, p.key(i)) && !citesBody(t) || !vntext.RunesAtMost(t, maxIssuerLine) {
				return start
			}
			nonBlank++
			start = i
		default:
			return start
		}
	}
	return start
}

// placeBefore reports what may stand before a date line's "ngày": a
// place's few words, no digits and no marker ("Điều 1. Ban hành … ngày
// 19 tháng 7 năm 2017" cites a date).
func placeBefore(s string) bool {
	s = strings.TrimSpace(s)
	k := keyOf(s)
	numbered := strings.HasPrefix(k, "quận ") || strings.HasPrefix(k, "phường ") // "Quận 2, ngày …"
	return len(vntext.Fields(s)) <= maxDatePlaceWords && !strings.Contains(s, "/") && sectionMarker(s) == "" &&
		(numbered || !strings.ContainsAny(s, "0123456789"))
}

// bodyNext reports whether the next non-blank line after i opens the
// body ("Căn cứ …", "Xét đề nghị …").
func (p *docParser) bodyNext(i int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if p.lines[j].text != "" {
			return startsBody(p.key(j))
		}
	}
	return false
}

// mottoTail reports the key of the motto's second half, "Tự do - Hạnh
// phúc".
func mottoTail(k string) bool { return k == mottoTailKey || strings.HasPrefix(k, mottoTailKey+" ") }

const mottoTailKey = "tự do hạnh phúc"

// mottoKey is the tiêu ngữ as keyOf gives it.
const mottoKey = "độc lập " + mottoTailKey

// numberBefore reports a number line before line i, from line from on.
func (p *docParser) numberBefore(i, from int) bool {
	for j := i - 1; j >= 0 && j >= from; j-- {
		if p.kind(j) == lkNumber {
			return true
		}
	}
	return false
}

// startAt makes line start the document's first: the text before it is
// chrome, set aside with a repair, and so are the table rows there.
func (p *docParser) startAt(start int) {
	p.first = start
	p.dropChrome(start)
	for _, r := range p.tableRows {
		if r.Line >= p.lines[start].no {
			p.d.Repairs = append(p.d.Repairs, r)
		}
	}
}

// blocFromLead tells the bloc of a repost whose type line survived but
// not its issuer: the lead above the header says it.
func (p *docParser) blocFromLead(start int) {
	if p.d.Bloc == directive.BlocUnspecified && p.d.Issuer == "" {
		if ld, ok := p.findLead(start); ok && ld.kind == p.d.Type {
			p.d.Bloc = ld.bloc
		}
	}
}

// dropChrome records the text before the header as left out.
func (p *docParser) dropChrome(start int) {
	var b strings.Builder
	line := 0
	for i := 0; i < start; i++ {
		if t := p.lines[i].text; t != "" {
			if line == 0 {
				line = p.lines[i].no
			}
			if b.Len() > 0 {
				b.WriteString(" / ")
			}
			b.WriteString(t)
		}
	}
	if line > 0 {
		p.repair(directive.RepairChrome, "", line, b.String(), "")
	}
}

// headerState tracks what the header parse is reading.
type headerState struct {
	issuer      []string
	subject     []string
	subjectLine int
	inVv        bool
	inTypeSubj  bool
	sawType     bool
	sawNumber   bool
	// partyLetter: the number line is a Party công văn's ("Số -CV/ĐU"),
	// whose subject may stand under it with no "V/v"
	partyLetter  bool
	sawDate      bool
	subjectCaps  bool
	afterSubject bool
	// national holds the national header phrases read (their keys): a
	// phrase met again is a page's or a scan's copy, set aside.
	national []string
	// skip is a line read with the one before it (a symbol's wrapped
	// tail), or 0
	skip int
}

// parseHeader reads the header from start and returns the first body line.
func (p *docParser) parseHeader(start int) int {
	var h headerState
	d := p.d
	i := start
	end := min(len(p.lines), start+maxHeaderLines)
	for ; i < end; i++ {
		if h.skip > 0 && i == h.skip {
			continue
		}
		l := p.lines[i]
		kind := p.kind(i)
		vvCut := false
		if kind == lkBlank {
			if (h.inVv || h.inTypeSubj) && len(h.subject) > 0 && !p.subjectResumes(i, end, h.subjectCaps, h.subject[len(h.subject)-1], h.inVv && !h.sawDate) {
				h.inVv, h.inTypeSubj = false, false
				h.afterSubject = true
			}
			continue
		}
		if h.inTypeSubj && len(h.subject) == 0 && (kind == lkText || kind == lkNumber) {
			// "NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về …": the
			// body line of a Party title is not part of the subject, nor
			// is what older titles repeat before it ("SỐ 15-BTC/TT NGÀY
			// 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …").
			if rest, ok := titleTail(l.text, h.issuer); ok {
				if _, party := partyTitleBody(l.text, p.key(i)); party && d.Bloc == directive.BlocUnspecified {
					d.Bloc = directive.BlocParty
				}
				if rest != "" {
					h.subject = append(h.subject, rest)
				}
				continue
			}
		}
		if h.inTypeSubj && len(h.subject) == 0 && kind == lkType {
			if k, rest, ok := typeLine(l.text, p.key(i)); ok && k == d.Type && rest == "" {
				continue // the type line again: "# QUYẾT ĐỊNH" above "QUYẾT ĐỊNH"
			}
		}
		if h.inVv || h.inTypeSubj {
			if t, ok := dropEndSpecks(l.text); ok && kind == lkText {
				p.repair(directive.RepairScanSpecks, "", l.no, l.text, t)
				p.lines[i].text, p.lines[i].kset = t, false
				l = p.lines[i]
			}
			if p.subjectGoesOn(i, kind, &h) {
				if len(h.subject) > 0 && i > 0 && p.lines[i-1].no != l.no {
					p.wrapBefore(l.no)
				}
				h.subject = append(h.subject, l.text)
				if !vntext.IsCaps(l.text) {
					h.subjectCaps = false
				}
				continue
			}
			// "V/v Tổ chức Hội nghị ngành Lao" / "Hà Nội, ngày …" / "động-Thương
			// binh và Xã hội": the columns read row by row; the date is read
			// below and the subject stays open
			vvCut = kind == lkDate && h.inVv && !h.sawDate && len(h.subject) > 0 && p.vvCutAt(i, end, h.subject[len(h.subject)-1])
			h.inVv, h.inTypeSubj = vvCut, false
			h.afterSubject = !vvCut && len(h.subject) > 0
		}
		if kind == lkKinhGui || kind == lkDongKinhGui || kind == lkNoiNhan || kind == lkSign {
			break
		}
		if h.afterSubject && (kind == lkText || kind == lkDate && h.sawDate) {
			break
		}
		pieces := p.splitColumns(i)
		var left []string // the pieces that ended the header
		for _, piece := range pieces {
			if p.headerPiece(i, piece, &h) {
				if len(h.issuer) > 0 && !h.sawNumber && !h.sawType && !h.sawDate && p.numberAhead(i) {
					// a received stamp run into the issuer's column ("TONG
					// CỤC THU. cue THUẾ: TỈNH HÒA BÌNH") above the number
					// line: set aside, the header goes on
					p.repair(directive.RepairSetAside, "", l.no, strings.TrimSpace(piece), "")
					continue
				}
				left = append(left, piece)
			}
		}
		if len(left) > 0 && len(left) < len(pieces) {
			// the header read the line's other pieces (its date cell):
			// the body gets only what it did not read, less a scan's
			// speck glued before the place (";ghệ An, ngày …")
			left = slices.DeleteFunc(left, func(piece string) bool {
				if gluedSpeck(piece) {
					p.repair(directive.RepairSetAside, "", l.no, piece, "")
					return true
				}
				return false
			})
			if len(left) == 0 {
				continue
			}
			p.lines[i].text = strings.Join(left, " ")
			p.lines[i].kindSet, p.lines[i].kset = false, false
		}
		if len(left) > 0 {
			break
		}
		if vvCut {
			h.inVv = true // headerPiece closed it at the date
		}
	}
	p.setIssuer(h.issuer)
	if len(h.subject) > 0 {
		s := p.joinSubject(h.subject, h.subjectLine)
		if n := vvLen(s); n > 0 {
			if !strings.EqualFold(s[:n], "V/v") {
				p.repair(directive.RepairSubjectVv, "subject", h.subjectLine, s[:n], "V/v") // a scan's "VW"
			}
			s = strings.TrimLeft(s[n:], " :.")
		} else if isVe(s) {
			orig := s
			s = strings.TrimLeft(s[len("Về"):], " :")
			p.repair(directive.RepairSubjectVv, "subject", h.subjectLine, orig, "V/v "+s)
		}
		// empty cells a table's row left after it ("địa bàn | |") are no
		// part of it
		s = strings.TrimRight(s, " |")
		// The trích yếu has no final period; "…" and "etc." stay.
		if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
			s = strings.TrimRight(strings.TrimSuffix(s, "."), " ")
		}
		if subj, auth := trailingAuthority(s, d.ParentIssuer, d.Issuer); auth != "" {
			// a flattened header leaves the enacting authority on the
			// subject's line; like an authority line, it opens the body
			no := h.subjectLine
			for j := i - 1; j >= start && j < len(p.lines); j-- {
				if strings.HasSuffix(p.lines[j].text, auth) {
					no = p.lines[j].no
					break
				}
			}
			p.leadParas = append([]bodyPara{{text: auth, first: no, last: no}}, p.leadParas...)
			s = subj
		}
		d.Subject = s
	}
	return i
}

// typeQualifiers are words that may follow a type's name on its line and
// say what kind of that type it is, not what it is about.
var typeQualifiers = []string{"quốc gia", "hành động", "tổng thể", "liên ngành", "liên tịch"}

// trailingAuthority cuts the enacting authority off the end of a subject
// in capitals: a post and the issuer's name ("… BẢO HIỂM Y TẾ TỔNG GIÁM
// ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM", "… (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ"), or the
// issuer's name when it is a post ("THỦ TƯỚNG CHÍNH PHỦ"). A post the
// subject itself names ("… CỦA BỘ TRƯỞNG BỘ Y TẾ") stays.
func trailingAuthority(s, parent, issuer string) (subject, auth string) {
	if !vntext.IsCaps(s) || issuer == "" {
		return s, ""
	}
	ik := keyOf(clipKey(issuer))
	collective := selfEnacting(ik)
	if sk := keyOf(s); !(collective && strings.HasSuffix(sk, ik)) && !slices.ContainsFunc(authorityTitleKeys, func(w string) bool { return strings.Contains(sk, strings.TrimSpace(w)) }) {
		return s, ""
	}
	pk := strings.TrimSpace(keyOf(clipKey(parent + " " + issuer)))
	words := vntext.Fields(s)
	// the authority is a title and a name: only the last words can be it
	most := len(vntext.Fields(pk)) + maxTitleWords
	for k := max(1, len(words)-most); k < len(words); k++ {
		ck := keyOf(strings.Join(words[k:], " "))
		ok := ck == ik && (isTitle(ck) || collective)
		for _, w := range authorityTitleKeys {
			if rest, cut := strings.CutPrefix(ck, w); cut {
				rest = strings.TrimSpace(rest)
				ok = ok || rest == ik || rest == pk
			}
		}
		if !ok {
			continue
		}
		if prev := keyOf(words[k-1]); slices.Contains(authorityPrepositions, prev) {
			return s, ""
		}
		return strings.Join(words[:k], " "), strings.Join(words[k:], " ")
	}
	return s, ""
}

// selfEnacting reports an issuer key naming a body that enacts in its
// own name, so that its name alone is the authority line ("ỦY BAN NHÂN
// DÂN TỈNH HẢI DƯƠNG" over "Căn cứ …"): a people's committee or council
// named with its place.
func selfEnacting(ik string) bool {
	for _, w := range [...]string{"ủy ban nhân dân ", "hội đồng nhân dân "} {
		if rest, ok := strings.CutPrefix(ik, w); ok && strings.Count(rest, " ") >= 1 {
			return true
		}
	}
	return false
}

// danglingEnd reports a subject line that ends on a word that asks for
// what follows ("… CỦA", "… TRỰC THUỘC", "… VÀ"): a subject does not end
// there, so the next line goes on with it.
func danglingEnd(line string) bool {
	// the last words only: a paragraph that grows line by line asks this
	// of each line
	line = strings.TrimRight(line, " ")
	if i := strings.LastIndexByte(line, ' '); i > 0 {
		if j := strings.LastIndexByte(line[:i], ' '); j > 0 {
			line = line[j+1:]
		}
	}
	k := keyOf(line)
	if i := strings.LastIndexByte(k, ' '); i >= 0 {
		k = k[i+1:]
	}
	return slices.Contains(authorityPrepositions, k) || k == "thuộc" || k == "tại" || k == "trên" || k == "các"
}

// asksName reports a subject's line that ends on a word asking for a
// name or a number after it: "… của", "… của Luật", "… số 104-".
func asksName(line string) bool {
	if strings.HasSuffix(line, "-") || danglingEnd(line) {
		return true
	}
	k := keyOf(line)
	if i := strings.LastIndexByte(k, ' '); i >= 0 {
		k = k[i+1:]
	}
	switch k {
	case "luật", "bộ", "sở", "số", "tỉnh", "thành", "ủy", "ban", "chương", "nghị", "quyết", "chỉ":
		return true
	}
	// a verb whose object is a document's name: "V/v triển khai thực
	// hiện" / "" / "Chương trình hành động số 104-CTr/TU …"
	k = keyOf(line)
	for _, v := range objectVerbs {
		if k == v || strings.HasSuffix(k, " "+v) {
			return true
		}
	}
	return false
}

// objectVerbs end a subject's line when what they act on comes next.
var objectVerbs = []string{"thực hiện", "triển khai", "ban hành", "phê duyệt", "hướng dẫn", "công bố", "sửa đổi", "bổ sung",
	"góp ý", "tổng kết", "sơ kết", "quán triệt"}

// looseMotto returns the span of the motto in t as a scan may garble it
// between its ends ("Doc lap - Tw do - Hanh phuc"): "độc lập", then within
// a few bytes "hạnh phúc", read bare; -1, -1 when there is none.
func looseMotto(t string) (int, int) {
	a, ae := vntext.IndexBare(t, "độc lập")
	if a < 0 {
		return -1, -1
	}
	b, be := vntext.IndexBare(t[ae:], "hạnh phúc")
	if b < 0 || b > maxMottoMiddle {
		return -1, -1
	}
	return a, ae + be
}

// mottoLine reports a line that is the motto, garbled between its ends
// or not.
func mottoLine(t string) bool {
	if !vntext.RunesAtMost(t, maxMottoLine) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); vntext.BareRune(r) != 'd' {
		return false // the motto opens with "Độc": most lines are none, cheaply
	}
	a, b := looseMotto(t)
	return a == 0 && strings.TrimSpace(trimRuleTail(t[b:])) == ""
}

// conferenceLine reports a subject line that names a conference by its
// number and not yet whose it is: "HỘI NGHỊ LẦN THỨ BA", as a scan may
// leave it ("HỘI NGHỊ LÀN THỨ BA").
func conferenceLine(line string) bool {
	b := vntext.Bare(line)
	return strings.HasPrefix(b, "hoi nghi lan thu ") && strings.Count(b, " ") <= 4
}

// authorityPrepositions make a post that follows them part of the subject.
var authorityPrepositions = []string{"của", "cho", "với", "và", "thuộc", "đối", "giữa", "về"}

// joinSubject joins the subject's lines with one space, except where a
// line break fell inside a symbol after its hyphen ("Chỉ thị số 24-" /
// "CT/TU"): there the halves are joined again and the repair recorded.
func (p *docParser) joinSubject(lines []string, first int) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			if brokenSymbol(prev, l) {
				p.repair(directive.RepairWrappedLine, "subject", first+i, lastField(prev)+" "+firstField(l),
					lastField(prev)+firstField(l))
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return unquote(b.String())
}

// unquote takes off the quotation marks that enclose a whole subject:
// "“VỀ VIỆC BAN HÀNH QUY CHẾ …”".
func unquote(s string) string {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}} {
		if in, ok := strings.CutPrefix(s, q[0]); ok {
			if in, ok := strings.CutSuffix(in, q[1]); ok && !strings.Contains(in, q[0]) {
				return strings.TrimSpace(in)
			}
		}
	}
	return s
}

// subjectResumes reports whether the subject goes on after the blank line
// at i: the next non-blank line starts with a lower-case word, so it
// continues the sentence ("Kết luận của Bộ trưởng …" / "" / "tại Hội
// nghị …"), or, after a subject in capitals, with "VỀ".
func (p *docParser) subjectResumes(i, end int, caps bool, last string, dateDue bool) bool {
	for j := i + 1; j < end && j <= i+subjectGap; j++ {
		switch p.kind(j) {
		case lkBlank:
			continue
		case lkDate:
			// a V/v cut by the date row, going on below it
			return dateDue && p.vvCutAt(j, end, last)
		case lkText:
			t := p.lines[j].text
			if caps && vntext.IsCaps(t) && strings.HasPrefix(p.key(j), "về ") && vntext.RunesAtMost(t, maxTitleLine) {
				return true // "… KHÓA XI" / "" / "VỀ NÂNG CAO CHẤT LƯỢNG …"
			}
			if caps && (strings.HasSuffix(last, ",") || strings.Count(strings.TrimSpace(last), " ") <= 1) && vntext.IsCaps(t) && vntext.RunesAtMost(t, maxTitleLine) && !p.isAuthorityLine(j, nil) {
				// "… CHO CON LIỆT SĨ," / "" / "CON THƯƠNG BINH NẶNG, …";
				// "… GIẢI QUYẾT VIỆC" / "NUOI" / "" / "CON NUÔI …": a
				// word or two a scan cut from the line above
				return true
			}
			r, _ := utf8.DecodeRuneInString(t)
			if !caps && asksName(last) && unicode.IsUpper(r) && !strings.HasSuffix(t, ":") && vntext.RunesAtMost(t, maxSubjectLine) &&
				!startsBody(p.key(j)) && p.kind(j) == lkText {
				// "… theo quy định của Luật" / "" / "Khám bệnh, chữa bệnh": a
				// scan's blank lines inside a wrapped V/v, the name the
				// last word asks for
				return true
			}
			if !caps && len(t) <= 4 && vntext.AllDigits(t) && !endsSentence(last) {
				return true // "… của Luật hải quan" / "" / "2014"
			}
			if !endsSentence(last) && strings.Count(t, " ") <= 1 && j+1 < end && p.kind(j+1) == lkKinhGui {
				return true // "… giáo viên tiểu học" / "" / "TCCN" / "Kính gửi: …": the last words wrapped
			}
			return unicode.IsLower(r) && !startsBody(p.key(j)) && vntext.RunesAtMost(t, maxSubjectLine)
		default:
			return false
		}
	}
	return false
}

// dropEndSpecks cuts the marks a scan left at the end of a line of words
// ("CHO CON LIỆT SĨ, :", "ĐỂ TIẾP NHẬN, GIẢI x=", "… LUẬT KBCB „"): tokens
// with no letter or digit, or a letter glued to such marks, after the
// last word. A closing bracket, quote or full stop is no speck.
func dropEndSpecks(t string) (string, bool) {
	f := strings.Fields(t)
	n := len(f)
	for n > 1 && (endSpeck(f[n-1]) || isDashWord(f[n-1]) && n > 2 && endSpeck(f[n-2])) {
		n-- // a dash between specks is one too: "QUY . - „"
	}
	if n == len(f) || n == 0 || strings.IndexFunc(strings.Join(f[:n], " "), unicode.IsLetter) < 0 {
		return t, false
	}
	return strings.Join(f[:n], " "), true
}

// isDashWord reports a dash standing alone.
func isDashWord(w string) bool { return w == "-" || w == "–" || w == "—" }

// endSpeck reports a token a scan made of dust: marks only ("„", "_-",
// ":", ".", "=", "¬"), or one letter glued to "=" or "„" ("x="). A dash
// alone (between names) and a closing bracket or quote alone are no dust.
func endSpeck(w string) bool {
	if isDashWord(w) {
		return false // "… Bến Thành -" / "Suối Tiên": a dash between names
	}
	switch w {
	case ")", "]", "”", "\"", "…", "...", "…)", "...)":
		return false // "…": and so on
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			return false
		case letters > 0 && strings.ContainsRune(")]”\"'.!?%", r):
			return false // "LUẬT.", "(ĐỢT 1)"
		}
	}
	return letters == 0 || letters == 1 && strings.ContainsAny(w, "=„¬~")
}

// vvCutAt reports a V/v subject, last its line so far, that the date
// row at i cut and that goes on below it: the next line, blank lines
// apart, opens in lower case.
func (p *docParser) vvCutAt(i, end int, last string) bool {
	if endsSentence(last) {
		return false
	}
	for j := i + 1; j < end && j <= i+1+subjectGap; j++ {
		switch p.kind(j) {
		case lkBlank:
			continue
		case lkText:
			return unicode.IsLower(firstRune(p.lines[j].text)) && !startsBody(p.key(j))
		default:
			return false
		}
	}
	return false
}

// isAuthorityLine reports a line in capitals that names the enacting
// authority after the subject: it opens with a post ("CHỦ TỊCH …") or
// with the issuer's name ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" under the
// issuer "ỦY BAN NHÂN DÂN").
func (p *docParser) isAuthorityLine(i int, issuer []string) bool {
	t := p.lines[i].text
	if !vntext.IsCaps(t) {
		return false
	}
	k := p.key(i)
	for _, w := range authorityTitleKeys {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	// words glued by the scan: "CHỦ TỊCHỦY BAN …", "BANCHỈ ĐẠO …"
	bk := frame.BareKey(k)
	for _, w := range authorityTitleBare {
		if strings.HasPrefix(bk, w) {
			return true
		}
	}
	if len(issuer) == 0 {
		return false
	}
	ik := keyOf(clipKey(strings.Join(issuer, " ")))
	// The issuer proper is the last group of lines that opens with a body
	// name ("TỔNG CỤC THUẾ" under "BỘ TÀI CHÍNH"), not a wrapped line
	// ("TỈNH KIÊN GIANG").
	g := len(issuer) - 1
	for g > 0 && !startsBodyName(keyOf(clipKey(issuer[g]))) {
		g--
	}
	last := keyOf(clipKey(strings.Join(issuer[g:], " ")))
	for _, w := range []string{ik, last} {
		if strings.Count(w, " ") >= 1 && (strings.HasPrefix(k, w) || strings.HasPrefix(w, k) && len(k) > len(w)/2) {
			return true
		}
	}
	if bi := frame.BareKey(ik); utf8.RuneCountInString(bi) >= minBareIssuer && strings.HasPrefix(bk, bi) {
		return true
	}
	return false
}

// subjectGoesOn decides whether line i continues the subject.
func (p *docParser) subjectGoesOn(i int, kind lineKind, h *headerState) bool {
	t := p.lines[i].text
	// A line that leads into the body ("Tại cuộc họp …, kết luận như
	// sau:") or runs as long as a paragraph is not part of the subject.
	if len(h.subject) > 0 && (strings.HasSuffix(t, ":") || !vntext.RunesAtMost(t, maxSubjectLine)) {
		return false
	}
	// A subject in capitals may open with, or wrap onto, a type name
	// ("QUYẾT ĐỊNH" / "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO …").
	typeWord := kind == lkType && h.inTypeSubj && (len(h.subject) == 0 || h.subjectCaps && vntext.IsCaps(t))
	// The date of a document the subject cites, wrapped onto a line's
	// start ("… QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG" / "NGÀY 26 THÁNG 4 NĂM 2013
	// CỦA …"), once the header's own date is read.
	citedDate := kind == lkDate && h.sawDate && len(h.subject) > 0 && strings.HasPrefix(p.key(i), "ngày ") && vntext.IsCaps(t) == h.subjectCaps
	// and its number ("… KÈM THEO NGHỊ QUYẾT" / "SỐ 09/2022/NQ-HĐND NGÀY
	// …"), once the header's own number is read
	citedNumber := kind == lkNumber && h.sawNumber && len(h.subject) > 0 && h.subjectCaps && vntext.IsCaps(t) && strings.HasPrefix(p.key(i), "số ")
	if kind != lkText && !typeWord && !citedDate && !citedNumber || len(h.subject) >= maxSubjectLines {
		return false
	}
	if h.inTypeSubj {
		if len(h.subject) > 0 && vntext.IsCaps(t) && !h.subjectCaps {
			return false // "CHỦ TỊCH ỦY BAN NHÂN DÂN …" after the subject
		}
		if r, _ := utf8.DecodeRuneInString(t); len(h.subject) > 0 && h.subjectCaps && unicode.IsUpper(r) && !vntext.IsCaps(t) {
			return false // a sentence after a subject in capitals
		}
		if len(h.subject) > 0 && danglingEnd(h.subject[len(h.subject)-1]) {
			return true // "… ĐƠN VỊ TRỰC THUỘC" / "BỘ Y TẾ": the name the subject's last word asks for
		}
		if len(h.subject) > 0 && conferenceLine(h.subject[len(h.subject)-1]) && vntext.IsCaps(t) {
			return true // "HỘI NGHỊ LẦN THỨ BA" / "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIV": whose conference
		}
		if (len(h.subject) > 0 || len(h.issuer) > 0) && p.isAuthorityLine(i, h.issuer) {
			return false // an authority line, even with no subject before it (công điện)
		}
		if len(h.subject) > 0 && vntext.IsCaps(t) && startsBodyName(p.key(i)) && p.bodyNext(i) {
			return false // the enacting body above "Căn cứ …", when no issuer was read
		}
		if sectionMarker(t) != "" || isAnnexLine(t) {
			return false
		}
		// The first line after the type name is the subject even when it
		// opens like a body ("thực hiện Chỉ thị số …"), and so is a line
		// in capitals under a subject in capitals ("… NGÂN SÁCH NHÀ NƯỚC"
		// / "THỰC HIỆN CHƯƠNG TRÌNH …"): a body's sentence is not.
		if len(h.subject) > 0 && h.subjectCaps && vntext.IsCaps(t) && !strings.HasSuffix(h.subject[len(h.subject)-1], ".") {
			return true
		}
		return len(h.subject) == 0 || !startsBody(p.key(i)) && !(unicode.IsUpper(firstRune(t)) && opensNarrative(p.key(i)))
	}
	// A V/v subject: stop at a line that starts the body, unless nothing
	// but "V/v" has been read ("V/v" / ": Thực hiện …").
	if len(h.subject) == 1 && len(strings.Trim(h.subject[0], "VvĐđ/:.ềỀ ")) == 0 {
		return true
	}
	return !startsBody(p.key(i)) && !(unicode.IsUpper(firstRune(t)) && opensNarrative(p.key(i)))
}

// sentenceLine reports a line in sentence case that no label opens: a
// Party letter's subject under its number ("Giới thiệu cán bộ tham gia
// đội ngũ").
func sentenceLine(t string) bool {
	first, rest := splitWords(t, 1)
	return unicode.IsUpper(firstRune(first)) && startsLower(strings.TrimSpace(rest)) && !strings.Contains(t, ":")
}

// numberAhead reports a number line ("Số: …/…") among the next lines
// after i, blank lines aside.
func (p *docParser) numberAhead(i int) bool {
	for j, n := i+1, 0; j < len(p.lines) && n < 2; j++ {
		t := p.lines[j].text
		if t == "" {
			continue
		}
		n++
		if _, ok := cutSo(t); ok && strings.Contains(t, "/") && vntext.RunesAtMost(t, maxHeaderLine) {
			return true
		}
	}
	return false
}

// headerPiece handles one column piece of a header line. It returns true
// when the piece starts the body.
//
// It is one switch with a case per kind of header line, tried in an order
// that matters (a national phrase before a number, a number before a date,
// a date before a type name); kept whole so the order reads at a glance.
func (p *docParser) headerPiece(i int, t string, h *headerState) bool {
	d := p.d
	l := p.lines[i]
	var k string
	if t == l.text {
		k = p.key(i)
	} else {
		k = keyOf(vntext.PrefixRunes(t, lineKeyLen))
	}
	nat := frame.NationalPrefix(t)
	if nat == "" && mottoLine(t) {
		nat = frame.KeyTieuNgu // "Doc lap - Tw do - Hanh phuc"
	}
	switch {
	case t == "" || isRule(t):
		return false
	case k == "độc lập" && strings.HasSuffix(t, "-") && slices.Contains(h.national, frame.KeyQuocHieu):
		// the motto broken after "Độc lập -" (a PDF's two columns)
		h.national = append(h.national, frame.KeyTieuNgu)
		d.NationalHeader = append(d.NationalHeader, "Độc lập -")
		return false
	case mottoTail(k) && len(d.NationalHeader) > 0 && strings.HasSuffix(d.NationalHeader[len(d.NationalHeader)-1], "Độc lập -"):
		// the motto broken after "Độc lập -": its tail on the next line
		d.NationalHeader[len(d.NationalHeader)-1] += " " + trimRuleTail(t)
		return false
	case nat != "" && slices.Contains(h.national, nat):
		p.repair(directive.RepairChrome, "national_header", l.no, t, "")
		return false
	case nat == frame.KeyQuocHieu || nat == frame.KeyTieuNgu:
		h.national = append(h.national, nat)
		d.NationalHeader = append(d.NationalHeader, t)
		if d.Bloc == directive.BlocUnspecified {
			d.Bloc = directive.BlocState
		}
		return false
	case nat == frame.KeyDang:
		h.national = append(h.national, nat)
		d.NationalHeader = append(d.NationalHeader, t)
		d.Bloc = directive.BlocParty
		return false
	case isNumberLine(t) && !h.sawNumber && !(len(h.issuer) > 0 && issuerCites(h.issuer[len(h.issuer)-1], t)):
		h.sawNumber = true
		h.partyLetter = strings.Contains(t, "-CV/")
		if kind, j := typedNumber(t); j > 0 && d.Type == directive.KindUnspecified {
			d.Type = kind // "Nghị quyết số: 45/2024/UBTVQH15"
		}
		if k := indexVvAfter(t); k > 0 {
			// one cell: "Số: 1234/UBND-VX V/v tăng cường …"
			p.readSymbol(l, strings.TrimSpace(t[:k]))
			h.inVv, h.subjectLine, h.subjectCaps = true, l.no, vntext.IsCaps(t[k:])
			h.subject = append(h.subject[:0], t[k:])
			if d.Type == directive.KindUnspecified {
				d.Type = directive.KindOfficialLetter
			}
			return false
		}
		if strings.HasSuffix(strings.TrimSpace(t), "-") {
			// the symbol wrapped at a dash: "Số: 24 /HDLN-BCA-BQP-BYT-" /
			// "ВСТ-ВТC-VKSNDTC-TANDTC"
			for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
				if nt := p.lines[j].text; codesLine(nt) {
					t = strings.TrimSpace(t) + strings.TrimSpace(nt)
					h.skip = j
					break
				}
			}
		}
		p.readSymbol(l, t)
		return false
	case isVv(t) || isVe(t) && !h.sawType || (isVeBare(t) || h.partyLetter && sentenceLine(t)) && h.sawNumber && !h.sawDate && !h.sawType && len(h.subject) == 0:
		// a Party letter's "Về …" under its number, before the date line,
		// or its subject there with no label ("Giới thiệu cán bộ …")
		h.inVv, h.subjectLine, h.subjectCaps = true, l.no, vntext.IsCaps(t)
		h.subject = append(h.subject[:0], t)
		if d.Type == directive.KindUnspecified && !vntext.RunesAtMost(strings.Trim(t, " :."), 3) {
			d.Type = directive.KindOfficialLetter // not on a bare "V/v": a subject, left blank, shows no type
		}
		return false
	}
	if u, s, ok := markOf(t, k); ok {
		if u != "" {
			d.Urgency = u
		} else {
			d.Secrecy = s
		}
		return false
	}
	if j := dateAt(t); !h.sawDate && j >= 0 && placeBefore(t[:j]) {
		h.sawDate = true
		p.readDateLine(l, t)
		return false
	}
	if kind, rest, ok := typeLine(t, k); ok && !h.sawType {
		h.sawType = true
		if slices.Contains(typeQualifiers, keyOf(rest)) {
			rest = "" // "KẾ HOẠCH QUỐC GIA": the kind of plan, its subject below
		}
		if d.Type != directive.KindUnspecified && d.Type != kind && d.Type != directive.KindOfficialLetter {
			return false
		}
		d.Type = kind
		if name := strings.ToUpper(kind.Label()); rest == "" && keyOf(t) != keyOf(name) {
			// the type name a scan misspelt ("KÉT LUẬN", "THÔNG BA O"),
			// read as itself
			p.repair(directive.RepairMisreadLabel, "type", l.no, t, name)
		} else if head := strings.TrimSpace(strings.TrimSuffix(t, rest)); rest != "" && vntext.Bare(head) == vntext.Bare(name) && keyOf(head) != keyOf(name) {
			p.repair(directive.RepairMisreadLabel, "type", l.no, head, name)
		}
		h.inTypeSubj, h.subjectLine, h.subjectCaps = true, l.no, true
		h.subject = h.subject[:0]
		if u, _, ok := markOf(rest, keyOf(rest)); ok && u != "" {
			d.Urgency, rest = u, "" // "CÔNG ĐIỆN KHẨN", "CÔNG ĐIỆN HỎA TỐC"
		}
		if rest != "" {
			h.subject = append(h.subject, rest)
			h.subjectCaps = vntext.IsCaps(rest)
		}
		return false
	}
	if vntext.IsCaps(t) && !h.sawType && (h.sawNumber || h.sawDate || len(h.issuer) > 0) && sectionMarker(t) != "" {
		// "I. MỤC ĐÍCH", "A- TÌNH HÌNH": a body's heading, as "1. …" is,
		// neither an issuer's line nor a subject
		return true
	}
	if vntext.IsCaps(t) && !h.sawType && !h.afterSubject && h.sawNumber && h.sawDate && len(h.issuer) > 0 && t == l.text {
		// After the whole header and no type line: the authority line
		// opens the body; any other line in capitals is the subject of a
		// document whose type name was lost ("VỀ VIỆC …", "BAN HÀNH …").
		if p.isAuthorityLine(i, h.issuer) {
			return true
		}
		if j := p.nextNonBlank(i); j > 0 && p.kind(j) == lkType {
			// "… năm 2024 CH" / "" / "TỜ TRÌNH": the type comes below; what
			// stands before it is no subject
			p.repair(directive.RepairSetAside, "", l.no, strings.TrimSpace(t), "")
			return false
		}
		h.sawType = true
		h.inTypeSubj, h.subjectLine, h.subjectCaps = true, l.no, true
		h.subject = append(h.subject[:0], t)
		return false
	}
	if len(h.issuer) > 0 && !h.sawType && issuerCites(h.issuer[len(h.issuer)-1], t) {
		// "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT": the end of the name
		h.issuer[len(h.issuer)-1] += " " + strings.TrimSpace(t)
		return false
	}
	if vntext.IsCaps(t) && !h.sawType && !h.afterSubject && (!strings.ContainsAny(t, "0123456789/") || issuerWithNumber(t, k) || citesBody(t)) {
		if t == "*" {
			return false
		}
		if issuerScrap(t) {
			// "II", "LÓ": a scan's reading of a rule or a seal; "HỘI CHỦ
			// NGHĨA VIỆT NAM": a half of the national header it damaged
			p.repair(directive.RepairSetAside, "", l.no, strings.TrimSpace(t), "")
			return false
		}
		// a column piece keeps the rule under the issuer: "VĂN PHÒNG CHÍNH PHỦ -------"
		h.issuer = append(h.issuer, trimRuleTail(strings.Trim(t, " *")))
		return false
	}
	if !h.sawType && specksOnly(t) {
		// "[", "\" `": a scan's specks between the pieces of the columns
		p.repair(directive.RepairSetAside, "", l.no, strings.TrimSpace(t), "")
		return false
	}
	// Anything else ends the header once something of it has been read.
	return h.sawNumber || h.sawDate || h.sawType || len(h.issuer) > 0
}

// splitColumns cuts a header line that holds both columns into pieces:
// "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "Số: 12/UBND-VX Hà Nội, ngày …".
func (p *docParser) splitColumns(i int) []string {
	t := p.lines[i].text
	if !vntext.RunesAtMost(t, maxHeaderLine) {
		return []string{t}
	}
	var pieces []string
	rest := t
	if !frame.MayBeNational(t) {
		if mottoLine(t) {
			return []string{t}
		}
		if a, b := looseMotto(rest); a > 0 && strings.TrimSpace(rest[:a]) != "" {
			// the motto a scan garbled beside the issuer's last line:
			// "TỈNH LÀO CAI    Doc lap - Tw do - Hanh phuc"
			pieces := []string{strings.TrimSpace(rest[:a]), strings.TrimSpace(rest[a:b])}
			if r := strings.TrimSpace(rest[b:]); r != "" {
				pieces = append(pieces, r)
			}
			p.repair(directive.RepairColumns, "", p.lines[i].no, t, strings.Join(pieces, " | "))
			return pieces
		}
		// the motto's tail beside the issuer's last line, when a PDF
		// broke the motto after "Độc lập -"
		if j := phraseIndex(rest, mottoTailKey); j > 0 && strings.TrimSpace(rest[:j]) != "" {
			p.repair(directive.RepairColumns, "", p.lines[i].no, t, rest[:j]+" | "+rest[j:])
			return []string{strings.TrimSpace(rest[:j]), strings.TrimSpace(rest[j:])}
		}
		if j := dateAt(rest); j > 0 {
			if ps := placeStart(rest, j); ps > 0 && ps < j && strings.TrimSpace(rest[:ps]) != "" {
				p.repair(directive.RepairColumns, "", p.lines[i].no, t, rest[:ps]+" | "+rest[ps:])
				return []string{strings.TrimSpace(rest[:ps]), strings.TrimSpace(rest[ps:])}
			}
		}
		return []string{t}
	}
	for _, ph := range []string{frame.KeyQuocHieu, frame.KeyTieuNgu, frame.KeyDang} {
		j, end := phraseIndex(rest, ph), 0
		if j > 0 {
			end = phraseEnd(rest[j:], ph)
		} else if a, b := vntext.IndexBare(rest, ph); a > 0 {
			j, end = a, b-a // a scan's "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIÊT NAM"
		} else if ph == frame.KeyTieuNgu {
			if a, b := looseMotto(rest); a > 0 {
				j, end = a, b-a // "TONG CUC HAI QUAN Độc lập - Tự do - Hanh phúc"
			}
		}
		if j > 0 {
			left := strings.TrimSpace(rest[:j])
			right := rest[j:]
			if isRule(left) {
				left = ""
			}
			if left != "" {
				pieces = append(pieces, left)
			}
			// The phrase itself, then whatever follows it.
			pieces = append(pieces, strings.TrimSpace(right[:end]))
			rest = strings.TrimSpace(right[end:])
			if rest == "" {
				break
			}
		}
	}
	if len(pieces) == 0 {
		if left, motto, ok := p.wrappedMotto(i, rest); ok {
			// a scan read the two columns row by row and the motto's
			// column wrapped: "ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ
			// NGHĨA VIỆT" / "BẮC GIANG NAM"
			pieces = append(pieces, left, motto)
			rest = ""
		}
	}
	if rest != "" {
		if j := dateAt(rest); j > 0 {
			ps := placeStart(rest, j)
			if ps > 0 && ps < j && strings.TrimSpace(rest[:ps]) != "" {
				pieces = append(pieces, strings.TrimSpace(rest[:ps]), strings.TrimSpace(rest[ps:]))
				rest = ""
			}
		}
	}
	if rest != "" {
		pieces = append(pieces, rest)
	}
	if len(pieces) > 1 {
		p.repair(directive.RepairColumns, "", p.lines[i].no, t, strings.Join(pieces, " | "))
	}
	return pieces
}

// readSymbol reads the number and symbol from a "Số" piece.
func (p *docParser) readSymbol(l docLine, t string) {
	d := p.d
	rest, _ := cutSo(t)
	if isBlankNumber(rest) {
		// a form issued for the clerk to number: the symbol's tail is
		// printed, the number is not
		p.repair(directive.RepairFormBlank, "symbol", l.no, strings.TrimSpace(t), "")
		return
	}
	rest = strings.TrimLeft(rest, ": ")
	toks := vntext.Fields(rest)
	n := 0
	for n < len(toks) && isSymbolToken(toks[n]) {
		n++
	}
	toks = toks[:n]
	printed := strings.Join(toks, " ")
	if len(toks) >= 3 && vntext.AllDigits(toks[0]) && vntext.AllDigits(toks[1]) && len(toks[0])+len(toks[1]) <= 6 && strings.ContainsAny(toks[2][:1], "/-") {
		// a scan's space inside the number: "Số: 3 70 /TCHQ-TXNK"
		toks = append([]string{toks[0] + toks[1]}, toks[2:]...)
	}
	if len(toks) == 0 {
		p.fail(l.no, l.raw, rest, "symbol", "no number and symbol after \"Số\"")
		p.illegibleNumber(l, rest)
		return
	}
	cand := strings.Join(toks, " ")
	repaired := cand
	slashRepair := false
	if len(toks) >= 2 && vntext.AllDigits(toks[0]) && !strings.ContainsAny(toks[1][:1], "/-–—") &&
		!strings.ContainsAny(toks[0][len(toks[0])-1:], "/-") {
		sep := "/"
		if strings.Contains(strings.Join(toks[1:], ""), "/") {
			sep = "-" // Party: <n>-<TYPE>/<ISSUER>
		}
		repaired = toks[0] + sep + strings.Join(toks[1:], " ")
		slashRepair = true
	}
	sym, rep, err := directive.ParseSymbolLenient(repaired)
	if err != nil {
		p.fail(l.no, l.raw, toks[0], "symbol", "cannot read the number and symbol: "+err.Error())
		if nd, ok := leadingDigitsAny(toks[0]); ok && (nd == len(toks[0]) || strings.ContainsRune("/-", rune(toks[0][nd]))) {
			d.Number = toks[0][:nd] // the digits whole, the symbol after them broken; "34ÚŸ" is no number
		}
		p.illegibleNumber(l, rest)
		return
	}
	d.Symbol = sym
	d.Number = sym.Number()
	if ps, _ := placeInLine(rest); ps > 0 && !strings.Contains(rest[:ps], ",") {
		p.placeDateAfter(l, rest)
	}
	switch {
	case slashRepair:
		p.repair(directive.RepairSymbolSlash, "symbol", l.no, printed, sym.String())
	case rep&^directive.RepairTrimmed != 0 || printed != sym.String():
		p.repair(directive.RepairSymbolSpace, "symbol", l.no, printed, sym.String())
	}
}

// codesLine reports a line that is only the codes a symbol wrapped onto
// it: capitals (Latin or their Cyrillic and Greek look-alikes), digits and
// dashes, no word in lower case.
func codesLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsRune(t, ' ') || !strings.ContainsRune(t, '-') {
		return false
	}
	for _, r := range t {
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' || r == '/' || r == '&' || r == 'đ') {
			return false
		}
	}
	return true
}

// illegibleNumber keeps a number line a scan damaged as printed, in a
// repair, and reads the place and date it ran on into ("Số: ÊđŠ
// /HC-CNHC Hà Nội, ngày sÈŸ tháng 4 năm 2026"): the words before ",
// ngày" are the place; the date is read when it can be, and is null with
// a finding when its day is illegible.
func (p *docParser) illegibleNumber(l docLine, rest string) {
	ps, _ := placeInLine(rest)
	num := rest
	if ps > 0 {
		num = rest[:ps]
	}
	p.repair(directive.RepairIllegible, "symbol", l.no, strings.TrimSpace(strings.TrimLeft(num, ": ")), "")
	p.placeDateAfter(l, rest)
}

// placeDateAfter reads the place and date a number line ran on into
// ("Số: 4046 /TCT-TTKT Hà Nội, ngàyA2 thang 3 năm 2020") when no column
// split set them apart: the words before ", ngày" are the place; the date
// is read when it can be, and is null with a finding when its day is
// illegible.
func (p *docParser) placeDateAfter(l docLine, rest string) {
	d := p.d
	ps, comma := placeInLine(rest)
	if ps < 0 || d.Place != "" || !d.Date.IsZero() {
		return
	}
	tail := rest[ps:]
	if dateAt(tail) >= 0 {
		p.readDateLine(l, tail)
		return
	}
	d.Place = strings.TrimSpace(rest[ps:comma])
	p.fail(l.no, l.raw, strings.TrimSpace(rest[comma+1:]), "date", "cannot read the date: the day is illegible")
	p.repair(directive.RepairIllegible, "date", l.no, strings.TrimSpace(rest[comma+1:]), "")
}

// placeInLine finds a place's name before ", ngày" in s: where it starts
// (its capitalised words, at most maxDatePlaceWords) and where its comma
// is; -1, -1 when there is none.
func placeInLine(s string) (start, comma int) {
	comma = strings.Index(s, ", ngày")
	if comma < 0 {
		comma = strings.Index(s, ", Ngày")
	}
	if comma < 0 {
		return -1, -1
	}
	start = -1
	for i, n := comma, 0; i > 0 && n < maxDatePlaceWords; n++ {
		j := strings.LastIndexByte(s[:i], ' ') + 1
		w := s[j:i]
		if w == "" || !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, "/-0123456789") {
			break
		}
		start, i = j, max(j-1, 0)
	}
	return start, comma
}

// placeWithoutSpecks is a place's name without what no name holds: the
// marks a scan's specks make (";", "\\", "*", "|"), at its start or
// inside a word. Letters, digits, spaces and ".-'()" stay.
func placeWithoutSpecks(place string) string {
	t := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune(" .-'()", r) {
			return r
		}
		return -1
	}, place)
	return strings.Join(strings.Fields(strings.TrimLeft(t, ".-')")), " ")
}

// readDateLine reads "Hà Nội, ngày 04 tháng 10 năm 2023".
func (p *docParser) readDateLine(l docLine, t string) {
	d := p.d
	j := dateAt(t)
	text := t
	if ps := placeStart(t, j); ps > 0 && ps < j {
		text = t[ps:]
	}
	if k := strings.Index(text, ". ngày"); k > 0 && k < len(text)-len(t[j:]) && !strings.Contains(text[:k], ",") {
		// "Hà Nội. ngày 09 tháng 11 năm 2023": a scan read the comma as a
		// full stop
		p.repair(directive.RepairDateFormat, "date", l.no, text, text[:k]+","+text[k+1:])
		text = text[:k] + "," + text[k+1:]
	}
	if isBlankDate(t[j:]) {
		// a form dated by the clerk: the place is printed, the day is not
		if c := strings.LastIndexByte(text[:min(len(text), j)], ','); c > 0 {
			d.Place = strings.TrimSpace(text[:c])
		}
		p.repair(directive.RepairFormBlank, "date", l.no, strings.TrimSpace(t[j:]), "")
		return
	}
	place, date, err := directive.ParseDateLine(text)
	if y, ok := noteMarkedYear(text); err != nil && ok {
		// "năm 20264": a PDF's footnote mark glued to the year
		if pl, dt, e := directive.ParseDateLine(y); e == nil {
			place, date, err = pl, dt, nil
		}
	}
	if err != nil {
		p.fail(l.no, l.raw, t[j:], "date", "cannot read the date: "+err.Error())
		aside := t // what no field holds, kept as printed
		if c := strings.LastIndexByte(text[:min(len(text), j)], ','); c > 0 {
			d.Place = strings.TrimSpace(text[:c])
			aside = t[j:]
		}
		p.repair(directive.RepairSetAside, "", l.no, strings.TrimSpace(aside), "")
		return
	}
	if strings.Count(place, " ") >= maxDatePlaceWords {
		// the other column's text before the place ("Độc lập - Tự do -
		// … Nghệ An, ngày …"): the place is the capitalised words before
		// the comma
		if ps := placeStart(place+", ", len(place)+2); ps > 0 && ps < len(place) {
			p.repair(directive.RepairColumns, "", l.no, place, strings.TrimSpace(place[:ps])+" | "+place[ps:])
			place = place[ps:]
		} else {
			// no place's words to be found: none is read
			p.repair(directive.RepairSetAside, "", l.no, place, "")
			place = ""
		}
	}
	if place != "" && !placeBefore(place) {
		// "Nghệ5AT": no place's name holds a digit (but "Quận 2"), and a
		// date line under such a place is read as none; the date stays
		p.repair(directive.RepairSetAside, "", l.no, place, "")
		place = ""
	}
	if t := placeWithoutSpecks(place); t != strings.Join(strings.Fields(place), " ") && t != "" {
		// ";ghệ An", "Qu;\\ảng Ngãi": a scan's specks in the place,
		// which no place's name holds
		p.repair(directive.RepairScanSpecks, "place", l.no, place, t)
		place = t
	}
	d.Place, d.Date = place, date
	got := strings.TrimSpace(text[strings.LastIndexByte(text, ',')+1:])
	want := directive.FormatDate(date, directive.DateWords)
	if got != want {
		p.repair(directive.RepairDateFormat, "date", l.no, got, want)
	}
}

// noteMarkedYear returns a date line whose year runs on into one or two
// digits more ("… năm 20264", a footnote's mark printed after it) with
// the year alone, when its first four digits make a year of the
// Republic's documents.
func noteMarkedYear(text string) (string, bool) {
	t := strings.TrimRight(text, " .")
	i := strings.LastIndex(t, "năm ")
	if i < 0 {
		return "", false
	}
	digits := t[i+len("năm "):]
	if n := len(digits); n < 5 || n > 6 || !vntext.AllDigits(digits) {
		return "", false
	}
	if y, err := strconv.Atoi(digits[:4]); err != nil || y < 1945 || y > 2100 {
		return "", false
	}
	return t[:i+len("năm ")+4], true
}

// nextNonBlank returns the index of the first line after i with text,
// within a few lines, or -1.
func (p *docParser) nextNonBlank(i int) int {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		if p.lines[j].text != "" {
			return j
		}
	}
	return -1
}

// specksOnly reports a line of a scan's specks: no word, no number ("[",
// "_", '" `').
func specksOnly(t string) bool { return scanScrap(t) && !hasDigitOrSlash(t) }

// gluedSpeck reports one word a scan opened with punctuation (";ghệ"),
// which no header field or trích yếu starts with.
func gluedSpeck(t string) bool {
	return t != "" && strings.IndexByte(";:,.", t[0]) >= 0 && !strings.ContainsRune(t, ' ')
}

// issuerScrap reports a line in capitals that cannot be an issuer's:
// two letters or fewer that are no body's word, or a part of the national
// header ("… CHỦ NGHĨA VIỆT NAM", "CỌỘNG HÓA XÃ HỘI") that a scan damaged
// past reading as one.
func issuerScrap(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters <= 2 {
		switch keyOf(strings.Trim(t, " *.:-")) {
		case "bộ", "sở", "vụ", "ủy":
			return false
		}
		return true
	}
	b := frame.BareKey(keyOf(t))
	return strings.Contains(b, "chunghiaviet") || strings.Contains(b, "onghoaxahoi")
}

// setIssuer splits the issuer lines into the parent body and the issuer:
// each line that starts a new body name opens a group; the last group is
// the issuer and the ones before it the parent.
func (p *docParser) setIssuer(lines []string) {
	if len(lines) == 0 {
		return
	}
	if len(lines) == 1 {
		lines = splitFlatIssuer(lines[0])
	}
	var groups [][]string
	for i, t := range lines {
		// "THƯỜNG TRỰC" / "HĐND - UBND TỈNH …", "ỦY BAN THƯỜNG VỤ" /
		// "QUỐC HỘI": a role, or a committee named by its role, belongs to
		// the body on the next line.
		if i > 0 && (awaitsBody(keyOf(clipKey(lines[i-1]))) || cutInName(keyOf(clipKey(lines[i-1])), keyOf(clipKey(t)))) {
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
			continue
		}
		// a word alone is the end of the line above wrapped ("BỘ TÀI
		// NGUYÊN VÀ MÔI" / "TRƯỜNG"), not a body of its own
		if i == 0 || (startsBodyName(keyOf(clipKey(t))) || startsBodyNameBare(t)) && strings.Contains(strings.TrimSpace(t), " ") {
			groups = append(groups, []string{t})
			continue
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], t)
	}
	last := groups[len(groups)-1]
	p.d.Issuer = p.restoreName("issuer", strings.Join(last, " "))
	if len(groups) > 1 {
		var parent []string
		for _, g := range groups[:len(groups)-1] {
			parent = append(parent, g...)
		}
		p.d.ParentIssuer = p.restoreName("parent_issuer", strings.Join(parent, " "))
	}
	if p.d.Bloc == directive.BlocUnspecified {
		if strings.Contains(keyOf(p.d.ParentIssuer+" "+p.d.Issuer), "đảng") {
			p.d.Bloc = directive.BlocParty
		}
	}
}

// restoreName writes back the marks a scan lost in a body's name in
// capitals ("ỦY BAN NHÂN DÂN TỈNH LAO CAI", "TONG CỤC THUE"), phrase by
// known phrase, as restoreTones does for a damaged text's lines, under a
// restored_tones repair at path; a text written without marks at all
// keeps its names as printed. A mark a scan changed is written back in
// a known phrase of two words or more, and in "TỈNH" before a province.
func (p *docParser) restoreName(path, name string) string {
	// a rule's remnant or a speck the scan ran on: "BỘ Y TẾ ——-„"
	name = strings.TrimRightFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' })
	if p.unmarked || !vntext.IsCaps(name) {
		return name
	}
	// and a speck before it: "_ BQ TAI CHÍNH"
	name = strings.TrimLeftFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' })
	r, ok := name, false
	if rest, found := strings.CutPrefix(r, "BQ "); found {
		r, ok = "BỘ "+rest, true // the Ộ a scan read as a Q: no name opens "BQ"
	}
	if u, found := unglue(r); found {
		r, ok = u, true // "THỦ TƯỚNG CHÍNHPHỦ": two words of a known name run together
	}
	if t, ok2 := restorePhrases(r, true); ok2 {
		r, ok = t, true
	}
	if t, ok2 := restoreTinh(r); ok2 {
		r, ok = t, true
	}
	if !ok {
		return name
	}
	p.repair(directive.RepairRestoredTones, path, 0, name, r)
	return r
}

// gluedWords maps two adjacent words of a known phrase, run together and
// read bare ("chinhphu"), to the length in runes of the first ("chinh").
var gluedWords = func() map[string]int {
	m := map[string]int{}
	for _, ph := range tonePhraseWords {
		w := strings.Fields(ph)
		for k := 0; k+1 < len(w); k++ {
			a, b := vntext.Bare(w[k]), vntext.Bare(w[k+1])
			if len(a) >= 2 && len(b) >= 2 {
				m[a+b] = utf8.RuneCountInString(w[k])
			}
		}
	}
	return m
}()

// unglue splits the words of a name in capitals that a scan ran together
// where they make two words of a known phrase ("CHÍNHPHỦ").
func unglue(name string) (string, bool) {
	words := strings.Fields(name)
	changed := false
	for k, w := range words {
		n, ok := gluedWords[vntext.Bare(strings.ToLower(w))]
		if !ok || utf8.RuneCountInString(w) <= n {
			continue
		}
		r := []rune(w)
		words[k], changed = string(r[:n])+" "+string(r[n:]), true
	}
	if !changed {
		return name, false
	}
	return strings.Join(words, " "), true
}

// restoreTinh writes "TỈNH" where a scan changed its mark ("TĨNH LÀO
// CAI", "TÍNH ỦY"): in a body's name, a word read "tinh" bare before a
// province's name or "ủy", or after "NHÂN DÂN" at the name's end, is no
// other word.
// maxProvinceWords bounds the words of a province's name ("Bà Rịa - Vũng
// Tàu" is 5 with its dash).
const maxProvinceWords = 6

func restoreTinh(name string) (string, bool) {
	words := strings.Fields(name)
	changed := false
	for k := 0; k+1 < len(words); k++ {
		if words[k] == "TỈNH" || vntext.Bare(words[k]) != "tinh" {
			continue
		}
		// the words after it, as many as a province's name has and one
		rest := keyOf(strings.Join(words[k+1:min(len(words), k+1+maxProvinceWords+1)], " "))
		province := false
		for _, pr := range provinceNames {
			if rest == pr || strings.HasPrefix(rest, pr+" ") {
				province = true
				break
			}
		}
		if province || rest == "ủy" || strings.HasPrefix(rest, "ủy ") {
			words[k], changed = "TỈNH", true
		}
	}
	if n := len(words); n > 1 && words[n-1] != "TỈNH" && vntext.Bare(words[n-1]) == "tinh" && strings.HasSuffix(keyOf(strings.Join(words[:n-1], " ")), "nhân dân") {
		words[n-1], changed = "TỈNH", true // "ĐẢNG ỦY ỦY BAN NHÂN DÂN TĨNH": the province's committee
	}
	return strings.Join(words, " "), changed
}

// cutInName reports an issuer's line broken inside "ỦY BAN NHÂN DÂN"
// ("CHỦ TỊCH ỦY" / "BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP"): the line below goes
// on with the name.
func cutInName(prev, next string) bool {
	return (prev == "ủy" || strings.HasSuffix(prev, " ủy")) && (next == "ban nhân dân" || strings.HasPrefix(next, "ban nhân dân "))
}

// wrappedMotto reads a header line that holds the issuer's column and the
// national motto cut short, whose last words end the next line ("… CHỦ
// NGHĨA VIỆT" / "BẮC GIANG NAM"): it returns the issuer's part and the
// whole motto, and takes the motto's words off the next line.
func (p *docParser) wrappedMotto(i int, t string) (left, motto string, ok bool) {
	left, head, cut, ok := p.mottoWrap(i, t)
	if !ok {
		return "", "", false
	}
	next := p.lines[i+1].text
	rest := strings.TrimSpace(next[:cut])
	if vowelless(rest) {
		rest = "" // what a scan makes of the rule under the issuer: "Nnn", "Tnn"
	}
	p.lines[i+1].text, p.lines[i+1].kindSet = rest, false
	p.repair(directive.RepairColumns, "", p.lines[i+1].no, next, p.lines[i+1].text+" | "+strings.TrimSpace(next[cut:]))
	return left, head + " " + strings.TrimSpace(next[cut:]), true
}

// mottoWrap finds the shape wrappedMotto reads: the issuer's part of line
// i, the motto's part, and where its missing words start on the next line.
func (p *docParser) mottoWrap(i int, t string) (left, head string, cut int, ok bool) {
	a, _ := vntext.IndexBare(t, "cộng hòa xã hội chủ nghĩa")
	if a <= 0 || i+1 >= len(p.lines) || p.lines[i+1].no != p.lines[i].no+1 {
		return "", "", 0, false
	}
	left, head = strings.TrimSpace(t[:a]), strings.TrimSpace(t[a:])
	have := len(vntext.Fields(head))
	want := vntext.Fields(frame.KeyQuocHieu)
	if left == "" || have >= len(want) || have < 5 || !vntext.IsCaps(head) {
		return "", "", 0, false
	}
	missing := want[have:]
	next := p.lines[i+1].text
	words := vntext.Fields(next)
	if len(words) < len(missing) {
		return "", "", 0, false
	}
	tail := words[len(words)-len(missing):]
	for k, w := range tail {
		if vntext.Bare(strings.ToLower(w)) != vntext.Bare(missing[k]) {
			return "", "", 0, false
		}
	}
	cut = len(next)
	for range tail {
		cut = max(strings.LastIndexByte(strings.TrimRight(next[:cut], " "), ' '), 0)
	}
	return left, head, cut, true
}

// vowelless reports a short word with no vowel, no word of Vietnamese.
func vowelless(w string) bool {
	if w == "" || strings.Contains(w, " ") || !vntext.RunesAtMost(w, 4) {
		return false
	}
	return !strings.ContainsAny(strings.ToLower(vntext.Bare(w)), "aeiouy")
}

// childHeads open a body under a ministry or a province, printed on the
// issuer's second line: "BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ".
var childHeads = []string{"tổng cục", "cục", "vụ", "sở", "văn phòng", "thanh tra", "ban", "viện", "trung tâm", "chi cục", "tiểu ban", "phòng"}

// flatParentHeads open an issuer line a child body's name may follow:
// a ministry, a people's committee, an election or a Front committee.
var flatParentHeads = []string{"bộ ", "ủy ban nhân dân ", "ủy ban bầu cử ", "ủy ban mặt trận tổ quốc "}

// splitFlatIssuer cuts an issuer's two lines that a table cell flattened
// into one ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ", "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG TIỂU
// BAN THÔNG TIN …") at the child body's head, when the line opens with a
// parent's (flatParentHeads); else it returns the line alone.
func splitFlatIssuer(t string) []string {
	k := keyOf(t)
	if !slices.ContainsFunc(flatParentHeads, func(h string) bool { return strings.HasPrefix(k, h) }) {
		return []string{t}
	}
	words := vntext.Fields(t)
	for j := 2; j < len(words); j++ {
		rest := keyOf(strings.Join(words[j:], " "))
		for _, h := range childHeads {
			// a child's name has a word after its head that opens no
			// other head: "BỘ NỘI VỤ VỤ TỔ CHỨC" parts at the second "VỤ"
			after, ok := strings.CutPrefix(rest, h+" ")
			if !ok || slices.ContainsFunc(childHeads, func(c string) bool { return after == c || strings.HasPrefix(after, c+" ") }) {
				continue
			}
			return []string{strings.Join(words[:j], " "), strings.Join(words[j:], " ")}
		}
	}
	return []string{t}
}

// bareSubject reads the trích yếu of a letter printed under its number
// without "V/v" (as Party letters often are): one to three short lines
// right before "Kính gửi". It returns where the body starts.
func (p *docParser) bareSubject(i int) int {
	d := p.d
	if d.Subject != "" || !d.Symbol.IsValid() || d.Type != directive.KindUnspecified && d.Type != directive.KindOfficialLetter {
		return i
	}
	var lines []string
	first := 0
	for j := i; j < len(p.lines) && j < i+bareSubjectWindow; j++ {
		switch p.kind(j) {
		case lkBlank:
			continue
		case lkKinhGui:
			if len(lines) == 0 {
				return i
			}
			d.Subject = strings.TrimRight(strings.Join(lines, " "), ". ")
			if d.Type == directive.KindUnspecified {
				d.Type = directive.KindOfficialLetter
			}
			p.repair(directive.RepairSubjectVv, "subject", first, "", "V/v "+d.Subject)
			return j
		case lkText:
			t := p.lines[j].text
			if len(lines) == maxBareSubjectLines || !vntext.RunesAtMost(t, maxSubjectLine) || startsBody(p.key(j)) || sectionMarker(t) != "" {
				return i
			}
			if len(lines) == 0 {
				first = p.lines[j].no
			}
			lines = append(lines, t)
		default:
			return i
		}
	}
	return i
}

// subjectTail reads the last line of a trích yếu that two columns
// printed one after the other put under the date line: "V/v Tổ chức Hội
// nghị ngành Lao" / "Hà Nội, ngày 28 tháng 12 năm 2007" / "động-Thương
// binh và Xã hội". It returns where the body starts.
func (p *docParser) subjectTail(i int) int {
	d := p.d
	if d.Subject == "" || i == 0 || i >= len(p.lines) || endsSentence(d.Subject) || p.kind(i-1) != lkDate {
		return i
	}
	l := p.lines[i]
	if p.kind(i) != lkText || !startsLower(l.text) || !vntext.RunesAtMost(l.text, maxSubjectLine) {
		return i
	}
	d.Subject += " " + l.text
	p.repair(directive.RepairColumns, "subject", l.no, l.text, d.Subject)
	return i + 1
}
