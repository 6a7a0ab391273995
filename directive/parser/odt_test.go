package parser_test

import (
	"archive/zip"
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// makeODT writes an OpenDocument text with the content given, its
// mimetype first and stored, as the format asks.
func makeODT(t testing.TB, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, err := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("application/vnd.oasis.opendocument.text"))
	w, err = z.Create("content.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="ta" xmlns:style="s" xmlns:loext="l">` + content + `</office:document-content>`))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestODTText(t *testing.T) {
	styles := `<office:automatic-styles><text:list-style style:name="L1">` +
		`<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I"/>` +
		`<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/>` +
		`<text:list-level-style-bullet text:level="3" text:bullet-char="•"/></text:list-style></office:automatic-styles>`
	body := `<office:body><office:text>` +
		`<table:table><table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>UBND TỈNH</text:p></table:table-cell>` +
		`<table:table-cell><text:p>CỘNG HÒA</text:p></table:table-cell></table:table-row>` +
		`<table:table-row><table:covered-table-cell><text:p>UBND TỈNH</text:p></table:covered-table-cell><table:table-cell><text:p>Độc lập</text:p></table:table-cell></table:table-row></table:table>` +
		`<text:p>Số:<text:s text:c="3"/>12/UBND<text:tab/>x<text:line-break/>y<text:note><text:note-body><text:p>a note</text:p></text:note-body></text:note></text:p>` +
		`<text:list text:style-name="L1"><text:list-item><text:p>MỤC ĐÍCH</text:p>` +
		`<text:list><text:list-item><text:p>Sở Tài chính chủ trì.</text:p><text:list><text:list-item><text:p>Báo cáo quý.</text:p></text:list-item></text:list></text:list-item>` +
		`<text:list-item><text:p>Sở Nội vụ phối hợp.</text:p></text:list-item></text:list></text:list-item></text:list>` +
		`<text:p>Giữa hai danh sách.</text:p>` +
		`<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>TỔ CHỨC</text:p></text:list-item></text:list>` +
		`<text:list text:style-name="L1"><text:list-header><text:p>Không số</text:p></text:list-header><text:list-item><text:p>LẠI TỪ ĐẦU</text:p></text:list-item></text:list>` +
		`</office:text></office:body>`
	b := makeODT(t, styles+body)
	text, err := parser.ODTText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| UBND TỈNH | CỘNG HÒA |\n|---|---|\n| UBND TỈNH | Độc lập |", // a row span filled in
		"\nSố: 12/UBND x\ny\n", // spaces and a tab as a page shows them, a line break; the note left out
		"\nI. MỤC ĐÍCH\n", "\nI.1. Sở Tài chính chủ trì.\n", "\n• Báo cáo quý.\n", "\nI.2. Sở Nội vụ phối hợp.\n",
		"\nII. TỔ CHỨC\n",               // numbered on from the list before
		"\nKhông số\n\nI. LẠI TỪ ĐẦU\n", // a header has no number; a new list starts again
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "a note") {
		t.Errorf("a note read as text:\n%s", text)
	}
}

// TestParseODTBytes reads an .odt as Parse takes it, its bytes as they
// are: a letter LibreOffice saved, with its header and signature in
// tables and its points in a numbered list.
func TestParseODTBytes(t *testing.T) {
	b, err := os.ReadFile("testdata/odt/letter.odt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(string(b))
	if d == nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH AN GIANG" || d.Symbol.String() != "512/UBND-KT" || d.Date.String() != "2026-03-12" ||
		d.Signature.Title != "PHÓ CHỦ TỊCH" || !d.HasRepair(directive.RepairODT) || len(d.Obligations) != 2 {
		t.Errorf("%q %v %v %q odt %v, %d obligations", d.Issuer, d.Symbol, d.Date, d.Signature.Title, d.HasRepair(directive.RepairODT), len(d.Obligations))
	}
	if _, err := parser.ODTText(bytes.NewReader([]byte("PK\x03\x04x")), 5); err == nil {
		t.Error("a broken zip: no error")
	}
}

func FuzzODTText(f *testing.F) {
	b, err := os.ReadFile("testdata/odt/letter.odt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(makeODT(f, `<office:body><office:text><text:list><text:list-item><text:p>a<text:s text:c="99999"/></text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell table:number-columns-spanned="9999"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:text></office:body>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := parser.ODTText(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of %d bytes", len(b))
		}
	})
}
