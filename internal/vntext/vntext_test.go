package vntext_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

func TestNormalizeTonePlacement(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Uỷ ban nhân dân", "Ủy ban nhân dân"},
		{"Văn hoá và Thể thao", "Văn hóa và Thể thao"},
		{"Ứng Hoà", "Ứng Hòa"},
		{"khoẻ mạnh", "khỏe mạnh"},
		{"thuỷ lợi", "thủy lợi"},
		{"quý", "quý"},
		{"qúy", "quý"},
		{"hoàng", "hoàng"},
		{"hòang", "hoàng"},
		{"người", "người"},
		{"giữ gìn", "giữ gìn"},
		{"thuyền", "thuyền"},
		{"ngoài", "ngoài"},
		{"ngòai", "ngoài"},
		{"khuỷu", "khuỷu"},
		{"của mùa", "của mùa"},
		{"mưa", "mưa"},
		{"  Sở   Y tế\u00a0 ", "Sở Y tế"},
		{"HOÀ BÌNH", "HÒA BÌNH"},
		{"TỜ TRÌNH", "TỜ TRÌNH"},
		{"Trường ĐTCB Lê Hồng Phong", "Trường ĐTCB Lê Hồng Phong"},
	}
	for _, tt := range tests {
		if got := vntext.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		nfd := norm.NFD.String(tt.in)
		if got := vntext.Normalize(nfd); got != tt.want {
			t.Errorf("Normalize(NFD %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	same := [][]string{
		{"Ủy ban nhân dân thành phố Hà Nội", "UBND TP Hà Nội", "UỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "ubnd  tp. hà nội"},
		{"Sở Thông tin và Truyền thông", "Sở TT&TT"},
		{"Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTBXH"},
		{"Ban Quản lý các Khu công nghiệp và chế xuất", "BQL các KCN&CX"},
		{"Báo Kinh tế và Đô thị", "Báo Kinh tế & Đô thị"},
		{"Sở Văn hóa và Thể thao", "Sở Văn hoá và Thể thao", "Sở VH&TT"},
	}
	for _, group := range same {
		want := vntext.Key(group[0])
		for _, s := range group[1:] {
			if got := vntext.Key(s); got != want {
				t.Errorf("Key(%q) = %q, want %q (the key of %q)", s, got, want, group[0])
			}
			if got := vntext.Key(norm.NFD.String(s)); got != want {
				t.Errorf("Key(NFD %q) = %q, want %q", s, got, want)
			}
		}
	}
	if a, b := vntext.Key("Sở Y tế"), vntext.Key("Sở Tư pháp"); a == b {
		t.Errorf("different names share key %q", a)
	}
	if got, want := vntext.Key("UBND TP"), "ủy ban nhân dân thành phố"; got != want {
		t.Errorf("Key(UBND TP) = %q, want %q", got, want)
	}
	if got, want := vntext.Bare("Ủy ban Đống Đa"), "uy ban dong da"; got != want {
		t.Errorf("Bare = %q, want %q", got, want)
	}
	// "tư" is a word, not "TƯ" for "trung ương": "Đầu tư", "THÔNG TƯ", and
	// the "Tư do" a scan leaves of "Tự do", which must stay "tu do" bare
	for in, want := range map[string]string{"Sở Kế hoạch và Đầu tư": "sở kế hoạch và đầu tư", "THÔNG TƯ": "thông tư",
		"Độc lập - Tư do - Hạnh phúc": "độc lập tư do hạnh phúc"} {
		if got := vntext.Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyAllocs(t *testing.T) {
	buf := make([]byte, 0, 256)
	n := testing.AllocsPerRun(100, func() {
		buf = vntext.AppendKey(buf[:0], "Ủy ban nhân dân quận Ba Đình")
	})
	if n != 0 {
		t.Errorf("AppendKey on NFC input allocates %v times, want 0", n)
	}
}

// vietnameseText draws strings from letters that exercise tones, quality
// marks, đ, case, punctuation and abbreviations, in NFC or NFD.
func vietnameseText() *rapid.Generator[string] {
	words := []string{"Ủy", "Uỷ", "ban", "hoá", "hóa", "thủy", "THUỶ", "quý", "người", "Đình", "đường",
		"UBND", "TT&TT", "LĐ-TB&XH", "sở", "Sở", "-", "&", ",", ";", "(", ")", "khoẻ", "giữ", "2023",
		"ngoài", "Ứng", "Hòa", "TP.", "xã", "phường", "\u00a0", "  ", "ĂÂÊÔƠƯ", "ăâêôơư", "qua", "gìn", "abc&", "-x-"}
	return rapid.Custom(func(t *rapid.T) string {
		n := rapid.IntRange(0, 8).Draw(t, "n")
		parts := make([]string, n)
		for i := range parts {
			parts[i] = rapid.SampledFrom(words).Draw(t, "word")
		}
		s := strings.Join(parts, rapid.SampledFrom([]string{" ", "", "  "}).Draw(t, "sep"))
		if rapid.Bool().Draw(t, "nfd") {
			s = norm.NFD.String(s)
		}
		return s
	})
}

func TestPropertiesIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := vietnameseText().Draw(t, "s")
		n := vntext.Normalize(s)
		if n2 := vntext.Normalize(n); n2 != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, n, n2)
		}
		k := vntext.Key(s)
		if k2 := vntext.Key(k); k2 != k {
			t.Fatalf("Key not idempotent: %q -> %q -> %q", s, k, k2)
		}
		if vntext.Key(n) != k {
			t.Fatalf("Key(Normalize(s)) = %q, Key(s) = %q", vntext.Key(n), k)
		}
		if vntext.Key(norm.NFD.String(s)) != k {
			t.Fatalf("Key differs between NFC and NFD of %q", s)
		}
		if vntext.Key(strings.ToUpper(s)) != k {
			t.Fatalf("Key differs in upper case: %q vs %q", vntext.Key(strings.ToUpper(s)), k)
		}
	})
}

func TestCollationOrder(t *testing.T) {
	// Each list is in Vietnamese alphabetical order.
	ordered := [][]string{
		{"Ba Vì", "Bắc Từ Liêm"},
		{"Dương Nội", "Đan Phượng", "Gia Lâm"},
		{"Thường Tín", "Ứng Hòa"},
		{"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g"},
		{"Anh", "Ánh", "Ân", "Dương", "Đào"},
		{"Ba Đình", "Ba Vì", "Bắc Từ Liêm", "Cầu Giấy", "Chương Mỹ", "Đan Phượng"},
	}
	for _, want := range ordered {
		got := slices.Clone(want)
		slices.Reverse(got)
		vntext.SortStrings(got)
		if !slices.Equal(got, want) {
			t.Errorf("SortStrings = %q, want %q", got, want)
		}
		for i := 1; i < len(want); i++ {
			if c := vntext.Compare(want[i-1], want[i]); c >= 0 {
				t.Errorf("Compare(%q, %q) = %d, want < 0", want[i-1], want[i], c)
			}
			if c := vntext.Compare(norm.NFD.String(want[i]), want[i-1]); c <= 0 {
				t.Errorf("Compare(NFD %q, %q) = %d, want > 0", want[i], want[i-1], c)
			}
		}
	}
}

func TestCompareAntisymmetric(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := vietnameseText().Draw(t, "a")
		b := vietnameseText().Draw(t, "b")
		if vntext.Compare(a, b) != -vntext.Compare(b, a) {
			t.Fatalf("Compare(%q,%q) = %d but Compare(b,a) = %d", a, b, vntext.Compare(a, b), vntext.Compare(b, a))
		}
	})
}

func BenchmarkAppendKey(b *testing.B) {
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		buf = vntext.AppendKey(buf[:0], "Ủy ban nhân dân quận Ba Đình")
	}
}

func TestIndexBare(t *testing.T) {
	for _, c := range []struct {
		s, phrase, want string
	}{
		{"BỘ Y TẾ ——- CÔNG HOÀ XA HỘI CHU NGHĨA VIÊT NAM Độc lập", "cộng hòa xã hội chủ nghĩa việt nam", "CÔNG HOÀ XA HỘI CHU NGHĨA VIÊT NAM"},
		{"Độc lâp - Tư do - Hanh phuc ---", "hạnh phúc", "Hanh phuc"},
		{"ĐANG  CỘNG SẢN VIỆT NAM", "đảng cộng sản việt nam", "ĐANG  CỘNG SẢN VIỆT NAM"},
		{"Cổng thông tin", "cộng hòa", ""},
	} {
		i, j := vntext.IndexBare(c.s, c.phrase)
		got := ""
		if i >= 0 {
			got = c.s[i:j]
		}
		if got != c.want {
			t.Errorf("IndexBare(%q, %q) = %q, want %q", c.s, c.phrase, got, c.want)
		}
	}
}
