package parser

import (
	"errors"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// SyntaxError is a part of a document's text that Parse could not read.
// Line and Col are 1-based; Col counts runes of the input line.
type SyntaxError struct {
	Line, Col int
	// Field is the JSON name of the part being read ("symbol", "date").
	Field string
	Msg   string
	// Text is the text that could not be read.
	Text string
}

// Error returns "directive.Parse: line 7, column 5: symbol: … (text "…")".
func (e *SyntaxError) Error() string {
	s := "directive.Parse: line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Col) + ": "
	if e.Field != "" {
		s += e.Field + ": "
	}
	s += e.Msg
	if e.Text != "" {
		s += " (text " + strconv.Quote(vntext.Clip(e.Text, 60)) + ")"
	}
	return s
}

// ErrNoDocument is wrapped by the error Parse returns for text in which no
// part of a document header (national header, number, date line or type
// name) can be found.
var ErrNoDocument = errors.New("directive: no document header found")

// Unwrap returns ErrNoDocument for that error and nil otherwise.
func (e *SyntaxError) Unwrap() error {
	if e.Field == "" && e.Msg == ErrNoDocument.Error() {
		return ErrNoDocument
	}
	return nil
}

// Parse reads a State or Party document from text as it comes from PDFs,
// scans and web pages, and records each repair it makes in
// Document.Repairs. It accepts markdown bold and strike markers, site
// chrome before the header, the two header columns flattened onto the
// same lines or one after the other, "Số:" or "Số", a number that lost its
// "/", spaces inside the symbol, the type name in capitals followed by the
// subject, multi-line "V/v" subjects, NFD input and either tone placement,
// and text cut off before its end (the header is still returned).
//
// Parts that cannot be read are reported as *[SyntaxError] values with
// their line and column, joined with errors.Join; the Document holds
// everything else and is returned even then. A repost without its header
// ("Ban Thường vụ Tỉnh ủy … đã ban hành Chỉ thị số 17 về …") gives the
// type and bloc its lead tells and the body, with a [RepairNoHeader]
// repair; a header flattened onto one line is split at its parts first.
// Text with neither a header nor such a lead gives a nil Document and an
// error wrapping [ErrNoDocument].
func Parse(text string) (*directive.Document, error) {
	p := &docParser{d: &directive.Document{}}
	p.prepare(text)
	anchor := p.findAnchor()
	if anchor < 0 {
		if !p.parseRepost() {
			return nil, &SyntaxError{Line: 1, Col: 1, Msg: ErrNoDocument.Error()}
		}
		return p.result()
	}
	start := p.headerStart(anchor)
	p.first = start
	p.dropChrome(start)
	for _, r := range p.tableRows {
		if r.Line >= p.lines[start].no {
			p.d.Repairs = append(p.d.Repairs, r)
		}
	}
	bodyStart := p.parseHeader(start)
	bodyStart = p.bareSubject(bodyStart)
	if p.d.Bloc == directive.BlocUnspecified && p.d.Issuer == "" {
		// a repost whose type line survived: the lead above tells the bloc
		if ld, ok := p.findLead(start); ok && ld.kind == p.d.Type {
			p.d.Bloc = ld.bloc
		}
	}
	p.parseRest(bodyStart)
	p.finish()
	return p.result()
}

// bareSubject reads the trích yếu of a letter printed under its number
// without "V/v" (as Party letters often are): one to three short lines
// right before "Kính gửi". It returns where the body starts.
func (p *docParser) bareSubject(i int) int {
	d := p.d
	if d.Subject != "" || !d.Symbol.IsValid() || d.Type != directive.KindUnspecified && d.Type != directive.KindOfficialLetter {
		return i
	}
	var lines []string
	first := 0
	for j := i; j < len(p.lines) && j < i+20; j++ {
		switch p.kind(j) {
		case lkBlank:
			continue
		case lkKinhGui:
			if len(lines) == 0 {
				return i
			}
			d.Subject = strings.TrimRight(strings.Join(lines, " "), ". ")
			if d.Type == directive.KindUnspecified {
				d.Type = directive.KindOfficialLetter
			}
			p.repair(directive.RepairSubjectVv, "subject", first, "", "V/v "+d.Subject)
			return j
		case lkText:
			t := p.lines[j].text
			if len(lines) == 3 || len(t) > 200 || startsBody(p.key(j)) || sectionMarker(t) != "" {
				return i
			}
			if len(lines) == 0 {
				first = p.lines[j].no
			}
			lines = append(lines, t)
		default:
			return i
		}
	}
	return i
}

func (p *docParser) result() (*directive.Document, error) {
	if len(p.errs) > 0 {
		errs := make([]error, len(p.errs))
		for i, e := range p.errs {
			errs[i] = e
		}
		return p.d, errors.Join(errs...)
	}
	return p.d, nil
}

// RoundTrips reports whether d meets the precondition of the round trip
// Parse(render.Text(d)) == d: it has a header, an issuer and the national
// header (Quốc hiệu or the Party's name), since a text without them does
// not show the document's bloc; a date with its place; and a trích yếu
// under its type name, as Decree 30 and Guideline 36 require; and text
// that was UTF-8 (letters lost to U+FFFD may no longer read as the words
// they were). Citations read back with spans into the
// canonical text, and the repairs are those of reading it; the other
// fields come back as they were, for documents Parse returned and for
// documents built with fields in the form Parse gives them (trimmed, NFC,
// without list markers).
func RoundTrips(d *directive.Document) bool {
	typeLine := d.Type != directive.KindUnspecified && d.Type != directive.KindOfficialLetter
	return d.Issuer != "" && len(d.NationalHeader) > 0 && !d.HasRepair(directive.RepairInvalidUTF8) &&
		(d.Place == "" || !d.Date.IsZero()) && // a place without its date is a blank form
		(!typeLine || d.Subject != "") // under a type line, the next line is the trích yếu
}

// MustParse is like [Parse] but panics on error. It is meant for tests and
// examples with constant input.
func MustParse(text string) *directive.Document {
	d, err := Parse(text)
	if err != nil {
		panic(err)
	}
	return d
}

// docLine is one line of input after clean-up.
type docLine struct {
	text    string // markers removed, spaces collapsed, trimmed
	raw     string // the input line (NFC)
	no      int    // 1-based line number
	off     int    // byte offset of the input line in docParser.text
	key     string // vntext.Key of the start of text, computed on demand
	kset    bool
	kind    lineKind // cached classification, valid when kindSet
	kindSet bool
}

type docParser struct {
	d     *directive.Document
	text  string // the input after the encoding repairs, in NFC
	lines []docLine
	// first is the line the document starts at: its header, or the body
	// under a repost's lead. Citations are read from there on.
	first int
	// bodyOff is the byte offset in text where the body starts.
	bodyOff int
	// lineOff holds the byte offset in text of each input line (line no
	// at lineOff[no-1]); wraps the input line numbers whose line break
	// the parser read as a wrap inside a sentence.
	lineOff []int
	wraps   []int
	// aside holds the input line numbers inside the document that are not
	// part of it (site chrome in the tail, a repost's lead); citations
	// are not read there.
	aside []int
	errs  []*SyntaxError
	// whether the markdown, stray-mark and entity repairs were noted
	markdown, strayMarks, entities bool
	// tableRows are the column repairs of table rows, pending until the
	// header start is known.
	tableRows []directive.Repair
}

// maxKeyLine bounds the text the parser folds per line: the decisions
// made on a line only look at its start, and bounding the work keeps Parse
// linear in the size of hostile input.
const maxKeyLine = 240

// lineKeyLen is how much of a line the per-line key covers: enough for
// every label, mark, type name and signer title the parser looks for.
const lineKeyLen = 72

func (p *docParser) key(i int) string {
	l := &p.lines[i]
	if !l.kset {
		t := l.text
		if len(t) > lineKeyLen {
			t = t[:vntext.RuneStart(t, lineKeyLen)]
		}
		l.key, l.kset = vntext.Key(t), true
	}
	return l.key
}

func (p *docParser) fail(line int, raw, at, field, msg string) {
	col := 1
	if k := strings.Index(raw, at); k >= 0 && at != "" {
		col = utf8.RuneCountInString(raw[:k]) + 1
	}
	p.errs = append(p.errs, &SyntaxError{Line: line, Col: col, Field: field, Msg: msg, Text: at})
}

// wrapBefore notes that the line break before input line no is a wrap
// inside a sentence.
func (p *docParser) wrapBefore(no int) {
	if no > 1 {
		p.wraps = append(p.wraps, no)
	}
}

func (p *docParser) repair(c directive.RepairCode, path string, line int, from, to string) {
	p.d.Repairs = append(p.d.Repairs, directive.Repair{Code: c, Path: path, Line: line, Original: from, Repaired: to})
}

// prepare checks the encoding, normalises to NFC and splits the text into
// cleaned lines.
func (p *docParser) prepare(text string) {
	if !utf8.ValidString(text) {
		line, col := 1, 1
		var b strings.Builder
		first := true
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n == 1 {
				if first {
					p.errs = append(p.errs, &SyntaxError{Line: line, Col: col, Msg: "bytes that are not UTF-8 (read as U+FFFD)", Text: strconv.QuoteToASCII(text[i : i+1])})
					p.repair(directive.RepairInvalidUTF8, "", line, "", "\uFFFD")
					first = false
				}
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(text[i : i+n])
			}
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i += n
		}
		text = b.String()
	}
	// Decomposed Vietnamese carries combining marks (lead bytes 0xCC,
	// 0xCD); text without them is answered at memchr speed.
	if (strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0) && !vntext.IsNFC(text) {
		text = vntext.NFC(text)
		p.repair(directive.RepairNFC, "", 1, "", "")
	}
	p.text = text
	n := strings.Count(text, "\n") + 1
	p.lines = make([]docLine, 0, n)
	no, off, next := 0, 0, 0
	lineHeader := false
	for raw := range strings.Lines(text) {
		no++
		off, next = next, next+len(raw)
		p.lineOff = append(p.lineOff, off)
		raw = strings.TrimRight(raw, "\r\n")
		raw = strings.TrimSuffix(raw, "\r")
		if isTableRow(raw) {
			p.addTableRow(raw, no, off)
			continue
		}
		t := p.clean(raw, no)
		// A flattened header sits near the top, under some chrome at
		// most, and not under a header already on its own lines.
		if len(p.lines) > maxFlatLine || lineHeader {
		} else if len(t) < flatMin {
			lineHeader = isHeaderMotto(t)
		} else if parts := splitFlatHeader(t); len(parts) > 1 {
			p.repair(directive.RepairFlatHeader, "", no, t, strings.Join(parts, " ⏎ "))
			for _, part := range parts {
				p.lines = append(p.lines, docLine{text: part, raw: raw, no: no, off: off})
			}
			continue
		}
		p.lines = append(p.lines, docLine{text: t, raw: raw, no: no, off: off})
	}
	p.joinBroken()
}

// isTableRow reports a line that is a row of a web or markdown table: it
// opens with "|", ends with "|" or holds " | " between cells.
// metadataLabels name the facts legal-database pages list before a
// document, as search keys.
var metadataLabels = map[string]bool{"số hiệu": true, "số ký hiệu": true, "ngày ban hành": true,
	"ngày có hiệu lực": true, "ngày hiệu lực": true, "ngày hết hiệu lực": true, "loại văn bản": true,
	"cơ quan ban hành": true, "nơi ban hành": true, "người ký": true, "lĩnh vực": true,
	"tình trạng": true, "tình trạng hiệu lực": true, "ngày công báo": true, "số công báo": true,
	"ngày đăng": true, "cập nhật": true, "trích yếu": true}

func isMetadataLabel(t string) bool {
	return len(t) < 40 && metadataLabels[vntext.Key(strings.TrimRight(t, ": "))]
}

func isTableRow(raw string) bool {
	if strings.IndexByte(raw, '|') < 0 || len(raw) > 2000 {
		return false
	}
	t := strings.TrimSpace(raw)
	return strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") || strings.Contains(t, " | ")
}

// addTableRow splits a markdown or web table row into one line per cell,
// so header columns laid out as a table read like the others.
func (p *docParser) addTableRow(raw string, no, off int) {
	cells := strings.Split(strings.Trim(strings.TrimSpace(raw), "|"), "|")
	if len(cells) == 2 && isMetadataLabel(p.clean(cells[0], no)) {
		// a legal database's fact row ("Số hiệu | 05/2025/NQ-HĐND |"):
		// one line of chrome, not a header's number or date
		p.lines = append(p.lines, docLine{text: p.clean(cells[0], no) + ": " + p.clean(cells[1], no), raw: raw, no: no, off: off})
		return
	}
	if len(cells) > 1 {
		// Recorded once the header is found: a row of site chrome before
		// it is left out with the chrome.
		p.tableRows = append(p.tableRows, directive.Repair{Code: directive.RepairColumns, Line: no, Original: raw})
	}
	for _, c := range cells {
		t := p.clean(c, no)
		if strings.Trim(t, "-: ") == "" && t != "" {
			continue // |---|---| separator row
		}
		p.lines = append(p.lines, docLine{text: t, raw: raw, no: no, off: off})
	}
}

// markdownMarks removes the markdown emphasis markers. Safe for
// concurrent use.
var markdownMarks = strings.NewReplacer("**", "", "~~", "", "__", "", "`", "")

// clean removes markdown and invisible characters and collapses spaces.
func (p *docParser) clean(s string, no int) string {
	orig := s
	s = strings.TrimSpace(s)
	marked := false
	if strings.HasPrefix(s, "#") {
		t := strings.TrimLeft(s, "#")
		if t == "" || t[0] == ' ' {
			s, marked = t, true
		}
	}
	if strings.HasPrefix(s, "> ") {
		s, marked = s[2:], true
	}
	if strings.Contains(s, "**") || strings.Contains(s, "~~") || strings.Contains(s, "__") || strings.Contains(s, "`") {
		s = markdownMarks.Replace(s)
		marked = true
	}
	if marked && !p.markdown {
		p.markdown = true
		p.repair(directive.RepairMarkdown, "", no, strings.TrimSpace(orig), collapse(s))
	}
	if strings.IndexByte(s, '&') >= 0 && strings.IndexByte(s, ';') >= 0 {
		// a page's HTML entities left in the text: "&nbsp;", "&quot;", "&#7897;"
		if u := html.UnescapeString(s); u != s {
			if !p.entities {
				p.entities = true
				p.repair(directive.RepairEntities, "", no, strings.TrimSpace(orig), collapse(u))
			}
			s = u
		}
	}
	s = trimRuleTail(s)
	if hasStrayMark(s) {
		c := dropStrayMarks(s)
		if !p.strayMarks {
			p.strayMarks = true
			p.repair(directive.RepairStrayMarks, "", no, strings.TrimSpace(orig), collapse(c))
		}
		s = c
	}
	return collapse(s)
}

// trimRuleTail removes a rule printed at the end of a line of text
// ("ỦY BAN NHÂN DÂN TỈNH LONG AN --------"), as a cell of a header keeps
// it.
func trimRuleTail(s string) string {
	t := strings.TrimRight(s, " ")
	k := len(t)
	for k > 0 && (t[k-1] == '-' || t[k-1] == '_' || t[k-1] == '*' || t[k-1] == '=') {
		k--
	}
	if len(t)-k < 3 || k == 0 || t[k-1] != ' ' || strings.TrimSpace(t[:k]) == "" {
		return s
	}
	return strings.TrimRight(t[:k], " ")
}

// hasStrayMark reports a combining mark (U+0300–U+036F, lead byte CC or
// CD) right after a space or at the start: a tone mark that PDF text
// layers print apart from its letter ("thiêt hai ̀ ̣ ̣ do").
func hasStrayMark(s string) bool {
	if strings.IndexByte(s, 0xCC) < 0 && strings.IndexByte(s, 0xCD) < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if isMarkAt(s, i) && (i == 0 || s[i-1] == ' ') {
			return true
		}
	}
	return false
}

func isMarkAt(s string, i int) bool {
	return i+1 < len(s) && (s[i] == 0xCC && s[i+1] >= 0x80 || s[i] == 0xCD && s[i+1] <= 0xAF)
}

// dropStrayMarks removes the marks hasStrayMark finds, with any marks
// right after them.
func dropStrayMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	stray := true // at the start, or after a space or a dropped mark
	for i := 0; i < len(s); {
		if stray && isMarkAt(s, i) {
			i += 2
			continue
		}
		stray = s[i] == ' '
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// collapse trims s and turns every run of white space, including NBSP and
// zero-width characters, into one space; soft hyphens go away.
func collapse(s string) string {
	simple := !strings.Contains(s, "  ") && !strings.HasPrefix(s, " ") && !strings.ContainsAny(s, "\t\n\v\f\r") && !hasOddSpace(s)
	if simple {
		return strings.TrimRight(s, " ")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\uFEFF' || r == '\u2060':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasOddSpace reports whether s holds a character oddSpaceAt flags,
// looking only at the lead bytes that can start one.
func hasOddSpace(s string) bool {
	for _, lead := range []byte{0xC2, 0xE2, 0xE3, 0xEF} { // U+1680 is too rare to scan for
		for off := 0; off < len(s); {
			i := strings.IndexByte(s[off:], lead)
			if i < 0 {
				break
			}
			if oddSpaceAt(s, off+i) {
				return true
			}
			off += i + 1
		}
	}
	return false
}

// oddSpaceAt reports a space or invisible character other than ' ' at
// s[i]: NBSP, NEL, soft hyphen, U+1680, U+2000–U+200D, U+202F, U+2060,
// U+3000 and the BOM. Vietnamese letters and curly quotes are not.
func oddSpaceAt(s string, i int) bool {
	at := func(j int) byte {
		if j < len(s) {
			return s[j]
		}
		return 0
	}
	switch s[i] {
	case 0xC2:
		b := at(i + 1)
		return b == 0xA0 || b == 0xAD || b == 0x85
	case 0xE1:
		return at(i+1) == 0x9A && at(i+2) == 0x80
	case 0xE2:
		b, c := at(i+1), at(i+2)
		return b == 0x80 && (c <= 0x8D || c == 0xAF) || b == 0x81 && c == 0xA0
	case 0xE3:
		return at(i+1) == 0x80 && at(i+2) == 0x80
	case 0xEF:
		return at(i+1) == 0xBB && at(i+2) == 0xBF
	}
	return false
}

// lineKind classifies a cleaned line by its start.
type lineKind uint8

const (
	lkText lineKind = iota
	lkBlank
	lkRule
	lkNational
	lkNumber
	lkDate
	lkVv
	lkType
	lkMark // urgency or secrecy
	lkKinhGui
	lkDongKinhGui
	lkNoiNhan
	lkSign // TM., KT., T/M …
)

// National header keys.
const (
	keyQuocHieu = "cộng hòa xã hội chủ nghĩa việt nam"
	keyTieuNgu  = "độc lập tự do hạnh phúc"
	keyDang     = "đảng cộng sản việt nam"
)

func (p *docParser) kind(i int) lineKind {
	l := &p.lines[i]
	if !l.kindSet {
		l.kind, l.kindSet = p.classify(i), true
	}
	return l.kind
}

// mayBeNational is a cheap test for the words that open the national
// headers, so that only those lines are folded whole.
func mayBeNational(t string) bool {
	if len(t) > maxKeyLine {
		return false
	}
	// one pass over the bytes: the words open with C, c, Đ or đ
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == 'C' || c == 'c':
			w := t[i:]
			if strings.HasPrefix(w, "CỘNG") || strings.HasPrefix(w, "Cộng") || strings.HasPrefix(w, "cộng") || strings.HasPrefix(w, "CHXHCN") {
				return true
			}
		case c == 0xC4 && i+1 < len(t) && (t[i+1] == 0x90 || t[i+1] == 0x91):
			w := t[i+2:]
			if strings.HasPrefix(w, "ỘC") || strings.HasPrefix(w, "ộc") || strings.HasPrefix(w, "ẢNG") || strings.HasPrefix(w, "ảng") {
				return true
			}
			i++
		}
	}
	return false
}

func (p *docParser) classify(i int) lineKind {
	t := p.lines[i].text
	if t == "" {
		return lkBlank
	}
	if isRule(t) {
		return lkRule
	}
	if nationalKind(t) != "" {
		return lkNational
	}
	if isNumberLine(t) {
		return lkNumber
	}
	if isVv(t) {
		return lkVv
	}
	if signMarkLen(t) > 0 {
		return lkSign
	}
	if !needsKey(t) {
		if len(t) <= maxKeyLine && isDateLine(t) {
			return lkDate
		}
		return lkText
	}
	k := p.key(i)
	switch {
	case isNumberLine(t):
		return lkNumber
	case isVv(t):
		return lkVv
	case strings.HasPrefix(k, "kính gửi"):
		return lkKinhGui
	case strings.HasPrefix(k, "đồng kính gửi"):
		return lkDongKinhGui
	case strings.HasPrefix(k, "nơi nhận"):
		return lkNoiNhan
	case signMarkLen(t) > 0:
		return lkSign
	}
	if _, _, ok := markOf(t, k); ok {
		return lkMark
	}
	if _, _, ok := typeLine(t, k); ok {
		return lkType
	}
	if len(t) <= maxKeyLine && isDateLine(t) {
		return lkDate
	}
	return lkText
}

// needsKey reports whether a line can open with a label, mark, type name
// or title, the only things classify folds a line for.
func needsKey(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case 'K', 'k', 'Đ', 'đ', 'N', 'n':
		return true
	}
	return len(t) <= 400 && isUpperWord(t)
}

// isRule reports a line drawn with dashes, underscores, stars or dots.
func isRule(t string) bool {
	for _, r := range t {
		switch r {
		case '-', '_', '=', '*', '—', '–', '.', ' ', '·', '…', '~':
		default:
			return false
		}
	}
	return true
}

// isNumberLine reports "Số: 12/…", "Số 15-CT/TU", "Số: /KH-UBND".
func isNumberLine(t string) bool {
	rest, ok := cutSo(t)
	if !ok {
		return false
	}
	return rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '/' || rest[0] == ':')
}

// cutSo returns what follows the word "Số" at the start of t, with spaces
// skipped (the colon is kept).
func cutSo(t string) (string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(t, "Số"), strings.HasPrefix(t, "SỐ"), strings.HasPrefix(t, "số"):
		rest = t[len("Số"):]
	case strings.HasPrefix(t, "So:"), strings.HasPrefix(t, "SO:"):
		rest = t[2:]
	default:
		return "", false
	}
	if rest != "" && rest[0] != ' ' && rest[0] != ':' && !(rest[0] >= '0' && rest[0] <= '9') {
		return "", false // "Số hiệu", "Sống"
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(t, "số") && !strings.HasPrefix(rest, ":") {
		return "", false // a wrapped sentence: "… tại văn bản" / "số 2608/SNV-TCBC ngày …"
	}
	return rest, true
}

func isVv(t string) bool {
	return len(t) >= 3 && (t[0] == 'V' || t[0] == 'v') && t[1] == '/' && (t[2] == 'v' || t[2] == 'V')
}

// signMarks are the authority marks, State (with a dot) and Party (with a
// slash), longest first.
var signMarks = []string{"TUQ.", "TM.", "KT.", "TL.", "T/M", "K/T", "T/L", "Q."}

// signMarkLen returns the length of an authority mark at the start of t
// when a capitalised word follows it, or 0.
func signMarkLen(t string) int {
	for _, m := range signMarks {
		if strings.HasPrefix(t, m) {
			rest := strings.TrimLeft(t[len(m):], " ")
			if rest == "" || !isUpperWord(rest) {
				return 0
			}
			if m == "Q." && !strings.HasPrefix(t, "Q. ") && !strings.HasPrefix(t, "Q.") {
				return 0
			}
			return len(m)
		}
	}
	for _, m := range []string{"THAY MẶT ", "KÝ THAY ", "THỪA LỆNH ", "THỪA ỦY QUYỀN ", "THỪA UỶ QUYỀN "} {
		if strings.HasPrefix(t, m) {
			return len(m) - 1
		}
	}
	return 0
}

// isUpperWord reports whether the first word of s is in capitals.
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if r == ' ' {
			break
		}
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 0
}

// markOf recognises an urgency or secrecy mark line.
func markOf(t, k string) (urgency, secrecy string, ok bool) {
	if !vntext.IsCaps(t) || len(t) > 40 {
		return "", "", false
	}
	switch k {
	case "khẩn":
		return "Khẩn", "", true
	case "thượng khẩn":
		return "Thượng khẩn", "", true
	case "hỏa tốc", "hỏa tốc hẹn giờ":
		return "Hỏa tốc", "", true
	case "mật":
		return "", "Mật", true
	case "tối mật":
		return "", "Tối mật", true
	case "tuyệt mật":
		return "", "Tuyệt mật", true
	}
	return "", "", false
}

// typeKeys maps the search key of each type name to its Kind, longest
// first so that "thông tư liên tịch" wins over "thông tư". Read-only.
var typeKeys = func() []struct {
	key  string
	kind directive.Kind
} {
	var out []struct {
		key  string
		kind directive.Kind
	}
	for _, k := range directive.Kinds() {
		out = append(out, struct {
			key  string
			kind directive.Kind
		}{vntext.Key(k.Label()), k})
	}
	for i := 1; i < len(out); i++ { // insertion sort by key length, descending
		for j := i; j > 0 && len(out[j].key) > len(out[j-1].key); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// typeLine recognises a type name in capitals at the start of a line and
// returns the kind and whatever follows the name on the line.
func typeLine(t, k string) (directive.Kind, string, bool) {
	if !isUpperWord(t) {
		return directive.KindUnspecified, "", false
	}
	for _, tk := range typeKeys {
		if strings.HasPrefix(k, tk.key) && (len(k) == len(tk.key) || k[len(tk.key)] == ' ') {
			// The name must be in capitals in the text itself.
			words := strings.Count(tk.key, " ") + 1
			head, rest := splitWords(t, words)
			if !vntext.IsCaps(head) {
				return directive.KindUnspecified, "", false
			}
			rest = strings.TrimLeft(rest, " :")
			if rest != "" && !vntext.IsCaps(rest) && len(rest) < 3 {
				return directive.KindUnspecified, "", false
			}
			return tk.kind, rest, true
		}
	}
	return splitTypeLine(t, k)
}

// typeFirstWords holds the first word of every type name's key.
var typeFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, tk := range typeKeys {
		w, _, _ := strings.Cut(tk.key, " ")
		m[w] = true
	}
	return m
}()

// typeBareKind maps each type name without marks or spaces to its kind;
// typeBarePrefix holds every prefix of those forms.
var typeBareKind, typeBarePrefix = func() (map[string]directive.Kind, map[string]bool) {
	kinds, prefixes := map[string]directive.Kind{}, map[string]bool{}
	for _, tb := range typeBare {
		if _, ok := kinds[tb.bare]; !ok {
			kinds[tb.bare] = tb.kind
		}
		for i := 1; i <= len(tb.bare); i++ {
			prefixes[tb.bare[:i]] = true
		}
	}
	return kinds, prefixes
}()

func isASCIIUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// typeBare holds each type name without marks or spaces, longest first.
var typeBare = func() []struct {
	bare string
	kind directive.Kind
} {
	var out []struct {
		bare string
		kind directive.Kind
	}
	for _, tk := range typeKeys {
		out = append(out, struct {
			bare string
			kind directive.Kind
		}{bareKey(tk.key), tk.kind})
	}
	return out
}()

// splitTypeLine recognises a type name in capitals that a scan broke
// inside a word or whose marks it lost ("K ÉT LUẬN HỘI NGHỊ …", "QUYET
// DINH"): the first words, joined without spaces or marks, spell it.
func splitTypeLine(t, k string) (directive.Kind, string, bool) {
	// Only a first word cut short ("K"), a type's first word ("KẾT
	// LỦẬN") or two words without marks ("QUYET DINH") can start such a
	// line; anything else costs nothing.
	first, rest, _ := strings.Cut(t, " ")
	second, _, _ := strings.Cut(rest, " ")
	kw, _, _ := strings.Cut(k, " ")
	if utf8.RuneCountInString(first) > 2 && !typeFirstWords[kw] && !(isASCIIUpper(first) && isASCIIUpper(second)) {
		return directive.KindUnspecified, "", false
	}
	var kbuf, bbuf [64]byte
	b := bbuf[:0]
	end := 0
	for w := 0; w < 5; w++ {
		i := end
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			j = len(t) - i
		}
		if j == 0 {
			break
		}
		word := t[i : i+j]
		if !vntext.IsCaps(word) && !(utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word))) {
			break
		}
		end = i + j
		// the word without marks or spaces, without allocating
		for _, c := range vntext.AppendBare(kbuf[:0], vntext.AppendKey(kbuf[32:32], word)) {
			if c != ' ' {
				b = append(b, c)
			}
		}
		if k, ok := typeBareKind[string(b)]; ok && w > 0 {
			rest := strings.TrimLeft(t[end:], " :")
			if rest != "" && !vntext.IsCaps(rest) && len(rest) < 3 {
				return directive.KindUnspecified, "", false
			}
			return k, rest, true
		}
		if !typeBarePrefix[string(b)] {
			break // no type name starts so
		}
	}
	return directive.KindUnspecified, "", false
}

// splitWords returns the first n space-separated words of t and the rest.
func splitWords(t string, n int) (string, string) {
	i := 0
	for c := 0; c < n; c++ {
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			return t, ""
		}
		i += j + 1
	}
	return strings.TrimRight(t[:i], " "), t[i:]
}

// dateAt finds a header date "ngày DD tháng MM năm YYYY" (or ", ngày
// DD/MM/YYYY") in t and returns the byte index of "ngày", or -1.
func dateAt(t string) int {
	for off := 0; off < len(t); {
		i := indexNgay(t[off:])
		if i < 0 {
			return -1
		}
		i += off
		rest := t[i+len("ngày"):]
		if d, ok := leadingDigits(strings.TrimLeft(rest, " ")); ok {
			after := strings.TrimLeft(strings.TrimLeft(rest, " ")[d:], " ")
			if hasFoldPrefix(after, "tháng") || hasFoldPrefix(after, "thang") {
				return i
			}
			// "Hà Nội, ngày 04/10/2023": only after a short place name, not
			// inside a citation ("Chỉ thị số 24-CT/TW, ngày 04-7-2023").
			if before := strings.TrimRight(t[:i], " "); after != "" && (after[0] == '/' || after[0] == '-' || after[0] == '.') &&
				strings.HasSuffix(before, ",") && len(strings.Fields(before)) <= 5 && !strings.ContainsAny(before, "0123456789/") {
				return i
			}
		}
		off = i + len("ngày")
	}
	return -1
}

// isDateLine reports a header date line: a date with nothing before it
// but a short place name and a comma ("Hà Nội, ngày …"), not a date
// inside a sentence that a line break happened to start.
func isDateLine(t string) bool {
	j := dateAt(t)
	if j < 0 {
		return false
	}
	before := strings.TrimRight(t[:j], " ")
	if before == "" {
		return true
	}
	return strings.HasSuffix(before, ",") && len(before) <= 64 && strings.Count(before, " ") <= 7 &&
		!strings.ContainsAny(before, ";:”\"“") || strings.HasPrefix(before, "|")
}

func indexNgay(s string) int {
	for off := 0; off < len(s); {
		i := strings.IndexAny(s[off:], "nN")
		if i < 0 {
			return -1
		}
		i += off
		if w := s[i:]; strings.HasPrefix(w, "ngày") || strings.HasPrefix(w, "Ngày") || strings.HasPrefix(w, "NGÀY") {
			return i
		}
		off = i + 1
	}
	return -1
}

func leadingDigits(s string) (int, bool) {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n, n > 0 && n <= 2
}

func hasFoldPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	return strings.EqualFold(s[:len(w)], w)
}
