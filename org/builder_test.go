package org_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

func spec(key, name string, kind org.Kind, parent string) org.OrgSpec {
	return org.OrgSpec{Key: key, Name: name, Kind: kind, Bloc: org.BlocState, Level: org.LevelProvince, Parent: parent, Area: "p"}
}

func day(y, m, d int) chidao.Date { return chidao.MustDate(y, m, d) }

func base() *org.Builder {
	return org.NewBuilder("test").Add(
		spec("p", "Tỉnh Kiên Bình", org.KindProvince, ""),
		spec("ubnd", "Ủy ban nhân dân tỉnh Kiên Bình", org.KindPeoplesCommittee, ""),
	)
}

func TestBuilderRules(t *testing.T) {
	withValidity := func(s org.OrgSpec, from, until chidao.Date) org.OrgSpec {
		s.Validity = org.Validity{From: from, Until: until}
		return s
	}
	withAbbrev := func(s org.OrgSpec, a string) org.OrgSpec { s.Abbrev = a; return s }
	tests := []struct {
		name  string
		build *org.Builder
		path  string
		code  chidao.Code
	}{
		{"child outside parent",
			base().Add(withValidity(spec("a", "Sở A", org.KindDepartment, "ubnd"), day(2020, 1, 1), day(2025, 1, 1)),
				withValidity(spec("b", "Phòng B", org.KindOfficeDivision, "a"), day(2019, 1, 1), day(2024, 1, 1))),
			"orgs[3].valid_from", org.CodeOutsideParent},
		{"child outlives parent",
			base().Add(withValidity(spec("a", "Sở A", org.KindDepartment, "ubnd"), chidao.Date{}, day(2025, 1, 1)),
				spec("b", "Phòng B", org.KindOfficeDivision, "a")),
			"orgs[3].valid_until", org.CodeOutsideParent},
		{"successor gap",
			base().Add(func() org.OrgSpec {
				s := withValidity(spec("a", "Sở A", org.KindDepartment, "ubnd"), chidao.Date{}, day(2025, 3, 1))
				s.Successors = []org.Successor{{Key: "b", Change: org.ChangeRenamed}}
				return s
			}(), withValidity(spec("b", "Sở B", org.KindDepartment, "ubnd"), day(2025, 4, 1), chidao.Date{})),
			"orgs[2].successors[0].key", org.CodeSuccessorGap},
		{"sibling abbreviation",
			base().Add(withAbbrev(spec("a", "Sở A", org.KindDepartment, "ubnd"), "SA"),
				withAbbrev(spec("b", "Sở B", org.KindDepartment, "ubnd"), "sa")),
			"orgs[3].abbrev", org.CodeAbbrevConflict},
		{"relation outside an end",
			base().Add(withValidity(spec("a", "Sở A", org.KindDepartment, "ubnd"), day(2020, 1, 1), chidao.Date{})).
				Relate(org.RelationSpec{Type: org.RelationGuides, From: "a", To: "ubnd"}),
			"relations[0]", org.CodeRelationOutside},
		{"bad key",
			base().Add(spec("Sở A", "Sở A", org.KindDepartment, "ubnd")),
			"orgs[2].key", chidao.CodeInvalid},
		{"area not a unit",
			base().Add(func() org.OrgSpec { s := spec("a", "Sở A", org.KindDepartment, "ubnd"); s.Area = "ubnd"; return s }()),
			"orgs[2].area", chidao.CodeInvalid},
		{"group under unknown body",
			base().Group(org.GroupSpec{Key: "g", Name: "Các Sở", Under: "nope"}),
			"groups[0].under", chidao.CodeNotFound},
		{"unknown unconfirmed field",
			base().Add(func() org.OrgSpec {
				s := spec("a", "Sở A", org.KindDepartment, "ubnd")
				s.Unconfirmed = []string{"colour"}
				return s
			}()),
			"orgs[2].unconfirmed[0]", chidao.CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.build.Build()
			var ve *chidao.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Build: %v", err)
			}
			if len(ve.Errors) != 1 || ve.Errors[0].Path != tt.path || ve.Errors[0].Code != tt.code {
				t.Fatalf("Build: %v, want exactly %s %s", err, tt.path, tt.code)
			}
			if ve.Errors[0].Message == "" {
				t.Error("finding has no message")
			}
		})
	}
	// Every body on a cycle is reported.
	_, err := base().Add(spec("a", "Sở A", org.KindDepartment, "b"), spec("b", "Sở B", org.KindDepartment, "a")).Build()
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 2 || ve.Errors[0].Path != "orgs[2].parent" || ve.Errors[1].Path != "orgs[3].parent" ||
		ve.Errors[0].Code != org.CodeCycle || ve.Errors[1].Code != org.CodeCycle {
		t.Errorf("two-body cycle: %v", err)
	}
	// Siblings may share an abbreviation when both say so (/TW), or when
	// they never coexist.
	shared := func(s org.OrgSpec) org.OrgSpec { s.SharedAbbrev = true; return s }
	if _, err := base().Add(shared(withAbbrev(spec("a", "Bộ Chính trị", org.KindCentral, "ubnd"), "TW")),
		shared(withAbbrev(spec("b", "Ban Bí thư", org.KindCentral, "ubnd"), "TW"))).Build(); err != nil {
		t.Errorf("shared abbreviation rejected: %v", err)
	}
	if _, err := base().Add(withAbbrev(withValidity(spec("a", "Sở A", org.KindDepartment, "ubnd"), chidao.Date{}, day(2025, 3, 1)), "SA"),
		withAbbrev(withValidity(spec("b", "Sở B", org.KindDepartment, "ubnd"), day(2025, 3, 1), chidao.Date{}), "SA")).Build(); err != nil {
		t.Errorf("abbreviation reused after the first body ended rejected: %v", err)
	}
}

func TestExpandRelativeToIssuer(t *testing.T) {
	r, err := base().Add(
		spec("h", "Ủy ban nhân dân huyện Đông Xuân", org.KindPeoplesCommittee, "ubnd"),
		spec("h.tp", "Phòng Tư pháp huyện Đông Xuân", org.KindDepartment, "h"),
		spec("h.yt", "Phòng Y tế huyện Đông Xuân", org.KindDepartment, "h"),
		spec("syt", "Sở Y tế tỉnh Kiên Bình", org.KindDepartment, "ubnd"),
	).Group(org.GroupSpec{Key: "g", Name: "Các phòng, ban chuyên môn", Under: org.UnderIssuer,
		Kinds: []org.Kind{org.KindDepartment}}).Build()
	if err != nil {
		t.Fatal(err)
	}
	h, _ := r.Org("h")
	got, err := r.Expand("các phòng, ban chuyên môn", h, day(2024, 1, 1))
	if err != nil || len(got) != 2 || got[0].Key() != "h.tp" || got[1].Key() != "h.yt" {
		t.Fatalf("Expand relative to the district = %v, %v", got, err)
	}
	ubnd, _ := r.Org("ubnd")
	got, err = r.Expand("các phòng, ban chuyên môn", ubnd, day(2024, 1, 1))
	if err != nil || len(got) != 1 || got[0].Key() != "syt" {
		t.Fatalf("Expand relative to the province = %v, %v", got, err)
	}
	if _, err := r.Expand("các phòng, ban chuyên môn", nil, day(2024, 1, 1)); err == nil {
		t.Error("a relative class without an issuer expanded")
	}
}
