package org_test

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"maps"
	"strings"
	"testing"
	"unicode/utf8"

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

func TestLoadStrict(t *testing.T) {
	const head = `{"schema": "chidao.org.registry/v1", `
	const body = `"key": "a", "name": "A", "kind": "department", "bloc": "state", "level": "province"`
	tests := []struct {
		name, in string
		want     map[string]chidao.Code
		says     string // a part of the message of the first finding
	}{
		{"unknown top-level field", head + `"orgs": [], "colour": 1}`,
			map[string]chidao.Code{"colour": org.CodeUnknownField}, "unknown field"},
		{"case variant", head + `"orgs": [{"key": "a", "Name": "A", "kind": "department", "bloc": "state", "level": "province"}]}`,
			map[string]chidao.Code{"orgs[0].Name": org.CodeUnknownField, "orgs[0].name": chidao.CodeRequired}, `did you mean "name"`},
		{"case variant top-level", `{"Schema": "chidao.org.registry/v1", "orgs": []}`,
			map[string]chidao.Code{"Schema": org.CodeUnknownField, "schema": chidao.CodeInvalid}, `did you mean "schema"`},
		{"duplicate field", head + `"orgs": [{` + body + `, "name": "B"}]}`,
			map[string]chidao.Code{"orgs[0].name": chidao.CodeDuplicate}, "given twice"},
		{"duplicate top-level field", head + `"orgs": [], "orgs": []}`,
			map[string]chidao.Code{"orgs": chidao.CodeDuplicate}, "given twice"},
		{"trailing data", head + `"orgs": []} {}`,
			map[string]chidao.Code{"$": org.CodeSyntax}, "data after the registry"},
		{"trailing garbage", head + `"orgs": []}]`,
			map[string]chidao.Code{"$": org.CodeSyntax}, "data after the registry"},
		{"truncated", head + `"orgs": [{` + body,
			map[string]chidao.Code{"orgs[0]": org.CodeSyntax}, "ends too soon"},
		{"truncated in a string", head + `"orgs": [{"key": "a`,
			map[string]chidao.Code{"orgs[0].key": org.CodeSyntax}, "line 1"},
		{"malformed", head + `"orgs": [{"key": "a",, }]}`,
			map[string]chidao.Code{"orgs[0]": org.CodeSyntax}, "malformed JSON"},
		{"empty", " \n", map[string]chidao.Code{"$": org.CodeSyntax}, "empty"},
		{"not an object", `["chidao.org.registry/v1"]`, map[string]chidao.Code{"$": chidao.CodeInvalid}, "want an object, not a list"},
		{"element not an object", head + `"orgs": [5]}`, map[string]chidao.Code{"orgs[0]": chidao.CodeInvalid}, "want an object, not a number"},
		{"unknown relation type", head + `"orgs": [{` + body + `}, {"key": "b", "name": "B", "kind": "department", "bloc": "state", "level": "province"}],
			"relations": [{"type": "owns", "from": "a", "to": "b"}]}`,
			map[string]chidao.Code{"relations[0].type": chidao.CodeInvalid}, `unknown type "owns"`},
		{"unknown successor change", head + `"orgs": [{` + body + `, "valid_until": "2025-01-01", "successors": [{"key": "b", "change": "vanished"}]},
			{"key": "b", "name": "B", "kind": "department", "bloc": "state", "level": "province"}]}`,
			map[string]chidao.Code{"orgs[0].successors[0].change": chidao.CodeInvalid}, `unknown change "vanished"`},
		{"unknown group kind", head + `"orgs": [], "groups": [{"key": "g", "name": "G", "kinds": ["department", "planet"]}]}`,
			map[string]chidao.Code{"groups[0].kinds[1]": chidao.CodeInvalid}, `unknown kind "planet"`},
		// A problem at the top does not hide the others.
		{"every problem at once", `{"schema": "v0", "colour": 1, "orgs": [
			{"key": "a", "name": "A", "kind": "planet", "bloc": "state", "level": "province", "x": 1},
			{"key": "b", "name": "B", "kind": "department", "bloc": "state", "level": "province", "parent": "zz"}],
			"relations": [{"type": "owns", "from": "a", "to": "b"}]}`,
			map[string]chidao.Code{"schema": chidao.CodeInvalid, "colour": org.CodeUnknownField, "orgs[0].kind": chidao.CodeInvalid,
				"orgs[0].x": org.CodeUnknownField, "orgs[1].parent": chidao.CodeNotFound, "relations[0].type": chidao.CodeInvalid}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := org.Load(strings.NewReader(tt.in))
			assertFindings(t, err, tt.want)
			if err != nil && !strings.Contains(err.Error(), tt.says) {
				t.Errorf("%v\ndoes not say %q", err, tt.says)
			}
			if !errors.Is(err, chidao.ErrInvalid) && !errors.Is(err, chidao.ErrDuplicate) && !errors.Is(err, chidao.ErrNotFound) {
				t.Errorf("%v has no chidao class", err)
			}
		})
	}
}

// Each finding in the JSON gives the line of its own element, even when
// elements are identical.
func TestLoadLines(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"schema": "chidao.org.registry/v1", "orgs": [` + "\n")
	const n = 5
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`  {"key": "a", "colour": 1}`)
	}
	b.WriteString("\n]}\n")
	_, err := org.Load(strings.NewReader(b.String()))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatal(err)
	}
	found := 0
	for _, fe := range ve.Errors {
		if fe.Code != org.CodeUnknownField {
			continue
		}
		var i int
		if _, err := fmt.Sscanf(fe.Path, "orgs[%d].colour", &i); err != nil {
			t.Fatalf("path %s", fe.Path)
		}
		if want := fmt.Sprintf("(line %d, column 16)", i+2); !strings.HasSuffix(fe.Message, want) {
			t.Errorf("%s: %s, want %s", fe.Path, fe.Message, want)
		}
		found++
	}
	if found != n {
		t.Errorf("%d unknown fields found, want %d", found, n)
	}
}

// endless yields spaces for ever and counts them.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	e.n += len(p)
	return len(p), nil
}

func TestLoadSizeLimit(t *testing.T) {
	src := &endless{}
	_, err := org.Load(io.MultiReader(strings.NewReader(`{"schema": "chidao.org.registry/v1", "orgs": []}`), src))
	assertFindings(t, err, map[string]chidao.Code{"$": chidao.CodeTooLong})
	if !errors.Is(err, chidao.ErrInvalid) {
		t.Errorf("%v is not chidao.ErrInvalid", err)
	}
	if src.n > org.MaxRegistrySize+1<<16 {
		t.Errorf("Load read %d bytes of an endless input", src.n)
	}
	// At the limit, it is read.
	in := `{"schema": "chidao.org.registry/v1", "orgs": []}`
	in += strings.Repeat(" ", org.MaxRegistrySize-len(in))
	if _, err := org.Load(strings.NewReader(in)); err != nil {
		t.Errorf("a registry of exactly MaxRegistrySize bytes: %v", err)
	}
}

// A huge value is reported with its start only.
func TestLoadHugeValues(t *testing.T) {
	big := strings.Repeat("Ủy ban ", 400_000) // 3.6 MB
	in := `{"schema": "chidao.org.registry/v1", "orgs": [
		{"key": "a", "name": "` + big + `", "kind": "department", "bloc": "state", "level": "province"},
		{"key": "b", "name": "B", "kind": "` + big + `", "bloc": "state", "level": "province"},
		{"key": "c", "name": "C", "kind": "department", "bloc": "state", "level": "province", "valid_from": "` + big + `", "` + big + `": 1}]}`
	_, err := org.Load(strings.NewReader(in))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatal(err)
	}
	got := map[string]chidao.Code{}
	unknown := 0
	for _, fe := range ve.Errors {
		got[fe.Path] = fe.Code
		if fe.Code == org.CodeUnknownField && strings.HasPrefix(fe.Path, "orgs[2].Ủy ban") {
			unknown++
		}
	}
	for p, c := range map[string]chidao.Code{"orgs[0].name": chidao.CodeTooLong, "orgs[1].kind": chidao.CodeInvalid,
		"orgs[2].valid_from": chidao.CodeInvalid} {
		if got[p] != c {
			t.Errorf("%s: %q, want %s", p, got[p], c)
		}
	}
	if len(ve.Errors) != 4 || unknown != 1 {
		t.Errorf("%d findings, want 4 with the unknown field: %v", len(ve.Errors), err)
	}
	if n := len(err.Error()); n > 1000 {
		t.Errorf("the error text is %d bytes", n)
	}
	for _, fe := range ve.Errors {
		if len(fe.Path) > 300 || len(fe.Message) > 1000 {
			t.Errorf("finding of %d + %d bytes", len(fe.Path), len(fe.Message))
		}
		if s, ok := fe.Value.(string); ok && utf8.RuneCountInString(s) > 65 {
			t.Errorf("%s: value of %d runes", fe.Path, utf8.RuneCountInString(s))
		}
	}
}
