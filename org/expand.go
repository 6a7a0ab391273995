package org

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// ErrClassNotInForce is wrapped when a recipient class names no body at the
// date because that part of the system did not exist then (the districts
// after 2025-07-01).
var ErrClassNotInForce = errors.New("org: recipient class not in force")

// ClassError explains why a recipient class gave no bodies at a date.
type ClassError struct {
	Phrase string
	Group  GroupSpec
	Date   chidao.Date
}

func (e *ClassError) Error() string {
	msg := fmt.Sprintf("org: %q names no body on %s: the class %q is in force %s",
		e.Phrase, e.Date, e.Group.Name, e.Group.Validity)
	if e.Group.Note != "" {
		msg += "; " + e.Group.Note
	}
	return msg
}

// Unwrap returns [ErrClassNotInForce].
func (e *ClassError) Unwrap() error { return ErrClassNotInForce }

// DissolvedError reports a named body that has ended by the date.
type DissolvedError struct {
	Phrase     string
	Org        *Org
	Date       chidao.Date
	Successors []*Org
}

func (e *DissolvedError) Error() string {
	names := make([]string, len(e.Successors))
	for i, s := range e.Successors {
		names[i] = s.String()
	}
	return fmt.Sprintf("org: %q is %s, which ended on %s; on %s its work is carried by %s",
		e.Phrase, e.Org, e.Org.spec.Until, e.Date, strings.Join(names, ", "))
}

// Expand turns a recipient phrase as written in documents into the bodies
// it means on d. The phrase may be a class ("Các Sở, ban, ngành Thành
// phố", "UBND các quận, huyện, thị xã", "Các cơ quan báo chí thành phố Hà
// Nội"), the name of one body, or several of those separated by ";" (as in
// "Các Sở, ban, ngành; UBND quận, huyện, thị xã"). Classes relative to the
// issuer are taken below issuer, which may be nil otherwise.
//
// The bodies come sorted by place name, then name, in Vietnamese order,
// without repeats. A class not in force on d is a *ClassError wrapping
// [ErrClassNotInForce]; an ended body is a *DissolvedError naming its
// successors; an unknown phrase is a *MatchError.
func (r *Registry) Expand(phrase string, issuer *Org, d chidao.Date) ([]*Org, error) {
	var out []*Org
	var errs []error
	parts := strings.FieldsFunc(phrase, func(c rune) bool { return c == ';' || c == '\n' })
	for _, part := range parts {
		part = strings.TrimSpace(strings.Trim(strings.TrimSpace(part), "-+•*.,:"))
		if part == "" {
			continue
		}
		orgs, err := r.expandOne(part, issuer, d)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, o := range orgs {
			if !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(out) == 0 {
		return nil, &MatchError{Name: phrase, Date: d}
	}
	SortByPlace(out)
	return out, nil
}

func (r *Registry) expandOne(part string, issuer *Org, d chidao.Date) ([]*Org, error) {
	if g, ok := r.groupIdx[r.classKey(part)]; ok {
		return r.members(g, part, issuer, d)
	}
	m, err := r.Match(part, d)
	if err != nil {
		// "Chủ tịch UBND các quận, huyện", "Giám đốc Sở Y tế": the head
		// of a body, or of each body of a class, stands for the body.
		if rest, ok := cutPost(part); ok {
			if orgs, err2 := r.expandOne(rest, issuer, d); err2 == nil {
				return orgs, nil
			}
		}
		return nil, err
	}
	if m.Dissolved {
		return nil, &DissolvedError{Phrase: part, Org: m.Org, Date: d, Successors: m.Successors}
	}
	return []*Org{m.Org}, nil
}

func (r *Registry) members(g *group, phrase string, issuer *Org, d chidao.Date) ([]*Org, error) {
	if !g.spec.Validity.Contains(d) {
		return nil, &ClassError{Phrase: phrase, Group: cloneGroup(g.spec), Date: d}
	}
	under := g.under
	if g.spec.Under == UnderIssuer {
		if issuer == nil {
			return nil, fmt.Errorf("org: the class %q is relative to the issuer, and no issuer was given", g.spec.Name)
		}
		under = issuer
	}
	var out []*Org
	for _, o := range r.orgs {
		if !o.ValidAt(d) || (under != nil && o.parent != under) {
			continue
		}
		if len(g.spec.Kinds) > 0 && !slices.Contains(g.spec.Kinds, o.spec.Kind) {
			continue
		}
		if len(g.spec.Levels) > 0 && !slices.Contains(g.spec.Levels, o.spec.Level) {
			continue
		}
		out = append(out, o)
	}
	if len(out) == 0 {
		return nil, &ClassError{Phrase: phrase, Group: cloneGroup(g.spec), Date: d}
	}
	return out, nil
}

// SortByPlace sorts bodies by the name of their place, then by name, in
// Vietnamese alphabetical order.
func SortByPlace(orgs []*Org) {
	slices.SortStableFunc(orgs, func(a, b *Org) int { return bytes.Compare(a.placeKey, b.placeKey) })
}

// SortByName sorts bodies by name in Vietnamese alphabetical order.
func SortByName(orgs []*Org) { vntext.SortFunc(orgs, func(o *Org) string { return o.spec.Name }) }

// posts are titles that address the head of a body rather than the body.
var posts = lexicon.HeadPosts

// cutPost removes a leading post title from phrase.
func cutPost(phrase string) (string, bool) {
	words := strings.Fields(phrase)
	key := vntext.Key(phrase)
	for _, p := range posts {
		if !strings.HasPrefix(key, p+" ") {
			continue
		}
		n := len(strings.Fields(p))
		if strings.HasSuffix(p, " ban") || strings.HasSuffix(p, " phòng") {
			n-- // "Trưởng Ban Tuyên giáo": the head noun names the body
		}
		if n < len(words) {
			return strings.Join(words[n:], " "), true
		}
	}
	return "", false
}
