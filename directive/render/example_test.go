package render_test

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/render"
)

func ExampleText() {
	d := &directive.Document{
		Bloc:           directive.BlocParty,
		ParentIssuer:   "ĐẢNG BỘ TỈNH NGHỆ AN",
		Issuer:         "TỈNH ỦY",
		NationalHeader: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"},
		Number:         "15",
		Symbol:         directive.MustParseSymbol("15-CT/TU"),
		Type:           directive.KindDirective,
		Place:          "Nghệ An",
		Date:           chidao.MustDate(2024, 1, 5),
		Subject:        "về tăng cường công tác phòng, chống thiên tai",
		Sections:       []directive.Section{{Number: "1", Heading: "Các cấp ủy", Addressees: []string{"Các cấp ủy"}, Items: []string{"Kiện toàn ban chỉ huy."}}},
		Signature:      directive.Signature{Authority: []string{"T/M BAN THƯỜNG VỤ"}, Title: "BÍ THƯ", Name: "Nguyễn Văn An"},
		Distribution:   []string{"Các huyện ủy", "Lưu Văn phòng Tỉnh ủy"},
	}
	fmt.Print(render.Text(d))
	// Output:
	// ĐẢNG BỘ TỈNH NGHỆ AN
	// TỈNH ỦY
	// *
	// ĐẢNG CỘNG SẢN VIỆT NAM
	// Số 15-CT/TU
	// Nghệ An, ngày 05 tháng 01 năm 2024
	//
	// CHỈ THỊ
	// về tăng cường công tác phòng, chống thiên tai
	//
	// 1. Các cấp ủy
	// - Kiện toàn ban chỉ huy.
	//
	// T/M BAN THƯỜNG VỤ
	// BÍ THƯ
	//
	// Nguyễn Văn An
	//
	// Nơi nhận:
	// - Các huyện ủy;
	// - Lưu Văn phòng Tỉnh ủy.
}

func ExampleHTML() {
	d := &directive.Document{
		Bloc:           directive.BlocState,
		Issuer:         "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
		NationalHeader: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		Symbol:         directive.MustParseSymbol("12/KH-UBND"),
		Type:           directive.KindPlan,
		Place:          "Quảng Nam",
		Date:           chidao.MustDate(2024, 3, 1),
		Subject:        "phòng, chống thiên tai & tìm kiếm cứu nạn",
	}
	page := render.HTML(d)
	// Print the page's A4 rule and the lines that show the document.
	for l := range strings.SplitSeq(page, "\n") {
		if strings.HasPrefix(l, "@page { size") || strings.HasPrefix(l, "<div class=\"") && strings.HasSuffix(l, "</div>") {
			fmt.Println(l)
		}
	}
	// Output:
	// @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
	// <div class="issuer">ỦY BAN NHÂN DÂN<br/>TỈNH QUẢNG NAM</div>
	// <div class="number">Số: 12/KH-UBND</div>
	// <div class="nation"><div><span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></div><div><span>Độc lập - Tự do - Hạnh phúc</span></div></div>
	// <div class="date">Quảng Nam, ngày 01 tháng 3 năm 2024</div>
	// <div class="type">KẾ HOẠCH</div>
	// <div class="subject">phòng, chống thiên tai &amp; tìm kiếm cứu nạn</div>
}
