package directive_test

import (
	"errors"
	"fmt"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
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

func ExampleDocument_Check() {
	d := parser.MustParse(validateExample)
	for _, fe := range d.Check() {
		fmt.Println(fe.Severity, fe.Path, fe.Code, "|", fe.Rule)
	}
	// Output:
	// warning symbol directive.symbol_repaired | NĐ 30/2020 Phụ lục I §II.3
	// error number directive.number_leading_zero | NĐ 30/2020 Phụ lục I §II.3
	// warning date directive.date_format | NĐ 30/2020 Phụ lục I §II.4
}

func ExampleDocument_Validate() {
	d := parser.MustParse(validateExample)
	err := d.Validate()
	var ve *chidao.ValidationError
	fmt.Println(errors.As(err, &ve), len(ve.Errors))

	// Written with its leading zero, the number leaves only warnings.
	d.Symbol = directive.MustParseSymbol("05/UBND-VX")
	fmt.Println(d.Validate(), len(d.Check()))
	// Output:
	// true 3
	// <nil> 2
}

// validateExample is the document of parser's ExampleParse.
const validateExample = `**ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM**
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 5 UBND-VX
V/v triển khai Kế hoạch số 45-KH/TU
Quảng Nam, ngày 4 tháng 3 năm 2024

Kính gửi: Sở Y tế.

Thực hiện Kế hoạch số 45-KH/TU ngày 12/3/2023 của Tỉnh ủy, UBND tỉnh đề nghị:

1. Sở Y tế
- Chủ trì triển khai kế hoạch.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An

Nơi nhận:
- Như trên;
- Lưu: VT, VX.
`
