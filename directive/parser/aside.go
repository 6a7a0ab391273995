package parser

// Every line accounted for: after reading, each non-blank input line whose
// words reach no field, body node or repair of the document is recorded
// as a set_aside repair with the line as written, so that a reader that
// could not place a line says so instead of dropping it.

import (
	"fmt"
	"hash/maphash"
	"index/suffixarray"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// wordSets holds the words of the document's strings, alone and in
// pairs of neighbours, in one of two forms: folded (vntext.AppendFold,
// cheap, for what the reader kept as written) or by key (vntext.Key, for
// what it rewrote: tones, abbreviations, joined lines).
// The sets hold the words' hashes (wordHash), not the words: a
// document's fields hold thousands, and a collision of 64-bit hashes is
// far rarer than any misreading.
type wordSets struct {
	words func(string) []string
	one   map[uint64]struct{}
	pairs map[uint64]struct{}
}

func newWordSets(words func(string) []string) *wordSets {
	return &wordSets{words: words, one: make(map[uint64]struct{}, 256), pairs: make(map[uint64]struct{}, 512)}
}

var wordSeed = maphash.MakeSeed()

func wordHash(s string) uint64 { return maphash.String(wordSeed, s) }

// pairHash is the hash of a word after another: the order counts.
func pairHash(a, b uint64) uint64 { return (a^0x9E3779B97F4A7C15)*0xBF58476D1CE4E5B9 ^ b }

func (w *wordSets) add(s string) {
	var prev uint64
	for i, x := range w.words(s) {
		h := wordHash(x)
		w.one[h] = struct{}{}
		if i > 0 {
			w.pairs[pairHash(prev, h)] = struct{}{}
		}
		prev = h
	}
}

// covers reports whether the document holds the line's words, cell by
// cell in a table row (lineCells): each in a pair with a neighbour that the document
// holds too (a cell of one or two words, each word alone), so a line
// split into several fields counts and one whose words only occur apart
// does not. The first and the last word may stand alone: the ends of a
// line wrapped from the one before and into the next.
func (w *wordSets) covers(line string) bool {
	for _, cell := range lineCells(line) {
		if !w.coversCell(cell) {
			return false
		}
	}
	return true
}

// lineCells are the cells of a table row: the parts of a line between
// "|" and between the runs of two or more spaces that part columns.
func lineCells(line string) []string {
	var out []string
	for part := range strings.SplitSeq(line, "|") {
		for {
			i := strings.Index(part, "  ")
			if i < 0 {
				i = strings.Index(part, "\t")
			}
			if i < 0 {
				out = append(out, part)
				break
			}
			out = append(out, part[:i])
			part = strings.TrimLeft(part[i:], " \t")
		}
	}
	return out
}

func (w *wordSets) coversCell(line string) bool {
	ws := valueWords(w.words(line))
	hs := make([]uint64, len(ws))
	for i, x := range ws {
		hs[i] = wordHash(x)
	}
	has := func(a, b int) bool {
		if a == b {
			_, ok := w.one[hs[a]]
			return ok
		}
		_, ok := w.pairs[pairHash(hs[a], hs[b])]
		return ok
	}
	for i := range ws {
		ok := len(ws) <= 2 && has(i, i) ||

			i > 0 && has(i-1, i) || i+1 < len(ws) && has(i, i+1) || (i == 0 || i == len(ws)-1) && has(i, i)
		if !ok {
			return false
		}
	}
	return true
}

// printed is a node's marker and text as a flat text prints them on one
// line: "Điều 1. Ban hành …", "1. Rà soát …".
func printed(n *directive.Node) string {
	label := ""
	switch n.Kind {
	case directive.NodePart:
		label = "Phần "
	case directive.NodeChapter:
		label = "Chương "
	case directive.NodeSection:
		label = "Mục "
	case directive.NodeArticle:
		label = "Điều "
	}
	return label + n.Marker + " " + vntext.PrefixRunes(n.Heading+" "+n.Text, maxPrintedRunes)
}

// addPrinted adds the printed form of every node of ns to w.
func addPrinted(w *wordSets, ns []directive.Node) {
	for i := range ns {
		if ns[i].Marker != "" {
			w.add(printed(&ns[i]))
		}
		addPrinted(w, ns[i].Children)
	}
}

// keyWords are the words of the key of s.
func keyWords(s string) []string { return vntext.Fields(keyOf(s)) }

// setAside records the lines the document does not hold. A line of a
// body node is looked for in the node's words, in order; the others
// (header, tail, what was left out), and a body line not found so, among
// the folded words of the fields, then by key among all the document's.
func (p *docParser) setAside() {
	owner := map[int]*directive.Node{} // the innermost node of each body line
	var spans func([]directive.Node)
	spans = func(ns []directive.Node) {
		for i := range ns {
			for l := ns[i].First; l <= ns[i].Last && l > 0; l++ {
				owner[l] = &ns[i]
			}
			spans(ns[i].Children)
		}
	}
	spans(p.d.Body)
	type line struct {
		no   int
		text string
	}
	var rest []line
	seq := map[*directive.Node]*inOrder{}
	from := newVerbatimState()
	no := 0
	for text := range strings.Lines(p.text) {
		no++
		if n := owner[no]; n != nil {
			if verbatimFrom(n, text, from) {
				continue // most lines: as printed in their node's text
			}
			o := seq[n]
			if o == nil {
				o = newInOrder(n)
				seq[n] = o
			}
			if o.holds(text) {
				continue
			}
		}
		if (hasWord(text) || strings.TrimSpace(keyOf(text)) != "") && !rawBlockLine(text) { // a key keeps "&" too
			rest = append(rest, line{no, text})
		}
	}
	if len(rest) == 0 {
		return
	}
	d := reflect.ValueOf(p.d).Elem()
	fields := func(w *wordSets, all bool) {
		for i := range d.NumField() {
			switch d.Type().Field(i).Name {
			case "Sections", "Obligations":
				// the flat view and the obligations are read from Body
			case "Body", "Preamble", "Citations":
				if all {
					eachString(d.Field(i), w.add)
					if d.Type().Field(i).Name == "Body" {
						addPrinted(w, p.d.Body)
					}
				}
			case "Repairs":
				for _, r := range p.d.Repairs {
					if all || owner[r.Line] == nil {
						eachString(reflect.ValueOf(r), w.add)
					}
				}
			default:
				eachString(d.Field(i), w.add)
			}
		}
	}
	folded := newWordSets(foldWords)
	fields(folded, false)
	var keyed *wordSets
	var aside []directive.Repair
	for _, l := range rest {
		if hasWord(l.text) && strings.IndexByte(l.text, '&') < 0 && folded.covers(l.text) {
			continue // with "&" ("TT&TT", a line of marks) the words are the key's
		}
		if keyed == nil {
			keyed = newWordSets(keyWords)
			fields(keyed, true)
		}
		if !keyed.covers(l.text) {
			aside = append(aside, directive.Repair{Code: directive.RepairSetAside, Line: l.no, Original: strings.TrimSpace(l.text)})
		}
	}
	p.d.Repairs = append(p.d.Repairs, aside...)
}

// verbatimFrom reports a line whose text, its marker aside, stands as it
// is in the node's heading or text. It looks first after the node's line
// before (from): a long paragraph's lines follow each other in its text,
// and searching it whole for each line costs its length squared.
func verbatimFrom(n *directive.Node, line string, from *verbatimState) bool {
	t := strings.TrimSpace(line)
	if num, h := cutSectionMarker(t); num != "" && h != "" {
		t = h
	} else if m := itemMarkerLen(t); m > 0 {
		t = strings.TrimSpace(t[m:])
	}
	if t == "" {
		return false
	}
	if from == nil {
		return strings.Contains(n.Text, t) || strings.Contains(n.Heading, t)
	}
	at := from.at[n]
	if x := from.indexed(n); x != nil {
		// the first place at or after the cursor, as the scan below
		// finds; a line's places are looked up once and kept in order
		offs := from.places(n, x, t)
		if k, _ := slices.BinarySearch(offs, at); k < len(offs) {
			from.at[n] = offs[k] + len(t)
			return true
		}
		return len(offs) > 0 || strings.Contains(n.Heading, t)
	}
	if i := strings.Index(n.Text[at:], t); i >= 0 {
		from.at[n] = at + i + len(t)
		return true
	}
	from.misses[n]++
	return strings.Contains(n.Text, t) || strings.Contains(n.Heading, t)
}

// verbatimState is where each node's last verbatim line ended in its
// text, and for a long text whose lines are looked for out of order
// again and again (a table's cells, read by column), an index of it.
type verbatimState struct {
	at     map[*directive.Node]int
	misses map[*directive.Node]int
	index  map[*directive.Node]*suffixarray.Index
	// offs holds, for an indexed node, the sorted places of each line
	// looked up in it: a short line ("x", "1") stands in many places,
	// and finding them at each of its lines costs the text's length
	offs map[*directive.Node]map[string][]int
}

func newVerbatimState() *verbatimState {
	return &verbatimState{at: map[*directive.Node]int{}, misses: map[*directive.Node]int{}, index: map[*directive.Node]*suffixarray.Index{},
		offs: map[*directive.Node]map[string][]int{}}
}

// places returns where t stands in n's indexed text, in order.
func (v *verbatimState) places(n *directive.Node, x *suffixarray.Index, t string) []int {
	m := v.offs[n]
	if m == nil {
		m = map[string][]int{}
		v.offs[n] = m
	}
	o, ok := m[t]
	if !ok {
		o = x.Lookup([]byte(t), -1)
		slices.Sort(o)
		m[t] = o
	}
	return o
}

// indexed returns n's index, made once its long text has been scanned
// through in vain so often that an index costs less; else nil.
func (v *verbatimState) indexed(n *directive.Node) *suffixarray.Index {
	x := v.index[n]
	if x == nil && len(n.Text) >= minIndexedText && v.misses[n] > maxTextScans {
		x = suffixarray.New([]byte(n.Text))
		v.index[n] = x
	}
	return x
}

// A node's text of minIndexedText bytes or more is indexed once it has
// been scanned maxTextScans times for lines out of order.
const (
	minIndexedText = 16 << 10
	maxTextScans   = 8
)

// inOrder finds a node's lines in its words, each after the one before:
// the words folded (vntext.AppendFold), so a line as written and the
// node's text read from it compare without the cost of a key.
type inOrder struct {
	words  []string
	cursor int
}

func newInOrder(n *directive.Node) *inOrder {
	o := &inOrder{}
	add := func(s string) { o.words = append(o.words, foldWords(s)...) }
	add(n.Marker)
	add(n.Heading)
	add(n.Text)
	if n.Table != nil {
		for _, h := range n.Table.Header {
			add(h)
		}
		for _, r := range n.Table.Rows {
			for _, c := range r {
				add(c)
			}
		}
	}
	return o
}

// maxSkipWords bounds how far past the last line found a line may start
// in its node: further, the line is looked for by key.
const maxSkipWords = 64

// holds reports whether the words of line follow in the node, its
// leading marker words ("Điều 3", "a", "1") allowed to be missing.
func (o *inOrder) holds(line string) bool {
	lw := foldWords(line)
	if len(lw) == 0 {
		return true
	}
	for drop := 0; drop <= 2 && drop < len(lw); drop++ {
		if drop > 0 && !markerWord(lw[drop-1]) && !kindWord(lw[drop-1]) {
			break
		}
		ws := lw[drop:]
		for at := o.cursor; at+len(ws) <= len(o.words) && at <= o.cursor+maxSkipWords; at++ {
			if o.words[at] == ws[0] && slices.Equal(o.words[at:at+len(ws)], ws) {
				o.cursor = at + len(ws)
				return true
			}
		}
	}
	return false
}

// hasWord reports a word rune in s.
func hasWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if vntext.WordLenAt(s, i) > 0 {
			return true
		}
	}
	return false
}

// foldWords are the runs of word runes of s, folded.
func foldWords(s string) []string {
	f := string(vntext.AppendFold(make([]byte, 0, len(s)), s))
	out := make([]string, 0, len(f)/5+1)
	for i := 0; i < len(f); {
		if vntext.WordLenAt(f, i) == 0 {
			_, n := utf8.DecodeRuneInString(f[i:])
			i += n
			continue
		}
		e := vntext.WordEnd(f, i)
		out = append(out, f[i:e])
		i = e
	}
	return out
}

// eachString calls f with every string the value holds, and with the
// text of its typed values (a symbol, a type, a date).
func eachString(v reflect.Value, f func(string)) {
	if v.Kind() != reflect.String && v.CanInterface() && !hasExported(v) {
		switch x := v.Interface().(type) {
		case interface{ Label() string }: // a type as printed: "Kế hoạch"
			f(x.Label())
		case fmt.Stringer:
			f(x.String())
		}
	}
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			f(v.String())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachString(v.Field(i), f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachString(v.Index(i), f)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), f)
		}
	}
}

// hasExported reports a struct with exported fields, whose strings are
// read one by one rather than through its String method.
func hasExported(v reflect.Value) bool {
	if v.Kind() != reflect.Struct {
		return false
	}
	for i := range v.NumField() {
		if v.Type().Field(i).IsExported() {
			return true
		}
	}
	return false
}

// valueWords are a line's words without those the document holds as
// values or labels, not as text: list markers ("Điều 3", "a", "1"), "Số",
// "Kính gửi", "Nơi nhận", "V/v", and a closing date "ngày … tháng …
// năm …".
func valueWords(words []string) []string {
	if len(words) >= 2 && (markerWord(words[1]) || vntext.AllDigits(words[1])) && kindWord(words[0]) {
		words = words[2:] // held as the node's kind and marker
	}
	for n := 0; n < 3 && len(words) > 0 && markerWord(words[0]); n++ {
		words = words[1:]
	}
	for _, label := range [][]string{{"số"}, {"kính", "gửi"}, {"nơi", "nhận"}, {"v", "v"}, {"đồng", "kính", "gửi"}} {
		if len(words) >= len(label) && slices.Equal(words[:len(label)], label) {
			words = words[len(label):]
		}
	}
	if n := len(words); n >= 6 && words[n-6] == "ngày" && words[n-4] == "tháng" && words[n-2] == "năm" {
		words = words[:n-6]
	}
	// "V/v" inside a line: "Số: 19046/BTC-TCHQ V/v hướng dẫn …"; "Nơi
	// nhận" and "Kính gửi" inside a flat text's line
	for _, label := range [][2]string{{"v", "v"}, {"nơi", "nhận"}, {"kính", "gửi"}} {
		for i := 0; i+1 < len(words); i++ {
			if words[i] == label[0] && words[i+1] == label[1] {
				words = append(words[:i:i], words[i+2:]...)
				break
			}
		}
	}
	return words
}

// kindWord is the word of a part's or an article's kind.
func kindWord(w string) bool {
	switch w {
	case "điều", "chương", "mục", "phần", "khoản", "điểm":
		return true
	}
	return false
}

// markerWord is a list marker's word: a number of up to two digits, a
// Roman numeral, a single letter.
func markerWord(w string) bool {
	if len(w) <= 2 && strings.Trim(w, "0123456789") == "" {
		return true
	}
	if strings.Trim(w, "ivxl") == "" && len(w) <= 4 {
		return true
	}
	return utf8.RuneCountInString(w) == 1
}
