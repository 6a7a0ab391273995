package cite_test

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/directive/cite"
)

// Allocations grow with the number of citations, not with the bytes.
func TestCitationsAllocs(t *testing.T) {
	filler := strings.Repeat("Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc, báo cáo kết quả trước ngày 15/12/2023 và hằng tháng 12/2023. ", 1000)
	count := func(text string) int {
		n := 0
		for range cite.Find(text) {
			n++
		}
		return n
	}
	small := testing.AllocsPerRun(5, func() { count(filler[:1000]) })
	large := testing.AllocsPerRun(5, func() { count(filler) })
	if large > small {
		t.Errorf("Citations allocates %v times on %d bytes but %v on 1000 bytes", large, len(filler), small)
	}
	cit := "Thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về việc tăng cường kỷ luật; "
	const k = 200
	text := strings.Repeat(cit, k)
	if n := count(text); n != k {
		t.Fatalf("found %d citations, want %d", n, k)
	}
	per := testing.AllocsPerRun(5, func() { count(text) }) / k
	if per > 1 {
		t.Errorf("Citations allocates %.2f times per clean citation, want at most 1", per)
	}
}
