package parser

// A word processor that saves a document as plain text (LibreOffice's and
// Word's "Text" formats) writes a table one cell per line: the header's
// cells, then each row's, its number first, an empty cell as an empty
// line, a cell of several paragraphs over as many lines:
//
//	TT
//	Nội dung công việc
//	Cơ quan chủ trì
//	Cơ quan phối hợp
//	Thời gian hoàn thành
//	1
//	Xây dựng kế hoạch tuyên truyền, phổ biến Chỉ thị số 25-CT/TW
//	Sở Văn hóa và Thể thao
//	Sở Thông tin và Truyền thông; UBND các quận, huyện, thị xã
//	Tháng 3/2024
//
// readStacked reads such a table from its "TT" line (or from a pipe row
// that heads it), as long as every row fits the header's columns.

import (
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

const (
	maxStackedCols = 9  // header cells
	maxStackedHead = 48 // runes of a header cell
	// maxStackedRows bounds the rows read, so that a reader that fails
	// costs no more than that: input stays linear
	maxStackedRows = 400
)

// stackedStart reports a line a stacked table may open with: the number
// column's header alone ("TT", "STT"), or a pipe row.
func stackedStart(raw string) bool {
	switch strings.TrimSpace(raw) {
	case "TT", "STT", "Stt", "TT.", "Số TT":
		return true
	}
	return false
}

// stackedMarker reports a line that is a row's number and nothing else.
func stackedMarker(t string) bool {
	return len(t) <= 8 && centredMarker.MatchString(t)
}

// readStacked reads a table written one cell per line from lines[start].
func readStacked(lines []string, start int) (tableRead, bool) {
	var header []string
	i := start
	switch {
	case stackedStart(lines[start]):
		header, i = []string{strings.TrimSpace(lines[start])}, start+1
	case isTableRow(lines[start]) && start+1 < len(lines) && isPipeRule(lines[start+1]):
		// the header as a pipe row over its rule, the rows one cell a
		// line under it (a converter's half-made table)
		header, i = pipeCells(lines[start]), start+2
		if len(header) == 0 || !stackedStart(header[0]) {
			return tableRead{}, false
		}
	default:
		return tableRead{}, false
	}
	for i < len(lines) && len(header) < maxStackedCols {
		t := strings.TrimSpace(lines[i])
		if t == "" || stackedMarker(t) {
			break
		}
		if !vntext.RunesAtMost(t, maxStackedHead) || endsSentence(t) || strings.IndexByte(t, '|') >= 0 {
			return tableRead{}, false
		}
		header = append(header, t)
		i++
	}
	if len(header) < minCentredCols || !isTaskHeader(header) || i >= len(lines) || !stackedMarker(strings.TrimSpace(lines[i])) {
		return tableRead{}, false
	}
	n := len(header) - 1 // the cells after the number
	r := tableRead{Form: tableStacked, Start: start}
	r.Table.Header = cleanCells(header)
	end := i
	for i < len(lines) && len(r.Table.Rows) < maxStackedRows {
		m := strings.TrimSpace(lines[i])
		if !stackedMarker(m) || sectionAfter(m, m) {
			break
		}
		// the row's lines run to the next number's line
		j := i + 1
		for j < len(lines) && j-i <= n*4 && !stackedMarker(strings.TrimSpace(lines[j])) {
			j++
		}
		last := j >= len(lines) || !stackedMarker(strings.TrimSpace(lines[j]))
		cells := make([]string, 0, j-i)
		for _, l := range lines[i+1 : j] {
			cells = append(cells, strings.TrimSpace(l))
		}
		if last {
			// the last row: its cells, and no more lines than they take
			cells = cutLastRow(cells, n)
			j = i + 1 + len(cells)
		}
		cells, ok := fitCells(cells, n)
		if !ok {
			if len(r.Table.Rows) == 0 {
				return tableRead{}, false
			}
			break
		}
		r.Table.Rows = append(r.Table.Rows, append([]string{strings.TrimSuffix(m, ".")}, cells...))
		r.Rows = append(r.Rows, [2]int{i, j})
		end = j
		i = j
	}
	if len(r.Table.Rows) < 2 {
		return tableRead{}, false
	}
	r.End = end
	return r, true
}

// cutLastRow keeps, of the lines after the last row's number, those its
// n cells may take: up to an empty line once there are n, a paragraph's
// line (a long sentence closed), a numbered point, at most 3n.
func cutLastRow(lines []string, n int) []string {
	k := 0
	for ; k < len(lines) && k < 3*n; k++ {
		t := lines[k]
		if k >= n && t == "" || k >= n-1 && endsSentence(t) && !vntext.RunesAtMost(t, maxStackedCell) ||
			k > 0 && (itemMarkerLen(t) > 0 || sectionMarker(t) != "" || endsCentred(t)) {
			break
		}
	}
	return lines[:k]
}

// maxStackedCell bounds a cell's line that closes a sentence: a longer one
// is the text's next paragraph.
const maxStackedCell = 60

// fitCells makes a row's lines its n cells: a cell's paragraphs after its
// first are joined to it, the likeliest first (one in small letters, after
// a line that does not close a sentence, after a list's comma or
// semicolon); a row with fewer lines ends in empty cells.
func fitCells(lines []string, n int) ([]string, bool) {
	cells := append([]string(nil), lines...)
	for len(cells) > n {
		best, score := 0, 0
		for k := 1; k < len(cells); k++ {
			if cells[k] == "" || cells[k-1] == "" {
				continue // an empty cell stands alone
			}
			s := 0
			if startsLower(cells[k]) {
				s += 3
			}
			if strings.HasSuffix(cells[k-1], ",") || strings.HasSuffix(cells[k-1], ";") || strings.HasSuffix(cells[k-1], `\`) {
				s += 2
			} else if !endsSentence(cells[k-1]) {
				s++
			}
			if s > score {
				best, score = k, s
			}
		}
		if score == 0 {
			return nil, false
		}
		sep := " "
		if closesUp(cells[best-1], cells[best]) {
			sep = ""
		}
		cells[best-1] = strings.TrimSuffix(cells[best-1], `\`) + sep + cells[best]
		cells = append(cells[:best], cells[best+1:]...)
	}
	for len(cells) < n {
		cells = append(cells, "")
	}
	for k, c := range cells {
		cells[k] = cleanCell([]string{c})
	}
	return cells, true
}

// readPipeStacked reads a table that a crawler wrote one cell a line with
// a pipe alone on the line between two cells, and two between rows:
//
//	|
//	**TT**
//	|
//	**Địa phương**
//	|
//	…
//	|
//	|
//	1
//	|
//	Xã A Lưới 1
//
// The lines between two pipes are one cell (its text wrapped); the
// cells, read as a stacked table from its "TT", make the table. The rows
// it reads map back to their input lines. A blank line ends the block.
func readPipeStacked(lines []string, start int) (tableRead, bool) {
	if strings.TrimSpace(lines[start]) != "|" {
		return tableRead{}, false
	}
	var cells []string
	var spans [][2]int // each cell's input lines [a, b)
	a, i := -1, start
	for ; i < len(lines) && i-start < maxPipeStackedLines; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			break
		}
		if t != "|" {
			if a < 0 {
				a = i
			}
			continue
		}
		if a >= 0 {
			cells, spans = append(cells, cleanCell(lines[a:i])), append(spans, [2]int{a, i})
			a = -1
		}
	}
	end := i
	if a >= 0 {
		end = a // text after the last pipe is the next paragraph's
	}
	if len(cells) == 0 || !stackedStart(cells[0]) {
		return tableRead{}, false
	}
	r, ok := readStacked(cells, 0)
	if !ok {
		return tableRead{}, false
	}
	r.Start = start
	for k, row := range r.Rows {
		r.Rows[k] = [2]int{spans[row[0]][0], spans[row[1]-1][1]}
	}
	if r.End < len(cells) {
		r.End = spans[r.End][0]
	} else {
		r.End = end
	}
	return r, true
}

// maxPipeStackedLines bounds the lines of such a block.
const maxPipeStackedLines = 8000
