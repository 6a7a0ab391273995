package directive_test

import (
	"testing"

	"github.com/chidao/chidao/directive"
)

// Hard-wrapped text breaks issuers inside a name; a name that is whole at
// the break ends there.
func TestCitationIssuerAcrossLines(t *testing.T) {
	tests := []struct{ text, issuer string }{
		{"Căn cứ Quyết định số 1564/QĐ-BNN-KH ngày 31 tháng 5 năm 2006 của Bộ trưởng Bộ Nông\nnghiệp và PTNT về việc ban hành Quy định", "Bộ trưởng Bộ Nông nghiệp và PTNT"},
		{"Căn cứ Thông tư liên tịch số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông\nthôn về hướng dẫn", "Bộ Nông nghiệp và Phát triển nông thôn"},
		{"Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về công tác tuyên giáo", "Ban Thường vụ Tỉnh ủy Bắc Kạn"},
		{"Thực hiện Chỉ thị số 05/CT-BYT ngày 10/3/2020 của Bộ Y tế\ncác đơn vị trực thuộc triển khai ngay.", "Bộ Y tế"},
		{"Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ\nquy định chi tiết một số điều", "Chính phủ"},
	}
	for _, tt := range tests {
		var got []string
		for c := range directive.Citations(tt.text) {
			got = append(got, c.Issuer)
		}
		if len(got) != 1 || got[0] != tt.issuer {
			t.Errorf("Citations(%q) issuers = %q, want [%q]", tt.text, got, tt.issuer)
		}
	}
}
