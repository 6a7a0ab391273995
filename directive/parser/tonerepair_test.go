package parser

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"pgregory.net/rapid"
)

func TestRestoreTones(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Giao Bô Công an chu tri, phôi hơp vơi Bộ Y tế", "Giao Bộ Công an chủ trì, phối hợp với Bộ Y tế"},
		{"ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH"},
		{"UY BAN NHÂN DÂN tỉnh", "ỦY BAN NHÂN DÂN tỉnh"},
		{"báo cáo trươc ngày 15/12", "báo cáo trước ngày 15/12"},
		{"Yêu cầu cac sở, ban, ngành", "Yêu cầu các sở, ban, ngành"},
		{"Chủ trì, phối hợp", "Chủ trì, phối hợp"}, // nothing lost: unchanged
		{"bán hàng hóa", "bán hàng hóa"},           // a different tone is no lost one
		{"chu  tri", "chủ  trì"},                   // the spaces as printed
		{"chu, tri", "chu, tri"},                   // a phrase is not cut by punctuation
		{"Sở Tài chinh", "Sở Tài chính"},
	} {
		got, changed := restoreTones(c.in)
		if got != c.want || changed != (c.in != c.want) {
			t.Errorf("restoreTones(%q) = %q, %v; want %q", c.in, got, changed, c.want)
		}
	}
}

func TestLostMarks(t *testing.T) {
	for _, c := range []struct {
		w, p string
		want bool
	}{
		{"chu", "chủ", true}, {"phôi", "phối", true}, {"đuoc", "được", true}, {"duoc", "được", true},
		{"chủ", "chủ", true}, {"chú", "chủ", false}, {"cho", "chủ", false}, {"chuu", "chủ", false}, {"ch", "chủ", false},
	} {
		if got := lostMarks(c.w, c.p); got != c.want {
			t.Errorf("lostMarks(%q, %q) = %v", c.w, c.p, got)
		}
	}
}

func TestToneDamaged(t *testing.T) {
	clean := strings.Repeat("Ủy ban nhân dân tỉnh giao các Sở chủ trì, phối hợp thực hiện việc của người dân được hỗ trợ. ", 20)
	if d, u := toneDamaged(clean); d || u {
		t.Errorf("a clean text read as damaged %v, unmarked %v", d, u)
	}
	damaged := strings.Repeat("Ủy ban nhân dân tỉnh giao cac Sở chủ trì, phối hợp thực hiện viêc của ngươi dân được hỗ trợ. ", 20)
	if d, u := toneDamaged(damaged); !d || u {
		t.Errorf("a text that lost marks read as damaged %v, unmarked %v", d, u)
	}
	bare := strings.Repeat("Uy ban nhan dan tinh giao cac So chu tri, phoi hop thuc hien viec cua nguoi dan duoc ho tro. ", 20)
	if d, u := toneDamaged(bare); d || !u {
		t.Errorf("a text with no marks left is read as it is: damaged %v, unmarked %v", d, u)
	}
}

// A clean text is left as it is, and a known phrase that lost any of its
// marks is written back.
func TestPropertyRestoreTones(t *testing.T) {
	var phrases []string
	for _, ps := range tonePhrases {
		for _, p := range ps {
			phrases = append(phrases, strings.Join(p.words, " "))
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.SampledFrom(phrases).Draw(t, "phrase")
		if got, changed := restoreTones(p); changed || got != p {
			t.Fatalf("restoreTones(%q) = %q, %v on a clean phrase", p, got, changed)
		}
		words := strings.Split(p, " ")
		k := rapid.IntRange(0, len(words)-1).Draw(t, "word")
		words[k] = dropTone(words[k])
		in := strings.Join(words, " ")
		if got, changed := restoreTones(in); got != p || changed != (in != p) {
			t.Fatalf("restoreTones(%q) = %q, %v; want %q", in, got, changed, p)
		}
	})
}

func dropTone(w string) string {
	r := []rune(w)
	for i, c := range r {
		for _, v := range []string{"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"} {
			if strings.ContainsRune(v[1:], c) {
				r[i] = []rune(v)[0]
			}
		}
	}
	return string(r)
}

// The parser reads a known phrase that lost marks, and keeps the line as
// printed in a repair.
func TestParseRestoresTones(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/UBND-VX\nV/v tăng cường công tác phòng chống dịch\nLào Cai, ngày 5 tháng 3 năm 2026\n\nKính gửi: Sở Y tế\n\n" +
		"Ủy ban nhân dân tỉnh yêu cầu Sở Y tế chu tri, phôi hơp vơi cac đơn vị liên quan tổ chức thực hiện, báo cáo kết quả trươc ngày 30/3/2026.\n" +
		"Cac đơn vị được giao nhiệm vụ khẩn trương thực hiện viêc này.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var restored int
	for _, r := range d.Repairs {
		if r.Code == directive.RepairRestoredTones {
			restored++
			if !strings.Contains(text, r.Original) {
				t.Errorf("repair original %q is not a line as printed", r.Original)
			}
		}
		if r.Code == directive.RepairSetAside {
			t.Errorf("set aside: %q", r.Original)
		}
	}
	if restored == 0 {
		t.Fatal("no restored_tones repair")
	}
	if len(d.Obligations) == 0 || d.Obligations[0].Lead != "Sở Y tế" {
		t.Fatalf("obligations %+v, want Sở Y tế leading", d.Obligations)
	}
}
