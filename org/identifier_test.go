package org_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
	"pgregory.net/rapid"
)

func TestIdentifierForms(t *testing.T) {
	for _, c := range []struct{ in, qd20, qcvn string }{
		{"000.00.00.H26", "H26", "000.00.00.H26"},
		{"000.00.05.H26", "H26.05", "000.00.05.H26"},
		{"000.03.05.h26", "H26.05.03", "000.03.05.H26"},
		{"012.03.05.K54", "K54.05.03.012", "012.03.05.K54"},
		{"H37.02.02", "H37.02.02", "000.02.02.H37"},
		{"G12", "G12", "000.00.00.G12"},
		{"H26.AB", "H26.AB", ""}, // a QĐ 20 group QCVN 102 cannot write
	} {
		id, err := org.ParseIdentifier(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if id.String() != c.qd20 {
			t.Errorf("%s: QĐ 20 form %s, want %s", c.in, id, c.qd20)
		}
		q, ok := id.QCVN()
		if q != c.qcvn || ok != (c.qcvn != "") {
			t.Errorf("%s: QCVN form %q %v, want %q", c.in, q, ok, c.qcvn)
		}
	}
	if org.MustParseIdentifier("000.00.05.H26") != org.MustParseIdentifier("H26.05") {
		t.Error("the two forms of one code differ")
	}
	if m, ok := org.MustParseIdentifier("K54").Level1Meaning(); !ok || !strings.HasPrefix(m, "Hội đồng nhân dân") {
		t.Errorf("K: %q %v", m, ok)
	}
	for _, bad := range []string{"", "H2", "00.00.00.H26", "000.00.00.26H", "001.00.05.H26", "H26..05", "H26.0-5",
		"000.00.00.H26.01", "H26.0123456789.0123456789.0123456789"} {
		if id, err := org.ParseIdentifier(bad); err == nil || !errors.Is(err, chidao.ErrInvalid) {
			t.Errorf("%q read as %s, %v", bad, id, err)
		}
	}
	id, ok := mustOrg(t, "hn.ubnd").Identifier()
	if !ok || id.String() != "H26" {
		t.Errorf("UBND TP Hà Nội: %s %v", id, ok)
	}
}

func mustOrg(t *testing.T, key string) *org.Org {
	o, ok := org.HaNoi().Org(key)
	if !ok {
		t.Fatalf("no %s", key)
	}
	return o
}

func TestIdentifierRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		letter := rapid.SampledFrom([]string{"H", "K", "G", "A"}).Draw(t, "letter")
		l1 := fmt.Sprintf("%s%02d", letter, rapid.IntRange(0, 99).Draw(t, "n"))
		levels := rapid.IntRange(0, 3).Draw(t, "levels")
		s := l1
		for i := range levels {
			if i < 2 {
				s += fmt.Sprintf(".%02d", rapid.IntRange(1, 99).Draw(t, "g"))
			} else {
				s += fmt.Sprintf(".%03d", rapid.IntRange(1, 999).Draw(t, "g4"))
			}
		}
		id, err := org.ParseIdentifier(s)
		if err != nil {
			t.Fatal(err)
		}
		q, ok := id.QCVN()
		if !ok {
			t.Fatalf("%s has no QCVN form", id)
		}
		back, err := org.ParseIdentifier(q)
		if err != nil || back != id {
			t.Fatalf("%s → %s → %s, %v", id, q, back, err)
		}
		b, _ := id.MarshalText()
		var again org.Identifier
		if err := again.UnmarshalText(b); err != nil || again != id {
			t.Fatalf("text round trip: %s, %v", again, err)
		}
	})
}

func FuzzParseIdentifier(f *testing.F) {
	for _, s := range []string{"000.00.00.H26", "H37.02.02", "012.03.05.K54", "H26.AB", ".", "000.00.00.H2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := org.ParseIdentifier(s)
		if err != nil {
			return
		}
		again, err := org.ParseIdentifier(id.String())
		if err != nil || again != id {
			t.Fatalf("%q → %s → %s, %v", s, id, again, err)
		}
		if q, ok := id.QCVN(); ok {
			if back, err := org.ParseIdentifier(q); err != nil || back != id {
				t.Fatalf("%s → %s → %s, %v", id, q, back, err)
			}
		}
	})
}
