package parser_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
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
			d, err := parser.Parse(tt.text)
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

// Header shapes of scanned and re-typed copies: a header flattened onto
// one line, a place cut from its date, titles that repeat the number and
// issuer, a role line above the body's name.
func TestParseNoisyHeaders(t *testing.T) {
	tests := []struct {
		name, text                          string
		parent, issuer, symbol, place, date string
		subject                             string
		recipients                          []string
		repair                              directive.RepairCode
		illegible                           bool // an error for what cannot be read, the document still given
	}{
		{
			name:   "flattened, stray tone marks, glued month, one-line recipients",
			text:   "1. UBND TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc Số : 412 /SYT-NVY Nha Trang, ngày 07 tháng3 năm 2019 V/v tăng cương phong chông dịch ̀ ̀ ́ sởi. Kính gửi: - Các bệnh viện tuyến tỉnh; - Trung tâm Y tế các huyện. ̀ Thời gian qua, số ca mắc sởi tăng nhanh.",
			parent: "UBND TỈNH KHÁNH HÒA", issuer: "SỞ Y TẾ", symbol: "412/SYT-NVY", place: "Nha Trang", date: "2019-03-07",
			subject:    "tăng cương phong chông dịch sởi",
			recipients: []string{"Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các huyện"},
			repair:     directive.RepairFlatHeader,
		},
		{
			name:   "flattened Party header, title body and subject on one line",
			text:   "Xem trước tài liệu\nĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY NAM ĐÀN * Số 15-NQ/HU ĐẢNG CỘNG SẢN VIỆT NAM Nam Đàn, ngày 20 tháng 02 năm 2024 NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN về phát triển du lịch giai đoạn 2024 - 2030 Thực hiện Nghị quyết số 39-NQ/TW, ngày 18/7/2023 của Bộ Chính trị, Ban Chấp hành Đảng bộ huyện quyết nghị:\n",
			parent: "ĐẢNG BỘ TỈNH NGHỆ AN", issuer: "HUYỆN ỦY NAM ĐÀN", symbol: "15-NQ/HU", place: "Nam Đàn", date: "2024-02-20",
			subject: "về phát triển du lịch giai đoạn 2024 - 2030",
			repair:  directive.RepairFlatHeader,
		},
		{
			name:   "legal-database fact rows before a header laid out in cells",
			text:   "Nghị quyết 12/2024/NQ-HĐND về mức chi hỗ trợ\nSố hiệu | 12/2024/NQ-HĐND |\nNgày ban hành | 10/07/2024 |\nLoại văn bản | Nghị quyết |\nCơ quan ban hành | Tỉnh Gia Lai |\nHỘI ĐỒNG NHÂN\nDÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 12/2024/NQ-HĐND |\nGia Lai, ngày 10 tháng 7 năm 2024 |\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC CHI HỖ TRỢ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
			issuer: "HỘI ĐỒNG NHÂN DÂN", symbol: "12/2024/NQ-HĐND", place: "Gia Lai", date: "2024-07-10",
			subject: "QUY ĐỊNH MỨC CHI HỖ TRỢ",
			repair:  directive.RepairChrome,
		},
		{
			name:   "Party letter with its trích yếu under the number, without V/v",
			text:   "TỈNH ỦY NGHỆ AN\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN DÂN VẬN\n*\n   Nghệ An, ngày 02 tháng 3 năm 2022\n\nSố 88 - CV/BDVTU\n\nTriển khai Tháng dân vận\n\n năm 2022\n\n \n\nKính gửi:\n\n- Các huyện ủy, thành ủy, thị ủy,\n\n- Đảng ủy Khối các cơ quan tỉnh.\n\n   Thực hiện Kế hoạch số 12-KH/BDVTW, Ban Dân vận Tỉnh ủy đề nghị như sau:\n",
			parent: "TỈNH ỦY NGHỆ AN", issuer: "BAN DÂN VẬN", symbol: "88-CV/BDVTU", place: "Nghệ An", date: "2022-03-02",
			subject:    "Triển khai Tháng dân vận năm 2022",
			recipients: []string{"Các huyện ủy, thành ủy, thị ủy", "Đảng ủy Khối các cơ quan tỉnh"},
			repair:     directive.RepairSubjectVv,
		},
		{
			name:   "table row cells: a rule left in the issuer cell, V/v in the number cell",
			text:   "| ỦY BAN NHÂN DÂN TỈNH LONG AN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n| Số: 1234/UBND-VX V/v tăng cường công tác phòng chống dịch | Long An, ngày 12 tháng 4 năm 2024 |\nKính gửi: Các sở, ban, ngành tỉnh.\nThực hiện Công văn số 567/BYT-DP ngày 1/4/2024 của Bộ Y tế, UBND tỉnh chỉ đạo như sau:\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH LONG AN", symbol: "1234/UBND-VX", place: "Long An", date: "2024-04-12",
			subject:    "tăng cường công tác phòng chống dịch",
			recipients: []string{"Các sở, ban, ngành tỉnh"},
			repair:     directive.RepairColumns,
		},
		{
			name:   "HTML entities left by a page",
			text:   "UBND TỈNH BẾN TRE&nbsp;&nbsp; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ&nbsp; Độc lập - Tự do - Hạnh phúc\nSố: 45/SYT-NV&nbsp;&nbsp; Bến Tre, ngày 05 tháng 01 năm 2025\nV/v triển khai &quot;Tháng hành động&quot;\nKính gửi: Các bệnh viện.\n",
			parent: "UBND TỈNH BẾN TRE", issuer: "SỞ Y TẾ", symbol: "45/SYT-NV", place: "Bến Tre", date: "2025-01-05",
			subject:    "triển khai \"Tháng hành động\"",
			recipients: []string{"Các bệnh viện"},
			repair:     directive.RepairEntities,
		},
		{
			name:   "place cut before its date, old State title with V/V",
			text:   "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 77/2004/QĐ-UB\n|\nQuảng Trị,\nngày 12 tháng 4 năm 2004\n|\nQUYẾT ĐỊNH\nCỦA ỦY BAN NHÂN DÂN TỈNH V/V PHÊ DUYỆT QUY HOẠCH\nMẠNG LƯỚI CHỢ ĐẾN NĂM 2010\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", symbol: "77/2004/QĐ-UB", place: "Quảng Trị", date: "2004-04-12",
			subject: "PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CHỢ ĐẾN NĂM 2010",
			repair:  directive.RepairWrappedLine,
		},
		{
			name:   "city abbreviation split from the name, title repeating number, date and issuer",
			text:   "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 31-TC/TCT\nTP Hồ Chí\nMinh, ngày 5 tháng 6 năm 1992\nTHÔNG TƯ\nSỐ 31-TC/TCT NGÀY 5-6-1992 CỦA BỘ TÀI CHÍNH HƯỚNG DẪN THI HÀNH\nTHUẾ NHÀ ĐẤT\nThi hành Pháp lệnh thuế nhà, đất ngày 31 tháng 7 năm 1992;\n",
			issuer: "BỘ TÀI CHÍNH", symbol: "31-TC/TCT", place: "TP Hồ Chí Minh", date: "1992-06-05",
			subject: "HƯỚNG DẪN THI HÀNH THUẾ NHÀ ĐẤT",
			repair:  directive.RepairWrappedLine,
		},
		{
			name:   "a scan of the two columns read row by row, the motto wrapped, rules read as letters",
			text:   "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNnn NAM\n\nSố: 3234/BGDĐT-GDCN Độc lập - Tự do - Hạnh phúc\n\nV/v báo cáo tình hình mở Hà Nội, ngày 16 tháng 5 năm 2013\n\nngành đào tạo giáo viên\n\nKính gửi: Sở Giáo dục và Đào tạo các tỉnh\n",
			issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO", symbol: "3234/BGDĐT-GDCN", place: "Hà Nội", date: "2013-05-16",
			subject:    "báo cáo tình hình mở ngành đào tạo giáo viên",
			recipients: []string{"Sở Giáo dục và Đào tạo các tỉnh"},
			repair:     directive.RepairColumns,
		},
		{
			name:   "a scan's blank lines inside a wrapped V/v, the law's name on a line of its own; Ð for Đ",
			text:   "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n_e===e= NAM\n\nSố: 6087/BYT-KCB Độc lập - Tự do - Hạnh phúc\n\nV/v thực hiện cấp chứng chỉ Hà Nội, ngày 27 tháng 9 năm 2013\n\nhành nghề theo quy định của Luật\n\nKhám bệnh, chữa bệnh\n\nKính gửi: Ð/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.\n",
			issuer: "BỘ Y TẾ", symbol: "6087/BYT-KCB", place: "Hà Nội", date: "2013-09-27",
			subject:    "thực hiện cấp chứng chỉ hành nghề theo quy định của Luật Khám bệnh, chữa bệnh",
			recipients: []string{"Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"},
			repair:     directive.RepairFontLetters,
		},
		{
			name:   "a scan's motto broken over three rows, a blank line between; Tesseract's echo of Đ",
			text:   "VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc\nlập - Tự do -\n\nHạnh phúc\n\nSố: 3722/VPCP-CN\nHà Nội, ngày 28 tháng 4 năm 2026\nV/v cơ chế đặc thù theo Quyết định số 5/QĐ\u00d0-TTg\nKính gửi: Bộ Xây dựng\n",
			issuer: "VĂN PHÒNG CHÍNH PHỦ", symbol: "3722/VPCP-CN", place: "Hà Nội", date: "2026-04-28",
			subject:    "cơ chế đặc thù theo Quyết định số 5/QĐ-TTg",
			recipients: []string{"Bộ Xây dựng"},
			repair:     directive.RepairWrappedLine,
		},
		{
			name:   "a scan's motto cut after 'Tự', a rule before the rest",
			text:   "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự\n\n——- do - Hạnh phúc —————-\n\nSố: 22/2013/QĐ-TTg Hà Nội, ngày 26 tháng 04 năm 2013\n\nQUYẾT ĐỊNH\n\nHỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở\n\nCăn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n",
			issuer: "THỦ TƯỚNG CHÍNH PHỦ", symbol: "22/2013/QĐ-TTg", place: "Hà Nội", date: "2013-04-26",
			subject: "HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở",
			repair:  directive.RepairWrappedLine,
		},
		{
			name:   "a scan's date row that lost its year to a row under a blank line",
			text:   "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc\n\nSố: 5129/QĐ-UBND TP. Hồ Chí Minh, ngày 26 tháng 11\n\nnăm 2008\nQUYẾT ĐỊNH\nVỀ NÂNG MỨC TRỢ CẤP ĐỐI VỚI NGƯỜI CÓ CÔNG GIÚP ĐỠ CÁCH MẠNG\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n",
			issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", symbol: "5129/QĐ-UBND", place: "TP. Hồ Chí Minh", date: "2008-11-26",
			subject: "VỀ NÂNG MỨC TRỢ CẤP ĐỐI VỚI NGƯỜI CÓ CÔNG GIÚP ĐỠ CÁCH MẠNG",
			repair:  directive.RepairWrappedLine,
		},
		{
			name:   "a scan of a header laid out as a pipe table: its rule row read with specks, specks after the type",
			text:   "| THỦ TƯỚNG CHÍNH PHỦ ——- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM Độc lập - Tự do - Hạnh phúc ————— |\n\n|—l—]\n\n| Số: 13/CT-TTg | Hà Nội, ngày 02 tháng 5 năm 2024 |\n\nCHỈ THỊ : l :\n\nVỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON\n\nThực hiện cam kết về giảm phát thải ròng bằng “0” vào năm 2050.\n",
			issuer: "THỦ TƯỚNG CHÍNH PHỦ", symbol: "13/CT-TTg", place: "Hà Nội", date: "2024-05-02",
			subject: "VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON",
			repair:  directive.RepairScanSpecks,
		},
		{
			name:   "a scan that set each piece of the header columns a blank line apart: the label from its number, the place from its date, the national header in two",
			text:   "ỦY BAN NHÂN DÂN\n\nTỈNH QUẢNG TRỊ\n\nCỘNG HÒA XÃ\n\nHỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố:\n\n2177/QĐ-UBND\n\nQuảng Trị,\n\nngày 13 tháng 10 năm 2014\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH\n\nCăn cứ Luật Nuôi con nuôi ngày 17 tháng 6 năm 2010;\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", symbol: "2177/QĐ-UBND", place: "Quảng Trị", date: "2014-10-13",
			subject: "BAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH",
			repair:  directive.RepairWrappedLine,
		},
		{
			name:   "a scan's specks between the header's pieces ('[', 'II' read in a rule): set aside, the issuer above them kept",
			text:   "ỦY BAN NHÂN DÂN\n\nTỈNH QUẢNG TRỊ\n\n[\n\nCỘNG HÒA XÃ\n\nHỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nII\n\nSố:\n\n2177/QĐ-UBND\n\n|\n\nQuảng Trị,\n\nngày 13 tháng 10 năm 2014\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH\n\nCăn cứ Luật Nuôi con nuôi ngày 17 tháng 6 năm 2010;\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", symbol: "2177/QĐ-UBND", place: "Quảng Trị", date: "2014-10-13",
			subject: "BAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH",
			repair:  directive.RepairSetAside,
		},
		{
			name:   "a scan's speck after an issuer's word ('DÂN :'), a word of the subject cut to a line of its own above a blank line",
			text:   "ỦY BAN NHÂN\n\nDÂN :\n\nTỈNH QUẢNG TRỊ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 2177/QĐ-UBND\n\nQuảng Trị, ngày 13 tháng 10 năm 2014\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH VỀ GIẢI QUYẾT VIỆC\nNUÔI\n\nCON NUÔI CÓ YẾU TỐ NƯỚC NGOÀI TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nCăn cứ Luật Nuôi con nuôi ngày 17 tháng 6 năm 2010;\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", symbol: "2177/QĐ-UBND", place: "Quảng Trị", date: "2014-10-13",
			subject: "BAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH VỀ GIẢI QUYẾT VIỆC NUÔI CON NUÔI CÓ YẾU TỐ NƯỚC NGOÀI TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ",
			repair:  directive.RepairScanSpecks,
		},
		{
			name:   "a scan's V/v cut by the date row, a rule of stars read with a speck",
			text:   "VĂN PHÒNG CHÍNH PHỦ\n\n**k**%\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 7540/VPCP-VX\n\nV/v Tổ chức Hội nghị ngành Lao\n\nHà Nội, ngày 28 tháng 12 năm 2007\n\nđộng-Thương binh và Xã hội\n\nKính gửi: Bộ Lao động - Thương binh và Xã hội\n\nXét đề nghị của Bộ, Thủ tướng Chính phủ có ý kiến như sau:\n",
			issuer: "VĂN PHÒNG CHÍNH PHỦ", symbol: "7540/VPCP-VX", place: "Hà Nội", date: "2007-12-28",
			subject:    "Tổ chức Hội nghị ngành Lao động-Thương binh và Xã hội",
			recipients: []string{"Bộ Lao động - Thương binh và Xã hội"},
		},
		{
			name:   "a scan's V/v whose last word went under a blank line, above Kính gửi",
			text:   "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3234/BGDĐT-GDCN\nHà Nội, ngày 16 tháng 5 năm 2013\n\nV/v báo cáo tình hình mở ngành, đào\n\ntạo và sử dụng giáo viên tiểu học\n\nTCCN\nKính gửi: Sở Giáo dục và Đào tạo các tỉnh\nThực hiện Chỉ thị số 895/CT-BGDĐT, Bộ đề nghị các sở báo cáo.\n",
			issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO", symbol: "3234/BGDĐT-GDCN", place: "Hà Nội", date: "2013-05-16",
			subject:    "báo cáo tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học TCCN",
			recipients: []string{"Sở Giáo dục và Đào tạo các tỉnh"},
		},
		{
			name:   "a scan's rule with stray letters under the issuer",
			text:   "BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n_e===e= NAM\nSố: 1666/QĐ-BHXH Độc lập - Tự do - Hạnh phúc\n_—====r Hà Nội, ngày 03 tháng 12 năm 2020\nQUYẾT ĐỊNH\nBAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ\nCăn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008;\n",
			issuer: "BẢO HIỂM XÃ HỘI VIỆT NAM", symbol: "1666/QĐ-BHXH", place: "Hà Nội", date: "2020-12-03",
			subject: "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ",
			repair:  directive.RepairColumns,
		},
		{
			name:   "the motto wrapped in its own column under the issuer",
			text:   "BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1215/QĐ-BNN-TCCB\nHà Nội, ngày 28 tháng 5 năm 2014\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCăn cứ Nghị định số 199/2013/NĐ-CP;\n",
			issuer: "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", symbol: "1215/QĐ-BNN-TCCB", place: "Hà Nội", date: "2014-05-28",
			subject: "Về việc thành lập Tổ công tác",
		},
		{
			name:   "the motto wrapped in its own column after a rule's remnant",
			text:   "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n- - CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 518/QĐ-UBND\nBình Định, ngày 14 tháng 2 năm 2023\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", symbol: "518/QĐ-UBND", place: "Bình Định", date: "2023-02-14",
			subject: "Về việc ban hành Kế hoạch",
		},
		{
			name:   "a scan that read the motto's first line above both columns",
			text:   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\nBỘ TÀI CHÍNH VIỆT NAM Độc lập - Tự do - Hạnh\n——- phúc —————\nSố: 1234/BTC-NSNN Hà Nội, ngày 5 tháng 3 năm 2024\nV/v hướng dẫn lập dự toán\nKính gửi: Ủy ban nhân dân các tỉnh\n",
			issuer: "BỘ TÀI CHÍNH", symbol: "1234/BTC-NSNN", place: "Hà Nội", date: "2024-03-05",
			subject:    "hướng dẫn lập dự toán",
			recipients: []string{"Ủy ban nhân dân các tỉnh"},
		},
		{
			name:   "rows of a scan: the motto's head alone, the issuer's column wrapped beside the tiêu ngữ",
			text:   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\nỦY BAN NHÂN DÂN TỈNH BẮC VIỆT NAM Độc lập - Tự do - Hạnh\n\nNINH ——- phúc —————\n\nSố: 518/QĐ-UBND Bắc Ninh, ngày 23 tháng 02 năm 2023\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", symbol: "518/QĐ-UBND", place: "Bắc Ninh", date: "2023-02-23",
			subject: "Về việc ban hành Kế hoạch",
			repair:  directive.RepairColumns,
		},
		{
			name:   "a scan's V/v broken by blank lines after a verb and before a year; bullets read as a digit and a mark",
			text:   "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 812/UBND-VX\nYên Bái, ngày 5 tháng 3 năm 2024\nV/v triển khai thực hiện\n\nKế hoạch số 21-KH/TU năm\n\n2024\n\nKính gửi:\n\n5Ò - Các Sở, ban, ngành thuộc tỉnh;\n\nÖỒ Công an tỉnh;\n\n° _ Ủy ban nhân dân các huyện.\n\nThực hiện Kế hoạch số 21-KH/TU, Ủy ban nhân dân tỉnh đề nghị:\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", symbol: "812/UBND-VX", place: "Yên Bái", date: "2024-03-05",
			subject:    "triển khai thực hiện Kế hoạch số 21-KH/TU năm 2024",
			recipients: []string{"Các Sở, ban, ngành thuộc tỉnh", "Công an tỉnh", "Ủy ban nhân dân các huyện"},
			repair:     directive.RepairScanBullet,
		},
		{
			name:   "a scan's tiêu ngữ broken after its first word, its V/v read as VWw",
			text:   "VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc\nlập - Tự do - Hạnh phúc\n\nSố: 3722/VPCP-CN VWw cơ chế đặc thù xây dựng công trình khẩn cấp\n\nHà Nội, ngày 28 tháng 4 năm 2026\n\nKính gửi: Ủy ban nhân dân tỉnh Đồng Nai.\n",
			issuer: "VĂN PHÒNG CHÍNH PHỦ", symbol: "3722/VPCP-CN", place: "Hà Nội", date: "2026-04-28",
			subject:    "cơ chế đặc thù xây dựng công trình khẩn cấp",
			recipients: []string{"Ủy ban nhân dân tỉnh Đồng Nai"},
			repair:     directive.RepairWrappedLine,
		},
		{
			name:   "the tiêu ngữ's end, the rule under it and the number on one line",
			text:   "BỘ XÂY DỰNG ——- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -\nTự do - Hạnh phúc ————— Số: 836/QĐ-BXD\nHà Nội, ngày 14 tháng 10 năm 2019\n\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH\n\nBỘ TRƯỞNG BỘ XÂY DỰNG\n\nCăn cứ Luật Quy hoạch;\n",
			issuer: "BỘ XÂY DỰNG", symbol: "836/QĐ-BXD", place: "Hà Nội", date: "2019-10-14",
			subject: "PHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH",
			repair:  directive.RepairWrappedLine,
		},
		{
			name:   "rows of a scan: the motto's head alone, its end after a rule's marks, the issuer's four words beside the tiêu ngữ's end",
			text:   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\n„ - - „ VIỆT NAM Độc lập - Tự do - Hạnh\nTHỦ TƯỚNG CHÍNH PHỦ ——- phúc —————\nSố: 13/CT-TTg Hà Nội, ngày 02 tháng 5 năm 2024\n\nCHỈ THỊ\nVề tăng cường công tác quản lý tín chỉ các-bon\n\nThực hiện cam kết tại Hội nghị COP26, Việt Nam đã cập nhật Đóng góp do quốc gia tự quyết định.\n",
			issuer: "THỦ TƯỚNG CHÍNH PHỦ", symbol: "13/CT-TTg", place: "Hà Nội", date: "2024-05-02",
			subject: "Về tăng cường công tác quản lý tín chỉ các-bon",
			repair:  directive.RepairColumns,
		},
		{
			name:   "the issuer beside a motto whose last words make the next line",
			text:   "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nSố: 2200/QĐ-BNNMT Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 6 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\nCăn cứ Nghị định số 35/2025/NĐ-CP;\n",
			issuer: "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", symbol: "2200/QĐ-BNNMT", place: "Hà Nội", date: "2026-06-10",
			subject: "Về việc công bố thủ tục hành chính",
			repair:  directive.RepairColumns,
		},
		{
			name:   "a legacy font's ƣ for ư",
			text:   "BỘ CÔNG THƢƠNG\nCỤC HÓA CHẤT\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1178/HC-CNHC\nHà Nội, ngày 10 tháng 7 năm 2025\nV/v hƣớng dẫn về cụm công nghiệp\nKính gửi: Sở Công Thƣơng tỉnh Lào Cai\n",
			parent: "BỘ CÔNG THƯƠNG", issuer: "CỤC HÓA CHẤT", symbol: "1178/HC-CNHC", place: "Hà Nội", date: "2025-07-10",
			subject:    "hướng dẫn về cụm công nghiệp",
			recipients: []string{"Sở Công Thương tỉnh Lào Cai"},
			repair:     directive.RepairFontLetters,
		},
		{
			name:   "the Chairman's issuer broken inside ỦY BAN",
			text:   "**CHỦ TỊCH ỦY\nBAN NHÂN DÂN**\nTỈNH ĐỒNG THÁP\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 144/2025/QĐ-CTUBND\nĐồng Tháp, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy chế sử dụng chữ ký số\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n",
			issuer: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", symbol: "144/2025/QĐ-CTUBND", place: "Đồng Tháp", date: "2025-11-20",
			subject: "Ban hành Quy chế sử dụng chữ ký số",
		},
		{
			name:   "role line above a joint body, \"Căn cứ\" cut from its line",
			text:   "THƯỜNG TRỰC\nHĐND - UBND TỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 03/QC-HĐND-UBND\nLai Châu, ngày 02 tháng 8 năm 2021\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC NHIỆM KỲ 2021 - 2026\nCăn cứ\nLuật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
			issuer: "THƯỜNG TRỰC HĐND - UBND TỈNH LAI CHÂU", symbol: "03/QC-HĐND-UBND", place: "Lai Châu", date: "2021-08-02",
			subject: "PHỐI HỢP CÔNG TÁC NHIỆM KỲ 2021 - 2026",
		},
		{
			name:   "Party subject naming the Party",
			text:   "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-HD/VPTW\nHà Nội, ngày 10 tháng 3 năm 2025\nHƯỚNG DẪN\n\nCập nhật tin bài trên Báo điện tử Đảng Cộng sản Việt Nam\n\n- Căn cứ Điều lệ Đảng;\n",
			issuer: "BAN CHẤP HÀNH TRUNG ƯƠNG", symbol: "12-HD/VPTW", place: "Hà Nội", date: "2025-03-10",
			subject: "Cập nhật tin bài trên Báo điện tử Đảng Cộng sản Việt Nam",
		},
		{
			name:   "a scan's ad hoc body named after the decision, its marks lost",
			text:   "SỞ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA Độc lập - Tự do - Hạnh Phúc\nTHEO QUYET ĐỊNH\nSỐ 1050/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026\nSố: 1105/KH-ĐKT\nKẾ HOẠCH\nKiểm tra việc sử dụng vật liệu nổ công nghiệp\n\nThực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\n",
			parent: "SỞ CÔNG THƯƠNG", issuer: "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT", symbol: "1105/KH-ĐKT", place: "Lào Cai", date: "2026-03-10",
			subject: "Kiểm tra việc sử dụng vật liệu nổ công nghiệp",
		},
		{
			name:   "a scan's misread letter in the issuer, the place and an illegible day on the number line",
			text:   "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CYC THUE Độc lập - Tự do - Hanh phúc\nSố: 4046 /TCT-TTKT Hà Nội, ngàyA2 thang 3 năm 2020\n\nV/v triển khai và tăng cường\ncông tác thanh tra, kiểm tra\n\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\nTổng cục Thuế yêu cầu Cục Thuế các tỉnh triển khai kế hoạch thanh tra.\n",
			parent: "BỘ TÀI CHÍNH", issuer: "TỔNG CỤC THUẾ", symbol: "4046/TCT-TTKT", place: "Hà Nội",
			subject: "triển khai và tăng cường công tác thanh tra, kiểm tra", illegible: true,
		},
		{
			name:   "a scan's space inside the number, its V/v read as letters",
			text:   "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nSố: 3 70 /TCHQ-TXNK Hà Nội, ngày 28 tháng 01 năm 2022\n\nVW thực hiện Nghị định\nsố 15/2022/NĐ-CP\n\nKính gửi: Các Cục Hải quan tỉnh, thành phố.\n\nTổng cục Hải quan yêu cầu các Cục Hải quan thực hiện.\n",
			parent: "BỘ TÀI CHÍNH", issuer: "TỔNG CỤC HẢI QUAN", symbol: "370/TCHQ-TXNK", place: "Hà Nội", date: "2022-01-28",
			subject: "thực hiện Nghị định số 15/2022/NĐ-CP", recipients: []string{"Các Cục Hải quan tỉnh, thành phố"}, repair: directive.RepairSymbolSpace,
		},
		{
			name:   "a received stamp run into the issuer's column above the number",
			text:   "BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THU. cue THUẾ: TỈNH HÒA BÌNH Độc lập - Tự do - Hanh phúc\n\nSố: 480 /TCT-TTr\nV/v tăng cường công tác\nthanh tra, kiểm tra thuế\n\nHà Nội, ngày 17 tháng 10 năm 2016\n\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\nNăm 2016, nền kinh tế nước ta đã được phục hồi.\n",
			issuer: "BỘ TÀI CHÍNH", symbol: "480/TCT-TTr", place: "Hà Nội", date: "2016-10-17",
			subject: "tăng cường công tác thanh tra, kiểm tra thuế", recipients: []string{"Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"}, repair: directive.RepairSetAside,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parser.Parse(tt.text)
			if err != nil && (!tt.illegible || d == nil) {
				t.Fatalf("Parse: %v", err)
			}
			if d.ParentIssuer != tt.parent || d.Issuer != tt.issuer || d.Symbol.String() != tt.symbol || d.Place != tt.place || d.Date.String() != tt.date {
				t.Errorf("got parent %q issuer %q symbol %q place %q date %q", d.ParentIssuer, d.Issuer, d.Symbol, d.Place, d.Date)
			}
			if d.Subject != tt.subject {
				t.Errorf("subject = %q, want %q", d.Subject, tt.subject)
			}
			if tt.recipients != nil && !slices.Equal(d.Recipients, tt.recipients) {
				t.Errorf("recipients = %q, want %q", d.Recipients, tt.recipients)
			}
			if tt.repair != "" && !d.HasRepair(tt.repair) {
				t.Errorf("no %s repair in %v", tt.repair, d.Repairs)
			}
		})
	}
}

// A repost without its header: the lead names the type and the issuer,
// the title line holds the subject, the body is still read.
func TestParseRepost(t *testing.T) {
	tests := []struct {
		name, text string
		typ        directive.Kind
		bloc       directive.Bloc
		subject    string
		cites      []string
	}{
		{
			name:  "Party lead with a number only",
			text:  "Trang chủ > Tin tức\nNgày 12/3, Ban Thường vụ Huyện ủy Lục Yên đã ban hành Chỉ thị số 09 về tăng cường công tác phòng cháy, chữa cháy rừng.\nNội dung Chỉ thị như sau:\nThực hiện Kết luận số 61-KL/TW ngày 17/8/2009 của Ban Bí thư, công tác phòng cháy đã có chuyển biến.\n",
			typ:   directive.KindDirective,
			bloc:  directive.BlocParty,
			cites: []string{"61-KL/TW"},
		},
		{
			name:    "title line then a lead with a Party symbol",
			text:    "Hướng dẫn tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng\n\nBan Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 12-HD/BTGTU về tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng.\nCăn cứ Hướng dẫn số 153-HD/BTGTW ngày 10/12/2024 của Ban Tuyên giáo Trung ương;\n",
			typ:     directive.KindGuidance,
			bloc:    directive.BlocParty,
			subject: "tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng",
			cites:   []string{"153-HD/BTGTW"},
		},
		{
			name:    "title naming the issuer before the subject",
			text:    "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIV về phát triển kinh tế biển\n\nNgày 02-6-2021, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 05-NQ/TU về phát triển kinh tế biển.\nI- Tình hình\nKinh tế biển tăng trưởng khá.\n",
			typ:     directive.KindResolution,
			bloc:    directive.BlocParty,
			subject: "về phát triển kinh tế biển",
		},
		{
			name:  "State lead",
			text:  "Sáng 5/6, UBND tỉnh Lào Cai ban hành Kế hoạch số 210/KH-UBND triển khai Tháng hành động vì môi trường.\nKế hoạch yêu cầu các sở, ngành thực hiện Quyết định số 1563/QĐ-TTg ngày 08/10/2024 của Thủ tướng Chính phủ.\n",
			typ:   directive.KindPlan,
			bloc:  directive.BlocState,
			cites: []string{"1563/QĐ-TTg"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parser.Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.Type != tt.typ || d.Bloc != tt.bloc || d.Subject != tt.subject {
				t.Errorf("got type %v bloc %v subject %q", d.Type, d.Bloc, d.Subject)
			}
			if d.Symbol.IsValid() || !d.Date.IsZero() {
				t.Errorf("a repost has no number or date of its own: got %v, %v", d.Symbol, d.Date)
			}
			if !d.HasRepair(directive.RepairNoHeader) {
				t.Errorf("no %s repair in %v", directive.RepairNoHeader, d.Repairs)
			}
			var got []string
			for _, c := range d.Citations {
				got = append(got, c.Symbol.String())
			}
			if !slices.Equal(got, tt.cites) {
				t.Errorf("citations = %q, want %q", got, tt.cites)
			}
		})
	}
	if _, err := parser.Parse("Trang chủ\nTin tức trong ngày\nThời tiết hôm nay nắng.\n"); !errors.Is(err, parser.ErrNoDocument) {
		t.Errorf("a page with no document: err = %v, want ErrNoDocument", err)
	}
}

// A công điện: the urgency on the type line, the sender's line in
// capitals (words glued by the scan), then "ĐIỆN:" and its addressees.
func TestParseDispatch(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 04/\nCĐ-UBND\nNam Định, ngày 06 tháng 9 năm 2024\nCÔNG ĐIỆN HỎA TỐC\nCHỦ TỊCHỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nĐIỆN:Chủ tịch UBND các huyện, thành phố; - Giám đốc các Sở\nBão số 3 đang tiến vào vịnh Bắc Bộ.\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if d.Type != directive.KindDispatch || d.Urgency != "Hỏa tốc" || d.Subject != "" || d.Symbol.String() != "04/CĐ-UBND" {
		t.Errorf("got type %v urgency %q subject %q symbol %q", d.Type, d.Urgency, d.Subject, d.Symbol)
	}
	if want := []string{"Chủ tịch UBND các huyện, thành phố", "Giám đốc các Sở"}; !slices.Equal(d.Recipients, want) {
		t.Errorf("recipients = %q, want %q", d.Recipients, want)
	}
}

// A copy that lost its header block still tells State from Party: by the
// authority line, the subject, or the host decision of an annex.
func TestParseBlocWithoutIssuer(t *testing.T) {
	tests := []struct {
		name, text string
		typ        directive.Kind
		bloc       directive.Bloc
	}{
		{"authority line", "QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n",
			directive.KindDecision, directive.BlocState},
		{"Party annex", "QUY CHẾ\nLÀM VIỆC CỦA BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG\n(Ban hành kèm theo Quyết định số 12-QĐ/TU ngày 05/01/2021 của Ban Thường vụ Tỉnh ủy)\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n",
			directive.KindRules, directive.BlocParty},
		{"Party congress", "NGHỊ QUYẾT\n\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN TIÊN DU LẦN THỨ XXV\n\nĐại hội quyết nghị:\n1. Thông qua Báo cáo chính trị.\n",
			directive.KindResolution, directive.BlocParty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parser.Parse(tt.text)
			if d == nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.Type != tt.typ || d.Bloc != tt.bloc {
				t.Errorf("got type %v bloc %v, want %v %v (err %v)", d.Type, d.Bloc, tt.typ, tt.bloc, err)
			}
		})
	}
}

// Documents converted from .docx by pandoc: the header and the tail laid
// out in a multiline, grid, simple or pipe table, with bold and italic
// marks, escapes, hard breaks ("\" at a line's end) and the "\-\-\-"
// rules under the issuer. Markup is a rendering, never content.
func TestParsePandocLayouts(t *testing.T) {
	type want struct {
		issuer, symbol, place, date, subject string
		typ                                  directive.Kind
		authority                            []string
		title, name                          string
		distribution, cites                  []string
		sections                             int
	}
	thanhOai := want{
		issuer: "ỦY BAN NHÂN DÂN HUYỆN THANH OAI", symbol: "215/TB-UBND", place: "Thanh Oai", date: "2025-03-14",
		subject: "Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Bình Minh", typ: directive.KindNotice,
		authority: []string{"TL. CHỦ TỊCH"}, title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Thị Mai",
		distribution: []string{"UBND xã Bình Minh", "Phòng TC-KH", "Lưu: VT"}, sections: 2,
	}
	haNam := want{
		issuer: "SỞ Y TẾ TỈNH HÀ NAM", symbol: "88/SYT-NVY", place: "Hà Nam", date: "2024-06-05",
		subject: "tăng cường phòng chống sốt xuất huyết", typ: directive.KindOfficialLetter,
		authority: []string{"KT. GIÁM ĐỐC"}, title: "PHÓ GIÁM ĐỐC", name: "Trần Văn Hòa",
		distribution: []string{"Như trên", "Lưu: VT, NVY"}, cites: []string{"2961/BYT-DP"}, sections: 2,
	}
	tests := []struct {
		name, text string
		want       want
	}{
		{
			name: "multiline table (docx written by pandoc)",
			text: `  ----------------------------------- -----------------------------------
  **ỦY BAN NHÂN DÂN**\                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  **HUYỆN THANH OAI**\                NAM**\
  \-\-\-\-\-\--                       **Độc lập - Tự do - Hạnh phúc**\
                                      \-\-\-\-\-\-\-\-\-\-\-\-\-\--

  Số: 215/TB-UBND                     *Thanh Oai, ngày 14 tháng 3 năm
                                      2025*
  ----------------------------------- -----------------------------------

**THÔNG BÁO**

**Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Bình Minh**

Ngày 10/3/2025, Chủ tịch UBND huyện đã làm việc với UBND xã Bình Minh về
công tác giải phóng mặt bằng.

1\. Giao UBND xã Bình Minh hoàn thành việc kiểm đếm trước ngày
30/3/2025.

2\. Phòng Tài chính - Kế hoạch phối hợp thẩm định phương án bồi thường.

Văn phòng HĐND và UBND huyện thông báo để các đơn vị biết, thực hiện./.

  ----------------------------------- -----------------------------------
  ***Nơi nhận:***\                    **TL. CHỦ TỊCH**\
  - UBND xã Bình Minh;\               **CHÁNH VĂN PHÒNG**\
  - Phòng TC-KH;\                     \
  - Lưu: VT.                          \
                                      **Nguyễn Thị Mai**

  ----------------------------------- -----------------------------------
`,
			want: thanhOai,
		},
		{
			name: "grid table, three authority lines",
			text: `+-----------------------------------+-----------------------------------+
| **ỦY BAN NHÂN DÂN**\              | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |
| **TỈNH NINH BÌNH**\               | NAM**\                            |
| \-\-\-\-\-\--                     | **Độc lập - Tự do - Hạnh phúc**\  |
|                                   | \-\-\-\-\-\-\-\-\-\-\-\-\-\--     |
+-----------------------------------+-----------------------------------+
| Số: 1027/QĐ-UBND                  | *Ninh Bình, ngày 09 tháng 10 năm  |
|                                   | 2024*                             |
+-----------------------------------+-----------------------------------+

**QUYẾT ĐỊNH**

**Về việc công bố danh mục thủ tục hành chính lĩnh vực Tư pháp**

**ỦY BAN NHÂN DÂN TỈNH NINH BÌNH**

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm
soát thủ tục hành chính;

Xét đề nghị của Giám đốc Sở Tư pháp,

**QUYẾT ĐỊNH:**

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi
hành Quyết định này./.

+-----------------------------------+-----------------------------------+
| ***Nơi nhận:***\                  | **TM. ỦY BAN NHÂN DÂN**\          |
| - Như Điều 2;\                    | **KT. CHỦ TỊCH**\                 |
| - Cục Kiểm soát TTHC (VPCP);\     | **PHÓ CHỦ TỊCH**\                 |
| - Lưu: VT, NC.                    | \                                 |
|                                   | \                                 |
|                                   | **Tống Quang Thìn**               |
+-----------------------------------+-----------------------------------+
`,
			want: want{
				issuer: "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", symbol: "1027/QĐ-UBND", place: "Ninh Bình", date: "2024-10-09",
				subject: "Về việc công bố danh mục thủ tục hành chính lĩnh vực Tư pháp", typ: directive.KindDecision,
				authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, title: "PHÓ CHỦ TỊCH", name: "Tống Quang Thìn",
				distribution: []string{"Như Điều 2", "Cục Kiểm soát TTHC (VPCP)", "Lưu: VT, NC"}, cites: []string{"63/2010/NĐ-CP"}, sections: 2,
			},
		},
		{
			name: "simple table with its first row as header, V/v under the number",
			text: `  **SỞ Y TẾ TỈNH HÀ NAM**                     **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
  ------------------------------------------- ----------------------------------------
  \-\-\-\-\-\--                               **Độc lập - Tự do - Hạnh phúc**
  Số: 88/SYT-NVY                              *Hà Nam, ngày 05 tháng 6 năm 2024*
  V/v tăng cường phòng chống sốt xuất huyết   

Kính gửi: Các bệnh viện, trung tâm y tế trực thuộc.

Thực hiện Công văn số 2961/BYT-DP ngày 27/5/2024 của Bộ Y tế, Sở Y tế đề
nghị các đơn vị:

1\. Tổ chức giám sát ca bệnh tại cơ sở.

2\. Báo cáo kết quả về Sở Y tế trước ngày 30/6/2024./.

  ***Nơi nhận:***    **KT. GIÁM ĐỐC**
  ------------------ ------------------
  \- Như trên;       **PHÓ GIÁM ĐỐC**
  \- Lưu: VT, NVY.   **Trần Văn Hòa**
`,
			want: haNam,
		},
		{
			name: "pipe table, line breaks as <br>",
			text: `| **SỞ Y TẾ TỈNH HÀ NAM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 88/SYT-NVY<br>V/v tăng cường phòng chống sốt xuất huyết | *Hà Nam, ngày 05 tháng 6 năm 2024* |

Kính gửi: Các bệnh viện, trung tâm y tế trực thuộc.

Thực hiện Công văn số 2961/BYT-DP ngày 27/5/2024 của Bộ Y tế, Sở Y tế đề
nghị các đơn vị:

1\. Tổ chức giám sát ca bệnh tại cơ sở.

2\. Báo cáo kết quả về Sở Y tế trước ngày 30/6/2024./.

| ***Nơi nhận:***<br>\- Như trên;<br>\- Lưu: VT, NVY. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Trần Văn Hòa** |
|---|---|
`,
			want: haNam,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parser.Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			w := tt.want
			if d.Issuer != w.issuer || d.Symbol.String() != w.symbol || d.Place != w.place || d.Date.String() != w.date || d.Subject != w.subject || d.Type != w.typ {
				t.Errorf("got issuer %q symbol %q place %q date %q subject %q type %v", d.Issuer, d.Symbol, d.Place, d.Date, d.Subject, d.Type)
			}
			if want := []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}; !slices.Equal(d.NationalHeader, want) {
				t.Errorf("national header = %q, want %q", d.NationalHeader, want)
			}
			s := d.Signature
			if !slices.Equal(s.Authority, w.authority) || s.Title != w.title || s.Name != w.name {
				t.Errorf("signature = %q / %q / %q, want %q / %q / %q", s.Authority, s.Title, s.Name, w.authority, w.title, w.name)
			}
			if !slices.Equal(d.Distribution, w.distribution) {
				t.Errorf("distribution = %q, want %q", d.Distribution, w.distribution)
			}
			var cites []string
			for _, c := range d.Citations {
				cites = append(cites, c.Symbol.String())
			}
			if !slices.Equal(cites, w.cites) {
				t.Errorf("citations = %q, want %q (the document's own number is none)", cites, w.cites)
			}
			if len(d.Sections) != w.sections {
				t.Errorf("%d sections, want %d: %+v", len(d.Sections), w.sections, d.Sections)
			}
			fields := slices.Concat([]string{d.ParentIssuer, d.Issuer, d.Place, d.Subject, d.Closing, s.Title, s.Name},
				d.NationalHeader, d.Recipients, s.Authority, d.Distribution, d.Preamble)
			for _, f := range fields {
				if strings.ContainsAny(f, `\*|`) || strings.Contains(f, "--") {
					t.Errorf("markup left in a field: %q", f)
				}
			}
			if !d.HasRepair(directive.RepairColumns) || !d.HasRepair(directive.RepairMarkdown) {
				t.Errorf("want columns and markdown repairs, got %v", d.Repairs)
			}
		})
	}
}

// Forms issued with the number and the day left blank for the clerk: the
// number and date read as empty, everything else as usual, a form_blank
// repair per blank and the unfilled-form warning from Check.
func TestParseBlankForms(t *testing.T) {
	tests := []struct {
		name, text             string
		issuer, place, subject string
		typ                    directive.Kind
		bloc                   directive.Bloc
		blankNumber, blankDate bool
	}{
		{
			name:   "State notice, header on its own lines",
			text:   "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:      /TB-UBND\nHà Nội, ngày    tháng    năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND Thành phố tại cuộc họp về công tác phòng cháy, chữa cháy\n\nNgày 12/01/2026, Chủ tịch UBND Thành phố chủ trì cuộc họp.\n1. Giao Công an Thành phố chủ trì kiểm tra các cơ sở có nguy cơ cháy nổ cao.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An\n",
			issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", place: "Hà Nội", subject: "Kết luận của Chủ tịch UBND Thành phố tại cuộc họp về công tác phòng cháy, chữa cháy",
			typ: directive.KindNotice, bloc: directive.BlocState, blankNumber: true, blankDate: true,
		},
		{
			name:   "Party notice, dotted blanks",
			text:   "TỈNH ỦY NGHỆ AN\n*\nSố      -TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày ... tháng ... năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ\n\nBan Thường vụ Tỉnh ủy kết luận như sau:\n1. Giao Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện.\n",
			issuer: "TỈNH ỦY NGHỆ AN", place: "Nghệ An", subject: "kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ",
			typ: directive.KindNotice, bloc: directive.BlocParty, blankNumber: true, blankDate: true,
		},
		{
			name:   "both columns on one line",
			text:   "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                                        Độc lập - Tự do - Hạnh phúc\nSố:      /KH-UBND                       Quảng Nam, ngày      tháng     năm 2026\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả quản lý.\n",
			issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", place: "Quảng Nam", subject: "Triển khai chuyển đổi số năm 2026",
			typ: directive.KindPlan, bloc: directive.BlocState, blankNumber: true, blankDate: true,
		},
		{
			name: "pandoc table, numbered but not dated",
			text: `  ----------------------------------- -----------------------------------
  **ỦY BAN NHÂN DÂN**\                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  **HUYỆN THANH OAI**\                NAM**\
  \-\-\-\-\-\--                       **Độc lập - Tự do - Hạnh phúc**\

  Số: 215/TB-UBND                     *Thanh Oai, ngày ..... tháng .....
                                      năm 2025*
  ----------------------------------- -----------------------------------

**THÔNG BÁO**

**Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Bình Minh**

1\. Giao UBND xã Bình Minh hoàn thành việc kiểm đếm.
`,
			issuer: "ỦY BAN NHÂN DÂN HUYỆN THANH OAI", place: "Thanh Oai", subject: "Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Bình Minh",
			typ: directive.KindNotice, bloc: directive.BlocState, blankDate: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parser.Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.Issuer != tt.issuer || d.Place != tt.place || d.Subject != tt.subject || d.Type != tt.typ || d.Bloc != tt.bloc {
				t.Errorf("got issuer %q place %q subject %q type %v bloc %v", d.Issuer, d.Place, d.Subject, d.Type, d.Bloc)
			}
			if tt.blankNumber == (d.Number != "" && d.Symbol.IsValid()) || !d.Date.IsZero() {
				t.Errorf("got number %q symbol %q date %q", d.Number, d.Symbol, d.Date)
			}
			blank := map[string]bool{}
			for _, r := range d.Repairs {
				if r.Code == directive.RepairFormBlank {
					blank[r.Path] = true
				}
			}
			if blank["symbol"] != tt.blankNumber || blank["date"] != tt.blankDate {
				t.Errorf("form_blank repairs %v, want symbol %v date %v", blank, tt.blankNumber, tt.blankDate)
			}
			unfilled := 0
			for _, fe := range d.Check() {
				if fe.Code == directive.CodeFormUnfilled {
					unfilled++
				}
			}
			if want := btoi(tt.blankNumber) + btoi(tt.blankDate); unfilled != want {
				t.Errorf("%d form_unfilled findings, want %d", unfilled, want)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A signature block printed on one line, and a type name that opens the
// number line under a two-line issuer.
func TestParseOneLineParts(t *testing.T) {
	const head = "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/QĐ-UBND\nThanh Hóa, ngày 05 tháng 4 năm 2024\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kế hoạch.\nĐiều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
	sigs := []struct {
		name, tail  string
		authority   []string
		title, sign string
	}{
		{"authority, title and name", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH      Phạm Đình Nghị\n",
			[]string{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH", "Phạm Đình Nghị"},
		{"two marks", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Đức Giang\n",
			[]string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, "PHÓ CHỦ TỊCH", "Lê Đức Giang"},
		{"Party marks", "T/M BAN THƯỜNG VỤ BÍ THƯ   Đỗ Trọng Hưng\n",
			[]string{"T/M BAN THƯỜNG VỤ"}, "BÍ THƯ", "Đỗ Trọng Hưng"},
		{"one post with a comma, on its own lines", "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nTrần Quốc Toản\n",
			[]string{"KT. BỘ TRƯỞNG, CHỦ NHIỆM"}, "PHÓ CHỦ NHIỆM", "Trần Quốc Toản"},
		{"authority alone on its line", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhạm Đình Nghị\n",
			[]string{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH", "Phạm Đình Nghị"},
	}
	for _, tt := range sigs {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parser.Parse(head + tt.tail)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			s := d.Signature
			if !slices.Equal(s.Authority, tt.authority) || s.Title != tt.title || s.Name != tt.sign {
				t.Errorf("signature = %q / %q / %q, want %q / %q / %q", s.Authority, s.Title, s.Name, tt.authority, tt.title, tt.sign)
			}
			if want := []string{"Như Điều 2", "Lưu: VT"}; !slices.Equal(d.Distribution, want) {
				t.Errorf("distribution = %q, want %q", d.Distribution, want)
			}
		})
	}
	t.Run("type name opening the number line", func(t *testing.T) {
		text := "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghị quyết số: 45/2024/UBTVQH15\nHà Nội, ngày 10 tháng 5 năm 2024\n\nNGHỊ QUYẾT\nVỀ VIỆC THÀNH LẬP THỊ XÃ TỪ SƠN\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Thành lập thị xã Từ Sơn.\n"
		d, err := parser.Parse(text)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if d.Issuer != "ỦY BAN THƯỜNG VỤ QUỐC HỘI" || d.ParentIssuer != "" || d.Number != "45" || d.Symbol.String() != "45/2024/UBTVQH15" ||
			d.Type != directive.KindResolution || d.Place != "Hà Nội" || d.Date.String() != "2024-05-10" || d.Subject != "VỀ VIỆC THÀNH LẬP THỊ XÃ TỪ SƠN" {
			t.Errorf("got parent %q issuer %q number %q symbol %q type %v place %q date %q subject %q",
				d.ParentIssuer, d.Issuer, d.Number, d.Symbol, d.Type, d.Place, d.Date, d.Subject)
		}
		for _, c := range d.Citations {
			if c.Symbol.Equal(d.Symbol) {
				t.Errorf("the document's own number cited: %+v", c)
			}
		}
	})
}

// A page's "<br>" outside a table breaks the line: the type and the
// subject in one bold paragraph read as two lines.
func TestParseBreakTagsOutsideTables(t *testing.T) {
	text := "| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ CẦN THƠ<br>-------<br>Số: 12/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>*Cần Thơ, ngày 21 tháng 11 năm 2025* |\n|---|---|\n\n" +
		"**KẾ HOẠCH**<br>**Triển khai công tác chuyển đổi số năm 2026**\n\n" +
		"1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu ban hành quy chế, hoàn thành trong Quý IV/2025.\n\n" +
		"| **Nơi nhận:**<br>- Lưu: VT. | **KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Trần Văn A** |\n|---|---|\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != directive.KindPlan || d.Subject != "Triển khai công tác chuyển đổi số năm 2026" {
		t.Errorf("type %v, subject %q", d.Type, d.Subject)
	}
	for _, r := range d.Repairs {
		if r.Code == directive.RepairSetAside {
			t.Errorf("set aside: %q", r.Original)
		}
	}
	if len(d.Obligations) != 1 || d.Obligations[0].Lead != "Sở Nội vụ" {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// A web page's letter written whole on one line: the site's facts (a
// label left blank) before the issuer, the rule under the motto before
// "Số:", and the Nơi nhận list and the signature run into the body.
func TestParseWholeLetterOnOneLine(t *testing.T) {
	const text = "Công văn 92/BGDĐT-GDTH năm 2014 chấn chỉnh việc phát hành tài liệu tham khảo do Bộ Giáo dục và Đào tạo ban hành " +
		"Số hiệu: 92/BGDĐT-GDTH Ngày ban hành: 08 tháng 01 năm 2014 Loại văn bản: Người ký: BỘ GIÁO DỤC VÀ ĐÀO TẠO ——- " +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ————— Số: 92/BGDĐT-GDTH V/v: chấn chỉnh việc phát hành " +
		"tài liệu tham khảo trong trường tiểu học. Hà Nội, ngày 08 tháng 01 năm 2014 Kính gửi: Ông (Bà) Giám đốc các Sở Giáo dục và Đào tạo " +
		"Theo báo cáo của địa phương, hiện nay có một số công ty đang tới các trường tiểu học tiếp thị và phát hành một số tài liệu tham khảo " +
		"và đĩa hình. Đây là Bộ đĩa hình do một công ty phát hành, Bộ Giáo dục và Đào tạo không sản xuất và phát hành. Đề nghị các Sở Giáo dục " +
		"và Đào tạo chỉ đạo các trường tiểu học không được ép buộc học sinh mua những tài liệu, đĩa hình nói trên. Trân trọng cảm ơn. " +
		"Nơi nhận: – Như trên; – Bộ trưởng (để b/c); – Lưu: VT, Vụ GDTH. TL. BỘ TRƯỞNG KT. VỤ TRƯỞNG VỤ GIÁO DỤC TIỂU HỌC PHÓ VỤ TRƯỞNG " +
		"Nguyễn Đức Hữu"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "BỘ GIÁO DỤC VÀ ĐÀO TẠO" || d.Symbol.String() != "92/BGDĐT-GDTH" || d.Date.String() != "2014-01-08" ||
		d.Subject != "chấn chỉnh việc phát hành tài liệu tham khảo trong trường tiểu học" {
		t.Errorf("header: issuer %q symbol %q date %v subject %q", d.Issuer, d.Symbol, d.Date, d.Subject)
	}
	if d.Signature.Title != "PHÓ VỤ TRƯỞNG" || d.Signature.Name != "Nguyễn Đức Hữu" {
		t.Errorf("signature %+v", d.Signature)
	}
	if want := []string{"Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, Vụ GDTH"}; !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution %q, want %q", d.Distribution, want)
	}
}

// A header line the columns reader cuts in two, whose date piece the
// header reads and whose other piece ends it: the body must not read the
// date again, and the render reads back to the same document.
func TestParseDateCellReadOnce(t *testing.T) {
	text := "| UBND TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| SỞ TÀI CHÍNH | Độc lập - Tự do - Hạnh phúc |\n| Số: 1520/STC-NS | ;ghệ An, ngày 02 tháng 4 năm 2024 |\nVề việc phê duyệt dự toán kinh phí chuyển đổi số\nKính gửi: Ủy ban nhân dân tỉnh.\nSở Tài chính đề nghị phê duyệt.\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Symbol.String() != "1520/STC-NS" || d.Date.String() != "2024-04-02" {
		t.Errorf("symbol %q date %q", d.Symbol, d.Date)
	}
	if want := "Về việc phê duyệt dự toán kinh phí chuyển đổi số"; d.Subject != want {
		t.Errorf("subject %q, want %q", d.Subject, want)
	}
	aside := false
	for _, r := range d.Repairs {
		aside = aside || r.Code == directive.RepairSetAside && r.Original == ";ghệ"
	}
	if !aside {
		t.Errorf("the speck is not set aside: %v", d.Repairs)
	}
	again, err := parser.Parse(render.Text(d))
	if err != nil {
		t.Fatal(err)
	}
	if again.Date != d.Date || again.Subject != d.Subject || again.Symbol != d.Symbol {
		t.Errorf("round trip: %v %q %q, want %v %q %q", again.Date, again.Subject, again.Symbol, d.Date, d.Subject, d.Symbol)
	}
}

// A scan's speck before the place (";Nghệ An, ngày …") is no part of it:
// set aside with a repair, so the place reads as printed and the render
// reads back to the same date.
func TestParsePlaceSpeck(t *testing.T) {
	text := "| UBND TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| SỞ TÀI CHÍNH | Độc lập - Tự do - Hạnh phúc |\n| Số: 1520/STC-NS | ;Nghệ An, ngày 02 tháng 4 năm 2024 |\nV/v phê duyệt dự toán kinh phí chuyển đổi số năm 2024\nKính gửi: Ủy ban nhân dân tỉnh.\nSở Tài chính đề nghị phê duyệt.\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Place != "Nghệ An" || d.Date.String() != "2024-04-02" {
		t.Fatalf("place %q date %v", d.Place, d.Date)
	}
	if !slices.ContainsFunc(d.Repairs, func(r directive.Repair) bool {
		return r.Code == directive.RepairScanSpecks && r.Path == "place" && r.Original == ";Nghệ An"
	}) {
		t.Errorf("no scan_specks repair at place: %v", d.Repairs)
	}
	again, err := parser.Parse(render.Text(d))
	if err != nil {
		t.Fatal(err)
	}
	if again.Place != d.Place || again.Date != d.Date || again.Subject != d.Subject {
		t.Errorf("round trip: %q %v %q", again.Place, again.Date, again.Subject)
	}
}

// A subcommittee ("TIỂU BAN …") under its committee is the issuer, the
// committee its parent: on two lines, and on one line a cell flattened.
func TestParseSubcommitteeIssuer(t *testing.T) {
	for _, head := range []string{
		"ỦY BAN BẦU CỬ XÃ PHỐ BẢNG\n\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT\n",
		"ỦY BAN BẦU CỬ XÃ PHỐ BẢNG TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT\n",
	} {
		d, err := parser.Parse(head + "Số: 01/KH-TBTTKT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhố Bảng, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nTuyên truyền cuộc bầu cử\n")
		if err != nil {
			t.Fatal(err)
		}
		if d.ParentIssuer != "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG" || d.Issuer != "TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT" {
			t.Errorf("parent %q issuer %q", d.ParentIssuer, d.Issuer)
		}
	}
}

// Line ends and invisible characters are the writer's tool's, not the
// document's: carriage returns alone (a classic Mac's, some exporters'),
// CRLF, soft hyphens inside words, zero-width spaces and a BOM read as
// the plain text does, with a repair that says what was read so.
func TestParseLineEndsAndInvisibles(t *testing.T) {
	raw, err := os.ReadFile("../testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	base, err := parser.Parse(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		text   string
		repair directive.RepairCode
	}{
		{"cr", strings.ReplaceAll(string(raw), "\n", "\r"), directive.RepairLineBreaks},
		{"crlf", strings.ReplaceAll(string(raw), "\n", "\r\n"), ""},
		{"soft hyphens", strings.ReplaceAll(string(raw), "nh", "n\u00adh"), directive.RepairInvisible},
		{"zero-width spaces", strings.ReplaceAll(string(raw), "ng ", "ng\u200b "), directive.RepairInvisible},
		{"bom", "\ufeff" + string(raw), directive.RepairInvisible},
	} {
		d, err := parser.Parse(c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Symbol != base.Symbol || d.Date != base.Date || d.Issuer != base.Issuer || d.Subject != base.Subject ||
			d.Signature.Name != base.Signature.Name || !slices.Equal(d.Recipients, base.Recipients) || !slices.Equal(d.Distribution, base.Distribution) {
			t.Errorf("%s: header or tail read otherwise: %q %v %q %q %q", c.name, d.Symbol, d.Date, d.Issuer, d.Subject, d.Signature.Name)
		}
		if len(d.Obligations) != len(base.Obligations) || len(d.Citations) != len(base.Citations) {
			t.Errorf("%s: %d obligations, %d citations; want %d, %d", c.name, len(d.Obligations), len(d.Citations), len(base.Obligations), len(base.Citations))
		}
		if c.repair != "" && !d.HasRepair(c.repair) {
			t.Errorf("%s: no %s repair", c.name, c.repair)
		}
	}
}

// The place is the capitalised words before the date's comma, not the
// other column's text a scan ran into it (the fuzz input
// place-after-motto-junk).
func TestParsePlaceAfterOtherColumn(t *testing.T) {
	d, _ := parser.Parse("ỈỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| SỞ TÀ| CHÍNH | Độc lập - Tự do - -------Hẛc ngày 25 tháng: 1520/ do - H I Nghệ An, ngày 02 tháng 4 năm 2024")
	if d == nil || d.Place != "Nghệ An" || d.Date.String() != "2024-04-02" {
		t.Fatalf("got %+v", d)
	}
	if !d.HasRepair(directive.RepairColumns) {
		t.Errorf("the text before the place is in no repair: %v", d.Repairs)
	}
}
