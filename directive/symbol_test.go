package directive_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
)

// symbolCase is one symbol shape with the parts ParseSymbol must find.
type symbolCase struct {
	in       string
	shape    directive.Shape
	bloc     directive.Bloc
	number   string
	numInt   int
	year     int
	typeCode string
	kind     directive.Kind
	issuers  []string
	unit     string
}

// symbolCorpus covers every shape of vn-documents.md §1.3 and §2.4. It also
// seeds FuzzParseSymbol.
var symbolCorpus = []symbolCase{
	// administrative document with a type code
	{"123/KH-UBND", directive.ShapeAdministrative, directive.BlocState, "123", 123, 0, "KH", directive.KindPlan, []string{"UBND"}, ""},
	{"15/QĐ-BNV", directive.ShapeAdministrative, directive.BlocState, "15", 15, 0, "QĐ", directive.KindDecision, []string{"BNV"}, ""},
	// a letter after the number; a dot inside a code
	{"30c/NQ-CP", directive.ShapeAdministrative, directive.BlocState, "30c", 30, 0, "NQ", directive.KindResolution, []string{"CP"}, ""},
	{"06b/NQ-TLĐ", directive.ShapeAdministrative, directive.BlocState, "06b", 6, 0, "NQ", directive.KindResolution, []string{"TLĐ"}, ""},
	{"06/QC-TT.HĐND-UBND", directive.ShapeAdministrative, directive.BlocState, "06", 6, 0, "QC", directive.KindRules, []string{"TT.HĐND"}, "UBND"},
	// công văn: issuer and drafting unit, no type code
	{"3241/UBND-KGVX", directive.ShapeLetter, directive.BlocState, "3241", 3241, 0, "", directive.KindOfficialLetter, []string{"UBND"}, "KGVX"},
	{"05/BNV-VP", directive.ShapeLetter, directive.BlocState, "05", 5, 0, "", directive.KindOfficialLetter, []string{"BNV"}, "VP"},
	{"1234/BYT-KHTC", directive.ShapeLetter, directive.BlocState, "1234", 1234, 0, "", directive.KindOfficialLetter, []string{"BYT"}, "KHTC"},
	// legal-normative documents
	{"15/2023/QĐ-UBND", directive.ShapeLegal, directive.BlocState, "15", 15, 2023, "QĐ", directive.KindDecision, []string{"UBND"}, ""},
	{"30/2020/NĐ-CP", directive.ShapeLegal, directive.BlocState, "30", 30, 2020, "NĐ", directive.KindDecree, []string{"CP"}, ""},
	{"28/2018/QĐ-TTg", directive.ShapeLegal, directive.BlocState, "28", 28, 2018, "QĐ", directive.KindDecision, []string{"TTg"}, ""},
	{"01/2020/TTLT-BTC-BNV", directive.ShapeLegal, directive.BlocState, "01", 1, 2020, "TTLT", directive.KindJointCircular, []string{"BTC", "BNV"}, ""},
	{"05/2008/TT-BYT", directive.ShapeLegal, directive.BlocState, "05", 5, 2008, "TT", directive.KindCircular, []string{"BYT"}, ""},
	// National Assembly
	{"72/2025/QH15", directive.ShapeAssembly, directive.BlocState, "72", 72, 2025, "", directive.KindUnspecified, []string{"QH15"}, ""},
	{"1656/NQ-UBTVQH15", directive.ShapeAdministrative, directive.BlocState, "1656", 1656, 0, "NQ", directive.KindResolution, []string{"UBTVQH15"}, ""},
	// Party documents
	{"24-CT/TU", directive.ShapeParty, directive.BlocParty, "24", 24, 0, "CT", directive.KindDirective, []string{"TU"}, ""},
	{"114-HD/BTGTU", directive.ShapeParty, directive.BlocParty, "114", 114, 0, "HD", directive.KindGuidance, []string{"BTGTU"}, ""},
	{"2430-CV/VPTW", directive.ShapeParty, directive.BlocParty, "2430", 2430, 0, "CV", directive.KindOfficialLetter, []string{"VPTW"}, ""},
	{"238-QĐ/TW", directive.ShapeParty, directive.BlocParty, "238", 238, 0, "QĐ", directive.KindDecision, []string{"TW"}, ""},
	{"113-CTr/TU", directive.ShapeParty, directive.BlocParty, "113", 113, 0, "CTr", directive.KindProgramme, []string{"TU"}, ""},
	{"15-TT/TW", directive.ShapeParty, directive.BlocParty, "15", 15, 0, "TT", directive.KindInstruction, []string{"TW"}, ""},
	// mixed-case codes of Decree 30
	{"12/QyĐ-UBND", directive.ShapeAdministrative, directive.BlocState, "12", 12, 0, "QyĐ", directive.KindRegulation, []string{"UBND"}, ""},
	{"07/TTr-SNV", directive.ShapeAdministrative, directive.BlocState, "07", 7, 0, "TTr", directive.KindSubmission, []string{"SNV"}, ""},
	{"19/CT-TTg", directive.ShapeAdministrative, directive.BlocState, "19", 19, 0, "CT", directive.KindDirective, []string{"TTg"}, ""},
	{"12/L-CTN", directive.ShapeAdministrative, directive.BlocState, "12", 12, 0, "L", directive.KindOrder, []string{"CTN"}, ""},
	{"45/SY", directive.ShapeAdministrative, directive.BlocState, "45", 45, 0, "SY", directive.KindCertifiedCopy, nil, ""},
	// a drafting unit joined with "&", as the unit writes it
	{"2865/GDĐT-KT&KĐCL", directive.ShapeLetter, directive.BlocState, "2865", 2865, 0, "", directive.KindOfficialLetter, []string{"GDĐT"}, "KT&KĐCL"},
}

func TestParseSymbol(t *testing.T) {
	t.Parallel()
	for _, tc := range symbolCorpus {
		t.Run(tc.in, func(t *testing.T) {
			s, err := directive.ParseSymbol(tc.in)
			if err != nil {
				t.Fatalf("ParseSymbol(%q) error: %v", tc.in, err)
			}
			if got := s.String(); got != tc.in {
				t.Errorf("String() = %q, want %q", got, tc.in)
			}
			if s.Shape() != tc.shape || s.Bloc() != tc.bloc {
				t.Errorf("shape, bloc = %v, %v; want %v, %v", s.Shape(), s.Bloc(), tc.shape, tc.bloc)
			}
			if s.Number() != tc.number || s.NumberInt() != tc.numInt || s.Year() != tc.year {
				t.Errorf("number, int, year = %q, %d, %d; want %q, %d, %d", s.Number(), s.NumberInt(), s.Year(), tc.number, tc.numInt, tc.year)
			}
			if s.TypeCode() != tc.typeCode || s.Kind() != tc.kind {
				t.Errorf("type code, kind = %q, %v; want %q, %v", s.TypeCode(), s.Kind(), tc.typeCode, tc.kind)
			}
			if !slices.Equal(s.Issuers(), tc.issuers) {
				t.Errorf("Issuers() = %q, want %q", s.Issuers(), tc.issuers)
			}
			if len(tc.issuers) > 0 && s.Issuer() != tc.issuers[0] {
				t.Errorf("Issuer() = %q, want %q", s.Issuer(), tc.issuers[0])
			}
			if s.Unit() != tc.unit {
				t.Errorf("Unit() = %q, want %q", s.Unit(), tc.unit)
			}
			again, err := directive.ParseSymbol(s.String())
			if err != nil || again != s {
				t.Errorf("ParseSymbol(String()) = %#v, %v; want %#v", again, err, s)
			}
		})
	}
}

func TestParseSymbolErrors(t *testing.T) {
	t.Parallel()
	bad := []string{
		"",                // empty
		"15/2024",         // year only, no codes
		"12/2023",         // a month, not a symbol
		"07/8/2023",       // a date
		"QĐ-UBND",         // no number
		"0/QĐ-UBND",       // number zero
		"1234567/QĐ-UBND", // number too long
		"15/QĐ",           // type code without issuer
		"24-CT",           // Party symbol without issuer
		"24-CT/",          // empty issuer
		"24-C1/TU",        // digit in a Party type code
		"15/QĐ-UBND-",     // dangling separator
		"15/QĐ--UBND",     // empty group
		"15/1QĐ-UBND",     // group starting with a digit
		"05 /2008/TT-BYT", // spaces: strict parse refuses
		"15/QĐ–UBND",      // en dash: strict parse refuses
		"15/3000/NĐ-CP",   // year out of range
		"15/QĐ-UBND/x",    // trailing text
		"15/Quyết-UBND",   // non-ASCII letters in a code
		"1961/QĐUBND-",    // the strict parse restores no dash (and this one dangles)
		"01/1999/QĐ.UB",   // dot separator: strict parse refuses
		"445-KL/TƯ",       // Ư for U: strict parse refuses
		"15/Q&Đ-UBND",     // "&" in a type code
		"15/A&B",          // "&" in a công văn's issuer
	}
	for _, in := range bad {
		_, err := directive.ParseSymbol(in)
		if err == nil {
			t.Errorf("ParseSymbol(%q) succeeded, want error", in)
			continue
		}
		var pe *directive.ParseError
		if !errors.As(err, &pe) || pe.Func != "ParseSymbol" || pe.Input != in {
			t.Errorf("ParseSymbol(%q) error %#v is not a *ParseError for the input", in, err)
		}
		if !errors.Is(err, chidao.ErrInvalid) {
			t.Errorf("ParseSymbol(%q) error does not wrap chidao.ErrInvalid", in)
		}
	}
}

func TestParseSymbolLenient(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    string
		repairs directive.Repairs
	}{
		{"05 /2008/TT-BYT", "05/2008/TT-BYT", directive.RepairSpace},
		{"24-\nCT/TU", "24-CT/TU", directive.RepairSpace},
		{"24 - CT / TU", "24-CT/TU", directive.RepairSpace},
		{"15/QĐ–UBND", "15/QĐ-UBND", directive.RepairSeparator},
		{"15／QĐ-UBND", "15/QĐ-UBND", directive.RepairSeparator},
		{"15/QÐ-UBND", "15/QĐ-UBND", directive.RepairLookalike},
		{"15/QĐ-\u00adUBND", "15/QĐ-UBND", directive.RepairNoise},
		{" **30/2020/NĐ-CP** ", "30/2020/NĐ-CP", directive.RepairTrimmed},
		{"30/2020/**NĐ-CP", "30/2020/NĐ-CP", directive.RepairNoise},
		{"30/2020/NĐ-CP", "30/2020/NĐ-CP", 0},
		{"19/CT-TTG", "19/CT-TTG", 0},
		// real headers (testdata/corpus)
		{"445-KL/TƯ", "445-KL/TU", directive.RepairLookalike},                                          // OCR Ư for U
		{"24/HDLN-BCA-ВСТ-ВТC", "24/HDLN-BCA-BCT-BTC", directive.RepairLookalike},                      // Cyrillic В, С, Т
		{"2865/GDĐT –KT&KĐCL", "2865/GDĐT-KT&KĐCL", directive.RepairSpace | directive.RepairSeparator}, // "&" in a unit
		{"2865/GDĐT-KT&KĐCL", "2865/GDĐT-KT&KĐCL", 0},
		{"1961/QĐUBND", "1961/QĐ-UBND", directive.RepairSeparator}, // dash lost after the type code
		{"2468/QĐUBND", "2468/QĐ-UBND", directive.RepairSeparator},
		{"61/2018/NĐCP", "61/2018/NĐ-CP", directive.RepairSeparator},
		{"01/2018/TTVPCP", "01/2018/TT-VPCP", directive.RepairSeparator},
		{"01/1999/QĐ.UB", "01/1999/QĐ-UB", directive.RepairSeparator},                            // old dot separator
		{"40 /2000/TT/BTC", "40/2000/TT-BTC", directive.RepairSpace | directive.RepairSeparator}, // a slash for the dash
		{"12/KHĐT", "12/KHĐT", 0},                                                                // a unit code, not KH + ĐT
		{"72/2025/QH15", "72/2025/QH15", 0},
		{"30c/NQCP", "30c/NQ-CP", directive.RepairSeparator},                  // a letter after the number
		{"06/QC-TT.HĐND-UBND", "06/QC-TT.HĐND-UBND", 0},                       // a dot inside a unit's code
		{"06 / QC-TT.HĐND-UBND", "06/QC-TT.HĐND-UBND", directive.RepairSpace}, // and kept by the lenient parse
	}
	for _, tt := range tests {
		s, rep, err := directive.ParseSymbolLenient(tt.in)
		if err != nil {
			t.Errorf("ParseSymbolLenient(%q) error: %v", tt.in, err)
			continue
		}
		if s.String() != tt.want || rep != tt.repairs {
			t.Errorf("ParseSymbolLenient(%q) = %q, %v; want %q, %v", tt.in, s, rep, tt.want, tt.repairs)
		}
	}
	for _, in := range []string{"UB ND/15", "15/UB ND-VX", "15/QĐ-UBND\n\n-VX", "ngày 07/8/2023",
		"1/QĐ&UBND", "1/A-B&", "1/A&-B", // "&" outside a unit or not between letters
		"01/1999/QĐ.", "01.1999/QĐ-UB", // a dot not between codes
	} {
		if s, _, err := directive.ParseSymbolLenient(in); err == nil {
			t.Errorf("ParseSymbolLenient(%q) = %q, want error", in, s)
		}
	}
}

func TestSymbolEqualIgnoresCase(t *testing.T) {
	t.Parallel()
	a := directive.MustParseSymbol("19/CT-TTg")
	b := directive.MustParseSymbol("19/CT-TTG")
	c := directive.MustParseSymbol("28/2018/qđ-ttg")
	if a == b {
		t.Errorf("== ignores the printed form: %q == %q", a, b)
	}
	if !a.Equal(b) || a.Key() != b.Key() || a.Compare(b) != 0 {
		t.Errorf("%q and %q should be Equal with the same Key", a, b)
	}
	if !c.Equal(directive.MustParseSymbol("28/2018/QĐ-TTg")) {
		t.Errorf("%q should equal 28/2018/QĐ-TTg", c)
	}
	if a.Equal(directive.MustParseSymbol("19/CT-UBND")) || a.Equal(directive.MustParseSymbol("019/CT-TTg")) {
		t.Errorf("Equal matched a different symbol")
	}
	if a.Compare(directive.MustParseSymbol("20/CT-TTg")) >= 0 {
		t.Errorf("Compare order wrong")
	}
}

func TestSymbolZeroAndText(t *testing.T) {
	t.Parallel()
	var z directive.Symbol
	if z.IsValid() || !z.IsZero() || z.String() != "" || z.Bloc() != directive.BlocUnspecified {
		t.Errorf("zero Symbol: IsValid=%v String=%q Bloc=%v", z.IsValid(), z.String(), z.Bloc())
	}
	if b, _ := z.MarshalText(); len(b) != 0 {
		t.Errorf("zero MarshalText = %q", b)
	}
	var s directive.Symbol
	if err := s.UnmarshalText([]byte("05 /2008/TT-BYT")); err != nil || s.String() != "05/2008/TT-BYT" {
		t.Errorf("UnmarshalText = %q, %v", s, err)
	}
	if err := s.UnmarshalText(nil); err != nil || !s.IsZero() {
		t.Errorf("UnmarshalText(empty) = %q, %v; want zero", s, err)
	}
	if err := s.UnmarshalText([]byte("not a symbol")); err == nil {
		t.Errorf("UnmarshalText(garbage) succeeded")
	}
}

// TestSymbolTextKeepsValidSymbols checks that text a strict parse accepts
// unmarshals unchanged, though the lenient parse would restore a dash in
// it.
func TestSymbolTextKeepsValidSymbols(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"1961/QĐUBND", "19/CTTTG"} {
		var s directive.Symbol
		if err := s.UnmarshalText([]byte(in)); err != nil || s.String() != in {
			t.Errorf("UnmarshalText(%q) = %q, %v; want it unchanged", in, s, err)
		}
	}
}
