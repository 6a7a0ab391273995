package parser_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// roundTripMisses is how many corpus documents that meet Parse's round-trip
// precondition still read back differently from their canonical text. At
// the first count (4 of 83) the misses were: two citations whose issuer or
// subject reads differently in the canonical text than across the
// source's line breaks, a subject in the citation of a truncated text, and
// a page whose chrome repeats the Party's name and ends up in the national
// header. Lowering it is progress; a rise is a regression.
const roundTripMisses = 4

// TestRoundTripCorpora checks the promise made on [parser.Parse]: a
// document with a header reads back from its canonical text as the same
// document, citation spans aside (they point into the text read).
func TestRoundTripCorpora(t *testing.T) {
	files, err := corpusTexts()
	if err != nil || len(files) < 100 {
		t.Fatalf("corpus texts: %d, %v", len(files), err)
	}
	opts := cmp.Options{
		cmpopts.EquateComparable(directive.Symbol{}, chidao.Date{}),
		cmpopts.IgnoreFields(directive.Document{}, "Repairs"),
		cmpopts.IgnoreFields(directive.Citation{}, "Start", "End"),
		cmpopts.IgnoreFields(directive.Node{}, "First", "Last"),
	}
	checked, misses := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := parser.Parse(string(b))
		if d == nil || !parser.RoundTrips(d) {
			continue
		}
		checked++
		text := render.Text(d)
		back, err := parser.Parse(text)
		if err != nil {
			t.Errorf("%s: Parse(Text(d)): %v", filepath.Base(f), err)
			continue
		}
		if diff := cmp.Diff(d, back, opts); diff != "" {
			misses++
			t.Logf("%s: Parse(Text(d)) differs (-d +back):\n%s", filepath.Base(f), diff)
		}
		if again := render.Text(back); again != text {
			t.Errorf("%s: Text is not a fixed point", filepath.Base(f))
		}
	}
	t.Logf("round trip: %d of %d documents with a header read back the same", checked-misses, checked)
	// 80 until corpus13's 8388 read its place beside a date left blank: a
	// place without its date is a blank form, outside the precondition
	if checked < 79 {
		t.Errorf("only %d corpus documents meet the precondition; want at least 79", checked)
	}
	if misses > roundTripMisses {
		t.Errorf("%d documents do not round-trip; the floor is %d", misses, roundTripMisses)
	}
}

// corpusTexts lists the texts of the first four gold sets; corpus5, the
// complete documents of issue 8, is measured on its own.
func corpusTexts() ([]string, error) {
	a, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil {
		return nil, err
	}
	b, err := filepath.Glob("../testdata/corpus[234]/*.txt")
	return append(a, b...), err
}
