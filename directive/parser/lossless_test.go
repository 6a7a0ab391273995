package parser_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/internal/vntext"
)

// accounted reports the input lines whose words do not reach the
// document's JSON: a field, a body node, a repair's original text. A line
// counts when, cell by cell in a table row (cells parted by "|", a tab or
// two spaces or more), each word of its key is found in some string of
// the document beside a neighbour it has in the line (a cell of one or two
// words, each word alone; the first and the last word may stand alone),
// so a line split into header parts still counts and a line whose words
// only occur apart does not.
var cellSplit = regexp.MustCompile(`\||  +|\t`)

// crBreaks is text with each carriage return that no line feed follows
// made one.
func crBreaks(text string) string {
	b := []byte(text)
	for i, c := range b {
		if c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

// otherSpaces are the spaces Parse reads as U+0020.
var otherSpaces = strings.NewReplacer("\u00a0", " ", "\u2000", " ", "\u2001", " ", "\u2002", " ", "\u2003", " ", "\u2004", " ",
	"\u2005", " ", "\u2006", " ", "\u2007", " ", "\u2008", " ", "\u2009", " ", "\u200a", " ", "\u202f", " ", "\u205f", " ", "\u3000", " ")

func accounted(text string, doc []byte) (lost []string, total int) {
	text = crBreaks(text) // Parse breaks the lines before it reads a font's codes
	if t, enc := parser.LegacyText(text); enc != "" {
		text = t // a legacy font's text: its lines as Parse read them
	}
	return accountedRead(text, doc)
}

// accountedRead is accounted for a text already read as Parse reads it
// (a legacy font's codes decoded).
func accountedRead(text string, doc []byte) (lost []string, total int) {
	// bytes that are not UTF-8 are read as U+FFFD, with a repair that says
	// so: the lines are the document's from there on
	text = strings.ToValidUTF8(text, "\uFFFD")
	// a carriage return alone breaks the line, as Parse reads it
	text = crBreaks(text)
	// and a space other than U+0020 (a page's "&nbsp;") is one: two of
	// them part a table's cells as two spaces do
	text = otherSpaces.Replace(text)
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return []string{"(document JSON: " + err.Error() + ")"}, 1
	}
	var keys []string
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case string:
			keys = append(keys, vntext.Key(strings.ReplaceAll(x, "`", "")))
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
			if m, ok := x["marker"].(string); ok && m != "" {
				// the node as a flat text prints it: "Điều 1. Ban hành …"
				label := map[any]string{"part": "Phần", "chapter": "Chương", "section": "Mục", "article": "Điều"}[x["kind"]]
				h, _ := x["heading"].(string)
				t, _ := x["text"].(string)
				keys = append(keys, vntext.Key(label+" "+m+" "+h+" "+t))
			}
		}
	}
	walk(v)
	// the words of the document's strings, alone and in pairs: a set, so
	// that a long input is checked in linear time
	seen := map[string]bool{}
	tokens := strings.Split(strings.Join(keys, " | "), " ")
	for i, w := range tokens {
		seen[w] = true
		if i+1 < len(tokens) {
			seen[w+" "+tokens[i+1]] = true
		}
	}
	has := func(ws ...string) bool { return seen[strings.Join(ws, " ")] }
	held := func(cell string) bool {
		// a backtick is markdown's code mark, which the lines drop
		// wherever it stands ("vìgõ`ễ" reads "vìgõễ"): neither side's
		// words hold one
		words := bare(strings.Fields(vntext.Key(strings.ReplaceAll(cell, "`", ""))))
		for i, w := range words {
			ok := len(words) <= 2 && has(w) ||
				i > 0 && has(words[i-1], w) || i+1 < len(words) && has(w, words[i+1]) ||
				(i == 0 || i == len(words)-1) && has(w)
			if !ok {
				return false
			}
		}
		return true
	}
	for line := range strings.Lines(text) {
		if len(strings.Fields(vntext.Key(line))) == 0 {
			continue
		}
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") {
			continue // pandoc's raw block: markup
		}
		total++
		if held(strings.ReplaceAll(line, "\t", " ")) {
			continue // the line whole (a label a tab parts, "Nơi\tnhận")
		}
		for _, cell := range cellSplit.Split(line, -1) { // a table row: cell by cell
			if !held(cell) {
				lost = append(lost, strings.TrimSpace(line))
				break
			}
		}
	}
	return lost, total
}

// TestLineAccounting checks, over every corpus text, that every non-blank
// input line ends up in the document: a field, a body node, a repair —
// and among the repairs, the set_aside lines the reader found no place
// for, whose count has a ceiling (go test -v -run TestLineAccounting
// lists them).
func TestLineAccounting(t *testing.T) {
	var names []string
	for _, g := range []string{"../testdata/*.txt", "../testdata/corpus*/*.txt", "testdata/docs/*.txt", "testdata/tables/*"} {
		m, _ := filepath.Glob(g)
		names = append(names, m...)
	}
	if len(names) < 100 {
		t.Fatalf("only %d corpus texts", len(names))
	}
	lines, lostLines, aside, docs := 0, 0, 0, 0
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
		for _, r := range d.Repairs {
			if r.Code == directive.RepairSetAside {
				aside++
				if !heldOut(name) {
					t.Logf("%s: line %d set aside: %q", filepath.Base(name), r.Line, clipS(r.Original))
				}
			}
		}
		lost, total := accounted(string(b), j)
		lines += total
		lostLines += len(lost)
		for _, l := range lost {
			if !heldOut(name) {
				t.Logf("%s: lost %q", filepath.Base(name), clipS(l))
			}
		}
	}
	t.Logf("%d documents, %d non-blank lines, %d lost, %d set aside (%.2f%%)", docs, lines, lostLines, aside, 100*float64(aside)/float64(lines))
	if lostLines > 0 {
		t.Errorf("%d lines lost", lostLines)
	}
	if aside > maxSetAside {
		t.Errorf("%d lines set aside, more than the %d of the last measure", aside, maxSetAside)
	}
}

// heldOut reports a text of a held-out set (its figures.json says so),
// whose lines the test counts but does not show.
func heldOut(name string) bool {
	b, err := os.ReadFile(filepath.Join(filepath.Dir(name), "figures.json"))
	if err != nil {
		return false
	}
	var f struct {
		HeldOut bool `json:"held_out"`
	}
	return json.Unmarshal(b, &f) == nil && f.HeldOut
}

// maxSetAside is the count of lines TestLineAccounting last found set
// aside: before the set_aside repair existed they were lost, 24 of 3760
// lines when the test was written, 10 once a repost's page above its lead
// was recorded as chrome, 8 once a line may open with the end of an
// entry wrapped from the line before, 9 with the held-out corpus8 (its
// line not looked at), 11 with corpus13 (two OCR number lines a scan left
// unreadable: "sẽ. 6 Đ5CT-ATMT : ChẾP =", "Số: Z32Ø/BTC-QLCS …"), 12 once
// a scan's scraps after "Kính gửi:" over the list ("DA ä .") are set
// aside rather than read as the recipient, 13 once the header of a
// Quyết định that lost all its diacritics reads on to its number line
// (its date "ngdy 02 thdng 10" unreadable), 14 with the held-out corpus14
// (its line not looked at), 15 once a header date line whose date cannot
// be read is set aside whole or after its place (the fuzz found one whose
// words no field held; here three held-out documents' lines, not looked
// at, whose words other fields also held), 16 with the held-out corpus27
// (its line not looked at), 17 with the held-out corpus31 (the same), 18
// once a scan's specks among a header's parts are set aside rather than
// end the header (a ")" under the issuer), 22 with the held-out corpus37
// (four lines of its scans' OCR Markdown, not looked at), 23 with the
// tuned corpus38 (a received stamp run into its issuer's column; its
// number line whose day reads "ngàyA2" is read since).
// What is left: type lines garbled by OCR, a
// title line whose words the subject holds in another order, lines glued
// without spaces, dates a scan left unreadable.
const maxSetAside = 21

// bare drops from a line's key words what the document holds in another
// form: a list or section marker ("1", "ii", "a"), the labels "số", "kính
// gửi", "nơi nhận", "v v", and the words of a date line's date ("Hà
// Nội, ngày 04 tháng 10 năm 2023", kept as 2023-10-04).
func bare(words []string) []string {
	if len(words) >= 2 && (isMarkerWord(words[1]) || strings.Trim(words[1], "0123456789") == "") &&
		slices.Contains([]string{"điều", "chương", "mục", "phần", "khoản", "điểm"}, words[0]) {
		words = words[2:] // "Điều 3", held as the node's kind and marker
	}
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
	for _, label := range [][2]string{{"v", "v"}, {"nơi", "nhận"}, {"kính", "gửi"}} { // "V/v" inside a line, a flat text's labels
		for i := 0; i+1 < len(out); i++ {
			if out[i] == label[0] && out[i+1] == label[1] {
				out = append(out[:i:i], out[i+2:]...)
				break
			}
		}
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

// TestLineAccountingDoubleSpaced holds the same over each text copied with
// a blank line after every line, which is read as double-spaced.
func TestLineAccountingDoubleSpaced(t *testing.T) {
	names, _ := filepath.Glob("../testdata/corpus*/*.txt")
	lostLines := 0
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(b), "\n", "\n\n")
		d, _ := parser.Parse(text)
		if d == nil {
			continue
		}
		j, err := d.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		lost, _ := accounted(text, j)
		lostLines += len(lost)
		for _, l := range lost {
			if !heldOut(name) {
				t.Errorf("%s double-spaced: lost %q", filepath.Base(name), clipS(l))
			}
		}
	}
	if lostLines > 0 {
		t.Errorf("%d lines lost", lostLines)
	}
}
