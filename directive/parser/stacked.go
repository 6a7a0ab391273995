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
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/lexicon"
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
		if !vntext.RunesAtMost(t, maxStackedHead) || endsSentence(t) || strings.IndexByte(t, '|') >= 0 || startsLower(t) {
			// a name in small letters is the wrap of the one above
			// ("Cơ quan" / "chủ trì"): readWrappedStacked's table
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
	// the block opens after a blank line: read from inside, it would be
	// read again from each of its pipes
	if strings.TrimSpace(lines[start]) != "|" || start > 0 && strings.TrimSpace(lines[start-1]) != "" {
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
			if len(cells) == 1 && !stackedStart(cells[0]) {
				return tableRead{}, false // no "TT" heads it
			}
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

// A PDF's text layer prints a table's cells one after another, each
// wrapped over the lines its column's width gave it, with nothing between
// two cells:
//
//	STT
//	Tên nhiệm vụ cụ thể
//	Cơ quan
//	chủ trì
//	…
//	1.
//	Tăng cường lãnh đạo, chỉ đạo xây dựng và
//	tổ chức thực hiện hiệu quả …
//	Ủy ban nhân
//	dân cấp tỉnh
//	Các cơ quan, tổ
//	chức, đơn vị có
//	liên quan.
//	Văn bản chỉ đạo
//	Thường xuyên
//
// readWrappedStacked reads such a task table from its "STT" line: the
// header's names (a name's wrapped part, in small letters, joined to it),
// then each row from its number alone to the next, its lines fitted into
// the columns (the deadline's words last; a line in small letters, after
// a comma or a word that asks for more, goes on its cell), and a group's
// title ("I. Đổi mới …") as a row of its own. The page's running head and
// the header printed again on the next page are left out.
func readWrappedStacked(lines []string, start int) (tableRead, bool) {
	if !stackedStart(lines[start]) {
		return tableRead{}, false
	}
	header := []string{strings.TrimSpace(lines[start])}
	printed := []string{header[0]} // the header's lines, as a new page prints them again
	i := start + 1
	for ; i < len(lines) && i-start <= 2*maxStackedCols; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if _, _, ok := rowOpening(t, 0); ok || groupTitle(t) != "" || groupMarker(t) {
			break
		}
		if !vntext.RunesAtMost(t, maxStackedHead) || endsSentence(t) || strings.IndexByte(t, '|') >= 0 {
			return tableRead{}, false
		}
		printed = append(printed, t)
		if startsLower(t) && len(header) > 1 {
			header[len(header)-1] += " " + t // "Cơ quan" / "chủ trì"
			continue
		}
		header = append(header, t)
	}
	if len(header) < minCentredCols || len(header) > maxStackedCols || !isTaskHeader(header) || i >= len(lines) {
		return tableRead{}, false
	}
	n := len(header) - 1
	r := tableRead{Form: tableStacked, Start: start}
	r.Table.Header = cleanCells(header)
	end, last := i, 0 // last: the number of the row read last
	group := false    // a group's row was read last: its rows may count from 1
	opens := func(u string) bool {
		_, _, ok := rowOpening(u, last)
		return ok || groupTitle(u) != "" || groupMarker(u) || gazetteHeader(u) || u == header[0]
	}
	// addGroup adds a group's row, its number and title, read from
	// lines[i:j]; the rows after it may count anew
	addGroup := func(num string, title []string, j int) {
		r.Table.Rows = append(r.Table.Rows, []string{num, cleanCell(title)})
		r.Rows = append(r.Rows, [2]int{i, j})
		end, i, group = j, j, true
	}
	for i < len(lines) && len(r.Table.Rows) < maxStackedRows {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
			i++
			continue
		case gazetteHeader(t):
			r.Skipped = append(r.Skipped, i) // the running head: chrome, the document's accounting has it
			i++
			continue
		case t == header[0]:
			// the header again, on the next page, line for line
			j, k := i+1, 1
			r.Skipped = append(r.Skipped, i)
			for j < len(lines) && k < len(printed) {
				if u := strings.TrimSpace(lines[j]); u == printed[k] {
					r.Skipped = append(r.Skipped, j)
					k++
				} else if u != "" {
					break
				}
				j++
			}
			i = j
			continue
		case vntext.AllDigits(t) && len(t) <= 4 && i > 0 && gazetteHeader(strings.TrimSpace(lines[i-1])):
			r.Skipped = append(r.Skipped, i) // the page's number under the running head
			i++
			continue
		}
		if title := groupTitle(t); title != "" {
			// a group's title, wrapped down to the next row
			j := i + 1
			parts := []string{title}
			for j < len(lines) && j-i < maxGroupTitleLines {
				u := strings.TrimSpace(lines[j])
				if _, _, first := rowOpening(u, 0); u != "" && (opens(u) || first) {
					break
				}
				parts = append(parts, u)
				j++
			}
			num, _ := cutSectionMarker(t)
			if num == "" {
				num, _, _ = strings.Cut(t, " ")
			}
			addGroup(num, parts, j)
			continue
		}
		if groupMarker(t) {
			// "I." alone, its title on the lines below
			j := i + 1
			var parts []string
			for j < len(lines) && len(parts) < 2*maxGroupTitleLines {
				u := strings.TrimSpace(lines[j])
				_, _, first := rowOpening(u, 0) // the group's rows may count anew
				if u != "" && (opens(u) || first) || u == "" && len(parts) > 0 {
					break // the title's lines end at a blank one
				}
				if u != "" {
					parts = append(parts, u)
				}
				j++
			}
			if len(parts) == 0 {
				break
			}
			addGroup(strings.TrimSuffix(t, "."), parts, j)
			continue
		}
		num, first, ok := rowOpening(t, last)
		if !ok && group {
			num, first, ok = rowOpening(t, 0) // "II." / "1.": the group counts anew
		}
		if !ok && len(r.Table.Rows) > 0 && i > 0 && resumed(lines, i, header[0]) {
			// the row above goes on over the page: its first cell's
			// words, under the header printed again
			j := i
			var more []string
			for j < len(lines) && j-i <= maxWrappedRowLines {
				u := strings.TrimSpace(lines[j])
				if u != "" && opens(u) {
					break
				}
				more = append(more, u)
				j++
			}
			row := r.Table.Rows[len(r.Table.Rows)-1]
			if len(row) > 1 {
				row[1] = cleanCell(append([]string{row[1]}, more...))
			}
			r.Rows[len(r.Rows)-1][1] = j
			end, i = j, j
			continue
		}
		if !ok {
			break
		}
		j := i + 1
		var cellLines []string
		if first != "" {
			cellLines = append(cellLines, first) // "10.  Xây dựng Luật …"
		}
		last, group = num, false
		for j < len(lines) && j-i <= maxWrappedRowLines {
			u := strings.TrimSpace(lines[j])
			if gazetteHeader(u) {
				// a new page: the row goes on over it when no row
				// opens there and no header is printed again
				if k, skip := overPage(lines, j); k > j && !opens(strings.TrimSpace(lines[k])) {
					r.Skipped = append(r.Skipped, skip...)
					j = k
					continue
				}
			}
			if u != "" && opens(u) {
				break
			}
			if u != "" {
				cellLines = append(cellLines, u)
			}
			j++
		}
		cells, ok := fitWrapped(cellLines, n)
		if !ok && len(r.Table.Rows) > 0 && len(cellLines) > 0 && vntext.RunesAtMost(strings.Join(cellLines, " "), maxTableRow/2) {
			// a row whose lines fit no columns (sub-rows under it, "-"
			// / "Công trình giao thông." / "Bộ Xây dựng"): its words in
			// its first cell, so that the rows after it are read
			cells, ok = append([]string{cleanCell(cellLines)}, make([]string, n-1)...), true
		}
		if !ok {
			break
		}
		r.Table.Rows = append(r.Table.Rows, append([]string{strconv.Itoa(num)}, cells...))
		r.Rows = append(r.Rows, [2]int{i, j})
		end, i = j, j
	}
	if len(r.Table.Rows) < 2 {
		return tableRead{}, false
	}
	r.End = end
	return r, true
}

const (
	// maxWrappedRowLines bounds the lines of one row of such a table
	maxWrappedRowLines = 80
	// maxGroupTitleLines bounds a group title's wrapped lines
	maxGroupTitleLines = 4
	// maxDueLines bounds the lines of a row's deadline cell
	maxDueLines = 6
)

// resumed reports a line that comes right after the header printed
// again on a new page (blank lines aside): a row goes on there.
func resumed(lines []string, i int, first string) bool {
	for j := i - 1; j >= 0 && i-j <= 2*maxStackedCols+4; j-- {
		u := strings.TrimSpace(lines[j])
		if u == first {
			return true
		}
		if u != "" && !vntext.RunesAtMost(u, maxStackedHead) {
			return false
		}
	}
	return false
}

// overPage returns, for a running head at lines[j], the first line with
// text after it and its page number, and the lines left out (the head,
// the number).
func overPage(lines []string, j int) (int, []int) {
	skip := []int{j}
	k := j + 1
	for ; k < len(lines); k++ {
		u := strings.TrimSpace(lines[k])
		if u == "" {
			continue
		}
		if vntext.AllDigits(u) && len(u) <= 4 && len(skip) == 1 {
			skip = append(skip, k) // the page's number
			continue
		}
		return k, skip
	}
	return j, nil
}

// groupMarker reports a group's Roman number alone on its line: "I.",
// "IV.", "II", its title on the lines below.
func groupMarker(t string) bool {
	num := strings.TrimSuffix(t, ".")
	return num != "" && len(num) <= 5 && isRoman(num) && num == strings.ToUpper(num)
}

// wrappedRowNumber reports a row's number alone on its line: "1.", "29.".
func wrappedRowNumber(t string) bool {
	num := strings.TrimSuffix(t, ".")
	return num != t && num != "" && len(num) <= 3 && vntext.AllDigits(num)
}

// rowOpening reads the line that opens a row after row last: its number
// alone ("11."), or the next number with the first line of its first
// cell ("10.  Xây dựng Luật …").
func rowOpening(t string, last int) (num int, first string, ok bool) {
	if wrappedRowNumber(t) {
		num, _ = strconv.Atoi(strings.TrimSuffix(t, "."))
		return num, "", true
	}
	if len(t) <= 3 && vntext.AllDigits(t) {
		// "5" alone, no stop: the next row's number only, so that a
		// cell's count or a page's number is none
		if num, _ = strconv.Atoi(t); num == last+1 {
			return num, "", true
		}
		return 0, "", false
	}
	head, rest, found := strings.Cut(t, ". ")
	if !found || len(head) > 3 || !vntext.AllDigits(head) {
		return 0, "", false
	}
	if num, _ = strconv.Atoi(head); num != last+1 {
		return 0, "", false
	}
	return num, strings.TrimSpace(rest), true
}

// groupTitle returns the title of a table's group row, a Roman numeral
// and words ("I. Đổi mới mạnh mẽ …"), or "".
func groupTitle(t string) string {
	num, h := cutSectionMarker(t)
	if num == "" || h == "" || !isRoman(num) {
		// "IV Huy động và sử dụng …": the number, no stop, and the title
		if w, rest, ok := strings.Cut(t, " "); ok && len(w) <= 5 && isRoman(w) && w == strings.ToUpper(w) && unicode.IsUpper(firstRune(strings.TrimSpace(rest))) {
			return strings.TrimSpace(rest)
		}
		return ""
	}
	return h
}

// fitWrapped makes a wrapped row's lines its n cells: the deadline's
// words from the end (the last column's), then the rest joined where a
// line goes on the one above: in small letters, after a comma, after a
// word that asks for more ("của", "ở", "và").
func fitWrapped(lines []string, n int) ([]string, bool) {
	if len(lines) == 0 {
		return nil, false
	}
	var due string
	k := len(lines)
	for m := len(lines) - 1; m >= max(1, len(lines)-maxDueLines); m-- {
		// a narrow column wraps its deadline word by word ("Thực" /
		// "hiện" / "thường" / "xuyên."): past three lines, from a line
		// that opens a cell
		if s := strings.Join(lines[m:], " "); timeCell(s) && (m >= len(lines)-3 || !startsLower(lines[m])) {
			k, due = m, s
		}
	}
	cells := append([]string(nil), lines[:k]...)
	if due == "" && len(cells) > 1 {
		// the deadline run onto the line of the cell before it: "Các
		// hoạt động, văn bản phối hợp Thường xuyên"
		if head, tail, ok := gluedDue(cells[len(cells)-1]); ok {
			cells[len(cells)-1], due = head, tail
		}
	}
	cols := n
	if due != "" {
		cols--
	}
	for len(cells) > cols {
		best, score := 0, 0
		for m := 1; m < len(cells); m++ {
			s, pen := 0, 0
			prev := cells[m-1]
			if startsLower(cells[m]) {
				s += 3
			} else if strings.HasPrefix(cells[m], "(") {
				s += 2 // "Luật Bảo hiểm y tế" / "(sửa đổi)"
			} else if unicode.IsDigit(firstRune(cells[m])) && !endsSentence(prev) {
				s++ // "báo cáo. Bảo đảm" / "100% cán bộ"
			} else if acronymFirst(cells[m]) && !endsSentence(prev) && startsLower(lastWord(prev)) {
				s++ // "về các tổ chức" / "PCPNN, VTV": a name's letters go on its words
			}
			switch {
			case strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";"):
				s += 2
			case danglingEnd(prev) || asksMore(prev):
				s += 2
			case !endsSentence(prev):
				s++
				if !startsLower(cells[m]) && !acronymFirst(cells[m]) && wholeBodyEnd(prev) {
					pen = 1 // "Bộ Ngoại giao" / "Các Bộ, ngành": a body's whole name, then the next cell's
				}
			}
			// a join the cues ask for, the weaker where a whole name ends
			if k := 2*s - pen; s > 0 && k > score {
				best, score = m, k
			}
		}
		if score == 0 {
			return nil, false
		}
		cells[best-1] += " " + cells[best]
		cells = slices.Delete(cells, best, best+1)
	}
	for len(cells) < cols {
		cells = append(cells, "")
	}
	if due != "" {
		cells = append(cells, due)
	}
	for m, c := range cells {
		cells[m] = cleanCell([]string{c})
	}
	return cells, true
}

// wholeBodyEnd reports a cell that ends on a body's whole name: a
// ministry's or a department's ("Bộ Ngoại giao", "Sở Tư pháp"), or a
// class closed by its scope ("các Bộ, ngành, địa phương", "… liên quan",
// "Thanh tra Chính phủ").
func wholeBodyEnd(t string) bool {
	k := keyOf(t)
	for _, w := range []string{" địa phương", " liên quan", " chính phủ"} {
		if strings.HasSuffix(" "+k, w) {
			return true
		}
	}
	for _, sec := range wholeSectors {
		if strings.HasSuffix(k, sec) {
			head := strings.TrimSuffix(k, sec)
			if strings.HasSuffix(head, "bộ ") || strings.HasSuffix(head, "sở ") {
				return true
			}
		}
	}
	return false
}

// wholeSectors are the sectors that close a ministry's or a department's
// name, as keys.
var wholeSectors = func() []string {
	var out []string
	for _, s := range append([]string{"ngoại giao", "nội vụ", "tài chính", "tư pháp", "công an", "quốc phòng", "y tế", "xây dựng", "công thương"}, lexicon.SectorNames...) {
		out = append(out, keyOf(s))
	}
	return out
}()

// acronymFirst reports a line that opens with a word in capitals of two
// letters or more: "PCPNN,", "UBND".
func acronymFirst(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	w = strings.TrimRight(w, ",;.")
	return utf8.RuneCountInString(w) >= 2 && vntext.IsCaps(w) && !vntext.AllDigits(w)
}

// lastWord is the last word of t.
func lastWord(t string) string { return t[strings.LastIndexByte(t, ' ')+1:] }

// gluedDue cuts a deadline's words, opening with a capital, off the end
// of a line: "Các hoạt động, văn bản phối hợp Thường xuyên".
func gluedDue(t string) (head, due string, ok bool) {
	for i := strings.LastIndexByte(t, ' '); i > 0; i = strings.LastIndexByte(t[:i], ' ') {
		tail := t[i+1:]
		if !vntext.RunesAtMost(tail, 30) {
			break
		}
		if unicode.IsUpper(firstRune(tail)) && timeCell(tail) {
			return strings.TrimSpace(t[:i]), tail, true
		}
	}
	return t, "", false
}

// asksMore reports a cell's line that ends on a word its cell goes on
// after: "Quyết định của", "Các bộ ở", "Ủy ban nhân".
func asksMore(t string) bool {
	w := t[strings.LastIndexByte(t, ' ')+1:]
	switch keyOf(w) {
	case "của", "ở", "và", "với", "các", "cho", "tổ", "nhân", "ban", "đơn", "cơ", "cấp", "hội", "bộ":
		return true
	}
	return false
}

// timeCell reports a table's deadline cell: "Thường xuyên", "Quý
// I/2027", "Hằng năm và từng giai đoạn", "Năm 2026", "2026-2030".
func timeCell(s string) bool {
	if !vntext.RunesAtMost(s, 60) {
		return false
	}
	k := keyOf(s)
	for _, w := range []string{"thường xuyên", "thực hiện thường xuyên", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng", "quý ", "năm 20", "tháng ", "trước ngày", "trước năm", "giai đoạn 20", "từ năm 20", "đến năm 20", "liên tục"} {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return len(s) >= 4 && vntext.AllDigits(s[:4])
}
