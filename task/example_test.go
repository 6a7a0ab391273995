package task_test

import (
	"fmt"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
)

// A plan of the city's People's Committee, built by hand, and the tasks
// it lays: the lead and the supporter, and the thirty district committees
// its second item addresses.
func ExampleFromDocument() {
	sym, _ := directive.ParseSymbol("12/KH-UBND")
	doc := &directive.Document{
		Bloc: directive.BlocState, Issuer: "Ủy ban nhân dân thành phố Hà Nội", Symbol: sym,
		Date: chidao.MustDate(2023, 10, 4),
		Obligations: []directive.Obligation{
			{Path: "body[0]", Text: "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, hoàn thành trong Quý IV/2023.",
				Addressees: []string{"Sở Nội vụ"}, Lead: "Sở Nội vụ", Support: []string{"Sở Tài chính"}, Product: "kế hoạch",
				Due: &directive.Due{Text: "Quý IV/2023", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2023, 12, 31)}},
			{Path: "body[1]", Text: "UBND các quận, huyện, thị xã tổ chức tuyên truyền.",
				Addressees: []string{"UBND các quận, huyện, thị xã"}},
		},
	}
	tasks, findings := task.FromDocument(doc, org.HaNoi(), chidao.Date{})
	for _, t := range tasks[:3] {
		fmt.Printf("%s %q role=%q due=%q\n", t.Path, t.Assignee.Name, t.Role, t.Deadline.Date)
	}
	fmt.Println(len(tasks), "tasks,", len(findings), "findings")
	gaps := task.Gaps(tasks)
	fmt.Println(gaps[0], gaps[len(gaps)-1])
	// Output:
	// body[0] "Sở Nội vụ" role="lead" due="2023-12-31"
	// body[0] "Sở Tài chính" role="support" due="2023-12-31"
	// body[1] "Ủy ban nhân dân quận Ba Đình" role="" due=""
	// 32 tasks, 0 findings
	// [] [rõ thời gian rõ sản phẩm]
}

// Fifteen working days from the signing of a letter on 16/01/2023, across
// the Tết break of that year.
func ExampleCalendar_AddWorkingDays() {
	cal := task.VietNam()
	signed := chidao.MustDate(2023, 1, 16)
	fmt.Println(cal.DayOff(chidao.MustDate(2023, 1, 23)))
	fmt.Println(cal.AddWorkingDays(signed, 15))
	// Output:
	// Tết Nguyên đán
	// 2023-02-13
}

func ExampleToLunar() {
	l, _ := task.ToLunar(chidao.MustDate(2025, 4, 7))
	fmt.Println(l)
	tet, _ := task.FromLunar(task.LunarDate{Year: 2026, Month: 1, Day: 1})
	fmt.Println(tet, task.LeapMonth(2025))
	// Output:
	// 10/3/2025 âm lịch
	// 2026-02-17 6
}

// A task's history and its class on three days.
func ExampleClassAt() {
	t := task.Task{Origin: &task.Origin{Date: chidao.MustDate(2023, 10, 4)},
		Assignee: task.Assignee{Name: "Sở Nội vụ"},
		Deadline: task.Deadline{Kind: task.DeadlineDate, Date: chidao.MustDate(2023, 12, 31)}}
	events := []task.Event{
		{Kind: task.EventAssigned, Date: chidao.MustDate(2023, 10, 4)},
		{Kind: task.EventProgress, Date: chidao.MustDate(2023, 11, 15), Percent: 6000},
		{Kind: task.EventCompleted, Date: chidao.MustDate(2024, 1, 8), Document: "Báo cáo 5/BC-SNV"},
	}
	for _, day := range []chidao.Date{chidao.MustDate(2023, 12, 1), chidao.MustDate(2024, 1, 2), chidao.MustDate(2024, 1, 10)} {
		c, _, _ := task.ClassAt(&t, events, day, task.Policy{DueSoon: 7})
		fmt.Printf("%s: %s (%s)\n", day, c.Label(), c.National())
	}
	// a completion cannot come twice
	_, err := task.Fold(&t, append(events, task.Event{Kind: task.EventCompleted, Date: chidao.MustDate(2024, 1, 9)}))
	fmt.Println(err)
	// Output:
	// 2023-12-01: Đang thực hiện trong hạn (chưa hoàn thành trong hạn)
	// 2024-01-02: Quá hạn (chưa hoàn thành quá hạn)
	// 2024-01-10: Hoàn thành quá hạn (hoàn thành quá hạn)
	// task: event 3 (completed) after completed: the task is not open
}

// A directive's task carried out by a plan, and a plan that came late: the
// cascade says what is wrong, with paths.
func ExampleCascade_Validate() {
	reg := org.HaNoi()
	top := &task.Origin{Document: directive.IDOf("Ủy ban nhân dân thành phố Hà Nội", directive.MustParseSymbol("12/KH-UBND"), 2023),
		Symbol: "12/KH-UBND", IssuerKey: "hn.ubnd", Date: chidao.MustDate(2023, 10, 4)}
	plan := &task.Origin{Document: directive.IDOf("Sở Nội vụ thành phố Hà Nội", directive.MustParseSymbol("5/KH-SNV"), 2023),
		Symbol: "5/KH-SNV", IssuerKey: "hn.so-noi-vu", Date: chidao.MustDate(2023, 10, 20)}
	parent := task.Task{Origin: top, Path: "body[0]", Assignee: task.Assignee{Name: "Sở Nội vụ", Key: "hn.so-noi-vu"},
		Deadline: task.Deadline{Kind: task.DeadlineDate, Date: chidao.MustDate(2023, 12, 31)}}
	child := task.Task{Origin: plan, Path: "body[1]", Assignee: task.Assignee{Name: "Sở Nội vụ", Key: "hn.so-noi-vu"},
		Deadline: task.Deadline{Kind: task.DeadlineDate, Date: chidao.MustDate(2024, 1, 15)}}
	parent.ID = task.IDOf(top.Document, parent.Path, parent.Assignee)
	child.ID = task.IDOf(plan.Document, child.Path, child.Assignee)
	c := &task.Cascade{Root: top.Document, Tasks: []task.Task{parent, child}, Links: []task.Link{{Parent: parent.ID, Child: child.ID}}}
	fmt.Print(c.Validate(reg))
	// Output:
	// error   tasks[1].deadline [task.deadline_after_parent] due 2024-01-15, after its parent's 2023-12-31
}
