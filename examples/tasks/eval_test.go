package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/internal/goldset"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/task"
)

// The task gold sets are the obligation gold sets of
// directive/testdata/corpus5…10, annotated blind before any code read
// them: each gold obligation lays one task on each body it names, as
// lead (its "lead"), support (its "support") or neither (its other
// "addressees"), due as its "due" says. The pipeline under test is the
// one a user runs: parser.Parse, then task.FromDocument without a
// registry (the documents are from many provinces), so names stay as
// written.

type goldDue struct {
	Kind string  `json:"kind"`
	Date *string `json:"date"`
}

type goldObligation struct {
	TextStart  string          `json:"text_start"`
	Addressees []string        `json:"addressees"`
	Lead       json.RawMessage `json:"lead"`
	Support    []string        `json:"support"`
	Due        *goldDue        `json:"due"`
}

// leads reads a gold "lead": null, one body or a list.
func (g goldObligation) leads() []string {
	var one *string
	if json.Unmarshal(g.Lead, &one) == nil {
		if one != nil {
			return []string{*one}
		}
		return nil
	}
	var many []string
	_ = json.Unmarshal(g.Lead, &many)
	return many
}

type goldTask struct {
	body string
	role task.Role
	due  *goldDue
}

// tasks lists the gold obligation's tasks, each body once, lead first.
func (g goldObligation) tasks() []goldTask {
	var out []goldTask
	seen := map[string]bool{}
	add := func(name string, r task.Role) {
		if k := vntext.Key(name); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, goldTask{name, r, g.Due})
		}
	}
	for _, l := range g.leads() {
		add(l, task.RoleLead)
	}
	for _, s := range g.Support {
		add(s, task.RoleSupport)
	}
	for _, a := range g.Addressees {
		add(a, task.RoleNone)
	}
	return out
}

// dueKinds maps the gold's due kinds onto the task's deadline kinds.
var dueKinds = map[string]task.DeadlineKind{"date": task.DeadlineDate, "period_end": task.DeadlinePeriodEnd,
	"recurring": task.DeadlineRecurring, "relative": task.DeadlineRelative, "continuous": task.DeadlineOngoing}

type taskCounts struct {
	Gold     int `json:"gold"`
	Found    int `json:"found"`
	Matched  int `json:"matched"`
	Role     int `json:"role"`
	Deadline int `json:"deadline"`
}

// squash is the comparable form of a text, as the parser's evaluation
// has it: its key without spaces, words run together set apart first.
func squash(s string) string {
	s, _ = vntext.SplitGluedKnown(s)
	return strings.ReplaceAll(vntext.Key(s), " ", "")
}

// TestTaskExtractionGold measures tasks against the gold of every
// obligation set: a gold task is matched by a task of the matched
// obligation (its text starts with the gold's text_start) laid on the
// same body (names compared as keys); on matched tasks, the role and the
// deadline (kind, and day when the gold gives one) are compared. Held-out
// sets print totals only. The floors in figures.json ("tasks") hold the
// tuned sets' figures.
func TestTaskExtractionGold(t *testing.T) {
	for _, dir := range []string{"corpus5", "corpus7", "corpus9", "corpus10", "corpus11", "corpus6", "corpus8", "corpus12", "corpus13", "corpus14", "corpus15", "corpus17", "corpus18", "corpus19", "corpus20", "corpus21", "corpus22", "corpus23", "corpus24", "corpus25", "corpus26", "corpus27", "corpus28", "corpus29", "corpus30", "corpus31", "corpus32", "corpus33", "corpus34", "corpus35", "corpus36", "corpus37", "corpus38", "corpus39", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44", "corpus45", "corpus46"} {
		t.Run(dir, func(t *testing.T) { taskEval(t, dir) })
	}
}

func taskEval(t *testing.T, dir string) {
	base := filepath.Join("..", "..", "directive", "testdata", dir)
	var fig struct {
		HeldOut bool `json:"held_out"`
		Tasks   struct {
			First map[string]any `json:"first"`
			Floor *taskCounts    `json:"floor"`
		} `json:"tasks"`
	}
	if err := goldset.Figures(base, &fig); err != nil {
		t.Fatal(err)
	}
	docs, err := goldset.Docs[goldObligation](base)
	if err != nil {
		t.Fatal(err)
	}
	var c taskCounts
	var log strings.Builder
	for _, f := range docs {
		doc, _ := parser.Parse(f.Text)
		var found []task.Task
		if doc != nil {
			found, _ = task.FromDocument(doc, nil, chidao.Date{})
		}
		c.Found += len(found)
		usedOb := map[int]bool{}
		used := make([]bool, len(found))
		for _, g := range f.Obligations {
			gts := g.tasks()
			c.Gold += len(gts)
			prefix := squash(g.TextStart)
			ob := -1
			for i := range found {
				if !usedOb[found[i].Obligation] && strings.HasPrefix(squash(found[i].Text), prefix) {
					ob = found[i].Obligation
					break
				}
			}
			if ob < 0 {
				continue
			}
			usedOb[ob] = true
			for _, gt := range gts {
				k := slices.IndexFunc(found, func(x task.Task) bool {
					return x.Obligation == ob && vntext.Key(x.Assignee.Name) == vntext.Key(gt.body)
				})
				if k < 0 || used[k] {
					if !fig.HeldOut && os.Getenv("CHIDAO_EVAL_DETAIL") != "" {
						fmt.Fprintf(&log, "  %s: missed %q in %q\n", f.Name, gt.body, vntext.ClipRunes(g.TextStart, 40))
					}
					continue
				}
				used[k] = true
				c.Matched++
				x := found[k]
				if x.Role == gt.role {
					c.Role++
				}
				switch {
				case gt.due == nil && x.Deadline.Kind == task.DeadlineNone:
					c.Deadline++
				case gt.due != nil && dueKinds[gt.due.Kind] == x.Deadline.Kind &&
					(gt.due.Date == nil || *gt.due.Date == x.Deadline.Date.String()):
					c.Deadline++
				}
			}
		}
	}
	t.Logf("%s tasks: gold %d, found %d, matched %d (precision %.3f, recall %.3f); on matched: role %d (%.3f), deadline %d (%.3f)\n%s",
		dir, c.Gold, c.Found, c.Matched, ratio(c.Matched, c.Found), ratio(c.Matched, c.Gold),
		c.Role, ratio(c.Role, c.Matched), c.Deadline, ratio(c.Deadline, c.Matched), log.String())
	if fig.Tasks.First != nil {
		t.Logf("first figures: %v", fig.Tasks.First)
	}
	if fl := fig.Tasks.Floor; fl != nil {
		if c.Gold != fl.Gold {
			t.Errorf("%d gold tasks, figures.json counts %d: the set changed", c.Gold, fl.Gold)
		}
		for _, x := range []struct {
			what      string
			got, want int
		}{{"matched", c.Matched, fl.Matched}, {"role", c.Role, fl.Role}, {"deadline", c.Deadline, fl.Deadline}} {
			if x.got < x.want {
				t.Errorf("%s: %d, below the floor of %d", x.what, x.got, x.want)
			}
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
