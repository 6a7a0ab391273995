package org_test

import (
	"bytes"
	"strings"
	"testing"

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
