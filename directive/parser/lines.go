package parser

import (
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/frame"
	"github.com/chidao/chidao/internal/vntext"
)

// joinBroken puts back together the header lines that web pages and PDF
// extraction break in the middle: a "Số:" label alone on its line with the
// number on the next, a place name split from its date ("Mỹ" / "Tho,
// ngày …"), a date split before "tháng" or "năm", and a header word alone
// on its line ("ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …"). Each join is
// recorded as a wrapped_line repair. Only these shapes are joined: body
// paragraphs are left to the body parser.
func (p *docParser) joinBroken() {
	out := p.lines[:0]
	for i := 0; i < len(p.lines); i++ {
		l := p.lines[i]
		for i+1 < len(p.lines) {
			next := p.lines[i+1]
			if next.text == "" && i+2 < len(p.lines) && (yearWrapped(l.text, p.lines[i+2].text) || i < maxHeaderLines && headerPieceApart(l.text, p.lines[i+2].text)) {
				// "… ngày 26 tháng 11" / "" / "năm 2008", "Số:" / "" /
				// "2177/QĐ-UBND": a scan's row spacing
				i++
				next = p.lines[i+1]
			} else if !shouldJoin(l.text, next.text) && !yearWrapped(l.text, next.text) {
				break
			}
			if isHeaderWordFragment(l.text) && cellEnd(l.raw) {
				break // "HỘI ĐỒNG NHÂN" / "DÂN |": the word ends its cell
			}
			if isHeaderWordFragment(l.text) && len(out) > 0 && closesCapsLine(out[len(out)-1], l) {
				break // "… GIÚP ĐỠ CÁCH" / "MẠNG": the word ends the line above
			}
			joined := l.text + " " + next.text
			if isSoLabel(l.text) {
				joined = "Số: " + next.text
			}
			p.repair(directive.RepairWrappedLine, "", l.no, l.text+" ⏎ "+next.text, joined)
			if next.no != l.no {
				p.wrapBefore(next.no)
			}
			l = docLine{text: joined, raw: l.raw + " " + next.raw, no: l.no, off: l.off}
			i++
		}
		out = append(out, l)
	}
	p.lines = out
}

// headerPieceApart reports a header's part that a scan set a blank line
// apart from its rest, as it does the pieces of a header's two columns:
// "Số:" and its number, a place and its date ("Quảng Trị," / "ngày 13
// tháng 10 năm 2014"), the national header cut in two.
func headerPieceApart(a, b string) bool {
	if !isSoLabel(a) && !(isPlaceFragment(a) && vntext.RunesAtMost(a, maxPlaceFragment)) && !frame.MayBeNational(a) {
		return false
	}
	return shouldJoin(a, b)
}

// gluedText reports a text whose words run together after letters with
// marks often enough to be a font's doing, not a typo: at least
// minGlued such joins, one or more in every gluedRate words.
func gluedText(text string) bool {
	// the font's doing shows all through a text: its opening is enough
	if len(text) > gluedSample {
		k := gluedSample
		for k > 0 && !utf8.RuneStart(text[k]) {
			k--
		}
		text = text[:k]
	}
	n := vntext.CountGlued(text)
	if n < minGlued {
		return false
	}
	return n*gluedRate >= strings.Count(text, " ")+strings.Count(text, "\n")
}

// scannedSeparator reports a table's rule row as a scan reads it: pipes
// or brackets and dashes with a speck or two ("|—l—]", "|[—]-]|", "|—]—]
// :"), and no word.
func scannedSeparator(raw string) bool {
	t := strings.TrimSpace(raw)
	if t == "" || t[0] != '|' && t[0] != '[' || len(t) > 40 {
		return false
	}
	dashes, specks := 0, 0
	for _, r := range t {
		switch {
		case strings.ContainsRune("—–-_=", r):
			dashes++
		case strings.ContainsRune("|[] :;.,`'", r):
		case r == 'l' || r == 'I' || r == '1' || r == '!':
			specks++
		default:
			return false
		}
	}
	return dashes >= 2 && specks <= 2 && strings.TrimLeft(t, "|[") != t
}

// yearWrapped reports a header row whose date lost its year to the next
// row ("Số: 5129/QĐ-UBND TP. Hồ Chí Minh, ngày 26 tháng 11" / "năm
// 2008"; "… tháng 10 năm" / "2014"): b is the year alone, a holds a day
// and a month and no year.
func yearWrapped(a, b string) bool {
	// the year row first: most rows are not one, and it is short to read
	if len(b) == 4 && vntext.AllDigits(b) {
		// "… ngày 27 tháng 10 năm" / "2014"
		if f := strings.Fields(a); len(f) == 0 || keyOf(f[len(f)-1]) != "năm" {
			return false
		}
	} else if !vntext.RunesAtMost(b, 12) || !hasFoldPrefix(b, "năm ") {
		return false
	} else if n, _ := leadingDigitsAny(strings.TrimLeft(strings.TrimPrefix(b, "năm"), " ")); n != 4 {
		return false
	}
	i, n := indexNgay(a)
	if i < 0 || hasYear(a[i:]) || !vntext.RunesAtMost(a, maxHeaderLine) {
		return false
	}
	return strings.Contains(keyOf(a[i+n:]), "tháng")
}

// splitGluedRule cuts t where a rule of dashes runs into a word with no
// space, dropping the rule: "Hạnh phúc —————Số: 22/…" → "Hạnh phúc",
// "Số: 22/…". It returns nil when there is none.
func splitGluedRule(t string) []string {
	for i := 1; i < len(t); i++ {
		if t[i-1] != ' ' || t[i] != '-' && t[i] != '_' && t[i] != 0xE2 { // 0xE2 opens "—" and "–"
			continue
		}
		rest := strings.TrimLeft(t[i:], "-—–_")
		n := len(t[i:]) - len(rest)
		if n == 0 || rest == "" || rest[0] == ' ' || utf8.RuneCountInString(t[i:i+n]) < minRuleTail {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
			continue
		}
		return []string{strings.TrimSpace(t[:i]), rest}
	}
	return nil
}

// mendMotto moves the end of a motto broken across two lines back onto
// line i: a PDF's narrow column prints "… VIỆT NAM Độc lập - Tự do -" and,
// beside the rule under the issuer, "——– Hạnh phúc".
func (p *docParser) mendMotto(i int) {
	p.mendMottoRows(i, 2)
}

// mendMottoRows is mendMotto, which may take up to rows more rows that
// hold nothing but the motto's next words ("… VIỆT NAM Độc" / "lập - Tự
// do -" / "Hạnh phúc").
func (p *docParser) mendMottoRows(i, rows int) {
	j := i + 1
	for j+1 < len(p.lines) && p.lines[j].text == "" && j < i+3 && p.lines[i].text != "" {
		j++ // a scan's blank line between the rows, or a row taken already
	}
	a, b := p.lines[i].text, p.lines[j].text
	if !strings.Contains(a, "lập") && !strings.Contains(a, "LẬP") && !strings.Contains(a, "Hạnh") && !strings.Contains(a, "HẠNH") &&
		!strings.HasSuffix(a, "Độc") && !strings.HasSuffix(a, "ĐỘC") {
		return // no motto's head here
	}
	// the rule the column prints under the motto may come between
	if t := strings.TrimRight(a, "-—–_ "); len(a)-len(t) >= 2 && strings.ContainsAny(a[len(t):], "—–") {
		a = t
	}
	k := keyOf(a)
	var missing string
	mw := strings.Fields(mottoKey)
	for n := len(mw) - 1; n >= 2 && missing == ""; n-- {
		if strings.HasSuffix(k, strings.Join(mw[:n], " ")) {
			missing = strings.Join(mw[n:], " ") // "Độc lập - Tự" / "do - Hạnh phúc"
		}
	}
	if missing == "" {
		if !strings.HasSuffix(k, "việt nam độc") {
			return
		}
		missing = "lập " + mottoTailKey // "… VIỆT NAM Độc" / "lập - Tự do - Hạnh phúc"
	}
	rest := strings.TrimLeft(b, "-—–_ ")
	rule := strings.TrimSpace(b[:len(b)-len(rest)])
	if !strings.HasPrefix(keyOf(rest), missing) {
		if k := keyOf(rest); rows > 0 && k != "" && strings.HasPrefix(missing, k+" ") && p.lines[j].no <= p.lines[i].no+3 {
			// the row holds the motto's next words and no more
			mended := a + " " + strings.TrimSpace(rest)
			p.repair(directive.RepairWrappedLine, "", p.lines[i].no, a+" ⏎ "+b, mended)
			p.lines[i].text, p.lines[j].text = mended, strings.TrimSpace(rule)
			p.lines[i].kindSet, p.lines[i].kset = false, false
			p.lines[j].kindSet, p.lines[j].kset = false, false
			p.mendMottoRows(i, rows-1)
			return
		}
		// the issuer's column wrapped beside it: "ỦY BAN NHÂN DÂN TỈNH
		// BẮC Độc lập - Tự do - Hạnh" / "NINH ——- phúc —————"
		left, r, ok := issuerBeside(b, missing)
		if !ok {
			return
		}
		rest, rule = r, left
	}
	e, ok := vntext.MatchWord(rest, 0, missing)
	if !ok {
		// dashes between the words: "lập - Tự do - Hạnh phúc"
		if e = wordsEnd(rest, strings.Count(missing, " ")+1); e < 0 || keyOf(rest[:e]) != missing {
			return
		}
	}
	after := strings.TrimSpace(rest[e:])
	if t := strings.TrimLeft(after, "-—–_ "); t != "" {
		after = t // the rule under the motto before the next part: "————— Số: 836/QĐ-BXD"
	}
	p.repair(directive.RepairWrappedLine, "", p.lines[i].no, a+" ⏎ "+b, a+" "+rest[:e])
	p.lines[i].text = a + " " + rest[:e]
	p.lines[i].kindSet, p.lines[i].kset = false, false
	if after != "" && strings.Trim(rule, "-—–_ ") == "" {
		rule = "" // the motto's own dash ("Tự do" / "— Hạnh phúc Số: …"), no rule of the row
	}
	p.lines[j].text = strings.TrimSpace(rule + " " + after)
	p.lines[j].kindSet, p.lines[j].kset = false, false
}

// wordsEnd returns where the n-th word of s (tokens without a letter
// not counted) ends, or -1.
func wordsEnd(s string, n int) int {
	for _, sp := range fieldSpans(s) {
		if strings.IndexFunc(s[sp[0]:sp[1]], unicode.IsLetter) < 0 {
			continue
		}
		if n--; n == 0 {
			return sp[1]
		}
	}
	return -1
}

// mendQuocHieu puts back the national motto a scan read as two rows of
// both columns: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" alone (the issuer's column
// shorter), then "BỘ TÀI CHÍNH VIỆT NAM Độc lập - Tự do - Hạnh": the motto's
// last words leave the issuer's line for the motto's, under a columns
// repair. Marks a scan made of the rule before the motto go with it.
func (p *docParser) mendQuocHieu(i int) {
	a := p.lines[i].text
	if !frame.MayBeNational(a) {
		return
	}
	at, _ := vntext.IndexBare(a, "cộng hòa xã hội chủ nghĩa")
	if at < 0 || !vntext.IsCaps(a[at:]) {
		return
	}
	for _, w := range vntext.Fields(a[:at]) {
		if !vntext.RunesAtMost(w, 1) {
			return // the issuer's column is here: splitColumns reads it
		}
	}
	have, want := vntext.Fields(a[at:]), vntext.Fields(frame.KeyQuocHieu)
	if len(have) >= len(want) {
		return
	}
	for k, w := range have {
		if vntext.Bare(strings.ToLower(w)) != vntext.Bare(want[k]) {
			return
		}
	}
	missing := want[len(have):]
	j := i + 1
	for j < len(p.lines) && j <= i+2 && p.lines[j].text == "" {
		j++
	}
	if j >= len(p.lines) || p.lines[j].text == "" || p.lines[j].no > p.lines[i].no+2 {
		return
	}
	b := p.lines[j].text
	ws := strings.Fields(b)
	for w := 1; w+len(missing) <= len(ws); w++ {
		if !matchWords(ws[w:w+len(missing)], missing) {
			continue
		}
		left := strings.Join(ws[:w], " ")
		if strings.IndexFunc(left, unicode.IsLetter) < 0 {
			left = "" // marks a scan made of the rule: the issuer is on the next row
		} else if !vntext.IsCaps(left) || vntext.RunesAtMost(strings.Trim(left, "„\"',.-—– "), 1) {
			return
		}
		right := strings.Join(ws[w+len(missing):], " ")
		motto := strings.Join(vntext.Fields(a[at:]), " ") + " " + strings.Join(ws[w:w+len(missing)], " ")
		p.repair(directive.RepairColumns, "", p.lines[j].no, a+" ⏎ "+b, motto+" | "+strings.TrimSpace(left+" "+right))
		p.lines[i].text = motto
		p.lines[j].text = strings.TrimSpace(strings.TrimLeft(left, "„\"',.-—– ") + " " + right)
		p.lines[i].kindSet, p.lines[i].kset = false, false
		p.lines[j].kindSet, p.lines[j].kset = false, false
		return
	}
}

// matchWords reports words that read as want, marks and case aside.
func matchWords(words, want []string) bool {
	for k, w := range words {
		if vntext.Bare(strings.ToLower(w)) != vntext.Bare(want[k]) {
			return false
		}
	}
	return true
}

// issuerBeside cuts b, a line that opens with the words of an issuer's
// column (in capitals, six at most) and a rule, before the missing words
// of the motto: it returns the issuer's words and the rest from the
// motto's words on.
func issuerBeside(b, missing string) (left, rest string, ok bool) {
	ws := strings.Fields(b)
	for w := 1; w <= 6 && w < len(ws); w++ {
		r := strings.TrimLeft(b[strings.Index(b, ws[w]):], "-—–_ ")
		if !strings.HasPrefix(keyOf(r), missing) {
			continue
		}
		left = strings.TrimRight(strings.TrimSpace(b[:len(b)-len(r)]), "-—–_ ")
		if left == "" || !vntext.IsCaps(left) || strings.ContainsAny(left, "0123456789:") {
			return "", "", false
		}
		return left, r, true
	}
	return "", "", false
}

// closesCapsLine reports a word alone on line l that ends the long line
// in capitals right above it, a title wrapped by its width.
func closesCapsLine(prev, l docLine) bool {
	return l.no == prev.lastNo()+1 && vntext.IsCaps(prev.text) && !vntext.RunesAtMost(prev.text, minCapsWrap) &&
		!endsSentence(prev.text) && frame.National(prev.text) == ""
}

// docLine is one line of input after clean-up.
type docLine struct {
	text    string // markers removed, spaces collapsed, trimmed
	raw     string // the input line (NFC)
	no      int    // 1-based line number
	end     int    // the last input line a flat text's segment runs over, or 0
	off     int    // byte offset of the input line in docParser.text
	key     string // vntext.Key of the start of text, computed on demand
	kset    bool
	kind    lineKind // cached classification, valid when kindSet
	kindSet bool
}

// lastNo is the last input line l runs over.
func (l *docLine) lastNo() int { return max(l.no, l.end) }

type docParser struct {
	// inRules counts the annexes of rules (Quy chế, Quy định) the
	// obligation reader is inside: their functions articles state.
	inRules int
	// inTasks counts the task sections ("NHIỆM VỤ VÀ GIẢI PHÁP") the
	// obligation reader is inside: their points are tasks whether or
	// not they name a body.
	inTasks int
	// directing are the bodies a heading "X chỉ đạo:" names while the
	// reader is under it: a point that names its own body is X's to see
	// done and that body's to do.
	directing []string
	// leadParas are the lines that open the body before its text: the
	// enacting authority under the subject, a công điện's sender.
	leadParas []bodyPara
	d         *directive.Document
	text      string   // the input after the encoding repairs, in NFC
	textLines []string // text's lines, split once for the table readers
	lines     []docLine
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
	// taskGroup is set while the bullets of a task group are read: each
	// is a task (see partsAreTasks).
	taskGroup bool
	// distOpen is set when the last Nơi nhận entry read ended with a comma,
	// so that the next line goes on with it.
	distOpen bool
	// distCut tells how the last line of an inline Nơi nhận list ended
	// (listCut).
	distCut int
	// lastSigLine is the input line the signer's name was read on;
	// signMarkLine the one a signature's mark (TM., KT., …) opened.
	lastSigLine, signMarkLine int
	// titleLine is the input line the signer's post was read from last
	// by tailPiece (0 when another reader set it).
	titleLine int
	// whole keeps assign from cutting a periodic clause off (see
	// periodicClause)
	whole bool
	// splits counts the cuts assign made in the text it was given, at
	// splitDepth 0; splitDepth is how deep its cuts are
	splits, splitDepth int
	// authorised holds the bodies an authorisation named ("Ủy quyền cho
	// Giám đốc Sở …"): the conditions set on them are their tasks
	authorised []string
	// emphasisOpen is set when a line opened an emphasis it did not
	// close: the next line's closing stars are markup too.
	emphasisOpen bool
	// afterGazette is set when the line cleaned last was the Công
	// báo's running head: a number alone under it is the page's
	afterGazette bool
	// pageTitle is a crawler page's title cut from the header's first
	// line ("Nghị định 49/2025/NĐ-CP."), which the page prints again
	// before each article
	pageTitle string
	// distDashes counts the Nơi nhận entries read that opened with a
	// dash: a list that marks its entries so wraps the others.
	distDashes int
	distLast   string // the last line of the Nơi nhận list read
	// soft holds the input line numbers of the blank lines a double-spaced
	// text puts between its lines, read as line breaks.
	soft []int
	// whether the markdown, stray-mark and entity repairs were noted
	markdown, strayMarks, entities bool
	toneDamaged                    bool // see restoreTones
	glued                          bool // see gluedText
	unmarked                       bool // a text written without marks: its names as printed
	flat                           bool // read by flatSegments
	// tableRows are the column repairs of table rows, pending until the
	// header start is known.
	tableRows []directive.Repair
}

func (p *docParser) key(i int) string {
	l := &p.lines[i]
	if !l.kset {
		t := l.text
		l.key, l.kset = keyOf(vntext.PrefixRunes(t, lineKeyLen)), true
	}
	return l.key
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

// fileReaders read the files documents travel in, told by how they open:
// an OpenDocument text or a Word file (zips), a Word 97–2003 file (a
// compound file), an RTF file, a text saved as UTF-16.
var fileReaders = []struct {
	opens  func(string) bool
	read   func(string) (string, error)
	repair directive.RepairCode
}{
	{func(s string) bool { return strings.HasPrefix(s, "PK\x03\x04") && isODT(s) },
		func(s string) (string, error) { return ODTText(strings.NewReader(s), int64(len(s))) }, directive.RepairODT},
	{func(s string) bool { return strings.HasPrefix(s, "PK\x03\x04") },
		func(s string) (string, error) { return DocxText(strings.NewReader(s), int64(len(s))) }, directive.RepairDocx},
	{func(s string) bool { return strings.HasPrefix(s, cfbMagic) },
		func(s string) (string, error) { return DocText(strings.NewReader(s), int64(len(s))) }, directive.RepairDoc},
	{func(s string) bool { return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n\uFEFF"), `{\rtf`) }, RTFText, directive.RepairRTF},
	{func(s string) bool { return strings.HasPrefix(s, "\xFF\xFE") || strings.HasPrefix(s, "\xFE\xFF") }, utf16Text, directive.RepairUTF16},
}

// utf16Text reads a text saved as UTF-16 with its byte order mark (what
// Windows' Notepad calls "Unicode"), either byte order.
func utf16Text(s string) (string, error) {
	big := strings.HasPrefix(s, "\xFE\xFF")
	s = s[2:]
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		if big {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		} else {
			u = append(u, uint16(s[i+1])<<8|uint16(s[i]))
		}
	}
	return string(utf16.Decode(u)), nil
}

// prepare checks the encoding, normalises to NFC and splits the text into
// cleaned lines.
func (p *docParser) prepare(text string) {
	for _, f := range fileReaders {
		if !f.opens(text) {
			continue
		}
		// a file's bytes: read as the text its program shows
		t, err := f.read(text)
		if err != nil {
			p.errs = append(p.errs, &SyntaxError{Line: 1, Col: 1, Msg: err.Error()})
			t = ""
		}
		text = t
		p.repair(f.repair, "", 1, "", "")
		break
	}
	decoded := false
	if i := strings.IndexByte(text, '\r'); i >= 0 {
		// a classic Mac's or an exporter's line ends: a carriage return
		// alone breaks the line, as a line feed does (one byte for one,
		// so offsets hold)
		b, lone := []byte(text), false
		for j := i; j < len(b); j++ {
			if b[j] == '\r' && (j+1 == len(b) || b[j+1] != '\n') {
				b[j], lone = '\n', true
			}
		}
		if lone {
			text = string(b)
			p.repair(directive.RepairLineBreaks, "", 1, "", "")
		}
	}
	legacy := func() {
		if decoded {
			return // the letters a font's codes stood for are no codes again
		}
		if t, enc := LegacyText(text); enc != "" {
			// a legacy font's codes: read as the letters they stand for
			text, decoded = t, true
			p.repair(directive.RepairLegacyEncoding, "", 1, enc, "")
		}
	}
	if !utf8.ValidString(text) {
		legacy() // an 8-bit file's bytes (a page's too): read before its markup
	}
	if looksHTML(text) {
		text = HTMLText(text)
		p.repair(directive.RepairHTML, "", 1, "", "")
	}
	legacy()
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
	if t := vntext.DropInvisible(text); len(t) < len(text) {
		// a soft hyphen inside a word, a zero-width space, a BOM: a
		// page's or an exporter's, no part of the text read
		text = t
		p.repair(directive.RepairInvisible, "", 1, "", "")
	}
	if hasUnicodeSpace(text) {
		u := unicodeSpaces.Replace(text)
		// a web page's "&nbsp;": one space, as the page shows it
		text = u
		p.repair(directive.RepairSpaces, "", 1, "", "")
	}
	if hasFontLetters(text) {
		// no Vietnamese word has "oi" with a hook (U+01A2, U+01A3) or
		// the eth (U+00D0, U+00F0): a legacy font's text layer or a scan
		// gives them for "ư" and "đ" ("Sở Công Thƣơng", "Ð/c");
		// each line changed keeps its printed form in a repair
		no := 0
		for line := range strings.Lines(text) {
			no++
			if hasFontLetters(line) {
				t := strings.TrimSpace(line)
				p.repair(directive.RepairFontLetters, "", no, t, fontLetters.Replace(t))
			}
		}
		text = fontLetters.Replace(text)
	}
	if strings.IndexByte(text, '\t') >= 0 {
		text = markerTabs(text)
	}
	p.text = text
	p.toneDamaged, p.unmarked = toneDamaged(text)
	p.glued = gluedText(text)
	n := strings.Count(text, "\n") + 1
	p.lines = make([]docLine, 0, n)
	raws := make([]string, 0, n)
	off := 0
	for raw := range strings.Lines(text) {
		p.lineOff = append(p.lineOff, off)
		off += len(raw)
		raws = append(raws, strings.TrimSuffix(strings.TrimRight(raw, "\r\n"), "\r"))
	}
	lineHeader := false
	soft := doubleSpaced(raws)
	if soft != nil {
		p.repair(directive.RepairDoubleSpaced, "", 1, "", "")
		for k, s := range soft {
			if s {
				p.soft = append(p.soft, k+1)
			}
		}
	}
	flat, nos := raws, []int(nil)
	if soft != nil {
		flat = nil
		for k, r := range raws {
			if !soft[k] {
				flat, nos = append(flat, r), append(nos, k+1)
			}
		}
	}
	if flatText(flat) {
		p.flat = true
		p.addFlat(flat, nos, &lineHeader)
		raws = nil
	}
	var flatTail []string // an annex whose markers stand inside its lines, after a document that has none so
	cut, all := 0, raws
	if raws != nil && soft == nil {
		if c := flatAnnex(raws); c > 0 {
			cut, flatTail, raws = c, raws[c:], raws[:c]
		}
	}
	aligned := false // a two-column header block was read (alignedHeader)
	for k := 0; k < len(raws); k++ {
		raw, no, off := raws[k], k+1, p.lineOff[k]
		if soft != nil && soft[k] {
			continue
		}
		next := ""
		for j := k + 1; j < len(all); j++ {
			if strings.TrimSpace(all[j]) != "" {
				next = all[j] // what follows, blank lines apart (an annex read flat too)
				break
			}
		}
		if !aligned && soft == nil && k < maxAlignedStart {
			if left, right, end, ok := alignedHeader(raws, k); ok {
				aligned = true
				p.addAlignedHeader(raws, left, right, &lineHeader)
				k = end - 1
				continue
			}
		}
		if soft == nil {
			if left, right, end, ok := alignedTail(raws, k); ok {
				p.addAlignedTail(raws, left, right)
				k = end - 1
				continue
			}
		}
		if opensLayoutTable(raw, next) {
			if lt, ok := readLayout(raws, k); ok {
				p.addLayoutTable(raws, lt)
				k = lt.End - 1
				continue
			}
		}
		if scannedSeparator(raw) {
			// "|—l—]": a table's rule row a scan read with specks
			p.repair(directive.RepairScanSpecks, "", no, strings.TrimSpace(raw), "")
			continue
		}
		if isTableRow(raw) {
			p.addTableRow(raw, no, off)
			continue
		}
		p.addLine(raw, next, no, no, &lineHeader)
	}
	if flatTail != nil {
		nos := make([]int, len(flatTail))
		for k := range nos {
			nos[k] = cut + k + 1
		}
		p.addFlat(flatTail, nos, &lineHeader)
	}
	p.dropStamps()
	p.cutStampJunk()
	p.joinBroken()
	p.dropPageNumbers()
	for i := 0; i+1 < len(p.lines) && i < maxHeaderLines; i++ {
		p.mendQuocHieu(i)
		p.mendMotto(i)
	}
	p.mergeOrphanMarkers()
}

// addFlat adds the lines of a flat text (its input lines raws, numbered
// nos or from 1) cut at the markers inside them.
func (p *docParser) addFlat(raws []string, nos []int, lineHeader *bool) {
	segs := p.flatSegments(raws, nos)
	for k, sg := range segs {
		next := ""
		if k+1 < len(segs) {
			next = segs[k+1].text
		}
		p.addLine(sg.text, next, sg.no, sg.last, lineHeader)
	}
}

// hasFontLetters reports one of the letters fontLetters maps, by their
// bytes: strings.ContainsAny with runes above ASCII walks every rune.
func hasFontLetters(s string) bool {
	// "ƣ" C6 A3, "Ƣ" C6 A2, "Ð" C3 90, "ð" C3 B0; C3 opens half the
	// Vietnamese vowels, so one pass rather than four searches
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC6:
			if s[i+1] == 0xA2 || s[i+1] == 0xA3 {
				return true
			}
		case 0xC3:
			if s[i+1] == 0x90 || s[i+1] == 0xB0 {
				return true
			}
		}
	}
	return false
}

// splitTypeRun cuts a line that opens with a type name in capitals, goes
// on with its subject in capitals and then with a sentence ("CHỈ THỊ VỀ
// … NẶNG Trong suốt …") into the three, or returns nil.
func splitTypeRun(t string) []string {
	n := capsTypeLen(t)
	if n == 0 {
		return nil
	}
	spans := fieldSpans(t[n:])
	w := 0
	for w < len(spans) && vntext.IsCaps(t[n+spans[w][0]:n+spans[w][1]]) {
		w++
	}
	if w < 3 || w >= len(spans) || !startsUpperLower(t[n+spans[w][0]:]) {
		return nil
	}
	cut := n + spans[w][0]
	return []string{t[:n], strings.TrimSpace(t[n:cut]), t[cut:]}
}

// fontLetters maps a legacy font's look-alikes to the Vietnamese letters.
// An eth right after a Đ is Tesseract's echo of the letter ("QĐÐ-UBND"):
// a font that prints Ð for Đ prints both so ("ÐÐBQH").
var fontLetters = strings.NewReplacer("ĐÐ", "Đ", "ƣ", "ư", "Ƣ", "Ư", "Ð", "Đ", "ð", "đ")

// mergeOrphanMarkers puts a list marker printed alone on its line (a
// PDF's text layer read without its layout: "•", "1.", "a)" above a
// blank line and the item) back before its item's text.
func (p *docParser) mergeOrphanMarkers() {
	for i := 0; i < len(p.lines); i++ {
		t := p.lines[i].text
		if t == "" || !orphanMarker(t) {
			continue
		}
		j := i + 1
		for j < len(p.lines) && j-i <= 4 && (p.lines[j].text == "" || glyphBullet(p.lines[j].text) && !glyphBullet(t)) {
			j++ // "2." over "•": the number is the item's marker
		}
		if j >= len(p.lines) || p.lines[j].text == "" || orphanMarker(p.lines[j].text) ||
			itemMarkerLen(p.lines[j].text) > 0 || sectionMarker(p.lines[j].text) != "" {
			continue
		}
		if p.lines[j].no != p.lines[i].no && strings.HasPrefix(strings.TrimSpace(p.lines[i].raw), "|") {
			continue // a table's cell ("| 2.000 |  |") is no marker of the text below the table
		}
		// a heading in capitals goes under a Roman numeral only: "1." over
		// "UBND TỈNH …" is a crawler's count above a header
		if vntext.IsCaps(p.lines[j].text) && strings.Trim(t, "IVXL.") != "" {
			continue
		}
		p.repair(directive.RepairWrappedLine, "", p.lines[i].no, t+" ⏎ "+p.lines[j].text, t+" "+p.lines[j].text)
		p.lines[j].text = t + " " + p.lines[j].text
		p.lines[j].kindSet, p.lines[j].kset = false, false
		for k := i; k < j; k++ {
			p.lines[k].text = ""
			p.lines[k].kindSet, p.lines[k].kset = false, false
		}
		i = j
	}
}

// glyphBullet reports a bullet glyph alone.
func glyphBullet(t string) bool {
	switch t {
	case "•", "-", "+", "–", "◦", "▪", "●":
		return true
	}
	return false
}

// orphanMarker reports a line that is a list marker and nothing else.
func orphanMarker(t string) bool {
	if glyphBullet(t) {
		return true
	}
	if len(t) > 6 {
		return false
	}
	num, heading := cutSectionMarker(t + " X")
	return num != "" && heading == "X" && !strings.HasPrefix(t, "Điều") && !strings.HasPrefix(t, "Chương") &&
		!strings.HasPrefix(t, "Phần") && !strings.HasPrefix(t, "Mục")
}

// hasUnicodeSpace reports one of unicodeSpaces in text.
func hasUnicodeSpace(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case 0xc2, 0xe2, 0xe3:
			r, _ := utf8.DecodeRuneInString(text[i:])
			if r == 0xa0 || 0x2000 <= r && r <= 0x200a || r == 0x202f || r == 0x205f || r == 0x3000 {
				return true
			}
		}
	}
	return false
}

// unicodeSpaces reads the spaces other than U+0020 that pages and word
// processors leave as U+0020.
var unicodeSpaces = strings.NewReplacer(
	"\u00a0", " ", "\u2000", " ", "\u2001", " ", "\u2002", " ", "\u2003", " ", "\u2004", " ", "\u2005", " ",
	"\u2006", " ", "\u2007", " ", "\u2008", " ", "\u2009", " ", "\u200a", " ", "\u202f", " ", "\u205f", " ", "\u3000", " ")

// markerTabs is text with the tab after a list's marker made a space, on
// each line that has no other ("1.\tSở Y tế chủ trì …", "-\tPhối hợp
// …"): a word processor's numbered list saved as plain text, not a
// table's row, whose cells a tab parts; a line beside a row of three
// cells or more ("a)\tNhóm hoạt động …", a group's title in a copied
// table) keeps its tab. One byte for one, so offsets hold.
func markerTabs(text string) string {
	if strings.IndexByte(text, '\t') < 0 {
		return text
	}
	var b []byte
	off := 0
	lines := slices.Collect(strings.Lines(text))
	inTable := func(k int) bool { return k >= 0 && k < len(lines) && strings.Count(lines[k], "\t") >= 2 }
	for k, line := range lines {
		t := strings.TrimLeft(line, " \t")
		if j := strings.IndexByte(t, '\t'); j > 0 && strings.IndexByte(t[j+1:], '\t') < 0 && markAt(t[:j]+" X", 0) == j+1 &&
			!inTable(k-1) && !inTable(k+1) {
			if b == nil {
				b = []byte(text)
			}
			b[off+len(line)-len(t)+j] = ' '
		}
		off += len(line)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// doubleSpaced reports a text whose lines all stand one blank line apart,
// as a copy that made each printed line a paragraph leaves them (a break
// between paragraphs then spans three), and
// returns the blank lines to read as mere line breaks: those that stand
// alone between two lines. A break longer than one blank line stays.
// It returns nil for any other text, and for one laid out as Markdown
// (each paragraph on one line, one blank line apart), whose blank lines
// part paragraphs.
func doubleSpaced(raws []string) []bool {
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	gaps, single, odd, tight, wrapped := 0, 0, 0, 0, 0
	prev, run := -1, 0
	for k, r := range raws {
		if blank(r) {
			run++
			continue
		}
		if prev >= 0 {
			gaps++
			if run%2 == 1 {
				odd++ // a line break doubled, or a paragraph break
			}
			switch run {
			case 0:
				tight++
			case 1:
				single++
				if !endsSentence(strings.TrimSpace(raws[prev])) {
					wrapped++ // the line before the blank stops mid-sentence
				}
			}
		}
		prev, run = k, 0
	}
	if gaps < minDoubleSpaced || tight*20 > gaps || odd*20 < gaps*19 || wrapped*4 < single {
		return nil
	}
	soft := make([]bool, len(raws))
	for k := 1; k+1 < len(raws); k++ {
		soft[k] = blank(raws[k]) && !blank(raws[k-1]) && !blank(raws[k+1])
	}
	return soft
}

// addLine cleans one line of input (or a flat text's segment, running
// over input lines no to last) and adds it, cut at the parts of a header
// flattened onto it.
// pageLabelLen returns the length of a page label ("Trang 1") that opens
// t glued to a line in capitals, or 0.
func pageLabelLen(t string) int {
	if !strings.HasPrefix(t, "Trang ") {
		return 0
	}
	i := len("Trang ")
	j := i
	for j < len(t) && j < i+3 && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == i || j == len(t) {
		return 0
	}
	rest := t[j:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || !vntext.IsCaps(vntext.PrefixRunes(rest, 24)) {
		return 0
	}
	return j
}

func (p *docParser) addLine(raw, next string, no, last int, lineHeader *bool) {
	if strings.Contains(raw, "<br") || strings.Contains(raw, "<BR") {
		// a page's line breaks outside a table: "**KẾ HOẠCH**<br>**Triển
		// khai …**" is two lines
		if parts := strings.Split(brTags.Replace(raw), "\n"); len(parts) > 1 {
			p.repair(directive.RepairMarkdown, "", no, strings.TrimSpace(raw), collapse(strings.Join(parts, " ⏎ ")))
			for k, part := range parts {
				nx := next
				if k+1 < len(parts) {
					nx = parts[k+1]
				}
				p.addLine(part, nx, no, last, lineHeader)
			}
			return
		}
	}
	off := p.lineOff[no-1]
	t := p.clean(raw, no)
	if pt := p.pageTitle; pt != "" && strings.HasPrefix(t, pt) && (len(t) == len(pt) || t[len(pt)] == ' ') {
		// "Nghị định 49/2025/NĐ-CP. Điều 2. Đối tượng áp dụng", or the
		// title alone between two articles
		p.repair(directive.RepairChrome, "", no, pt, "")
		if t = strings.TrimSpace(t[len(pt):]); t == "" {
			return
		}
	}
	if len(p.lines) <= maxFlatLine {
		if n := pageLabelLen(t); n > 0 {
			// a viewer's page label glued to the header's first line:
			// "Trang 1UBND TỈNH …"
			p.repair(directive.RepairChrome, "", no, t, t[n:])
			t = t[n:]
		}
	}
	// A flattened header sits near the top, under some chrome at
	// most, and not under a header already on its own lines.
	var parts []string
	if len(p.lines) > maxFlatLine {
	} else if *lineHeader {
		// under a header on its own lines, a date line that runs on
		// into "Kính gửi" and the body: "Hà Nội, ngày … năm 2014
		// Kính gửi: …"
		parts = splitDateLead(t)
	} else if vntext.RunesAtMost(t, flatMin) {
		*lineHeader = isHeaderMotto(t)
		if !*lineHeader && frame.NationalPrefix(strings.TrimSpace(next)) != "" {
			// a page's title and the issuer above the national header
			parts = splitTitleIssuer(t)
		} else {
			// and on the national header's line
			parts = splitTitleBeforeNational(t)
		}
	} else if parts = splitFlatHeader(t); parts == nil && frame.NationalPrefix(strings.TrimSpace(next)) != "" {
		// a long title and the issuer above the national header
		parts = splitTitleIssuer(t)
	} else if parts == nil {
		// a page's title and the issuer on the national header's line;
		// or "CHỈ THỊ VỀ VIỆC … BỆNH BINH NẶNG Trong suốt thời kỳ …": a
		// type name, its subject in capitals and the body run together
		if parts = splitTitleBeforeNational(t); parts == nil {
			parts = splitTypeRun(t)
		}
	}
	if k := slices.IndexFunc(parts, func(s string) bool { return frame.NationalPrefix(s) != "" }); k >= 1 && k <= 2 {
		// a page's title (or its facts) and the issuer run together
		// before the national header the split found: "Công văn
		// 627/BYT-BH … ban hành. BỘ Y TẾ"
		if tp := splitTitleIssuer(parts[k-1]); tp != nil {
			parts = slices.Concat(parts[:k-1], tp, parts[k:])
		}
	}
	if len(parts) >= 2 && len(p.lines) == 0 && pageTitle(parts[0]) {
		p.pageTitle = parts[0]
	}
	if len(parts) < 2 && len(p.lines) <= maxFlatLine {
		// a rule a PDF's text layer ran into the next part: "Hạnh phúc
		// —————Số: 22/2013/QĐ-TTg"
		parts = splitGluedRule(t)
	}
	if len(parts) < 2 {
		parts = []string{t}
	}
	if len(parts) < 2 {
		if sp := splitSignAnnex(t); sp != nil {
			// "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ … (Ban
			// hành kèm theo …)": the signature, then the annex's title
			parts = sp
		}
	}
	for k := 0; k < len(parts); k++ {
		if rp := splitRecipientRunOn(parts[k]); rp != nil {
			// "Kính gửi: … Trung ương Trong thời gian qua, …"
			parts = slices.Insert(slices.Delete(parts, k, k+1), k, rp...)
		}
	}
	if len(parts) > 1 {
		for k := range parts {
			parts[k] = dropRuleWord(parts[k]) // "————— Số: 92/BGDĐT-GDTH …": the rule under the motto
		}
		p.repair(directive.RepairFlatHeader, "", no, t, strings.Join(parts, " ⏎ "))
		for _, part := range parts {
			p.lines = append(p.lines, docLine{text: part, raw: raw, no: no, off: off})
		}
		return
	}
	p.lines = append(p.lines, docLine{text: t, raw: raw, no: no, end: last, off: off})
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
		if strings.Contains(c, "<") {
			c = brTags.Replace(c) // a cell's line breaks: "TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH"
		}
		for part := range strings.SplitSeq(c, "\n") {
			t := p.clean(part, no)
			if strings.Trim(t, "-—–: ") == "" && t != "" {
				continue // |---|---| separator row (":—-" after an autocorrect)
			}
			p.lines = append(p.lines, docLine{text: t, raw: raw, no: no, off: off})
		}
	}
}

// addLayoutTable reads the cells of a table that lays out the header or
// the tail as lines, a column at a time, left first: the parts then stack
// as the parser reads them when the columns are printed one after the
// other (issuer, "Số", V/v; Quốc hiệu, place and date; Nơi nhận; the
// signature). Each line takes its row's first line number.
func (p *docParser) addLayoutTable(raws []string, lt layoutTable) {
	var cols []string
	for j := range lt.Rows[0] {
		var parts []string
		for r, row := range lt.Rows {
			if j >= len(row) || row[j] == "" {
				continue
			}
			no, off := lt.First[r]+1, p.lineOff[lt.First[r]]
			for line := range strings.SplitSeq(row[j], "\n") {
				p.lines = append(p.lines, docLine{text: p.clean(line, no), raw: line, no: no, off: off})
				parts = append(parts, line)
			}
		}
		if len(parts) > 0 {
			cols = append(cols, strings.Join(parts, " / "))
		}
	}
	first := lt.First[0]
	// recorded once the header is found, as a table row is
	p.tableRows = append(p.tableRows, directive.Repair{Code: directive.RepairColumns, Line: first + 1, Original: strings.TrimSpace(raws[first]), Repaired: strings.Join(cols, " | ")})
	if !p.markdown {
		for k := first; k < lt.End; k++ {
			if strings.ContainsAny(raws[k], `*\`) {
				p.markdown = true
				p.repair(directive.RepairMarkdown, "", k+1, strings.TrimSpace(raws[k]), "")
				break
			}
		}
	}
}

// markdownMarks removes the markdown emphasis markers. Safe for
// concurrent use.
var markdownMarks = strings.NewReplacer("**", "", "~~", "", "__", "", "`", "")

// clean removes markdown and invisible characters and collapses spaces.
// rawBlockLine reports a line of pandoc's raw blocks, which part two
// lists: "```{=html}" / "<!-- -->" / "```". It is markup, not text.
func rawBlockLine(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "```") || strings.HasPrefix(s, "<!--") && strings.HasSuffix(s, "-->")
}

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
	if rawBlockLine(s) {
		s, marked = "", true
	}
	if strings.Contains(s, "**") && isRule(s) {
		return s // a rule of stars a scan read with a speck ("**k**%"): no emphasis
	}
	if strings.Contains(s, "**") || strings.Contains(s, "~~") || strings.Contains(s, "__") || strings.Contains(s, "`") {
		s = markdownMarks.Replace(s)
		marked = true
	}
	// pandoc's emphasis, escapes and hard breaks: "*Hà Nội, ngày …*",
	// "\-\-\-", "TỈNH BẮC GIANG\"
	if p.emphasisOpen {
		// the close of an emphasis that an opener alone began above
		if u := emphasisCloser(s); u != s {
			s, marked, p.emphasisOpen = u, true, false
		}
	}
	if u := dropEscapes(dropEmphasis(s)); u != s {
		if strings.HasPrefix(s, "*") && !strings.HasPrefix(u, "*") && strings.Count(s, "*")-strings.Count(u, "*") <= 3 && !strings.Contains(u, "*") {
			p.emphasisOpen = strings.Count(s, "*") == len(s)-len(strings.TrimLeft(s, "*"))
		}
		s, marked = u, true
	}
	if marked && !p.markdown {
		p.markdown = true
		p.repair(directive.RepairMarkdown, "", no, strings.TrimSpace(orig), collapse(s))
	}
	if (s != "" && (s[0] == 'K' || s[0] == 'k')) && misreadKinhGui(s) {
		// a scan's "Kính gưi:": the label it stands for
		w, rest := splitWords(s, 2)
		label := "Kính gửi"
		if strings.HasSuffix(w, ":") {
			label += ":"
		}
		p.repair(directive.RepairMisreadLabel, "recipients", no, w, label)
		s = label + " " + rest
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
	if u, ok := alignedCells(s); ok {
		// "-------- | ĐẢNG CỘNG SẢN VIỆT NAM ------ | | :---- | :----": a
		// table's rule and alignment row that a conversion ran into a
		// row of text; the cells with words are the text
		p.repair(directive.RepairMarkdown, "", no, strings.TrimSpace(orig), u)
		s = u
	}
	s = trimRuleHead(trimRuleTail(s))
	if m := markerUnderscore(s); m > 0 {
		// "b)_ Hướng dẫn …": a scan read the space after a point's
		// letter as an underscore
		p.repair(directive.RepairScanBullet, "", no, strings.TrimSpace(orig), s[:m]+s[m+1:])
		s = s[:m] + s[m+1:]
	}
	if r := tRoman(s); r != "" {
		// "TII- NHIỆM VỤ …": a scan read the numeral's first I as a T
		p.repair(directive.RepairScanBullet, "", no, strings.TrimSpace(orig), r+s[len(r):])
		s = r + s[len(r):]
	}
	if b := scanBullet(s); b > 0 {
		// "5Ö _ Các sở, ban, ngành …": the bullet "•" a scan misread
		p.repair(directive.RepairScanBullet, "", no, strings.TrimSpace(orig), "- "+s[b:])
		s = "- " + s[b:]
	}
	if hasStrayMark(s) {
		c := dropStrayMarks(s)
		if !p.strayMarks {
			p.strayMarks = true
			p.repair(directive.RepairStrayMarks, "", no, strings.TrimSpace(orig), collapse(c))
		}
		s = c
	}
	gazette := gazetteHeader(s)
	if isPageMarker(s) || pageNumber(orig, s) || fileFooter(s) || gazette || p.afterGazette && vntext.AllDigits(s) && len(s) <= 4 {
		// "===== Trang 5", "Trang 3/12", "--- Page 2 ---": where a PDF
		// or scan tool broke the pages; a page's number alone, centred
		// or after the form feed a PDF's text layer puts between pages;
		// the Công báo's running head and the page number under it
		p.repair(directive.RepairChrome, "", no, strings.TrimSpace(orig), "")
		p.afterGazette = gazette
		return ""
	}
	if s != "" {
		p.afterGazette = false
	}
	if p.toneDamaged {
		if r, ok := restoreTones(s); ok {
			p.repair(directive.RepairRestoredTones, "", no, strings.TrimSpace(orig), collapse(r))
			s = r
		}
	}
	if p.glued {
		if g, n := vntext.SplitGluedKnown(s); n > 0 {
			p.repair(directive.RepairGluedWords, "", no, strings.TrimSpace(orig), collapse(g))
			s = g
		}
	}
	s = collapse(s)
	if j, ok := joinSpaced(s); ok {
		p.repair(directive.RepairSpacedLetters, "", no, strings.TrimSpace(orig), j)
		s = j
	}
	if j, n := vntext.JoinSpacedVowels(s); n > 0 {
		// "Đ ế n năm 2020", "k ế hoạch": a vowel with its mark set apart
		p.repair(directive.RepairSpacedLetters, "", no, strings.TrimSpace(orig), j)
		s = j
	}
	return s
}

// alignedCells reads a line of cells split by pipes among which a table's
// alignment marks stand (":----", "----:"): the cells with words, joined
// by " | ", rules and marks dropped; false when there is no such mark.
func alignedCells(s string) (string, bool) {
	if strings.Count(s, "|") < 2 || !strings.Contains(s, "--") && !strings.Contains(s, "—") && !strings.Contains(s, "–") {
		return s, false
	}
	cells := strings.Split(s, "|")
	marks := false
	var kept []string
	for _, c := range cells {
		c = strings.TrimSpace(c)
		// (an office program's autocorrect makes "--" a dash: ":—-")
		if t := strings.Trim(c, ":"); (len(t) >= 3 || strings.ContainsAny(t, "—–")) && strings.Trim(t, "-—–") == "" && t != c {
			marks = true // ":----", "----:", ":---:"
			continue
		}
		if c = strings.TrimSpace(trimRuleHead(trimRuleTail(c))); c != "" && !isRule(c) {
			kept = append(kept, c)
		}
	}
	if !marks || len(kept) == 0 {
		return s, false
	}
	return strings.Join(kept, " | "), true
}

// fileFooter reports a page's footer that prints the file's name and
// the page number: "18.KLTW75.DOC 5", "QD-123.docx 2".
func fileFooter(t string) bool {
	name, num, _ := strings.Cut(t, " ")
	if strings.Contains(num, " ") || num != "" && !vntext.AllDigits(num) || strings.ContainsAny(name, "/\\") {
		return false
	}
	l := strings.ToLower(name)
	return len(name) > 5 && (strings.HasSuffix(l, ".doc") || strings.HasSuffix(l, ".docx") || strings.HasSuffix(l, ".pdf"))
}

// pageNumber reports a line that holds a page's number alone ("2", "- 2
// -"), printed after a form feed or centred far from the margin.
func pageNumber(raw, t string) bool {
	n := strings.Trim(t, "- ")
	if n == "" || len(n) > 3 || !vntext.AllDigits(n) {
		return false
	}
	lead := raw[:len(raw)-len(strings.TrimLeft(raw, " \t\f"))]
	return strings.ContainsRune(lead, '\f') || len(lead) >= minPageNumberIndent
}

// dropPageNumbers sets aside the page numbers a PDF viewer's copy leaves
// at the margin between the body's lines ("… và báo cáo" / "2" / "Ủy ban
// nhân dân tỉnh …"): a number alone, 2 to 999, between two lines of
// prose, where the sentence goes on across it (the line after opens in
// lower case) or where it is the page after the one set aside before it
// (the first page has no number). A number a line asks for ("Điều",
// "số") or a table's cell (a short line around it) stays.
func (p *docParser) dropPageNumbers() {
	last := 1 // the page number set aside last; the first page has none
	for i := range p.lines {
		t := p.lines[i].text
		if t == "" || len(t) > 3 || !vntext.AllDigits(t) {
			continue
		}
		v, _ := strconv.Atoi(t)
		prev, next := p.prose(i, -1, 4), p.prose(i, 1, 2)
		if v < 2 || prev == "" || next == "" || asksCount(prev) || sectionMarker(next) != "" {
			continue
		}
		if startsLower(next) || v == last+1 {
			p.repair(directive.RepairChrome, "", p.lines[i].no, t, "")
			p.lines[i].text, p.lines[i].kindSet, p.lines[i].kset = "", false, false
			last = v
		}
	}
}

// asksCount reports a line that ends on a word a number follows: "số",
// a part of a document ("Điều", "khoản"), a date's word ("năm").
func asksCount(t string) bool {
	if asksNumber(t) {
		return true
	}
	switch keyOf(t[strings.LastIndexByte(t, ' ')+1:]) {
	case "điều", "khoản", "điểm", "chương", "mục", "phần", "năm", "tháng", "ngày", "quý", "lần", "đợt":
		return true
	}
	return false
}

// prose returns the non-blank line before (dir -1) or after (dir 1) line
// i when it is a line of prose (at least that many words, no table's
// cell, not in capitals), or "".
func (p *docParser) prose(i, dir, words int) string {
	for j := i + dir; j >= 0 && j < len(p.lines); j += dir {
		t := p.lines[j].text
		if t == "" {
			continue
		}
		if strings.Count(t, " ") < words-1 || strings.ContainsAny(t, "|\t") || vntext.IsCaps(t) {
			return ""
		}
		return t
	}
	return ""
}

// gazetteRe is the Công báo's running head, with the page's number
// before or after it: "CÔNG BÁO/Số 302/Ngày 02-06-2026", "72 CÔNG
// BÁO/Số 1125 + 1126/Ngày 25-12-2020".
var gazetteRe = regexp.MustCompile(`^(\d{1,4} +)?CÔNG BÁO */ *Số +\d+( *\+ *\d+)* */ *Ngày +\d{1,2}-\d{1,2}-\d{4}( +\d{1,4})?$`)

// gazetteHeader reports the Công báo's running head alone on a line.
func gazetteHeader(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) < 80 && strings.Contains(t, "CÔNG BÁO") && gazetteRe.MatchString(t)
}

// isPageMarker reports a line that only marks a page: "Trang 5",
// "===== Trang 5", "Trang 3/12", "- Page 2 -".
func isPageMarker(s string) bool {
	t := strings.Trim(s, "=-–—_~*#· \t")
	w, rest := splitWords(t, 1)
	if k := strings.ToLower(w); k != "trang" && k != "page" {
		return false
	}
	rest = strings.ReplaceAll(strings.TrimSpace(rest), " ", "")
	if strings.EqualFold(rest, "break") && len(t) < len(s) {
		return true // a converter's "--- PAGE BREAK ---"
	}
	n, m, _ := strings.Cut(rest, "/")
	return vntext.AllDigits(n) && (m == "" || vntext.AllDigits(m))
}

func (p *docParser) kind(i int) lineKind {
	l := &p.lines[i]
	if !l.kindSet {
		l.kind, l.kindSet = p.classify(i), true
	}
	return l.kind
}

func (p *docParser) classify(i int) lineKind {
	t := p.lines[i].text
	if t == "" {
		return lkBlank
	}
	if isRule(t) {
		return lkRule
	}
	if frame.National(t) != "" || mottoLine(t) || p.cutMotto(i, t) {
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
	if !needsKey(strings.TrimLeft(t, ".~ ")) { // (a scan's speck before a label: ".Nới nhận:")
		if vntext.RunesAtMost(t, maxKeyLine) && isDateLine(t) {
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
	case strings.HasPrefix(k, "nơi nhận") || misreadNoiNhan(t):
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
	if vntext.RunesAtMost(t, maxKeyLine) && isDateLine(t) {
		return lkDate
	}
	return lkText
}

// cutMotto reports a line that holds the issuer's column and the national
// motto cut short after "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", its last words ending
// the next line (a scan that read the header's two columns row by row).
// A motto wrapped in its own column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT
// NAM") is no such line: the header joins it as before.
func (p *docParser) cutMotto(i int, t string) bool {
	if !frame.MayBeNational(t) {
		return false
	}
	_, _, _, ok := p.mottoWrap(i, t)
	return ok
}

// scanBullet returns where the text starts after a bullet a scan misread
// as marks, with or without a dash or underscore after it ("5Ö _ ", "°Ö _
// ", "»ÖỒ - ", "« ", "5Ö Đối với …"), or 0.
func scanBullet(s string) int {
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 || !vntext.RunesAtMost(s[:sp], 3) || !strings.ContainsAny(s[:sp], "°»«Ö") && !digitAndMark(s[:sp]) {
		return 0
	}
	rest := s[sp+1:]
	n := len(rest) - len(strings.TrimLeft(rest, "_-"))
	if n == 0 {
		if unicode.IsUpper(firstRune(rest)) {
			return sp + 1 // "5Ö Đối với …", "» Tổ chức …"
		}
		return 0
	}
	if n > 2 || len(rest) <= n+1 || rest[n] != ' ' {
		return 0
	}
	return sp + 1 + n + 1
}

// tRoman returns the Roman numeral a scan read with a T for its first I
// ("TII- NHIỆM VỤ", "TI. MỤC TIÊU"), a heading in capitals after it, or
// "". No word opens "TI" or "TII" and a mark.
func tRoman(s string) string {
	n := 1
	for n < len(s) && n < 4 && s[n] == 'I' {
		n++
	}
	if s == "" || s[0] != 'T' || n < 2 || n > 3 || n+2 >= len(s) || s[n] != '.' && s[n] != '-' || s[n+1] != ' ' {
		return ""
	}
	if h := s[n+2:]; !vntext.IsCaps(vntext.PrefixRunes(h, 24)) || !unicode.IsUpper(firstRune(h)) {
		return ""
	}
	return "I" + s[1:n]
}

// digitAndMark reports a token of a digit and a marked capital, no word
// and no number: what a scan makes of a bullet ("5Ò").
func digitAndMark(t string) bool {
	digit, mark := false, false
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= utf8.RuneSelf && unicode.IsUpper(r):
			mark = true
		default:
			return false
		}
	}
	return digit && mark
}

// markerUnderscore returns where the underscore a scan put after a
// point's marker ("b)_ ", "2._ ") stands, or 0.
func markerUnderscore(s string) int {
	i := strings.Index(s, "_ ")
	if i < 2 || i > 4 || s[i-1] != ')' && s[i-1] != '.' {
		return 0
	}
	for _, r := range s[:i-1] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return 0
		}
	}
	return i
}

// rawLines returns the lines of p.text, split on first use.
func (p *docParser) rawLines() []string {
	if p.textLines == nil {
		p.textLines = strings.Split(p.text, "\n")
	}
	return p.textLines
}
