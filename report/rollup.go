package report

import (
	"github.com/chidao/chidao"
	"github.com/chidao/chidao/task"
	"github.com/shopspring/decimal"
)

// Status is one task's standing at a date: its class, the share done and
// who holds it.
type Status struct {
	Class   task.Class
	Percent task.Percent
	// Due reports whether the task had come due by the date: a deadline
	// day on or before it (the period of a recurring task that has
	// ended counts). Cancelled tasks are never due.
	Due bool
	// Holders are who holds the task: the bodies of its last
	// reassignment, or nil while it is with its own assignee (Holder).
	Holders []task.Assignee
	Holder  task.Assignee
	// Assigned is false for a task not yet assigned on the date: it
	// counts nowhere.
	Assigned bool
}

// Statuses returns the standing of every task of c at date at, beside
// c.Tasks. An event list that does not fit is an error with its path.
func Statuses(c *task.Cascade, at chidao.Date, p task.Policy) ([]Status, chidao.ErrorList) {
	out := make([]Status, len(c.Tasks))
	var errs chidao.ErrorList
	for i := range c.Tasks {
		t := &c.Tasks[i]
		var ev []task.Event
		if i < len(c.Events) {
			ev = c.Events[i]
		}
		if len(ev) == 0 {
			ev = []task.Event{{Kind: task.EventAssigned, Date: t.Assigned()}}
		}
		n := 0
		for n < len(ev) && !ev[n].Date.After(at) {
			n++
		}
		s, err := task.Fold(t, ev[:n])
		if err != nil {
			errs.Add(chidao.NewPath("events").Index(i), chidao.CodeConflict, err.Error(), nil)
			continue
		}
		if s.Phase == task.PhaseNone {
			continue
		}
		c := s.Class(t, at, p)
		due := s.Deadline
		if due.IsZero() && t.Deadline.Kind == task.DeadlineRecurring {
			due = t.Deadline.Next(s.Assigned)
		}
		out[i] = Status{Class: c, Percent: s.Percent, Assigned: true, Holders: s.Assignees, Holder: t.Assignee,
			Due: c != task.ClassCancelled && (c == task.ClassOverdue || c == task.ClassCompletedLate || !due.IsZero() && !due.After(at))}
	}
	return out, errs
}

// Held returns who holds the task: its reassigned bodies, or its own
// assignee.
func (s Status) Held() []task.Assignee {
	if s.Holders != nil {
		return s.Holders
	}
	if s.Holder.IsZero() {
		return nil
	}
	return []task.Assignee{s.Holder}
}

// Tally counts a set of tasks at a date: how many in each class, how
// many had come due, and the sum of their shares done. Tallies add up:
// the tally of a union is the sum of the tallies of its parts, so rolling
// up level by level gives what the flat set gives.
type Tally struct {
	Total   int
	Classes [7]int // by task.Class
	Due     int
	// Sum is the sum of the shares done, in hundredths of a percent.
	Sum int64
}

// Add counts one task.
func (t *Tally) Add(s Status) {
	if !s.Assigned {
		return
	}
	t.Total++
	t.Classes[s.Class]++
	if s.Due {
		t.Due++
	}
	t.Sum += int64(s.Percent)
}

// Merge adds u to t.
func (t *Tally) Merge(u Tally) {
	t.Total += u.Total
	for i := range t.Classes {
		t.Classes[i] += u.Classes[i]
	}
	t.Due += u.Due
	t.Sum += u.Sum
}

// National returns the count of one of the four national classes.
func (t Tally) National(n task.National) int {
	total := 0
	for c, k := range t.Classes {
		if task.Class(c).National() == n {
			total += k
		}
	}
	return total
}

var hundred = decimal.NewFromInt(100)

// LateRate is the national late rate, in percent: the tasks still open
// past their deadline and those completed late, over the tasks that have
// come due (Báo cáo 1270/BC-TCTTTg). With nothing due it is 0.
func (t Tally) LateRate() decimal.Decimal {
	if t.Due == 0 {
		return decimal.Zero
	}
	late := t.Classes[task.ClassOverdue] + t.Classes[task.ClassCompletedLate]
	return ratio(late, t.Due)
}

// OnTimeRate is 100% less the late rate: 100% with nothing due.
func (t Tally) OnTimeRate() decimal.Decimal { return hundred.Sub(t.LateRate()) }

// Completion is the share of tasks completed (on time or late), in
// percent, over the tasks that are not cancelled; 0 with none.
func (t Tally) Completion() decimal.Decimal {
	counted := t.Total - t.Classes[task.ClassCancelled]
	return ratio(t.Classes[task.ClassCompletedOnTime]+t.Classes[task.ClassCompletedLate], counted)
}

// Progress is the mean share done over the tasks, in percent: each task
// weighs the same, so it adds up level by level. 0 with no task.
func (t Tally) Progress() decimal.Decimal {
	if t.Total == 0 {
		return decimal.Zero
	}
	return decimal.New(t.Sum, -2).Div(decimal.NewFromInt(int64(t.Total)))
}

// ratio is a/b in percent, exact to the division's precision (16 places:
// decimal.DivisionPrecision); rounding is for display only ([Percent]).
func ratio(a, b int) decimal.Decimal {
	if b == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(int64(a)).Mul(hundred).Div(decimal.NewFromInt(int64(b)))
}

// Worst returns the class that wins when a node shows the worst of its
// tasks: overdue, then due soon, not started, in progress, completed
// late, completed on time; cancelled only when every task is. ok is false
// for an empty tally.
func (t Tally) Worst() (c task.Class, ok bool) {
	for _, c := range []task.Class{task.ClassOverdue, task.ClassDueSoon, task.ClassNotStarted, task.ClassInProgress,
		task.ClassCompletedLate, task.ClassCompletedOnTime, task.ClassCancelled} {
		if t.Classes[c] > 0 {
			return c, true
		}
	}
	return 0, false
}

// Weighted is the progress of a node whose children have declared
// weights (OKR style): the sum of each child's progress times its
// weight. The weights must sum to exactly 1; with none declared the
// children weigh the same (see [Tally.Progress] for the mean over tasks,
// which is what adds up level by level).
func Weighted(progress, weights []decimal.Decimal) (decimal.Decimal, error) {
	if len(progress) == 0 {
		return decimal.Zero, nil
	}
	if weights == nil {
		sum := decimal.Zero
		for _, p := range progress {
			sum = sum.Add(p)
		}
		return sum.Div(decimal.NewFromInt(int64(len(progress)))), nil
	}
	var errs chidao.ErrorList
	if len(weights) != len(progress) {
		errs.Add(chidao.NewPath("weights"), chidao.CodeInvalid, "one weight a child", len(weights))
		return decimal.Zero, errs.Err()
	}
	total, sum := decimal.Zero, decimal.Zero
	for i, w := range weights {
		if w.IsNegative() {
			errs.Add(chidao.NewPath("weights").Index(i), chidao.CodeOutOfRange, "a weight is not negative", w.String())
		}
		total = total.Add(w)
		sum = sum.Add(w.Mul(progress[i]))
	}
	if !total.Equal(decimal.NewFromInt(1)) {
		errs.Add(chidao.NewPath("weights"), chidao.CodeInvalid, "the weights must sum to exactly 1, not "+total.String(), total.String())
	}
	if err := errs.Err(); err != nil {
		return decimal.Zero, err
	}
	return sum, nil
}
