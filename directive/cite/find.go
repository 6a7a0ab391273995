// The scanner: Find, and the loop that visits each anchor and emits
// what the readers in the other files make of it.

package cite

import (
	"iter"
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// Find returns the document references in text, in order of
// appearance. Text may be NFC or NFD, and may carry OCR and web noise
// (markdown marks, NBSP, soft hyphens, line breaks inside symbols). Spans
// are byte offsets into text. Names, issuers and subjects are returned in
// NFC.
//
// A number after "Số:" at the start of a line is the document's own number,
// not a citation; so are symbol look-alikes inside dates, phone numbers and
// URLs. The iterator can be used any number of times.
func Find(text string) iter.Seq[directive.Citation] { return find(text, false) }

// find is Find, and FindDamaged when damaged.
func find(text string, damaged bool) iter.Seq[directive.Citation] {
	return func(yield func(directive.Citation) bool) {
		if isNFC(text) {
			// yield is called directly, without a wrapper per citation
			sc := scanner{s: text, yieldCit: yield, damaged: damaged}
			sc.run()
			return
		}
		scanNFD(text, func(c directive.Citation, _ int) bool { return yield(c) }, nil, damaged)
	}
}

// isNFC reports whether text needs no normalisation before scanning. Text
// without a combining mark (lead bytes 0xCC, 0xCD) is answered at memchr
// speed.
//
// The two byte searches run over blocks that stay in cache, so the text
// is read from memory once.
func isNFC(text string) bool {
	const block = 32 << 10
	for i := 0; i < len(text); i += block {
		b := text[i:min(len(text), i+block)]
		if strings.IndexByte(b, 0xCC) >= 0 || strings.IndexByte(b, 0xCD) >= 0 {
			return vntext.IsNFC(text)
		}
	}
	return true
}

// scan runs the scanner over text and yields each citation with the end
// offset of its term definition (0 when it defines none). own, when not
// nil, receives each number the text gives as its own ("Số: 3241/UBND-KGVX"
// at the start of a line, "Số hiệu: …" metadata) with its offset.
func scan(text string, yield func(directive.Citation, int) bool, own func(directive.Symbol, int)) {
	if isNFC(text) {
		sc := scanner{s: text, yield: yield, own: own}
		sc.run()
		return
	}
	scanNFD(text, yield, own, false)
}

// scanNFD is scan for decomposed input: it scans an NFC copy and maps
// spans back.
func scanNFD(text string, yield func(directive.Citation, int) bool, own func(directive.Symbol, int), damaged bool) {
	nfc, m := normalizeWithMap(text)
	sc := scanner{s: nfc, damaged: damaged, yield: func(c directive.Citation, termEnd int) bool {
		c.Start, c.End = m.start(c.Start), m.end(c.End)
		if termEnd > 0 {
			termEnd = m.end(termEnd)
		}
		return yield(c, termEnd)
	}}
	if own != nil {
		sc.own = func(sym directive.Symbol, at int) { own(sym, m.start(at)) }
	}
	sc.run()
}

type scanner struct {
	s     string
	yield func(directive.Citation, int) bool
	// yieldCit, when set, is called instead of yield, without the term
	// end (Citations)
	yieldCit func(directive.Citation) bool
	own      func(directive.Symbol, int) // see scan; may be nil
	// the last emitted citation: its span end, the end of its subject or
	// term, and its relation, for lists that share one verb.
	lastEnd, prevEnd int
	prevRel          directive.Relation
	prevOK           bool
	prevIssuer       string
	prevBefore       bool // prevIssuer was written before its reference ("của … tại")
	prevSym          directive.Symbol
	// citations without issuer or date that open a list, held until the
	// list gives its issuer (see share)
	pending  []pendingCitation
	elliptic bool // the citation being read has no type word: "…; số 04/2008/NĐ-CP"
	// the last relation walk: it started at relFrom and gave relRes
	// without help from an adjacent-only cue; relOK when set.
	relFrom int
	relRes  directive.Relation
	relOK   bool
	// the last walk that used no earlier answer: from walkStart it
	// gave walkRel and walkAdj; walkOK when set.
	walkStart int
	walkRel   directive.Relation
	walkAdj   bool
	walkOK    bool
	stop      bool
	// damaged: type words and law names are also matched bare
	// (FindDamaged)
	damaged bool
}

func (sc *scanner) emit(c *directive.Citation, termEnd int) {
	if sc.stop {
		return
	}
	if sc.yieldCit != nil {
		if !sc.yieldCit(*c) {
			sc.stop = true
		}
		return
	}
	if !sc.yield(*c, termEnd) {
		sc.stop = true
	}
}

func (sc *scanner) run() {
	defer sc.flush()
	s := sc.s
	for pos := 0; !sc.stop && pos < len(s); {
		i, idx := nextAnchor(s, pos, sc.damaged)
		if i < 0 {
			return
		}
		if idx < 0 {
			pos = sc.symbolAt(i)
			continue
		}
		pos = i + 1
		if !vntext.WordBefore(s, i) {
			if idx >= firstCueNeedle {
				pos = sc.namedAt(i, idx)
			} else {
				pos = sc.lawAt(i, idx)
			}
		}
	}
}

func (sc *scanner) ownNumber(sym directive.Symbol, at int) {
	if sc.own != nil {
		sc.own(sym, at)
	}
}

// finish reads what follows a reference ending at i (date, issuer,
// subject, term), sets the relation, emits c and returns where scanning
// resumes.
func (sc *scanner) finish(c *directive.Citation, i int) int {
	s := sc.s
	resume := i
	j := vntext.SkipWrap(s, i)
	if j < len(s) && s[j] == ',' {
		j = vntext.SkipWrap(s, j+1)
	}
	if d, e, ok := sc.scanDate(s, j); ok {
		c.Date, c.End, resume = d, e, e
		j = vntext.SkipWrap(s, e)
		if j < len(s) && s[j] == ',' {
			j = vntext.SkipWrap(s, j+1)
		}
	}
	if e, ok := sc.ofWord(s, j); ok {
		is, ie, text := scanIssuer(s, vntext.SkipWrap(s, e))
		if ie > is {
			c.Issuer, c.End = text, ie
			j = vntext.SkipSpaces(s, ie)
			if c.Date.IsZero() {
				k := j
				if k < len(s) && s[k] == ',' {
					k = vntext.SkipSpaces(s, k+1)
				}
				if d, e, ok := directive.ScanDate(s, k); ok {
					c.Date, c.End = d, e
					j = vntext.SkipSpaces(s, e)
				}
			}
		}
	}
	own := c.Issuer != "" // written after the reference
	if c.Issuer == "" {
		c.Issuer = issuerBefore(s, c.Start)
	}
	if c.Issuer == "" && sc.listedAfterPrev(c.Start) &&
		(sc.elliptic || sc.prevBefore && sameIssuerCode(sc.prevSym, c.Symbol) && strings.TrimSpace(s[sc.prevEnd:c.Start]) != ";") {
		// "các nghị định của Chính phủ: số 92/2006/NĐ-CP …; số
		// 04/2008/NĐ-CP"; "đề nghị của Chính phủ tại Tờ trình số
		// 394/TTr-CP và Đề án số 395/ĐA-CP"
		c.Issuer = sc.prevIssuer
	}
	after := c.End
	if k := j; k < len(s) && s[k] == ',' {
		j = vntext.SkipSpaces(s, k+1)
	}
	if subj, e, ok := scanSubject(s, j); ok {
		c.Subject, after = subj, e
		j = vntext.SkipSpaces(s, e)
	}
	termEnd := 0
	if term, e, ok := scanTerm(s, j); ok {
		c.Term, after, termEnd = term, e, e
	}
	c.Relation = sc.relation(c.Start)
	sc.lastEnd, sc.prevEnd, sc.prevRel, sc.prevOK, sc.prevIssuer = c.End, after, c.Relation, true, c.Issuer
	sc.prevBefore, sc.prevSym = c.Issuer != "" && !own, c.Symbol
	sc.elliptic = false // set by symbolAt for the citation just read
	if c.Issuer == "" && c.Date.IsZero() && after == c.End && sc.listNext(after) && sc.listed(c) {
		// "các Tờ trình số 82/TTr-CP, số 125/TTr-CP, số 128/TTr-CP của
		// Chính phủ": held until the list gives its issuer
		sc.pending = append(sc.pending, pendingCitation{*c, termEnd})
		return resume
	}
	sc.share(c, own)
	sc.emit(c, termEnd)
	return resume
}

// sameIssuerCode reports two symbols that name one issuer ("TTr-CP" and
// "ĐA-CP"): a list shares its issuer only among them.
func sameIssuerCode(a, b directive.Symbol) bool {
	return a.IsValid() && b.IsValid() && a.Issuer() != "" && strings.EqualFold(a.Issuer(), b.Issuer())
}

// listed reports whether c continues the citations held, or none are.
func (sc *scanner) listed(c *directive.Citation) bool {
	if len(sc.pending) == 0 {
		return true
	}
	last := sc.pending[len(sc.pending)-1].c
	return c.Start >= last.End && isListGap(sc.s[last.End:c.Start])
}

// pendingCitation is a citation held by finish, with its term end.
type pendingCitation struct {
	c       directive.Citation
	termEnd int
}

// share gives the issuer written after c to the citations held before
// it in one list, and emits them.
func (sc *scanner) share(c *directive.Citation, own bool) {
	if len(sc.pending) == 0 {
		return
	}
	listed := sc.listed(c)
	for i := range sc.pending {
		p := &sc.pending[i]
		if listed && own && sameIssuerCode(c.Symbol, p.c.Symbol) {
			p.c.Issuer = c.Issuer
		}
		sc.emit(&p.c, p.termEnd)
	}
	sc.pending = sc.pending[:0]
}

// flush emits the citations still held when the scan ends.
func (sc *scanner) flush() {
	for i := range sc.pending {
		sc.emit(&sc.pending[i].c, sc.pending[i].termEnd)
	}
	sc.pending = sc.pending[:0]
}

// listNext reports a list separator at i that another reference follows:
// ", số …", " và Nghị quyết số …".
func (sc *scanner) listNext(i int) bool {
	s := sc.s
	j := vntext.SkipSpaces(s, i)
	if j < len(s) && s[j] == ',' {
		j = vntext.SkipSpaces(s, j+1)
	}
	if e, ok := vntext.MatchWord(s, j, "và"); ok {
		j = vntext.SkipSpaces(s, e)
	}
	return j > i && j < len(s) && vntext.WordAt(s, j) && !strings.HasPrefix(strings.TrimSpace(s[i:j]), ";")
}

// isListGap reports the text between two references of one list.
func isListGap(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "," || g == "và" || g == ", và"
}
