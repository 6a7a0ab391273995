package parser

// A table whose cells a word processor centres vertically comes out of
// pdftotext -layout with each row's number on the row's middle line, the
// cells' lines above and below it, the columns' words where the cell
// centres them, and rows that follow one another with no blank line:
//
//	                                             Cơ quan, tổ chức   Thời hạn
//	TT               Nhiệm vụ cụ thể
//	                                               đảng chủ trì    thực hiện
//	     Tổ chức nghiên cứu, học tập, quán triệt …
//	     thực hiện Kết luận số 75-KL/TW …             Các cấp ủy, tổ   Trước ngày
//	1    toàn thể cán bộ, đảng viên …
//	                                                   chức đảng     15/10/2026
//	     lao động và các tầng lớp Nhân dân …
//
// readAligned reads a row from the line its number opens; here the lines
// above the number are the row's too. readCentred takes the columns from
// the header's words, the content column's cells from where each task's
// text opens, and gives each other column's words to the row whose
// number is nearest.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

const (
	maxCentredHead   = 7 // lines of a centred table's header
	maxCentredIndent = 6 // where a row's number may start
	maxCentredBlanks = 5 // blank lines inside the table: a page's break
	minCentredCols   = 3 // the number's column, the content's and one more
	// maxCentredLines bounds the lines a centred table is read over, so
	// that a reader that fails costs no more than that: input stays linear
	maxCentredLines = 2000
	// maxRowLines bounds the lines between two rows' numbers (a row's
	// cells run over fewer), half of it those before the first row's
	// number: longer, and the lines are no table's
	maxRowLines = 60
	// minCentredHeadIndent is the least indent of a header's words over
	// a column right of the first: "Thời hạn" centred in its cell
	minCentredHeadIndent = 8
)

// centredMarker matches a row's number: "1", "12", "I", "II.1", "a)".
var centredMarker = regexp.MustCompile(`^(?:\d{1,3}|[IVXL]{1,5}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}|[a-zđ]\))\.?$`)

// centredHeadAhead reports a "TT"/"STT" line among the lines from i on
// within a header's reach: the cheap test before readCentred. A narrow
// number column breaks "TT" over two lines ("T Nội dung công" / "T việc").
func centredHeadAhead(lines []string, i int) (int, bool) {
	for j := i; j < len(lines) && j < i+maxCentredHead; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || rowMarker(lines[j]) != "" {
			return 0, false // a row's number above the "TT" line: no header's
		}
		if indentOf(lines[j]) <= maxCentredIndent && numberHead(t) != "" && len(chunks(newColLine(lines[j]))) >= 2 {
			return j, true
		}
	}
	return 0, false
}

// centredCol is a column of a centred table: its header words' span.
type centredCol struct {
	from, to int
	words    []string
}

func (c centredCol) centre() int { return (c.from + c.to) / 2 }

// centredPiece is a run of a column's words on one line.
type centredPiece struct {
	line, col int
	from, to  int // the words' columns on the line
	text      string
	upper     bool // opens with a capital letter
}

// readCentred reads a centred table whose header opens at lines[start].
func readCentred(lines []string, start int) (tableRead, bool) {
	return readLayoutTable(lines, start, false)
}

// readTopLayout reads the same layout with each row's cells printed from
// its number's line down, where readAligned finds no clean gutters: a
// narrow table's columns one space apart ("2 Tổ chức hội nghị Sở Văn
// hóa"), its "TT" broken over two lines.
func readTopLayout(lines []string, start int) (tableRead, bool) {
	return readLayoutTable(lines, start, true)
}

// readLayoutTable reads a tasks table pdftotext -layout printed, its rows
// centred on their numbers or, with top, printed from them down.
func readLayoutTable(lines []string, start int, top bool) (tableRead, bool) {
	tt, ok := centredHeadAhead(lines, start)
	if !ok {
		return tableRead{}, false
	}
	// the header: lines[start:body], the "TT" line among them, and the
	// lines after it that go on its cells, up to the first row's
	var cols []centredCol
	addLine := func(i int) {
		l := newColLine(lines[i])
		for _, ch := range chunks(l) {
			text := strings.TrimSpace(l.cut(ch[0], ch[1]))
			if w := numberHead(text); w != "" && ch[0] <= maxCentredIndent {
				// "T Nội dung công": the number's header and the content's,
				// one space apart in a narrow column
				n := utf8.RuneCountInString(w)
				cols = addHeadChunk(cols, [2]int{ch[0], ch[0] + n}, w)
				ch[0] += n + 1
				text = strings.TrimSpace(text[len(w):])
			}
			cols = addHeadChunk(cols, ch, text)
		}
	}
	for i := start; i <= tt; i++ {
		addLine(i)
	}
	body := tt + 1
	for body < len(lines) && body < start+maxCentredHead && strings.TrimSpace(lines[body]) != "" &&
		(indentOf(lines[body]) > maxCentredIndent && headCont(lines[body], cols) || numberHead(strings.TrimSpace(lines[body])) != "" && rowMarker(lines[body]) == "") {
		addLine(body) // a header's words centred in their cells; a row opens at the margin
		body++
	}
	if body >= len(lines) || body >= start+maxCentredHead+1 {
		return tableRead{}, false
	}
	slices.SortFunc(cols, func(a, b centredCol) int { return a.from - b.from })
	if len(cols) < minCentredCols || cols[0].from > maxCentredIndent {
		return tableRead{}, false
	}
	header := make([]string, len(cols))
	for k, c := range cols {
		header[k] = cleanCell(c.words)
		if strings.Trim(header[k], "T ") == "" {
			header[k] = "TT" // "T" over "T"
		}
	}
	if !isTaskHeader(header) && len(cols) < minAlignedCols+1 {
		return tableRead{}, false
	}
	// the content column ends halfway to the next column's words
	contentEnd := (cols[1].to + cols[2].from) / 2
	taskCols, _ := tasksColumns(&directive.Table{Header: header})
	timeCol := taskCols.due
	personCol := slices.IndexFunc(header, func(h string) bool {
		k := keyOf(h)
		return strings.Contains(k, "cá nhân") || strings.Contains(k, "lãnh đạo") || strings.Contains(k, "người ")
	})
	headWords := map[string]bool{}
	for _, c := range cols {
		for _, w := range c.words {
			headWords[w] = true
		}
	}
	type bodyLine struct {
		i      int
		l      colLine
		ch     [][2]int
		marker string
	}
	var (
		markers []int // lines of the rows' numbers
		skipped []int
		groups  []bool
		pieces  []centredPiece
		read    []bodyLine
		end     = body
	)
	for i, blanks := body, 0; i < len(lines) && i < body+maxCentredLines && tableLine(lines[i]); i++ {
		if len(markers) > 0 && i-markers[len(markers)-1] > maxRowLines || len(markers) == 0 && i-body > maxRowLines/2 {
			break // no row's number for longer than a row runs: not a table's body
		}
		t := strings.TrimSpace(lines[i])
		if t == "" {
			if blanks++; blanks > maxCentredBlanks {
				break
			}
			continue
		}
		if pageNumber(lines[i], t) && (i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || strings.HasPrefix(lines[i+1], "\f")) {
			skipped = append(skipped, i) // a page's number, the page's break after it
			continue
		}
		l := newColLine(lines[i])
		ch := chunks(l)
		if slices.IndexFunc(ch, func(c [2]int) bool { return !headWords[strings.TrimSpace(l.cut(c[0], c[1]))] }) < 0 {
			skipped = append(skipped, i) // the header again, over a new page
			continue
		}
		m := rowMarker(lines[i])
		if m != "" && sectionAfter(t, m) {
			break
		}
		if m == "" && ch[0][0] <= cols[1].to && ch[0][1] > cols[len(cols)-1].from {
			break // running text across the columns: the table has ended
		}
		if m == "" && (blanks > 0 && len(markers) == 0 || endsCentred(t)) {
			break
		}
		blanks = 0
		if m != "" {
			first := strings.TrimSpace(l.cut(ch[0][0], ch[0][1]))
			if rest := strings.TrimSpace(strings.TrimPrefix(first, m)); rest == "" {
				ch = ch[1:]
			} else {
				// the number and the text after it, parted by a space or
				// more: the column that holds the text's first byte (a
				// mark belongs to the column before it)
				ch[0][0] = l.colAt(l.off[ch[0][0]] + len(first) - len(rest))
			}
			// a group's title: a Roman number, its title the line's only words
			group := strings.ContainsAny(m[:1], "IVXL") && len(ch) == 1
			if !group && !slices.Contains(groups, false) {
				// the first row's number: a table printed from the top of
				// its cells opens its first row on that line, a centred one
				// above it; the other reader's table, decided here
				if (firstBodyLine(lines, body, slices.Concat(markers, []int{i}), slices.Concat(groups, []bool{false}), len(markers)) == i) != top {
					return tableRead{}, false
				}
			}
			markers, groups = append(markers, i), append(groups, group)
		}
		read = append(read, bodyLine{i, l, ch, m})
		end = i + 1
	}
	if len(markers) < 2 {
		return tableRead{}, false
	}
	// runs a narrow layout closed up across a column's edge, cut there
	// (the edges confirmed by the body's lines, once the rows are known to
	// be this reader's)
	if edges := confirmedEdges(lines, body, cols); len(edges) > 0 {
		for k := range read {
			read[k].ch = splitAtEdges(read[k].l, read[k].ch, edges)
		}
	}
	// the other columns' words: where the lines leave a gutter between
	// them, and which header's words each run lies under
	var spans [][2]int
	for _, b := range read {
		for k, c := range b.ch {
			if k > 0 || c[0] >= contentEnd {
				spans = append(spans, c)
			}
		}
	}
	regions := columnRegions(spans, len(read), cols)
	for _, b := range read {
		i, l := b.i, b.l
		for k, c := range b.ch {
			text := strings.TrimSpace(l.cut(c[0], c[1]))
			if text == "" {
				continue
			}
			col := 1
			if k > 0 || c[0] >= contentEnd {
				col = regionCol(regions, cols, c)
				if last := len(cols) - 1; col < last && (c[1] > cols[last].from-minAlignedGap || timeCol == last) {
					// the time a closed-up gap ran onto the columns before
					// it: a body's or a person's cell never ends with a year
					if m := dueTail.FindStringSubmatchIndex(text); m != nil {
						pieces = append(pieces, newPiece(i, last, c, text[m[2]:]))
						text = strings.TrimSpace(text[:m[0]])
					}
				}
				if k := splitClosedGap(text); k > 0 && col+1 < len(cols) && hasFoldPrefix(text[k:], "đồng chí ") {
					pieces = append(pieces, newPiece(i, col, c, strings.TrimSpace(text[:k])))
					text, col = text[k:], col+1
				}
			} else if c[1] > cols[2].from {
				// a gap pdftotext closed up: "… cấp tỉnh giai Đảng ủy UBND"
				if k := splitClosedGap(text); k > 0 {
					pieces = append(pieces, newPiece(i, 1, c, text[:k]))
					text, col = strings.TrimSpace(text[k:]), 2
				}
			}
			if col >= 2 {
				col = followCol(pieces, i, c, text, col, personCol)
			}
			pieces = append(pieces, newPiece(i, col, c, text))
		}
	}
	if len(markers) < 2 {
		return tableRead{}, false
	}
	// a table whose first row opens on its number's line is laid out
	// from the top of each cell: readAligned's, or with top this reader's
	k := slices.Index(groups, false)
	if k < 0 || (firstBodyLine(lines, body, markers, groups, k) == markers[k]) != top {
		return tableRead{}, false
	}
	var rows [][][]string
	if top {
		rows = topRows(pieces, markers, len(cols))
	} else {
		var above int
		if rows, above = centredRows(pieces, markers, groups, len(cols)); above == 0 {
			return tableRead{}, false // each row opens on its number's line: readAligned's
		}
	}
	r := tableRead{Form: tableAligned, Start: start, End: end}
	for _, k := range skipped {
		if k < end {
			r.Skipped = append(r.Skipped, k)
		}
	}
	r.Table.Header = header
	for k, cells := range rows {
		row := make([]string, len(cols))
		row[0] = strings.TrimSuffix(rowMarker(lines[markers[k]]), ".")
		for j := 1; j < len(cols); j++ {
			row[j] = cleanCell(cells[j])
		}
		r.Table.Rows = append(r.Table.Rows, row)
		r.Rows = append(r.Rows, [2]int{markers[k], markers[k] + 1})
	}
	return r, true
}

// addHeadChunk adds a header's words to the column whose span they
// overlap, or as a column of their own.
func addHeadChunk(cols []centredCol, ch [2]int, text string) []centredCol {
	for k := range cols {
		if ch[0] < cols[k].to+1 && ch[1] > cols[k].from-1 {
			cols[k].from, cols[k].to = min(cols[k].from, ch[0]), max(cols[k].to, ch[1])
			cols[k].words = append(cols[k].words, text)
			return cols
		}
	}
	return append(cols, centredCol{from: ch[0], to: ch[1], words: []string{text}})
}

// nearestCol returns the column (beyond the content's) whose header's
// centre is nearest the words' centre.
func nearestCol(cols []centredCol, ch [2]int) int {
	mid, best := (ch[0]+ch[1])/2, 2
	for k := 2; k < len(cols); k++ {
		if abs(cols[k].centre()-mid) < abs(cols[best].centre()-mid) {
			best = k
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func newPiece(line, col int, span [2]int, text string) centredPiece {
	r, _ := utf8.DecodeRuneInString(text)
	return centredPiece{line: line, col: col, from: span[0], to: span[1], text: text, upper: unicode.IsUpper(r) || unicode.IsDigit(r)}
}

// rowMarker returns the row's number that opens a line within the number
// column, or "".
func rowMarker(line string) string {
	if indentOf(line) > maxCentredIndent {
		return ""
	}
	t := strings.TrimSpace(line)
	w, _, _ := strings.Cut(t, " ")
	if w == "" || len(w) > 8 || !strings.ContainsRune("0123456789IVXLabcdefghiklmnopqrstuvxyđ", rune(w[0])) && !strings.HasPrefix(w, "đ") {
		return "" // most lines: no number opens them
	}
	if centredMarker.MatchString(w) {
		return w
	}
	return ""
}

// endsCentred reports a line after a table: its note, the next annex,
// the signature.
func endsCentred(t string) bool {
	return strings.HasPrefix(t, "(*)") || hasFoldPrefix(t, "ghi chú") || hasFoldPrefix(t, "phụ lục") || hasFoldPrefix(t, "nơi nhận") ||
		signMarkLen(t) > 0
}

// splitClosedGap returns where the words of the next column open in a
// run the layout closed up to one space, or 0: a body's name after a
// content line's words ("… cấp tỉnh giai Đảng ủy UBND"), a person after
// a body ("Đảng ủy HĐND Đồng chí Phan Trung Bá -").
func splitClosedGap(text string) int {
	for k := strings.IndexByte(text, ' '); k > 0; {
		r, _ := utf8.DecodeRuneInString(text[k+1:])
		prev, _ := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsUpper(r) && (unicode.IsLower(prev) && lexiconBodyWord(text[k+1:]) || hasFoldPrefix(text[k+1:], "đồng chí ")) {
			return k + 1
		}
		next := strings.IndexByte(text[k+1:], ' ')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return 0
}

// dueTail matches the time a closed-up gap ran onto another column's
// words: "Tỉnh ủy viên, Phó Chủ 2029 - 2030".
var dueTail = regexp.MustCompile(`\s(\d{4}\s*[-–]\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4})$`)

// lexiconBodyWord reports words that open a body's name: "Đảng ủy",
// "Sở …", "Ủy ban …", "UBND …".
func lexiconBodyWord(s string) bool {
	k := vntext.Key(s)
	for _, w := range []string{"đảng ủy", "sở ", "ủy ban", "ubnd", "ban ", "bộ ", "cục ", "các sở", "các cơ quan", "công an", "hđnd", "mặt trận"} {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// centredRows gives each row its cells' pieces: the content column's by
// where each row's text opens, the others' by the nearest row number.
func centredRows(pieces []centredPiece, markers []int, groups []bool, ncols int) (rows [][][]string, above int) {
	rows = make([][][]string, len(markers))
	for k := range rows {
		rows[k] = make([][]string, ncols)
	}
	// the content column: the line each row's text opens, between the
	// number above and its own
	var content []centredPiece
	for _, p := range pieces {
		if p.col == 1 {
			content = append(content, p)
		}
	}
	opens := make([]int, len(markers)) // index into content
	for k := range markers {
		opens[k] = -1
	}
	for k, m := range markers {
		lo := -1
		if k > 0 {
			lo = markers[k-1]
		}
		switch {
		case groups[k]:
			opens[k] = slices.IndexFunc(content, func(p centredPiece) bool { return p.line >= m })
		case k > 0 && groups[k-1]:
			opens[k] = slices.IndexFunc(content, func(p centredPiece) bool { return p.line > lo })
		default:
			opens[k] = rowOpens(content, lo, m)
		}
	}
	if first := slices.IndexFunc(opens, func(o int) bool { return o >= 0 }); first < 0 {
		opens[0] = 0 // no row's text found: all of it the first row's
	} else {
		opens[first] = 0 // text before the first row's goes with it
	}
	for k := range markers {
		from := opens[k]
		if from < 0 || from >= len(content) {
			continue
		}
		if content[from].line < markers[k] {
			above++
		}
		to := len(content)
		for j := k + 1; j < len(markers); j++ {
			if opens[j] >= 0 {
				to = opens[j]
				break
			}
		}
		for c := from; c < to && c < len(content); c++ {
			rows[k][1] = append(rows[k][1], content[c].text)
		}
	}
	last := map[int]int{} // the row each column's last piece went to, by column
	lastLine := map[int]int{}
	for _, p := range pieces {
		if p.col == 1 {
			continue
		}
		if k, ok := last[p.col]; ok && !p.upper && p.line-lastLine[p.col] <= 2 {
			// a cell's next line, in small letters: the row of the line above
			rows[k][p.col] = append(rows[k][p.col], p.text)
			lastLine[p.col] = p.line
			continue
		}
		best := -1
		for k, m := range markers {
			if groups[k] && slices.Contains(groups, false) {
				continue
			}
			if best < 0 || abs(m-p.line) < abs(markers[best]-p.line) {
				best = k
			}
		}
		if best >= 0 {
			rows[best][p.col] = append(rows[best][p.col], p.text)
			last[p.col], lastLine[p.col] = best, p.line
		}
	}
	return rows, above
}

// sentenceEnds reports a line that closes a sentence or a clause.
func sentenceEnds(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":")
}

// rowOpens returns the content line a row's text opens with, among those
// after the number above (line lo) up to the row's own number (line m):
// the likeliest opens with a capital, after a closed sentence, after a
// gap, with a task's verb. With none, the first after lo.
func rowOpens(content []centredPiece, lo, m int) int {
	best, score := -1, -1
	for c, p := range content {
		if p.line <= lo || p.line > m {
			continue
		}
		s := 0
		if p.upper {
			s += 2
		}
		if c == 0 || sentenceEnds(content[c-1].text) {
			s += 2
		}
		if c > 0 && p.line-content[c-1].line > 1 {
			s += 2 // a blank line, a page's number, another column's line above
		}
		if p.upper && textOpensTask(p.text) {
			s++
		}
		if s >= score {
			best, score = c, s // on a tie, the line nearer the number
		}
	}
	if best < 0 {
		best = slices.IndexFunc(content, func(p centredPiece) bool { return p.line > lo })
	}
	return best
}

// centredStart reports a line a centred table's header may open with:
// words the cell centres, far from the margin.
func centredStart(raw string) bool {
	return indentOf(raw) >= minCentredHeadIndent
}

// centredAhead reports a "TT" line a few lines after line i of text,
// split into *raw on first use.
func centredAhead(raw []string, i int) bool {
	_, ok := centredHeadAhead(raw, i)
	return ok
}

// followCol returns the column of words at span on line i: a line that
// goes on from the words above it (in small letters) is in their column;
// a person ("Đồng chí …") is in the person's column when there is one;
// else col, the nearest by the header.
func followCol(pieces []centredPiece, i int, span [2]int, text string, col, personCol int) int {
	if personCol >= 2 && hasFoldPrefix(text, "đồng chí ") {
		return personCol
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsLower(r) {
		return col
	}
	for k := len(pieces) - 1; k >= 0 && pieces[k].line >= i-2; k-- {
		if p := pieces[k]; p.line < i && p.col >= 2 && p.from < span[1] && span[0] < p.to {
			return p.col
		}
	}
	return col
}

// colRegion is a run of the table's columns the other columns' words
// fill, and the header column it lies under.
type colRegion struct {
	from, to, col int
}

// columnRegions finds the runs the words of spans fill, parted by
// gutters almost every one of n lines leaves blank (a run pdftotext
// closed up may cross one), and the header column under which each lies.
func columnRegions(spans [][2]int, n int, cols []centredCol) []colRegion {
	width := 0
	for _, s := range spans {
		width = max(width, s[1])
	}
	occ := make([]int, width+1)
	for _, s := range spans {
		for c := s[0]; c < s[1]; c++ {
			occ[c]++
		}
	}
	limit := max(1, n/10)
	var out []colRegion
	for c := 0; c < width; {
		if occ[c] <= limit {
			c++
			continue
		}
		from := c
		for c < width && occ[c] > limit {
			c++
		}
		out = append(out, colRegion{from: from, to: c, col: -1})
	}
	// a run under two headers' centres holds two columns the layout
	// closed up: its words go by their own centre
	centres := func(r colRegion) int {
		n := 0
		for j := 2; j < len(cols); j++ {
			if c := cols[j].centre(); r.from <= c && c < r.to {
				n++
			}
		}
		return n
	}
	inOrder := len(out) == len(cols)-2
	for k := range out {
		inOrder = inOrder && centres(out[k]) <= 1
	}
	for k := range out {
		switch {
		case inOrder:
			out[k].col = k + 2 // as many runs as columns: in their order
		case centres(out[k]) > 1:
			out[k].col = 0
		default:
			out[k].col = nearestCol(cols, [2]int{out[k].from, out[k].to})
		}
	}
	return out
}

// regionCol returns the column of words at span: the header column of
// the region they lie in most, else the nearest by the header's centre.
func regionCol(regions []colRegion, cols []centredCol, span [2]int) int {
	best, most := 0, 0
	for _, r := range regions {
		if o := min(r.to, span[1]) - max(r.from, span[0]); o > most {
			best, most = r.col, o
		}
	}
	if best < 2 {
		return nearestCol(cols, span)
	}
	return best
}

// firstBodyLine returns the first line with words after the line before
// row k: the group's title above it, or the header.
func firstBodyLine(lines []string, body int, markers []int, groups []bool, k int) int {
	from := body
	if k > 0 && groups[k-1] {
		from = markers[k-1] + 1
	}
	for i := from; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" && !pageNumber(lines[i], t) {
			return i
		}
	}
	return -1
}

// numberHead returns the number column's header word that opens a header
// line ("TT", "STT", "T" of a "TT" broken over two lines), or "".
func numberHead(t string) string {
	w, rest, ok := strings.Cut(t, " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	switch w {
	case "TT", "STT", "T", "Stt", "TT.":
		return w
	}
	return ""
}

// topRows gives each row the pieces from its number's line down to the
// next row's; those above the first row's go with it.
func topRows(pieces []centredPiece, markers []int, ncols int) [][][]string {
	rows := make([][][]string, len(markers))
	for k := range rows {
		rows[k] = make([][]string, ncols)
	}
	for _, p := range pieces {
		k := max(0, sort.SearchInts(markers, p.line+1)-1)
		rows[k][p.col] = append(rows[k][p.col], p.text)
	}
	return rows
}

// confirmedEdges returns the left edges of the columns after the content's
// that the body's lines confirm: the header's words start there, and so
// do the words of most lines with words there (left-aligned cells). A run of words across
// such an edge, one space apart, is two columns' words.
func confirmedEdges(lines []string, body int, cols []centredCol) []int {
	hits := make([]int, len(cols))
	present := make([]int, len(cols))
	for i := body; i < len(lines) && i < body+maxEdgeLines; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		l := newColLine(lines[i])
		for k := 2; k < len(cols); k++ {
			e := cols[k].from
			has := false
			for c := e; c < e+minEdgeWords+1 && c < l.width(); c++ {
				has = has || !l.blank(c)
			}
			if !has {
				continue
			}
			present[k]++
			for c := max(2, e-1); c <= e+1 && c < l.width(); c++ {
				if l.blank(c-2) && l.blank(c-1) && !l.blank(c) {
					hits[k]++ // a run of words starts at the edge, a gutter before it
					break
				}
			}
		}
	}
	var out []int
	for k := 2; k < len(cols); k++ {
		if hits[k] >= minEdgeWords && 2*hits[k] >= present[k] {
			out = append(out, cols[k].from)
		}
	}
	return out
}

// minEdgeWords is how many words must start at a column's edge to confirm
// it, among the first maxEdgeLines lines of the body.
const (
	minEdgeWords = 3
	maxEdgeLines = 120
)

// splitAtEdges cuts the runs of a line that cross a confirmed edge at the
// word that starts there.
func splitAtEdges(l colLine, ch [][2]int, edges []int) [][2]int {
	if len(edges) == 0 {
		return ch
	}
	var out [][2]int
	for _, c := range ch {
		from := c[0]
		for _, e := range edges {
			if e-1 <= from+1 || e+1 >= c[1] {
				continue
			}
			if w := edgeWord(l, from, e); w > 0 {
				out = append(out, [2]int{from, w - 1})
				from = w
			}
		}
		out = append(out, [2]int{from, c[1]})
	}
	return out
}

// headCont reports a line under the "TT" line that goes on the header's
// cells ("chủ trì   phối hợp", "(*)", a column's first words "Sản phẩm"),
// not a row's first words ("Sở Thông tin" under "Cơ quan phối hợp"): no
// run of it opens with a capital under a column the header has.
func headCont(line string, cols []centredCol) bool {
	l := newColLine(line)
	for _, c := range chunks(l) {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.cut(c[0], c[1])))
		if !unicode.IsUpper(r) {
			continue
		}
		for _, col := range cols {
			if c[0] < col.to+1 && c[1] > col.from-1 {
				return false
			}
		}
	}
	return true
}

// sectionAfter reports a line that opens the document's next section
// after the table: a Roman number with its stop and a title in capitals
// ("III. TỔ CHỨC THỰC HIỆN").
func sectionAfter(t, marker string) bool {
	if !strings.HasSuffix(marker, ".") || !strings.ContainsAny(marker[:1], "IVXL") {
		return false
	}
	return vntext.IsCaps(strings.TrimSpace(strings.TrimPrefix(t, marker)))
}

// edgeWord returns where the word that opens the next column starts
// near edge e, after from: a capital after a small letter a few columns
// before the edge (the layout moved it left), else a word starting at the
// edge; 0 when none.
func edgeWord(l colLine, from, e int) int {
	at := 0
	for w := max(from+1, e-maxEdgeShift); w <= e+1 && w < l.width(); w++ {
		if !l.blank(w-1) || l.blank(w) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(l.s[l.off[w]:]); unicode.IsUpper(r) && w < e-1 {
			return w
		}
		if at == 0 && w >= e-1 {
			at = w
		}
	}
	return at
}

// maxEdgeShift is how far left of its column's edge the layout may print
// a cell's first word.
const maxEdgeShift = 3
