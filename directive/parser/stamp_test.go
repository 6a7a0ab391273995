package parser_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

const stampedHeader = `UBND TỈNH NGHỆ AN
SỞ TÀI CHÍNH
%STAMP%
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/TTr-STC
Nghệ An, ngày 05 tháng 01 năm 2024
TỜ TRÌNH
Về dự toán ngân sách năm 2024
Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.
Đến nay, Sở Tài chính đã hoàn thành dự toán.
Ngày 08/01/2024 Sở đã họp.
%TAIL%
`

// A scan's received stamp and a PDF's digital signature note read as
// lines anywhere in the text; they are set aside, and nothing of the
// document goes with them.
func TestParseStamps(t *testing.T) {
	for _, c := range []struct {
		name, stamp, tail string
		stamps            []string // originals of the stamp repairs
	}{
		{"none", "", "", nil},
		{"received", "ĐẾN\nSố: 345\nNgày: 08/01/2024\nChuyển: ....", "", []string{"ĐẾN / Số: 345 / Ngày: 08/01/2024 / Chuyển: ...."}},
		{"received one line", "CÔNG VĂN ĐẾN Số: 345", "", []string{"CÔNG VĂN ĐẾN Số: 345"}},
		{"received with hour", "Đến Giờ: 15h30\nNgày 12/3/2024\nLưu hồ sơ số: 12", "", []string{"Đến Giờ: 15h30 / Ngày 12/3/2024 / Lưu hồ sơ số: 12"}},
		{"portal", "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nĐẾN Giờ: 15h30", "", []string{"CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN Giờ: 15h30"}},
		{"signer note", "", "Người ký: Sở Tài chính\nEmail: stc@nghean.gov.vn\nCơ quan: Tỉnh Nghệ An\nThời gian ký: 05.01.2024 15:30:00 +07:00",
			[]string{"Người ký: Sở Tài chính / Email: stc@nghean.gov.vn / Cơ quan: Tỉnh Nghệ An / Thời gian ký: 05.01.2024 15:30:00 +07:00"}},
		{"NFD", "ĐÊ\u0301N\nSô\u0301: 345", "", []string{"ĐẾN / Số: 345"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := strings.NewReplacer("%STAMP%\n", stampOrNothing(c.stamp), "%TAIL%\n", stampOrNothing(c.tail)).Replace(stampedHeader)
			d, _ := parser.Parse(text)
			if d == nil {
				t.Fatal("no document")
			}
			if d.Issuer != "SỞ TÀI CHÍNH" || d.Symbol.String() != "15/TTr-STC" || d.Date.String() != "2024-01-05" ||
				d.Type != directive.KindSubmission || d.Subject != "Về dự toán ngân sách năm 2024" || d.Place != "Nghệ An" {
				t.Errorf("header: issuer %q symbol %q date %v type %v subject %q place %q", d.Issuer, d.Symbol, d.Date, d.Type, d.Subject, d.Place)
			}
			var got []string
			for _, r := range d.Repairs {
				if r.Code == directive.RepairStamp {
					got = append(got, r.Original)
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.stamps, "\n") {
				t.Errorf("stamps %q, want %q", got, c.stamps)
			}
			// the body's own "Đến nay" and "Ngày …" lines stay
			body := strings.Join(d.Preamble, "\n")
			if !strings.Contains(body, "Đến nay") || !strings.Contains(body, "Ngày 08/01/2024 Sở đã họp") {
				t.Errorf("body lost a line: %q", d.Preamble)
			}
		})
	}
}

func stampOrNothing(s string) string {
	if s == "" {
		return ""
	}
	return s + "\n"
}

// A scan that damaged the number and the day past reading: the number
// and the date stay empty and the damaged text is kept as printed in
// "illegible" repairs; the place the line ran on into is read.
func TestParseIllegibleNumberLine(t *testing.T) {
	const text = "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"CỤC HÓA CHẤT Độc lập - Tự do - Hạnh phúc\n" +
		"Số: ÊđŠ /HC-CNHC Hà Nội, ngày sÈŸ tháng 4 năm 2026\n" +
		"V/v trao đổi về một số quy định\n\nKính gửi: Cục Hải quan\n\n" +
		"Cục Hóa chất đề nghị Cục Hải quan có ý kiến trước ngày 30/4/2026.\n"
	d, err := parser.Parse(text)
	if d == nil {
		t.Fatalf("no document: %v", err)
	}
	if err == nil {
		t.Error("no finding for the illegible number and day")
	}
	if d.Number != "" || d.Symbol.IsValid() || !d.Date.IsZero() || d.Place != "Hà Nội" {
		t.Errorf("number %q symbol %v date %v place %q", d.Number, d.Symbol, d.Date, d.Place)
	}
	var kept []string
	for _, r := range d.Repairs {
		if r.Code == directive.RepairIllegible {
			kept = append(kept, r.Original)
		}
		if r.Code == directive.RepairSetAside {
			t.Errorf("set aside: %q", r.Original)
		}
	}
	if want := []string{"ÊđŠ /HC-CNHC", "ngày sÈŸ tháng 4 năm 2026"}; !slices.Equal(kept, want) {
		t.Errorf("illegible %q, want %q", kept, want)
	}
}

// A joint guidance's symbol lists every issuer and wraps at a dash onto
// the next line of its column, one code in Cyrillic look-alikes; its type
// line says the kind of guidance.
func TestParseJointSymbolWrapped(t *testing.T) {
	const text = "BỘ CÔNG AN BỘ QUỐC PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"BỘ Y TẾ BỘ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\n\n" +
		" Số: 24 /HDLN-BCA-BQP-BYT-                          Hà Nội, ngày 25 tháng 6 năm 2026\n" +
		" ВСТ-ВТC-VKSNDTC-TANDTC\n\n" +
		"                                HƯỚNG DẪN LIÊN NGÀNH\n" +
		"                      Về việc xử lý hành vi vi phạm liên quan đến N2O\n\n" +
		"Căn cứ Luật Xử lý vi phạm hành chính năm 2012;\n"
	d, _ := parser.Parse(text)
	if d == nil {
		t.Fatal("no document")
	}
	if d.Symbol.String() != "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC" || d.Type != directive.KindGuidance ||
		d.Subject != "Về việc xử lý hành vi vi phạm liên quan đến N2O" {
		t.Errorf("symbol %q type %v subject %q", d.Symbol, d.Type, d.Subject)
	}
}

// A scan's tail: a speck before "Nới nhận:" (its tone misread) and "~"
// for the entries' dashes.
func TestParseScannedTail(t *testing.T) {
	const text = "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 813/HC-CNHC\nHà Nội, ngày 10 tháng 4 năm 2026\nV/v trao đổi về quy định hóa chất\nKính gửi: Cục Hải quan\n" +
		"Đề nghị Cục Hải quan liên hệ Cục Thương mại điện tử để biết thêm thông tin.\nTrân trọng./.\n" +
		".Nới nhận: KT. CỤC TRƯỞNG\n\n~ Như trên;\n- Cục trưởng (để báo cáo);\n~ Lưu: VT, CNHC.\n"
	d, _ := parser.Parse(text)
	if d == nil {
		t.Fatal("no document")
	}
	if want := []string{"Như trên", "Cục trưởng (để báo cáo)", "Lưu: VT, CNHC"}; !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution %q, want %q", d.Distribution, want)
	}
	if len(d.Signature.Authority) == 0 || d.Signature.Authority[0] != "KT. CỤC TRƯỞNG" {
		t.Errorf("signature %+v", d.Signature)
	}
}
