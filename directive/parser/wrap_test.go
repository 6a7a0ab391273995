package parser_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// Text wrapped at a width (pandoc's plain text, a PDF's text layer)
// reads as whole paragraphs, also where a line breaks before a capital;
// and a closing line that asks something lays an obligation.
func TestParseHardWrappedLetter(t *testing.T) {
	const text = `BỘ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3234/BGDĐT-GDCN
V/v báo cáo tình hình phát triển nhân lực
Hà Nội, ngày 20 tháng 5 năm 2013

Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương

Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 của Bộ trưởng
Bộ Giáo dục và Đào tạo về thực hiện quy hoạch phát triển nhân lực ngành
giáo dục và đào tạo theo nhu cầu phát triển xã hội giai đoạn 2013-2015,
Bộ Giáo dục và Đào tạo đề nghị các sở báo cáo về tình hình phát triển nhân
lực của địa phương trước ngày 25/5/2013.

Bộ Giáo dục và Đào tạo đề nghị Sở Giáo dục và Đào tạo gửi kế hoạch đào tạo về Vụ Giáo dục chuyên nghiệp trước ngày 30/6/2013./.

Nơi nhận:
- Như trên;
- Lưu: VT, GDCN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Bùi Văn Ga
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != 1 || !strings.HasPrefix(d.Body[0].Text, "Thực hiện Chỉ thị") || !strings.HasSuffix(d.Body[0].Text, "trước ngày 25/5/2013.") {
		t.Fatalf("body %d nodes: %+v", len(d.Body), d.Body)
	}
	if !strings.HasPrefix(d.Closing, "Bộ Giáo dục và Đào tạo đề nghị Sở") {
		t.Fatalf("closing %q", d.Closing)
	}
	var closing *directive.Obligation
	for i := range d.Obligations {
		if d.Obligations[i].Path == directive.ClosingPath {
			closing = &d.Obligations[i]
		}
	}
	if closing == nil || closing.Due == nil || closing.Due.Date.String() != "2013-06-30" {
		t.Fatalf("closing obligation %+v in %+v", closing, d.Obligations)
	}
	if len(d.Obligations) != 2 || d.Obligations[0].Due == nil || d.Obligations[0].Due.Date.String() != "2013-05-25" {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// Two header columns printed one after the other can put the last line
// of the trích yếu under the date line.
func TestParseSubjectUnderDate(t *testing.T) {
	const text = `VĂN PHÒNG CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 7540/VPCP-VX
V/v Tổ chức Hội nghị ngành Lao
Hà Nội, ngày 28 tháng 12 năm 2007
động-Thương binh và Xã hội
Kính gửi: Bộ Lao động-Thương binh và Xã hội.
2. Bộ Lao động-Thương binh và Xã hội tổ chức Hội nghị trên với nguyên tắc hiệu quả, tiết kiệm.
`
	d, _ := parser.Parse(text)
	if d == nil {
		t.Fatal("no document")
	}
	if d.Subject != "Tổ chức Hội nghị ngành Lao động-Thương binh và Xã hội" {
		t.Errorf("subject %q", d.Subject)
	}
	if len(d.Recipients) != 1 || d.Recipients[0] != "Bộ Lao động-Thương binh và Xã hội" {
		t.Errorf("recipients %q", d.Recipients)
	}
	if d.Date.String() != "2007-12-28" {
		t.Errorf("date %v", d.Date)
	}
}

// A Party letter may give its subject as "Về …" between its number and
// its date line; "Về" is the subject's own word (only "V/v" and "Về:"
// are labels).
func TestParsePartyLetterVe(t *testing.T) {
	const text = `TỈNH ỦY QUẢNG NINH
*
Số 1234-CV/TU
Về tăng cường công tác phòng, chống thiên tai
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ninh, ngày 04 tháng 10 năm 2023
Kính gửi: Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.
Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy báo cáo kết quả trước ngày 30/10/2023.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn A
`
	d, _ := parser.Parse(text)
	if d == nil {
		t.Fatal("no document")
	}
	if d.Subject != "Về tăng cường công tác phòng, chống thiên tai" || d.Date.String() != "2023-10-04" || d.Place != "Quảng Ninh" ||
		d.Bloc != directive.BlocParty || len(d.Recipients) != 1 {
		t.Errorf("subject %q date %v place %q bloc %v recipients %q", d.Subject, d.Date, d.Place, d.Bloc, d.Recipients)
	}
	if len(d.Obligations) != 1 || d.Obligations[0].Due == nil {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// A Party công văn may give its subject under its number with no label
// at all, the number and the day left blank for the signing.
func TestParsePartyLetterBareSubject(t *testing.T) {
	const text = `ĐẢNG BỘ TỈNH KHÁNH HOÀ
ĐẢNG UỶ XÃ CÔNG HẢI
*
Số -CV/ĐU
Giới thiệu cán bộ tham gia đội ngũ
giảng viên kiêm nhiệm
ĐẢNG CỘNG SẢN VIỆT NAM
Công Hải, ngày tháng 8 năm 2025
Kính gửi: Trung tâm Chính trị xã Thuận Bắc.
Ban Thường vụ Đảng uỷ xã Công Hải giới thiệu cán bộ tham gia đội ngũ giảng viên kiêm nhiệm.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Vũ Thị Thuỳ Trang
`
	d, _ := parser.Parse(text)
	if d == nil {
		t.Fatal("no document")
	}
	if d.Type != directive.KindOfficialLetter || d.Subject != "Giới thiệu cán bộ tham gia đội ngũ giảng viên kiêm nhiệm" || d.Place != "Công Hải" ||
		!d.Date.IsZero() || len(d.Recipients) != 1 {
		t.Errorf("type %v subject %q place %q date %v recipients %q", d.Type, d.Subject, d.Place, d.Date, d.Recipients)
	}
}

// A single recipient wrapped onto a second line stays one recipient.
func TestParseRecipientWrapped(t *testing.T) {
	const text = `BỘ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3234/BGDĐT-GDCN
V/v báo cáo tình hình phát triển nhân lực
Hà Nội, ngày 20 tháng 5 năm 2013
Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung
ương
Bộ Giáo dục và Đào tạo đề nghị các sở báo cáo trước ngày 25/5/2013.
`
	d, _ := parser.Parse(text)
	if d == nil {
		t.Fatal("no document")
	}
	if len(d.Recipients) != 1 || d.Recipients[0] != "Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương" {
		t.Errorf("recipients %q", d.Recipients)
	}
	if len(d.Body) != 1 {
		t.Errorf("body %+v", d.Body)
	}
}

// A signature block its narrow column wrapped between words reads as
// the block: the post that the wrap cut apart, the name it broke.
func TestParseSignatureWrappedByColumn(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 31/2011/QĐ-UBND\nPleiku, ngày 10 tháng 11 năm 2011\nQUYẾT ĐỊNH\nVề việc ban hành Quy định\n" +
		"QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\nĐiều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\n"
	for _, c := range []struct {
		tail                   string
		authority, title, name string
	}{
		{"                                TM. UỶ BAN NHÂN DÂN\n                                TỈNH CHỦ TỊCH Phạm Thế\n                                Dũng\n",
			"TM. UỶ BAN NHÂN DÂN TỈNH", "CHỦ TỊCH", "Phạm Thế Dũng"},
		{"                               KT. CHỦ TỊCH PHÓ\n                               CHỦ TỊCH Bùi Hồng Lĩnh\n",
			"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Bùi Hồng Lĩnh"},
		{"TM. ỦY BAN NHÂN DÂN KT.\nCHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Thị Thu Hà\n", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà"},
		// the name across the column gap from the Nơi nhận list's last entry
		{"Nơi nhận:                                  KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;                                      PHÓ CHỦ NHIỆM\n" +
			"- Lưu: VT, VX (3), AT.13                           Trần Quốc Toản\n", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Trần Quốc Toản"},
		// the block on its own lines is read as before
		{"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"},
	} {
		d, err := parser.Parse(head + c.tail)
		if err != nil {
			t.Fatal(err)
		}
		s := d.Signature
		if len(s.Authority) == 0 || s.Authority[len(s.Authority)-1] != c.authority || s.Title != c.title || s.Name != c.name {
			t.Errorf("signature of %q:\n got %q / %q / %q\nwant … %q / %q / %q", c.tail, s.Authority, s.Title, s.Name, c.authority, c.title, c.name)
		}
	}
}

// A subject in capitals wrapped before the date of a document it cites
// goes on past that line; an annex whose "(Ban hành kèm theo …)" note
// wrapped inside its words still opens after the Nơi nhận list.
func TestParseWrappedSubjectDateAndAnnexNote(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3210/QĐ-UBND
Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014
QUYẾT ĐỊNH
VỀ BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG
NGÀY 26 THÁNG 4 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ HỖ
TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.
Điều 2. Giám đốc Sở Xây dựng có trách nhiệm thi hành Quyết định này./.

Nơi nhận:                            KT. CHỦ TỊCH
- Như Điều 2;                        PHÓ CHỦ TỊCH
- Lưu: VT.
                                     Nguyễn Hữu Tín

CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ
THỰC HIỆN QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG VỀ NHÀ Ở (Ban hành kèm
theo Quyết định số 3210/QĐ-UBND ngày 28 tháng 6 năm 2014)
I. NHIỆM VỤ
1. Sở Xây dựng chủ trì tổng hợp danh sách hộ được hỗ trợ.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "VỀ BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG NGÀY 26 THÁNG 4 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở"; d.Subject != want {
		t.Errorf("subject %q\nwant %q", d.Subject, want)
	}
	if d.Signature.Name != "Nguyễn Hữu Tín" || d.Signature.Title != "PHÓ CHỦ TỊCH" {
		t.Errorf("signature %+v", d.Signature)
	}
	if len(d.Distribution) != 2 {
		t.Errorf("distribution %q, want the two entries", d.Distribution)
	}
	annexes := 0
	for _, n := range d.Body {
		if n.Kind == directive.NodeAnnex {
			annexes++
		}
	}
	if annexes != 1 {
		t.Errorf("%d annexes, want 1", annexes)
	}
}

// A numbered heading a PDF layer wrapped after a semicolon goes on in the
// line indented under its text; it is no paragraph of its own.
func TestParseHangingWrapAfterSemicolon(t *testing.T) {
	const text = `BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
Số 10-NQ/TW
Hà Nội, ngày 10 tháng 2 năm 2022
NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về định hướng chiến lược địa chất

III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU
 1. Tăng cường vai trò lãnh đạo, chỉ đạo của các cấp ủy, tổ chức đảng;
      thống nhất và nâng cao nhận thức về tầm quan trọng của tài nguyên
      địa chất, khoáng sản
 •    Đẩy mạnh công tác tuyên truyền, giáo dục, phổ biến pháp luật.
 2. Hoàn thiện hệ thống pháp luật;
 a) bổ sung quy định về khoáng sản;
 b) sửa đổi quy định về thuế tài nguyên.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var sec *directive.Node
	for k := range d.Body {
		if d.Body[k].Marker == "III" {
			sec = &d.Body[k]
		}
	}
	if sec == nil || len(sec.Children) != 2 {
		t.Fatalf("section III: %+v", sec)
	}
	one := sec.Children[0]
	if !strings.HasSuffix(strings.TrimSpace(one.Heading+" "+one.Text), "của tài nguyên địa chất, khoáng sản") || len(one.Children) != 1 {
		t.Errorf("1.: heading %q text %q, %d children, want the wrapped heading and its one bullet", one.Heading, one.Text, len(one.Children))
	}
	if two := sec.Children[1]; len(two.Children) != 2 {
		t.Errorf("2.: %d children, want a) and b) apart", len(two.Children))
	}
}

// A point a PDF layer wrapped under its marker's hanging indent goes on
// at its text column: after a line that ended a clause on a semicolon,
// and, in a layout whose paragraphs open indented, before a capital. A
// clause of periodic reporting after a semicolon is an obligation of its
// own.
func TestParseClauseWrapUnderHangingIndent(t *testing.T) {
	const body = `Điều 2. Tổ chức thực hiện
      Giao Sở Tài chính có trách nhiệm:
 a)   Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tổ chức rà soát,
      thống kê, phân loại toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi
      quản lý; lập hồ sơ đề nghị giao tài sản đối với các trường hợp thuộc
      diện phải giao theo quy định; xác định cơ quan, đơn vị quản lý tài sản;
      tham mưu Chủ tịch Ủy ban nhân dân tỉnh quyết định giao tài sản theo
      quy định của Nghị định số 178/2026/NĐ-CP.
 b)   Hướng dẫn, đôn đốc các cơ quan, đơn vị được giao quản lý tài sản thực
      hiện việc lập, quản lý hồ sơ; tổ chức kiểm tra việc khai thác tài sản;
      báo cáo định kỳ hoặc đột xuất khi có yêu cầu của Ủy ban nhân dân tỉnh
      về tình hình quản lý, sử dụng tài sản trên địa bàn tỉnh.
      Các cơ quan, đơn vị thuộc phạm vi quản lý có trách nhiệm lập hồ sơ đề
      nghị giao tài sản, gửi
      Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
`
	head := "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nLào Cai, ngày 02 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc giao tài sản\n"
	d, err := parser.Parse(head + body)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, o := range d.Obligations {
		texts = append(texts, o.Text)
	}
	want := []string{"Chủ trì, phối hợp", "Hướng dẫn, đôn đốc", "báo cáo định kỳ", "Các cơ quan, đơn vị thuộc phạm vi"}
	if len(texts) != len(want) {
		t.Fatalf("%d obligations, want %d: %q", len(texts), len(want), texts)
	}
	for k, w := range want {
		if !strings.HasPrefix(texts[k], w) {
			t.Errorf("obligation %d: %q, want it to open with %q", k, texts[k], w)
		}
	}
	if !strings.HasSuffix(texts[0], "Nghị định số 178/2026/NĐ-CP.") || !strings.Contains(texts[0], "; tham mưu Chủ tịch") {
		t.Errorf("a) is cut: %q", texts[0])
	}
	if !strings.HasSuffix(texts[3], "báo cáo Ủy ban nhân dân tỉnh.") {
		t.Errorf("the last paragraph is cut at its wrap before a capital: %q", texts[3])
	}
	if r := d.Obligations[2]; len(r.Addressees) != 1 || r.Addressees[0] != "Sở Tài chính" || r.ReportTo == "" {
		t.Errorf("the report clause: addressees %q, report to %q", r.Addressees, r.ReportTo)
	}
}

// A page flattened into one paragraph can run a request and the lead-in
// to the issuer's own guidance together: the request is the task, and the
// points of guidance under the lead-in are no one's.
func TestParseFlatRequestThenGuidance(t *testing.T) {
	const text = `BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 19046/BTC-TCHQ
V/v hướng dẫn thực hiện Luật hải quan 2014
Hà Nội, ngày 29 tháng 12 năm 2014
Kính gửi: Cục Hải quan các tỉnh, thành phố.
Luật hải quan có hiệu lực thi hành từ ngày 01/01/2015. Bộ Tài chính yêu cầu các đơn vị thực hiện các quy định của Luật hải quan năm 2014 từ thời điểm Luật có hiệu lực. Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:
1. Địa điểm làm thủ tục hải quan thực hiện theo quy định tại Điều 22 Luật Hải quan năm 2014.
2. Thời hạn nộp tờ khai hải quan: đối với hàng hóa nhập khẩu, nộp trước ngày hàng hóa đến cửa khẩu.
Nơi nhận:
- Như trên;
- Lưu: VT, TCHQ.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Đỗ Hoàng Anh Tuấn
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != 1 {
		t.Fatalf("%d obligations, want the request alone: %+v", len(d.Obligations), d.Obligations)
	}
	o := d.Obligations[0]
	if !strings.Contains(o.Text, "yêu cầu các đơn vị thực hiện") || strings.Contains(o.Text, "hướng dẫn cụ thể") {
		t.Errorf("the request's text: %q", o.Text)
	}
	// the same paragraph without the issuer's lead-in leads into the
	// points: they are the bodies' tasks
	d2, _ := parser.Parse(strings.Replace(text, "Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:", "Cụ thể như sau:", 1))
	if d2 == nil || len(d2.Obligations) != 2 {
		t.Errorf("without the issuer's lead-in: %+v", d2)
	}
}

// A short letter's PDF layer flattened into a block wrapped at a width:
// its closing runs on into "Nơi nhận:" ("… thực hiện./. Nơi nhận: -"),
// and the trích yếu's last word sits before the place ("… ngành Lao Hà
// Nội, ngày 28 tháng"). It reads as the printed letter.
func TestParseFlatShortLetter(t *testing.T) {
	const text = `VĂN PHÒNG CHÍNH PHỦ *****
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
*******
Số: 7540/VPCP-VX V/v Tổ chức Hội nghị ngành Lao Hà Nội, ngày 28 tháng
12 năm 2007 động-Thương binh và Xã hội Kính gửi: Bộ Lao động-Thương
binh và Xã hội. Xét đề nghị của Bộ Lao động-Thương binh và Xã hội, Phó
Thủ tướng Nguyễn Sinh Hùng có ý kiến như sau: 1. Đồng ý tổ chức Hội nghị
tổng kết công tác năm 2007 của ngành trong tháng 01 năm 2008. 2. Bộ Lao
động-Thương binh và Xã hội tổ chức Hội nghị trên với nguyên tắc hiệu quả,
thiết thực và tiết kiệm. Văn phòng Chính phủ xin thông báo để Bộ biết và
thực hiện./. Nơi nhận: - Như trên; - Thủ tướng, PTT Nguyễn Sinh Hùng; -
Lưu: VT, VX (3).
KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM
Trần Quốc Toản
`
	d, err := parser.Parse(text)
	if d == nil {
		t.Fatal(err)
	}
	if d.Place != "Hà Nội" || d.Date.String() != "2007-12-28" {
		t.Errorf("place %q date %s, want Hà Nội 2007-12-28", d.Place, d.Date)
	}
	if !strings.HasPrefix(d.Subject, "Tổ chức Hội nghị ngành Lao") {
		t.Errorf("subject %q lost its word before the place", d.Subject)
	}
	if len(d.Recipients) != 1 || len(d.Distribution) != 3 {
		t.Errorf("recipients %q, distribution %q", d.Recipients, d.Distribution)
	}
	if len(d.Obligations) != 2 {
		t.Errorf("%d obligations, want the two points: %+v", len(d.Obligations), d.Obligations)
	}
}

// A whole plan on one line runs each body's name, a point's heading, into
// its first item: "1. Sở Công Thương - Là cơ quan thường trực …". The
// name is the heading; a name with a dash in it stays whole.
func TestParseOneLineNameHeadings(t *testing.T) {
	const text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 134/KH-UBND Lào Cai, ngày 15 tháng 01 năm 2026 KẾ HOẠCH Phát triển các khu, cụm công nghiệp " +
		"I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Cụ thể hóa các nhiệm vụ của Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Tỉnh ủy. 2. Yêu cầu Bảo đảm sự lãnh đạo thống nhất của cấp ủy, chính quyền các cấp trong tổ chức thực hiện. " +
		"II. TỔ CHỨC THỰC HIỆN 1. Sở Công Thương - Là cơ quan thường trực, có trách nhiệm tổng hợp, theo dõi, đôn đốc và định kỳ báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện Kế hoạch. " +
		"2. Sở Lao động - Thương binh và Xã hội - Chủ trì tổ chức đào tạo nghề cho lao động làm việc trong các khu công nghiệp. " +
		"3. Ban Quản lý Thu - Sổ, Thẻ có trách nhiệm cấp thẻ cho người lao động. " +
		"Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh"
	d, err := parser.Parse(text)
	if d == nil {
		t.Fatal(err)
	}
	want := [][]string{{"Sở Công Thương"}, {"Sở Lao động - Thương binh và Xã hội"}, {"Ban Quản lý Thu - Sổ, Thẻ"}}
	if len(d.Obligations) != len(want) {
		t.Fatalf("%d obligations, want %d: %+v", len(d.Obligations), len(want), d.Obligations)
	}
	for k, w := range want {
		if o := d.Obligations[k]; strings.Join(o.Addressees, "|") != strings.Join(w, "|") {
			t.Errorf("obligation %d (%q): addressees %q, want %q", k, o.Text, o.Addressees, w)
		}
	}
	if !strings.HasPrefix(d.Obligations[0].Text, "Là cơ quan thường trực") {
		t.Errorf("the first item kept its heading: %q", d.Obligations[0].Text)
	}
}

// A PDF layer of an office document opens each paragraph indented and goes
// on at the margin: a heading that fills its line is no paragraph's
// start, and a line at the margin goes on after a semicolon.
func TestParseFirstLineIndentLayout(t *testing.T) {
	const body = `     II. NHIỆM VỤ, GIẢI PHÁP
     1. Nâng cao khả năng chống chịu của hệ thống tự nhiên, kinh tế và xã hội
      Nâng cao khả năng chống chịu và năng lực thích ứng của hệ thống tự
nhiên, kinh tế và xã hội; phát triển hệ thống cơ sở hạ tầng; tăng cường y tế;
bảo đảm an sinh xã hội và bình đẳng giới.
     a) Phát triển nông nghiệp thông minh, thích ứng với biến đổi khí hậu
     Triển khai các giải pháp nông nghiệp thông minh, thích ứng với biến đổi
khí hậu; nâng cao hiệu quả sử dụng đất nông nghiệp, bố trí hợp lý cơ cấu mùa
vụ, chuyển đổi một phần diện tích trồng lúa sang cây trồng có giá trị.
     b) Quản lý, bảo vệ, phát triển rừng và các hệ sinh thái tự nhiên
     - Bảo vệ nghiêm ngặt rừng tự nhiên hiện có; tăng cường khả năng phòng
hộ của rừng đầu nguồn, rừng ven biển;
     - Quản lý các hệ sinh thái; tăng cường khả năng phục hồi của hệ sinh thái
tự nhiên;
     - Thiết lập, mở rộng và tăng cường chất lượng các khu bảo tồn thiên nhiên,
tập trung các khu bảo tồn biển.
`
	d, err := parser.Parse("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nThích ứng với biến đổi khí hậu\n" + body)
	if err != nil {
		t.Fatal(err)
	}
	var one *directive.Node
	for k := range d.Body {
		if d.Body[k].Marker == "II" && len(d.Body[k].Children) > 0 {
			one = &d.Body[k].Children[0]
		}
	}
	if one == nil || len(one.Children) != 3 {
		t.Fatalf("1.: %+v", one)
	}
	if p := one.Children[0]; p.Kind != directive.NodeParagraph || !strings.HasSuffix(p.Text, "bảo đảm an sinh xã hội và bình đẳng giới.") {
		t.Errorf("the paragraph under 1. is cut: %q", p.Text)
	}
	a := one.Children[1]
	if a.Heading != "Phát triển nông nghiệp thông minh, thích ứng với biến đổi khí hậu" || len(a.Children) != 1 ||
		!strings.HasPrefix(a.Children[0].Text, "Triển khai các giải pháp") {
		t.Errorf("a): heading %q, children %+v", a.Heading, a.Children)
	}
}

// A legal database's page breaks its bold markers across lines: "Chương"
// / "II", "Điều" / "1. Phạm vi điều chỉnh", "Điều 9." / its title over
// two lines. They read as the markers and titles they are.
func TestParseBrokenMarkers(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 144/2025/QĐ-UBND
Đồng Tháp, ngày 02 tháng 12 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế quản lý chữ ký số
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chữ ký số.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An

QUY CHẾ
Quản lý chữ ký số
(Kèm theo Quyết định số 144/2025/QĐ-UBND)

**Chương
II**

**QUẢN LÝ VÀ SỬ DỤNG**

**Điều
1. Phạm vi điều chỉnh**

Quy chế này quy định việc quản lý chữ ký số.

**Điều 9.
Cấp mới, gia hạn, thay đổi nội dung thông tin chứng thư chữ ký số chuyên dùng
công vụ**

Sở Khoa học và Công nghệ tiếp nhận hồ sơ đề nghị cấp mới chứng thư.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var annex *directive.Node
	for k := range d.Body {
		if d.Body[k].Kind == directive.NodeAnnex {
			annex = &d.Body[k]
		}
	}
	if annex == nil || len(annex.Children) != 1 || annex.Children[0].Kind != directive.NodeChapter || annex.Children[0].Marker != "II" {
		t.Fatalf("annex: %+v", annex)
	}
	ch := annex.Children[0]
	if ch.Heading != "QUẢN LÝ VÀ SỬ DỤNG" || len(ch.Children) != 2 {
		t.Fatalf("chapter II: heading %q, %d children", ch.Heading, len(ch.Children))
	}
	if a := ch.Children[0]; a.Kind != directive.NodeArticle || a.Marker != "1" || a.Heading != "Phạm vi điều chỉnh" {
		t.Errorf("article 1: %v %q %q", a.Kind, a.Marker, a.Heading)
	}
	if a := ch.Children[1]; a.Marker != "9" || a.Heading != "Cấp mới, gia hạn, thay đổi nội dung thông tin chứng thư chữ ký số chuyên dùng công vụ" || len(a.Children) != 1 {
		t.Errorf("article 9: %q %q, %d children", a.Marker, a.Heading, len(a.Children))
	}
}

// A page that broke a point's heading after "và" and an article's title
// after "của": the name and the title go on on the next line.
func TestParseDanglingHeadings(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 162/2025/QĐ-UBND
Ninh Bình, ngày 23 tháng 11 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế quản lý Hệ thống thư điện tử công vụ
Điều 1. Ban hành kèm theo Quyết định này Quy chế.

**Điều 10.
Trách nhiệm của Trung tâm Chuyển đổi số và
Truyền thông**

1. Thực hiện quản trị, vận hành Hệ thống thư điện tử công vụ của tỉnh.

2. Trung tâm Chuyển đổi số và
Truyền thông thuộc Sở Khoa học và Công nghệ

a) Bảo đảm an toàn, bảo mật thông tin đối với hệ thống.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	a := d.Body[len(d.Body)-1]
	if a.Marker != "10" || a.Heading != "Trách nhiệm của Trung tâm Chuyển đổi số và Truyền thông" || len(a.Children) != 2 {
		t.Fatalf("article 10: %q %q, %d children", a.Marker, a.Heading, len(a.Children))
	}
	if h := a.Children[1].Heading; h != "Trung tâm Chuyển đổi số và Truyền thông thuộc Sở Khoa học và Công nghệ" {
		t.Errorf("point 2: %q", h)
	}
}

// "Điều 3. Chánh" / "Văn phòng …": an execution article whose line broke
// inside the first post; and individuals a rule's article lays duties on.
func TestParseBrokenPostAndIndividuals(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 162/2025/QĐ-UBND
Ninh Bình, ngày 23 tháng 11 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế quản lý Hệ thống thư điện tử công vụ
Điều 1. Ban hành kèm theo Quyết định này Quy chế.
Điều 2. Trách nhiệm của cá nhân sử dụng Hệ thống thư điện tử
1. Tự quản lý, bảo vệ mật khẩu hộp thư điện tử cá nhân.
2. Không sử dụng hộp thư điện tử được cấp để đăng ký trên mạng xã hội.
Điều 3. Chánh
Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm thi hành Quyết định này./.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, fmt.Sprintf("%s %q", o.Path, o.Addressees))
	}
	want := []string{
		`body[1].children[0] ["cá nhân sử dụng Hệ thống thư điện tử"]`,
		`body[1].children[1] ["cá nhân sử dụng Hệ thống thư điện tử"]`,
		`body[2] ["Văn phòng Ủy ban nhân dân tỉnh" "Sở Khoa học và Công nghệ"]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("obligations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A scan that read a first point's 1 as an I keeps the points a list,
// and a reference wrapped before "Điều" is no article.
func TestParseScanOneAsIAndWrappedArticle(t *testing.T) {
	const text = `BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 8388/BTC-QLCS
V/v triển khai Nghị định số 178/2026/NĐ-CP
Hà Nội, ngày 19 tháng 6 năm 2026

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương

Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:

I. Tổ chức tuyên truyền, phổ biến nội dung của Nghị định số 178/2026/NĐ-CP.

2. Rà soát các văn bản quy phạm pháp luật do địa phương đã ban hành.

3. Trong thời hạn 06 tháng, công bố danh mục tài sản theo quy định tại khoản 1
Điều 1
Nghị định số 178/2026/NĐ-CP.

Nơi nhận:
- Như trên;
- Lưu: VT, QLCS.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Bùi Văn Khắng
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var marks []string
	for _, n := range d.Body {
		if n.Kind == directive.NodeNumbered {
			marks = append(marks, n.Marker)
		}
		if n.Kind == directive.NodeArticle {
			t.Errorf("an article read from a wrapped reference: %+v", n)
		}
	}
	if got := strings.Join(marks, ","); got != "1,2,3" {
		t.Errorf("points %q, want 1,2,3 (body %+v)", got, d.Body)
	}
	if n := len(d.Obligations); n != 3 {
		t.Errorf("%d obligations, want 3: %+v", n, d.Obligations)
	}
}

// An OCR'd header whose marks are partly lost: the issuer's last row
// beside a motto the scan garbled ("Hanh phúc"), a speck and a Q for Ộ in
// the parent's name; and a header flattened by a PDF's text layer: the
// motto's last words broken onto the number's row, a full stop for the
// date line's comma, the recipients on one line wrapped mid-entry.
func TestParseScannedCentralHeaders(t *testing.T) {
	for _, c := range []struct {
		name, text                                   string
		parent, issuer, symbol, place, date, subject string
		recipients                                   []string
	}{
		{"motto garbled", `_ BQ TAI CHÍNH CONG HOA XA HOI CHU NGHIA VIET NAM
TONG CUC HAI QUAN Độc lập - Tự do - Hanh phúc
Số: 879 /TCHQ-TXNK Hà Nội, ngày 23 tháng 02 năm 2021
V/v xử lý thuế đối với hàng hóa nhập
khẩu để SXXK đưa đi thuê gia công

Kính gửi: Các Cục Hải quan tỉnh, thành phố.

Tổng cục Hải quan đề nghị các Cục Hải quan tỉnh, thành phố rà soát và báo cáo trước ngày 15/3/2021.

Nơi nhận:
- Như trên;
- Lưu: VT, TXNK.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Lưu Mạnh Tưởng
`, "BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN", "879/TCHQ-TXNK", "Hà Nội", "2021-02-23",
			"xử lý thuế đối với hàng hóa nhập khẩu để SXXK đưa đi thuê gia công", []string{"Các Cục Hải quan tỉnh, thành phố"}},
		{"flattened", `BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỎNG CỤC THUÊ Độc lập — Tự do
— Hạnh phúc số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023
V/v tăng cường kỷ cương trong việc ban hành công văn hướng dẫn
Kính gửi: - Các Vụ, Cục, đơn vị thuộc Tổng cục Thuế; - Cục Thuế các tỉnh, thành phố trực thuộc Trung
ương; - Chi cục Thuế các quận, huyện, thị xã và khu vực.

Tổng cục Thuế yêu cầu các Cục Thuế thực hiện một số nội dung sau đây trước ngày 30/11/2023.

Nơi nhận:
- Như trên;
- Lưu: VT, PC.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Mai Sơn
`, "BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "4222/TCT-PC", "Hà Nội", "2023-11-09",
			"tăng cường kỷ cương trong việc ban hành công văn hướng dẫn",
			[]string{"Các Vụ, Cục, đơn vị thuộc Tổng cục Thuế", "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", "Chi cục Thuế các quận, huyện, thị xã và khu vực"}},
	} {
		d, err := parser.Parse(c.text)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := []string{d.ParentIssuer, d.Issuer, d.Symbol.String(), d.Place, d.Date.String(), d.Subject}
		want := []string{c.parent, c.issuer, c.symbol, c.place, c.date, c.subject}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: header\n got %q\nwant %q", c.name, got, want)
		}
		if fmt.Sprint(d.Recipients) != fmt.Sprint(c.recipients) {
			t.Errorf("%s: recipients %q, want %q", c.name, d.Recipients, c.recipients)
		}
	}
}

// A part's I that a scan read as a 1, a heading in capitals over its own
// point 1, stays the part.
func TestParseScanIAsOne(t *testing.T) {
	const text = `THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11/CT-TTg
Hà Nội, ngày 04 tháng 3 năm 2020

CHỈ THỊ
Về các nhiệm vụ, giải pháp cấp bách

Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ (sau đây gọi tắt là các bộ, cơ quan trung ương) thực hiện:

1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG

1. Quán triệt sâu sắc tinh thần chỉ đạo của Ban Bí thư.

2. Tập trung thực hiện nhiệm vụ kép.

II. CÁC NHIỆM VỤ, GIẢI PHÁP CỤ THỂ

1. Bộ Tài chính rà soát các khoản thu.

THỦ TƯỚNG
Nguyễn Xuân Phúc
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var marks []string
	for _, n := range d.Body {
		if n.Kind == directive.NodeNumbered {
			marks = append(marks, n.Marker)
		}
	}
	if got := strings.Join(marks, ","); got != "I,II" {
		t.Errorf("top-level points %q, want I,II", got)
	}
	if len(d.Obligations) < 2 || fmt.Sprint(d.Obligations[0].Addressees) != "[các bộ, cơ quan trung ương]" {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// A received stamp printed across the header leaves its word and specks
// before the type's name and its garbled number before the subject; the
// parts read, the stamp's leavings go to a stamp repair.
func TestParseStampJunkInHeader(t *testing.T) {
	const text = `THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11/CT-TTg
Hà Nội, ngày 04 tháng 3 năm 2020
DEN i: : _¬ CHỈ THỊ
Ig-Q612/2G20 -| Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho
sản xuất kinh doanh

Các Bộ, cơ quan ngang Bộ khẩn trương triển khai các giải pháp hỗ trợ doanh nghiệp.

THỦ TƯỚNG
Nguyễn Xuân Phúc
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != directive.KindDirective || d.Subject != "Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh" {
		t.Errorf("type %v, subject %q", d.Type, d.Subject)
	}
	var cut []string
	for _, r := range d.Repairs {
		if r.Code == directive.RepairStamp {
			cut = append(cut, r.Original)
		}
	}
	if fmt.Sprint(cut) != "[DEN i: : _¬ Ig-Q612/2G20 -|]" {
		t.Errorf("stamp repairs %q", cut)
	}
}

// A point with its own deadline over bullets is a task of the bodies the
// lead-in asked, as its bullets are; one without is their title.
func TestParseDatedPointOverBullets(t *testing.T) {
	const text = `TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 586/TCT-TTKT
V/v tăng cường công tác thanh tra
Hà Nội, ngày 04 tháng 3 năm 2023

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:

1. Hoàn thành kế hoạch thanh tra, kiểm tra thuế còn tồn của năm 2022 trước ngày 29/4/2023.

- Áp dụng nguyên tắc quản lý rủi ro trong thanh tra, kiểm tra thuế.

- Đôn đốc thu hồi kịp thời tiền thuế, tiền phạt vào ngân sách nhà nước.

2. Tăng cường công tác thanh tra, kiểm tra thuế.

- Rà soát các doanh nghiệp có rủi ro cao.

Nơi nhận:
- Như trên;
- Lưu: VT, TTKT.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Đặng Ngọc Minh
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	got := firstWords(d)
	if want := "Hoàn Áp Đôn Rà"; got != want {
		t.Errorf("obligations open %q, want %q", got, want)
	}
}

// In a tasks section a point's title set apart from its paragraphs by a
// blank line is their title, not a sentence they go on: each paragraph
// is a task, the title none.
func TestParseTitleApartInTasks(t *testing.T) {
	const text = `BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
Số: 20-NQ/TW
Hà Nội, ngày 01 tháng 11 năm 2012

NGHỊ QUYẾT
VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ

III- NHIỆM VỤ VÀ GIẢI PHÁP

2- Tiếp tục đổi mới mạnh mẽ cơ chế quản lý khoa học và công nghệ

2.1- Đổi mới hệ thống tổ chức khoa học và công nghệ

Quy hoạch, sắp xếp lại hệ thống tổ chức khoa học và công nghệ công lập.

Thực hiện triệt để cơ chế tự chủ của tổ chức khoa học và công nghệ công lập.

T/M BAN CHẤP HÀNH TRUNG ƯƠNG
TỔNG BÍ THƯ
Nguyễn Phú Trọng
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	got := firstWords(d)
	if want := "Quy Thực"; got != want {
		t.Errorf("obligations open %q, want %q", got, want)
	}
}

// The same under bodies a lead-in asked, outside a tasks section: the
// paragraphs under each title are the tasks, the titles none.
func TestParseTitleApartUnderLeadIn(t *testing.T) {
	const text = `BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
Số 69-KL/TW
Hà Nội, ngày 11 tháng 01 năm 2024

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về tiếp tục thực hiện Nghị quyết số 20-NQ/TW

Bộ Chính trị yêu cầu các cấp uỷ, tổ chức đảng tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:

1. Tăng cường sự lãnh đạo của Đảng đối với phát triển khoa học

Tăng cường sự lãnh đạo của Đảng, tạo chuyển biến mạnh mẽ trong nhận thức.

Khẩn trương cụ thể hoá nghị quyết, chủ trương của Đảng.

2. Thúc đẩy phát triển thị trường khoa học và công nghệ

Tạo điều kiện thuận lợi cho doanh nghiệp đầu tư cho khoa học.

T/M BỘ CHÍNH TRỊ
Trương Thị Mai
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	got := firstWords(d)
	if want := "Tăng Khẩn Tạo"; got != want {
		t.Errorf("obligations open %q, want %q", got, want)
	}
}

// A task's block ("- Thời gian hoàn thành: …", "- Đơn vị chủ trì: …",
// "- Đơn vị phối hợp: …", "- Kết quả: …") gives the task its deadline,
// lead, support and product; its lines are no tasks.
func TestParseTaskBlock(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 16/KH-UBND
Lương Minh, ngày 18 tháng 11 năm 2025

KẾ HOẠCH
Triển khai công tác bầu cử

I. NHIỆM VỤ CỤ THỂ

1.1. Xây dựng và ban hành Hướng dẫn về công tác giám sát bầu cử.

- Thời gian hoàn thành: trong tháng 11/2025.

- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã

- Đơn vị phối hợp: Công an xã, Đoàn Thanh niên xã.

- Kết quả: Hướng dẫn của Ủy ban nhân dân xã.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != 1 {
		t.Fatalf("%d obligations, want 1: %+v", len(d.Obligations), d.Obligations)
	}
	o := d.Obligations[0]
	if o.Lead != "Văn phòng Ủy ban nhân dân xã" || fmt.Sprint(o.Support) != "[Công an xã Đoàn Thanh niên xã]" || o.Due == nil || o.Product == "" {
		t.Errorf("lead %q, support %q, due %+v, product %q", o.Lead, o.Support, o.Due, o.Product)
	}
}

// An event's block ("Nội dung: …", "- Thời gian: Dự kiến … (Chậm nhất
// ngày …)", "- Thành phần: …", "- Đơn vị chủ trì: …", "- Kết quả: …")
// under the event's title: the content line is the task, dated by the
// latest day; who attends is no task and no role.
func TestParseEventBlock(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN XÃ AN BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND
An Bình, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức hội nghị tiếp xúc cử tri

II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN

1. Hội nghị tiếp xúc cử tri lần thứ nhất

Nội dung: Tổng hợp ý kiến, kiến nghị của cử tri các thôn.

- Thời gian: Dự kiến ngày 10/3/2026 (Chậm nhất ngày 15/3/2026).

- Thành phần: Thường trực Hội đồng nhân dân xã; Ban công tác Mặt trận thôn (chủ trì) và cử tri.

- Địa điểm: Hội trường Ủy ban nhân dân xã.

- Đơn vị chủ trì: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.

- Kết quả: Báo cáo tổng hợp ý kiến cử tri.

Thời gian qua, công tác tiếp xúc cử tri đạt kết quả tốt trong năm 2025.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := firstWords(d); got != "Nội" {
		t.Fatalf("obligations open %q, want one on the content line: %+v", got, d.Obligations)
	}
	o := d.Obligations[0]
	if o.Lead != "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" || o.Due == nil || o.Due.Date.String() != "2026-03-15" || o.Product != "báo cáo" {
		t.Errorf("lead %q, due %+v, product %q", o.Lead, o.Due, o.Product)
	}
}

// firstWords gives the first word of each obligation's text, in order.
func firstWords(d *directive.Document) string {
	var w []string
	for _, o := range d.Obligations {
		w = append(w, strings.Fields(o.Text)[0])
	}
	return strings.Join(w, " ")
}

// A paragraph that ends on "số" asks for the number under it, even
// across a blank line (a page that printed a broken line as two
// paragraphs): the legal basis is one, and its citation one.
func TestNumberUnderBlankLine(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 06/2024/QĐ-UBND
Kon Tum, ngày 25 tháng 01 năm 2024

QUYẾT ĐỊNH
Ban hành Quy định chế độ báo cáo

ỦY BAN NHÂN DÂN TỈNH KON TUM

Căn cứ Nghị định số

34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết Luật Ban hành văn bản quy phạm pháp luật;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var basis []string
	for _, p := range d.Preamble {
		if strings.HasPrefix(p, "Căn cứ") {
			basis = append(basis, p)
		}
	}
	if len(basis) != 1 || !strings.Contains(basis[0], "số 34/2016/NĐ-CP ngày") {
		t.Errorf("legal bases %q", basis)
	}
	for _, c := range d.Citations {
		if c.Symbol.String() == "34/2016/NĐ-CP" && c.Relation != directive.RelationLegalBasis {
			t.Errorf("34/2016/NĐ-CP cited as %v", c.Relation)
		}
	}
}

// A closing that sums the plan up and then names who carries it out
// ("Trên đây là Kế hoạch …. Các đơn vị được giao nhiệm vụ … khẩn
// trương …./.") lays an obligation on those it names.
func TestClosingAfterSummary(t *testing.T) {
	const text = `BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/KH-BTNMT
Hà Nội, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
Thực hiện Chỉ thị số 13/CT-TTg

1. Cục Biến đổi khí hậu chủ trì tổ chức thực hiện Kế hoạch.

Trên đây là Kế hoạch của Bộ Tài nguyên và Môi trường thực hiện Chỉ thị số 13/CT-TTg. Các đơn vị trực thuộc Bộ khẩn trương tổ chức triển khai thực hiện đúng tiến độ./.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Công Thành
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var closing []directive.Obligation
	for _, o := range d.Obligations {
		if o.Path == directive.ClosingPath {
			closing = append(closing, o)
		}
	}
	if len(closing) != 1 || !strings.HasPrefix(closing[0].Text, "Các đơn vị trực thuộc Bộ khẩn trương") || len(closing[0].Addressees) != 1 {
		t.Errorf("closing obligations %+v", closing)
	}
}

// An article's title is no part of the obligation its paragraph lays
// ("Điều 15. Sửa đổi, bổ sung Quy chế" / "Trong quá trình thực hiện …,
// đề nghị các cơ quan …"); an execution clause its line broke after the
// marker is one text ("Điều 3. Chánh Văn phòng …, Giám đốc các" / "Sở …").
func TestArticleTitleApart(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 162/2025/QĐ-UBND
Ninh Bình, ngày 12 tháng 5 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế quản lý hệ thống thư điện tử

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hệ thống thư điện tử.

Điều 2. Sửa đổi, bổ sung Quy chế

Trong quá trình thực hiện Quy chế, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị kịp thời báo cáo về Sở Khoa học và Công nghệ để tổng hợp.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các
Sở, ngành và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var starts []string
	for _, o := range d.Obligations {
		starts = append(starts, strings.Join(strings.Fields(o.Text)[:3], " "))
	}
	want := []string{"Trong quá trình", "Chánh Văn phòng"}
	if !slices.Equal(starts, want) {
		t.Errorf("obligations open %q, want %q", starts, want)
	}
}

// Under a point whose heading names bodies, a lead-in that names its own
// body gives the points after it to that body.
func TestLeadInUnderNamedBodies(t *testing.T) {
	const text = `THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11/CT-TTg
Hà Nội, ngày 04 tháng 3 năm 2020

CHỈ THỊ
Về các nhiệm vụ, giải pháp cấp bách

I. Các bộ, cơ quan trung ương và địa phương

1. Tập trung rà soát các thủ tục hành chính.

2. Đẩy mạnh thông tin truyền thông

Bộ Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các Bộ ngành, địa phương:

- Chỉ đạo các cơ quan truyền thông kịp thời cung cấp thông tin chính thống.

- Tăng cường truyền thông các chủ đề an toàn.

THỦ TƯỚNG
Nguyễn Xuân Phúc
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Chỉ đạo") || strings.HasPrefix(o.Text, "Tăng cường") {
			got = append(got, strings.Join(o.Addressees, "; "))
		}
	}
	want := []string{"Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"}
	if !slices.Equal(got, want) {
		t.Errorf("addressees of the points %q, want %q", got, want)
	}
}

// A point that leads into points of its own, each a task ("- Chủ trì,
// phối hợp với … tham mưu Ủy ban nhân dân tỉnh:" over "+ Tổ chức …", "+
// Ban hành …"), gives each its task with the lead-in's bodies and roles;
// a lead-in that lists contents ("…, bao gồm:") is one task.
func TestSubTasks(t *testing.T) {
	const text = `ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 199/KH-UBND
Hưng Yên, ngày 10 tháng 5 năm 2026

KẾ HOẠCH
Phòng, chống ma túy năm 2026

III. TỔ CHỨC THỰC HIỆN

1. Công an tỉnh

- Chủ trì, phối hợp với các Sở, ngành, địa phương tham mưu Ủy ban nhân dân tỉnh:

+ Tổ chức thực hiện có hiệu quả các Dự án thuộc Chương trình mục tiêu quốc gia.

+ Ban hành Đề án xây dựng xã, phường không ma túy trong tháng 6/2026.

2. Sở Y tế

- Lập hồ sơ cai nghiện, bao gồm:

+ Đơn đề nghị;

+ Bản sao giấy tờ tùy thân.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, strings.Fields(o.Text)[0]+" "+o.Lead)
	}
	want := []string{"Tổ Công an tỉnh", "Ban Công an tỉnh", "Lập "}
	if !slices.Equal(got, want) {
		t.Errorf("obligations %q, want %q", got, want)
	}
}

// A point whose heading is its topic ("6. Về tra cứu thông tin khai báo
// hóa chất") is no part of the request its paragraph makes ("Về việc
// truy cập …, đề nghị Quý cơ quan liên hệ …").
func TestTopicPointApart(t *testing.T) {
	const text = `BỘ CÔNG THƯƠNG
CỤC HÓA CHẤT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 813/HC-CNHC
V/v hướng dẫn khai báo hóa chất
Hà Nội, ngày 10 tháng 3 năm 2026
Kính gửi: Công ty TNHH Hóa chất An Bình.
1. Về khái niệm hàm lượng
Hàm lượng là tỷ lệ phần trăm khối lượng của chất trong hỗn hợp.
2. Về tra cứu thông tin khai báo hóa chất
Về việc truy cập tài khoản khai báo hóa chất nhập khẩu, đề nghị Quý cơ quan liên hệ với Cục Thương mại điện tử và Kinh tế số để biết thêm thông tin.
Trân trọng./.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn An
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var starts []string
	for _, o := range d.Obligations {
		starts = append(starts, strings.Join(strings.Fields(o.Text)[:3], " "))
	}
	if want := []string{"Về việc truy"}; !slices.Equal(starts, want) {
		t.Errorf("obligations open %q, want %q", starts, want)
	}
}

// A hard-wrapped line that ends on a label's colon inside a sentence goes
// on to a line that opens with no letter ("theo địa chỉ Email:" /
// "[email protected] trước ngày 25/5/2013.", the address as a web
// page hides it), and the sentence's deadline stays with it.
func TestParseLabelWrapSymbol(t *testing.T) {
	const text = `BỘ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3234/BGDĐT-GDCN
V/v báo cáo tình hình mở ngành
Hà Nội, ngày 16 tháng 5 năm 2013
Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương
Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 của Bộ trưởng
Bộ Giáo dục và Đào tạo (GDĐT) về thực hiện quy hoạch phát triển nhân lực
ngành giáo dục và đào tạo theo nhu cầu phát triển xã hội giai đoạn
2013-2015, Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố trực thuộc Trung
ương báo cáo về tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học
trình độ TCCN của địa phương từ nay đến năm 2015.
Báo cáo của sở xin gửi về theo địa chỉ: Vụ Giáo dục chuyên nghiệp, Bộ Giáo
dục và Đào tạo, 49 Đại Cồ Việt, Hai Bà Trưng, Hà Nội và theo địa chỉ Email:
[email protected] trước ngày 25/5/2013.
Nơi nhận:
- Như trên;
- Lưu: VT, Vụ GDCN.
TL. BỘ TRƯỞNG
VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP
Hoàng Ngọc Vinh
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Obligations, func(o directive.Obligation) bool { return strings.HasPrefix(o.Text, "Báo cáo của sở") })
	if i < 0 {
		t.Fatalf("no obligation for the report's address among %d", len(d.Obligations))
	}
	if o := d.Obligations[i]; !strings.HasSuffix(o.Text, "trước ngày 25/5/2013.") || o.Due == nil || o.Due.Date.String() != "2013-05-25" {
		t.Errorf("text %q, due %+v", o.Text, o.Due)
	}
}

// A scan's lines broken where the source's were not: a symbol cut at its
// dash ("NĐ-" / "CP, …"), a parenthesis that opens in lower case ("(sau
// đây gọi là …)"): each goes on the paragraph, so the request and the points under it stay one lead-in
// and its tasks.
func TestScanBreaksGoOn(t *testing.T) {
	const text = `BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 8388/BTC-QLCS
V/v triển khai Nghị định
Hà Nội, ngày 10 tháng 6 năm 2026

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.

Để triển khai thực hiện có hiệu quả Nghị định số 178/2026/NĐ-

CP, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung

ương

(sau đây gọi là địa phương) tập trung chỉ đạo các nhiệm vụ trọng tâm sau:

1. Tổ chức tuyên truyền, phổ biến nội dung của Nghị định.

2. Rà soát tài sản theo quy định tại khoản 1 Điều 48 Nghị định.

Nơi nhận:
- Như trên;
- Lưu: VT, QLCS.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != 3 || !strings.Contains(d.Body[0].Text, "178/2026/NĐ-CP, Bộ Tài chính đề nghị") || !strings.Contains(d.Body[0].Text, "trung ương (sau đây gọi là địa phương)") {
		t.Fatalf("body %d nodes: %+v", len(d.Body), d.Body)
	}
	if len(d.Obligations) != 2 {
		t.Fatalf("%d obligations: %+v", len(d.Obligations), d.Obligations)
	}
	for _, o := range d.Obligations {
		// the lead-in's bodies, by the term it defines for them
		if len(o.Addressees) != 1 || o.Addressees[0] != "địa phương" {
			t.Errorf("%s: addressees %q", o.Path, o.Addressees)
		}
	}
	if slices.ContainsFunc(d.Citations, func(c directive.Citation) bool { return c.Symbol.String() == "178/2026/NĐ-" }) {
		t.Errorf("a cut symbol cited: %+v", d.Citations)
	}
}

// A scan's marker misread: "5," for "5." between "4." and "6.", a part's
// "II" whose dot it lost, "1)" for the "i)" after "h)". Each is read as
// printed, with a scan_bullet repair, and the tree keeps its shape.
func TestScanMarkersMisread(t *testing.T) {
	const text = `BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/KH-BTNMT
Hà Nội, ngày 10 tháng 6 năm 2024

KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 13/CT-TTg

I. NHIỆM VỤ CHỦ YẾU
4. Chủ trì tổ chức đàm phán với các đối tác quốc tế.
5, Chủ trì, phối hợp với các cơ quan thông tấn, báo chí thực hiện tuyên truyền.
6. Phối hợp với Bộ Tài chính hoàn thiện Đề án.
II TỔ CHỨC THỰC HIỆN
1. Cục Biến đổi khí hậu có trách nhiệm:
g) Phối hợp với Bộ Nông nghiệp xác định tiềm năng giảm phát thải.
h) Phối hợp với Bộ Tài chính hoàn thiện dự thảo Đề án.
1) Phối hợp với các địa phương rà soát hiện trạng.
k) Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.
2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Công Thành
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != 2 || d.Body[1].Marker != "II" || d.Body[1].Heading != "TỔ CHỨC THỰC HIỆN" {
		t.Fatalf("parts: %+v", d.Body)
	}
	var marks []string
	for _, n := range d.Body[0].Children {
		marks = append(marks, n.Marker)
	}
	if !slices.Equal(marks, []string{"4", "5", "6"}) {
		t.Errorf("points of part I: %q", marks)
	}
	marks = nil
	for _, n := range d.Body[1].Children[0].Children {
		marks = append(marks, n.Marker)
	}
	if len(d.Body[1].Children) != 2 || !slices.Equal(marks, []string{"g", "h", "i", "k"}) {
		t.Errorf("points of part II: %d, under its 1.: %q", len(d.Body[1].Children), marks)
	}
	repairs := 0
	for _, r := range d.Repairs {
		if r.Code == directive.RepairScanBullet {
			repairs++
		}
	}
	if repairs != 3 {
		t.Errorf("%d scan_bullet repairs, want 3: %v", repairs, d.Repairs)
	}
}

// A line that ends on a word asking for what follows ("… của", "… với")
// goes on over a line that opens with a name in capitals and lower case
// ("Chính phủ …", "Bộ Y tế …"), a blank line between or not.
func TestDanglingWordGoesOn(t *testing.T) {
	const text = `BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 627/BYT-BH
V/v hướng dẫn thanh toán
Hà Nội, ngày 05 tháng 02 năm 2021

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc trung ương.

Căn cứ Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 của

Chính phủ quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật bảo hiểm y tế;

Đề nghị các đơn vị chủ động phối hợp với
Bảo hiểm xã hội tỉnh triển khai thực hiện.

TL. BỘ TRƯỞNG
VỤ TRƯỞNG VỤ BẢO HIỂM Y TẾ
Trần Thị Trang
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, n := range d.Body {
		texts = append(texts, n.Text)
	}
	if len(texts) != 2 || !strings.Contains(texts[0], "17/10/2018 của Chính phủ quy định") || !strings.Contains(texts[1], "phối hợp với Bảo hiểm xã hội tỉnh") {
		t.Fatalf("body %q", texts)
	}
	if len(d.Obligations) != 1 || !slices.Contains(d.Obligations[0].Support, "Bảo hiểm xã hội tỉnh") {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// A paragraph of dated tasks gives one obligation a task; past
// maxClauseSplits (32) cuts, the rest is one obligation, so that a text
// no office writes is read in linear time.
func TestDatedTasksCutBound(t *testing.T) {
	const head = "ỦY BAN NHÂN DÂN\nSố: 1/KH-UBND\nKẾ HOẠCH\nThử\n1. Sở Y tế\n- "
	const task = "Hoàn thành rà soát trước ngày 15/12/2024. "
	for _, c := range []struct{ tasks, want int }{{10, 10}, {33, 33}, {40, 33}} {
		d, err := parser.Parse(head + strings.Repeat(task, c.tasks) + "\n")
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Obligations) != c.want {
			t.Errorf("%d tasks: %d obligations, want %d", c.tasks, len(d.Obligations), c.want)
			continue
		}
		last := d.Obligations[len(d.Obligations)-1].Text
		if n := strings.Count(last, "Hoàn thành"); n != c.tasks-c.want+1 {
			t.Errorf("%d tasks: the last obligation holds %d of them", c.tasks, n)
		}
	}
}

// A PDF viewer's copy leaves each page's number alone at the margin,
// between the body's lines: set aside as chrome, so the sentence it cut
// goes on and the points keep their shape; a number a line asks for, or
// a table's cell, stays.
func TestPageNumbersBetweenLines(t *testing.T) {
	const text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 7103/UBND-TH\nV/v triển khai\nLào Cai, ngày 10 tháng 6 năm 2026\nKính gửi: Các sở, ban, ngành.\n\n" +
		"1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan\nrà soát tài sản kết cấu hạ tầng trên địa bàn tỉnh và báo cáo\n\n2\n\n" +
		"Ủy ban nhân dân tỉnh trước ngày 30/6/2026.\n2. Sở Xây dựng chủ trì\n\n3\n\nlập danh mục tài sản trước ngày 15/7/2026.\n" +
		"3. Sở Nội vụ theo dõi việc thực hiện Điều\n5\nvà báo cáo kết quả thực hiện.\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var chrome []string
	for _, r := range d.Repairs {
		if r.Code == directive.RepairChrome {
			chrome = append(chrome, r.Original)
		}
	}
	if !slices.Equal(chrome, []string{"2", "3"}) {
		t.Errorf("set aside %q, want the page numbers 2 and 3 (not the 5 after \"Điều\")", chrome)
	}
	if len(d.Body) != 3 || d.Body[1].Heading != "Sở Xây dựng chủ trì lập danh mục tài sản trước ngày 15/7/2026." {
		t.Fatalf("body %+v", d.Body)
	}
	if len(d.Body[0].Children) != 1 || d.Body[0].Children[0].Text != "Ủy ban nhân dân tỉnh trước ngày 30/6/2026." {
		t.Errorf("first point's children %+v", d.Body[0].Children)
	}
}
