package parser_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive/parser"
	"golang.org/x/text/unicode/norm"
)

func BenchmarkParseLetter(b *testing.B) {
	buf, err := os.ReadFile(docLetterPath)
	if err != nil {
		b.Fatal(err)
	}
	text := string(buf)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseCorpus5 parses every complete document of the fifth gold
// set once per iteration (the figure for complete documents),
// NFC as stored and NFD, side by side.
func BenchmarkParseCorpus5(b *testing.B) {
	names, _ := filepath.Glob("../testdata/corpus5/*.txt")
	if len(names) == 0 {
		b.Fatal("no corpus5 documents")
	}
	var texts []string
	size := 0
	for _, name := range names {
		buf, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(buf))
		size += len(buf)
	}
	for _, form := range []struct {
		name string
		f    func(string) string
	}{{"NFC", func(s string) string { return s }}, {"NFD", norm.NFD.String}} {
		in := make([]string, len(texts))
		for i, t := range texts {
			in[i] = form.f(t)
		}
		b.Run(form.name, func(b *testing.B) {
			b.SetBytes(int64(size)) // the NFC size, so that MB/s compare
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range in {
					parser.Parse(t)
				}
			}
		})
	}
}

// Hostile input must scale linearly: compare ns/op across the sizes (1 KB
// to 8 MB, as issue 8 asks).
func BenchmarkParseHostile(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"1KB", 1 << 10}, {"64KB", 64 << 10}, {"1MB", 1 << 20}, {"8MB", 8 << 20}} {
		text := docHostile(size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = parser.Parse(text)
			}
		})
	}
}

// Text that looks like the table layouts the readers try at each line (a
// centred header word over a "TT" line with no rows; "TT" lines and rows
// repeated; a header one cell a line with rows of one cell) must scale
// linearly too: compare ns/op across the sizes.
func BenchmarkParseHostileTables(b *testing.B) {
	for _, unit := range []struct{ name, text string }{
		{"centredHead", "          Thời hạn\nTT   Nội dung   Cơ quan chủ trì   Thời gian\n   x y z\n"},
		{"repeatedHead", "TT   Nội dung   Cơ quan chủ trì   Thời gian\n1  a  b  c\n"},
		{"stacked", "TT\nNội dung\nCơ quan chủ trì\nThời gian\n1\nfoo\n"},
		// a block read whole and then refused, at each of its lines
		{"pipeHeaderBlock", "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"},
		{"gridRules", "+====+==================+===========+\n"},
		{"alignedTwo", "    THÀNH PHỐ HÀ NỘI                     Độc lập - Tự do - Hạnh phúc\n"},
		// annexes, each a table: each region reads its own
		{"annexTables", "PHỤ LỤC\nCÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH\n*(Ban hành kèm theo Kế hoạch số 5/KH-UBND)*\n" +
			"| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n" +
			"| 1. | Hoàn thiện dự thảo Nghị định | Cục Biến đổi khí hậu | Sở Tài chính | 2024 |\n| --- | --- |\n"},
		// a paragraph that grows line by line: a part's title in
		// capitals
		{"partTitle", "QUY ĐỊNH CHUNG VỀ VIỆC QUẢN LÝ CỦA\n"},
		// one sentence of a task that never stops: cues of a deadline,
		// "đến" over and over
		{"dueCues", "trước "},
		{"dueTo", "thực hiện đến "},
		// one line that grows: a type's word over and over, a tail's
		// dashes
		{"capsLine", "QUYẾT "},
		{"tailDashes", "- Sở Y tế - Sở Tài chính "},
		// one paragraph of dated tasks, each cut from the rest
		{"datedTasks", "Hoàn thành rà soát trước ngày 15/12/2024. Báo cáo Sở Tài chính trước ngày 20/12/2024. "},
		// asks whose bracket closes far away, if at all
		{"openBracket", "giao đất (thực hiện nghiêm "},
		// a block of cells between pipes with no table's header, and
		// one whose every cell opens one; a wrapped PDF table's rows
		{"pipeCells", "|\nx\n"},
		{"pipeHeads", "|\nTT\n"},
		{"wrappedRows", "STT\nNội dung\nCơ quan\nchủ trì\nThời gian\n1.\nXây dựng kế\nhoạch, tổ\n"},
	} {
		for _, size := range []struct {
			name string
			n    int
		}{{"64KB", 64 << 10}, {"1MB", 1 << 20}} {
			head, foot := "ỦY BAN NHÂN DÂN\nSố: 1/KH-UBND\nKẾ HOẠCH\nThử\n", ""
			switch unit.name {
			case "capsLine": // the subject's line, over the enacting body
				head = "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
					"Số: 33/2009/QĐ-UBND\nMỹ Tho, ngày 24 tháng 12 năm 2009\nQUYẾT ĐỊNH\n"
				foot = "\nBAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ MẠNG TIN HỌC CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n" +
					"ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Công nghệ thông tin ngày 29/6/2006;\n"
			case "tailDashes":
				head += "1. Sở Y tế chủ trì.\nNơi nhận: "
			case "openBracket":
				head += "1. Sở Y tế chủ trì, "
				foot = ")"
			case "dueCues", "dueTo", "datedTasks":
				head += "1. Sở Y tế chủ trì, hoàn thành "
			case "partTitle":
				head += "Chương I\n"
			case "annexTables":
				head += "1. Sở Y tế chủ trì.\n| *Nơi nhận:* - Như trên; | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |\n| --- | --- |\n"
			}
			text := head + strings.Repeat(unit.text, size.n/len(unit.text)) + foot
			b.Run(unit.name+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = parser.Parse(text)
				}
			})
		}
	}
}

func BenchmarkValidateLetter(b *testing.B) {
	buf, err := os.ReadFile(docLetterPath)
	if err != nil {
		b.Fatal(err)
	}
	d, err := parser.Parse(string(buf))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Validate()
	}
}

// BenchmarkParseForms parses the Hà Nội letter precomposed (NFC) and
// decomposed (NFD), side by side: issue 8 asks NFD within 1.5× of NFC.
func BenchmarkParseForms(b *testing.B) {
	raw := docReadLetter(b)
	for _, f := range []struct {
		name string
		form norm.Form
	}{{"NFC", norm.NFC}, {"NFD", norm.NFD}} {
		text := f.form.String(raw)
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				parser.Parse(text)
			}
		})
	}
}

// BenchmarkParseWebPage parses the Hà Nội letter as a portal's HTML page
// (webPage) beside the same text, and the page's reading into text
// alone (HTMLText), in the same run.
func BenchmarkParseWebPage(b *testing.B) {
	raw := docReadLetter(b)
	page := webPage(raw)
	b.Run("text", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		b.ReportAllocs()
		for b.Loop() {
			parser.Parse(raw)
		}
	})
	b.Run("page", func(b *testing.B) {
		b.SetBytes(int64(len(raw))) // the text's size, so that MB/s compare
		b.ReportAllocs()
		for b.Loop() {
			parser.Parse(page)
		}
	})
	b.Run("HTMLText", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			parser.HTMLText(page)
		}
	})
}

// BenchmarkDocxText reads a Word file of the gold sets (the OOXML a
// converter wrote: a header table, paragraphs, the tail's table).
func BenchmarkDocxText(b *testing.B) {
	raw, err := os.ReadFile("../testdata/corpus9/src/bhxh-296-bhxh-csyt-2021.docx")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.DocxText(bytes.NewReader(raw), int64(len(raw))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLegacyText reads the letter typed in TCVN3 and in VNI, beside
// telling that its Unicode text is in neither (what every Parse pays).
func BenchmarkLegacyText(b *testing.B) {
	buf, err := os.ReadFile(docLetterPath)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, text string }{{"unicode", string(buf)}, {"tcvn3", toTCVN3(string(buf))}, {"vni", toVNI(string(buf))}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				parser.LegacyText(c.text)
			}
		})
	}
}
