package parser

import (
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// mayBeNationalRef is the plain definition mayBeNational implements.
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
		if got, want := mayBeNational(s), mayBeNationalRef(s); got != want {
			t.Fatalf("mayBeNational(%q) = %v, want %v", s, got, want)
		}
	})
}
