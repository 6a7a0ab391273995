package vntext

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// abbrevSource lists the abbreviations that documents use in body names,
// with their expansions. Keys are matched after case folding, so "UBND",
// "Ubnd" and "ubnd" are one entry.
var abbrevSource = [][2]string{
	{"UBND", "ủy ban nhân dân"},
	{"HĐND", "hội đồng nhân dân"},
	{"MTTQ", "mặt trận tổ quốc"},
	{"MTTQVN", "mặt trận tổ quốc việt nam"},
	{"TP", "thành phố"},
	{"TT&TT", "thông tin và truyền thông"},
	{"TTTT", "thông tin và truyền thông"},
	{"VH&TT", "văn hóa và thể thao"},
	{"VHTT", "văn hóa và thể thao"},
	{"KH&CN", "khoa học và công nghệ"},
	{"KHCN", "khoa học và công nghệ"},
	{"GD&ĐT", "giáo dục và đào tạo"},
	{"GDĐT", "giáo dục và đào tạo"},
	{"LĐ-TB&XH", "lao động thương binh và xã hội"},
	{"LĐTB&XH", "lao động thương binh và xã hội"},
	{"LĐTBXH", "lao động thương binh và xã hội"},
	{"NN&PTNT", "nông nghiệp và phát triển nông thôn"},
	{"NNPTNT", "nông nghiệp và phát triển nông thôn"},
	{"TN&MT", "tài nguyên và môi trường"},
	{"TNMT", "tài nguyên và môi trường"},
	{"GTVT", "giao thông vận tải"},
	{"KH&ĐT", "kế hoạch và đầu tư"},
	{"KHĐT", "kế hoạch và đầu tư"},
	{"QH-KT", "quy hoạch kiến trúc"},
	{"QHKT", "quy hoạch kiến trúc"},
	{"VH-TT&DL", "văn hóa thể thao và du lịch"},
	{"VHTT&DL", "văn hóa thể thao và du lịch"},
	{"VHTTDL", "văn hóa thể thao và du lịch"},
	{"NN&MT", "nông nghiệp và môi trường"},
	{"DT&TG", "dân tộc và tôn giáo"},
	{"BTV", "ban thường vụ"},
	{"BCH", "ban chấp hành"},
	{"TW", "trung ương"},
	{"UBKT", "ủy ban kiểm tra"},
	{"BQL", "ban quản lý"},
	{"KCN", "khu công nghiệp"},
	{"KCNC", "khu công nghệ cao"},
	{"CX", "chế xuất"},
	{"PTTH", "phát thanh truyền hình"},
	{"PT-TH", "phát thanh truyền hình"},
	{"PT&TH", "phát thanh truyền hình"},
	{"VPUB", "văn phòng ủy ban nhân dân"},
	{"VP", "văn phòng"},
	{"CHXHCN", "cộng hòa xã hội chủ nghĩa"},
	{"VN", "việt nam"},
	{"BHXH", "bảo hiểm xã hội"},
	{"KBNN", "kho bạc nhà nước"},
	{"NHNN", "ngân hàng nhà nước"},
	{"LĐLĐ", "liên đoàn lao động"},
}

var abbrevs map[string]string

// abbrevShapes has a bit set for each (length, first byte, last byte) of
// an abbreviation: most words miss it, and skip the map.
var abbrevShapes [1024 / 64]uint64

func shapeBit(tok []byte) uint {
	return (uint(len(tok))*131 + uint(tok[0])*31 + uint(tok[len(tok)-1])) % 1024
}

func init() {
	abbrevs = make(map[string]string, len(abbrevSource))
	for _, a := range abbrevSource {
		k := string(appendWord(nil, norm.NFC.String(a[0]), true))
		abbrevs[k] = string(appendWord(nil, a[1], true))
		b := shapeBit([]byte(k))
		abbrevShapes[b/64] |= 1 << (b % 64)
	}
}

// abbrevOf returns the expansion of tok, a lower-case token.
func abbrevOf(tok []byte) (string, bool) {
	if len(tok) == 0 {
		return "", false
	}
	if b := shapeBit(tok); abbrevShapes[b/64]&(1<<(b%64)) == 0 {
		return "", false
	}
	exp, ok := abbrevs[string(tok)]
	return exp, ok
}

// Key returns the search key of s: NFC, lower case, canonical tone
// placement, abbreviations expanded ("UBND" -> "ủy ban nhân dân", "TT&TT"
// -> "thông tin và truyền thông"), "&" read as "và", and every run of
// punctuation and space folded to one space. Two names that a reader takes
// for the same words have the same key. Key is idempotent.
func Key(s string) string { return string(AppendKey(nil, s)) }

// AppendKey appends the [Key] of s to dst. It does not allocate when s is
// NFC and dst has room.
func AppendKey(dst []byte, s string) []byte {
	s = DropInvisible(s) // a soft hyphen inside a name is no word break
	if !IsNFC(s) {
		s = norm.NFC.String(s)
	}
	first := len(dst)
	var scratch [96]byte
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isKeyWordRune(r) || isStrayMark(r) {
			if r == '&' {
				dst = emit(dst, first, and)
			}
			i += size
			continue
		}
		// A token runs over letters and digits, and over "&" or "-" that
		// join two of them (LĐ-TB&XH).
		j := i + size
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if isKeyWordRune(r2) {
				j += s2
				continue
			}
			if (r2 == '&' || r2 == '-') && j+s2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+s2:])
				if isKeyWordRune(r3) {
					j += s2
					continue
				}
			}
			break
		}
		tok := appendWord(scratch[:0], s[i:j], true)
		i = j
		if exp, ok := abbrevOf(tok); ok {
			dst = emit(dst, first, exp)
			continue
		}
		if !hasJoiner(tok) {
			dst = emitBytes(dst, first, tok)
			continue
		}
		// Not a known compound: expand its parts one by one.
		start := 0
		for k := 0; k <= len(tok); k++ {
			if k < len(tok) && tok[k] != '&' && tok[k] != '-' {
				continue
			}
			if part := tok[start:k]; len(part) > 0 {
				if exp, ok := abbrevOf(part); ok {
					dst = emit(dst, first, exp)
				} else {
					dst = emitBytes(dst, first, part)
				}
			}
			if k < len(tok) && tok[k] == '&' {
				dst = emit(dst, first, and)
			}
			start = k + 1
		}
	}
	return dst
}

const and = "và"

// emit appends word, after a space unless it is the first word of the key.
func emit(dst []byte, first int, word string) []byte {
	if len(dst) > first {
		dst = append(dst, ' ')
	}
	return append(dst, word...)
}

func emitBytes(dst []byte, first int, word []byte) []byte {
	if len(dst) > first {
		dst = append(dst, ' ')
	}
	return append(dst, word...)
}

// isKeyWordRune is IsWordRune: a key's words are those the readers see
// (µ, ª and the letter-like symbols are no word to either).
func isKeyWordRune(r rune) bool { return IsWordRune(r) }

// isStrayMark reports a combining mark, which cannot open a word: one
// standing after a space or a dash is noise (PDF text layers).
func isStrayMark(r rune) bool {
	return 0x300 <= r && r <= 0x36F || r >= 0x370 && unicode.Is(unicode.Mn, r)
}

func hasJoiner(tok []byte) bool {
	for _, c := range tok {
		if c == '&' || c == '-' {
			return true
		}
	}
	return false
}
