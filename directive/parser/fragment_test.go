package parser_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// A page cut from its header still gives its body, signature and Nơi
// nhận, marked as a fragment.
func TestParseFragment(t *testing.T) {
	const text = `3. Tổ chức thực hiện
a) Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh triển khai Kế hoạch này; báo cáo kết quả trước ngày 15/12/2024.
b) Các sở, ban, ngành; UBND các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./.
Nơi nhận:
- Bộ Nội vụ;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
`
	d, err := parser.Parse(text)
	if err != nil || d == nil {
		t.Fatalf("Parse: %v", err)
	}
	if !d.HasRepair(directive.RepairFragment) {
		t.Errorf("no fragment repair in %v", d.Repairs)
	}
	if d.Signature.Name != "Nguyễn Văn Bình" || d.Signature.Title != "PHÓ CHỦ TỊCH" || len(d.Signature.Authority) != 2 {
		t.Errorf("signature %+v", d.Signature)
	}
	if len(d.Distribution) != 2 || d.Distribution[0] != "Bộ Nội vụ" {
		t.Errorf("distribution %q", d.Distribution)
	}
	var texts []string
	var walk func([]directive.Node)
	walk = func(ns []directive.Node) {
		for _, n := range ns {
			texts = append(texts, n.Heading, n.Text)
			walk(n.Children)
		}
	}
	walk(d.Body)
	all := strings.Join(append(texts, d.Closing), "\n")
	for _, want := range []string{"Tổ chức thực hiện", "Sở Nội vụ chủ trì", "Các sở, ban, ngành", "Trong quá trình thực hiện"} {
		if !strings.Contains(all, want) {
			t.Errorf("body lost %q:\n%s", want, all)
		}
	}
	if len(d.Obligations) == 0 || d.Obligations[0].Lead != "Sở Nội vụ" || d.Obligations[0].Due == nil {
		t.Errorf("obligations %+v", d.Obligations)
	}

	// without its closing part, a text is no document
	_, err = parser.Parse(strings.SplitN(text, "Nơi nhận", 2)[0])
	if !errors.Is(err, parser.ErrNoDocument) {
		t.Errorf("body alone: %v, want ErrNoDocument", err)
	}
}

// "QUỐC GIA" after the type's name says what kind of plan it is: the
// subject is below it. An annex published alone has no number of its
// own, and the decision its note names is not read as its number.
func TestParseTypeQualifier(t *testing.T) {
	const text = `            THỦ TƯỚNG CHÍNH PHỦ             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                       Độc lập - Tự do - Hạnh phúc
                                     KẾ HOẠCH QUỐC GIA
                        Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030,
                                 tầm nhìn đến năm 2050 (cập nhật)
                               (Kèm theo Quyết định số 1422/QĐ-TTg
                        Ngày 19 tháng 11 năm 2024 của Thủ tướng Chính phủ)
     I. MỤC TIÊU
     Giảm thiểu mức độ dễ bị tổn thương trước biến đổi khí hậu.
     II. NHIỆM VỤ, GIẢI PHÁP
     - Triển khai thực hiện quy hoạch tài nguyên nước quốc gia.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != directive.KindPlan || d.Symbol.IsValid() || !d.Date.IsZero() ||
		d.Subject != "Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 (cập nhật)" {
		t.Errorf("type %v symbol %v date %v subject %q", d.Type, d.Symbol, d.Date, d.Subject)
	}
}

// A scan's line that opens with the departments an article names ("Sở:
// Lao động …", cut from "Giám đốc các") is no number line: the text above
// it stays the document, not chrome.
func TestDepartmentsLineIsNoNumber(t *testing.T) {
	const text = "QUYẾT ĐỊNH\n\nVỀ VIỆC THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n" +
		"Căn cứ Luật Ngân sách nhà nước ngày 16/12/2002;\n\nQUYẾT ĐỊNH:\n\n" +
		"Điều 1. Thực hiện chế độ điều dưỡng luân phiên 02 năm một lần.\n\n" +
		"Điều 2. Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các\n\n" +
		"Sở: Lao động Thương binh và Xã hội, Tài chính, Y tế chịu trách\n\nnhiệm thi hành Quyết định này./.\n\n" +
		"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Huy Tưởng\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != directive.KindDecision || !strings.HasPrefix(d.Subject, "VỀ VIỆC THỰC HIỆN") {
		t.Errorf("type %v subject %q", d.Type, d.Subject)
	}
	if d.HasRepair(directive.RepairChrome) {
		t.Errorf("text set aside as chrome: %v", d.Repairs)
	}
	if len(d.Obligations) == 0 {
		t.Errorf("no obligation from the execution article")
	}
}

// An annex whose paragraphs a scan's OCR reflowed, its markers inside the
// lines, is read at its markers; the decision above it, its signature and
// its Nơi nhận are read as they are.
func TestFlatAnnexAfterDecision(t *testing.T) {
	const text = "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/NQ-CP\nHà Nội, ngày 22 tháng 7 năm 2022\nNGHỊ QUYẾT\nBan hành Chương trình hành động\nQUYẾT NGHỊ:\n" +
		"Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\nĐiều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n\n" +
		"Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng\nChính phủ; - Lưu: VT, CN.\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nLê Văn Thành\n\n" +
		"CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 10-NQ/TW\n(Kèm theo Nghị quyết số 88/NQ-CP ngày 22 tháng 7 năm 2022 của Chính phủ) I. MỤC TIÊU Nhằm\n" +
		"triển khai thực hiện đầy đủ Nghị quyết số 10-NQ/TW. II. NHIỆM VỤ, GIẢI PHÁP 1. Nhiệm vụ a) Bộ Tài nguyên và\n" +
		"Môi trường chủ trì hoàn thành hồ sơ đề nghị xây dựng Luật Khoáng sản (sửa đổi) trong tháng 7 năm 2022. b) Bộ\n" +
		"Công Thương chủ trì rà soát quy hoạch khoáng sản làm vật liệu xây dựng trong năm 2023. c) Bộ Tài chính chủ trì\n" +
		"rà soát thuế suất thuế tài nguyên trong năm 2023.\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Signature.Title != "PHÓ THỦ TƯỚNG" || d.Signature.Name != "Lê Văn Thành" || len(d.Distribution) != 3 {
		t.Errorf("signature %q %q, distribution %q", d.Signature.Title, d.Signature.Name, d.Distribution)
	}
	var leads []string
	for _, o := range d.Obligations {
		leads = append(leads, o.Lead)
	}
	if want := []string{"Bộ Tài nguyên và Môi trường", "Bộ Công Thương", "Bộ Tài chính"}; !slices.Equal(leads, want) {
		t.Errorf("leads %q, want %q", leads, want)
	}
}
