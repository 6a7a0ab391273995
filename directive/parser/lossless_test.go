package parser_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/internal/vntext"
)

// accounted reports the input lines whose words reach the document: a
// field, a body node, a repair's original text. A line counts when its
// key's words are covered, in order, by runs of two or more words found
// together in some string of the document (a line of one or two words
// by a single word), so a line split into header parts still counts and
// a line whose words only occur apart does not.
func accounted(text string, doc []byte) (lost []string, total int) {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return []string{"(document JSON: " + err.Error() + ")"}, 1
	}
	var keys []string
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case string:
			keys = append(keys, vntext.Key(x))
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	blob := " " + strings.Join(keys, " | ") + " "
	for line := range strings.Lines(text) {
		words := strings.Fields(vntext.Key(line))
		if len(words) == 0 {
			continue
		}
		total++
		if words = bare(words); len(words) == 0 {
			continue // a label, marker or date the document holds as a value
		}
		minRun := 2
		if len(words) <= 2 {
			minRun = 1
		}
		for i := 0; i < len(words); {
			j := i
			for j < len(words) && strings.Contains(blob, " "+strings.Join(words[i:j+1], " ")+" ") {
				j++
			}
			if j-i < minRun && !(j-i == 1 && i == len(words)-1 && i > 0) {
				lost = append(lost, strings.TrimSpace(line))
				break
			}
			i = j
		}
	}
	return lost, total
}

// TestLineAccounting measures, over every corpus text, how many non-blank
// input lines end up in the document (go test -v -run TestLineAccounting
// lists the lines lost). The issue asks for all of them; the floor holds
// today's figure.
func TestLineAccounting(t *testing.T) {
	var names []string
	for _, g := range []string{"../testdata/*.txt", "../testdata/corpus*/*.txt", "testdata/docs/*.txt", "testdata/tables/*"} {
		m, _ := filepath.Glob(g)
		names = append(names, m...)
	}
	if len(names) < 100 {
		t.Fatalf("only %d corpus texts", len(names))
	}
	lines, lostLines, docs := 0, 0, 0
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := parser.Parse(string(b))
		if d == nil {
			continue
		}
		docs++
		j, err := d.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		for i, o := range d.Obligations {
			if _, ok := directive.NodeAt(d.Body, o.Path); !ok && o.Path != directive.ClosingPath {
				t.Errorf("%s: obligations[%d].path %q leads to no node", filepath.Base(name), i, o.Path)
			}
		}
		lost, total := accounted(string(b), j)
		lines += total
		lostLines += len(lost)
		for _, l := range lost {
			t.Logf("%s: lost %q", filepath.Base(name), clipS(l))
		}
	}
	t.Logf("%d documents, %d non-blank lines, %d lost (%.2f%%)", docs, lines, lostLines, 100*float64(lostLines)/float64(lines))
	if lostLines > maxLostLines {
		t.Errorf("%d lines lost, more than the %d of the last measure", lostLines, maxLostLines)
	}
}

// maxLostLines is the figure TestLineAccounting last measured: 24 of
// 3760 lines when it was written, 10 once a repost's page above its lead
// was recorded as chrome. What is left: type lines garbled by OCR, a
// title line whose words the subject holds in another order, lines glued
// without spaces.
const maxLostLines = 10

// bare drops from a line's key words what the document holds in another
// form: a list or section marker ("1", "ii", "a"), the labels "số", "kính
// gửi", "nơi nhận", "v v", and the words of a date line's date ("Hà
// Nội, ngày 04 tháng 10 năm 2023", kept as 2023-10-04).
func bare(words []string) []string {
	for n := 0; n < 3 && len(words) > 0 && isMarkerWord(words[0]); n++ {
		words = words[1:]
	}
	for _, label := range [][]string{{"số"}, {"kính", "gửi"}, {"nơi", "nhận"}, {"v", "v"}, {"đồng", "kính", "gửi"}} {
		if len(words) >= len(label) && slices.Equal(words[:len(label)], label) {
			words = words[len(label):]
		}
	}
	out := words[:0:0]
	for i := 0; i < len(words); i++ {
		if i+5 == len(words)-1 && words[i] == "ngày" && words[i+2] == "tháng" && words[i+4] == "năm" {
			i += 5
			continue
		}
		out = append(out, words[i])
	}
	return out
}

func isMarkerWord(w string) bool {
	if len(w) <= 2 && strings.Trim(w, "0123456789") == "" {
		return true
	}
	if strings.Trim(w, "ivxl") == "" && len(w) <= 4 {
		return true
	}
	return utf8.RuneCountInString(w) == 1
}
