package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
)

// TestJoinSpaced joins the letters a PDF text layer spaced out inside
// words, and leaves lines that are not so spaced as they are.
func TestJoinSpaced(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"},
		{"Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022", "Quảng Ngãi, ngày 04 tháng 10 năm 2022"},
		{"T hành phố Hồ Chí M inh, ngày 25 tháng 6 năm 2014", "Thành phố Hồ Chí Minh, ngày 25 tháng 6 năm 2014"},
		{"KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín"},
		{"Sở Y tế, Sở Tư pháp; B ộ X â y d ự n g.", "Sở Y tế, Sở Tư pháp; Bộ Xây dựng."},
		{"T hủ tướ ng C h í nh ph ủ", "Thủ tướng Chính phủ"},
		// not spaced: abbreviations, a lone letter, one piece only
		{"Sở Y tế", ""},
		{"UBND tỉnh TP Hà Nội", ""},
		{"điểm a khoản 2 Điều 3", ""},
		{"Chương V Tổ chức thực hiện", ""},
		{"T hành phố", ""},
	} {
		got, ok := joinSpaced(c.in)
		if c.want == "" {
			if ok || got != c.in {
				t.Errorf("joinSpaced(%q) = %q, %v; want it unchanged", c.in, got, ok)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("joinSpaced(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// TestParseSpacedHeader reads a header whose letters a PDF text layer
// spaced out, and records each joined line with its original.
func TestParseSpacedHeader(t *testing.T) {
	text := "ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH\nSố: 3210/QĐ-UBND\nT hành phố Hồ Chí M inh, ngày 25 tháng 6 năm 2014\n\nQUYẾT ĐỊNH\nVề việc hỗ trợ nhà ở\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" || d.Place != "Thành phố Hồ Chí Minh" {
		t.Errorf("issuer %q, place %q", d.Issuer, d.Place)
	}
	n := 0
	for _, r := range d.Repairs {
		if r.Code == directive.RepairSpacedLetters {
			n++
			if !strings.Contains(text, r.Original) {
				t.Errorf("repair original %q is not a line of the text", r.Original)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d spaced_letters repairs, want 2", n)
	}
}

// TestJoinSpacedKeepsLetters checks over every corpus line that a join
// only takes spaces out.
func TestJoinSpacedKeepsLetters(t *testing.T) {
	names, _ := filepath.Glob("../testdata/corpus*/*.txt")
	joined := 0
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			in := collapse(strings.TrimSpace(line))
			got, ok := joinSpaced(in)
			if !ok {
				continue
			}
			joined++
			if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(in, " ", "") {
				t.Errorf("%s: joinSpaced(%q) = %q changed more than spaces", name, in, got)
			}
		}
	}
	t.Logf("%d lines joined over %d texts", joined, len(names))
}

// TestParseGluedWords reads a text layer that runs words together after
// letters with marks: its obligations read as the words printed apart
// would, each changed line keeps its printed form in a repair, and the
// same text printed with its spaces has no such repair.
func TestParseGluedWords(t *testing.T) {
	spaced := "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố: 12-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 11 năm 2025\n\nKẾ HOẠCH\nkiểm điểm, đánh giá chất lượng tổ chức đảng năm 2025\n\n" +
		"1. Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2025.\n" +
		"2. Các chi bộ thôn tổ chức kiểm điểm, gửi hồ sơ về Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 10/12/2025.\n" +
		"3. Đề nghị các tổ chức cơ sở Đảng căn cứ Kế hoạch này để thực hiện.\n\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n"
	glued := strings.NewReplacer("chủ trì", "chủtrì", "quả, báo", "quả, báo", "về Đảng", "vềĐảng", "sở Đảng", "sởĐảng",
		"hồ sơ", "hồsơ", "Kế hoạch này", "Kếhoạch này", "Đề nghị", "Đềnghị", "Thường vụ Đảng", "Thường vụĐảng", "chi bộ thôn", "chi bộthôn").Replace(spaced)
	want, err := Parse(spaced)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(glued)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Obligations) != len(want.Obligations) || len(want.Obligations) != 3 {
		t.Fatalf("%d obligations, %d from the text with its spaces (want 3)", len(got.Obligations), len(want.Obligations))
	}
	for i := range want.Obligations {
		g, w := got.Obligations[i], want.Obligations[i]
		if g.Text != w.Text || strings.Join(g.Addressees, ";") != strings.Join(w.Addressees, ";") || g.Lead != w.Lead || strings.Join(g.Support, ";") != strings.Join(w.Support, ";") {
			t.Errorf("obligation %d: %q %v lead %q support %v; want %q %v lead %q support %v", i, g.Text, g.Addressees, g.Lead, g.Support, w.Text, w.Addressees, w.Lead, w.Support)
		}
	}
	n := 0
	for _, r := range got.Repairs {
		if r.Code == directive.RepairGluedWords {
			n++
			if !strings.Contains(glued, r.Original) {
				t.Errorf("repair original %q is not a line of the text", r.Original)
			}
		}
	}
	if n == 0 {
		t.Error("no glued_words repair")
	}
	if want.HasRepair(directive.RepairGluedWords) {
		t.Error("the text with its spaces has a glued_words repair")
	}
}
