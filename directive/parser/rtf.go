package parser

import (
	"errors"
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A Rich Text Format file (.rtf, as many archives and older e-office
// systems keep documents) is read as the text a word processor shows:
// its paragraphs, its tables cell by cell (\intbl, \cell, \row), the
// numbers its lists print (\pntext, \listtext), field results without
// their codes; the font table, styles, document information, pictures,
// headers, footers and footnotes are not the text. A run in a legacy
// Vietnamese font is read by its font: the .VnTime fonts' codes (TCVN3)
// as the letters they stand for, in capitals for the .VnTimeH fonts that
// draw small letters as capitals; the VNI fonts' as VNI.

// RTFText returns the text of an RTF file as Parse reads it. A text that
// does not open an RTF group is an error.
func RTFText(rtf string) (string, error) {
	if !strings.HasPrefix(strings.TrimLeft(rtf, " \t\r\n\uFEFF"), `{\rtf`) {
		return "", errors.New("rtf: not an RTF file")
	}
	r := rtfReader{src: bytesOfRTF(rtf), fonts: map[int]string{}, g: rtfGroup{uc: 1}}
	r.read()
	return HTMLText(r.out.String()), nil
}

// bytesOfRTF returns an RTF text as the 8-bit file it is. A file a tool
// stored as UTF-8 gives its 8-bit letters ("µ", "é": a .VnTime run's
// codes) as runes under U+0100, each the byte it was; a rune above is
// written as the \uN escape it stands for, in a group of its own.
func bytesOfRTF(rtf string) string {
	if !utf8.ValidString(rtf) || strings.IndexFunc(rtf, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
		return rtf
	}
	var b strings.Builder
	b.Grow(len(rtf))
	for _, r := range strings.TrimPrefix(rtf, "\uFEFF") {
		switch {
		case r < 0x100:
			b.WriteByte(byte(r))
		case r <= 0xFFFF:
			b.WriteString(`{\uc0\u` + strconv.Itoa(int(int16(uint16(r)))) + "}") // a group keeps the fallback count as it was
		default:
			b.WriteString("?")
		}
	}
	return b.String()
}

// rtfGroup is the state a group keeps: whether its text is skipped, its
// font, its Unicode fallback count.
type rtfGroup struct {
	skip  bool
	font  int
	uc    int
	table bool // the font table: "\fN … name;" entries
}

type rtfReader struct {
	src     string
	i       int
	stack   []rtfGroup
	g       rtfGroup
	fonts   map[int]string
	deff    int // the default font (\deffN)
	pending int // fallback characters still to skip after \uN
	fontNo  int
	name    strings.Builder
	// the text
	out           strings.Builder
	para          strings.Builder
	run           []byte // a VNI run's bytes, read when the run ends
	inTable       bool
	cell          []string
	row           []*docxCell
	rows          [][]*docxCell
	runFont       int
	newGroupFirst bool // the next control word is the first of its group
}

// rtfSkipped are destinations whose text is not the document's.
var rtfSkipped = map[string]bool{
	"colortbl": true, "stylesheet": true, "info": true, "pict": true, "object": true, "header": true, "headerl": true,
	"headerr": true, "headerf": true, "footer": true, "footerl": true, "footerr": true, "footerf": true, "footnote": true,
	"fldinst": true, "listtable": true, "listoverridetable": true, "rsidtbl": true, "generator": true, "xmlnstbl": true,
	"themedata": true, "colorschememapping": true, "datastore": true, "latentstyles": true, "pgdsctbl": true,
	"revtbl": true, "filetbl": true, "bkmkstart": true, "bkmkend": true, "nonshppict": true, "shppict": true,
	"pnseclvl": true, "pntxta": true, "pntxtb": true, "annotation": true, "atnid": true, "atnauthor": true,
}

// maxRTFDepth bounds the groups' nesting a hostile file could push.
const maxRTFDepth = 1024

func (r *rtfReader) read() {
	s := r.src
	for r.i < len(s) {
		c := s[r.i]
		switch c {
		case '{':
			r.i++
			if len(r.stack) < maxRTFDepth {
				r.stack = append(r.stack, r.g)
			}
			r.newGroupFirst = true
		case '}':
			r.i++
			r.endRun()
			if r.g.table {
				r.fontName()
			}
			if n := len(r.stack); n > 0 {
				r.g = r.stack[n-1]
				r.stack = r.stack[:n-1]
			}
			r.newGroupFirst = false
		case '\\':
			r.control()
		case '\r', '\n':
			r.i++
		default:
			r.i++
			r.newGroupFirst = false
			r.text(c)
		}
	}
	r.endPara(false)
	r.flushTable()
}

// control reads a control word or symbol at r.i.
func (r *rtfReader) control() {
	s := r.src
	r.i++
	if r.i >= len(s) {
		return
	}
	first := r.newGroupFirst
	r.newGroupFirst = false
	c := s[r.i]
	if !isASCIILetter(c) {
		r.i++
		switch c {
		case '\'':
			if r.i+2 <= len(s) {
				if b, err := strconv.ParseUint(s[r.i:r.i+2], 16, 8); err == nil {
					r.i += 2
					r.text(byte(b))
					return
				}
			}
		case '*':
			if first || r.g.skip {
				r.g.skip = true // an ignorable destination this reader does not know
			}
		case '~':
			r.char('\u00a0')
		case '_':
			r.char('-')
		case '\\', '{', '}':
			r.text(c)
		case '\n', '\r':
			r.endPara(false)
		}
		return
	}
	j := r.i
	for j < len(s) && isASCIILetter(s[j]) && j-r.i < 32 {
		j++
	}
	word := s[r.i:j]
	k := j
	if k < len(s) && s[k] == '-' {
		k++
	}
	for k < len(s) && s[k] >= '0' && s[k] <= '9' && k-j < 10 {
		k++
	}
	arg, hasArg := 0, k > j
	if hasArg {
		arg, _ = strconv.Atoi(s[j:k])
	}
	if k < len(s) && s[k] == ' ' {
		k++ // the delimiter
	}
	r.i = k
	if rtfSkipped[word] || word == "fonttbl" && first {
		r.g.skip = true
		r.g.table = word == "fonttbl"
		return
	}
	if r.g.table {
		if word == "f" && hasArg {
			r.fontNo = arg
			r.name.Reset()
		}
		return
	}
	switch word {
	case "f":
		if hasArg {
			r.endRun()
			r.g.font = arg
		}
	case "deff":
		if hasArg {
			r.deff = arg
			if len(r.stack) <= 1 {
				r.g.font = arg // the document's text is in it until a run names another
			}
		}
	case "plain":
		r.endRun()
		r.g.font = r.deff
	case "uc":
		r.g.uc = max(arg, 0)
	case "u":
		if hasArg {
			if arg < 0 {
				arg += 65536
			}
			if arg < 0x100 && fontEncoding(r.fonts[r.g.font]) != "" {
				r.text(byte(arg)) // a legacy font's code written as its Latin-1 letter ("\u181\'b5")
			} else {
				r.char(rune(arg))
			}
			r.pending = r.g.uc
		}
	case "par", "sect", "page":
		r.endPara(false)
	case "line":
		r.endRun()
		r.para.WriteString("<br>")
	case "tab":
		r.char('\t')
	case "intbl":
		r.inTable = true
	case "pard":
		r.inTable = false
	case "cell", "nestcell":
		r.endPara(true)
	case "row", "nestrow":
		r.endPara(false)
		if len(r.cell) > 0 {
			r.row = append(r.row, &docxCell{html: strings.Join(r.cell, "<br>"), span: 1})
			r.cell = nil
		}
		if len(r.row) > 0 {
			r.rows = append(r.rows, r.row)
		}
		r.row = nil
	case "emdash":
		r.char('—')
	case "endash":
		r.char('–')
	case "lquote":
		r.char('‘')
	case "rquote":
		r.char('’')
	case "ldblquote":
		r.char('“')
	case "rdblquote":
		r.char('”')
	case "bullet":
		r.char('•')
	}
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// fontName ends a font table entry: its name up to ";".
func (r *rtfReader) fontName() {
	n := strings.TrimSpace(r.name.String())
	n, _, _ = strings.Cut(n, ";")
	if n != "" {
		r.fonts[r.fontNo] = strings.TrimSpace(n)
	}
	r.name.Reset()
}

// text takes one byte of text: a letter in the current font's encoding.
func (r *rtfReader) text(b byte) {
	if r.pending > 0 {
		r.pending-- // a \uN's fallback
		return
	}
	if r.g.table {
		r.name.WriteByte(b)
		return
	}
	if r.g.skip {
		return
	}
	font := r.fonts[r.g.font]
	switch fontEncoding(font) {
	case EncodingVNI:
		if r.runFont != r.g.font {
			r.endRun()
		}
		r.runFont = r.g.font
		r.run = append(r.run, b)
		return
	case EncodingTCVN3:
		for _, c := range legacyRun(font, string(rune(b))) {
			r.char(c)
		}
		return
	}
	r.char(charmap.Windows1252.DecodeByte(b))
}

// endRun reads a VNI run's bytes.
func (r *rtfReader) endRun() {
	if len(r.run) == 0 {
		return
	}
	var latin []rune
	for _, c := range r.run {
		latin = append(latin, rune(c))
	}
	r.run = r.run[:0]
	r.para.WriteString(html.EscapeString(legacyRun(r.fonts[r.runFont], string(latin))))
}

// char writes one character of the text.
func (r *rtfReader) char(c rune) {
	if r.g.skip || r.g.table {
		return
	}
	r.endRun()
	switch c {
	case '\u00a0':
		r.para.WriteString("&nbsp;")
	case '\t':
		r.para.WriteByte('\t')
	default:
		if c < 0x20 {
			return
		}
		r.para.WriteString(html.EscapeString(string(c)))
	}
}

// endPara ends a paragraph; cell tells that a cell ends with it.
func (r *rtfReader) endPara(cell bool) {
	r.endRun()
	text := strings.TrimSpace(r.para.String())
	r.para.Reset()
	if cell {
		r.cell = append(r.cell, text)
		r.row = append(r.row, &docxCell{html: strings.Join(r.cell, "<br>"), span: 1})
		r.cell = nil
		return
	}
	if r.inTable {
		if text != "" {
			r.cell = append(r.cell, text)
		}
		return
	}
	r.flushTable()
	if text != "" {
		r.out.WriteString("<p>" + text + "</p>\n")
	}
}

func (r *rtfReader) flushTable() {
	if len(r.row) > 0 {
		r.rows = append(r.rows, r.row)
		r.row = nil
	}
	if len(r.rows) > 0 {
		writeDocxTable(&r.out, r.rows)
		r.rows = nil
	}
}
