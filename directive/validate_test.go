package directive_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
)

// The hand-built letter breaks no rule, with or without the registry; the
// targeted breaks below start from it.
func TestCheckValidLetter(t *testing.T) {
	d := letter3241()
	if l := d.Check(); len(l) != 0 {
		t.Errorf("Check() =\n%s", l)
	}
	if l := d.Check(directive.WithRegistry(org.HaNoi())); len(l) != 0 {
		t.Errorf("Check(HaNoi) =\n%s", l)
	}
	if err := d.Validate(directive.WithRegistry(org.HaNoi())); err != nil {
		t.Errorf("Validate(HaNoi) = %v", err)
	}
}

// Warnings alone do not make a document invalid; one error does, and the
// error then carries the warnings too.
func TestValidateOnlyFailsOnErrors(t *testing.T) {
	d := letter3241()
	d.Repairs = []directive.Repair{{Code: directive.RepairSymbolSlash, Path: "symbol", Line: 9, Original: "3241 UBND-KGVX", Repaired: "3241/UBND-KGVX"}}
	l := d.Check()
	if len(l) != 1 || l[0].Code != directive.CodeSymbolRepaired || l[0].Severity != chidao.SeverityWarning {
		t.Fatalf("Check() =\n%swant one symbol_repaired warning", l)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("Validate() with only a warning = %v, want nil", err)
	}
	d.Signature.Name = ""
	err := d.Validate()
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 2 || !ve.HasErrors() || !errors.Is(err, chidao.ErrRequired) {
		t.Errorf("Validate() with an error = %v, want both findings", err)
	}
}

// partyPlan builds by hand a Kế hoạch of the Hà Nội Party Committee that
// breaks no rule.
func partyPlan() *directive.Document {
	return &directive.Document{
		Bloc:           directive.BlocParty,
		ParentIssuer:   "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
		Issuer:         "THÀNH ỦY",
		NationalHeader: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"},
		Number:         "171",
		Symbol:         directive.MustParseSymbol("171-KH/TU"),
		Type:           directive.KindPlan,
		Place:          "Hà Nội",
		Date:           chidao.MustDate(2023, 8, 14),
		Subject:        "thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy",
		Citations: []directive.Citation{{Kind: directive.KindDirective, Symbol: directive.MustParseSymbol("24-CT/TU"),
			Date: chidao.MustDate(2023, 8, 7), Issuer: "Ban Thường vụ Thành ủy", Relation: directive.RelationImplements}},
		Sections:     []directive.Section{{Number: "I", Heading: "MỤC ĐÍCH, YÊU CẦU", Items: []string{"Quán triệt sâu sắc nội dung Chỉ thị."}}},
		Signature:    directive.Signature{Authority: []string{"T/M BAN THƯỜNG VỤ"}, Title: "PHÓ BÍ THƯ", Name: "Nguyễn Văn Phong"},
		Distribution: []string{"Các đảng bộ trực thuộc Thành ủy", "Lưu Văn phòng Thành ủy"},
	}
}

func TestCheckValidPartyPlan(t *testing.T) {
	if l := partyPlan().Check(); len(l) != 0 {
		t.Errorf("Check() =\n%s", l)
	}
}

// Each targeted break of a valid document gives exactly its code at its
// path, and the valid document does not give that code. These are the
// codes no reader test reaches.
func TestTargetedBreaks(t *testing.T) {
	hanoi := org.HaNoi()
	tests := []struct {
		name     string
		base     func() *directive.Document
		registry bool
		brk      func(d *directive.Document)
		path     string
		code     chidao.Code
		sev      chidao.Severity
	}{
		{"party shape on a State letter", letter3241, false,
			func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3241-CV/UBND") },
			"symbol", directive.CodeSymbolShape, chidao.SeverityError},
		{"State shape on a Party plan", partyPlan, false,
			func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("171/KH-TU") },
			"symbol", directive.CodeSymbolShape, chidao.SeverityError},
		{"type code in a công văn symbol", letter3241, false,
			func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3241/KH-UBND") },
			"symbol", directive.CodeLetterTypeCode, chidao.SeverityError},
		{"issuer abbreviation of another body", letter3241, true,
			func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3241/SNV-KGVX") },
			"symbol", directive.CodeSymbolIssuer, chidao.SeverityError},
		{"drafting unit not the archiving unit", letter3241, false,
			func(d *directive.Document) { d.Symbol = directive.MustParseSymbol("3241/UBND-NC") },
			"symbol", directive.CodeSymbolUnit, chidao.SeverityError},
		{"citation dated after the letter", letter3241, false,
			func(d *directive.Document) { d.Citations[1].Date = chidao.MustDate(2023, 10, 5) },
			"citations[1].date", directive.CodeCitationFuture, chidao.SeverityError},
		{"deputy signs without KT.", letter3241, false,
			func(d *directive.Document) { d.Signature.Authority = []string{"TM. ỦY BAN NHÂN DÂN"} },
			"signature.authority", directive.CodeSignDeputy, chidao.SeverityError},
		{"Party committee signs K/T", partyPlan, false,
			func(d *directive.Document) {
				d.Signature.Authority = []string{"T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"}
			},
			"signature.authority", directive.CodeSignPartyKT, chidao.SeverityError},
		{"Party marks on a State letter", letter3241, false,
			func(d *directive.Document) {
				d.Signature.Authority = []string{"T/M ỦY BAN NHÂN DÂN", "K/T CHỦ TỊCH"}
			},
			"signature.authority", directive.CodeSignMarkStyle, chidao.SeverityError},
		{"State marks on a Party plan", partyPlan, false,
			func(d *directive.Document) { d.Signature.Authority = []string{"TM. BAN THƯỜNG VỤ"} },
			"signature.authority", directive.CodeSignMarkStyle, chidao.SeverityError},
		{"issuer key not in the registry", letter3241, true,
			func(d *directive.Document) { d.IssuerKey = "hn.khong-co" },
			"issuer_key", directive.CodeIssuerUnknown, chidao.SeverityError},
		{"recipient outside the issuer's authority", letter3241, true,
			func(d *directive.Document) { d.Recipients = append(d.Recipients, "Thành ủy Hà Nội") },
			"recipients[3]", directive.CodeRecipientNotInAuthority, chidao.SeverityError},
		{"addressee outside the issuer's authority", letter3241, true,
			func(d *directive.Document) { d.Sections[1].Addressees = []string{"Thành ủy Hà Nội"} },
			"sections[1].addressees[0]", directive.CodeRecipientNotInAuthority, chidao.SeverityError},
		{"unknown issuer without a key", letter3241, true,
			func(d *directive.Document) { d.IssuerKey, d.Issuer = "", "ỦY BAN NHÂN DÂN THÀNH PHỐ ATLANTIS" },
			"issuer", directive.CodeIssuerUnknown, chidao.SeverityWarning},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []directive.ValidateOption
			if tt.registry {
				opts = append(opts, directive.WithRegistry(hanoi))
			}
			d := tt.base()
			for _, fe := range d.Check(opts...) {
				if fe.Code == tt.code {
					t.Fatalf("the valid document already gives %s at %s", fe.Code, fe.Path)
				}
			}
			tt.brk(d)
			l := d.Check(opts...)
			if len(l) != 1 || l[0].Path != tt.path || l[0].Code != tt.code || l[0].Severity != tt.sev {
				t.Fatalf("Check() =\n%swant exactly %s %s at %s", l, tt.sev, tt.code, tt.path)
			}
			if l[0].Rule == "" || l[0].Message == "" {
				t.Errorf("finding without rule or message: %+v", l[0])
			}
		})
	}
}

// A form issued with its number and day left blank for the clerk is
// reported as unfilled (a warning per blank field), not as missing its
// number and date; the same blanks without Parse's form_blank repair are
// missing parts (errors).
func TestCheckFormUnfilled(t *testing.T) {
	tests := []struct {
		name    string
		repairs []directive.Repair
		want    map[string]chidao.Code // path → code
		valid   bool
	}{
		{
			name: "number and day blank",
			repairs: []directive.Repair{
				{Code: directive.RepairFormBlank, Path: "symbol", Line: 5, Original: "Số: /UBND-KGVX"},
				{Code: directive.RepairFormBlank, Path: "date", Line: 6, Original: "ngày tháng năm 2023"},
			},
			want:  map[string]chidao.Code{"symbol": directive.CodeFormUnfilled, "date": directive.CodeFormUnfilled},
			valid: true,
		},
		{
			name:    "day blank only",
			repairs: []directive.Repair{{Code: directive.RepairFormBlank, Path: "date", Line: 6, Original: "ngày ... tháng ... năm 2023"}},
			want:    map[string]chidao.Code{"symbol": chidao.CodeRequired, "date": directive.CodeFormUnfilled},
		},
		{
			name: "no form: missing parts",
			want: map[string]chidao.Code{"symbol": chidao.CodeRequired, "date": chidao.CodeRequired},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := letter3241()
			d.Number, d.Symbol, d.Date = "", directive.Symbol{}, chidao.Date{}
			d.Repairs = tt.repairs
			got := map[string]chidao.Code{}
			for _, fe := range d.Check() {
				got[fe.Path] = fe.Code
				if fe.Code == directive.CodeFormUnfilled && (fe.Severity != chidao.SeverityWarning || fe.Value == nil || fe.Value == "") {
					t.Errorf("%s: severity %v, value %q; want a warning quoting the blank", fe.Path, fe.Severity, fe.Value)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
			for p, c := range tt.want {
				if got[p] != c {
					t.Errorf("%s: code %q, want %q (all: %v)", p, got[p], c, got)
				}
			}
			if err := d.Validate(); (err == nil) != tt.valid {
				t.Errorf("Validate() = %v, want valid %v", err, tt.valid)
			}
		})
	}
}

func TestCheckSetAside(t *testing.T) {
	d := &directive.Document{Repairs: []directive.Repair{
		{Code: directive.RepairChrome, Line: 1, Original: "Trang chủ"},
		{Code: directive.RepairSetAside, Line: 7, Original: "K ÉT LUẬN"},
	}}
	var found []string
	for _, e := range d.Check() {
		if e.Code == directive.CodeTextSetAside {
			found = append(found, e.Path)
			if e.Severity != chidao.SeverityWarning {
				t.Errorf("a set-aside line is an error, want a warning: %v", e)
			}
		}
	}
	if len(found) != 1 || found[0] != "repairs[1]" {
		t.Errorf("text_set_aside findings at %q, want one at repairs[1]", found)
	}
}

// A Báo cáo goes up: its Kính gửi names a body that directs the issuer,
// not one the issuer directs.
func TestCheckReportGoesUp(t *testing.T) {
	reg := org.HaNoi()
	check := func(issuer, to string) chidao.ErrorList {
		kind, _ := directive.KindByName("Báo cáo")
		d := &directive.Document{Bloc: directive.BlocState, Issuer: issuer, Type: kind, Date: chidao.MustDate(2024, 1, 3),
			Recipients: []string{to}}
		var out chidao.ErrorList
		for _, f := range d.Check(directive.WithRegistry(reg)) {
			if f.Code == directive.CodeRecipientNotInAuthority {
				out = append(out, f)
			}
		}
		return out
	}
	if f := check("Ủy ban nhân dân thành phố Hà Nội", "Ban Thường vụ Thành ủy Hà Nội"); len(f) != 0 {
		t.Errorf("a report to the Party standing board: %s", f)
	}
	if f := check("Sở Nội vụ thành phố Hà Nội", "UBND quận Ba Đình"); len(f) != 1 || f[0].Path != "recipients[0]" {
		t.Errorf("a department reporting to a district: %s", f)
	}
}
