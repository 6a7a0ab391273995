package directive

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
)

// kindByCodeRef is the plain loop KindByCode answers from a table.
func kindByCodeRef(b Bloc, code string) (Kind, bool) {
	if code == "" || b != BlocState && b != BlocParty {
		return KindUnspecified, false
	}
	for k := Kind(1); k < numKinds; k++ {
		c := kinds[k].state
		if b == BlocParty {
			c = kinds[k].party
		}
		if c != "" && vntext.EqualFoldCode(c, code) {
			return k, true
		}
	}
	return KindUnspecified, false
}

func TestKindByCodeTable(t *testing.T) {
	codes := []string{"", "X", "qđ", "QD", "Ctr", "ctr", "TTLT", "ĐA", "đa", "ÐA", "QyĐ", "UBND", "abcdefghij"}
	for k := Kind(1); k < numKinds; k++ {
		for _, c := range []string{kinds[k].state, kinds[k].party} {
			codes = append(codes, c, strings.ToLower(c), strings.ToUpper(c))
		}
	}
	for _, b := range []Bloc{BlocUnspecified, BlocState, BlocParty} {
		for _, c := range codes {
			k, ok := KindByCode(b, c)
			wk, wok := kindByCodeRef(b, c)
			if k != wk || ok != wok {
				t.Errorf("KindByCode(%v, %q) = %v, %v; want %v, %v", b, c, k, ok, wk, wok)
			}
		}
	}
}

// A form whose number is left blank still prints its type code, which
// the JSON form's type_code gives; a State công văn's first code is its
// issuer's, no type.
func TestBlankFormCode(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Số: /QĐ-UBND", "QĐ"},
		{"Số:      /KH-UBND", "KH"},
		{"Số: ...../TB-VPCP", "TB"},
		{"Số    -KH/TU", "KH"},
		{"Số: /UBND-VP", ""},
		{"Số:", ""},
	} {
		if got := blankFormCode(c.line); got != c.want {
			t.Errorf("blankFormCode(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	d := Document{Repairs: []Repair{{Code: RepairFormBlank, Path: "symbol", Line: 3, Original: "Số: /QĐ-UBND"}}}
	if got := d.typeCode(); got != "QĐ" {
		t.Errorf("typeCode of a blank form = %q, want QĐ", got)
	}
}
