package parser_test

import (
	"iter"
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
//
// 1 from 2026-12-04, when a paragraph ending on "số" took the number under
// it across a blank line.
const roundTripMisses = 1

// roundTripOptions compare a document with the one read back from its
// rendering: repairs, citation spans and line spans point into the text
// read, which differs.
var roundTripOptions = cmp.Options{
	cmpopts.EquateComparable(directive.Symbol{}, chidao.Date{}),
	cmpopts.IgnoreFields(directive.Document{}, "Repairs"),
	cmpopts.IgnoreFields(directive.Citation{}, "Start", "End"),
	cmpopts.IgnoreFields(directive.Node{}, "First", "Last"),
}

// roundTripDocs yields the corpus documents that meet the round-trip
// precondition, by file name.
func roundTripDocs(t *testing.T) iter.Seq2[string, *directive.Document] {
	files, err := corpusTexts()
	if err != nil || len(files) < 100 {
		t.Fatalf("corpus texts: %d, %v", len(files), err)
	}
	return func(yield func(string, *directive.Document) bool) {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if d, _ := parser.Parse(string(b)); d != nil && parser.RoundTrips(d) && !yield(f, d) {
				return
			}
		}
	}
}

// TestRoundTripCorpora checks the promise made on [parser.Parse]: a
// document with a header reads back from its canonical text as the same
// document, citation spans aside (they point into the text read).
func TestRoundTripCorpora(t *testing.T) {
	checked, misses := 0, 0
	for f, d := range roundTripDocs(t) {
		checked++
		text := render.Text(d)
		back, err := parser.Parse(text)
		if err != nil {
			t.Errorf("%s: Parse(Text(d)): %v", filepath.Base(f), err)
			continue
		}
		if diff := cmp.Diff(d, back, roundTripOptions); diff != "" {
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

// htmlRoundTripMisses is how many of the documents TestRoundTripCorpora
// checks read back differently from their printable page (render.HTML)
// than they were read (2026-12-04: 23 of 79 when the HTML reader was added, most of them
// preamble items a source's line break had split, "Căn cứ Nghị định số" /
// "34/2016/NĐ-CP …", which the page printed as two paragraphs; 14 once a
// paragraph ending on "số" took the number under it).
const htmlRoundTripMisses = 14

// TestRoundTripHTML reads each document that meets the round-trip
// precondition back from the page render.HTML prints for it: the page a
// user saves from the browser reads as the document.
func TestRoundTripHTML(t *testing.T) {
	checked, misses := 0, 0
	for f, d := range roundTripDocs(t) {
		checked++
		back, err := parser.Parse(render.HTML(d))
		if back == nil {
			t.Errorf("%s: Parse(HTML(d)): %v", filepath.Base(f), err)
			continue
		}
		if !back.HasRepair(directive.RepairHTML) {
			t.Errorf("%s: the page was not read as HTML", filepath.Base(f))
		}
		if diff := cmp.Diff(d, back, roundTripOptions); diff != "" {
			misses++
			t.Logf("%s: Parse(HTML(d)) differs (-d +back):\n%s", filepath.Base(f), diff)
		}
	}
	t.Logf("HTML round trip: %d of %d documents read back the same", checked-misses, checked)
	if misses > htmlRoundTripMisses {
		t.Errorf("%d documents do not round-trip through HTML; the ceiling is %d", misses, htmlRoundTripMisses)
	}
}
