package org

import "strconv"

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

var kindCodes = [kindCount]string{"", "central", "party-committee", "party-standing-board", "party-board",
	"peoples-council", "peoples-committee", "department", "office", "office-division", "front", "press",
	"province", "district", "commune"}

var kindLabels = [kindCount]string{"", "cơ quan trung ương", "cấp ủy", "ban thường vụ", "cơ quan tham mưu của cấp ủy",
	"hội đồng nhân dân", "ủy ban nhân dân", "sở, ngành", "văn phòng", "phòng thuộc văn phòng", "mặt trận tổ quốc",
	"cơ quan báo chí", "tỉnh, thành phố", "quận, huyện, thị xã", "xã, phường"}

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

var blocCodes = [blocCount]string{"", "party", "state", "front", "press"}
var blocLabels = [blocCount]string{"", "Đảng", "Nhà nước", "Mặt trận", "báo chí"}

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

var levelCodes = [levelCount]string{"", "central", "province", "district", "commune"}
var levelLabels = [levelCount]string{"", "trung ương", "cấp tỉnh", "cấp huyện", "cấp xã"}

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

var changeCodes = [changeCount]string{"", "renamed", "merged", "split", "abolished"}
var changeLabels = [changeCount]string{"", "đổi tên", "hợp nhất, sáp nhập", "chia tách", "giải thể"}

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
	// party-standing-board implies it towards the parent.
	RelationActsFor
	relationCount
)

var relationCodes = [relationCount]string{"", "subordinate", "leads", "guides", "acts-for"}
var relationLabels = [relationCount]string{"", "trực thuộc", "lãnh đạo", "hướng dẫn chuyên môn", "thay mặt"}

func enumString(codes []string, v int, typ string) string {
	if v > 0 && v < len(codes) {
		return codes[v]
	}
	if v == 0 {
		return ""
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

func enumParse(codes []string, s, typ string) (int, error) {
	for i, c := range codes {
		if c == s {
			return i, nil
		}
	}
	return 0, &textError{field: typ, value: s}
}

// String returns the wire code ("peoples-committee"); "" for KindUnspecified.
func (k Kind) String() string { return enumString(kindCodes[:], int(k), "org.Kind") }

// Label returns the Vietnamese name of the kind.
func (k Kind) Label() string { return enumString(kindLabels[:], int(k), "org.Kind") }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumParse(kindCodes[:], string(b), "kind")
	*k = Kind(v)
	return err
}

// ParseKind returns the Kind with wire code s.
func ParseKind(s string) (Kind, error) { var k Kind; err := k.UnmarshalText([]byte(s)); return k, err }

// String returns the wire code ("state").
func (b Bloc) String() string { return enumString(blocCodes[:], int(b), "org.Bloc") }

// Label returns the Vietnamese name of the bloc.
func (b Bloc) Label() string { return enumString(blocLabels[:], int(b), "org.Bloc") }

// MarshalText implements encoding.TextMarshaler.
func (b Bloc) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Bloc) UnmarshalText(t []byte) error {
	v, err := enumParse(blocCodes[:], string(t), "bloc")
	*b = Bloc(v)
	return err
}

// String returns the wire code ("district").
func (l Level) String() string { return enumString(levelCodes[:], int(l), "org.Level") }

// Label returns the Vietnamese name of the level.
func (l Level) Label() string { return enumString(levelLabels[:], int(l), "org.Level") }

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Level) UnmarshalText(t []byte) error {
	v, err := enumParse(levelCodes[:], string(t), "level")
	*l = Level(v)
	return err
}

// String returns the wire code ("merged").
func (c Change) String() string { return enumString(changeCodes[:], int(c), "org.Change") }

// Label returns the Vietnamese name of the change.
func (c Change) Label() string { return enumString(changeLabels[:], int(c), "org.Change") }

// MarshalText implements encoding.TextMarshaler.
func (c Change) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Change) UnmarshalText(t []byte) error {
	v, err := enumParse(changeCodes[:], string(t), "change")
	*c = Change(v)
	return err
}

// String returns the wire code ("leads").
func (r RelationType) String() string {
	return enumString(relationCodes[:], int(r), "org.RelationType")
}

// Label returns the Vietnamese name of the relation.
func (r RelationType) Label() string {
	return enumString(relationLabels[:], int(r), "org.RelationType")
}

// MarshalText implements encoding.TextMarshaler.
func (r RelationType) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *RelationType) UnmarshalText(t []byte) error {
	v, err := enumParse(relationCodes[:], string(t), "type")
	*r = RelationType(v)
	return err
}
