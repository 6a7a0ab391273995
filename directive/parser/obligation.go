package parser

// The wording of one assigning paragraph or table cell, read as written:
// what it forbids or allows (readModality), what it produces
// (readProduct), whom it reports to (readReportTo). due.go reads its
// deadline and roles.go its bodies. These are pure functions of the text,
// free of docParser, so that the body reader can call them on any node.
// Each takes NFC or NFD text in either tone placement: it reads
// vntext.Normalize of it, and what it returns is cut from that text.

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

// ptext is a paragraph in the SDK's display form (NFC, canonical tones,
// single spaces) cut into words: runs of letters and digits. Punctuation
// lies in the gaps between words.
type ptext struct {
	s       string
	low     string   // s folded (vntext.FoldRune), for the readers' quick tests
	lw      []string // each word folded: what match compares
	w       []span
	keys    []string
	done    []bool
	all     string // the key of the whole text
	at      []int  // where each word's key starts in all, or -1
	classes []int  // see hasClass
}

type span struct{ a, b int }

func readText(raw string) *ptext {
	s := vntext.Normalize(raw)
	t := &ptext{s: s, w: make([]span, 0, len(s)/6+1)} // a Vietnamese word and its space: about six bytes
	for i := 0; i < len(s); {
		if vntext.WordLenAt(s, i) > 0 {
			e := vntext.WordEnd(s, i)
			t.w = append(t.w, span{i, e})
			i = e
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	t.keys = make([]string, len(t.w))
	t.done = make([]bool, len(t.w))
	low := vntext.AppendFold(make([]byte, 0, len(s)), s)
	t.low = string(low)
	t.lw = make([]string, len(t.w))
	for k, w := range t.w {
		if len(t.low) == len(s) {
			t.lw[k] = t.low[w.a:w.b]
		} else { // a fold changed a length: fold the word alone
			t.lw[k] = string(vntext.AppendFold(nil, s[w.a:w.b]))
		}
	}
	return t
}

// mayHave reports whether one of the phrases ws occurs in the text at
// all: a reader that needs one skips a text without any, most texts.
func (t *ptext) mayHave(ls ...*phraseList) bool {
	for _, l := range ls {
		for _, w := range l.all {
			if strings.Contains(t.low, w) {
				return true
			}
		}
	}
	return false
}

// key is the search key of the text from word k on: enough to test which
// body, post or name opens there. The key of the whole text is made once
// and each word's key is a suffix of it; a word inside a joined token
// ("TB" in "LĐ-TB&XH") gets a key of its own, bounded.
func (t *ptext) key(k int) string {
	if t.at == nil {
		t.keyAll()
	}
	if a := t.at[k]; a >= 0 {
		return t.all[a:]
	}
	if !t.done[k] {
		t.keys[k] = keyOf(vntext.PrefixRunes(t.s[t.w[k].a:], obligationKeyLen))
		t.done[k] = true
	}
	return t.keys[k]
}

// keyAll makes the key of the whole text, one token run at a time, and
// records where each word's key starts in it, or -1 for a word that a
// "-" or "&" joins to the word before (the key reads them as one token).
func (t *ptext) keyAll() {
	t.at = make([]int, len(t.w))
	var b []byte
	for k := 0; k < len(t.w); {
		g := k + 1
		for g < len(t.w) && joined(t.gap(g)) {
			t.at[g] = -1
			g++
		}
		end := len(t.s)
		if g < len(t.w) {
			end = t.w[g].a
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		n := len(b)
		t.at[k] = n
		if b = vntext.AppendKey(b, t.s[t.w[k].a:end]); len(b) == n {
			b = b[:max(n-1, 0)] // a word with no key of its own
			t.at[k] = -1
		}
		k = g
	}
	t.all = string(b)
}

// joined reports a gap that the key reads as part of one token.
func joined(gap string) bool { return gap == "-" || gap == "&" }

// gap is the text between word k-1 and word k (before the first word for
// k = 0, after the last for k = len(t.w)).
func (t *ptext) gap(k int) string {
	a, b := 0, len(t.s)
	if k > 0 {
		a = t.w[k-1].b
	}
	if k < len(t.w) {
		b = t.w[k].a
	}
	return t.s[a:b]
}

// soft reports a gap of spaces only, which a phrase may run across.
func (t *ptext) soft(k int) bool { return strings.Trim(t.gap(k), " ") == "" }

// index returns the first word that starts at or after offset i.
func (t *ptext) index(i int) int {
	return sort.Search(len(t.w), func(k int) bool { return t.w[k].a >= i })
}

// match reports whether the phrase w (lower case, canonical tones) is
// written from word k on, and returns the word after it. A phrase of
// words is compared word by word against the folded words, spaces
// between them; one with punctuation in it is matched in the text.
func (t *ptext) match(k int, w string) (int, bool) {
	if k < 0 || k >= len(t.w) {
		return k, false
	}
	phrase := w
	for j := k; ; j++ {
		part, rest, more := strings.Cut(w, " ")
		if t.lw[j] != part {
			if !plainWord(part) {
				break
			}
			return k, false
		}
		if !more {
			return j + 1, true
		}
		if j+1 >= len(t.w) || t.w[j+1].a != t.w[j].b+1 || t.s[t.w[j].b] != ' ' {
			if !plainWord(rest) {
				break
			}
			return k, false
		}
		w = rest
	}
	e, ok := vntext.MatchWord(t.s, t.w[k].a, phrase)
	if !ok {
		return k, false
	}
	return t.index(e), true
}

// plainWord reports a phrase of words and single spaces only, which
// match compares word by word.
func plainWord(w string) bool {
	for i := 0; i < len(w); {
		if w[i] == ' ' {
			i++
			continue
		}
		n := vntext.WordLenAt(w, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// matchAny is match over a list sorted longest first; it returns the
// phrase matched.
func (t *ptext) matchAny(k int, l *phraseList) (int, string, bool) {
	if k < 0 || k >= len(t.w) {
		return k, "", false
	}
	// most words open no phrase: only those that open with the word are
	// tried, with the few that hold punctuation, in the list's order
	byWord, odd := l.first[t.lw[k]], l.odd
	for len(byWord) > 0 || len(odd) > 0 {
		var i int
		if len(odd) == 0 || len(byWord) > 0 && byWord[0] < odd[0] {
			i, byWord = byWord[0], byWord[1:]
		} else {
			i, odd = odd[0], odd[1:]
		}
		if next, ok := t.match(k, l.all[i]); ok {
			return next, l.all[i], true
		}
	}
	return k, "", false
}

// upper reports a word written with a capital.
func (t *ptext) upper(k int) bool {
	r, _ := utf8.DecodeRuneInString(t.s[t.w[k].a:])
	return unicode.IsUpper(r)
}

// text returns the words [a, b) as written, with the closing parenthesis
// of one they open.
func (t *ptext) text(a, b int) string {
	if a >= b {
		return ""
	}
	out := t.s[t.w[a].a:t.w[b-1].b]
	if strings.Count(out, "(") > strings.Count(out, ")") && strings.HasPrefix(t.gap(b), ")") {
		out += ")"
	}
	return out
}

// phraseList is a list of phrases for matchAny: lower case, canonical
// tones, longest first so that "trong thời hạn" wins over "trong".
type phraseList struct {
	all   []string
	first map[string][]int // the plain phrases by their first word, as indices into all
	odd   []int            // the phrases with punctuation in them
}

// phrases makes a phraseList of the lists.
func phrases(lists ...[]string) *phraseList {
	l := &phraseList{first: map[string][]int{}}
	for _, ws := range lists {
		for _, w := range ws {
			w = string(vntext.AppendFold(nil, vntext.Normalize(w)))
			if w != "" && !slices.Contains(l.all, w) {
				l.all = append(l.all, w)
			}
		}
	}
	slices.SortStableFunc(l.all, func(a, b string) int { return len(b) - len(a) })
	for i, w := range l.all {
		if first, _, _ := strings.Cut(w, " "); plainWord(w) {
			l.first[first] = append(l.first[first], i)
		} else {
			l.odd = append(l.odd, i)
		}
	}
	return l
}

// keyPrefix returns the longest word of list that key opens with, whole
// words only.
func keyPrefix(key string, list []string) (string, bool) {
	best := ""
	for _, w := range list {
		w = strings.TrimSuffix(w, " ")
		if len(w) > len(best) && (key == w || strings.HasPrefix(key, w) && key[len(w)] == ' ') {
			best = w
		}
	}
	return best, best != ""
}

// cutKeyWord returns key without its first word when that word is one of
// ws.
func cutKeyWord(key string, ws ...string) (string, bool) {
	for _, w := range ws {
		if rest, ok := strings.CutPrefix(key, w+" "); ok {
			return rest, true
		}
	}
	return "", false
}

// Modality: the first cue of the text decides, so "Tăng cường …; không để
// xảy ra …" forbids and "… và khuyến khích …" encourages.
var (
	// prohibitionCues: "nghiêm cấm", "cấm", "không được", "không để
	// xảy ra", "tuyệt đối không".
	prohibitionCues = phrases([]string{"nghiêm cấm", "cấm", "không được", "không để", "tuyệt đối không", "không cho phép"})
	modalityWords   = phrases([]string{"khuyến khích", "được phép"})
	// notBan precede a "cấm" that names a thing rather than forbids: "khu
	// vực cấm", "hàng cấm", "các hành vi bị cấm".
	notBan = phrases([]string{"bị", "bị nghiêm", "lệnh", "khu vực", "khu", "địa điểm", "vùng", "hàng", "danh mục", "điều",
		"chất", "biển", "hành vi", "không"})
	// notEncouraged precede a "khuyến khích" that names a policy rather
	// than encourages: "chính sách khuyến khích đầu tư"; "không khuyến
	// khích" encourages nothing.
	notEncouraged = phrases([]string{"chính sách", "cơ chế", "không", "chưa", "ưu đãi"})
	// notForbidding precede a "không được" that describes rather than
	// forbids: "nếu không được xử lý kịp thời".
	notForbidding = phrases([]string{"nếu", "khi", "mà", "vẫn", "là"})
	// notPermitted precede a "được phép" that permits nothing.
	notPermitted = phrases([]string{"không", "chưa"})
)

// readModality says what one assigning text does: forbid ("nghiêm cấm",
// "cấm", "không được", "không để"), encourage ("khuyến khích"), permit
// ("được phép"), or, by default, oblige. The first cue of the text decides;
// a cue that names rather than acts does not count ("hàng cấm", "chính
// sách khuyến khích", "không khuyến khích", "nếu không được").
func readModality(text string) directive.Modality { return readText(text).modality() }

// modality is readModality over a text already cut into words.
func (t *ptext) modality() directive.Modality {
	if !t.mayHave(prohibitionCues, modalityWords) {
		return directive.ModalityObligation
	}
	for k := range t.w {
		if _, w, ok := t.matchAny(k, prohibitionCues); ok {
			switch {
			case (w == "cấm" || w == "nghiêm cấm") && t.after(k, notBan):
			case w == "không được" && t.after(k, notForbidding):
			case (w == "không để" || w == "không được") && t.laterClause(k):
				// "… chuẩn bị đầy đủ thuốc, giường bệnh; không để xảy
				// ra quá tải": what to avoid in doing the task
			default:
				return directive.ModalityProhibition
			}
		}
		if _, ok := t.match(k, "khuyến khích"); ok && !t.after(k, notEncouraged) {
			return directive.ModalityEncouragement
		}
		if _, ok := t.match(k, "được phép"); ok && !t.after(k, notPermitted) {
			return directive.ModalityPermission
		}
	}
	return directive.ModalityObligation
}

// laterClause reports a word k after the first clause of the text: a
// ";" or a sentence's end stands before it.
func (t *ptext) laterClause(k int) bool {
	for j := 1; j <= k && j < len(t.w); j++ {
		if strings.ContainsAny(t.gap(j), ";.") {
			return true
		}
	}
	return false
}

// after reports whether one of ws ends right before word k, spaces apart.
func (t *ptext) after(k int, l *phraseList) bool {
	if k == 0 || !t.soft(k) {
		return false
	}
	for _, w := range l.all {
		if st, ok := vntext.MatchWordBack(t.s, t.w[k-1].b, w); ok && st >= 0 {
			return true
		}
	}
	return false
}

var (
	productNouns   = phrases(lexicon.Products)
	producingVerbs = phrases(lexicon.ProducingVerbs)
	// quantifiers may stand between the verb and the product: "xây
	// dựng 01 kế hoạch", "ban hành các văn bản".
	quantifiers = phrases([]string{"các", "một", "01", "những", "lại"})
	// notAsked precede a "báo cáo" that names reports rather than asks
	// for one ("các báo cáo", "chế độ báo cáo"); asked follow one
	// ("báo cáo của UBND", "báo cáo phải").
	notAsked = phrases([]string{"các", "những", "theo", "chế độ", "tại", "xem xét", "thông qua", "số liệu", "biểu mẫu", "mẫu"})
	asked    = phrases([]string{"của", "phải"})
	// towards open the body a report or product goes to: "về UBND tỉnh".
	towards = phrases([]string{"về", "lên", "tới", "đến", "cho"})
)

// readProduct returns the product the text names: the noun after a
// producing verb ("xây dựng kế hoạch …", "ban hành văn bản hướng dẫn …",
// "trình dự thảo …", "tham mưu UBND tỉnh ban hành Kế hoạch …"), or else a
// report the text asks for ("báo cáo kết quả về UBND tỉnh" gives "báo cáo
// kết quả"; not "các báo cáo của …"). A verb in capitals inside a sentence is part of a name ("Luật
// Ban hành văn bản …"), and a noun with its number is a document already
// issued ("ban hành Công văn số 1510-CV/BTGTU"): neither names a product.
// The name runs to a comma, to whom it goes ("trình", "gửi", "về UBND …"),
// its purpose ("để", "nhằm") or its deadline; a longer run than
// maxProductWords keeps the noun alone. "" when no product is named; a
// table's "Sản phẩm" cell is the product by its column, which the table
// reader knows.
func readProduct(text string) string { return readText(text).product() }

// product is readProduct over a text already cut into words.
func (t *ptext) product() string {
	if !t.mayHave(productNouns) {
		return ""
	}
	for k := range t.w {
		next, _, ok := t.matchAny(k, producingVerbs)
		if !ok || next >= len(t.w) || !t.soft(next) || t.upper(k) && !t.sentenceStart(k) || t.caps(k) || t.partnersWork(k) || t.after(k, agentNouns) {
			continue
		}
		j := next
		if q, _, ok := t.matchAny(j, quantifiers); ok && q < len(t.w) && t.soft(q) {
			j = q
		}
		if e, noun, ok := t.matchAny(j, productNouns); ok && !t.numbered(e) {
			return noun
		}
	}
	// a report asked for: in lower case or opening a sentence; a capital
	// inside one is a citation's title ("Báo cáo số 12/BC-UBND")
	for k := range t.w {
		next, ok := t.match(k, "báo cáo")
		if !ok || t.upper(k) && !t.sentenceStart(k) || t.numbered(next) || t.after(k, notAsked) {
			continue
		}
		if _, _, noun := t.matchAny(next, asked); noun && t.soft(next) {
			continue
		}
		return "báo cáo"
	}
	return ""
}

// partnersWork reports a producing verb that names the work a partner
// is helped with, not what is asked: "Phối hợp với Mặt trận Tổ quốc …
// trong việc xây dựng chương trình, kế hoạch".
func (t *ptext) partnersWork(k int) bool {
	if !t.after(k, jointWork) {
		return false
	}
	for j := range k {
		if _, ok := t.match(j, "phối hợp"); ok {
			return true
		}
	}
	return false
}

var jointWork = phrases([]string{"trong việc", "trong công tác"})

// agentNouns before a producing verb make it part of a name, not the work
// asked: "cơ quan lập quy hoạch", "nhiệm vụ lập quy hoạch", "thành lập".
var agentNouns = phrases([]string{"cơ quan", "đơn vị", "nhiệm vụ", "tư vấn", "thành", "trong quá trình", "phục vụ", "kinh phí", "chi phí"})

// sentenceStart reports a word that opens the text or a sentence.
func (t *ptext) sentenceStart(k int) bool {
	return k == 0 || strings.ContainsAny(t.gap(k), ".;:!?")
}

// caps reports a word in capitals: a title's ("BAN HÀNH QUY CHẾ …").
func (t *ptext) caps(k int) bool { return vntext.IsCaps(t.s[t.w[k].a:t.w[k].b]) }

// numbered reports "số" at word k: the document before it is cited.
func (t *ptext) numbered(k int) bool {
	_, ok := t.match(k, "số")
	return ok
}

var (
	reportVerbs = phrases([]string{"báo cáo", "gửi"})
	viaWords    = phrases([]string{"qua", "thông qua", "gửi qua"})
	askedBy     = phrases([]string{"khi có yêu cầu của", "theo yêu cầu của"})
)

// readReportTo returns whom the text reports to and through whom:
// "báo cáo UBND Thành phố (qua Sở Nội vụ)", "gửi báo cáo về Ban Tuyên
// giáo Tỉnh ủy", "báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh)
// để tổng hợp". The recipient follows "báo cáo" or "gửi" directly or
// after "về", "lên", "tới", within maxReportGap words of the same clause;
// several listed are kept as written. The first report of the text counts;
// "trình" submits a product and is no report.
func readReportTo(text string) (to, via string) { return readText(text).reportTo() }

// reportTo is readReportTo over a text already cut into words.
func (t *ptext) reportTo() (to, via string) {
	if !t.mayHave(reportVerbs) {
		return "", ""
	}
	for k := range t.w {
		next, _, ok := t.matchAny(k, reportVerbs)
		if !ok || next >= len(t.w) || !t.soft(next) {
			continue
		}
		if t.numbered(next) {
			continue
		}
		j := next
		if m, _, ok := t.matchAny(j, towards); ok && m < len(t.w) && t.soft(m) {
			j = m
		}
		if !t.opensBody(j) {
			// "báo cáo kết quả thực hiện về UBND tỉnh"
			j = -1
			for m := next; m < len(t.w) && m-next < maxReportGap; m++ {
				if m > next && strings.ContainsAny(t.gap(m), ".;:()") {
					break
				}
				if e, _, ok := t.matchAny(m, towards); ok && e < len(t.w) && t.soft(e) && t.opensBody(e) {
					j = e
					break
				}
				if e, _, ok := t.matchAny(m, askedBy); ok && e < len(t.w) && t.soft(e) && t.opensBody(e) {
					// "báo cáo định kỳ hoặc đột xuất khi có yêu cầu của
					// Ủy ban nhân dân tỉnh": whoever asks is reported to
					j = e
					break
				}
			}
			if j < 0 {
				continue
			}
		}
		e := t.listEnd(j)
		to = t.text(j, e)
		// "(qua Sở Nội vụ)", "qua Sở Nội vụ"
		if e < len(t.w) && strings.Trim(t.gap(e), " (") == "" {
			if v, _, ok := t.matchAny(e, viaWords); ok && v < len(t.w) && t.soft(v) && t.opensBody(v) {
				via = t.text(v, t.listEnd(v))
			}
		}
		return to, via
	}
	return "", ""
}
