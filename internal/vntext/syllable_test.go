package vntext

import (
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestIsSyllable(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"Đảng", true}, {"trưởng", true}, {"tỉnh", true}, {"nghệ", true}, {"kiến", true},
		{"Quảng", true}, {"người", true}, {"khuya", true}, {"nguyễn", true}, {"gì", true},
		{"BAN", true}, {"THÀNH", true}, {"ến", true}, {"hết", true}, {"Huế", true},
		{"côngng", false}, {"ytế", false}, {"trợlý", false}, {"Bđược", false}, {"kmvề", false},
		{"ttlà", false}, {"KGVX", false}, {"ac", false}, {"ki", true}, {"ci", false}, {"ke", true},
		{"hếtnăm", false}, {"TNHH", false}, {"chínhtrị", false}, {"cá", true}, {"cat", false},
	} {
		if got := IsSyllable(c.w); got != c.want {
			t.Errorf("IsSyllable(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestJoinSplitSyllables runs over phrasing from PDF text layers of the
// gold sets, and over text that must stay as it is.
func TestJoinSplitSyllables(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"các Ban của Đ ả ng; - Bộ Y t ế", "các Ban của Đảng; - Bộ Y tế"},
		{"Bộ tr ưở n g (để báo cáo)", "Bộ trưởng (để báo cáo)"},
		{"UBND các t ỉ nh, thành phố", "UBND các tỉnh, thành phố"},
		{"dự ki ế n thực hiện điều ch ỉ nh, bổ sung", "dự kiến thực hiện điều chỉnh, bổ sung"},
		{"ỦY B AN NHÂN D Â N T HÀNH P HỐ", "ỦY BAN NHÂN DÂN THÀNH PHỐ"},
		{"Qu ả ng Ngãi, ngày", "Quảng Ngãi, ngày"},
		{"Nh ư tr ê n; Trợ l ý TTCP", "Như trên; Trợ lý TTCP"},
		{"Đ ế n năm 2020, chí nh trị, công ng hệ", "Đến năm 2020, chính trị, công nghệ"},
		{"thương m ại, H u ế", "thương mại, Huế"},
		{"Chủ trì xây dựng k ế hoạch", "Chủ trì xây dựng kế hoạch"},
		// left alone
		{"tại điểm c khoản 2 Điều 3", "tại điểm c khoản 2 Điều 3"},
		{"thương binh loại B được công nhận", "thương binh loại B được công nhận"},
		{"cách 230 km về phía đông, sâu 1 m ở giữa", "cách 230 km về phía đông, sâu 1 m ở giữa"},
		{"Vụ: TCCV, KG V X, TH", "Vụ: TCCV, KG V X, TH"},
		{"Đại hội X của Đảng; khóa X trình", "Đại hội X của Đảng; khóa X trình"},
		{"có ý kiến gửi Sở", "có ý kiến gửi Sở"},
		{"(sau đây gọi tt là số 19)", "(sau đây gọi tt là số 19)"},
		{"b) Sở Y tế", "b) Sở Y tế"},
	} {
		if got := JoinSplitSyllables(c.in); got != c.want {
			t.Errorf("JoinSplitSyllables(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestJoinSplitSyllablesOnlySpaces holds that joining removes single
// spaces between letters and nothing else, and that text split from
// whole syllables gets its syllables back.
func TestJoinSplitSyllablesOnlySpaces(t *testing.T) {
	pieces := []string{"Đ", "ả", "ng", "t", "ỉ", "nh", "tr", "ưở", "n", "g", "Bộ", "Y", "tế", "ý", "kiến",
		"điểm", "c", "230", "km", ",", ";", " ", "B", "AN", "ki", "ế", "(", "x", "ở"}
	rapid.Check(t, func(t *rapid.T) {
		parts := rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 16).Draw(t, "parts")
		in := strings.Join(parts, " ")
		out := JoinSplitSyllables(in)
		if strings.ReplaceAll(out, " ", "") != strings.ReplaceAll(in, " ", "") || len(out) > len(in) {
			t.Fatalf("JoinSplitSyllables(%q) = %q: more than spaces changed", in, out)
		}
		if strings.Contains(out, "  ") != strings.Contains(in, "  ") {
			t.Fatalf("JoinSplitSyllables(%q) = %q: a run of spaces changed", in, out)
		}
	})
	split := map[string]string{"Đảng": "Đ ả ng", "tỉnh": "t ỉ nh", "trưởng": "tr ưở n g", "kiến": "ki ế n", "BAN": "B AN"}
	rapid.Check(t, func(t *rapid.T) {
		words := rapid.SliceOfN(rapid.SampledFrom([]string{"Đảng", "tỉnh", "trưởng", "kiến", "BAN", "các", "ý", "của"}), 1, 8).Draw(t, "words")
		var in []string
		for _, w := range words {
			if s, ok := split[w]; ok && rapid.Bool().Draw(t, "split") {
				w = s
			}
			in = append(in, w)
		}
		if got, want := JoinSplitSyllables(strings.Join(in, " ")), strings.Join(words, " "); got != want {
			t.Fatalf("JoinSplitSyllables(%q) = %q, want %q", strings.Join(in, " "), got, want)
		}
	})
}

func BenchmarkJoinSplitSyllables(b *testing.B) {
	clean := strings.Repeat("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hoàn thành trong Quý IV/2023. ", 4)
	split := strings.Repeat("Bộ tr ưở n g Bộ Y t ế chủ trì xây dựng k ế hoạch điều ch ỉ nh. ", 4)
	for _, c := range []struct{ name, s string }{{"clean", clean}, {"split", split}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			b.ReportAllocs()
			for b.Loop() {
				JoinSplitSyllables(c.s)
			}
		})
	}
}
