package directive_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/gen"
	"github.com/google/uuid"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// oldTones moves the tone of "oa", "oe", "uy" onto the second vowel, the
// placement many typists use ("hoà", "thuỷ") and documents do not.
var oldTones = strings.NewReplacer(
	"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
	"òe", "oè", "óe", "oé", "ỏe", "oẻ", "õe", "oẽ", "ọe", "oẹ",
	"ùy", "uỳ", "úy", "uý", "ủy", "uỷ", "ũy", "uỹ", "ụy", "uỵ",
	"ÙY", "UỲ", "ÚY", "UÝ", "ỦY", "UỶ", "ŨY", "UỸ", "ỤY", "UỴ",
	"ÒA", "OÀ", "ÓA", "OÁ", "ỎA", "OẢ", "ÕA", "OÃ", "ỌA", "OẠ",
)

// The ID follows the documented recipe: UUID v5 in the namespace of the
// package URL, of the issuer's key, the symbol in capitals and the year.
func TestIDRecipe(t *testing.T) {
	ns := uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/chidao/chidao/directive"))
	want := uuid.NewSHA1(ns, []byte("symbol\x00ủy ban nhân dân thành phố hà nội\x003241/UBND-KGVX\x002023"))
	d := letter3241()
	if got := d.ID(); got.UUID() != want || got.UUID().Version() != 5 {
		t.Errorf("ID() = %v, want %v (version 5)", got, want)
	}
	if got := directive.IDOf(d.Issuer, d.Symbol, 2023); got != d.ID() {
		t.Errorf("IDOf = %v, want Document.ID() %v", got, d.ID())
	}
}

func TestIDStableAcrossSpellings(t *testing.T) {
	base := letter3241().ID()
	for name, change := range map[string]func(d *directive.Document){
		"NFD issuer":      func(d *directive.Document) { d.Issuer = norm.NFD.String(d.Issuer) },
		"old tones":       func(d *directive.Document) { d.Issuer = oldTones.Replace(d.Issuer) },
		"lower case":      func(d *directive.Document) { d.Issuer = strings.ToLower(d.Issuer) },
		"abbreviation":    func(d *directive.Document) { d.Issuer = "UBND Thành phố Hà Nội" },
		"symbol case":     func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3241/ubnd-kgvx") },
		"another subject": func(d *directive.Document) { d.Subject = "khác" },
		"same year":       func(d *directive.Document) { d.Date = chidao.MustDate(2023, 12, 31) },
	} {
		d := letter3241()
		change(d)
		if got := d.ID(); got != base {
			t.Errorf("%s: ID %v, want %v", name, got, base)
		}
	}
	for name, change := range map[string]func(d *directive.Document){
		"number":    func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3242/UBND-KGVX") },
		"unit":      func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3241/UBND-NC") },
		"issuer":    func(d *directive.Document) { d.Issuer = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM" },
		"year":      func(d *directive.Document) { d.Date = chidao.MustDate(2024, 1, 3) },
		"no symbol": func(d *directive.Document) { d.Symbol = directive.Symbol{} },
		"lead zero": func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("03241/UBND-KGVX") },
	} {
		d := letter3241()
		change(d)
		if got := d.ID(); got == base || got.IsZero() {
			t.Errorf("%s: ID %v, want one other than %v", name, got, base)
		}
	}
}

func TestIDWithoutSymbol(t *testing.T) {
	doc := func() *directive.Document {
		d := letter3241()
		d.Symbol, d.Number = directive.Symbol{}, ""
		return d
	}
	base := doc().ID()
	if base.IsZero() {
		t.Fatal("zero ID")
	}
	for name, change := range map[string]func(d *directive.Document){
		"NFD text": func(d *directive.Document) {
			d.Subject, d.Sections[0].Items[0] = norm.NFD.String(d.Subject), norm.NFD.String(d.Sections[0].Items[0])
		},
		"old tones": func(d *directive.Document) {
			d.Issuer, d.Closing = oldTones.Replace(d.Issuer), oldTones.Replace(d.Closing)
		},
		"spaces":        func(d *directive.Document) { d.Subject = "  " + strings.ReplaceAll(d.Subject, " ", "\u00a0 ") },
		"issuer key":    func(d *directive.Document) { d.IssuerKey = "other" },
		"citations":     func(d *directive.Document) { d.Citations = nil },
		"repairs":       func(d *directive.Document) { d.Repairs = []directive.Repair{{Code: directive.RepairNFC}} },
		"addressees":    func(d *directive.Document) { d.Sections[1].Addressees = nil },
		"issuer abbrev": func(d *directive.Document) { d.Issuer = "UBND TP Hà Nội" },
	} {
		d := doc()
		change(d)
		if got := d.ID(); got != base {
			t.Errorf("%s: ID %v, want %v", name, got, base)
		}
	}
	for name, change := range map[string]func(d *directive.Document){
		"subject": func(d *directive.Document) { d.Subject += "." },
		"item":    func(d *directive.Document) { d.Sections[0].Items[0] = "Khác." },
		"item moved": func(d *directive.Document) {
			d.Sections[0].Items = append(d.Sections[0].Items, d.Closing)
			d.Closing = ""
		},
		"recipient":     func(d *directive.Document) { d.Recipients = d.Recipients[1:] },
		"signer":        func(d *directive.Document) { d.Signature.Name = "Nguyễn Văn An" },
		"date":          func(d *directive.Document) { d.Date = d.Date.AddDays(1) },
		"type":          func(d *directive.Document) { d.Type = directive.KindPlan },
		"bloc":          func(d *directive.Document) { d.Bloc = directive.BlocParty },
		"subject case":  func(d *directive.Document) { d.Subject = strings.ToUpper(d.Subject) },
		"preamble gone": func(d *directive.Document) { d.Preamble = nil },
	} {
		d := doc()
		change(d)
		if got := d.ID(); got == base {
			t.Errorf("%s: ID unchanged %v", name, got)
		}
	}
}

func TestIDText(t *testing.T) {
	id := letter3241().ID()
	b, err := json.Marshal(struct{ ID directive.ID }{id})
	if err != nil {
		t.Fatal(err)
	}
	var back struct{ ID directive.ID }
	if err := json.Unmarshal(b, &back); err != nil || back.ID != id {
		t.Errorf("JSON round trip of %v: %s gave %v, %v", id, b, back.ID, err)
	}
	if p, err := directive.ParseID(id.String()); err != nil || p != id {
		t.Errorf("ParseID(%q) = %v, %v", id, p, err)
	}
	if _, err := directive.ParseID("3241/UBND-KGVX"); err == nil {
		t.Error("ParseID accepted a symbol")
	}
	var zero directive.ID
	if !zero.IsZero() || zero.String() != "" {
		t.Errorf("zero ID: IsZero %v, String %q", zero.IsZero(), zero.String())
	}
}

var idIssuers = []string{"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân tỉnh Khánh Hòa", "THÀNH ỦY HÀ NỘI",
	"Sở Văn hóa và Thể thao", "Bộ Tài chính", "HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "Ban Tuyên giáo Thành ủy"}

// Any issuer and symbol: spellings of one keep the ID, another number or
// issuer changes it.
func TestRapidID(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		text, _, _, _, _, _, _ := gen.Symbol(t)
		sym := directive.MustParseSymbol(text)
		i := rapid.IntRange(0, len(idIssuers)-1).Draw(t, "issuer")
		iss := idIssuers[i]
		year := rapid.IntRange(1945, 2099).Draw(t, "year")
		id := directive.IDOf(iss, sym, year)
		spell := rapid.SampledFrom([]func(string) string{norm.NFD.String, strings.ToUpper, strings.ToLower, oldTones.Replace,
			func(s string) string { return oldTones.Replace(norm.NFD.String(strings.ToLower(s))) }}).Draw(t, "spelling")
		if got := directive.IDOf(spell(iss), directive.MustParseSymbol(strings.ToLower(text)), year); got != id {
			t.Fatalf("IDOf(%q, %q) = %v, want %v", spell(iss), strings.ToLower(text), got, id)
		}
		other := idIssuers[(i+1+rapid.IntRange(0, len(idIssuers)-2).Draw(t, "other"))%len(idIssuers)]
		if directive.IDOf(other, sym, year) == id {
			t.Fatalf("issuers %q and %q share an ID", iss, other)
		}
		if directive.IDOf(iss, sym, year+1) == id {
			t.Fatalf("years %d and %d share an ID", year, year+1)
		}
		bumped := "1" + text // another number, same codes
		if s, err := directive.ParseSymbol(bumped); err == nil && directive.IDOf(iss, s, year) == id {
			t.Fatalf("%q and %q share an ID", text, bumped)
		}
	})
}
