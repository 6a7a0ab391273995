package hanoigen

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

var (
	validKinds = []string{"central", "party_committee", "party_standing_board", "party_board",
		"peoples_council", "peoples_committee", "department", "office", "office_division",
		"front", "press", "province", "district", "commune"}
	validBlocs     = []string{"party", "state", "front", "press"}
	validLevels    = []string{"central", "province", "district", "commune"}
	validChanges   = []string{"renamed", "merged", "split", "abolished"}
	validRelations = []string{"subordinate", "leads", "guides"}
)

// Validate checks the internal consistency of a registry: unique keys,
// known enum values, existing references, date order, validity of relations
// within both ends, and that every org whose source says "unconfirmed" lists
// at least one unconfirmed field. It reports all problems at once.
func Validate(reg *Registry) error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }

	if reg.Schema != Schema {
		bad("schema %q, want %q", reg.Schema, Schema)
	}
	byKey := map[string]*Org{}
	for i := range reg.Orgs {
		o := &reg.Orgs[i]
		if _, dup := byKey[o.Key]; dup {
			bad("duplicate org key %q", o.Key)
		}
		byKey[o.Key] = o
	}
	dateOK := func(what, d string) {
		if d == "" {
			return
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			bad("%s: bad date %q", what, d)
		}
	}
	for i := range reg.Orgs {
		o := &reg.Orgs[i]
		if o.Key == "" || o.Name == "" {
			bad("org %d: empty key or name", i)
		}
		if !slices.Contains(validKinds, o.Kind) {
			bad("%s: kind %q", o.Key, o.Kind)
		}
		if !slices.Contains(validBlocs, o.Bloc) {
			bad("%s: bloc %q", o.Key, o.Bloc)
		}
		if !slices.Contains(validLevels, o.Level) {
			bad("%s: level %q", o.Key, o.Level)
		}
		dateOK(o.Key+" valid_from", o.ValidFrom)
		dateOK(o.Key+" valid_until", o.ValidUntil)
		if o.ValidFrom != "" && o.ValidUntil != "" && o.ValidFrom >= o.ValidUntil {
			bad("%s: valid_from %s not before valid_until %s", o.Key, o.ValidFrom, o.ValidUntil)
		}
		if o.Parent != "" {
			if p := byKey[o.Parent]; p == nil {
				bad("%s: unknown parent %q", o.Key, o.Parent)
			} else if !within(o.ValidFrom, o.ValidUntil, p.ValidFrom, p.ValidUntil) {
				bad("%s: validity not within parent %s", o.Key, o.Parent)
			}
		}
		if o.Area != "" && byKey[o.Area] == nil {
			bad("%s: unknown area %q", o.Key, o.Area)
		}
		if o.Level == "central" && o.Area != "" {
			bad("%s: central body with area %q", o.Key, o.Area)
		}
		if len(o.Successors) > 0 && o.ValidUntil == "" {
			bad("%s: has successors but no valid_until", o.Key)
		}
		for _, s := range o.Successors {
			succ := byKey[s.Key]
			if succ == nil {
				bad("%s: unknown successor %q", o.Key, s.Key)
				continue
			}
			if !slices.Contains(validChanges, s.Change) {
				bad("%s: successor %s change %q", o.Key, s.Key, s.Change)
			}
			if succ.ValidFrom > o.ValidUntil {
				bad("%s: gap before successor %s (%s < %s)", o.Key, s.Key, o.ValidUntil, succ.ValidFrom)
			}
		}
		for _, f := range o.Unconfirmed {
			if !slices.Contains(fieldOrder, f) {
				bad("%s: unconfirmed names unknown field %q", o.Key, f)
			}
		}
		if strings.Contains(o.Source, "unconfirmed") && len(o.Unconfirmed) == 0 {
			bad("%s: source says unconfirmed but no field is marked", o.Key)
		}
		if len(o.Unconfirmed) > 0 && o.Note == "" {
			bad("%s: unconfirmed fields without a note", o.Key)
		}
	}
	for i, r := range reg.Relations {
		what := fmt.Sprintf("relation %d (%s %s -> %s)", i, r.Type, r.From, r.To)
		if !slices.Contains(validRelations, r.Type) {
			bad("%s: type", what)
		}
		dateOK(what+" valid_from", r.ValidFrom)
		dateOK(what+" valid_until", r.ValidUntil)
		from, to := byKey[r.From], byKey[r.To]
		if from == nil || to == nil {
			bad("%s: unknown end", what)
			continue
		}
		if r.ValidFrom != "" && r.ValidUntil != "" && r.ValidFrom >= r.ValidUntil {
			bad("%s: empty validity", what)
		}
		if !within(r.ValidFrom, r.ValidUntil, from.ValidFrom, from.ValidUntil) ||
			!within(r.ValidFrom, r.ValidUntil, to.ValidFrom, to.ValidUntil) {
			bad("%s: validity not within both ends", what)
		}
	}
	groupKeys := map[string]bool{}
	for _, g := range reg.Groups {
		if groupKeys[g.Key] || byKey[g.Key] != nil {
			bad("group %s: duplicate key", g.Key)
		}
		groupKeys[g.Key] = true
		if len(g.Phrases) == 0 || g.Phrases[0] != g.Name {
			bad("group %s: phrases must start with the name", g.Key)
		}
		if g.Under != "" && byKey[g.Under] == nil {
			bad("group %s: unknown under %q", g.Key, g.Under)
		}
		for _, k := range g.Kinds {
			if !slices.Contains(validKinds, k) {
				bad("group %s: kind %q", g.Key, k)
			}
		}
		for _, l := range g.Levels {
			if !slices.Contains(validLevels, l) {
				bad("group %s: level %q", g.Key, l)
			}
		}
	}
	return errors.Join(errs...)
}

// within reports whether [from, until) lies inside [outerFrom, outerUntil);
// empty dates are open ends.
func within(from, until, outerFrom, outerUntil string) bool {
	if outerFrom != "" && (from == "" || from < outerFrom) {
		return false
	}
	if outerUntil != "" && (until == "" || until > outerUntil) {
		return false
	}
	return true
}
