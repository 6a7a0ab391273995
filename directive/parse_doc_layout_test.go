package directive_test

import (
	"testing"

	"github.com/chidao/chidao/directive"
)

// Header layouts seen in copies from PDFs and web pages.
func TestParseHeaderLayouts(t *testing.T) {
	tests := []struct {
		name, text                    string
		issuer, symbol, date, subject string
		typ                           directive.Kind
		recipients, sections          int
		truncated                     bool
	}{
		{
			name:   "left column then right column",
			text:   "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH ĐẮK LẮK\nSố: 1520/SGDĐT-VP\nV/v hướng dẫn tổ chức\nkhai giảng năm học mới\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 25 tháng 8 năm 2023\nKính gửi: Các trường trung học phổ thông.\n1. Thời gian\n- Khai giảng ngày 05/9/2023.\n",
			issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK", symbol: "1520/SGDĐT-VP", date: "2023-08-25",
			subject: "hướng dẫn tổ chức khai giảng năm học mới", typ: directive.KindOfficialLetter, recipients: 1, sections: 1, truncated: true,
		},
		{
			name:   "cut mid-body, old tone placement, spaces in symbol",
			text:   "UỶ BAN NHÂN DÂN\nHUYỆN GIA LÂM\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 88 / KH - UBND\nGia Lâm, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số\nnăm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả quản lý nhà",
			issuer: "UỶ BAN NHÂN DÂN HUYỆN GIA LÂM", symbol: "88/KH-UBND", date: "2024-03-10",
			subject: "Triển khai công tác chuyển đổi số năm 2024", typ: directive.KindPlan, sections: 2, truncated: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := directive.Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.Issuer != tt.issuer || d.Symbol.String() != tt.symbol || d.Date.String() != tt.date || d.Subject != tt.subject || d.Type != tt.typ {
				t.Errorf("got issuer %q symbol %q date %q subject %q type %v", d.Issuer, d.Symbol, d.Date, d.Subject, d.Type)
			}
			if len(d.Recipients) != tt.recipients || len(d.Sections) != tt.sections {
				t.Errorf("got %d recipients, %d sections; want %d, %d", len(d.Recipients), len(d.Sections), tt.recipients, tt.sections)
			}
			if d.HasRepair(directive.RepairTruncated) != tt.truncated {
				t.Errorf("truncated repair = %v, want %v (%v)", !tt.truncated, tt.truncated, d.Repairs)
			}
		})
	}
}
