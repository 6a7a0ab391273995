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

var (
	flatQuocHieu = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"}
	flatDang    = []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam"}
	flatTieuNgu = []string{"Độc lập", "ĐỘC LẬP", "Độc Lập"}
	flatPhuc    = []string{"Hạnh phúc", "HẠNH PHÚC", "Hạnh Phúc"}
	flatSo      = []string{"Số:", "Số :", "SỐ:", "SỐ :", "Số "}
	flatAfter   = []string{"V/v", "V/V", "Về việc", "Kính gửi", "KÍNH GỬI", "Căn cứ", "CĂN CỨ", "Thực hiện", "Xét đề nghị", "Theo đề nghị"}
)

// maxFlatLine is the last line a flattened header is looked for on.
const maxFlatLine = 60

// flatMin is the length below which a line is not searched: a real
// one-line header with a date is longer.
const flatMin = 120

func splitFlatHeader(t string) []string {
	if len(t) < flatMin {
		return nil
	}
	head := t[:min(len(t), 600)]
	var cuts []int
	natEnd := -1
	if i, n := indexFirst(head, flatQuocHieu); i >= 0 {
		cuts = append(cuts, i, i+n)
		natEnd = i + n
	} else if i, n := indexFirst(head, flatDang); i >= 0 {
		cuts = append(cuts, i, i+n)
		natEnd = i + n
	}
	if i, _ := indexFirst(head, flatTieuNgu); i >= 0 {
		if j, n := indexFirst(head[i:min(len(head), i+60)], flatPhuc); j >= 0 {
			cuts = append(cuts, i, i+j+n)
			natEnd = max(natEnd, i+j+n)
		}
	}
	if natEnd < 0 {
		return nil
	}
	// The date line: the first header date after the national header.
	j := dateAt(t[natEnd:min(len(t), natEnd+400)])
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
	}
	if i := strings.Index(t[:ps], " * "); i >= 0 {
		cuts = append(cuts, i, i+3)
	}
	// After the date: a type name in capitals, then "V/v", "Kính gửi" or
	// the first words of the body, each where it first occurs.
	rest := t[dateEnd:]
	r := strings.TrimLeft(rest, " ")
	if _, _, ok := typeLine(r, vntext.Key(clipKey(r))); ok {
		if n := capsTypeLen(r); n > 0 {
			cuts = append(cuts, dateEnd+len(rest)-len(r)+n)
		}
	}
	for _, w := range flatAfter {
		if i := strings.Index(rest, w); i >= 0 && (i == 0 || rest[i-1] == ' ') {
			cuts = append(cuts, dateEnd+i)
		}
	}
	// The enacting authority in capitals after a subject in sentence case:
	// "… nhiệm kỳ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI … Căn cứ".
	if i := capsRunAfterProse(rest[:min(len(rest), 500)]); i > 0 {
		cuts = append(cuts, dateEnd+i)
	}
	// One-line recipients end with the first sentence: "Kính gửi: - A;
	// - B. Vừa qua, …".
	if i, n := indexFirst(rest, []string{"Kính gửi", "KÍNH GỬI"}); i >= 0 {
		if e := sentenceEnd(rest, i+n); e > 0 {
			cuts = append(cuts, dateEnd+e)
		}
	}
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

// isHeaderMotto reports a short line holding the motto or the Party's
// name: the header is laid out on its own lines.
func isHeaderMotto(t string) bool {
	i, _ := indexFirst(t, flatPhuc)
	j, _ := indexFirst(t, flatDang)
	return i >= 0 || j >= 0
}

// indexFirst returns the earliest occurrence of any of vs in s and its
// length, or -1.
func indexFirst(s string, vs []string) (int, int) {
	best, n := -1, 0
	for _, v := range vs {
		if i := strings.Index(s, v); i >= 0 && (best < 0 || i < best) {
			best, n = i, len(v)
		}
	}
	return best, n
}

// flatDateEnd returns the end of the date that starts with "ngày" at j:
// after the year of "… năm 2010" or of "ngày 05/11/2010".
func flatDateEnd(t string, j int) int {
	s := t[j:min(len(t), j+60)]
	k := strings.Index(s, "năm")
	if k < 0 {
		k = strings.Index(s, "NĂM")
	}
	from := len("ngày")
	if k >= 0 {
		from = k + len("năm")
	}
	i := from
	for i < len(s) && s[i] == ' ' {
		i++
	}
	// the year: the first run of four digits from there on
	for ; i+4 <= len(s); i++ {
		if vntext.AllDigits(s[i:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			return j + i + 4
		}
	}
	return -1
}

// capsTypeLen is the byte length of the type name in capitals that opens
// r ("QUYẾT ĐỊNH", "KẾ HOẠCH"), or 0.
func capsTypeLen(r string) int {
	k := vntext.Key(clipKey(r))
	for _, tk := range typeKeys {
		if strings.HasPrefix(k, tk.key) && (len(k) == len(tk.key) || k[len(tk.key)] == ' ') {
			head, _ := splitWords(r, strings.Count(tk.key, " ")+1)
			if vntext.IsCaps(head) {
				return len(head)
			}
		}
	}
	return 0
}

// sentenceEnd returns the index just after the first ". " followed by a
// capital letter in s from i, or -1.
func sentenceEnd(s string, i int) int {
	for {
		k := strings.Index(s[i:], ". ")
		if k < 0 {
			return -1
		}
		e := i + k + 1
		if r := firstRune(s[e+1:]); unicode.IsUpper(r) {
			return e
		}
		i = e
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// listMarkLen is the length of a list number opening t ("1. "), or 0.
func listMarkLen(t string) int {
	n := 0
	for n < len(t) && n < 3 && vntext.IsDigit(t[n]) {
		n++
	}
	if n == 0 || n+1 >= len(t) || t[n] != '.' || t[n+1] != ' ' {
		return 0
	}
	return n + 2
}

// innerBodyKeys open the name of a body that cannot continue the name
// before it, so that a run of issuer lines can be cut there.
var innerBodyKeys = []string{"sở ", "ủy ban ", "ban ", "văn phòng ", "đảng ủy ", "đảng bộ ", "tỉnh ủy ",
	"thành ủy ", "huyện ủy ", "quận ủy ", "thị ủy ", "chi cục ", "cục ", "trung tâm ", "hội đồng "}

// bodyStarts returns where, after its first word, s starts a new body's
// name in capitals.
func bodyStarts(s string) []int {
	var out []int
	spans := fieldSpans(s)
	for w := 1; w < len(spans); w++ {
		word := s[spans[w][0]:spans[w][1]]
		if !vntext.IsCaps(word) {
			continue
		}
		k := vntext.Key(clipKey(s[spans[w][0]:])) + " "
		prev := vntext.Key(s[spans[w-1][0]:spans[w-1][1]])
		for _, bk := range innerBodyKeys {
			// "ỦY BAN", "HỘI ĐỒNG", "TỔNG CỤC" keep their second word
			if strings.HasPrefix(k, bk) && prev != "ủy" && prev != "tổng" && prev != "đảng" {
				out = append(out, spans[w][0])
				break
			}
		}
	}
	return out
}

// capsRunAfterProse returns where the first run of three words in
// capitals starts after a word in lower case, or -1.
func capsRunAfterProse(s string) int {
	spans := fieldSpans(s)
	prose := false
	for w := 0; w+2 < len(spans); w++ {
		word := s[spans[w][0]:spans[w][1]]
		if !prose {
			prose = strings.IndexFunc(word, unicode.IsLower) >= 0
			continue
		}
		caps := true
		for k := w; k < w+3 && caps; k++ {
			x := s[spans[k][0]:spans[k][1]]
			caps = utf8.RuneCountInString(x) >= 2 && vntext.IsCaps(x)
		}
		if caps {
			return spans[w][0]
		}
	}
	return -1
}
