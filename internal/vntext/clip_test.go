package vntext_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// runeCases mix ASCII, NFC Vietnamese (two- and three-byte letters), NFD
// (a letter and its combining marks are separate runes) and bad bytes.
var runeCases = []string{
	"",
	"abc",
	"Hà Nội",
	"ỦY BAN NHÂN DÂN",
	"Độc lập - Tự do - Hạnh phúc",
	norm.NFD.String("Hà Nội"),
	norm.NFD.String("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
	"ữữữữ",
	"\xffa\xc4",
	"a\x80\x80b\xe1\x80",
	"𝕏y",
}

func TestRunesAtMost(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true},
		{"", -1, false},
		{"a", 0, false},
		{"Hà Nội", 6, true},                   // 6 runes, 9 bytes
		{"Hà Nội", 5, false},                  // the slow path: 9 bytes <= 4*5
		{"Hà Nội", 2, false},                  // 9 bytes > 4*2: no at once
		{"ỦY BAN", 6, true},                   // Ủ is three bytes
		{norm.NFD.String("Hà Nội"), 8, false}, // à and ộ decompose: 9 runes
		{norm.NFD.String("Hà Nội"), 9, true},
		{"ữữữữ", 4, true}, // 12 bytes, 4 runes
		{"ữữữữ", 3, false},
		{"\xffa\xc4", 3, true}, // a bad byte is one rune, as in utf8.RuneCountInString
		{"\xffa\xc4", 2, false},
		{"\x80\x80\x80", 3, true}, // stray continuation bytes: three runes
		{"\x80\x80\x80", 2, false},
		{"𝕏y", 2, true}, // a four-byte rune
		{"𝕏y", 1, false},
	}
	for _, tt := range tests {
		if got := vntext.RunesAtMost(tt.s, tt.n); got != tt.want {
			t.Errorf("RunesAtMost(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
	for _, s := range runeCases {
		for n := -1; n <= len(s)+1; n++ {
			if got, want := vntext.RunesAtMost(s, n), utf8.RuneCountInString(s) <= n; got != want {
				t.Errorf("RunesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func TestPrefixRunes(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 0, ""},
		{"abc", 5, "abc"},
		{"Hà Nội", 2, "Hà"},
		{"Hà Nội", 4, "Hà N"},
		{"Hà Nội", 6, "Hà Nội"},
		{"ỦY BAN", 1, "Ủ"},
		{norm.NFD.String("Hà"), 2, "Ha"}, // the mark is a rune of its own
		{norm.NFD.String("Hà"), 3, norm.NFD.String("Hà")},
		{"𝕏y", 1, "𝕏"},
	}
	for _, tt := range tests {
		if got := vntext.PrefixRunes(tt.s, tt.n); got != tt.want {
			t.Errorf("PrefixRunes(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
	for _, s := range runeCases {
		for n := 0; n <= len(s)+1; n++ {
			p := vntext.PrefixRunes(s, n)
			if !strings.HasPrefix(s, p) || utf8.RuneCountInString(p) != min(n, utf8.RuneCountInString(s)) {
				t.Errorf("PrefixRunes(%q, %d) = %q", s, n, p)
			}
		}
	}
}

func TestClipRunes(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"Hà Nội", 6, "Hà Nội"},
		{"Hà Nội", 2, "Hà…"},
		{"ỦY BAN NHÂN DÂN", 6, "ỦY BAN…"},
	}
	for _, tt := range tests {
		if got := vntext.ClipRunes(tt.s, tt.n); got != tt.want {
			t.Errorf("ClipRunes(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func BenchmarkRunesAtMost(b *testing.B) {
	s := strings.Repeat("Ủy ban nhân dân tỉnh ", 20)
	for b.Loop() {
		vntext.RunesAtMost(s, 200)
	}
}

// TestIsCapsScanL reads a line in capitals where a scan wrote "l" for "I"
// ("TlNH LAO CAI"), and not a line in small letters with an "l" in it.
func TestIsCapsScanL(t *testing.T) {
	for in, want := range map[string]bool{"TlNH LAO CAI": true, "UY BAN NHAN DAN TtNH LAO CAI": true, "Tl": false, "Tỉnh Lào Cai": false, "ỦY BAN NHÂN DÂN": true, "lập kế hoạch": false} {
		if got := vntext.IsCaps(in); got != want {
			t.Errorf("IsCaps(%q) = %v, want %v", in, got, want)
		}
	}
}
