package directive

import (
	"strconv"

	"github.com/chidao/chidao"
)

// Relation is what the citing text does with a cited document, read from
// the words before the citation. The zero Relation is RelationMentions.
type Relation uint8

// Relations. String gives the stable wire code in brackets.
const (
	RelationMentions   Relation = iota // [mentions] no stronger cue
	RelationLegalBasis                 // [legal_basis] "căn cứ"
	RelationImplements                 // [implements] "thực hiện", "triển khai", "thi hành"
	RelationPropagates                 // [propagates] "tuyên truyền", "quán triệt", "phổ biến"
	RelationGuidedBy                   // [guided_by] "theo hướng dẫn", "theo …"
	RelationAmends                     // [amends] "sửa đổi", "bổ sung"
	RelationReplaces                   // [replaces] "thay thế"
	RelationRepeals                    // [repeals] "bãi bỏ", "hủy bỏ"
	numRelations
)

var relationNames = [numRelations]string{"mentions", "legal_basis", "implements", "propagates", "guided_by", "amends", "replaces", "repeals"}

// String returns the wire code, or "directive.Relation(N)" when unknown.
func (r Relation) String() string { return enumString(relationNames[:], int(r), "Relation") }

// MarshalText implements encoding.TextMarshaler with the wire code.
func (r Relation) MarshalText() ([]byte, error) {
	if r >= numRelations {
		return nil, &ParseError{Func: "Relation.MarshalText", Input: r.String(), Pos: -1, Msg: "unknown relation"}
	}
	return []byte(relationNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives
// RelationMentions.
func (r *Relation) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = RelationMentions
		return nil
	}
	for i, n := range relationNames {
		if n == string(b) {
			*r = Relation(i)
			return nil
		}
	}
	return &ParseError{Func: "Relation.UnmarshalText", Input: string(b), Pos: -1, Msg: "unknown relation"}
}

// Citation is one reference to a document found in text.
//
// A document cited by number has a valid Symbol. A law, code, ordinance or
// constitution cited by name ("Luật Tổ chức chính quyền địa phương ngày 19
// tháng 6 năm 2015") has a zero Symbol and its title in Name.
type Citation struct {
	Kind     Kind
	Symbol   Symbol
	Name     string // title of a legal document cited by name
	Date     chidao.Date
	Issuer   string // as written after "của", NFC
	Subject  string // the "về (việc) …" phrase or the quoted title, without "về việc" and quotes
	Relation Relation
	// Term is the short name the text defines for the document, as in
	// "(gọi tắt là Chỉ thị)".
	Term string
	// Start and End are byte offsets of the reference in the input, from the
	// type word to the end of the issuer (the subject is not included). Both
	// lie on UTF-8 boundaries.
	Start int
	End   int
}

// IsFull reports whether the citation gives a date, as a first citation
// must; later short mentions give only type and symbol.
func (c Citation) IsFull() bool { return !c.Date.IsZero() }

// enumString is the String of the enums of this package: the wire code of
// value i in names, or "directive.Type(i)" for a value out of the table.
func enumString(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return "directive." + typ + "(" + strconv.Itoa(i) + ")"
}
