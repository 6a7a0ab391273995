package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/encoding/charmap"
)

// Documents typed before Unicode was required (and many typed after, in
// old templates) use an 8-bit font encoding: TCVN3 ("ABC", the .VnTime
// and .VnTimeH fonts) or VNI-Windows. A PDF text layer, a Word file or a
// web page made from them gives the font's codes as Latin-1 letters
// ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Coäng hoøa xaõ hoäi chuû
// nghóa Vieät Nam"), and an old .txt gives the bytes themselves.

// Legacy encodings LegacyText reads.
const (
	EncodingTCVN3 = "tcvn3" // TCVN 5712:1993 VN3, the ABC fonts (.VnTime, .VnTimeH)
	EncodingVNI   = "vni"   // VNI-Windows (VNI-Times): a base letter followed by its marks
	// EncodingCP1258 is Windows-1258, the Vietnamese code page: letters
	// with combining tone marks, read from the bytes of an 8-bit file.
	EncodingCP1258 = "cp1258"
)

// LegacyText returns a text typed in a legacy Vietnamese font encoding as
// Unicode (NFC), with the encoding it was read in; a text that is not one
// is returned as it is, with "". Its input is the text as extracted
// (letters such as "µ", "¸", "ñ" standing for "à", "á", "ủ") or the bytes of
// an 8-bit file, which are not UTF-8. Lines that already hold Vietnamese
// letters outside Latin-1 are kept as they are, so a Unicode header over
// a legacy body reads whole. Line breaks are unchanged, so a line number
// means the same line before and after; byte offsets refer to the text
// returned. The bytes of an 8-bit file in Windows-1258, the Vietnamese
// code page (base letters and combining tone marks), are read too
// (EncodingCP1258). TCVN3 has no capitals with tone marks: the .VnTimeH font
// draws the small letters' codes as capitals, so a word in capitals
// ("HéI") is read in capitals ("HỘI"), and a capital a document typed
// that way at the start of a word in small letters ("ñy ban") is read as
// a small letter ("ủy ban"); lines typed all in small letters for that
// font are read in capitals where documents print capitals (the header
// before its first sentence, the signer's lines, "quyết định:", a
// Roman-numbered heading). TCVN3's "ư" is the soft hyphen, which many
// extractors drop: a text without one gets it back where the syllable
// cannot be without it ("trëng" is "trưởng", "®îc" is "được", "hng" is
// "hưng") and in a few words ("nh" is "như", "ngời" is "người").
func LegacyText(text string) (string, string) {
	if !utf8.ValidString(text) && cp1258(text) {
		// an 8-bit file in Windows-1258: letters and combining marks
		if t, err := charmap.Windows1258.NewDecoder().String(text); err == nil {
			return vntext.NFC(t), EncodingCP1258
		}
	}
	latin := latin1(text) // an 8-bit file: each byte is the font's code
	enc := legacyEncoding(latin)
	if enc == "" {
		return text, ""
	}
	return decodeLegacy(latin, enc), enc
}

// cp1258 reports bytes of Windows-1258 text: its five combining tone marks
// (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after vowels, many times, and more
// often than the signs TCVN3 writes its commonest letters with
// (0xA1–0xBF), some of whose codes those marks' bytes are too.
func cp1258(b string) bool {
	marks, signs := 0, 0
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c >= 0xA1 && c <= 0xBF:
			signs++
		case c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2:
			switch b[i-1] | 0x20 {
			case 'a', 'e', 'i', 'o', 'u', 'y', 0xE2, 0xEA, 0xF4, 0xF5, 0xFD, 0xE3: // and â ê ô ơ ư ă
				marks++
			}
		}
	}
	return marks >= 3 && marks > signs
}

// fontEncoding names the legacy encoding a font's codes are in: TCVN3
// for the ABC fonts (.VnTime, .VnTimeH, .VnArial …), VNI for the VNI
// fonts (VNI-Times …), "" for any other.
func fontEncoding(font string) string {
	switch {
	case strings.HasPrefix(font, ".Vn"):
		return EncodingTCVN3
	case strings.HasPrefix(font, "VNI"):
		return EncodingVNI
	}
	return ""
}

// legacyRun returns a run's text in a legacy Vietnamese font as the
// letters it stands for: the .VnTime fonts' codes (TCVN3), in capitals
// for the .VnTimeH fonts that draw them so; the VNI fonts' (VNI).
func legacyRun(font, text string) string {
	switch fontEncoding(font) {
	case EncodingTCVN3:
		caps := strings.HasSuffix(strings.Fields(font)[0], "H")
		return strings.Map(func(r rune) rune {
			if r >= 0xA1 && r <= 0xFF {
				r = tcvn3[r-0xA0]
			}
			if caps {
				r = unicode.ToUpper(r)
			}
			return r
		}, text)
	case EncodingVNI:
		var b strings.Builder
		appendVNI(&b, text)
		return b.String()
	}
	return text
}

// DecodeTCVN3 returns a text in TCVN3 as Unicode, as [LegacyText] does
// once it has told the encoding: for a text known to be in TCVN3, however
// short ("B¶o Th¾ng" is "Bảo Thắng"), and for bytes of an 8-bit file.
func DecodeTCVN3(text string) string { return decodeLegacy(latin1(text), EncodingTCVN3) }

// DecodeVNI returns a text in VNI-Windows as Unicode, as [LegacyText]
// does once it has told the encoding ("Vieät Nam" is "Việt Nam").
func DecodeVNI(text string) string { return decodeLegacy(latin1(text), EncodingVNI) }

// latin1 reads the bytes of a text that is not UTF-8 as Latin-1.
func latin1(text string) string {
	if utf8.ValidString(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) * 2)
	for i := 0; i < len(text); i++ {
		b.WriteRune(rune(text[i]))
	}
	return b.String()
}

func decodeLegacy(latin, enc string) string {
	out := decodeLines(latin, enc)
	if enc == EncodingTCVN3 {
		out = drawnCapitals(out)
	}
	return out
}

func decodeLines(latin, enc string) string {
	var b strings.Builder
	b.Grow(len(latin) + len(latin)/4)
	// a TCVN3 text of some length without a soft hyphen (0xAD, its "ư")
	// lost them to the extractor
	lost := enc == EncodingTCVN3 && len(latin) > 500 && !strings.Contains(latin, "\u00ad")
	var line1 strings.Builder
	for line := range strings.Lines(latin) {
		if hasVietnameseBeyondLatin1(line) {
			b.WriteString(line)
			continue
		}
		if enc == EncodingTCVN3 {
			if !lost {
				appendTCVN3(&b, line)
				continue
			}
			line1.Reset()
			appendTCVN3(&line1, line)
			b.WriteString(restoreLostU(line1.String()))
		} else {
			appendVNI(&b, line)
		}
	}
	return b.String()
}

// legacyLines reads the lines of text that hold no Vietnamese letter
// beyond Latin-1 in the legacy encoding they tell between them, when they
// tell one: a file that names legacy fonts, whose runs in them are read
// already, may keep others in a font its styles give (a .doc's).
func legacyLines(text string) string {
	var rest strings.Builder
	for line := range strings.Lines(text) {
		if !hasVietnameseBeyondLatin1(line) {
			rest.WriteString(line)
		}
	}
	if enc := legacyEncoding(rest.String()); enc != "" {
		return decodeLegacy(text, enc)
	}
	return text
}

// legacyEncoding tells which legacy encoding s is in, if any, from its
// letters: a Unicode Vietnamese text has letters beyond Latin-1 ("ộ",
// "ư", "đ") in almost every sentence and none of the Latin-1 letters no
// Vietnamese word has ("ñ", "Ö", "ä"); a TCVN3 text has no letter beyond
// Latin-1 and many of those, and the signs "µ", "¸", "©", "®", "ª" for its
// commonest letters, which VNI never uses; a VNI text writes most of its
// foreign letters as marks right after a vowel.
func legacyEncoding(s string) string {
	vn, marks, signs, foreign, pairs := 0, 0, 0, 0, 0
	var prev rune
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0xC2 {
			prev = rune(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		switch {
		case r >= 0xA1 && r <= 0xBF:
			signs++
		case r >= 0xC0 && r <= 0xFF:
			if !vietnameseLatin1(r) {
				foreign++
			}
			if strings.ContainsRune("aeiouyAEIOUYôöÔÖ", prev) && strings.ContainsRune(vniMarks, unicode.ToLower(r)) {
				pairs++ // a VNI vowel and its mark
			}
		case vietnameseBeyondLatin1(r):
			vn++
			if vn+marks > 64 && vn+marks > 2*(signs+foreign) {
				return "" // a Unicode text: answered early
			}
		case r >= 0x300 && r <= 0x36F:
			// a decomposed text's marks (or stray marks of a text layer)
			marks++
			if vn+marks > 64 && vn+marks > 2*(signs+foreign) {
				return ""
			}
		}
		prev = r
	}
	legacy := signs + foreign
	if legacy < 8 || vn*4 >= legacy {
		return ""
	}
	if signs >= 3 && signs*8 >= foreign {
		return EncodingTCVN3
	}
	if foreign >= 8 && pairs*2 >= foreign {
		return EncodingVNI
	}
	return ""
}

// vietnameseLatin1 reports the Latin-1 letters Vietnamese uses.
func vietnameseLatin1(r rune) bool {
	switch unicode.ToLower(r) {
	case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
		return true
	}
	return false
}

// vietnameseBeyondLatin1 reports a Vietnamese letter no legacy font's
// text gives: those of Latin Extended-A and -B and the Vietnamese block.
func vietnameseBeyondLatin1(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ĩ', 'Ĩ', 'ũ', 'Ũ', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

func hasVietnameseBeyondLatin1(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xC4 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if vietnameseBeyondLatin1(r) {
			return true
		}
		i += n - 1
	}
	return false
}

// tcvn3 maps the codes 0xA0–0xFF of TCVN 5712:1993 to Unicode. The codes
// of VN1's capitals (0xAF "Ằ", 0xC0 "Ắ" …) are read too: VN3 leaves them
// unused, so a VN3 text never has them. VN1's combining marks (0xB0–0xB4)
// are not VN3's and stay the signs they are ("°" is a degree more often).
var tcvn3 = [0x60]rune{
	'\u00a0', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // A0–AF
	'°', '±', '²', '³', '´', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ', // B0–BF
	'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // C0–CF
	'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // D0–DF
	'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // E0–EF
	'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // F0–FF
}

// capital reports a capital a TCVN3 text types: "A" … "Z" and the font's
// own "Ă" … "Đ".
func capital(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 0xA1 && r <= 0xA7 }

// appendTCVN3 writes a TCVN3 line in Unicode, word by word, each word
// in capitals when its typed letters say the .VnTimeH font drew it so.
func appendTCVN3(b *strings.Builder, line string) {
	words := strings.Fields(line)
	// 1 capitals, 0 unknown, -1 not; a word with digits and letters
	// ("123/Q§-UBND") is a code, whose case tells nothing
	caps := make([]int8, len(words))
	code := make([]bool, len(words))
	typed, lowerLine := 0, false
	for k, w := range words {
		upper, lower, letters, digit, inner := 0, 0, 0, false, false
		for _, r := range w {
			switch {
			case capital(r):
				upper++
				inner = inner || letters > 0
				letters++
			case r >= 'a' && r <= 'z':
				lower++
				letters++
			case r >= '0' && r <= '9':
				digit = true
			case r > 0xA7 && r <= 0xFF:
				letters++
			}
		}
		lowerLine = lowerLine || lower > 0
		switch {
		case digit:
			code[k] = letters > 0
		case lower > 0:
			caps[k] = -1
		case upper >= 2 || inner: // "HéI", and "ñY": a capital after a small letter
			caps[k] = 1
			typed += upper
		default:
			typed += upper
		}
	}
	if !lowerLine && typed >= 3 {
		// a line with no small letter typed ("Bé Y TÕ") is in capitals
		for k := range caps {
			if !code[k] {
				caps[k] = 1
			}
		}
	}
	// any other word is in capitals when the nearest words that tell on
	// both sides are not in small letters and one is in capitals; a word
	// that has no capital at all ("ë") needs both to be
	side := func(k, d int) int8 {
		for j := k + d; j >= 0 && j < len(words); j += d {
			if caps[j] != 0 || code[j] {
				return caps[j]
			}
		}
		return 0
	}
	for k, w := range words {
		if caps[k] != 0 || code[k] {
			continue
		}
		l, r := side(k, -1), side(k, 1)
		if l < 0 || r < 0 {
			continue
		}
		if l > 0 && r > 0 || (l > 0 || r > 0) && strings.ContainsFunc(w, capital) {
			caps[k] = 2
		}
	}
	// three words in a row that start with a capital and have no small
	// letter typed ("Bé Y TÕ") are in capitals, whatever is around them
	for k := 0; k < len(words); {
		j := k
		for j < len(words) && caps[j] == 0 && !code[j] && strings.ContainsFunc(words[j], capital) {
			j++
		}
		if j-k >= 3 {
			for ; k < j; k++ {
				caps[k] = 2
			}
		}
		k = j + 1
	}
	k, inWord, prev := -1, false, rune(0)
	for i, r := range line {
		space := r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0
		if !space && !inWord {
			k++
		}
		inWord = !space
		if r >= 0xA1 && r <= 0xFF {
			code := r
			r = tcvn3[r-0xA0]
			if inWord && k < len(caps) && caps[k] > 0 {
				r = unicode.ToUpper(r)
			}
			if lostU(code, prev, line[i+utf8.RuneLen(code):]) {
				// an extractor dropped the soft hyphen (0xAD), TCVN3's
				// "ư": no syllable has "ơng", "ớc" or "ơu" but after "ư"
				// ("trëng" is "trưởng", "®îc" is "được")
				if unicode.IsUpper(r) {
					b.WriteRune('Ư')
				} else {
					b.WriteRune('ư')
				}
			}
		}
		b.WriteRune(r)
		prev = r
	}
}

// drawnCapitals puts back in capitals the lines the .VnTimeH font drew
// in capitals from small letters typed ("bé tµi chÝnh" printed "BỘ TÀI
// CHÍNH"): in the header, before the first sentence, each line with no
// capital and no digit (the issuer, the type line, a subject in
// capitals; a subject in small letters comes back in capitals, the same
// words); in the tail, the signer's lines ("kt. chủ tịch", "phó chủ
// tịch").
func drawnCapitals(text string) string {
	lines := strings.SplitAfter(text, "\n")
	z := capsZone{header: true}
	for k, l := range lines {
		if z.header && !z.national && !strings.Contains(l, "|") {
			// the issuer and the national header, which documents print
			// in capitals, typed in capitals or not ("Bé Tµi chÝnh  céng
			// hßa x· héi chñ nghÜa viÖt nam")
			if i, j := nationalAt(l); i >= 0 && (strings.TrimSpace(l[:i]) == "" || issuerLike(l[:i])) {
				z.national = true
				if issuerLike(l[:i]) {
					l = strings.ToUpper(l[:i]) + l[i:]
				}
				lines[k] = l[:i] + strings.ToUpper(l[i:j]) + l[j:]
				z.drawn(l)
				continue
			}
			if t := strings.TrimSpace(l); t != "" && issuerLike(t) && z.seen < 3 {
				lines[k] = strings.ToUpper(l)
				z.drawn(l)
				continue
			}
		}
		if !strings.Contains(l, "|") && !strings.Contains(l, "<br>") {
			if z.drawn(l) {
				lines[k] = strings.ToUpper(l)
			}
			continue
		}
		// a table's row: each cell's lines ("| bé tµi chÝnh<br>Sè: … |")
		var b strings.Builder
		for rest := l; rest != ""; {
			seg, sep := rest, ""
			if i := strings.IndexAny(rest, "|<"); i >= 0 {
				seg, sep = rest[:i], rest[i:i+1]
				if sep == "<" {
					if !strings.HasPrefix(rest[i:], "<br>") {
						seg, sep = rest[:i+1], "" // a "<" of the text
					} else {
						sep = "<br>"
					}
				}
			}
			if z.drawn(seg) {
				seg = strings.ToUpper(seg)
			}
			b.WriteString(seg + sep)
			rest = rest[len(seg)+len(sep):]
		}
		lines[k] = b.String()
	}
	return strings.Join(lines, "")
}

// capsZone follows drawnCapitals through the text: the header until the
// body's first sentence, then the body.
type capsZone struct {
	header, dated, national bool
	seen                    int
}

// nationalAt returns where the national header's words are in l ("cộng
// hòa xã hội chủ nghĩa việt nam", either tone placement, any case), or
// -1.
func nationalAt(l string) (int, int) {
	k := lowerKeepLen(l)
	i := strings.Index(k, "cộng hòa xã hội")
	if i < 0 {
		i = strings.Index(k, "cộng hoà xã hội")
	}
	if i < 0 {
		return -1, -1
	}
	if j := strings.Index(k[i:], "việt nam"); j >= 0 {
		return i, i + j + len("việt nam")
	}
	return i, len(l)
}

// issuerLike reports a short line without digits that names a body, as
// an issuer's line does: "Bộ Tài chính", "Ủy ban nhân dân tỉnh".
func issuerLike(t string) bool {
	t = strings.TrimSpace(t)
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 8 || strings.ContainsFunc(t, unicode.IsDigit) || strings.ContainsAny(t, ".;:,") {
		return false
	}
	return opensIssuer(lowerKeepLen(vntext.Normalize(t)))
}

// opensIssuer reports a text (in small letters) that opens with the name
// of a body that issues documents.
func opensIssuer(k string) bool {
	for _, w := range []string{"bộ ", "ủy ban", "uỷ ban", "ubnd", "hội đồng", "sở ", "tổng cục", "cục ", "văn phòng", "chính phủ",
		"thủ tướng", "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "ban ", "ngân hàng", "kiểm toán", "bảo hiểm", "tòa án", "toà án",
		"viện kiểm sát", "mặt trận", "đảng bộ", "trường ", "công an", "quân khu", "bộ chỉ huy"} {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// drawn reports whether line l (or a table cell's line) was typed in
// small letters for the .VnTimeH font.
func (z *capsZone) drawn(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	words := strings.Fields(t)
	if z.header {
		z.seen++
		if z.seen > 40 || bodyOpening(t) || z.dated && len(words) >= 10 && unicode.IsUpper([]rune(t)[0]) {
			z.header = false // the body's first sentence
			return false
		}
		z.dated = z.dated || strings.Contains(t, "ngày") && strings.Contains(t, "năm")
		if len(words) > 40 || strings.ContainsAny(t[len(t)-1:], ".;,") {
			return false
		}
	} else if !(len(words) <= 6 && signerLine(t) || enactingLine(t) || romanHeading(t, words)) {
		return false
	}
	return !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) })
}

// enactingLine reports the line that opens a decision's or a
// resolution's articles ("quyết định:", "quyết nghị:").
func enactingLine(t string) bool {
	switch strings.TrimRight(strings.ToLower(vntext.Normalize(t)), ": ") {
	case "quyết định", "quyết nghị", "nghị quyết", "chỉ thị", "kết luận":
		return strings.HasSuffix(t, ":")
	}
	return false
}

// romanHeading reports a section's heading under a Roman numeral ("ii.
// nhiệm vụ và giải pháp"), which documents print in capitals.
func romanHeading(t string, words []string) bool {
	if len(words) < 2 || len(words) > 20 || strings.ContainsAny(t[len(t)-1:], ".;,") {
		return false
	}
	m := strings.TrimRight(words[0], ".-/)")
	return len(m) < len(words[0]) && m != "" && strings.Trim(m, "ivx") == "" && len(m) <= 4
}

// bodyOpening reports a line that opens a document's body: "Căn cứ …",
// "Kính gửi: …".
func bodyOpening(t string) bool {
	k := strings.ToLower(vntext.Normalize(vntext.PrefixRunes(t, 12)))
	for _, w := range []string{"căn cứ", "kính gửi", "thực hiện", "theo ", "xét ", "nơi nhận"} {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// signerLine reports a line of a signature block typed in small letters:
// an authority mark or a post.
func signerLine(t string) bool {
	k := strings.ToLower(vntext.Normalize(t))
	for _, w := range []string{"tm.", "t/m", "t.m.", "kt.", "k/t", "tl.", "tuq.", "q.", "thay mặt", "chủ tịch", "phó chủ tịch",
		"giám đốc", "phó giám đốc", "bộ trưởng", "thứ trưởng", "bí thư", "phó bí thư", "chánh văn phòng", "phó chánh văn phòng",
		"trưởng ban", "phó trưởng ban", "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng", "tổng cục trưởng",
		"phó tổng cục trưởng", "thủ tướng", "phó thủ tướng", "chủ nhiệm", "phó chủ nhiệm", "trưởng phòng", "phó trưởng phòng",
		"hiệu trưởng", "tổng giám đốc", "phó tổng giám đốc", "viện trưởng", "chánh án", "chủ tọa"} {
		if strings.HasPrefix(k, w) && (len(k) == len(w) || !unicode.IsLetter([]rune(k[len(w):])[0])) {
			return true
		}
	}
	return false
}

// lostUWords are words a text that lost its "ư" gives for words with
// one, where the word without it is rare in documents: "nh" for "như",
// "th" for "thư", "u" for "ưu", "lu" for "lưu", "ngời" for "người" ("ngợi", "ngỡ" are
// words and stay); in capitals they are codes ("UBND-TH") and stay.
var lostUWords = map[string]string{"nh": "như", "th": "thư", "u": "ưu", "ngời": "người", "lu": "lưu"}

// restoreLostU puts "ư" back in the words of a line that lost it (see
// lostUWords), in the word's case.
func restoreLostU(line string) string {
	var b strings.Builder
	start, last := -1, ""
	flush := func(end int) {
		w := line[start:end]
		low := strings.ToLower(w)
		full, ok := lostUWords[low]
		if !ok {
			full, ok = lostUng(low)
		}
		if !ok && len(low) == 1 && strings.Contains("tscdh", low) {
			// a consonant alone: "đầu t", "luật s", "số d" lost the "ư" of
			// "tư", "sư", "dư" … but for a point's letter ("điểm c",
			// "c)", "d.")
			next, _ := utf8.DecodeRuneInString(line[end:])
			ok = !pointWord[last] && !strings.ContainsRune(").:/-", next)
			full = low + "ư"
		}
		if ok && (len(w) < 2 || w != strings.ToUpper(w)) { // "TH" in a symbol is a code
			switch {
			case w == strings.ToUpper(w):
				full = strings.ToUpper(full)
			case unicode.IsUpper([]rune(w)[0]):
				full = capitalFirst(full)
			}
			w = full
		}
		b.WriteString(w)
		start, last = -1, low
	}
	for i, r := range line {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		flush(len(line))
	}
	return b.String()
}

// pointWord are words a point's letter follows ("điểm c khoản 2").
var pointWord = map[string]bool{"điểm": true, "tiết": true, "mục": true, "khoản": true, "phần": true, "chương": true, "phụ": true, "lục": true}

// lostUng returns the word a word without a vowel that ends in "ng"
// stands for: its "ư" was lost ("hng" is "hưng", "trng" is "trưng").
func lostUng(w string) (string, bool) {
	onset, ok := strings.CutSuffix(w, "ng")
	if !ok {
		return "", false
	}
	switch onset {
	case "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "nh", "ph", "r", "s", "t", "th", "tr", "v", "x":
		return onset + "ưng", true
	}
	return "", false
}

// lostU reports the code of an "ơ" (with or without a tone) written
// before "ng", "c" or "u" and not after "ư": a syllable that can only be
// "ương", "ước", "ươu", whose "ư" is lost ("Trung ¬ng", "®îc").
func lostU(code, prev rune, after string) bool {
	switch code {
	case 0xAC, 0xA5, 0xEA, 0xED, 0xEB, 0xEC, 0xEE: // ơ Ơ ờ ớ ở ỡ ợ
	default:
		return false
	}
	if prev == 'ư' || prev == 'Ư' || prev == 'ƣ' || prev == 'Ƣ' {
		return false // "ương" whole
	}
	a := strings.ToLower(vntext.Prefix(after, 3))
	return strings.HasPrefix(a, "ng") || strings.HasPrefix(a, "c") && !strings.HasPrefix(a, "ch") || strings.HasPrefix(a, "u")
}

// VNI-Windows writes a vowel's marks as letters after it: the tones
// (sắc, huyền, hỏi, ngã, nặng) as "ù ø û õ ï" on a plain vowel, as
// "á à å ã ä" after the circumflex "â", as "é è ú ü ë" after the breve
// "ê"; "ô" and "ö" are "ơ" and "ư", "ñ" is "đ", and the i's and "ỵ" have
// letters of their own.
const (
	vniPlain = "ùøûõï"
	vniCirc  = "áàåãä"
	vniBreve = "éèúüë"
	vniMarks = vniPlain + vniCirc + vniBreve + "âê"
)

// vniVowels gives, for a base vowel, its forms: with no mark and the five
// tones, then with the circumflex (or none) and its tones, then with the
// breve (or none) and its tones.
var vniVowels = map[rune][3]string{
	'a': {"aáàảãạ", "âấầẩẫậ", "ăắằẳẵặ"},
	'e': {"eéèẻẽẹ", "êếềểễệ", ""},
	'o': {"oóòỏõọ", "ôốồổỗộ", ""},
	'ô': {"ơớờởỡợ", "", ""},
	'u': {"uúùủũụ", "", ""},
	'ö': {"ưứừửữự", "", ""},
	'y': {"yýỳỷỹỵ", "", ""},
}

var vniSingle = map[rune]rune{'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ'}

// appendVNI writes a VNI line in Unicode; a letter's case is its base's.
func appendVNI(b *strings.Builder, line string) {
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		i += n
		lower := unicode.ToLower(r)
		upper := lower != r
		forms, ok := vniVowels[lower]
		if !ok {
			if s, ok := vniSingle[lower]; ok {
				r = s
				if upper {
					r = unicode.ToUpper(s)
				}
			}
			b.WriteRune(r)
			continue
		}
		out := []rune(forms[0])[0]
		if m, mn := utf8.DecodeRuneInString(line[i:]); mn > 0 {
			m = unicode.ToLower(m)
			set, tone := 0, -1
			switch {
			case m == 'â' && forms[1] != "":
				set, tone = 1, 0
			case m == 'ê' && forms[2] != "":
				set, tone = 2, 0
			case strings.ContainsRune(vniPlain, m):
				tone = 1 + runeIndex(vniPlain, m)
			case strings.ContainsRune(vniCirc, m) && forms[1] != "":
				set, tone = 1, 1+runeIndex(vniCirc, m)
			case strings.ContainsRune(vniBreve, m) && forms[2] != "":
				set, tone = 2, 1+runeIndex(vniBreve, m)
			}
			if tone >= 0 {
				out = []rune(forms[set])[tone]
				i += mn
			}
		}
		if upper {
			out = unicode.ToUpper(out)
		}
		b.WriteRune(out)
	}
}

// runeIndex is the index of r among the runes of s.
func runeIndex(s string, r rune) int {
	k := 0
	for _, c := range s {
		if c == r {
			return k
		}
		k++
	}
	return -1
}
