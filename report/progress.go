package report

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/task"
)

// Progress is a unit's report on the tasks it holds, as of a day: "Báo
// cáo kết quả thực hiện …" with a line for each task.
type Progress struct {
	Unit     task.Assignee // who reports: a registry key, or the name as written
	Date     chidao.Date   // as of
	Document string        // the report's number and symbol, "45/BC-SNV"
	Lines    []Line
}

// Line is what a report says of one task.
type Line struct {
	Task      task.ID
	Percent   task.Percent
	Narrative string
	Evidence  string
	// Done reports the task completed; Percent is then 100%.
	Done bool
}

// Codes of the problems a report can have.
const (
	CodeNotHolder    chidao.Code = "report.not_holder"    // a line on a task the unit does not hold
	CodeUnknownTask  chidao.Code = "report.unknown_task"  // a line on a task the cascade does not hold
	CodeBeforeTask   chidao.Code = "report.before_task"   // a report dated before the task existed
	CodeEventRefused chidao.Code = "report.event_refused" // the events it makes do not fit the task's history
)

// Events turns reports into task events and returns the cascade's event
// lists with them (c is not changed): each line gives a progress event
// (its share and narrative), a reported event naming the report, and a
// completed event when it says the task is done. Reports are applied in
// date order (then unit, document and content: on one day a lower share
// before a higher), so their order in the list does not matter. A line on a task the unit does not hold at the report's
// date, a share outside 0–100%, a report dated before the task existed,
// or events that do not fit are errors with paths
// ("reports[2].lines[0].percent"); such a line adds nothing, and nothing
// else is dropped.
func Events(c *task.Cascade, reports []Progress) ([][]task.Event, chidao.ErrorList) {
	var errs chidao.ErrorList
	idx := c.Index()
	out := make([][]task.Event, len(c.Tasks))
	copy(out, c.Events)
	order := make([]int, len(reports))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ra, rb := &reports[a], &reports[b]
		return cmp.Or(ra.Date.Compare(rb.Date), cmp.Compare(ra.Unit.Key, rb.Unit.Key),
			cmp.Compare(ra.Unit.Name, rb.Unit.Name), cmp.Compare(ra.Document, rb.Document),
			slices.CompareFunc(ra.Lines, rb.Lines, compareLines))
	})
	for _, ri := range order {
		r := &reports[ri]
		rp := chidao.NewPath("reports").Index(ri)
		if r.Date.IsZero() {
			errs.Add(rp.Child("date"), chidao.CodeRequired, "a report needs its date", nil)
			continue
		}
		for li, l := range r.Lines {
			lp := rp.Child("lines").Index(li)
			i, ok := idx[l.Task]
			if !ok {
				errs.Add(lp.Child("task"), CodeUnknownTask, "no task of the cascade has this ID", l.Task.String())
				continue
			}
			if !l.Percent.Valid() {
				errs.Add(lp.Child("percent"), chidao.CodeOutOfRange, "a share is 0–100%", l.Percent.String())
				continue
			}
			t := &c.Tasks[i]
			if r.Date.Before(t.Assigned()) {
				errs.Add(rp.Child("date"), CodeBeforeTask, fmt.Sprintf("the report is dated %s, before the task existed (%s)", r.Date, t.Assigned()), r.Date.String())
				continue
			}
			ev := out[i]
			if len(ev) == 0 {
				ev = []task.Event{{Kind: task.EventAssigned, Date: t.Assigned()}}
			}
			s, err := task.Fold(t, before(ev, r.Date))
			if err != nil {
				errs.Add(lp, CodeEventRefused, err.Error(), nil)
				continue
			}
			if !holds(s.Holders(t), r.Unit) {
				errs.Add(lp.Child("task"), CodeNotHolder, fmt.Sprintf("%s does not hold this task on %s", unitName(r.Unit), r.Date), l.Task.String())
				continue
			}
			add := []task.Event{
				{Kind: task.EventProgress, Date: r.Date, Percent: l.Percent, Note: l.Narrative},
				{Kind: task.EventReported, Date: r.Date, Document: r.Document},
			}
			if l.Done {
				add[0].Percent = task.Hundred
				doc := l.Evidence
				if doc == "" {
					doc = r.Document
				}
				add = append(add, task.Event{Kind: task.EventCompleted, Date: r.Date, Document: doc})
			}
			// in date order among the task's events: a report may come in
			// after events of later days were recorded
			n := len(before(ev, r.Date))
			next := slices.Concat(ev[:n], add, ev[n:])
			if _, err := task.Fold(t, next); err != nil {
				errs.Add(lp, CodeEventRefused, err.Error(), nil)
				continue
			}
			out[i] = next
		}
	}
	return out, errs
}

// before returns the events up to and including day d.
func before(ev []task.Event, d chidao.Date) []task.Event {
	n := 0
	for n < len(ev) && !ev[n].Date.After(d) {
		n++
	}
	return ev[:n]
}

func holds(holders []task.Assignee, u task.Assignee) bool {
	for _, h := range holders {
		if u.Key != "" && h.Key == u.Key || u.Key == "" && h.Key == "" && h.Name == u.Name {
			return true
		}
	}
	return false
}

func unitName(u task.Assignee) string {
	if u.Name != "" {
		return u.Name
	}
	return u.Key
}

func compareLines(a, b Line) int {
	ua, ub := a.Task.UUID(), b.Task.UUID()
	return cmp.Or(slices.Compare(ua[:], ub[:]), cmp.Compare(a.Percent, b.Percent),
		cmp.Compare(boolInt(a.Done), boolInt(b.Done)), cmp.Compare(a.Narrative, b.Narrative), cmp.Compare(a.Evidence, b.Evidence))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
