package org

import (
	"encoding"
	"strings"
	"testing"
)

// checkEnum checks one enum table through the methods of its type: every
// specified value has a distinct code and a label, and its text form reads
// back to the same value.
func checkEnum[E ~uint8, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, tab *enum[E], count E, str, label func(E) string, marshal func(E) ([]byte, error)) {
	t.Helper()
	if len(tab.entries) != int(count) {
		t.Fatalf("%s: %d entries, want %d", tab.name, len(tab.entries), count)
	}
	if str(0) != "" {
		t.Errorf("%s: the unspecified value is written %q, want \"\"", tab.name, str(0))
	}
	seen := map[string]E{}
	for v := E(1); v < count; v++ {
		code, lab := str(v), label(v)
		if code == "" || lab == "" {
			t.Errorf("%s(%d): code %q, label %q", tab.name, v, code, lab)
		}
		if prev, dup := seen[code]; dup {
			t.Errorf("%s: %d and %d share the code %q", tab.name, prev, v, code)
		}
		seen[code] = v
		text, err := marshal(v)
		if err != nil || string(text) != code {
			t.Errorf("%s(%d).MarshalText = %q, %v; want %q", tab.name, v, text, err, code)
		}
		var back E
		if err := P(&back).UnmarshalText(text); err != nil || back != v {
			t.Errorf("%s: UnmarshalText(%q) = %d, %v; want %d", tab.name, text, back, err, v)
		}
	}
	var back E = 1
	if err := P(&back).UnmarshalText([]byte("no-such-code")); err == nil || back != 0 {
		t.Errorf("%s: UnmarshalText of an unknown code = %d, %v", tab.name, back, err)
	}
	if want := tab.name + "(200)"; str(200) != want {
		t.Errorf("%s: String(200) = %q, want %q", tab.name, str(200), want)
	}
}

func TestEnumTables(t *testing.T) {
	checkEnum[Kind, *Kind](t, kinds, kindCount, Kind.String, Kind.Label, Kind.MarshalText)
	checkEnum[Bloc, *Bloc](t, blocs, blocCount, Bloc.String, Bloc.Label, Bloc.MarshalText)
	checkEnum[Level, *Level](t, levels, levelCount, Level.String, Level.Label, Level.MarshalText)
	checkEnum[Change, *Change](t, changes, changeCount, Change.String, Change.Label, Change.MarshalText)
	checkEnum[RelationType, *RelationType](t, relationTypes, relationCount, RelationType.String, RelationType.Label, RelationType.MarshalText)
}

// The constants keep their values: saved programs may compare numbers.
func TestEnumValuesStable(t *testing.T) {
	got := []int{int(KindCommune), int(BlocPress), int(LevelCommune), int(ChangeAbolished), int(RelationActsFor),
		int(KindPeoplesCommittee), int(KindPartyStandingBoard)}
	want := []int{14, 4, 4, 4, 4, 6, 3}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("constant %d = %d, want %d", i, got[i], want[i])
		}
	}
}

// Registries saved with hyphenated codes still load.
func TestEnumLegacySpelling(t *testing.T) {
	n := 0
	check := func(name string, codes []enumEntry, parse func(string) (int, error)) {
		for want, e := range codes {
			old := strings.ReplaceAll(e.code, "_", "-")
			if old == e.code {
				continue
			}
			n++
			if got, err := parse(old); err != nil || got != want {
				t.Errorf("%s: %q reads as %d, %v; want %d", name, old, got, err, want)
			}
		}
	}
	check("kind", kinds.entries, func(s string) (int, error) { var v Kind; err := v.UnmarshalText([]byte(s)); return int(v), err })
	check("relation", relationTypes.entries, func(s string) (int, error) {
		var v RelationType
		err := v.UnmarshalText([]byte(s))
		return int(v), err
	})
	if n < 7 {
		t.Errorf("%d multi-word codes, want at least 7", n)
	}
}
