package org_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

const smallRegistry = `{"schema": "chidao.org.registry/v1", "name": "Fuzz",
 "orgs": [
  {"key": "p", "name": "Tỉnh Kiên Bình", "short_name": "Kiên Bình", "kind": "province", "bloc": "state", "level": "province", "area": "p"},
  {"key": "p.ubnd", "name": "Ủy ban nhân dân tỉnh Kiên Bình", "abbrev": "UBND", "kind": "peoples_committee", "bloc": "state", "level": "province", "collective": true, "area": "p"},
  {"key": "p.syt", "name": "Sở Y tế", "abbrev": "SYT", "kind": "department", "bloc": "state", "level": "province", "parent": "p.ubnd", "area": "p", "valid_until": "2025-03-01", "successors": [{"key": "p.syt2", "change": "renamed"}]},
  {"key": "p.syt2", "name": "Sở Y tế và Dân số", "kind": "department", "bloc": "state", "level": "province", "parent": "p.ubnd", "area": "p", "valid_from": "2025-03-01"}
 ],
 "relations": [{"type": "guides", "from": "p.syt", "to": "p.ubnd", "valid_until": "2025-03-01"}],
 "groups": [{"key": "g", "name": "Các Sở, ngành tỉnh", "under": "p.ubnd", "kinds": ["department"]}]
}`

// FuzzLoad: Load never panics; it either builds a registry that saves and
// loads back to the same bytes, or returns path-addressed findings.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(smallRegistry))
	f.Add([]byte(`{"schema": "chidao.org.registry/v1", "orgs": [{"key": "a", "parent": "a"}]}`))
	f.Add([]byte(`{"schema": "chidao.org.registry/v1", "orgs": [{"key": 1}], "groups": [{"kinds": ["x"]}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"schema": "chidao.org.registry/v1", "orgs": null} {}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := org.Load(bytes.NewReader(in))
		if err != nil {
			var ve *chidao.ValidationError
			if !errors.As(err, &ve) || len(ve.Errors) == 0 {
				t.Fatalf("Load error is not a ValidationError: %v", err)
			}
			for _, fe := range ve.Errors {
				if fe.Path == "" || fe.Code == "" || fe.Message == "" {
					t.Fatalf("finding without a path, code or message: %#v", fe)
				}
				if len(fe.Message) > 2000 {
					t.Fatalf("%s: message of %d bytes", fe.Path, len(fe.Message))
				}
			}
			if !errors.Is(err, chidao.ErrInvalid) && !errors.Is(err, chidao.ErrRequired) && !errors.Is(err, chidao.ErrDuplicate) &&
				!errors.Is(err, chidao.ErrNotFound) {
				t.Fatalf("Load error has no chidao class: %v", err)
			}
			return
		}
		var a, b bytes.Buffer
		if err := org.Save(&a, r.Data()); err != nil {
			t.Fatal(err)
		}
		r2, err := org.Load(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatalf("reloading saved data: %v\n%s", err, a.Bytes())
		}
		if err := org.Save(&b, r2.Data()); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("save/load not stable: %v", err)
		}
	})
}

// FuzzMatch: Match never panics, and whatever it returns is consistent with
// the date: a found body is in force, a dissolved one has ended.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"UBND tỉnh Kiên Bình", "Sở Y tế", "SỞ Y TẾ TỈNH KIÊN BÌNH", "So Y te", "", "&&--",
		"Ủy ban nhân dân", "Uỷ ban", "\xff\xfe", "Sở Y tế và Dân số"} {
		f.Add(s, 2024, 5, 1)
		f.Add(s, 2025, 8, 1)
	}
	r, err := org.Load(strings.NewReader(smallRegistry))
	if err != nil {
		f.Fatal(err)
	}
	hanoi := org.HaNoi()
	f.Fuzz(func(t *testing.T, name string, y, m, d int) {
		date, err := chidao.NewDate(y, m, d)
		if err != nil {
			return
		}
		for _, reg := range []*org.Registry{r, hanoi} {
			res, err := reg.Match(name, date)
			if err != nil {
				if !errors.Is(err, org.ErrNoMatch) && !errors.Is(err, org.ErrAmbiguous) {
					t.Fatalf("Match(%q) error %v has no class", name, err)
				}
				continue
			}
			if res.Dissolved == res.Org.ValidAt(date) {
				t.Fatalf("Match(%q, %s) = %s dissolved=%v but valid=%v", name, date, res.Org, res.Dissolved, res.Org.ValidAt(date))
			}
			for _, s := range res.Successors {
				if !s.ValidAt(date) {
					t.Fatalf("successor %s not valid on %s", s, date)
				}
			}
		}
	})
}
