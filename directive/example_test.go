package directive_test

import (
	"fmt"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
)

func ExampleParseSymbol() {
	s, err := directive.ParseSymbol("30/2020/NĐ-CP")
	if err != nil {
		panic(err)
	}
	fmt.Println(s, s.Shape(), s.Bloc(), s.Number(), s.Year(), s.TypeCode(), s.Kind(), s.Issuer())

	p := directive.MustParseSymbol("24-CT/TU")
	fmt.Println(p, p.Shape(), p.Bloc(), p.Kind(), p.Issuer())

	l := directive.MustParseSymbol("3241/UBND-KGVX")
	fmt.Println(l, l.Kind(), l.Issuer(), l.Unit())

	fmt.Println(directive.MustParseSymbol("19/CT-TTG").Equal(directive.MustParseSymbol("19/CT-TTg")))

	_, err = directive.ParseSymbol("15/2024")
	fmt.Println(err)
	// Output:
	// 30/2020/NĐ-CP legal state 30 2020 NĐ decree CP
	// 24-CT/TU party party directive TU
	// 3241/UBND-KGVX official_letter UBND KGVX
	// true
	// directive.ParseSymbol("15/2024"): missing codes after the number (at "")
}

func ExampleParseSymbolLenient() {
	s, repairs, err := directive.ParseSymbolLenient("05 /2008/TT-BYT")
	fmt.Println(s, repairs, err)
	// Output: 05/2008/TT-BYT space <nil>
}

func ExampleFormatDate() {
	fmt.Println(directive.DateLine("Hà Nội", chidao.MustDate(2023, 10, 4)))
	fmt.Println(directive.FormatDate(chidao.MustDate(2020, 1, 5), directive.DateWords))
	fmt.Println(directive.FormatDate(chidao.MustDate(2019, 6, 29), directive.DateWords))
	fmt.Println(directive.FormatDate(chidao.MustDate(2023, 8, 7), directive.DateSlash))
	// Output:
	// Hà Nội, ngày 04 tháng 10 năm 2023
	// ngày 05 tháng 01 năm 2020
	// ngày 29 tháng 6 năm 2019
	// 07/8/2023
}

func ExampleParseDate() {
	d, err := directive.ParseDate("NGÀY 16 THÁNG 7 NĂM 2021")
	fmt.Println(d, err)
	_, err = directive.ParseDate("31/4/2023")
	fmt.Println(err)
	// Output:
	// 2021-07-16 <nil>
	// directive.ParseDate("31/4/2023"): no such day
}

func ExampleCitations() {
	text := "Căn cứ Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy về tuyên truyền; " +
		"căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015."
	for c := range directive.Citations(text) {
		fmt.Printf("%s %q %q %s %q %s %q\n", c.Kind, c.Symbol, c.Name, c.Date, c.Issuer, c.Relation, text[c.Start:c.End])
	}
	// Output:
	// guidance "114-HD/BTGTU" "" 2023-08-23 "Ban Tuyên giáo Thành ủy" legal_basis "Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy"
	// law "" "Luật Tổ chức chính quyền địa phương" 2015-06-19 "" legal_basis "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
}

func ExampleResolve() {
	text := "Thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy (gọi tắt là Chỉ thị) " +
		"và Kế hoạch số 171-KH/TU; kiểm tra việc thực hiện Chỉ thị và Kế hoạch số 171-KH/TU."
	for _, d := range directive.Resolve(text) {
		fmt.Println(d.Symbol, d.Date, d.Relation, d.Terms, len(d.Mentions))
	}
	// Output:
	// 24-CT/TU 2023-08-07 implements [Chỉ thị] 2
	// 171-KH/TU  implements [] 2
}
