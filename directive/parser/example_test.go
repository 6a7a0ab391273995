package parser_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

const docExample = `**ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM**
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 5 UBND-VX
V/v triển khai Kế hoạch số 45-KH/TU
Quảng Nam, ngày 4 tháng 3 năm 2024

Kính gửi: Sở Y tế.

Thực hiện Kế hoạch số 45-KH/TU ngày 12/3/2023 của Tỉnh ủy, UBND tỉnh đề nghị:

1. Sở Y tế
- Chủ trì triển khai kế hoạch.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An

Nơi nhận:
- Như trên;
- Lưu: VT, VX.
`

func ExampleParse() {
	d, err := parser.Parse(docExample)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Bloc, d.Type.Label(), d.Symbol, d.Date)
	fmt.Println(d.Issuer)
	fmt.Println(d.Subject)
	fmt.Println(d.Recipients, d.Sections[0].Addressees)
	for _, r := range d.Repairs {
		fmt.Println(r)
	}
	// Output:
	// state Công văn 5/UBND-VX 2024-03-04
	// ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
	// triển khai Kế hoạch số 45-KH/TU
	// [Sở Y tế] [Sở Y tế]
	// line 1: markdown: "**ỦY BAN NHÂN DÂN" → "ỦY BAN NHÂN DÂN"
	// line 5: symbol_slash symbol: "5 UBND-VX" → "5/UBND-VX"
	// line 7: date_format date: "ngày 4 tháng 3 năm 2024" → "ngày 04 tháng 3 năm 2024"
}

// A header that a web preview flattened onto one line is split at its
// parts before it is read.
func ExampleParse_flattened() {
	text := "1. UBND TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc " +
		"Số: 412/SYT-NVY Nha Trang, ngày 07 tháng 3 năm 2019 V/v phòng chống dịch sởi. " +
		"Kính gửi: - Các bệnh viện tuyến tỉnh; - Trung tâm Y tế các huyện. Thời gian qua, số ca mắc sởi tăng nhanh."
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.ParentIssuer, "/", d.Issuer, "/", d.Symbol, "/", d.Place, d.Date)
	fmt.Println(d.Subject)
	fmt.Println(d.Recipients)
	fmt.Println(d.HasRepair(directive.RepairFlatHeader))
	// Output:
	// UBND TỈNH KHÁNH HÒA / SỞ Y TẾ / 412/SYT-NVY / Nha Trang 2019-03-07
	// phòng chống dịch sởi
	// [Các bệnh viện tuyến tỉnh Trung tâm Y tế các huyện]
	// true
}

// A repost without its header gives what its lead tells: the type and the
// bloc, then the body with its citations.
func ExampleParse_repost() {
	text := "Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về công tác dư luận xã hội.\n" +
		"Nội dung Chỉ thị như sau:\n" +
		"Thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, công tác dư luận xã hội có nhiều chuyển biến.\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Bloc, d.Type.Label(), d.Symbol.IsValid())
	for _, c := range d.Citations {
		fmt.Println(c.Symbol, c.Date, c.Issuer, c.Relation)
	}
	fmt.Println(d.HasRepair(directive.RepairNoHeader))
	// Output:
	// party Chỉ thị false
	// 100-KL/TW 2014-08-18 Ban Bí thư implements
	// true
}

// The body reads as a tree, and each assigning point as an obligation:
// who leads, who supports, by when, producing what.
func ExampleParse_obligations() {
	text := `ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Nghệ An, ngày 05 tháng 01 năm 2024
KẾ HOẠCH
Triển khai cải cách hành chính năm 2024
1. Sở Nội vụ
a) Chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch kiểm tra; báo cáo UBND tỉnh trước ngày 15/3/2024.
b) Định kỳ hằng quý tổng hợp kết quả.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Đức Trung
`
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range d.Obligations {
		due := "-"
		if o.Due != nil {
			due = o.Due.Kind.String()
		}
		fmt.Printf("%s %q lead=%q support=%q due=%s product=%q report_to=%q\n", o.Path, o.Addressees, o.Lead, o.Support, due, o.Product, o.ReportTo)
	}
	// Output:
	// body[0].children[0] ["Sở Nội vụ"] lead="Sở Nội vụ" support=["Sở Tài chính"] due=date product="kế hoạch" report_to="UBND tỉnh"
	// body[0].children[1] ["Sở Nội vụ"] lead="" support=[] due=recurring product="" report_to=""
}

// A page cut from its header still gives its body, signature and Nơi
// nhận, marked as a fragment.
func ExampleParse_fragment() {
	text := "b) Các sở, ban, ngành xây dựng kế hoạch thực hiện.\n" +
		"Nơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.\n" +
		"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.HasRepair(directive.RepairFragment), d.Signature.Name, d.Distribution)
	// Output:
	// true Nguyễn Văn Bình [Bộ Nội vụ Lưu: VT]
}

// A web copy that made each printed line a paragraph, with no-break
// spaces and the page's footer after the document, reads as the document
// printed: the repairs say what the reader undid, and the footer's
// references are no citations.
func ExampleParse_webCopy() {
	printed := "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 8388/BTC-QLCS\nV/v triển khai thực hiện Nghị định\nsố 178/2026/NĐ-CP của Chính phủ\nHà Nội, ngày 19 tháng 6 năm 2026\n" +
		"Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n" +
		"Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố rà soát tài sản,\nbáo cáo trước ngày 30/9/2026.\n" +
		"KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nBùi Văn Khắng\n"
	footer := "\nVăn bản liên quan:\n- Quyết định số 1234/QĐ-UBND ngày 01/01/2020\nChia sẻ: Facebook | Zalo\n"
	page := strings.ReplaceAll(strings.ReplaceAll(printed+footer, " ", "\u00a0"), "\n", "\n\n")
	d, err := parser.Parse(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Symbol, d.Date, d.Subject)
	fmt.Println(len(d.Citations), d.Citations[0].Symbol)
	for _, c := range []directive.RepairCode{directive.RepairSpaces, directive.RepairDoubleSpaced, directive.RepairChrome} {
		fmt.Println(c, d.HasRepair(c))
	}
	// Output:
	// 8388/BTC-QLCS 2026-06-19 triển khai thực hiện Nghị định số 178/2026/NĐ-CP của Chính phủ
	// 1 178/2026/NĐ-CP
	// unicode_spaces true
	// double_spaced true
	// chrome true
}

// A portal's page saved as HTML: the header laid out in a two-cell
// table, the page's head, navigation, sidebar and footer around the
// document. Parse reads the text a browser shows; HTMLText gives that
// text, to which the Document's lines and offsets refer.
func ExampleParse_htmlPage() {
	page := `<!DOCTYPE html><html lang="vi"><head><title>Văn bản</title><script>track()</script></head><body>
<nav><a href="/">Trang chủ</a> | <a href="/vb">Văn bản</a></nav>
<article><table><tr>
<td><p><b>ỦY BAN NHÂN DÂN<br>TỈNH AN GIANG</b></p><p>Số: 512/UBND-KT</p><p>V/v báo cáo tình hình thực hiện</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc</p><p><i>An Giang, ngày 12 tháng 3 năm 2026</i></p></td>
</tr></table>
<p>Kính gửi: Sở Tài chính.</p>
<p>Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2026./.</p>
<table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</p></td>
<td><p><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b></p><p>Nguyễn Văn An</p></td></tr></table></article>
<aside><h3>Văn bản liên quan</h3><p>Quyết định số 1234/QĐ-UBND ngày 01/01/2020</p></aside>
<footer>Bản quyền &copy; 2026 Cổng thông tin điện tử tỉnh</footer></body></html>`
	d, err := parser.Parse(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Issuer, "|", d.Symbol, "|", d.Date, "|", d.Subject)
	o := d.Obligations[0]
	fmt.Println(o.Lead, o.Support, o.Due.Date, o.ReportTo)
	fmt.Println(d.Signature.Title, "|", d.Signature.Name, "|", d.Distribution)
	fmt.Println(len(d.Citations), d.HasRepair(directive.RepairHTML))
	// Output:
	// ỦY BAN NHÂN DÂN TỈNH AN GIANG | 512/UBND-KT | 2026-03-12 | báo cáo tình hình thực hiện
	// Sở Tài chính [Sở Nội vụ] 2026-04-30 Ủy ban nhân dân tỉnh
	// PHÓ CHỦ TỊCH | Nguyễn Văn An | [Như trên Lưu: VT]
	// 0 true
}

// A Word file as an e-office system passes it on: Parse takes its bytes
// as they are and reads the text Word shows, the numbers its lists write
// included; DocxText gives that text.
func ExampleDocxText() {
	p := func(runs string) string { return "<w:p>" + runs + "</w:p>" }
	r := func(t string) string { return "<w:r><w:t>" + t + "</w:t></w:r>" }
	item := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`
	body := `<w:tbl><w:tr><w:tc>` + p(r("ỦY BAN NHÂN DÂN")) + p(r("TỈNH AN GIANG")) + p(r("Số: 512/UBND-KT")) +
		`</w:tc><w:tc>` + p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) + p(r("Độc lập - Tự do - Hạnh phúc")) +
		p(r("An Giang, ngày 12 tháng 3 năm 2026")) + `</w:tc></w:tr></w:tbl>` +
		p(r("V/v báo cáo tình hình thực hiện")) + p(r("Kính gửi: Các sở, ban, ngành tỉnh.")) +
		item + r("Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2026.") + "</w:p>" +
		item + r("Sở Nội vụ phối hợp thực hiện.") + "</w:p>" + p(r("Trân trọng./."))
	numbering := `<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
		`<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, xml := range map[string]string{
		"word/document.xml":  `<w:document xmlns:w="w"><w:body>` + body + `</w:body></w:document>`,
		"word/numbering.xml": numbering,
	} {
		w, _ := z.Create(name)
		w.Write([]byte(xml))
	}
	z.Close()

	d, err := parser.Parse(buf.String())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Symbol, d.Date, d.HasRepair(directive.RepairDocx))
	for _, o := range d.Obligations {
		fmt.Println(o.Path, o.Addressees, o.Due != nil)
	}
	text, _ := parser.DocxText(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	fmt.Println(strings.Contains(text, "1. Sở Tài chính chủ trì"), strings.Contains(text, "2. Sở Nội vụ"))
	// Output:
	// 512/UBND-KT 2026-03-12 true
	// body[0] [Sở Tài chính] true
	// body[1] [Sở Nội vụ] false
	// true true
}

// A PDF's text layer as pdftotext -layout prints it: the header's two
// columns side by side, each wrapped in its own width, and the Nơi nhận
// beside the signature.
func ExampleParse_pdfLayer() {
	layer := "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n" +
		"TỈNH BẮC GIANG               NAM\n" +
		"-------                      Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 641/QĐ-UBND              Bắc Giang, ngày 02 tháng 12 năm\n" +
		"                             2013\n\n" +
		"QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\n" +
		"Điều 1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức thành lập Tổ công tác.\n\n" +
		"Nơi nhận:                           TM. ỦY BAN NHÂN DÂN\n" +
		"- Như Điều 1;                       KT. CHỦ TỊCH\n" +
		"- Lưu: VT, NC.                      PHÓ CHỦ TỊCH\n\n" +
		"                                    Nguyễn Văn Linh\n"
	d, err := parser.Parse(layer)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Issuer, "/", d.Symbol, "/", d.Place, d.Date)
	fmt.Println(d.NationalHeader[0])
	fmt.Println(d.Obligations[0].Lead, d.Obligations[0].Support)
	fmt.Println(d.Signature.Authority, d.Signature.Title, d.Signature.Name)
	fmt.Println(d.Distribution)
	// Output:
	// ỦY BAN NHÂN DÂN TỈNH BẮC GIANG / 641/QĐ-UBND / Bắc Giang 2013-12-02
	// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// Sở Nội vụ [Sở Tài chính]
	// [TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH] PHÓ CHỦ TỊCH Nguyễn Văn Linh
	// [Như Điều 1 Lưu: VT, NC]
}

// A PDF text layer that spaced out the letters of some words, and a task
// table a legal database stored as rows of cells parted by " | ".
func ExampleParse_spacedLettersAndBareTable() {
	text := "ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH\nSố: 3210/QĐ-UBND\n" +
		"T hành phố Hồ Chí M inh, ngày 25 tháng 6 năm 2014\n\nQUYẾT ĐỊNH\nVề việc hỗ trợ nhà ở\n\n" +
		"Điều 1. Giao các đơn vị thực hiện các nhiệm vụ sau:\n\n" +
		"TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n\n" +
		"1 | Rà soát danh sách hộ gia đình | Sở Xây dựng | Sở Tài chính | Quý III/2014\n\n" +
		"2 | Báo cáo kết quả hỗ trợ | Sở Lao động - Thương binh và Xã hội | Sở Xây dựng | Năm 2015\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Issuer, "/", d.Place)
	for _, r := range d.Repairs {
		if r.Code == directive.RepairSpacedLetters {
			fmt.Println(r.Original)
		}
	}
	for _, o := range d.Obligations {
		fmt.Println(o.Text, "|", o.Lead, o.Support, "|", o.Due.Date)
	}
	// Output:
	// ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH / Thành phố Hồ Chí Minh
	// ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH
	// T hành phố Hồ Chí M inh, ngày 25 tháng 6 năm 2014
	// Rà soát danh sách hộ gia đình | Sở Xây dựng [Sở Tài chính] | 2014-09-30
	// Báo cáo kết quả hỗ trợ | Sở Lao động - Thương binh và Xã hội [Sở Xây dựng] | 2015-12-31
}

// A PDF text layer whose font sets no space after a letter with a mark
// runs words together ("chủtrì", "cơ sởĐảng", "hồsơ vềĐảng uỷ"); they are
// set apart, each line as printed kept in a glued_words repair, and the
// obligations read as the printed words would. A vowel such a layer set
// apart from its syllable ("k ế hoạch") is joined back.
func ExampleParse_gluedWords() {
	text := "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố: 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 11 năm 2025\n\n" +
		"KẾ HOẠCH\nkiểm điểm, đánh giá chất lượng tổ chức đảng năm 2025\n\n" +
		"1. Văn phòng Đảng ủy chủtrì, phối hợp với Ban Xây dựng Đảng tổng hợp kết quả, báo cáo Ban Thường vụĐảng ủy trước ngày 15/12/2025.\n" +
		"2. Các chi bộthôn tổ chức kiểm điểm, gửi hồsơ vềĐảng ủy (qua Văn phòng Đảng ủy) trước ngày 10/12/2025.\n" +
		"3. Đềnghịcác tổ chức cơ sởĐảng căn cứ k ế hoạch này để thực hiện.\n\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range d.Repairs {
		if r.Code == directive.RepairGluedWords {
			fmt.Println("printed:", r.Original)
		}
	}
	for _, o := range d.Obligations {
		fmt.Println(o.Addressees, "|", o.Lead, o.Support, "|", o.Text)
	}
	// Output:
	// printed: 1. Văn phòng Đảng ủy chủtrì, phối hợp với Ban Xây dựng Đảng tổng hợp kết quả, báo cáo Ban Thường vụĐảng ủy trước ngày 15/12/2025.
	// printed: 2. Các chi bộthôn tổ chức kiểm điểm, gửi hồsơ vềĐảng ủy (qua Văn phòng Đảng ủy) trước ngày 10/12/2025.
	// printed: 3. Đềnghịcác tổ chức cơ sởĐảng căn cứ k ế hoạch này để thực hiện.
	// [Văn phòng Đảng ủy] | Văn phòng Đảng ủy [Ban Xây dựng Đảng] | Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2025.
	// [Các chi bộ thôn] |  [] | Các chi bộ thôn tổ chức kiểm điểm, gửi hồ sơ về Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 10/12/2025.
	// [các tổ chức cơ sở Đảng] |  [] | Đề nghị các tổ chức cơ sở Đảng căn cứ kế hoạch này để thực hiện.
}

// A page scan read by OCR (Tesseract): the header's two columns read row by
// row, the motto broken over rows, the V/v cut by the date row of the other
// column, specks the scan left, and a post whose marks it changed.
func ExampleParse_scan() {
	scan := "VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc\n" +
		"lập - Tự do -\n\nHạnh phúc\n\n**k**%\n\n" +
		"Số: 7540/VPCP-VX\n\nV/v Tổ chức Hội nghị ngành Lao\n\n" +
		"Hà Nội, ngày 28 tháng 12 năm 2007\n\nđộng-Thương binh và Xã hội\n\n" +
		"Kính gửi: Bộ Lao động - Thương binh và Xã hội\n\n" +
		"Xét đề nghị của Bộ, Thủ tướng Chính phủ giao Bộ Lao động - Thương binh và Xã hội chủ trì tổ chức Hội nghị trước ngày 15 tháng 01 năm 2008.\n\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÒ CHỦ NHIỆM „\n\nTrần Quốc Toản\n"
	d, err := parser.Parse(scan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Issuer, "/", d.Symbol, "/", d.Place, d.Date)
	fmt.Println(d.Subject)
	fmt.Println(d.Recipients)
	fmt.Println(d.Obligations[0].Lead, "/", d.Obligations[0].Due.Text)
	fmt.Println(d.Signature.Title, "/", d.Signature.Name)
	for _, r := range d.Repairs {
		if r.Path == "signature.title" {
			fmt.Println(r.Code, r.Original)
		}
	}
	// Output:
	// VĂN PHÒNG CHÍNH PHỦ / 7540/VPCP-VX / Hà Nội 2007-12-28
	// Tổ chức Hội nghị ngành Lao động-Thương binh và Xã hội
	// [Bộ Lao động - Thương binh và Xã hội]
	// Bộ Lao động - Thương binh và Xã hội / trước ngày 15 tháng 01 năm 2008
	// PHÓ CHỦ NHIỆM / Trần Quốc Toản
	// restored_tones PHÒ CHỦ NHIỆM „
	// restored_tones PHÒ CHỦ NHIỆM
}

// A plan's task with its block under it: the deadline, lead, support and
// product lines describe the task and are no tasks themselves.
func ExampleParse_taskBlock() {
	text := `ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 16/KH-UBND
Lương Minh, ngày 18 tháng 11 năm 2025
KẾ HOẠCH
Triển khai công tác bầu cử
1.1. Xây dựng và ban hành Hướng dẫn về công tác giám sát bầu cử.
- Thời gian hoàn thành: Quý IV/2025.
- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã
- Đơn vị phối hợp: Công an xã, Đoàn Thanh niên xã.
- Kết quả: Hướng dẫn của Ủy ban nhân dân xã.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
`
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range d.Obligations {
		fmt.Printf("%s %q lead=%q support=%q due=%s %s product=%q\n", o.Path, o.Addressees, o.Lead, o.Support, o.Due.Kind, o.Due.Date, o.Product)
	}
	// Output:
	// body[0] ["Văn phòng Ủy ban nhân dân xã"] lead="Văn phòng Ủy ban nhân dân xã" support=["Công an xã" "Đoàn Thanh niên xã"] due=period_end 2025-12-31 product="hướng dẫn"
}

// A PDF text layer of a document typed in a .VnTime font gives the font's
// codes; Parse tells the encoding and reads the letters they stand for.
func ExampleLegacyText() {
	layer := "UBND TØNH L¹NG S¥N\nCéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\n" +
		"Sè: 215/UBND-VX\nL¹ng S¬n, ngµy 12 th¸ng 5 n¨m 2006\nV/v b¸o c¸o t×nh h×nh thùc hiÖn\n" +
		"KÝnh göi: Së Y tÕ.\nSë Y tÕ chñ tr×, b¸o c¸o tr\u00adíc ngµy 30/6/2006./.\n"
	text, enc := parser.LegacyText(layer)
	fmt.Println(enc)
	fmt.Print(strings.SplitAfter(text, "\n")[0])
	d, _ := parser.Parse(layer)
	fmt.Println(d.Issuer, "|", d.Symbol, d.Date, "|", d.Subject)
	for _, o := range d.Obligations {
		fmt.Println(o.Addressees, o.Due.Text)
	}
	fmt.Println(parser.DecodeTCVN3("B¶o Th¾ng"), parser.DecodeVNI("Vieät Nam"))
	// Output:
	// tcvn3
	// UBND TỈNH LẠNG SƠN
	// UBND TỈNH LẠNG SƠN | 215/UBND-VX 2006-05-12 | báo cáo tình hình thực hiện
	// [Sở Y tế] trước ngày 30/6/2006
	// Bảo Thắng Việt Nam
}

// An RTF file names its fonts: a run in the .VnTimeH font (TCVN3 codes
// drawn as capitals) reads in capitals, one in .VnTime as typed.
func ExampleRTFText() {
	rtf := `{\rtf1\ansi{\fonttbl{\f1 .VnTime;}{\f2 .VnTimeH;}}` +
		`\pard{\f2 bé t\'b5i ch\'ddnh}\par` +
		`\pard{\f1 Hµ Néi, ngµy 22 th\'b8ng 11 n\'a8m 2002}\par}`
	text, err := parser.RTFText(rtf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text)
	// Output:
	// BỘ TÀI CHÍNH
	//
	// Hà Nội, ngày 22 tháng 11 năm 2002
}

// A Word 97–2003 file's bytes read as Parse reads them: its header and
// signature laid out in table cells, its points in a numbered list.
func ExampleDocText() {
	b, err := os.ReadFile("testdata/doc/letter.doc")
	if err != nil {
		fmt.Println(err)
		return
	}
	text, err := parser.DocText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(text, "| ỦY BAN NHÂN DÂN<br>TỈNH AN GIANG<br>Số: 512/UBND-KT |"))
	d, _ := parser.Parse(string(b)) // Parse takes the bytes as they are
	fmt.Println(d.Symbol, d.Date, d.HasRepair(directive.RepairDoc))
	for _, o := range d.Obligations {
		fmt.Println(o.Path, o.Addressees)
	}
	// Output:
	// true
	// 512/UBND-KT 2026-03-12 true
	// body[0] [Sở Tài chính]
	// body[1] [Sở Nội vụ]
}

// An OpenDocument text (.odt, as LibreOffice saves) read as Parse reads
// it: the numbers its list prints are in the text.
func ExampleODTText() {
	b, err := os.ReadFile("testdata/odt/letter.odt")
	if err != nil {
		fmt.Println(err)
		return
	}
	text, err := parser.ODTText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(text, "\n1. Sở Tài chính chủ trì"), strings.Contains(text, "\n2. Sở Nội vụ"))
	d, _ := parser.Parse(string(b))
	fmt.Println(d.Issuer, "|", d.Signature.Title, "|", d.HasRepair(directive.RepairODT))
	// Output:
	// true true
	// ỦY BAN NHÂN DÂN TỈNH AN GIANG | PHÓ CHỦ TỊCH | true
}

// A scan's OCR of a letter: a received stamp run into the issuer's
// column, a letter misread in the issuer's name ("TONG CYC THUE"), a space
// inside the number, the V/v read as "VW", specks after "Noi nhận:".
func ExampleParse_scanLetter() {
	text := "BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CYC THUE Độc lập - Tự do - Hanh phúc\nCUC THUE: TỈNH HÒA BÌNH cue ĐẾN\n" +
		"Số: 3 70 /TCT-TTKT Hà Nội, ngày 28 tháng 01 năm 2022\n\nVW thực hiện chống thất thu ngân sách\n\n" +
		"Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n" +
		"Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố báo cáo kết quả về Tổng cục Thuế trước ngày 15/3/2022.\n\n" +
		"Noi nhận:ÿ . ; KT.TONG CUC TRUONG\n- Như trên; PHÓ TỔNG CỤC TRƯỞNG\n- Lưu: VT, TTKT.\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.ParentIssuer, "/", d.Issuer, "|", d.Symbol, "|", d.Type, "|", d.Subject)
	for _, o := range d.Obligations {
		fmt.Println(o.Addressees, "|", o.Due.Date, "|", o.ReportTo)
	}
	fmt.Println(d.Signature.Authority, d.Signature.Title, d.Distribution)
	for _, r := range d.Repairs {
		if r.Code == directive.RepairSetAside || r.Code == directive.RepairSymbolSpace || r.Code == directive.RepairRestoredTones {
			fmt.Printf("%s: %q → %q\n", r.Code, r.Original, r.Repaired)
		}
	}
	// Output:
	// BỘ TÀI CHÍNH / TỔNG CỤC THUẾ | 370/TCT-TTKT | official_letter | thực hiện chống thất thu ngân sách
	// [Cục Thuế các tỉnh, thành phố] | 2022-03-15 | Tổng cục Thuế
	// [KT.TONG CUC TRUONG] PHÓ TỔNG CỤC TRƯỞNG [Như trên Lưu: VT, TTKT]
	// set_aside: "CUC THUE: TỈNH HÒA BÌNH cue ĐẾN" → ""
	// symbol_space: "3 70 /TCT-TTKT" → "370/TCT-TTKT"
	// restored_tones: "TONG CYC THUE" → "TỔNG CỤC THUẾ"
	// restored_tones: "BO TÀI CHÍNH" → "BỘ TÀI CHÍNH"
}

// A Party công văn prints its subject under its number with no "V/v",
// the number and the day left for the signing.
func ExampleParse_partyLetter() {
	text := "ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố -CV/ĐU\nVề việc đôn đốc triển khai thực hiện một số\nnhiệm vụ được Ban Thường vụ Đảng uỷ giao\n" +
		"ĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày tháng 9 năm 2025\nKính gửi: - Đảng uỷ UBND xã,\n- Các cơ quan tham mưu, giúp việc Đảng uỷ.\n" +
		"1. Ban Xây dựng Đảng chủ trì, phối hợp với các cơ quan liên quan tham mưu Chương trình hành động, trình Thường trực Đảng uỷ trước ngày 03/10/2025.\n" +
		"Nơi nhận:\n- Như trên,\n- Lưu VPĐU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nVũ Thị Thuỳ Trang\n"
	d, _ := parser.Parse(text) // the blank number and day are findings
	fmt.Println(d.Type, "|", d.Subject, "|", d.Place, "| number:", d.Symbol.IsZero(), "| date:", d.Date.IsZero())
	fmt.Printf("%q\n", d.Recipients)
	for _, o := range d.Obligations {
		fmt.Println(o.Lead, o.Support, "|", o.Due.Date)
	}
	// Output:
	// official_letter | Về việc đôn đốc triển khai thực hiện một số nhiệm vụ được Ban Thường vụ Đảng uỷ giao | Công Hải | number: true | date: true
	// ["Đảng uỷ UBND xã" "Các cơ quan tham mưu, giúp việc Đảng uỷ"]
	// Ban Xây dựng Đảng [các cơ quan liên quan] | 2025-10-03
}

// A pipe table a text's hard wrap broke (a PDF's text layer of a Markdown
// table): each row runs to the line that closes it, over a page's break.
func ExampleParse_wrappedPipeTable() {
	text := "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-BTNMT\nHà Nội, ngày 02 tháng 7 năm 2024\nKẾ HOẠCH\nQuản lý tín chỉ các-bon\n" +
		"| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn\nthành |\n|—|—|—|—|—|\n" +
		"| 1. | Hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 06/2022/NĐ-CP để\ntrình Chính phủ. | Cục Biến đổi khí hậu | Vụ Pháp chế | Tháng 8/2024 |\n\n" +
		"| 2. | Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải. | Cục Biến\nđổi khí hậu | Cục Chuyển đổi số\n| 2024 - 2025 |\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range d.Obligations {
		fmt.Println(o.Lead, o.Support, "|", o.Due.Text, "|", o.Text)
	}
	// Output:
	// Cục Biến đổi khí hậu [Vụ Pháp chế] | Tháng 8/2024 | Hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 06/2022/NĐ-CP để trình Chính phủ.
	// Cục Biến đổi khí hậu [Cục Chuyển đổi số] | 2024 - 2025 | Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải.
}

// A task table as pdftotext -layout prints it when the office file
// centres its cells: each row's number on the row's middle line, the
// task's first line above it.
func ExampleParse_centredTable() {
	text := "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nLào Cai, ngày 20 tháng 02 năm 2025\nKẾ HOẠCH\nBảo vệ di sản văn hóa\n\n" +
		"                                                     Cơ quan          Thời hạn\n" +
		"TT                Nhiệm vụ cụ thể\n" +
		"                                                     chủ trì          hoàn thành\n" +
		"     Tổ chức quán triệt, phổ biến nội dung Chỉ thị\n" +
		"1    đến cán bộ, công chức, viên chức và người lao      Sở Văn hóa,      Trước ngày\n" +
		"     động trên địa bàn tỉnh.                           Thể thao và      30/9/2025\n" +
		"                                                        Du lịch\n" +
		"     Xây dựng Kế hoạch kiểm kê di sản văn hóa phi vật\n" +
		"2                                                      Sở Văn hóa,      Quý IV/2025\n" +
		"     thể trên địa bàn tỉnh giai đoạn 2025 - 2030       Thể thao và\n" +
		"                                                        Du lịch\n\n" +
		"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range d.Obligations {
		fmt.Println(o.Lead, "|", o.Due.Text, "|", o.Text)
	}
	// Output:
	// Sở Văn hóa, Thể thao và Du lịch | Trước ngày 30/9/2025 | Tổ chức quán triệt, phổ biến nội dung Chỉ thị đến cán bộ, công chức, viên chức và người lao động trên địa bàn tỉnh.
	// Sở Văn hóa, Thể thao và Du lịch | Quý IV/2025 | Xây dựng Kế hoạch kiểm kê di sản văn hóa phi vật thể trên địa bàn tỉnh giai đoạn 2025 - 2030
}

// A letter as other tools carry it: a classic Mac's line ends (CR alone),
// a soft hyphen inside a word, a word processor's list saved as plain
// text (a tab after each marker) and a PDF viewer's page number between
// two lines of a sentence. Each reads as the plain text does.
func ExampleParse_writerTools() {
	text := "ỦY BAN NHÂN DÂN\rTỈNH LÀO CAI\rSố: 7103/UBND-TH\rV/v triển khai Nghị định số 178/2026/NĐ-CP\r" +
		"Lào Cai, ngày 10 tháng 6 năm 2026\r\rKính gửi: Các sở, ban, ngành.\r\r" +
		"1.\tSở Tài chính chủ trì, phối hợp với các cơ quan liên quan\rrà soát tài sản kết cấu hạ tầng trên địa bàn tỉnh và\r\r2\r\r" +
		"báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2026.\r2.\tSở Xây dựng lập danh mục tài sản trước ngày 15/7/2026.\r\r" +
		"Nơi nhận:\r- Như trên;\r- Lưu: VT, TH.\rKT. CHỦ TỊCH\rPHÓ CHỦ TỊCH\rNguyễn Thà\u00adnh Sinh\r"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Symbol, "|", d.Date, "|", d.Signature.Name)
	for _, o := range d.Obligations {
		fmt.Println(o.Path, "|", o.Addressees, "|", o.Due.Date)
	}
	for _, r := range d.Repairs {
		switch r.Code {
		case directive.RepairLineBreaks, directive.RepairInvisible, directive.RepairChrome:
			fmt.Printf("%s %q\n", r.Code, r.Original)
		}
	}
	// Output:
	// 7103/UBND-TH | 2026-06-10 | Nguyễn Thành Sinh
	// body[0] | [Sở Tài chính] | 2026-06-30
	// body[1] | [Sở Xây dựng] | 2026-07-15
	// line_breaks ""
	// invisible ""
	// chrome "2"
}

// A Công báo print's text layer: the gazette's running head on each page,
// and a Phụ lục whose task table prints each cell wrapped over lines with
// nothing between two cells.
func ExampleParse_gazetteTable() {
	text := "CÔNG BÁO/Số 286/Ngày 27-05-2026 \n95 \n\nTHỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 844/QĐ-TTg\nHà Nội, ngày 13 tháng 5 năm 2026\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động về bảo hiểm y tế\n" +
		"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" +
		"KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Thành Long\n\n" +
		"PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ\n(Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\n" +
		"STT\nTên nhiệm vụ cụ thể\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian hoàn\nthành\n" +
		"1. \nXây dựng Đề án về đổi mới công tác truyền\nthông về bảo hiểm y tế.\nBộ Tài chính\nBộ Y tế, cơ quan,\nđơn vị liên quan\n" +
		"Quyết định của\nBộ trưởng ban\nhành Đề án\nQuý I/2027\n\nCÔNG BÁO/Số 286/Ngày 27-05-2026 \n96 \n\n" +
		"STT\nTên nhiệm vụ cụ thể\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian hoàn\nthành\n" +
		"2.  Xây dựng Luật Bảo hiểm y tế sửa đổi.\nBộ Y tế\nBộ Tài chính, Bộ\nTư pháp\nLuật Bảo hiểm y tế\n(sửa đổi)\nQuý I/2029\n"
	d, err := parser.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Symbol, "|", d.Date)
	for _, o := range d.Obligations {
		due := ""
		if o.Due != nil {
			due = o.Due.Text
		}
		fmt.Println(o.Lead, "|", strings.Join(o.Support, "; "), "|", due)
	}
	// Output:
	// 844/QĐ-TTg | 2026-05-13
	// Bộ Tài chính | Bộ Y tế; cơ quan, đơn vị liên quan | Quý I/2027
	// Bộ Y tế | Bộ Tài chính; Bộ Tư pháp | Quý I/2029
}
