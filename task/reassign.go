package task

import (
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

// ReasonReorganisation opens the note of a reassignment Reassign makes.
const ReasonReorganisation = "sắp xếp tổ chức bộ máy"

// Reassign moves the open tasks held by bodies that are no longer in
// force on date to the bodies that carry their work on that day
// ([org.Registry.Successors]: Sở Thông tin và Truyền thông → Sở Khoa học
// và Công nghệ from 01/3/2025), with one reassigned event each, dated
// date, whose note names the change. It returns the new event lists,
// beside tasks; lists it does not change are shared with events, which it
// never modifies. A task with no events is taken as assigned on its
// document's date. Tasks are never added or removed. A body with no
// successor in force is reported, and its tasks left where they are.
func Reassign(tasks []Task, events [][]Event, reg *org.Registry, date chidao.Date) ([][]Event, chidao.ErrorList) {
	var errs chidao.ErrorList
	out := make([][]Event, len(tasks))
	copy(out, events)
	type found struct {
		to  []Assignee
		err error
	}
	memo := map[string]found{}
	successors := func(key string) ([]Assignee, error) {
		if f, ok := memo[key]; ok {
			return f.to, f.err
		}
		orgs, err := reg.Successors(key, date)
		var to []Assignee
		for _, o := range orgs {
			to = append(to, Assignee{Name: o.Name(), Key: o.Key()})
		}
		memo[key] = found{to, err}
		return to, err
	}
	for i := range tasks {
		t := &tasks[i]
		var ev []Event
		if i < len(events) {
			ev = events[i]
		}
		if len(ev) == 0 {
			ev = []Event{{Kind: EventAssigned, Date: t.Assigned()}}
		}
		s, err := Fold(t, ev)
		if err != nil || !s.Phase.Open() || date.Before(s.Last) {
			continue
		}
		var to []Assignee
		var moved []string
		changed := false
		for _, a := range s.Holders(t) {
			o, ok := reg.Org(a.Key)
			if a.Key == "" || !ok || o.ValidAt(date) {
				to = appendNew(to, a)
				continue
			}
			succ, err := successors(a.Key)
			if err != nil || len(succ) == 0 {
				errs.Add(chidao.NewPath("tasks").Index(i).Child("assignee_key"), CodeNoSuccessor, "no body in force on "+date.String()+" carries the work of "+o.Name(), a.Key)
				to = appendNew(to, a)
				continue
			}
			changed = true
			names := make([]string, len(succ))
			for k, s := range succ {
				names[k] = s.Name
				to = appendNew(to, s)
			}
			moved = append(moved, o.Name()+" → "+strings.Join(names, ", "))
		}
		if !changed {
			continue
		}
		e := Event{Kind: EventReassigned, Date: date, To: to, Note: ReasonReorganisation + ": " + strings.Join(moved, "; ")}
		out[i] = append(slices.Clip(slices.Clone(ev)), e)
	}
	return out, errs
}

func appendNew(list []Assignee, a Assignee) []Assignee {
	if slices.Contains(list, a) {
		return list
	}
	return append(list, a)
}

// Reassign returns the cascade with [Reassign] applied to its tasks at
// date; c is not changed.
func (c *Cascade) Reassign(reg *org.Registry, date chidao.Date) (*Cascade, chidao.ErrorList) {
	ev, errs := Reassign(c.Tasks, c.Events, reg, date)
	return &Cascade{Root: c.Root, Tasks: c.Tasks, Links: c.Links, Events: ev}, errs
}
