package parser

// A scan that lost tone marks ("Bô Công an chu tri, phôi hơp …", or a text
// with none at all) keeps the readers' phrases from matching. In such a
// text, a run of words that is a known phrase of two or more words with
// some of its marks lost is written back with its marks, and the line as
// printed is kept in a repair.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// tonePhraseWords are phrases the readers look for, besides the lexicon's:
// the header's, the roles', the deadlines' and the commonest bodies'.
var tonePhraseWords = []string{
	"cộng hòa xã hội chủ nghĩa việt nam", "độc lập tự do hạnh phúc", "độc lập", "tự do", "hạnh phúc", "đảng cộng sản việt nam",
	"ủy ban nhân dân", "hội đồng nhân dân", "ban chấp hành", "ban thường vụ", "mặt trận tổ quốc",
	"kính gửi", "nơi nhận", "như trên", "lưu vt", "về việc", "căn cứ", "theo đề nghị",
	"có trách nhiệm", "chịu trách nhiệm", "chủ trì", "phối hợp", "phối hợp với", "tổ chức thực hiện",
	"thi hành quyết định này", "quyết định này", "có hiệu lực", "kể từ ngày", "ngày ký",
	"trước ngày", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng", "định kỳ",
	"thường xuyên", "sáu tháng", "6 tháng", "quý i", "quý ii", "quý iii", "quý iv", "trong thời hạn",
	"ngày làm việc", "kết quả", "kết quả thực hiện", "tình hình", "tình hình thực hiện",
	"văn phòng", "chánh văn phòng", "giám đốc sở", "thủ trưởng các", "các sở ban ngành",
	"sở nội vụ", "sở tài chính", "sở y tế", "sở tư pháp", "sở xây dựng", "sở công thương",
	"sở giao thông vận tải", "sở lao động", "sở ngoại vụ", "sở du lịch", "sở văn hóa",
	"công an tỉnh", "công an thành phố", "bộ chỉ huy quân sự", "bộ công an", "bộ quốc phòng",
	"bộ tài chính", "bộ y tế", "bộ nội vụ", "bộ tư pháp", "bộ xây dựng", "bộ công thương", "bộ ngoại giao",
	"bộ giáo dục và đào tạo", "chính phủ", "thủ tướng chính phủ", "văn phòng chính phủ",
	"trung ương", "thành phố", "quận huyện", "huyện thị xã", "thị xã", "xã phường", "thị trấn",
	"tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch",
	"giám đốc", "phó giám đốc", "thứ trưởng", "bộ trưởng", "tổng giám đốc", "phó tổng giám đốc",
	"quyết định", "kế hoạch", "chỉ thị", "công văn", "thông báo", "hướng dẫn", "nghị quyết", "kết luận",
	"chương trình", "báo cáo", "tờ trình", "đề án", "thông tư", "nghị định", "công điện",
	"các cơ quan", "đơn vị", "địa phương", "liên quan", "các cơ quan đơn vị", "các đơn vị liên quan",
	"các sở", "các tổ chức", "chính trị xã hội",
	"cơ quan đơn vị", "doanh nghiệp", "tổ chức cá nhân", "nghiêm cấm", "không được", "khuyến khích",
	"được phép", "đề nghị", "yêu cầu", "trân trọng", "để báo cáo", "để thực hiện", "để chỉ đạo",
	"tổng hợp", "tổng hợp báo cáo", "kiểm tra", "giám sát", "đôn đốc", "tuyên truyền",
	"tổng cục thuế", "tổng cục hải quan", "kho bạc nhà nước", "bảo hiểm xã hội", "ngân hàng nhà nước",
	"cục thuế", "cục hải quan", "thủ tướng", "chính phủ",
	"môi trường", "tài nguyên và môi trường", "nông nghiệp và môi trường", "kỹ thuật", "đổi mới", "chuyển đổi", "khuyến công",
}

// provinceNames are the provinces and the cities under the centre
// (before the 2025 mergers, which kept 34 of their names), for the
// header's issuer and place.
var provinceNames = []string{
	"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "thừa thiên huế", "an giang", "bà rịa vũng tàu",
	"bắc giang", "bắc kạn", "bạc liêu", "bắc ninh", "bến tre", "bình định", "bình dương", "bình phước", "bình thuận",
	"cà mau", "cao bằng", "đắk lắk", "đắk nông", "điện biên", "đồng nai", "đồng tháp", "gia lai", "hà giang", "hà nam",
	"hà tĩnh", "hải dương", "hậu giang", "hòa bình", "hưng yên", "khánh hòa", "kiên giang", "kon tum", "lai châu",
	"lâm đồng", "lạng sơn", "lào cai", "long an", "nam định", "nghệ an", "ninh bình", "ninh thuận", "phú thọ", "phú yên",
	"quảng bình", "quảng nam", "quảng ngãi", "quảng ninh", "quảng trị", "sóc trăng", "sơn la", "tây ninh", "thái bình",
	"thái nguyên", "thanh hóa", "tiền giang", "trà vinh", "tuyên quang", "vĩnh long", "vĩnh phúc", "yên bái", "huế",
}

// tonePhrase is a phrase of tonePhraseWords or of the lexicon: its words,
// folded, and the same without their marks.
type tonePhrase struct{ words, bare []string }

// tonePhrases indexes the phrases of two or more words by the bare form
// of their first word; phrases whose bare forms are the same are left out,
// since a bare text cannot tell them apart.
var tonePhrases = func() map[string][]tonePhrase {
	lists := [][]string{tonePhraseWords, provinceNames, lexicon.PartyCommittees, lexicon.PartyCollectives, lexicon.PartyOrgans,
		lexicon.StateCollectives, lexicon.StateOffices, lexicon.BodyHeads, lexicon.SignerTitles, lexicon.HeadPosts,
		lexicon.TaskVerbs, lexicon.BodyClasses, lexicon.AddresseeOpeners, lexicon.SectorNames, lexicon.ActionVerbs,
		lexicon.Products, lexicon.ProducingVerbs}
	byBare := map[string]string{}
	ambiguous := map[string]bool{}
	for _, l := range lists {
		for _, p := range l {
			f := strings.Join(vntext.Fields(string(vntext.AppendFold(nil, vntext.Normalize(p)))), " ")
			if len(vntext.Fields(f)) < 2 {
				continue
			}
			b := bareWord(f)
			if old, ok := byBare[b]; ok && old != f {
				ambiguous[b] = true
			}
			byBare[b] = f
		}
	}
	idx := map[string][]tonePhrase{}
	for b, f := range byBare {
		if ambiguous[b] {
			continue
		}
		ws := vntext.Fields(f)
		first, _, _ := strings.Cut(b, " ")
		idx[first] = append(idx[first], tonePhrase{ws, strings.Fields(b)})
	}
	for k, ps := range idx { // longest first
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		idx[k] = ps
	}
	return idx
}()

// bareWord is s, folded, without its marks (đ as d).
func bareWord(s string) string { return string(vntext.AppendBare(nil, vntext.AppendFold(nil, s))) }

// damageMarks are words a text with its marks lost writes for the
// commonest words ("của", "các", "được" …); a clean text hardly has them.
var damageMarks = map[string]bool{"cua": true, "cac": true, "duoc": true, "đuoc": true, "đươc": true, "ngươi": true,
	"vơi": true, "viêc": true, "thưc": true, "nhiêm": true, "hơp": true, "trach": true, "quyêt": true, "huyên": true,
	"chinh": true, "phô": true}

// damageFirst holds the first bytes of damageMarks' words, either case
// (0xC4 opens "đ" and "Đ"): most words are no candidate.
var damageFirst = func() (t [256]bool) {
	for w := range damageMarks {
		t[w[0]] = true
		if w[0] < utf8.RuneSelf {
			t[w[0]-'a'+'A'] = true
		}
	}
	return t
}()

// toneDamaged reports a text that lost some marks: at least two marks of
// damage, and four in a thousand words, while a quarter of its words keep
// theirs. A text with none left is read as it is: restoring the names in
// it and not the little words around them ("là", "của") reads a
// description as a task.
func toneDamaged(text string) (damaged, unmarked bool) {
	words, marks, marked := 0, 0, 0
	var buf [16]byte
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
			i++
		}
		j := i
		hi := false
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
			hi = hi || text[j] >= utf8.RuneSelf
			j++
		}
		if j == i {
			break
		}
		e := j
		for e > i && (text[e-1] == ',' || text[e-1] == '.' || text[e-1] == ';' || text[e-1] == ':' || text[e-1] == ')') {
			e--
		}
		w := text[i:e]
		i = j
		words++
		if hi {
			marked++
		}
		if len(w) >= 2 && len(w) <= 6 && damageFirst[w[0]] && damageMarks[string(vntext.AppendFold(buf[:0], w))] {
			marks++
		}
	}
	return marks >= 2 && marks*1000 >= 4*words && marked*4 >= words, marked*4 < words
}

// restoreTones writes back the marks of the known phrases in line that
// lost some, and reports whether it changed anything.
func restoreTones(line string) (string, bool) { return restorePhrases(line, false) }

// restorePhrases is restoreTones; with anyMarks, a phrase's marks a scan
// changed rather than lost are written back too ("ỦY BẠN NHÂN DÂN",
// "BAN CHẬP HÀNH TRỤNG ƯƠNG"): for a body's name, whose phrases of two
// words or more no other name shares letter for letter.
func restorePhrases(line string, anyMarks bool) (string, bool) {
	type word struct{ a, b int }
	var ws []word
	for i := 0; i < len(line); {
		n := vntext.WordLenAt(line, i)
		if n == 0 {
			_, n = utf8.DecodeRuneInString(line[i:])
			i += n
			continue
		}
		e := vntext.WordEnd(line, i)
		ws = append(ws, word{i, e})
		i = e
	}
	var out strings.Builder
	last, changed := 0, false
	bares := make([]string, len(ws)) // each word's bare form, made when first asked
	bareAt := func(k int) string {
		if bares[k] == "" {
			bares[k] = bareWord(line[ws[k].a:ws[k].b])
		}
		return bares[k]
	}
	for k := 0; k < len(ws); k++ {
		cands := tonePhrases[bareAt(k)]
		for _, p := range cands {
			if k+len(p.words) > len(ws) {
				continue
			}
			ok, differs, misread := true, false, false
			for j, pw := range p.words {
				w := ws[k+j]
				if j > 0 && !onlySpace(line[ws[k+j-1].b:w.a]) {
					ok = false
					break
				}
				if b := bareAt(k + j); b != p.bare[j] {
					// other letters: neither lost nor changed marks make
					// them, but for one letter a scan misread inside a
					// long name ("TONG CYC THUE")
					if !anyMarks || misread || j == 0 || len(p.words) < 3 || len(b) != len(p.bare[j]) || !oneLetterOff(b, p.bare[j]) {
						ok = false
						break
					}
					misread, differs = true, true
					continue
				}
				f := string(vntext.AppendFold(nil, line[w.a:w.b]))
				if f == pw || anyMarks && vntext.Key(f) == pw {
					continue // the other tone placement ("UỶ") is no damage
				}
				if !anyMarks && !lostMarks(f, pw) {
					ok = false
					break
				}
				differs = true
			}
			if !ok || !differs {
				continue
			}
			for j, pw := range p.words {
				w := ws[k+j]
				out.WriteString(line[last:w.a])
				out.WriteString(caseLike(line[w.a:w.b], pw))
				last = w.b
			}
			k += len(p.words) - 1
			changed = true
			break
		}
	}
	if !changed {
		return line, false
	}
	out.WriteString(line[last:])
	return out.String(), true
}

// onlySpace reports a gap of spaces only, one or more.
func onlySpace(s string) bool { return s != "" && strings.Trim(s, " ") == "" }

// lostMarks reports whether w is p with some of its marks lost: letter by
// letter the same base, w's marks among p's, d for đ.
func lostMarks(w, p string) bool {
	dw, dp := norm.NFD.String(w), norm.NFD.String(p)
	i, j := 0, 0
	for i < len(dw) && j < len(dp) {
		rw, nw := utf8.DecodeRuneInString(dw[i:])
		rp, np := utf8.DecodeRuneInString(dp[j:])
		if rw != rp && !(rw == 'd' && rp == 'đ') {
			return false
		}
		i, j = i+nw, j+np
		// the marks after the letter: w's must be among p's
		var pm []rune
		for j < len(dp) {
			r, n := utf8.DecodeRuneInString(dp[j:])
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			pm = append(pm, r)
			j += n
		}
		for i < len(dw) {
			r, n := utf8.DecodeRuneInString(dw[i:])
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			found := false
			for _, m := range pm {
				found = found || m == r
			}
			if !found {
				return false
			}
			i += n
		}
	}
	return i == len(dw) && j == len(dp)
}

// caseLike writes p, lower case, in the case of w: all capitals, a
// capital first, or lower.
func caseLike(w, p string) string {
	upper, lower := 0, 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	switch {
	case upper > 0 && lower == 0:
		return strings.ToUpper(p)
	case upper > 0:
		return capitalFirst(p)
	}
	return p
}
