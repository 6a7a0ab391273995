// Issuers: "của Ban Thường vụ Thành ủy" after a citation, or before it
// ("ý kiến của … tại Công văn số …").

package cite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// issuerBefore reads an issuer written before a reference, "ý kiến của
// Ban Bí thư tại Công văn số …", "đề nghị của Sở Nội vụ (…) tại Tờ trình
// số …", and returns "" when there is none.
func issuerBefore(s string, start int) string {
	j := vntext.SkipWrapBack(s, start)
	if j > 0 && s[j-1] == ':' {
		// "tại các công văn: Số …", "các nghị định của Chính phủ: Số …"
		j = vntext.SkipWrapBack(s, j-1)
		for _, w := range []string{"các công văn", "các văn bản", "công văn", "văn bản", "các tờ trình", "tờ trình"} {
			if k, ok := vntext.MatchWordBack(s, j, w); ok {
				if t, ok := vntext.MatchWordBack(s, vntext.SkipWrapBack(s, k), "tại"); ok {
					return issuerOfBefore(s, vntext.SkipWrapBack(s, t))
				}
				break
			}
		}
		return issuerOfBefore(s, j)
	}
	k, ok := vntext.MatchWordBack(s, j, "tại")
	if !ok {
		return ""
	}
	return issuerOfBefore(s, vntext.SkipWrapBack(s, k))
}

// issuerOfBefore reads "của <issuer>" ending at end, within 12 words.
func issuerOfBefore(s string, end int) string {
	if end > 0 && s[end-1] == ')' {
		// skip one parenthetical
		o := strings.LastIndexByte(s[max(0, end-200):end], '(')
		if o < 0 {
			return ""
		}
		end = vntext.SkipWrapBack(s, max(0, end-200)+o)
	}
	// walk back over at most 12 words to "của"
	w := end
	for words := 0; words < 12 && w > 0; words++ {
		k := w
		for k > 0 {
			r, sz := utf8.DecodeLastRuneInString(s[:k])
			if !vntext.IsWordRune(r) {
				break
			}
			k -= sz
		}
		if k == w {
			return ""
		}
		if _, ok := vntext.MatchWord(s, k, "của"); ok {
			if k+len("của") >= end {
				return ""
			}
			return trimName(s[k+len("của") : end])
		}
		w = vntext.SkipWrapBack(s, k)
		if w == k {
			return ""
		}
	}
	return ""
}

// issuerStop lists words that end an issuer.
var issuerStop = []string{"hỏi", "sửa đổi", "bổ sung", "v/v", "kèm theo", "về", "ngày", "ban hành", "quy định", "nhằm", "để", "đã", "đang", "thì", "tại", "theo", "đối với", "trong", "với", "có", "là", "gửi", "được", "và các", "và kế", "và chỉ", "và quyết", "và nghị", "và thông", "và hướng", "và công", "và văn", "và luật", "và tờ trình", "và báo cáo", "và đề án", "và kết luận", "và chương trình", "và quy định", "và quy chế", "và pháp lệnh", "và đề nghị", "hướng dẫn", "phê duyệt", "triển khai", "thực hiện", "yêu cầu", "giao", "chỉ đạo"}

// stopWord is a stop word with the byte length of its first word.
type stopWord struct {
	w string
	n int
}

var (
	issuerStopByFirst = func() map[rune][]stopWord {
		m := byFirstRune(issuerStop)
		for r := range m {
			if r >= 0x80 && r != 'đ' {
				panic("directive: stopWordAt looks up only đ among non-ASCII first letters")
			}
		}
		return m
	}()
	issuerStopASCII = func() (t [128][]stopWord) {
		for r, ws := range issuerStopByFirst {
			if r < 0x80 {
				t[r] = ws
			}
		}
		return t
	}()
)

// stopKeys marks the keys (see wordKey) of the first words of the issuer
// stop words that start with an ASCII letter.
var stopKeys = func() (t [4096]bool) {
	for _, w := range issuerStop {
		t[wordKey(w, 0, vntext.LeadWordLen(w))] = true
		if w[0] >= 0x80 { // đ: also Đ, Ð and ð
			for _, d := range []string{"Đ", "Ð", "ð"} {
				v := d + w[len("đ"):]
				t[wordKey(v, 0, vntext.LeadWordLen(v))] = true
			}
		}
	}
	return t
}()

// issuerStopD are the stop words that start with đ.
var issuerStopD = issuerStopByFirst['đ']

// wordKey hashes the word s[k:j] by its first two bytes, byte length and
// last byte, folded so that the case forms of a word give one key: ASCII
// letters to lower case, a non-ASCII second byte as it is (the lead bytes
// of Vietnamese case pairs are equal) and a non-ASCII last byte to 0.
//
// A non-ASCII first letter counts as one value, with the byte after its
// second byte as the second byte: the đ of the stop words and its case
// forms and look-alikes (Đ, Ð, ð) are all two bytes long.
func wordKey(s string, k, j int) int {
	first, second, last := s[k]|0x20, byte(0), s[j-1]
	n := 1
	if first >= 0x80 {
		first, n = 0xFF, 2
	}
	if j-k > n {
		second = s[k+n]
		if second < 0x80 {
			second |= 0x20
		}
	}
	if last < 0x80 {
		last |= 0x20
	} else {
		last = 0
	}
	return (int(first)*31 + int(second)*131 + (j-k)*17 + int(last)*7) & 4095
}

// byFirstRune indexes words by their first rune.
func byFirstRune(words []string) map[rune][]stopWord {
	m := map[rune][]stopWord{}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], stopWord{w, vntext.LeadWordLen(w)})
	}
	return m
}

// incompleteHeads are words an organisation name cannot end with; a line
// break after one of them is a wrap, not the end of the issuer.
var incompleteHeads = spellings("ban", "bộ", "sở", "cục", "tổng", "văn", "thường", "chủ", "thủ", "nhân", "ban thường", "ủy ban",
	"hội đồng", "văn phòng", "ban chấp", "ban chấp hành", "thành", "tỉnh", "trung", "của")

// spellings returns the words with the other tone placement of each where
// it has one, for matching raw text in place.
func spellings(words ...string) []string {
	var out []string
	for _, w := range words {
		out = append(out, vntext.Spellings(w)...)
	}
	return out
}

// scanIssuer reads an issuer starting at s[i] and returns its span and
// text (a substring of s unless a line wrap had to be joined).
//
// It is one word-by-word pass with its state in locals (wrapped, inside a
// steering committee's name, the last complete name end), run on every
// citation; split up, each part would take and return that state.
func scanIssuer(s string, i int) (int, int, string) {
	start, end := i, i
	wrapped := false
	steering := false // inside "Ban Chỉ đạo Trung ương về phòng, chống …"
	j := i
	wordFrom := i
	for words := 0; (words < 16 || steering && words < 32) && j < len(s); words++ {
		if words > 0 {
			k := vntext.SkipSpaces(s, j)
			if k < len(s) && s[k] == '\n' {
				// a single line break continues only a wrapped name
				m := vntext.SkipSpaces(s, k+1)
				if m >= len(s) || s[m] == '\n' || !vntext.WordAt(s, m) || !continuesName(s, start, end, m) {
					break
				}
				wrapped = true
				k = m
			}
			if k < len(s) && s[k] == ',' {
				// "Bộ Văn hóa, Thể thao và Du lịch"; "… về phòng, chống
				// tham nhũng, tiêu cực"
				m := vntext.SkipSpaces(s, k+1)
				if _, ok := vntext.MatchWord(s, m, "thể thao"); ok {
					k = m
				} else if r, _ := utf8.DecodeRuneInString(s[m:]); steering && m < len(s) && unicode.IsLower(r) {
					k = m
				} else {
					break
				}
			}
			if k == j && words > 0 {
				break
			}
			stop, we := stopWordAt(s, k)
			if stop && endsWithBan(s, start, end) {
				if _, ok := vntext.MatchWord(s, k, "chỉ đạo"); ok {
					stop = false // "Ban Chỉ đạo …" is a body
				}
			}
			if stop && !steering && steeringAt(s, start, end, k) {
				// a steering committee's name goes on after "về"
				stop, steering = false, true
			}
			if stop {
				break
			}
			if n := vntext.DashAt(s, k); n > 0 && k+n < len(s) && vntext.SpaceAt(s, k+n) > 0 {
				// "Bộ Lao động - Thương binh và Xã hội"
				k = vntext.SkipSpaces(s, k+n)
				we = k
			}
			j, wordFrom = k, we
		}
		if j >= len(s) || !(vntext.WordAt(s, j) || s[j] == '&') {
			break
		}
		// the word runes stopWordAt read are part of the word
		k := max(j, wordFrom)
		for k < len(s) {
			c := s[k]
			if c < 0x80 {
				if vntext.ASCIIWord[c] || c == '&' || (c == '-' || c == '.') && vntext.WordAt(s, k+1) {
					k++
					continue
				}
				break
			}
			// the letters of Latin-1 (but × ÷), Latin Extended-A/B and
			// Vietnamese, as in vntext.WordLenAt, without a call
			if k+1 < len(s) && s[k+1]&0xC0 == 0x80 && (c >= 0xC4 && c <= 0xC9 || c == 0xC3 && s[k+1] != 0x97 && s[k+1] != 0xB7) {
				k += 2
				continue
			}
			if c == 0xE1 && k+2 < len(s) && (s[k+1] == 0xBA || s[k+1] == 0xBB) && s[k+2]&0xC0 == 0x80 {
				k += 3
				continue
			}
			n := vntext.WordLenAt(s, k)
			if n == 0 {
				break
			}
			k += n
		}
		if k == j {
			break
		}
		end = k
		j = k
	}
	for end > start && (s[end-1] == ' ' || s[end-1] == '-') {
		end-- // strings.TrimRight(…, " -") without building its set
	}
	text := s[start:end]
	if k := vntext.SkipSpaces(s, end); end > start && k < len(s) && s[k] == '(' {
		// "Tỉnh ủy (khóa XIV)": the term belongs to the body's name
		m := vntext.SkipSpaces(s, k+1)
		if _, ok := vntext.MatchWord(s, m, termWords[0]); !ok {
			_, ok = vntext.MatchWord(s, m, termWords[1])
			if !ok {
				return start, end, maybeTrim(text, wrapped)
			}
		}
		if c := strings.IndexByte(s[m:min(len(s), m+24)], ')'); c >= 0 {
			end = m + c + 1
			text = s[start:end]
		}
	}
	return start, end, maybeTrim(text, wrapped)
}

func maybeTrim(text string, wrapped bool) string {
	if wrapped {
		return trimName(text)
	}
	return text
}

// continuesName reports whether the line starting at s[m] continues the
// name s[start:end]: the name so far ends with a word that needs a
// complement ("của Ban\nThường vụ Thành ủy", "Ủy ban nhân\ndân tỉnh").
func continuesName(s string, start, end, m int) bool {
	for _, w := range incompleteHeads {
		if st, ok := vntext.MatchWordBack(s, end, w); ok && st >= start {
			return true
		}
	}
	// A hard-wrapped line, long, may split a two-syllable word of the name
	// ("Bộ Nông" / "nghiệp", "Phát triển nông" / "thôn") or part a
	// standing board from its committee ("Ban Thường vụ" / "Tỉnh ủy").
	if end-strings.LastIndexByte(s[:end], '\n') < wrapMin {
		return false
	}
	if lw := lastWordBefore(s, start, end); lw != "" {
		fw := firstWordAt(s, m)
		var buf [64]byte
		k := vntext.AppendKey(buf[:0], lw)
		k = vntext.AppendKey(append(k, ' '), fw)
		// a name printed in capitals goes on in capitals, and a word that
		// ends a pair already ("Xã hội") is complete: "Xã hội" / "đồng bộ"
		// is no "hội đồng"
		if nameWordPairs[string(k)] && !(vntext.IsCaps(lw) && !vntext.IsCaps(fw)) && !endsPair(s, start, end-len(lw), lw) {
			return true
		}
	}
	if lw := lastWordBefore(s, start, end); vntext.IsCaps(lw) && !vntext.IsCaps(firstWordAt(s, m)) {
		return false // a name in capitals goes on in capitals: "BỘ Y TẾ" / "tỉnh …"
	}
	for _, w := range wrappedCommittees {
		if _, ok := vntext.MatchWord(s, m, w); ok {
			return true
		}
	}
	return false
}

func endsWithBan(s string, start, end int) bool {
	st, ok := vntext.MatchWordBack(s, end, "ban")
	return ok && st >= start
}

// steeringAt reports "về" at k after "Ban Chỉ đạo [Trung ương | Quốc gia
// | tỉnh | thành phố]" in s[start:end], where "về" is part of the name
// ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"), not
// "về việc".
func steeringAt(s string, start, end, k int) bool {
	if end <= start || !steeringLast[s[end-1]] {
		return false // no name below ends there
	}
	e, ok := vntext.MatchWord(s, k, "về")
	if !ok {
		return false
	}
	if _, ok := vntext.MatchWord(s, vntext.SkipSpaces(s, e), "việc"); ok {
		return false
	}
	for _, w := range steeringNames {
		if st, ok := vntext.MatchWordBack(s, end, w); ok && st >= start {
			return true
		}
	}
	return false
}

var steeringNames = []string{"ban chỉ đạo", "ban chỉ đạo trung ương", "ban chỉ đạo quốc gia", "ban chỉ đạo tỉnh", "ban chỉ đạo thành phố", "ban chỉ đạo huyện"}

// steeringLast marks the bytes a name of steeringNames can end with, in
// either case: most issuers end otherwise, and steeringAt, asked at each
// "về", answers them without a match.
var steeringLast = func() (t [256]bool) {
	for _, w := range steeringNames {
		for _, v := range []string{w, strings.ToUpper(w)} {
			t[v[len(v)-1]] = true
		}
	}
	return t
}()

// nameWordPairs are two-syllable words of body names that a hard-wrapped
// line can split ("Bộ Nông" / "nghiệp và PTNT", "Phát triển nông" /
// "thôn"), as search keys.
var nameWordPairs = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"nông nghiệp", "nông thôn", "phát triển", "đào tạo", "xã hội", "tài nguyên",
		"tài chính", "môi trường", "giao thông", "vận tải", "thương binh", "thương mại", "công thương",
		"kế hoạch", "đầu tư", "nội vụ", "ngoại giao", "khoa học", "công nghệ", "văn hóa", "thể thao",
		"du lịch", "xây dựng", "lao động", "tư pháp", "ngân hàng", "thanh tra", "dân tộc", "quốc phòng",
		"công an", "ủy ban", "nhân dân", "chính phủ", "chính trị", "hội đồng", "trung ương", "tổng cục",
		"thường vụ", "thường trực", "thành phố", "tỉnh ủy", "thành ủy", "huyện ủy", "bộ trưởng",
		"chủ tịch", "thủ tướng", "giáo dục", "y tế", "thông tin", "truyền thông", "văn phòng",
		"tuyên giáo", "dân vận", "tổ chức", "kiểm tra", "mặt trận", "tổ quốc", "liên đoàn", "thanh niên",
		"phụ nữ", "cựu chiến", "chiến binh", "nông dân", "quốc hội", "chỉ đạo", "kiểm toán", "bảo hiểm"} {
		m[vntext.Key(p)] = true
	}
	return m
}()

// lastWordBefore returns the word of s[start:end] that ends at end.
func lastWordBefore(s string, start, end int) string {
	k := vntext.WordStartBefore(s, end)
	if k < start {
		return ""
	}
	return s[k:end]
}

// endsPair reports whether lw, the last word of the name s[start:e+len(lw)]
// whose previous word ends before e, completes a two-syllable word of
// nameWordPairs with that previous word.
func endsPair(s string, start, e int, lw string) bool {
	j := vntext.SkipSpacesBack(s, e)
	prev := lastWordBefore(s, start, j)
	if prev == "" {
		return false
	}
	var buf [64]byte
	k := vntext.AppendKey(buf[:0], prev)
	k = vntext.AppendKey(append(k, ' '), lw)
	return nameWordPairs[string(k)]
}

// firstWordAt returns the word of s that starts at m.
func firstWordAt(s string, m int) string {
	e := m
	for e < len(s) {
		n := vntext.WordLenAt(s, e)
		if n == 0 {
			break
		}
		e += n
	}
	return s[m:e]
}

// wrapMin is the length in bytes below which a line that ends is not
// taken for hard-wrapped text.
const wrapMin = 48

var wrappedCommittees = append(slices.Clone(lexicon.PartyCommittees), "trung ương")

// termWords are "khóa" (a committee's or an assembly's term) in both tone
// placements.
var termWords = vntext.Spellings("khóa")

// stopWordAt reports whether a stop word, a quote or a punctuation mark
// that ends an issuer is at s[k]. we is the end of the run of word runes
// at k when it was read, else k.
func stopWordAt(s string, k int) (stop bool, we int) {
	if k >= len(s) {
		return true, k
	}
	c := s[k]
	if c == '(' || c == ';' || c == ':' || c == '"' || c == ')' || c == '[' || c == '\n' {
		return true, k
	}
	if c == '.' {
		return true, k
	}
	if c == 0xE2 && k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0x9C || s[k+2] == 0x9D) || c == 0xC2 && k+1 < len(s) && s[k+1] == 0xAB { // “ ” «
		return true, k
	}
	var ws []stopWord
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		ws = issuerStopASCII[c]
	} else if c == 0xC3 || c == 0xC4 { // đ, Đ and Ð, the only non-ASCII first letter
		if r, _ := utf8.DecodeRuneInString(s[k:]); vntext.FoldRune(r) == 'đ' {
			ws = issuerStopD
		}
	}
	if len(ws) == 0 {
		return false, k
	}
	// a stop word matches only a word of its first word's length (case
	// pairs have equal lengths) and, for an ASCII first letter, key
	we = vntext.WordEnd(s, k)
	n := we - k
	if n > 0 && !stopKeys[wordKey(s, k, we)] {
		return false, we
	}
	for _, sw := range ws {
		if sw.n != n {
			continue
		}
		w := sw.w
		// k is at a word start: only the end needs a boundary check
		if e, ok := vntext.MatchFold(s, k, w); ok && !vntext.WordAt(s, e) {
			if w == "ngày" {
				// only a date ends the issuer: "Ngày" may be part of a name
				if m := vntext.SkipSpaces(s, e); m < len(s) && vntext.IsDigit(s[m]) {
					return true, we
				}
				continue
			}
			return true, we
		}
	}
	return false, we
}
