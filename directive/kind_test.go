package directive_test

import (
	"testing"

	"github.com/chidao/chidao/directive"
	"golang.org/x/text/unicode/norm"
)

func TestKindByName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want directive.Kind
	}{
		{"Kế hoạch", directive.KindPlan},
		{"KẾ HOẠCH", directive.KindPlan},
		{"kế  hoạch", directive.KindPlan},
		{norm.NFD.String("Kế hoạch"), directive.KindPlan},
		{"Ke hoach", directive.KindPlan},
		{"Bản thoả thuận", directive.KindAgreement},
		{"Giấy uỷ quyền", directive.KindAuthorization},
		{"THÔNG TƯ LIÊN TỊCH", directive.KindJointCircular},
		{"Nghị định", directive.KindDecree},
		{"Quy định", directive.KindRegulation},
		{"Quyết định", directive.KindDecision},
		{"Thông tri", directive.KindInstruction},
		{"Luật", directive.KindLaw},
	}
	for _, tt := range tests {
		if got, ok := directive.KindByName(tt.in); !ok || got != tt.want {
			t.Errorf("KindByName(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	if k, ok := directive.KindByName("Quyết"); ok {
		t.Errorf("KindByName(partial) = %v", k)
	}
}

func TestKindByCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		bloc directive.Bloc
		code string
		want directive.Kind
	}{
		{directive.BlocState, "QyĐ", directive.KindRegulation},
		{directive.BlocState, "QYĐ", directive.KindRegulation},
		{directive.BlocParty, "QĐ", directive.KindDecision},
		{directive.BlocState, "QĐ", directive.KindDecision},
		{directive.BlocState, "BGN", directive.KindMemorandum},
		{directive.BlocState, "TT", directive.KindCircular},
		{directive.BlocParty, "TT", directive.KindInstruction},
		{directive.BlocParty, "CV", directive.KindOfficialLetter},
		{directive.BlocState, "ttr", directive.KindSubmission},
		{directive.BlocState, "NÐ", directive.KindDecree}, // OCR Ð
		{directive.BlocState, "TTLT", directive.KindJointCircular},
		{directive.BlocParty, "KL", directive.KindConclusion},
	}
	for _, tt := range tests {
		if got, ok := directive.KindByCode(tt.bloc, tt.code); !ok || got != tt.want {
			t.Errorf("KindByCode(%v, %q) = %v, %v; want %v", tt.bloc, tt.code, got, ok, tt.want)
		}
	}
	for _, c := range []struct {
		b directive.Bloc
		c string
	}{{directive.BlocState, "CV"}, {directive.BlocState, "HD1"}, {directive.BlocState, ""}, {directive.BlocParty, "QyĐ"}, {directive.BlocState, "QD"}} {
		if k, ok := directive.KindByCode(c.b, c.c); ok {
			t.Errorf("KindByCode(%v, %q) = %v, want not found", c.b, c.c, k)
		}
	}
}

func TestKindCodesRoundTrip(t *testing.T) {
	t.Parallel()
	seen := map[string]directive.Kind{}
	for _, k := range directive.Kinds() {
		if !k.IsValid() || k.String() == "" || k.Label() == "" {
			t.Errorf("kind %d has no wire code or label", k)
		}
		if prev, dup := seen[k.String()]; dup {
			t.Errorf("wire code %q used by %v and %v", k.String(), prev, k)
		}
		seen[k.String()] = k
		if got, ok := directive.KindByName(k.Label()); !ok || got != k {
			t.Errorf("KindByName(%q) = %v, want %v", k.Label(), got, k)
		}
		for _, b := range []directive.Bloc{directive.BlocState, directive.BlocParty} {
			if c := k.Code(b); c != "" {
				// Party QĐ is shared by Quyết định and Quy định; the
				// lookup must at least give a kind with the same code.
				if got, ok := directive.KindByCode(b, c); !ok || got.Code(b) != c {
					t.Errorf("KindByCode(%v, %q) = %v, want a kind with that code", b, c, got)
				}
			}
		}
		var back directive.Kind
		text, err := k.MarshalText()
		if err != nil || back.UnmarshalText(text) != nil || back != k {
			t.Errorf("text round trip of %v gave %v (%v)", k, back, err)
		}
	}
	if s := directive.Kind(200).String(); s != "directive.Kind(200)" {
		t.Errorf("unknown kind prints %q", s)
	}
	if !directive.KindDecree.IsLegal() || directive.KindPlan.IsLegal() {
		t.Errorf("IsLegal wrong")
	}
}
