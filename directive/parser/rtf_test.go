package parser_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// rtfLetter is an RTF letter written by hand the way word processors
// write them: a font table with the legacy fonts (.VnTimeH drawing small
// letters as capitals, .VnTime, VNI-Times) beside a Unicode font, the
// header in a two-cell table, a field, a list number in \pntext, a
// Unicode letter with its fallback, and destinations that are no text.
const rtfLetter = `{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman Times New Roman;}{\f15\fswiss{\*\panose 020b7200000000000000}.VnTime;}` +
	`{\f16\fswiss .VnTimeH;}{\f20\fnil VNI-Times;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}` +
	`{\info{\title B\'e9 t\'b5i ch\'ddnh}{\author X}}{\header {\f15 trang \'ae\'c7u}}` + "\r\n" +
	`\pard\intbl{\f16 \'f1y ban nh\'a9n d\'a9n t\'d8nh}\par{\f16 an giang}\cell {\f16 c\'e9ng ho\'b5 x\'b7 h\'e9i ch\'f1 ngh\'dca vi\'d6t nam}\par` +
	`{\f15 \'a7\'e9c l\'cbp - T\'f9 do - H\'b9nh ph\'f3c}\cell\pard\intbl\row` + "\r\n" +
	`\pard{\f15 S\'e8: 512/UBND-KT}\par` +
	`\pard{\f15 An Giang, ng\'b5y 12 th\'b8ng 3 n\'a8m 2026}\par` +
	`\pard{\f20 V/v ba\'f9o ca\'f9o t\'ecnh h\'ecnh th\'f6\'efc hie\'e4n}\par` +
	`\pard{\f15 K\'ddnh g\'f6i: C\'b8c s\'eb, ban, ng\'b5nh t\'d8nh.}\par` +
	`\pard{\pntext\f0 1.\tab}{\f15 S\'eb T\'b5i ch\'ddnh ch\'f1 tr\'d7, b\'b8o c\'b8o tr\'ad\'edc ng\'b5y 30/4/2026.}\par` +
	`\pard{\field{\*\fldinst HYPERLINK "x"}{\fldrslt Tr\u226?n tr\u7885?ng./.}}\par` +
	`\pard\intbl{\f15\b N\'aci nh\'cbn:}\par{\f15 - Nh\'ad tr\'aan;}\cell{\f16 kt. ch\'f1 t\'dech}\par{\f16 ph\'e3 ch\'f1 t\'dech}\par{\f15 Nguy\'d4n V\'a8n An}\cell\pard\intbl\row\pard}`

func TestRTFText(t *testing.T) {
	text, err := parser.RTFText(rtfLetter)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// the .VnTimeH font's small letters in capitals, the .VnTime
		// font's as typed, cell by cell
		"| ỦY BAN NHÂN DÂN TỈNH<br>AN GIANG | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |",
		"\nSố: 512/UBND-KT\n",
		"\nV/v báo cáo tình hình thực hiện\n", // VNI-Times
		"\n1. Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2026.\n",
		"\nTrân trọng./.\n", // a field's result; \uN with its fallback skipped
		"KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Nguyễn Văn An |",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	for _, not := range []string{"Times New Roman", "Normal", "HYPERLINK", "trang", "Bộ tài chính", "panose", "020b"} {
		if strings.Contains(text, not) {
			t.Errorf("%q (no text of the document) in\n%s", not, text)
		}
	}
	// the default font (\deff) is a legacy one: text that names no font
	// is in it, and \plain goes back to it
	if got, _ := parser.RTFText(`{\rtf1\deff1{\fonttbl{\f0 Arial;}{\f1 .VnTime;}}H\'b5 N\'e9i {\f0 Unicode} \plain Vi\'d6t\par}`); !strings.Contains(got, "Hà Nội Unicode Việt") {
		t.Errorf("default font: %q", got)
	}
	// a legacy font's codes written as \uN (with their 8-bit fallback)
	if got, _ := parser.RTFText(`{\rtf1\uc1{\fonttbl{\f1 .VnTime;}}{\f1 H\u181\'b5 N\u233\'e9i}\par}`); !strings.Contains(got, "Hà Nội") {
		t.Errorf("\\uN in a legacy font: %q", got)
	}
	// an RTF a tool stored as UTF-8: its 8-bit letters as runes, a letter
	// beyond them as itself
	if got, _ := parser.RTFText("{\\rtf1{\\fonttbl{\\f1 .VnTime;}}\\uc1{\\f1 Hµ Néi}\\par Hà Nội \\u7897?x\\par}"); !strings.Contains(got, "Hà Nội\n\nHà Nội ộx") {
		t.Errorf("UTF-8 RTF: %q", got)
	}
	if _, err := parser.RTFText("{\\rtx1 no}"); err == nil {
		t.Error("a text that is no RTF: no error")
	}
}

// TestParseRTF reads RTF files as Parse takes them: the letter above and
// corpus34's stored TCVN3 circular, each run read by its font (so no
// legacy encoding is left to tell).
func TestParseRTF(t *testing.T) {
	d, err := parser.Parse(rtfLetter)
	if d == nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH AN GIANG" || d.Symbol.String() != "512/UBND-KT" || d.Date.String() != "2026-03-12" ||
		d.Subject != "báo cáo tình hình thực hiện" || d.Signature.Name != "Nguyễn Văn An" || !d.HasRepair(directive.RepairRTF) ||
		len(d.Obligations) != 1 || d.Obligations[0].Addressees[0] != "Sở Tài chính" {
		t.Errorf("letter: %q %v %v %q %q rtf %v %v", d.Issuer, d.Symbol, d.Date, d.Subject, d.Signature.Name, d.HasRepair(directive.RepairRTF), d.Obligations)
	}
	b, err := os.ReadFile("../testdata/corpus34/src/btc-40-2000-tt-btc.rtf")
	if err != nil {
		t.Fatal(err)
	}
	d, _ = parser.Parse(string(b))
	if d == nil || d.Issuer != "BỘ TÀI CHÍNH" || d.Symbol.String() != "40/2000/TT-BTC" || d.Type != directive.KindCircular ||
		d.HasRepair(directive.RepairLegacyEncoding) {
		t.Errorf("corpus34's RTF: %+v", d)
	}
}

func FuzzRTFText(f *testing.F) {
	f.Add(rtfLetter)
	f.Add(`{\rtf1{\*\x{\f1 a}}\u-3913?\'zz\'ad{{{}}}\cell\row\intbl\par\uc5\u65 abc\f99 x}`)
	f.Add(`{\rtf1{\fonttbl{\f1 VNI-Times;}}\f1 Vieät Nam\line\tab\~\_\emdash}`)
	f.Fuzz(func(t *testing.T, rtf string) {
		text, err := parser.RTFText(rtf)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of %q", rtf)
		}
		if len(text) > 64*len(rtf)+8192 {
			t.Fatalf("%d bytes out of %d", len(text), len(rtf))
		}
	})
}
