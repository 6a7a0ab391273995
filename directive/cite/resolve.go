package cite

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/frame"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// CitedDocument is one document a text cites, with every place it is mentioned.
type CitedDocument struct {
	Kind    directive.Kind   `json:"type"`
	Symbol  directive.Symbol `json:"symbol,omitzero"`
	Name    string           `json:"name,omitempty"`
	Date    chidao.Date      `json:"date,omitzero"`
	Issuer  string           `json:"issuer,omitempty"`
	Subject string           `json:"subject,omitempty"`
	// Relation is what the text does with the document where it first
	// cites it in full (with a date), or where it first mentions it when no
	// mention gives a date. Each mention keeps its own relation.
	Relation directive.Relation `json:"relation"`
	// Terms are the short names the text defines for the document.
	Terms    []string  `json:"terms,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place a document is referred to.
type Mention struct {
	Start    int                `json:"start"`
	End      int                `json:"end"`
	Relation directive.Relation `json:"relation"`
	// Term is set for a bare use of a defined term ("Chỉ thị") rather than a
	// citation.
	Term bool `json:"term,omitempty"`
}

// Resolve returns the documents text cites, in order of first mention.
// Citations of the same symbol (compared as [Symbol.Equal] does) or of the
// same name and date are merged: fields come from the first citation that
// gives a date, and blanks are filled from the others in order. A term the
// text defines ("(gọi tắt là Chỉ thị)", "(sau đây gọi tắt là …)") makes
// every later bare use of it, outside other citations, a mention of its
// document; a term defined more than once refers, at each use, to its
// latest definition. Resolve takes time linear in len(text) for each
// distinct term.
//
// Resolve reads text as one document, possibly inside a web page: the
// document's own number ("Số: …" at the start of a line, a page title or
// an editor's lead naming it) is not a citation, and neither is anything
// the page prints before the document's header (see ownFrame).
func Resolve(text string) []CitedDocument {
	var cits []foundCitation
	var own []directive.Symbol
	scan(text, func(c directive.Citation, termEnd int) bool {
		cits = append(cits, foundCitation{c, termEnd})
		return true
	}, func(sym directive.Symbol, _ int) { own = append(own, sym) })
	cits = dropOwn(text, cits, own)
	var docs []CitedDocument
	index := map[string]int{}
	full := map[int]bool{}
	for _, f := range cits {
		c := f.c
		key := citationKey(c)
		i, ok := index[key]
		if !ok {
			i = len(docs)
			index[key] = i
			docs = append(docs, CitedDocument{Kind: c.Kind, Symbol: c.Symbol, Name: c.Name})
		}
		d := &docs[i]
		if len(d.Mentions) == 0 {
			d.Relation = c.Relation
		}
		if c.IsFull() && !full[i] {
			// The first full citation wins over earlier short ones.
			full[i] = true
			d.Date = c.Date
			d.Relation = c.Relation
			if c.Issuer != "" {
				d.Issuer = c.Issuer
			}
			if c.Subject != "" {
				d.Subject = c.Subject
			}
			if c.Kind != directive.KindUnspecified {
				d.Kind = c.Kind
			}
		}
		if d.Issuer == "" {
			d.Issuer = c.Issuer
		}
		if d.Subject == "" {
			d.Subject = c.Subject
		}
		if d.Kind == directive.KindUnspecified {
			d.Kind = c.Kind
		}
		d.Mentions = append(d.Mentions, Mention{Start: c.Start, End: c.End, Relation: c.Relation})
		if c.Term != "" {
			d.Terms = append(d.Terms, c.Term)
		}
	}
	addTermUses(text, cits, index, docs)
	return docs
}

// addTermUses adds to docs the bare uses of the terms cits define. Each
// distinct term is searched once, from its first definition on; a use
// belongs to the latest definition of its term before it, so a term
// defined again (for the same document or another) does not count a use
// twice.
func addTermUses(text string, cits []foundCitation, index map[string]int, docs []CitedDocument) {
	type termDef struct{ doc, end int }
	defs := map[string][]termDef{} // by the term as text spells it
	var terms []string             // in order of first definition
	nfc := isNFC(text)
	spelled := map[string]string{} // termIn answers, one search per term
	for _, f := range cits {
		if f.c.Term == "" || f.termEnd == 0 {
			continue
		}
		term := f.c.Term
		if !nfc {
			t, ok := spelled[term]
			if !ok {
				t = termIn(text, term)
				spelled[term] = t
			}
			term = t
		}
		if _, ok := defs[term]; !ok {
			terms = append(terms, term)
		}
		defs[term] = append(defs[term], termDef{index[citationKey(f.c)], f.termEnd})
	}
	if len(terms) == 0 {
		return
	}
	spans := newSpanIndex(cits)
	for _, term := range terms {
		ds := defs[term]
		// the scanner emits in text order, but a citation read inside
		// another's term could end its term earlier
		slices.SortStableFunc(ds, func(a, b termDef) int { return a.end - b.end })
		k := 0
		for from := ds[0].end; from < len(text); {
			j := strings.Index(text[from:], term)
			if j < 0 {
				break
			}
			at := from + j
			from = at + len(term)
			if vntext.WordBefore(text, at) || vntext.WordAt(text, from) || spans.inside(at) {
				continue
			}
			if e, ok := vntext.MatchWord(text, vntext.SkipSpaces(text, from), "này"); ok && e > 0 {
				continue // "Chỉ thị này" is the citing document itself
			}
			for k+1 < len(ds) && ds[k+1].end <= at {
				k++
			}
			docs[ds[k].doc].Mentions = append(docs[ds[k].doc].Mentions, Mention{Start: at, End: from, Term: true})
		}
	}
}

// spanIndex answers whether an offset falls inside a citation's span in
// O(log n): the spans sorted by start, with the greatest end so far.
type spanIndex struct{ start, maxEnd []int }

func newSpanIndex(cits []foundCitation) spanIndex {
	type span struct{ s, e int }
	sp := make([]span, len(cits))
	for i, f := range cits {
		sp[i] = span{f.c.Start, f.c.End}
	}
	slices.SortFunc(sp, func(a, b span) int { return a.s - b.s })
	x := spanIndex{make([]int, len(sp)), make([]int, len(sp))}
	m := 0
	for i, v := range sp {
		m = max(m, v.e)
		x.start[i], x.maxEnd[i] = v.s, m
	}
	return x
}

// inside reports whether some span holds at: of the spans that start at
// or before at, the one that reaches furthest ends after it.
func (x spanIndex) inside(at int) bool {
	i := sort.SearchInts(x.start, at+1) // the spans that start at or before at
	return i > 0 && x.maxEnd[i-1] > at
}

// foundCitation is a citation with the end of its term definition.
type foundCitation struct {
	c       directive.Citation
	termEnd int
}

// termIn returns term in the normal form text uses, so that a term
// defined in NFD text is found in it.
func termIn(text, term string) string {
	if strings.Contains(text, term) {
		return term
	}
	return norm.NFD.String(term)
}

func citationKey(c directive.Citation) string {
	if c.Symbol.IsValid() {
		return "s:" + c.Symbol.Key()
	}
	return "n:" + c.Kind.String() + ":" + vntext.Key(c.Name) + ":" + c.Date.String()
}

// frameWindow bounds how far into a text a web page's chrome (titles,
// metadata, an editor's lead) may reach before the document's header.
const frameWindow = 4096

// dropOwn removes from cits the citations of the text's own document and
// those in page chrome before the document's header.
//
// The header starts at the first national or Party motto line ("CỘNG HÒA
// XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"). A reposted text
// without one may still show its type line ("NGHỊ QUYẾT" alone on a line)
// or start with a title naming its type ("Hướng dẫn tuyên truyền …"); the
// first plain mention of that type before the body is the document itself,
// as in an editor's lead "ban hành Hướng dẫn số 55-HD/BTGTW". A page title
// on the first line that starts with a reference ("Kế hoạch 155/KH-UBND
// năm 2017 …") names the document too.
func dropOwn(text string, cits []foundCitation, own []directive.Symbol) []foundCitation {
	if len(cits) == 0 {
		return cits
	}
	body, kind, leadEnd := ownFrame(text)
	// A title line that starts with a reference.
	ls, le := firstLine(text)
	if le < len(text) {
		if c := cits[0].c; c.Start < le && c.Symbol.IsValid() && c.Relation == directive.RelationMentions && wordsBetween(text, ls, c.Start) <= 3 {
			own = append(own, c.Symbol)
		}
	}
	if kind != directive.KindUnspecified {
		for _, f := range cits {
			c := f.c
			if c.Start >= leadEnd {
				break
			}
			if c.Kind == kind && c.Symbol.IsValid() && c.Relation == directive.RelationMentions {
				own = append(own, c.Symbol)
				break
			}
		}
	}
	set := newOwnSet(own)
	out := cits[:0]
	for _, f := range cits {
		if f.c.Start < body || set.has(f.c.Symbol) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// ownFrame finds where the document starts in text (0 when it cannot
// tell) and, for a text without a header, the type its title names and
// the end of the lead where the document may be named.
func ownFrame(text string) (body int, kind directive.Kind, leadEnd int) {
	// the national header, as the parser finds it
	if i, ok := frame.Start(text, frameWindow); ok {
		return i, directive.KindUnspecified, 0
	}
	win := text[:min(len(text), frameWindow)]
	// A type line in capitals, alone on its line.
	for i := 0; i < len(win); {
		e := strings.IndexByte(win[i:], '\n')
		if e < 0 {
			e = len(win)
		} else {
			e += i
		}
		line := strings.TrimSpace(strings.Trim(win[i:e], "*#_| \t\r"))
		if line != "" && len(line) <= 32 && line == strings.ToUpper(line) {
			if k, ok := directive.KindByName(line); ok {
				return i, k, i
			}
		}
		i = e + 1
	}
	// A title that starts with a type word.
	ls, le := firstLine(text)
	if le < len(text) {
		if _, t, ok := typeWordAt(text, ls); ok && t.kind != directive.KindUnspecified {
			return 0, t.kind, min(len(text), le+1024)
		}
	}
	return 0, directive.KindUnspecified, 0
}

// firstLine returns the span of the first line with a word.
func firstLine(text string) (int, int) {
	i := 0
	for i < len(text) {
		e := strings.IndexByte(text[i:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += i
		}
		for j := i; j < e; j++ {
			if vntext.WordAt(text, j) {
				return j, e
			}
		}
		i = e + 1
	}
	return len(text), len(text)
}

// wordsBetween counts the words in text[i:j].
func wordsBetween(text string, i, j int) int {
	n := 0
	in := false
	for k := i; k < j; k++ {
		w := vntext.WordAt(text, k)
		if w && !in {
			n++
		}
		in = w || (in && text[k]&0xC0 == 0x80)
	}
	return n
}

// ownSet holds the text's own numbers for look-up in constant time: a
// text repeated or a page of many letters gives one per header.
type ownSet struct {
	keys, loose map[string]bool
	// prefixes of the keys that end before a '-'
	cut map[string]bool
}

func newOwnSet(own []directive.Symbol) ownSet {
	o := ownSet{map[string]bool{}, map[string]bool{}, map[string]bool{}}
	for _, sym := range own {
		k := sym.Key()
		if o.keys[k] {
			continue
		}
		o.keys[k] = true
		o.loose[looseKey(sym)] = true
		for i := range len(k) {
			if k[i] == '-' {
				o.cut[k[:i]] = true
			}
		}
	}
	return o
}

// has reports whether sym is one of the text's own numbers, as a page
// may print it: equal (Key agrees with [directive.Symbol.Equal]), with the
// year added or dashes lost ("1961/2019/QĐ-UBND" for "1961/QĐUBND"), or
// cut after the issuer ("92/BGDĐT" for "92/BGDĐT-GDTH").
func (o ownSet) has(sym directive.Symbol) bool {
	if !sym.IsValid() || len(o.keys) == 0 {
		return false
	}
	k := sym.Key()
	return o.keys[k] || o.loose[looseKey(sym)] || o.cut[k]
}

// looseKey is the key of sym without dashes and without its year.
func looseKey(sym directive.Symbol) string {
	k := sym.Key()
	if y := sym.Year(); y != 0 {
		k = strings.Replace(k, "/"+strconv.Itoa(y)+"/", "/", 1)
	}
	return strings.ReplaceAll(k, "-", "")
}
