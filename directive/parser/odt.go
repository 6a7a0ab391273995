package parser

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// An OpenDocument text (.odt, as LibreOffice, which State bodies are asked
// to use, saves documents) is read as the text it shows: its paragraphs
// and headings, the numbers its lists print, line breaks, tabs and runs
// of spaces, its tables with spanned cells, text boxes where they stand;
// notes, comments and tracked deletions are not its text.

// ODTText returns the text of an .odt file as Parse reads it. It reads
// content.xml and the list styles of styles.xml; the text goes through
// the reader of HTML pages, as a .docx's does.
func ODTText(r io.ReaderAt, size int64) (string, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return "", fmt.Errorf("odt: %w", err)
	}
	var content, styles *zip.File
	for _, f := range z.File {
		switch f.Name {
		case "content.xml":
			content = f
		case "styles.xml":
			styles = f
		}
	}
	if content == nil {
		return "", errors.New("odt: no content.xml")
	}
	o := &odtWriter{lists: map[string]*[10]odtLevel{}, counts: map[string]*[10]int{}}
	if styles != nil {
		if err := eachToken(styles, o.listStyle, "list-style"); err != nil {
			return "", err
		}
	}
	if err := eachToken(content, o.listStyle, "list-style"); err != nil {
		return "", err
	}
	rc, err := content.Open()
	if err != nil {
		return "", fmt.Errorf("odt: %w", err)
	}
	defer rc.Close()
	if err := o.read(io.LimitReader(rc, maxDocxXML)); err != nil {
		return "", err
	}
	return HTMLText(o.b.String()), nil
}

// isODT reports a zip that is an OpenDocument text: its first entry,
// stored as it is, names the type, and it has no Word document part.
func isODT(s string) bool {
	head := s[:min(len(s), 256)]
	return strings.Contains(head, "mimetypeapplication/vnd.oasis.opendocument.text") && !strings.Contains(s, "word/document.xml")
}

// odtLevel is one level of a list style: its number format ("1", "a",
// "A", "i", "I", "" for none), what stands before and after the number,
// how many levels' numbers it shows, its start; or a bullet.
type odtLevel struct {
	format, prefix, suffix, bullet string
	show, start                    int
	isBullet                       bool
}

type odtWriter struct {
	b      strings.Builder
	lists  map[string]*[10]odtLevel // list styles by name
	counts map[string]*[10]int      // counters by list style
	cur    string                   // the list style being read (listStyle)
}

// listStyle reads the list styles (text:list-style) of a style sheet.
func (o *odtWriter) listStyle(tok xml.Token) {
	t, ok := tok.(xml.StartElement)
	if !ok {
		return
	}
	switch t.Name.Local {
	case "list-style":
		o.cur = odtAttr(t, "name")
		if o.lists[o.cur] == nil {
			o.lists[o.cur] = &[10]odtLevel{}
		}
	case "list-level-style-number", "list-level-style-bullet":
		l := o.lists[o.cur]
		n, _ := strconv.Atoi(odtAttr(t, "level"))
		if l == nil || n < 1 || n > 10 {
			return
		}
		lv := odtLevel{format: odtAttr(t, "num-format"), prefix: odtAttr(t, "num-prefix"), suffix: odtAttr(t, "num-suffix"), show: 1, start: 1}
		if t.Name.Local == "list-level-style-bullet" {
			lv.isBullet, lv.bullet = true, odtAttr(t, "bullet-char")
		}
		if v, err := strconv.Atoi(odtAttr(t, "display-levels")); err == nil && v >= 1 && v <= n {
			lv.show = v
		}
		if v, err := strconv.Atoi(odtAttr(t, "start-value")); err == nil && v >= 0 && v < 10000 {
			lv.start = v
		}
		l[n-1] = lv
	}
}

// odtAttr is the value of the attribute local (any prefix).
func odtAttr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// number returns what a list of style name prints before an item at
// level (0-based), and counts it.
func (o *odtWriter) number(name string, level int) string {
	l := o.lists[name]
	if l == nil || level < 0 || level >= 10 {
		return ""
	}
	c := o.counts[name]
	if c == nil {
		c = &[10]int{}
		o.counts[name] = c
	}
	lv := l[level]
	if c[level] == 0 {
		c[level] = lv.start - 1
	}
	c[level]++
	for k := level + 1; k < 10; k++ {
		c[k] = 0 // a deeper level starts again under a new item
	}
	if lv.isBullet {
		if b := strings.TrimSpace(lv.bullet); b == "-" || b == "–" || b == "+" || b == "•" {
			return b + " "
		}
		return "- "
	}
	if lv.format == "" {
		return ""
	}
	var nums []string
	for k := level - lv.show + 1; k <= level; k++ {
		if k < 0 {
			continue
		}
		nums = append(nums, formatNumber(max(c[k], 1), odtFormat(l[k].format)))
	}
	return lv.prefix + strings.Join(nums, ".") + lv.suffix + " "
}

// odtFormat names an ODF number format as formatNumber does a .docx's.
func odtFormat(f string) string {
	switch f {
	case "a":
		return "lowerLetter"
	case "A":
		return "upperLetter"
	case "i":
		return "lowerRoman"
	case "I":
		return "upperRoman"
	}
	return "decimal"
}

// odtList is an open text:list: its style and whether it is numbered on
// from the list before it.
type odtList struct{ style string }

func (o *odtWriter) read(r io.Reader) error {
	var (
		lists  []odtList
		para   strings.Builder
		inPara int
		item   bool // the next paragraph is a list item's first
		header bool // the item is a list header: no number
		tabs   cellTables
		body   bool
	)
	out := func() *strings.Builder { return tabs.out(&o.b) }
	start := func(t xml.StartElement) bool {
		switch t.Name.Local {
		case "body":
			body = true
		case "note", "annotation", "tracked-changes", "sequence-decls", "desc", "title", "deletion":
			return true
		case "list":
			style := odtAttr(t, "style-name")
			if style == "" && len(lists) > 0 {
				style = lists[len(lists)-1].style
			}
			if len(lists) == 0 && odtAttr(t, "continue-numbering") != "true" && odtAttr(t, "continue-list") == "" {
				delete(o.counts, style) // a new list starts its count again
			}
			lists = append(lists, odtList{style: style})
		case "list-item":
			item, header = true, false
		case "list-header":
			item, header = true, true
		case "p", "h":
			if !body {
				return false
			}
			inPara++
			if inPara == 1 {
				para.Reset()
				if item && !header && len(lists) > 0 {
					para.WriteString(html.EscapeString(o.number(lists[len(lists)-1].style, len(lists)-1)))
				}
				item = false
			}
		case "line-break":
			if inPara > 0 {
				para.WriteString("<br>")
			}
		case "tab":
			if inPara > 0 {
				para.WriteString(" ")
			}
		case "s":
			if inPara > 0 {
				n, _ := strconv.Atoi(odtAttr(t, "c"))
				para.WriteString(strings.Repeat(" ", min(max(n, 1), 64)))
			}
		case "table":
			if body {
				tabs.openTable()
			}
		case "table-row":
			tabs.openRow()
		case "table-cell":
			if c := tabs.openCell(); c != nil {
				if v, err := strconv.Atoi(odtAttr(t, "number-columns-spanned")); err == nil && v > 1 {
					c.span = min(v, maxHTMLColumns)
				}
				if v, err := strconv.Atoi(odtAttr(t, "number-rows-spanned")); err == nil && v > 1 {
					c.rowspan = min(v, maxHTMLColumns)
				}
			}
		case "covered-table-cell":
			return true // a cell a span covers: its text is the spanning cell's
		}
		return false
	}
	end := func(t xml.EndElement) {
		switch t.Name.Local {
		case "list":
			if n := len(lists); n > 0 {
				lists = lists[:n-1]
			}
		case "p", "h":
			if inPara == 0 {
				return
			}
			inPara--
			if inPara > 0 {
				return
			}
			w := out()
			w.WriteString("<p>")
			w.WriteString(para.String())
			w.WriteString("</p>\n")
			para.Reset()
		case "table-cell":
			tabs.closeCell()
		case "table":
			if rows, ok := tabs.closeTable(); ok {
				writeODTTable(out(), rows)
			}
		}
	}
	text := func(t xml.CharData) {
		if inPara > 0 {
			para.WriteString(html.EscapeString(string(t)))
		}
	}
	return xmlWalk(r, "odt: content.xml", start, end, text)
}

// writeODTTable writes an .odt table's rows: its spans are written on
// the cells that span, the cells they cover left out already.
func writeODTTable(b *strings.Builder, rows [][]*docxCell) {
	b.WriteString("<table>\n")
	for _, row := range rows {
		b.WriteString("<tr>")
		for _, c := range row {
			b.WriteString("<td")
			if c.span > 1 {
				b.WriteString(` colspan="` + strconv.Itoa(c.span) + `"`)
			}
			if c.rowspan > 1 {
				b.WriteString(` rowspan="` + strconv.Itoa(c.rowspan) + `"`)
			}
			b.WriteString(">" + c.html + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
}
