package directive_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao"

	"github.com/chidao/chidao/directive"
	"golang.org/x/text/unicode/norm"
)

func FuzzParseSymbol(f *testing.F) {
	for _, c := range symbolCorpus {
		f.Add(c.in)
	}
	for _, s := range []string{"05 /2008/TT-BYT", "24-\nCT/TU", "15/QĐ–UBND", "15/QÐ-UBND", "19/CT-TTG", "12/2023", "07/8/2023", " **30/2020/NĐ-CP** "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := directive.ParseSymbol(in)
		if err == nil {
			checkSymbolRoundTrip(t, in, s)
		}
		l, rep, err := directive.ParseSymbolLenient(in)
		if err != nil {
			return
		}
		checkSymbolRoundTrip(t, in, l)
		if rep == 0 && norm.NFC.String(in) != l.String() {
			t.Errorf("ParseSymbolLenient(%q) = %q with no repairs reported", in, l)
		}
	})
}

func checkSymbolRoundTrip(t *testing.T, in string, s directive.Symbol) {
	t.Helper()
	if !s.IsValid() {
		t.Fatalf("parse of %q gave an invalid Symbol without error", in)
	}
	again, err := directive.ParseSymbol(s.String())
	if err != nil || again != s {
		t.Fatalf("ParseSymbol(%q.String()=%q) = %#v, %v; want %#v", in, s.String(), again, err, s)
	}
	text, _ := s.MarshalText()
	var u directive.Symbol
	if err := u.UnmarshalText(text); err != nil || u != s {
		t.Fatalf("text round trip of %q gave %#v, %v", s, u, err)
	}
	if !s.Equal(again) || s.Key() != strings.ToUpper(s.String()) {
		t.Fatalf("Equal/Key inconsistent for %q", s)
	}
	if s.NumberInt() <= 0 || !strings.HasPrefix(s.String(), s.Number()) {
		t.Fatalf("number of %q: %q / %d", s, s.Number(), s.NumberInt())
	}
}

func FuzzParseDate(f *testing.F) {
	for _, c := range dateCorpus {
		f.Add(c.in)
	}
	f.Add("31/4/2023")
	f.Add("ngày 29 tháng 02 năm 2023")
	f.Fuzz(func(t *testing.T, in string) {
		dt, err := directive.ParseDate(in)
		if err != nil {
			return
		}
		if dt.IsZero() {
			t.Fatalf("ParseDate(%q) gave the zero Date without error", in)
		}
		for _, f := range directive.DateFormats() {
			s := directive.FormatDate(dt, f)
			back, err := directive.ParseDate(s)
			if err != nil || back != dt {
				t.Fatalf("ParseDate(FormatDate(%v, %d) = %q) = %v, %v", dt, f, s, back, err)
			}
		}
	})
}

// FuzzUnmarshalJSON: no input panics, and whatever decodes re-encodes and
// decodes to the same Document.
func FuzzUnmarshalJSON(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "golden", "hanoi-3241.json")); err == nil {
		f.Add(b)
	}
	for _, s := range []string{`null`, `{}`, `{"schema":"chidao.directive/v1"}`, `{"kind":"party","type":"ke hoach","symbol":"24-CT/TU"}`,
		`{"citations":[{"type":"Luật","name":"Luật Báo chí","offset":1e2,"relation":"amends"}]}`, `{"Subject":"x","subject":"y","subject":"z"}`,
		`{"sections":[{"number":"1","items":["a",null]}],"signature":{"name":"A"}}`, `{"repairs":[{"code":"nfc","line":3}]} x`, `[[[[`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var d directive.Document
		if err := d.UnmarshalJSON(in); err != nil {
			var ve *chidao.ValidationError
			if !errors.As(err, &ve) || len(ve.Errors) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty *chidao.ValidationError", err, err)
			}
			return
		}
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("decoded document does not marshal: %v", err)
		}
		var back directive.Document
		if err := back.UnmarshalJSON(out); err != nil {
			t.Fatalf("re-encoded document does not decode: %v\n%s", err, out)
		}
		if diff := docDiff(&d, &back); diff != "" {
			t.Fatalf("round trip changed the document (-first +second):\n%s", diff)
		}
	})
}
