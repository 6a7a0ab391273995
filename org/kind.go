package org

import (
	"strconv"
	"strings"

	"github.com/chidao/chidao"
)

// Kind says what sort of body an Org is. String returns the stable wire
// code; Label the Vietnamese name.
type Kind uint8

// Do not reorder: the numeric values are not the wire form, but keep them stable.
const (
	KindUnspecified        Kind = iota
	KindCentral                 // a central Party or State body (Bộ Chính trị, Chính phủ, a ministry)
	KindPartyCommittee          // cấp ủy: Thành ủy, Quận ủy, Đảng ủy
	KindPartyStandingBoard      // Ban Thường vụ of a Party committee
	KindPartyBoard              // advisory body of a Party committee (ban, văn phòng, ủy ban kiểm tra)
	KindPeoplesCouncil          // Hội đồng nhân dân
	KindPeoplesCommittee        // Ủy ban nhân dân
	KindDepartment              // Sở or an equivalent specialised body
	KindOffice                  // Văn phòng of a people's committee
	KindOfficeDivision          // a division (phòng) of an office, used as drafting unit
	KindFront                   // Mặt trận Tổ quốc
	KindPress                   // a press agency
	KindProvince                // a province-level administrative unit
	KindDistrict                // a district-level administrative unit (quận, huyện, thị xã)
	KindCommune                 // a commune-level administrative unit (xã, phường)
	kindCount
)

var kinds = newEnum[Kind]("org.Kind", "kind", (&[kindCount]enumEntry{
	KindCentral:            {"central", "cơ quan trung ương"},
	KindPartyCommittee:     {"party_committee", "cấp ủy"},
	KindPartyStandingBoard: {"party_standing_board", "ban thường vụ"},
	KindPartyBoard:         {"party_board", "cơ quan tham mưu của cấp ủy"},
	KindPeoplesCouncil:     {"peoples_council", "hội đồng nhân dân"},
	KindPeoplesCommittee:   {"peoples_committee", "ủy ban nhân dân"},
	KindDepartment:         {"department", "sở, ngành"},
	KindOffice:             {"office", "văn phòng"},
	KindOfficeDivision:     {"office_division", "phòng thuộc văn phòng"},
	KindFront:              {"front", "mặt trận tổ quốc"},
	KindPress:              {"press", "cơ quan báo chí"},
	KindProvince:           {"province", "tỉnh, thành phố"},
	KindDistrict:           {"district", "quận, huyện, thị xã"},
	KindCommune:            {"commune", "xã, phường"},
})[:])

// Bloc is the part of the political system a body belongs to.
type Bloc uint8

const (
	BlocUnspecified Bloc = iota
	BlocParty
	BlocState
	BlocFront
	BlocPress
	blocCount
)

var blocs = newEnum[Bloc]("org.Bloc", "bloc", (&[blocCount]enumEntry{
	BlocParty: {"party", "Đảng"},
	BlocState: {"state", "Nhà nước"},
	BlocFront: {"front", "Mặt trận"},
	BlocPress: {"press", "báo chí"},
})[:])

// Level is the tier of government a body works at.
type Level uint8

const (
	LevelUnspecified Level = iota
	LevelCentral
	LevelProvince
	LevelDistrict
	LevelCommune
	levelCount
)

var levels = newEnum[Level]("org.Level", "level", (&[levelCount]enumEntry{
	LevelCentral:  {"central", "trung ương"},
	LevelProvince: {"province", "cấp tỉnh"},
	LevelDistrict: {"district", "cấp huyện"},
	LevelCommune:  {"commune", "cấp xã"},
})[:])

// Change is how a body passed its responsibilities to a successor.
type Change uint8

const (
	ChangeUnspecified Change = iota
	ChangeRenamed
	ChangeMerged
	ChangeSplit
	ChangeAbolished
	changeCount
)

var changes = newEnum[Change]("org.Change", "change", (&[changeCount]enumEntry{
	ChangeRenamed:   {"renamed", "đổi tên"},
	ChangeMerged:    {"merged", "hợp nhất, sáp nhập"},
	ChangeSplit:     {"split", "chia tách"},
	ChangeAbolished: {"abolished", "giải thể"},
})[:])

// RelationType is the kind of a dated edge between two bodies.
type RelationType uint8

const (
	RelationUnspecified RelationType = iota
	// RelationSubordinate: From is subordinate to (trực thuộc) To. An Org's
	// parent is its main subordinate relation; explicit ones add more.
	RelationSubordinate
	// RelationLeads: a Party committee leads the State bodies of its level.
	RelationLeads
	// RelationGuides: professional guidance, not command (the information
	// department over the press).
	RelationGuides
	// RelationActsFor: From acts for To, as a Party committee's standing
	// board does for the committee between plenums. Kind
	// party_standing_board implies it towards the parent.
	RelationActsFor
	relationCount
)

var relationTypes = newEnum[RelationType]("org.RelationType", "type", (&[relationCount]enumEntry{
	RelationSubordinate: {"subordinate", "trực thuộc"},
	RelationLeads:       {"leads", "lãnh đạo"},
	RelationGuides:      {"guides", "hướng dẫn chuyên môn"},
	RelationActsFor:     {"acts_for", "thay mặt"},
})[:])

// String returns the wire code ("peoples_committee"); "" for KindUnspecified.
func (k Kind) String() string { return kinds.code(k) }

// Label returns the Vietnamese name of the kind.
func (k Kind) Label() string { return kinds.label(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kinds.marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.unmarshal(k, b) }

// ParseKind returns the Kind with wire code s.
func ParseKind(s string) (Kind, error) { var k Kind; err := k.UnmarshalText([]byte(s)); return k, err }

// String returns the wire code ("state").
func (b Bloc) String() string { return blocs.code(b) }

// Label returns the Vietnamese name of the bloc.
func (b Bloc) Label() string { return blocs.label(b) }

// MarshalText implements encoding.TextMarshaler.
func (b Bloc) MarshalText() ([]byte, error) { return blocs.marshal(b) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Bloc) UnmarshalText(t []byte) error { return blocs.unmarshal(b, t) }

// String returns the wire code ("district").
func (l Level) String() string { return levels.code(l) }

// Label returns the Vietnamese name of the level.
func (l Level) Label() string { return levels.label(l) }

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return levels.marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Level) UnmarshalText(t []byte) error { return levels.unmarshal(l, t) }

// String returns the wire code ("merged").
func (c Change) String() string { return changes.code(c) }

// Label returns the Vietnamese name of the change.
func (c Change) Label() string { return changes.label(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Change) MarshalText() ([]byte, error) { return changes.marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Change) UnmarshalText(t []byte) error { return changes.unmarshal(c, t) }

// String returns the wire code ("leads").
func (r RelationType) String() string { return relationTypes.code(r) }

// Label returns the Vietnamese name of the relation.
func (r RelationType) Label() string { return relationTypes.label(r) }

// MarshalText implements encoding.TextMarshaler.
func (r RelationType) MarshalText() ([]byte, error) { return relationTypes.marshal(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *RelationType) UnmarshalText(t []byte) error { return relationTypes.unmarshal(r, t) }

// enumEntry is the wire code and Vietnamese label of one enum value.
type enumEntry struct{ code, label string }

// enum gives an enum type its String, Label and text form from one table
// indexed by value. Index 0 is the unspecified value, written "". Codes are
// snake_case, as everywhere in the project; the hyphenated spelling older
// registries were saved with ("peoples-committee") is still read.
type enum[E ~uint8] struct {
	name    string // Go type, for the String of a value outside the table
	field   string // JSON field, to name it in errors
	entries []enumEntry
	byCode  map[string]E
}

func newEnum[E ~uint8](name, field string, entries []enumEntry) *enum[E] {
	t := &enum[E]{name: name, field: field, entries: entries, byCode: make(map[string]E, len(entries))}
	for i, e := range entries {
		t.byCode[e.code] = E(i)
		if old := strings.ReplaceAll(e.code, "_", "-"); old != e.code {
			t.byCode[old] = E(i)
		}
	}
	return t
}

// valid reports whether v is a specified value of the table.
func (t *enum[E]) valid(v E) bool { return v > 0 && int(v) < len(t.entries) }

func (t *enum[E]) code(v E) string {
	if int(v) < len(t.entries) {
		return t.entries[v].code
	}
	return t.name + "(" + strconv.Itoa(int(v)) + ")"
}

func (t *enum[E]) label(v E) string {
	if int(v) < len(t.entries) {
		return t.entries[v].label
	}
	return t.name + "(" + strconv.Itoa(int(v)) + ")"
}

// marshal refuses a value outside the table, so that no file ever holds a
// code nothing can read back.
func (t *enum[E]) marshal(v E) ([]byte, error) {
	if int(v) >= len(t.entries) {
		return nil, &enumError{field: t.field, value: t.code(v), write: true}
	}
	return []byte(t.entries[v].code), nil
}

func (t *enum[E]) unmarshal(v *E, b []byte) error {
	x, ok := t.byCode[string(b)]
	*v = x
	if !ok {
		return &enumError{field: t.field, value: string(b), known: t.codes()}
	}
	return nil
}

// codes returns the specified codes, in order.
func (t *enum[E]) codes() []string {
	out := make([]string, 0, len(t.entries)-1)
	for _, e := range t.entries[1:] {
		out = append(out, e.code)
	}
	return out
}

// enumError reports a code or value outside an enum's table. It wraps
// chidao.ErrInvalid.
type enumError struct {
	field string   // JSON field of the enum ("kind")
	value string   // the code read, or the value written ("org.Kind(42)")
	known []string // the codes that would have been read
	write bool
}

func (e *enumError) Error() string {
	if e.write {
		return "org: cannot write " + e.value + ": not a known " + e.field
	}
	return "unknown " + e.field + " " + strconv.Quote(clip(e.value)) + " (known: " + strings.Join(e.known, ", ") + ")"
}

func (e *enumError) Unwrap() error { return chidao.ErrInvalid }
