package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/width"
)

// The table reader: pure functions over lines that the body reader calls
// at a line to learn whether a table starts there. Every rendering reads
// into one directive.Table, and the rules are the same for all:
//
//   - Markup is a rendering, never content: cells lose pipes and borders
//     at their edges, "+---" runs, every "*" (emphasis and bold), pandoc's
//     backslash escapes ("\-", "\.", "\|") and "<br>" (a line break, read
//     as "\n"). A "|" inside a cell that the rendering marks as content
//     ("\|" in a pipe table, any "|" inside a grid cell) stays.
//   - A cell's lines are joined with a space; with "\n" after a line that
//     ends in "\" (pandoc's hard line break), at a blank line inside the
//     cell (a new paragraph), and before a list item ("- ", "+ ", "• ")
//     that follows a line ending in ";", ":" or ".".
//   - Merged cells (grid spans) are filled in with the merged value.
//   - The header is what the rendering marks as one; when it marks none
//     (a headerless pandoc table, an all-empty header row, TSV and
//     column-aligned text) the first row is the header: a Kế hoạch's
//     tasks table always has one, and a conversion that lost its mark
//     left it as the first row. Several header rows (a grid's spanned
//     header) are joined per column, a repeated text once.
//   - Ragged rows are padded with "" to the header's width; a row wider
//     than the header widens it with empty names, so that no cell is lost.
//   - A table needs a header and at least one row: a header alone (a
//     layout table of one row) is reported as none.
//   - A first row holding the national header or the motto ("CỘNG HÒA XÃ
//     HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG
//     SẢN VIỆT NAM") is a document's header block laid out in columns,
//     never a table.

// tableForm is the rendering a table was read from.
type tableForm uint8

const (
	tablePipe      tableForm = iota + 1 // markdown / web pipe table
	tableGrid                           // pandoc grid table
	tableSimple                         // pandoc simple table
	tableMultiline                      // pandoc multiline table
	tableTSV                            // tab-separated rows
	tableAligned                        // columns aligned with spaces (pdftotext -layout)
	tableBarePipe                       // cells parted by " | ", no outer pipes or rule
	tableStacked                        // one cell a line (a word processor's plain text)
)

// tableRead is a table read from lines: lines[Start:End] hold it, and
// Rows[k] gives the lines [first, end) that Table.Rows[k] was read from.
type tableRead struct {
	Table      directive.Table
	Form       tableForm
	Start, End int
	Rows       [][2]int
	// Skipped are the lines in [Start, End) the reader left out of the
	// cells: a page's number, the header printed again over a new page.
	// The document's accounting finds their words elsewhere or sets them
	// aside.
	Skipped []int
}

// readTable reads the table whose first line is lines[start]: the table,
// the index of the line after it and the line spans, or false when no
// table starts there. The renderings are tried from the most marked to
// the least, so that a pipe or grid table is never read as aligned text.
func readTable(lines []string, start int) (tableRead, bool) {
	if start < 0 || start >= len(lines) || !tableLine(lines[start]) || strings.TrimSpace(lines[start]) == "" {
		return tableRead{}, false
	}
	for _, read := range []func([]string, int) (tableRead, bool){readGrid, readStacked, readPipeStacked, readWrappedStacked, readPipe, readDashed, readTSV, readBarePipe, readCentred, readAligned, readTopLayout} {
		if r, ok := read(lines, start); ok {
			if r.finish() {
				return r, true
			}
			// refused: End says how far the reader looked, so that a
			// caller need not read the same block again from each line
			return tableRead{Start: r.Start, End: r.End}, false
		}
	}
	return tableRead{}, false
}

// tableLine reports a line short enough to be read as a table line: a
// longer one is running text, and the bound keeps hostile input linear.
func tableLine(s string) bool { return vntext.RunesAtMost(s, maxTableRow) }

// finish applies the rules every rendering shares: header chosen, rows
// squared, layout tables and header blocks refused.
func (r *tableRead) finish() bool {
	t := &r.Table
	if allEmpty(t.Header) && len(t.Rows) > 0 {
		t.Header, t.Rows = t.Rows[0], t.Rows[1:]
		r.Rows = r.Rows[1:]
	}
	if len(t.Rows) == 0 || len(t.Header) == 0 || isHeaderBlockRow(t.Header) {
		return false
	}
	w := len(t.Header)
	for _, row := range t.Rows {
		w = max(w, len(row))
	}
	t.Header = padRow(t.Header, w)
	for k := range t.Rows {
		t.Rows[k] = padRow(t.Rows[k], w)
	}
	return r.End > r.Start
}

func padRow(row []string, w int) []string {
	for len(row) < w {
		row = append(row, "")
	}
	return row
}

func allEmpty(row []string) bool {
	for _, c := range row {
		if c != "" {
			return false
		}
	}
	return true
}

// headerBlockBare are the phrases of a document's header block, without
// marks: a row holding one is the header laid out in columns.
var headerBlockBare = []string{"cong hoa xa hoi chu nghia", "doc lap tu do hanh phuc", "dang cong san viet nam"}

func isHeaderBlockRow(row []string) bool {
	for _, c := range row {
		b := vntext.Bare(c)
		for _, w := range headerBlockBare {
			if strings.Contains(b, w) {
				return true
			}
		}
	}
	return false
}

// taskHeaderBare are the column names of a tasks table (Kế hoạch,
// Chương trình hành động), without marks.
var taskHeaderBare = []string{"noi dung", "nhiem vu", "chu tri", "phoi hop", "thoi gian", "thoi han",
	"san pham", "co quan", "don vi", "ket qua", "ghi chu", "tien do", "hoan thanh"}

// isTaskHeader reports a row at least two of whose cells name a column of
// a tasks table ("TT", "STT", "Nội dung", "Cơ quan chủ trì" …).
func isTaskHeader(row []string) bool {
	n := 0
	for _, c := range row {
		b := vntext.Bare(c)
		hit := b == "tt" || b == "stt" || b == "so tt"
		for _, w := range taskHeaderBare {
			hit = hit || strings.Contains(b, w)
		}
		if hit {
			n++
		}
	}
	return n >= minTaskHeaderCells
}

// cleanCell joins the lines of a cell and takes its markup off.
func cleanCell(parts []string) string {
	var b strings.Builder
	prev, gap := "", false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			gap = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			switch {
			case gap, strings.HasSuffix(prev, `\`) && !strings.HasSuffix(prev, `\\`), listItemAfter(prev, p):
				b.WriteByte('\n')
			case closesUp(prev, p):
				// a symbol or a date a narrow cell cut: "25-" / "CT/TW",
				// "15/12/20" / "24"
			default:
				b.WriteByte(' ')
			}
		}
		if strings.HasSuffix(p, `\`) && !strings.HasSuffix(p, `\\`) {
			b.WriteString(p[:len(p)-1]) // a hard break, written above
		} else {
			b.WriteString(p)
		}
		prev, gap = p, false
	}
	return cleanInline(b.String())
}

// listItemAfter reports a cell line that opens a list item after a line
// that closes one: "- Sở Y tế;" / "- Sở Nội vụ".
func listItemAfter(prev, p string) bool {
	if !strings.HasSuffix(prev, ";") && !strings.HasSuffix(prev, ":") && !strings.HasSuffix(prev, ".") {
		return false
	}
	return strings.HasPrefix(p, "- ") || strings.HasPrefix(p, "+ ") || strings.HasPrefix(p, "• ") || strings.HasPrefix(p, "– ")
}

var brTags = strings.NewReplacer("<br>", "\n", "<br/>", "\n", "<br />", "\n", "<BR>", "\n", "<BR/>", "\n", "<BR />", "\n")

// cleanInline takes the markup off one cell: line breaks written as
// <br>, stars, backslash escapes, border runs, spaces and edge pipes.
func cleanInline(s string) string {
	if strings.Contains(s, "<") {
		s = brTags.Replace(s)
	}
	if strings.ContainsAny(s, `*\+`) {
		s = dropMarks(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Join(vntext.Fields(line), " ")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return strings.Trim(b.String(), "| \n")
}

// dropMarks removes every "*", every backslash before ASCII punctuation
// and every "+" that opens a run of "---" or "===". It works from the
// end, testing against what it keeps, so that a removal never leaves a
// new mark behind ("\\\-" gives "-", "++---" gives "---").
func dropMarks(s string) string {
	out := make([]byte, len(s))
	k := len(out) // out[k:] is what is kept
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		switch c {
		case '*':
			continue
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) || k < len(out) && isASCIIPunct(out[k]) {
				continue
			}
		case '+':
			if rest := out[k:]; len(rest) >= 3 && (string(rest[:3]) == "---" || string(rest[:3]) == "===") {
				continue
			}
		}
		k--
		out[k] = c
	}
	return string(out[k:])
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// ----- pipe tables

// readPipe reads a pipe table: a header row, the "|---|:---:|" rule, rows;
// or, as some web exports write it, rows fenced by pipes with no rule.
func readPipe(lines []string, start int) (tableRead, bool) {
	if !isTableRow(lines[start]) || isPipeRule(lines[start]) || start+1 >= len(lines) {
		return tableRead{}, false
	}
	head, i := pipeRow(lines, start, 0)
	if i >= len(lines) {
		return tableRead{}, false
	}
	next, _ := pipeRow(lines, i, 0)
	if !isPipeRule(next) && !(fenced(head) && fenced(next) && isTableRow(next)) {
		return tableRead{}, false
	}
	r := tableRead{Form: tablePipe, Start: start}
	r.Table.Header = pipeCells(head)
	for i < len(lines) {
		if !isTableRow(lines[i]) {
			// a page's break between rows: one or two blank lines, then
			// a row that opens with a pipe
			j := i
			for j < len(lines) && j < i+3 && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j == i || j >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[j]), "|") || !isTableRow(lines[j]) {
				break
			}
			if _, e := pipeRow(lines, j, 0); e < len(lines) && isPipeRule(lines[e]) {
				break // a table of its own: its header over its rule
			}
			i = j
		}
		row, e := pipeRow(lines, i, len(r.Table.Header))
		if !isPipeRule(row) {
			r.Table.Rows = append(r.Table.Rows, pipeCells(row))
			r.Rows = append(r.Rows, [2]int{i, e})
		}
		i = e
	}
	r.End = i
	return r, true
}

// pipeRow returns the row of a pipe table that opens at lines[i], and the
// index of the line after it. A row that opens with "|" and does not close
// with one on its line goes on to the line that does: a text's hard wrap
// broke it ("| 1 | Báo cáo tổng kết … | Các bộ, ngành," / "UBND TP Hà Nội
// … | 2022 | Chính phủ | Báo cáo |"), over a page's break, and over a
// line the wrap opened at a cell's pipe while the row has fewer cells than
// width (the header's; 0 when not known).
func pipeRow(lines []string, i, width int) (string, int) {
	t := strings.TrimSpace(lines[i])
	if !strings.HasPrefix(t, "|") {
		return lines[i], i + 1
	}
	row := t
	whole := func() bool { return strings.HasSuffix(row, "|") && (width == 0 || len(splitPipes(row)) >= width) }
	if whole() {
		return lines[i], i + 1
	}
	blanks := 0
	for j := i + 1; j < len(lines) && j <= i+maxPipeRowLines; j++ {
		u := strings.TrimSpace(lines[j])
		if u == "" {
			if blanks++; blanks > 2 {
				break
			}
			continue // a page's break inside the row
		}
		if strings.HasPrefix(u, "|") && u != "|" && (strings.HasSuffix(row, "|") || width == 0 || len(splitPipes(row)) >= width) {
			break // the next row; a pipe alone closes this one
		}
		if !tableLine(row + " " + u) {
			break
		}
		row += " " + u
		if whole() {
			return row, j + 1
		}
	}
	return lines[i], i + 1
}

// maxPipeRowLines bounds the lines a wrapped pipe row may run over.
const maxPipeRowLines = 12

// fenced reports a row that opens and closes with "|".
func fenced(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|'
}

// isPipeRule reports "|---|:---:|", "--- | ---": cells of dashes with
// optional alignment colons.
func isPipeRule(s string) bool {
	if strings.IndexByte(s, '|') < 0 || !strings.ContainsAny(s, "-—–") {
		return false
	}
	for _, c := range splitPipes(s) {
		c = strings.TrimSpace(c)
		c = strings.TrimPrefix(c, ":")
		c = strings.TrimSuffix(c, ":")
		if c == "" || strings.Trim(c, "-—–") != "" { // a PDF's typography makes the dashes long: "|—|—|"
			return false
		}
	}
	return true
}

func pipeCells(s string) []string {
	return cleanCells(splitPipes(s))
}

// splitPipes splits a row at its unescaped pipes, the edge pipes dropped.
func splitPipes(s string) []string {
	t := strings.TrimSpace(s)
	var cells []string
	from := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++ // "\|" is a pipe inside a cell
		case '|':
			cells = append(cells, t[from:i])
			from = i + 1
		}
	}
	cells = append(cells, t[from:])
	if len(cells) > 1 && strings.HasPrefix(t, "|") {
		cells = cells[1:]
	}
	if len(cells) > 1 && strings.TrimSpace(cells[len(cells)-1]) == "" && strings.HasSuffix(t, "|") {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// ----- text laid out in columns

// colLine is a line indexed by display column: off[c] is the byte offset
// where column c starts, off[len(off)-1] == len(s). A wide rune takes two
// columns (the second empty), a combining mark none.
type colLine struct {
	s   string
	off []int
}

func newColLine(s string) colLine {
	s = strings.TrimRight(s, "\r")
	off := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch w := runeWidth(r); {
		case r == '\t':
			// the tab, then empty columns to the tab stop
			off = append(off, i)
			for len(off)%tabStop != 0 {
				off = append(off, i+1)
			}
		case w == 0 && len(off) > 0:
			// a combining mark belongs to the column before
		case w == 2:
			off = append(off, i, i+n)
		default:
			off = append(off, i)
		}
		i += n
	}
	return colLine{s: s, off: append(off, len(s))}
}

func runeWidth(r rune) int {
	switch {
	case r < 0x300, r >= 0x1E00 && r <= 0x1EFF: // Latin, Vietnamese letters
		return 1
	case r <= 0x36F: // combining marks of decomposed Vietnamese
		return 0
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

func (l colLine) width() int { return len(l.off) - 1 }

// at returns the byte at column c when the column holds an ASCII
// character, ' ' for a space, a tab or past the end, else 0.
func (l colLine) at(c int) byte {
	if c < 0 {
		return 0
	}
	if c >= l.width() {
		return ' '
	}
	o, e := l.off[c], l.off[c+1]
	switch {
	case o == e: // the rest of a tab, or of a wide rune
		if o > 0 && l.s[o-1] == '\t' {
			return ' '
		}
		return 0
	case l.s[o] == '\t':
		return ' '
	case e-o == 1:
		return l.s[o]
	}
	return 0
}

// colAt returns the column that holds byte b of the line.
func (l colLine) colAt(b int) int {
	c, _ := slices.BinarySearch(l.off, b+1)
	return max(c-1, 0)
}

// cut returns the text of columns [from, to).
func (l colLine) cut(from, to int) string {
	n := l.width()
	from, to = min(max(from, 0), n), min(max(to, 0), n)
	if from >= to {
		return ""
	}
	return strings.ReplaceAll(l.s[l.off[from]:l.off[to]], "\t", " ")
}

// blank reports column c as holding nothing.
func (l colLine) blank(c int) bool { return l.at(c) == ' ' }

// ----- grid tables

// readGrid reads a pandoc grid table. Column boundaries are the "+" of
// every border line, rows are the lines with a border segment; a cell
// with no "|" between it and its neighbour, or no "---" under it, is
// merged with that neighbour, and the merged region's text fills every
// slot it covers.
func readGrid(lines []string, start int) (tableRead, bool) {
	top := newColLine(lines[start])
	left := strings.IndexByte(top.s, '+')
	if left < 0 || strings.TrimSpace(top.s[:left]) != "" {
		return tableRead{}, false
	}
	left = colOf(top, left)
	right := left
	for c := left + 1; c < top.width(); c++ {
		switch top.at(c) {
		case '+':
			right = c
		case '-', '=', ':':
		default:
			c = top.width()
		}
	}
	if right <= left+1 || !fullBorder(top, left, right) {
		return tableRead{}, false
	}
	// The block: lines fenced at both edges, to the last full border.
	block := []colLine{top}
	end := start + 1
	for i := start + 1; i < len(lines) && tableLine(lines[i]); i++ {
		l := newColLine(lines[i])
		if !isEdge(l.at(left)) || !isEdge(l.at(right)) || strings.TrimSpace(l.cut(0, left)) != "" ||
			strings.TrimSpace(l.cut(right+1, l.width())) != "" {
			break
		}
		block = append(block, l)
		if fullBorder(l, left, right) {
			if end == i {
				return tableRead{}, false // two borders with no row between
			}
			end = i + 1
		}
	}
	block = block[:end-start]
	if len(block) < 3 {
		return tableRead{}, false
	}
	// Column boundaries: every "+" of a run "+---+" (a border segment).
	isCol := make([]bool, right+1)
	for _, l := range block {
		for _, run := range ruleRuns(l, left, right) {
			for c := run[0]; c <= run[1]; c++ {
				if l.at(c) == '+' {
					isCol[c] = true
				}
			}
		}
	}
	var cols []int
	for c, ok := range isCol {
		if ok {
			cols = append(cols, c)
		}
	}
	nc := len(cols) - 1
	// Row boundaries: lines with a border under some column.
	segs := make([][]bool, len(block))
	var rowLines []int // indexes into block
	headSep := -1      // the row boundary "+===+" draws
	for y, l := range block {
		s, any, eq := borderSegs(l, cols)
		segs[y] = s
		if any {
			if eq && headSep < 0 {
				headSep = len(rowLines)
			}
			rowLines = append(rowLines, y)
		}
	}
	nr := len(rowLines) - 1
	for r := range nr {
		if rowLines[r+1] == rowLines[r]+1 {
			return tableRead{}, false // two borders with no row between
		}
	}
	// Merge slots into regions.
	id := make([]int, nr*nc)
	for k := range id {
		id[k] = k
	}
	find := func(k int) int {
		for id[k] != k {
			id[k] = id[id[k]]
			k = id[k]
		}
		return k
	}
	union := func(a, b int) { id[find(a)] = find(b) }
	for r := range nr {
		for j := range nc {
			if j+1 < nc {
				edge := true
				for y := rowLines[r] + 1; y < rowLines[r+1]; y++ {
					// "\|" is a pipe of the text across a span
					l := block[y]
					edge = edge && isEdge(l.at(cols[j+1])) && l.at(cols[j+1]-1) != '\\'
				}
				if !edge {
					union(r*nc+j, r*nc+j+1)
				}
			}
			if r+1 < nr && !segs[rowLines[r+1]][j] {
				union(r*nc+j, (r+1)*nc+j)
			}
		}
	}
	type box struct{ r0, r1, c0, c1, n int }
	boxes := map[int]*box{}
	for r := range nr {
		for j := range nc {
			root := find(r*nc + j)
			b := boxes[root]
			if b == nil {
				b = &box{r0: r, r1: r, c0: j, c1: j}
				boxes[root] = b
			}
			b.r0, b.r1, b.c0, b.c1, b.n = min(b.r0, r), max(b.r1, r), min(b.c0, j), max(b.c1, j), b.n+1
		}
	}
	text := make(map[int]string, len(boxes))
	for root, b := range boxes {
		if b.n != (b.r1-b.r0+1)*(b.c1-b.c0+1) {
			return tableRead{}, false // not a rectangle: no grid
		}
		var parts []string
		for y := rowLines[b.r0] + 1; y < rowLines[b.r1+1]; y++ {
			parts = append(parts, block[y].cut(cols[b.c0]+1, cols[b.c1+1]))
		}
		text[root] = cleanCell(parts)
	}
	r := tableRead{Form: tableGrid, Start: start, End: end}
	var head [][]string
	for row := range nr {
		cells := make([]string, nc)
		for j := range cells {
			cells[j] = text[find(row*nc+j)]
		}
		if row < headSep {
			head = append(head, cells)
			continue
		}
		r.Table.Rows = append(r.Table.Rows, cells)
		r.Rows = append(r.Rows, [2]int{start + rowLines[row] + 1, start + rowLines[row+1]})
	}
	r.Table.Header = joinHeader(head, nc)
	return r, true
}

// ruleRuns returns the [first, last] columns of the runs "+---+" of a
// line between left and right: rule characters opened and closed by "+".
func ruleRuns(l colLine, left, right int) [][2]int {
	if !hasBorder(l.s) {
		return nil
	}
	var runs [][2]int
	open, last, rule := -1, -1, false
	for c := left; c <= right; c++ {
		switch x := l.at(c); {
		case x == '+':
			if open < 0 {
				open = c
			}
			last = c
		case isRuleByte(x) && open >= 0:
			rule = true
		default:
			if open >= 0 && rule && last > open {
				runs = append(runs, [2]int{open, last})
			}
			open, last, rule = -1, -1, false
		}
	}
	if open >= 0 && rule && last > open {
		runs = append(runs, [2]int{open, last})
	}
	return runs
}

// borderSegs reports, for each column, whether the line draws a border
// under it: rule characters from "+" to "+" across the column (a span
// above may run a border across an inner boundary, "+-------+"); and
// whether it has any, and any drawn with "=".
func borderSegs(l colLine, cols []int) (segs []bool, any, eq bool) {
	segs = make([]bool, len(cols)-1)
	if !hasBorder(l.s) {
		return segs, false, false
	}
	open, rule, hasEq := -1, false, false
	for j, c := range cols {
		if open >= 0 {
			for x := cols[j-1] + 1; x < c && open >= 0; x++ {
				switch ch := l.at(x); {
				case isRuleByte(ch):
					rule, hasEq = true, hasEq || ch == '='
				default:
					open = -1
				}
			}
		}
		switch ch := l.at(c); {
		case ch == '+':
			if open >= 0 && rule {
				for k := open; k < j; k++ {
					segs[k] = true
				}
				any, eq = true, eq || hasEq
			}
			open, rule, hasEq = j, false, false
		case isRuleByte(ch) && open >= 0:
			rule, hasEq = true, hasEq || ch == '='
		default:
			open = -1
		}
	}
	return segs, any, eq
}

// hasBorder reports a line that may draw a border: most lines of a grid
// are text, and this spares the scan of them.
func hasBorder(s string) bool {
	return strings.Contains(s, "+-") || strings.Contains(s, "+=") || strings.Contains(s, "+:")
}

func isEdge(c byte) bool     { return c == '|' || c == '+' }
func isRuleByte(c byte) bool { return c == '-' || c == '=' || c == ':' }

// colOf returns the column of byte offset i.
func colOf(l colLine, i int) int {
	for c, o := range l.off {
		if o >= i {
			return c
		}
	}
	return l.width()
}

// fullBorder reports a line that is a border from left to right:
// "+-----+=====+".
func fullBorder(l colLine, left, right int) bool {
	if l.at(left) != '+' || l.at(right) != '+' || strings.TrimSpace(l.cut(right+1, l.width())) != "" {
		return false
	}
	for c := left + 1; c < right; c++ {
		if x := l.at(c); x != '+' && !isRuleByte(x) {
			return false
		}
	}
	return true
}

// joinHeader joins several header rows per column, a text repeated by a
// span once; no rows give nil (the first row becomes the header).
func joinHeader(rows [][]string, n int) []string {
	if len(rows) == 0 {
		return nil
	}
	out := make([]string, n)
	for j := range n {
		var parts []string
		for _, row := range rows {
			if c := row[j]; c != "" && (len(parts) == 0 || parts[len(parts)-1] != c) {
				parts = append(parts, c)
			}
		}
		out[j] = strings.Join(parts, " ")
	}
	return out
}

// ----- pandoc simple and multiline tables

// dashRuns returns the [start, end) columns of the dash runs of a line
// made of dashes and spaces only, or nil.
func dashRuns(l colLine) [][2]int {
	var runs [][2]int
	for c := 0; c < l.width(); c++ {
		switch l.at(c) {
		case '-':
			if n := len(runs); n > 0 && runs[n-1][1] == c {
				runs[n-1][1]++
			} else {
				runs = append(runs, [2]int{c, c + 1})
			}
		case ' ':
		default:
			return nil
		}
	}
	return runs
}

// columnRuns reports a rule that lays out columns: two or more runs of
// two or more dashes.
func columnRuns(runs [][2]int) bool {
	if len(runs) < 2 {
		return false
	}
	for _, r := range runs {
		if r[1]-r[0] < minDashRun {
			return false
		}
	}
	return true
}

// readDashed reads pandoc's tables laid out by a dashed rule: a simple
// table (header, rule, one line a row, a blank line or a rule closing
// it), a multiline table (a full rule, header lines, the column rule,
// rows parted by blank lines, a closing rule) and their headerless forms
// (the column rule first, a rule closing).
func readDashed(lines []string, start int) (tableRead, bool) {
	first := newColLine(lines[start])
	runs := dashRuns(first)
	switch {
	case len(runs) == 1 && runs[0][1]-runs[0][0] >= minOpenRule:
		// a multiline table's opening rule, then its header lines
		for i := start + 1; i < len(lines) && tableLine(lines[i]) && strings.TrimSpace(lines[i]) != ""; i++ {
			l := newColLine(lines[i])
			if cr := dashRuns(l); cr != nil {
				if !columnRuns(cr) || i == start+1 {
					return tableRead{}, false
				}
				r, ok := readDashedRows(lines, i+1, starts(cr), true, true)
				if !ok {
					return tableRead{}, false
				}
				var head []string
				for y := start + 1; y < i; y++ {
					head = append(head, lines[y])
				}
				r.Table.Header = cutGroup(head, starts(cr))
				r.Start, r.Form = start, tableMultiline
				return r, true
			}
		}
		return tableRead{}, false
	case columnRuns(runs):
		// headerless: rows until a closing rule
		r, ok := readDashedRows(lines, start+1, starts(runs), true, false)
		r.Start = start
		return r, ok
	case runs == nil && start+1 < len(lines) && tableLine(lines[start+1]):
		cr := dashRuns(newColLine(lines[start+1]))
		if !columnRuns(cr) {
			return tableRead{}, false
		}
		r, ok := readDashedRows(lines, start+2, starts(cr), false, false)
		r.Start = start
		r.Table.Header = cutGroup([]string{lines[start]}, starts(cr))
		return r, ok
	}
	return tableRead{}, false
}

func starts(runs [][2]int) []int {
	out := make([]int, len(runs))
	for k, r := range runs {
		out[k] = r[0]
	}
	out[0] = 0 // the first column takes the indent
	return out
}

// readDashedRows reads the rows under a column rule from line i. With
// closed, a dashed rule must close the table; rows are then groups of
// lines parted by blank lines when multi or when there is a blank line
// among them (a multiline table), else one line each. Without, one line
// is a row up to a blank line or a rule.
func readDashedRows(lines []string, i int, cols []int, closed, multi bool) (tableRead, bool) {
	r := tableRead{Form: tableSimple}
	end := -1
	for k := i; k < len(lines) && tableLine(lines[k]); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			if !closed {
				end = k
				break
			}
			multi = true
			continue
		}
		if dashRuns(newColLine(lines[k])) != nil {
			end = k + 1
			break
		}
	}
	if end < 0 {
		if closed {
			return tableRead{}, false
		}
		end = len(lines)
		for k := i; k < len(lines); k++ {
			if !tableLine(lines[k]) {
				end = k
				break
			}
		}
	}
	body := end
	if body > i && dashRuns(newColLine(lines[body-1])) != nil {
		body--
	}
	if multi {
		r.Form = tableMultiline
	}
	for k := i; k < body; {
		if strings.TrimSpace(lines[k]) == "" {
			k++
			continue
		}
		n := k + 1
		if multi {
			for n < body && strings.TrimSpace(lines[n]) != "" {
				n++
			}
		}
		r.Table.Rows = append(r.Table.Rows, cutGroup(lines[k:n], cols))
		r.Rows = append(r.Rows, [2]int{k, n})
		k = n
	}
	r.End = end
	return r, true
}

// cutGroup cuts lines into the columns that start at cols and joins each
// column's pieces into a cell.
func cutGroup(lines []string, cols []int) []string {
	parts := make([][]string, len(cols))
	for _, s := range lines {
		l := newColLine(s)
		for j, c := range cols {
			to := l.width()
			if j+1 < len(cols) {
				to = cols[j+1]
			}
			parts[j] = append(parts[j], l.cut(c, to))
		}
	}
	out := make([]string, len(cols))
	for j := range cols {
		out[j] = cleanCell(parts[j])
	}
	return out
}

// ----- tab-separated rows

// readTSV reads lines parted by tabs, one or more, as a word processor
// copies a table: the first is the header; a row has as many tabs, or
// fewer where cells were merged across, and half the rows are full; a
// few blank lines may part two rows (maxBareGap).
func readTSV(lines []string, start int) (tableRead, bool) {
	n := strings.Count(lines[start], "\t")
	if n == 0 {
		return tableRead{}, false
	}
	r := tableRead{Form: tableTSV, Start: start}
	split := func(s string) []string { return cleanCells(strings.Split(strings.TrimRight(s, "\r"), "\t")) }
	r.Table.Header = split(lines[start])
	full, kept, end, blanks := 0, 0, start+1, 0
	if end < len(lines) && strings.Count(lines[end], "\t") > n {
		if h, ok := withSubHeader(r.Table.Header, split(lines[end])); ok {
			r.Table.Header, n = h, len(h)-1
			end++
		}
	}
	for i := end; i < len(lines) && tableLine(lines[i]); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			// a blank line between two rows, as between every two
			// lines of a copy that made each a paragraph
			if blanks++; blanks > maxBareGap {
				break
			}
			continue
		}
		blanks = 0
		tabs := strings.Count(lines[i], "\t")
		if tabs == 0 || tabs > n {
			break
		}
		r.Table.Rows = append(r.Table.Rows, split(lines[i]))
		r.Rows = append(r.Rows, [2]int{i, i + 1})
		if tabs == n {
			// a row with fewer cells (a group's title, cells merged
			// across) stays only when a full row follows it
			full++
			kept, end = len(r.Table.Rows), i+1
		}
	}
	r.Table.Rows, r.Rows = r.Table.Rows[:kept], r.Rows[:kept]
	r.End = end
	return r, kept > 0 && 2*full >= kept
}

// ----- cells parted by " | "

// barePipe parts the cells of a row that a crawler or an export wrote
// as text: "1 | Báo cáo tổng kết … | Bộ Tư pháp | … | Báo cáo".
const barePipe = " | "

// maxBareGap is how many blank lines may part two such rows: one, or
// three when every line of the text is followed by a blank one.
const maxBareGap = 3

// readBarePipe reads rows whose cells are parted by " | ", with no outer
// pipes and no rule: a table's rows as some stores keep them, with a few
// blank lines between two rows at most (maxBareGap). The header row has
// three cells or more; a second header row under a merged cell fills the
// columns it splits (" |  |  | Đơn vị chủ trì | Đơn vị phối hợp"). A row
// may open with a blank cell (" | Lấy ý kiến …", a cell merged with the
// one above) and have fewer cells than the widest (a group's title,
// "I | GIAI ĐOẠN 1 …"); half the rows at least are as wide as the table,
// and two rows at least follow the header.
func readBarePipe(lines []string, start int) (tableRead, bool) {
	head := strings.TrimSpace(lines[start])
	n := strings.Count(head, barePipe)
	if n < 2 || strings.HasPrefix(head, "|") || strings.HasSuffix(head, "|") {
		return tableRead{}, false
	}
	cells := func(s string) []string {
		t := strings.TrimSpace(s)
		if strings.HasPrefix(t, "| ") {
			t = " " + t // a blank first cell
		}
		return cleanCells(strings.Split(t, barePipe))
	}
	r := tableRead{Form: tableBarePipe, Start: start}
	r.Table.Header = cells(head)
	width := len(r.Table.Header)
	end := start + 1
	if end < len(lines) {
		if h, ok := withSubHeader(r.Table.Header, cells(lines[end])); ok {
			r.Table.Header, width = h, len(h)
			end++
		}
	}
	full, blanks := 0, 0
	for i := end; i < len(lines) && tableLine(lines[i]); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			if blanks++; blanks > maxBareGap {
				break
			}
			continue
		}
		blanks = 0
		row := cells(t)
		if len(row) < 2 || len(row) > width || strings.HasPrefix(t, "|") && !strings.HasPrefix(t, "| ") {
			break
		}
		if len(row) == width {
			full++
		}
		r.Table.Rows = append(r.Table.Rows, row)
		r.Rows = append(r.Rows, [2]int{i, i + 1})
		end = i + 1
	}
	r.End = end
	if len(r.Table.Rows) < 2 || 2*full < len(r.Table.Rows) {
		return tableRead{}, false
	}
	// pipes in running text are rare, but a table names its columns or
	// numbers its rows
	if !isTaskHeader(r.Table.Header) {
		for _, row := range r.Table.Rows {
			if !rowNumber(row[0]) {
				return tableRead{}, false
			}
		}
	}
	return r, true
}

// withSubHeader returns the header with a second row of column names
// under its merged cells ("|  |  | Đơn vị chủ trì | Đơn vị phối hợp"):
// under a merged cell, the sub-column's name follows its group's
// ("Thực hiện Đơn vị chủ trì").
func withSubHeader(header, sub []string) ([]string, bool) {
	if len(sub) < len(header) || sub[0] != "" || !subHeader(sub) {
		return nil, false
	}
	h := padRow(slices.Clone(header), len(sub))
	for k, c := range sub {
		if c != "" {
			h[k] = strings.TrimSpace(h[k] + " " + c)
		}
	}
	return h, true
}

// subHeader reports a row of column names under merged header cells: no
// row number, no sentence.
func subHeader(row []string) bool {
	named := 0
	for _, c := range row {
		if c == "" {
			continue
		}
		if rowNumber(c) || !vntext.RunesAtMost(c, maxSubHeaderCell) || strings.ContainsAny(c, ".;") {
			return false
		}
		named++
	}
	return named > 0
}

// maxSubHeaderCell bounds a column's name in a second header row.
const maxSubHeaderCell = 40

// rowNumber reports a cell that numbers a row: "1", "2.1.", "IV", "a)".
func rowNumber(c string) bool {
	c = strings.TrimRight(strings.TrimSpace(c), ".)")
	if c == "" {
		return false
	}
	if strings.Trim(c, "0123456789.") == "" || strings.Trim(c, "IVXLivxl") == "" {
		return true
	}
	if strings.Trim(c, "IVXL0123456789.") == "" && strings.ContainsAny(c[:1], "IVXL") {
		return true // "II.1": a group under a group
	}
	r, n := utf8.DecodeRuneInString(c)
	return n == len(c) && unicode.IsLower(r)
}

// ----- columns aligned with spaces

// readAligned reads text laid out in columns, as pdftotext -layout leaves
// a table: words of a column line up, columns are parted by two or more
// spaces on every line. The columns are the gutters all the table's
// lines leave blank; a line that would close a gutter ends the table. A
// line with its first column empty continues the row above (or the
// header, before the first row). Being conservative, as a document's
// header block (issuer left, Quốc hiệu right) is laid out the same way:
// the table needs three columns or more, or a first row that names a
// tasks table's columns (isTaskHeader); a line with one chunk in the
// first column (a paragraph) ends it, and a blank line may only part two
// rows.
func readAligned(lines []string, start int) (tableRead, bool) {
	head := newColLine(lines[start])
	if len(chunks(head)) < 2 {
		return tableRead{}, false
	}
	occ := make([]bool, head.width())
	mark(occ, head)
	spans := gutterSpans(occ)
	block := []colLine{head}
	at := []int{start}
	end := start + 1
	headed := false
	for i, blanks := start+1, 0; i < len(lines) && tableLine(lines[i]); i++ {
		l := newColLine(lines[i])
		ch := chunks(l)
		if len(ch) == 0 {
			if blanks++; blanks > maxRowGap {
				break
			}
			continue
		}
		inFirst := ch[0][0] < spans[0][1]
		if inFirst && len(ch) < 2 || blanks > 0 && !inFirst {
			break
		}
		next := append([]bool(nil), occ...)
		for len(next) < l.width() {
			next = append(next, false)
		}
		mark(next, l)
		ns := gutterSpans(next)
		if len(ns) < len(spans) {
			break // the line crosses a gutter
		}
		if inFirst && !headed && len(spans) < minAlignedCols {
			// two columns make a table only under a task header: known
			// once the first row opens, not after a long run of lines
			if !isTaskHeader(blockHeader(block, spans)) {
				return tableRead{}, false
			}
			headed = true
		}
		occ, spans, blanks = next, ns, 0
		block, at = append(block, l), append(at, i)
		end = i + 1
	}
	if len(spans) < 2 || loneSentenceColumn(block, spans) {
		return tableRead{}, false
	}
	r := tableRead{Form: tableAligned, Start: start, End: end}
	var parts [][][]string // rows of cells of pieces; row 0 the header
	for k, l := range block {
		cells := make([][]string, len(spans))
		for j := range spans {
			cells[j] = []string{spanCut(l, spans, j)}
		}
		if k > 0 && strings.TrimSpace(cells[0][0]) == "" {
			last := parts[len(parts)-1]
			for j := range last {
				last[j] = append(last[j], cells[j][0])
			}
			if len(parts) > 1 {
				r.Rows[len(r.Rows)-1][1] = at[k] + 1
			}
			continue
		}
		parts = append(parts, cells)
		if k > 0 {
			r.Rows = append(r.Rows, [2]int{at[k], at[k] + 1})
		}
	}
	rows := make([][]string, len(parts))
	for k, cells := range parts {
		rows[k] = make([]string, len(cells))
		for j, p := range cells {
			rows[k][j] = cleanCell(p)
		}
	}
	r.Table.Header, r.Table.Rows = rows[0], rows[1:]
	if len(spans) < minAlignedCols && !isTaskHeader(r.Table.Header) {
		return tableRead{}, false
	}
	return r, true
}

// loneSentenceColumn reports a column that only one line of the block
// fills, with a sentence rather than a column's name: a typist's two
// spaces after a list marker and after each full stop ("6.  Xác định …
// 128/2013/TT-BTC.  Trường hợp …") leave gutters that shorter lines
// below do not cross. A table's empty column ("Ghi chú" over blank
// cells) has a name there.
func loneSentenceColumn(block []colLine, spans [][2]int) bool {
	for j := range spans {
		n, only := 0, ""
		for _, l := range block {
			if c := strings.TrimSpace(spanCut(l, spans, j)); c != "" {
				n, only = n+1, c
			}
		}
		if n == 1 && (!vntext.RunesAtMost(only, maxSubHeaderCell) || endsSentence(only)) {
			return true
		}
	}
	return false
}

// blockHeader returns the header cells of an aligned block's lines so
// far, cut by spans.
func blockHeader(block []colLine, spans [][2]int) []string {
	cells := make([][]string, len(spans))
	for _, l := range block {
		for j := range spans {
			cells[j] = append(cells[j], spanCut(l, spans, j))
		}
	}
	out := make([]string, len(cells))
	for j, p := range cells {
		out[j] = cleanCell(p)
	}
	return out
}

// spanCut returns line l's text under span j of an aligned block: the
// last span runs to the line's end.
func spanCut(l colLine, spans [][2]int, j int) string {
	to := spans[j][1]
	if j == len(spans)-1 {
		to = l.width()
	}
	return l.cut(spans[j][0], to)
}

// chunks returns the [start, end) columns of the runs of text of a line
// parted by two or more spaces.
func chunks(l colLine) [][2]int {
	var out [][2]int
	gap := minColumnGap
	for c := range l.width() {
		if l.blank(c) {
			gap++
			continue
		}
		if gap >= minColumnGap || len(out) == 0 {
			out = append(out, [2]int{c, c + 1})
		} else {
			out[len(out)-1][1] = c + 1
		}
		gap = 0
	}
	return out
}

// mark notes the columns a line's chunks cover, the single spaces between
// words included.
func mark(occ []bool, l colLine) {
	for _, ch := range chunks(l) {
		for c := ch[0]; c < ch[1]; c++ {
			occ[c] = true
		}
	}
}

// gutterSpans returns the columns of a block: runs of covered columns
// parted by two or more blank ones, each [start, start of the next).
func gutterSpans(occ []bool) [][2]int {
	var runs [][2]int
	gap := minColumnGap
	for c, ok := range occ {
		if !ok {
			gap++
			continue
		}
		if gap >= minColumnGap || len(runs) == 0 {
			runs = append(runs, [2]int{c, c + 1})
		} else {
			runs[len(runs)-1][1] = c + 1
		}
		gap = 0
	}
	for k := range runs {
		if k+1 < len(runs) {
			runs[k][1] = runs[k+1][0]
		}
	}
	if len(runs) > 0 {
		runs[0][0] = 0
	}
	return runs
}

// ----- tables that lay out a document's parts

// layoutTable is a table that lays out a document's header block, or its
// Nơi nhận and signature side by side: Rows[k] holds the cells of a row
// (a marked header row first), First[k] the index of its first line.
type layoutTable struct {
	Rows  [][]string
	First []int
	End   int
}

// readLayout reads a pandoc grid, simple or multiline table at
// lines[start] whose cells lay out the parts of a document (the national
// header, "Số", the place and date, "Nơi nhận", an authority mark); the
// parser reads its cells as lines, left column first. A table whose
// cells hold none of them is one of the body, left to readTable.
func readLayout(lines []string, start int) (layoutTable, bool) {
	if start < 0 || start >= len(lines) || !tableLine(lines[start]) {
		return layoutTable{}, false
	}
	for _, read := range []func([]string, int) (tableRead, bool){readGrid, readDashed} {
		r, ok := read(lines, start)
		if !ok {
			continue
		}
		if r.Form != tableGrid && !fitsRules(lines[start:r.End]) {
			return layoutTable{}, false // text under a rule, not columns (pdftotext -layout)
		}
		var lt layoutTable
		if !allEmpty(r.Table.Header) {
			lt.Rows, lt.First = append(lt.Rows, r.Table.Header), append(lt.First, start)
		}
		for k, row := range r.Table.Rows {
			lt.Rows, lt.First = append(lt.Rows, row), append(lt.First, r.Rows[k][0])
		}
		lt.End = r.End
		if len(lt.Rows) == 0 || len(lt.Rows[0]) > maxLayoutColumns || lt.End <= start || !layoutCells(lt.Rows) {
			return layoutTable{}, false
		}
		return lt, true
	}
	return layoutTable{}, false
}

// fitsRules reports lines whose text lies in the dash runs of their
// column rule, as pandoc writes a table, or runs on past the last one;
// text before a run or between two is laid out some other way (a header
// with short rules under its lines, as pdftotext -layout prints it).
func fitsRules(lines []string) bool {
	var runs [][2]int
	for _, s := range lines {
		if cr := dashRuns(newColLine(s)); columnRuns(cr) {
			runs = cr
			break
		}
	}
	if runs == nil {
		return false
	}
	for _, s := range lines {
		l := newColLine(s)
		if dashRuns(l) != nil {
			continue // a rule, or a blank line
		}
		k := 0
		for c := 0; c < min(l.width(), runs[len(runs)-1][1]); c++ {
			for k < len(runs) && c >= runs[k][1] {
				k++
			}
			if !l.blank(c) && (k == len(runs) || c < runs[k][0]) {
				return false
			}
		}
	}
	return true
}

// layoutCells reports rows with a cell line that only a document's
// header or tail holds.
func layoutCells(rows [][]string) bool {
	for _, row := range rows {
		for _, c := range row {
			for line := range strings.SplitSeq(c, "\n") {
				if isLayoutLine(line) {
					return true
				}
			}
		}
	}
	return false
}

// cleanCells is cleanCell of each one-line cell of a row.
func cleanCells(raw []string) []string {
	out := make([]string, len(raw))
	for k, c := range raw {
		out[k] = cleanCell([]string{c})
	}
	return out
}

// cellDateHead matches a date a cell's width cut in its year: "15/12/20".
var cellDateHead = regexp.MustCompile(`\d{1,2}/\d{1,2}/\d{1,3}$`)

// closesUp reports a cell's line that goes on the word the line above cut:
// after a symbol's dash or slash ("Chỉ thị số 25-" / "CT/TW"), or a
// year's first digits ("15/12/20" / "24").
func closesUp(prev, p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	last, n := utf8.DecodeLastRuneInString(prev)
	if last == '-' || last == '/' {
		before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-n])
		return (unicode.IsDigit(before) || unicode.IsUpper(before)) && (unicode.IsUpper(r) || unicode.IsDigit(r))
	}
	return unicode.IsDigit(r) && cellDateHead.MatchString(prev) && len(strings.Fields(p)[0]) <= 3
}
