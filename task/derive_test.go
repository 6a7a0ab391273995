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
	// the third also names the Front and the mass organisations as
	// partners, which a People's Committee may not direct: no task
	want := map[int]int{0: 53, 1: 53, 2: 53, 3: 53, 4: 53, 5: 1, 6: 1, 7: 1, 8: 6, 9: 6, 10: 6}
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
	partners := 0
	for _, f := range findings {
		switch f.Code {
		case CodeNotDirected:
			partners++
			if f.Path != "obligations[2].support[0]" && f.Path != "obligations[2].support[1]" {
				t.Errorf("unexpected finding %s", f.Line())
			}
		default:
			t.Errorf("unexpected finding %s", f.Line())
		}
	}
	if partners != 2 || len(tasks) != 23*5+30*5+2+1+6*3 {
		t.Errorf("%d partners, %d tasks: %v", partners, len(tasks), findings)
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
func TestReassignHanoiLetter(t *testing.T) {
	reg := org.HaNoi()
	tasks, _ := FromDocument(letter(t), reg, chidao.Date{})
	c := &Cascade{Root: tasks[0].Origin.Document, Tasks: tasks}
	if errs := c.Validate(reg); errs.HasErrors() {
		t.Fatalf("the letter's tasks do not validate:\n%s", errs)
	}
	at := chidao.MustDate(2025, 8, 1)
	r, errs := c.Reassign(reg, at)
	if len(errs) > 0 {
		t.Fatalf("Reassign: %s", errs)
	}
	if len(r.Tasks) != len(c.Tasks) || len(c.Events) != 0 {
		t.Fatal("Reassign changed the tasks or the cascade it was given")
	}
	moved := 0
	for i := range r.Tasks {
		s, err := Fold(&r.Tasks[i], r.Events[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range s.Holders(&r.Tasks[i]) {
			if o, ok := reg.Org(a.Key); ok && !o.ValidAt(at) {
				t.Errorf("task %d is still with %s, ended before %s", i, o.Name(), at)
			}
		}
		if s.Events == 2 {
			moved++
		}
		if r.Tasks[i].Assignee.Key == "hn.so-thong-tin-truyen-thong" {
			if !slices.ContainsFunc(s.Holders(&r.Tasks[i]), func(a Assignee) bool { return a.Key == "hn.so-khoa-hoc-cong-nghe-2025" }) {
				t.Errorf("Sở TT&TT's task went to %v", s.Holders(&r.Tasks[i]))
			}
		}
	}
	if moved == 0 {
		t.Fatal("nothing was reassigned")
	}
	if errs := r.Validate(reg); errs.HasErrors() {
		t.Fatalf("the reassigned cascade does not validate:\n%s", errs)
	}
	t.Logf("%d of %d tasks reassigned at %s", moved, len(r.Tasks), at)
}

func TestIDRecipe(t *testing.T) {
	doc := letter(t).ID()
	a := Assignee{Name: "Sở Nội vụ", Key: "hn.so-noi-vu"}
	want := chidao.NewID(namespace, []byte(doc.String()+"\x00body[1]\x00key:hn.so-noi-vu"))
	if got := IDOf(doc, "body[1]", a); got.ID != want {
		t.Errorf("IDOf = %s, want %s", got, want)
	}
	if got := appendUUID(nil, doc.UUID()); string(got) != doc.UUID().String() {
		t.Errorf("appendUUID = %s", got)
	}
	// a name as written is compared as names are
	if IDOf(doc, "p", Assignee{Name: "Sở Văn hoá"}) != IDOf(doc, "p", Assignee{Name: "SỞ VĂN HÓA"}) {
		t.Error("the other tone placement gives another task ID")
	}
}

// The letter cites 171-KH/TU as what it implements: its tasks carry out
// the People's Committee's task of that plan, and not the propaganda
// board's, nor a task of another document.
func TestPlanLinks(t *testing.T) {
	reg := org.HaNoi()
	doc := letter(t)
	kh := &directive.Document{Bloc: directive.BlocParty, Issuer: "Thành ủy Hà Nội", IssuerKey: "hn.thanh-uy",
		Symbol: mustSymbol(t, "171-KH/TU"), Date: chidao.MustDate(2023, 8, 14), Obligations: []directive.Obligation{
			{Path: "body[0]", Text: "Ban Tuyên giáo Thành ủy hướng dẫn tuyên truyền.", Addressees: []string{"Ban Tuyên giáo Thành ủy"}},
			{Path: "body[1]", Text: "UBND Thành phố chỉ đạo thực hiện.", Addressees: []string{"Ủy ban nhân dân Thành phố"}},
		}}
	parents, _ := FromDocument(kh, reg, chidao.Date{})
	other := *kh
	other.Symbol = mustSymbol(t, "172-KH/TU")
	others, _ := FromDocument(&other, reg, chidao.Date{})
	children, _ := FromDocument(doc, reg, chidao.Date{})
	links := PlanLinks(append(parents, others...), doc, children)
	if len(links) != len(children) {
		t.Fatalf("%d links for %d tasks of the plan", len(links), len(children))
	}
	for _, l := range links {
		if l.Parent != parents[1].ID {
			t.Fatalf("a link from %s, not from the People's Committee's task", l.Parent)
		}
	}
	c := &Cascade{Root: parents[0].Origin.Document, Tasks: append(slices.Clone(parents), children...), Links: links}
	if errs := c.Validate(reg); errs.HasErrors() {
		t.Fatalf("%s", errs)
	}
}

func mustSymbol(t *testing.T, s string) directive.Symbol {
	sym, err := directive.ParseSymbol(s)
	if err != nil {
		t.Fatal(err)
	}
	return sym
}

// A lead naming several bodies, each an addressee (one with a comma of its
// own), gives each its task as the lead; a lead that is not made up of
// the addressees stays one name.
func TestFromDocumentSeveralLeads(t *testing.T) {
	doc := &directive.Document{Obligations: []directive.Obligation{{
		Path:       "body[0]",
		Text:       "Tổ chức Hội nghị quán triệt …",
		Addressees: []string{"Ban Chỉ đạo quốc gia", "Các Bộ, ngành liên quan", "Ban Chỉ đạo các tỉnh"},
		Lead:       "Ban Chỉ đạo quốc gia, Các Bộ, ngành liên quan",
		Support:    []string{"Hội Cựu chiến binh các cấp"},
	}, {
		Path:       "body[1]",
		Text:       "Xây dựng kế hoạch …",
		Addressees: []string{"Sở Nội vụ"},
		Lead:       "Sở Nội vụ, Sở Tài chính",
	}}}
	tasks, _ := FromDocument(doc, nil, chidao.Date{})
	roles := map[string]Role{}
	for _, tk := range tasks {
		roles[tk.Path+" "+tk.Assignee.Name] = tk.Role
	}
	want := map[string]Role{
		"body[0] Ban Chỉ đạo quốc gia":       RoleLead,
		"body[0] Các Bộ, ngành liên quan":    RoleLead,
		"body[0] Ban Chỉ đạo các tỉnh":       RoleNone,
		"body[0] Hội Cựu chiến binh các cấp": RoleSupport,
		"body[1] Sở Nội vụ, Sở Tài chính":    RoleLead,
		"body[1] Sở Nội vụ":                  RoleNone,
	}
	if len(roles) != len(want) {
		t.Errorf("%d tasks, want %d: %v", len(roles), len(want), roles)
	}
	for k, r := range want {
		if got, ok := roles[k]; !ok || got != r {
			t.Errorf("%s: role %v (present %v), want %v", k, got, ok, r)
		}
	}
}
