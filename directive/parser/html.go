package parser

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An HTML page (a portal's page saved as is, Word's or LibreOffice's
// "Save as HTML", a copied fragment) is read as the text a browser shows,
// laid out as the reader reads plain text: each paragraph, heading, list
// item and line break a line; a table's rows as pipe rows whose cells
// keep their line breaks as "<br>", which the table reader and the header
// and tail readers already read (a header laid out in a two-cell table is
// the commonest layout of all); scripts, styles, the page's head,
// navigation and hidden elements left out. Markup is never content.

// HTMLText returns the text of an HTML page as Parse reads it. Parse
// calls it on a text that looks like HTML (and records an "html" repair);
// line numbers and byte offsets in the Document it returns then refer to
// this text, which a caller can make again with HTMLText to resolve them.
func HTMLText(page string) string {
	var r htmlReader
	r.read(page)
	return r.finish()
}

// looksHTML reports a text that is an HTML page or fragment: it opens
// with a tag the reader knows and closes some element early on. A
// Markdown text with an inline "<br>" or an HTML comment after its first
// line does not open with one.
func looksHTML(s string) bool {
	t := strings.TrimLeft(strings.TrimPrefix(s, "\uFEFF"), " \t\r\n")
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	head := strings.ToLower(t[:min(len(t), 4096)])
	if !strings.Contains(head, "</") && !strings.HasPrefix(head, "<!doctype html") {
		return false
	}
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<?xml") || strings.HasPrefix(head, "<!--") {
		return strings.Contains(head, "<html") || strings.Contains(head, "<body") || strings.Contains(head, "<p") ||
			strings.Contains(head, "<div") || strings.Contains(head, "<table")
	}
	name, _ := tagName(head, 1)
	_, known := htmlOpeners[name]
	return known
}

// htmlOpeners are the elements a page or a copied fragment opens with.
var htmlOpeners = map[string]struct{}{
	"html": {}, "head": {}, "body": {}, "meta": {}, "title": {}, "link": {}, "style": {}, "script": {},
	"div": {}, "p": {}, "table": {}, "span": {}, "section": {}, "article": {}, "main": {}, "header": {},
	"h1": {}, "h2": {}, "h3": {}, "h4": {}, "h5": {}, "h6": {}, "font": {}, "center": {}, "b": {}, "strong": {},
	"ul": {}, "ol": {}, "form": {}, "br": {}, "a": {}, "i": {}, "em": {},
}

// Elements whose content is not the page's text.
var htmlSkipped = map[string]bool{
	"head": true, "script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "object": true, "select": true, "nav": true, "button": true, "title": true, "textarea": true,
	"aside": true, "footer": true, // a portal's sidebar and footer: an official text uses neither
}

// Elements that end the line before and after them.
var htmlBlocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "section": true, "article": true,
	"main": true, "header": true, "footer": true, "aside": true, "blockquote": true, "pre": true, "hr": true,
	"address": true, "center": true, "figure": true, "figcaption": true, "caption": true, "form": true,
	"fieldset": true, "legend": true, "body": true, "html": true,
}

// Elements set apart by a blank line, as a browser's text shows them
// and as plain-text copies of documents part their paragraphs.
var htmlParagraphs = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true,
}

var htmlVoid = map[string]bool{
	"br": true, "img": true, "hr": true, "meta": true, "link": true, "input": true, "col": true, "area": true,
	"base": true, "embed": true, "param": true, "source": true, "track": true, "wbr": true,
}

// maxHTMLDepth bounds the open elements kept: deeper nesting (hostile
// input) is read as text without its structure.
const maxHTMLDepth = 512

// htmlSink collects lines: a page, or a table cell.
type htmlSink struct {
	lines []string
	cur   []byte
	space bool // a space is pending before the next word
}

func (s *htmlSink) text(t string, pre bool) {
	for i := 0; i < len(t); {
		c := t[i]
		if htmlSpace(c) {
			if pre && c == '\n' {
				s.brk()
			} else if pre {
				s.cur = append(s.cur, ' ')
			} else {
				s.space = true
			}
			i++
			continue
		}
		j := i + 1
		for j < len(t) && !htmlSpace(t[j]) {
			j++
		}
		if s.space && len(s.cur) > 0 {
			s.cur = append(s.cur, ' ')
		}
		s.space = false
		s.cur = append(s.cur, t[i:j]...)
		i = j
	}
}

// htmlSpace reports the white space HTML collapses.
func htmlSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// brk ends the line; an empty line is kept only as one blank line.
func (s *htmlSink) brk() {
	s.space = false
	if len(s.cur) == 0 {
		return
	}
	s.lines = append(s.lines, string(s.cur))
	s.cur = s.cur[:0]
}

func (s *htmlSink) blank() {
	s.brk()
	if n := len(s.lines); n > 0 && s.lines[n-1] != "" {
		s.lines = append(s.lines, "")
	}
}

// htmlCell is a table cell being read, with its spans.
type htmlCell struct {
	sink             htmlSink
	colspan, rowspan int
}

type htmlTable struct {
	rows [][]*htmlCell
	cell *htmlCell // the open cell, or nil
	open bool      // a row is open
}

type htmlList struct {
	ordered bool
	next    int
	style   byte // '1', 'a', 'A', 'i', 'I'
}

type htmlReader struct {
	page   htmlSink
	tables []*htmlTable
	lists  []htmlList
	stack  []string // open elements, for skipping and for <pre>
	fonts  []string // the font each open element's text is in ("" for the page's)
	skip   int      // open skipped elements
	pre    int
	marker string // a list item's marker, written before its text unless the text has one
}

func (r *htmlReader) sink() *htmlSink {
	if n := len(r.tables); n > 0 && r.tables[n-1].cell != nil {
		return &r.tables[n-1].cell.sink
	}
	return &r.page
}

func (r *htmlReader) read(s string) {
	s = strings.TrimPrefix(s, "\uFEFF")
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			r.addText(s[i:])
			return
		}
		if lt > 0 {
			r.addText(s[i : i+lt])
			i += lt
		}
		i = r.markup(s, i)
	}
}

func (r *htmlReader) addText(t string) {
	if r.skip > 0 || t == "" {
		return
	}
	if strings.IndexByte(t, '&') >= 0 {
		t = html.UnescapeString(t)
	}
	if !utf8.ValidString(t) {
		t = strings.ToValidUTF8(t, "\uFFFD")
	}
	if n := len(r.fonts); n > 0 && r.fonts[n-1] != "" {
		t = legacyRun(r.fonts[n-1], t) // text in a legacy font: the letters it stands for
	}
	if r.marker != "" {
		if w := strings.TrimSpace(t); w != "" {
			if !hasMarker(w) {
				r.sink().text(r.marker+" ", false)
			}
			r.marker = ""
		}
	}
	r.sink().text(t, r.pre > 0)
}

// markup reads the markup at s[i] == '<' and returns the offset after
// it; a "<" that opens no markup is text.
func (r *htmlReader) markup(s string, i int) int {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "<!--"):
		if e := strings.Index(rest[4:], "-->"); e >= 0 {
			return i + 4 + e + 3
		}
		return len(s)
	case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?"):
		if e := strings.IndexByte(rest, '>'); e >= 0 {
			return i + e + 1
		}
		return len(s)
	}
	closing := strings.HasPrefix(rest, "</")
	at := 1
	if closing {
		at = 2
	}
	name, n := tagName(rest, at)
	if name == "" {
		r.addText("<")
		return i + 1
	}
	end, attrs := tagEnd(rest, at+n)
	if closing {
		r.end(name)
	} else {
		r.start(name, attrs)
		if name == "script" || name == "style" || name == "textarea" || name == "title" {
			// raw text: no markup inside until its end tag
			j := indexFold(rest[end:], "</"+name)
			if j < 0 {
				return len(s)
			}
			r.end(name)
			k := strings.IndexByte(rest[end+j:], '>')
			if k < 0 {
				return len(s)
			}
			return i + end + j + k + 1
		}
	}
	return i + end
}

// tagName reads a tag's name at s[i:], lower case, and its length.
func tagName(s string, i int) (string, int) {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > i && (s[j] >= '0' && s[j] <= '9' || s[j] == '-' || s[j] == ':')) {
		j++
	}
	if j == i {
		return "", 0
	}
	return strings.ToLower(s[i:j]), j - i
}

// tagEnd finds the '>' that ends a tag whose attributes start at s[i:]
// (quoted values may hold one) and returns the offset after it with the
// attributes' text.
func tagEnd(s string, i int) (int, string) {
	var quote byte
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1, s[i:j]
		}
	}
	return len(s), s[i:]
}

// indexFold is strings.Index for an ASCII needle, ignoring case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
		i++
	}
	return -1
}

// attr returns the value of attribute name in a tag's attribute text.
func attr(attrs, name string) (string, bool) {
	for i := 0; i < len(attrs); {
		for i < len(attrs) && (htmlSpace(attrs[i]) || attrs[i] == '/') {
			i++
		}
		j := i
		for j < len(attrs) && attrs[j] != '=' && !htmlSpace(attrs[j]) && attrs[j] != '>' {
			j++
		}
		key := attrs[i:j]
		for j < len(attrs) && htmlSpace(attrs[j]) {
			j++
		}
		val := ""
		if j < len(attrs) && attrs[j] == '=' {
			j++
			for j < len(attrs) && htmlSpace(attrs[j]) {
				j++
			}
			if j < len(attrs) && (attrs[j] == '"' || attrs[j] == '\'') {
				q := attrs[j]
				k := strings.IndexByte(attrs[j+1:], q)
				if k < 0 {
					val, j = attrs[j+1:], len(attrs)
				} else {
					val, j = attrs[j+1:j+1+k], j+1+k+1
				}
			} else {
				k := j
				for k < len(attrs) && !htmlSpace(attrs[k]) {
					k++
				}
				val, j = attrs[j:k], k
			}
		}
		if key != "" && strings.EqualFold(key, name) {
			return html.UnescapeString(val), true
		}
		if j == i {
			j++
		}
		i = j
	}
	return "", false
}

// hidden reports an element the page does not show.
func hidden(attrs string) bool {
	if attrs == "" {
		return false
	}
	if _, ok := attr(attrs, "hidden"); ok {
		return true
	}
	st, ok := attr(attrs, "style")
	if !ok {
		return false
	}
	st = strings.ToLower(strings.Join(strings.Fields(st), ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

func (r *htmlReader) start(name, attrs string) {
	void := htmlVoid[name] || strings.HasSuffix(strings.TrimSpace(attrs), "/") && !htmlBlocks[name] && name != "td" && name != "th"
	if name == "body" {
		r.closeHead()
	}
	if r.skip > 0 {
		if !void && len(r.stack) < maxHTMLDepth {
			r.push(name, attrs)
			if htmlSkipped[name] {
				r.skip++
			}
		}
		return
	}
	if htmlSkipped[name] || hidden(attrs) {
		if !void && len(r.stack) < maxHTMLDepth {
			r.push(name, attrs)
			r.skip++
			if !htmlSkipped[name] {
				r.stack[len(r.stack)-1] = "\x00" + name // hidden: ends with its own name
			}
		}
		return
	}
	switch name {
	case "br":
		r.sink().brk()
	case "table":
		r.sink().blank()
		if len(r.tables) < maxHTMLDepth {
			r.tables = append(r.tables, &htmlTable{})
		}
	case "tr":
		if t := r.table(); t != nil {
			t.endRow()
			t.rows = append(t.rows, nil)
			t.open = true
		}
	case "td", "th":
		if t := r.table(); t != nil {
			t.endCell()
			if !t.open {
				t.rows = append(t.rows, nil)
				t.open = true
			}
			c := &htmlCell{colspan: spanAttr(attrs, "colspan"), rowspan: spanAttr(attrs, "rowspan")}
			t.rows[len(t.rows)-1] = append(t.rows[len(t.rows)-1], c)
			t.cell = c
		}
	case "ul", "ol":
		l := htmlList{ordered: name == "ol", next: 1, style: '1'}
		if v, ok := attr(attrs, "start"); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 && n < 1000 {
				l.next = n
			}
		}
		if v, ok := attr(attrs, "type"); ok && len(v) == 1 && strings.IndexByte("1aAiI", v[0]) >= 0 {
			l.style = v[0]
		}
		if len(r.lists) < maxHTMLDepth {
			r.lists = append(r.lists, l)
		}
	case "pre":
		r.pre++
	}
	if htmlParagraphs[name] {
		r.sink().blank()
	} else if htmlBlocks[name] {
		r.sink().brk()
	}
	if name == "li" && len(r.lists) > 0 {
		l := &r.lists[len(r.lists)-1]
		r.marker = l.marker()
		l.next++
	}
	if !void && len(r.stack) < maxHTMLDepth {
		r.push(name, attrs)
	}
}

// push opens an element: its name, and the font its text is in, its own
// (<font face>, a style's font-family) or its parent's.
func (r *htmlReader) push(name, attrs string) {
	font := ""
	if n := len(r.fonts); n > 0 {
		font = r.fonts[n-1]
	}
	if f := fontOf(name, attrs); f != "" {
		font = f
	}
	r.stack = append(r.stack, name)
	r.fonts = append(r.fonts, font)
}

// fontOf returns the font an element sets for its text: <font face=…>,
// or the first family of its style's font-family; "" for none.
func fontOf(name, attrs string) string {
	if name == "font" {
		if v, ok := attr(attrs, "face"); ok {
			f, _, _ := strings.Cut(v, ",")
			return strings.Trim(strings.TrimSpace(html.UnescapeString(f)), `"'`)
		}
	}
	v, ok := attr(attrs, "style")
	if !ok {
		return ""
	}
	v = html.UnescapeString(v)
	i := strings.Index(strings.ToLower(v), "font-family")
	if i < 0 {
		return ""
	}
	v = strings.TrimLeft(v[i+len("font-family"):], " :")
	v, _, _ = strings.Cut(v, ";")
	v, _, _ = strings.Cut(v, ",")
	return strings.Trim(strings.TrimSpace(v), `"'`)
}

// closeHead ends a head left open: <body> starts the page's text.
func (r *htmlReader) closeHead() {
	for k, n := range r.stack {
		if n == "head" {
			for _, m := range r.stack[k:] {
				if htmlSkipped[m] || strings.HasPrefix(m, "\x00") {
					r.skip--
				}
			}
			r.stack, r.fonts = r.stack[:k], r.fonts[:k]
			r.skip = max(r.skip, 0)
			return
		}
	}
}

func (r *htmlReader) end(name string) {
	// the innermost open element of that name, if any
	k := len(r.stack) - 1
	for ; k >= 0; k-- {
		if r.stack[k] == name || r.stack[k] == "\x00"+name {
			break
		}
	}
	if k < 0 {
		if name == "p" || name == "br" {
			r.sink().brk() // "</p>" alone, "</br>": a break as browsers read it
		}
		return
	}
	for j := len(r.stack) - 1; j >= k; j-- {
		r.close(r.stack[j])
	}
	r.stack, r.fonts = r.stack[:k], r.fonts[:k]
}

// close ends one open element.
func (r *htmlReader) close(name string) {
	if r.skip > 0 {
		if htmlSkipped[name] || strings.HasPrefix(name, "\x00") {
			r.skip--
		}
		return
	}
	switch name {
	case "td", "th":
		if t := r.table(); t != nil {
			t.endCell()
		}
	case "tr":
		if t := r.table(); t != nil {
			t.endRow()
		}
	case "table":
		if n := len(r.tables); n > 0 {
			t := r.tables[n-1]
			r.tables = r.tables[:n-1]
			t.endRow()
			t.emit(r.sink())
		}
	case "ul", "ol":
		if n := len(r.lists); n > 0 {
			r.lists = r.lists[:n-1]
		}
	case "pre":
		r.pre = max(r.pre-1, 0)
	}
	if htmlParagraphs[name] {
		r.sink().blank()
	} else if htmlBlocks[name] {
		r.sink().brk()
	}
}

func (r *htmlReader) table() *htmlTable {
	if n := len(r.tables); n > 0 {
		return r.tables[n-1]
	}
	return nil
}

func (r *htmlReader) finish() string {
	// the page ends every element: one left open that hides its text
	// (<script>, a comment) no longer stops the tables closing
	r.skip = 0
	for len(r.tables) > 0 {
		r.close("table")
	}
	r.page.brk()
	for len(r.page.lines) > 0 && r.page.lines[len(r.page.lines)-1] == "" {
		r.page.lines = r.page.lines[:len(r.page.lines)-1]
	}
	if len(r.page.lines) == 0 {
		return ""
	}
	return strings.Join(r.page.lines, "\n") + "\n"
}

func (t *htmlTable) endCell() {
	if t.cell != nil {
		t.cell.sink.brk()
		t.cell = nil
	}
}

func (t *htmlTable) endRow() {
	t.endCell()
	t.open = false
}

func spanAttr(attrs, name string) int {
	v, ok := attr(attrs, name)
	if !ok {
		return 1
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 64)
}

// hasMarker reports a list item whose text writes its own marker:
// "- ", "+ ", "• ", "1.", "2)", "a)", "IV.".
func hasMarker(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if (r == '-' || r == '+' || r == '•' || r == '–' || r == '*') && (n == len(t) || t[n] == ' ') {
		return true
	}
	w := strings.IndexAny(t, " \t")
	if w < 0 {
		w = len(t)
	}
	head := t[:w]
	if len(head) < 2 || len(head) > 6 || (head[len(head)-1] != '.' && head[len(head)-1] != ')') {
		return false
	}
	for _, c := range head[:len(head)-1] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// marker is the next item's marker as the list shows it: letters close
// with ")", numbers with ".", as Vietnamese texts write them.
func (l *htmlList) marker() string {
	if !l.ordered {
		return "-"
	}
	format := map[byte]string{'a': "lowerLetter", 'A': "upperLetter", 'i': "lowerRoman", 'I': "upperRoman"}[l.style]
	n := formatNumber(l.next, format)
	if (l.style == 'a' || l.style == 'A') && n != strconv.Itoa(l.next) {
		return n + ")"
	}
	return n + "."
}

func roman(n int) string {
	var b strings.Builder
	for _, v := range []struct {
		n int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= v.n {
			b.WriteString(v.s)
			n -= v.n
		}
	}
	return b.String()
}

// Cells longer than this, or tables whose rows have a single cell, lay
// out a page rather than tabulate: their text is read as lines.
const maxHTMLCell = 1500

// A table wider than this lays out a page (or is hostile): its cells are
// read as lines.
const maxHTMLColumns = 64

// emit writes the table into sink: a data or header table as pipe rows
// (spans filled in, "|" in a cell escaped, line breaks as "<br>"), a
// layout table as its cells' lines, row by row. A merged cell's text is
// repeated only within a budget of the table's own text, so that spans
// cannot make a page's text grow beyond a multiple of the page.
func (t *htmlTable) emit(s *htmlSink) {
	grid := t.grid()
	width, own := 0, 0
	layout := false
	for _, row := range grid {
		width = max(width, len(row))
		for _, c := range row {
			if c != nil && (runeLen(c.sink.lines) > maxHTMLCell || nested(c.sink.lines)) {
				layout = true
			}
		}
	}
	if width <= 1 || width > maxHTMLColumns || layout || len(grid) == 0 {
		s.brk()
		seen := map[*htmlCell]bool{}
		for _, row := range grid {
			for _, c := range row {
				if c == nil || seen[c] {
					continue
				}
				seen[c] = true
				s.brk()
				s.lines = append(s.lines, c.sink.lines...)
			}
		}
		s.blank()
		return
	}
	texts := map[*htmlCell]string{}
	for _, row := range grid {
		for _, c := range row {
			if _, ok := texts[c]; c != nil && !ok {
				texts[c] = cellText(c.sink.lines)
				own += len(texts[c])
			}
		}
	}
	budget := 8*own + 4096
	s.blank()
	first := true
	written := map[*htmlCell]bool{}
	for _, row := range grid {
		var b strings.Builder
		b.WriteString("|")
		empty := true
		for k := 0; k < width; k++ {
			b.WriteString(" ")
			if k < len(row) && row[k] != nil {
				c := row[k]
				v := texts[c]
				if written[c] {
					if budget -= len(v); budget < 0 {
						v = ""
					}
				}
				written[c] = true
				if v != "" {
					empty = false
				}
				b.WriteString(v)
			}
			b.WriteString(" |")
		}
		if empty {
			continue
		}
		s.lines = append(s.lines, b.String())
		if first {
			s.lines = append(s.lines, "|"+strings.Repeat("---|", width))
			first = false
		}
	}
	s.blank()
}

// grid lays the rows out with colspan and rowspan filled in: a merged
// cell appears in every position it covers.
func (t *htmlTable) grid() [][]*htmlCell {
	type pending struct {
		c    *htmlCell
		left int
	}
	var out [][]*htmlCell
	var down []pending // per column, a cell spanning into the rows below
	for _, row := range t.rows {
		var line []*htmlCell
		col := 0
		put := func(c *htmlCell) {
			line = append(line, c)
			col++
		}
		fromAbove := func() {
			for col < len(down) && down[col].left > 0 {
				down[col].left--
				put(down[col].c)
			}
		}
		for _, c := range row {
			fromAbove()
			for k := 0; k < c.colspan; k++ {
				for len(down) <= col {
					down = append(down, pending{})
				}
				if c.rowspan > 1 {
					down[col] = pending{c, c.rowspan - 1}
				}
				put(c)
			}
		}
		for col < len(down) {
			if down[col].left > 0 {
				fromAbove()
				continue
			}
			put(nil)
		}
		if len(line) > 0 {
			out = append(out, line)
		}
		if len(out) > 10000 {
			break // hostile spans: enough of a table
		}
	}
	return out
}

func runeLen(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// nested reports a cell that holds a table of its own (pipe rows).
func nested(lines []string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|") && len(l) > 1 {
			return true
		}
	}
	return false
}

// cellText is a cell's lines as one pipe cell.
func cellText(lines []string) string {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var b strings.Builder
	for k, l := range lines {
		if k > 0 {
			b.WriteString("<br>")
		}
		b.WriteString(strings.ReplaceAll(strings.TrimSpace(l), "|", `\|`))
	}
	return b.String()
}
