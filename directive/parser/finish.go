package parser

import (
	"slices"
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/vntext"
)

// finish fills what the parts imply: the bloc from the symbol, the type
// from the symbol when no type line was found.
func (p *docParser) finish() {
	d := p.d
	if d.Bloc == directive.BlocUnspecified && d.Symbol.IsValid() {
		d.Bloc = d.Symbol.Bloc()
	}
	if d.Bloc == directive.BlocUnspecified && d.Issuer == "" {
		d.Bloc = blocOfText(d)
	}
	if d.Type == directive.KindUnspecified {
		switch {
		case d.Symbol.IsValid() && d.Symbol.Kind() != directive.KindUnspecified:
			d.Type = d.Symbol.Kind()
			p.repair(directive.RepairTypeInferred, "type", 0, "", d.Type.Label())
		case len(d.Recipients) > 0:
			d.Type = directive.KindOfficialLetter
			p.repair(directive.RepairTypeInferred, "type", 0, "", d.Type.Label())
		}
	}
	d.Signature.Title = p.restoreTitle(d.Signature.Title)
	p.findCitations()
	if d.Bloc == directive.BlocUnspecified && d.Issuer == "" {
		// State documents open with their legal basis: laws, decrees
		for _, c := range d.Citations {
			if c.Relation == directive.RelationLegalBasis && c.Kind.IsLegal() {
				d.Bloc = directive.BlocState
				break
			}
		}
	}
	p.readObligations()
}

// findCitations reads the citations of the text from the document's first
// line on, with spans into p.text. The document's own number in its header
// is not one.
func (p *docParser) findCitations() {
	d := p.d
	if p.first >= len(p.lines) {
		return
	}
	from := p.lines[p.first].off
	text := p.text[from:]
	if len(p.wraps) > 0 || len(p.aside) > 0 || len(p.soft) > 0 {
		b := []byte(text)
		// a double-spaced text's blank lines are line breaks: blank
		// them, so that a list of references goes on across them
		for _, no := range p.soft {
			end := len(p.text)
			if no < len(p.lineOff) {
				end = p.lineOff[no]
			}
			for w := max(p.lineOff[no-1], from); w < end; w++ {
				b[w-from] = ' '
			}
		}
		// The lines a paragraph was wrapped on are read as one line, as
		// they were printed: a citation's issuer or subject goes on
		// across the wrap. A break becomes a space, so spans hold.
		for _, no := range p.wraps {
			// the break and any blank lines before the wrapped line
			for w := p.lineOff[no-1] - 1 - from; w >= 0 && isBlankByte(b[w]); w-- {
				b[w] = ' '
			}
		}
		for _, no := range p.aside {
			end := len(p.text)
			if no < len(p.lineOff) {
				end = p.lineOff[no] - 1
			}
			for w := max(p.lineOff[no-1], from); w < end; w++ {
				b[w-from] = ' '
			}
		}
		text = string(b)
	}
	// a scan's or a text layer's damaged marks: "Luât Hải quan",
	// "Nghị định sô 15/2022/NĐ-CP"
	for c := range cite.FindDamaged(text) {
		c.Start += from
		c.End += from
		if c.Start < p.bodyOff && isOwnNumber(d, c.Symbol) ||
			c.Relation == directive.RelationMentions && c.Symbol.IsValid() && c.Symbol.Equal(d.Symbol) {
			// the header's number, or an annex's "(Ban hành kèm theo
			// Quyết định số …)" naming the document itself
			continue
		}
		c.Issuer, c.Subject, c.Name = collapse(c.Issuer), collapse(c.Subject), collapse(c.Name)
		if p.glued {
			// as the lines read them (RepairGluedWords); spans stay on
			// the text as printed
			c.Issuer, c.Subject, c.Name, c.Term = splitGlued(c.Issuer), splitGlued(c.Subject), splitGlued(c.Name), splitGlued(c.Term)
		}
		d.Citations = append(d.Citations, c)
	}
}

// splitGlued is vntext.SplitGluedKnown's text.
func splitGlued(s string) string {
	t, _ := vntext.SplitGluedKnown(s)
	return t
}

// isOwnNumber reports whether sym, met in the header, is the document's
// own number: a web page or a table cell can hide its "Số:" label from the
// scanner.
func isOwnNumber(d *directive.Document, sym directive.Symbol) bool {
	switch {
	case !sym.IsValid():
		return false
	case d.Symbol.IsValid():
		return sym.Equal(d.Symbol) || sym.NumberInt() == d.Symbol.NumberInt() && sym.Year() == d.Symbol.Year()
	}
	return d.Number != "" && sym.Number() == d.Number
}

func isBlankByte(c byte) bool { return c == '\n' || c == '\r' || c == ' ' || c == '\t' }

// blocOfText tells the bloc of a document whose header lost its issuer:
// the authority line opening the preamble names the body ("ỦY BAN NHÂN
// DÂN TỈNH …"), else the subject does ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH …").
func blocOfText(d *directive.Document) directive.Bloc {
	var texts []string
	if len(d.Preamble) > 0 && vntext.IsCaps(d.Preamble[0]) {
		texts = append(texts, d.Preamble[0])
	}
	texts = append(texts, d.Subject)
	// an annex: "(Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND …)",
	// under its subject
	annex := d.Subject
	if len(d.Preamble) > 0 && isAnnexLine(d.Preamble[0]) {
		annex = strings.Join(d.Preamble[:min(annexLines, len(d.Preamble))], " ")
	}
	if i := strings.Index(annex, "kèm theo"); i >= 0 {
		for c := range cite.Find(annex[i:]) {
			if c.Symbol.IsValid() {
				return c.Symbol.Bloc()
			}
		}
	}
	for _, t := range texts {
		k := keyOf(clipKey(t))
		for _, w := range stateBodyWords {
			if strings.HasPrefix(k, w) {
				return directive.BlocState
			}
		}
		for _, w := range partyBodyWords {
			if strings.Contains(k, w) {
				return directive.BlocParty
			}
		}
	}
	return blocOfSignature(d.Signature)
}

// blocOfSignature tells the bloc by how the document is signed: the
// State's marks ("TM.", "KT.") and posts ("THỦ TƯỚNG", "BỘ TRƯỞNG") or the
// Party's ("T/M", "K/T"; "BÍ THƯ").
func blocOfSignature(s directive.Signature) directive.Bloc {
	for _, a := range s.Authority {
		switch k := strings.ToUpper(strings.TrimSpace(a)); {
		case strings.HasPrefix(k, "T/M") || strings.HasPrefix(k, "K/T") || strings.HasPrefix(k, "T/L"):
			return directive.BlocParty
		case strings.HasPrefix(k, "TM.") || strings.HasPrefix(k, "KT.") || strings.HasPrefix(k, "TL.") || strings.HasPrefix(k, "TUQ."):
			return directive.BlocState
		}
	}
	k := keyOf(s.Title)
	switch {
	case k == "bí thư" || k == "phó bí thư":
		return directive.BlocParty
	case k == "thủ tướng" || k == "phó thủ tướng" || k == "bộ trưởng" || k == "thứ trưởng" || k == "giám đốc" || k == "phó giám đốc" ||
		k == "cục trưởng" || k == "tổng cục trưởng":
		return directive.BlocState
	}
	return directive.BlocUnspecified
}

// restoreTitle gives a signer's title a scan printed with marks lost, a
// letter doubled or a speck before it ("_ PHO CHỦ NHIIEM") as the post
// reads ("PHÓ CHỦ NHIỆM"), under a restored_tones repair, and so is one
// whose marks a scan changed ("PHO GIAM ĐỌC", "THƯ TRƯỜNG") when one post
// alone has its letters.
func (p *docParser) restoreTitle(t string) string {
	c := strings.TrimLeft(t, "_'‘`.,-~ ")
	if d, ok := dropEndSpecks(c); ok || strings.HasSuffix(c, " .") {
		c = strings.TrimRight(d, " .") // "PHO GIAM ĐỌC ."
	}
	if c == "" {
		return t
	}
	if c != t {
		p.repair(directive.RepairRestoredTones, "signature.title", 0, t, c)
		t = c
	}
	if !vntext.IsCaps(c) || isTitleExact(keyOf(c)) || !hasNonASCII(c) {
		return c // a title with no marks at all is a text written without them: as printed
	}
	words := strings.Fields(string(vntext.AppendFold(nil, c)))
	for _, w := range titleKeys {
		ws := strings.Fields(w)
		if len(ws) != len(words) {
			continue
		}
		ok := true
		for k := range ws {
			if !lostMarks(undouble(words[k]), ws[k]) {
				ok = false
				break
			}
		}
		if ok {
			u := strings.ToUpper(w)
			p.repair(directive.RepairRestoredTones, "signature.title", 0, t, u)
			return u
		}
	}
	// marks a scan changed ("PHO GIAM ĐỌC", "PHÓ CỤC TRƯỜNG", "TỐNG BÍ
	// THƯ"): the one post whose letters these are
	for i := range words {
		words[i] = undouble(words[i])
	}
	b := bareWord(strings.Join(words, " "))
	match := ""
	for _, w := range titleKeys {
		if bareWord(w) == b {
			if match != "" && match != w {
				return t // two posts share the letters
			}
			match = w
		}
	}
	if match == "" {
		return t
	}
	u := strings.ToUpper(match)
	p.repair(directive.RepairRestoredTones, "signature.title", 0, t, u)
	return u
}

// isTitleExact reports a title key that is one of titleKeys as written.
func isTitleExact(k string) bool { return slices.Contains(titleKeys, k) }

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
