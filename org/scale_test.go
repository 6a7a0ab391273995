package org_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
	"github.com/google/go-cmp/cmp"
)

// chain returns n departments, each the parent of the next; with loop the
// first one's parent is the last.
func chain(n int, loop bool) org.Data {
	d := org.Data{Schema: org.Schema, Name: "chain"}
	for i := range n {
		s := org.OrgSpec{Key: fmt.Sprintf("o%d", i), Name: fmt.Sprintf("Phòng %d", i),
			Kind: org.KindDepartment, Bloc: org.BlocState, Level: org.LevelProvince}
		switch {
		case i > 0:
			s.Parent = fmt.Sprintf("o%d", i-1)
		case loop:
			s.Parent = fmt.Sprintf("o%d", n-1)
		}
		d.Orgs = append(d.Orgs, s)
	}
	return d
}

const deep = 40000

func TestDeepChain(t *testing.T) {
	r, err := org.New(chain(deep, false))
	if err != nil {
		t.Fatal(err)
	}
	last, _ := r.Org(fmt.Sprintf("o%d", deep-1))
	if got := len(r.Ancestors(last, chidao.MustDate(2024, 1, 1))); got != deep-1 {
		t.Errorf("the last body has %d ancestors, want %d", got, deep-1)
	}
}

func TestLongCycle(t *testing.T) {
	d := chain(deep, true)
	// A tail hanging off the loop is not on it.
	d.Orgs = append(d.Orgs, org.OrgSpec{Key: "tail", Name: "Phòng lẻ", Kind: org.KindDepartment,
		Bloc: org.BlocState, Level: org.LevelProvince, Parent: "o7"})
	_, err := org.New(d)
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("New: %v", err)
	}
	if len(ve.Errors) != deep {
		t.Fatalf("%d findings, want one per body on the loop (%d)", len(ve.Errors), deep)
	}
	for i, fe := range ve.Errors {
		if want := fmt.Sprintf("orgs[%d].parent", i); fe.Path != want || fe.Code != org.CodeCycle {
			t.Fatalf("finding %d = %s %s, want %s %s", i, fe.Path, fe.Code, want, org.CodeCycle)
		}
	}
}

// Oversized values are reported, each at its path, and the error text
// shows only the start of them.
func TestValueLimits(t *testing.T) {
	big := strings.Repeat("Ủy ban ", 1<<20) // 9 MB
	d := chain(3, false)
	d.Name = big
	d.Orgs[0].Name = big
	d.Orgs[1].Aliases = []string{"ok", big}
	d.Orgs[2].Note = big
	d.Orgs[2].Key = strings.Repeat("k", org.MaxKeyLen+1)
	d.Groups = []org.GroupSpec{{Key: "g", Name: "Các phòng", Phrases: []string{big}}}
	d.Relations = []org.RelationSpec{{Type: org.RelationLeads, From: "o0", To: big}}
	_, err := org.New(d)
	assertFindings(t, err, map[string]chidao.Code{
		"name":                 chidao.CodeTooLong,
		"orgs[0].name":         chidao.CodeTooLong,
		"orgs[1].aliases[1]":   chidao.CodeTooLong,
		"orgs[2].note":         chidao.CodeTooLong,
		"orgs[2].key":          chidao.CodeTooLong,
		"groups[0].phrases[0]": chidao.CodeTooLong,
		"relations[0].to":      chidao.CodeNotFound,
	})
	if len(err.Error()) > 1000 {
		t.Errorf("error text is %d bytes", len(err.Error()))
	}
	var ve *chidao.ValidationError
	errors.As(err, &ve)
	for _, fe := range ve.Errors {
		if len(fe.Message) > 500 {
			t.Errorf("%s: message of %d bytes", fe.Path, len(fe.Message))
		}
		if v, ok := fe.Value.(string); ok && utf8.RuneCountInString(v) > 65 {
			t.Errorf("%s: value of %d runes", fe.Path, utf8.RuneCountInString(v))
		}
	}
	if !errors.Is(err, chidao.ErrInvalid) {
		t.Error("too long is not chidao.ErrInvalid")
	}
	if d.Orgs[1].Aliases[1] != big {
		t.Error("New changed the caller's data")
	}
}

// saved returns d in the registry JSON format.
func saved(tb testing.TB, d org.Data) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := org.Save(&buf, d); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestLoadDeepChainAndLoop(t *testing.T) {
	r, err := org.Load(bytes.NewReader(saved(t, chain(deep, false))))
	if err != nil || r.Len() != deep {
		t.Fatalf("chain of %d: %v", deep, err)
	}
	_, err = org.Load(bytes.NewReader(saved(t, chain(deep, true))))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != deep {
		t.Fatalf("loop of %d: %.200v", deep, err)
	}
	for _, fe := range ve.Errors {
		if fe.Code != org.CodeCycle {
			t.Fatalf("finding %s %s", fe.Path, fe.Code)
		}
	}
}

// An unknown field in every one of many bodies is reported for each, on
// its own line.
func TestLoadManyUnknownFields(t *testing.T) {
	const n = 30000 // a few MB
	in := saved(t, chain(n, false))
	in = bytes.ReplaceAll(in, []byte(`"kind": "department",`), []byte(`"kind": "department", "colour": "xanh",`))
	_, err := org.Load(bytes.NewReader(in))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != n {
		t.Fatalf("%.200v", err)
	}
	lines := map[string]bool{}
	for i, fe := range ve.Errors {
		if want := fmt.Sprintf("orgs[%d].colour", i); fe.Path != want || fe.Code != org.CodeUnknownField {
			t.Fatalf("finding %d = %s %s, want %s", i, fe.Path, fe.Code, want)
		}
		_, where, _ := strings.Cut(fe.Message, "(line ")
		lines[where] = true
	}
	if len(lines) != n {
		t.Errorf("%d distinct places for %d findings", len(lines), n)
	}
}

// Every field of the format survives Save and Load, so the reader knows
// each of them.
func TestLoadEveryField(t *testing.T) {
	d := org.Data{Schema: org.Schema, Name: "Tỉnh Kiên Bình", Orgs: []org.OrgSpec{
		{Key: "p", Name: "Tỉnh Kiên Bình", ShortName: "Kiên Bình", Kind: org.KindProvince, Bloc: org.BlocState,
			Level: org.LevelProvince, Area: "p", GSOCode: "99"},
		{Key: "p.ubnd", Name: "Ủy ban nhân dân tỉnh Kiên Bình", ShortName: "UBND tỉnh", Abbrev: "UBND", SharedAbbrev: true,
			Aliases: []string{"UBND tỉnh Kiên Bình"}, Kind: org.KindPeoplesCommittee, Bloc: org.BlocState, Level: org.LevelProvince,
			Collective: true, QCVNCode: "000.00.00.H99", Area: "p", Unconfirmed: []string{"qcvn_code"}, Note: "n", Source: "s"},
		{Key: "p.a", Name: "Sở A", Kind: org.KindDepartment, Bloc: org.BlocState, Level: org.LevelProvince, Parent: "p.ubnd", Area: "p",
			Validity:   org.Validity{From: chidao.MustDate(2020, 1, 1), Until: chidao.MustDate(2025, 3, 1)},
			Successors: []org.Successor{{Key: "p.b", Change: org.ChangeRenamed}}},
		{Key: "p.b", Name: "Sở B", Kind: org.KindDepartment, Bloc: org.BlocState, Level: org.LevelProvince, Parent: "p.ubnd", Area: "p",
			Validity: org.Validity{From: chidao.MustDate(2025, 3, 1)}},
	}, Relations: []org.RelationSpec{{Type: org.RelationGuides, From: "p.a", To: "p.ubnd",
		Validity: org.Validity{From: chidao.MustDate(2021, 1, 1), Until: chidao.MustDate(2024, 1, 1)}, Unconfirmed: true, Note: "n", Source: "s"}},
		Groups: []org.GroupSpec{{Key: "g", Name: "Các Sở", Phrases: []string{"Các Sở", "Các sở, ngành"}, Under: "p.ubnd",
			Kinds: []org.Kind{org.KindDepartment}, Levels: []org.Level{org.LevelProvince},
			Validity: org.Validity{From: chidao.MustDate(2020, 1, 1), Until: chidao.MustDate(2030, 1, 1)}, Note: "n"}},
	}
	r, err := org.Load(bytes.NewReader(saved(t, d)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, r.Data(), dataCmp...); diff != "" {
		t.Errorf("(-saved +loaded):\n%s", diff)
	}
}

// bigRegistry returns a province with n districts, each with a people's
// committee and departments under it: about 6n bodies.
func bigRegistry(n int) org.Data {
	d := org.Data{Schema: org.Schema, Name: "big"}
	add := func(s org.OrgSpec) { d.Orgs = append(d.Orgs, s) }
	add(org.OrgSpec{Key: "p", Name: "Tỉnh Kiên Bình", ShortName: "Kiên Bình", Kind: org.KindProvince, Bloc: org.BlocState, Level: org.LevelProvince, Area: "p"})
	add(org.OrgSpec{Key: "p.ubnd", Name: "Ủy ban nhân dân tỉnh Kiên Bình", Abbrev: "UBND", Kind: org.KindPeoplesCommittee, Bloc: org.BlocState, Level: org.LevelProvince, Area: "p"})
	for i := range n {
		h := fmt.Sprintf("p.h%d", i)
		add(org.OrgSpec{Key: h, Name: fmt.Sprintf("Huyện Số %d", i), ShortName: fmt.Sprintf("Số %d", i), Kind: org.KindDistrict,
			Bloc: org.BlocState, Level: org.LevelDistrict, Parent: "p", Area: h})
		add(org.OrgSpec{Key: h + ".ubnd", Name: fmt.Sprintf("Ủy ban nhân dân huyện Số %d", i), Abbrev: "UBND", Kind: org.KindPeoplesCommittee,
			Bloc: org.BlocState, Level: org.LevelDistrict, Parent: "p.ubnd", Area: h})
		for j, name := range []string{"Phòng Tư pháp", "Phòng Y tế", "Phòng Nội vụ", "Phòng Tài chính"} {
			add(org.OrgSpec{Key: fmt.Sprintf("%s.ubnd.p%d", h, j), Name: fmt.Sprintf("%s huyện Số %d", name, i), Kind: org.KindDepartment,
				Bloc: org.BlocState, Level: org.LevelDistrict, Parent: h + ".ubnd", Area: h})
		}
	}
	d.Groups = []org.GroupSpec{{Key: "g", Name: "UBND các huyện", Under: "p.ubnd", Kinds: []org.Kind{org.KindPeoplesCommittee}, Levels: []org.Level{org.LevelDistrict}}}
	return d
}

func BenchmarkLoad(b *testing.B) {
	for _, c := range []struct {
		name string
		d    org.Data
	}{
		{"hanoi", org.HaNoi().Data()},
		{"generated-24k", bigRegistry(4000)},
		{"chain-40k", chain(deep, false)},
	} {
		in := saved(b, c.d)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := org.Load(bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	in := saved(b, chain(deep, true))
	b.Run("loop-40k", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := org.Load(bytes.NewReader(in)); err == nil {
				b.Fatal("a loop loaded")
			}
		}
	})
}
