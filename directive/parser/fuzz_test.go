package parser_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
)

// docHostile builds n bytes of input made to stress the parser: repeated
// "Số:", "Kính gửi:", unbalanced markdown and header phrases.
func docHostile(n int) string {
	const unit = "Số: **12 UBND-VX ~~\nKính gửi:\n- Sở Y tế;\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 04 tháng 10 năm 2023\n1. Sở Nội vụ; Các sở, ban, ngành\n"
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

func FuzzParseDirective(f *testing.F) {
	files, _ := filepath.Glob("testdata/docs/*.txt")
	files = append(files, "../testdata/hanoi-3241-UBND-KGVX.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	// Small seeds: the fuzzer spends its time mutating rather than
	// minimising whole documents.
	for _, seed := range []string{
		"UBND TỈNH NGHỆ AN\nSỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/TTr-STC\nNghệ An, ngày 05 tháng 01 năm 2024\n\nTỜ TRÌNH\nVề dự toán\n",
		"TỈNH ỦY QUẢNG NINH\n*\nSố 12-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHạ Long, ngày 04 tháng 10 năm 2023\nCHỈ THỊ\nvề phòng, chống thiên tai\n",
		"Kính gửi: - Sở Y tế;\n- Sở Nội vụ.\n1. Sở Y tế\n- Chủ trì.\n",
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\n",
		"Số: 3241 UBND-KGVX | Hà Nội, ngày 04 tháng 10 năm 2023\n",
		"SỞ TÀI CHÍNH\nĐẾN\nSố: 345\nNgày: 08/01/2024\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNgười ký: Sở Tài chính\nThời gian ký: 05.01.2024\n",
		// pandoc's layout tables: multiline and grid
		"  ---------------- ------------------\n  **UBND TỈNH**\\     **CỘNG HÒA XÃ HỘI**\\\n  Số: 5/UBND        *Huế, ngày 2 tháng\n                    3 năm 2024*\n  ---------------- ------------------\n",
		"+-------------------+----------------+\n| ***Nơi nhận:***\\  | **TM. UBND**\\   |\n| \\- Như trên.      | **CHỦ TỊCH**   |\n+-------------------+----------------+\n",
	} {
		f.Add(seed)
	}
	f.Add(`{\rtf1{\fonttbl{\f1 .VnTimeH;}}\pard\intbl{\f1 ubnd t\'d8nh}\cell c\'e9ng\cell\row\pard S\'e8: 5/UBND\par}`)
	f.Add("\xff\xfeS\x00\xe1\x1e: \x005\x00/\x00U\x00B\x00N\x00D\x00\n\x00")
	// a header and a task typed in the legacy fonts
	f.Add(toTCVN3("UBND TỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND\nNghệ An, ngày 05 tháng 01 năm 2004\n\nKẾ HOẠCH\nVề phòng chống dịch\n1. Sở Y tế chủ trì, báo cáo trước ngày 15/12/2004.\n"))
	f.Add(toVNI("SỞ Y TẾ\nSố: 5/SYT-NV\nV/v báo cáo\nKính gửi: Bệnh viện tỉnh\nĐề nghị báo cáo trước ngày 10/5/2005./.\n"))
	f.Add("a) Sở Nội vụ chủ trì, báo cáo trước ngày 15/12/2024.\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n")
	// what a scan makes of the header's and the tail's two columns
	f.Add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\nỦY BAN NHÂN DÂN TỈNH BẮC VIỆT NAM Độc lập - Tự do - Hạnh\n\nNINH ——- phúc —————\nSôí 12/QĐ-UBND Bắc Ninh, ngày 2 tháng 3 năm 2024\nQUYÊT ĐỊNH Kiểm tra việc chấp hành\n")
	f.Add("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc\nlập - Tự do - Hạnh phúc\nSố: 3722/VPCP-CN VWw cơ chế\n")
	f.Add("thực hiện./. Nơi nhận: KT. CỤC TRƯỞNG - Như trên; PHÓ CỤC TRƯỞNG - TT X (để b/c); - Lãnh đạo; Nguyễn Văn An - Lưu: VT.\n_ PHO CHỦ NHIIEM\n")
	f.Add(docHostile(2048))
	f.Add("Số 15-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n")
	f.Add("\xff\xfe Số: /\n")
	// a page: its header and tail in table cells, chrome around
	f.Add("<!DOCTYPE html><html><head><script>x</script></head><body><nav>Trang chủ</nav><table><tr><td><b>UBND TỈNH AN GIANG</b><br>Số: 5/UBND-KT</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br><i>An Giang, ngày 2 tháng 3 năm 2026</i></td></tr></table><p>Kính gửi: Sở Tài chính.</p><ol><li>Sở Tài chính chủ trì, báo cáo trước ngày 30/4/2026.</li></ol><table><tr><td>Nơi nhận:<br>- Như trên;</td><td>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Nguyễn Văn An</td></tr></table></body></html>")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := parser.Parse(text)
		if err != nil {
			var joined interface{ Unwrap() []error }
			errs := []error{err}
			if errors.As(err, &joined) {
				errs = joined.Unwrap()
			}
			for _, e := range errs {
				var se *parser.SyntaxError
				if !errors.As(e, &se) || se.Line < 1 || se.Col < 1 {
					t.Fatalf("error without a position: %v", e)
				}
			}
		}
		if d == nil {
			if !errors.Is(err, parser.ErrNoDocument) {
				t.Fatalf("nil document with error %v", err)
			}
			return
		}
		// Everything Parse returns is valid UTF-8 and validates without panicking.
		_ = d.Validate()
		// Every line ends up in the document, set aside if nowhere else
		// (a page's lines are those of the text it shows).
		read := text
		if d.HasRepair(directive.RepairUTF16) {
			u := make([]uint16, 0, len(text)/2)
			for i := 2; i+1 < len(text); i += 2 {
				if text[0] == 0xFE {
					u = append(u, uint16(text[i])<<8|uint16(text[i+1]))
				} else {
					u = append(u, uint16(text[i+1])<<8|uint16(text[i]))
				}
			}
			read = string(utf16.Decode(u))
		}
		if d.HasRepair(directive.RepairODT) {
			read, _ = parser.ODTText(strings.NewReader(text), int64(len(text)))
		}
		if d.HasRepair(directive.RepairRTF) {
			read, _ = parser.RTFText(text)
		}
		if d.HasRepair(directive.RepairDoc) {
			read, _ = parser.DocText(strings.NewReader(text), int64(len(text)))
		}
		read = crBreaks(read) // Parse breaks the lines at a lone CR first
		decoded := false      // Parse reads a legacy font's codes once
		if d.HasRepair(directive.RepairLegacyEncoding) && !utf8.ValidString(read) {
			read, _ = parser.LegacyText(read) // an 8-bit file's bytes, before its markup
			decoded = true
		}
		if d.HasRepair(directive.RepairHTML) {
			read = parser.HTMLText(read)
		}
		if d.HasRepair(directive.RepairLegacyEncoding) && !decoded {
			read, _ = parser.LegacyText(read)
		}
		if j, err := d.MarshalJSON(); err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		} else if lost, _ := accountedRead(read, j); len(lost) > 0 {
			t.Fatalf("lines lost: %q", lost)
		}
		r := render.Text(d)
		if !utf8.ValidString(r) {
			t.Fatalf("Render produced invalid UTF-8")
		}
		_ = render.HTML(d)
		if parser.RoundTrips(d) {
			// Random bytes can make header lines that read differently
			// once re-laid (a motto glued to an issuer, stray combining
			// marks), so here the identity must survive; the full fixed
			// point is held on real documents in TestRoundTripCorpora.
			back, _ := parser.Parse(r)
			if back == nil {
				t.Fatalf("Parse(Text(d)) found no document in:\n%s", r)
			}
			// what the first reading found stays; the canonical text may
			// show a field the damaged input hid ("CHỈ THỊ" under a
			// garbled date line, a date line the first reading left in
			// the body)
			if d.Symbol.IsValid() && back.Symbol != d.Symbol || !d.Date.IsZero() && back.Date != d.Date ||
				d.Type != directive.KindUnspecified && back.Type != d.Type || d.Bloc != directive.BlocUnspecified && back.Bloc != d.Bloc {
				t.Fatalf("identity lost in the round trip: %v %v %v %v -> %v %v %v %v\n%s",
					d.Symbol, d.Date, d.Type, d.Bloc, back.Symbol, back.Date, back.Type, back.Bloc, r)
			}
		}
		if _, err := d.MarshalJSON(); err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		// every obligation points at the node or closing line it was read
		// from, and its text is valid UTF-8
		for i, o := range d.Obligations {
			if !utf8.ValidString(o.Text) {
				t.Fatalf("obligations[%d].text is not UTF-8", i)
			}
			if o.Path == directive.ClosingPath {
				if d.Closing == "" {
					t.Fatalf("obligations[%d] read from a closing line the document does not have", i)
				}
				continue
			}
			if _, ok := directive.NodeAt(d.Body, o.Path); !ok {
				t.Fatalf("obligations[%d].path %q leads to no node", i, o.Path)
			}
		}
	})
}
