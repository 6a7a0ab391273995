package parser

// A PDF text layer kept in its layout (pdftotext -layout) prints the
// header's two columns side by side, each wrapped in its own width:
//
//	VĂN PHÒNG CHÍNH PHỦ ——-               phúc —————
//	Số: 8424/VPCP-KTTH V/v: trợ cấp       Hà Nội, ngày 27 tháng 10 năm
//	một lần đối với người có thành tích   2014
//
// Read line by line, the columns mix ("ỦY BAN NHÂN DÂN CỘNG HÒA … VIỆT"
// over "TỈNH BẮC GIANG NAM"). alignedHeader finds such a block by the
// gap between its columns and gives each column's parts as lines: the
// issuer's lines, the national header and motto, the number with its
// "V/v", the place and date.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/frame"
	"github.com/chidao/chidao/internal/vntext"
)

const (
	minAlignedGap = 3 // spaces between the columns
	columnSlack   = 4 // how far a column's start may wander, in runes
	// centredSlack is how much further right a shorter line of a centred
	// column may start: the motto under the national header in a bold face
	centredSlack    = 10
	maxAlignedStart = 30 // the header opens within the first lines
	maxAlignedLines = 16
	maxAlignedTail  = 40
	maxSigningSpace = 5 // blank lines between the post and the name
	// minAlignedIndent is the least indent of a right column's line
	// printed alone
	minAlignedIndent = 12
)

// alignedGap is minAlignedGap spaces.
var alignedGap = strings.Repeat(" ", minAlignedGap)

// columnGap returns the rune column where the text after the first gap
// of minAlignedGap spaces starts, and the byte offsets of the gap, or
// col -1.
func columnGap(line string) (col, a, b int) {
	if !strings.Contains(line, alignedGap) {
		return -1, 0, 0
	}
	col = 0
	for i := 0; i < len(line); {
		if line[i] != ' ' {
			_, n := utf8.DecodeRuneInString(line[i:])
			i += n
			col++
			continue
		}
		j := i
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if j-i >= minAlignedGap && strings.TrimSpace(line[:i]) != "" && j < len(line) {
			return col + j - i, i, j
		}
		col += j - i
		i = j
	}
	return -1, 0, 0
}

// indentOf is the rune column of a line's first non-space.
func indentOf(line string) int {
	return len(line) - len(strings.TrimLeft(line, " "))
}

// alignedHeader reads a two-column header block at raws[start], or
// reports false.
func alignedHeader(raws []string, start int) (left, right []alignedCell, end int, ok bool) {
	if start >= maxAlignedStart {
		return nil, nil, 0, false
	}
	interleaved := false
	c, _, _ := columnGap(raws[start])
	if c < 0 {
		// the right column's first line alone, above the first line of
		// both: "                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA"
		in := indentOf(raws[start])
		if in <= columnSlack && strings.TrimSpace(raws[start]) != "" && start+1 < len(raws) {
			// the issuer's first line, then the right column's alone
			if next := raws[start+1]; indentOf(next) >= minAlignedIndent && strings.TrimSpace(next) != "" {
				if c2, _, _ := columnGap(next); c2 < 0 {
					c, interleaved = indentOf(next), true
				}
			}
		}
		if c < 0 && (in < minAlignedIndent || strings.TrimSpace(raws[start]) == "") {
			return nil, nil, 0, false
		}
		for k := start + 1; k < len(raws) && k <= start+3 && c < 0 && !interleaved; k++ {
			if indentOf(raws[k]) < in-columnSlack || indentOf(raws[k]) > in+columnSlack {
				c, _, _ = columnGap(raws[k])
				if c < 0 {
					if strings.TrimSpace(raws[k]) != "" && indentOf(raws[k]) <= columnSlack {
						// the columns' lines one under the other, each at its
						// own margin: a PDF printed the cells' lines on
						// different baselines (cells centred vertically)
						c, interleaved = in, true
					}
					break
				}
			}
		}
		if !interleaved && (c < in-columnSlack || c > in+columnSlack) {
			return nil, nil, 0, false
		}
	}
	gaps, blanks, dated := 0, 0, false
	k := start
	for ; k < len(raws) && k-start < maxAlignedLines; k++ {
		line := strings.TrimRight(raws[k], " \t")
		if strings.TrimSpace(line) == "" {
			if blanks++; blanks > 1 || dated {
				break
			}
			continue
		}
		if strings.ContainsAny(line, "\t|") {
			break
		}
		col, a, b := columnGap(line)
		switch {
		case col >= 0 && col >= c-columnSlack && col <= c+centredSlack:
			gaps++
			left = append(left, alignedCell{strings.TrimSpace(line[:a]), k})
			right = append(right, alignedCell{strings.TrimSpace(line[b:]), k})
		case col < 0 && indentOf(line) >= c-columnSlack:
			right = append(right, alignedCell{strings.TrimSpace(line), k})
		case col < 0 && indentOf(line) < c-columnSlack && utf8.RuneCountInString(line) <= c+1:
			if dated && !vvOpen(left) {
				goto done // the body's first line
			}
			left = append(left, alignedCell{strings.TrimSpace(line), k})
		default:
			goto done
		}
		blanks = 0
		if !dated && dateAt(joinCells(right)) >= 0 {
			dated = true
		}
	}
done:
	if gaps < 2 && !(interleaved && len(left) >= 2 && len(right) >= 2 && slices.ContainsFunc(left, func(c alignedCell) bool { return isNumberLine(c.text) })) ||
		!strings.Contains(keyOf(joinCells(right)), frame.KeyQuocHieu) && !strings.Contains(keyOf(joinCells(right)), frame.KeyDang) {
		return nil, nil, 0, false
	}
	end = start
	for _, cs := range [][]alignedCell{left, right} {
		if len(cs) > 0 {
			end = max(end, cs[len(cs)-1].line+1)
		}
	}
	return left, right, end, true
}

// alignedCell is a column's text on one input line.
type alignedCell struct {
	text string
	line int // index in raws
}

// joinCells joins the column's parts with spaces, but a symbol cut after
// its dash or slash closes up: "Số: 22/2013/QĐ-" / "TTg".
func joinCells(cs []alignedCell) string {
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			prev := cs[i-1].text
			if !(strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "/")) || strings.HasSuffix(prev, " -") || !symbolTail(c.text) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(c.text)
	}
	return b.String()
}

// vvOpen reports a left column whose last part is the number's "V/v"
// subject, which may wrap on below the date.
func vvOpen(left []alignedCell) bool {
	for i := len(left) - 1; i >= 0; i-- {
		t := left[i].text
		if isNumberLine(t) || isVv(t) {
			return true
		}
	}
	return false
}

// addAlignedHeader adds the parts of a two-column header block as lines:
// the issuer's lines as printed, then the national header and motto as
// one line, the number and its subject as one, the place and date as one.
func (p *docParser) addAlignedHeader(raws []string, left, right []alignedCell, lineHeader *bool) {
	split := func(cs []alignedCell, at func(string) bool) (top, bottom []alignedCell) {
		for i, c := range cs {
			if at(c.text) {
				return cs[:i], cs[i:]
			}
		}
		return cs, nil
	}
	prev := ""
	issuer, number := split(left, func(t string) bool {
		at := (isNumberLine(t) || isVv(t)) && !issuerCites(prev, t)
		prev = t
		return at
	})
	number, vv := split(number, func(t string) bool { return isVv(t) })
	nation, date := split(right, func(t string) bool { return dateAt(t) >= 0 || placeDateStart(t) })
	// rules between the parts are the page's, not the parts'
	number, vv, nation, date = dropRules(number), dropRules(vv), dropRules(nation), dropRules(date)
	add := func(cs []alignedCell) {
		if len(cs) == 0 {
			return
		}
		t := joinCells(cs)
		no := cs[0].line + 1
		p.lines = append(p.lines, docLine{text: p.clean(t, no), raw: t, no: no, off: p.lineOff[cs[0].line]})
	}
	for i := 0; i < len(issuer); i++ {
		c := issuer[i]
		// the rule under the issuer, however short a PDF left it: "HỒ
		// CHÍ MINH —–"
		if t := strings.TrimRight(c.text, "-—–_ "); t != c.text && strings.HasSuffix(c.text[:len(t)+1], " ") && vntext.IsCaps(t) {
			c.text = t
		}
		if i+1 < len(issuer) && issuerCites(c.text, issuer[i+1].text) {
			// "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT": one line of the name
			add([]alignedCell{c, issuer[i+1]})
			i++
			continue
		}
		add([]alignedCell{c})
	}
	add(nation)
	add(number)
	add(vv)
	add(date)
	*lineHeader = true
	// each line of the block as printed, and its columns: recorded once
	// the header is found, as a table row is
	cells := map[int][2]string{}
	for j, cs := range [][]alignedCell{left, right} {
		for _, c := range cs {
			v := cells[c.line]
			v[j] = c.text
			cells[c.line] = v
		}
	}
	for k := range raws {
		if v, ok := cells[k]; ok {
			p.tableRows = append(p.tableRows, directive.Repair{Code: directive.RepairColumns, Line: k + 1,
				Original: strings.TrimSpace(raws[k]), Repaired: v[0] + " | " + v[1]})
		}
	}
}

// placeDateStart reports a right column's part that opens the date line
// wrapped before its "ngày": "Hà Nội," alone.
func placeDateStart(t string) bool {
	return strings.HasSuffix(strings.TrimSpace(t), ",") && vntext.RunesAtMost(t, 30) && !vntext.IsCaps(t)
}

// symbolTail reports the end of a symbol wrapped alone onto the next
// line: one short token of letters and digits ("TTg", "UBND-VX").
func symbolTail(t string) bool {
	if t == "" || len(t) > 16 || strings.ContainsAny(t, " ,;:") {
		return false
	}
	return isSymbolToken(t) || strings.IndexFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '/' && r != '&'
	}) < 0
}

// alignedTail reads a two-column block that opens with "Nơi nhận" on the
// left and the signature on the right (pdftotext -layout), or reports
// false. The block runs while its lines keep to the two columns.
func alignedTail(raws []string, start int) (left, right []alignedCell, end int, ok bool) {
	first := strings.TrimSpace(raws[start])
	if first == "" || first[0] != 'N' && first[0] != 'n' || !strings.HasPrefix(keyOf(vntext.PrefixRunes(first, 12)), "nơi nhận") {
		return nil, nil, 0, false
	}
	c, _, _ := columnGap(raws[start])
	if c < 0 {
		// "Nơi nhận:" alone, the signature's lines one under the list's,
		// each at its own margin (cells centred vertically)
		for k := start + 1; k < len(raws) && k <= start+4 && c < 0; k++ {
			t := strings.TrimSpace(raws[k])
			g, _, b := columnGap(raws[k])
			in := indentOf(raws[k])
			switch {
			case g >= minAlignedIndent:
				in, t = g, strings.TrimSpace(raws[k][b:]) // the list's first entry beside it
			case g >= 0 || in < minAlignedIndent || t == "":
				continue
			}
			if signMarkLen(t) > 0 || vntext.IsCaps(t) && isTitle(keyOf(t)) {
				c = in
			}
		}
		if c < 0 {
			return nil, nil, 0, false
		}
	}
	blanks, archived, named := 0, false, false
	k := start
	for ; k < len(raws) && k-start < maxAlignedTail; k++ {
		line := strings.TrimRight(raws[k], " \t")
		if strings.TrimSpace(line) == "" {
			// the signing space above the name; none after it
			if blanks++; blanks > maxSigningSpace || named {
				break
			}
			continue
		}
		if strings.ContainsAny(line, "\t|") {
			break
		}
		col, a, b := columnGap(line)
		var l, r string
		switch {
		case col >= c-columnSlack && col <= c+columnSlack:
			l, r = strings.TrimSpace(line[:a]), strings.TrimSpace(line[b:])
		case col < 0 && indentOf(line) >= c-columnSlack:
			r = strings.TrimSpace(line)
		case col < 0 && indentOf(line) < c-columnSlack && utf8.RuneCountInString(line) <= c+1:
			l = strings.TrimSpace(line)
		default:
			goto done
		}
		// after the list's archive entry and the signer's name, what
		// follows is no longer the block's (a wrapped entry goes on)
		if l != "" && archived && !startsLower(l) || r != "" && named {
			break
		}
		if l != "" {
			left = append(left, alignedCell{l, k})
			archived = archived || isArchive(strings.TrimLeft(l, "-+•* "))
		}
		if r != "" {
			right = append(right, alignedCell{r, k})
			named = named || isPersonName(r)
		}
		blanks = 0
	}
done:
	// the right column opens with the signature: a mark or a post
	if len(right) == 0 || len(left) < 2 {
		return nil, nil, 0, false
	}
	r0 := right[0].text
	if signMarkLen(r0) == 0 && !(vntext.IsCaps(r0) && isTitle(keyOf(r0))) {
		return nil, nil, 0, false
	}
	end = start
	for _, cs := range [][]alignedCell{left, right} {
		end = max(end, cs[len(cs)-1].line+1)
	}
	return left, right, end, true
}

// addAlignedTail adds a two-column tail block's lines: the Nơi nhận list
// as printed, then the signature's lines.
func (p *docParser) addAlignedTail(raws []string, left, right []alignedCell) {
	lineHeader := false
	left = joinEntries(left)
	for _, cs := range [][]alignedCell{left, right} {
		for i, c := range cs {
			next := ""
			if i+1 < len(cs) {
				next = cs[i+1].text
			}
			p.addLine(c.text, next, c.line+1, c.line+1, &lineHeader)
		}
	}
	// the lines that held both columns, as printed
	both := map[int]string{}
	for _, c := range left {
		both[c.line] = c.text
	}
	for _, c := range right {
		if l, ok := both[c.line]; ok {
			p.repair(directive.RepairColumns, "", c.line+1, strings.TrimSpace(raws[c.line]), l+" | "+c.text)
		}
	}
}

// dropRules leaves out the cells that are rules.
func dropRules(cs []alignedCell) []alignedCell {
	out := cs[:0:0]
	for _, c := range cs {
		if !isRule(c.text) {
			out = append(out, c)
		}
	}
	return out
}

// joinEntries joins each line of a Nơi nhận column that opens with no
// dash to the entry above, when the list marks its entries with dashes:
// the column's width wrapped them ("- TTgCP, Phó Thủ tướng Lê Văn" /
// "Thành;").
func joinEntries(cs []alignedCell) []alignedCell {
	dashes := 0
	for _, c := range cs {
		if itemMarkerLen(c.text) > 0 {
			dashes++
		}
	}
	if dashes < 2 {
		return cs
	}
	out := make([]alignedCell, 0, len(cs))
	for _, c := range cs {
		if n := len(out); n > 0 && itemMarkerLen(c.text) == 0 && itemMarkerLen(out[n-1].text) > 0 &&
			!isArchive(strings.TrimLeft(out[n-1].text, "-+•* ")) {
			out[n-1].text += " " + c.text
			continue
		}
		out = append(out, c)
	}
	return out
}
