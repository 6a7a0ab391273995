package frame

import (
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// mayBeNationalRef is the plain definition MayBeNational implements.
func mayBeNationalRef(t string) bool {
	if utf8.RuneCountInString(t) > maxNationalLine {
		return false
	}
	for _, w := range []string{"CỘNG", "Cộng", "cộng", "ĐỘC", "Độc", "độc", "ĐẢNG", "Đảng", "đảng", "CHXHCN"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

func TestMayBeNationalMatchesRef(t *testing.T) {
	parts := []string{"CỘNG", "Cộng", "cộng", "ĐỘC", "Độc", "độc", "ĐẢNG", "Đảng", "đảng", "CHXHCN", "Đ", "đ", "C", "c", "ỘNG", "ảng", " ", "HÒA", "\xc4", "x", "Ð"}
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		for _, i := range rapid.SliceOfN(rapid.IntRange(0, len(parts)-1), 0, 12).Draw(t, "parts") {
			b.WriteString(parts[i])
		}
		s := b.String()
		if got, want := MayBeNational(s), mayBeNationalRef(s); got != want {
			t.Fatalf("MayBeNational(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
		ok   bool
	}{
		{"Trang chủ | Văn bản\nỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/UBND", len("Trang chủ | Văn bản\n"), true},
		{"Tin tức\n| TỈNH ỦY | ĐẢNG CỘNG SẢN VIỆT NAM |\n", len("Tin tức\n"), true},
		{"Cổng thông tin điện tử Đảng Cộng sản Việt Nam đưa tin hôm nay về nhiều hoạt động của các cấp ủy\nĐẢNG CỘNG SẢN VIỆT NAM", len("Cổng thông tin điện tử Đảng Cộng sản Việt Nam đưa tin hôm nay về nhiều hoạt động của các cấp ủy\n"), true},
		{"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", 0, true},
		{"Không có tiêu đề nào.\nChỉ có văn bản.", 0, false},
	} {
		got, ok := Start(c.text, 0)
		if got != c.want || ok != c.ok {
			t.Errorf("Start(%q) = %d, %v; want %d, %v", c.text, got, ok, c.want, c.ok)
		}
	}
	if _, ok := Start("Tin tức\nĐẢNG CỘNG SẢN VIỆT NAM\n", 5); ok {
		t.Error("Start looked past its window")
	}
}

// TestNationalToneLost reads the national header a scan left with a tone
// lost or changed, and leaves alike words alone.
func TestNationalToneLost(t *testing.T) {
	for in, want := range map[string]string{
		"CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIÊT NAM": KeyQuocHieu,
		"CỘNG HÒA XA HỘI CHU NGHĨA VIỆT NAM": KeyQuocHieu,
		"Độc lập - Tư do - Hạnh phúc":        KeyTieuNgu,
		"ĐÔC LẬP - TỰ DO - HẠNH PHÚC":        KeyTieuNgu,
		"ĐANG CỘNG SẢN VIỆT NAM":             KeyDang,
		"Đôc lập - Tự do - Hạnh phuc":        KeyTieuNgu,
		"CÔNG VĂN":                           "",
		"CÔNG AN TỈNH QUẢNG NAM":             "",
		"Đang triển khai thực hiện kế hoạch": "",
	} {
		if got := NationalPrefix(in); got != want {
			t.Errorf("NationalPrefix(%q) = %q, want %q", in, got, want)
		}
		if got := National(in); got != want {
			t.Errorf("National(%q) = %q, want %q", in, got, want)
		}
	}
}
