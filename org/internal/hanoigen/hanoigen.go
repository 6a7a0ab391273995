// Package hanoigen turns the compiled Hà Nội CSV tables (src/*.csv) into the
// registry JSON committed as org/data/hanoi.json. It builds an [org.Data],
// checks it with [org.New] and writes it with [org.Save]; package org
// embeds only the output file, so importing it here makes no cycle.
//
// The CSVs give valid_to as the last day in force (inclusive); the registry
// uses valid_until as the first day the body no longer exists (exclusive), so
// every CSV end date is moved one day forward.
package hanoigen

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

//go:embed src/*.csv
var srcFS embed.FS

// Dates used by the data.
var (
	reform2025  = chidao.MustDate(2025, 3, 1)  // Sở and ministry mergers take effect
	twoTier2025 = chidao.MustDate(2025, 7, 1)  // district level abolished, new communes
	pressMerger = chidao.MustDate(2026, 1, 30) // QĐ 1115-QĐ/TU
)

const (
	cityKey      = "hn"
	cityUBND     = "hn.ubnd"
	cityPartyKey = "hn.thanh-uy"
)

// Generate returns the registry as [org.Save] writes it: indented JSON (2
// spaces) with a trailing newline. The output depends only on the embedded
// CSVs.
func Generate() ([]byte, error) {
	d, err := Build()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := org.Save(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Build assembles and validates the registry.
func Build() (org.Data, error) {
	b := &builder{index: map[string]int{}}
	if err := b.run(); err != nil {
		return org.Data{}, err
	}
	d := org.Data{
		Schema:    org.Schema,
		Name:      "Hà Nội",
		Orgs:      b.orgs,
		Relations: b.rels,
		Groups:    groups(),
	}
	if err := Validate(d); err != nil {
		return org.Data{}, err
	}
	return d, nil
}

type builder struct {
	orgs  []org.OrgSpec
	index map[string]int
	rels  []org.RelationSpec
}

func (b *builder) add(o org.OrgSpec) error {
	if _, dup := b.index[o.Key]; dup {
		return fmt.Errorf("duplicate key %q", o.Key)
	}
	b.index[o.Key] = len(b.orgs)
	b.orgs = append(b.orgs, o)
	return nil
}

func (b *builder) get(key string) *org.OrgSpec {
	i, ok := b.index[key]
	if !ok {
		return nil
	}
	return &b.orgs[i]
}

func (b *builder) run() error {
	central, err := readCSV("central.csv", bodyHeader)
	if err != nil {
		return err
	}
	city23, err := readCSV("city-2023.csv", bodyHeader)
	if err != nil {
		return err
	}
	city25, err := readCSV("city-2025.csv", bodyHeader)
	if err != nil {
		return err
	}
	districts, err := readCSV("districts-2023.csv", []string{"key", "name", "type", "valid_to", "source"})
	if err != nil {
		return err
	}
	communes, err := readCSV("communes-2025.csv", []string{"key", "name", "type", "source"})
	if err != nil {
		return err
	}
	gsoRows, err := readCSV("gso-codes.csv", []string{"key", "gso_code", "source"})
	if err != nil {
		return err
	}
	gso := map[string]string{}
	for _, r := range gsoRows {
		if _, dup := gso[r["key"]]; dup {
			return fmt.Errorf("gso-codes.csv: duplicate key %q", r["key"])
		}
		gso[r["key"]] = r["gso_code"]
	}

	// Central bodies, in CSV order.
	for _, r := range central {
		o, err := bodyOrg(r, org.LevelCentral, "")
		if err != nil {
			return err
		}
		if err := b.add(o); err != nil {
			return err
		}
	}

	// The city itself.
	if err := b.add(org.OrgSpec{
		Key:       cityKey,
		Name:      "Thành phố Hà Nội",
		ShortName: "Hà Nội",
		Kind:      org.KindProvince,
		Bloc:      org.BlocState,
		Level:     org.LevelProvince,
		Area:      cityKey,
		Note:      "the city as an administrative unit (thành phố trực thuộc trung ương); not merged in 2025 (NQ 202/2025/QH15)",
		Source:    "reference/vn-documents.md §4",
	}); err != nil {
		return err
	}

	// City bodies: merge 2023 and 2025 rows by key.
	merged, err := mergeCity(city23, city25)
	if err != nil {
		return err
	}
	for _, r := range merged {
		o, err := bodyOrg(r, org.LevelProvince, cityKey)
		if err != nil {
			return err
		}
		if err := b.add(o); err != nil {
			return err
		}
	}

	// Districts with their People's Committee and Party committee.
	for _, r := range districts {
		if err := b.addDistrict(r, gso); err != nil {
			return err
		}
	}

	// Communes with their People's Committee.
	counts := map[string]int{}
	for _, r := range communes {
		if err := b.addCommune(r, gso); err != nil {
			return err
		}
		counts[r["type"]]++
	}
	if counts["phường"] != 51 || counts["xã"] != 75 || len(communes) != 126 {
		return fmt.Errorf("communes-2025.csv: want 51 phường + 75 xã, got %v", counts)
	}

	// The work of a district passes to the communes formed, wholly or
	// partly, from its territory.
	succ, err := readCSV("district-communes.csv", []string{"key", "commune_key", "whole", "source"})
	if err != nil {
		return err
	}
	for _, r := range succ {
		d, c := r["key"], r["commune_key"]
		for _, suffix := range []string{"", ".ubnd"} {
			from, to := b.get(d+suffix), b.get(c+suffix)
			if from == nil || to == nil {
				return fmt.Errorf("district-communes.csv: unknown %q or %q", d+suffix, c+suffix)
			}
			from.Successors = append(from.Successors, org.Successor{Key: to.Key})
			from.Source = joinNotes(from.Source, "successors: NQ 1656/NQ-UBTVQH15 Điều 1 (src/district-communes.csv)")
		}
	}
	if err := b.successorChanges(); err != nil {
		return err
	}
	if err := b.applyOverrides(); err != nil {
		return err
	}
	return b.relations()
}

var bodyHeader = []string{"key", "name", "short_name", "symbol_abbrev", "kind", "bloc", "parent_key", "valid_from", "valid_to", "successor_keys", "source"}

// readCSV reads one embedded CSV and checks its header.
func readCSV(name string, header []string) ([]map[string]string, error) {
	data, err := srcFS.ReadFile("src/" + name)
	if err != nil {
		return nil, err
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], header) {
		return nil, fmt.Errorf("%s: unexpected header", name)
	}
	rows := make([]map[string]string, 0, len(recs)-1)
	for _, rec := range recs[1:] {
		m := make(map[string]string, len(header))
		for i, h := range header {
			m[h] = rec[i]
		}
		if m["key"] == "" {
			return nil, fmt.Errorf("%s: row without key", name)
		}
		rows = append(rows, m)
	}
	return rows, nil
}

// mergeCity returns one row per key: the 2023 rows in order, then the rows
// present only in 2025. For keys in both files every field except source
// must agree; differing sources are joined with "; ".
func mergeCity(c23, c25 []map[string]string) ([]map[string]string, error) {
	by25 := map[string]map[string]string{}
	for _, r := range c25 {
		by25[r["key"]] = r
	}
	seen := map[string]bool{}
	var out []map[string]string
	for _, r := range c23 {
		m := r
		if r25, ok := by25[r["key"]]; ok {
			m = map[string]string{}
			for _, h := range bodyHeader {
				if h != "source" && r[h] != r25[h] {
					return nil, fmt.Errorf("%s: %s differs between city-2023.csv and city-2025.csv", r["key"], h)
				}
				m[h] = r[h]
			}
			m["source"] = r["source"]
			if r25["source"] != r["source"] {
				m["source"] = r["source"] + "; " + r25["source"]
			}
		}
		seen[r["key"]] = true
		out = append(out, m)
	}
	for _, r := range c25 {
		if !seen[r["key"]] {
			out = append(out, r)
		}
	}
	return out, nil
}

// collectiveCentral lists the central bodies that are led collectively.
var collectiveCentral = map[string]bool{
	"vn.bch-tw": true, "vn.bo-chinh-tri": true, "vn.ban-bi-thu": true,
	"vn.ubkttw": true, "vn.quoc-hoi": true, "vn.ubtvqh": true, "vn.chinh-phu": true,
}

// sharedAbbrev lists bodies that deliberately issue under one symbol.
var sharedAbbrev = map[string]bool{
	"vn.bch-tw": true, "vn.bo-chinh-tri": true, "vn.ban-bi-thu": true, // /TW
	"hn.thanh-uy": true, "hn.btv-thanh-uy": true, // /TU
}

func isCollectiveKind(kind org.Kind) bool {
	switch kind {
	case org.KindPartyCommittee, org.KindPartyStandingBoard, org.KindPeoplesCouncil, org.KindPeoplesCommittee, org.KindFront:
		return true
	}
	return false
}

// bodyOrg converts a row of central.csv or city-*.csv.
func bodyOrg(r map[string]string, level org.Level, area string) (org.OrgSpec, error) {
	// The CSVs spell kinds the old way ("peoples-committee"), which org
	// still reads.
	var kind org.Kind
	var bloc org.Bloc
	if err := kind.UnmarshalText([]byte(r["kind"])); err != nil {
		return org.OrgSpec{}, fmt.Errorf("%s: %w", r["key"], err)
	}
	if err := bloc.UnmarshalText([]byte(r["bloc"])); err != nil {
		return org.OrgSpec{}, fmt.Errorf("%s: %w", r["key"], err)
	}
	name, aliases := splitName(r["name"], kind)
	o := org.OrgSpec{
		Key:          r["key"],
		Name:         name,
		ShortName:    r["short_name"],
		Abbrev:       r["symbol_abbrev"],
		SharedAbbrev: sharedAbbrev[r["key"]],
		Aliases:      aliases,
		Kind:         kind,
		Bloc:         bloc,
		Level:        level,
		Collective:   isCollectiveKind(kind) || collectiveCentral[r["key"]] || r["key"] == "hn.ubkttu",
		Parent:       r["parent_key"],
		Area:         area,
		Source:       r["source"],
	}
	if r["valid_to"] != "" {
		u, err := dayAfter(r["valid_to"])
		if err != nil {
			return o, fmt.Errorf("%s: valid_to: %w", o.Key, err)
		}
		o.Until = u
	}
	if r["valid_from"] != "" {
		f, err := chidao.ParseISODate(r["valid_from"])
		if err != nil {
			return o, fmt.Errorf("%s: valid_from: %w", o.Key, err)
		}
		o.From = f
	}
	for _, k := range strings.Split(r["successor_keys"], ";") {
		if k = strings.TrimSpace(k); k != "" {
			o.Successors = append(o.Successors, org.Successor{Key: k})
		}
	}
	fields, notes := unconfirmedFromSource(o.Source)
	o.Unconfirmed = fields
	o.Note = strings.Join(notes, "; ")
	return o, nil
}

// splitName separates a CSV name into the official name and aliases.
// A trailing parenthetical is another name of the same body (an alias),
// except for office divisions, where it only says which office the division
// belongs to (the parent link carries that) and is dropped.
func splitName(name string, kind org.Kind) (string, []string) {
	if kind == org.KindOfficeDivision {
		name = strings.Replace(name, " (Văn phòng UBND TP)", "", 1)
		name = strings.TrimSuffix(name, ` - "Lưu: VT"`)
		return name, nil
	}
	if strings.HasSuffix(name, ")") {
		if i := strings.LastIndex(name, " ("); i > 0 {
			return name[:i], []string{name[i+2 : len(name)-1]}
		}
	}
	return name, nil
}

// sourceRule maps a phrase of a CSV source to unconfirmed fields.
type sourceRule struct {
	phrase string
	fields []string
	note   string
}

var sourceRules = []sourceRule{
	{"symbol_abbrev unconfirmed for Hà Nội (generic pattern", []string{"abbrev"}, "abbrev follows the generic initials+TU pattern (reference §2.5), not seen in a Hà Nội document symbol"},
	{"symbol_abbrev unconfirmed (conventional S+initials pattern", []string{"abbrev"}, "abbrev follows the conventional S+initials pattern, not seen in a Hà Nội document symbol"},
	{"symbol_abbrev unconfirmed", []string{"abbrev"}, "abbrev not confirmed in a document symbol"},
	{"continuation after 2025 unconfirmed", []string{"valid_until"}, "continuation after the 2025 reorganisation unconfirmed"},
	{"status after 2025 unconfirmed", []string{"valid_until"}, "continuation after the 2025 reorganisation unconfirmed"},
	{"establishment date and symbol unconfirmed", []string{"valid_from", "abbrev"}, "set-up date and symbol not found"},
	{"establishment date unconfirmed", []string{"valid_from"}, "set-up date not found"},
	{"end date of merger", []string{"valid_until"}, ""},
	{"expansion", []string{"name"}, "full name inferred from the division code"},
	{"parent body unconfirmed", []string{"parent"}, "parent body unconfirmed"},
}

// unconfirmedFromSource applies sourceRules to a (possibly merged) source.
// A source may contain several rules' phrases; a phrase already covered by a
// more specific rule at the same position is not counted twice because the
// resulting field and note lists are de-duplicated.
func unconfirmedFromSource(src string) ([]string, []string) {
	var fields, notes []string
	for _, part := range strings.Split(src, "; ") {
		for _, rule := range sourceRules {
			if !strings.Contains(part, rule.phrase) {
				continue
			}
			if rule.phrase == "expansion" && !strings.Contains(part, "unconfirmed") {
				continue
			}
			fields = append(fields, rule.fields...)
			if rule.note != "" {
				notes = append(notes, rule.note)
			}
			break // first (most specific) matching rule wins for this part
		}
	}
	return sortFields(fields), dedupe(notes)
}

func sortFields(fields []string) []string {
	var out []string
	for _, f := range fieldOrder {
		if slices.Contains(fields, f) {
			out = append(out, f)
		}
	}
	return out
}

func dedupe(s []string) []string {
	var out []string
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// override adjusts one org after conversion.
type override struct {
	unconfirmed []string // added to Org.Unconfirmed
	note        string   // appended to Org.Note
	replaceNote bool     // note replaces the note derived from the source
	apply       func(o *org.OrgSpec)
}

// overrides hold the judgement calls that cannot be derived from a source
// phrase alone. Each is explained in its note.
var overrides = map[string]override{
	"vn.btctw":  {unconfirmed: []string{"abbrev"}, note: "symbol BTCTW is medium confidence (613-BC/BTCTW, reference §2.5)"},
	"vn.ubkttw": {unconfirmed: []string{"abbrev"}, note: "symbol UBKTTW is medium confidence (23-QĐ/UBKTTW, reference §2.5)"},
	"vn.bnv": {unconfirmed: []string{"valid_until"},
		note: "took over Bộ LĐ-TB&XH on 2025-03-01; whether it was legally re-established then (which would end this key) is unconfirmed"},
	"hn.ubnd": {unconfirmed: []string{"qcvn_code"},
		note:  "qcvn_code derived from QCVN 102 rule and H26 (QĐ 2918/QĐ-UBND), not seen written out",
		apply: func(o *org.OrgSpec) { o.QCVNCode = "000.00.00.H26" }},
	"hn.btgtu": {unconfirmed: []string{"valid_until"},
		note:  "estimated: the merged board's set-up date was not found (nationally early 2025)",
		apply: func(o *org.OrgSpec) { o.Until = reform2025 }},
	"hn.bdvtu": {unconfirmed: []string{"valid_until"},
		note:  "estimated: the merged board's set-up date was not found (nationally early 2025)",
		apply: func(o *org.OrgSpec) { o.Until = reform2025 }},
	"hn.btgdvtu": {unconfirmed: []string{"valid_from", "abbrev"}, replaceNote: true,
		note:  "estimated: the merged board's set-up date was not found (nationally early 2025); symbol BTGDVTU seen for other provinces, not yet in a Hà Nội symbol",
		apply: func(o *org.OrgSpec) { o.From = reform2025 }},
	"hn.vp-ubnd.kt": {unconfirmed: []string{"name", "abbrev"},
		note: "division code KT seen only in other provinces; no Hà Nội /UBND-KT symbol found; name inferred"},
	"hn.vp-ubnd.vt": {note: "VT = văn thư (archive/registry) as in \"Lưu: VT\", not a specialised division"},
	"hn.so-noi-vu": {unconfirmed: []string{"successors"},
		note: "split: the Ban Tôn giáo part passing to Sở Dân tộc và Tôn giáo comes from the reference notes, unconfirmed"},
	"hn.so-giao-duc-dao-tao": {unconfirmed: []string{"abbrev"},
		note: "abbrev SGDĐT weakly sourced: seen only in a URL slug, where Đ is not visible"},
	"hn.bql-kcnc-hoa-lac": {unconfirmed: []string{"parent"},
		note: "may not have been a city body in 2023: the date it came under UBND TP is unconfirmed"},
	"hn.ubmttq": {unconfirmed: []string{"valid_until"},
		note: "the 2025 merger of the mass organisations into MTTQ TP is unconfirmed; if the committee was re-formed, this key would end",
		// the seed letter names it "Mặt trận Tổ quốc … Thành phố"
		apply: func(o *org.OrgSpec) {
			o.Aliases = append(o.Aliases, "Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", "Mặt trận Tổ quốc Thành phố")
		}},
	"hn.truong-dtcb-lhp":  {note: "kind approximated: a political school, typed party_board for lack of a school kind"},
	"hn.co-quan-bao-ptth": {note: "valid_from is the date of QĐ 1115-QĐ/TU (announced 5/2/2026)"},
}

func (b *builder) applyOverrides() error {
	keys := make([]string, 0, len(overrides))
	for k := range overrides {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		ov := overrides[k]
		o := b.get(k)
		if o == nil {
			return fmt.Errorf("override for unknown key %q", k)
		}
		if ov.apply != nil {
			ov.apply(o)
		}
		o.Unconfirmed = sortFields(append(o.Unconfirmed, ov.unconfirmed...))
		switch {
		case ov.replaceNote:
			o.Note = ov.note
		case ov.note != "":
			o.Note = joinNotes(o.Note, ov.note)
		}
	}
	// Press bodies merged by QĐ 1115-QĐ/TU have no CSV end date.
	for i := range b.orgs {
		o := &b.orgs[i]
		if o.Until.IsZero() && len(o.Successors) == 1 && o.Successors[0].Key == "hn.co-quan-bao-ptth" {
			o.Until = pressMerger
			o.Unconfirmed = sortFields(append(o.Unconfirmed, "valid_until"))
			o.Note = joinNotes(o.Note, "end date assumed from the decision date of QĐ 1115-QĐ/TU (30/1/2026), which merged it into the Cơ quan Báo và Phát thanh, Truyền hình Hà Nội")
		}
	}
	return nil
}

func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" || strings.Contains(a, b) {
		return a
	}
	return a + "; " + b
}

// successorChanges sets Successor.Change:
// split when a predecessor has several successors; merged when the successor
// has several predecessors or already existed (absorbed the predecessor);
// renamed for a one-to-one change into a new body.
func (b *builder) successorChanges() error {
	preds := map[string]int{}
	for _, o := range b.orgs {
		for _, s := range o.Successors {
			preds[s.Key]++
		}
	}
	for i := range b.orgs {
		o := &b.orgs[i]
		for j := range o.Successors {
			s := &o.Successors[j]
			succ := b.get(s.Key)
			if succ == nil {
				return fmt.Errorf("%s: unknown successor %q", o.Key, s.Key)
			}
			absorbed := succ.From.IsZero() || (!o.From.IsZero() && !succ.From.After(o.From))
			switch {
			case len(o.Successors) > 1:
				s.Change = org.ChangeSplit
			case preds[s.Key] > 1 || absorbed:
				s.Change = org.ChangeMerged
			default:
				s.Change = org.ChangeRenamed
			}
		}
	}
	return nil
}

var unitTypeTitle = map[string]string{
	"quận": "Quận", "huyện": "Huyện", "thị xã": "Thị xã", "phường": "Phường", "xã": "Xã",
}

var districtParty = map[string]struct {
	name, abbrev, note string
}{
	"quận":   {"Quận ủy", "QU", "abbrev QU is medium confidence and unconfirmed in a primary text (reference §2.5)"},
	"huyện":  {"Huyện ủy", "HU", "abbrev HU is medium confidence (reference §2.5)"},
	"thị xã": {"Thị ủy", "", "abbrev unknown: THU and TXU are both reported, neither confirmed (reference §2.5)"},
}

func (b *builder) addDistrict(r map[string]string, gso map[string]string) error {
	key, bare, typ := r["key"], r["name"], r["type"]
	title, ok := unitTypeTitle[typ]
	party, okp := districtParty[typ]
	if !ok || !okp {
		return fmt.Errorf("%s: unknown district type %q", key, typ)
	}
	if gso[key] == "" {
		return fmt.Errorf("%s: no gso code", key)
	}
	until, err := dayAfter(r["valid_to"])
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	v := org.Validity{Until: until}
	unit := org.OrgSpec{
		Key: key, Name: title + " " + bare, ShortName: bare,
		Kind: org.KindDistrict, Bloc: org.BlocState, Level: org.LevelDistrict,
		GSOCode: gso[key], Parent: cityKey, Area: key,
		Validity: v, Source: r["source"],
	}
	ubnd := org.OrgSpec{
		Key: key + ".ubnd", Name: "Ủy ban nhân dân " + typ + " " + bare,
		ShortName: "UBND " + typ + " " + bare, Abbrev: "UBND",
		Kind: org.KindPeoplesCommittee, Bloc: org.BlocState, Level: org.LevelDistrict, Collective: true,
		Parent: cityUBND, Area: key, Validity: v, Source: r["source"],
	}
	capUy := org.OrgSpec{
		Key: key + ".cap-uy", Name: party.name + " " + bare, ShortName: party.name + " " + bare,
		Abbrev: party.abbrev, Kind: org.KindPartyCommittee, Bloc: org.BlocParty, Level: org.LevelDistrict,
		Collective: true, Parent: cityPartyKey, Area: key, Validity: v,
		Unconfirmed: []string{"abbrev"}, Note: party.note, Source: r["source"],
	}
	for _, o := range []org.OrgSpec{unit, ubnd, capUy} {
		if err := b.add(o); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) addCommune(r map[string]string, gso map[string]string) error {
	key, bare, typ := r["key"], r["name"], r["type"]
	title, ok := unitTypeTitle[typ]
	if !ok || (typ != "phường" && typ != "xã") {
		return fmt.Errorf("%s: unknown commune type %q", key, typ)
	}
	if gso[key] == "" {
		return fmt.Errorf("%s: no gso code", key)
	}
	v := org.Validity{From: twoTier2025}
	unit := org.OrgSpec{
		Key: key, Name: title + " " + bare, ShortName: bare,
		Kind: org.KindCommune, Bloc: org.BlocState, Level: org.LevelCommune,
		GSOCode: gso[key], Parent: cityKey, Area: key,
		Validity: v, Source: r["source"],
	}
	ubnd := org.OrgSpec{
		Key: key + ".ubnd", Name: "Ủy ban nhân dân " + typ + " " + bare,
		ShortName: "UBND " + typ + " " + bare, Abbrev: "UBND",
		Kind: org.KindPeoplesCommittee, Bloc: org.BlocState, Level: org.LevelCommune, Collective: true,
		Parent: cityUBND, Area: key, Validity: v, Source: r["source"],
	}
	if err := b.add(unit); err != nil {
		return err
	}
	return b.add(ubnd)
}

// relations adds the leads and guides relations, each clipped to the
// validity of both ends.
func (b *builder) relations() error {
	for _, to := range []string{"hn.hdnd", "hn.ubnd", "hn.ubmttq"} {
		if err := b.rel(org.RelationSpec{Type: org.RelationLeads, From: cityPartyKey, To: to}); err != nil {
			return err
		}
	}

	var press, oldPress []string
	for _, o := range b.orgs {
		if o.Kind == org.KindPress {
			press = append(press, o.Key)
			if o.From.Before(pressMerger) {
				oldPress = append(oldPress, o.Key)
			}
		}
	}
	guide := func(from string, to []string, r org.RelationSpec) error {
		for _, t := range to {
			rr := r
			rr.Type, rr.From, rr.To = org.RelationGuides, from, t
			if err := b.rel(rr); err != nil {
				return err
			}
		}
		return nil
	}
	// Pre-2025 guiders: only the bodies that existed before the press merger.
	if err := guide("hn.so-thong-tin-truyen-thong", oldPress, org.RelationSpec{Validity: org.Validity{Until: reform2025}}); err != nil {
		return err
	}
	if err := guide("hn.btgtu", oldPress, org.RelationSpec{}); err != nil {
		return err
	}
	// Post-2025 guiders: every press body, including the merged one.
	if err := guide("hn.btgdvtu", press, org.RelationSpec{}); err != nil {
		return err
	}
	if err := guide("hn.so-van-hoa-the-thao", press, org.RelationSpec{
		Validity:    org.Validity{From: reform2025},
		Unconfirmed: true,
		Note:        "press management assumed to pass to Sở VH&TT with the national transfer to Bộ VHTTDL; not confirmed for Hà Nội",
	}); err != nil {
		return err
	}

	for _, o := range b.orgs {
		if o.Kind == org.KindDistrict {
			if err := b.rel(org.RelationSpec{Type: org.RelationLeads, From: o.Key + ".cap-uy", To: o.Key + ".ubnd",
				Validity: org.Validity{Until: o.Until}}); err != nil {
				return err
			}
		}
	}
	return nil
}

// rel clips r to the validity of both ends and appends it.
func (b *builder) rel(r org.RelationSpec) error {
	from, to := b.get(r.From), b.get(r.To)
	if from == nil || to == nil {
		return fmt.Errorf("relation %s %s -> %s: unknown end", r.Type, r.From, r.To)
	}
	v := &r.Validity // r.From is the key of the first end
	for _, d := range []chidao.Date{from.From, to.From} {
		if d.After(v.From) {
			v.From = d
		}
	}
	for _, d := range []chidao.Date{from.Until, to.Until} {
		if !d.IsZero() && (v.Until.IsZero() || d.Before(v.Until)) {
			v.Until = d
		}
	}
	if !v.From.IsZero() && !v.Until.IsZero() && !v.From.Before(v.Until) {
		return fmt.Errorf("relation %s %s -> %s: empty validity %s", r.Type, r.From, r.To, r.Validity)
	}
	b.rels = append(b.rels, r)
	return nil
}

const districtGone = "the district level (cấp huyện) does not exist from 2025-07-01 (Luật 72/2025/QH15; NQ 1656/NQ-UBTVQH15)"

func groups() []org.GroupSpec {
	return []org.GroupSpec{
		{
			Key:  "hn.g.so-ban-nganh",
			Name: "Các Sở, ban, ngành Thành phố",
			Phrases: []string{"Các Sở, ban, ngành Thành phố", "Các Sở, ban, ngành", "Các sở, ngành Thành phố",
				"Các Sở, ngành Thành phố", "Các Sở, ngành", "Sở, ban, ngành Thành phố"},
			Under: cityUBND,
			Kinds: []org.Kind{org.KindDepartment, org.KindOffice},
		},
		{
			Key:  "hn.g.ubnd-quan-huyen",
			Name: "UBND các quận, huyện, thị xã",
			Phrases: []string{"UBND các quận, huyện, thị xã", "UBND quận, huyện, thị xã",
				"Ủy ban nhân dân các quận, huyện, thị xã", "UBND các quận, huyện"},
			Under:    cityUBND,
			Kinds:    []org.Kind{org.KindPeoplesCommittee},
			Levels:   []org.Level{org.LevelDistrict},
			Validity: org.Validity{Until: twoTier2025},
			Note:     districtGone,
		},
		{
			Key:  "hn.g.ubnd-xa-phuong",
			Name: "UBND các xã, phường",
			Phrases: []string{"UBND các xã, phường", "UBND các phường, xã", "UBND xã, phường",
				"Ủy ban nhân dân các xã, phường"},
			Under:    cityUBND,
			Kinds:    []org.Kind{org.KindPeoplesCommittee},
			Levels:   []org.Level{org.LevelCommune},
			Validity: org.Validity{From: twoTier2025},
			Note:     "the 526 commune-level units before 2025-07-01 are not in this registry",
		},
		{
			Key:      "hn.g.quan-huyen-thi-uy",
			Name:     "Các Quận ủy, Huyện ủy, Thị ủy",
			Phrases:  []string{"Các Quận ủy, Huyện ủy, Thị ủy", "Các quận, huyện, thị ủy"},
			Under:    cityPartyKey,
			Kinds:    []org.Kind{org.KindPartyCommittee},
			Levels:   []org.Level{org.LevelDistrict},
			Validity: org.Validity{Until: twoTier2025},
			Note:     districtGone,
		},
		{
			Key:     "hn.g.ban-dang",
			Name:    "Các ban Đảng Thành ủy",
			Phrases: []string{"Các ban Đảng Thành ủy", "Các ban, đơn vị Thành ủy"},
			Under:   cityPartyKey,
			Kinds:   []org.Kind{org.KindPartyBoard},
		},
		{
			Key:     "hn.g.bao-chi",
			Name:    "Các cơ quan báo chí thành phố Hà Nội",
			Phrases: []string{"Các cơ quan báo chí thành phố Hà Nội", "Các cơ quan báo chí Thành phố", "Các cơ quan báo chí"},
			Kinds:   []org.Kind{org.KindPress},
		},
		{
			Key:  "hn.g.mttq-ctxh",
			Name: "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố",
			Phrases: []string{"Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố",
				"Ủy ban MTTQ Việt Nam Thành phố và các tổ chức chính trị - xã hội Thành phố",
				"MTTQ và các đoàn thể Thành phố"},
			Kinds: []org.Kind{org.KindFront},
			Note:  "only the Ủy ban MTTQ is in this registry; the socio-political organisations are not modelled yet",
		},
		{
			Key:     "vn.g.bo-nganh",
			Name:    "Các Bộ, cơ quan ngang Bộ",
			Phrases: []string{"Các Bộ, cơ quan ngang Bộ"},
			Under:   "vn.chinh-phu",
			Kinds:   []org.Kind{org.KindCentral},
			Note:    "includes every central body directly under the Government in this registry",
		},
	}
}

// dayAfter converts an inclusive last day into the exclusive first day after.
func dayAfter(d string) (chidao.Date, error) {
	t, err := chidao.ParseISODate(d)
	if err != nil {
		return chidao.Date{}, err
	}
	return t.AddDays(1), nil
}
