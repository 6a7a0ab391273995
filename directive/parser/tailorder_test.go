package parser_test

import (
	"slices"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// A page's extraction of a PDF that put the header's left column last:
// a viewer's page label glued to the first line, the Nơi nhận list
// without its label (the tail's table cell lost), and the công văn's V/v
// after the body.
func TestTextLayerOutOfOrder(t *testing.T) {
	text := "Trang 1UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"SỞ Y TẾ Độc lập – Tự do – Hạnh phúc\n" +
		"Số: 88/SYT-NV Cà Mau, ngày 3 tháng 5 năm 2024\n" +
		"Kính gửi: Các bệnh viện tuyến tỉnh.\n" +
		"Sở Y tế đề nghị các bệnh viện rà soát, báo cáo Sở Y tế trước ngày 20/5/2024.\n" +
		"Trân trọng./.\n" +
		"- Như trên;\n" +
		"- Lưu: VT, NV.\n" +
		"V/v rà soát trang thiết bị\n" +
		"y tế năm 2024\n" +
		"GIÁM ĐỐC\n" +
		"Trần Văn Bình\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.ParentIssuer != "UBND TỈNH CÀ MAU" || d.Issuer != "SỞ Y TẾ" {
		t.Errorf("issuer %q under %q", d.Issuer, d.ParentIssuer)
	}
	if d.Subject != "rà soát trang thiết bị y tế năm 2024" {
		t.Errorf("subject %q", d.Subject)
	}
	if want := []string{"Như trên", "Lưu: VT, NV"}; !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution %q, want %q", d.Distribution, want)
	}
	if d.Signature.Title != "GIÁM ĐỐC" || d.Signature.Name != "Trần Văn Bình" {
		t.Errorf("signature %+v", d.Signature)
	}
	if len(d.Obligations) != 1 {
		t.Errorf("%d obligations, want 1", len(d.Obligations))
	}
	for _, c := range []directive.RepairCode{directive.RepairChrome, directive.RepairNoLabel, directive.RepairSubjectLate} {
		if !d.HasRepair(c) {
			t.Errorf("no %s repair", c)
		}
	}
	// with its label and its V/v in place, the same letter needs neither
	d2, _ := parser.Parse("UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ Độc lập – Tự do – Hạnh phúc\n" +
		"Số: 88/SYT-NV Cà Mau, ngày 3 tháng 5 năm 2024\nV/v rà soát trang thiết bị y tế năm 2024\n" +
		"Kính gửi: Các bệnh viện tuyến tỉnh.\nSở Y tế đề nghị các bệnh viện rà soát.\nTrân trọng./.\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT, NV.\nGIÁM ĐỐC\nTrần Văn Bình\n")
	if d2 == nil || d2.HasRepair(directive.RepairNoLabel) || d2.HasRepair(directive.RepairSubjectLate) || len(d2.Distribution) != 2 {
		t.Errorf("a letter in order: %+v", d2)
	}
}
