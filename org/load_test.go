package org_test

import (
	"bytes"
	"encoding"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

// A registry saved with the old hyphenated codes loads, and is saved back
// in snake_case.
func TestLoadLegacyCodes(t *testing.T) {
	old := strings.NewReplacer(`"peoples_committee"`, `"peoples-committee"`).Replace(smallRegistry)
	old = strings.Replace(old, `"relations": [`, `"relations": [{"type": "acts-for", "from": "p.btv", "to": "p.tu"}, `, 1)
	old = strings.Replace(old, `"orgs": [`, `"orgs": [
  {"key": "p.tu", "name": "Tỉnh ủy Kiên Bình", "kind": "party-committee", "bloc": "party", "level": "province", "area": "p"},
  {"key": "p.btv", "name": "Ban Thường vụ Tỉnh ủy Kiên Bình", "kind": "party-standing-board", "bloc": "party", "level": "province", "parent": "p.tu", "area": "p"},`, 1)
	if old == smallRegistry || !strings.Contains(old, "peoples-committee") {
		t.Fatal("the test input was not rewritten")
	}
	r, err := org.Load(strings.NewReader(old))
	if err != nil {
		t.Fatal(err)
	}
	btv, ok := r.Org("p.btv")
	if !ok || btv.Kind() != org.KindPartyStandingBoard {
		t.Fatalf("p.btv = %v", btv)
	}
	if ubnd, _ := r.Org("p.ubnd"); ubnd.Kind() != org.KindPeoplesCommittee {
		t.Fatalf("p.ubnd kind = %v", ubnd.Kind())
	}
	var buf bytes.Buffer
	if err := org.Save(&buf, r.Data()); err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{`"party_standing_board"`, `"party_committee"`, `"peoples_committee"`, `"acts_for"`} {
		if !bytes.Contains(buf.Bytes(), []byte(code)) {
			t.Errorf("saved registry lacks %s", code)
		}
	}
	for _, code := range []string{"party-standing-board", "party-committee", "peoples-committee", "acts-for"} {
		if bytes.Contains(buf.Bytes(), []byte(code)) {
			t.Errorf("saved registry still writes %s", code)
		}
	}
}

// No enum writes a value outside its table, and every unknown value is
// chidao.ErrInvalid, whether read, written or built.
func TestUnknownEnumValues(t *testing.T) {
	marshalers := map[string]encoding.TextMarshaler{
		"kind": org.Kind(42), "bloc": org.Bloc(42), "level": org.Level(42),
		"change": org.Change(42), "type": org.RelationType(42),
	}
	for name, m := range marshalers {
		text, err := m.MarshalText()
		if err == nil || !errors.Is(err, chidao.ErrInvalid) || text != nil {
			t.Errorf("%s: MarshalText of 42 = %q, %v; want an ErrInvalid", name, text, err)
		}
	}
	unmarshalers := map[string]encoding.TextUnmarshaler{
		"kind": new(org.Kind), "bloc": new(org.Bloc), "level": new(org.Level),
		"change": new(org.Change), "type": new(org.RelationType),
	}
	for name, u := range unmarshalers {
		err := u.UnmarshalText([]byte("planet"))
		if !errors.Is(err, chidao.ErrInvalid) || !strings.Contains(err.Error(), "planet") {
			t.Errorf("%s: UnmarshalText(planet) = %v; want an ErrInvalid naming the value", name, err)
		}
	}
	if _, err := org.ParseKind("planet"); !errors.Is(err, chidao.ErrInvalid) {
		t.Errorf("ParseKind(planet) = %v", err)
	}

	// Save refuses data holding such a value.
	d := org.Data{Orgs: []org.OrgSpec{{Key: "a", Name: "A", Kind: org.Kind(42), Bloc: org.BlocState, Level: org.LevelProvince}}}
	var buf bytes.Buffer
	if err := org.Save(&buf, d); !errors.Is(err, chidao.ErrInvalid) || strings.Contains(buf.String(), "org.Kind") {
		t.Errorf("Save of Kind(42) = %v, wrote %q", err, buf.String())
	}

	// New reports it at its path as invalid, not as missing.
	d.Orgs[0].Bloc = org.Bloc(9)
	d.Relations = []org.RelationSpec{{Type: org.RelationType(7), From: "a", To: "a"}}
	_, err := org.New(d)
	assertFindings(t, err, map[string]chidao.Code{
		"orgs[0].kind": chidao.CodeInvalid, "orgs[0].bloc": chidao.CodeInvalid, "relations[0].type": chidao.CodeInvalid,
	})
	if !errors.Is(err, chidao.ErrInvalid) {
		t.Errorf("New: %v is not ErrInvalid", err)
	}

	// Load reports unknown codes at their paths.
	_, err = org.Load(strings.NewReader(`{"schema": "chidao.org.registry/v1", "orgs": [
		{"key": "a", "name": "A", "kind": "planet", "bloc": "state", "level": "province"},
		{"key": "b", "name": "B", "kind": "department", "bloc": "moon", "level": "province"},
		{"key": "c", "name": "C", "kind": "department", "bloc": "state", "level": "galaxy"}]}`))
	assertFindings(t, err, map[string]chidao.Code{
		"orgs[0].kind": chidao.CodeInvalid, "orgs[1].bloc": chidao.CodeInvalid, "orgs[2].level": chidao.CodeInvalid,
	})
	if !errors.Is(err, chidao.ErrInvalid) {
		t.Errorf("Load: %v is not ErrInvalid", err)
	}
}

// assertFindings checks that err is a ValidationError with exactly the
// given findings, by path.
func assertFindings(t *testing.T, err error, want map[string]chidao.Code) {
	t.Helper()
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v, want a *chidao.ValidationError", err)
	}
	got := map[string]chidao.Code{}
	for _, fe := range ve.Errors {
		if _, dup := got[fe.Path]; dup {
			t.Errorf("two findings at %s: %v", fe.Path, err)
		}
		got[fe.Path] = fe.Code
		if fe.Message == "" {
			t.Errorf("%s: finding without a message", fe.Path)
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("findings %v, want %v\n%v", got, want, ve.Errors)
	}
}
