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
