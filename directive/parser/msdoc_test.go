package parser_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// The .doc files in testdata/doc were written here by LibreOffice ("MS
// Word 97") from HTML: letter.doc a công văn with its header and its
// signature in two-cell tables and its points in a numbered list;
// vntime.doc a decision typed in TCVN3 for the .VnTime fonts (its header
// in small letters for .VnTimeH, "ư" as the soft hyphen); vnfonts.doc
// the same typed with its runs' fonts named.

func readDoc(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "doc", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDocText(t *testing.T) {
	b := readDoc(t, "letter.doc")
	text, err := parser.DocText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// the header's cells, each cell's paragraphs parted by <br>
		"| ỦY BAN NHÂN DÂN<br>TỈNH AN GIANG<br>Số: 512/UBND-KT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>An Giang, ngày 12 tháng 3 năm 2026 |",
		"\nV/v báo cáo tình hình thực hiện\n",
		// the numbers the list writes, which are not in the text stream
		"\n1. Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2026.\n",
		"\n2. Sở Nội vụ phối hợp thực hiện.\n",
		"| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Nguyễn Văn An |",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
}

// TestParseDocBytes reads the .doc files as Parse takes them, their bytes
// as they are: the letter's fields and tasks, and the TCVN3 decision's,
// its letters read in the fonts the file names.
func TestParseDocBytes(t *testing.T) {
	d, err := parser.Parse(string(readDoc(t, "letter.doc")))
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH AN GIANG" || d.Symbol.String() != "512/UBND-KT" || d.Date.String() != "2026-03-12" ||
		d.Signature.Name != "Nguyễn Văn An" || !d.HasRepair(directive.RepairDoc) || len(d.Obligations) != 2 {
		t.Errorf("letter: %q %v %v %q doc repair %v, %d obligations", d.Issuer, d.Symbol, d.Date, d.Signature.Name, d.HasRepair(directive.RepairDoc), len(d.Obligations))
	}
	d, err = parser.Parse(string(readDoc(t, "vntime.doc")))
	if d == nil {
		t.Fatal(err)
	}
	if d.Issuer != "BỘ TÀI CHÍNH" || d.Symbol.String() != "110/2002/QĐ-BTC" || d.Type != directive.KindDecision ||
		d.Signature.Title != "THỨ TRƯỞNG" || d.Signature.Name != "Trương Chí Trung" {
		t.Errorf("vntime: %q %v %v %q %q, repairs %v", d.Issuer, d.Symbol, d.Type, d.Signature.Title, d.Signature.Name, d.Repairs)
	}
	if len(d.Obligations) != 1 || len(d.Obligations[0].Addressees) != 1 || d.Obligations[0].Addressees[0] != "Tổng cục Hải quan" {
		t.Errorf("vntime obligations: %v", d.Obligations)
	}
}

// TestDocTextFonts reads a .doc whose runs name legacy fonts (vnfonts.doc:
// header lines in .VnTimeH typed in small letters, a line in VNI-Times,
// the rest in the body's .VnTime): each run by its font, the .VnTimeH
// ones in capitals as printed, the lines in the style's font after them.
func TestDocTextFonts(t *testing.T) {
	b := readDoc(t, "vnfonts.doc")
	text, err := parser.DocText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	want := "BỘ TÀI CHÍNH\n\nSố: 110/2002/QĐ-BTC\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Nội, ngày 22 tháng 11 năm 2002\n\nQUYẾT ĐỊNH\n\n"
	if !strings.HasPrefix(text, want) || !strings.HasSuffix(text, "\nBộ Tài chính\n") {
		t.Errorf("DocText = %q", text)
	}
}

// TestDocTextErrors: what is not a readable Word 97–2003 document is an
// error, never a panic, and Parse reports it with a position.
func TestDocTextErrors(t *testing.T) {
	good := readDoc(t, "letter.doc")
	noWord := bytes.Clone(good)
	// the directory's "WordDocument" (UTF-16) renamed: a compound file of
	// another kind
	name := []byte("W\x00o\x00r\x00d\x00D\x00o\x00c\x00")
	if i := bytes.Index(noWord, name); i < 0 {
		t.Fatal("no WordDocument entry in the fixture")
	} else {
		noWord[i] = 'X'
	}
	encrypted := bytes.Clone(good)
	for off := 0; off+512 <= len(encrypted); off += 512 {
		if encrypted[off] == 0xEC && encrypted[off+1] == 0xA5 {
			encrypted[off+0x0B] |= 0x01 // fEncrypted
			break
		}
	}
	for name, b := range map[string][]byte{
		"empty":      {},
		"magic only": []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
		"truncated":  good[:1024],
		"no Word":    noWord,
		"encrypted":  encrypted,
	} {
		if _, err := parser.DocText(bytes.NewReader(b), int64(len(b))); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	d, err := parser.Parse(string(encrypted))
	if err == nil || !strings.Contains(err.Error(), "encrypted") {
		t.Errorf("Parse of an encrypted .doc: %v, %v", d, err)
	}
}

func FuzzDocText(f *testing.F) {
	for _, name := range []string{"letter.doc", "vntime.doc"} {
		f.Add(readDoc(f, name))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := parser.DocText(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of %d bytes", len(b))
		}
		if len(text) > 64*len(b)+8192 {
			t.Fatalf("%d bytes out of %d", len(text), len(b))
		}
	})
}

func BenchmarkDocText(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus25/src/ttg-2581-qd-ttg-2025.doc")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.DocText(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}
