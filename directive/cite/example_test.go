package cite_test

import (
	"fmt"

	"github.com/chidao/chidao/directive/cite"
)

func ExampleFind() {
	text := "Căn cứ Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy về tuyên truyền; " +
		"căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015."
	for c := range cite.Find(text) {
		fmt.Printf("%s %q %q %s %q %s %q\n", c.Kind, c.Symbol, c.Name, c.Date, c.Issuer, c.Relation, text[c.Start:c.End])
	}
	// Output:
	// guidance "114-HD/BTGTU" "" 2023-08-23 "Ban Tuyên giáo Thành ủy" legal_basis "Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy"
	// law "" "Luật Tổ chức chính quyền địa phương" 2015-06-19 "" legal_basis "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
}

// A scan's text layer dropped a mark here and there: the type word, "số",
// "ngày" and "của" are read bare, the names as written.
func ExampleFindDamaged() {
	text := "Căn cư Quyêt định sô 118/TTg ngay 27/02/1996 cua Thủ tướng Chính phủ; Luât Hải quan ngày 23 tháng 6 năm 2014."
	for c := range cite.FindDamaged(text) {
		fmt.Printf("%s %q %q %s %q\n", c.Kind, c.Symbol, c.Name, c.Date, c.Issuer)
	}
	// Output:
	// decision "118/TTg" "" 1996-02-27 "Thủ tướng Chính phủ"
	// law "" "Luât Hải quan" 2014-06-23 ""
}

func ExampleResolve() {
	text := "Thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy (gọi tắt là Chỉ thị) " +
		"và Kế hoạch số 171-KH/TU; kiểm tra việc thực hiện Chỉ thị và Kế hoạch số 171-KH/TU."
	for _, d := range cite.Resolve(text) {
		fmt.Println(d.Symbol, d.Date, d.Relation, d.Terms, len(d.Mentions))
	}
	// Output:
	// 24-CT/TU 2023-08-07 implements [Chỉ thị] 2
	// 171-KH/TU  implements [] 2
}
