package parser_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// htmlFloors are the least the HTML pages of the gold sets must give, per
// kind of set (false: tuned, true: held out): header fields right (of 12
// per document) and obligations matched, one below the figures of
// 2026-12-04 (fourteenth session). First measured when the HTML reader
// was added, before any change for the pages: tuned 13 pages, header 153
// of 156 (the same documents' texts: 152), obligations gold 68, found 80,
// matched 64 (texts the same); held out 11 pages, header 128 of 132
// (texts 122), obligations gold 71, found 63, matched 52 (texts the same).
var htmlFloors = map[bool]struct{ header, matched int }{
	false: {152, 63},
	true:  {127, 51},
}

// TestHTMLRenderings parses the web pages the gold sets keep in src/ for
// their documents (LibreOffice's and pandoc's HTML, a page written by
// hand) and measures them against the same gold as the documents' texts,
// side by side with the texts. Held-out sets show totals only.
func TestHTMLRenderings(t *testing.T) {
	pages, _ := filepath.Glob("../testdata/corpus*/src/*.html")
	type tally struct {
		docs, header, textHeader int
		c, text                  obligationCounts
	}
	tallies := map[bool]*tally{false: {}, true: {}}
	for _, page := range pages {
		dir := filepath.Dir(filepath.Dir(page))
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		gb, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			continue // a page kept as a source of another rendering only
		}
		var gold struct {
			goldHeader
			Obligations []goldObligation `json:"obligations"`
		}
		if err := json.Unmarshal(gb, &gold); err != nil {
			t.Fatal(err)
		}
		hb, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		tb, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		held := heldOut(filepath.Join(dir, name+".txt"))
		tl := tallies[held]
		tl.docs++
		var log strings.Builder
		hh, _ := parsedHeader(t, string(hb))
		th, _ := parsedHeader(t, string(tb))
		for _, f := range corpusFields {
			if ok, g, w := fieldsEqual(f, hh, gold.goldHeader); ok {
				tl.header++
			} else {
				fmt.Fprintf(&log, "  %s: %s: got %q, want %q\n", name, f, g, w)
			}
			if ok, _, _ := fieldsEqual(f, th, gold.goldHeader); ok {
				tl.textHeader++
			}
		}
		d, _ := parser.Parse(string(hb))
		if d != nil && !d.HasRepair(directive.RepairHTML) {
			t.Errorf("%s: no html repair", name)
		}
		if d != nil {
			// every line of the page's text ends up in the document
			j, err := d.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if lost, _ := accounted(parser.HTMLText(string(hb)), j); len(lost) > 0 {
				t.Errorf("%s: %d lines of the page lost", name, len(lost))
			}
		}
		tl.c.add(d, name, gold.Obligations, &log)
		dt, _ := parser.Parse(string(tb))
		var quiet strings.Builder
		tl.text.add(dt, name, gold.Obligations, &quiet)
		if !held {
			t.Logf("%s", log.String())
		}
	}
	for _, held := range []bool{false, true} {
		tl := tallies[held]
		what := "tuned"
		if held {
			what = "held out"
		}
		t.Logf("%s: %d pages; header %d of %d (texts %d); obligations gold %d, found %d, matched %d, addressees %d, due %d (texts: found %d, matched %d, addressees %d, due %d)",
			what, tl.docs, tl.header, tl.docs*len(corpusFields), tl.textHeader, tl.c.Gold, tl.c.Found, tl.c.Matched, tl.c.Addressees, tl.c.Due,
			tl.text.Found, tl.text.Matched, tl.text.Addressees, tl.text.Due)
		fl := htmlFloors[held]
		if tl.header < fl.header || tl.c.Matched < fl.matched {
			t.Errorf("%s: header %d, matched %d: below the floors %d, %d", what, tl.header, tl.c.Matched, fl.header, fl.matched)
		}
	}
}
