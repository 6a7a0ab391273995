package cite

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"
)

// exact compares symbols and dates with ==, not with their Equal methods
// (Symbol.Equal ignores case).
var exact = cmpopts.EquateComparable(directive.Symbol{}, chidao.Date{})

// The linear Resolve must give what the old one (resolveRef) gave on every
// real text, composed and decomposed.
func TestResolveMatchesReference(t *testing.T) {
	var files []string
	err := filepath.WalkDir("../testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) < 100 {
		t.Fatalf("found %d texts under ../testdata: %v", len(files), err)
	}
	terms := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{string(b), norm.NFD.String(string(b))} {
			got, want := Resolve(text), resolveRef(text)
			if diff := cmp.Diff(want, got, exact); diff != "" {
				t.Errorf("%s (NFC %v): Resolve differs from the reference (-want +got):\n%s", f, isNFC(text), diff)
			}
			for _, d := range got {
				for _, m := range d.Mentions {
					if m.Term {
						terms++
					}
				}
			}
		}
	}
	// the comparison must cover the term uses the rewrite touched
	if terms == 0 {
		t.Error("no text gave a bare use of a defined term")
	}
}

// termPerLine defines the same term on each of n lines, for a different
// resolution each time, and uses it bare once per line.
func termPerLine(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Thực hiện Nghị quyết số %d/NQ-HĐND (gọi tắt là Nghị quyết); Nghị quyết giao nhiệm vụ.\n", i)
	}
	return b.String()
}

// A term defined on every line counts each use once, for the latest
// definition before it (the old Resolve counted it once per earlier
// definition: n²/2 mentions).
func TestResolveTermPerLine(t *testing.T) {
	const n = 3000
	text := termPerLine(n)
	docs := Resolve(text)
	if len(docs) != n {
		t.Fatalf("got %d documents, want %d", len(docs), n)
	}
	seen := map[int]bool{}
	uses := 0
	for i, d := range docs {
		if want := fmt.Sprintf("%d/NQ-HĐND", i+1); d.Symbol.String() != want {
			t.Fatalf("document %d is %s, want %s", i, d.Symbol, want)
		}
		line := strings.Index(text, d.Symbol.String())
		lineEnd := line + strings.IndexByte(text[line:], '\n')
		own := 0 // the bare use on the document's own line
		for _, m := range d.Mentions {
			if !m.Term {
				continue
			}
			uses++
			if seen[m.Start] {
				t.Errorf("use at %d counted twice", m.Start)
			}
			seen[m.Start] = true
			if text[m.Start:m.End] != "Nghị quyết" {
				t.Errorf("use at %d is %q", m.Start, text[m.Start:m.End])
			}
			if m.Start > line && m.Start < lineEnd {
				own++
			}
		}
		if own != 1 {
			t.Errorf("document %s has %d uses on its line, want 1", d.Symbol, own)
		}
	}
	// per line "là Nghị quyết)" and "; Nghị quyết giao", but the first
	// line's definition comes before any definition
	if want := 2*n - 1; uses != want {
		t.Errorf("got %d uses, want %d", uses, want)
	}
}
