package parser

import (
	"encoding/binary"
	"errors"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// A Word 97–2003 document (.doc, as most documents older than a few years
// and many attachments still are) is read as the text Word shows: the
// main document's paragraphs and its tables, cell by cell, through the
// same page reader as a .docx. Field codes are left out and their results
// kept; pictures and footnote marks are left out; an optional hyphen is
// the soft hyphen it stands for (a .VnTime text's "ư").
// Numbers Word's lists write are not in the text stream and are not
// read (most documents type theirs); page headers, footers, footnotes
// and text boxes are not the main text and are not read. A text typed in
// a legacy font (.VnTime, VNI-Times) comes out as its font's codes, which
// Parse then reads (see LegacyText).

// DocText returns the text of a Word 97–2003 .doc file as Parse reads it.
// An encrypted file, or one that is not a Word document, is an error.
func DocText(r io.ReaderAt, size int64) (string, error) {
	if size < 0 || size > maxDocBytes {
		return "", fmt.Errorf("doc: %d bytes", size)
	}
	data := make([]byte, size)
	if _, err := r.ReadAt(data, 0); err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("doc: %w", err)
	}
	c, err := openCFB(data)
	if err != nil {
		return "", err
	}
	wd, err := c.stream("WordDocument")
	if err != nil {
		return "", err
	}
	le := binary.LittleEndian
	if len(wd) < 0x1AA || le.Uint16(wd) != 0xA5EC {
		return "", errors.New("doc: no Word document in the file")
	}
	flags := le.Uint16(wd[0x0A:])
	if flags&0x0100 != 0 {
		return "", errors.New("doc: the document is encrypted")
	}
	tableName := "0Table"
	if flags&0x0200 != 0 {
		tableName = "1Table"
	}
	table, err := c.stream(tableName)
	if err != nil {
		return "", err
	}
	if le.Uint16(wd[0x98:]) < 34 {
		return "", errors.New("doc: a file information block too short")
	}
	d := docReader{wd: wd, table: table, ccpText: le.Uint32(wd[0x4C:])}
	d.data, _ = c.stream("Data") // absent in many files
	if err := d.readPieces(le.Uint32(wd[0x1A2:]), le.Uint32(wd[0x1A6:])); err != nil {
		return "", err
	}
	d.binFC, d.binPage = d.bins(le.Uint32(wd[0x102:]), le.Uint32(wd[0x106:]))
	d.readFonts(le.Uint32(wd[0x112:]), le.Uint32(wd[0x116:]), le.Uint32(wd[0xA2:]), le.Uint32(wd[0xA6:]))
	d.chpFC, d.chpPage = d.bins(le.Uint32(wd[0xFA:]), le.Uint32(wd[0xFE:]))
	if le.Uint16(wd[0x98:]) >= 75 && len(wd) >= 0x2F2 {
		d.readLists(le.Uint32(wd[0x2E2:]), le.Uint32(wd[0x2E6:]), le.Uint32(wd[0x2EA:]), le.Uint32(wd[0x2EE:]))
	}
	d.read()
	text := HTMLText(d.b.String())
	if d.legacy {
		// runs in a legacy font their styles give are not read by font
		text = legacyLines(text)
	}
	return text, nil
}

// maxDocBytes bounds the file DocText reads into memory.
const maxDocBytes = 256 << 20

// docPiece is a run of the text: characters [cp, cpEnd) stored from byte
// fc of the WordDocument stream, one byte each (cp1252) or two (UTF-16).
type docPiece struct {
	cp, cpEnd  uint32
	fc         uint32
	compressed bool
}

type docReader struct {
	wd, table []byte
	data      []byte // the Data stream, where large paragraph properties are
	ccpText   uint32
	pieces    []docPiece
	// bins are the PAPX pages: paragraphs whose mark lies in
	// [binFC[i], binFC[i+1]) have their properties on page binPage[i]
	binFC   []uint32
	binPage []uint32
	fonts   []string // the font table (SttbfFfn), by ftc
	legacy  bool     // whether a font of the table is a legacy Vietnamese one
	chpFC   []uint32 // the character property pages, as binFC
	chpPage []uint32
	defFtc  [3]int         // the document's default fonts (ASCII, East Asian, other), -1 for none
	lists   *docxWriter    // the lists' levels and counters, by list
	lfo     map[int]string // the list each instance (ilfo) is of
	b       strings.Builder
}

// readPieces reads the piece table (the Clx at fc in the table stream).
func (d *docReader) readPieces(fc, lcb uint32) error {
	le := binary.LittleEndian
	end := uint64(fc) + uint64(lcb)
	if end > uint64(len(d.table)) {
		return errors.New("doc: the piece table lies outside its stream")
	}
	clx := d.table[fc:end]
	for i := 0; i < len(clx); {
		switch clx[i] {
		case 1: // Prc: property modifiers for pieces, not text
			if i+3 > len(clx) {
				return errors.New("doc: a broken piece table")
			}
			i += 3 + int(int16(le.Uint16(clx[i+1:])))
			if i < 0 {
				return errors.New("doc: a broken piece table")
			}
		case 2:
			if i+5 > len(clx) {
				return errors.New("doc: a broken piece table")
			}
			n := int(le.Uint32(clx[i+1:]))
			plc := clx[i+5:]
			if n > len(plc) || n < 4 || (n-4)%12 != 0 {
				return errors.New("doc: a broken piece table")
			}
			k := (n - 4) / 12
			for j := range k {
				p := docPiece{cp: le.Uint32(plc[4*j:]), cpEnd: le.Uint32(plc[4*j+4:])}
				f := le.Uint32(plc[4*(k+1)+8*j+2:])
				p.compressed = f&0x40000000 != 0
				p.fc = f & 0x3FFFFFFF
				if p.compressed {
					p.fc /= 2
				}
				if p.cpEnd < p.cp {
					return errors.New("doc: a broken piece table")
				}
				d.pieces = append(d.pieces, p)
			}
			return nil
		default:
			return errors.New("doc: a broken piece table")
		}
	}
	return errors.New("doc: no piece table")
}

// bins reads a PlcBte at fc in the table stream: the byte ranges of the
// text [fcs[i], fcs[i+1]) whose properties are on page pages[i].
func (d *docReader) bins(fc, lcb uint32) (fcs, pages []uint32) {
	le := binary.LittleEndian
	end := uint64(fc) + uint64(lcb)
	if lcb < 12 || end > uint64(len(d.table)) || (lcb-4)%8 != 0 {
		return nil, nil
	}
	plc := d.table[fc:end]
	n := int(lcb-4) / 8
	for i := 0; i <= n; i++ {
		fcs = append(fcs, le.Uint32(plc[4*i:]))
	}
	for i := range n {
		pages = append(pages, le.Uint32(plc[4*(n+1)+4*i:])&0x3FFFFF)
	}
	return fcs, pages
}

// readFonts reads the font table (SttbfFfn: each FFN's name after its
// fixed fields) and the document's default fonts (the style sheet's
// STSHI).
func (d *docReader) readFonts(fc, lcb, fcStsh, lcbStsh uint32) {
	le := binary.LittleEndian
	d.defFtc = [3]int{-1, -1, -1}
	if end := uint64(fcStsh) + uint64(lcbStsh); lcbStsh >= 20 && end <= uint64(len(d.table)) {
		for k := range 3 {
			d.defFtc[k] = int(le.Uint16(d.table[int(fcStsh)+14+2*k:]))
		}
	}
	end := uint64(fc) + uint64(lcb)
	if lcb < 4 || end > uint64(len(d.table)) {
		return
	}
	t := d.table[fc:end]
	i := 0
	if le.Uint16(t) == 0xFFFF {
		i = 2 // an extended table's mark
	}
	if i+4 > len(t) {
		return
	}
	n := int(le.Uint16(t[i:]))
	i += 4 // the count and cbExtra
	for range n {
		if i >= len(t) {
			return
		}
		size := int(t[i]) + 1 // cbFfnM1: the FFN's size less one
		ffn := t[i:min(i+size, len(t))]
		i += size
		name := ""
		if len(ffn) > 40 {
			var u []uint16
			for k := 40; k+1 < len(ffn); k += 2 {
				c := le.Uint16(ffn[k:])
				if c == 0 {
					break
				}
				u = append(u, c)
			}
			name = string(utf16.Decode(u))
		}
		d.fonts = append(d.fonts, name)
		d.legacy = d.legacy || fontEncoding(name) != ""
	}
}

// fontAt returns the name of the font character r at byte fc is in: the
// one its character properties name (sprmCRgFtc0 for ASCII, sprmCRgFtc2
// for other letters), else the document's default.
func (d *docReader) fontAt(fc uint32, r rune) string {
	le := binary.LittleEndian
	which := 0
	if r >= 0x80 {
		which = 2
	}
	ftc := d.defFtc[which]
	i := sort.Search(len(d.chpPage), func(i int) bool { return d.chpFC[i+1] > fc })
	if i < len(d.chpPage) && fc >= d.chpFC[i] {
		off := uint64(d.chpPage[i]) * 512
		if off+512 <= uint64(len(d.wd)) {
			page := d.wd[off : off+512]
			crun := int(page[511])
			if 4*(crun+1)+crun <= 511 {
				for k := range crun {
					if fc < le.Uint32(page[4*k:]) || fc >= le.Uint32(page[4*k+4:]) {
						continue
					}
					pos := 2 * int(page[4*(crun+1)+k])
					if pos > 0 && pos < 511 && pos+1+int(page[pos]) <= 511 {
						if f0, f2, ok := docFontSprms(page[pos+1 : pos+1+int(page[pos])]); ok {
							ftc = f0
							if which == 2 && f2 >= 0 {
								ftc = f2
							}
						}
					}
					break
				}
			}
		}
	}
	if ftc < 0 || ftc >= len(d.fonts) {
		return ""
	}
	return d.fonts[ftc]
}

// docFontSprms reads the fonts a character's property modifiers name:
// sprmCRgFtc0 (ASCII) and sprmCRgFtc2 (other letters), -1 for none.
func docFontSprms(g []byte) (f0, f2 int, ok bool) {
	le := binary.LittleEndian
	f0, f2 = -1, -1
	for i := 0; i+2 <= len(g); {
		op := le.Uint16(g[i:])
		i += 2
		n := sprmSize(op, g[i:])
		if n < 0 || i+n > len(g) {
			break
		}
		switch op {
		case 0x4A4F:
			f0, ok = int(le.Uint16(g[i:])), true
		case 0x4A51:
			f2 = int(le.Uint16(g[i:]))
		}
		i += n
	}
	if f0 < 0 && f2 >= 0 {
		f0, ok = f2, true
	}
	return f0, f2, ok
}

// docPara is what the reader needs of a paragraph's properties.
type docPara struct {
	inTable, rowEnd bool
	ilfo, ilvl      int   // the list item it is (ilfo 0: none)
	huge            int64 // 1 + where in the Data stream its properties go on (0: nowhere)
}

// readLists reads the document's lists (PlfLst and the LVLs after it)
// and their instances (PlfLfo), keyed as paragraphs name them (ilfo).
func (d *docReader) readLists(fcLst, lcbLst, fcLfo, lcbLfo uint32) {
	le := binary.LittleEndian
	t := d.table
	if lcbLst < 2 || uint64(fcLst)+uint64(lcbLst) > uint64(len(t)) || uint64(fcLfo)+uint64(lcbLfo) > uint64(len(t)) || lcbLfo < 4 {
		return
	}
	n := int(int16(le.Uint16(t[fcLst:])))
	if n <= 0 || 2+28*n > int(lcbLst) {
		return
	}
	lists := map[int32][9]docxLevel{}
	pos := int(fcLst) + int(lcbLst) // the LVLs follow the PlfLst
	for k := range n {
		lstf := t[int(fcLst)+2+28*k:]
		lsid := int32(le.Uint32(lstf))
		count := 9
		if lstf[26]&1 != 0 {
			count = 1 // a simple list
		}
		var levels [9]docxLevel
		for l := range count {
			if pos+28 > len(t) {
				return
			}
			lvlf := t[pos:]
			lv := docxLevel{start: int(int32(le.Uint32(lvlf))), format: docNumberFormat(lvlf[4])}
			pos += 28 + int(lvlf[25]) + int(lvlf[24]) // its paragraph and character properties
			if pos+2 > len(t) {
				return
			}
			cch := int(le.Uint16(t[pos:]))
			pos += 2
			if pos+2*cch > len(t) {
				return
			}
			var text strings.Builder
			for c := range cch {
				u := le.Uint16(t[pos+2*c:])
				if u < 9 {
					text.WriteString("%" + string(rune('1'+u))) // the number of level u
				} else if u == 0xF0B7 {
					text.WriteRune('•') // the Symbol font's bullet
				} else if u < 0xD800 || u > 0xDFFF {
					text.WriteRune(rune(u))
				}
			}
			pos += 2 * cch
			lv.text = text.String()
			levels[l] = lv
		}
		lists[lsid] = levels
	}
	m := int(int32(le.Uint32(t[fcLfo:])))
	if m <= 0 || 4+16*m > int(lcbLfo) {
		return
	}
	// the instances of one list count on from each other, as Word shows
	// them: the counters are the list's
	d.lists = &docxWriter{lists: map[string]*docxList{}}
	d.lfo = map[int]string{}
	for k := range m {
		lsid := int32(le.Uint32(t[int(fcLfo)+4+16*k:]))
		levels, ok := lists[lsid]
		if !ok {
			continue
		}
		key := strconv.Itoa(int(lsid))
		if d.lists.lists[key] == nil {
			d.lists.lists[key] = &docxList{levels: levels}
		}
		d.lfo[k+1] = key
	}
}

// docNumberFormat names a list level's number format (nfc) as a .docx
// names it.
func docNumberFormat(nfc byte) string {
	switch nfc {
	case 1:
		return "upperRoman"
	case 2:
		return "lowerRoman"
	case 3:
		return "upperLetter"
	case 4:
		return "lowerLetter"
	case 23:
		return "bullet"
	case 255:
		return "none"
	}
	return "decimal"
}

// paraProps returns the properties of the paragraph whose mark is at byte
// fc: in a table or not, a row's end mark or not, the list it is an item
// of.
func (d *docReader) paraProps(fc uint32) (pp docPara) {
	le := binary.LittleEndian
	// the page whose range holds fc (the ranges ascend)
	i := sort.Search(len(d.binPage), func(i int) bool { return d.binFC[i+1] > fc })
	for ; i < len(d.binPage); i++ {
		pn := d.binPage[i]
		if fc < d.binFC[i] || fc >= d.binFC[i+1] {
			continue
		}
		off := uint64(pn) * 512
		if off+512 > uint64(len(d.wd)) {
			return
		}
		page := d.wd[off : off+512]
		crun := int(page[511])
		if 4*(crun+1)+13*crun > 511 {
			return
		}
		for k := range crun {
			if fc < le.Uint32(page[4*k:]) || fc >= le.Uint32(page[4*k+4:]) {
				continue
			}
			pos := 2 * int(page[4*(crun+1)+13*k])
			if pos == 0 || pos+2 > 511 {
				return
			}
			start, size := pos+1, 2*int(page[pos])-1
			if page[pos] == 0 {
				start, size = pos+2, 2*int(page[pos+1])
			}
			if size < 2 || start+size > 511 {
				return
			}
			pp = docParaSprms(page[start+2 : start+size]) // after the style's index
			if off := pp.huge - 1; off >= 0 && off+2 <= int64(len(d.data)) {
				// a paragraph whose properties do not fit its page (a
				// table's row end with its columns): they are in the Data
				// stream
				n := int64(le.Uint16(d.data[off:]))
				if off+2+n <= int64(len(d.data)) {
					more := docParaSprms(d.data[off+2 : off+2+n])
					pp.inTable = pp.inTable || more.inTable
					pp.rowEnd = pp.rowEnd || more.rowEnd
					if more.ilfo != 0 {
						pp.ilfo, pp.ilvl = more.ilfo, more.ilvl
					}
				}
			}
			return pp
		}
		return
	}
	return
}

// sprmSize is the size of the operand of sprm op, which rest opens; -1
// when rest is too short to tell.
func sprmSize(op uint16, rest []byte) int {
	switch op >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	if op == 0xD608 || op == 0xD606 { // table definitions: a two-byte size
		if len(rest) < 2 {
			return -1
		}
		return int(binary.LittleEndian.Uint16(rest)) + 1
	}
	if len(rest) < 1 {
		return -1
	}
	return int(rest[0]) + 1
}

// docParaSprms reads a paragraph's property modifiers (sprms): the table
// marks sprmPFInTable, sprmPItap, sprmPFTtp, sprmPFInnerTtp and the list
// item's sprmPIlfo, sprmPIlvl.
func docParaSprms(g []byte) (pp docPara) {
	le := binary.LittleEndian
	for i := 0; i+2 <= len(g); {
		op := le.Uint16(g[i:])
		i += 2
		n := sprmSize(op, g[i:])
		if n < 0 || i+n > len(g) {
			return
		}
		switch op {
		case 0x2416: // sprmPFInTable
			pp.inTable = pp.inTable || g[i] != 0
		case 0x6649: // sprmPItap
			pp.inTable = pp.inTable || le.Uint32(g[i:]) > 0
		case 0x2417, 0x244C: // sprmPFTtp, sprmPFInnerTtp
			pp.rowEnd = pp.rowEnd || g[i] != 0
		case 0x460B: // sprmPIlfo
			pp.ilfo = int(int16(le.Uint16(g[i:])))
		case 0x260A: // sprmPIlvl
			pp.ilvl = int(g[i])
		case 0x6646: // sprmPHugePapx: the rest is in the Data stream
			pp.huge = int64(le.Uint32(g[i:])) + 1
		}
		i += n
	}
	return
}

// read writes the main text as a simple HTML page: a <p> per paragraph,
// a <table> per table with a cell's paragraphs parted by <br>.
func (d *docReader) read() {
	var para strings.Builder
	var cell []string
	var row []*docxCell
	var rows [][]*docxCell
	fields := []bool{} // per open field: true while its code is read
	var run []rune     // a VNI run's letters
	flushRun := func() {
		if len(run) > 0 {
			para.WriteString(html.EscapeString(legacyRun("VNI", string(run))))
			run = run[:0]
		}
	}
	flushTable := func() {
		if len(row) > 0 {
			rows = append(rows, row)
			row = nil
		}
		if len(rows) > 0 {
			writeDocxTable(&d.b, rows)
			rows = nil
		}
	}
	endPara := func(mark rune, fc uint32) {
		text := strings.TrimSpace(para.String())
		para.Reset()
		pp := d.paraProps(fc)
		inTable, rowEnd := pp.inTable, pp.rowEnd
		if mark == 0x07 {
			inTable = true // a cell's or a row's end mark is one whatever its properties say
		}
		if key, ok := d.lfo[pp.ilfo]; ok && text != "" {
			// the number Word writes before a list's item
			text = html.EscapeString(d.lists.number(key, pp.ilvl)) + text
		}
		if !inTable {
			flushTable()
			if text != "" {
				d.b.WriteString("<p>" + text + "</p>\n")
			}
			return
		}
		switch {
		case mark == 0x07 && rowEnd:
			rows = append(rows, row)
			row, cell = nil, nil
		case mark == 0x07:
			cell = append(cell, text)
			row = append(row, &docxCell{html: strings.Join(cell, "<br>"), span: 1})
			cell = nil
		default:
			cell = append(cell, text)
		}
	}
	// each character of the text is stored once: pieces that name the
	// same bytes again (a broken or hostile file) are read no further
	// than the stream holds
	budget := len(d.wd)
	for _, p := range d.pieces {
		if p.cp >= d.ccpText || budget <= 0 {
			break
		}
		end := min(p.cpEnd, d.ccpText)
		for k := uint32(0); k < end-p.cp && budget > 0; k++ {
			budget--
			var r rune
			var fc uint32
			if p.compressed {
				fc = p.fc + k
				if int(fc) >= len(d.wd) {
					break
				}
				r = charmap.Windows1252.DecodeByte(d.wd[fc])
			} else {
				fc = p.fc + 2*k
				if int(fc)+2 > len(d.wd) {
					break
				}
				r = rune(binary.LittleEndian.Uint16(d.wd[fc:]))
			}
			switch r {
			case 0x13: // a field opens: its code first
				fields = append(fields, true)
				continue
			case 0x14:
				if len(fields) > 0 {
					fields[len(fields)-1] = false // its result
				}
				continue
			case 0x15:
				if len(fields) > 0 {
					fields = fields[:len(fields)-1]
				}
				continue
			}
			if inFieldCode(fields) {
				continue
			}
			if d.legacy && (r >= 0x20 || r == 0x1F) {
				// a letter in a legacy font: read by its font
				font := d.fontAt(fc, r)
				switch fontEncoding(font) {
				case EncodingVNI:
					run = append(run, r) // read with the marks after it, when the run ends
					continue
				case EncodingTCVN3:
					flushRun()
					if r == 0x1F {
						r = 0xAD // the optional hyphen typed for "ư"
					}
					para.WriteString(html.EscapeString(legacyRun(font, string(r))))
					continue
				}
			}
			flushRun()
			switch r {
			case 0x0D, 0x07, 0x0C, 0x0E:
				endPara(r, fc)
			case 0x0B:
				para.WriteString("<br>")
			case 0x09:
				para.WriteByte('\t')
			case 0x1E:
				para.WriteByte('-')
			case 0xA0:
				para.WriteString("&nbsp;")
			case 0x1F, 0xAD:
				// an optional hyphen: in a .VnTime text the code of "ư"
				para.WriteString("&shy;")
			default:
				if r < 0x20 || r >= 0xD800 && r <= 0xDFFF {
					continue // pictures, footnote marks, halves of surrogate pairs
				}
				para.WriteString(html.EscapeString(string(r)))
			}
		}
	}
	flushRun()
	if para.Len() > 0 {
		endPara(0x0D, ^uint32(0))
	}
	flushTable()
}

// inFieldCode reports text inside a field's code (its own, or the code of a
// field it is the result of a field within).
func inFieldCode(fields []bool) bool {
	for _, code := range fields {
		if code {
			return true
		}
	}
	return false
}
