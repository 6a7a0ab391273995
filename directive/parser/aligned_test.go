package parser

import (
	"slices"
	"testing"

	"github.com/chidao/chidao/directive"
)

// A header printed as two columns side by side, each wrapped in its own
// width (pdftotext -layout), reads as its parts.
func TestParseAlignedHeader(t *testing.T) {
	for _, c := range []struct {
		name, text                    string
		parent, issuer, symbol, place string
		subject                       string
	}{{
		name: "wrapped national header and date",
		text: "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n" +
			"TỈNH HẬU GIANG               NAM\n" +
			"-------                      Độc lập - Tự do - Hạnh phúc\n" +
			"                             ---------------\n" +
			"Số: 95/QĐ-UBND               Vị Thanh, ngày 12 tháng 3 năm\n" +
			"                             2024\n\n" +
			"QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\n",
		issuer: "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG", symbol: "95/QĐ-UBND", place: "Vị Thanh", subject: "Về việc thành lập Tổ công tác",
	}, {
		name: "right column first, V/v wrapped below the date",
		text: "                                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n" +
			"                                      VIỆT NAM Độc lập - Tự do - Hạnh\n" +
			"BỘ NỘI VỤ ——-                        phúc —————\n" +
			"Số: 812/BNV-TL V/v: hướng dẫn         Hà Nội, ngày 27 tháng 10 năm\n" +
			"nâng bậc lương trước thời hạn         2024\n" +
			"đối với cán bộ\n\n" +
			"Kính gửi: Các bộ, cơ quan ngang bộ.\n\nĐề nghị các bộ báo cáo trước ngày 15/12/2024./.\n",
		issuer: "BỘ NỘI VỤ", symbol: "812/BNV-TL", place: "Hà Nội", subject: "hướng dẫn nâng bậc lương trước thời hạn đối với cán bộ",
	}, {
		name: "a post wrapped from its body, a symbol cut after its dash",
		text: "THỦ TƯỚNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc\n" +
			"CHÍNH PHỦ ——–        lập - Tự do - Hạnh phúc —————-\n" +
			"Số: 7/2024/QĐ-       Hà Nội, ngày 26 tháng 04 năm 2024\n" +
			"TTg\n\nQUYẾT ĐỊNH\nVỀ HỖ TRỢ NHÀ Ở\n\nĐiều 1. Phạm vi.\n",
		issuer: "THỦ TƯỚNG CHÍNH PHỦ", symbol: "7/2024/QĐ-TTg", place: "Hà Nội", subject: "VỀ HỖ TRỢ NHÀ Ở",
	}} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if d.ParentIssuer != c.parent || d.Issuer != c.issuer || d.Symbol.String() != c.symbol || d.Place != c.place || d.Subject != c.subject {
				t.Errorf("parent %q issuer %q symbol %q place %q subject %q", d.ParentIssuer, d.Issuer, d.Symbol, d.Place, d.Subject)
			}
			if len(d.NationalHeader) != 2 || d.Date.IsZero() {
				t.Errorf("national header %q, date %v", d.NationalHeader, d.Date)
			}
			for _, r := range d.Repairs {
				if r.Code == directive.RepairSetAside {
					t.Errorf("set aside: %q", r.Original)
				}
			}
		})
	}
}

// A column gap inside the body (a table's columns) is no header.
func TestAlignedHeaderNeedsNationalHeader(t *testing.T) {
	raws := []string{"STT   Nội dung              Cơ quan chủ trì", "1     Rà soát văn bản       Sở Tư pháp", "2     Báo cáo               Sở Nội vụ"}
	if _, _, _, ok := alignedHeader(raws, 0); ok {
		t.Error("a body table read as a two-column header")
	}
}

// A PDF's text layer read without its layout breaks the motto and runs
// rules into the next part; the header still reads.
func TestParsePDFRawHeader(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n------Số: 641/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM Độc lập - Tự do - Hạnh\n" +
		"phúc ———–\n--------------Bắc Giang, ngày 02 tháng 12 năm 2013\nQUYẾT ĐỊNH\nVỀ VIỆC BÃI BỎ QUYẾT ĐỊNH SỐ 68/2010/QĐ-UBND\n" +
		"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ Quyết định số 68/2010/QĐ-UBND.\n" +
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nVỤ TRƯỞNG VỤ GIÁO DỤC\nCHUYÊN NGHIỆP\nNguyễn Văn Linh\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" || d.Symbol.String() != "641/QĐ-UBND" || d.Place != "Bắc Giang" || d.Date.IsZero() {
		t.Errorf("issuer %q symbol %q place %q date %v", d.Issuer, d.Symbol, d.Place, d.Date)
	}
	if len(d.NationalHeader) != 2 || d.NationalHeader[1] != "Độc lập - Tự do - Hạnh phúc" {
		t.Errorf("national header %q", d.NationalHeader)
	}
	if d.Subject != "VỀ VIỆC BÃI BỎ QUYẾT ĐỊNH SỐ 68/2010/QĐ-UBND" {
		t.Errorf("subject %q", d.Subject)
	}
	if d.Signature.Title != "VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP" || d.Signature.Name != "Nguyễn Văn Linh" {
		t.Errorf("signature %+v", d.Signature)
	}
}

func TestSplitGluedRule(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Hạnh phúc —————Số: 22/2013/QĐ-TTg", []string{"Hạnh phúc", "Số: 22/2013/QĐ-TTg"}},
		{"Hạnh phúc ————— Số: 22", nil}, // a space: no glue
		{"năm 2010-2015 về", nil},       // a range
		{"đoạn --- tiếp theo", nil},
	} {
		if got := splitGluedRule(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitGluedRule(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The Nơi nhận list and the signature printed side by side (pdftotext
// -layout) read apart, the post wrapped in its column.
func TestParseAlignedTail(t *testing.T) {
	text := "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 32/BGDĐT-GDCN\nV/v báo cáo tình hình đào tạo\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Hà Nội, ngày 16 tháng 5 năm 2013\n\nKính gửi: Các sở giáo dục và đào tạo.\n\nĐề nghị các sở báo cáo trước ngày 25/5/2013.\n\n" +
		"Nơi nhận:                           TL. BỘ TRƯỞNG\n" +
		"- Như trên;                         VỤ TRƯỞNG VỤ GIÁO DỤC\n" +
		"- BT. Phạm Vũ Luận (để b/c);        CHUYÊN NGHIỆP\n" +
		"- UBND tỉnh, TP trực thuộc TW (để\n" +
		"biết);                              Hoàng Ngọc Vinh\n" +
		"- Lưu: VT, Vụ GDCN.\n\nTrang chủ | Liên hệ\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Signature.Title != "VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP" || d.Signature.Name != "Hoàng Ngọc Vinh" ||
		!slices.Equal(d.Signature.Authority, []string{"TL. BỘ TRƯỞNG"}) {
		t.Errorf("signature %+v", d.Signature)
	}
	want := []string{"Như trên", "BT. Phạm Vũ Luận (để b/c)", "UBND tỉnh, TP trực thuộc TW (để biết)", "Lưu: VT, Vụ GDCN"}
	if !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution %q, want %q", d.Distribution, want)
	}
}

// A Nơi nhận list written inline and wrapped by the page's width, its
// entries cut anywhere, reads as its entries.
func TestParseWrappedInlineDistribution(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 15/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Nam Định, ngày 12 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\n" +
		"Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n" +
		"Nơi nhận: - Như Điều 2; - TTgCP, các Phó TTgCP (để báo cáo); - Tổ công tác\n" +
		"thực hiện Đề án các tỉnh: Yên Bái, Hòa Bình, Thái Nguyên, Nam Định,\n" +
		"Thái Bình, Sóc Trăng; - VPCP: BTCN (để báo cáo); -\n" +
		"TCTCT: các Tổ phó; - Các Bộ: Tài chính, Nội vụ; - VPCP:\n" +
		"BTCN, các PCN, Cổng TTĐT; - Lưu: VT.\n" +
		"KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Hùng\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Như Điều 2", "TTgCP, các Phó TTgCP (để báo cáo)",
		"Tổ công tác thực hiện Đề án các tỉnh: Yên Bái, Hòa Bình, Thái Nguyên, Nam Định, Thái Bình, Sóc Trăng",
		"VPCP: BTCN (để báo cáo)", "TCTCT: các Tổ phó", "Các Bộ: Tài chính, Nội vụ", "VPCP: BTCN, các PCN, Cổng TTĐT", "Lưu: VT"}
	if !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution\n got %q\nwant %q", d.Distribution, want)
	}
	if d.Signature.Name != "Trần Văn Hùng" || d.Signature.Title != "PHÓ CHỦ TỊCH" {
		t.Errorf("signature %+v", d.Signature)
	}
}

// An annex issued with the decision reads after a signature whose name
// the reader did not find, and a name in capitals opens with a family
// name: "QUY ĐỊNH", "Chương I" are no signer.
func TestParseAnnexAfterPartialSignature(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 31/2011/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Gia Lai, ngày 10 tháng 11 năm 2011\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy định miễn, giảm tiền sử dụng đất\n\n" +
		"Điều 1. Ban hành kèm theo Quyết định này Quy định miễn, giảm tiền sử dụng đất.\n" +
		"Điều 2. Chánh văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\n" +
		"TM. UỶ BAN NHÂN DÂN\nTỈNH CHỦ TỊCH PHẠM\n\nQUY ĐỊNH\nVỀ MIỄN, GIẢM TIỀN SỬ DỤNG ĐẤT\n(Ban hành kèm theo Quyết định số 31/2011/QĐ-UBND ngày 10 tháng 11 năm 2011 của UBND tỉnh)\n" +
		"Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Nguyên tắc chung\nSở Tài chính chủ trì, phối hợp với Cục Thuế tỉnh hướng dẫn thực hiện.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Signature.Name != "" {
		t.Errorf("signer %q", d.Signature.Name)
	}
	var annex *directive.Node
	for i := range d.Body {
		if d.Body[i].Kind == directive.NodeAnnex {
			annex = &d.Body[i]
		}
	}
	if annex == nil || annex.Marker != "QUY ĐỊNH" {
		t.Fatalf("no annex read: %+v", d.Body)
	}
}

// A header column's issuer wrapped mid-name, its rules between the
// number and the V/v, and a list cell holding every recipient read as
// printed.
func TestParseAlignedLetter(t *testing.T) {
	text := "SỞ NÔNG NGHIỆP VÀ MÔI            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n" +
		"TRƯỜNG                           NAM\n" +
		"-------                          Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 3234/SNNMT-KS                -----------\n" +
		"-------                          Lào Cai, ngày 16 tháng 5 năm 2026\n" +
		"V/v báo cáo tình hình khai thác\n" +
		"khoáng sản\n\n" +
		"| Kính gửi: | - Sở Tài chính; - Sở Xây dựng. |\n\n" +
		"Đề nghị các Sở báo cáo trước ngày 30/5/2026./.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" || d.ParentIssuer != "" || d.Symbol.String() != "3234/SNNMT-KS" ||
		d.Subject != "báo cáo tình hình khai thác khoáng sản" {
		t.Errorf("issuer %q/%q symbol %q subject %q", d.ParentIssuer, d.Issuer, d.Symbol, d.Subject)
	}
	if !slices.Equal(d.Recipients, []string{"Sở Tài chính", "Sở Xây dựng"}) {
		t.Errorf("recipients %q", d.Recipients)
	}
}

// A citation's article number that a PDF's width put at a line's start
// ("… quy định tại" / "Điều 22 Luật BHYT …") goes on with the paragraph.
func TestParseWrappedArticleCitation(t *testing.T) {
	text := "BỘ Y TẾ\nSố: 627/BYT-BH\nV/v thanh toán chi phí KCB\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Hà Nội, ngày 01 tháng 02 năm 2021\n\nKính gửi: Sở Y tế các tỉnh.\n\n" +
		"1. Người tham gia bảo hiểm y tế tự đi khám bệnh tại bệnh viện tuyến huyện theo\n" +
		"Điều 22 Luật BHYT được xác định là đúng tuyến.\n" +
		"2. Đề nghị Sở Y tế các tỉnh chỉ đạo thực hiện.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range d.Body {
		if n.Kind == directive.NodeArticle {
			t.Errorf("a wrapped citation read as an article: %+v", n)
		}
	}
	if len(d.Body) != 2 {
		t.Errorf("body of %d nodes, want the two points", len(d.Body))
	}
}

// A PDF's text layer read without its layout prints each list marker
// alone above its item; the reader puts them back together.
func TestParseOrphanMarkers(t *testing.T) {
	text := "VĂN PHÒNG CHÍNH PHỦ\nSố: 3479/VPCP-NN\nV/v xây dựng Đề án thí điểm\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Hà Nội, ngày 26 tháng 5 năm 2021\n\nKính gửi:\n•\n\nBộ Nông nghiệp và Phát triển nông thôn;\n\n•\n\nỦy ban nhân dân tỉnh Quảng Nam.\n\n" +
		"Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam, Phó Thủ tướng có ý kiến như sau:\n1.\n\nGiao Bộ Nông nghiệp và Phát triển nông thôn chủ trì xây dựng Đề án.\n2.\n\nỦy ban nhân dân tỉnh Quảng Nam phối hợp thực hiện.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Recipients, []string{"Bộ Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân tỉnh Quảng Nam"}) {
		t.Errorf("recipients %q", d.Recipients)
	}
	if len(d.Obligations) != 2 {
		t.Errorf("%d obligations, want 2: %+v", len(d.Obligations), d.Obligations)
	}
}

// A numbered item's marker over a bullet glyph over its text, each
// alone (pdftotext without -layout), reads as the numbered item.
func TestParseOrphanMarkerChain(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nSố: 199/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Hưng Yên, ngày 01 tháng 6 năm 2026\n\nKẾ HOẠCH\nPhòng, chống ma túy năm 2026\n\nI. PHÂN CÔNG NHIỆM VỤ\n2.\n•\n\nCông an tỉnh\n" +
		"Chủ trì, phối hợp với các sở, ngành tham mưu Ủy ban nhân dân tỉnh:\n\n•\n\nTổ chức thực hiện các dự án phòng, chống ma túy.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) == 0 || len(d.Body[len(d.Body)-1].Children) == 0 {
		t.Fatalf("body %+v", d.Body)
	}
	sec := d.Body[len(d.Body)-1].Children[0]
	if sec.Marker != "2" || sec.Heading != "Công an tỉnh" {
		t.Errorf("section %q %q, want 2 / Công an tỉnh", sec.Marker, sec.Heading)
	}
}

// A subject with no blank line under it ends before the body's first
// sentence ("Trong những năm qua, …").
func TestParseSubjectBeforeNarrative(t *testing.T) {
	text := "TỈNH ỦY LÀO CAI\n*\nSố 34-NQ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 27 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n" +
		"về phát triển các khu công nghiệp, cụm công nghiệp\nTrong những năm qua, ngành công nghiệp tỉnh đạt nhiều kết quả quan trọng.\n" +
		"Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy triển khai thực hiện.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Subject != "về phát triển các khu công nghiệp, cụm công nghiệp" {
		t.Errorf("subject %q", d.Subject)
	}
}

// A page's number alone between two pages (after the form feed of a
// PDF's text layer, or centred) is chrome, and the sentence it cut goes
// on.
func TestParsePageNumber(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 15/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Nam Định, ngày 12 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác gồm lãnh đạo các sở, ngành\n" +
		"\f                                        2\n\ncủa tỉnh và Ủy ban nhân dân các huyện.\n" +
		"Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != 2 || d.Body[0].Heading != "Thành lập Tổ công tác gồm lãnh đạo các sở, ngành của tỉnh và Ủy ban nhân dân các huyện." {
		t.Errorf("body %+v", d.Body)
	}
}

func TestFileFooter(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"18.KLTW75.DOC 5", true}, {"QD-123.docx 2", true}, {"baocao.pdf", true},
		{"Xem tệp baocao.pdf", false}, {"18.KLTW75.DOC trang 5", false}, {"A.DOC", false},
	} {
		if got := fileFooter(c.in); got != c.want {
			t.Errorf("fileFooter(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A scan that lost a mark of a task's opening verb ("Đây mạnh" for "Đẩy
// mạnh") still opens a task.
func TestOpensTaskLostMarks(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Đây mạnh tuyên truyền, giáo dục.", true}, {"Khân trương hoàn thiện pháp luật.", true},
		{"Đẩy mạnh tuyên truyền.", true}, {"Đây là nhiệm vụ trọng tâm.", false},
	} {
		if got := opensTask(readText(c.in)); got != c.want {
			t.Errorf("opensTask(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// An ad hoc body names the decision that set it up under its name ("ĐOÀN
// KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT"): that number is the
// issuer's, the document's own follows; in a PDF text layer whose motto
// and date, centred, start well right of the national header, and in
// plain lines.
func TestAdHocBodyIssuer(t *testing.T) {
	layout := "   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh Phúc\n" +
		"  THEO QUYẾT ĐỊNH\n" +
		"   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026\n\n" +
		"     Số: 1105/KH-ĐKT\n\n" +
		"                               KẾ HOẠCH\n" +
		"Kiểm tra việc sử dụng vật liệu nổ công nghiệp\n\n" +
		"      Thực hiện Quyết định số 1050/QĐ-SCT, Đoàn kiểm tra lập kế hoạch như sau:\n"
	plain := "SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT\n\n" +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1105/KH-ĐKT\n\n" +
		"Lào Cai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra việc sử dụng vật liệu nổ công nghiệp\n\n" +
		"Thực hiện Quyết định số 1050/QĐ-SCT, Đoàn kiểm tra lập kế hoạch như sau:\n"
	for name, text := range map[string]string{"layout": layout, "plain": plain} {
		d, err := Parse(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.ParentIssuer != "SỞ CÔNG THƯƠNG" || d.Issuer != "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT" ||
			d.Symbol.String() != "1105/KH-ĐKT" || d.Type != directive.KindPlan || d.Date.String() != "2026-03-10" {
			t.Errorf("%s: %q / %q, %s, %v, %s", name, d.ParentIssuer, d.Issuer, d.Symbol, d.Type, d.Date)
		}
	}
}

// A Party-style mark with a dot ("T/M. ĐOÀN KIỂM TRA") opens the signature
// beside the Nơi nhận, and the post a digital signature prints under the
// name ("PHÓ GIÁM ĐỐC" / "SỞ CÔNG THƯƠNG …") leaves the title above it.
func TestAlignedTailDottedMark(t *testing.T) {
	text := "SỞ CÔNG THƯƠNG\nSố: 12/KH-ĐKT\nLào Cai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra\n\n1. Kiểm tra các đơn vị.\n\n" +
		"Nơi nhận:                                         T/M. ĐOÀN KIỂM TRA\n" +
		"- Giám đốc Sở (để báo cáo và phê duyệt);\n" +
		"- Văn phòng Sở (Bố trí kinh phí, phương              TRƯỞNG ĐOÀN\n" +
		"tiện Phục vụ Đoàn kiểm tra);\n" +
		"- Lưu: VT, CN.\n\n\n\n" +
		"                                                     Hoàng Văn Thuân\n" +
		"                                                     PHÓ GIÁM ĐỐC\n" +
		"                                                SỞ CÔNG THƯƠNG LÀO CAI\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	s := d.Signature
	if !slices.Equal(s.Authority, []string{"T/M. ĐOÀN KIỂM TRA"}) || s.Title != "TRƯỞNG ĐOÀN" || s.Name != "Hoàng Văn Thuân" {
		t.Errorf("signature = %q / %q / %q", s.Authority, s.Title, s.Name)
	}
	want := []string{"Giám đốc Sở (để báo cáo và phê duyệt)", "Văn phòng Sở (Bố trí kinh phí, phương tiện Phục vụ Đoàn kiểm tra)", "Lưu: VT, CN"}
	if !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution = %q", d.Distribution)
	}
}

// A header and a tail whose two columns a PDF printed one under the other
// (the cells centred vertically: each column's lines on baselines of their
// own) read as when the columns stand side by side.
func TestAlignedInterleaved(t *testing.T) {
	text := "                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n" +
		"ỦY BAN NHÂN DÂN TỈNH\n" +
		"                                NAM\n" +
		"BẮC GIANG\n" +
		"                                Độc lập - Tự do - Hạnh phúc\n" +
		"-------\n" +
		"                                -------\n" +
		"Số: 641/QĐ-UBND\n" +
		"                                Bắc Giang, ngày 02 tháng 12 năm 2013\n\n" +
		"QUYẾT ĐỊNH\nVề việc bãi bỏ Quyết định số 68/2010/QĐ-UBND\n\n" +
		"Điều 1. Bãi bỏ Quyết định số 68/2010/QĐ-UBND.\n" +
		"Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n\n" +
		"Nơi nhận:\n" +
		"- Như Điều 2;                        KT. CHỦ TỊCH\n" +
		"- Thủ tướng, PTT Nguyễn Sinh         PHÓ CHỦ TỊCH\n" +
		"Hùng;\n" +
		"- VPCP: BTCN, PCN Trần Quốc\n" +
		"Toản, các Vụ: ĐP, TH;                Nguyễn Văn Linh\n" +
		"- Lưu: VT.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" || d.Symbol.String() != "641/QĐ-UBND" || d.Place != "Bắc Giang" || d.Date.String() != "2013-12-02" {
		t.Errorf("issuer %q, symbol %s, place %q, date %s", d.Issuer, d.Symbol, d.Place, d.Date)
	}
	if s := d.Signature; s.Title != "PHÓ CHỦ TỊCH" || s.Name != "Nguyễn Văn Linh" {
		t.Errorf("signature %q / %q / %q", s.Authority, s.Title, s.Name)
	}
	if want := []string{"Như Điều 2", "Thủ tướng, PTT Nguyễn Sinh Hùng", "VPCP: BTCN, PCN Trần Quốc Toản, các Vụ: ĐP, TH", "Lưu: VT"}; !slices.Equal(d.Distribution, want) {
		t.Errorf("distribution %q", d.Distribution)
	}
}
