package org_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
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
