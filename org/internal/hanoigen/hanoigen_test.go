package hanoigen

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
	"golang.org/x/text/unicode/norm"
)

const committed = "../../data/hanoi.json"

// load reads the committed registry as package org does.
func load(t *testing.T) org.Data {
	t.Helper()
	f, err := os.Open(committed)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := org.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return r.Data()
}

// date parses a YYYY-MM-DD day of the tests.
func date(t *testing.T, s string) chidao.Date {
	t.Helper()
	d, err := chidao.ParseISODate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCommittedFileMatchesGenerator(t *testing.T) {
	got, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run `go generate ./org` (go run ./internal/hanoigen/cmd/hanoigen data/hanoi.json)", committed)
	}
	again, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, again) {
		t.Fatal("Generate is not deterministic")
	}
	if !bytes.HasSuffix(got, []byte("}\n")) || !bytes.HasPrefix(got, []byte("{\n  \"schema\"")) {
		t.Fatal("output is not 2-space indented JSON with a trailing newline")
	}
}

func TestValidate(t *testing.T) {
	if err := Validate(load(t)); err != nil {
		t.Fatal(err)
	}
}

func TestKeysAndReferences(t *testing.T) {
	reg := load(t)
	keys := map[string]bool{}
	for _, o := range reg.Orgs {
		if keys[o.Key] {
			t.Errorf("duplicate key %s", o.Key)
		}
		keys[o.Key] = true
	}
	for _, o := range reg.Orgs {
		if o.Parent != "" && !keys[o.Parent] {
			t.Errorf("%s: parent %s does not exist", o.Key, o.Parent)
		}
		if o.Area != "" && !keys[o.Area] {
			t.Errorf("%s: area %s does not exist", o.Key, o.Area)
		}
		for _, s := range o.Successors {
			if !keys[s.Key] {
				t.Errorf("%s: successor %s does not exist", o.Key, s.Key)
			}
		}
		if len(o.Successors) > 0 && o.Until.IsZero() {
			t.Errorf("%s: successors without valid_until", o.Key)
		}
	}
	for _, r := range reg.Relations {
		if !keys[r.From] || !keys[r.To] {
			t.Errorf("relation %s %s -> %s: unknown end", r.Type, r.From, r.To)
		}
	}
	for _, g := range reg.Groups {
		if g.Under != "" && !keys[g.Under] {
			t.Errorf("group %s: under %s does not exist", g.Key, g.Under)
		}
	}
}

func TestUnconfirmedSourcesAreMarked(t *testing.T) {
	n := 0
	for _, o := range load(t).Orgs {
		if strings.Contains(o.Source, "unconfirmed") {
			n++
			if len(o.Unconfirmed) == 0 {
				t.Errorf("%s: source says unconfirmed, but no field is marked", o.Key)
			}
		}
	}
	if n == 0 {
		t.Fatal("no unconfirmed sources found")
	}
}

func TestNFC(t *testing.T) {
	data, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !norm.NFC.IsNormal(data) {
		t.Fatal("output is not NFC")
	}
}

func TestDistrictsOn20231004(t *testing.T) {
	reg := load(t)
	committees, units, partyCommittees := 0, map[string]int{}, 0
	for _, o := range reg.Orgs {
		if !o.Validity.Contains(date(t, "2023-10-04")) || o.Level != org.LevelDistrict {
			continue
		}
		switch o.Kind {
		case org.KindPeoplesCommittee:
			committees++
		case org.KindPartyCommittee:
			partyCommittees++
		case org.KindDistrict:
			for _, typ := range []string{"Quận", "Huyện", "Thị xã"} {
				if strings.HasPrefix(o.Name, typ+" ") {
					units[typ]++
				}
			}
		}
	}
	if committees != 30 || partyCommittees != 30 {
		t.Errorf("district people's committees %d, party committees %d; want 30 and 30", committees, partyCommittees)
	}
	if units["Quận"] != 12 || units["Huyện"] != 17 || units["Thị xã"] != 1 {
		t.Errorf("district units %v; want 12 quận, 17 huyện, 1 thị xã", units)
	}
	if n := countKind(reg, org.KindPeoplesCommittee, org.LevelDistrict, date(t, "2025-06-30")); n != 30 {
		t.Errorf("2025-06-30: %d district people's committees, want 30", n)
	}
	if n := countKind(reg, org.KindPeoplesCommittee, org.LevelDistrict, date(t, "2025-07-01")); n != 0 {
		t.Errorf("2025-07-01: %d district people's committees, want 0", n)
	}
}

func countKind(reg org.Data, kind org.Kind, level org.Level, day chidao.Date) int {
	n := 0
	for _, o := range reg.Orgs {
		if o.Kind == kind && o.Level == level && o.Validity.Contains(day) {
			n++
		}
	}
	return n
}

func TestCommunesOn20250801(t *testing.T) {
	reg := load(t)
	byKey := map[string]org.OrgSpec{}
	for _, o := range reg.Orgs {
		byKey[o.Key] = o
	}
	phuong, xa := 0, 0
	for _, o := range reg.Orgs {
		if o.Kind != org.KindPeoplesCommittee || o.Level != org.LevelCommune || !o.Validity.Contains(date(t, "2025-08-01")) {
			continue
		}
		if o.Parent != "hn.ubnd" {
			t.Errorf("%s: parent %s, want hn.ubnd", o.Key, o.Parent)
		}
		unit, ok := byKey[o.Area]
		if !ok || unit.Kind != org.KindCommune {
			t.Errorf("%s: area %s is not a commune", o.Key, o.Area)
			continue
		}
		switch {
		case strings.HasPrefix(unit.Name, "Phường ") && strings.HasPrefix(o.Name, "Ủy ban nhân dân phường "):
			phuong++
		case strings.HasPrefix(unit.Name, "Xã ") && strings.HasPrefix(o.Name, "Ủy ban nhân dân xã "):
			xa++
		default:
			t.Errorf("%s: unexpected names %q / %q", o.Key, o.Name, unit.Name)
		}
	}
	if phuong != 51 || xa != 75 {
		t.Errorf("commune people's committees on 2025-08-01: %d phường + %d xã, want 51 + 75", phuong, xa)
	}
	if n := countKind(reg, org.KindPeoplesCommittee, org.LevelCommune, date(t, "2025-06-30")); n != 0 {
		t.Errorf("2025-06-30: %d commune people's committees, want 0 (old communes not modelled)", n)
	}
}

// TestCityBodies checks the number of specialised bodies under UBND TP
// before and after the 2025 reform: 21 (VP UBND, Thanh tra, 18 sở, Ban Dân
// tộc) plus the 2 management boards, then 15 sở (VP UBND and Thanh tra
// included) plus the merged management board.
func TestCityBodies(t *testing.T) {
	reg := load(t)
	count := func(day string) int {
		n := 0
		for _, o := range reg.Orgs {
			if o.Parent == "hn.ubnd" && (o.Kind == org.KindDepartment || o.Kind == org.KindOffice) && o.Validity.Contains(date(t, day)) {
				n++
			}
		}
		return n
	}
	if n := count("2024-01-01"); n != 23 {
		t.Errorf("2024-01-01: %d bodies under UBND TP, want 21 + 2 management boards", n)
	}
	if n := count("2025-03-01"); n != 16 {
		t.Errorf("2025-03-01: %d bodies under UBND TP, want 15 sở + 1 equivalent body", n)
	}
	// The 2023 and 2025 tables overlap: a continuing body appears once.
	for _, o := range reg.Orgs {
		if o.Key == "hn.so-y-te" && (o.Validity != org.Validity{} || !strings.Contains(o.Source, "; ")) {
			t.Errorf("hn.so-y-te: %+v; want an open body with merged sources", o)
		}
	}
}

func TestCentralBodies(t *testing.T) {
	reg := load(t)
	count := func(day string) int {
		n := 0
		for _, o := range reg.Orgs {
			if o.Parent == "vn.chinh-phu" && o.Key != "vn.thu-tuong" && o.Validity.Contains(date(t, day)) {
				n++
			}
		}
		return n
	}
	if n := count("2024-01-01"); n != 22 {
		t.Errorf("2024-01-01: %d ministries and ministerial-level bodies, want 18 + 4", n)
	}
	if n := count("2025-03-01"); n != 17 {
		t.Errorf("2025-03-01: %d ministries and ministerial-level bodies, want 14 + 3", n)
	}
	for _, o := range reg.Orgs {
		if o.Level == org.LevelCentral && (o.Kind != org.KindCentral || o.Area != "") {
			t.Errorf("%s: central body with kind %q area %q", o.Key, o.Kind, o.Area)
		}
	}
}

func TestSuccessors(t *testing.T) {
	reg := load(t)
	byKey := map[string]org.OrgSpec{}
	for _, o := range reg.Orgs {
		byKey[o.Key] = o
	}
	want := map[string]string{
		"hn.so-ke-hoach-dau-tu":        "hn.so-tai-chinh-2025:merged",
		"hn.so-ngoai-vu":               "hn.vp-ubnd:merged",
		"hn.so-noi-vu":                 "hn.so-noi-vu-2025:split,hn.so-dan-toc-ton-giao:split",
		"vn.ubdt":                      "vn.bdttg:renamed",
		"hn.btgtu":                     "hn.btgdvtu:merged",
		"hn.bao-hanoimoi":              "hn.co-quan-bao-ptth:merged",
		"hn.so-thong-tin-truyen-thong": "hn.so-khoa-hoc-cong-nghe-2025:merged",
	}
	for key, w := range want {
		var got []string
		for _, s := range byKey[key].Successors {
			got = append(got, s.Key+":"+s.Change.String())
		}
		if strings.Join(got, ",") != w {
			t.Errorf("%s successors %v, want %s", key, got, w)
		}
	}
	// Every predecessor ends the day its successor starts (or earlier).
	for _, o := range reg.Orgs {
		for _, s := range o.Successors {
			if succ := byKey[s.Key]; succ.From.After(o.Until) {
				t.Errorf("%s ends %s but %s starts %s", o.Key, o.Until, s.Key, succ.From)
			}
		}
	}
	// CSV valid_to 2025-02-28 (inclusive) becomes valid_until 2025-03-01.
	if u := byKey["hn.so-tai-chinh"].Until; u != date(t, "2025-03-01") {
		t.Errorf("hn.so-tai-chinh valid_until %s, want 2025-03-01", u)
	}
}

func TestSymbolsAndCollectives(t *testing.T) {
	reg := load(t)
	byKey := map[string]org.OrgSpec{}
	for _, o := range reg.Orgs {
		byKey[o.Key] = o
	}
	var shared []string
	for _, o := range reg.Orgs {
		if o.SharedAbbrev {
			shared = append(shared, o.Key+"/"+o.Abbrev)
		}
	}
	wantShared := []string{"vn.bch-tw/TW", "vn.bo-chinh-tri/TW", "vn.ban-bi-thu/TW", "hn.thanh-uy/TU", "hn.btv-thanh-uy/TU"}
	if !slices.Equal(shared, wantShared) {
		t.Errorf("shared abbrevs %v, want %v", shared, wantShared)
	}
	for _, k := range []string{"hn.ubkttu", "vn.chinh-phu", "hn.ubnd", "hn.q-ba-dinh.cap-uy", "hn.p-hoan-kiem.ubnd"} {
		if !byKey[k].Collective {
			t.Errorf("%s should be collective", k)
		}
	}
	for _, k := range []string{"hn.vptu", "vn.thu-tuong", "hn.so-y-te", "hn.bao-hanoimoi"} {
		if byKey[k].Collective {
			t.Errorf("%s should not be collective", k)
		}
	}
	if o := byKey["hn.thanh-uy"]; o.Name != "Thành ủy Hà Nội" || !slices.Equal(o.Aliases, []string{"Ban Chấp hành Đảng bộ thành phố Hà Nội"}) {
		t.Errorf("hn.thanh-uy name %q aliases %v", o.Name, o.Aliases)
	}
	if o := byKey["hn.ubnd"]; o.QCVNCode != "000.00.00.H26" || !slices.Contains(o.Unconfirmed, "qcvn_code") {
		t.Errorf("hn.ubnd qcvn_code %q unconfirmed %v", o.QCVNCode, o.Unconfirmed)
	}
}

func TestGroups(t *testing.T) {
	reg := load(t)
	phrases := map[string]string{}
	for _, g := range reg.Groups {
		for _, p := range g.Phrases {
			if prev, dup := phrases[p]; dup {
				t.Errorf("phrase %q in %s and %s", p, prev, g.Key)
			}
			phrases[p] = g.Key
		}
	}
	// Members of the district class exist only before 2025-07-01.
	for _, g := range reg.Groups {
		if g.Key != "hn.g.ubnd-quan-huyen" {
			continue
		}
		n := 0
		for _, o := range reg.Orgs {
			if o.Parent == g.Under && slices.Contains(g.Kinds, o.Kind) && slices.Contains(g.Levels, o.Level) &&
				o.Validity.Contains(date(t, "2024-06-01")) {
				n++
			}
		}
		if n != 30 || g.Until != date(t, "2025-07-01") {
			t.Errorf("%s: %d members on 2024-06-01, valid_until %s", g.Key, n, g.Until)
		}
	}
}

func TestRelationsWithinValidity(t *testing.T) {
	reg := load(t)
	byKey := map[string]org.OrgSpec{}
	for _, o := range reg.Orgs {
		byKey[o.Key] = o
	}
	for _, r := range reg.Relations {
		for _, end := range []org.OrgSpec{byKey[r.From], byKey[r.To]} {
			if !r.Validity.Within(end.Validity) {
				t.Errorf("relation %s %s -> %s %s outside %s %s", r.Type, r.From, r.To, r.Validity, end.Key, end.Validity)
			}
		}
	}
	// On 2025-06-01 the press is guided by the merged Party board.
	n := 0
	for _, r := range reg.Relations {
		if r.Type == org.RelationGuides && r.From == "hn.btgdvtu" && r.Validity.Contains(date(t, "2025-06-01")) {
			n++
		}
	}
	if n != 6 {
		t.Errorf("hn.btgdvtu guides %d press bodies on 2025-06-01, want 6", n)
	}
}

// Validate finds both the rules of the format (through org.New) and the
// rules of this data set, all at once.
func TestValidateReportsEveryProblem(t *testing.T) {
	d, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	d.Orgs = slices.Clone(d.Orgs)
	d.Groups = slices.Clone(d.Groups)
	central, withNote := -1, -1
	for i, o := range d.Orgs {
		if central < 0 && o.Level == org.LevelCentral {
			central = i
		}
		if withNote < 0 && len(o.Unconfirmed) > 0 {
			withNote = i
		}
	}
	if central < 0 || withNote < 0 || len(d.Groups) == 0 {
		t.Fatal("the data lacks a central body, an unconfirmed field or a group")
	}
	d.Orgs[central].Area = cityKey
	d.Orgs[central].Parent = "no.such.body"
	d.Orgs[withNote].Note = ""
	d.Groups[0].Phrases = []string{"something else"}
	err = Validate(d)
	if err == nil {
		t.Fatal("Validate accepted broken data")
	}
	for _, want := range []string{"central body with area", "no body has key no.such.body", "without a note", "phrases must start with the name"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate: %v\nlacks %q", err, want)
		}
	}
}
