package directive

import (
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// Document is one document a text cites, with every place it is mentioned.
type Document struct {
	Kind    Kind        `json:"type"`
	Symbol  Symbol      `json:"symbol,omitzero"`
	Name    string      `json:"name,omitempty"`
	Date    chidao.Date `json:"date,omitzero"`
	Issuer  string      `json:"issuer,omitempty"`
	Subject string      `json:"subject,omitempty"`
	// Relation is the strongest relation of any mention: legal basis, then
	// repeals, replaces, amends, implements, propagates, guided by, mentions.
	Relation Relation `json:"relation"`
	// Terms are the short names the text defines for the document.
	Terms    []string  `json:"terms,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place a document is referred to.
type Mention struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Relation Relation `json:"relation"`
	// Term is set for a bare use of a defined term ("Chỉ thị") rather than a
	// citation.
	Term bool `json:"term,omitempty"`
}

var relationRank = [numRelations]int{
	RelationMentions:   0,
	RelationGuidedBy:   1,
	RelationPropagates: 2,
	RelationImplements: 3,
	RelationAmends:     4,
	RelationReplaces:   5,
	RelationRepeals:    6,
	RelationLegalBasis: 7,
}

// Resolve returns the documents text cites, in order of first mention.
// Citations of the same symbol (compared as [Symbol.Equal] does) or of the
// same name and date are merged: fields come from the first citation that
// gives a date, and blanks are filled from the others in order. A term the
// text defines ("(gọi tắt là Chỉ thị)", "(sau đây gọi tắt là …)") makes
// every later bare use of it, outside other citations, a mention of its
// document.
func Resolve(text string) []Document {
	var cits []foundCitation
	scan(text, func(c Citation, termEnd int) bool {
		cits = append(cits, foundCitation{c, termEnd})
		return true
	})
	var docs []Document
	index := map[string]int{}
	full := map[int]bool{}
	for _, f := range cits {
		c := f.c
		key := citationKey(c)
		i, ok := index[key]
		if !ok {
			i = len(docs)
			index[key] = i
			docs = append(docs, Document{Kind: c.Kind, Symbol: c.Symbol, Name: c.Name})
		}
		d := &docs[i]
		if c.IsFull() && !full[i] {
			// The first full citation wins over earlier short ones.
			full[i] = true
			d.Date = c.Date
			if c.Issuer != "" {
				d.Issuer = c.Issuer
			}
			if c.Subject != "" {
				d.Subject = c.Subject
			}
			if c.Kind != KindUnspecified {
				d.Kind = c.Kind
			}
		}
		if d.Issuer == "" {
			d.Issuer = c.Issuer
		}
		if d.Subject == "" {
			d.Subject = c.Subject
		}
		if d.Kind == KindUnspecified {
			d.Kind = c.Kind
		}
		if relationRank[c.Relation] > relationRank[d.Relation] {
			d.Relation = c.Relation
		}
		d.Mentions = append(d.Mentions, Mention{Start: c.Start, End: c.End, Relation: c.Relation})
		if c.Term != "" {
			d.Terms = append(d.Terms, c.Term)
		}
	}
	// Bare uses of defined terms.
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
			if wordBefore(text, at) || wordAt(text, from) || insideCitation(cits, at) {
				continue
			}
			if e, ok := matchWord(text, skipSpaces(text, from), "này"); ok && e > 0 {
				continue // "Chỉ thị này" is the citing document itself
			}
			docs[i].Mentions = append(docs[i].Mentions, Mention{Start: at, End: from, Term: true})
		}
	}
	return docs
}

// foundCitation is a citation with the end of its term definition.
type foundCitation struct {
	c       Citation
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

func insideCitation(cits []foundCitation, at int) bool {
	for _, f := range cits {
		if at >= f.c.Start && at < f.c.End {
			return true
		}
	}
	return false
}

func citationKey(c Citation) string {
	if c.Symbol.IsValid() {
		return "s:" + c.Symbol.Key()
	}
	return "n:" + c.Kind.String() + ":" + vntext.Key(c.Name) + ":" + c.Date.String()
}
