package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// isNormal is Normalize's shortcut: it must say "unchanged" exactly when
// the full pass writes the text back as it was.
func TestPropertyIsNormalAgreesWithSlowPath(t *testing.T) {
	alphabet := []rune("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵÁÀẢÃẠỦỨỲÝỸ" +
		"bcdđghklmnpqrstvxĐQG  \u00a0\t\n-,.;/()0123456789\u0301\u0323")
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOfN(rapid.SampledFrom(alphabet), 0, 24).Draw(t, "runes")
		s := string(rs)
		if rapid.Bool().Draw(t, "invalid") {
			s += "\xff"
		}
		full := normalizeSlow(NFC(DropInvisible(strings.ToValidUTF8(s, "\uFFFD"))))
		if isNormal(s) && full != s {
			t.Fatalf("isNormal(%q) = true, the full pass gives %q", s, full)
		}
		if c := NFC(DropInvisible(s)); c == s && utf8.ValidString(s) && !strings.ContainsAny(s, "\u0301\u0323") && isNormal(s) != (full == s) {
			t.Fatalf("isNormal(%q) = %v, the full pass gives %q", s, isNormal(s), full)
		}
	})
}

func TestIsNormalCases(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"Ủy ban nhân dân thành phố Hà Nội", true},
		{"hóa", true},
		{"hoá", false},
		{"Uỷ ban", false},
		{"quý", true},
		{"người", true},
		{" lead", false},
		{"trail ", false},
		{"two  spaces", false},
		{"tab\there", false},
		{"nbsp\u00a0here", false},
		{"khoẻ", false},
		{"khỏe", true},
		{"a\u200bb", false},
		{"bad\xff", false},
		{"ho\u0301a", false},
	} {
		if got := isNormal(c.s); got != c.want {
			t.Errorf("isNormal(%q) = %v, want %v", c.s, got, c.want)
		}
		if got := Normalize(c.s) == c.s; got != c.want {
			t.Errorf("Normalize(%q) = %q: case table wrong", c.s, Normalize(c.s))
		}
	}
}
