package directive_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/gen"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

func TestRapidSymbolRoundTrip(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		text, shape, number, year, code, issuers, unit := gen.Symbol(t)
		s, err := directive.ParseSymbol(text)
		if err != nil {
			t.Fatalf("ParseSymbol(%q): %v", text, err)
		}
		if s.String() != text || s.Shape() != shape || s.Number() != number || s.Year() != year || s.TypeCode() != code || !slices.Equal(s.Issuers(), issuers) || s.Unit() != unit {
			t.Fatalf("ParseSymbol(%q) = %q shape %v number %q year %d code %q issuers %q unit %q", text, s, s.Shape(), s.Number(), s.Year(), s.TypeCode(), s.Issuers(), s.Unit())
		}
		if n, _ := strconv.Atoi(number); s.NumberInt() != n {
			t.Fatalf("NumberInt = %d, want %d", s.NumberInt(), n)
		}
		again, err := directive.ParseSymbol(s.String())
		if err != nil || again != s {
			t.Fatalf("round trip of %q gave %q, %v", text, again, err)
		}
		upper, err := directive.ParseSymbol(strings.ToUpper(text))
		if err != nil || !upper.Equal(s) {
			t.Fatalf("upper-case %q not Equal to %q (%v)", strings.ToUpper(text), text, err)
		}
	})
}

func TestRapidDateRoundTrip(t *testing.T) {
	t.Parallel()
	upper := cases.Upper(language.Vietnamese)
	rapid.Check(t, func(t *rapid.T) {
		dt := gen.AnyDate(t)
		for _, f := range directive.DateFormats() {
			s := directive.FormatDate(dt, f)
			for _, v := range []string{s, upper.String(s), norm.NFD.String(s)} {
				back, err := directive.ParseDate(v)
				if err != nil || back != dt {
					t.Fatalf("ParseDate(%q) = %v, %v; want %v", v, back, err, dt)
				}
			}
		}
		// Unpadded numeric forms parse too.
		y, m, day := dt.Parts()
		for _, sep := range []string{"/", "-", "."} {
			s := fmt.Sprintf("%d%s%d%s%04d", day, sep, m, sep, y)
			if back, err := directive.ParseDate(s); err != nil || back != dt {
				t.Fatalf("ParseDate(%q) = %v, %v", s, back, err)
			}
		}
	})
}
