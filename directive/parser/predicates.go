package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/frame"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

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
	n := len(vntext.Fields(label))
	_, rest := splitWords(t, n)
	if rest == "" && len(vntext.Fields(t)) == n {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(rest, " :"))
}

// misreadNoiNhan reports a "Nơi nhận:" label a scan or a keyboard left
// its tones wrong or out ("Nơi nhân:", "Noi nhan:"): the two words, bare
// of diacritics, then the colon that makes them a label.
func misreadNoiNhan(t string) bool {
	w, rest := splitWords(strings.TrimLeft(t, "-*•.~ "), 2) // a scan's speck before it: ".Nới nhận:"
	if c := strings.IndexByte(w, ':'); c > 0 {
		w, rest = w[:c+1], ":" // and after it: "Noi nhận:}", "Noi nhận:ÿ"
	}
	label := strings.HasSuffix(w, ":") || strings.HasPrefix(strings.TrimSpace(rest), ":")
	return label && vntext.Bare(strings.TrimSuffix(w, ":")) == "noi nhan"
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
			return dropNoteMark(strings.TrimSpace(s))
		}
		s = strings.TrimSpace(s)
	}
	return s
}

// dropNoteMark cuts the number a scan leaves after "Như trên" ("Như nt
// 2": a footnote's mark or a speck); "Như Điều 3" keeps its article.
func dropNoteMark(s string) string {
	if len(s) > maxNoteMarked {
		return s // an entry that grows line by line is asked at each line
	}
	if f := strings.Fields(s); len(f) == 3 && len(f[2]) <= 2 && vntext.AllDigits(f[2]) {
		if k := keyOf(f[0] + " " + f[1]); k == "như trên" || k == "như nt" {
			return f[0] + " " + f[1]
		}
	}
	return s
}

// maxNoteMarked bounds "Như trên 1" in bytes, with room for markup.
const maxNoteMarked = 40

// entryDust returns where a scan's dust after an entry's end begins: "…;
// ff", "Lưu VT, TTKT. ,„_ ồ", "… TTr G9) w"; not an archive code's
// number ("Lưu: VT, TH.13") nor the typist's initials ("Lưu: VT, NN (2).
// Kh"); a number after the copies' count is ("Lưu: VT, KTTH(2b) 233").
// -1 when there is none.
func entryDust(s string) int {
	i := strings.LastIndexAny(s, ";.)")
	if i <= 0 || i+1 >= len(s) || s[i+1] != ' ' {
		return -1
	}
	if rest := strings.TrimSpace(s[i+1:]); vntext.AllDigits(rest) && s[i] != ')' || !scanNoise(rest) || s[i] != ';' && hasInitials(rest) {
		return -1
	}
	return i + 1
}

// hasInitials reports a word of letters only that opens with a capital:
// a typist's initials ("Kh", "TTr").
func hasInitials(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			return true
		}
	}
	return false
}

// itemMarkerLen returns the length of a list marker ("- ", "+ ", "• ")
// at the start of t, or 0.
func itemMarkerLen(t string) int {
	for _, m := range []string{"-", "+", "•", "–", "—", "·", "* ", "~ "} { // "~ ": a scan's dash
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

// titleKeys are the signer titles a document closes with.
var titleKeys = lexicon.SignerTitles

func isTitle(k string) bool {
	if !vntext.RunesAtMost(k, maxTitleKey) {
		return false
	}
	k = strings.TrimPrefix(k, "phó ") // a deputy of any post: "PHÓ VỤ TRƯỞNG"
	for _, w := range titleKeys {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	// a scan that lost a tone: "PHÓ CHỦ TICH", "THU TRƯỞNG"
	var buf [2 * maxTitleKey]byte
	b := strings.TrimPrefix(string(vntext.AppendBare(buf[:0], []byte(k))), "pho ")
	for _, w := range bareTitleKeys {
		if b == w || strings.HasPrefix(b, w+" ") {
			return true
		}
	}
	// a scan that doubled a letter: "PHO CHỦ NHIIEM"
	if d := undouble(b); d != b {
		for _, w := range bareTitleKeys {
			if d == w || strings.HasPrefix(d, w+" ") {
				return true
			}
		}
	}
	return false
}

// undouble collapses a letter written twice in a row into one ("nhiiem"
// to "nhiem"): no bare title has a doubled letter.
func undouble(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r == last && unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// bareTitleKeys are titleKeys without marks.
var bareTitleKeys = func() []string {
	out := make([]string, len(titleKeys))
	for i, w := range titleKeys {
		out[i] = vntext.Bare(w)
	}
	return out
}()

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
	if n > 0 && isRoman(t[:n]) && dashMarker(t, n) {
		return t[:n], strings.TrimSpace(t[n+1:]) // the Party's "I- TÌNH HÌNH …"
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
	if parts > 1 && i+2 < len(t) && t[i] == '.' && t[i+1] >= 'a' && t[i+1] <= 'z' && (t[i+2] == '.' || t[i+2] == ')') &&
		(i+3 == len(t) || t[i+3] == ' ') {
		// a point under a dotted number: "2.1.a.", "4.1.b)"
		return t[:i+2], strings.TrimSpace(t[i+3:])
	}
	if parts > 0 && i < len(t) {
		switch {
		case (t[i] == '.' || t[i] == ')') && (i+1 == len(t) || t[i+1] == ' '):
			return t[:i], strings.TrimSpace(t[i+1:])
		case parts > 1 && t[i] == ' ':
			return t[:i], strings.TrimSpace(t[i:])
		case dashMarker(t, i):
			return t[:i], strings.TrimSpace(t[i+1:]) // the Party's "1- Quan điểm", "2.1- Đổi mới …"
		}
		return "", ""
	}
	// The Party's parts: "A- TÌNH HÌNH VÀ NGUYÊN NHÂN", "C- TỔ CHỨC THỰC
	// HIỆN" (a capital and a dash or a period, the heading in capitals)
	if len(t) > 3 && t[0] >= 'A' && t[0] <= 'H' && (dashMarker(t, 1) || t[1] == '.' && t[2] == ' ') &&
		vntext.IsCaps(vntext.PrefixRunes(t[3:], 24)) && strings.Contains(strings.TrimSpace(t[3:]), " ") {
		return t[:1], strings.TrimSpace(t[2:])
	}
	// Letters: a) b) đ), and older documents' "a/ Đối với …"
	r, size := utf8.DecodeRuneInString(t)
	if size > 0 && (r >= 'a' && r <= 'z' || r == 'đ') && size < len(t) && t[size] == ')' && (size+1 == len(t) || t[size+1] == ' ') {
		return t[:size], strings.TrimSpace(t[size+1:])
	}
	if size > 0 && (r >= 'a' && r <= 'z' || r == 'đ') && size < len(t) && t[size] == '/' && dashMarker(t, size) {
		return t[:size], strings.TrimSpace(t[size+1:])
	}
	// and "a. Bộ Xây dựng:", "b. Gửi kế hoạch …": a letter, a period and
	// a capital, so that "v.v." and initials are none
	if size > 0 && (r >= 'a' && r <= 'z' || r == 'đ') && size+2 < len(t) && t[size] == '.' && t[size+1] == ' ' {
		if c, _ := utf8.DecodeRuneInString(t[size+2:]); unicode.IsUpper(c) {
			return t[:size], strings.TrimSpace(t[size+1:])
		}
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

func endsSentence(t string) bool {
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") {
		// not inside an open parenthesis: "(qua Cục Trẻ em, số 35 Trần
		// Phú, Hà Nội;" / "điện thoại: …)"
		return strings.LastIndexByte(t, '(') <= strings.LastIndexByte(t, ')')
	}
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// isClosing recognises the closing line of a body.
func isClosing(t string, hasMore bool) bool {
	if strings.HasSuffix(t, "./.") || strings.HasSuffix(t, "/.") {
		return true
	}
	if !hasMore {
		return false
	}
	k := keyOf(clipKey(t))
	return strings.HasPrefix(k, "trên đây ") || strings.HasPrefix(k, "nhận được ") ||
		strings.HasSuffix(t, ".") && (strings.Contains(k, " yêu cầu ") || strings.Contains(k, " đề nghị "))
}

// isExecutionClause reports the clause that names who executes a
// decision: "… chịu trách nhiệm thi hành Quyết định này./.".
func isExecutionClause(t string) bool {
	return strings.Contains(keyOf(t), "thi hành")
}

// orgHeadKeys open an addressee in a section heading: a body's name, the
// posts of its head, or a class of bodies ("các cấp ủy", "các địa phương").
var orgHeadKeys = slices.Concat(lexicon.BodyHeads, lexicon.HeadPosts, []string{
	"cơ quan", "đơn vị", "ban cán sự", "bộ chỉ huy", "lực lượng", "tổ chức", "cấp ủy", "địa phương", "ngành",
	"doanh nghiệp", "người đứng đầu", "đài phát thanh", "chủ đầu tư", "chính quyền", "cá nhân",
	"cán bộ phụ trách", "chuyên viên", "công chức phụ trách"})

// taskKeys mark a heading that states a task rather than naming bodies.
var taskKeys = lexicon.TaskVerbs

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
	k := keyOf(clipKey(t))
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
	words := vntext.Fields(t)
	if len(words) < minNameWords || len(words) > maxNameWords {
		return false
	}
	for _, w := range words {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

// titleCaseProbe turns "NGUYỄN VĂN A" into "Nguyễn Văn A" for the name test.
func titleCaseProbe(t string) string {
	words := vntext.Fields(t)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

var (
	// partyBodyWords name Party bodies; "ban thường vụ" is left out, as it
	// comes with its committee and also names the Quốc hội's standing
	// committee.
	partyBodyWords = slices.DeleteFunc(lexicon.PartyBodies(), func(w string) bool { return w == "ban thường vụ" })
	stateBodyWords = slices.Concat(lexicon.StateCollectives, lexicon.StateOffices)
)

var (
	flatQuocHieu = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"}
	flatDang    = []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam"}
	flatTieuNgu = []string{"Độc lập", "ĐỘC LẬP", "Độc Lập"}
	flatPhuc    = []string{"Hạnh phúc", "HẠNH PHÚC", "Hạnh Phúc"}
	flatSo      = []string{"Số:", "Số :", "SỐ:", "SỐ :", "Số "}
	flatAfter   = []string{"V/v", "V/V", "Về việc", "Kính gửi", "KÍNH GỬI", "Căn cứ", "CĂN CỨ", "Thực hiện", "Xét đề nghị", "Theo đề nghị"}
)

// isHeaderMotto reports a short line holding the motto or the Party's
// name: the header is laid out on its own lines.
func isHeaderMotto(t string) bool {
	i, _ := indexFirst(t, flatPhuc)
	j, _ := indexFirst(t, flatDang)
	if i < 0 && j < 0 && strings.Count(t, "-") >= 2 {
		i, _ = indexPhrase(t, flatPhuc) // a scan's "Độc lập - Tự do - Hạnh phuc"
	}
	return i >= 0 || j >= 0
}

// indexPhrase is indexFirst of the phrases as printed, or else of the
// phrase read bare (a scan's "CÔNG HOÀ XA HỘI CHU NGHĨA VIÊT NAM").
func indexPhrase(s string, printed []string) (int, int) {
	if i, n := indexFirst(s, printed); i >= 0 {
		return i, n
	}
	if i, j := vntext.IndexBare(s, printed[0]); i >= 0 {
		return i, j - i
	}
	return -1, 0
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
	s := vntext.PrefixRunes(t[j:], dateLen)
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
	k := keyOf(clipKey(r))
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
var innerBodyKeys = slices.Concat(withSpace(lexicon.PartyCommittees), []string{"sở ", "ủy ban ", "ban ", "văn phòng ",
	"đảng bộ ", "chi cục ", "cục ", "trung tâm ", "hội đồng "})

// withSpace returns the words of ws followed by a space, as keys of whole
// words.
func withSpace(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w + " "
	}
	return out
}

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
		k := keyOf(clipKey(s[spans[w][0]:])) + " "
		prev := keyOf(s[spans[w-1][0]:spans[w-1][1]])
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
	for w := 0; w+capsRunWords-1 < len(spans); w++ {
		word := s[spans[w][0]:spans[w][1]]
		if !prose {
			prose = strings.IndexFunc(word, unicode.IsLower) >= 0
			continue
		}
		caps := true
		for k := w; k < w+capsRunWords && caps; k++ {
			x := s[spans[k][0]:spans[k][1]]
			caps = utf8.RuneCountInString(x) >= minCapsWord && vntext.IsCaps(x)
		}
		if caps {
			return spans[w][0]
		}
	}
	return -1
}

func hasDigitOrSlash(t string) bool {
	return strings.ContainsAny(t, "0123456789/|:")
}

// brokenSymbol reports whether prev ends in the first half of a symbol cut
// at its hyphen ("24-") and next starts with the rest ("CT/TU").
func brokenSymbol(prev, next string) bool {
	head, rest := lastField(prev), firstField(next)
	if len(head) < 2 || head[len(head)-1] != '-' || !strings.Contains(rest, "/") {
		return false
	}
	for _, c := range head[:len(head)-1] {
		if !unicode.IsDigit(c) && !unicode.IsUpper(c) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func lastField(s string) string {
	f := vntext.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func firstField(s string) string {
	f := vntext.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// isVe reports a "Về: …" subject line, the older form of "V/v".
// isVeBare reports "Về" and a word in lower case opening t: "Về tăng
// cường công tác …".
func isVeBare(t string) bool {
	rest, ok := strings.CutPrefix(t, "Về ")
	return ok && startsLower(rest)
}

func isVe(t string) bool {
	for _, p := range []string{"Về:", "VỀ:", "Về :", "VỀ :"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// authorityTitleKeys open the line that names the authority enacting a document
// right after its subject ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG
// BỘ Y TẾ", "BAN THƯỜNG VỤ TỈNH ỦY").
var authorityTitleKeys = []string{
	"chủ tịch ", "phó chủ tịch", "bộ trưởng", "thủ tướng", "giám đốc", "tổng giám đốc", "cục trưởng",
	"tổng cục trưởng", "chủ nhiệm ", "trưởng ban", "chánh án", "viện trưởng", "thống đốc",
	"hiệu trưởng", "tổng kiểm toán", "chánh văn phòng", "ban thường vụ", "ban bí thư", "bộ chính trị",
}

var authorityTitleBare = func() []string {
	out := make([]string, len(authorityTitleKeys))
	for i, w := range authorityTitleKeys {
		out[i] = frame.BareKey(w)
	}
	return out
}()

// partyTitleBody reports the "CỦA BAN THƯỜNG VỤ TỈNH ỦY" line that Party
// documents print under the type name, and whether it names a Party body.
func partyTitleBody(t, k string) (isOf, party bool) {
	if !vntext.IsCaps(t) || !strings.HasPrefix(k, "của ") {
		return false, false
	}
	for _, w := range []string{"ủy", "đảng", "ban chấp hành trung ương", "bộ chính trị", "ban bí thư", "chi bộ"} {
		if strings.Contains(k, w) {
			return true, true
		}
	}
	return true, false
}

// titleTail reads a line in capitals under the type name that repeats the
// document's number, date or issuer before the subject, as Party titles
// and older State titles do: "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "CỦA ỦY BAN NHÂN
// DÂN THÀNH PHỐ V/V PHÊ DUYỆT …", "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI
// CHÍNH QUY ĐỊNH …". It returns the part of the subject the line holds
// ("" when none or when the issuer's name cannot be told from it).
func titleTail(t string, issuer []string) (string, bool) {
	if !vntext.IsCaps(t) {
		// "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN về phát triển …" on one line
		if i := strings.Index(t, " về "); i > 0 && strings.HasPrefix(t, "CỦA ") && vntext.IsCaps(t[:i]) {
			return t[i+1:], true
		}
		return "", false
	}
	w := fieldSpans(t)
	word := func(i int) string { return keyOf(t[w[i][0]:w[i][1]]) }
	rest := func(i int) string {
		if i >= len(w) {
			return ""
		}
		return strings.TrimSpace(t[w[i][0]:])
	}
	i := 0
	if len(w) > 1 && word(0) == "số" && strings.ContainsAny(t[w[1][0]:w[1][1]], "0123456789") {
		i = 2
		if i < len(w) && word(i) == "ngày" {
			if i+1 < len(w) && strings.ContainsAny(t[w[i+1][0]:w[i+1][1]], "/-.") {
				i += 2 // "NGÀY 16-3-1991"
			} else {
				i += 6 // "NGÀY 16 THÁNG 3 NĂM 1991"
			}
		}
	}
	if i >= len(w) || word(i) != "của" {
		if i > 0 {
			return rest(i), true // "SỐ …" then the subject
		}
		return "", false
	}
	i++
	for j := i; j < len(w); j++ {
		if v := t[w[j][0]:w[j][1]]; v == "V/V" || v == "V/v" || v == "VỀ" && j+1 < len(w) && word(j+1) == "việc" {
			if v == "VỀ" {
				return rest(j), true
			}
			return rest(j + 1), true
		}
	}
	// The issuer's name, or its last line, then the subject.
	for n := len(issuer); n > 0; n-- {
		name := keyOf(strings.Join(issuer[len(issuer)-n:], " "))
		for j := i + 1; j <= len(w); j++ {
			k := keyOf(t[w[i][0]:w[j-1][1]])
			if k == name {
				return rest(j), true
			}
			if len(k) > len(name) {
				break
			}
		}
	}
	// another body than the issuer ("NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ VỀ
	// ĐỊNH HƯỚNG …" under "BAN CHẤP HÀNH TRUNG ƯƠNG"): the subject opens
	// at "VỀ"
	for j := i + 1; j < len(w); j++ {
		if t[w[j][0]:w[j][1]] == "VỀ" {
			return rest(j), true
		}
	}
	return "", true
}

// dashMarker reports a marker that ends at t[n] with a dash, as Party
// documents number their parts ("I- TÌNH HÌNH", "2- Nhiệm vụ"), or with a
// slash, as older documents do ("I/ Đối tượng", "3/ Trên cơ sở"): a space
// and a capital follow, so that a range ("2- 3 ngày") or a date is none.
func dashMarker(t string, n int) bool {
	if n+2 >= len(t) || t[n] != '-' && t[n] != '/' || t[n+1] != ' ' {
		return false
	}
	c, _ := utf8.DecodeRuneInString(t[n+2:])
	return unicode.IsUpper(c)
}

// fieldSpans returns the byte spans of t's space-separated words.
func fieldSpans(t string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' || t[i] == '\t' {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(t)})
	}
	return out
}

// indexVvAfter returns where " V/v " starts the subject inside a number
// line, or -1.
func indexVvAfter(t string) int {
	for _, v := range []string{" V/v ", " V/V ", " v/v ", " V/v:", " V/V:", " v/v:", " VWw ", " V/w ", " V/W "} { // the last, a scan's
		if k := strings.Index(t, v); k > 0 {
			return k + 1
		}
	}
	return -1
}

// isAnnexLine reports the line under an annex's title that names the
// decision it comes with: "(Ban hành kèm theo Quyết định số …)".
func isAnnexLine(t string) bool {
	t = strings.TrimLeft(t, "( ")
	return hasFoldPrefix(t, "ban hành kèm theo") || hasFoldPrefix(t, "kèm theo")
}

// startsBody reports words that open a body paragraph.
func startsBody(k string) bool {
	for _, w := range []string{"căn cứ ", "thực hiện ", "thi hành ", "kính gửi", "trên cơ sở ", "theo đề nghị", "xét đề nghị"} {
		// "Căn cứ" alone: the line broke after it
		if strings.HasPrefix(k, w) || k == strings.TrimSuffix(w, " ") {
			return true
		}
	}
	return false
}

// narrativeOpeners open a body's first sentence: a subject that a PDF
// printed with no blank line under it ends before one.
var narrativeOpeners = []string{"trong những năm qua", "trong thời gian qua", "thời gian qua", "những năm qua", "vừa qua",
	"hiện nay", "sau khi", "nhằm ", "qua kiểm tra", "qua theo dõi", "tiếp theo"}

// opensNarrative reports a key that opens with one of narrativeOpeners.
func opensNarrative(k string) bool {
	for _, w := range narrativeOpeners {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

func clipKey(t string) string {
	return vntext.PrefixRunes(t, maxKeyLine)
}

// phraseIndex returns the byte index in t of a word where the phrase with
// search key ph starts, or -1.
func phraseIndex(t, ph string) int {
	first, _, _ := strings.Cut(ph, " ")
	for i := 0; i < len(t); {
		if (i == 0 || t[i-1] == ' ') && len(t)-i >= len(first) && strings.EqualFold(t[i:i+len(first)], first) {
			k := keyOf(vntext.PrefixRunes(t[i:], utf8.RuneCountInString(ph)+frame.NationalSlack))
			if strings.HasPrefix(k, ph) {
				return i
			}
		}
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return -1
}

// phraseEnd returns the end of the phrase ph at the start of t: the
// shortest run of words whose key is ph.
func phraseEnd(t, ph string) int {
	for i := 0; i <= len(t); i++ {
		if i == len(t) || t[i] == ' ' {
			if keyOf(t[:i]) == ph {
				return i
			}
		}
	}
	return len(t)
}

// placeStart finds where the place name starts before the "ngày" at j in
// a line that also holds the other column: the run of capitalised words
// (with "phố", "xã", "trấn" after Thành/Thị) right before the comma.
func placeStart(t string, j int) int {
	left := strings.TrimRight(t[:j], " ")
	if !strings.HasSuffix(left, ",") && !strings.HasSuffix(left, ".") { // a scan's full stop for the comma
		return -1
	}
	words := vntext.Fields(left[:len(left)-1])
	n := 0
	for w := len(words) - 1; w >= 0; w-- {
		// a scan's speck glued before the place's first word (";Nghệ")
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(words[w], ";:,.'`"))
		if unicode.IsUpper(r) && !isSymbolToken(words[w]) || n > 0 && isCityAbbrev(words[w]) {
			n++
			continue
		}
		if (words[w] == "phố" || words[w] == "xã" || words[w] == "trấn") && w > 0 &&
			(words[w-1] == "Thành" || words[w-1] == "Thị") {
			n++
			continue
		}
		break
	}
	if n == 0 {
		return -1
	}
	n = knownPlaceEnd(words, n)
	// Byte offset of the n-th word from the end.
	idx := len(left)
	for c := 0; c < n; c++ {
		idx = strings.LastIndexByte(strings.TrimRight(left[:idx], " ,."), ' ') + 1
	}
	return idx
}

// knownPlaceEnd narrows the run of the last n capitalised words to a
// province's or a city's name at its end when the words before the name
// are no part of a place ("… ngành Lao Hà Nội, ngày 28 …": the other
// column's last word before "Hà Nội").
func knownPlaceEnd(words []string, n int) int {
	best := 0
	for m := 1; m <= n && m <= 4; m++ {
		if slices.Contains(provinceNames, keyOf(strings.Join(words[len(words)-m:], " "))) {
			best = m
		}
	}
	if best == 0 || best == n {
		return n
	}
	for _, w := range words[len(words)-n : len(words)-best] {
		if !placeWord(w) {
			return best
		}
	}
	return n
}

// placeWord reports a word that goes before a place's name in the place
// line: "Thành phố", "TP.", "Tỉnh", "Thị xã".
func placeWord(w string) bool {
	switch keyOf(w) {
	case "thành", "phố", "thị", "xã", "trấn", "tỉnh", "tp", "tx":
		return true
	}
	return isCityAbbrev(w)
}

// isCityAbbrev reports the abbreviations written before a city or town
// name in the place line ("TP Hồ Chí Minh", "TX. Sơn Tây").
func isCityAbbrev(w string) bool {
	switch w {
	case "TP", "TP.", "Tp", "Tp.", "TX", "TX.", "Tx.":
		return true
	}
	return false
}

// isSymbolToken reports a token that can be part of a number and symbol:
// digits, ASCII letters, Đ, separators and their look-alikes, and no
// lower-case letter right after a capital when the token has no digit or
// separator (which would make it a place word such as "Kon").
func isSymbolToken(w string) bool {
	hasSep := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9', r == '/', r == '-', r == '–', r == '—', r == '‐', r == '−', r == '∕', r == '／':
			hasSep = true
		case r < 0x80 && unicode.IsLetter(r), r == 'Đ', r == 'đ', r == 'Ð', r == '&', r == '.':
		case unicode.IsUpper(r): // OCR look-alikes ("TƯ" for TU); the symbol parser repairs or refuses them
		default:
			return false
		}
	}
	if hasSep {
		return true
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func leadingDigitsAny(s string) (int, bool) {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n, n > 0
}

func isRoleLine(k string) bool {
	switch k {
	case "thường trực", "liên tịch", "liên ngành", "lãnh đạo":
		return true
	}
	return false
}

// awaitsBody reports a header line that names a role or a committee by
// its role and leaves the body it belongs to to the next line: "THƯỜNG
// TRỰC", "ỦY BAN THƯỜNG VỤ" (of the Quốc hội), "BAN CHẤP HÀNH".
func awaitsBody(k string) bool {
	// a post alone, wrapped from its body: "THỦ TƯỚNG" / "CHÍNH PHỦ",
	// "CHỦ TỊCH" / "ỦY BAN NHÂN DÂN …"
	return isRoleLine(k) || strings.HasSuffix(k, " thường vụ") || strings.HasSuffix(k, " chấp hành") || strings.HasSuffix(k, " thường trực") ||
		k == "thủ tướng" || k == "chủ tịch"
}

// bodyNameKeys are the words that open the name of a body; a header line
// starting with one of them names a new body rather than continuing the
// line above ("THÀNH PHỐ HÀ NỘI" continues "ỦY BAN NHÂN DÂN").
var bodyNameKeys = lexicon.BodyHeads

func startsBodyName(k string) bool {
	for _, w := range bodyNameKeys {
		if strings.HasPrefix(k, w) || k == strings.TrimSpace(w) {
			return true
		}
	}
	return false
}

// bareBodyHeads are the body heads of two words or more without their
// marks, for a name a scan read without some ("TONG CỤC THUE").
var bareBodyHeads = func() []string {
	var out []string
	for _, w := range bodyNameKeys {
		if w = strings.TrimSpace(w); strings.Contains(w, " ") {
			out = append(out, vntext.Bare(w)+" ")
		}
	}
	return out
}()

// startsBodyNameBare is startsBodyName for a line in capitals whose
// marks a scan may have lost, by the heads of two words or more: a
// word alone ("SỞ" or "SỐ") is too short to tell.
func startsBodyNameBare(t string) bool {
	if !vntext.IsCaps(t) {
		return false
	}
	k := strings.ToLower(vntext.Bare(keyOf(clipKey(t)))) + " "
	for _, w := range bareBodyHeads {
		if strings.HasPrefix(k, w) || len(k) >= len(w) && oneLetterOff(k[:len(w)], w) {
			return true
		}
	}
	return false
}

// oneLetterOff reports a and b of the same length that differ in one
// ASCII letter at most, not the first of a word: the letter a scan misread
// ("TONG CYC THUE").
func oneLetterOff(a, b string) bool {
	off := 0
	for i := 0; i < len(a); i++ {
		if a[i] == b[i] {
			continue
		}
		if off++; off > 1 || i == 0 || b[i-1] == ' ' || a[i] >= utf8.RuneSelf || b[i] >= utf8.RuneSelf || a[i] == ' ' || b[i] == ' ' {
			return false
		}
	}
	return true
}

// issuerWithNumber reports a body name with a number in it ("HỘI ĐỒNG
// NHÂN DÂN QUẬN 2", "ỦY BAN NHÂN DÂN PHƯỜNG 12"): it opens with a body
// name and has no "/" or ":" of a symbol or label.
func issuerWithNumber(t, k string) bool {
	return vntext.RunesAtMost(t, maxIssuerLine) && !strings.ContainsAny(t, "/:|") && startsBodyName(k)
}

// cellEnd reports a raw line that closes a table cell ("DÂN |").
func cellEnd(raw string) bool {
	return strings.HasSuffix(strings.TrimSpace(raw), "|")
}

// shouldJoin decides whether line b continues line a in a header.
func shouldJoin(a, b string) bool {
	if a == "" || b == "" || !vntext.RunesAtMost(a, maxJoinHead) || !vntext.RunesAtMost(b, maxHeaderLine) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	if isSoLabel(a) {
		return r >= '0' && r <= '9'
	}
	if isNumberLine(a) && (strings.HasSuffix(a, "-") || strings.HasSuffix(a, "/")) && vntext.RunesAtMost(a, maxSymbolHead) &&
		vntext.IsCaps(firstField(b)) && isSymbolToken(firstField(b)) && strings.ContainsRune(firstField(b), '/') != strings.HasSuffix(a, "/") {
		// a symbol cut after its dash or slash: "Số: 16 -" / "HD/BTCTW"
		return true
	}
	if placeDateHead(a) && !hasYear(a) {
		// "Kon Tum, ngày 25" / "tháng 01 năm 2024".
		return hasFoldPrefix(b, "tháng") || hasFoldPrefix(b, "thang") || hasFoldPrefix(b, "năm") || r >= '0' && r <= '9'
	}
	if vntext.RunesAtMost(a, maxPlaceFragment) && isPlaceFragment(a) && placeDateHead(a+" "+b) {
		// "Mỹ" / "Tho, ngày 24 tháng 12 năm 2009", "TP Hồ Chí" / "Minh,
		// ngày …", "Quảng Bình," / "ngày 25 tháng 5 năm 2015".
		return true
	}
	if isHeaderWordFragment(a) && vntext.IsCaps(b) && !isRule(b) && frame.National(b) == "" {
		return true // not onto the national header: "ẾA" / "CỘNG HÒA …"
	}
	// "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM".
	if vntext.RunesAtMost(a, maxNationalHead) && frame.MayBeNational(a) && frame.National(a) == "" {
		ba := frame.BareKey(a)
		return utf8.RuneCountInString(ba) >= minNationalBare && len(ba) < len(frame.BareQuocHieu) && strings.HasPrefix(frame.BareQuocHieu, ba) &&
			strings.HasPrefix(frame.BareKey(a+" "+clipKey(b)), frame.BareQuocHieu)
	}
	return false
}

// scanScrap reports what a scan leaves beside a header's part: marks,
// letters and digits alone ("l :", "- l", "„ 3"), no word of two letters
// and no number of two digits.
func scanScrap(s string) bool {
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) > 1 {
			return false
		}
	}
	return true
}

// isSoLabel reports "Số:", "Số", "Số hiệu:" alone on a line.
func isSoLabel(t string) bool {
	t = strings.TrimRight(t, ": ")
	switch t {
	case "Số", "SỐ", "số", "Số hiệu", "SỐ HIỆU", "Số ký hiệu", "SỐ KÝ HIỆU":
		return true
	}
	return soDamaged(t+":") == len(t) // a scan's "Sô:"
}

// placeDateHead reports a line that opens like a header date line: a
// short place name, a comma and "ngày".
func placeDateHead(t string) bool {
	c := strings.IndexByte(t, ',')
	if c < 0 || !vntext.RunesAtMost(t[:c], maxPlaceName) || utf8.RuneCountInString(t[:c]) < minPlaceName || strings.ContainsAny(t[:c], "0123456789/:;") && !strings.HasPrefix(keyOf(t[:c]), "quận ") {
		return false
	}
	rest := strings.TrimLeft(t[c+1:], " ")
	return hasFoldPrefix(rest, "ngày")
}

// hasYear reports whether t holds "năm" followed by a number, the end of a
// date written in words, or a numeric date with its year.
func hasYear(t string) bool {
	i := strings.LastIndex(t, "năm")
	if i >= 0 {
		rest := strings.TrimLeft(t[i+len("năm"):], " ")
		if n, _ := leadingDigitsAny(rest); n >= 4 {
			return true
		}
	}
	return strings.Count(t, "/") >= 2 || strings.Count(t, "-") >= 2 || strings.Count(t, ".") >= 2
}

// isPlaceFragment reports up to four words in title case ("Hà", "Quảng
// Bình,", "Phan Rang-Tháp", or led by "TP"), the first part of a place
// name cut by a table cell. Words in capitals are header lines, not places.
func isPlaceFragment(t string) bool {
	t = strings.TrimSuffix(t, ",")
	words := 0
	for w := range strings.FieldsSeq(t) {
		if words++; words > maxPlaceWords {
			return false
		}
		if words == 1 && isCityAbbrev(w) {
			continue
		}
		if words == 2 && (w == "phố" || w == "xã" || w == "trấn") {
			continue // "Thành phố Hồ" / "Chí Minh, ngày …", "Thị xã …"
		}
		first := true
		for _, r := range w {
			switch {
			case r == '-' && !first:
				first = true
			case !unicode.IsLetter(r), first && !unicode.IsUpper(r), !first && !unicode.IsLower(r):
				return false
			default:
				first = false
			}
		}
		if first {
			return false // ends in a hyphen
		}
	}
	return words > 0
}

// isHeaderWordFragment reports a single word in capitals alone on its
// line that cannot stand alone in a header: not a mark ("KHẨN", "MẬT"),
// not a type name ("LỆNH").
func isHeaderWordFragment(t string) bool {
	if strings.IndexByte(t, ' ') >= 0 || vntext.RunesAtMost(t, minWordFragment-1) || !vntext.RunesAtMost(t, maxWordFragment) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
	}
	k := keyOf(t)
	if _, _, ok := markOf(t, k); ok {
		return false
	}
	if _, _, ok := typeLine(t, k); ok {
		return false
	}
	return true
}

// isTableRow reports a line that is a row of a web or markdown table: it
// opens with "|", ends with "|" or holds " | " between cells.
// metadataLabels name the facts legal-database pages list before a
// document, as search keys.
var metadataLabels = map[string]bool{"số hiệu": true, "số ký hiệu": true, "ngày ban hành": true,
	"ngày có hiệu lực": true, "ngày hiệu lực": true, "ngày hết hiệu lực": true, "loại văn bản": true,
	"cơ quan ban hành": true, "nơi ban hành": true, "người ký": true, "lĩnh vực": true,
	"tình trạng": true, "tình trạng hiệu lực": true, "ngày công báo": true, "số công báo": true,
	"ngày đăng": true, "cập nhật": true, "trích yếu": true}

func isMetadataLabel(t string) bool {
	return vntext.RunesAtMost(t, maxMetaLabel) && metadataLabels[keyOf(strings.TrimRight(t, ": "))]
}

func isTableRow(raw string) bool {
	if strings.IndexByte(raw, '|') < 0 || !vntext.RunesAtMost(raw, maxTableRow) {
		return false
	}
	t := strings.TrimSpace(raw)
	return strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") || strings.Contains(t, " | ")
}

// trimRuleTail removes a rule printed at the end of a line of text
// ("ỦY BAN NHÂN DÂN TỈNH LONG AN --------"), as a cell of a header keeps
// it.
func trimRuleTail(s string) string {
	t := strings.TrimRight(s, " ")
	if i := strings.LastIndexByte(t, ' '); i > 0 && len(t)-i > minRuleTail && scannedRule(t[i+1:]) && strings.TrimSpace(t[:i]) != "" {
		return strings.TrimRight(t[:i], " ") // "Số: 5085/SCT-VP ~e=====": a scan's rule
	}
	k, n := len(t), 0 // n counts the rule's runes
	for k > 0 {
		if c := t[k-1]; c == '-' || c == '_' || c == '*' || c == '=' {
			k--
		} else if strings.HasSuffix(t[:k], "—") || strings.HasSuffix(t[:k], "–") {
			k -= len("—") // pandoc's smart dashes: "——-"
		} else {
			break
		}
		n++
	}
	if n < minRuleTail && !(n == 2 && strings.ContainsAny(t[k:], "—–")) || k == 0 || t[k-1] != ' ' || strings.TrimSpace(t[:k]) == "" {
		return s
	}
	return strings.TrimRight(t[:k], " ")
}

// trimRuleHead drops a rule a PDF's text layer ran into the next part
// with no space: "------Số: 641/QĐ-UBND", "———Bắc Giang, ngày …".
func trimRuleHead(s string) string {
	if i := strings.IndexByte(s, ' '); i >= minRuleTail && scannedRule(s[:i]) {
		if rest := strings.TrimSpace(s[i:]); rest != "" {
			return rest // "_—====r Lào Cai, ngày …": a scan's rule
		}
	}
	t := strings.TrimLeft(s, "-—–_=")
	if len(s)-len(t) < minRuleTail || t == "" || t[0] == ' ' || t[0] == '-' {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) {
		return s
	}
	return t
}

// hasStrayMark reports a combining mark (U+0300–U+036F, lead byte CC or
// CD) right after a space or at the start: a tone mark that PDF text
// layers print apart from its letter ("thiêt hai ̀ ̣ ̣ do").
func hasStrayMark(s string) bool {
	if strings.IndexByte(s, 0xCC) < 0 && strings.IndexByte(s, 0xCD) < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if isMarkAt(s, i) && (i == 0 || s[i-1] == ' ') {
			return true
		}
	}
	return false
}

func isMarkAt(s string, i int) bool {
	return i+1 < len(s) && (s[i] == 0xCC && s[i+1] >= 0x80 || s[i] == 0xCD && s[i+1] <= 0xAF)
}

// dropStrayMarks removes the marks hasStrayMark finds, with any marks
// right after them.
func dropStrayMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	stray := true // at the start, or after a space or a dropped mark
	for i := 0; i < len(s); {
		if stray && isMarkAt(s, i) {
			i += 2
			continue
		}
		stray = s[i] == ' '
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// collapse trims s and turns every run of spaces and line breaks into one
// space; invisible characters go away (vntext's class table).
func collapse(s string) string {
	if !strings.Contains(s, "  ") && !strings.HasPrefix(s, " ") && !hasOddSpace(s) {
		return strings.TrimRight(s, " ")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch vntext.ClassOf(r) {
		case vntext.Invisible:
			continue
		case vntext.Space, vntext.Break:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oddASCII and oddLeads are the ASCII characters and the first bytes of
// the others that a space, break or invisible character other than ' '
// can be, from vntext's class table: hasOddSpace scans for each at memchr
// speed rather than byte by byte.
var oddASCII, oddLeads = func() (ascii string, leads []byte) {
	t := vntext.LeadBytes(vntext.Space, vntext.Break, vntext.Invisible)
	for c := range 256 {
		switch {
		case !t[c] || c == ' ':
		case c < utf8.RuneSelf:
			ascii += string(rune(c))
		default:
			leads = append(leads, byte(c))
		}
	}
	return ascii, leads
}()

// hasOddSpace reports a space, line break or invisible character in s
// other than the ASCII space.
func hasOddSpace(s string) bool {
	if strings.ContainsAny(s, oddASCII) {
		return true
	}
	for _, lead := range oddLeads {
		for off := 0; off < len(s); {
			i := strings.IndexByte(s[off:], lead)
			if i < 0 {
				break
			}
			switch k, _ := vntext.ClassAt(s, off+i); k {
			case vntext.Space, vntext.Break, vntext.Invisible:
				return true
			}
			off += i + 1
		}
	}
	return false
}

// lineKind classifies a cleaned line by its start.
type lineKind uint8

const (
	lkText lineKind = iota
	lkBlank
	lkRule
	lkNational
	lkNumber
	lkDate
	lkVv
	lkType
	lkMark // urgency or secrecy
	lkKinhGui
	lkDongKinhGui
	lkNoiNhan
	lkSign // TM., KT., T/M …
)

// needsKey reports whether a line can open with a label, mark, type name
// or title, the only things classify folds a line for.
func needsKey(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case 'K', 'k', 'Đ', 'đ', 'N', 'n':
		return true
	}
	return isUpperWord(t) && vntext.RunesAtMost(t, maxHeaderLine)
}

// isRule reports a line drawn with dashes, underscores, stars or dots,
// or an ornament drawn with them ("-:-", "---oOo---").
func isRule(t string) bool {
	stray, marks, rings := 0, 0, 0
	for _, r := range t {
		switch r {
		case '-', '_', '=', '*', '—', '–', '.', '·', '…', '~', '+', '%', ':': // '+': a scan's star under a Party header
			marks++
		case 'o', 'O', '0':
			rings++
		case ' ':
		default:
			if r < utf8.RuneSelf && unicode.IsLetter(r) {
				stray++
				continue
			}
			return false
		}
	}
	if rings > 0 {
		return stray == 0 && marks >= 2 && rings <= 5
	}
	// a scan's rule picks up a letter or two: "_e===e=", "_—====r"
	return stray == 0 || stray <= 2 && marks >= 4 && marks >= stray+3
}

// scannedRule reports a word that is a rule a scan read with a stray
// letter in it ("_e===e=", "_—====r"): no dot or star, which a rule of
// dots or a Party header's star could be.
func scannedRule(w string) bool {
	return !strings.ContainsAny(w, ".*+") && strings.ContainsAny(w, "=_~—") && isRule(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// dropRuleWord drops a rule of three or more dashes that opens s before
// a space and more text: "————— Số: 92/BGDĐT-GDTH".
func dropRuleWord(s string) string {
	i := strings.IndexByte(s, ' ')
	if i < 3 || utf8.RuneCountInString(s[:i]) < 3 || !isRule(s[:i]) || strings.ContainsAny(s[:i], ".+") {
		return s
	}
	if rest := strings.TrimSpace(s[i:]); rest != "" {
		return rest
	}
	return s
}

// isNumberLine reports "Số: 12/…", "Số 15-CT/TU", "Số: /KH-UBND".
func isNumberLine(t string) bool {
	rest, ok := cutSo(t)
	if !ok {
		return false
	}
	return rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '/' || rest[0] == ':' || rest[0] == '-' && isBlankNumber(rest))
}

// issuerCites reports a number line that ends an ad hoc body's name on
// the line before it: "ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ
// 1050/QĐ-SCT" names the team the decision set up; the document's own
// number follows.
func issuerCites(prev, t string) bool {
	if !vntext.IsCaps(prev) || strings.Contains(t, ":") {
		return false
	}
	k := bareWord(prev) // a scan loses marks: "THEO QUYET ĐỊNH"
	for _, ty := range bareCitedTypes {
		if k == "theo "+ty || strings.HasSuffix(k, " theo "+ty) {
			return true
		}
	}
	return false
}

// bareCitedTypes are citedTypes without their marks.
var bareCitedTypes = func() []string {
	out := make([]string, len(citedTypes))
	for i, ty := range citedTypes {
		out[i] = bareWord(ty)
	}
	return out
}()

// citesBody reports an issuer's line that names the document setting the
// body up: "THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT" under "ĐOÀN KIỂM TRA".
func citesBody(t string) bool {
	k := keyOf(t)
	for _, ty := range citedTypes {
		if strings.HasPrefix(k, "theo "+ty+" số ") {
			return vntext.RunesAtMost(t, maxIssuerLine)
		}
	}
	return false
}

// citedTypes are the documents an ad hoc body is set up by.
var citedTypes = []string{"quyết định", "kế hoạch", "chỉ thị", "nghị quyết", "thông báo", "công văn"}

// cutSo returns what follows the word "Số" at the start of t, with spaces
// skipped (the colon is kept).
func cutSo(t string) (string, bool) {
	var rest string
	switch n := soDamaged(t); {
	case strings.HasPrefix(t, "Số"), strings.HasPrefix(t, "SỐ"), strings.HasPrefix(t, "số"):
		rest = t[len("Số"):]
	case strings.HasPrefix(t, "So:"), strings.HasPrefix(t, "SO:"):
		rest = t[2:]
	case n > 0:
		rest = t[n:] // a scan's "Sô: 06/2024/QĐ-UBND"
	default:
		_, j := typedNumber(t)
		if j < 0 {
			return "", false
		}
		rest = t[j+len("số"):]
	}
	if rest != "" && rest[0] != ' ' && rest[0] != ':' && !(rest[0] >= '0' && rest[0] <= '9') {
		return "", false // "Số hiệu", "Sống"
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(t, "số") && !strings.HasPrefix(rest, ":") {
		return "", false // a wrapped sentence: "… tại văn bản" / "số 2608/SNV-TCBC ngày …"
	}
	return rest, true
}

// soDamaged returns the length of "Số" at the start of t as a scan leaves
// it with its tone lost or changed ("Sô", "SÔ", "Sồ"), when a colon or a
// number follows; 0 otherwise.
func soDamaged(t string) int {
	if len(t) < 2 || t[0] != 'S' {
		return 0
	}
	r, n := utf8.DecodeRuneInString(t[1:])
	if v := vntext.Bare(string(r)); v != "o" || r < utf8.RuneSelf {
		return 0
	}
	rest := strings.TrimLeft(t[1+n:], " ")
	if j, m := utf8.DecodeRuneInString(t[1+n:]); strings.ContainsRune("íìỉ?;!'’", j) {
		// the colon read as a letter or a mark: "Sôí 1105/KH-ĐKT", "Sô? 134"
		if after := t[1+n+m:]; len(after) > 1 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9' {
			return 1 + n + m
		}
	}
	if rest == "" || rest[0] != ':' && !(rest[0] >= '0' && rest[0] <= '9') {
		return 0
	}
	if rest[0] == ':' && letterWords(strings.TrimLeft(rest[1:], " ")) > 0 && startsWord(strings.TrimLeft(rest[1:], " ")) {
		return 0 // "Sở: Lao động …, Tài chính": the departments a line names
	}
	return 1 + n
}

// startsWord reports s opening with two letters.
func startsWord(s string) bool {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsLetter(r1) && unicode.IsLetter(r2)
}

func isVv(t string) bool { return vvLen(t) > 0 }

// vvLen returns the length of the "V/v" label that opens t, or 0. A scan
// reads it as letters no Vietnamese word is made of ("VWw", "V/w", "VW",
// "Vv") before a subject in small letters.
func vvLen(t string) int {
	if len(t) >= 3 && (t[0] == 'V' || t[0] == 'v') && t[1] == '/' && (t[2] == 'v' || t[2] == 'V') {
		return 3
	}
	if len(t) < 4 || t[0] != 'V' {
		return 0
	}
	n := 1
	for n < len(t) && n <= 3 && strings.IndexByte("vVwW/", t[n]) >= 0 {
		n++
	}
	if n < 2 || n >= len(t) || t[n] != ' ' || t[1] == '/' && n == 2 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t[n+1:])
	if !unicode.IsLower(r) {
		return 0 // "VV …" in capitals, "V. Tổ chức": no label
	}
	return n
}

// signMarks are the authority marks, State (with a dot) and Party (with a
// slash), longest first.
var signMarks = []string{"TUQ.", "T/M.", "K/T.", "T/L.", "TM.", "KT.", "TL.", "T/M", "K/T", "T/L", "Q."}

// signMarkLen returns the length of an authority mark at the start of t
// when a capitalised word follows it, or 0.
func signMarkLen(t string) int {
	for _, m := range signMarks {
		if strings.HasPrefix(t, m) {
			rest := strings.TrimLeft(t[len(m):], " ")
			if rest == "" || !isUpperWord(rest) {
				return 0
			}
			if m == "Q." && !strings.HasPrefix(t, "Q. ") && !strings.HasPrefix(t, "Q.") {
				return 0
			}
			return len(m)
		}
	}
	for _, m := range []string{"THAY MẶT ", "KÝ THAY ", "THỪA LỆNH ", "THỪA ỦY QUYỀN ", "THỪA UỶ QUYỀN "} {
		if strings.HasPrefix(t, m) {
			return len(m) - 1
		}
	}
	return 0
}

// isUpperWord reports whether the first word of s is in capitals.
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if r == ' ' {
			break
		}
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 0
}

// markOf recognises an urgency or secrecy mark line.
func markOf(t, k string) (urgency, secrecy string, ok bool) {
	if !vntext.IsCaps(t) || !vntext.RunesAtMost(t, maxMarkLine) {
		return "", "", false
	}
	switch k {
	case "khẩn":
		return "Khẩn", "", true
	case "thượng khẩn":
		return "Thượng khẩn", "", true
	case "hỏa tốc", "hỏa tốc hẹn giờ":
		return "Hỏa tốc", "", true
	case "mật":
		return "", "Mật", true
	case "tối mật":
		return "", "Tối mật", true
	case "tuyệt mật":
		return "", "Tuyệt mật", true
	}
	return "", "", false
}

// typeKeys maps the search key of each type name to its Kind, longest
// first so that "thông tư liên tịch" wins over "thông tư". Read-only.
var typeKeys = func() []struct {
	key  string
	kind directive.Kind
} {
	var out []struct {
		key  string
		kind directive.Kind
	}
	for _, k := range directive.Kinds() {
		out = append(out, struct {
			key  string
			kind directive.Kind
		}{keyOf(k.Label()), k})
	}
	for i := 1; i < len(out); i++ { // insertion sort by key length, descending
		for j := i; j > 0 && len(out[j].key) > len(out[j-1].key); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// typeLine recognises a type name in capitals at the start of a line and
// returns the kind and whatever follows the name on the line.
func typeLine(t, k string) (directive.Kind, string, bool) {
	if !isUpperWord(t) {
		return directive.KindUnspecified, "", false
	}
	for _, tk := range typeKeys {
		if strings.HasPrefix(k, tk.key) && (len(k) == len(tk.key) || k[len(tk.key)] == ' ') {
			// The name must be in capitals in the text itself.
			words := strings.Count(tk.key, " ") + 1
			head, rest := splitWords(t, words)
			if !vntext.IsCaps(head) {
				return directive.KindUnspecified, "", false
			}
			rest = strings.TrimLeft(rest, " :")
			if strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 || scanScrap(rest) {
				rest = "" // marks a scan left after the name: "QUYẾT ĐỊNH - : - : ¬", "CHỈ THỊ : l :"
			}
			if rest != "" && !vntext.IsCaps(rest) && vntext.RunesAtMost(rest, maxTypeScrap) {
				return directive.KindUnspecified, "", false
			}
			return tk.kind, rest, true
		}
	}
	if vntext.IsCaps(t) && vntext.RunesAtMost(t, maxBareTypeLine) {
		// a type name alone that a scan or a keyboard left without its
		// marks, or with others: "KÉT LUẬN", "QUYET DINH"
		var buf [2 * maxBareTypeLine]byte
		if kind, ok := bareTypeKeys[string(vntext.AppendBare(buf[:0], []byte(k)))]; ok {
			return kind, "", true
		}
	}
	if kind, rest, ok := bareTypeHead(t); ok {
		return kind, rest, true
	}
	return splitTypeLine(t, k)
}

// bareTypeHead reads a type name of two words or more so misspelt, in
// capitals, before its subject in lower case on the same line (a scan
// whose lines ran together: "QUYÊT ĐỊNH Kiểm tra việc chấp hành …").
func bareTypeHead(t string) (directive.Kind, string, bool) {
	for n := 3; n >= 2; n-- {
		head, rest := splitWords(t, n)
		rest = strings.TrimLeft(rest, " :")
		if rest == "" || !vntext.IsCaps(head) || !startsUpperLower(rest) {
			continue
		}
		if kind, ok := bareTypeKeys[vntext.Bare(head)]; ok {
			return kind, rest, true
		}
	}
	return directive.KindUnspecified, "", false
}

// startsUpperLower reports a text whose first word is written in lower
// case after its first letter ("Kiểm tra …"): a sentence, no name in
// capitals.
func startsUpperLower(s string) bool {
	w, _ := splitWords(s, 1)
	rs := []rune(w)
	return len(rs) >= 2 && unicode.IsLetter(rs[0]) && unicode.IsLower(rs[1])
}

// bareTypeKeys are the type names' keys without marks, those no two names
// share.
var bareTypeKeys = func() map[string]directive.Kind {
	m := map[string]directive.Kind{}
	seen := map[string]int{}
	for _, tk := range typeKeys {
		b := vntext.Bare(tk.key)
		if k, ok := m[b]; !ok || k != tk.kind {
			seen[b]++
		}
		m[b] = tk.kind
	}
	for b, n := range seen {
		if n > 1 {
			delete(m, b)
		}
	}
	return m
}()

// typeFirstWords holds the first word of every type name's key.
var typeFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, tk := range typeKeys {
		w, _, _ := strings.Cut(tk.key, " ")
		m[w] = true
	}
	return m
}()

// typeBareKind maps each type name without marks or spaces to its kind;
// typeBarePrefix holds every prefix of those forms.
var typeBareKind, typeBarePrefix = func() (map[string]directive.Kind, map[string]bool) {
	kinds, prefixes := map[string]directive.Kind{}, map[string]bool{}
	for _, tb := range typeBare {
		if _, ok := kinds[tb.bare]; !ok {
			kinds[tb.bare] = tb.kind
		}
		for i := 1; i <= len(tb.bare); i++ {
			prefixes[tb.bare[:i]] = true
		}
	}
	return kinds, prefixes
}()

func isASCIIUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// typeBare holds each type name without marks or spaces, longest first.
var typeBare = func() []struct {
	bare string
	kind directive.Kind
} {
	var out []struct {
		bare string
		kind directive.Kind
	}
	for _, tk := range typeKeys {
		out = append(out, struct {
			bare string
			kind directive.Kind
		}{frame.BareKey(tk.key), tk.kind})
	}
	return out
}()

// splitTypeLine recognises a type name in capitals that a scan broke
// inside a word or whose marks it lost ("K ÉT LUẬN HỘI NGHỊ …", "QUYET
// DINH"): the first words, joined without spaces or marks, spell it.
func splitTypeLine(t, k string) (directive.Kind, string, bool) {
	// Only a first word cut short ("K"), a type's first word ("KẾT
	// LỦẬN") or two words without marks ("QUYET DINH") can start such a
	// line; anything else costs nothing.
	first, rest, _ := strings.Cut(t, " ")
	second, _, _ := strings.Cut(rest, " ")
	kw, _, _ := strings.Cut(k, " ")
	if !vntext.RunesAtMost(first, cutTypeWord) && !typeFirstWords[kw] && !(isASCIIUpper(first) && isASCIIUpper(second)) {
		return directive.KindUnspecified, "", false
	}
	var kbuf, bbuf [64]byte
	b := bbuf[:0]
	end := 0
	for w := 0; w < maxTypeWords; w++ {
		i := end
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			j = len(t) - i
		}
		if j == 0 {
			break
		}
		word := t[i : i+j]
		if !vntext.IsCaps(word) && !(utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word))) {
			break
		}
		end = i + j
		// the word without marks or spaces, without allocating
		for _, c := range vntext.AppendBare(kbuf[:0], vntext.AppendKey(kbuf[32:32], word)) {
			if c != ' ' {
				b = append(b, c)
			}
		}
		if k, ok := typeBareKind[string(b)]; ok && w > 0 {
			rest := strings.TrimLeft(t[end:], " :")
			if rest != "" && !vntext.IsCaps(rest) && vntext.RunesAtMost(rest, maxTypeScrap) {
				return directive.KindUnspecified, "", false
			}
			return k, rest, true
		}
		if !typeBarePrefix[string(b)] {
			break // no type name starts so
		}
	}
	return directive.KindUnspecified, "", false
}

// splitWords returns the first n space-separated words of t and the rest.
func splitWords(t string, n int) (string, string) {
	i := 0
	for c := 0; c < n; c++ {
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			return t, ""
		}
		i += j + 1
	}
	return strings.TrimRight(t[:i], " "), t[i:]
}

// dateAt finds a header date "ngày DD tháng MM năm YYYY" (or ", ngày
// DD/MM/YYYY") in t and returns the byte index of "ngày", or -1.
func dateAt(t string) int {
	for off := 0; off < len(t); {
		i, n := indexNgay(t[off:])
		if i < 0 {
			return -1
		}
		i += off
		rest := t[i+n:]
		if d, ok := leadingDigits(strings.TrimLeft(rest, " ")); ok {
			after := strings.TrimLeft(strings.TrimLeft(rest, " ")[d:], " ")
			if hasFoldPrefix(after, "tháng") || hasFoldPrefix(after, "thang") {
				return i
			}
			// "Hà Nội, ngày 04/10/2023": only after a short place name, not
			// inside a citation ("Chỉ thị số 24-CT/TW, ngày 04-7-2023").
			if before := strings.TrimRight(t[:i], " "); after != "" && (after[0] == '/' || after[0] == '-' || after[0] == '.') &&
				strings.HasSuffix(before, ",") && len(vntext.Fields(before)) <= maxNumericDateWords && !strings.ContainsAny(before, "0123456789/") {
				return i
			}
		} else if before := strings.TrimRight(t[:i], " "); (before == "" || strings.HasSuffix(before, ",")) && isBlankDate(t[i:]) {
			return i // a form's "Hà Nội, ngày    tháng    năm 2026"
		}
		off = i + n
	}
	return -1
}

// formBlank is what a form prints where the clerk writes a day, a month
// or a number: spaces, dots, an ellipsis, underscores.
const formBlank = " .…_"

// isBlankDate reports a date left blank on a form: "ngày    tháng    năm
// 2026", "ngày ... tháng ... năm 20..": nothing but blanks where the day
// and the month go, and a year or a blank after "năm".
func isBlankDate(t string) bool {
	rest, ok := cutFoldWord(t, "ngày")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, formBlank+"/") // a scan's "/" in the blank
	if rest, ok = cutFoldWord(rest, "tháng"); !ok {
		return false
	}
	rest = strings.TrimLeft(rest, formBlank)
	if n, ok := leadingDigits(rest); ok {
		rest = strings.TrimLeft(rest[n:], formBlank) // the month printed, the day left blank
	}
	if rest, ok = cutFoldWord(rest, "năm"); !ok {
		return false
	}
	rest = strings.TrimRight(strings.TrimLeft(rest, formBlank), formBlank+"*")
	return rest == "" || len(rest) <= 4 && strings.Trim(rest, "0123456789") == ""
}

// cutFoldWord cuts the word w (any case) from the start of s.
func cutFoldWord(s, w string) (string, bool) {
	for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
		if r, ok := strings.CutPrefix(s, v); ok {
			return r, true
		}
	}
	return s, false
}

// isBlankNumber reports the number of a form left blank for the clerk:
// what follows "Số:" opens with the symbol's separator ("     /TB-UBND",
// "    -CV/TU").
func isBlankNumber(rest string) bool {
	rest = strings.TrimLeft(rest, ":"+formBlank)
	if rest == "" || rest[0] != '/' && rest[0] != '-' {
		return false
	}
	f := vntext.Fields(rest[1:])
	return len(f) > 0 && isSymbolToken(f[0])
}

// isDateLine reports a header date line: a date with nothing before it
// but a short place name and a comma ("Hà Nội, ngày …"), not a date
// inside a sentence that a line break happened to start.
func isDateLine(t string) bool {
	j := dateAt(t)
	if j < 0 {
		return false
	}
	before := strings.TrimRight(t[:j], " ")
	if before == "" {
		// a date line holds the date alone; a line a wrap opened with a
		// date goes on its sentence: "ngày 19 tháng 7 năm 2017 của Ban
		// Bí thư …"
		if _, e, ok := directive.ScanDate(t, j); ok && strings.Count(strings.TrimSpace(t[e:]), " ") >= 2 && startsLower(strings.TrimSpace(t[e:])) {
			return false
		}
		return true
	}
	return strings.HasSuffix(before, ",") && vntext.RunesAtMost(before, maxDatePlace) && strings.Count(before, " ") < maxDatePlaceWords &&
		!strings.ContainsAny(before, ";:”\"“") || strings.HasPrefix(before, "|")
}

// indexNgay returns where "ngày" stands in s and its length, or -1. A
// scan that lost the tone leaves "ngay", which counts too: a date is read
// only when a day and "tháng" follow.
func indexNgay(s string) (int, int) {
	for off := 0; off < len(s); {
		i := strings.IndexAny(s[off:], "nN")
		if i < 0 {
			return -1, 0
		}
		i += off
		w := s[i:]
		if len(w) < 2 || w[1] != 'g' && w[1] != 'G' {
			off = i + 1 // most n's open no "ng"
			continue
		}
		for _, ngay := range [...]string{"ngày", "Ngày", "NGÀY", "ngay", "Ngay", "NGAY"} {
			if strings.HasPrefix(w, ngay) && (i == 0 || !vntext.WordBefore(s, i)) {
				return i, len(ngay)
			}
		}
		off = i + 1
	}
	return -1, 0
}

func leadingDigits(s string) (int, bool) {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n, n > 0 && n <= 2
}

func hasFoldPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	return strings.EqualFold(s[:len(w)], w)
}

// leadStateWords name State bodies in a lead, where "Bộ …" and "Sở …"
// stand on their own.
var leadStateWords = slices.Concat(stateBodyWords, []string{"bộ ", "sở "})

// leadBloc tells a Party document from a State one by the symbol after the
// type ("số 27-CTr/TU"), else by the body named before "ban hành".
func leadBloc(issuer, after string) directive.Bloc {
	for c := range cite.Find(vntext.ClipRunes(after, leadCiteLen)) {
		if c.Symbol.IsValid() {
			return c.Symbol.Bloc()
		}
		break
	}
	k := keyOf(vntext.ClipRunes(issuer, leadCiteLen))
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

// markerLevel gives the node kind, the marker and the nesting level of a
// section number as cutSectionMarker reads it ("Điều 3", "II", "1.2",
// "a"): Phần 0, Chương 1, Mục 2, Điều 3, Roman 4, Arabic 5 plus one per
// dotted part, letters 9.
func markerLevel(num string) (directive.NodeKind, string, int) {
	for _, w := range []struct {
		word  string
		kind  directive.NodeKind
		level int
	}{{"Phần ", directive.NodePart, 0}, {"Chương ", directive.NodeChapter, 1}, {"Mục ", directive.NodeSection, 2}, {"Điều ", directive.NodeArticle, 3}} {
		if m, ok := strings.CutPrefix(num, w.word); ok {
			return w.kind, m, w.level
		}
	}
	switch c := num[0]; {
	case isRoman(num):
		return directive.NodeNumbered, num, 4
	case len(num) == 1 && c >= 'A' && c <= 'H':
		return directive.NodeNumbered, num, 3 // the Party's "A-", above its Roman points
	case c >= '0' && c <= '9':
		return directive.NodeNumbered, num, 5 + strings.Count(num, ".")
	}
	return directive.NodeNumbered, num, 9
}

// bulletLevel gives the nesting level of a bullet: "+" goes under "-".
func bulletLevel(b string) int {
	if b == "+" {
		return 11
	}
	return 10
}

// mayStartTable is a cheap test of a raw line before the table reader is
// asked: a pipe, a tab, a grid border or a dash rule, or text in columns
// (two gaps of two spaces or more).
func mayStartTable(raw string) bool {
	t := strings.TrimSpace(raw)
	switch {
	case t == "":
		return false
	case strings.IndexByte(t, '|') >= 0 || strings.IndexByte(t, '\t') >= 0:
		return true
	case t[0] == '+' && strings.HasPrefix(strings.TrimLeft(t[1:], "-="), "+"):
		return true
	case strings.HasPrefix(t, "---"):
		return true
	}
	return strings.Count(t, "  ") >= 2
}

// closesTable reports a dash rule followed by a blank line or the end:
// the rule that closes a pandoc table, which opens none.
func closesTable(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	if t == "" || strings.Trim(t, "- ") != "" || !strings.Contains(t, "---") {
		return false
	}
	return i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
}

// opensLayoutTable is a cheap test of a raw line before the layout-table
// reader is asked: a grid border ("+---+"), a dash rule ("---- ----"), or
// a line over a dash rule with two or more runs (a simple table's header).
func opensLayoutTable(raw, next string) bool {
	t := strings.TrimSpace(raw)
	switch {
	case t == "":
		return false
	case strings.HasPrefix(t, "+-") || strings.HasPrefix(t, "+="), strings.HasPrefix(t, "---"):
		return true
	}
	n := strings.TrimSpace(next)
	return strings.HasPrefix(n, "---") && strings.Contains(n, " -") && strings.Trim(n, "- ") == ""
}

// isLayoutLine reports a line that a table laying out a document's parts
// holds in a cell: the national header or motto, "Số", the place and
// date, "Kính gửi", "Nơi nhận", an authority mark.
func isLayoutLine(t string) bool {
	if t == "" || !vntext.RunesAtMost(t, maxHeaderLine) {
		return false
	}
	if frame.NationalPrefix(t) != "" || isNumberLine(t) || signMarkLen(t) > 0 || isDateLine(t) {
		return true
	}
	k := keyOf(vntext.PrefixRunes(t, lineKeyLen))
	return strings.HasPrefix(k, "nơi nhận") || strings.HasPrefix(k, "kính gửi")
}

// dropEscapes removes pandoc's backslash escapes ("\-", "\.", "\*",
// "\[") and the backslash that ends a line (a hard line break): markup,
// never content. A backslash before anything else stays.
func dropEscapes(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			if i+1 == len(s) {
				break // the hard break
			}
			if c := s[i+1]; c > ' ' && c < 0x7f && !isAlnumByte(c) {
				b.WriteByte(c)
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return strings.TrimRight(b.String(), " ")
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// dropEmphasis removes the "*" runs that open or close emphasis around
// words ("*Hà Nội, ngày …*", "***Nơi nhận:***" once "**" is gone): a run
// that touches a word on one side and a space, the line's edge or
// punctuation on the other. A star between spaces (a Party header's "*"),
// an escaped "\*" and a line of stars (a rule) stay. It removes nothing
// unless both an opening and a closing run are found.
// emphasisCloser returns s without a closing star run at its end, the
// close of an emphasis opened on a line above ("Chí Minh, ngày … 2025*"),
// or s.
func emphasisCloser(s string) string {
	t := strings.TrimRight(s, " ")
	u := strings.TrimRight(t, "*")
	if n := len(t) - len(u); n == 0 || n > 3 || u == "" || u[len(u)-1] == ' ' || strings.Contains(u, "*") {
		return s
	}
	return u
}

// wholeLineEmphasis returns the text of a line wrapped whole in one run
// of stars at each end, with a space inside an end that CommonMark would
// not take for emphasis ("*Hà Nội, ngày 14 tháng 10 năm 2024 *", as a
// converter writes an italic run with its trailing space), or "".
func wholeLineEmphasis(s string) string {
	n := len(s) - len(strings.TrimLeft(s, "*"))
	if n == 0 || n > 3 || len(s) < 2*n+2 || !strings.HasSuffix(s, strings.Repeat("*", n)) ||
		strings.HasSuffix(s, strings.Repeat("*", n+1)) {
		return ""
	}
	inner := s[n : len(s)-n]
	if strings.IndexByte(inner, '*') >= 0 || strings.TrimSpace(inner) == "" ||
		inner[0] != ' ' && inner[len(inner)-1] != ' ' {
		return "" // no star inside; a plain "*…*" is CommonMark's, read below
	}
	return strings.TrimSpace(inner)
}

func dropEmphasis(s string) string {
	if strings.IndexByte(s, '*') < 0 || isRule(s) {
		return s
	}
	if w := wholeLineEmphasis(s); w != "" {
		return w
	}
	// the runs that open or close, in order: [start, end)
	var runs [][2]int
	opens, closes := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] != '*' || i > 0 && s[i-1] == '\\' {
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = s[i-1]
		}
		if j < len(s) {
			after = s[j]
		}
		// CommonMark's flanking rules: a run opens when a word follows
		// it, closes when a word precedes it.
		left := !isSpaceEdge(after) && (!isPunctByte(after) || isSpaceEdge(before) || isPunctByte(before))
		right := !isSpaceEdge(before) && (!isPunctByte(before) || isSpaceEdge(after) || isPunctByte(after))
		if left != right {
			runs = append(runs, [2]int{i, j})
			if left {
				opens++
			} else {
				closes++
			}
		}
		i = j - 1
	}
	if opens == 0 || closes == 0 {
		// an emphasis that spans lines: its opener starts a line, its
		// closer ends another ("*Thành phố Hồ" / "Chí Minh, ngày …*")
		if len(runs) == 1 && opens == 1 && runs[0][0] == 0 {
			return strings.TrimSpace(s[runs[0][1]:])
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for _, r := range runs {
		b.WriteString(s[from:r[0]])
		from = r[1]
	}
	b.WriteString(s[from:])
	return b.String()
}

// isSpaceEdge reports a space, or the line's edge read as one.
func isSpaceEdge(c byte) bool { return c == ' ' || c == '\t' }

// isPunctByte reports ASCII punctuation other than "*" (the bytes of
// UTF-8 letters are words).
func isPunctByte(c byte) bool { return c > ' ' && c < 0x7f && c != '*' && !isAlnumByte(c) }

// splitSignLine cuts a signature block printed on one line ("TM. ỦY BAN
// NHÂN DÂN CHỦ TỊCH      Phạm Đình Nghị", "TM. ỦY BAN NHÂN DÂN KT. CHỦ
// TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Linh") into its authority lines (one per
// mark), the signer's title and name. t opens with an authority mark; a
// part that is not there comes back empty.
func splitSignLine(t string) (authority []string, title, name string) {
	words := vntext.Fields(t)
	// the name: the words after the last one in capitals
	n := len(words)
	for n > 0 && !vntext.IsCaps(words[n-1]) {
		n--
	}
	if n < len(words) {
		if cand := strings.Join(words[n:], " "); isPersonName(cand) {
			name = cand
		} else {
			n = len(words)
		}
	}
	// the authority lines, one from each mark on
	var seg []string
	for _, w := range words[:n] {
		if len(seg) > 0 && signMarkLen(w+" X") == len(w) {
			authority = append(authority, strings.Join(seg, " "))
			seg = nil
		}
		seg = append(seg, w)
	}
	// the title: the longest tail of the last line that names a post,
	// the mark and one word left to the authority; only on a line that
	// holds more than an authority (a name, or a mark after the first),
	// and never after a comma ("KT. BỘ TRƯỞNG, CHỦ NHIỆM" is one post)
	lo := len(seg) // a title is short: only the tails that can be one
	for runes := 0; lo > 0; lo-- {
		if runes += utf8.RuneCountInString(seg[lo-1]) + 1; runes > maxSigPart {
			break
		}
	}
	for k := max(2, lo); k < len(seg) && (name != "" || len(authority) > 0); k++ {
		if strings.HasSuffix(seg[k-1], ",") {
			continue
		}
		if rest := strings.Join(seg[k:], " "); isTitle(keyOf(rest)) {
			title, seg = rest, seg[:k]
			break
		}
	}
	if len(seg) > 0 {
		authority = append(authority, strings.Join(seg, " "))
	}
	return authority, title, name
}

// typedNumber finds a number line that opens with the document's type
// name ("Nghị quyết số: 45/2024/UBTVQH15", "LUẬT SỐ: 56/2024/QH15"): the
// kind and the byte index of "số", or -1. The colon is required: a
// citation wrapped onto a line's start ("Quyết định số 68/2010/QĐ-UBND
// ngày …") has none.
func typedNumber(t string) (directive.Kind, int) {
	if t == "" || !unicode.IsUpper(firstRune(t)) {
		return directive.KindUnspecified, -1
	}
	head := vntext.PrefixRunes(t, maxTypedHead)
	j := -1
	for _, w := range []string{" số", " Số", " SỐ"} {
		if i := strings.Index(head, w); i > 0 && (j < 0 || i < j) {
			j = i
		}
	}
	if j < 0 {
		return directive.KindUnspecified, -1
	}
	after, ok := strings.CutPrefix(strings.TrimLeft(t[j+len(" số"):], " "), ":")
	if !ok {
		return directive.KindUnspecified, -1
	}
	// the symbol alone, or with the place and date of the other column: a
	// page's title ("Công văn Số: 2728/TCT-DNL V/v: …") goes on
	sym, rest, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	if !isSymbolToken(sym) || rest != "" && dateAt(rest) < 0 {
		return directive.KindUnspecified, -1
	}
	k := keyOf(t[:j])
	for _, tk := range typeKeys {
		if k == tk.key {
			return tk.kind, j + 1
		}
	}
	return directive.KindUnspecified, -1
}

// trimMarks drops the combining marks that open a text once its marker is
// cut off: with no letter to sit on they are stray, as the line's clean-up
// reads them after a space.
func trimMarks(t string) string {
	for t != "" {
		r, n := utf8.DecodeRuneInString(t)
		if r < 0x300 || r > 0x36F {
			break
		}
		t = t[n:]
	}
	return strings.TrimSpace(t)
}
