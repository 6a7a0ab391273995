package task_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/gen"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// sameCascade compares two cascades by value, origins by what they hold.
func sameCascade(t interface{ Fatalf(string, ...any) }, a, b *task.Cascade) {
	if diff := cmp.Diff(a, b, cmp.Comparer(func(x, y *task.Origin) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }),
		cmp.Comparer(func(x, y chidao.Date) bool { return x == y }), cmp.Comparer(func(x, y chidao.ID) bool { return x == y }), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("round trip differs (-want +got):\n%s", diff)
	}
}

func TestCascadeJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := gen.Cascade().Draw(t, "cascade")
		c := g.Cascade
		// every kind of event on the first task
		d := c.Tasks[0].Assigned()
		c.Events[0] = []task.Event{
			{Kind: task.EventAssigned, Date: d},
			{Kind: task.EventAccepted, Date: d.AddDays(1)},
			{Kind: task.EventProgress, Date: d.AddDays(2), Percent: task.Percent(rapid.IntRange(0, 10000).Draw(t, "pct")), Note: "đang thực hiện"},
			{Kind: task.EventReported, Date: d.AddDays(3), Document: "12/BC-SNV"},
			{Kind: task.EventExtended, Date: d.AddDays(4), Deadline: c.Tasks[0].Deadline.Date.AddDays(30), Document: "45/QĐ-UBND"},
			{Kind: task.EventReassigned, Date: d.AddDays(5), To: []task.Assignee{{Name: "Sở Nội vụ", Key: "x"}, {Name: "Phòng Nội vụ"}}, Note: task.ReasonReorganisation},
			{Kind: task.EventCompleted, Date: d.AddDays(6), Document: "Báo cáo 1/BC"},
			{Kind: task.EventReopened, Date: d.AddDays(7), Note: "chưa đạt"},
			{Kind: task.EventCancelled, Date: d.AddDays(8)},
		}
		if _, err := task.Fold(&c.Tasks[0], c.Events[0]); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back task.Cascade
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		sameCascade(t, c, &back)
		// one origin per document, as FromDocument makes them
		if len(back.Tasks) > 1 && c.Tasks[0].Origin == c.Tasks[1].Origin && back.Tasks[0].Origin != back.Tasks[1].Origin {
			t.Fatal("tasks of one document no longer share their origin")
		}
	})
}

func TestJSONLinesRoundTrip(t *testing.T) {
	tasks, _ := task.FromDocument(task.Letter(t), org.HaNoi(), chidao.Date{})
	var buf bytes.Buffer
	if err := task.WriteJSONLines(&buf, tasks); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(tasks) {
		t.Fatalf("%d lines for %d tasks", len(lines), len(tasks))
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "source", "path", "assignee", "assignee_key", "role", "deadline", "due_text", "due_kind", "recurring", "product", "report_to", "modality", "text", "missing"} {
		if _, ok := first[k]; !ok {
			t.Errorf("field %q missing from %s", k, lines[0])
		}
	}
	if first["source"] != "3241/UBND-KGVX" || first["deadline"] != nil {
		t.Errorf("source %v, deadline %v", first["source"], first["deadline"])
	}
	back, err := task.ReadJSONLines(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sameCascade(t, &task.Cascade{Tasks: tasks}, &task.Cascade{Tasks: back})
}

func TestCascadeJSONErrors(t *testing.T) {
	var c task.Cascade
	err := json.Unmarshal([]byte(`{"schema":"chidao.task/v9","root":"x","tasks":[{"id":"nope","path":"p","obligation":0,"modality":"oblige","text":"","role":"chief","deadline":"2023-13-01","document":"","missing":[]}],"links":[{"parent":"a","child":"b"}]}`), &c)
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v is no ValidationError", err)
	}
	want := []string{"schema", "root", "tasks[0].id", "tasks[0].deadline", "tasks[0].role", "tasks[0].modality", "links[0].parent", "links[0].child"}
	var got []string
	for _, fe := range ve.Errors {
		got = append(got, fe.Path)
	}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, " "), w) {
			t.Errorf("no finding at %s: %v", w, got)
		}
	}
	if err := json.Unmarshal([]byte(`{"schema":"chidao.task/v1","root":"","tasks":[],"links":[],"extra":1}`), &c); err == nil {
		t.Error("an unknown field is accepted")
	}
}

// A percent belongs to a progress event: the writer leaves it out of any
// other, so the reader refuses it there instead of keeping what a write
// would drop (found by FuzzCascadeJSON).
func TestEventJSONPercent(t *testing.T) {
	var e task.Event
	if err := json.Unmarshal([]byte(`{"kind":"progress","date":"2023-11-01","percent":87.5}`), &e); err != nil || e.Percent != 8750 {
		t.Fatalf("progress: %v, %v", e.Percent, err)
	}
	err := json.Unmarshal([]byte(`{"kind":"assigned","date":"2023-10-04","percent":87.5}`), &e)
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 1 || ve.Errors[0].Path != "percent" || ve.Errors[0].Code != chidao.CodeInvalid {
		t.Fatalf("a percent on an assigned event: %v", err)
	}
}

func FuzzCascadeJSON(f *testing.F) {
	f.Add([]byte(`{"schema":"chidao.task/v1","root":"","tasks":[],"links":[]}`))
	f.Add([]byte(`{"schema":"chidao.task/v1","root":"7f9aa318-7eee-52fd-b2f3-977866971e3e","tasks":[{"id":"92acfd16-d410-5e41-b145-754a72db3f1e","source":"1/KH-UBND","document":"7f9aa318-7eee-52fd-b2f3-977866971e3e","type":null,"issuer":null,"issuer_key":null,"assigned":"2023-10-04","path":"body[0]","obligation":0,"assignee":"Sở Nội vụ","assignee_key":null,"role":"lead","deadline":"2023-12-31","due_text":"Quý IV/2023","due_kind":"period_end","recurring":null,"due_day":null,"due_amount":null,"due_unit":null,"due_from":null,"product":"kế hoạch","report_to":null,"via":null,"modality":"obligation","text":"Xây dựng kế hoạch","missing":[]}],"links":[],"events":{"92acfd16-d410-5e41-b145-754a72db3f1e":[{"kind":"assigned","date":"2023-10-04"},{"kind":"progress","date":"2023-11-01","percent":87.5}]}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c task.Cascade
		if err := json.Unmarshal(b, &c); err != nil {
			return
		}
		_ = c.Validate(nil)
		out, err := json.Marshal(c)
		if err != nil {
			return // a value no writer may write (an unknown event kind)
		}
		var back task.Cascade
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("written JSON does not read back: %v\n%s", err, out)
		}
		sameCascade(t, &c, &back)
	})
}
