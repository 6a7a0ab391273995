package parser_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// TestParseHeaderCells covers header shapes met in the seventh gold set:
// a page's "# V/v …" title above the header table, "V/v:" in the number's
// cell, a rule left at the end of the issuer's cell, and a Kính gửi list
// in a cell whose pipes pandoc escaped, its last entry wrapped.
func TestParseHeaderCells(t *testing.T) {
	for _, c := range []struct {
		name, text string
		subject    string
		recipients []string
	}{
		{"page title above a pipe header", `# V/v giải quyết chế độ ưu đãi

| BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- |
|---|---|
| Số: 284/LĐTBXH-NCC V/v giải quyết chế độ ưu đãi | Hà Nội, ngày 26 tháng 01 năm 2011 |

Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh

Đề nghị các Sở báo cáo kết quả trước ngày 15/3/2011.
`, "giải quyết chế độ ưu đãi", []string{"Sở Lao động - Thương binh và Xã hội các tỉnh"}},
		{"V/v: in the number's cell, escaped pipes", `  -----------------------------------------------------------------------
  BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
  ----------------------------------- -----------------------------------
  Số: 8424/LĐTBXH-KTTH V/v: trợ cấp   Hà Nội, ngày 27 tháng 10 năm 2014
  một lần
  -----------------------------------------------------------------------

Kính gửi: \| - Bộ Tài chính; - Ủy ban nhân dân
tỉnh Nghệ An. \|

Đề nghị các cơ quan báo cáo trước ngày 15/11/2014.
`, "trợ cấp một lần", []string{"Bộ Tài chính", "Ủy ban nhân dân tỉnh Nghệ An"}},
		{"motto broken in a PDF's columns, smart dashes", `     BỘ LAO ĐỘNG - THƯƠNG BINH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -
        VÀ XÃ HỘI ——-                               Tự do - Hạnh phúc —————
Số: 1351/LĐTBXH-NCC                      Hà Nội, ngày 04 tháng 10 năm 2022
V/v trợ cấp một lần

Kính gửi: Bộ Tài chính

Đề nghị Bộ Tài chính có ý kiến trước ngày 15/10/2022.
`, "trợ cấp một lần", []string{"Bộ Tài chính"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := parser.Parse(c.text)
			if err != nil {
				t.Fatal(err)
			}
			if d.Issuer != "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" || d.Symbol.IsZero() || d.Date.IsZero() || d.Place != "Hà Nội" {
				t.Errorf("header: issuer %q symbol %v date %v place %q", d.Issuer, d.Symbol, d.Date, d.Place)
			}
			if d.Subject != c.subject {
				t.Errorf("subject %q, want %q", d.Subject, c.subject)
			}
			if !slices.Equal(d.Recipients, c.recipients) {
				t.Errorf("recipients %q, want %q", d.Recipients, c.recipients)
			}
			if d.Type != directive.KindOfficialLetter {
				t.Errorf("type %v", d.Type)
			}
			if len(d.NationalHeader) != 2 || d.NationalHeader[1] != "Độc lập - Tự do - Hạnh phúc" {
				t.Errorf("national header %q", d.NationalHeader)
			}
		})
	}
}

// TestParseDateInArticle checks that a date cited in a body line ("Điều 1.
// … Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017 …") is not read as the
// date line of a text whose own date line is lost.
func TestParseDateInArticle(t *testing.T) {
	text := `THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017 của Ban Bí thư.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if !d.Date.IsZero() {
		t.Errorf("date %v read from an article", d.Date)
	}
	found := false
	for _, n := range d.Body {
		found = found || n.Kind == directive.NodeArticle && n.Marker == "1"
	}
	if !found {
		t.Errorf("Điều 1 not in the body: %+v", d.Body)
	}
}

// TestParseWrappedArticleCitation checks that "Điều 2" at the start of a
// line wrapped inside Điều 3 is text, not a second article 2, and that
// points marked "a." nest under their number.
func TestParseWrappedArticleCitation(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Bắc Ninh, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về hỗ trợ nhà ở

Điều 1. Phạm vi
Quyết định này quy định việc hỗ trợ.
Điều 2. Đối tượng
Hộ gia đình người có công.
Điều 3. Mức hỗ trợ
Hỗ trợ 40 triệu đồng/hộ đối với trường hợp nêu tại khoản 1
Điều 2 Quyết định này.
Điều 4. Tổ chức thực hiện
1. Trách nhiệm của các sở
a. Sở Xây dựng chủ trì hướng dẫn thực hiện.
b. Sở Tài chính bố trí kinh phí.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var markers []string
	for _, n := range d.Body {
		if n.Kind == directive.NodeArticle {
			markers = append(markers, n.Marker)
		}
	}
	if !slices.Equal(markers, []string{"1", "2", "3", "4"}) {
		t.Fatalf("articles %q, want 1 2 3 4", markers)
	}
	art4 := d.Body[len(d.Body)-1]
	if len(art4.Children) != 1 || len(art4.Children[0].Children) != 2 || art4.Children[0].Children[1].Marker != "b" {
		t.Errorf("Điều 4's points: %+v", art4.Children)
	}
}

// TestParseHeaderlessDecision checks a decision stored without its
// header: the type line again under a page's title is not the subject's
// start, and the enacting body above "Căn cứ" is not its end.
func TestParseHeaderlessDecision(t *testing.T) {
	text := `# QUYẾT ĐỊNH

QUYẾT ĐỊNH
VỀ VIỆC THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN
ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
QUYẾT ĐỊNH:
Điều 1. Thực hiện chế độ điều dưỡng luân phiên.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Type != directive.KindDecision || d.Subject != "VỀ VIỆC THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN" {
		t.Errorf("type %v subject %q", d.Type, d.Subject)
	}
}

// TestParseSignatureWrapped checks a collective's name wrapped in the
// authority line ("TM. ỦY BAN" / "NHÂN DÂN") and a task force's titles.
func TestParseSignatureWrapped(t *testing.T) {
	for _, c := range []struct {
		tail      string
		authority []string
		title     string
		name      string
	}{
		{"TM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH\nNguyễn Đức Cường\n", []string{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH", "Nguyễn Đức Cường"},
		{"KT. TỔ TRƯỞNG\nTỔ PHÓ THƯỜNG TRỰC\nNgô Hải Phan\n", []string{"KT. TỔ TRƯỞNG"}, "TỔ PHÓ THƯỜNG TRỰC", "Ngô Hải Phan"},
		{"Nơi nhận:\n  Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nHoàng Đức Hậu\n", []string{"KT. BỘ TRƯỞNG"}, "THỨ TRƯỞNG", "Hoàng Đức Hậu"},
		// a scan read the two columns row by row, with single spaces
		{"Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; THỨ TRƯỞNG\n- Bộ trưởng (để b/c); Hoàng Đức Hậu\n- Lưu: VT.\n", []string{"KT. BỘ TRƯỞNG"}, "THỨ TRƯỞNG", "Hoàng Đức Hậu"},
	} {
		text := "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 21/QĐ-UBND\nQuảng Trị, ngày 13 tháng 10 năm 2014\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nĐiều 1. Ban hành Quy chế.\n\n" + c.tail
		d, err := parser.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(d.Signature.Authority, c.authority) || d.Signature.Title != c.title || d.Signature.Name != c.name {
			t.Errorf("signature %+v, want %q / %q / %q", d.Signature, c.authority, c.title, c.name)
		}
		if strings.Contains(c.tail, "Nơi nhận") && !slices.Equal(d.Distribution, []string{"Như trên", "Bộ trưởng (để b/c)", "Lưu: VT"}) {
			t.Errorf("distribution %q", d.Distribution)
		}
	}
}
