package parser

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"
)

// A Word document (.docx, as e-office systems pass them on) is read as
// the text Word shows: its body's paragraphs with the numbers Word's
// lists write before them, line breaks and tabs, and its tables with
// merged cells (the header and the signature laid out in cells are read
// from their cells, as from a page's table). Deleted revisions, field
// codes, and the fallback copy of a drawing are left out; a text box's
// paragraphs are read where the box stands. Page headers, footers and
// footnotes are not the document's text and are not read.

// DocxText returns the text of a .docx file as Parse reads it. It reads
// word/document.xml and word/numbering.xml; the text goes through the
// reader of HTML pages (HTMLText), so that tables read alike.
func DocxText(r io.ReaderAt, size int64) (string, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return "", fmt.Errorf("docx: %w", err)
	}
	var doc, numbering, styles *zip.File
	for _, f := range z.File {
		switch f.Name {
		case "word/document.xml":
			doc = f
		case "word/numbering.xml":
			numbering = f
		case "word/styles.xml":
			styles = f
		}
	}
	if doc == nil {
		return "", errors.New("docx: no word/document.xml")
	}
	w := &docxWriter{lists: map[string]*docxList{}, styles: map[string]docxStyle{}}
	if numbering != nil {
		if err := w.readNumbering(numbering); err != nil {
			return "", err
		}
	}
	if styles != nil {
		if err := w.readStyles(styles); err != nil {
			return "", err
		}
	}
	rc, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("docx: %w", err)
	}
	defer rc.Close()
	if err := w.read(io.LimitReader(rc, maxDocxXML)); err != nil {
		return "", err
	}
	return HTMLText(w.b.String()), nil
}

// maxDocxXML bounds the XML read from a part: a document's text is far
// smaller, and a zip bomb stops here.
const maxDocxXML = 256 << 20

// docxLevel is one level of a Word list: its number format ("decimal",
// "lowerLetter", "bullet" …), its text ("%1.", "%1.%2.", "-") and start.
type docxLevel struct {
	format, text string
	start        int
}

// docxList is a list instance (w:num) with its counters.
type docxList struct {
	levels [9]docxLevel
	count  [9]int
	seen   [9]bool
}

// docxWriter turns the document's XML into a simple HTML page: <p> per
// paragraph, <br> per break, <table> with its spans.
type docxWriter struct {
	b           strings.Builder
	lists       map[string]*docxList // by w:numId
	styles      map[string]docxStyle // by w:styleId
	defaultFont string               // the document's default font (w:docDefaults)
}

// docxStyle is what a paragraph style says of numbering: the list and
// level its paragraphs are items of ("Điều %1." in a decree's article
// style), and the style it is based on.
type docxStyle struct {
	numID, basedOn string
	ilvl           int
	font           string // the font its runs are in, when it names one
}

func (w *docxWriter) readStyles(f *zip.File) error {
	id := ""
	var st docxStyle
	defaults := false
	// most style sheets number nothing and name no legacy font: they are
	// not read
	return eachToken(f, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "docDefaults":
				defaults = true
			case "style":
				id, st = wAttr(t, "styleId"), docxStyle{}
			case "basedOn":
				st.basedOn = wAttr(t, "val")
			case "numId":
				st.numID = wAttr(t, "val")
			case "ilvl":
				st.ilvl, _ = strconv.Atoi(wAttr(t, "val"))
			case "rFonts":
				if defaults {
					w.defaultFont = runFontName(t)
				} else if id != "" {
					st.font = runFontName(t)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "docDefaults":
				defaults = false
			case "style":
				if id != "" {
					w.styles[id] = st
					id = ""
				}
			}
		}
	}, "numId", ".Vn", "VNI")
}

// runFontName is the font a w:rFonts names for the letters documents are
// written in.
func runFontName(t xml.StartElement) string {
	if f := wAttr(t, "ascii"); f != "" {
		return f
	}
	return wAttr(t, "hAnsi")
}

// styleFont returns the font a style names, through the styles it is
// based on, else the document's default font.
func (w *docxWriter) styleFont(id string) string {
	for range 10 {
		st, ok := w.styles[id]
		if !ok {
			break
		}
		if st.font != "" {
			return st.font
		}
		id = st.basedOn
	}
	return w.defaultFont
}

// eachToken calls fn with each token of a part of the file, read under
// maxDocxXML; a part without any of needs in it is not parsed.
func eachToken(f *zip.File, fn func(xml.Token), needs ...string) error {
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxDocxXML))
	if err != nil {
		return fmt.Errorf("docx: %s: %w", f.Name, err)
	}
	if !slices.ContainsFunc(needs, func(n string) bool { return bytes.Contains(data, []byte(n)) }) {
		return nil
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("docx: %s: %w", f.Name, err)
		}
		fn(tok)
	}
}

// styleNumbering returns the list and level a paragraph of style id is
// an item of, through the styles it is based on, or "".
func (w *docxWriter) styleNumbering(id string) (string, int) {
	for range 10 {
		st, ok := w.styles[id]
		if !ok {
			return "", 0
		}
		if st.numID != "" {
			return st.numID, st.ilvl
		}
		id = st.basedOn
	}
	return "", 0
}

func (w *docxWriter) readNumbering(f *zip.File) error {
	abstract := map[string]*[9]docxLevel{}
	nums := map[string]string{} // numId → abstractNumId
	var cur *[9]docxLevel
	lvl := -1
	num := ""
	err := eachToken(f, func(tok xml.Token) {
		se, ok := tok.(xml.StartElement)
		if !ok {
			return
		}
		switch se.Name.Local {
		case "abstractNum":
			cur = &[9]docxLevel{}
			abstract[wAttr(se, "abstractNumId")] = cur
		case "lvl":
			lvl = -1
			if n, err := strconv.Atoi(wAttr(se, "ilvl")); err == nil && n >= 0 && n < 9 {
				lvl = n
			}
		case "start", "numFmt", "lvlText":
			if cur == nil || lvl < 0 {
				return
			}
			v := wAttr(se, "val")
			switch se.Name.Local {
			case "start":
				cur[lvl].start, _ = strconv.Atoi(v)
			case "numFmt":
				cur[lvl].format = v
			case "lvlText":
				cur[lvl].text = v
			}
		case "num":
			num = wAttr(se, "numId")
		case "abstractNumId":
			if num != "" {
				nums[num] = wAttr(se, "val")
			}
		}
	}, "abstractNum")
	if err != nil {
		return err
	}
	for id, a := range nums {
		if levels := abstract[a]; levels != nil {
			w.lists[id] = &docxList{levels: *levels}
		}
	}
	return nil
}

// wAttr returns the value of an attribute by its local name.
func wAttr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxCell is a table cell read: its HTML and spans.
type docxCell struct {
	html    string
	span    int
	merge   string // w:vMerge: "restart", "continue" or ""
	rowspan int
}

func (w *docxWriter) read(r io.Reader) error {
	var (
		para     strings.Builder // the open paragraph's HTML
		inPara   int
		numID    string
		ilvl     int
		pStyle   string
		inText   bool
		tabs     cellTables
		boxDepth []int  // the paragraph depth around each open text box
		inRun    bool   // inside a w:r
		runFont  string // the font the run names, or its style's
	)
	out := func() *strings.Builder { return tabs.out(&w.b) }
	start := func(t xml.StartElement) bool {
		switch t.Name.Local {
		case "del", "instrText", "delText", "Fallback":
			return true
		case "txbxContent":
			if inPara > 0 {
				// a text box inside a paragraph: its paragraphs stand
				// apart from the one around it
				out().WriteString(para.String())
				para.Reset()
				out().WriteString("</p>")
				boxDepth = append(boxDepth, inPara)
				inPara = 0
			}
		case "p":
			inPara++
			if inPara == 1 {
				para.Reset()
				numID, ilvl, pStyle = "", 0, ""
			}
		case "pStyle":
			pStyle = wAttr(t, "val")
		case "r":
			inRun, runFont = true, ""
		case "rFonts":
			if inRun {
				runFont = runFontName(t)
			}
		case "rStyle":
			if inRun && runFont == "" {
				runFont = w.styles[wAttr(t, "val")].font
			}
		case "numId":
			numID = wAttr(t, "val")
		case "ilvl":
			ilvl, _ = strconv.Atoi(wAttr(t, "val"))
		case "t":
			inText = true
		case "tab":
			// (a tab stop under w:pPr is a w:tab too: it comes before
			// any text and adds a leading space the page reader drops)
			if inPara > 0 {
				para.WriteString(" ")
			}
		case "noBreakHyphen":
			if inPara > 0 {
				para.WriteString("-") // "UBND‑KGVX" as Word keeps it on one line
			}
		case "br", "cr":
			if inPara > 0 && wAttr(t, "type") != "page" {
				para.WriteString("<br>")
			}
		case "tbl":
			tabs.openTable()
		case "tr":
			tabs.openRow()
		case "tc":
			tabs.openCell()
		case "gridSpan":
			if c := tabs.cell(); c != nil {
				if v, err := strconv.Atoi(wAttr(t, "val")); err == nil && v > 1 {
					c.span = min(v, maxHTMLColumns)
				}
			}
		case "vMerge":
			if c := tabs.cell(); c != nil {
				c.merge = "continue"
				if wAttr(t, "val") == "restart" {
					c.merge = "restart"
				}
			}
		}
		return false
	}
	end := func(t xml.EndElement) {
		switch t.Name.Local {
		case "r":
			inRun = false
		case "t":
			inText = false
		case "p":
			if inPara == 0 {
				return
			}
			inPara--
			if inPara > 0 {
				return
			}
			o := out()
			o.WriteString("<p>")
			if numID == "" && pStyle != "" {
				numID, ilvl = w.styleNumbering(pStyle)
			}
			if numID != "" && numID != "0" {
				o.WriteString(html.EscapeString(w.number(numID, ilvl)))
			}
			o.WriteString(para.String())
			o.WriteString("</p>\n")
			para.Reset()
		case "txbxContent":
			if n := len(boxDepth); n > 0 {
				inPara = boxDepth[n-1]
				boxDepth = boxDepth[:n-1]
				para.Reset()
			}
		case "tc":
			tabs.closeCell()
		case "tbl":
			if rows, ok := tabs.closeTable(); ok {
				writeDocxTable(out(), rows)
			}
		}
	}
	text := func(t xml.CharData) {
		if inText && inPara > 0 {
			text := string(t)
			font := runFont
			if font == "" {
				font = w.styleFont(pStyle)
			}
			if font != "" {
				text = legacyRun(font, text) // a run in a legacy font: the letters it stands for
			}
			para.WriteString(html.EscapeString(text))
		}
	}
	return xmlWalk(r, "docx: word/document.xml", start, end, text)
}

// number returns the number Word writes before an item of list numID at
// level ilvl, and counts it.
func (w *docxWriter) number(numID string, ilvl int) string {
	l := w.lists[numID]
	if l == nil || ilvl < 0 || ilvl >= 9 {
		return ""
	}
	lv := l.levels[ilvl]
	if !l.seen[ilvl] {
		l.count[ilvl] = max(lv.start, 1) - 1
		if lv.start == 0 {
			l.count[ilvl] = 0
		}
		l.seen[ilvl] = true
	}
	l.count[ilvl]++
	for k := ilvl + 1; k < 9; k++ {
		l.seen[k] = false // a deeper level starts again under a new item
	}
	if lv.format == "bullet" {
		if b := strings.TrimSpace(lv.text); b == "-" || b == "–" || b == "+" || b == "•" {
			return b + " "
		}
		return "- "
	}
	if lv.format == "none" || lv.text == "" {
		return ""
	}
	s := lv.text
	for k := 0; k <= ilvl; k++ {
		ph := "%" + strconv.Itoa(k+1)
		if !strings.Contains(s, ph) {
			continue
		}
		s = strings.ReplaceAll(s, ph, formatNumber(l.count[k], l.levels[k].format))
	}
	return s + " "
}

// formatNumber writes n in a Word list's number format.
func formatNumber(n int, format string) string {
	switch format {
	case "lowerLetter", "upperLetter":
		if n >= 1 && n <= 26 {
			c := string(rune('a' + n - 1))
			if format == "upperLetter" {
				c = strings.ToUpper(c)
			}
			return c
		}
	case "lowerRoman", "upperRoman":
		if n >= 1 && n < 40 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// writeDocxTable writes the rows as an HTML table: a cell a vertical
// merge continues is left out and the cell that starts it spans the rows.
func writeDocxTable(b *strings.Builder, rows [][]*docxCell) {
	// the grid column where each cell starts, to find what a merge continues
	cols := make([][]int, len(rows))
	for r, row := range rows {
		c := 0
		for _, cell := range row {
			cols[r] = append(cols[r], c)
			c += cell.span
		}
	}
	for r, row := range rows {
		for k, cell := range row {
			if cell.merge != "restart" {
				continue
			}
			for r2 := r + 1; r2 < len(rows); r2++ {
				j := indexOfCol(cols[r2], cols[r][k])
				if j < 0 || rows[r2][j].merge != "continue" {
					break
				}
				cell.rowspan++
			}
		}
	}
	b.WriteString("<table>\n")
	for _, row := range rows {
		b.WriteString("<tr>")
		for _, cell := range row {
			if cell.merge == "continue" {
				continue
			}
			b.WriteString("<td")
			if cell.span > 1 {
				b.WriteString(` colspan="` + strconv.Itoa(cell.span) + `"`)
			}
			if cell.rowspan > 1 {
				b.WriteString(` rowspan="` + strconv.Itoa(cell.rowspan) + `"`)
			}
			b.WriteString(">")
			b.WriteString(cell.html)
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
}

// xmlWalk reads the elements of an XML part in order, under a bound on
// their nesting: start is called on each element outside a skipped one
// and tells whether to skip it and all it holds; end and text are called
// outside skipped elements too.
func xmlWalk(r io.Reader, part string, start func(xml.StartElement) bool, end func(xml.EndElement), text func(xml.CharData)) error {
	d := xml.NewDecoder(r)
	depth, skip := 0, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", part, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxHTMLDepth {
				return fmt.Errorf("%s nests too deep", part)
			}
			if skip > 0 {
				skip++
			} else if start(t) {
				skip = 1
			}
		case xml.EndElement:
			depth--
			if skip > 0 {
				skip--
			} else {
				end(t)
			}
		case xml.CharData:
			if skip == 0 {
				text(t)
			}
		}
	}
}

// cellTables builds the tables of a Word or OpenDocument text as its XML
// is read: the open tables' rows of cells, and the cells being written,
// innermost last.
type cellTables struct {
	tables  [][][]*docxCell
	cellBuf []*strings.Builder
	cellTop []*docxCell
}

// out is where text goes: the open cell, else page.
func (c *cellTables) out(page *strings.Builder) *strings.Builder {
	if n := len(c.cellBuf); n > 0 {
		return c.cellBuf[n-1]
	}
	return page
}

func (c *cellTables) openTable() { c.tables = append(c.tables, nil) }

func (c *cellTables) openRow() {
	if n := len(c.tables); n > 0 {
		c.tables[n-1] = append(c.tables[n-1], nil)
	}
}

// openCell starts a cell in the open row, or returns nil outside one.
func (c *cellTables) openCell() *docxCell {
	n := len(c.tables)
	if n == 0 || len(c.tables[n-1]) == 0 {
		return nil
	}
	cell := &docxCell{span: 1, rowspan: 1}
	rows := c.tables[n-1]
	rows[len(rows)-1] = append(rows[len(rows)-1], cell)
	c.cellBuf = append(c.cellBuf, &strings.Builder{})
	c.cellTop = append(c.cellTop, cell)
	return cell
}

// cell is the cell being written, or nil.
func (c *cellTables) cell() *docxCell {
	if n := len(c.cellTop); n > 0 {
		return c.cellTop[n-1]
	}
	return nil
}

func (c *cellTables) closeCell() {
	if n := len(c.cellBuf); n > 0 {
		c.cellTop[n-1].html = c.cellBuf[n-1].String()
		c.cellBuf, c.cellTop = c.cellBuf[:n-1], c.cellTop[:n-1]
	}
}

// closeTable ends the open table and returns its rows.
func (c *cellTables) closeTable() ([][]*docxCell, bool) {
	n := len(c.tables)
	if n == 0 {
		return nil, false
	}
	rows := c.tables[n-1]
	c.tables = c.tables[:n-1]
	return rows, true
}

func indexOfCol(cols []int, c int) int {
	for j, x := range cols {
		if x == c {
			return j
		}
	}
	return -1
}
