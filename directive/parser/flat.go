package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// Web previews and PDF text layers often print the whole header on one
// line: "UBND TỈNH X CỘNG HÒA XÃ HỘI … SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
// Số: 12/SYT-VP X, ngày 05 tháng 11 năm 2010 V/v … Kính gửi: …".
// splitFlatHeader cuts such a line at the parts of the header, so that
// the line-based header parser can read it. A line that does not hold a
// national header and a date line is returned whole (nil).
//
// It is long because the cuts depend on one another in order (the motto
// before the date, the date before the type and the subject) and share the
// positions found so far; split up, each part would take and return them.
func splitFlatHeader(t string) []string {
	if vntext.RunesAtMost(t, flatMin) {
		return nil
	}
	head := vntext.PrefixRunes(t, flatHeadLen)
	if !mayHoldNational(head) {
		return nil // no "… Việt Nam" and no "Hạnh phúc": most lines, told at memchr speed
	}
	var cuts []int
	natEnd := -1
	if i, n := indexPhrase(head, flatQuocHieu); i >= 0 {
		cuts = append(cuts, i, i+n)
		natEnd = i + n
	} else if i, n := indexPhrase(head, flatDang); i >= 0 {
		cuts = append(cuts, i, i+n)
		natEnd = i + n
	}
	if i, _ := indexPhrase(head, flatTieuNgu); i >= 0 {
		if j, n := indexPhrase(vntext.PrefixRunes(head[i:], flatMottoLen), flatPhuc); j >= 0 {
			cuts = append(cuts, i, i+j+n)
			natEnd = max(natEnd, i+j+n)
		} else if b, e := issuerInMotto(head, i); b > 0 {
			// "Độc lập - Tự do - Hạnh THỦ TƯỚNG CHÍNH PHỦ ——- phúc": a
			// scan's rows run together, the issuer's column beside the
			// motto's last word; mendMotto puts the two lines right
			cuts = append(cuts, i, b)
			natEnd = max(natEnd, e)
		}
	}
	if natEnd < 0 {
		return nil
	}
	// The date line: the first header date after the national header.
	j := dateAt(vntext.PrefixRunes(t[natEnd:], flatDateLen))
	if j < 0 {
		return nil
	}
	j += natEnd
	ps := placeStart(t, j)
	if ps < natEnd {
		return nil
	}
	dateEnd := flatDateEnd(t, j)
	if dateEnd < 0 {
		return nil
	}
	cuts = append(cuts, ps, dateEnd)
	// "Số: …" before the date line, and the star under a Party body.
	if i, _ := indexFirst(t[:ps], flatSo); i >= 0 {
		cuts = append(cuts, i)
	} else if i := indexSoDamaged(t[:ps]); i >= 0 {
		cuts = append(cuts, i) // a scan's "Sôí 216/ATMT-ATĐ"
	}
	if i := strings.Index(t[:ps], " * "); i >= 0 {
		cuts = append(cuts, i, i+3)
	}
	cuts = append(cuts, cutsAfterDate(t, dateEnd)...)
	// The issuer's lines, run together before the national header:
	// "ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY NAM ĐÀN", "UBND TỈNH X SỞ Y TẾ".
	if first := slices.Min(cuts); first > 0 {
		cuts = append(cuts, bodyStarts(t[:first])...)
	}
	slices.Sort(cuts)
	// A list number the page put before the header ("1. UBND TỈNH …").
	if n := listMarkLen(t); n > 0 {
		cuts = append([]int{n}, cuts...)
	}
	var out []string
	last := 0
	for _, c := range slices.Compact(cuts) {
		if c <= last || c >= len(t) {
			continue
		}
		if part := strings.TrimSpace(t[last:c]); part != "" {
			out = append(out, part)
		}
		last = c
	}
	if part := strings.TrimSpace(t[last:]); part != "" {
		out = append(out, part)
	}
	return out
}

// issuerInMotto returns where the issuer's words start in a tiêu ngữ at
// head[i:] that has them between "Hạnh" and "phúc", and where "phúc"
// ends, or 0, 0.
func issuerInMotto(head string, i int) (int, int) {
	m := vntext.PrefixRunes(head[i:], flatMottoLen)
	for _, h := range [...]string{"Hạnh ", "HẠNH "} {
		k := strings.Index(m, h)
		if k < 0 || !strings.HasSuffix(keyOf(m[:k+len(h)]), "tự do hạnh") {
			continue
		}
		if _, r, ok := issuerBeside(m[k+len(h):], "phúc"); ok {
			return i + k + len(h), i + len(m) - len(r) + vntext.WordEnd(r, 0)
		}
	}
	return 0, 0
}

// cutsAfterDate gives where the parts after a flattened date line start:
// a type name in capitals, then "V/v", "Kính gửi" or the first words of
// the body, each where it first occurs; the enacting authority; the end
// of one-line recipients.
func cutsAfterDate(t string, dateEnd int) []int {
	var cuts []int
	rest := t[dateEnd:]
	r := strings.TrimLeft(rest, " ")
	if num, ok := cutSo(r); ok && num != "" {
		// the number after the date, the columns read row by row: "Lào
		// Cai, ngày 10 tháng 3 năm 2026 Sôí 1105/KH-ĐKT KẾ HOẠCH …"
		num = strings.TrimLeft(num, ": ")
		if sp := strings.IndexByte(num, ' '); sp > 0 {
			end := len(t) - len(num) + sp
			return append([]int{end}, cutsAfterDate(t, end)...)
		}
	}
	if _, _, ok := typeLine(r, keyOf(clipKey(r))); ok {
		if n := capsTypeLen(r); n > 0 {
			cuts = append(cuts, dateEnd+len(rest)-len(r)+n)
		}
	}
	for _, w := range flatAfter {
		if i := strings.Index(rest, w); i >= 0 && (i == 0 || rest[i-1] == ' ') {
			cuts = append(cuts, dateEnd+i)
		}
	}
	if i := indexMisreadKinhGui(rest); i > 0 {
		cuts = append(cuts, dateEnd+i) // a scan's "Kính gưi:"
	}
	// The enacting authority in capitals after a subject in sentence case:
	// "… nhiệm kỳ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI … Căn cứ".
	if i := capsRunAfterProse(vntext.PrefixRunes(rest, flatAuthorityLen)); i > 0 {
		cuts = append(cuts, dateEnd+i)
	}
	// One-line recipients end with the first sentence: "Kính gửi: - A;
	// - B. Vừa qua, …".
	if i, n := indexFirst(rest, []string{"Kính gửi", "KÍNH GỬI"}); i >= 0 {
		if e := sentenceEnd(rest, i+n); e > 0 {
			cuts = append(cuts, dateEnd+e)
		}
	}
	return cuts
}

// splitDateLead cuts a line that opens with the date line and runs on
// ("Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: … Trong thời gian qua,
// …") at the parts after the date, or returns nil.
func splitDateLead(t string) []string {
	j := dateAt(vntext.PrefixRunes(t, flatDateLen))
	if j < 0 || placeStart(t, j) != 0 {
		return nil
	}
	dateEnd := flatDateEnd(t, j)
	if dateEnd < 0 || strings.TrimSpace(t[dateEnd:]) == "" {
		return nil
	}
	cuts := append([]int{dateEnd}, cutsAfterDate(t, dateEnd)...)
	slices.Sort(cuts)
	var out []string
	last := 0
	for _, c := range slices.Compact(cuts) {
		if c <= last || c >= len(t) {
			continue
		}
		if part := strings.TrimSpace(t[last:c]); part != "" {
			out = append(out, part)
		}
		last = c
	}
	if part := strings.TrimSpace(t[last:]); part != "" {
		out = append(out, part)
	}
	return out
}

// splitTitleIssuer cuts a page's title from the issuer printed after it
// on the same line ("Công văn 19046/BTC-TCHQ. BỘ TÀI CHÍNH --------"), or
// returns nil.
func splitTitleIssuer(t string) []string {
	// after the title's sentence, or after a site's fact label left blank
	// ("… Loại văn bản: Người ký: BỘ GIÁO DỤC VÀ ĐÀO TẠO")
	for _, sep := range [...]string{". ", ": "} {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		issuer := trimRuleTail(strings.TrimSpace(t[i+2:]))
		if !vntext.IsCaps(issuer) || !vntext.RunesAtMost(issuer, maxIssuerLine) || !startsBodyName(keyOf(issuer)) {
			continue
		}
		return []string{strings.TrimSpace(t[:i+1]), strings.TrimSpace(t[i+2:])}
	}
	return nil
}

// splitTitleBeforeNational cuts a page's title and the issuer from the
// national header they run into, on a line with no date ("Nghị định
// 49/2025/NĐ-CP. CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI … Hạnh phúc"), or
// returns nil. The national header's line is cut again by the header.
func splitTitleBeforeNational(t string) []string {
	head := vntext.PrefixRunes(t, flatHeadLen)
	if !mayHoldNational(head) {
		return nil
	}
	i, _ := indexPhrase(head, flatQuocHieu)
	if i <= 0 {
		return nil
	}
	tp := splitTitleIssuer(strings.TrimSpace(t[:i]))
	if tp == nil || !strings.Contains(tp[0], "/") || !strings.Contains(tp[0], " ") {
		return nil // a title names the document by its symbol; "1." is a list's mark
	}
	return append(tp, t[i:])
}

// annexHeads open an annex's title in capitals.
var annexHeads = []string{"QUY CHẾ", "QUY ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "ĐIỀU LỆ", "DANH MỤC"}

// splitSignAnnex cuts a signature block that a page ran into the title of
// the annex after it: "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ
// TỔ CHỨC … (Ban hành kèm theo Quyết định số …)". It returns nil for any
// other line.
func splitSignAnnex(t string) []string {
	if signMarkLen(t) == 0 || !strings.Contains(t, "kèm theo") {
		return nil
	}
	best := -1
	for _, h := range annexHeads {
		if i := strings.Index(t, " "+h+" "); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	title := t[best+1:]
	o := strings.Index(title, "(")
	if o < 0 || annexNote(title[o:]) == 0 {
		return nil // the note closes the title: "(Ban hành kèm theo …)"
	}
	return []string{strings.TrimSpace(t[:best]), strings.TrimSpace(title[:o]), title[o:]}
}

// pageTitle reports a page's title as a crawler prints it before the
// header: the document's type and symbol, maybe its subject, and a full
// stop ("Quyết định 05/2025/QĐ-TTg.").
func pageTitle(t string) bool {
	return strings.HasSuffix(t, ".") && strings.Contains(t, "/") && strings.Contains(t, " ") && !vntext.IsCaps(t)
}

// bodyOpeners open the first sentence of a letter's body, in capitals; a
// recipient's name holds none of them.
var bodyOpeners = []string{"Trong thời gian qua", "Thời gian qua", "Vừa qua", "Thực hiện", "Căn cứ", "Theo", "Để",
	"Hiện nay", "Nhằm", "Tiếp theo", "Sau khi", "Trên cơ sở", "Ngày"}

// splitRecipientRunOn cuts a "Kính gửi" line that runs on into the body
// (a web page that joined the paragraphs) before the body's first
// sentence: "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh … Trung ương
// Trong thời gian qua, …". It returns nil for a line that does not.
func splitRecipientRunOn(t string) []string {
	if vntext.RunesAtMost(t, maxRecipientLine) || !hasFoldPrefix(t, "kính gửi") {
		return nil
	}
	from := len("Kính gửi") + 1
	cut := -1
	for _, o := range bodyOpeners {
		for i := from; ; {
			j := strings.Index(t[i:], " "+o)
			if j < 0 {
				break
			}
			j += i + 1
			if e := j + len(o); (e == len(t) || t[e] == ' ' || t[e] == ',') && (cut < 0 || j < cut) {
				if r, _ := utf8.DecodeLastRuneInString(t[:j-1]); unicode.IsLower(r) || unicode.IsDigit(r) {
					cut = j
					break
				}
			}
			i = j
		}
	}
	if cut < 0 {
		return nil
	}
	return []string{strings.TrimSpace(t[:cut]), t[cut:]}
}

// mayHoldNational reports whether s may hold the national header or the
// Party's ("… VIỆT NAM", in any case, marked or not) or the motto's end
// ("Hạnh phúc"): their bare forms hold "nam", or "nh" and "ph" with spaces
// between. A quick test before the bare search, which copies the text.
func mayHoldNational(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if c := s[i] | 0x20; c == 'n' && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'm' {
			return true
		}
		if c := s[i] | 0x20; c == 'n' && s[i+1]|0x20 == 'h' {
			j := i + 2
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j > i+2 && j+1 < len(s) && s[j]|0x20 == 'p' && s[j+1]|0x20 == 'h' {
				return true
			}
		}
	}
	return false
}

// indexSoDamaged returns where a word "Số" a scan damaged opens a number
// in s ("… CÔNG NGHIỆP Sôí 216/ATMT-ATĐ"), or -1.
func indexSoDamaged(s string) int {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == 'S' && s[i-1] == ' ' && soDamaged(s[i:]) > 0 {
			return i
		}
	}
	return -1
}

// indexMisreadKinhGui returns where the label "Kính gửi:" a scan misspelt
// ("Kính gưi:", "Kinh gứi:") opens a word of s, or -1; the label as
// written is not looked for here.
func indexMisreadKinhGui(s string) int {
	for i := 0; i+6 < len(s); i++ {
		if (s[i] == 'K' || s[i] == 'k') && (i == 0 || s[i-1] == ' ') && misreadKinhGui(s[i:]) {
			return i
		}
	}
	return -1
}

// misreadKinhGui reports a text that opens with "Kính gửi" a scan or a
// keyboard misspelt, with its colon.
func misreadKinhGui(t string) bool {
	w, rest := splitWords(t, 2)
	label := strings.HasSuffix(w, ":") || strings.HasPrefix(strings.TrimSpace(rest), ":")
	return label && vntext.Bare(strings.TrimSuffix(w, ":")) == "kinh gui" && keyOf(strings.TrimSuffix(w, ":")) != "kính gửi"
}
