package org_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

var (
	letterDate = chidao.MustDate(2023, 10, 4)
	afterMerge = chidao.MustDate(2025, 8, 1)
)

func mustMatch(t *testing.T, r *org.Registry, name string, d chidao.Date) *org.Org {
	t.Helper()
	m, err := r.Match(name, d)
	if err != nil {
		t.Fatalf("Match(%q, %s): %v", name, d, err)
	}
	return m.Org
}

func TestHaNoiMatch(t *testing.T) {
	r := org.HaNoi()
	tests := []struct {
		name string
		date chidao.Date
		key  string
	}{
		{"UBND thành phố Hà Nội", letterDate, "hn.ubnd"},
		{"Ủy ban nhân dân thành phố Hà Nội", letterDate, "hn.ubnd"},
		{"UỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", letterDate, "hn.ubnd"},
		{"UBND Thành phố", letterDate, "hn.ubnd"},
		{"UBND TP", letterDate, "hn.ubnd"},
		{"UBND quận Ba Đình", letterDate, "hn.q-ba-dinh.ubnd"},
		{"Ủy ban nhân dân huyện Ứng Hoà", letterDate, "hn.h-ung-hoa.ubnd"},
		{"Sở Y tế", letterDate, "hn.so-y-te"},
		{"Sở Y tế Hà Nội", letterDate, "hn.so-y-te"},
		{"Sở Y tế thành phố Hà Nội", letterDate, "hn.so-y-te"},
		{"Sở TT&TT", letterDate, "hn.so-thong-tin-truyen-thong"},
		{"Sở Văn hoá và Thể thao", letterDate, "hn.so-van-hoa-the-thao"},
		{"Sở LĐ-TB&XH", letterDate, "hn.so-lao-dong-tbxh"},
		{"Ban Thường vụ Thành ủy", letterDate, "hn.btv-thanh-uy"},
		{"Ban Tuyên giáo Thành ủy", letterDate, "hn.btgtu"},
		{"Thành ủy Hà Nội", letterDate, "hn.thanh-uy"},
		{"Ban Bí thư Trung ương Đảng", letterDate, "vn.ban-bi-thu"},
		{"Sở Tài chính", letterDate, "hn.so-tai-chinh"},
		{"Sở Tài chính", afterMerge, "hn.so-tai-chinh-2025"},
		{"UBND phường Hoàn Kiếm", afterMerge, "hn.p-hoan-kiem.ubnd"},
		{"BTGTU", letterDate, "hn.btgtu"},
		{"TTg", letterDate, "vn.thu-tuong"},
		{"So Y te", letterDate, "hn.so-y-te"},                  // typed without diacritics
		{norm.NFD.String("Sở Y tế"), letterDate, "hn.so-y-te"}, // decomposed input
	}
	for _, tt := range tests {
		if o := mustMatch(t, r, tt.name, tt.date); o.Key() != tt.key {
			t.Errorf("Match(%q, %s) = %s, want %s", tt.name, tt.date, o.Key(), tt.key)
		}
	}
}

func TestHaNoiMatchDissolved(t *testing.T) {
	r := org.HaNoi()
	m, err := r.Match("Sở Thông tin và Truyền thông", afterMerge)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Dissolved || m.Org.Key() != "hn.so-thong-tin-truyen-thong" || m.Org.Validity().Until != chidao.MustDate(2025, 3, 1) {
		t.Fatalf("Match = %+v, want the dissolved Sở TT&TT ending 2025-03-01", m)
	}
	if len(m.Successors) != 1 || m.Successors[0].Key() != "hn.so-khoa-hoc-cong-nghe-2025" {
		t.Fatalf("successors = %v, want Sở KH&CN (2025)", m.Successors)
	}
}

func TestHaNoiMatchErrors(t *testing.T) {
	r := org.HaNoi()
	_, err := r.Match("Sở Không Có Thật", letterDate)
	var me *org.MatchError
	if !errors.As(err, &me) || !errors.Is(err, org.ErrNoMatch) || len(me.Candidates) == 0 || len(me.Candidates) > 3 {
		t.Fatalf("Match of an unknown name: %v", err)
	}
	for _, c := range me.Candidates {
		if !c.ValidAt(letterDate) {
			t.Errorf("candidate %s not valid at the date", c)
		}
	}
	// The district level was abolished; the district's work passed to the
	// five wards NQ 1656 formed from its territory.
	m, err := r.Match("UBND quận Hoàn Kiếm", afterMerge)
	if err != nil || !m.Dissolved || m.Org.Key() != "hn.q-hoan-kiem.ubnd" || len(m.Successors) != 5 ||
		!slices.ContainsFunc(m.Successors, func(o *org.Org) bool { return o.Key() == "hn.p-hoan-kiem.ubnd" }) {
		t.Fatalf("Match after 2025-07-01 = %+v, %v; want the dissolved district committee and its five wards", m, err)
	}
	if _, err := r.Match("TU", letterDate); !errors.Is(err, org.ErrAmbiguous) {
		t.Errorf("Match(TU) = %v, want ambiguous between the committee and its standing board", err)
	}
	if _, err := r.Match("Ban Tuyên giáo và Dân vận Thành ủy", letterDate); !errors.Is(err, org.ErrNoMatch) {
		t.Errorf("a body before it existed: err = %v", err)
	}
}

func TestHaNoiExpand(t *testing.T) {
	r := org.HaNoi()
	ubnd := mustMatch(t, r, "UBND thành phố Hà Nội", letterDate)
	got, err := r.Expand("UBND các quận, huyện, thị xã", ubnd, letterDate)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 30 {
		t.Fatalf("Expand gave %d bodies, want 30", len(got))
	}
	places := make([]string, len(got))
	for i, o := range got {
		if o.Kind() != org.KindPeoplesCommittee || o.Level() != org.LevelDistrict || !o.ValidAt(letterDate) {
			t.Errorf("member %s is %s at %s", o, o.Kind(), o.Level())
		}
		places[i] = o.PlaceName()
	}
	wantStart := []string{"Ba Đình", "Ba Vì", "Bắc Từ Liêm", "Cầu Giấy", "Chương Mỹ", "Đan Phượng"}
	if !slices.Equal(places[:6], wantStart) {
		t.Errorf("order starts %v, want %v", places[:6], wantStart)
	}
	if places[len(places)-1] != "Ứng Hòa" {
		t.Errorf("last place = %s, want Ứng Hòa", places[len(places)-1])
	}

	_, err = r.Expand("UBND các quận, huyện, thị xã", ubnd, afterMerge)
	var ce *org.ClassError
	if !errors.As(err, &ce) || !errors.Is(err, org.ErrClassNotInForce) || !strings.Contains(err.Error(), "district level") {
		t.Fatalf("Expand after 2025-07-01: %v", err)
	}

	communes, err := r.Expand("UBND các xã, phường", ubnd, afterMerge)
	if err != nil || len(communes) != 126 {
		t.Fatalf("Expand communes = %d, %v", len(communes), err)
	}

	// The letter's section heading mixes two classes with ";".
	both, err := r.Expand("Các Sở, ban, ngành; UBND quận, huyện, thị xã", ubnd, letterDate)
	if err != nil {
		t.Fatal(err)
	}
	sobn, _ := r.Expand("Các Sở, Ban, ngành Thành phố", ubnd, letterDate)
	if len(both) != len(sobn)+30 {
		t.Errorf("combined class has %d bodies, want %d", len(both), len(sobn)+30)
	}
	press, err := r.Expand("Các cơ quan báo chí thành phố Hà Nội", ubnd, letterDate)
	if err != nil || len(press) != 6 {
		t.Errorf("press = %v, %v", press, err)
	}
	for _, o := range press {
		if o.Kind() != org.KindPress {
			t.Errorf("press member %s has kind %s", o, o.Kind())
		}
	}
	// Variants documents use for the same classes, and heads of bodies.
	for phrase, n := range map[string]int{
		"UBND các quận, huyện và thị xã":                          30,
		"Ủy ban nhân dân các quận, huyện, thị xã thuộc Thành phố": 30,
		"Chủ tịch UBND các quận, huyện, thị xã":                   30,
		"Thủ trưởng các Sở, ban, ngành Thành phố":                 len(sobn),
		"Giám đốc Sở Y tế":                                        1,
		"Trưởng Ban Tuyên giáo Thành ủy":                          1,
		"- Các cơ quan báo chí Thành phố;":                        6,
	} {
		got, err := r.Expand(phrase, ubnd, letterDate)
		if err != nil || len(got) != n {
			t.Errorf("Expand(%q) = %d bodies, %v; want %d", phrase, len(got), err, n)
		}
	}
	if _, err := r.Expand("Sở Thông tin và Truyền thông", ubnd, afterMerge); err == nil {
		t.Error("Expand of a dissolved body succeeded")
	}
}

func TestHaNoiSoCounts(t *testing.T) {
	r := org.HaNoi()
	ubnd := mustMatch(t, r, "UBND thành phố Hà Nội", letterDate)
	count := func(d chidao.Date) int {
		n := 0
		for _, c := range r.Children(ubnd, d) {
			if c.Kind() == org.KindDepartment || c.Kind() == org.KindOffice {
				n++
			}
		}
		return n
	}
	// 21 specialised bodies plus 2 management boards before the reform, 15
	// plus 1 equivalent body after it (reference §4.2).
	if got := count(chidao.MustDate(2024, 1, 1)); got != 23 {
		t.Errorf("bodies under UBND in 2024 = %d, want 23", got)
	}
	if got := count(chidao.MustDate(2025, 3, 1)); got != 16 {
		t.Errorf("bodies under UBND from 2025-03-01 = %d, want 16", got)
	}
}

func TestHaNoiCanDirect(t *testing.T) {
	r := org.HaNoi()
	ubnd := mustMatch(t, r, "UBND thành phố Hà Nội", letterDate)
	baDinh := mustMatch(t, r, "UBND quận Ba Đình", letterDate)
	syt := mustMatch(t, r, "Sở Y tế", letterDate)
	btv := mustMatch(t, r, "Ban Thường vụ Thành ủy", letterDate)
	press := mustMatch(t, r, "Báo Kinh tế và Đô thị", letterDate)

	c, ok := r.CanDirect(ubnd, baDinh, letterDate)
	if !ok || len(c.Steps) != 1 || c.Steps[0].Via != org.RelationSubordinate || c.Guidance() {
		t.Errorf("UBND TP -> UBND Ba Đình = %v, %v", c, ok)
	}
	if c, ok := r.CanDirect(baDinh, syt, letterDate); ok {
		t.Errorf("UBND Ba Đình -> Sở Y tế = %v, want no", c)
	}
	c, ok = r.CanDirect(btv, syt, letterDate)
	if !ok || c.Steps[0].Via != org.RelationActsFor || c.Steps[1].Via != org.RelationLeads {
		t.Errorf("BTV Thành ủy -> Sở Y tế = %v, %v", c, ok)
	}
	c, ok = r.CanDirect(ubnd, press, letterDate)
	if !ok || !c.Guidance() {
		t.Errorf("UBND TP -> press = %v, %v; want a guidance chain", c, ok)
	}
	if _, ok := r.CanDirect(ubnd, baDinh, afterMerge); ok {
		t.Error("CanDirect to a body that no longer exists")
	}
}

func TestHaNoiSuccessors(t *testing.T) {
	r := org.HaNoi()
	tests := []struct {
		key  string
		date chidao.Date
		want []string
	}{
		{"hn.so-thong-tin-truyen-thong", afterMerge, []string{"hn.so-khoa-hoc-cong-nghe-2025"}},
		{"hn.so-noi-vu", afterMerge, []string{"hn.so-noi-vu-2025", "hn.so-dan-toc-ton-giao"}},
		{"hn.so-ngoai-vu", afterMerge, []string{"hn.vp-ubnd"}},
		{"hn.so-y-te", afterMerge, []string{"hn.so-y-te"}},
		{"vn.btttt", afterMerge, []string{"vn.bkhcn-2025"}},
	}
	for _, tt := range tests {
		got, err := r.Successors(tt.key, tt.date)
		if err != nil {
			t.Errorf("Successors(%s): %v", tt.key, err)
			continue
		}
		keys := make([]string, len(got))
		for i, o := range got {
			keys[i] = o.Key()
		}
		slices.Sort(keys)
		slices.Sort(tt.want)
		if !slices.Equal(keys, tt.want) {
			t.Errorf("Successors(%s, %s) = %v, want %v", tt.key, tt.date, keys, tt.want)
		}
	}
	if _, err := r.Successors("hn.nope", afterMerge); err == nil {
		t.Error("Successors of an unknown key succeeded")
	}
}

func TestHaNoiUnconfirmedKept(t *testing.T) {
	r := org.HaNoi()
	n := 0
	for o := range r.All() {
		if strings.Contains(o.Source(), "unconfirmed") {
			if len(o.Unconfirmed()) == 0 {
				t.Errorf("%s: source says unconfirmed but no field is marked", o.Key())
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no org carries an unconfirmed source")
	}
	ubnd, _ := r.Org("hn.ubnd")
	if ubnd.QCVNCode() != "000.00.00.H26" || !ubnd.IsUnconfirmed("qcvn_code") || !ubnd.Collective() {
		t.Errorf("hn.ubnd: code %q unconfirmed %v collective %v", ubnd.QCVNCode(), ubnd.Unconfirmed(), ubnd.Collective())
	}
	if ubnd.ID() != org.IDOf("hn.ubnd") {
		t.Error("ID is not derived from the key")
	}
	if got, ok := r.ByID(ubnd.ID()); !ok || got != ubnd {
		t.Error("ByID does not find the body")
	}
}

func TestHaNoiConcurrentReaders(t *testing.T) {
	r := org.HaNoi()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 50 {
				d := letterDate.AddDays((i*50 + j) * 3)
				if _, err := r.Match("Sở Y tế", d); err != nil {
					t.Error(err)
					return
				}
				if _, err := r.Expand("Các Sở, ban, ngành Thành phố", nil, d); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestSaveLoadRoundTrip(t *testing.T) {
	r := org.HaNoi()
	var buf bytes.Buffer
	if err := org.Save(&buf, r.Data()); err != nil {
		t.Fatal(err)
	}
	r2, err := org.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := org.Save(&buf2, r2.Data()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("Save(Load(Save(r))) differs from Save(r)")
	}
	if diff := cmp.Diff(r.Data(), r2.Data(), dataCmp...); diff != "" {
		t.Errorf("reloaded data differs (-saved +loaded):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		paths    []string
		codes    []chidao.Code
	}{
		{"syntax", `{"schema": "chidao.org.registry/v1", "orgs": [`, []string{"orgs"}, []chidao.Code{org.CodeSyntax}},
		{"schema", `{"schema": "v0", "orgs": []}`, []string{"schema"}, []chidao.Code{chidao.CodeInvalid}},
		{"unknown kind and field", `{"schema": "chidao.org.registry/v1", "orgs": [
			{"key": "a", "name": "A", "kind": "planet", "bloc": "state", "level": "province"},
			{"key": "b", "name": "B", "kind": "department", "bloc": "state", "level": "province", "colour": 1}]}`,
			[]string{"orgs[0].kind", "orgs[1].colour"}, []chidao.Code{chidao.CodeInvalid, org.CodeUnknownField}},
		{"wrong type", `{"schema": "chidao.org.registry/v1", "orgs": [{"key": 5}]}`,
			[]string{"orgs[0].bloc", "orgs[0].key", "orgs[0].kind", "orgs[0].level", "orgs[0].name"},
			[]chidao.Code{chidao.CodeRequired, chidao.CodeInvalid, chidao.CodeRequired, chidao.CodeRequired, chidao.CodeRequired}},
		{"bad date", `{"schema": "chidao.org.registry/v1", "orgs": [{"key": "a", "name": "A", "kind": "department", "bloc": "state", "level": "province", "valid_from": "2023-02-30"}]}`,
			[]string{"orgs[0].valid_from"}, []chidao.Code{chidao.CodeInvalid}},
		{"rules", `{"schema": "chidao.org.registry/v1", "orgs": [
			{"key": "a", "name": "A", "kind": "department", "bloc": "state", "level": "province", "parent": "zz"},
			{"key": "a", "name": "A2", "kind": "department", "bloc": "state", "level": "province"},
			{"key": "c", "name": "", "kind": "department", "bloc": "state", "level": "province", "valid_from": "2024-01-01", "valid_until": "2023-01-01"}]}`,
			[]string{"orgs[0].parent", "orgs[1].key", "orgs[2].name", "orgs[2].valid_until"},
			[]chidao.Code{chidao.CodeNotFound, chidao.CodeDuplicate, chidao.CodeRequired, org.CodeEmptyValidity}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := org.Load(strings.NewReader(tt.in))
			var ve *chidao.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Load: %v, want a ValidationError", err)
			}
			if len(ve.Errors) != len(tt.paths) {
				t.Fatalf("Load: %d errors %v, want %d", len(ve.Errors), err, len(tt.paths))
			}
			for i, fe := range ve.Errors {
				if fe.Path != tt.paths[i] || fe.Code != tt.codes[i] {
					t.Errorf("error %d = %s %s, want %s %s", i, fe.Path, fe.Code, tt.paths[i], tt.codes[i])
				}
			}
		})
	}
}
