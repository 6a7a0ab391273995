package render_test

import (
	"fmt"

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
