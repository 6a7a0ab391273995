package report_test

import (
	"cmp"
	"errors"
	"maps"
	"slices"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/gen"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// open draws a generated cascade with its tasks open (only assigned).
func open(t *rapid.T) gen.CascadeCase {
	g := gen.Cascade().Draw(t, "cascade")
	for i := range g.Cascade.Events {
		g.Cascade.Events[i] = g.Cascade.Events[i][:1]
	}
	return g
}

// drawReports draws progress reports by the holders of random tasks.
func drawReports(t *rapid.T, c *task.Cascade) []report.Progress {
	var out []report.Progress
	for range rapid.IntRange(0, 12).Draw(t, "reports") {
		i := rapid.IntRange(0, len(c.Tasks)-1).Draw(t, "task")
		tk := &c.Tasks[i]
		out = append(out, report.Progress{
			Unit: tk.Assignee, Date: tk.Assigned().AddDays(rapid.IntRange(0, 90).Draw(t, "after")),
			Document: "BC",
			Lines: []report.Line{{Task: tk.ID, Percent: task.Percent(rapid.IntRange(0, 10000).Draw(t, "pct")),
				Done: rapid.IntRange(0, 3).Draw(t, "done") == 0}},
		})
	}
	return out
}

func tallies(rows []report.Row) map[string]report.Tally {
	m := map[string]report.Tally{}
	for _, r := range rows {
		m[r.Key+"|"+r.Name] = r.Tally
	}
	return m
}

func TestRollUpProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := open(t)
		c := g.Cascade
		reports := drawReports(t, c)
		ev, errs := report.Events(c, reports)
		for _, e := range errs {
			if e.Code != report.CodeEventRefused { // a completed task reported on again
				t.Fatalf("unexpected finding %s", e.Line())
			}
		}
		withEvents := &task.Cascade{Root: c.Root, Tasks: c.Tasks, Links: c.Links, Events: ev}
		at := c.Tasks[0].Assigned().AddDays(rapid.IntRange(0, 150).Draw(t, "at"))
		st, serr := report.Statuses(withEvents, at, task.Policy{DueSoon: 7})
		if len(serr) > 0 {
			t.Fatal(serr)
		}
		total := report.Total(st, nil)
		// counts sum to the total; rates lie in [0, 100]
		sum := 0
		for _, n := range total.Classes {
			sum += n
		}
		if sum != total.Total || total.Due > total.Total {
			t.Fatalf("classes %v sum to %d, total %d, due %d", total.Classes, sum, total.Total, total.Due)
		}
		for _, r := range []decimal.Decimal{total.LateRate(), total.OnTimeRate(), total.Completion(), total.Progress()} {
			if r.IsNegative() || r.GreaterThan(decimal.NewFromInt(100)) {
				t.Fatalf("a rate of %s", r)
			}
		}
		// the order of the reports does not matter
		shuffled := slices.Clone(reports)
		for i := len(shuffled) - 1; i > 0; i-- {
			j := rapid.IntRange(0, i).Draw(t, "swap")
			shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
		}
		ev2, _ := report.Events(c, shuffled)
		st2, _ := report.Statuses(&task.Cascade{Tasks: c.Tasks, Events: ev2}, at, task.Policy{DueSoon: 7})
		if report.Total(st2, nil) != total {
			t.Fatalf("reordered reports give %+v, not %+v", report.Total(st2, nil), total)
		}
		// nor the order of the tasks: per unit, the same tallies
		perm := rapid.Permutation(indexes(len(c.Tasks))).Draw(t, "perm")
		pc := &task.Cascade{Tasks: make([]task.Task, len(perm)), Events: make([][]task.Event, len(perm))}
		for k, i := range perm {
			pc.Tasks[k], pc.Events[k] = c.Tasks[i], ev[i]
		}
		pst, _ := report.Statuses(pc, at, task.Policy{DueSoon: 7})
		if !maps.Equal(tallies(report.ByUnit(pc, pst, nil)), tallies(report.ByUnit(withEvents, st, nil))) {
			t.Fatal("reordering the tasks changes the tallies per unit")
		}
		// level by level equals flat: any partition, tallied and merged
		parts := rapid.IntRange(1, 4).Draw(t, "parts")
		group := make([]int, len(st))
		for i := range group {
			group[i] = rapid.IntRange(0, parts-1).Draw(t, "group")
		}
		var merged report.Tally
		for p := range parts {
			part := report.Total(st, func(i int) bool { return group[i] == p })
			merged.Merge(part)
		}
		if merged != total {
			t.Fatalf("merged parts %+v, flat %+v", merged, total)
		}
		// completing one more open task never lowers completion or the
		// on-time rate
		var openIdx []int
		for i, s := range st {
			if s.Assigned && s.Class != task.ClassCompletedOnTime && s.Class != task.ClassCompletedLate && s.Class != task.ClassCancelled {
				openIdx = append(openIdx, i)
			}
		}
		if len(openIdx) == 0 {
			return
		}
		i := rapid.SampledFrom(openIdx).Draw(t, "complete")
		more := slices.Clone(ev)
		more[i] = append(slices.Clone(ev[i]), task.Event{Kind: task.EventCompleted, Date: at, Document: "BC"})
		if len(ev[i]) == 0 {
			more[i] = []task.Event{{Kind: task.EventAssigned, Date: c.Tasks[i].Assigned()}, {Kind: task.EventCompleted, Date: at}}
		}
		st3, serr := report.Statuses(&task.Cascade{Tasks: c.Tasks, Events: more}, at, task.Policy{DueSoon: 7})
		if len(serr) > 0 {
			return // the last event is after at: nothing to compare
		}
		after := report.Total(st3, nil)
		if after.Completion().LessThan(total.Completion()) || after.OnTimeRate().LessThan(total.OnTimeRate()) {
			t.Fatalf("completing task %d: completion %s → %s, on time %s → %s", i,
				total.Completion(), after.Completion(), total.OnTimeRate(), after.OnTimeRate())
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func indexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// Report → events → roll-up against a model that reads the reports
// directly: the last line on each task up to the date gives its share,
// and any line saying done before it completes the task.
func TestReportsAgainstModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := open(t)
		c := g.Cascade
		reports := drawReports(t, c)
		at := c.Tasks[0].Assigned().AddDays(rapid.IntRange(0, 150).Draw(t, "at"))
		ev, _ := report.Events(c, reports)
		st, _ := report.Statuses(&task.Cascade{Tasks: c.Tasks, Events: ev}, at, task.Policy{})
		got := report.Total(st, nil)

		// the model
		type last struct {
			date chidao.Date
			pct  task.Percent
			done bool
		}
		byTask := map[task.ID]*last{}
		sorted := slices.Clone(reports)
		// by date; on one day, a lower share before a higher, and done last
		slices.SortStableFunc(sorted, func(a, b report.Progress) int {
			return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Lines[0].Percent, b.Lines[0].Percent), cmp.Compare(btoi(a.Lines[0].Done), btoi(b.Lines[0].Done)))
		})
		for _, r := range sorted {
			for _, l := range r.Lines {
				m := byTask[l.Task]
				if m == nil {
					m = &last{}
					byTask[l.Task] = m
				}
				if m.done || r.Date.After(at) {
					continue // a completed task takes no more reports
				}
				m.date, m.pct, m.done = r.Date, l.Percent, l.Done
				if l.Done {
					m.pct = task.Hundred
				}
			}
		}
		var sum int64
		done := 0
		for _, tk := range c.Tasks {
			if m := byTask[tk.ID]; m != nil {
				sum += int64(m.pct)
				if m.done {
					done++
				}
			}
		}
		completed := got.Classes[task.ClassCompletedOnTime] + got.Classes[task.ClassCompletedLate]
		if got.Sum != sum || completed != done {
			t.Fatalf("roll-up: sum %d, completed %d; model: sum %d, completed %d", got.Sum, completed, sum, done)
		}
	})
}

func TestWeighted(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 6).Draw(t, "n")
		progress := make([]decimal.Decimal, n)
		// weights in hundredths that sum to exactly 1
		cuts := make([]int, n-1)
		for i := range cuts {
			cuts[i] = rapid.IntRange(0, 100).Draw(t, "cut")
		}
		slices.Sort(cuts)
		weights := make([]decimal.Decimal, n)
		prev := 0
		for i := range n {
			next := 100
			if i < n-1 {
				next = cuts[i]
			}
			weights[i] = decimal.New(int64(next-prev), -2)
			prev = next
			progress[i] = decimal.New(int64(rapid.IntRange(0, 10000).Draw(t, "p")), -2)
		}
		got, err := report.Weighted(progress, weights)
		if err != nil {
			t.Fatal(err)
		}
		lo, hi := slices.MinFunc(progress, decimal.Decimal.Cmp), slices.MaxFunc(progress, decimal.Decimal.Cmp)
		if got.LessThan(lo) || got.GreaterThan(hi) {
			t.Fatalf("weighted %s outside [%s, %s]", got, lo, hi)
		}
	})
	_, err := report.Weighted([]decimal.Decimal{decimal.NewFromInt(50), decimal.NewFromInt(100)},
		[]decimal.Decimal{decimal.RequireFromString("0.3"), decimal.RequireFromString("0.6")})
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || ve.Errors[0].Path != "weights" {
		t.Errorf("weights summing to 0.9: %v", err)
	}
}

func TestPercentVietnamese(t *testing.T) {
	for in, want := range map[string]string{"87.5": "87,50%", "100": "100,00%", "0": "0,00%", "33.333333": "33,33%", "66.665": "66,67%", "12.345": "12,35%"} {
		if got := report.Percent(decimal.RequireFromString(in)); got != want {
			t.Errorf("Percent(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestTallyRates(t *testing.T) {
	var tl report.Tally
	add := func(c task.Class, due bool, n int) {
		for range n {
			tl.Add(report.Status{Class: c, Due: due, Assigned: true})
		}
	}
	add(task.ClassCompletedOnTime, true, 5)
	add(task.ClassCompletedLate, true, 1)
	add(task.ClassOverdue, true, 2)
	add(task.ClassInProgress, false, 4)
	// late = (2 + 1) / 8 due = 37,5%; on time 62,5%; completion 6/12
	if got := report.Percent(tl.LateRate()); got != "37,50%" {
		t.Errorf("late rate %s", got)
	}
	if got := report.Percent(tl.OnTimeRate()); got != "62,50%" {
		t.Errorf("on-time rate %s", got)
	}
	if got := report.Percent(tl.Completion()); got != "50,00%" {
		t.Errorf("completion %s", got)
	}
	if w, _ := tl.Worst(); w != task.ClassOverdue {
		t.Errorf("worst %s", w)
	}
	var empty report.Tally
	if !empty.LateRate().IsZero() || report.Percent(empty.OnTimeRate()) != "100,00%" {
		t.Error("a tally with nothing due")
	}
	if _, ok := empty.Worst(); ok {
		t.Error("an empty tally has a worst class")
	}
}

// The tree of a generated cascade holds each document once, below the
// document its tasks carry out, with the tallies of the flat set.
func TestTreeOfGeneratedCascades(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := gen.Cascade().Draw(t, "cascade")
		c := g.Cascade
		st, errs := report.Statuses(c, c.Tasks[0].Assigned().AddDays(30), task.Policy{})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		nodes := report.Tree(c, st)
		docs := map[*task.Origin]bool{}
		for _, tk := range c.Tasks {
			docs[tk.Origin] = true
		}
		if len(nodes) != len(docs) || nodes[0].Origin.Document != c.Root {
			t.Fatalf("%d nodes for %d documents", len(nodes), len(docs))
		}
		var merged report.Tally
		for _, n := range nodes {
			merged.Merge(n.Tally)
			if n.Parent >= 0 && nodes[n.Parent].Depth+1 != n.Depth {
				t.Fatalf("a node at depth %d under one at %d", n.Depth, nodes[n.Parent].Depth)
			}
		}
		if merged != report.Total(st, nil) {
			t.Fatal("the tree's tallies do not add up to the flat set's")
		}
	})
}
