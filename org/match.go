package org

import (
	"cmp"
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

type bareEntry struct {
	key  string
	hist charHist
	orgs []*Org
}

// charHist counts a name's bytes in 32 buckets. Each edit changes at most
// one count up and one down, so the histogram difference bounds the edit
// distance from below at the cost of 32 subtractions.
type charHist [32]uint8

func histOf(s string) charHist {
	var h charHist
	for i := 0; i < len(s); i++ {
		if b := &h[s[i]&31]; *b < 255 {
			*b++
		}
	}
	return h
}

func (h *charHist) lowerBound(o *charHist) int {
	var more, less int
	for i := range h {
		if d := int(h[i]) - int(o[i]); d > 0 {
			more += d
		} else {
			less -= d
		}
	}
	return max(more, less)
}

type scored struct {
	o    *Org
	dist int
}

// nearest returns up to three bodies in force on d whose names are closest
// to name by edit distance over text without diacritics, ties broken by key.
// A miss is the common case on noisy text, so the scan prunes every name
// that cannot beat the current third-best.
func (r *Registry) nearest(name string, d chidao.Date) []*Org {
	q := vntext.Bare(name)
	if q == "" {
		return nil
	}
	var top [3]scored
	n := 0
	rows := make([]int, 2*(len(q)+1))
	qh := histOf(q)
	// Walk outwards from names as long as q: the length difference is a
	// lower bound on the distance, so the walk stops once it exceeds the
	// third-best.
	keys := r.bareKeys
	hi, _ := slices.BinarySearchFunc(keys, len(q), func(e bareEntry, n int) int { return cmp.Compare(len(e.key), n) })
	lo := hi - 1
	for lo >= 0 || hi < len(keys) {
		var e bareEntry
		if hi >= len(keys) || lo >= 0 && len(q)-len(keys[lo].key) < len(keys[hi].key)-len(q) {
			e = keys[lo]
			lo--
		} else {
			e = keys[hi]
			hi++
		}
		limit := len(q) + len(e.key) // no bound until three are known
		if n == len(top) {
			limit = top[n-1].dist
			if abs(len(q)-len(e.key)) > limit {
				break
			}
		}
		if !anyValid(e.orgs, d) || n == len(top) && qh.lowerBound(&e.hist) > limit {
			continue
		}
		dist := boundedDistance(q, e.key, limit, rows)
		if dist > limit {
			continue
		}
		for _, o := range e.orgs {
			if o.ValidAt(d) {
				n = insertTop(&top, n, scored{o, dist})
			}
		}
	}
	out := make([]*Org, n)
	for i := range n {
		out[i] = top[i].o
	}
	return out
}

func anyValid(orgs []*Org, d chidao.Date) bool {
	for _, o := range orgs {
		if o.ValidAt(d) {
			return true
		}
	}
	return false
}

func better(a, b scored) bool {
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	return a.o.spec.Key < b.o.spec.Key
}

// insertTop keeps top[:n] the best distinct bodies in order and returns the
// new count.
func insertTop(top *[3]scored, n int, s scored) int {
	for i := range n {
		if top[i].o == s.o {
			if !better(s, top[i]) {
				return n
			}
			copy(top[i:n], top[i+1:n]) // drop the old entry, reinsert below
			n--
			break
		}
	}
	i := n
	for i > 0 && better(s, top[i-1]) {
		i--
	}
	if i >= len(top) {
		return n
	}
	if n < len(top) {
		n++
	}
	copy(top[i+1:n], top[i:n-1])
	top[i] = s
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// boundedDistance is the Levenshtein distance between a and b in bytes
// (inputs are without diacritics), or some value above limit once every
// cell of a row exceeds it. rows holds 2*(len(a)+1) ints.
func boundedDistance(a, b string, limit int, rows []int) int {
	prev, cur := rows[:len(a)+1], rows[len(a)+1:2*(len(a)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(b); i++ {
		cur[0] = i
		rowMin := i
		c := b[i-1]
		for j := 1; j <= len(a); j++ {
			cost := 1
			if a[j-1] == c {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(a)]
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
