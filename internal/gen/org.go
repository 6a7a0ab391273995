// Package gen holds rapid generators shared by the SDK's tests. It is not API.
package gen

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
	"pgregory.net/rapid"
)

// Syllables are drawn for generated names. Those with an "oa", "oe" or "uy"
// tone have a second spelling in AltTones.
var syllables = []string{"Hòa", "Thủy", "Khỏe", "Tùy", "Lâm", "Đình", "Vĩnh", "Phúc", "Ứng", "Mỹ",
	"Đức", "Sơn", "Quốc", "Oai", "Thạch", "Thất", "Chương", "Gia", "Đông", "Nam", "Bắc", "Trung",
	"Hưng", "Long", "Xuân", "Cầu", "Giấy", "Phượng", "Liêm", "Tiến", "Hải", "Yên", "Quý", "Thịnh"}

// AltTones maps a syllable of the canonical (official) tone placement to
// the other placement documents also use.
var AltTones = map[string]string{"Hòa": "Hoà", "Thủy": "Thuỷ", "Khỏe": "Khoẻ", "Tùy": "Tuỳ"}

// prefixes of generated names, with the abbreviated form documents use.
var prefixes = [][2]string{
	{"Ủy ban nhân dân", "UBND"},
	{"Hội đồng nhân dân", "HĐND"},
	{"Sở Thông tin và Truyền thông", "Sở TT&TT"},
	{"Ban Quản lý", "BQL"},
	{"Văn phòng", "VP"},
	{"Sở", "Sở"},
	{"Ban", "Ban"},
}

// Abbreviated returns name with its prefix in the abbreviated form, and
// whether name had such a prefix.
func Abbreviated(name string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(name, p[0]+" "); ok && p[0] != p[1] {
			return p[1] + " " + rest, true
		}
	}
	return name, false
}

// day returns a date some days after 2020-01-01.
func day(n int) chidao.Date { return chidao.MustDate(2020, 1, 1).AddDays(n) }

// Horizon is the last day generated validity windows reach.
var Horizon = day(400)

// Registry draws valid registry data: a province, a random tree of bodies
// below it with validity windows inside their parents', several rounds of
// mergers and splits with successors, "leads" relations, and one recipient
// class. Names are unique and never end with the province's name.
func Registry() *rapid.Generator[org.Data] {
	return rapid.Custom(func(t *rapid.T) org.Data {
		d := org.Data{Schema: org.Schema, Name: "Generated"}
		d.Orgs = append(d.Orgs, org.OrgSpec{Key: "p", Name: "Tỉnh Kiên Bình", ShortName: "Kiên Bình",
			Kind: org.KindProvince, Bloc: org.BlocState, Level: org.LevelProvince, Area: "p"})
		used := map[string]bool{}
		newName := func() string {
			for {
				p := rapid.SampledFrom(prefixes).Draw(t, "prefix")[0]
				a := rapid.SampledFrom(syllables).Draw(t, "s1")
				b := rapid.SampledFrom(syllables).Draw(t, "s2")
				c := rapid.SampledFrom(syllables).Draw(t, "s3")
				words := a + " " + b + " " + c
				if !used[words] {
					used[words] = true
					return p + " " + words
				}
			}
		}
		kinds := []org.Kind{org.KindDepartment, org.KindPeoplesCommittee, org.KindOffice, org.KindPartyBoard}
		n := rapid.IntRange(1, 25).Draw(t, "n")
		for i := 1; i <= n; i++ {
			parent := rapid.IntRange(0, i-1).Draw(t, "parent")
			ps := d.Orgs[parent]
			from := ps.From
			if rapid.Bool().Draw(t, "hasFrom") {
				lo := 0
				if !from.IsZero() {
					lo = chidao.MustDate(2020, 1, 1).DaysUntil(from)
				}
				from = day(rapid.IntRange(lo, lo+100).Draw(t, "from"))
			}
			s := org.OrgSpec{
				Key: fmt.Sprintf("o%d", i), Name: newName(), Kind: rapid.SampledFrom(kinds).Draw(t, "kind"),
				Bloc: org.BlocState, Level: org.LevelProvince, Parent: ps.Key, Area: "p",
				Abbrev: fmt.Sprintf("A%d", i), Validity: org.Validity{From: from},
			}
			if parent == 0 {
				s.Parent = ""
			}
			d.Orgs = append(d.Orgs, s)
		}
		// Mergers and splits: end a childless body and hand its work over.
		rounds := rapid.IntRange(0, 4).Draw(t, "rounds")
		for range rounds {
			i := rapid.IntRange(1, len(d.Orgs)-1).Draw(t, "ending")
			o := &d.Orgs[i]
			if !o.Until.IsZero() || hasChildren(d, o.Key) {
				continue
			}
			lo := 0
			if !o.From.IsZero() {
				lo = chidao.MustDate(2020, 1, 1).DaysUntil(o.From) + 1
			}
			// A body named as a successor must outlive the day it took over.
			for _, p := range d.Orgs {
				for _, s := range p.Successors {
					if s.Key == o.Key {
						lo = max(lo, chidao.MustDate(2020, 1, 1).DaysUntil(p.Until)+1)
					}
				}
			}
			end := day(rapid.IntRange(lo, lo+150).Draw(t, "end"))
			if end.After(Horizon) {
				continue
			}
			o.Until = end
			parentKey, kind := o.Parent, o.Kind
			switch rapid.IntRange(0, 2).Draw(t, "how") {
			case 0: // absorbed by a body in force that day
				var cands []string
				for _, c := range d.Orgs {
					if c.Key != o.Key && c.Key != "p" && c.Validity.Contains(end) {
						cands = append(cands, c.Key)
					}
				}
				if len(cands) > 0 {
					d.Orgs[i].Successors = []org.Successor{{Key: rapid.SampledFrom(cands).Draw(t, "into"), Change: org.ChangeMerged}}
					continue
				}
				fallthrough
			default: // one or two new bodies from that day
				parts := 1 + rapid.IntRange(0, 1).Draw(t, "split")
				change := org.ChangeRenamed
				if parts == 2 {
					change = org.ChangeSplit
				}
				for range parts {
					k := fmt.Sprintf("o%d", len(d.Orgs))
					d.Orgs = append(d.Orgs, org.OrgSpec{Key: k, Name: newName(), Kind: kind, Bloc: org.BlocState,
						Level: org.LevelProvince, Parent: parentKey, Area: "p", Abbrev: "A" + k[1:],
						Validity: org.Validity{From: end}})
					d.Orgs[i].Successors = append(d.Orgs[i].Successors, org.Successor{Key: k, Change: change})
				}
			}
		}
		// Leads relations between bodies that coexist.
		for range rapid.IntRange(0, 5).Draw(t, "rels") {
			a := rapid.IntRange(1, len(d.Orgs)-1).Draw(t, "from")
			b := rapid.IntRange(1, len(d.Orgs)-1).Draw(t, "to")
			if a == b {
				continue
			}
			v, ok := intersect(d.Orgs[a].Validity, d.Orgs[b].Validity)
			if !ok || hasRelation(d, d.Orgs[a].Key, d.Orgs[b].Key) {
				continue
			}
			d.Relations = append(d.Relations, org.RelationSpec{Type: org.RelationLeads,
				From: d.Orgs[a].Key, To: d.Orgs[b].Key, Validity: v})
		}
		d.Groups = []org.GroupSpec{{Key: "g.so", Name: "Các Sở trực thuộc", Phrases: []string{"Các sở, ngành Tỉnh"},
			Kinds: []org.Kind{org.KindDepartment}, Levels: []org.Level{org.LevelProvince}}}
		return d
	})
}

func hasChildren(d org.Data, key string) bool {
	for _, o := range d.Orgs {
		if o.Parent == key {
			return true
		}
	}
	return false
}

func hasRelation(d org.Data, from, to string) bool {
	for _, r := range d.Relations {
		if r.From == from && r.To == to {
			return true
		}
	}
	return false
}

func intersect(a, b org.Validity) (org.Validity, bool) {
	v := a
	if v.From.IsZero() || (!b.From.IsZero() && b.From.After(v.From)) {
		v.From = b.From
	}
	if v.Until.IsZero() || (!b.Until.IsZero() && b.Until.Before(v.Until)) {
		v.Until = b.Until
	}
	if !v.From.IsZero() && !v.Until.IsZero() && !v.From.Before(v.Until) {
		return org.Validity{}, false
	}
	return v, true
}

// Date draws a day in the generated range.
func Date() *rapid.Generator[chidao.Date] {
	return rapid.Custom(func(t *rapid.T) chidao.Date { return day(rapid.IntRange(-10, 420).Draw(t, "day")) })
}
