package directive_test

import (
	"errors"
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

func ExampleDocument_Check() {
	d := letterQuangNam()
	for _, fe := range d.Check() {
		fmt.Println(fe.Severity, fe.Path, fe.Code, "|", fe.Rule)
	}
	// Output:
	// warning symbol directive.symbol_repaired | NĐ 30/2020 Phụ lục I §II.3
	// error number directive.number_leading_zero | NĐ 30/2020 Phụ lục I §II.3
	// warning date directive.date_format | NĐ 30/2020 Phụ lục I §II.4
}

func ExampleDocument_Validate() {
	d := letterQuangNam()
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

// letterQuangNam is a công văn of the Quảng Nam People's Committee as a
// reader returns it from a scan: its number printed "5 UBND-VX" and its
// date "ngày 4 tháng 3 năm 2024", both repaired.
func letterQuangNam() *directive.Document {
	return &directive.Document{
		Bloc:           directive.BlocState,
		Issuer:         "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
		NationalHeader: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		Number:         "5",
		Symbol:         directive.MustParseSymbol("5/UBND-VX"),
		Type:           directive.KindOfficialLetter,
		Place:          "Quảng Nam",
		Date:           chidao.MustDate(2024, 3, 4),
		Subject:        "triển khai Kế hoạch số 45-KH/TU",
		Recipients:     []string{"Sở Y tế"},
		Preamble:       []string{"Thực hiện Kế hoạch số 45-KH/TU ngày 12/3/2023 của Tỉnh ủy, UBND tỉnh đề nghị:"},
		Sections:       []directive.Section{{Number: "1", Heading: "Sở Y tế", Addressees: []string{"Sở Y tế"}, Items: []string{"Chủ trì triển khai kế hoạch."}}},
		Signature:      directive.Signature{Authority: []string{"TM. ỦY BAN NHÂN DÂN"}, Title: "CHỦ TỊCH", Name: "Nguyễn Văn An"},
		Distribution:   []string{"Như trên", "Lưu: VT, VX"},
		Repairs: []directive.Repair{
			{Code: directive.RepairSymbolSlash, Path: "symbol", Line: 5, Original: "5 UBND-VX", Repaired: "5/UBND-VX"},
			{Code: directive.RepairDateFormat, Path: "date", Line: 7, Original: "ngày 4 tháng 3 năm 2024", Repaired: "ngày 04 tháng 3 năm 2024"},
		},
	}
}
