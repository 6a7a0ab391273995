package parser

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// A crawler's page text (thuvienphapluat.vn's, a PDF layer copied as one
// block, a whole document on one line) wraps the document at a fixed
// width or not at all, and prints its markers inside the lines: "… như
// sau: 1. Rà soát … BHYT. - Đối với …". Such a text is told by its
// markers: more of them inside lines, after a sentence's end, than at the
// starts of lines. The Nơi nhận list, which a PDF prints so in any
// document, is not counted.

// segment is a run of input text the per-line reader takes as one line:
// the wrapped lines of a paragraph joined, cut at the markers inside it.
type segment struct {
	text     string
	no, last int // the input lines it runs over
}

// flatText reports a text whose markers stand inside its lines.
func flatText(raws []string) bool {
	inside, starts := 0, 0
	// A Nơi nhận list on a line of its own is the document's: one named
	// inside a line above it is a summary's or a page's metadata
	// ("trich_yeu: \"… theo yêu cầu./. Nơi nhận: - Như trên, …\""), no
	// sign that the document was flattened.
	ownList := -1
	for k, raw := range raws {
		if t := strings.TrimSpace(raw); strings.HasPrefix(t, "Nơi nhận") || strings.HasPrefix(t, "NƠI NHẬN") {
			ownList = k
		}
	}
	for k, raw := range raws {
		if strings.Count(raw, "\t") >= 2 {
			continue // a table's row copied with tabs: its cells' markers are no evidence
		}
		t := collapse(raw) // spaces as the lines will read them: a control byte is one
		end := false
		for _, label := range [...]string{"Nơi nhận", "NƠI NHẬN"} {
			if i := strings.Index(t, label); i >= 0 && k < ownList {
				t = t[:i] // the summary's list: its dashes are no markers
			} else if i >= 0 {
				if i >= minFlatBody && strings.HasPrefix(t[i+len(label):], ":") && sentenceMark(t[max(0, i-2)]) {
					return true // the body and its Nơi nhận list on one line: a whole document so
				}
				if strings.HasSuffix(t[:i], "./. ") && strings.HasPrefix(t[i+len(label):], ":") {
					return true // "… biết và thực hiện./. Nơi nhận: -": the closing ran on into the list
				}
				t, end = t[:i], true
			}
		}
		if t != "" && markAt(t, 0) > 0 {
			starts++
		}
		for i := 2; i < len(t); i++ {
			if t[i-1] == ' ' && sentenceMark(t[i-2]) && markAt(t, i) > 0 {
				inside++
			}
		}
		if !end && k+1 < len(raws) && endMarkWrapped(t, strings.TrimSpace(raws[k+1])) {
			inside++ // "… như sau: 1." / "Đầu tư …": a marker the wrap cut from its heading
		}
		if end {
			break
		}
	}
	return inside >= minFlatMarks && inside > 2*starts
}

// flatAnnex returns where an annex opens after the Nơi nhận list of a
// document whose own markers stand at the starts of its lines, when the
// annex prints its markers inside its lines (a scan's OCR reflowed the
// annex's paragraphs); 0 otherwise.
func flatAnnex(raws []string) int {
	list := -1
	for k := range min(len(raws), maxFlatAnnexStart) {
		if t := strings.TrimSpace(raws[k]); strings.HasPrefix(t, "Nơi nhận") || strings.HasPrefix(t, "NƠI NHẬN") {
			list = k
			break
		}
	}
	if list < 0 || flatText(raws[:list]) {
		return 0
	}
	for k := list + 1; k < len(raws); k++ {
		t := strings.TrimSpace(raws[k])
		if !vntext.IsCaps(t) || !vntext.RunesAtMost(t, maxAnnexTitle) || !unicode.IsLetter(firstRune(t)) || strings.ContainsRune(t, '|') ||
			signMarkLen(t) > 0 || len(vntext.Fields(t)) < 2 || isPersonName(t) || isTitle(keyOf(t)) {
			continue
		}
		// a table's rows hold markers in their cells: they are no evidence
		if !flatText(slices.DeleteFunc(slices.Clone(raws[k:]), isTableRow)) {
			return 0
		}
		return k // "CHƯƠNG TRÌNH HÀNH ĐỘNG …" over a reflowed text
	}
	return 0
}

// maxFlatAnnexStart bounds the lines looked through for a Nơi nhận list
// an annex follows.
const maxFlatAnnexStart = 2000

// endMarkWrapped reports a line that ends, after a sentence, with a
// section number whose heading opens the next line: a flattened text
// wrapped again at a fixed width.
func endMarkWrapped(t, next string) bool {
	i := strings.LastIndexByte(t, ' ')
	if i < 1 || !sentenceMark(t[i-1]) || next == "" {
		return false
	}
	m := t[i+1:]
	if len(m) > 4 || !strings.HasSuffix(m, ".") && !strings.HasSuffix(m, ")") {
		return false
	}
	return markAt(m+" "+next, 0) > 0
}

// sentenceMark is a byte a marker inside a line follows (with a space):
// the end of a sentence, a list's colon or semicolon.
func sentenceMark(c byte) bool { return c == '.' || c == ':' || c == ';' }

// markAt returns the length of a marker at t[i] that opens a paragraph
// ("Điều 5.", "II.", "2.1.", "a)", "-", "+") followed by a capital, or 0.
func markAt(t string, i int) int {
	s := t[i:]
	if s == "" || !mayOpenMark(s) {
		return 0
	}
	if num, heading := cutSectionMarker(s); num != "" {
		if heading == "" || !opensUpper(heading) {
			return 0
		}
		return len(s) - len(heading)
	}
	if s[0] == '-' || s[0] == '+' || strings.HasPrefix(s, "•") {
		if m := itemMarkerLen(s); m > 0 && opensUpper(s[m:]) {
			return m
		}
	}
	return 0
}

// mayOpenMark is markAt's quick test of the first bytes: a digit, a
// Roman numeral or a part's word in capitals, a letter before ")" or ".",
// "Đ"/"đ", a dash, a plus or a bullet. Most sentences open otherwise.
func mayOpenMark(s string) bool {
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '-', c == '+', c == 0xC4, c == 0xE2: // 0xC4: Đ, đ; 0xE2: •
		return true
	case c == 'I', c == 'V', c == 'X', c == 'L', c == 'C', c == 'P', c == 'M':
		return true
	case c >= 'a' && c <= 'z':
		return len(s) > 1 && (s[1] == ')' || s[1] == '.')
	}
	return false
}

func opensUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r == '(' || r == '"' || r == '“'
}

// flatSegments joins each block of lines (a run without a blank line)
// and cuts it before its markers, before "Nơi nhận" and after "./.". A
// page title the crawler printed again at the top of a block is left out
// as chrome. Line breaks inside a segment are wraps. nos gives the input
// line number of each of raws (nil: their index plus one).
func (p *docParser) flatSegments(raws []string, nos []int) []segment {
	lineNo := func(j int) int {
		if nos == nil {
			return j + 1
		}
		return nos[j]
	}
	var out []segment
	var title string
	p.repair(directive.RepairFlatText, "", lineNo(0), "", "") // where the flat text opens: line 1, or an annex's title
	for k := 0; k < len(raws); {
		if strings.TrimSpace(raws[k]) == "" {
			k++
			continue
		}
		e := k
		for e < len(raws) && strings.TrimSpace(raws[e]) != "" {
			e++
		}
		// join lines k..e-1, noting where each starts
		var b strings.Builder
		starts := make([]int, 0, e-k)
		for j := k; j < e; j++ {
			// one space between words: a typist's two after a full stop
			// would hide the marker after it ("… hiện.  2. Sở …")
			t := collapse(raws[j])
			if hasStrayMark(t) {
				// a PDF's tone marks left alone hide the markers' capitals
				c := collapse(dropStrayMarks(t))
				if !p.strayMarks {
					p.strayMarks = true
					p.repair(directive.RepairStrayMarks, "", lineNo(j), t, c)
				}
				t = c
			}
			if j > k {
				prev := b.String()
				if !(strings.HasSuffix(prev, "-") && len(prev) > 1 && prev[len(prev)-2] != ' ') {
					b.WriteByte(' ') // "…/TT-" / "BYT": a symbol broken at its dash joins close
				}
				p.wrapBefore(lineNo(j))
			}
			starts = append(starts, b.Len())
			b.WriteString(t)
		}
		text := b.String()
		lineAt := func(off int) int { return lineNo(k + sort.SearchInts(starts, off+1) - 1) }
		from := 0
		if title == "" {
			title = text
		} else if n := repeatedTitle(title, text); n > 0 {
			p.repair(directive.RepairChrome, "", lineNo(k), text[:n], "")
			from = n
		}
		cuts := flatCuts(text, from)
		if k == 0 {
			cuts = append(cuts, titleCuts(text)...)
			slices.Sort(cuts)
			cuts = slices.Compact(cuts)
		}
		for c := range cuts {
			a, z := cuts[c], len(text)
			if c+1 < len(cuts) {
				z = cuts[c+1]
			}
			if t := trimTableRules(strings.TrimSpace(text[a:z])); t != "" {
				out = append(out, segment{text: t, no: lineAt(a), last: lineAt(max(a, z-1))})
			}
		}
		k = e
	}
	return out
}

// titleCuts cuts a page's title and the issuer from the national header
// they run into at the top of a flat text: "Quyết định 1666/QĐ-BHXH năm
// 2020 về … ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------- CỘNG HÒA …".
func titleCuts(text string) []int {
	head := vntext.PrefixRunes(text, flatHeadLen)
	h, _ := indexPhrase(head, flatQuocHieu)
	if h < 0 {
		h, _ = indexPhrase(head, flatDang)
	}
	if h <= 0 {
		return nil
	}
	parts := splitTitleIssuer(strings.TrimSpace(text[:h]))
	if parts == nil {
		return nil
	}
	return []int{strings.LastIndex(text[:h], parts[1]), h}
}

// repeatedTitle returns the length of the sentence text opens with when
// the first block opened with it too (a page's title printed again above
// each part), or 0.
func repeatedTitle(first, text string) int {
	n := 0
	for n < len(first) && n < len(text) && first[n] == text[n] {
		n++
	}
	i := strings.LastIndex(text[:n], ". ")
	if i < 0 || vntext.RunesAtMost(text[:i], minRepeatedTitle) {
		return 0
	}
	return i + 2
}

// flatCuts gives where the segments of text[from:] start: from, each
// marker after a sentence's end, "Nơi nhận", and what follows "./.";
// inside the recipients after "Kính gửi:" and in the Nơi nhận list, a
// sentence that runs on past its last entry is cut off too.
func flatCuts(text string, from int) []int {
	cuts := []int{from}
	list := false // inside a list of bodies: Kính gửi or Nơi nhận
	for i := from + 2; i < len(text); i++ {
		if text[i-1] == ' ' && strings.HasSuffix(text[:i], "gửi: ") {
			list = true
		}
		if text[i-1] == ' ' && (text[i] == 'T' || text[i] == 'K' || text[i] == 'Q') && signMarkLen(text[i:]) > 0 {
			// a signature block run into what follows: "TM. CHÍNH PHỦ
			// THỦ TƯỚNG Phạm Minh Chính CHƯƠNG TRÌNH HÀNH ĐỘNG …"
			if e := signatureEnd(text, i); e > 0 {
				cuts, list = append(cuts, i, e), false
				i = e
				continue
			}
			if signatureToEnd(text[i:]) {
				// the block ends the text: "… - Lưu: VT. TL. BỘ TRƯỞNG …
				// Nguyễn Đức Hữu"
				cuts = append(cuts, i)
				break
			}
		}
		if text[i-1] == ' ' && text[i] == '(' {
			// an annex's title, its note and its text: "… ĐẾN NĂM 2045
			// (Ban hành kèm theo Nghị quyết số 12/NQ-CP …) Căn cứ …"
			if n := annexNote(text[i:]); n > 0 && vntext.IsCaps(lastWords(text[:i-1], 4)) {
				cuts = append(cuts, i, i+n)
				i += n
				continue
			}
		}
		switch {
		case text[i-1] == ' ' && sentenceMark(text[i-2]) && markAt(text, i) > 0:
			cuts = append(cuts, i)
		case text[i-1] == ' ' && text[i-2] == ')' && majorMark(text[i:]):
			// "… (chi tiết Phụ lục 05 đính kèm) V. TỔ CHỨC THỰC HIỆN"
			cuts = append(cuts, i)
		case text[i-1] == ' ' && underHeading(text, cuts[len(cuts)-1], i):
			cuts = append(cuts, i)
		case text[i-1] == ' ' && text[i-2] == '.' && !list && opensClosing(text[i:]) && !afterMark(text, cuts[len(cuts)-1], i):
			cuts = append(cuts, i)
		case strings.HasPrefix(text[i:], "Nơi nhận") && text[i-1] == ' ':
			cuts, list = append(cuts, i), true
			continue
		case strings.HasPrefix(text[i:], "./.") && i+3 < len(text) && text[i+3] == ' ':
			cuts, list = append(cuts, i+4), false
			i += 3
			continue
		case list && text[i-1] == ' ' && text[i-2] == '.':
			// the last body of the list, and then the text goes on:
			// "- Bảo hiểm xã hội Công an nhân dân. (Sau đây …) Bộ Y tế có
			// …" / "- Lưu: VT, TST. TỔNG GIÁM ĐỐC Nguyễn Thế Mạnh"
			if last := cuts[len(cuts)-1]; itemMarkerLen(text[last:]) > 0 && !strings.Contains(text[last:i], ";") && opensUpper(text[i:]) && !abbrevBefore(text, i-2) {
				cuts, list = append(cuts, i), false
				if e := titleNameEnd(text, i); e > 0 {
					// "- Lưu: VT, TST. TỔNG GIÁM ĐỐC Nguyễn Thế Mạnh
					// Quyết định …": the signer's post and name
					cuts = append(cuts, e)
					i = e
				}
			}
		}
	}
	for _, c := range cuts {
		if e := standardHeadingEnd(text[c:]); e > 0 {
			cuts = append(cuts, c+e)
		}
	}
	slices.Sort(cuts)
	return slices.Compact(cuts) // "./." and "Nơi nhận" cut at one place
}

// afterMark reports text[i] just after the marker that opens the segment
// cut at last: "2. Yêu cầu" is a heading, not a closing request.
func afterMark(text string, last, i int) bool {
	m := markAt(text, last)
	return m > 0 && last+m == i
}

// majorMark reports a part's, chapter's or article's marker, or a Roman
// numeral's, at the start of s, its heading in capitals: "V. TỔ CHỨC
// THỰC HIỆN", "Điều 3. …".
func majorMark(s string) bool {
	num, heading := cutSectionMarker(s)
	if num == "" || heading == "" || markAt(s, 0) == 0 {
		return false
	}
	if strings.ContainsAny(num[:1], "IVX") && strings.Trim(num, "IVXL.") == "" {
		f := vntext.Fields(vntext.PrefixRunes(heading, 40))
		return len(f) >= 2 && vntext.IsCaps(f[0]+" "+f[1])
	}
	return strings.Contains(num, " ") // Điều 3, Chương II
}

// standardHeadings are the headings of a plan's and a decision's usual
// sections, which a flat text runs into their first paragraph.
var standardHeadings = []string{"mục đích", "yêu cầu", "mục tiêu", "mục tiêu chung", "mục tiêu cụ thể", "quan điểm",
	"quan điểm chỉ đạo", "phạm vi điều chỉnh", "đối tượng áp dụng", "kinh phí", "kinh phí thực hiện",
	"tổ chức thực hiện", "chế độ báo cáo", "thời gian thực hiện", "nguyên tắc chung"}

// standardHeadingEnd returns where a standard heading after a marker at
// the start of s ends when a sentence follows it with no stop: "1. Mục
// đích Cụ thể hóa …"; or 0.
func standardHeadingEnd(s string) int {
	m := markAt(s, 0)
	if m == 0 || s[0] == '-' || s[0] == '+' {
		return 0
	}
	rest := s[m:]
	best := 0
	for _, h := range standardHeadings {
		if n, ok := vntext.MatchWord(rest, 0, h); ok && n < len(rest) && rest[n] == ' ' && opensUpper(rest[n+1:]) && n > best {
			best = n
		}
	}
	if best == 0 {
		return 0
	}
	return m + best + 1
}

// signatureEnd returns where the signer's name ends in a signature block
// at text[i] that runs on into other text, or -1: the mark, the
// authority and the title in capitals, then two to five words of a name
// (capital first, then lower case), then more text.
func signatureEnd(text string, i int) int {
	caps, name, end, prevEnd := 0, 0, -1, -1
	for j := i; j < len(text); {
		for j < len(text) && text[j] == ' ' {
			j++
		}
		k := strings.IndexByte(text[j:], ' ')
		if k < 0 {
			k = len(text) - j
		}
		w := text[j : j+k]
		switch {
		case w == "":
			return -1
		case name == 0 && (vntext.IsCaps(w) || signMarkLen(w+" X") > 0 || w == "-"):
			if caps++; caps > maxSignWords {
				return -1 // a run of capitals no block's posts make
			}
		case caps > 0 && nameWord(w) && name < 5 && !strings.HasPrefix(text[j:], "Nơi nhận"):
			name++
			prevEnd, end = end, j+k
		case name >= 3 && startsLower(w):
			return prevEnd // the last capital opens the text after: "… Nguyễn Thế Mạnh Quyết định …"
		case name >= 2:
			return end
		default:
			return -1
		}
		j += k
	}
	return -1 // the text ends with the block: nothing to cut
}

// signatureToEnd reports a signature block that ends the text: the mark
// and the posts in capitals, then a name of two to five words.
func signatureToEnd(s string) bool {
	if !vntext.RunesAtMost(s, maxSignWords*12) {
		return false // not a block's few words; and each mark asks again
	}
	words := vntext.Fields(s)
	k := 0
	for k < len(words) && (vntext.IsCaps(words[k]) || signMarkLen(words[k]+" X") == len(words[k])) {
		k++
	}
	n := len(words) - k
	if k < 2 || n < 2 || n > 5 {
		return false
	}
	for _, w := range words[k:] {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

// trimTableRules drops the rules and bars of a table a flat text ran
// into a segment's ends ("| |---|---| QUY ĐỊNH …"): markup, not text. A
// run without a bar is kept, a dash being an item's marker.
func trimTableRules(t string) string {
	isRule := func(r rune) bool { return r == '|' || r == '-' || r == ':' || r == ' ' || r == '+' || r == '=' }
	if head := len(t) - len(strings.TrimLeftFunc(t, isRule)); head > 0 && strings.Contains(t[:head], "|") {
		t = t[head:]
	}
	if tail := strings.TrimRightFunc(t, isRule); len(tail) < len(t) && strings.Contains(t[len(tail):], "|") {
		t = tail
	}
	return t
}

// titleNameEnd returns where the name ends after a post in capitals at
// text[i] ("TỔNG GIÁM ĐỐC Nguyễn Thế Mạnh …"), when more text follows, or
// -1.
func titleNameEnd(text string, i int) int {
	e := signatureEnd(text, i)
	if e <= 0 {
		return -1
	}
	title, name := titleThenName(text[i:e])
	if title == "" || name == "" {
		return -1
	}
	return e
}

// annexNote returns the length of an annex's note in brackets at the
// start of s ("(Ban hành kèm theo Quyết định số …)", "(Kèm theo …)"),
// or 0.
func annexNote(s string) int {
	k := keyOf(vntext.PrefixRunes(s[1:], 24))
	if !strings.HasPrefix(k, "ban hành kèm theo") && !strings.HasPrefix(k, "kèm theo") {
		return 0
	}
	e := strings.IndexByte(s, ')')
	if e < 0 || !vntext.RunesAtMost(s[:e], 400) {
		return 0
	}
	return e + 1
}

// lastWords is the last n space-separated words of s.
func lastWords(s string, n int) string {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		i = strings.LastIndexByte(s[:i], ' ')
		if i < 0 {
			return s
		}
	}
	return s[i+1:]
}

// nameWord reports a word of a person's name: a capital, then letters
// not in capitals ("Chính", "Thị"), or one capital ("Nguyễn Văn A").
func nameWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[n:] {
		if !unicode.IsLetter(c) || unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// underHeading reports a marker at text[i] that opens the first point
// under the heading of the section cut at last, printed after it with no
// stop: "2. Các bệnh viện tuyến tỉnh 2.1. Chuẩn bị …", "3. Trung tâm Y tế
// các huyện a) Tổ chức …", "1. Trung tâm Kiểm soát bệnh tật - Chủ trì,
// phối hợp …". A bullet counts only before a task's or a case's opening
// words: a dash inside a name ("Ban Quản lý Thu - Sổ, Thẻ") is none.
func underHeading(text string, last, i int) bool {
	if text[i] < '0' && text[i] != '-' && text[i] != '+' || text[i] > 'z' && !strings.HasPrefix(text[i:], "đ)") {
		return false // not a marker's first byte
	}
	num, heading := cutSectionMarker(text[last:i])
	if num == "" || heading == "" || !vntext.RunesAtMost(heading, maxFlatHeading) || strings.ContainsAny(heading, ".:;") {
		return false
	}
	m := markAt(text, i)
	if m == 0 {
		return false
	}
	if sub, _ := cutSectionMarker(text[i:]); sub != "" {
		return strings.HasSuffix(sub, "1") && sub != "11" || sub == "a" || sub == "I"
	}
	k := keyOf(vntext.PrefixRunes(text[i+m:], 24))
	for _, w := range flatOpeners {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	if text[i] != '-' && text[i] != '+' {
		return false
	}
	// a bullet that names its body: "… đã thành lập - Ban Quản lý Khu
	// kinh tế … đầu tư, hoàn thiện …"
	for _, w := range lexicon.HeadLookalikes {
		if strings.HasPrefix(k, w) {
			return false
		}
	}
	for _, w := range lexicon.BodyHeads {
		if w = strings.TrimSpace(w); strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
}

// flatOpeners are the words a point's first bullet opens with.
var flatOpeners = slices.Concat(lexicon.TaskVerbs, lexicon.ActionVerbs, []string{"đối với", "trường hợp", "về việc", "là cơ quan", "là đơn vị"})

// closingOpeners open the paragraphs a letter closes with, each its own
// paragraph in print: a request, what to do on difficulties, thanks.
var closingOpeners = []string{"Đề nghị ", "Yêu cầu ", "Nếu có khó khăn", "Trong quá trình thực hiện", "Trân trọng", "Trên đây là", "Xin trân trọng"}

// opensClosing reports a closing paragraph's opening at the start of s.
func opensClosing(s string) bool {
	for _, o := range closingOpeners {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}

// abbrevBefore reports a period at text[dot] that closes a short word in
// capitals ("TP.", "TT.") rather than a sentence.
func abbrevBefore(text string, dot int) bool {
	w := strings.LastIndexByte(text[:dot], ' ') + 1
	word := text[w:dot]
	return vntext.RunesAtMost(word, 2) && vntext.IsCaps(word) && !strings.Contains(text[:w], "Lưu")
}
