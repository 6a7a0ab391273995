package vntext

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestOtherTones(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hòa", "hoà"}, {"hoà", "hoà"}, {"Hòa Bình", "Hoà Bình"}, {"khỏe", "khoẻ"}, {"thủy lợi", "thuỷ lợi"},
		{"Ủy ban", "Uỷ ban"}, {"ỦY BAN", "UỶ BAN"}, {"giấy ủy quyền", "giấy uỷ quyền"}, {"khóa XIII", "khoá XIII"},
		{"hủy bỏ", "huỷ bỏ"}, {"bản thỏa thuận", "bản thoả thuận"},
		{"hoàng", "hoàng"}, {"quý", "quý"}, {"thuyền", "thuyền"}, {"loài", "loài"}, {"Hà Nội", "Hà Nội"},
		{"khuya", "khuya"}, {"", ""},
	} {
		if got := OtherTones(c.in); got != c.want {
			t.Errorf("OtherTones(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := OtherTones(norm.NFD.String(c.in)); got != c.want {
			t.Errorf("OtherTones(NFD %q) = %q, want %q", c.in, got, c.want)
		}
		// the other spelling reads as the same words
		if Key(c.want) != Key(c.in) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q", c.want, Key(c.want), c.in, Key(c.in))
		}
	}
	if got := Spellings("Ủy ban"); !slices.Equal(got, []string{"Ủy ban", "Uỷ ban"}) {
		t.Errorf("Spellings = %q", got)
	}
	if got := Spellings("Sở Tư pháp"); !slices.Equal(got, []string{"Sở Tư pháp"}) {
		t.Errorf("Spellings = %q", got)
	}
}
