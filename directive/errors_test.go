package directive_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
)

// Every rejection of an unknown or malformed value is a chidao.ErrInvalid.
func TestUnknownValuesAreErrInvalid(t *testing.T) {
	errOf := func(_ any, err error) error { return err }
	var (
		k directive.Kind
		r directive.Relation
		b directive.Bloc
		s chidao.Severity
		y directive.Symbol
		d chidao.Date
		i directive.ID
	)
	for name, err := range map[string]error{
		"Kind.UnmarshalText":     k.UnmarshalText([]byte("thư tình")),
		"Relation.UnmarshalText": r.UnmarshalText([]byte("loves")),
		"Bloc.UnmarshalText":     b.UnmarshalText([]byte("church")),
		"Severity.UnmarshalText": s.UnmarshalText([]byte("fatal")),
		"Symbol.UnmarshalText":   y.UnmarshalText([]byte("x y")),
		"Date.UnmarshalText":     d.UnmarshalText([]byte("2023-02-30")),
		"ID.UnmarshalText":       i.UnmarshalText([]byte("3241/UBND-KGVX")),
		"ParseSymbol":            errOf(directive.ParseSymbol("15/2024")),
		"ParseSymbolLenient":     func() error { _, _, err := directive.ParseSymbolLenient("UB ND"); return err }(),
		"ParseDate syntax":       errOf(directive.ParseDate("7/8/23")),
		"ParseDate no such day":  errOf(directive.ParseDate("31/4/2023")),
		"ParseDateLine": func() error {
			_, _, err := directive.ParseDateLine("Hà Nội, ngày 31 tháng 6 năm 2019")
			return err
		}(),
		"ParseID":             errOf(directive.ParseID("x")),
		"chidao.NewDate":      errOf(chidao.NewDate(2023, 2, 29)),
		"chidao.ParseISODate": errOf(chidao.ParseISODate("04/10/2023")),
	} {
		if err == nil || !errors.Is(err, chidao.ErrInvalid) {
			t.Errorf("%s: error %v does not wrap chidao.ErrInvalid", name, err)
		}
	}
	// An impossible day is both.
	if _, err := directive.ParseDate("31/4/2023"); !errors.Is(err, chidao.ErrInvalidDate) {
		t.Errorf("ParseDate(31/4) = %v, want ErrInvalidDate", err)
	}
}

// No value outside the declared constants marshals; every declared one
// round-trips.
func TestUnknownEnumsDoNotMarshal(t *testing.T) {
	type enum interface {
		encoding.TextMarshaler
	}
	for n := 0; n < 256; n++ {
		cases := []struct {
			name  string
			v     enum
			known bool
			back  func([]byte) (any, error)
		}{
			{"Kind", directive.Kind(n), n == 0 || directive.Kind(n).IsValid(), func(b []byte) (any, error) {
				var k directive.Kind
				return k, k.UnmarshalText(b)
			}},
			{"Relation", directive.Relation(n), n <= int(directive.RelationRepeals), func(b []byte) (any, error) {
				var r directive.Relation
				return r, r.UnmarshalText(b)
			}},
			{"Bloc", directive.Bloc(n), n <= int(org.BlocPress), func(b []byte) (any, error) {
				var x directive.Bloc
				return x, x.UnmarshalText(b)
			}},
			{"Severity", chidao.Severity(n), n <= int(chidao.SeverityWarning), func(b []byte) (any, error) {
				var s chidao.Severity
				return s, s.UnmarshalText(b)
			}},
		}
		for _, c := range cases {
			text, err := c.v.MarshalText()
			if !c.known {
				if err == nil || !errors.Is(err, chidao.ErrInvalid) {
					t.Errorf("%s(%d).MarshalText() = %q, %v; want an ErrInvalid error", c.name, n, text, err)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s(%d).MarshalText(): %v", c.name, n, err)
				continue
			}
			if got, err := c.back(text); err != nil || got != any(c.v) {
				t.Errorf("%s(%d): text %q reads back as %v, %v", c.name, n, text, got, err)
			}
		}
	}
}

func TestParseErrorClipsInput(t *testing.T) {
	long := strings.Repeat("Số: 3241 UBND-KGVX ", 50)
	_, err := directive.ParseSymbol(long)
	if err == nil {
		t.Fatal("ParseSymbol accepted noise")
	}
	if n := utf8.RuneCountInString(err.Error()); n > 200 || !strings.Contains(err.Error(), "…") {
		t.Errorf("error of %d runes: %q", n, err)
	}
}

func TestDateFormatsIsFresh(t *testing.T) {
	f := directive.DateFormats()
	if len(f) != 4 {
		t.Fatalf("DateFormats() = %v", f)
	}
	seen := map[string]bool{}
	for _, x := range f {
		s := directive.FormatDate(chidao.MustDate(2023, 8, 7), x)
		if seen[s] {
			t.Errorf("two formats write %q", s)
		}
		seen[s] = true
	}
	f[0] = directive.DateDot
	if g := directive.DateFormats(); g[0] != directive.DateWords {
		t.Errorf("changing the returned slice changed DateFormats(): %v", g)
	}
}

// A document is of the State or the Party: the other blocs of a body do not
// marshal as a document's "kind".
func TestDocumentBlocOnlyStateOrParty(t *testing.T) {
	for _, b := range []directive.Bloc{org.BlocFront, org.BlocPress} {
		if _, err := json.Marshal(directive.Document{Bloc: b}); !errors.Is(err, chidao.ErrInvalid) {
			t.Errorf("Marshal(Document{Bloc: %v}) = %v, want ErrInvalid", b, err)
		}
	}
	if directive.BlocState != org.BlocState || directive.BlocParty != org.BlocParty {
		t.Error("directive's blocs are not org's")
	}
}
