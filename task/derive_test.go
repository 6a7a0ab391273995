package task

import (
	"os"
	"slices"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
)

func letter(t testing.TB) *directive.Document {
	f, err := os.Open("testdata/hanoi-3241.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := directive.DecodeJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFromDocumentHanoiLetter(t *testing.T) {
	doc := letter(t)
	tasks, findings := FromDocument(doc, org.HaNoi(), chidao.Date{})
	perOb := map[int]int{}
	bodies := map[string]bool{}
	for _, tk := range tasks {
		perOb[tk.Obligation]++
		if tk.Assignee.Key != "" {
			bodies[tk.Assignee.Key] = true
		}
		if tk.Origin.Symbol != "3241/UBND-KGVX" || tk.Assigned() != chidao.MustDate(2023, 10, 4) {
			t.Fatalf("origin %+v", tk.Origin)
		}
	}
	// section 1 (five obligations): the 23 Sở and 30 district committees;
	// the third also names two partners that no body answers to
	want := map[int]int{0: 53, 1: 53, 2: 55, 3: 53, 4: 53, 5: 1, 6: 1, 7: 1, 8: 6, 9: 6, 10: 6}
	for ob, n := range want {
		if perOb[ob] != n {
			t.Errorf("obligation %d: %d tasks, want %d", ob, perOb[ob], n)
		}
	}
	if len(bodies) != 23+30+6 {
		t.Errorf("%d concrete bodies, want 59", len(bodies))
	}
	gaps := Gaps(tasks)
	for i, g := range gaps {
		if !slices.Contains(g, ClearWhen) || !slices.Contains(g, ClearProduct) {
			t.Errorf("task %d (%s) lacks %v, not rõ thời gian and rõ sản phẩm", i, tasks[i].Assignee.Name, g)
		}
		if tasks[i].Assignee.Key != "" && len(g) != 2 {
			t.Errorf("task %d (%s) lacks %v", i, tasks[i].Assignee.Name, g)
		}
	}
	unresolved := 0
	for _, f := range findings {
		if f.Code == CodeUnresolvedAssignee {
			unresolved++
			if f.Path != "obligations[2].support[0]" && f.Path != "obligations[2].support[1]" {
				t.Errorf("unexpected finding %s", f.Line())
			}
		}
	}
	if unresolved != 2 {
		t.Errorf("%d unresolved names, want the two partners: %v", unresolved, findings)
	}
	// IDs: unique, and the same on a second derivation
	again, _ := FromDocument(doc, org.HaNoi(), chidao.Date{})
	ids := map[ID]bool{}
	for i := range tasks {
		if ids[tasks[i].ID] {
			t.Fatalf("task ID %s twice", tasks[i].ID)
		}
		ids[tasks[i].ID] = true
		if again[i].ID != tasks[i].ID {
			t.Fatalf("task %d: ID %s then %s", i, tasks[i].ID, again[i].ID)
		}
	}
}
