package parser_test

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive/parser"
	"pgregory.net/rapid"
)

func TestHTMLText(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{
		{"paragraphs and breaks",
			"<html><head><title>Cổng</title><style>p{}</style></head><body><p>Kính gửi:<br>- Sở Y tế;</p><p>Nội   dung\n tiếp</p></body></html>",
			"Kính gửi:\n- Sở Y tế;\n\nNội dung tiếp\n"},
		{"entities",
			"<p>Hà&nbsp;Nội, &quot;Chỉ thị&quot; &amp; &#7897; &#x1EA1;</p>",
			"Hà\u00a0Nội, \"Chỉ thị\" & ộ ạ\n"},
		{"skipped elements",
			"<body><nav><a>Trang chủ</a></nav><script>if (a<b) {x='</p>'}</script><!-- <p>ẩn</p> --><p hidden>ẩn</p><div style=\"display: none\">ẩn</div><p>Văn bản</p><aside>Văn bản liên quan</aside><footer>Bản quyền</footer></body>",
			"Văn bản\n"},
		{"head left open",
			"<html><head><title>x</title><meta charset=utf-8><body><p>Số: 12/UBND</p>",
			"Số: 12/UBND\n"},
		{"a header table",
			"<table><tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p>TỈNH AN GIANG</p></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr></table><p>Nội dung</p>",
			"| ỦY BAN NHÂN DÂN<br><br>TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n\nNội dung\n"},
		{"spans filled in",
			"<table><tr><th>TT</th><th colspan=2>Cơ quan</th></tr><tr><td rowspan=\"2\">1</td><td>Sở Y tế</td><td>Sở Nội vụ</td></tr><tr><td>Sở A | B</td><td>Sở C</td></tr></table>",
			"| TT | Cơ quan | Cơ quan |\n|---|---|---|\n| 1 | Sở Y tế | Sở Nội vụ |\n| 1 | Sở A \\| B | Sở C |\n"},
		{"cells left open",
			"<table><tr><td>a<td>b<tr><td>c<td>d</table>",
			"| a | b |\n|---|---|\n| c | d |\n"},
		{"a layout table of one column",
			"<table><tr><td><p>Số: 5/KH</p></td></tr><tr><td><p>KẾ HOẠCH</p></td></tr></table>",
			"Số: 5/KH\n\nKẾ HOẠCH\n"},
		{"lists",
			"<ol><li>Sở Y tế</li><li>2. Sở Nội vụ</li></ol><ol type=a start=3><li>Sở C</li></ol><ul><li>Sở D<li>- Sở E</ul>",
			"1. Sở Y tế\n2. Sở Nội vụ\nc) Sở C\n- Sở D\n- Sở E\n"},
		{"Word's Save as Web Page",
			"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>VT</o:Author></o:DocumentProperties></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm} --></style></head>" +
				"<body lang=VI><div class=WordSection1><p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>ỦY BAN NHÂN DÂN<o:p></o:p></span></b></p>" +
				"<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI>-<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Sở Y tế chủ trì.<o:p></o:p></span></p></div></body></html>",
			"ỦY BAN NHÂN DÂN\n\n-\u00a0\u00a0\u00a0 Sở Y tế chủ trì.\n"},
		{"a table left open around a skipped element left open",
			"<table><tr><td>Số: 5/UBND-KT</td><td>Hà Nội<nav>Trang chủ",
			"| Số: 5/UBND-KT | Hà Nội |\n|---|---|\n"},
		{"stray markup",
			"<p>a < b, 3<4 and <> </ p> <3</p></div></table>",
			"a < b, 3<4 and <> </ p> <3\n"},
	} {
		if got := parser.HTMLText(c.page); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// A text written into paragraphs of a page reads back as its words, and
// the reader's output is valid UTF-8 whatever the page.
func TestHTMLTextWords(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		paras := rapid.SliceOfN(rapid.StringMatching(`[A-Za-zÀ-ỹ0-9 ,.;:()/&"'<>-]{1,40}`), 1, 6).Draw(t, "paras")
		var page strings.Builder
		page.WriteString("<html><body>")
		var want []string
		for _, p := range paras {
			page.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
			want = append(want, strings.Fields(p)...)
		}
		page.WriteString("</body></html>")
		got := strings.Fields(parser.HTMLText(page.String()))
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("words %q, want %q", got, want)
		}
	})
}

func FuzzHTMLText(f *testing.F) {
	f.Add("<table><tr><td rowspan=3 colspan=2>a<td>b<tr><td>c</table>")
	f.Add("<html><head><script>x</script><body><ol type=I start=3><li>a<li>b</ol><p hidden>x</p><pre> a\n b</pre>")
	f.Add("<!-- x --><?xml?><!x><p>&amp;&#xD800;&#99999999;</p><table><table><tr><td>x</td></tr></table></table>")
	f.Add("<p>a\xffb</p><br/><img alt='>' src=x><a href=\"<\">x</a>")
	f.Fuzz(func(t *testing.T, page string) {
		out := parser.HTMLText(page)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", page)
		}
		if len(out) > 64*len(page)+8192 {
			t.Fatalf("%d bytes out of %d", len(out), len(page))
		}
	})
}

// A page made from a document in the legacy fonts names them: <font
// face=".VnTime">, or a style's font-family as Word's "Save as Web Page"
// writes it; each text is read by its font, the .VnTimeH font's small
// letters in capitals.
func TestHTMLTextLegacyFonts(t *testing.T) {
	page := `<html><body><p><font face=".VnTimeH">bé tµi chÝnh</font></p>` +
		`<p style='font-family:".VnTime";font-size:13pt'>Hµ Néi, ngµy 22 th¸ng 11 n¨m 2002</p>` +
		`<p><span style="font-family:&quot;VNI-Times&quot;">Veà vieäc</span> and <b>Unicode text: Hà Nội</b></p>` +
		`<table><tr><td><font face=".VnTimeH, serif">quyÕt ®Þnh</font></td><td>x</td></tr></table></body></html>`
	got := parser.HTMLText(page)
	for _, want := range []string{"BỘ TÀI CHÍNH\n", "\nHà Nội, ngày 22 tháng 11 năm 2002\n", "\nVề việc and Unicode text: Hà Nội\n", "| QUYẾT ĐỊNH | x |"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
}
