package org_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/gen"
	"github.com/chidao/chidao/org"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// dataCmp compares registry data: dates by value, and a nil list equal to
// an empty one (both are written as nothing).
var dataCmp = []cmp.Option{cmp.Comparer(func(a, b chidao.Date) bool { return a == b }), cmpopts.EquateEmpty()}

func mustBuild(t *rapid.T, d org.Data) *org.Registry {
	r, err := org.New(d)
	if err != nil {
		t.Fatalf("generated registry does not build: %v", err)
	}
	return r
}

func TestPropertyGeneratedRegistriesBuild(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := gen.Registry().Draw(t, "data")
		r := mustBuild(t, d)
		if r.Len() != len(d.Orgs) {
			t.Fatalf("Len = %d, want %d", r.Len(), len(d.Orgs))
		}
		// Data round-trips through the builder, and through Save and Load.
		if diff := cmp.Diff(d, r.Data(), dataCmp...); diff != "" {
			t.Fatalf("Data() differs from the data built (-built +Data):\n%s", diff)
		}
		r2 := mustBuild(t, r.Data())
		if diff := cmp.Diff(r.Data(), r2.Data(), dataCmp...); diff != "" {
			t.Fatalf("rebuilt registry differs (-first +rebuilt):\n%s", diff)
		}
		var buf bytes.Buffer
		if err := org.Save(&buf, r.Data()); err != nil {
			t.Fatal(err)
		}
		r3, err := org.Load(&buf)
		if err != nil {
			t.Fatalf("Load(Save(data)): %v", err)
		}
		if diff := cmp.Diff(r.Data(), r3.Data(), dataCmp...); diff != "" {
			t.Fatalf("saved and loaded registry differs (-saved +loaded):\n%s", diff)
		}
	})
}

func TestPropertyResultsValidAtDate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mustBuild(t, gen.Registry().Draw(t, "data"))
		d := gen.Date().Draw(t, "date")
		for o := range r.At(d) {
			if !o.ValidAt(d) {
				t.Fatalf("At(%s) yields %s valid %s", d, o, o.Validity())
			}
			for _, c := range r.Children(o, d) {
				if !c.ValidAt(d) || c.Parent() != o {
					t.Fatalf("Children(%s, %s) yields %s", o, d, c)
				}
			}
			for _, a := range r.Ancestors(o, d) {
				if !a.ValidAt(d) {
					t.Fatalf("Ancestors(%s, %s) yields %s valid %s", o, d, a, a.Validity())
				}
			}
		}
		count := 0
		for o := range r.All() {
			if o.ValidAt(d) {
				count++
			}
		}
		if got := len(slices.Collect(r.At(d))); got != count {
			t.Fatalf("At(%s) yields %d bodies, %d are valid", d, got, count)
		}
		members, err := r.Expand("Các Sở trực thuộc", nil, d)
		var want []*org.Org
		for o := range r.At(d) {
			if o.Kind() == org.KindDepartment {
				want = append(want, o)
			}
		}
		if len(want) == 0 {
			if !errors.Is(err, org.ErrClassNotInForce) {
				t.Fatalf("Expand of an empty class: err = %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Expand: %v", err)
		}
		org.SortByPlace(want)
		if !slices.Equal(members, want) {
			t.Fatalf("Expand = %v, want %v", members, want)
		}
	})
}

// spellings returns the ways documents write name: NFD, upper case, the
// other tone placement, and the abbreviated prefix.
func spellings(name string) []string {
	out := []string{norm.NFD.String(name), strings.ToUpper(name), "  " + strings.ReplaceAll(name, " ", "  ") + " "}
	alt := name
	for a, b := range gen.AltTones {
		alt = strings.ReplaceAll(alt, a, b)
	}
	if alt != name {
		out = append(out, alt, norm.NFD.String(strings.ToUpper(alt)))
	}
	if ab, ok := gen.Abbreviated(name); ok {
		out = append(out, ab, strings.ToUpper(ab))
	}
	return out
}

func TestPropertyMatchFindsEveryBody(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mustBuild(t, gen.Registry().Draw(t, "data"))
		d := gen.Date().Draw(t, "date")
		for o := range r.At(d) {
			for _, s := range append([]string{o.Name()}, spellings(o.Name())...) {
				m, err := r.Match(s, d)
				if err != nil {
					t.Fatalf("Match(%q, %s): %v", s, d, err)
				}
				if m.Org != o || m.Dissolved {
					t.Fatalf("Match(%q, %s) = %v (dissolved %v), want %s", s, d, m.Org, m.Dissolved, o)
				}
			}
		}
	})
}

func TestPropertyMatchByAbbrev(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mustBuild(t, gen.Registry().Draw(t, "data"))
		d := gen.Date().Draw(t, "date")
		for o := range r.At(d) {
			if o.Abbrev() == "" {
				continue
			}
			for _, s := range []string{o.Abbrev(), strings.ToLower(o.Abbrev())} {
				m, err := r.Match(s, d)
				if err != nil || m.Org != o {
					t.Fatalf("Match(%q, %s) = %v, %v; want %s", s, d, m.Org, err, o)
				}
			}
		}
	})
}

func TestPropertyCanDirectAlongSubordination(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mustBuild(t, gen.Registry().Draw(t, "data"))
		d := gen.Date().Draw(t, "date")
		for o := range r.At(d) {
			for _, a := range r.Ancestors(o, d) {
				c, ok := r.CanDirect(a, o, d)
				if !ok || c.Guidance() || len(c.Steps) == 0 {
					t.Fatalf("CanDirect(%s, %s, %s) = %v, %v", a, o, d, c, ok)
				}
				if c.Steps[0].From != a || c.Steps[len(c.Steps)-1].To != o {
					t.Fatalf("chain %v does not run from %s to %s", c, a, o)
				}
				for i, s := range c.Steps {
					if !s.From.ValidAt(d) || !s.To.ValidAt(d) || (i > 0 && c.Steps[i-1].To != s.From) {
						t.Fatalf("broken chain %v at step %d", c, i)
					}
				}
			}
		}
	})
}

func TestPropertySuccessorsAfterMerge(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mustBuild(t, gen.Registry().Draw(t, "data"))
		d := gen.Date().Draw(t, "date")
		for o := range r.All() {
			if len(o.Successors()) == 0 || d.Before(o.Validity().Until) {
				continue
			}
			succ, err := r.Successors(o.Key(), d)
			if err != nil || len(succ) == 0 {
				t.Fatalf("Successors(%s, %s) = %v, %v", o.Key(), d, succ, err)
			}
			for _, s := range succ {
				if !s.ValidAt(d) {
					t.Fatalf("successor %s of %s not valid on %s", s, o, d)
				}
			}
			m, err := r.Match(o.Name(), d)
			if err != nil || !m.Dissolved || m.Org != o || len(m.Successors) == 0 {
				t.Fatalf("Match(%q, %s) of an ended body = %+v, %v", o.Name(), d, m, err)
			}
		}
	})
}

// TestPropertyTargetedBreak breaks one thing in a valid registry and
// expects exactly one finding, with the right code at the right path.
func TestPropertyTargetedBreak(t *testing.T) {
	type want struct {
		path string
		code chidao.Code
	}
	rapid.Check(t, func(t *rapid.T) {
		d := gen.Registry().Draw(t, "data")
		i := rapid.IntRange(1, len(d.Orgs)-1).Draw(t, "victim")
		var w want
		switch rapid.IntRange(0, 6).Draw(t, "break") {
		case 0:
			d.Orgs[i].Name = " "
			w = want{fmt.Sprintf("orgs[%d].name", i), chidao.CodeRequired}
		case 1:
			d.Orgs[i].Kind = org.KindUnspecified
			w = want{fmt.Sprintf("orgs[%d].kind", i), chidao.CodeRequired}
		case 2:
			d.Orgs[i].Parent = "no.such.body"
			w = want{fmt.Sprintf("orgs[%d].parent", i), chidao.CodeNotFound}
		case 3:
			d.Orgs[i].Parent = d.Orgs[i].Key
			w = want{fmt.Sprintf("orgs[%d].parent", i), org.CodeCycle}
		case 4:
			d.Orgs[i].Successors = append(d.Orgs[i].Successors, org.Successor{Key: "no.such.body", Change: org.ChangeMerged})
			if d.Orgs[i].Until.IsZero() {
				w = want{fmt.Sprintf("orgs[%d].valid_until", i), org.CodeSuccessorWithoutEnd}
				d.Orgs[i].Successors = d.Orgs[i].Successors[:len(d.Orgs[i].Successors)-1]
				d.Orgs[i].Successors = append(d.Orgs[i].Successors, org.Successor{Key: d.Orgs[0].Key, Change: org.ChangeMerged})
				break
			}
			w = want{fmt.Sprintf("orgs[%d].successors[%d].key", i, len(d.Orgs[i].Successors)-1), chidao.CodeNotFound}
		case 5:
			d.Orgs = append(d.Orgs, d.Orgs[i])
			d.Orgs[len(d.Orgs)-1].Successors = nil
			w = want{fmt.Sprintf("orgs[%d].key", len(d.Orgs)-1), chidao.CodeDuplicate}
		case 6:
			d.Relations = append(d.Relations, org.RelationSpec{Type: org.RelationLeads, From: d.Orgs[i].Key, To: "no.such.body"})
			w = want{fmt.Sprintf("relations[%d].to", len(d.Relations)-1), chidao.CodeNotFound}
		}
		_, err := org.New(d)
		var ve *chidao.ValidationError
		if !errors.As(err, &ve) {
			t.Fatalf("New after break %v: err = %v", w, err)
		}
		if len(ve.Errors) != 1 || ve.Errors[0].Path != w.path || ve.Errors[0].Code != w.code {
			var got []string
			for _, fe := range ve.Errors {
				got = append(got, fe.Path+" "+string(fe.Code))
			}
			t.Fatalf("New after break: got %v, want exactly [%s %s]", got, w.path, w.code)
		}
	})
}
