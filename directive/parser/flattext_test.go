package parser

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"pgregory.net/rapid"
)

// A crawler's page (testdata/docs/crawler-flat.txt, written for this
// test): the whole letter wrapped at 72 columns, markers inside the lines,
// the page title printed again above its second part.
func TestFlatTextDocument(t *testing.T) {
	b, err := os.ReadFile("testdata/docs/crawler-flat.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "SỞ Y TẾ" || d.Symbol.String() != "1502/SYT-NVY" || d.Date.String() != "2024-07-12" || d.Place != "Nam Định" {
		t.Errorf("header: issuer %q symbol %s date %s place %q", d.Issuer, d.Symbol, d.Date, d.Place)
	}
	if want := []string{"Trung tâm Kiểm soát bệnh tật tỉnh", "Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các huyện, thành phố"}; !slices.Equal(d.Recipients, want) {
		t.Errorf("recipients %q, want %q", d.Recipients, want)
	}
	var tree []string
	var walk func([]directive.Node, string)
	walk = func(ns []directive.Node, indent string) {
		for _, n := range ns {
			if n.Marker != "" {
				tree = append(tree, indent+n.Marker)
			}
			walk(n.Children, indent+" ")
		}
	}
	walk(d.Body, "")
	if want := []string{"1", " -", " -", "2", " 2.1", " 2.2", "3", " a", " b"}; !slices.Equal(tree, want) {
		t.Errorf("tree %q, want %q", tree, want)
	}
	if d.Signature.Name != "Trần Văn Hùng" || len(d.Distribution) != 3 {
		t.Errorf("signature %+v, distribution %q", d.Signature, d.Distribution)
	}
	var chrome []int
	for _, r := range d.Repairs {
		switch r.Code {
		case directive.RepairSetAside:
			t.Errorf("line %d set aside: %q", r.Line, r.Original)
		case directive.RepairChrome:
			chrome = append(chrome, r.Line)
		}
	}
	if !d.HasRepair(directive.RepairFlatText) || !slices.Contains(chrome, 17) {
		t.Errorf("repairs %v: want flat_text and the title repeated on line 17 as chrome", d.Repairs)
	}
	byPath := map[string]directive.Obligation{}
	for _, o := range d.Obligations {
		byPath[o.Path] = o
	}
	lead := byPath["body[1].children[0]"]
	if lead.Lead != "Trung tâm Kiểm soát bệnh tật tỉnh" || !slices.Equal(lead.Support, []string{"Trung tâm Y tế các huyện, thành phố"}) {
		t.Errorf("body[1].children[0]: lead %q support %q", lead.Lead, lead.Support)
	}
	if o := byPath["body[1].children[1]"]; o.Due == nil || o.Due.Date.String() != "2024-07-25" || !slices.Equal(o.Addressees, []string{"Trung tâm Kiểm soát bệnh tật tỉnh"}) {
		t.Errorf("body[1].children[1]: %+v", o)
	}
	if o := byPath["body[2].children[1]"]; !slices.Equal(o.Addressees, []string{"Các bệnh viện tuyến tỉnh"}) {
		t.Errorf("body[2].children[1] addressees %q", o.Addressees)
	}
	if o := byPath["body[3].children[1]"]; o.Due == nil || o.Due.Kind != directive.DueRecurring {
		t.Errorf("body[3].children[1] due %+v", o.Due)
	}
}

func TestFlatTextDetection(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"a line per paragraph", "Kính gửi: Sở Y tế\n1. Sở Y tế chủ trì.\n2. Sở Tài chính bố trí kinh phí.\na) Dự toán gồm: 1. Chi thường xuyên; 2. Chi đầu tư.\n", false},
		{"a PDF's Nơi nhận list", "1. Sở Y tế chủ trì.\n2. Sở Nội vụ phối hợp.\nNơi nhận: - Như trên; - Bộ Y tế; - Lưu: VT, NV.\n", false},
		{"one line", "Kính gửi: - Sở Y tế; - Sở Nội vụ. Đề nghị như sau: 1. Sở Y tế chủ trì. 2. Sở Nội vụ phối hợp. - Báo cáo trước ngày 10/5/2024.", true},
		{"wrapped", "như sau: 1. Sở Y tế chủ trì,\ntriển khai. 2. Sở Nội vụ phối hợp. 3. Sở\nTài chính bố trí kinh phí. a) Dự toán.\n", true},
		{"markers cut from their headings by the wrap", "Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Sở Y tế một số nội dung sau: 1.\nĐầu tư cơ sở hạ tầng theo quy định. 2. Chỉ đạo\nSở Y tế thực hiện. 3. Chỉ đạo Bảo hiểm xã hội tỉnh.\n", true},
		{"numbered lines under a sentence", "Tổng hợp như sau: 1.\nnăm 2013.\n", false},
		{"empty", "", false},
		{"a label first", "Nơi nhận:\n- Như trên;\n", false},
		{"the closing run on into the list", "Sở Y tế chủ trì, phối hợp. Đề nghị các đơn vị biết và thực hiện./. Nơi nhận: - Như trên; - Lưu: VT.\n", true},
		// a repository's summary names the list; the document below has its own
		{"a summary's list above the document's", "trich_yeu: \"theo yêu cầu./. Nơi nhận: - Như trên, - Các đồng chí UVTV, - Lưu VPĐU.\"\n# theo yêu cầu./. Nơi nhận: - Như trên, - Lưu VPĐU.\nKính gửi: Đảng uỷ UBND xã.\nGiao Đảng uỷ UBND xã chỉ đạo triển khai./.\nNơi nhận:\n- Như trên,\n- Lưu VPĐU.\n", false},
	} {
		if got := flatText(strings.Split(c.text, "\n")); got != c.want {
			t.Errorf("%s: flatText = %v, want %v", c.name, got, c.want)
		}
	}
}

// The cuts lose no word: the segments and the chrome left out hold the
// input's words in order, and each segment's lines lie inside the input.
func TestPropertyFlatSegmentsKeepWords(t *testing.T) {
	tokens := []string{"Sở", "Y", "tế", "chủ", "trì", "báo", "cáo", "Trung", "tâm", "1.", "2.1.", "a)", "đ)", "-", "+",
		"Điều", "3.", "II.", ".", ":", ";", ",", "Nơi", "nhận:", "./.", "Kính", "gửi:", "TT-", "BYT", "TP.", "Hà", "Nội", "(", ")"}
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 12).Draw(t, "lines")
		raws := make([]string, n)
		for i := range raws {
			ws := rapid.SliceOfN(rapid.SampledFrom(tokens), 0, 14).Draw(t, "words")
			raws[i] = strings.Join(ws, " ")
		}
		if rapid.Bool().Draw(t, "title") && n > 2 {
			raws[0] = "Công văn 15/SYT năm 2024 về phòng, chống dịch bệnh trên địa bàn tỉnh. " + raws[0]
			raws[2] = ""
			if n > 3 {
				raws[3] = "Công văn 15/SYT năm 2024 về phòng, chống dịch bệnh trên địa bàn tỉnh. " + raws[3]
			}
		}
		p := &docParser{d: &directive.Document{}, lineOff: make([]int, n)}
		segs := p.flatSegments(raws, nil)
		// each block's chrome (a repeated title) stands before its segments
		var got []string
		chrome := map[int]string{}
		for _, r := range p.d.Repairs {
			if r.Code == directive.RepairChrome {
				chrome[r.Line] = r.Original
			}
		}
		flush := func(upTo int) {
			for line := 1; line <= upTo; line++ {
				if c, ok := chrome[line]; ok {
					got = append(got, foldWords(c)...)
					delete(chrome, line)
				}
			}
		}
		for _, s := range segs {
			flush(s.no)
			if s.no < 1 || s.last < s.no || s.last > n || strings.TrimSpace(raws[s.no-1]) == "" {
				t.Fatalf("segment %q spans lines %d-%d of %d", s.text, s.no, s.last, n)
			}
			got = append(got, foldWords(s.text)...)
		}
		flush(n) // a block that was chrome only
		want := foldWords(strings.Join(raws, "\n"))
		if !slices.Equal(got, want) {
			t.Fatalf("words\n got %q\nwant %q\nsegments %+v", got, want, segs)
		}
	})
}

func TestFlatCuts(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"như sau: 1. Sở Y tế chủ trì. 2. Sở Nội vụ phối hợp.", "như sau: | 1. Sở Y tế chủ trì. | 2. Sở Nội vụ phối hợp."},
		{"Kính gửi: - Sở Y tế; - Sở Nội vụ. (Sau đây gọi là các sở) Bộ Y tế đề nghị", "Kính gửi: | - Sở Y tế; | - Sở Nội vụ. | (Sau đây gọi là các sở) Bộ Y tế đề nghị"},
		{"2. Thu dung người bệnh. Đề nghị các đơn vị thực hiện. Nếu có khó khăn, báo cáo Bộ.", "2. Thu dung người bệnh. | Đề nghị các đơn vị thực hiện. | Nếu có khó khăn, báo cáo Bộ."},
		{"2. Trưởng Ban Quản lý Thu - Sổ, Thẻ chịu trách nhiệm./. Nơi nhận: - Như trên; - Lưu: VT, TST. TỔNG GIÁM ĐỐC Nguyễn Văn A",
			"2. Trưởng Ban Quản lý Thu - Sổ, Thẻ chịu trách nhiệm./. | Nơi nhận: | - Như trên; | - Lưu: VT, TST. | TỔNG GIÁM ĐỐC Nguyễn Văn A"},
		{"Gửi UBND TP. Hà Nội, TP. Hồ Chí Minh.", "Gửi UBND TP. Hà Nội, TP. Hồ Chí Minh."},
	} {
		cuts := flatCuts(c.text, 0)
		var parts []string
		for k, a := range cuts {
			z := len(c.text)
			if k+1 < len(cuts) {
				z = cuts[k+1]
			}
			parts = append(parts, strings.TrimSpace(c.text[a:z]))
		}
		if got := strings.Join(parts, " | "); got != c.want {
			t.Errorf("flatCuts(%q)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}

func TestSignatureEnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"TM. CHÍNH PHỦ THỦ TƯỚNG Phạm Minh Chính CHƯƠNG TRÌNH HÀNH ĐỘNG", "TM. CHÍNH PHỦ THỦ TƯỚNG Phạm Minh Chính"},
		{"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà Nơi nhận: - Như Điều 3;", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà"},
		{"T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn A PHỤ LỤC", "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn A"},
		{"TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Bình", ""},  // the text ends with it: nothing to cut
		{"TM. ỦY BAN NHÂN DÂN CHỦ TỊCH yêu cầu các sở", ""},   // no name
		{"TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn thực hiện", ""}, // one word is no name
	} {
		e := signatureEnd(c.in, 0)
		got := ""
		if e > 0 {
			got = c.in[:e]
		}
		if got != c.want {
			t.Errorf("signatureEnd(%q) cuts %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAnnexNote(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ) Căn cứ", len("(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)")},
		{"(Kèm theo Quyết định số 5/QĐ-UBND) Điều 1.", len("(Kèm theo Quyết định số 5/QĐ-UBND)")},
		{"(sau đây gọi tắt là Sở) thực hiện", 0},
		{"(Ban hành kèm theo Quyết định số", 0},
	} {
		if got := annexNote(c.in); got != c.want {
			t.Errorf("annexNote(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestFlatCutsOneLine(t *testing.T) {
	text := "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Cụ thể hóa Nghị quyết số 34-NQ/TU. 2. Yêu cầu Phù hợp với Nghị quyết. " +
		"II. NỘI DUNG 1. Tập trung phát triển các khu công nghiệp đã thành lập - Ban Quản lý Khu kinh tế đầu tư hạ tầng. " +
		"(chi tiết Phụ lục 05 đính kèm) V. TỔ CHỨC THỰC HIỆN 1. Sở Tài chính chủ trì."
	var got []string
	cuts := flatCuts(text, 0)
	for k, c := range cuts {
		e := len(text)
		if k+1 < len(cuts) {
			e = cuts[k+1]
		}
		got = append(got, strings.TrimSpace(text[c:e]))
	}
	want := []string{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Cụ thể hóa Nghị quyết số 34-NQ/TU.", "2. Yêu cầu", "Phù hợp với Nghị quyết.",
		"II. NỘI DUNG", "1. Tập trung phát triển các khu công nghiệp đã thành lập", "- Ban Quản lý Khu kinh tế đầu tư hạ tầng. (chi tiết Phụ lục 05 đính kèm)",
		"V. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính chủ trì."}
	if !slices.Equal(got, want) {
		t.Errorf("flatCuts:\n got %q\nwant %q", got, want)
	}
}

func TestTrimTableRules(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"| |---|---| QUY ĐỊNH VỀ TRÌNH TỰ", "QUY ĐỊNH VỀ TRÌNH TỰ"},
		{"Nguyễn Văn A | |", "Nguyễn Văn A"},
		{"- Sở Y tế;", "- Sở Y tế;"}, // an item's dash stays
		{"-- ---", "-- ---"},         // a rule without bars is not this
	} {
		if got := trimTableRules(c.in); got != c.want {
			t.Errorf("trimTableRules(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMayHoldNational is the quick test before the bare search for a
// flattened header: it must pass every way the national header, the
// Party's or the motto's end may be written.
func TestMayHoldNational(t *testing.T) {
	for s, want := range map[string]bool{
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập":        true,
		"Cong hoa xa hoi chu nghia Viet Nam":                true,
		"ĐẢNG CỘNG SẢN VIỆT NAM":                            true,
		"Độc lập - Tự do - Hạnh  phúc":                      true,
		"ĐỘC LẬP - TỰ DO - HẠNH PHÚC":                       true,
		"Các sở, ban, ngành triển khai thực hiện kế hoạch.": false,
	} {
		if got := mayHoldNational(s); got != want {
			t.Errorf("mayHoldNational(%q) = %v, want %v", s, got, want)
		}
	}
}

// A typist's two spaces after a full stop do not hide the marker after
// it: the flat text cuts there as at one space.
func TestFlatTwoSpacesAfterStop(t *testing.T) {
	const one = "BỘ Y TẾ\nSố: 627/BYT-BH\nV/v hướng dẫn thanh toán\nHà Nội, ngày 05 tháng 02 năm 2021\nKính gửi: Sở Y tế các tỉnh, thành phố trực thuộc trung ương.\n" +
		"Bộ Y tế hướng dẫn một số nội dung như sau: 1. Sở Y tế chỉ đạo các cơ sở khám bệnh thực hiện đúng quy định. 2. Bảo hiểm xã hội tỉnh phối hợp kiểm tra việc thanh toán. 3. Các cơ sở khám bệnh báo cáo Sở Y tế trước ngày 15/3/2021. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Bộ Y tế để xem xét, giải quyết./. Nơi nhận: - Như trên; - Lưu: VT, BH.\n"
	base, err := Parse(one)
	if err != nil {
		t.Fatal(err)
	}
	if len(base.Obligations) < 3 {
		t.Fatalf("one space: %d obligations", len(base.Obligations))
	}
	d, err := Parse(strings.ReplaceAll(one, ". ", ".  "))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != len(base.Obligations) || len(d.Body) != len(base.Body) {
		t.Errorf("two spaces: %d obligations, %d nodes; one space: %d, %d", len(d.Obligations), len(d.Body), len(base.Obligations), len(base.Body))
	}
}
