package parser_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// makeDocx zips the parts into a .docx.
func makeDocx(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

func wordDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`
}

func wp(runs string) string { return `<w:p>` + runs + `</w:p>` }
func wr(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// listItem is a paragraph of list numID at level ilvl.
func listItem(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` + wr(text) + `</w:p>`
}

const numberingXML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wordNS + `>
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl></w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`

// stylesXML numbers the paragraphs of style "Dieu" (based on "DieuBase",
// which names list 4) as a decree's articles.
const stylesXML = `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:styleId="DieuBase"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Dieu"><w:basedOn w:val="DieuBase"/></w:style>
</w:styles>`

func TestDocxText(t *testing.T) {
	for _, c := range []struct {
		name, body, want string
	}{
		{"runs, breaks, tabs and a kept hyphen",
			wp(wr("Số: 12/UBND")+`<w:r><w:noBreakHyphen/></w:r>`+wr("KT")) + wp(wr("Kính gửi:")+`<w:r><w:br/></w:r>`+wr("- Sở Y tế;")+`<w:r><w:tab/></w:r>`+wr("(để biết)")),
			"Số: 12/UBND-KT\n\nKính gửi:\n- Sở Y tế; (để biết)\n"},
		{"revisions and fields",
			wp(wr("Báo cáo trước ngày ") + `<w:del><w:r><w:delText>10</w:delText></w:r></w:del><w:ins>` + wr("15") + `</w:ins>` + `<w:r><w:instrText> PAGE </w:instrText></w:r>` + wr("/5/2026.")),
			"Báo cáo trước ngày 15/5/2026.\n"},
		{"Word's list numbers",
			listItem("3", "0", "NHIỆM VỤ") + listItem("1", "0", "Sở Y tế") + listItem("1", "1", "Chủ trì") + listItem("1", "1", "Báo cáo") + listItem("1", "0", "Sở Nội vụ") + listItem("1", "1", "Phối hợp") + listItem("1", "2", "Chi tiết") + listItem("2", "0", "Như trên;"),
			"II. NHIỆM VỤ\n\n1. Sở Y tế\n\na) Chủ trì\n\nb) Báo cáo\n\n2. Sở Nội vụ\n\na) Phối hợp\n\n2.1. Chi tiết\n\n- Như trên;\n"},
		{"a header table with a merged cell",
			`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + wp(wr("ỦY BAN NHÂN DÂN")) + wp(wr("TỈNH AN GIANG")) + `</w:tc><w:tc>` + wp(wr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>` + wp("") + `</w:tc><w:tc>` + wp(wr("An Giang, ngày 12 tháng 3 năm 2026")) + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + wp(wr("V/v báo cáo")) + `</w:tc></w:tr></w:tbl>`,
			"| ỦY BAN NHÂN DÂN<br><br>TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| ỦY BAN NHÂN DÂN<br><br>TỈNH AN GIANG | An Giang, ngày 12 tháng 3 năm 2026 |\n| V/v báo cáo | V/v báo cáo |\n"},
		{"a text box once, not its fallback",
			wp(wr("Trước ")+`<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>`+wp(wr("Số: 5/KH"))+`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>`+wp(wr("Số: 5/KH"))+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`) + wp(wr("Sau")),
			"Trước\n\nSố: 5/KH\n\nSau\n"},
		{"a style's numbering",
			`<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr>` + wr("Phạm vi điều chỉnh") + `</w:p>` + wp(wr("Quy chế này quy định …")) +
				`<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr>` + wr("Trách nhiệm thi hành") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Dieu"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>` + wr("Không đánh số") + `</w:p>`,
			"Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định …\n\nĐiều 2. Trách nhiệm thi hành\n\nKhông đánh số\n"},
		{"markup in the text is text",
			wp(wr("a &lt;b&gt; &amp; c")),
			"a <b> & c\n"},
	} {
		b := makeDocx(t, map[string]string{"word/document.xml": wordDoc(c.body), "word/numbering.xml": numberingXML, "word/styles.xml": stylesXML})
		got, err := parser.DocxText(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestDocxTextErrors(t *testing.T) {
	for name, b := range map[string][]byte{
		"not a zip":      []byte("Số: 12/UBND"),
		"no document":    makeDocx(t, map[string]string{"word/styles.xml": "<x/>"}),
		"broken XML":     makeDocx(t, map[string]string{"word/document.xml": wordDoc(wp(wr("a"))) + "<w:p"}),
		"nested too far": makeDocx(t, map[string]string{"word/document.xml": wordDoc(strings.Repeat("<w:sdt>", 600) + strings.Repeat("</w:sdt>", 600))}),
	} {
		if _, err := parser.DocxText(bytes.NewReader(b), int64(len(b))); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzDocxText(f *testing.F) {
	f.Add(wordDoc(listItem("1", "0", "Sở Y tế") + `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/><w:vMerge w:val="restart"/></w:tcPr>` + wp(wr("a")) + `</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl>`))
	f.Add(wordDoc(wp(wr("x") + `<w:r><w:txbxContent>` + wp(wr("y")) + `</w:txbxContent></w:r>`)))
	f.Fuzz(func(t *testing.T, doc string) {
		b := makeDocx(t, map[string]string{"word/document.xml": doc, "word/numbering.xml": numberingXML})
		out, err := parser.DocxText(bytes.NewReader(b), int64(len(b)))
		if err == nil && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", doc)
		}
	})
}

// Parse takes a Word file's bytes as they are: it reads them as the text
// Word shows; a broken file is an error with a position, never a panic.
func TestParseWordBytes(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc>` + wp(wr("ỦY BAN NHÂN DÂN")) + wp(wr("TỈNH AN GIANG")) + wp(wr("Số: 512/UBND-KT")) + `</w:tc><w:tc>` +
		wp(wr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) + wp(wr("Độc lập - Tự do - Hạnh phúc")) + wp(wr("An Giang, ngày 12 tháng 3 năm 2026")) + `</w:tc></w:tr></w:tbl>` +
		wp(wr("V/v báo cáo tình hình")) + wp(wr("Kính gửi: Sở Tài chính.")) + wp(wr("Sở Tài chính báo cáo trước ngày 30/4/2026./."))
	b := makeDocx(t, map[string]string{"word/document.xml": wordDoc(body)})
	d, err := parser.Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if d.Symbol.String() != "512/UBND-KT" || d.Date.String() != "2026-03-12" || !d.HasRepair(directive.RepairDocx) || len(d.Obligations) != 1 {
		t.Errorf("symbol %v, date %v, docx repair %v, %d obligations", d.Symbol, d.Date, d.HasRepair(directive.RepairDocx), len(d.Obligations))
	}
	d, err = parser.Parse("PK\x03\x04broken")
	var se *parser.SyntaxError
	if d != nil || !errors.As(err, &se) || se.Line != 1 {
		t.Errorf("a broken Word file: %v, %v", d, err)
	}
}

// A Word file typed in the legacy fonts names them on its runs, its
// styles or its defaults: each run is read by its font, the .VnTimeH
// font's small letters in capitals, as the page shows them.
func TestDocxLegacyFonts(t *testing.T) {
	font := func(f, text string) string {
		return `<w:r><w:rPr><w:rFonts w:ascii="` + f + `" w:hAnsi="` + f + `"/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	styled := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + wr(text) + `</w:p>`
	}
	styles := `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wordNS + `>` +
		`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:style w:styleId="Heading1"><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>` +
		`<w:style w:styleId="Title"><w:basedOn w:val="Heading1"/></w:style></w:styles>`
	body := wp(font(".VnTimeH", "bé tµi chÝnh")) +
		wp(font("Times New Roman", "Cộng hòa xã hội chủ nghĩa Việt Nam")) +
		wp(wr("Hµ Néi, ngµy 22 th¸ng 11 n¨m 2002")) + // the default font
		styled("Title", "quyÕt ®Þnh") + // a style based on one in .VnTimeH
		wp(font("VNI-Times", "Veà vieäc söûa ñoåi"))
	b := makeDocx(t, map[string]string{"word/document.xml": wordDoc(body), "word/styles.xml": styles})
	text, err := parser.DocxText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	want := "BỘ TÀI CHÍNH\n\nCộng hòa xã hội chủ nghĩa Việt Nam\n\nHà Nội, ngày 22 tháng 11 năm 2002\n\nQUYẾT ĐỊNH\n\nVề việc sửa đổi\n"
	if text != want {
		t.Errorf("DocxText = %q, want %q", text, want)
	}
}
