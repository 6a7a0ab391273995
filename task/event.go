package task

import (
	"fmt"
	"slices"

	"github.com/chidao/chidao"
)

// EventKind is what happened to a task. String gives the wire code.
type EventKind uint8

// Events. A task's history starts with EventAssigned.
const (
	EventNone       EventKind = iota // []
	EventAssigned                    // [assigned] the document gives it
	EventAccepted                    // [accepted] the assignee takes it up
	EventProgress                    // [progress] a share done, with a note
	EventReported                    // [reported] a report sent, naming it in Document
	EventCompleted                   // [completed] done, with the evidence in Document
	EventExtended                    // [extended] a later deadline, approved by Document
	EventReassigned                  // [reassigned] to other bodies, with the reason in Note
	EventCancelled                   // [cancelled] no longer to be done
	EventReopened                    // [reopened] completed or cancelled, open again
	numEventKinds
)

var eventKindNames = [numEventKinds]string{"", "assigned", "accepted", "progress", "reported", "completed", "extended", "reassigned", "cancelled", "reopened"}

// String returns the wire code.
func (k EventKind) String() string { return enumString(eventKindNames[:], int(k), "EventKind") }

// ParseEventKind reads a wire code ("completed"), as status packets of
// the document network name the event they stand for.
func ParseEventKind(code string) (EventKind, bool) {
	for i, n := range eventKindNames {
		if n == code && n != "" {
			return EventKind(i), true
		}
	}
	return EventNone, false
}

// Event is one thing that happened to a task, on a day. Events are never
// changed or removed: a task's state is the fold of its events.
type Event struct {
	Kind EventKind
	Date chidao.Date
	// Percent is the share done of a progress event.
	Percent Percent
	// Deadline is an extension's new deadline.
	Deadline chidao.Date
	// Note is a progress note, or the reason of a reassignment, a
	// cancellation or a reopening.
	Note string
	// Document is what a reported or completed event rests on (the
	// report, "45/BC-SNV", or a link to the evidence), or the document
	// that approves an extension.
	Document string
	// To are the bodies a reassignment gives the task to.
	To []Assignee
}

// Phase is where a task stands in its history, without regard to dates.
type Phase uint8

// Phases.
const (
	PhaseNone       Phase = iota // [] no event yet
	PhaseAssigned                // [assigned]
	PhaseAccepted                // [accepted]
	PhaseInProgress              // [in_progress]
	PhaseReported                // [reported]
	PhaseCompleted               // [completed]
	PhaseCancelled               // [cancelled]
	numPhases
)

var phaseNames = [numPhases]string{"", "assigned", "accepted", "in_progress", "reported", "completed", "cancelled"}

// String returns the wire code.
func (p Phase) String() string { return enumString(phaseNames[:], int(p), "Phase") }

// Open reports whether the work is still to be done.
func (p Phase) Open() bool { return p >= PhaseAssigned && p <= PhaseReported }

// State is a task's state: the fold of its events ([Fold]).
type State struct {
	Phase   Phase
	Percent Percent
	// Deadline is the day due, after extensions; zero when there is none
	// or it cannot be known.
	Deadline chidao.Date
	// Extended is set once an extension has moved the deadline.
	Extended bool
	// Assignees are the bodies the last reassignment gave the task to;
	// nil while the task is with its own assignee (see [State.Holders]).
	Assignees []Assignee
	Assigned  chidao.Date
	Started   chidao.Date // first accepted, progress or reported event
	Completed chidao.Date // last completion, zero when not completed
	Reported  chidao.Date // last report
	Last      chidao.Date // the last event's date
	Events    int         // how many events the fold applied
}

// Holders returns who holds the task in state s: the bodies of the last
// reassignment, or the task's own assignee once it is assigned.
func (s State) Holders(t *Task) []Assignee {
	if s.Assignees != nil {
		return s.Assignees
	}
	if t.Assignee.IsZero() || s.Phase == PhaseNone {
		return nil
	}
	return []Assignee{t.Assignee}
}

// EventError says why an event does not fit a task's state.
type EventError struct {
	Index  int // the event's place in the list
	Event  EventKind
	Phase  Phase // the task's phase before it
	Reason string
}

func (e *EventError) Error() string {
	return fmt.Sprintf("task: event %d (%s) after %s: %s", e.Index, e.Event, phaseOrNone(e.Phase), e.Reason)
}

// Unwrap makes an EventError a [chidao.ErrConflict].
func (e *EventError) Unwrap() error { return chidao.ErrConflict }

func phaseOrNone(p Phase) string {
	if p == PhaseNone {
		return "no event"
	}
	return p.String()
}

// Fold returns the state of t after events, in order. An event that does
// not fit the state before it is an *EventError that says why; the state
// returned is the one before that event.
func Fold(t *Task, events []Event) (State, error) {
	var s State
	for i := range events {
		next, err := s.apply(t, &events[i])
		if err != nil {
			err.Index = i
			return s, err
		}
		s = next
	}
	return s, nil
}

// Apply returns the state after e, or an *EventError (with Index 0)
// when e does not fit s.
func (s State) Apply(t *Task, e Event) (State, error) {
	next, err := s.apply(t, &e)
	if err != nil {
		return s, err
	}
	return next, nil
}

func (s State) apply(t *Task, e *Event) (State, *EventError) {
	fail := func(reason string) (State, *EventError) {
		return s, &EventError{Event: e.Kind, Phase: s.Phase, Reason: reason}
	}
	switch {
	case e.Date.IsZero():
		return fail("an event needs its day")
	case !s.Last.IsZero() && e.Date.Before(s.Last):
		return fail(fmt.Sprintf("it is dated %s, before the event before it (%s)", e.Date, s.Last))
	case s.Phase == PhaseNone && e.Kind != EventAssigned:
		return fail("the task has not been assigned")
	}
	open := s.Phase.Open()
	switch e.Kind {
	case EventAssigned:
		if s.Phase != PhaseNone {
			return fail("the task is assigned once")
		}
		if a := t.Assigned(); !a.IsZero() && e.Date.Before(a) {
			return fail(fmt.Sprintf("it is dated %s, before the document gave the task (%s)", e.Date, a))
		}
		s.Phase, s.Assigned, s.Deadline = PhaseAssigned, e.Date, t.Deadline.Date
		if t.Deadline.Kind == DeadlineRecurring || t.Deadline.Kind == DeadlineOngoing {
			s.Deadline = chidao.Date{} // see Class: a recurring task is due each period
		}
	case EventAccepted:
		if s.Phase != PhaseAssigned {
			return fail("only a task just assigned is accepted")
		}
		s.Phase = PhaseAccepted
	case EventProgress:
		switch {
		case !open:
			return fail("the task is not open")
		case !e.Percent.Valid():
			return fail(fmt.Sprintf("a share of %s is outside 0–100%%", e.Percent))
		}
		s.Phase, s.Percent = PhaseInProgress, e.Percent
	case EventReported:
		if !open {
			return fail("the task is not open")
		}
		s.Phase, s.Reported = PhaseReported, e.Date
	case EventCompleted:
		if !open {
			return fail("the task is not open")
		}
		s.Phase, s.Completed, s.Percent = PhaseCompleted, e.Date, Hundred
	case EventExtended:
		switch {
		case !open:
			return fail("only an open task's deadline is extended")
		case e.Deadline.IsZero():
			return fail("an extension needs its new deadline")
		case e.Document == "":
			return fail("an extension needs the document that approves it")
		case !s.Deadline.IsZero() && !e.Deadline.After(s.Deadline):
			return fail(fmt.Sprintf("the new deadline %s is not after %s", e.Deadline, s.Deadline))
		}
		s.Deadline, s.Extended = e.Deadline, true
	case EventReassigned:
		switch {
		case !open:
			return fail("only an open task is reassigned")
		case len(e.To) == 0:
			return fail("a reassignment needs the bodies it gives the task to")
		case e.Note == "":
			return fail("a reassignment needs its reason")
		case slices.Equal(e.To, s.Holders(t)):
			return fail("the task is already with those bodies")
		}
		s.Assignees = slices.Clone(e.To)
	case EventCancelled:
		if !open {
			return fail("the task is not open")
		}
		s.Phase = PhaseCancelled
	case EventReopened:
		if s.Phase != PhaseCompleted && s.Phase != PhaseCancelled {
			return fail("only a completed or cancelled task is reopened")
		}
		s.Phase, s.Completed = PhaseInProgress, chidao.Date{}
	default:
		return fail("unknown event")
	}
	if s.Started.IsZero() && (e.Kind == EventAccepted || e.Kind == EventProgress || e.Kind == EventReported) {
		s.Started = e.Date
	}
	s.Last = e.Date
	s.Events++
	return s, nil
}

// Class is a task's standing at a date. String gives the wire code.
type Class uint8

// Classes. At any date after it is assigned, a task is in exactly one.
const (
	ClassNotStarted      Class = iota // [not_started] open, nothing done yet, not due soon
	ClassInProgress                   // [in_progress] open, started, within its deadline
	ClassDueSoon                      // [due_soon] open, its deadline within the window
	ClassOverdue                      // [overdue] open, its deadline passed
	ClassCompletedOnTime              // [completed_on_time]
	ClassCompletedLate                // [completed_late]
	ClassCancelled                    // [cancelled]
	numClasses
)

var classNames = [numClasses]string{"not_started", "in_progress", "due_soon", "overdue", "completed_on_time", "completed_late", "cancelled"}

// String returns the wire code.
func (c Class) String() string { return enumString(classNames[:], int(c), "Class") }

var classLabels = [numClasses]string{"Chưa bắt đầu", "Đang thực hiện trong hạn", "Sắp đến hạn", "Quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã hủy"}

// Label returns the Vietnamese name people read ("Sắp đến hạn").
func (c Class) Label() string { return enumString(classLabels[:], int(c), "Class") }

// Classes lists every class in order.
func Classes() []Class {
	out := make([]Class, numClasses)
	for i := range out {
		out[i] = Class(i)
	}
	return out
}

// National is one of the four classes the national task-tracking system
// counts (Báo cáo 1270/BC-TCTTTg). String gives its Vietnamese name.
type National uint8

// The national classes, and NationalNone for a cancelled task, which is
// not counted.
const (
	NationalNone           National = iota // cancelled: not counted
	NationalDoneOnTime                     // hoàn thành đúng hạn
	NationalDoneLate                       // hoàn thành quá hạn
	NationalOpenWithinTerm                 // chưa hoàn thành trong hạn
	NationalOpenOverdue                    // chưa hoàn thành quá hạn
	numNationals
)

var nationalNames = [numNationals]string{"", "hoàn thành đúng hạn", "hoàn thành quá hạn", "chưa hoàn thành trong hạn", "chưa hoàn thành quá hạn"}

var nationalCodes = [numNationals]string{"", "done_on_time", "done_late", "open_within_term", "open_overdue"}

// String returns the Vietnamese name.
func (n National) String() string { return enumString(nationalNames[:], int(n), "National") }

// Code returns the wire code ("done_on_time" …), "" for NationalNone.
func (n National) Code() string { return enumString(nationalCodes[:], int(n), "National") }

// National maps c onto the national classes.
func (c Class) National() National {
	switch c {
	case ClassCompletedOnTime:
		return NationalDoneOnTime
	case ClassCompletedLate:
		return NationalDoneLate
	case ClassNotStarted, ClassInProgress, ClassDueSoon:
		return NationalOpenWithinTerm
	case ClassOverdue:
		return NationalOpenOverdue
	}
	return NationalNone
}

// Policy sets how classes are told apart. The zero Policy has no "due
// soon" window.
type Policy struct {
	// DueSoon is how many days before its deadline an open task is due
	// soon: with 7, a task due on the 10th is due soon from the 3rd.
	DueSoon int
}

// ClassAt returns the class of t at date at, from the events up to and
// including that day (later ones are ignored). It is false when the task
// is not assigned by then; an event that does not fit is an error.
func ClassAt(t *Task, events []Event, at chidao.Date, p Policy) (Class, bool, error) {
	n := 0
	for n < len(events) && !events[n].Date.After(at) {
		n++
	}
	s, err := Fold(t, events[:n])
	if err != nil {
		return 0, false, err
	}
	if s.Phase == PhaseNone {
		return 0, false, nil
	}
	return s.Class(t, at, p), true, nil
}

// Class returns the class at date at of a task in state s (the fold of
// its events up to that day). A task with a deadline day is overdue the
// day after it and due soon within p.DueSoon days before it. A recurring
// task is overdue once a period has ended with no report in it, and due
// soon when the current period ends within the window with no report yet;
// an ongoing task, or one with no deadline day, is never overdue.
// Completion on or before the deadline (after extensions) is on time.
func (s State) Class(t *Task, at chidao.Date, p Policy) Class {
	switch s.Phase {
	case PhaseCancelled:
		return ClassCancelled
	case PhaseCompleted:
		if due := s.Deadline; !due.IsZero() && s.Completed.After(due) {
			return ClassCompletedLate
		}
		return ClassCompletedOnTime
	}
	due := s.Deadline
	if t.Deadline.Kind == DeadlineRecurring {
		var missed bool
		missed, due = s.recurring(t, at)
		if missed {
			return ClassOverdue
		}
	}
	switch {
	case !due.IsZero() && at.After(due):
		return ClassOverdue
	case !due.IsZero() && at.DaysUntil(due) <= p.DueSoon:
		return ClassDueSoon
	case s.Phase == PhaseAssigned:
		return ClassNotStarted
	}
	return ClassInProgress
}

// recurring walks a recurring task's periods up to at: whether the
// last period that has ended saw no report from its start on, and the
// due day of the current period when it has no report yet. Only the last
// report's day is known, so a report late for one period counts for the
// next.
func (s State) recurring(t *Task, at chidao.Date) (missed bool, due chidao.Date) {
	start := s.Assigned
	var endedStart chidao.Date
	for range 1200 { // a century of months: the walk ends long before
		d := t.Deadline.Next(start)
		if d.IsZero() {
			break
		}
		if !at.After(d) {
			if s.Reported.Before(start) {
				due = d
			}
			break
		}
		endedStart = start
		start = d.AddDays(1)
	}
	return !endedStart.IsZero() && s.Reported.Before(endedStart), due
}
