package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// joinBroken puts back together the header lines that web pages and PDF
// extraction break in the middle: a "Số:" label alone on its line with the
// number on the next, a place name split from its date ("Mỹ" / "Tho,
// ngày …"), a date split before "tháng" or "năm", and a header word alone
// on its line ("ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …"). Each join is
// recorded as a wrapped_line repair. Only these shapes are joined: body
// paragraphs are left to the body parser.
func (p *docParser) joinBroken() {
	out := p.lines[:0]
	for i := 0; i < len(p.lines); i++ {
		l := p.lines[i]
		for i+1 < len(p.lines) {
			next := p.lines[i+1]
			if !shouldJoin(l.text, next.text) {
				break
			}
			if isHeaderWordFragment(l.text) && cellEnd(l.raw) {
				break // "HỘI ĐỒNG NHÂN" / "DÂN |": the word ends its cell
			}
			joined := l.text + " " + next.text
			if isSoLabel(l.text) {
				joined = "Số: " + next.text
			}
			p.repair(directive.RepairWrappedLine, "", l.no, l.text+" ⏎ "+next.text, joined)
			if next.no != l.no {
				p.wrapBefore(next.no)
			}
			l = docLine{text: joined, raw: l.raw + " " + next.raw, no: l.no, off: l.off}
			i++
		}
		out = append(out, l)
	}
	p.lines = out
}

// cellEnd reports a raw line that closes a table cell ("DÂN |").
func cellEnd(raw string) bool {
	return strings.HasSuffix(strings.TrimSpace(raw), "|")
}

// shouldJoin decides whether line b continues line a in a header.
func shouldJoin(a, b string) bool {
	if a == "" || b == "" || len(a) > 120 || len(b) > 400 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	if isSoLabel(a) {
		return r >= '0' && r <= '9'
	}
	if isNumberLine(a) && (strings.HasSuffix(a, "-") || strings.HasSuffix(a, "/")) && len(a) < 40 &&
		vntext.IsCaps(firstField(b)) && isSymbolToken(firstField(b)) && strings.ContainsRune(firstField(b), '/') != strings.HasSuffix(a, "/") {
		// a symbol cut after its dash or slash: "Số: 16 -" / "HD/BTCTW"
		return true
	}
	if placeDateHead(a) && !hasYear(a) {
		// "Kon Tum, ngày 25" / "tháng 01 năm 2024".
		return hasFoldPrefix(b, "tháng") || hasFoldPrefix(b, "năm") || r >= '0' && r <= '9'
	}
	if len(a) <= 40 && isPlaceFragment(a) && placeDateHead(a+" "+b) {
		// "Mỹ" / "Tho, ngày 24 tháng 12 năm 2009", "TP Hồ Chí" / "Minh,
		// ngày …", "Quảng Bình," / "ngày 25 tháng 5 năm 2015".
		return true
	}
	if len(a) <= 32 && isHeaderWordFragment(a) && vntext.IsCaps(b) && !isRule(b) {
		return true
	}
	// "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM".
	if len(a) < 60 && mayBeNational(a) && nationalKind(a) == "" {
		ba := bareKey(a)
		return len(ba) >= 5 && len(ba) < len(bareQuocHieu) && strings.HasPrefix(bareQuocHieu, ba) &&
			strings.HasPrefix(bareKey(a+" "+clipKey(b)), bareQuocHieu)
	}
	return false
}

// bareKey is the search key of t without tone marks, vowel marks or
// spaces, so that glued ("XàHỘI") and split ("CỘNG" / "HÒA") words compare
// equal.
func bareKey(t string) string {
	return strings.ReplaceAll(vntext.Bare(t), " ", "")
}

var (
	bareQuocHieu = bareKey(keyQuocHieu)
	bareTieuNgu  = bareKey(keyTieuNgu)
	bareDang     = bareKey(keyDang)
)

// nationalKind returns which national header phrase t holds, as its
// search key (keyQuocHieu, keyTieuNgu or keyDang), or "". Glued, split
// and OCR-damaged letters are tolerated: the comparison ignores spaces
// and marks.
func nationalKind(t string) string {
	if !mayBeNational(t) {
		return ""
	}
	k := vntext.Key(t)
	// A line that holds the phrase, not in capitals, and much besides is
	// running text: "Cổng thông tin điện tử Đảng Cộng sản Việt Nam".
	// The headers print these two in capitals.
	if len(k) > len(keyDang)+24 && !strings.Contains(t, "CỘNG H") && !strings.Contains(t, "ĐẢNG CỘNG") {
		for _, ph := range []string{keyQuocHieu, keyDang} {
			if strings.Contains(k, ph) && len(k) > len(ph)+24 {
				return ""
			}
		}
	}
	switch {
	case strings.Contains(k, keyQuocHieu):
		return keyQuocHieu
	case strings.Contains(k, keyTieuNgu):
		return keyTieuNgu
	case strings.Contains(k, keyDang):
		return keyDang
	case !strings.Contains(k, "việt nam") && !strings.Contains(k, "phúc"):
		return ""
	}
	b := strings.ReplaceAll(vntext.Bare(k), " ", "")
	switch {
	case strings.Contains(b, bareQuocHieu):
		return keyQuocHieu
	case strings.Contains(b, bareTieuNgu):
		return keyTieuNgu
	case strings.Contains(b, bareDang):
		return keyDang
	}
	return ""
}

// isSoLabel reports "Số:", "Số", "Số hiệu:" alone on a line.
func isSoLabel(t string) bool {
	t = strings.TrimRight(t, ": ")
	switch t {
	case "Số", "SỐ", "số", "Số hiệu", "SỐ HIỆU", "Số ký hiệu", "SỐ KÝ HIỆU":
		return true
	}
	return false
}

// placeDateHead reports a line that opens like a header date line: a
// short place name, a comma and "ngày".
func placeDateHead(t string) bool {
	c := strings.IndexByte(t, ',')
	if c < 2 || c > 48 || strings.ContainsAny(t[:c], "0123456789/:;") && !strings.HasPrefix(vntext.Key(t[:c]), "quận ") {
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
		if words++; words > 4 {
			return false
		}
		if words == 1 && isCityAbbrev(w) {
			continue
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
	if strings.IndexByte(t, ' ') >= 0 || utf8.RuneCountInString(t) < 2 || utf8.RuneCountInString(t) > 8 {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
	}
	k := vntext.Key(t)
	if _, _, ok := markOf(t, k); ok {
		return false
	}
	if _, _, ok := typeLine(t, k); ok {
		return false
	}
	return true
}

// nationalPrefix is like nationalKind for a national header phrase at the
// start of t.
func nationalPrefix(t string) string {
	if !mayBeNational(t) {
		return ""
	}
	k := vntext.Key(clipKey(t))
	switch {
	case strings.HasPrefix(k, keyQuocHieu):
		return keyQuocHieu
	case strings.HasPrefix(k, keyTieuNgu):
		return keyTieuNgu
	case strings.HasPrefix(k, keyDang):
		return keyDang
	case !strings.Contains(k, "việt nam") && !strings.Contains(k, "phúc"):
		return ""
	}
	b := strings.ReplaceAll(vntext.Bare(k), " ", "")
	switch {
	case strings.HasPrefix(b, bareQuocHieu):
		return keyQuocHieu
	case strings.HasPrefix(b, bareTieuNgu):
		return keyTieuNgu
	case strings.HasPrefix(b, bareDang):
		return keyDang
	}
	return ""
}
