package org

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
)

// Errors of name look-ups; the concrete error is a *MatchError.
var (
	ErrNoMatch   = errors.New("org: no body has that name")
	ErrAmbiguous = errors.New("org: several bodies have that name")
)

// MatchResult is the body a name refers to at a date.
//
// When the name belongs to a body that no longer exists at the date,
// Dissolved is true, Org is that body and Successors are the bodies that
// carry its responsibilities at the date.
type MatchResult struct {
	Org        *Org
	Dissolved  bool
	Successors []*Org
}

// MatchError reports a name that names no body, or several, at a date.
type MatchError struct {
	Name       string
	Date       chidao.Date
	Ambiguous  bool
	Candidates []*Org // up to three nearest or competing bodies
	Reason     string // why nothing was found, when known
}

func (e *MatchError) Error() string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, "org: %q names several bodies on %s", e.Name, e.Date)
	} else {
		fmt.Fprintf(&b, "org: no body named %q on %s", e.Name, e.Date)
	}
	if e.Reason != "" {
		b.WriteString(": " + e.Reason)
	}
	if len(e.Candidates) > 0 {
		if e.Ambiguous {
			b.WriteString("; candidates: ")
		} else {
			b.WriteString("; nearest: ")
		}
		for i, c := range e.Candidates {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(c.String())
		}
	}
	return b.String()
}

// Is makes errors.Is(err, ErrNoMatch) and errors.Is(err, ErrAmbiguous) work.
func (e *MatchError) Is(target error) bool {
	return target == ErrAmbiguous && e.Ambiguous || target == ErrNoMatch && !e.Ambiguous
}

var keyBufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// Match finds the body a name as written in documents refers to on d. It
// accepts NFC or NFD, either tone placement (Ủy/Uỷ, hóa/hoá), any case,
// extra spaces and punctuation, the usual abbreviations (UBND, HĐND, TP,
// TT&TT, LĐ-TB&XH …), a province's name added or left out ("Sở Y tế",
// "Sở Y tế thành phố Hà Nội"), and, failing all that, text typed without
// diacritics, or the abbreviation a body uses in document symbols
// ("BTGTU"; one shared by several bodies at d is ambiguous).
//
// A name of a body that has ended by d gives that body with Dissolved set
// and its successors at d. Otherwise the error is a *MatchError wrapping
// [ErrNoMatch] or [ErrAmbiguous] with up to three candidates.
func (r *Registry) Match(name string, d chidao.Date) (MatchResult, error) {
	bp := keyBufs.Get().(*[]byte)
	key := vntext.AppendKey((*bp)[:0], name)
	cands := r.names[string(key)]
	if len(cands) == 0 {
		n := len(key)
		key = vntext.AppendBare(key, key)
		cands = r.bare[string(key[n:])]
	}
	*bp = key
	keyBufs.Put(bp)
	if len(cands) == 0 && !strings.ContainsAny(strings.TrimSpace(name), " \t") {
		// A lone token may be the abbreviation of a symbol ("BTGTU").
		cands = r.abbrevs[abbrevKey(name)]
	}
	return r.pick(name, cands, d)
}

func (r *Registry) pick(name string, cands []*Org, d chidao.Date) (MatchResult, error) {
	var found *Org
	n := 0
	for _, o := range cands {
		if o.ValidAt(d) {
			found = o
			n++
		}
	}
	switch {
	case n == 1:
		return MatchResult{Org: found}, nil
	case n > 1:
		var valid []*Org
		for _, o := range cands {
			if o.ValidAt(d) {
				valid = append(valid, o)
			}
		}
		return MatchResult{}, &MatchError{Name: name, Date: d, Ambiguous: true, Candidates: valid[:min(3, len(valid))]}
	case len(cands) == 0:
		return MatchResult{}, &MatchError{Name: name, Date: d, Candidates: r.nearest(name, d)}
	}
	// Known name, but no body in force on d: the latest that has ended.
	var ended []*Org
	for _, o := range cands {
		if !o.spec.Until.IsZero() && !d.Before(o.spec.Until) {
			ended = append(ended, o)
		}
	}
	if len(ended) == 0 {
		return MatchResult{}, &MatchError{Name: name, Date: d, Candidates: cands[:min(3, len(cands))],
			Reason: "the body does not exist yet (from " + cands[0].spec.From.String() + ")"}
	}
	last := slices.MaxFunc(ended, func(a, b *Org) int { return a.spec.Until.Compare(b.spec.Until) })
	succ, _ := r.successorsAt(last, d)
	return MatchResult{Org: last, Dissolved: true, Successors: succ}, nil
}

// nearest returns up to three bodies in force on d whose names are closest
// to name by edit distance over text without diacritics.
func (r *Registry) nearest(name string, d chidao.Date) []*Org {
	q := vntext.Bare(name)
	if q == "" {
		return nil
	}
	type scored struct {
		o    *Org
		dist int
	}
	best := make(map[*Org]int)
	for k, orgs := range r.bare {
		dist := editDistance(q, k)
		for _, o := range orgs {
			if !o.ValidAt(d) {
				continue
			}
			if old, ok := best[o]; !ok || dist < old {
				best[o] = dist
			}
		}
	}
	list := make([]scored, 0, len(best))
	for o, dist := range best {
		list = append(list, scored{o, dist})
	}
	slices.SortFunc(list, func(a, b scored) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		return strings.Compare(a.o.spec.Key, b.o.spec.Key)
	})
	out := make([]*Org, 0, 3)
	for _, s := range list[:min(3, len(list))] {
		out = append(out, s.o)
	}
	return out
}

// editDistance is the Levenshtein distance between two ASCII-ish strings,
// counted in bytes (inputs are without diacritics).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Successors returns the bodies that carry the responsibilities of the body
// with the given key on d: the body itself while it is in force, otherwise
// its successors, followed through later reorganisations to the ones in
// force on d. It fails when the key is unknown, the body did not exist yet
// on d, or no successor is in force on d.
func (r *Registry) Successors(key string, d chidao.Date) ([]*Org, error) {
	o, ok := r.byKey[key]
	if !ok {
		return nil, fmt.Errorf("org: no body has key %q: %w", key, ErrNoMatch)
	}
	return r.successorsAt(o, d)
}

func (r *Registry) successorsAt(o *Org, d chidao.Date) ([]*Org, error) {
	if o.ValidAt(d) {
		return []*Org{o}, nil
	}
	if !o.spec.From.IsZero() && d.Before(o.spec.From) {
		return nil, fmt.Errorf("org: %s does not exist yet on %s (from %s)", o, d, o.spec.From)
	}
	var out []*Org
	seen := map[*Org]bool{o: true}
	queue := []*Org{o}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, s := range cur.spec.Successors {
			succ := r.byKey[s.Key]
			if succ == nil || seen[succ] {
				continue
			}
			seen[succ] = true
			switch {
			case succ.ValidAt(d):
				out = append(out, succ)
			case !succ.spec.Until.IsZero() && !d.Before(succ.spec.Until):
				queue = append(queue, succ) // ended too: follow on
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("org: %s ended on %s and no successor is in force on %s", o, o.spec.Until, d)
	}
	return out, nil
}
