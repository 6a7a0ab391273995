package task_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
)

// bigCascade builds the cascade: one directive of the city to its
// bodies in force on day (obligations of them each), and each body's plan
// giving every task of it to each of the 126 communes, every task with
// its assigned event and the first half of the commune tasks with a
// progress event.
func bigCascade(reg *org.Registry, obligations int) *task.Cascade {
	day := chidao.MustDate(2025, 8, 1)
	city, _ := reg.Org("hn.ubnd")
	var bodies, communes []*org.Org
	for o := range reg.At(day) {
		switch {
		case o.Parent() == city && o.Kind() == org.KindDepartment:
			bodies = append(bodies, o)
		case o.Kind() == org.KindPeoplesCommittee && o.Level() == org.LevelCommune:
			communes = append(communes, o)
		}
	}
	text := "Tổ chức quán triệt, triển khai thực hiện nghiêm các nhiệm vụ được giao, báo cáo kết quả trước ngày 15/12/2025."
	top := &task.Origin{Document: directive.IDOf(city.Name(), mustSym("1/KH-UBND"), 2025), Symbol: "1/KH-UBND", Type: "Kế hoạch",
		Issuer: city.Name(), IssuerKey: city.Key(), Date: day}
	c := &task.Cascade{Root: top.Document}
	n := len(bodies) * obligations * (1 + len(communes))
	c.Tasks = make([]task.Task, 0, n)
	c.Events = make([][]task.Event, 0, n)
	c.Links = make([]task.Link, 0, n)
	events := make([]task.Event, 0, n*3/2)
	due := chidao.MustDate(2025, 12, 15)
	paths := make([]string, obligations)
	for k := range paths {
		paths[k] = fmt.Sprintf("body[1].children[%d]", k)
	}
	for bi, b := range bodies {
		plan := &task.Origin{Document: directive.IDOf(b.Name(), mustSym(fmt.Sprintf("%d/KH-%s", bi+2, "SNV")), 2025),
			Symbol: fmt.Sprintf("%d/KH-SNV", bi+2), Type: "Kế hoạch", Issuer: b.Name(), IssuerKey: b.Key(), Date: day.AddDays(7)}
		for k := range obligations {
			a := task.Assignee{Name: b.Name(), Key: b.Key()}
			parent := len(c.Tasks)
			c.Tasks = append(c.Tasks, task.Task{ID: task.IDOf(top.Document, paths[k], a), Origin: top, Path: paths[k], Obligation: k,
				Text: text, Assignee: a, Deadline: task.Deadline{Kind: task.DeadlineDate, Text: "trước ngày 15/12/2025", Date: due}})
			events = append(events, task.Event{Kind: task.EventAssigned, Date: day})
			c.Events = append(c.Events, events[len(events)-1:len(events):len(events)])
			for ci, cm := range communes {
				a := task.Assignee{Name: cm.Name(), Key: cm.Key()}
				c.Tasks = append(c.Tasks, task.Task{ID: task.IDOf(plan.Document, paths[k], a), Origin: plan, Path: paths[k], Obligation: k,
					Text: text, Assignee: a, Deadline: task.Deadline{Kind: task.DeadlineDate, Text: "trước ngày 10/12/2025", Date: due.AddDays(-5)}})
				start := len(events)
				events = append(events, task.Event{Kind: task.EventAssigned, Date: plan.Date})
				if ci%2 == 0 {
					events = append(events, task.Event{Kind: task.EventProgress, Date: plan.Date.AddDays(20), Percent: 5000})
				}
				c.Events = append(c.Events, events[start:len(events):len(events)])
				c.Links = append(c.Links, task.Link{Parent: c.Tasks[parent].ID, Child: c.Tasks[len(c.Tasks)-1].ID})
			}
		}
	}
	return c
}

func mustSym(s string) directive.Symbol {
	sym, err := directive.ParseSymbol(s)
	if err != nil {
		panic(err)
	}
	return sym
}

// obligationsFor returns how many obligations make about n tasks.
func obligationsFor(reg *org.Registry, n int) int {
	c := bigCascade(reg, 1)
	return max(1, n/len(c.Tasks))
}

// BenchmarkCascade builds and validates the cascade, 100k and 1M tasks
// in the same run; B/task is the memory allocated per task (the texts
// are shared, as a plan's tasks share their paragraph).
func BenchmarkCascade(b *testing.B) {
	reg := org.HaNoi()
	for _, size := range []int{100_000, 1_000_000} {
		obl := obligationsFor(reg, size)
		b.Run(fmt.Sprintf("build+validate/%dk", size/1000), func(b *testing.B) {
			var tasks int
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			for b.Loop() {
				c := bigCascade(reg, obl)
				if errs := c.Validate(reg); errs.HasErrors() {
					b.Fatal(errs[0])
				}
				tasks = len(c.Tasks)
			}
			runtime.ReadMemStats(&ms1)
			b.ReportMetric(float64(tasks), "tasks")
			b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(b.N)/float64(tasks), "B/task")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(tasks), "ns/task")
		})
		b.Run(fmt.Sprintf("retained/%dk", size/1000), func(b *testing.B) {
			// the heap a built cascade holds: tasks, events and links
			var before, after runtime.MemStats
			var tasks int
			for b.Loop() {
				runtime.GC()
				runtime.ReadMemStats(&before)
				c := bigCascade(reg, obl)
				runtime.GC()
				runtime.ReadMemStats(&after)
				tasks = len(c.Tasks)
				runtime.KeepAlive(c)
			}
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(tasks), "B/task")
		})
		b.Run(fmt.Sprintf("validate/%dk", size/1000), func(b *testing.B) {
			c := bigCascade(reg, obl)
			b.ReportAllocs()
			for b.Loop() {
				if errs := c.Validate(reg); errs.HasErrors() {
					b.Fatal(errs[0])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(c.Tasks)), "ns/task")
		})
		b.Run(fmt.Sprintf("classes/%dk", size/1000), func(b *testing.B) {
			c := bigCascade(reg, obl)
			at := chidao.MustDate(2025, 12, 12)
			b.ReportAllocs()
			var counts [8]int
			for b.Loop() {
				counts = [8]int{}
				for i := range c.Tasks {
					cl, _, err := task.ClassAt(&c.Tasks[i], c.Events[i], at, task.Policy{DueSoon: 7})
					if err != nil {
						b.Fatal(err)
					}
					counts[cl]++
				}
			}
			if counts[task.ClassDueSoon] == 0 || counts[task.ClassOverdue] == 0 {
				b.Fatalf("classes %v", counts)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(c.Tasks)), "ns/task")
		})
	}
}
