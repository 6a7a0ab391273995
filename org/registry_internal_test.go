package org

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"pgregory.net/rapid"
)

// The abbreviation sweep agrees with comparing every pair: each reported
// body conflicts with a sibling, and of each conflicting pair at least one
// is reported.
func TestAbbrevSweepMatchesPairs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(2, 8).Draw(t, "n")
		day := func(label string) chidao.Date {
			k := rapid.IntRange(0, 6).Draw(t, label)
			if k == 0 {
				return chidao.Date{}
			}
			return chidao.MustDate(2020+k, 1, 1)
		}
		var orgs []*Org
		for i := range n {
			from, until := day("from"), day("until")
			if !from.IsZero() && !until.IsZero() && !from.Before(until) {
				until = chidao.Date{}
			}
			orgs = append(orgs, &Org{spec: OrgSpec{Key: fmt.Sprint("o", i), Abbrev: "A",
				SharedAbbrev: rapid.Bool().Draw(t, "shared"), Validity: Validity{From: from, Until: until}}})
		}
		pos := map[*Org]int{}
		for i, o := range orgs {
			pos[o] = i
		}
		var errs chidao.ErrorList
		checkAbbrevSlot(append([]*Org(nil), orgs...), func(o *Org) chidao.Path { return chidao.NewPath("orgs").Index(pos[o]) }, &errs)
		reported := map[string]bool{}
		for _, fe := range errs {
			reported[fe.Path] = true
		}
		at := func(i int) string { return fmt.Sprintf("orgs[%d].abbrev", i) }
		conflict := func(a, b *Org) bool {
			return !(a.spec.SharedAbbrev && b.spec.SharedAbbrev) && a.spec.Validity.Overlaps(b.spec.Validity)
		}
		for i, a := range orgs {
			any := false
			for j, b := range orgs {
				if i == j || !conflict(a, b) {
					continue
				}
				any = true
				if !reported[at(i)] && !reported[at(j)] {
					t.Fatalf("conflict of %d and %d not reported: %v", i, j, errs)
				}
			}
			if reported[at(i)] && !any {
				t.Fatalf("%d reported without a conflict: %v", i, errs)
			}
		}
	})
}

// trimLocality through the word trie cuts what the plain loop over every
// phrase cut.
func TestTrimLocalityMatchesNaive(t *testing.T) {
	words := []string{"thành", "phố", "hà", "nội", "tỉnh", "sở", "y", "tế"}
	phrase := func(t *rapid.T, label string) string {
		n := rapid.IntRange(1, 4).Draw(t, label+"len")
		var w []string
		for range n {
			w = append(w, rapid.SampledFrom(words).Draw(t, label))
		}
		return strings.Join(w, " ")
	}
	rapid.Check(t, func(t *rapid.T) {
		locs := []string{"thành phố", "tỉnh"}
		for range rapid.IntRange(0, 3).Draw(t, "n") {
			locs = append(locs, phrase(t, "loc"))
		}
		r := &Registry{locality: &wordTrie{}}
		for _, l := range locs {
			r.locality.add(l)
		}
		slices.SortStableFunc(locs, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
		// the documented rule: the longest name the key ends with, again
		// and again, while something is left
		naive := func(k string) string {
			for {
				cut := false
				for _, suf := range locs { // longest first
					if rest, ok := strings.CutSuffix(k, " "+suf); ok && rest != "" {
						k, cut = rest, true
						break
					}
				}
				if !cut {
					return k
				}
			}
		}
		k := phrase(t, "key") + " " + phrase(t, "tail")
		if got, want := r.trimLocality(k), naive(k); got != want {
			t.Fatalf("trimLocality(%q) = %q, want %q (locality %q)", k, got, want, locs)
		}
	})
}
