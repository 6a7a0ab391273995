package task

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/org"
)

// Codes of the cascade checks.
const (
	CodeDuplicateTask    chidao.Code = "task.duplicate_id"          // two tasks with one ID
	CodeUnknownTask      chidao.Code = "task.unknown_task"          // a link to a task the cascade does not hold
	CodeCycle            chidao.Code = "task.cycle"                 // a link that closes a cycle
	CodePlanIssuer       chidao.Code = "task.plan_issuer"           // a plan issued by someone other than the parent's assignee
	CodePlanBeforeParent chidao.Code = "task.plan_before_parent"    // a plan dated before its parent's document
	CodeLateChild        chidao.Code = "task.deadline_after_parent" // a child due after its parent, no extension
	CodeOrphan           chidao.Code = "task.orphan"                // a task below the top with no parent
	CodeUncovered        chidao.Code = "task.uncovered"             // a parent task with no plan and no completion: a gap
	CodeUnknownAssignee  chidao.Code = "task.unknown_assignee"      // a registry key the registry does not hold
	CodeEndedAssignee    chidao.Code = "task.ended_assignee"        // an assignee not in force on a date involved
	CodeBadEvents        chidao.Code = "task.events"                // an event that does not fit
	CodeNoSuccessor      chidao.Code = "task.no_successor"          // Reassign found nobody to take the work
)

// Link says a child task carries out (part of) a parent task: the child's
// document is the plan the parent's assignee issued for it.
type Link struct {
	Parent, Child ID
	// ByHand marks a link made by a person rather than found through the
	// plan's citation of the parent's document.
	ByHand bool
}

// Cascade is the work one directive starts, from the top down: every
// task, the links from parent tasks to the tasks of the plans that carry
// them out, and each task's events. Root is the top directive; its tasks
// are the only ones without a parent. Events, when not nil, runs beside
// Tasks: Events[i] are the events of Tasks[i]. A Cascade is a value:
// [Cascade.Reassign] returns a new one.
type Cascade struct {
	Root   directive.ID
	Tasks  []Task
	Links  []Link
	Events [][]Event
}

// events returns the events of task i.
func (c *Cascade) events(i int) []Event {
	if i < len(c.Events) {
		return c.Events[i]
	}
	return nil
}

// Index returns a map from task ID to its place in Tasks.
func (c *Cascade) Index() map[ID]int {
	idx := make(map[ID]int, len(c.Tasks))
	for i := range c.Tasks {
		idx[c.Tasks[i].ID] = i
	}
	return idx
}

// Validate checks the cascade against reg (nil skips the checks that
// need it) and returns every finding, each with its path and code:
//   - task IDs are unique, links join tasks the cascade holds;
//   - no cycle (the link that closes one is reported);
//   - a child's plan is issued by the parent's assignee, a successor of
//     it, or a body the assignee may direct, and not before the parent's
//     document;
//   - a child is not due after its parent, unless an extension of the
//     parent allows it;
//   - every task below Root has a parent;
//   - a task of the top directive, or of a document some task of which
//     was carried further, is covered by a plan or its own completion, or
//     it is reported as a gap (a warning);
//   - every assignee is in force on the task's date and on the day of
//     any reassignment to it;
//   - each task's events fit ([Fold]).
func (c *Cascade) Validate(reg *org.Registry) chidao.ErrorList {
	var errs chidao.ErrorList
	tasksP, linksP := chidao.NewPath("tasks"), chidao.NewPath("links")
	idx := newTaskIndex(c.Tasks)
	for i := range c.Tasks {
		if !idx.add(c.Tasks, int32(i)) {
			errs.Add(tasksP.Index(i).Child("id"), CodeDuplicateTask, "another task has this ID", c.Tasks[i].ID.String())
		}
	}
	// what the checks need of each task's state: its phase, and its
	// deadline after extensions (zero: the task's own)
	phase := make([]Phase, len(c.Tasks))
	due := make([]chidao.Date, len(c.Tasks))
	for i := range c.Tasks {
		ev := c.events(i)
		if len(ev) == 0 {
			continue
		}
		s, err := Fold(&c.Tasks[i], ev)
		if err != nil {
			ee := asEventError(err)
			errs.Add(chidao.NewPath("events").Index(i).Index(ee.Index), CodeBadEvents, ee.Reason, ee.Event.String())
		}
		phase[i] = s.Phase
		if s.Extended {
			due[i] = s.Deadline
		}
	}
	// links in index form, then the cycles they close: a link that
	// closes one is reported as the cycle, and its other checks are not
	// made (a task cannot carry out its own ancestor, whatever the dates)
	type edge struct{ from, to, link int32 }
	edges := make([]edge, 0, len(c.Links))
	for li, l := range c.Links {
		p := linksP.Index // paths are made only for findings
		pi, okP := idx.get(c.Tasks, l.Parent)
		ci, okC := idx.get(c.Tasks, l.Child)
		if !okP {
			errs.Add(p(li).Child("parent"), CodeUnknownTask, "no task of the cascade has this ID", l.Parent.String())
		}
		if !okC {
			errs.Add(p(li).Child("child"), CodeUnknownTask, "no task of the cascade has this ID", l.Child.String())
		}
		if okP && okC {
			edges = append(edges, edge{pi, ci, int32(li)})
		}
	}
	// the edges grouped by parent, in link order: a counting sort
	childStart := make([]int32, len(c.Tasks)+1)
	for _, e := range edges {
		childStart[e.from+1]++
	}
	for i := 1; i < len(childStart); i++ {
		childStart[i] += childStart[i-1]
	}
	byFrom := make([]edge, len(edges))
	fill := slices.Clone(childStart[:len(c.Tasks)])
	for _, e := range edges {
		byFrom[fill[e.from]] = e
		fill[e.from]++
	}
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(c.Tasks))
	closing := map[int32]bool{}
	type frame struct{ node, next int32 }
	var stack []frame
	for s := range c.Tasks {
		if color[s] != white {
			continue
		}
		stack = append(stack[:0], frame{int32(s), childStart[s]})
		color[s] = grey
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == childStart[f.node+1] {
				color[f.node] = black
				stack = stack[:len(stack)-1]
				continue
			}
			e := byFrom[f.next]
			f.next++
			switch color[e.to] {
			case grey:
				closing[e.link] = true
			case white:
				color[e.to] = grey
				stack = append(stack, frame{e.to, childStart[e.to]})
			}
		}
	}
	parents := make([]int32, len(c.Tasks)) // a parent's index + 1, 0 for none
	hasChild := make([]bool, len(c.Tasks))
	carried := map[*Origin]bool{} // documents some task of which was carried further
	rel := newRelations(reg)
	for _, e := range edges {
		p := func() chidao.Path { return linksP.Index(int(e.link)) }
		pi, ci := e.from, e.to
		parents[ci] = pi + 1
		hasChild[pi] = true
		if closing[e.link] {
			errs.Add(p(), CodeCycle, "this link closes a cycle: a task carries out its own ancestor", nil)
			continue
		}
		carried[c.Tasks[pi].Origin] = true
		parent, child := &c.Tasks[pi], &c.Tasks[ci]
		if !rel.issuedBy(child.Origin, parent.Assignee, child.Assigned()) {
			errs.Add(p(), CodePlanIssuer, fmt.Sprintf("the plan is issued by %s, not by %s (nor a successor, nor a body it may direct)", orUnknown(child.Origin.Issuer), orUnknown(parent.Assignee.Name)), child.Origin.Symbol)
		}
		if pd, cd := parent.Assigned(), child.Assigned(); !pd.IsZero() && !cd.IsZero() && cd.Before(pd) {
			errs.Add(p(), CodePlanBeforeParent, fmt.Sprintf("the plan is dated %s, before the parent's document (%s)", cd, pd), cd.String())
		}
		pdue := parent.Deadline.Date
		if !due[pi].IsZero() {
			pdue = due[pi]
		}
		if cdue := child.Deadline.Date; !pdue.IsZero() && !cdue.IsZero() && cdue.After(pdue) {
			errs.Add(tasksP.Index(int(ci)).Child("deadline"), CodeLateChild, fmt.Sprintf("due %s, after its parent's %s", cdue, pdue), cdue.String())
		}
	}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		p := func() chidao.Path { return tasksP.Index(i) }
		if parents[i] == 0 && t.Origin != nil && t.Origin.Document != c.Root {
			errs.Add(p(), CodeOrphan, "the task is below the top directive but carries out no parent task", t.Origin.Symbol)
		}
		if !hasChild[i] && (carried[t.Origin] || t.Origin != nil && t.Origin.Document == c.Root) && phase[i] != PhaseCompleted && phase[i] != PhaseCancelled {
			errs.Warn(p(), CodeUncovered, "no plan carries the task out and it is not completed: a gap in the cascade", t.Assignee.Name)
		}
		if reg == nil {
			continue
		}
		if k := t.Assignee.Key; k != "" {
			rel.inForce(&errs, func() chidao.Path { return p().Child("assignee_key") }, k, t.Assigned())
		}
		for j, e := range c.events(i) {
			if e.Kind != EventReassigned {
				continue
			}
			for n, a := range e.To {
				if a.Key != "" {
					rel.inForce(&errs, func() chidao.Path { return chidao.NewPath("events").Index(i).Index(j).Child("to").Index(n) }, a.Key, e.Date)
				}
			}
		}
	}
	return errs
}

// taskIndex finds a task by ID: an open-addressing table keyed on the
// ID's first eight bytes (part of a SHA-1, so as good as a hash), one
// cache line a probe, which a million tasks feel; IDs that share those
// bytes with another, or whose bytes are zero, go to a map.
type taskIndex struct {
	slots []slot
	mask  uint64
	rest  map[ID]int32
}

type slot struct {
	key uint64 // 0: empty
	i   int32
}

func newTaskIndex(tasks []Task) *taskIndex {
	n := 16
	for n < 2*len(tasks) {
		n *= 2
	}
	return &taskIndex{slots: make([]slot, n), mask: uint64(n - 1)}
}

func prefix(id ID) uint64 {
	u := id.UUID()
	return binary.LittleEndian.Uint64(u[:8])
}

// add indexes task i; false when another task has its ID.
func (x *taskIndex) add(tasks []Task, i int32) bool {
	id := tasks[i].ID
	if k := prefix(id); k != 0 {
		for h := k & x.mask; ; h = (h + 1) & x.mask {
			s := &x.slots[h]
			if s.key == 0 {
				s.key, s.i = k, i
				return true
			}
			if s.key == k {
				if tasks[s.i].ID == id {
					return false
				}
				break // the same first bytes, another ID
			}
		}
	}
	if x.rest == nil {
		x.rest = map[ID]int32{}
	}
	if _, dup := x.rest[id]; dup {
		return false
	}
	x.rest[id] = i
	return true
}

func (x *taskIndex) get(tasks []Task, id ID) (int32, bool) {
	if k := prefix(id); k != 0 {
		for h := k & x.mask; ; h = (h + 1) & x.mask {
			s := x.slots[h]
			if s.key == 0 {
				break
			}
			if s.key == k && tasks[s.i].ID == id {
				return s.i, true
			}
		}
	}
	j, ok := x.rest[id]
	return j, ok
}

func asEventError(err error) *EventError {
	var e *EventError
	if errors.As(err, &e) {
		return e
	}
	return &EventError{Reason: err.Error()}
}

func orUnknown(s string) string {
	if s == "" {
		return "(no name)"
	}
	return s
}

// relations answers the registry questions of a cascade, once per pair:
// a million tasks ask about a few hundred bodies.
type relations struct {
	reg    *org.Registry
	issued map[issuedKey]bool
	valid  map[validKey]int8 // 1 in force, -1 ended or not yet, -2 unknown
}

type issuedKey struct {
	issuer, assignee string
	date             chidao.Date
}

type validKey struct {
	key  string
	date chidao.Date
}

func newRelations(reg *org.Registry) *relations {
	return &relations{reg: reg, issued: map[issuedKey]bool{}, valid: map[validKey]int8{}}
}

// issuedBy reports whether a plan of origin o may carry out a task of
// assignee a: o is issued by a, by a successor of a, or by a body a may
// direct. Names are compared when keys are missing; with no registry and
// no names there is nothing to hold against.
func (r *relations) issuedBy(o *Origin, a Assignee, d chidao.Date) bool {
	if o == nil || a.IsZero() {
		return true
	}
	if o.IssuerKey != "" && a.Key != "" {
		if o.IssuerKey == a.Key {
			return true
		}
		k := issuedKey{o.IssuerKey, a.Key, d}
		if v, ok := r.issued[k]; ok {
			return v
		}
		v := r.related(o.IssuerKey, a.Key, d)
		r.issued[k] = v
		return v
	}
	if o.Issuer == "" || a.Name == "" {
		return true
	}
	return vntext.Key(o.Issuer) == vntext.Key(a.Name) || r.reg == nil
}

func (r *relations) related(issuerKey, assigneeKey string, d chidao.Date) bool {
	if r.reg == nil {
		return false
	}
	issuer, ok1 := r.reg.Org(issuerKey)
	assignee, ok2 := r.reg.Org(assigneeKey)
	if !ok1 || !ok2 {
		return false
	}
	if succ, err := r.reg.Successors(assigneeKey, d); err == nil {
		for _, s := range succ {
			if s.Key() == issuerKey {
				return true
			}
		}
	}
	_, ok := r.reg.CanDirect(assignee, issuer, d)
	return ok
}

func (r *relations) inForce(errs *chidao.ErrorList, p func() chidao.Path, key string, d chidao.Date) {
	k := validKey{key, d}
	v, ok := r.valid[k]
	if !ok {
		o, found := r.reg.Org(key)
		switch {
		case !found:
			v = -2
		case d.IsZero() || o.ValidAt(d):
			v = 1
		default:
			v = -1
		}
		r.valid[k] = v
	}
	switch v {
	case -2:
		errs.Add(p(), CodeUnknownAssignee, "the registry has no body with this key", key)
	case -1:
		errs.Add(p(), CodeEndedAssignee, "the body is not in force on "+d.String(), key)
	}
}

// PlanLinks finds what a plan carries out through its citations: each
// task of parents whose document the plan cites as one it implements
// (relation implements: "thực hiện Kế hoạch số 171-KH/TU …"), laid on the
// plan's issuer (the same registry key, or the same name), is linked to
// every task of the plan. Which item of the plan carries out which task is
// not written in documents; link those by hand when they are known.
func PlanLinks(parents []Task, plan *directive.Document, planTasks []Task) []Link {
	cited := map[string]int{} // symbol key → year, 0 when the citation has no date
	for _, c := range plan.Citations {
		if c.Relation == directive.RelationImplements && c.Symbol.IsValid() {
			cited[c.Symbol.Key()] = c.Date.Year()
		}
	}
	issuerKey, issuerName := plan.IssuerKey, vntext.Key(plan.Issuer)
	if len(planTasks) > 0 && planTasks[0].Origin != nil && planTasks[0].Origin.IssuerKey != "" {
		issuerKey = planTasks[0].Origin.IssuerKey
	}
	var links []Link
	for i := range parents {
		p := &parents[i]
		if p.Origin == nil || p.Origin.Symbol == "" {
			continue
		}
		sym, err := directive.ParseSymbol(p.Origin.Symbol)
		if err != nil {
			continue
		}
		year, ok := cited[sym.Key()]
		if !ok || year != 0 && year != p.Origin.Date.Year() {
			continue
		}
		held := p.Assignee.Key != "" && p.Assignee.Key == issuerKey ||
			p.Assignee.Key == "" && vntext.Key(p.Assignee.Name) == issuerName
		if !held {
			continue
		}
		for j := range planTasks {
			links = append(links, Link{Parent: p.ID, Child: planTasks[j].ID})
		}
	}
	return links
}
