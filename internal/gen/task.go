package gen

import (
	"fmt"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
	"pgregory.net/rapid"
)

// CascadeCase is a generated registry and a valid cascade over it.
type CascadeCase struct {
	Registry *org.Registry
	Cascade  *task.Cascade
	// Leaves are the tasks whose assignee issued no plan (completed, so
	// that the cascade has no gap); Parents[i] is the index of task i's
	// parent, -1 for the top directive's tasks.
	Leaves  []int
	Parents []int
}

// Cascade draws a valid cascade: a top body issues a directive with one
// task for each body below it; each of those with bodies below it issues
// a plan, a few days later, with a task for each of them and deadlines no
// later than its own; and so on, down to random depth. Every task has an
// assigned event; tasks that go no further are completed on time.
func Cascade() *rapid.Generator[CascadeCase] {
	return rapid.Custom(func(t *rapid.T) CascadeCase {
		data := Registry().Draw(t, "registry")
		reg, err := org.New(data)
		if err != nil {
			t.Fatalf("generated registry: %v", err)
		}
		on := day(rapid.IntRange(0, 300).Draw(t, "on"))
		var top *org.Org
		for o := range reg.At(on) {
			if len(reg.Children(o, on)) > 0 {
				top = o
				break
			}
		}
		if top == nil {
			t.Skip("no body with bodies below it on the day")
		}
		maxDepth := rapid.IntRange(1, 4).Draw(t, "depth")
		c := CascadeCase{Registry: reg, Cascade: &task.Cascade{}}
		docNo := 0
		var plan func(issuer *org.Org, date, due chidao.Date, parent int, depth int)
		plan = func(issuer *org.Org, date, due chidao.Date, parent int, depth int) {
			docNo++
			abbrev := issuer.Abbrev()
			if abbrev == "" {
				abbrev = "UBND"
			}
			origin := &task.Origin{
				Document: directive.IDOf(issuer.Name(), mustSymbol(fmt.Sprintf("%d/KH-%s", docNo, abbrev)), date.Year()),
				Symbol:   fmt.Sprintf("%d/KH-%s", docNo, abbrev), Type: "Kế hoạch",
				Issuer: issuer.Name(), IssuerKey: issuer.Key(), Date: date,
			}
			if parent < 0 {
				c.Cascade.Root = origin.Document
			}
			for k, child := range reg.Children(issuer, date) {
				a := task.Assignee{Name: child.Name(), Key: child.Key()}
				path := fmt.Sprintf("body[%d]", k)
				childDue := due.AddDays(-rapid.IntRange(0, 10).Draw(t, "earlier"))
				tk := task.Task{
					ID: task.IDOf(origin.Document, path, a), Origin: origin, Path: path, Obligation: k,
					Text: "Xây dựng kế hoạch thực hiện", Assignee: a, Product: "kế hoạch",
					Deadline: task.Deadline{Kind: task.DeadlineDate, Text: "trước ngày " + childDue.String(), Date: childDue},
				}
				i := len(c.Cascade.Tasks)
				c.Cascade.Tasks = append(c.Cascade.Tasks, tk)
				c.Cascade.Events = append(c.Cascade.Events, []task.Event{{Kind: task.EventAssigned, Date: date}})
				c.Parents = append(c.Parents, parent)
				if parent >= 0 {
					c.Cascade.Links = append(c.Cascade.Links, task.Link{Parent: c.Cascade.Tasks[parent].ID, Child: tk.ID})
				}
				next := date.AddDays(rapid.IntRange(0, 5).Draw(t, "later"))
				if depth < maxDepth && child.ValidAt(next) && len(reg.Children(child, next)) > 0 && rapid.Bool().Draw(t, "carry") {
					plan(child, next, childDue, i, depth+1)
					continue
				}
				c.Leaves = append(c.Leaves, i)
				c.Cascade.Events[i] = append(c.Cascade.Events[i], task.Event{Kind: task.EventCompleted, Date: date, Document: "báo cáo"})
			}
		}
		plan(top, on, on.AddDays(rapid.IntRange(30, 120).Draw(t, "due")), -1, 1)
		return c
	})
}

func mustSymbol(s string) directive.Symbol {
	sym, err := directive.ParseSymbol(s)
	if err != nil {
		panic(err)
	}
	return sym
}
