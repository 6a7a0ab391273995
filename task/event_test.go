package task

import (
	"errors"
	"slices"
	"testing"

	"github.com/chidao/chidao"
	"pgregory.net/rapid"
)

// model is the task's life written as a table, apart from Fold.
type model struct {
	phase     string
	percent   Percent
	deadline  chidao.Date
	assignees []Assignee
	completed chidao.Date
	started   chidao.Date
	last      chidao.Date
	assigned  chidao.Date
}

// allowed lists the phases each event may follow.
var allowed = map[EventKind][]string{
	EventAssigned:   {""},
	EventAccepted:   {"assigned"},
	EventProgress:   {"assigned", "accepted", "in_progress", "reported"},
	EventReported:   {"assigned", "accepted", "in_progress", "reported"},
	EventCompleted:  {"assigned", "accepted", "in_progress", "reported"},
	EventExtended:   {"assigned", "accepted", "in_progress", "reported"},
	EventReassigned: {"assigned", "accepted", "in_progress", "reported"},
	EventCancelled:  {"assigned", "accepted", "in_progress", "reported"},
	EventReopened:   {"completed", "cancelled"},
}

var after = map[EventKind]string{
	EventAssigned: "assigned", EventAccepted: "accepted", EventProgress: "in_progress",
	EventReported: "reported", EventCompleted: "completed", EventCancelled: "cancelled", EventReopened: "in_progress",
}

func (m model) apply(t *Task, e Event) (model, bool) {
	if e.Date.IsZero() || (!m.last.IsZero() && e.Date.Before(m.last)) || !slices.Contains(allowed[e.Kind], m.phase) {
		return m, false
	}
	switch e.Kind {
	case EventAssigned:
		if e.Date.Before(t.Assigned()) {
			return m, false
		}
		m.assigned = e.Date
		if t.Deadline.Kind == DeadlineDate || t.Deadline.Kind == DeadlinePeriodEnd {
			m.deadline = t.Deadline.Date
		}
		m.assignees = []Assignee{t.Assignee}
	case EventProgress:
		if e.Percent < 0 || e.Percent > 10000 {
			return m, false
		}
		m.percent = e.Percent
	case EventCompleted:
		m.percent, m.completed = 10000, e.Date
	case EventExtended:
		if e.Deadline.IsZero() || e.Document == "" || (!m.deadline.IsZero() && e.Deadline.Compare(m.deadline) <= 0) {
			return m, false
		}
		m.deadline = e.Deadline
	case EventReassigned:
		if len(e.To) == 0 || e.Note == "" || slices.Equal(e.To, m.assignees) {
			return m, false
		}
		m.assignees = slices.Clone(e.To)
	case EventReopened:
		m.completed = chidao.Date{}
	}
	if p, ok := after[e.Kind]; ok {
		m.phase = p
	}
	if m.started.IsZero() && (e.Kind == EventAccepted || e.Kind == EventProgress || e.Kind == EventReported) {
		m.started = e.Date
	}
	m.last = e.Date
	return m, true
}

// class is the model's class of a task with a single deadline day.
func (m model) class(at chidao.Date, window int) Class {
	switch {
	case m.phase == "cancelled":
		return ClassCancelled
	case m.phase == "completed" && (m.deadline.IsZero() || m.completed.Compare(m.deadline) <= 0):
		return ClassCompletedOnTime
	case m.phase == "completed":
		return ClassCompletedLate
	case !m.deadline.IsZero() && at.Compare(m.deadline) > 0:
		return ClassOverdue
	case !m.deadline.IsZero() && m.deadline.JulianDay()-at.JulianDay() <= window:
		return ClassDueSoon
	case m.phase == "assigned":
		return ClassNotStarted
	}
	return ClassInProgress
}

func TestEventStateMachine(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		start := chidao.MustDate(2023, 10, 4)
		task := Task{
			Origin:   &Origin{Date: start},
			Assignee: Assignee{Name: "Sở Nội vụ", Key: "hn.so-noi-vu"},
		}
		switch rapid.IntRange(0, 2).Draw(rt, "deadline") {
		case 1:
			task.Deadline = Deadline{Kind: DeadlineDate, Date: start.AddDays(rapid.IntRange(0, 90).Draw(rt, "due"))}
		case 2:
			task.Deadline = Deadline{Kind: DeadlineOngoing}
		}
		window := rapid.IntRange(0, 10).Draw(rt, "window")
		var m model
		var s State
		var events []Event
		day := start.AddDays(rapid.IntRange(-2, 3).Draw(rt, "first"))
		others := []Assignee{{Name: "Sở Tài chính", Key: "hn.so-tai-chinh"}, {Name: "Sở Nội vụ", Key: "hn.so-noi-vu"}}
		kinds := []EventKind{EventNone, EventAssigned, EventAccepted, EventProgress, EventReported, EventCompleted, EventExtended, EventReassigned, EventCancelled, EventReopened}
		rt.Repeat(map[string]func(*rapid.T){
			"event": func(rt *rapid.T) {
				e := Event{Kind: rapid.SampledFrom(kinds).Draw(rt, "kind")}
				day = day.AddDays(rapid.IntRange(-1, 20).Draw(rt, "step"))
				e.Date = day
				switch e.Kind {
				case EventProgress:
					e.Percent = Percent(rapid.IntRange(-100, 10100).Draw(rt, "percent"))
				case EventExtended:
					e.Deadline = day.AddDays(rapid.IntRange(-5, 60).Draw(rt, "new"))
					e.Document = rapid.SampledFrom([]string{"", "12/QĐ-UBND"}).Draw(rt, "doc")
				case EventReassigned:
					e.To = others[:rapid.IntRange(0, 2).Draw(rt, "to")]
					e.Note = rapid.SampledFrom([]string{"", "sắp xếp tổ chức bộ máy"}).Draw(rt, "why")
				}
				next, ok := m.apply(&task, e)
				got, err := s.Apply(&task, e)
				if ok != (err == nil) {
					rt.Fatalf("%s on %s after %q: model accepts %v, Apply says %v", e.Kind, e.Date, m.phase, ok, err)
				}
				if err != nil {
					var ee *EventError
					if !errors.As(err, &ee) || !errors.Is(err, chidao.ErrConflict) || ee.Reason == "" {
						rt.Fatalf("error %v is not an EventError saying why", err)
					}
					day = m.last.AddDays(0)
					if day.IsZero() {
						day = start
					}
					return
				}
				m, s = next, got
				events = append(events, e)
			},
			"": func(rt *rapid.T) {
				if s.Phase.String() != m.phase || s.Percent != m.percent || s.Deadline != m.deadline ||
					s.Completed != m.completed || s.Started != m.started || s.Last != m.last ||
					!slices.Equal(s.Holders(&task), m.assignees) || s.Events != len(events) {
					rt.Fatalf("state %+v, model %+v", s, m)
				}
				folded, err := Fold(&task, events)
				if err != nil || !equalState(folded, s) {
					rt.Fatalf("Fold = %+v, %v; step by step %+v", folded, err, s)
				}
				if m.phase == "" {
					return
				}
				at := m.last.AddDays(rapid.IntRange(0, 60).Draw(rt, "at"))
				c, ok, err := ClassAt(&task, events, at, Policy{DueSoon: window})
				if err != nil || !ok {
					rt.Fatalf("ClassAt: %v, %v", ok, err)
				}
				if want := m.class(at, window); c != want {
					rt.Fatalf("class at %s = %s, model %s (state %+v)", at, c, want, s)
				}
				if c.National() == NationalNone && c != ClassCancelled {
					rt.Fatalf("%s counts in no national class", c)
				}
			},
		})
	})
}

func equalState(a, b State) bool {
	return a.Phase == b.Phase && a.Percent == b.Percent && a.Deadline == b.Deadline && a.Extended == b.Extended &&
		slices.Equal(a.Assignees, b.Assignees) && a.Assigned == b.Assigned && a.Started == b.Started &&
		a.Completed == b.Completed && a.Reported == b.Reported && a.Last == b.Last && a.Events == b.Events
}

func TestClassAtIgnoresLaterEvents(t *testing.T) {
	d := chidao.MustDate
	task := Task{Origin: &Origin{Date: d(2023, 10, 4)}, Assignee: Assignee{Name: "Sở Nội vụ"},
		Deadline: Deadline{Kind: DeadlineDate, Date: d(2023, 12, 31)}}
	events := []Event{
		{Kind: EventAssigned, Date: d(2023, 10, 4)},
		{Kind: EventProgress, Date: d(2023, 11, 1), Percent: 5000},
		{Kind: EventCompleted, Date: d(2024, 1, 10), Document: "Báo cáo 12/BC-SNV"},
	}
	for _, c := range []struct {
		at   chidao.Date
		want Class
	}{
		{d(2023, 10, 20), ClassNotStarted},
		{d(2023, 11, 2), ClassInProgress},
		{d(2023, 12, 28), ClassDueSoon},
		{d(2024, 1, 2), ClassOverdue},
		{d(2024, 1, 10), ClassCompletedLate},
	} {
		got, ok, err := ClassAt(&task, events, c.at, Policy{DueSoon: 7})
		if err != nil || !ok || got != c.want {
			t.Errorf("at %s: %s, %v, %v; want %s", c.at, got, ok, err, c.want)
		}
	}
	if _, ok, _ := ClassAt(&task, events, d(2023, 10, 1), Policy{}); ok {
		t.Error("a task has a class before it is assigned")
	}
	// an extension approved before the end makes the completion on time
	ext := slices.Insert(slices.Clone(events), 2, Event{Kind: EventExtended, Date: d(2023, 12, 20), Deadline: d(2024, 1, 31), Document: "45/UBND-KGVX"})
	if got, _, _ := ClassAt(&task, ext, d(2024, 1, 10), Policy{}); got != ClassCompletedOnTime {
		t.Errorf("completed within the extension: %s", got)
	}
	if got := ClassCompletedLate.National().String(); got != "hoàn thành quá hạn" {
		t.Errorf("national name %q", got)
	}
}

func TestRecurringClass(t *testing.T) {
	d := chidao.MustDate
	task := Task{Origin: &Origin{Date: d(2023, 10, 4)}, Assignee: Assignee{Name: "Sở Nội vụ"},
		Deadline: Deadline{Kind: DeadlineRecurring, Cycle: 3 /* quarterly */, Day: 15}}
	assigned := []Event{{Kind: EventAssigned, Date: d(2023, 10, 4)}}
	reported := append(slices.Clone(assigned), Event{Kind: EventReported, Date: d(2023, 12, 14), Document: "1/BC"})
	for _, c := range []struct {
		events []Event
		at     chidao.Date
		want   Class
	}{
		{assigned, d(2023, 11, 1), ClassNotStarted},
		{assigned, d(2023, 12, 10), ClassDueSoon}, // due 15/12
		{assigned, d(2023, 12, 16), ClassOverdue},
		{reported, d(2023, 12, 16), ClassInProgress},
		{reported, d(2024, 3, 10), ClassDueSoon}, // the next quarter's report is due 15/3
		{reported, d(2024, 3, 16), ClassOverdue},
	} {
		got, _, err := ClassAt(&task, c.events, c.at, Policy{DueSoon: 7})
		if err != nil || got != c.want {
			t.Errorf("at %s with %d events: %s, %v; want %s", c.at, len(c.events), got, err, c.want)
		}
	}
}

func TestPercent(t *testing.T) {
	for in, want := range map[string]Percent{"87,5": 8750, "87.50": 8750, "87,5%": 8750, "100": 10000, "0": 0, "0,25": 25} {
		if got, err := ParsePercent(in); err != nil || got != want {
			t.Errorf("ParsePercent(%q) = %d, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "abc", "100,01", "87,555", "-1", "1000"} {
		if got, err := ParsePercent(in); err == nil {
			t.Errorf("ParsePercent(%q) = %d", in, got)
		}
	}
	if got := Percent(8750).String(); got != "87,50%" {
		t.Errorf("String = %q", got)
	}
	rapid.Check(t, func(t *rapid.T) {
		p := Percent(rapid.IntRange(0, 10000).Draw(t, "p"))
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var q Percent
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Fatalf("%d → %s → %d, %v", p, b, q, err)
		}
	})
}
