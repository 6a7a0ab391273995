package org

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/collate"
)

// Codes of the registry checks, beyond the generic ones of package chidao.
const (
	CodeCycle               chidao.Code = "org.cycle"                 // parent links loop
	CodeOutsideParent       chidao.Code = "org.outside_parent"        // a child exists on a day its parent does not
	CodeEmptyValidity       chidao.Code = "org.empty_validity"        // valid_until is not after valid_from
	CodeSuccessorWithoutEnd chidao.Code = "org.successor_without_end" // successors given but no valid_until
	CodeSuccessorGap        chidao.Code = "org.successor_gap"         // a successor is not in force the day the body ends
	CodeAbbrevConflict      chidao.Code = "org.abbrev_conflict"       // two siblings share an abbreviation on some day
	CodeRelationOutside     chidao.Code = "org.relation_outside"      // a relation exists on a day one of its ends does not
	CodeDuplicateID         chidao.Code = "org.duplicate_id"
)

// Limits on the size of a registry's values, so that untrusted data cannot
// make New or Load take unbounded memory or time. A longer value is
// reported with the code chidao.CodeTooLong.
const (
	MaxKeyLen  = 200      // bytes of a key
	MaxNameLen = 1 << 10  // bytes of a name, short name, abbreviation, alias or phrase
	MaxTextLen = 16 << 10 // bytes of a note, a source, or a QCVN or GSO code
)

// Builder collects the data of a registry; Build checks it all at once.
// A Builder is not safe for concurrent use.
type Builder struct{ d Data }

// NewBuilder starts a registry with a display name.
func NewBuilder(name string) *Builder { return &Builder{d: Data{Schema: Schema, Name: name}} }

// Add adds bodies.
func (b *Builder) Add(orgs ...OrgSpec) *Builder { b.d.Orgs = append(b.d.Orgs, orgs...); return b }

// Relate adds dated relations.
func (b *Builder) Relate(rels ...RelationSpec) *Builder {
	b.d.Relations = append(b.d.Relations, rels...)
	return b
}

// Group adds recipient classes.
func (b *Builder) Group(groups ...GroupSpec) *Builder {
	b.d.Groups = append(b.d.Groups, groups...)
	return b
}

// Build checks everything and returns the registry, or every problem as a
// *chidao.ValidationError with paths such as "orgs[12].parent".
func (b *Builder) Build() (*Registry, error) { return New(b.d) }

// Registry is an immutable, validated set of bodies with their dated
// relations and recipient classes. It is safe for concurrent use.
type Registry struct {
	name      string
	orgs      []*Org
	byKey     map[string]*Org
	byID      map[ID]*Org
	relations []relation
	out       map[*Org][]*relation // relations by From
	in        map[*Org][]*relation // relations by To
	groups    []*group
	groupIdx  map[string]*group
	names     map[string][]*Org // search key -> bodies
	bare      map[string][]*Org // search key without diacritics -> bodies
	bareKeys  []bareEntry       // bare, by length then key, for suggestions
	abbrevs   map[string][]*Org // upper-case abbreviation -> bodies
	locality  *wordTrie         // key suffixes that name the province ("thành phố hà nội"), by last word
}

type relation struct {
	spec     RelationSpec
	from, to *Org
}

type group struct {
	spec  GroupSpec
	under *Org
	keys  []string
}

// New checks d and builds a registry from it; see [Builder.Build].
func New(d Data) (*Registry, error) {
	var errs chidao.ErrorList
	d.Name = limit(d.Name, MaxNameLen, chidao.NewPath("name"), &errs)
	r := &Registry{
		name:     d.Name,
		byKey:    make(map[string]*Org, len(d.Orgs)),
		byID:     make(map[ID]*Org, len(d.Orgs)),
		out:      make(map[*Org][]*relation),
		in:       make(map[*Org][]*relation),
		groupIdx: make(map[string]*group),
		names:    make(map[string][]*Org),
		bare:     make(map[string][]*Org),
		abbrevs:  make(map[string][]*Org),
	}
	orgsPath := chidao.NewPath("orgs")
	index := make(map[*Org]int, len(d.Orgs)) // position in d.Orgs, for paths
	for i, spec := range d.Orgs {
		p := orgsPath.Index(i)
		spec = limitSpec(spec, p, &errs) // before normalising: that is what costs
		spec = normalizeSpec(spec)
		o := &Org{spec: spec, id: IDOf(spec.Key)}
		checkSpec(spec, p, &errs)
		if spec.Key != "" {
			if _, dup := r.byKey[spec.Key]; dup {
				errs.Add(p.Child("key"), chidao.CodeDuplicate, "key "+clip(spec.Key)+" is used by an earlier body", spec.Key)
				continue
			}
			if _, dup := r.byID[o.id]; dup {
				errs.Add(p.Child("key"), CodeDuplicateID, "the ID derived from the key is already in use", o.id.String())
				continue
			}
			r.byKey[spec.Key] = o
			r.byID[o.id] = o
		}
		index[o] = i
		r.orgs = append(r.orgs, o)
	}
	path := func(o *Org) chidao.Path { return orgsPath.Index(index[o]) }
	for _, o := range r.orgs {
		p := path(o)
		if k := o.spec.Parent; k != "" {
			if par := r.byKey[k]; par == nil {
				errs.Add(p.Child("parent"), chidao.CodeNotFound, "no body has key "+clip(k), k)
			} else if par == o {
				errs.Add(p.Child("parent"), CodeCycle, "a body cannot be its own parent", k)
			} else {
				o.parent = par
			}
		}
		if k := o.spec.Area; k != "" {
			a := r.byKey[k]
			switch {
			case a == nil:
				errs.Add(p.Child("area"), chidao.CodeNotFound, "no body has key "+clip(k), k)
			case a.spec.Kind != KindProvince && a.spec.Kind != KindDistrict && a.spec.Kind != KindCommune:
				errs.Add(p.Child("area"), chidao.CodeInvalid, "an area must be a province, district or commune, not "+a.spec.Kind.String(), k)
			default:
				o.area = a
			}
		}
	}
	cyclic := r.cycles()
	for _, o := range r.orgs {
		if cyclic[o] {
			errs.Add(path(o).Child("parent"), CodeCycle, "following parents from "+clip(o.spec.Key)+" comes back to it", o.spec.Parent)
		}
	}
	for _, o := range r.orgs {
		if o.parent != nil && !cyclic[o] {
			o.parent.children = append(o.parent.children, o)
			checkInside(o, o.parent, path(o), &errs)
		}
	}
	for _, o := range r.orgs {
		r.checkSuccessors(o, path(o), &errs)
	}
	r.checkAbbrevs(path, &errs)
	r.buildRelations(d.Relations, &errs)
	r.buildGroups(d.Groups, &errs)
	if err := errs.Err(); err != nil {
		for _, fe := range errs {
			if v, ok := fe.Value.(string); ok {
				fe.Value = clip(v)
			}
		}
		errs.Sort()
		return nil, err
	}
	r.buildNameIndex()
	r.bareKeys = make([]bareEntry, 0, len(r.bare))
	for k, orgs := range r.bare {
		r.bareKeys = append(r.bareKeys, bareEntry{k, histOf(k), orgs})
	}
	slices.SortFunc(r.bareKeys, func(a, b bareEntry) int {
		return cmp.Or(cmp.Compare(len(a.key), len(b.key)), strings.Compare(a.key, b.key))
	})
	return r, nil
}

// cycles returns the bodies that lie on a loop of parent links. Each body
// is walked over once (one path per start, coloured as it goes), so that a
// long chain or loop costs linear time, not a walk from every body.
func (r *Registry) cycles() map[*Org]bool {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[*Org]uint8, len(r.orgs))
	cyclic := make(map[*Org]bool)
	var path []*Org
	for _, start := range r.orgs {
		path = path[:0]
		o := start
		for o != nil && state[o] == unseen {
			state[o] = onPath
			path = append(path, o)
			o = o.parent
		}
		if o != nil && state[o] == onPath {
			// The walk came back into itself: the loop runs from o to the end.
			for i := len(path) - 1; i >= 0; i-- {
				cyclic[path[i]] = true
				if path[i] == o {
					break
				}
			}
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return cyclic
}

// limit reports a value longer than max bytes, and cuts it so that nothing
// after pays for its length (the registry is not built then).
func limit(v string, max int, p chidao.Path, errs *chidao.ErrorList) string {
	if len(v) <= max {
		return v
	}
	errs.Add(p, chidao.CodeTooLong, fmt.Sprintf("longer than %d bytes (%d)", max, len(v)), clip(v))
	return clip(v)
}

func limitSpec(s OrgSpec, p chidao.Path, errs *chidao.ErrorList) OrgSpec {
	if len(s.Key) > MaxKeyLen {
		errs.Add(p.Child("key"), chidao.CodeTooLong, fmt.Sprintf("longer than %d bytes (%d)", MaxKeyLen, len(s.Key)), clip(s.Key))
	}
	s.Name = limit(s.Name, MaxNameLen, p.Child("name"), errs)
	s.ShortName = limit(s.ShortName, MaxNameLen, p.Child("short_name"), errs)
	s.Abbrev = limit(s.Abbrev, MaxNameLen, p.Child("abbrev"), errs)
	if slices.ContainsFunc(s.Aliases, func(a string) bool { return len(a) > MaxNameLen }) {
		s.Aliases = slices.Clone(s.Aliases) // not the caller's
		for i, a := range s.Aliases {
			s.Aliases[i] = limit(a, MaxNameLen, p.Child("aliases").Index(i), errs)
		}
	}
	s.QCVNCode = limit(s.QCVNCode, MaxTextLen, p.Child("qcvn_code"), errs)
	s.GSOCode = limit(s.GSOCode, MaxTextLen, p.Child("gso_code"), errs)
	s.Note = limit(s.Note, MaxTextLen, p.Child("note"), errs)
	s.Source = limit(s.Source, MaxTextLen, p.Child("source"), errs)
	return s
}

func normalizeSpec(s OrgSpec) OrgSpec {
	s.Name = vntext.Normalize(s.Name)
	s.ShortName = vntext.Normalize(s.ShortName)
	s.Abbrev = vntext.Normalize(s.Abbrev)
	if len(s.Aliases) > 0 {
		al := make([]string, len(s.Aliases))
		for i, a := range s.Aliases {
			al[i] = vntext.Normalize(a)
		}
		s.Aliases = al
	}
	s.Successors = slices.Clone(s.Successors)
	s.Unconfirmed = slices.Clone(s.Unconfirmed)
	return s
}

// validKey reports whether k is a stable ASCII key.
func validKey(k string) bool {
	if k == "" || len(k) > MaxKeyLen {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func checkSpec(s OrgSpec, p chidao.Path, errs *chidao.ErrorList) {
	switch {
	case s.Key == "":
		errs.Add(p.Child("key"), chidao.CodeRequired, "a body needs a key", nil)
	case len(s.Key) > MaxKeyLen:
		// reported by limitSpec
	case !validKey(s.Key):
		errs.Add(p.Child("key"), chidao.CodeInvalid, "a key uses only a-z, 0-9, '.', '-' and '_'", s.Key)
	}
	if s.Name == "" {
		errs.Add(p.Child("name"), chidao.CodeRequired, "a body needs its official name", nil)
	}
	requireEnum(kinds, s.Kind, p.Child("kind"), "a body needs a kind", errs)
	requireEnum(blocs, s.Bloc, p.Child("bloc"), "a body needs a bloc", errs)
	requireEnum(levels, s.Level, p.Child("level"), "a body needs a level", errs)
	if !s.From.IsZero() && !s.Until.IsZero() && !s.From.Before(s.Until) {
		errs.Add(p.Child("valid_until"), CodeEmptyValidity, "valid_until must be after valid_from", s.Until.String())
	}
	for i, f := range s.Unconfirmed {
		if !unconfirmable[f] {
			errs.Add(p.Child("unconfirmed").Index(i), chidao.CodeInvalid, "not a field name of a body", f)
		}
	}
}

// requireEnum reports an unspecified value as missing (msg) and a value
// outside the table as invalid.
func requireEnum[E ~uint8](t *enum[E], v E, p chidao.Path, msg string, errs *chidao.ErrorList) {
	switch {
	case v == 0:
		errs.Add(p, chidao.CodeRequired, msg, nil)
	case !t.valid(v):
		errs.Add(p, chidao.CodeInvalid, "unknown "+t.field, t.code(v))
	}
}

var unconfirmable = map[string]bool{"key": true, "name": true, "short_name": true, "abbrev": true, "aliases": true,
	"kind": true, "bloc": true, "level": true, "collective": true, "qcvn_code": true, "gso_code": true,
	"parent": true, "area": true, "valid_from": true, "valid_until": true, "successors": true}

// checkInside reports a child that exists on a day its parent does not.
func checkInside(o, par *Org, p chidao.Path, errs *chidao.ErrorList) {
	c, w := o.spec.Validity, par.spec.Validity
	if !w.From.IsZero() && (c.From.IsZero() || c.From.Before(w.From)) {
		errs.Add(p.Child("valid_from"), CodeOutsideParent,
			"the body exists before its parent "+clip(par.spec.Key)+" (from "+w.From.String()+")", c.From.String())
	}
	if !w.Until.IsZero() && (c.Until.IsZero() || c.Until.After(w.Until)) {
		errs.Add(p.Child("valid_until"), CodeOutsideParent,
			"the body outlives its parent "+clip(par.spec.Key)+" (until "+w.Until.String()+")", c.Until.String())
	}
}

func (r *Registry) checkSuccessors(o *Org, p chidao.Path, errs *chidao.ErrorList) {
	if len(o.spec.Successors) > 0 && o.spec.Until.IsZero() {
		errs.Add(p.Child("valid_until"), CodeSuccessorWithoutEnd, "a body with successors needs the day it ended", nil)
	}
	for i, s := range o.spec.Successors {
		sp := p.Child("successors").Index(i)
		requireEnum(changes, s.Change, sp.Child("change"), "say how the successor took over (renamed, merged, split, abolished)", errs)
		succ := r.byKey[s.Key]
		switch {
		case s.Key == o.spec.Key:
			errs.Add(sp.Child("key"), chidao.CodeInvalid, "a body cannot succeed itself", s.Key)
		case succ == nil:
			errs.Add(sp.Child("key"), chidao.CodeNotFound, "no body has key "+clip(s.Key), s.Key)
		case !o.spec.Until.IsZero() && !succ.ValidAt(o.spec.Until):
			errs.Add(sp.Child("key"), CodeSuccessorGap,
				"successor "+clip(s.Key)+" is not in force on "+o.spec.Until.String()+", the day "+clip(o.spec.Key)+" ends", s.Key)
		}
	}
}

// checkAbbrevs reports siblings of one area that share an abbreviation on
// some day, unless both say they share it on purpose.
func (r *Registry) checkAbbrevs(path func(*Org) chidao.Path, errs *chidao.ErrorList) {
	type slot struct {
		parent *Org
		area   string
		abbrev string
	}
	slots := make(map[slot][]*Org)
	var keys []slot // in data order, so findings come out alike every time
	for _, o := range r.orgs {
		if o.spec.Abbrev == "" {
			continue
		}
		k := slot{o.parent, o.spec.Area, strings.ToUpper(o.spec.Abbrev)}
		if _, ok := slots[k]; !ok {
			keys = append(keys, k)
		}
		slots[k] = append(slots[k], o)
	}
	for _, k := range keys {
		checkAbbrevSlot(slots[k], path, errs)
	}
}

// checkAbbrevSlot reports, among siblings with one abbreviation, every body
// that overlaps one starting no later (sorted by start, then data order),
// unless both share the abbreviation on purpose. A sweep that keeps the
// latest-ending body seen, shared or not, makes it O(n log n) where
// comparing every pair would be quadratic.
func checkAbbrevSlot(orgs []*Org, path func(*Org) chidao.Path, errs *chidao.ErrorList) {
	if len(orgs) < 2 {
		return
	}
	slices.SortStableFunc(orgs, func(a, b *Org) int { return a.spec.From.Compare(b.spec.From) })
	// later reports whether a ends after b (a zero Until never ends).
	later := func(a, b *Org) bool {
		if b == nil {
			return true
		}
		au, bu := a.spec.Until, b.spec.Until
		return !bu.IsZero() && (au.IsZero() || au.After(bu))
	}
	var lastAny, lastOwn *Org // latest-ending body so far; the same among bodies not sharing
	for _, o := range orgs {
		prev := lastOwn
		if !o.spec.SharedAbbrev {
			prev = lastAny
		}
		// prev starts no later than o, so they overlap when prev ends after o starts.
		if prev != nil && (prev.spec.Until.IsZero() || prev.spec.Until.After(o.spec.From)) {
			errs.Add(path(o).Child("abbrev"), CodeAbbrevConflict,
				"sibling "+clip(prev.spec.Key)+" uses the same abbreviation at the same time", o.spec.Abbrev)
		}
		if later(o, lastAny) {
			lastAny = o
		}
		if !o.spec.SharedAbbrev && later(o, lastOwn) {
			lastOwn = o
		}
	}
}

func (r *Registry) buildRelations(specs []RelationSpec, errs *chidao.ErrorList) {
	type edge struct {
		t        RelationType
		from, to string
		v        Validity
	}
	dup := make(map[edge]bool)
	r.relations = make([]relation, 0, len(specs))
	for i, s := range specs {
		p := chidao.NewPath("relations").Index(i)
		s.Note = limit(s.Note, MaxTextLen, p.Child("note"), errs)
		s.Source = limit(s.Source, MaxTextLen, p.Child("source"), errs)
		ok := true
		if !relationTypes.valid(s.Type) {
			requireEnum(relationTypes, s.Type, p.Child("type"), "a relation needs a type", errs)
			ok = false
		}
		from, to := r.byKey[s.From], r.byKey[s.To]
		if from == nil {
			errs.Add(p.Child("from"), chidao.CodeNotFound, "no body has key "+clip(s.From), s.From)
			ok = false
		}
		if to == nil {
			errs.Add(p.Child("to"), chidao.CodeNotFound, "no body has key "+clip(s.To), s.To)
			ok = false
		}
		if !ok {
			continue
		}
		if from == to {
			errs.Add(p.Child("to"), chidao.CodeInvalid, "a relation needs two different bodies", s.To)
			continue
		}
		if v := s.Validity; !v.From.IsZero() && !v.Until.IsZero() && !v.From.Before(v.Until) {
			errs.Add(p.Child("valid_until"), CodeEmptyValidity, "valid_until must be after valid_from", v.Until.String())
			continue
		}
		for _, end := range []*Org{from, to} {
			if !s.Validity.Within(end.spec.Validity) {
				errs.Add(p, CodeRelationOutside, "the relation "+s.Validity.String()+" exists on days "+clip(end.spec.Key)+
					" does not "+end.spec.Validity.String(), nil)
			}
		}
		e := edge{s.Type, s.From, s.To, s.Validity}
		if dup[e] {
			errs.Add(p, chidao.CodeDuplicate, "the same relation is listed twice", nil)
			continue
		}
		dup[e] = true
		r.relations = append(r.relations, relation{spec: s, from: from, to: to})
	}
	for i := range r.relations {
		rel := &r.relations[i]
		r.out[rel.from] = append(r.out[rel.from], rel)
		r.in[rel.to] = append(r.in[rel.to], rel)
	}
}

func (r *Registry) buildGroups(specs []GroupSpec, errs *chidao.ErrorList) {
	// The names of province-level units are locality suffixes.
	r.locality = &wordTrie{}
	for _, k := range genericLocality {
		r.locality.add(k)
	}
	for _, o := range r.orgs {
		if o.spec.Kind == KindProvince {
			for _, k := range provinceKeys(o) {
				r.locality.add(k)
			}
		}
	}
	seen := make(map[string]bool)
	for i, s := range specs {
		p := chidao.NewPath("groups").Index(i)
		s.Name = limit(s.Name, MaxNameLen, p.Child("name"), errs)
		s.Note = limit(s.Note, MaxTextLen, p.Child("note"), errs)
		if slices.ContainsFunc(s.Phrases, func(ph string) bool { return len(ph) > MaxNameLen }) {
			s.Phrases = slices.Clone(s.Phrases) // not the caller's
			for j, ph := range s.Phrases {
				s.Phrases[j] = limit(ph, MaxNameLen, p.Child("phrases").Index(j), errs)
			}
		}
		g := &group{spec: s}
		switch {
		case len(s.Key) > MaxKeyLen:
			errs.Add(p.Child("key"), chidao.CodeTooLong, fmt.Sprintf("longer than %d bytes (%d)", MaxKeyLen, len(s.Key)), clip(s.Key))
		case s.Key == "":
			errs.Add(p.Child("key"), chidao.CodeRequired, "a group needs a key", nil)
		case seen[s.Key]:
			errs.Add(p.Child("key"), chidao.CodeDuplicate, "key "+clip(s.Key)+" is used by an earlier group", s.Key)
		}
		seen[s.Key] = true
		if s.Name == "" {
			errs.Add(p.Child("name"), chidao.CodeRequired, "a group needs the phrase documents use for it", nil)
		}
		if s.Under != "" && s.Under != UnderIssuer {
			if g.under = r.byKey[s.Under]; g.under == nil {
				errs.Add(p.Child("under"), chidao.CodeNotFound, "no body has key "+clip(s.Under), s.Under)
			}
		}
		for j, k := range s.Kinds {
			if !kinds.valid(k) {
				errs.Add(p.Child("kinds").Index(j), chidao.CodeInvalid, "unknown kind", k.String())
			}
		}
		for j, l := range s.Levels {
			if !levels.valid(l) {
				errs.Add(p.Child("levels").Index(j), chidao.CodeInvalid, "unknown level", l.String())
			}
		}
		for j, ph := range append([]string{s.Name}, s.Phrases...) {
			k := r.classKey(ph)
			if k == "" {
				continue
			}
			if prev, ok := r.groupIdx[k]; ok && prev != g {
				errs.Add(p.Child("phrases").Index(max(j-1, 0)), chidao.CodeDuplicate,
					"the phrase already names group "+clip(prev.spec.Key), ph)
				continue
			}
			r.groupIdx[k] = g
			g.keys = append(g.keys, k)
		}
		r.groups = append(r.groups, g)
	}
}

// classKey folds a recipient-class phrase: the search key without
// quantifiers and joining words ("các", "những", "tất cả", "và", "thuộc",
// "trực thuộc") and without a trailing name of the province ("thành phố",
// "Hà Nội"), so that "UBND các quận, huyện và thị xã thuộc Thành phố" and
// "UBND quận, huyện, thị xã" fold alike.
func (r *Registry) classKey(s string) string {
	words := strings.Fields(vntext.Key(s))
	if len(words) >= 2 && words[0] == "tất" && words[1] == "cả" {
		words = words[2:]
	}
	words = slices.DeleteFunc(words, func(w string) bool { return classFiller[w] })
	return r.trimLocality(strings.Join(words, " "))
}

var classFiller = map[string]bool{"các": true, "những": true, "và": true, "thuộc": true, "trực": true}

// genericLocality are the words that stand for the province in any registry.
var genericLocality = []string{"thành phố", "tỉnh"}

// provinceKeys returns the search keys of a province's names.
func provinceKeys(o *Org) []string {
	var out []string
	for _, n := range []string{o.spec.Name, o.spec.ShortName} {
		if k := vntext.Key(n); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// trimLocality cuts trailing names of the province off a search key,
// longest first ("thành phố hà nội" before "hà nội"), as long as something
// is left.
func (r *Registry) trimLocality(k string) string {
	for {
		n := r.locality.longestSuffix(k)
		if n == 0 {
			return k
		}
		k = k[:len(k)-n-1] // and the space before
	}
}

// wordTrie holds phrases by their words, last word first, so that the
// phrases a key ends with are found by walking its words from the end:
// the cost is the length of the suffix looked at, not the number of
// phrases.
type wordTrie struct {
	next map[string]*wordTrie
	end  bool // a phrase ends here
}

func (t *wordTrie) add(phrase string) {
	words := strings.Fields(phrase)
	for i := len(words) - 1; i >= 0; i-- {
		if t.next == nil {
			t.next = make(map[string]*wordTrie)
		}
		c := t.next[words[i]]
		if c == nil {
			c = &wordTrie{}
			t.next[words[i]] = c
		}
		t = c
	}
	t.end = true
}

// longestSuffix returns the length in bytes of the longest phrase k ends
// with after a space (so that something is left before it), or 0. Keys
// have single spaces between words.
func (t *wordTrie) longestSuffix(k string) int {
	best, end := 0, len(k)
	for end > 0 && t != nil {
		start := strings.LastIndexByte(k[:end], ' ') + 1
		t = t.next[k[start:end]]
		if t != nil && t.end && start > 0 {
			best = len(k) - start
		}
		end = start - 1
	}
	return best
}

// buildNameIndex indexes every body under the search keys of its names,
// and, for bodies of a province, also with the province's name cut off or
// added ("Sở Y tế", "Sở Y tế Hà Nội", "Sở Y tế thành phố Hà Nội").
func (r *Registry) buildNameIndex() {
	add := func(m map[string][]*Org, k string, o *Org) {
		if k != "" && !slices.Contains(m[k], o) {
			m[k] = append(m[k], o)
		}
	}
	c := vntext.NewCollator()
	var buf collate.Buffer
	for _, o := range r.orgs {
		o.placeKey = slices.Clone(c.KeyFromString(&buf, o.PlaceName()+"\x00"+o.spec.Name))
		buf.Reset()
	}
	for _, o := range r.orgs {
		names := append([]string{o.spec.Name, o.spec.ShortName}, o.spec.Aliases...)
		var keys []string
		for _, n := range names {
			k := vntext.Key(n)
			if k == "" {
				continue
			}
			keys = append(keys, k)
			if o.area != nil && o.area.spec.Kind == KindProvince && o.spec.Kind != KindProvince {
				// Only the body's own province: one registry may hold many.
				base := r.trimLocality(k)
				keys = append(keys, base)
				for _, suf := range genericLocality {
					keys = append(keys, base+" "+suf)
				}
				for _, suf := range provinceKeys(o.area) {
					keys = append(keys, base+" "+suf)
				}
			}
		}
		if o.spec.Abbrev != "" {
			add(r.abbrevs, abbrevKey(o.spec.Abbrev), o)
		}
		for _, k := range keys {
			add(r.names, k, o)
			add(r.bare, string(vntext.AppendBare(nil, []byte(k))), o)
		}
	}
}

// Name returns the registry's display name ("Hà Nội").
func (r *Registry) Name() string { return r.name }

// Org returns the body with the given key.
func (r *Registry) Org(key string) (*Org, bool) { o, ok := r.byKey[key]; return o, ok }

// ByID returns the body with the given ID.
func (r *Registry) ByID(id ID) (*Org, bool) { o, ok := r.byID[id]; return o, ok }

// Len returns the number of bodies, whatever their dates.
func (r *Registry) Len() int { return len(r.orgs) }

// All yields every body in data order, whatever its dates.
func (r *Registry) All() iter.Seq[*Org] {
	return func(yield func(*Org) bool) {
		for _, o := range r.orgs {
			if !yield(o) {
				return
			}
		}
	}
}

// At yields the bodies in force on d, in data order.
func (r *Registry) At(d chidao.Date) iter.Seq[*Org] {
	return func(yield func(*Org) bool) {
		for _, o := range r.orgs {
			if o.ValidAt(d) && !yield(o) {
				return
			}
		}
	}
}

// Children returns the bodies directly subordinate to o on d.
func (r *Registry) Children(o *Org, d chidao.Date) []*Org {
	var out []*Org
	for _, c := range o.children {
		if c.ValidAt(d) {
			out = append(out, c)
		}
	}
	return out
}

// Ancestors returns o's parent, its parent, and so on, as far as each is in
// force on d.
func (r *Registry) Ancestors(o *Org, d chidao.Date) []*Org {
	var out []*Org
	for p := o.parent; p != nil && p.ValidAt(d) && len(out) < len(r.orgs); p = p.parent {
		out = append(out, p)
	}
	return out
}

// Relation is a dated edge between two bodies of a registry.
type Relation struct {
	Type        RelationType
	From, To    *Org
	Validity    Validity
	Unconfirmed bool
	Note        string
}

// Relations yields the explicit relations that start at o and are in force
// on d (parent links are not repeated here).
func (r *Registry) Relations(o *Org, d chidao.Date) iter.Seq[Relation] {
	return func(yield func(Relation) bool) {
		for _, rel := range r.out[o] {
			if rel.spec.Validity.Contains(d) && !yield(rel.public()) {
				return
			}
		}
	}
}

func (rel *relation) public() Relation {
	return Relation{Type: rel.spec.Type, From: rel.from, To: rel.to, Validity: rel.spec.Validity,
		Unconfirmed: rel.spec.Unconfirmed, Note: rel.spec.Note}
}

// Groups returns the recipient classes the registry knows.
func (r *Registry) Groups() []GroupSpec {
	out := make([]GroupSpec, len(r.groups))
	for i, g := range r.groups {
		out[i] = cloneGroup(g.spec)
	}
	return out
}

func cloneGroup(g GroupSpec) GroupSpec {
	g.Phrases = slices.Clone(g.Phrases)
	g.Kinds = slices.Clone(g.Kinds)
	g.Levels = slices.Clone(g.Levels)
	return g
}

// Data returns the registry's data, ready for [Save]; New(r.Data()) builds
// an equal registry.
func (r *Registry) Data() Data {
	d := Data{Schema: Schema, Name: r.name}
	for _, o := range r.orgs {
		d.Orgs = append(d.Orgs, o.Spec())
	}
	for _, rel := range r.relations {
		d.Relations = append(d.Relations, rel.spec)
	}
	d.Groups = r.Groups()
	return d
}

// abbrevKey folds an abbreviation for look-up: NFC, upper case ("TTg" and
// "TTG" are one).
func abbrevKey(s string) string { return strings.ToUpper(vntext.NFC(strings.TrimSpace(s))) }
