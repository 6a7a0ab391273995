package vntext

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

func TestSplitGlued(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ban Xây dựng Đảng chủtrì, phối hợp", "Ban Xây dựng Đảng chủ trì, phối hợp"},
		{"đềnghịcác tổ chức cơ sởĐảng", "đềnghịcác tổ chức cơ sở Đảng"}, // "ền", "ịc" may go on in one syllable
		{"Chỉ thịsố46-CT/TW", "Chỉ thị số 46-CT/TW"},
		{"hồsơ vềĐảng uỷ", "hồ sơ về Đảng uỷ"},
		{"tập thểlãnh đạo, đơn vịthảo luận, tựđánh giá", "tập thể lãnh đạo, đơn vị thảo luận, tự đánh giá"},
		{"Bí thưtại chi bộ", "Bí thư tại chi bộ"},
		{"nhiệm kỳĐại hội", "nhiệm kỳ Đại hội"},
		{"đơn vịchủđộng", "đơn vịchủ động"}, // "ịch" may go on; "ủđ" cannot
		// words a syllable may go on in: nothing to split
		{"Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"người đến việc thống nhất cứng rắn", "người đến việc thống nhất cứng rắn"},
		{"tỉnh Đắk Lắk, huyện Krông Bông", "tỉnh Đắk Lắk, huyện Krông Bông"},
		{"ĐẢNG BỘ TỈNH", "ĐẢNG BỘ TỈNH"},
		{"khó khăn, trước hết, mấy", "khó khăn, trước hết, mấy"},
	} {
		if got, _ := SplitGlued(c.in); got != c.want {
			t.Errorf("SplitGlued(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Text written with its spaces has nothing to split, and removing the
// space after a word that ends in a marked vowel before one that opens
// with a letter no syllable ends in is undone.
func TestPropertySplitGlued(t *testing.T) {
	words := []string{"chủ", "trì", "phối", "hợp", "với", "các", "sở", "ban", "ngành", "đề", "nghị", "báo", "cáo", "kết", "quả", "thực",
		"hiện", "về", "Đảng", "ủy", "bộ", "lãnh", "đạo", "tự", "đánh", "giá", "hồ", "sơ", "kỳ", "họp", "Tỉnh", "thể", "số", "vụ", "quý", "trước", "ngày", "20"}
	rapid.Check(t, func(t *rapid.T) {
		ws := rapid.SliceOfN(rapid.SampledFrom(words), 1, 30).Draw(t, "words")
		text := ""
		for i, w := range ws {
			if i > 0 {
				text += " "
			}
			text += w
		}
		if got, n := SplitGlued(text); n != 0 || got != text {
			t.Fatalf("SplitGlued(%q) = %q, %d", text, got, n)
		}
		if got, _ := SplitGlued(norm.NFD.String(text)); got != norm.NFD.String(text) {
			t.Fatalf("NFD text changed: %q", got)
		}
		if got, n := SplitGluedKnown(text); n != 0 || got != text {
			t.Fatalf("SplitGluedKnown(%q) = %q, %d", text, got, n)
		}
		// the words run together after their marks: set apart again
		glued := strings.ReplaceAll(text, "ủ ", "ủ")
		glued = strings.ReplaceAll(glued, "ề ", "ề")
		if got, _ := SplitGluedKnown(glued); got != text {
			t.Fatalf("SplitGluedKnown(%q) = %q, want %q", glued, got, text)
		}
	})
}

func FuzzSplitGlued(f *testing.F) {
	f.Add("đềnghịcác tổ chức cơ sởĐảng")
	f.Add("Chỉ thịsố46")
	f.Add("Đ ế n năm 2020, k ế hoạch, cơ ch ế ; d ự n g")
	f.Fuzz(func(t *testing.T, s string) {
		got, n := SplitGlued(s)
		if len(got) != len(s)+n {
			t.Fatalf("SplitGlued(%q) = %q with %d spaces", s, got, n)
		}
		if CountGlued(s) != n {
			t.Fatalf("CountGlued(%q) = %d, SplitGlued put %d", s, CountGlued(s), n)
		}
		if got, n := SplitGluedKnown(s); len(got) != len(s)+n || strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Fatalf("SplitGluedKnown(%q) = %q with %d spaces", s, got, n)
		}
		if got, _ := JoinSpacedVowels(s); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") || len(got) > len(s) {
			t.Fatalf("JoinSpacedVowels(%q) = %q", s, got)
		}
	})
}

func TestSplitGluedKnown(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"đềnghịcác tổ chức cơ sởĐảng", "đề nghị các tổ chức cơ sở Đảng"},
		{"các cơ quan, đơn vịchủđộng rà soát", "các cơ quan, đơn vị chủ động rà soát"},
		{"đơn vịcăn cứ vào Hướng dẫn", "đơn vị căn cứ vào Hướng dẫn"},
		{"Chỉ thịsố46-CT/TW", "Chỉ thị số 46-CT/TW"},
		// single syllables, names and abbreviations stay
		{"Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"tỉnh Đắk Lắk, huyện Krông Bông, UBND-KGVX", "tỉnh Đắk Lắk, huyện Krông Bông, UBND-KGVX"},
		{"nghiêng ngả, khuya khoắt, thuở", "nghiêng ngả, khuya khoắt, thuở"},
	} {
		if got, _ := SplitGluedKnown(c.in); got != c.want {
			t.Errorf("SplitGluedKnown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestJoinSpacedVowels(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Đ ế n năm 2020, giải quyết căn bản hồ sơ", "Đến năm 2020, giải quyết căn bản hồ sơ"},
		{"Chủ trì xây dựng k ế hoạch chăm sóc", "Chủ trì xây dựng kế hoạch chăm sóc"},
		{"Hoàn thiện cơ ch ế , chính sách", "Hoàn thiện cơ chế , chính sách"},
		{"Tiếp tục thực hiện Đ ề án xác định", "Tiếp tục thực hiện Đề án xác định"},
		{"Chính ph ủ ; B ộ Tài chính", "Chính phủ ; Bộ Tài chính"},
		{"Chính ph ủ; B ộ Tài chính", "Chính phủ; Bộ Tài chính"},
		// words that are words
		{"hỗ trợ nhà ở cho người có công, lấy ý kiến", "hỗ trợ nhà ở cho người có công, lấy ý kiến"},
		{"điểm a khoản 2 Điều 3", "điểm a khoản 2 Điều 3"},
	} {
		if got, _ := JoinSpacedVowels(c.in); got != c.want {
			t.Errorf("JoinSpacedVowels(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// BenchmarkSplitGluedKnown cuts a run of letters with marks and no space
// ("đềnghịcác…"), of growing length: a fuzzed input once held one of
// thousands of letters, and the cut must stay linear in it.
func BenchmarkSplitGluedKnown(b *testing.B) {
	for _, n := range []int{1 << 10, 4 << 10, 64 << 10} {
		s := "p" + strings.Repeat("ơ", n/len("ơ"))
		b.Run(strconv.Itoa(n>>10)+"KB", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				SplitGluedKnown(s)
			}
		})
	}
}
