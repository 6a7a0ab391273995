package main

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func collect(t *testing.T, text string, chunk, window int) []record {
	t.Helper()
	var out []record
	err := scanChunks("x", strings.NewReader(text), chunk, window, func(r record) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Chunked scanning must give the same records, with global offsets, as
// scanning the whole text at once.
func TestChunksMatchWholeText(t *testing.T) {
	b, err := os.ReadFile("../../directive/testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(b)+"\n\n", 20)
	whole := collect(t, text, len(text)+1, 1)
	if len(whole) != 200 {
		t.Fatalf("whole text gave %d records, want 200", len(whole))
	}
	for _, size := range []int{4096, 9000, 20000} {
		chunked := collect(t, text, size, 2048)
		if !slices.EqualFunc(whole, chunked, sameRecord) {
			t.Errorf("chunk size %d: %d records differ from the whole-text %d", size, len(chunked), len(whole))
		}
	}
	for _, r := range whole {
		end := min(len(text), int(r.Offset)+120)
		if r.Symbol != "" && !strings.Contains(squash(text[r.Offset:end]), r.Symbol) {
			t.Errorf("offset %d does not lead to %s", r.Offset, r.Symbol)
		}
	}
}

func sameRecord(a, b record) bool {
	if (a.Date == nil) != (b.Date == nil) || a.Date != nil && *a.Date != *b.Date {
		return false
	}
	a.Date, b.Date = nil, nil
	return a == b
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// A text without line breaks or spaces is still cut on rune boundaries.
func TestCutPointRuneBoundary(t *testing.T) {
	b := []byte(strings.Repeat("ệ", 100))
	cut := cutPoint(b, 50)
	if cut <= 0 || cut > len(b) || cut%len("ệ") != 0 {
		t.Errorf("cutPoint = %d, not on a rune boundary", cut)
	}
}
