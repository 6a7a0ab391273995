package parser

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// parseRest reads the recipients, the body, the signature and the
// distribution list from line start on.
func (p *docParser) parseRest(start int) {
	p.dropPageTail(start)
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
			if len(p.d.Recipients) == 0 && len(p.leadParas) == 0 && p.isAuthorityLine(i, []string{p.d.Issuer}) {
				p.leadParas = append(p.leadParas, bodyPara{text: p.lines[i].text, first: p.lines[i].no, last: p.lines[i].no})
				i++
				continue
			}
			// A công điện names its sender, then its addressees:
			// "CHỦ TỊCH UBND TỈNH điện:".
			if t := p.lines[i].text; len(p.d.Recipients) == 0 && vntext.RunesAtMost(t, maxSenderLine) && strings.HasSuffix(t, ":") &&
				strings.HasSuffix(p.key(i), " điện") {
				p.leadParas = append(p.leadParas, bodyPara{text: t, first: p.lines[i].no, last: p.lines[i].no})
				i = p.readList(i, t, &p.d.Recipients)
				continue
			}
			// or its addressees after "ĐIỆN:" on a line of their own
			if t := p.lines[i].text; len(p.d.Recipients) == 0 && p.d.Type == directive.KindDispatch && vntext.RunesAtMost(t, maxDispatchLine) &&
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
	// a pipe of the table cell the list was in: "Kính gửi: | - A; - B |"
	rest := strings.Trim(afterLabel(t, label), " |")
	i++
	if rest != "" {
		if items := inlineItems(rest); len(items) > 1 {
			// "Kính gửi: - A; - B." on one line, the last maybe wrapped
			// onto the next: "- Ủy ban nhân dân" / "tỉnh Nghệ An."
			for i < len(p.lines) && p.lines[i].no == p.lines[i-1].no+1 && startsLower(p.lines[i].text) &&
				!endsSentence(items[len(items)-1]) && vntext.RunesAtMost(p.lines[i].text, maxWrappedEntry) {
				next := strings.Trim(p.lines[i].text, " |")
				// maybe with the next entries after it: "… trực thuộc
				// Trung" / "ương; - Chi cục Thuế các quận, huyện …"
				items = append(items[:len(items)-1], inlineItems(items[len(items)-1]+" "+next)...)
				rest += " " + next
				p.wrapBefore(p.lines[i].no)
				i++
			}
			for _, it := range items {
				*dst = append(*dst, trimEntry(it))
			}
			if !strings.HasSuffix(rest, ";") {
				return i
			}
		} else if m := itemMarkerLen(rest); m > 0 {
			*dst = append(*dst, trimEntry(rest[m:]))
		} else if scanNoise(rest) && i < len(p.lines) && itemMarkerLen(p.lines[i].text) > 0 {
			// "Kính gửi: DA ä ." over the list: what a scan made of a
			// stamp or a mark beside the label, set aside
			p.repair(directive.RepairSetAside, "", p.lines[i-1].no, rest, "")
		} else {
			if i < len(p.lines) && p.lines[i].no == p.lines[i-1].no+1 && startsLower(p.lines[i].text) &&
				!endsSentence(rest) && vntext.RunesAtMost(p.lines[i].text, maxWrappedEntry) {
				// the one recipient wrapped: "Kính gửi: Sở … trực thuộc Trung" / "ương"
				rest += " " + p.lines[i].text
				p.wrapBefore(p.lines[i].no)
				i++
			}
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
			// one entry, or a cell's whole list: "- Bộ Tài chính; - Bộ
			// Tài nguyên và Môi trường."
			for _, it := range inlineItems(l.text) {
				*dst = append(*dst, trimEntry(it))
			}
			i++
			continue
		}
		if n := len(*dst); n > 0 && startsLower(l.text) {
			// the entry wrapped, maybe with the next entries after it:
			// "… Nông nghiệp" / "và Môi trường; - Ủy ban nhân dân tỉnh …"
			items := inlineItems((*dst)[n-1] + " " + l.text)
			*dst = (*dst)[:n-1]
			for _, it := range items {
				*dst = append(*dst, trimEntry(it))
			}
			i++
			continue
		}
		break
	}
	return i
}

// citedLaws are the names an article's number is cited with: "Điều 22
// Luật BHYT", "Điều 3 Quyết định này", "Điều 4 của Quyết định số …".
var citedLaws = []string{"luật", "bộ luật", "nghị định", "quyết định", "thông tư", "nghị quyết", "pháp lệnh", "hiến pháp",
	"chỉ thị", "quy định", "quy chế", "điều lệ", "văn bản", "kế hoạch", "công văn"}

// citedLaw reports a text after an article's number that goes on with
// the name of what it cites, with no stop between.
func citedLaw(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	k := keyOf(vntext.PrefixRunes(strings.TrimSpace(rest), 20))
	k = strings.TrimPrefix(k, "của ") // "Điều 4 của Quyết định số …"
	for _, w := range citedLaws {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
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
			if seen && p.unlabelledDistribution(i) {
				return i
			}
			if seen && vntext.RunesAtMost(t, lineKeyLen) && isUpperWord(t) && isTitle(p.key(i)) && vntext.IsCaps(t) && sectionMarker(t) == "" {
				return i
			}
		}
		seen = true
	}
	return len(p.lines)
}

// unlabelledDistribution reports line i as the first entry of a Nơi nhận
// printed without its label, as a page that lost the tail's table cell
// gives it: "- Như trên;" (or "- Như Điều 3;") right after the body's
// closing "./." or "./".
func (p *docParser) unlabelledDistribution(i int) bool {
	t := p.lines[i].text
	m := itemMarkerLen(t)
	if m == 0 || !asAbove(keyOf(vntext.PrefixRunes(t[m:], 24))) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if prev := p.lines[j].text; prev != "" {
			return strings.HasSuffix(prev, "./.") || strings.HasSuffix(prev, "./")
		}
	}
	return false
}

// asAbove reports the key of a Nơi nhận's first entry, which sends the
// text to those it was addressed to: "như trên", "như điều 3", "như kính
// gửi".
func asAbove(k string) bool {
	return k == "như trên" || strings.HasPrefix(k, "như trên ") || strings.HasPrefix(k, "như điều ") || strings.HasPrefix(k, "như kính gửi")
}

func (p *docParser) readBody(from, to int) {
	d := p.d
	paras := p.readParas(from, to, p.leadParas) // after an authority line or a công điện's sender
	// The closing line is the last unmarked paragraph when it reads as one,
	// and not the execution clause of a decision's last article, which
	// runs to its "./." ("Điều 2. …" / "Giám đốc các Sở … thi hành./.").
	if n := len(paras); n > 0 {
		last := paras[n-1]
		if last.num == "" && !last.item && last.table == nil && isClosing(last.text, n > 1) && !(isExecutionClause(last.text) && inArticle(paras[:n-1])) {
			d.Closing = last.text
			paras = paras[:n-1]
		}
	}
	d.Body = bodyTree(paras)
	// The preamble is what comes before the first marker: paragraphs, and
	// the bullets Party documents list their bases with.
	for _, n := range d.Body {
		if n.Kind != directive.NodeParagraph && n.Kind != directive.NodeBullet {
			break
		}
		d.Preamble = append(d.Preamble, n.Text)
	}
	p.flatView()
}

// asksNumber reports a paragraph that ends on "số", asking for the
// number a line break or a blank line put under it.
func asksNumber(t string) bool {
	t = strings.TrimRight(t, " ")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	switch strings.ToLower(t[i+1:]) {
	case "số", "sô": // "sô", "SỐ": as scans read it
		return true
	}
	return false
}

// commaNumber reads a point's number whose dot a scan read as a comma:
// "5, Chủ trì …" gives 5 and "Chủ trì …".
func commaNumber(t string) (int, string, bool) {
	j := 0
	for j < len(t) && j < 3 && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == 0 || j == 3 || !strings.HasPrefix(t[j:], ", ") {
		return 0, "", false
	}
	rest := t[j+2:]
	if !unicode.IsUpper(firstRune(rest)) {
		return 0, "", false
	}
	n, err := strconv.Atoi(t[:j])
	return n, rest, err == nil && n > 0
}

// bareRoman reads a part's Roman numeral with no dot before a heading in
// capitals: "II TỔ CHỨC THỰC HIỆN".
func bareRoman(t string) (string, string, bool) {
	n := 0
	for n < len(t) && n < 6 && strings.IndexByte("IVX", t[n]) >= 0 {
		n++
	}
	if n == 0 || n == len(t) || t[n] != ' ' || !isRoman(t[:n]) {
		return "", "", false
	}
	rest := strings.TrimSpace(t[n:])
	if !vntext.IsCaps(rest) || strings.Count(rest, " ") < 1 || strings.IndexFunc(rest, unicode.IsLetter) != 0 {
		return "", "", false
	}
	return t[:n], rest, true
}

// lowerParen reports a line that opens a parenthesis in lower case, a
// sentence going on ("(sau đây gọi là …)", "(kèm theo …)"), not a
// marker ("(a)", "(ii)").
func lowerParen(t string) bool {
	rest, ok := strings.CutPrefix(t, "(")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	if !startsLower(w) || strings.ContainsAny(w, ")") || isRoman(strings.ToUpper(w)) {
		return false
	}
	return !vntext.RunesAtMost(w, 1)
}

// symbolBroken reports a paragraph that ends on a document's symbol cut
// at its dash after its slashes ("… Nghị định số 178/2026/NĐ-"), whose
// tail ("CP, …") the next line holds; brokenSymbol is the cut before them
// ("24-" / "CT/TU").
func symbolBroken(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	w := t[i+1:]
	return len(w) > 2 && strings.HasSuffix(w, "-") && strings.Contains(w, "/") && strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// opensSymbolTail reports a line that opens with the rest of a symbol:
// capitals and digits up to a space or punctuation ("CP, Bộ Tài chính
// …", "UBND ngày …").
func opensSymbolTail(t string) bool {
	n, upper := 0, 0
	for _, r := range t {
		if r == ' ' || r == ',' || r == '.' || r == ';' || r == ')' {
			break
		}
		switch {
		case unicode.IsUpper(r):
			upper++
		case n == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-':
			return false
		}
		n++
	}
	return upper >= 2 || upper == n && n > 0 // "CP", "TTg", "BGDĐT"; not "Chính"
}

// prevNo is the input line of the last non-blank line before i.
func prevNo(lines []docLine, i int) int {
	for j := i - 1; j >= 0; j-- {
		if lines[j].text != "" {
			return lines[j].no
		}
	}
	return 0
}

// isPartMarker reports the marker of a part, a chapter, a section or a
// Roman heading, whose title may stand on the next line.
func isPartMarker(num string) bool {
	return strings.HasPrefix(num, "Phần ") || strings.HasPrefix(num, "Chương ") || strings.HasPrefix(num, "Mục ") || isRoman(num)
}

// postWordAlone reports a heading that is only the first word of a post
// ("Chánh", "Giám đốc"): its line broke inside the post.
func postWordAlone(h string) bool {
	if !vntext.RunesAtMost(h, maxPostWordAlone) {
		return false // a paragraph that grows line by line asks this of each line
	}
	switch keyOf(strings.TrimSpace(h)) {
	case "chánh", "giám đốc", "thủ trưởng", "chủ tịch", "bộ trưởng", "trưởng", "phó":
		return true
	}
	return false
}

// maxPostWordAlone bounds the line postWordAlone reads, markup and
// decomposed marks included.
const maxPostWordAlone = 40

// partWordAlone reports a line that is only the word of a part's marker
// ("Chương", "MỤC"), its number broken onto the next line, and gives the
// word as a marker writes it.
func partWordAlone(t string) (string, bool) {
	switch strings.TrimSpace(t) {
	case "Chương", "CHƯƠNG":
		return "Chương", true
	case "Phần", "PHẦN":
		return "Phần", true
	case "Mục", "MỤC":
		return "Mục", true
	case "Điều", "ĐIỀU":
		return "Điều", true
	}
	return "", false
}

// articleTitle reports line i, under an article's marker alone on its
// line, as the article's title broken off it, with the index of the line
// after it (0 when it is none) ("**Điều 7." / "Thời hạn có
// hiệu lực …**"): short, no sentence and no lead-in, not a paragraph that
// goes on on the next line.
func (p *docParser) articleTitle(i, to int) int {
	// the title with the lines it wrapped onto, up to a blank line: in
	// lower case, or after a word that asks for more ("… Chuyển đổi số
	// và" / "Truyền thông …")
	t := p.lines[i].text
	j := i + 1
	for ; j < to && p.lines[j].no == p.lines[j-1].no+1 && (startsLower(p.lines[j].text) || danglingEnd(t)) && sectionMarker(p.lines[j].text) == ""; j++ {
		t += " " + p.lines[j].text
		if !vntext.RunesAtMost(t, maxArticleTitle) {
			return 0
		}
	}
	if !vntext.RunesAtMost(t, maxArticleTitle) || strings.HasSuffix(t, ":") || endsSentence(t) {
		return 0
	}
	return j
}

// maxArticleTitle bounds the title of an article printed on the line
// under its marker.
const maxArticleTitle = 150

// flatView derives the flat list of sections from the body tree.
func (p *docParser) flatView() {
	d := p.d
	d.Sections = directive.Flatten(d.Body)
	for i := range d.Sections {
		d.Sections[i].Addressees = addresseesOf(d.Sections[i].Heading)
	}
}

// readParas reads the lines [from, to) into paragraphs after paras:
// tables, numbered sections, items and plain paragraphs, a line broken
// mid-sentence joined to the one before.
func (p *docParser) readParas(from, to int, paras []bodyPara) []bodyPara {
	lead := len(paras)
	// the input lines to the region's end, for the table readers: a
	// table read here does not run on into the next region (an annex,
	// the tail), which reads its own
	var raw []string
	regionLines := func() []string {
		if raw == nil {
			// to the region's last input line: a layout table's columns
			// put lines out of their input order
			last := 0
			for _, l := range p.lines[from:to] {
				last = max(last, l.lastNo())
			}
			all := p.rawLines()
			raw = all[:min(last, len(all))]
		}
		return raw
	}
	tableEnd, failedUntil := 0, 0
	wrapped := p.hardWraps(from, to) >= minHardWraps
	spaced := p.spacedWraps(from, to) >= minHardWraps
	indented := p.firstLineIndents(from, to) >= minFirstLineIndents
	lastArticle := 0
	for i := from; i < to; i++ {
		no := p.lines[i].no
		if no <= tableEnd {
			continue // a line of the table read above
		}
		// A table starts at a line the body holds whole: not at a row whose
		// first cells the header read.
		if no > failedUntil && no <= len(regionLines()) && (mayStartTable(p.lines[i].raw) || stackedStart(p.lines[i].raw) || centredStart(p.lines[i].raw) && centredAhead(regionLines(), no-1)) && (i == 0 || p.lines[i-1].no != no) {
			raw := regionLines()
			if closesTable(raw, no-1) {
				failedUntil = no // the closing rule of a table above (a header laid out in one)
			} else if tr, ok := readTable(raw, no-1); ok {
				t := tr.Table
				paras = append(paras, bodyPara{table: &t, first: tr.Start + 1, last: tr.End})
				tableEnd = tr.End
				continue
			} else {
				// the reader looked from here; a block it read and refused
				// (a header laid out in a table) is not read again from
				// each of its lines
				failedUntil = max(no, tr.End)
			}
		}
		t := p.lines[i].text
		if t == "" || isRule(t) {
			continue
		}
		if i+1 < to && p.lines[i+1].no == no+1 {
			if w, ok := partWordAlone(t); ok {
				next := p.lines[i+1].text
				if n := strings.TrimRight(next, "."); n != "" && (isRoman(n) || vntext.AllDigits(n)) {
					// "Chương" / "II": a part's marker its line broke
					t = w + " " + n
					i++
				} else if w == "Điều" && sectionMarker(next) != "" && next[0] >= '0' && next[0] <= '9' {
					// "Điều" / "1. Phạm vi điều chỉnh": an article's
					t = w + " " + next
					i++
				}
			}
		}
		num, heading := cutSectionMarker(t)
		if num == "" {
			if n, rest, ok := commaNumber(t); ok && p.nextNumber(i+1, to) == strconv.Itoa(n+1) {
				// "5, Chủ trì …" between "4." and "6.": a scan read the
				// dot as a comma
				p.repair(directive.RepairScanBullet, "", no, t, strconv.Itoa(n)+". "+rest)
				num, heading = strconv.Itoa(n), rest
			} else if r, rest, ok := bareRoman(t); ok {
				// "II TỔ CHỨC THỰC HIỆN": a part's marker whose dot a
				// scan lost
				p.repair(directive.RepairScanBullet, "", no, t, r+". "+rest)
				num, heading = r, rest
			}
		}
		if n := len(paras); num == "1" && strings.HasPrefix(t, "1)") && n > lead && paras[n-1].num == "h" {
			// "h) …" / "1) …": a scan read the i) as a 1)
			p.repair(directive.RepairScanBullet, "", no, t, "i"+t[1:])
			num = "i"
		} else if num == "I" && !vntext.IsCaps(heading) && p.nextNumber(i+1, to) == "2" {
			// "I. Tổ chức tuyên truyền …" over "2. Rà soát …": a scan read
			// the 1 as an I
			p.repair(directive.RepairScanBullet, "", no, t, "1"+t[1:])
			num = "1"
		} else if num == "1" && vntext.IsCaps(heading) && unicode.IsLetter(firstRune(heading)) && p.nextNumber(i+1, to) == "1" {
			// "1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG" over "1. Quán triệt …": a
			// part's I that a scan read as a 1
			p.repair(directive.RepairScanBullet, "", no, t, "I"+t[1:])
			num = "I"
		}
		m := 0
		if num == "" {
			m = itemMarkerLen(t)
		}
		if n := len(paras); num != "" && strings.HasPrefix(t, num+")") && n > lead && paras[n-1].table == nil &&
			strings.Count(paras[n-1].text, "(") > strings.Count(paras[n-1].text, ")") {
			// "… Trung ương Đảng (khóa" / "XII) về công tác …": the close of
			// a parenthesis, not a marker
			num, heading = "", ""
		}
		if a, ok := strings.CutPrefix(num, "Điều "); ok {
			if k, err := strconv.Atoi(a); err == nil {
				bare := citedLaw(t[len(num):]) // "Điều 22 Luật BHYT …": a citation wrapped
				if n := len(paras); (k <= lastArticle || bare && !vntext.IsCaps(paras[n-1].text) || n > lead && citesOn(paras[n-1].text)) && n > lead && paras[n-1].table == nil && !endsSentence(paras[n-1].text) {
					// "… nêu tại khoản 1" / "Điều 2 Quyết định này;": a
					// citation wrapped, not the article after Điều 3
					num, heading = "", ""
				} else {
					lastArticle = k
				}
			}
		}
		// A line broken mid-sentence continues the paragraph before it:
		// one that opens in lower case, or any under a full line that a
		// hard wrap broke (pandoc's plain text, a PDF's text layer).
		// Where paragraphs open indented and go on at the margin (a PDF
		// layer of an office document), the margin goes on and an indent
		// opens.
		lineIndent := indentOf(p.lines[i].raw)
		// "178/2026/NĐ-" / "CP, …": one symbol, joined without a space
		symbolCut := len(paras) > lead && symbolBroken(paras[len(paras)-1].text) && opensSymbolTail(t)
		if num == "" && m == 0 && len(paras) > lead && paras[len(paras)-1].table == nil &&
			(!endsSentence(paras[len(paras)-1].text) || p.hangingWrap(i, paras[len(paras)-1]) ||
				labelWrap(paras[len(paras)-1].text) && paras[len(paras)-1].last == no-1 && !vntext.RunesAtMost(p.lines[i-1].text, minWrapRunes-1) ||
				wrapped && p.clauseWrap(i, paras[len(paras)-1]) ||
				indented && lineIndent == 0 && startsLower(t) && paras[len(paras)-1].last == no-1) &&
			(startsLower(t) || asksNumber(paras[len(paras)-1].text) && t[0] >= '0' && t[0] <= '9' ||
				lowerParen(t) || symbolCut ||
				paras[len(paras)-1].num == "" && danglingEnd(paras[len(paras)-1].text) && unicode.IsUpper(firstRune(t)) && !vntext.IsCaps(t) ||
				wrapped && labelWrap(paras[len(paras)-1].text) && paras[len(paras)-1].last == no-1 && paras[len(paras)-1].num == "" &&
					!vntext.RunesAtMost(p.lines[i-1].text, minWrapRunes-1) && !unicode.IsLetter(firstRune(t)) ||
				wrapped && paras[len(paras)-1].last == no-1 && p.hardWrapped(i-1) && (!vntext.IsCaps(t) || acronymLead(t)) &&
					!(indented && lineIndent >= minIndent && !p.sameMargin(i, paras[len(paras)-1])) ||
				spaced && p.spacedWrap(i) && paras[len(paras)-1].last == p.lines[i-2].no && !vntext.IsCaps(t) && nameGoesOn(p.lines[i-2].text) ||
				paras[len(paras)-1].num != "" && paras[len(paras)-1].last == no-1 && danglingEnd(paras[len(paras)-1].text) && !vntext.IsCaps(t) &&
					opensHead(keyOf(paras[len(paras)-1].text)) && unicode.IsUpper(firstRune(t)) &&
					(!endsSentence(t) || strings.HasPrefix(paras[len(paras)-1].num, "Điều ")) ||
				paras[len(paras)-1].num != "" && paras[len(paras)-1].last == no-1 && postWordAlone(paras[len(paras)-1].text)) {
			// ("Căn cứ Nghị định số" / "34/2016/NĐ-CP ngày …": a number
			// asked for, even under a blank line, goes on)
			// ("Điều 3. Chánh" / "Văn phòng Ủy ban nhân dân Tỉnh; …": a
			// post's first word alone, its line broken)
			// (a body's name as a point's heading that ends on a word
			// asking for more goes on: "2. Trung tâm Chuyển đổi số và" /
			// "Truyền thông thuộc Sở Khoa học và Công nghệ"; an article's
			// clause to its end: "Điều 3. Chánh Văn phòng …, Giám đốc
			// các" / "Sở, ngành … chịu trách nhiệm thi hành …./.")
			if symbolCut {
				paras[len(paras)-1].add("", t)
			} else {
				paras[len(paras)-1].add(" ", t)
			}
			paras[len(paras)-1].last = p.lines[i].lastNo()
			if i > 0 && p.lines[i-1].no != no {
				p.wrapBefore(no)
			}
			continue
		}
		// "Chương I" / "QUY ĐỊNH CHUNG": a part's title on the line under
		// its marker; "Điều 7." / "Thời hạn có hiệu lực …": an article's
		if n := len(paras); num == "" && m == 0 && n > lead && paras[n-1].num != "" && paras[n-1].text != "" && paras[n-1].last == no-1 &&
			vntext.IsCaps(t) && vntext.RunesAtMost(paras[n-1].text, maxPartTitle) && vntext.IsCaps(paras[n-1].text) &&
			isPartMarker(paras[n-1].num) && paras[n-1].last > paras[n-1].first {
			// the part's title in capitals over more lines: "TRÁCH NHIỆM
			// CỦA" / "CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN"
			paras[n-1].text, paras[n-1].last = paras[n-1].text+" "+trimMarks(t), no
			continue
		}
		if n := len(paras); num == "" && m == 0 && n > lead && paras[n-1].num != "" && paras[n-1].text == "" &&
			paras[n-1].last == prevNo(p.lines, i) && (vntext.IsCaps(t) && isPartMarker(paras[n-1].num) ||
			strings.HasPrefix(paras[n-1].num, "Điều ") && p.articleTitle(i, to) > 0) {
			if e := p.articleTitle(i, to); e > 0 {
				for ; i+1 < e; i++ {
					t += " " + p.lines[i+1].text // the title's wrapped lines
				}
				no = p.lines[i].no
			}
			paras[n-1].text, paras[n-1].last = trimMarks(t), no
			continue
		}
		switch {
		case num != "" && strings.HasPrefix(num, "Điều "):
			// a page reflowed ran the article's title into its first
			// sentence: "Điều 3. Nhiệm vụ của Đoàn kiểm tra Đoàn kiểm tra
			// thực hiện …" is the title and a paragraph
			if title, rest, ok := doubledTitle(trimMarks(heading)); ok {
				paras = append(paras, bodyPara{num: num, text: title, first: no, last: p.lines[i].lastNo()},
					bodyPara{text: rest, first: no, last: p.lines[i].lastNo()})
				continue
			}
			paras = append(paras, bodyPara{num: num, text: trimMarks(heading), first: no, last: p.lines[i].lastNo()})
		case num != "":
			paras = append(paras, bodyPara{num: num, text: trimMarks(heading), first: no, last: p.lines[i].lastNo()})
		case m > 0:
			paras = append(paras, bodyPara{item: true, bullet: strings.TrimSpace(t[:m]), text: trimMarks(strings.TrimSpace(t[m:])), first: no, last: p.lines[i].lastNo()})
		default:
			paras = append(paras, bodyPara{text: t, first: no, last: p.lines[i].lastNo()})
		}
	}
	return paras
}

// acronymLead reports a line a hard wrap left opening with an acronym
// that goes on the sentence ("NSNN." under "… nộp vào", "UBND tỉnh để
// …"), not a heading in capitals.
func acronymLead(t string) bool {
	first, rest := splitWords(t, 1)
	first = strings.TrimRight(first, ".,;:")
	if first == "" || !vntext.RunesAtMost(first, 6) || !vntext.IsCaps(first) {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || startsLower(rest)
}

// labelWrap reports a paragraph that a full line broke after a label's
// colon inside a sentence ("… theo địa chỉ Email:" / "vbtoan@… trước ngày
// 25/5/2013."), not after a list's lead-in ("… như sau:", "… gồm:").
func labelWrap(text string) bool {
	if !strings.HasSuffix(text, ":") {
		return false
	}
	w := text[strings.LastIndexByte(strings.TrimSuffix(text, ":"), ' ')+1 : len(text)-1]
	switch keyOf(w) {
	case "sau", "gồm", "thể", "là", "dung", "đây", "đó":
		return false
	}
	return true
}

// firstLineIndents counts the paragraphs of lines from..to that open
// indented and go on at the margin in lower case: the layout an office
// document's PDF layer keeps.
func (p *docParser) firstLineIndents(from, to int) int {
	n := 0
	for i := max(from, 1); i < to; i++ {
		if p.lines[i].no == p.lines[i-1].no+1 && indentOf(p.lines[i-1].raw) >= minIndent && indentOf(p.lines[i].raw) == 0 &&
			startsLower(p.lines[i].text) {
			n++
		}
	}
	return n
}

// minFirstLineIndents is how many such paragraphs show the layout, and
// minIndent the indent that opens one.
const (
	minFirstLineIndents = 5
	minIndent           = 3
)

// hangingWrap reports line i, in lower case, indented under the text of
// the numbered heading on the line above that ended on a semicolon: a PDF
// layer wrapped the heading ("1. Tăng cường …, tổ chức đảng;" / "
// thống nhất và nâng cao nhận thức …").
func (p *docParser) hangingWrap(i int, prev bodyPara) bool {
	if i == 0 || prev.num == "" || prev.last != p.lines[i].no-1 || p.lines[i-1].no != prev.last || !strings.HasSuffix(prev.text, ";") {
		return false
	}
	return startsLower(p.lines[i].text) && indentOf(p.lines[i].raw) > indentOf(p.lines[i-1].raw)+len(prev.num)
}

// sameMargin reports line i set at the margin of the paragraph before it,
// which already went on over a line of its own: the text column of a
// marker's hanging indent, where an indent opens nothing.
func (p *docParser) sameMargin(i int, prev bodyPara) bool {
	no := p.lines[i].no
	return i > 0 && prev.last == no-1 && prev.first < no-1 && p.lines[i-1].no == no-1 &&
		indentOf(p.lines[i].raw) == indentOf(p.lines[i-1].raw)
}

// clauseWrap reports line i, in lower case, going on at the margin of a
// paragraph wrapped over lines whose last full line ended a clause on a
// semicolon ("… theo quy định;" / "tham mưu Chủ tịch …"): a wrap, since a
// new paragraph would open on a marker, a capital or an indent.
func (p *docParser) clauseWrap(i int, prev bodyPara) bool {
	if !p.sameMargin(i, prev) || !startsLower(p.lines[i].text) {
		return false
	}
	t := p.lines[i-1].text
	return strings.HasSuffix(t, ";") && !vntext.RunesAtMost(t, minWrapRunes-1)
}

// inArticle reports paragraphs whose last marker is an article's.
func inArticle(paras []bodyPara) bool {
	for k := len(paras) - 1; k >= 0; k-- {
		if paras[k].num != "" {
			kind, _, _ := markerLevel(paras[k].num)
			return kind == directive.NodeArticle
		}
	}
	return false
}

// bodyPara is one paragraph of the body as read: a marker's line (num and
// its heading), a bullet item, or plain text, with its input lines.
type bodyPara struct {
	num         string
	item        bool
	bullet      string // the bullet as printed: "-", "+", "•"
	text        string
	table       *directive.Table
	first, last int
	// grow holds text while lines are added to it one by one: appending
	// to a string copies it whole, each time
	grow *strings.Builder
}

// add appends sep and t to the paragraph's text. While the builder holds
// the text as it stands (the same string, compared at no cost), it grows
// in place; text set otherwise starts a new one.
func (b *bodyPara) add(sep, t string) {
	if b.grow == nil || b.grow.String() != b.text {
		b.grow = &strings.Builder{}
		b.grow.WriteString(b.text)
	}
	b.grow.WriteString(sep)
	b.grow.WriteString(t)
	b.text = b.grow.String()
}

// bodyTree nests the paragraphs by their markers' levels: Phần above
// Chương above Mục above Điều above I. above 1. above 1.1. above a) above
// bullets. A paragraph without a marker goes under the node open before
// it; after a bullet it continues the bullet's text.
func bodyTree(paras []bodyPara) []directive.Node {
	var root []directive.Node
	type open struct {
		level int
		node  *[]directive.Node // the slice holding it
		idx   int
	}
	var stack []open
	at := func(o open) *directive.Node { return &(*o.node)[o.idx] }
	// extend widens the line span of every open node to line.
	extend := func(line int) {
		for _, o := range stack {
			if n := at(o); line > n.Last {
				n.Last = line
			}
		}
	}
	add := func(level int, n directive.Node) {
		for len(stack) > 0 && stack[len(stack)-1].level >= level {
			stack = stack[:len(stack)-1]
		}
		dst := &root
		if len(stack) > 0 {
			dst = &at(stack[len(stack)-1]).Children
		}
		*dst = append(*dst, n)
		extend(n.Last)
		stack = append(stack, open{level, dst, len(*dst) - 1})
	}
	for _, bp := range paras {
		switch {
		case bp.table != nil:
			n := directive.Node{Kind: directive.NodeTable, Table: bp.table, First: bp.first, Last: bp.last}
			if len(stack) == 0 {
				root = append(root, n)
			} else {
				top := at(stack[len(stack)-1])
				top.Children = append(top.Children, n)
				extend(bp.last)
			}
		case bp.num != "":
			kind, marker, level := markerLevel(bp.num)
			add(level, directive.Node{Kind: kind, Marker: marker, Heading: bp.text, First: bp.first, Last: bp.last})
		case bp.item:
			add(bulletLevel(bp.bullet), directive.Node{Kind: directive.NodeBullet, Marker: bp.bullet, Text: bp.text, First: bp.first, Last: bp.last})
		case len(stack) > 1 && at(stack[len(stack)-1]).Kind == directive.NodeBullet && (namedAfter(dropConnective(bp.text)) != nil || noteLabel(bp.text) || doerLine(bp.text)):
			// a paragraph with a body of its own after the bullets ("Hàng
			// quý, Ủy ban nhân dân huyện … có trách nhiệm …"), or the line
			// that names who carries them out ("Trách nhiệm chỉ đạo thực
			// hiện: …"), goes under their point, not into the last bullet
			for len(stack) > 1 && at(stack[len(stack)-1]).Kind == directive.NodeBullet {
				stack = stack[:len(stack)-1]
			}
			n := at(stack[len(stack)-1])
			n.Children = append(n.Children, directive.Node{Kind: directive.NodeParagraph, Text: bp.text, First: bp.first, Last: bp.last})
			extend(bp.last)
		case len(stack) > 1 && at(stack[len(stack)-1]).Kind == directive.NodeBullet:
			n := at(stack[len(stack)-1])
			n.Text += "\n" + bp.text
			extend(bp.last)
		case len(stack) == 1 && at(stack[0]).Kind == directive.NodeBullet:
			// in the preamble, a paragraph after a bullet stands alone
			stack = stack[:0]
			fallthrough
		case len(stack) == 0:
			root = append(root, directive.Node{Kind: directive.NodeParagraph, Text: bp.text, First: bp.first, Last: bp.last})
		default:
			n := at(stack[len(stack)-1])
			n.Children = append(n.Children, directive.Node{Kind: directive.NodeParagraph, Text: bp.text, First: bp.first, Last: bp.last})
			extend(bp.last)
		}
	}
	return root
}

// longestName returns the words of the longest of the names a heading's
// part lists, by "," and "và": "Ban Quản lý Khu kinh tế và Ban Quản lý
// các Khu công nghiệp tỉnh Lào Cai" is two names, not one of 17 words.
func longestName(part string) int {
	n := 0
	for _, piece := range strings.Split(strings.ReplaceAll(part, " và ", ","), ",") {
		n = max(n, len(vntext.Fields(piece)))
	}
	return n
}

// addresseesOf returns the bodies a section heading assigns the section
// to ("Các Sở, ban, ngành; UBND quận, huyện, thị xã"), or nil when the
// heading is a topic.
// dutyTails close the bodies a heading or a lead-in gives work by their
// duty: "Sở Y tế có trách nhiệm:".
var dutyTails = []string{" có trách nhiệm", " chịu trách nhiệm", " có nhiệm vụ"}

func addresseesOf(heading string) []string {
	h := strings.TrimRight(heading, " :.")
	if strings.HasSuffix(h, ")") {
		// "Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5
		// Điều 3 Nghị định số …)": the bodies, and where they are defined
		if i := strings.LastIndex(h, " ("); i > 0 && strings.Count(h[i:], ")") == 1 {
			h = strings.TrimRight(h[:i], " :.")
		}
	}
	// "Sở Y tế có trách nhiệm:", "Các sở, ngành chịu trách nhiệm:"
	for _, tail := range dutyTails {
		if n := len(h) - len(tail); n > 0 && strings.EqualFold(h[n:], tail) {
			if b := strings.TrimSpace(h[:n]); !strings.ContainsAny(b, ":(") && vntext.RunesAtMost(b, maxBodiesBeforeDuty) {
				h = b // bodies only, not a sentence that ends so
			}
			break
		}
	}
	// "Trách nhiệm của Ủy ban nhân dân các tỉnh …" ("Đối với …" states a
	// case as often as a body: "Đối với địa phương có khó khăn …")
	duty := false // "Trách nhiệm của X": X is who the duties fall to, a known body or not
	if n := dutyLeadLen(h); n > 0 {
		h = strings.TrimSpace(h[n:])
		duty = true
	} else if hasFoldPrefix(h, "đối với ") && bodiesCase(h[len("đối với "):]) {
		h = strings.TrimSpace(h[len("đối với "):]) // "1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ"
	} else if hasFoldPrefix(h, "đối với ") && localityName(h[len("đối với "):]) {
		// "2. Đối với Thủ đô Hà Nội", "Đối với tỉnh Lào Cai": the
		// locality's government, named by the place
		h, duty = strings.TrimSpace(h[len("đối với "):]), true
	}
	if h == "" || !vntext.RunesAtMost(h, maxHeadingAddressees) {
		return nil
	}
	parts := strings.Split(h, ";")
	out := make([]string, 0, len(parts))
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil
		}
		if longestName(part) > maxHeadingWords {
			return nil
		}
		k := keyOf(part)
		k, class := strings.CutPrefix(k, "các ")
		if rest, ok := strings.CutPrefix(k, "tổ chức"); ok && !class && !organization("", rest) && !strings.HasPrefix(rest, ",") && !orgAnd(rest) {
			return nil // "Tổ chức các hội nghị hiệp thương": a task; "TỔ CHỨC VÀ HOẠT ĐỘNG": a chapter's title
		}
		if slices.ContainsFunc(headLookalikes, func(w string) bool { return k == w || strings.HasPrefix(k, w+" ") }) {
			return nil // "Trường hợp …", "Ban hành …"
		}
		ok := duty && len(parts) == 1 && unicode.IsLetter(firstRune(part))
		for _, w := range orgHeadKeys {
			if strings.HasPrefix(k, w) || k == strings.TrimSpace(w) {
				ok = true
				break
			}
		}
		if !ok {
			return nil
		}
		named := strings.ReplaceAll(k, "ban chỉ đạo", "") // a body's name, not a task
		for _, w := range taskKeys {
			if strings.Contains(named, w) {
				return nil
			}
		}
		out = append(out, part)
	}
	return out
}

// orgAnd reports "tổ chức và" going on with others who are given work:
// "Tổ chức và cá nhân có liên quan", not "Tổ chức và hoạt động".
func orgAnd(rest string) bool {
	for _, w := range []string{" và cá nhân", " và công dân", " và doanh nghiệp", " và hộ gia đình", " và cơ quan", " và đơn vị", " và người"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// localityWords open the name of a place whose government a heading
// addresses by it.
var localityWords = []string{"thủ đô", "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"}

// localityName reports a place's name: a locality word and one to four
// words in capitals or with a capital ("Thủ đô Hà Nội", "tỉnh Lào Cai"),
// not a case ("tỉnh có rừng").
func localityName(t string) bool {
	w := strings.Fields(t)
	k := keyOf(t)
	for _, l := range localityWords {
		if !strings.HasPrefix(k, l+" ") {
			continue
		}
		name := w[strings.Count(l, " ")+1:]
		if len(name) == 0 || len(name) > 4 {
			return false
		}
		for _, x := range name {
			if !unicode.IsUpper(firstRune(x)) {
				return false
			}
		}
		return true
	}
	return false
}

// noteLabel reports the label of a block of notes: "Ghi chú:", "Chú
// thích:".
func noteLabel(t string) bool {
	k := keyOf(strings.TrimSuffix(strings.TrimSpace(t), ":"))
	return k == "ghi chú" || k == "chú thích"
}

// bodiesCase reports the case "Đối với" opens as bodies, not bodies in a
// state: "các bộ, ngành, cơ quan thuộc Chính phủ", "các cơ quan có liên
// quan", but not "địa phương có khó khăn về ngân sách".
func bodiesCase(rest string) bool {
	k := keyOf(rest)
	if !opensHead(k) {
		return false
	}
	for i := strings.Index(k, " có "); i >= 0; {
		if !strings.HasPrefix(k[i+len(" có "):], "liên quan") {
			return false
		}
		j := strings.Index(k[i+1:], " có ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return true
}

// dutyNouns name what a heading gives a body before "của": "Trách nhiệm
// của …", "Nhiệm vụ và quyền hạn của …", "Chức năng, nhiệm vụ cụ thể của …".
var (
	dutyNouns     = []string{"trách nhiệm", "nhiệm vụ", "quyền hạn", "chức năng", "quyền"}
	dutyModifiers = []string{" chủ yếu", " trọng tâm", " cụ thể", " chung"}
)

// dutyLeadLen returns the length of the duty nouns and "của " that open
// h, or 0.
func dutyLeadLen(h string) int {
	i := 0
	for {
		n := 0
		for _, w := range dutyNouns {
			if hasFoldPrefix(h[i:], w) && len(w) > n {
				n = len(w)
			}
		}
		if n == 0 {
			return 0
		}
		i += n
		for _, m := range dutyModifiers {
			if hasFoldPrefix(h[i:], m) {
				i += len(m)
				break
			}
		}
		switch {
		case hasFoldPrefix(h[i:], " của "):
			return i + len(" của ")
		case hasFoldPrefix(h[i:], ", "):
			i += len(", ")
		case hasFoldPrefix(h[i:], " và "):
			i += len(" và ")
		default:
			return 0
		}
	}
}

// maxWrappedEntry bounds the wrapped end of a one-line recipient.
const maxWrappedEntry = 60

// minWrapRunes is the shortest line taken for one a hard wrap broke:
// pandoc wraps plain text at 72 columns, PDF text layers at the page's
// width.
const minWrapRunes = 60

// minHardWraps is how many lines broken before a lower-case word show
// that the text was wrapped at a width, so that a full line also goes on
// into a line that opens with a capital ("… của Bộ trưởng" / "Bộ Giáo
// dục …"). A writer that puts each paragraph on one line never does.
const minHardWraps = 2

// hardWraps counts the lines in [from, to) a hard wrap broke before a
// lower-case word.
func (p *docParser) hardWraps(from, to int) int {
	n := 0
	for i := max(from, 1); i < to; i++ {
		if p.lines[i].no == p.lines[i-1].no+1 && startsLower(p.lines[i].text) && p.hardWrapped(i-1) {
			n++
		}
	}
	return n
}

// nextNumber returns the number of the first numbered section among the
// lines [from, to), or "".
func (p *docParser) nextNumber(from, to int) string {
	for i := from; i < to; i++ {
		if num, _ := cutSectionMarker(p.lines[i].text); num != "" {
			return num
		}
	}
	return ""
}

// citesOn reports a text that breaks off inside a reference to a part of
// a document: "… theo quy định tại khoản 1" over "Điều 1 Nghị định …".
func citesOn(t string) bool {
	w := strings.Fields(t)
	if len(w) < 2 {
		return false
	}
	last, before := keyOf(w[len(w)-1]), keyOf(w[len(w)-2])
	switch {
	case last == "tại" || last == "theo":
		return true
	case before == "khoản" || before == "điểm":
		return len(last) <= 3
	}
	return false
}

// spacedWraps counts the hard wraps of a text whose lines a blank line
// parts (a scan that spaced them): a full line, one blank line, a line in
// lower case.
func (p *docParser) spacedWraps(from, to int) int {
	n := 0
	for i := max(from, 2); i < to; i++ {
		if p.spacedWrap(i) && startsLower(p.lines[i].text) {
			n++
		}
	}
	return n
}

// nameGoesOn reports a line that ends on a capitalised word inside a
// sentence: a name the wrap broke ("… báo cáo UBND tỉnh Hà" / "Tĩnh …").
func nameGoesOn(t string) bool {
	w := t[strings.LastIndexByte(t, ' ')+1:]
	return w != "" && unicode.IsUpper(firstRune(w)) && !vntext.IsCaps(t)
}

// spacedWrap reports line i under one blank line, under a line a hard wrap
// broke.
func (p *docParser) spacedWrap(i int) bool {
	if i < 2 || p.lines[i-1].text != "" || p.lines[i-2].text == "" {
		return false
	}
	no := p.lines[i].no
	return p.lines[i-1].no == no-1 && p.lines[i-2].no == no-2 && p.hardWrapped(i-2)
}

// hardWrapped reports whether line i fills the width a hard wrap breaks
// at: long, and ending inside a sentence.
func (p *docParser) hardWrapped(i int) bool {
	t := p.lines[i].text
	return !vntext.RunesAtMost(t, minWrapRunes-1) && !endsSentence(t) && !strings.HasSuffix(t, ":")
}

// dropPageTail sets aside, from the first line after start that labels a
// web page's own block ("Văn bản liên quan:", "Tải về", "Chia sẻ:"), that
// line and every one after it: the page went on after the document, which
// its text ran to without a signature. The lines are left blank for the
// readers; each is a chrome repair.
func (p *docParser) dropPageTail(start int) {
	for i := start; i < len(p.lines); i++ {
		t := p.lines[i].text
		if t == "" || !vntext.RunesAtMost(t, maxTailChromeLine) || !pageTailLabel(t, p.key(i)) {
			continue
		}
		p.asideFrom(i)
		return
	}
}

// asideFrom sets aside line i and every line after it as a site's chrome,
// each with its repair, and leaves them blank for the readers.
func (p *docParser) asideFrom(i int) {
	for ; i < len(p.lines); i++ {
		l := &p.lines[i]
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		p.repair(directive.RepairChrome, "", l.no, l.text, "")
		for no := l.no; no <= l.lastNo(); no++ {
			p.aside = append(p.aside, no)
		}
		l.text, l.kindSet, l.kset = "", false, false
	}
}

// pageTailLabel reports a web page's block label standing alone: one of
// tailChromeKeys and nothing after it but a colon, a "©" or a count
// ("Lượt xem: 1.234").
func pageTailLabel(t, k string) bool {
	w, ok := tailChromeLabel(k)
	if !ok {
		return false
	}
	// the label as written, then what follows it
	_, after := splitWords(t, len(vntext.Fields(w)))
	after = strings.TrimSpace(after)
	return after == "" || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "©")
}

// scanNoise reports a short text with no word of three letters or more:
// what a scan leaves of a stamp or a mark ("DA ä .", "„4y").
func scanNoise(t string) bool {
	if !vntext.RunesAtMost(t, maxScanNoise) {
		return false
	}
	for _, w := range vntext.Fields(t) {
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n >= 3 {
			return false
		}
	}
	return true
}

// doubledTitle cuts a title run into the sentence after it where the
// sentence opens with the words the title ends on ("Trách nhiệm của Sở Y
// tế Sở Y tế có trách nhiệm …"): two words or more, the second copy
// capitalised, within the first words a title has.
func doubledTitle(t string) (title, rest string, ok bool) {
	words := strings.Fields(t)
	for k := 3; k < len(words) && k <= maxDoubledTitleWords; k++ {
		if !unicode.IsUpper(firstRune(words[k])) {
			continue
		}
		for n := 2; n <= 5 && n < k && k+n < len(words); n++ {
			same := true
			for j := range n {
				if keyOf(words[k-n+j]) != keyOf(words[k+j]) {
					same = false
					break
				}
			}
			if same {
				return strings.Join(words[:k], " "), strings.Join(words[k:], " "), true
			}
		}
	}
	return "", "", false
}

// maxDoubledTitleWords bounds where doubledTitle looks: an article's title
// is a phrase, not a sentence.
const maxDoubledTitleWords = 16
