package cite

import (
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// resolveRef is Resolve as it was before it was made linear: each term
// definition searches the rest of the text again and each use is checked
// against every citation. It is the reference the linear Resolve must
// agree with on real text.
func resolveRef(text string) []CitedDocument {
	var cits []foundCitation
	var own []directive.Symbol
	scan(text, func(c directive.Citation, termEnd int) bool {
		cits = append(cits, foundCitation{c, termEnd})
		return true
	}, func(sym directive.Symbol, _ int) { own = append(own, sym) })
	cits = dropOwnRef(text, cits, own)
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
	for _, f := range cits {
		if f.c.Term == "" || f.termEnd == 0 {
			continue
		}
		i := index[citationKey(f.c)]
		term := f.c.Term
		if !isNFC(text) {
			term = termIn(text, term)
		}
		for from := f.termEnd; from < len(text); {
			j := strings.Index(text[from:], term)
			if j < 0 {
				break
			}
			at := from + j
			from = at + len(term)
			if vntext.WordBefore(text, at) || vntext.WordAt(text, from) || insideCitationRef(cits, at) {
				continue
			}
			if e, ok := vntext.MatchWord(text, vntext.SkipSpaces(text, from), "này"); ok && e > 0 {
				continue
			}
			docs[i].Mentions = append(docs[i].Mentions, Mention{Start: at, End: from, Term: true})
		}
	}
	return docs
}

func insideCitationRef(cits []foundCitation, at int) bool {
	for _, f := range cits {
		if at >= f.c.Start && at < f.c.End {
			return true
		}
	}
	return false
}

func dropOwnRef(text string, cits []foundCitation, own []directive.Symbol) []foundCitation {
	if len(cits) == 0 {
		return cits
	}
	body, kind, leadEnd := ownFrame(text)
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
	out := cits[:0]
	for _, f := range cits {
		if f.c.Start < body || isOwnRef(f.c.Symbol, own) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func isOwnRef(sym directive.Symbol, own []directive.Symbol) bool {
	if !sym.IsValid() {
		return false
	}
	k := looseKey(sym)
	for _, o := range own {
		if sym.Equal(o) || k == looseKey(o) || strings.HasPrefix(o.Key(), sym.Key()+"-") {
			return true
		}
	}
	return false
}
