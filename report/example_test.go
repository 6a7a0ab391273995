package report_test

import (
	"fmt"
	"os"

	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

// Rolling the tasks of a plan up on 15/12/2023: counts per national
// class and the national rates, exact until shown.
func ExampleTotal() {
	c, _ := small()
	st, _ := report.Statuses(c, d(2023, 12, 15), task.Policy{DueSoon: 7})
	t := report.Total(st, nil)
	for _, n := range []task.National{task.NationalDoneOnTime, task.NationalDoneLate, task.NationalOpenWithinTerm, task.NationalOpenOverdue} {
		fmt.Printf("%s: %d\n", n, t.National(n))
	}
	fmt.Println("đến hạn:", t.Due, "quá hạn:", report.Percent(t.LateRate()), "đúng hạn:", report.Percent(t.OnTimeRate()))
	fmt.Println("exact:", t.LateRate().String())
	// Output:
	// hoàn thành đúng hạn: 2
	// hoàn thành quá hạn: 1
	// chưa hoàn thành trong hạn: 1
	// chưa hoàn thành quá hạn: 1
	// đến hạn: 3 quá hạn: 66,67% đúng hạn: 33,33%
	// exact: 66.6666666666666667
}

// The scoreboard: units ranked by on-time rate, then completion, then
// name in Vietnamese order.
func ExampleBoard_Text() {
	c, _ := small()
	at := d(2023, 12, 15)
	st, _ := report.Statuses(c, at, task.Policy{DueSoon: 7})
	b := report.NewBoard("Kết quả thực hiện Kế hoạch 12/KH-UBND", at, c, st, nil)
	for i, r := range b.Rows {
		fmt.Printf("%d. %s %s %s\n", i+1, r.Name, report.Percent(r.Tally.OnTimeRate()), report.Percent(r.Tally.Completion()))
	}
	_ = b.Text(os.Stdout)
	// Output:
	// 1. Sở Nội vụ 100,00% 100,00%
	// 2. Sở Tư pháp 0,00% 50,00%
	// 3. Ủy ban nhân dân quận Ba Đình 0,00% 0,00%
	// Kết quả thực hiện Kế hoạch 12/KH-UBND (số liệu đến ngày 15/12/2023)
	//
	// TT  Đơn vị                        Tổng số  Hoàn thành đúng hạn  Hoàn thành quá hạn  Chưa hoàn thành trong hạn  Chưa hoàn thành quá hạn  Đến hạn  Tỷ lệ đúng hạn  Tỷ lệ hoàn thành
	//  1  Sở Nội vụ                           2                    2                   0                          0                        0        1         100,00%           100,00%
	//  2  Sở Tư pháp                          2                    0                   1                          1                        0        1           0,00%            50,00%
	//  3  Ủy ban nhân dân quận Ba Đình        2                    0                   0                          0                        1        1           0,00%             0,00%
	//     Tổng cộng                           6                    2                   1                          1                        1        3          33,33%            60,00%
}
