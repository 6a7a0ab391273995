package report_test

import (
	"fmt"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

// bigCascade is n tasks held by units bodies, each with its assigned
// event and every other one a progress event; deadlines spread over a
// quarter so that every class occurs.
func bigCascade(n, units int) *task.Cascade {
	day := chidao.MustDate(2025, 8, 1)
	sym, _ := directive.ParseSymbol("1/KH-UBND")
	origin := &task.Origin{Document: directive.IDOf("Ủy ban nhân dân thành phố Hà Nội", sym, 2025), Symbol: "1/KH-UBND", Date: day}
	names := make([]task.Assignee, units)
	for u := range names {
		names[u] = task.Assignee{Name: fmt.Sprintf("Đơn vị %04d", u), Key: fmt.Sprintf("u%04d", u)}
	}
	c := &task.Cascade{Root: origin.Document, Tasks: make([]task.Task, n), Events: make([][]task.Event, n)}
	events := make([]task.Event, 0, n*3/2)
	for i := range n {
		a := names[i%units]
		path := fmt.Sprintf("body[%d]", i/units)
		c.Tasks[i] = task.Task{ID: task.IDOf(origin.Document, path, a), Origin: origin, Path: path, Assignee: a,
			Deadline: task.Deadline{Kind: task.DeadlineDate, Date: day.AddDays(30 + i%90)}}
		start := len(events)
		events = append(events, task.Event{Kind: task.EventAssigned, Date: day})
		switch i % 4 {
		case 1:
			events = append(events, task.Event{Kind: task.EventProgress, Date: day.AddDays(10), Percent: 5000})
		case 2:
			events = append(events, task.Event{Kind: task.EventCompleted, Date: day.AddDays(i % 120)})
		}
		c.Events[i] = events[start:len(events):len(events)]
	}
	return c
}

// BenchmarkRollUp rolls 1M tasks up per unit at a date, side by side
// with the naive way (for each unit, scan every task), on 1,000 units.
func BenchmarkRollUp(b *testing.B) {
	const n, units = 1_000_000, 1000
	c := bigCascade(n, units)
	at := chidao.MustDate(2025, 10, 15)
	p := task.Policy{DueSoon: 7}
	var fast []report.Row
	b.Run("one-pass", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			st, errs := report.Statuses(c, at, p)
			if len(errs) > 0 {
				b.Fatal(errs)
			}
			fast = report.Rank(report.ByUnit(c, st, nil))
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/rollup")
	})
	b.Run("naive", func(b *testing.B) {
		for b.Loop() {
			rows := make([]report.Row, units)
			for u := range units {
				key := fmt.Sprintf("u%04d", u)
				rows[u].Key = key
				for i := range c.Tasks {
					if c.Tasks[i].Assignee.Key != key {
						continue
					}
					cl, _, err := task.ClassAt(&c.Tasks[i], c.Events[i], at, p)
					if err != nil {
						b.Fatal(err)
					}
					rows[u].Tally.Add(report.Status{Class: cl, Assigned: true})
				}
			}
			for _, r := range fast {
				if r.Key == rows[7].Key && r.Tally.Classes != rows[7].Tally.Classes {
					b.Fatalf("naive %v for %s, one pass %v", rows[7].Tally.Classes, r.Key, r.Tally.Classes)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/rollup")
	})
}
