package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/vntext"
)

// parseRest reads the recipients, the body, the signature and the
// distribution list from line start on.
func (p *docParser) parseRest(start int) {
	i := start
	p.bodyOff = len(p.text)
	if start < len(p.lines) {
		p.bodyOff = p.lines[start].off
	}
	// Recipients come first when there are any.
	for i < len(p.lines) {
		switch p.kind(i) {
		case lkBlank:
			i++
			continue
		case lkKinhGui:
			i = p.readList(i, "kính gửi", &p.d.Recipients)
			continue
		case lkDongKinhGui:
			i = p.readList(i, "đồng kính gửi", &p.d.CCRecipients)
			continue
		case lkText:
			// The enacting authority under the subject ("CHỦ TỊCH ỦY BAN
			// NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ Y TẾ") opens the preamble; it
			// is not a signature.
			if len(p.d.Recipients) == 0 && len(p.d.Preamble) == 0 && p.isAuthorityLine(i, []string{p.d.Issuer}) {
				p.d.Preamble = append(p.d.Preamble, p.lines[i].text)
				i++
				continue
			}
			// A công điện names its sender, then its addressees:
			// "CHỦ TỊCH UBND TỈNH điện:".
			if t := p.lines[i].text; len(p.d.Recipients) == 0 && len(t) < 160 && strings.HasSuffix(t, ":") &&
				strings.HasSuffix(p.key(i), " điện") {
				p.d.Preamble = append(p.d.Preamble, t)
				i = p.readList(i, t, &p.d.Recipients)
				continue
			}
			// or its addressees after "ĐIỆN:" on a line of their own
			if t := p.lines[i].text; len(p.d.Recipients) == 0 && p.d.Type == directive.KindDispatch && len(t) < 400 &&
				(strings.HasPrefix(t, "ĐIỆN:") || strings.HasPrefix(t, "Điện:") || strings.HasPrefix(t, "ĐIỆN :")) {
				i = p.readList(i, "điện", &p.d.Recipients)
				continue
			}
		}
		break
	}
	end := p.bodyEnd(i)
	p.readBody(i, end)
	p.readTail(end)
}

// readList reads a "Kính gửi:" list starting at line i and returns the
// line after it.
func (p *docParser) readList(i int, label string, dst *[]string) int {
	t := p.lines[i].text
	rest := afterLabel(t, label)
	i++
	if rest != "" {
		if items := inlineItems(rest); len(items) > 1 {
			// "Kính gửi: - A; - B." on one line
			for _, it := range items {
				*dst = append(*dst, trimEntry(it))
			}
			if !strings.HasSuffix(rest, ";") {
				return i
			}
		} else if m := itemMarkerLen(rest); m > 0 {
			*dst = append(*dst, trimEntry(rest[m:]))
		} else {
			*dst = append(*dst, trimEntry(rest))
			if !strings.HasSuffix(rest, ";") {
				return i
			}
		}
	}
	for i < len(p.lines) {
		l := p.lines[i]
		if l.text == "" {
			i++
			continue
		}
		if m := itemMarkerLen(l.text); m > 0 {
			*dst = append(*dst, trimEntry(l.text[m:]))
			i++
			continue
		}
		if n := len(*dst); n > 0 && startsLower(l.text) {
			(*dst)[n-1] = trimEntry((*dst)[n-1] + " " + l.text)
			i++
			continue
		}
		break
	}
	return i
}

// inlineItems splits "- A; - B" at each ";" followed by a list marker
// and drops the markers; a single entry comes back whole.
func inlineItems(t string) []string {
	var out []string
	for {
		if m := itemMarkerLen(t); m > 0 {
			t = strings.TrimSpace(t[m:])
		}
		cut := -1
		for off := 0; ; {
			j := strings.IndexByte(t[off:], ';')
			if j < 0 {
				break
			}
			j += off
			if itemMarkerLen(strings.TrimLeft(t[j+1:], " ")) > 0 {
				cut = j
				break
			}
			off = j + 1
		}
		if cut < 0 {
			return append(out, t)
		}
		out = append(out, t[:cut])
		t = strings.TrimSpace(t[cut+1:])
	}
}

// afterLabel returns what follows "Kính gửi:" on the line.
func afterLabel(t, label string) string {
	if c := strings.IndexByte(t, ':'); c > 0 && c <= len(label)+4 && !strings.Contains(t[:c], " ") {
		return strings.TrimSpace(t[c+1:]) // glued: "ĐIỆN:Bộ Công Thương"
	}
	n := len(strings.Fields(label))
	_, rest := splitWords(t, n)
	if rest == "" && len(strings.Fields(t)) == n {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(rest, " :"))
}

// trimEntry removes trailing list punctuation from an entry.
func trimEntry(s string) string {
	s = strings.TrimSpace(s)
	for len(s) > 0 {
		switch {
		case strings.HasSuffix(s, "./."):
			s = s[:len(s)-3]
		case strings.HasSuffix(s, ";"), strings.HasSuffix(s, ","), strings.HasSuffix(s, "."):
			s = s[:len(s)-1]
		default:
			return strings.TrimSpace(s)
		}
		s = strings.TrimSpace(s)
	}
	return s
}

// itemMarkerLen returns the length of a list marker ("- ", "+ ", "• ")
// at the start of t, or 0.
func itemMarkerLen(t string) int {
	for _, m := range []string{"-", "+", "•", "–", "—", "·", "* "} {
		if strings.HasPrefix(t, m) {
			rest := t[len(m):]
			if strings.HasPrefix(rest, m) || rest == "" {
				return 0 // "--" or a lone marker
			}
			if m == "-" && rest[0] >= '0' && rest[0] <= '9' {
				return 0 // "-5%"
			}
			return len(m) + len(rest) - len(strings.TrimLeft(rest, " "))
		}
	}
	return 0
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// bodyEnd returns the first line of the closing part: "Nơi nhận", an
// authority mark, or a signer's title in capitals.
func (p *docParser) bodyEnd(from int) int {
	seen := false // a title opens the closing part only after some body
	for i := from; i < len(p.lines); i++ {
		switch p.kind(i) {
		case lkNoiNhan, lkSign:
			return i
		case lkBlank:
			continue
		case lkText, lkType:
			t := p.lines[i].text
			if seen && len(t) <= lineKeyLen && isUpperWord(t) && isTitle(p.key(i)) && vntext.IsCaps(t) && sectionMarker(t) == "" {
				return i
			}
		}
		seen = true
	}
	return len(p.lines)
}

// titleKeys are the signer titles a document closes with.
var titleKeys = []string{
	"chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "tổng giám đốc", "bí thư", "phó bí thư",
	"trưởng ban", "phó trưởng ban", "chánh văn phòng", "phó chánh văn phòng", "bộ trưởng", "thứ trưởng",
	"thủ tướng", "phó thủ tướng", "cục trưởng", "phó cục trưởng", "chi cục trưởng", "vụ trưởng",
	"chánh thanh tra", "phó chánh thanh tra", "trưởng phòng", "phó trưởng phòng", "hiệu trưởng",
	"viện trưởng", "tổng cục trưởng", "chủ nhiệm", "phó chủ nhiệm", "trưởng đoàn", "chỉ huy trưởng",
	"giám đốc sở", "chánh án", "thường trực", "ủy viên",
}

func isTitle(k string) bool {
	if len(k) > 60 {
		return false
	}
	for _, w := range titleKeys {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
}

// sectionMarker returns the number of a section marker at the start of t
// ("II", "1", "1.2", "a", "Điều 3", "Phần I"), or "".
func sectionMarker(t string) string {
	num, _ := cutSectionMarker(t)
	return num
}

// cutSectionMarker splits a section line into its number and heading.
func cutSectionMarker(t string) (num, heading string) {
	for _, w := range []string{"Điều", "ĐIỀU", "Phần", "PHẦN", "Chương", "CHƯƠNG", "Mục", "MỤC"} {
		if strings.HasPrefix(t, w+" ") {
			rest := t[len(w)+1:]
			n := 0
			for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || strings.IndexByte("IVXLC", rest[n]) >= 0) {
				n++
			}
			if n == 0 || n > 6 {
				return "", ""
			}
			after := rest[n:]
			if after != "" && after[0] != '.' && after[0] != ':' && after[0] != ' ' {
				return "", ""
			}
			word := w
			if w == strings.ToUpper(w) {
				word = w[:1] + strings.ToLower(w[1:])
				word = vntext.NFC(word)
				switch w {
				case "ĐIỀU":
					word = "Điều"
				case "PHẦN":
					word = "Phần"
				case "CHƯƠNG":
					word = "Chương"
				case "MỤC":
					word = "Mục"
				}
			}
			return word + " " + rest[:n], strings.TrimSpace(strings.TrimLeft(after, ".: "))
		}
	}
	// Roman numerals.
	n := 0
	for n < len(t) && n < 6 && strings.IndexByte("IVXL", t[n]) >= 0 {
		n++
	}
	if n > 0 && isRoman(t[:n]) && n < len(t) && (t[n] == '.' || t[n] == ')') && (n+1 == len(t) || t[n+1] == ' ') {
		return t[:n], strings.TrimSpace(t[n+1:])
	}
	// Arabic, possibly dotted: 1. 1) 1.2. 1.2
	i := 0
	parts := 0
	for {
		j := i
		for j < len(t) && j-i < 3 && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i {
			break
		}
		parts++
		i = j
		if i+1 < len(t) && t[i] == '.' && t[i+1] >= '0' && t[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	if parts > 0 && i < len(t) {
		switch {
		case (t[i] == '.' || t[i] == ')') && (i+1 == len(t) || t[i+1] == ' '):
			return t[:i], strings.TrimSpace(t[i+1:])
		case parts > 1 && t[i] == ' ':
			return t[:i], strings.TrimSpace(t[i:])
		}
		return "", ""
	}
	// Letters: a) b) đ)
	r, size := utf8.DecodeRuneInString(t)
	if size > 0 && (r >= 'a' && r <= 'z' || r == 'đ') && size < len(t) && t[size] == ')' && (size+1 == len(t) || t[size+1] == ' ') {
		return t[:size], strings.TrimSpace(t[size+1:])
	}
	return "", ""
}

func isRoman(s string) bool {
	switch s {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX":
		return true
	}
	return false
}

// readBody reads the preamble, the sections and the closing line.
func (p *docParser) readBody(from, to int) {
	d := p.d
	var paras []bodyPara
	for i := from; i < to; i++ {
		t := p.lines[i].text
		if t == "" || isRule(t) {
			continue
		}
		num, heading := cutSectionMarker(t)
		m := 0
		if num == "" {
			m = itemMarkerLen(t)
		}
		// A line broken mid-sentence continues the paragraph before it.
		if num == "" && m == 0 && len(paras) > 0 && startsLower(t) && !endsSentence(paras[len(paras)-1].text) {
			paras[len(paras)-1].text += " " + t
			if i > 0 && p.lines[i-1].no != p.lines[i].no {
				p.wrapBefore(p.lines[i].no)
			}
			continue
		}
		switch {
		case num != "":
			paras = append(paras, bodyPara{num: num, text: heading})
		case m > 0:
			paras = append(paras, bodyPara{item: true, text: strings.TrimSpace(t[m:])})
		default:
			paras = append(paras, bodyPara{text: t})
		}
	}
	// The closing line is the last unmarked paragraph when it reads as one.
	if n := len(paras); n > 0 {
		last := paras[n-1]
		if last.num == "" && !last.item && isClosing(last.text, n > 1) {
			d.Closing = last.text
			paras = paras[:n-1]
		}
	}
	for _, bp := range paras {
		switch {
		case bp.num != "":
			d.Sections = append(d.Sections, directive.Section{Number: bp.num, Heading: bp.text, Addressees: addresseesOf(bp.text)})
		case len(d.Sections) == 0:
			d.Preamble = append(d.Preamble, bp.text)
		default:
			s := &d.Sections[len(d.Sections)-1]
			if bp.item || len(s.Items) == 0 {
				s.Items = append(s.Items, bp.text)
			} else {
				s.Items[len(s.Items)-1] += "\n" + bp.text
			}
		}
	}
}

type bodyPara struct {
	num  string
	item bool
	text string
}

func endsSentence(t string) bool {
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") ||
		strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// isClosing recognises the closing line of a body.
func isClosing(t string, hasMore bool) bool {
	if strings.HasSuffix(t, "./.") || strings.HasSuffix(t, "/.") {
		return true
	}
	if !hasMore {
		return false
	}
	k := vntext.Key(clipKey(t))
	return strings.HasPrefix(k, "trên đây ") || strings.HasPrefix(k, "nhận được ") ||
		strings.HasSuffix(t, ".") && (strings.Contains(k, " yêu cầu ") || strings.Contains(k, " đề nghị "))
}

// orgHeadKeys open an addressee in a section heading.
var orgHeadKeys = []string{
	"sở ", "ban ", "bộ ", "ủy ban", "hội đồng", "văn phòng", "công an", "cục ", "chi cục", "tổng cục",
	"thanh tra", "kho bạc", "đài ", "báo ", "hội ", "mặt trận", "đảng ủy", "đảng bộ", "huyện ủy",
	"quận ủy", "thị ủy", "thành ủy", "tỉnh ủy", "đảng đoàn", "ban cán sự", "chi bộ", "trường",
	"bệnh viện", "trung tâm", "viện ", "tòa án", "cơ quan", "đơn vị", "liên đoàn", "đoàn ", "công ty",
	"tổng công ty", "ngân hàng", "bảo hiểm", "cảng vụ", "chi nhánh", "phòng ", "bộ chỉ huy", "lực lượng",
	"tổ chức", "cấp ủy", "địa phương", "ngành", "doanh nghiệp", "người đứng đầu", "thủ trưởng",
	"giám đốc", "chủ tịch", "bí thư", "đài phát thanh",
}

// taskKeys mark a heading that states a task rather than naming bodies.
var taskKeys = []string{
	"chủ trì", "phối hợp", "triển khai", "thực hiện", "trách nhiệm", "tham mưu", "theo dõi",
	"chỉ đạo", "hướng dẫn", "đôn đốc", "báo cáo", "tăng cường", "tuyên truyền", "nhiệm vụ", "giải pháp",
}

// addresseesOf returns the bodies a section heading assigns the section
// to ("Các Sở, ban, ngành; UBND quận, huyện, thị xã"), or nil when the
// heading is a topic.
func addresseesOf(heading string) []string {
	h := strings.TrimRight(heading, " :.")
	if h == "" || len(h) > 240 {
		return nil
	}
	parts := strings.Split(h, ";")
	out := make([]string, 0, len(parts))
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil
		}
		if len(strings.Fields(part)) > 16 {
			return nil
		}
		k := vntext.Key(part)
		k = strings.TrimPrefix(k, "các ")
		ok := false
		for _, w := range orgHeadKeys {
			if strings.HasPrefix(k, w) || k == strings.TrimSpace(w) {
				ok = true
				break
			}
		}
		if !ok {
			return nil
		}
		for _, w := range taskKeys {
			if strings.Contains(k, w) {
				return nil
			}
		}
		out = append(out, part)
	}
	return out
}

// readTail reads the signature and the distribution list, in either order
// and with the two columns possibly on the same lines.
func (p *docParser) readTail(from int) {
	d := p.d
	if from >= len(p.lines) {
		if d.Signature.IsZero() && len(d.Distribution) == 0 && (len(d.Sections) > 0 || len(d.Preamble) > 0) {
			last := p.lines[len(p.lines)-1].no
			p.repair(directive.RepairTruncated, "", last, "", "")
		}
		return
	}
	inDist := false
	distDone := false
	sig := &d.Signature
	for i := from; i < len(p.lines); i++ {
		l := p.lines[i]
		t := l.text
		if t == "" || isRule(t) {
			continue
		}
		kind := p.kind(i)
		if kind == lkNoiNhan {
			inDist = true
			t = afterLabel(t, "nơi nhận")
			if t == "" {
				continue
			}
		}
		for _, piece := range p.splitTail(l, t, inDist && !distDone) {
			p.tailPiece(l, piece, &inDist, &distDone, sig)
		}
	}
}

// splitTail cuts a line holding a distribution entry and a signature part
// ("- Như trên; KT. CHỦ TỊCH") into its two pieces.
func (p *docParser) splitTail(l docLine, t string, inDist bool) []string {
	if !inDist || itemMarkerLen(t) == 0 && !isArchive(t) {
		return []string{t}
	}
	for _, m := range signMarks {
		if j := strings.Index(t, " "+m+" "); j > 0 {
			p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
			return []string{strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+1:])}
		}
	}
	// A title in capitals after the entry's punctuation.
	for _, sep := range []string{"; ", ". ", ", "} {
		if j := strings.LastIndex(t, sep); j > 0 {
			right := strings.TrimSpace(t[j+len(sep):])
			if vntext.IsCaps(right) && isTitle(vntext.Key(right)) {
				p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
				return []string{strings.TrimSpace(t[:j+1]), right}
			}
		}
	}
	return []string{t}
}

func (p *docParser) tailPiece(l docLine, t string, inDist, distDone *bool, sig *directive.Signature) {
	d := p.d
	if len(t) < 48 && isSignedMark(t) {
		p.repair(directive.RepairSignedMark, "signature", l.no, t, "")
		return
	}
	if n := signMarkLen(t); n > 0 {
		sig.Authority = append(sig.Authority, t)
		return
	}
	if *inDist {
		if m := itemMarkerLen(t); m > 0 {
			d.Distribution = append(d.Distribution, trimEntry(t[m:]))
			if isArchive(t[m:]) {
				*distDone = true
			}
			return
		}
		if isArchive(t) {
			d.Distribution = append(d.Distribution, trimEntry(t))
			*distDone = true
			return
		}
		if n := len(d.Distribution); n > 0 && !*distDone && startsLower(t) {
			d.Distribution[n-1] = trimEntry(d.Distribution[n-1] + " " + t)
			return
		}
	}
	k := ""
	if len(t) <= lineKeyLen {
		k = vntext.Key(t)
	}
	if vntext.IsCaps(t) && isTitle(k) {
		if sig.Title != "" {
			sig.Authority = append(sig.Authority, sig.Title)
		}
		sig.Title = t
		return
	}
	if sig.Name == "" && isPersonName(t) {
		sig.Name = t
		return
	}
	if vntext.IsCaps(t) && sig.Name == "" && (len(sig.Authority) > 0 || sig.Title != "") && isPersonName(titleCaseProbe(t)) {
		sig.Name = t
		return
	}
	p.repair(directive.RepairChrome, "", l.no, t, "")
	p.aside = append(p.aside, l.no)
}

// isArchive reports an entry that starts with "Lưu" (the file copy).
func isArchive(t string) bool {
	for _, w := range []string{"Lưu", "LƯU", "lưu"} {
		if strings.HasPrefix(t, w) && (len(t) == len(w) || t[len(w)] == ' ' || t[len(w)] == ':') {
			return true
		}
	}
	return false
}

// isSignedMark recognises "(Đã ký)", "Đã ký", "(ký, đóng dấu)", "[daky]".
func isSignedMark(t string) bool {
	// Every mark opens with "đã", "ký", "chữ" or "daky", after an
	// optional bracket: skip the fold for other lines.
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "([ "))
	switch unicode.ToLower(r) {
	case 'đ', 'k', 'c', 'd':
	default:
		return false
	}
	k := vntext.Key(clipKey(t))
	switch k {
	case "đã ký", "đã ký và đóng dấu", "đã ký tên và đóng dấu", "ký tên đóng dấu", "ký đóng dấu",
		"ký và đóng dấu", "ký ghi rõ họ tên", "ký", "daky", "chữ ký số", "đã ký số":
		return true
	}
	return false
}

// isPersonName reports a line of two to six capitalised words with no
// digits or punctuation: "Hà Minh Hải".
func isPersonName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w[size:] {
			if !unicode.IsLetter(c) || unicode.IsUpper(c) {
				return false
			}
		}
	}
	return true
}

// titleCaseProbe turns "NGUYỄN VĂN A" into "Nguyễn Văn A" for the name test.
func titleCaseProbe(t string) string {
	words := strings.Fields(t)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

// finish fills what the parts imply: the bloc from the symbol, the type
// from the symbol when no type line was found.
func (p *docParser) finish() {
	d := p.d
	if d.Bloc == directive.BlocUnspecified && d.Symbol.IsValid() {
		d.Bloc = d.Symbol.Bloc()
	}
	if d.Bloc == directive.BlocUnspecified && d.Issuer == "" {
		d.Bloc = blocOfText(d)
	}
	if d.Type == directive.KindUnspecified {
		switch {
		case d.Symbol.IsValid() && d.Symbol.Kind() != directive.KindUnspecified:
			d.Type = d.Symbol.Kind()
			p.repair(directive.RepairTypeInferred, "type", 0, "", d.Type.Label())
		case len(d.Recipients) > 0:
			d.Type = directive.KindOfficialLetter
			p.repair(directive.RepairTypeInferred, "type", 0, "", d.Type.Label())
		}
	}
	p.findCitations()
	if d.Bloc == directive.BlocUnspecified && d.Issuer == "" {
		// State documents open with their legal basis: laws, decrees
		for _, c := range d.Citations {
			if c.Relation == directive.RelationLegalBasis && c.Kind.IsLegal() {
				d.Bloc = directive.BlocState
				break
			}
		}
	}
}

// findCitations reads the citations of the text from the document's first
// line on, with spans into p.text. The document's own number in its header
// is not one.
func (p *docParser) findCitations() {
	d := p.d
	if p.first >= len(p.lines) {
		return
	}
	from := p.lines[p.first].off
	text := p.text[from:]
	if len(p.wraps) > 0 || len(p.aside) > 0 {
		b := []byte(text)
		// The lines a paragraph was wrapped on are read as one line, as
		// they were printed: a citation's issuer or subject goes on
		// across the wrap. A break becomes a space, so spans hold.
		for _, no := range p.wraps {
			// the break and any blank lines before the wrapped line
			for w := p.lineOff[no-1] - 1 - from; w >= 0 && isBlankByte(b[w]); w-- {
				b[w] = ' '
			}
		}
		for _, no := range p.aside {
			end := len(p.text)
			if no < len(p.lineOff) {
				end = p.lineOff[no] - 1
			}
			for w := max(p.lineOff[no-1], from); w < end; w++ {
				b[w-from] = ' '
			}
		}
		text = string(b)
	}
	for c := range cite.Find(text) {
		c.Start += from
		c.End += from
		if c.Start < p.bodyOff && isOwnNumber(d, c.Symbol) ||
			c.Relation == directive.RelationMentions && c.Symbol.IsValid() && c.Symbol.Equal(d.Symbol) {
			// the header's number, or an annex's "(Ban hành kèm theo
			// Quyết định số …)" naming the document itself
			continue
		}
		c.Issuer, c.Subject, c.Name = collapse(c.Issuer), collapse(c.Subject), collapse(c.Name)
		d.Citations = append(d.Citations, c)
	}
}

// isOwnNumber reports whether sym, met in the header, is the document's
// own number: a web page or a table cell can hide its "Số:" label from the
// scanner.
func isOwnNumber(d *directive.Document, sym directive.Symbol) bool {
	switch {
	case !sym.IsValid():
		return false
	case d.Symbol.IsValid():
		return sym.Equal(d.Symbol) || sym.NumberInt() == d.Symbol.NumberInt() && sym.Year() == d.Symbol.Year()
	}
	return d.Number != "" && sym.Number() == d.Number
}

func isBlankByte(c byte) bool { return c == '\n' || c == '\r' || c == ' ' || c == '\t' }

var (
	// partyBodyWords name Party bodies; "ban thường vụ" is left out, as it
	// comes with its committee and also names the Quốc hội's standing
	// committee.
	partyBodyWords = []string{"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ",
		"ban chấp hành", "bộ chính trị", "ban bí thư", "chi bộ", "đại hội đại biểu đảng", "ban tuyên giáo",
		"ban dân vận", "ban tổ chức", "ban nội chính", "ủy ban kiểm tra", "văn phòng trung ương đảng"}
	stateBodyWords = []string{"ủy ban nhân dân", "hội đồng nhân dân", "chính phủ", "thủ tướng", "bộ trưởng"}
)

// blocOfText tells the bloc of a document whose header lost its issuer:
// the authority line opening the preamble names the body ("ỦY BAN NHÂN
// DÂN TỈNH …"), else the subject does ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH …").
func blocOfText(d *directive.Document) directive.Bloc {
	var texts []string
	if len(d.Preamble) > 0 && vntext.IsCaps(d.Preamble[0]) {
		texts = append(texts, d.Preamble[0])
	}
	texts = append(texts, d.Subject)
	// an annex: "(Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND …)",
	// under its subject
	annex := d.Subject
	if len(d.Preamble) > 0 && isAnnexLine(d.Preamble[0]) {
		annex = strings.Join(d.Preamble[:min(2, len(d.Preamble))], " ")
	}
	if i := strings.Index(annex, "kèm theo"); i >= 0 {
		for c := range cite.Find(annex[i:]) {
			if c.Symbol.IsValid() {
				return c.Symbol.Bloc()
			}
		}
	}
	for _, t := range texts {
		k := vntext.Key(clipKey(t))
		for _, w := range stateBodyWords {
			if strings.HasPrefix(k, w) {
				return directive.BlocState
			}
		}
		for _, w := range partyBodyWords {
			if strings.Contains(k, w) {
				return directive.BlocParty
			}
		}
	}
	return directive.BlocUnspecified
}
