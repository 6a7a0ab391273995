package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

const letter = "../hanoi3241/letter.txt"

func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// The "done when": one task per (obligation, concrete body), the
// 23 departments, 30 district committees and 6 press agencies of
// 04/10/2023, each lacking rõ thời gian and rõ sản phẩm.
func TestLetterTasks(t *testing.T) {
	code, out, stderr := runArgs(t, "-registry", "hanoi", letter)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	bodies := map[string]bool{}
	pairs := map[[2]string]bool{}
	for _, l := range lines {
		var j map[string]any
		if err := json.Unmarshal([]byte(l), &j); err != nil {
			t.Fatalf("not JSON: %v: %s", err, l)
		}
		for _, k := range []string{"id", "source", "path", "assignee", "assignee_key", "role", "deadline", "due_text", "due_kind", "recurring", "product", "report_to", "modality", "text", "missing"} {
			if _, ok := j[k]; !ok {
				t.Fatalf("no %q in %s", k, l)
			}
		}
		key, _ := j["assignee_key"].(string)
		if key == "" {
			t.Errorf("a task for no registry body: %s", j["assignee"])
		}
		bodies[key] = true
		pair := [2]string{j["path"].(string), key}
		if pairs[pair] {
			t.Errorf("two tasks for %v", pair)
		}
		pairs[pair] = true
		missing, _ := j["missing"].([]any)
		if len(missing) != 2 || missing[0] != "rõ thời gian" || missing[1] != "rõ sản phẩm" {
			t.Errorf("%s lacks %v", j["assignee"], missing)
		}
		if j["source"] != "3241/UBND-KGVX" || j["deadline"] != nil || j["due_kind"] != nil {
			t.Errorf("source %v deadline %v due_kind %v", j["source"], j["deadline"], j["due_kind"])
		}
	}
	if len(bodies) != 23+30+6 || len(lines) != 23*5+30*5+2+1+6*3 {
		t.Errorf("%d tasks over %d bodies", len(lines), len(bodies))
	}
	if !strings.Contains(stderr, "task.not_directed") {
		t.Errorf("the partners the letter names are not reported: %q", stderr)
	}
}

func TestSummary(t *testing.T) {
	code, out, _ := runArgs(t, "-registry", "hanoi", "-summary", "-at", "2023-12-31", letter)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if !strings.Contains(lines[0], "31/12/2023") {
		t.Errorf("heading %q", lines[0])
	}
	last := strings.Fields(lines[len(lines)-1])
	if strings.Join(last[:2], " ") != "Tổng cộng" || last[2] != "286" || last[3] != "286" {
		t.Errorf("total line %q", lines[len(lines)-1])
	}
	// aligned: every row as wide as the header, counted in letters
	width := utf8.RuneCountInString(lines[2])
	for _, l := range lines[3:] {
		if utf8.RuneCountInString(strings.TrimRight(l, " ")) != width {
			t.Errorf("row %q is %d letters wide, header %d", l, utf8.RuneCountInString(l), width)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"-registry", "hue", letter}, {"-at", "31/12/2023", letter}, {"nofile.txt"}} {
		if code, _, _ := runArgs(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// Without a registry the names stay as written: the classes are tasks of
// their own.
func TestNoRegistry(t *testing.T) {
	code, out, _ := runArgs(t, letter)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out, "\n"); n != 2*5+1+2+3 {
		t.Errorf("%d tasks", n)
	}
	if !strings.Contains(out, `"assignee":"UBND quận, huyện, thị xã","assignee_key":null`) {
		t.Errorf("a class is not kept as written:\n%s", out)
	}
}
