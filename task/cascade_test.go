package task_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/gen"
	"github.com/chidao/chidao/task"
	"pgregory.net/rapid"
)

// clone copies what a break changes.
func clone(c *task.Cascade) *task.Cascade {
	ev := make([][]task.Event, len(c.Events))
	for i := range ev {
		ev[i] = slices.Clone(c.Events[i])
	}
	return &task.Cascade{Root: c.Root, Tasks: slices.Clone(c.Tasks), Links: slices.Clone(c.Links), Events: ev}
}

func TestGeneratedCascadesValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := gen.Cascade().Draw(t, "cascade")
		c := g.Cascade
		if errs := c.Validate(g.Registry); len(errs) > 0 {
			t.Fatalf("a generated cascade has findings:\n%s", errs)
		}
		// deadlines never increase down a valid cascade
		idx := c.Index()
		for _, l := range c.Links {
			p, ch := c.Tasks[idx[l.Parent]], c.Tasks[idx[l.Child]]
			if ch.Deadline.Date.After(p.Deadline.Date) {
				t.Fatalf("child due %s after parent %s", ch.Deadline.Date, p.Deadline.Date)
			}
		}
	})
}

// Each targeted break gives exactly its code, at its path.
func TestCascadeBreaks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := gen.Cascade().Draw(t, "cascade")
		c := clone(g.Cascade)
		var code chidao.Code
		var path string
		switch rapid.IntRange(0, 4).Draw(t, "break") {
		case 0: // a link from a task below back up to its ancestor at the top
			i := rapid.SampledFrom(g.Leaves).Draw(t, "leaf")
			top := i
			for g.Parents[top] >= 0 {
				top = g.Parents[top]
			}
			c.Links = append(c.Links, task.Link{Parent: c.Tasks[i].ID, Child: c.Tasks[top].ID, ByHand: true})
			code, path = task.CodeCycle, "links["+itoa(len(c.Links)-1)+"]"
		case 1: // a child due after its parent
			var linked []int
			for i, p := range g.Parents {
				if p >= 0 && slices.Contains(g.Leaves, i) {
					linked = append(linked, i)
				}
			}
			if len(linked) == 0 {
				t.Skip("no task below the top")
			}
			i := rapid.SampledFrom(linked).Draw(t, "child")
			c.Tasks[i].Deadline.Date = c.Tasks[g.Parents[i]].Deadline.Date.AddDays(rapid.IntRange(1, 30).Draw(t, "late"))
			code, path = task.CodeLateChild, "tasks["+itoa(i)+"].deadline"
		case 2: // an orphan: a child whose parent has other children loses its link
			var cands []int
			for i, p := range g.Parents {
				if p >= 0 && count(g.Parents, p) > 1 {
					cands = append(cands, i)
				}
			}
			if len(cands) == 0 {
				t.Skip("no parent with two children")
			}
			i := rapid.SampledFrom(cands).Draw(t, "orphan")
			c.Links = slices.DeleteFunc(c.Links, func(l task.Link) bool { return l.Child == c.Tasks[i].ID })
			code, path = task.CodeOrphan, "tasks["+itoa(i)+"]"
		case 3: // a task of the top or of a plan carried further, neither carried nor completed
			var cands []int
			for _, i := range g.Leaves {
				p := g.Parents[i]
				if p < 0 || slices.ContainsFunc(g.Cascade.Links, func(l task.Link) bool {
					return c.Tasks[idxOf(c, l.Parent)].Origin == c.Tasks[i].Origin
				}) {
					cands = append(cands, i)
				}
			}
			if len(cands) == 0 {
				t.Skip("no leaf of a document carried further")
			}
			i := rapid.SampledFrom(cands).Draw(t, "gap")
			c.Events[i] = c.Events[i][:1]
			code, path = task.CodeUncovered, "tasks["+itoa(i)+"]"
		case 4: // a leaf given to a body not in force on the task's date
			i := rapid.SampledFrom(g.Leaves).Draw(t, "leaf")
			var ended []string
			for o := range g.Registry.All() {
				if !o.ValidAt(c.Tasks[i].Assigned()) {
					ended = append(ended, o.Key())
				}
			}
			if len(ended) == 0 {
				t.Skip("every body is in force")
			}
			k := rapid.SampledFrom(ended).Draw(t, "ended")
			c.Tasks[i].Assignee.Key = k
			code, path = task.CodeEndedAssignee, "tasks["+itoa(i)+"].assignee_key"
		}
		errs := c.Validate(g.Registry)
		if len(errs) != 1 || errs[0].Code != code || errs[0].Path != path {
			t.Fatalf("want exactly %s at %s, got:\n%s", code, path, errs)
		}
	})
}

func TestReassignProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := gen.Cascade().Draw(t, "cascade")
		c := g.Cascade
		// reopen the leaves so that there is open work to move
		for i := range c.Events {
			c.Events[i] = c.Events[i][:1]
		}
		at := gen.Date().Draw(t, "at")
		r, errs := c.Reassign(g.Registry, at)
		if len(r.Tasks) != len(c.Tasks) {
			t.Fatalf("%d tasks became %d", len(c.Tasks), len(r.Tasks))
		}
		failed := map[int]bool{}
		for _, e := range errs {
			if e.Code != task.CodeNoSuccessor {
				t.Fatalf("unexpected finding %s", e.Line())
			}
			var i int
			if _, err := fmtSscanf(e.Path, &i); err == nil {
				failed[i] = true
			}
		}
		for i := range r.Tasks {
			s, err := task.Fold(&r.Tasks[i], r.Events[i])
			if err != nil {
				t.Fatalf("task %d: %v", i, err)
			}
			if !s.Phase.Open() || failed[i] || at.Before(s.Assigned) {
				continue
			}
			for _, a := range s.Holders(&r.Tasks[i]) {
				if o, ok := g.Registry.Org(a.Key); ok && !o.ValidAt(at) {
					t.Fatalf("task %d is still with %s (%s), not in force on %s", i, a.Key, o.Validity(), at)
				}
			}
		}
		// IDs are unique and the same when derived again
		seen := map[task.ID]bool{}
		for _, tk := range r.Tasks {
			if seen[tk.ID] {
				t.Fatalf("ID %s twice", tk.ID)
			}
			seen[tk.ID] = true
			if task.IDOf(tk.Origin.Document, tk.Path, tk.Assignee) != tk.ID {
				t.Fatalf("ID %s does not derive again", tk.ID)
			}
		}
	})
}

func count(l []int, v int) int {
	n := 0
	for _, x := range l {
		if x == v {
			n++
		}
	}
	return n
}

func itoa(i int) string { return strconv.Itoa(i) }

// fmtSscanf reads the task index of a "tasks[12]…" path.
func fmtSscanf(path string, i *int) (int, error) {
	return fmt.Sscanf(path, "tasks[%d]", i)
}

func idxOf(c *task.Cascade, id task.ID) int {
	for i := range c.Tasks {
		if c.Tasks[i].ID == id {
			return i
		}
	}
	return -1
}
