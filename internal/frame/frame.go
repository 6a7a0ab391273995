// Package frame answers where a document starts in a page, for every
// reader of the SDK: at its national header, the Quốc hiệu and Tiêu ngữ
// ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") or
// the Party's name ("ĐẢNG CỘNG SẢN VIỆT NAM"), recognised through OCR
// damage, glued and split letters and either tone placement.
package frame

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// BareKey is the search key of t without tone marks, vowel marks or
// spaces, so that glued ("XàHỘI") and split ("CỘNG" / "HÒA") words compare
// equal.
func BareKey(t string) string {
	return strings.ReplaceAll(vntext.Bare(t), " ", "")
}

var (
	BareQuocHieu = BareKey(KeyQuocHieu)
	BareTieuNgu  = BareKey(KeyTieuNgu)
	BareDang     = BareKey(KeyDang)
)

// National returns which national header phrase t holds, as its
// search key (KeyQuocHieu, KeyTieuNgu or KeyDang), or "". Glued, split
// and OCR-damaged letters are tolerated: the comparison ignores spaces
// and marks.
func National(t string) string {
	if !MayBeNational(t) {
		return ""
	}
	k := vntext.Key(t)
	// A line that holds the phrase, not in capitals, and much besides is
	// running text: "Cổng thông tin điện tử Đảng Cộng sản Việt Nam".
	// The headers print these two in capitals.
	if !vntext.RunesAtMost(k, utf8.RuneCountInString(KeyDang)+NationalSlack) && !strings.Contains(t, "CỘNG H") && !strings.Contains(t, "ĐẢNG CỘNG") {
		for _, ph := range []string{KeyQuocHieu, KeyDang} {
			if strings.Contains(k, ph) && !vntext.RunesAtMost(k, utf8.RuneCountInString(ph)+NationalSlack) {
				return ""
			}
		}
	}
	switch {
	case strings.Contains(k, KeyQuocHieu):
		return KeyQuocHieu
	case strings.Contains(k, KeyTieuNgu):
		return KeyTieuNgu
	case strings.Contains(k, KeyDang):
		return KeyDang
	case !strings.Contains(k, "nam") && !strings.Contains(k, "ph"):
		return "" // not even what a scan leaves of "Việt Nam" or "phúc"
	}
	b := strings.ReplaceAll(vntext.Bare(k), " ", "")
	switch {
	case strings.Contains(b, BareQuocHieu):
		return KeyQuocHieu
	case strings.Contains(b, BareTieuNgu):
		return KeyTieuNgu
	case strings.Contains(b, BareDang):
		return KeyDang
	}
	return ""
}

// NationalPrefix is like National for a national header phrase at the
// start of t.
func NationalPrefix(t string) string {
	if !MayBeNational(t) {
		return ""
	}
	k := vntext.Key(t) // MayBeNational bounded t
	switch {
	case strings.HasPrefix(k, KeyQuocHieu):
		return KeyQuocHieu
	case strings.HasPrefix(k, KeyTieuNgu):
		return KeyTieuNgu
	case strings.HasPrefix(k, KeyDang):
		return KeyDang
	case !strings.Contains(k, "nam") && !strings.Contains(k, "ph"):
		return ""
	}
	b := strings.ReplaceAll(vntext.Bare(k), " ", "")
	switch {
	case strings.HasPrefix(b, BareQuocHieu):
		return KeyQuocHieu
	case strings.HasPrefix(b, BareTieuNgu):
		return KeyTieuNgu
	case strings.HasPrefix(b, BareDang):
		return KeyDang
	}
	return ""
}

// National header keys.
const (
	KeyQuocHieu = "cộng hòa xã hội chủ nghĩa việt nam"
	KeyTieuNgu  = "độc lập tự do hạnh phúc"
	KeyDang     = "đảng cộng sản việt nam"
)

// MayBeNational is a cheap test for the words that open the national
// headers, so that only those lines are folded whole.
func MayBeNational(t string) bool {
	if !vntext.RunesAtMost(t, maxNationalLine) {
		return false
	}
	// one pass over the bytes: the words open with C, c, Đ or đ
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == 'C' || c == 'c':
			w := t[i:]
			if strings.HasPrefix(w, "CỘNG") || strings.HasPrefix(w, "Cộng") || strings.HasPrefix(w, "cộng") || strings.HasPrefix(w, "CHXHCN") {
				return true
			}
			if c == 'C' && capsBare(w, "CONG") {
				return true // a scan's "CÔNG HÒA", "CỌNG HOÀ"
			}
		case c == 0xC4 && i+1 < len(t) && (t[i+1] == 0x90 || t[i+1] == 0x91):
			w := t[i+2:]
			if strings.HasPrefix(w, "ỘC") || strings.HasPrefix(w, "ộc") || strings.HasPrefix(w, "ẢNG") || strings.HasPrefix(w, "ảng") {
				return true
			}
			if capsBare(w, "OC") || capsBare(w, "ANG") || lowerBare(w, "oc") {
				return true // "ĐÔC LẬP", "ĐANG CỘNG SẢN", "Đôc lập"
			}
			i++
		}
	}
	return false
}

// capsBare reports a word in capitals at the start of w that, its marks
// dropped, opens with bare (capitals, ASCII): what a scan leaves of
// "CỘNG" or "ĐỘC" when it loses a tone.
func capsBare(w, bare string) bool { return bareWord(w, bare, unicode.ToUpper) }

// lowerBare is capsBare for a word in small letters (bare in small
// letters too).
func lowerBare(w, bare string) bool { return bareWord(w, bare, unicode.ToLower) }

// bareWord reports a word at the start of w that opens with bare once
// its letters lose their marks, its letters in the case toCase gives.
func bareWord(w, bare string, toCase func(rune) rune) bool {
	j := 0
	for _, r := range w {
		if j == len(bare) {
			return true
		}
		if r < utf8.RuneSelf {
			if byte(r) != bare[j] {
				return false
			}
		} else if b := toCase(vntext.BareRune(r)); b >= utf8.RuneSelf || byte(b) != bare[j] || r != toCase(r) {
			return false
		}
		j++
	}
	return j == len(bare)
}

// maxNationalLine bounds a line read for a national header: the longest
// in the corpora, with the issuer's column beside it, is 114 runes. Longer
// lines are prose that mentions "cộng đồng" or "Đảng", and folding them
// whole would cost a reader most of its time.
const maxNationalLine = 160

// NationalSlack is how much more than the phrase, in key runes, a
// national header line may hold; more is running text that names the
// Party or the State.
const NationalSlack = 24

// Start returns the byte offset of the line of the first national header
// phrase in text[:window] (the whole text when window is 0 or larger), and
// whether there is one.
func Start(text string, window int) (int, bool) {
	if window <= 0 || window > len(text) {
		window = len(text)
	}
	for i := 0; i < window; {
		e := strings.IndexByte(text[i:window], '\n')
		if e < 0 {
			e = window
		} else {
			e += i
		}
		if National(text[i:e]) != "" {
			return i, true
		}
		i = e + 1
	}
	return 0, false
}
