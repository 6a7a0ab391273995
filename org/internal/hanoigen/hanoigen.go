// Package hanoigen turns the compiled Hà Nội CSV tables (src/*.csv) into the
// registry JSON committed as org/data/hanoi.json.
//
// The CSVs give valid_to as the last day in force (inclusive); the registry
// uses valid_until as the first day the body no longer exists (exclusive), so
// every CSV end date is moved one day forward.
package hanoigen

import (
	"bytes"
	"embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

//go:embed src/*.csv
var srcFS embed.FS

// Dates used by the data.
const (
	reform2025   = "2025-03-01" // Sở and ministry mergers take effect
	twoTier2025  = "2025-07-01" // district level abolished, new communes
	pressMerger  = "2026-01-30" // QĐ 1115-QĐ/TU
	cityKey      = "hn"
	cityUBND     = "hn.ubnd"
	cityPartyKey = "hn.thanh-uy"
)

// Generate returns the registry as indented JSON (2 spaces) with a trailing
// newline. The output depends only on the embedded CSVs.
func Generate() ([]byte, error) {
	reg, err := Build()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(reg); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Build assembles and validates the registry.
func Build() (*Registry, error) {
	b := &builder{index: map[string]int{}}
	if err := b.run(); err != nil {
		return nil, err
	}
	reg := &Registry{
		Schema:    Schema,
		Name:      "Hà Nội",
		Orgs:      b.orgs,
		Relations: b.rels,
		Groups:    groups(),
	}
	if err := Validate(reg); err != nil {
		return nil, err
	}
	return reg, nil
}

type builder struct {
	orgs  []Org
	index map[string]int
	rels  []Relation
}

func (b *builder) add(o Org) error {
	if _, dup := b.index[o.Key]; dup {
		return fmt.Errorf("duplicate key %q", o.Key)
	}
	b.index[o.Key] = len(b.orgs)
	b.orgs = append(b.orgs, o)
	return nil
}

func (b *builder) get(key string) *Org {
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
		o, err := bodyOrg(r, "central", "")
		if err != nil {
			return err
		}
		if err := b.add(o); err != nil {
			return err
		}
	}

	// The city itself.
	if err := b.add(Org{
		Key:       cityKey,
		Name:      "Thành phố Hà Nội",
		ShortName: "Hà Nội",
		Kind:      "province",
		Bloc:      "state",
		Level:     "province",
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
		o, err := bodyOrg(r, "province", cityKey)
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

func isCollectiveKind(kind string) bool {
	switch kind {
	case "party_committee", "party_standing_board", "peoples_council", "peoples_committee", "front":
		return true
	}
	return false
}

// bodyOrg converts a row of central.csv or city-*.csv.
func bodyOrg(r map[string]string, level, area string) (Org, error) {
	// The CSVs spell kinds the old way ("peoples-committee"); the registry
	// writes wire codes in snake_case.
	kind := strings.ReplaceAll(r["kind"], "-", "_")
	name, aliases := splitName(r["name"], kind)
	o := Org{
		Key:          r["key"],
		Name:         name,
		ShortName:    r["short_name"],
		Abbrev:       r["symbol_abbrev"],
		SharedAbbrev: sharedAbbrev[r["key"]],
		Aliases:      aliases,
		Kind:         kind,
		Bloc:         r["bloc"],
		Level:        level,
		Collective:   isCollectiveKind(kind) || collectiveCentral[r["key"]] || r["key"] == "hn.ubkttu",
		Parent:       r["parent_key"],
		Area:         area,
		ValidFrom:    r["valid_from"],
		Source:       r["source"],
	}
	if r["valid_to"] != "" {
		u, err := dayAfter(r["valid_to"])
		if err != nil {
			return o, fmt.Errorf("%s: valid_to: %w", o.Key, err)
		}
		o.ValidUntil = u
	}
	if o.ValidFrom != "" {
		if _, err := time.Parse(time.DateOnly, o.ValidFrom); err != nil {
			return o, fmt.Errorf("%s: valid_from: %w", o.Key, err)
		}
	}
	for _, k := range strings.Split(r["successor_keys"], ";") {
		if k = strings.TrimSpace(k); k != "" {
			o.Successors = append(o.Successors, Successor{Key: k})
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
func splitName(name, kind string) (string, []string) {
	if kind == "office_division" {
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
	apply       func(o *Org)
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
		apply: func(o *Org) { o.QCVNCode = "000.00.00.H26" }},
	"hn.btgtu": {unconfirmed: []string{"valid_until"},
		note:  "estimated: the merged board's set-up date was not found (nationally early 2025)",
		apply: func(o *Org) { o.ValidUntil = reform2025 }},
	"hn.bdvtu": {unconfirmed: []string{"valid_until"},
		note:  "estimated: the merged board's set-up date was not found (nationally early 2025)",
		apply: func(o *Org) { o.ValidUntil = reform2025 }},
	"hn.btgdvtu": {unconfirmed: []string{"valid_from", "abbrev"}, replaceNote: true,
		note:  "estimated: the merged board's set-up date was not found (nationally early 2025); symbol BTGDVTU seen for other provinces, not yet in a Hà Nội symbol",
		apply: func(o *Org) { o.ValidFrom = reform2025 }},
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
		note: "the 2025 merger of the mass organisations into MTTQ TP is unconfirmed; if the committee was re-formed, this key would end"},
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
		if o.ValidUntil == "" && len(o.Successors) == 1 && o.Successors[0].Key == "hn.co-quan-bao-ptth" {
			o.ValidUntil = pressMerger
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
			absorbed := succ.ValidFrom == "" || (o.ValidFrom != "" && succ.ValidFrom <= o.ValidFrom)
			switch {
			case len(o.Successors) > 1:
				s.Change = "split"
			case preds[s.Key] > 1 || absorbed:
				s.Change = "merged"
			default:
				s.Change = "renamed"
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
	unit := Org{
		Key: key, Name: title + " " + bare, ShortName: bare,
		Kind: "district", Bloc: "state", Level: "district",
		GSOCode: gso[key], Parent: cityKey, Area: key,
		ValidUntil: until, Source: r["source"],
	}
	ubnd := Org{
		Key: key + ".ubnd", Name: "Ủy ban nhân dân " + typ + " " + bare,
		ShortName: "UBND " + typ + " " + bare, Abbrev: "UBND",
		Kind: "peoples_committee", Bloc: "state", Level: "district", Collective: true,
		Parent: cityUBND, Area: key, ValidUntil: until, Source: r["source"],
	}
	capUy := Org{
		Key: key + ".cap-uy", Name: party.name + " " + bare, ShortName: party.name + " " + bare,
		Abbrev: party.abbrev, Kind: "party_committee", Bloc: "party", Level: "district",
		Collective: true, Parent: cityPartyKey, Area: key, ValidUntil: until,
		Unconfirmed: []string{"abbrev"}, Note: party.note, Source: r["source"],
	}
	for _, o := range []Org{unit, ubnd, capUy} {
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
	unit := Org{
		Key: key, Name: title + " " + bare, ShortName: bare,
		Kind: "commune", Bloc: "state", Level: "commune",
		GSOCode: gso[key], Parent: cityKey, Area: key,
		ValidFrom: twoTier2025, Source: r["source"],
	}
	ubnd := Org{
		Key: key + ".ubnd", Name: "Ủy ban nhân dân " + typ + " " + bare,
		ShortName: "UBND " + typ + " " + bare, Abbrev: "UBND",
		Kind: "peoples_committee", Bloc: "state", Level: "commune", Collective: true,
		Parent: cityUBND, Area: key, ValidFrom: twoTier2025, Source: r["source"],
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
		if err := b.rel(Relation{Type: "leads", From: cityPartyKey, To: to}); err != nil {
			return err
		}
	}

	var press, oldPress []string
	for _, o := range b.orgs {
		if o.Kind == "press" {
			press = append(press, o.Key)
			if o.ValidFrom == "" || o.ValidFrom < pressMerger {
				oldPress = append(oldPress, o.Key)
			}
		}
	}
	guide := func(from string, to []string, r Relation) error {
		for _, t := range to {
			rr := r
			rr.Type, rr.From, rr.To = "guides", from, t
			if err := b.rel(rr); err != nil {
				return err
			}
		}
		return nil
	}
	// Pre-2025 guiders: only the bodies that existed before the press merger.
	if err := guide("hn.so-thong-tin-truyen-thong", oldPress, Relation{ValidUntil: reform2025}); err != nil {
		return err
	}
	if err := guide("hn.btgtu", oldPress, Relation{}); err != nil {
		return err
	}
	// Post-2025 guiders: every press body, including the merged one.
	if err := guide("hn.btgdvtu", press, Relation{}); err != nil {
		return err
	}
	if err := guide("hn.so-van-hoa-the-thao", press, Relation{
		ValidFrom:   reform2025,
		Unconfirmed: true,
		Note:        "press management assumed to pass to Sở VH&TT with the national transfer to Bộ VHTTDL; not confirmed for Hà Nội",
	}); err != nil {
		return err
	}

	for _, o := range b.orgs {
		if o.Kind == "district" {
			if err := b.rel(Relation{Type: "leads", From: o.Key + ".cap-uy", To: o.Key + ".ubnd", ValidUntil: o.ValidUntil}); err != nil {
				return err
			}
		}
	}
	return nil
}

// rel clips r to the validity of both ends and appends it.
func (b *builder) rel(r Relation) error {
	from, to := b.get(r.From), b.get(r.To)
	if from == nil || to == nil {
		return fmt.Errorf("relation %s %s -> %s: unknown end", r.Type, r.From, r.To)
	}
	for _, d := range []string{from.ValidFrom, to.ValidFrom} {
		if d > r.ValidFrom {
			r.ValidFrom = d
		}
	}
	for _, d := range []string{from.ValidUntil, to.ValidUntil} {
		if d != "" && (r.ValidUntil == "" || d < r.ValidUntil) {
			r.ValidUntil = d
		}
	}
	if r.ValidFrom != "" && r.ValidUntil != "" && r.ValidFrom >= r.ValidUntil {
		return fmt.Errorf("relation %s %s -> %s: empty validity [%s, %s)", r.Type, r.From, r.To, r.ValidFrom, r.ValidUntil)
	}
	b.rels = append(b.rels, r)
	return nil
}

const districtGone = "the district level (cấp huyện) does not exist from 2025-07-01 (Luật 72/2025/QH15; NQ 1656/NQ-UBTVQH15)"

func groups() []Group {
	return []Group{
		{
			Key:  "hn.g.so-ban-nganh",
			Name: "Các Sở, ban, ngành Thành phố",
			Phrases: []string{"Các Sở, ban, ngành Thành phố", "Các Sở, ban, ngành", "Các sở, ngành Thành phố",
				"Các Sở, ngành Thành phố", "Các Sở, ngành", "Sở, ban, ngành Thành phố"},
			Under: cityUBND,
			Kinds: []string{"department", "office"},
		},
		{
			Key:  "hn.g.ubnd-quan-huyen",
			Name: "UBND các quận, huyện, thị xã",
			Phrases: []string{"UBND các quận, huyện, thị xã", "UBND quận, huyện, thị xã",
				"Ủy ban nhân dân các quận, huyện, thị xã", "UBND các quận, huyện"},
			Under:      cityUBND,
			Kinds:      []string{"peoples_committee"},
			Levels:     []string{"district"},
			ValidUntil: twoTier2025,
			Note:       districtGone,
		},
		{
			Key:  "hn.g.ubnd-xa-phuong",
			Name: "UBND các xã, phường",
			Phrases: []string{"UBND các xã, phường", "UBND các phường, xã", "UBND xã, phường",
				"Ủy ban nhân dân các xã, phường"},
			Under:     cityUBND,
			Kinds:     []string{"peoples_committee"},
			Levels:    []string{"commune"},
			ValidFrom: twoTier2025,
			Note:      "the 526 commune-level units before 2025-07-01 are not in this registry",
		},
		{
			Key:        "hn.g.quan-huyen-thi-uy",
			Name:       "Các Quận ủy, Huyện ủy, Thị ủy",
			Phrases:    []string{"Các Quận ủy, Huyện ủy, Thị ủy", "Các quận, huyện, thị ủy"},
			Under:      cityPartyKey,
			Kinds:      []string{"party_committee"},
			Levels:     []string{"district"},
			ValidUntil: twoTier2025,
			Note:       districtGone,
		},
		{
			Key:     "hn.g.ban-dang",
			Name:    "Các ban Đảng Thành ủy",
			Phrases: []string{"Các ban Đảng Thành ủy", "Các ban, đơn vị Thành ủy"},
			Under:   cityPartyKey,
			Kinds:   []string{"party_board"},
		},
		{
			Key:     "hn.g.bao-chi",
			Name:    "Các cơ quan báo chí thành phố Hà Nội",
			Phrases: []string{"Các cơ quan báo chí thành phố Hà Nội", "Các cơ quan báo chí Thành phố", "Các cơ quan báo chí"},
			Kinds:   []string{"press"},
		},
		{
			Key:  "hn.g.mttq-ctxh",
			Name: "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố",
			Phrases: []string{"Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố",
				"Ủy ban MTTQ Việt Nam Thành phố và các tổ chức chính trị - xã hội Thành phố",
				"MTTQ và các đoàn thể Thành phố"},
			Kinds: []string{"front"},
			Note:  "only the Ủy ban MTTQ is in this registry; the socio-political organisations are not modelled yet",
		},
		{
			Key:     "vn.g.bo-nganh",
			Name:    "Các Bộ, cơ quan ngang Bộ",
			Phrases: []string{"Các Bộ, cơ quan ngang Bộ"},
			Under:   "vn.chinh-phu",
			Kinds:   []string{"central"},
			Note:    "includes every central body directly under the Government in this registry",
		},
	}
}

// dayAfter converts an inclusive last day into the exclusive first day after.
func dayAfter(d string) (string, error) {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return "", err
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly), nil
}
