package directive_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// genNumber draws a document number as written: 1–5 digits, sometimes
// with the leading zero Decree 30 gives numbers under 10.
func genNumber(t *rapid.T) string {
	n := rapid.IntRange(1, 99999).Draw(t, "n")
	s := strconv.Itoa(n)
	if n < 10 && rapid.Bool().Draw(t, "pad") {
		s = "0" + s
	}
	return s
}

var (
	stateIssuers = []string{"UBND", "BNV", "BYT", "BTC", "CP", "TTg", "SNV", "SYT", "HĐND", "BGDĐT", "BVHTTDL", "UBTVQH15"}
	partyIssuers = []string{"TU", "TW", "BTGTU", "VPTW", "HU", "ĐU", "BTCTW", "UBKTTU", "BTGDVTU"}
	units        = []string{"KGVX", "VX", "KT", "VP", "KHTC", "NC", "TH"}
)

func codesOf(b directive.Bloc, legal bool) []directive.Kind {
	var out []directive.Kind
	for _, k := range directive.Kinds() {
		if k.Code(b) != "" && (!legal || k.IsLegal()) {
			out = append(out, k)
		}
	}
	return out
}

// genSymbol draws a symbol of any shape and returns it with its parts.
func genSymbol(t *rapid.T) (text string, shape directive.Shape, number string, year int, code string, issuers []string, unit string) {
	number = genNumber(t)
	shape = rapid.SampledFrom([]directive.Shape{directive.ShapeAdministrative, directive.ShapeLetter, directive.ShapeLegal, directive.ShapeAssembly, directive.ShapeParty}).Draw(t, "shape")
	switch shape {
	case directive.ShapeAdministrative:
		k := rapid.SampledFrom(codesOf(directive.BlocState, false)).Draw(t, "kind")
		code = k.Code(directive.BlocState)
		if k == directive.KindCertifiedCopy || k == directive.KindExtractCopy || k == directive.KindTranscript {
			return number + "/" + code, shape, number, 0, code, nil, ""
		}
		iss := rapid.SampledFrom(stateIssuers).Draw(t, "issuer")
		issuers = []string{iss}
		text = number + "/" + code + "-" + iss
		if k == directive.KindJointCircular || k == directive.KindJointResolution {
			more := rapid.SampledFrom(stateIssuers).Draw(t, "issuer2")
			issuers = append(issuers, more)
			text += "-" + more
		}
	case directive.ShapeLetter:
		iss := rapid.SampledFrom(stateIssuers).Draw(t, "issuer")
		unit = rapid.SampledFrom(units).Draw(t, "unit")
		issuers = []string{iss}
		text = number + "/" + iss + "-" + unit
	case directive.ShapeLegal:
		k := rapid.SampledFrom(codesOf(directive.BlocState, true)).Draw(t, "kind")
		code = k.Code(directive.BlocState)
		year = rapid.IntRange(1945, 2099).Draw(t, "year")
		iss := rapid.SampledFrom(stateIssuers).Draw(t, "issuer")
		issuers = []string{iss}
		text = fmt.Sprintf("%s/%d/%s-%s", number, year, code, iss)
	case directive.ShapeAssembly:
		year = rapid.IntRange(1945, 2099).Draw(t, "year")
		iss := "QH" + strconv.Itoa(rapid.IntRange(1, 20).Draw(t, "term"))
		issuers = []string{iss}
		text = fmt.Sprintf("%s/%d/%s", number, year, iss)
	case directive.ShapeParty:
		k := rapid.SampledFrom(codesOf(directive.BlocParty, false)).Draw(t, "kind")
		code = k.Code(directive.BlocParty)
		iss := rapid.SampledFrom(partyIssuers).Draw(t, "issuer")
		issuers = []string{iss}
		text = number + "-" + code + "/" + iss
	}
	return
}

func TestRapidSymbolRoundTrip(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		text, shape, number, year, code, issuers, unit := genSymbol(t)
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

func genDate(t *rapid.T) chidao.Date {
	y := rapid.IntRange(1900, 2100).Draw(t, "year")
	m := rapid.IntRange(1, 12).Draw(t, "month")
	day := rapid.IntRange(1, chidao.DaysIn(y, m)).Draw(t, "day")
	return chidao.MustDate(y, m, day)
}

func TestRapidDateRoundTrip(t *testing.T) {
	t.Parallel()
	upper := cases.Upper(language.Vietnamese)
	rapid.Check(t, func(t *rapid.T) {
		dt := genDate(t)
		for _, f := range directive.DateFormats {
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

var (
	fillerWords = []string{"các", "đơn vị", "nghiêm túc", "tổ chức", "cán bộ", "công chức", "hiệu quả", "kịp thời", "đồng bộ", "trên địa bàn", "tỉnh", "nhiệm vụ", "trọng tâm", "giải pháp", "xã hội", "phát triển", "đôn đốc", "kiểm tra", "Nhân dân", "hệ thống chính trị", "thường xuyên", "Ủy ban", "hòa nhập", "thủy lợi", "khoa học"}
	issuerNames = []string{"Bộ Y tế", "Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh Quảng Ninh", "Ban Thường vụ Thành ủy", "Bộ Chính trị", "Ban Bí thư", "Ủy ban nhân dân tỉnh Khánh Hòa", "Sở Nội vụ", "Tỉnh ủy Nghệ An", "Bộ Lao động - Thương binh và Xã hội", "Văn phòng Trung ương Đảng"}
	lawNames    = []string{"Luật Tổ chức chính quyền địa phương", "Luật Đất đai", "Luật Ban hành văn bản quy phạm pháp luật", "Bộ luật Lao động", "Pháp lệnh Ưu đãi người có công với cách mạng"}
)

func genFiller(t *rapid.T, label string) string {
	ws := rapid.SliceOfN(rapid.SampledFrom(fillerWords), 0, 12).Draw(t, label)
	return strings.Join(ws, " ")
}

// phrase is a generated citation and what must be extracted from it.
type phrase struct {
	text   string
	kind   directive.Kind
	symbol string
	name   string
	date   chidao.Date
	issuer string
}

func genPhrase(t *rapid.T) phrase {
	var p phrase
	dt := genDate(t)
	if rapid.IntRange(0, 5).Draw(t, "law") == 0 {
		p.name = rapid.SampledFrom(lawNames).Draw(t, "lawname")
		p.kind = directive.KindLaw
		switch {
		case strings.HasPrefix(p.name, "Bộ luật"):
			p.kind = directive.KindCode
		case strings.HasPrefix(p.name, "Pháp lệnh"):
			p.kind = directive.KindOrdinance
		}
		p.date = dt
		p.text = p.name + " " + directive.FormatDate(dt, directive.DateWords)
		return p
	}
	text, shape, _, _, _, _, _ := genSymbol(t)
	s := directive.MustParseSymbol(text)
	p.symbol = text
	p.kind = s.Kind()
	word := p.kind.Label()
	switch {
	case shape == directive.ShapeAssembly:
		p.kind, word = directive.KindLaw, "Luật"
	case shape == directive.ShapeLetter && rapid.Bool().Draw(t, "vănbản"):
		word = "Văn bản"
	}
	var b strings.Builder
	b.WriteString(word)
	if rapid.Bool().Draw(t, "số") {
		b.WriteString(rapid.SampledFrom([]string{" số ", " số: ", " Số "}).Draw(t, "sốform"))
	} else {
		b.WriteString(" ")
	}
	b.WriteString(text)
	if rapid.Bool().Draw(t, "dated") {
		p.date = dt
		if rapid.Bool().Draw(t, "comma") {
			b.WriteString(",")
		}
		b.WriteString(" ")
		f := rapid.SampledFrom(directive.DateFormats).Draw(t, "format")
		ds := directive.FormatDate(dt, f)
		if f != directive.DateWords {
			ds = "ngày " + ds
		}
		b.WriteString(ds)
	}
	if rapid.Bool().Draw(t, "hasissuer") {
		p.issuer = rapid.SampledFrom(issuerNames).Draw(t, "issuer")
		b.WriteString(" của ")
		b.WriteString(p.issuer)
	}
	p.text = b.String()
	return p
}

func TestRapidCitationPhrases(t *testing.T) {
	t.Parallel()
	upper := cases.Upper(language.Vietnamese)
	rapid.Check(t, func(t *rapid.T) {
		p := genPhrase(t)
		text := p.text
		if rapid.IntRange(0, 4).Draw(t, "upper") == 0 {
			text = upper.String(text)
			p.issuer, p.name = upper.String(p.issuer), upper.String(p.name)
		}
		lead := rapid.SampledFrom([]string{"", "Căn cứ ", "Thực hiện ", "Triển khai "}).Draw(t, "verb")
		end := rapid.SampledFrom([]string{";", ".", ", ", "\n", " về việc " + genFiller(t, "subject") + ";"}).Draw(t, "end")
		doc := genFiller(t, "before") + "\n" + lead + text + end + " " + genFiller(t, "after") + "."
		nfd := rapid.Bool().Draw(t, "nfd")
		if nfd {
			doc = norm.NFD.String(doc)
		}
		var got []directive.Citation
		for c := range directive.Citations(doc) {
			got = append(got, c)
		}
		if len(got) != 1 {
			t.Fatalf("found %d citations in %q, want 1: %+v", len(got), doc, got)
		}
		c := got[0]
		symOK := c.Symbol.String() == p.symbol
		if p.symbol != "" {
			// upper-casing the text changes "TTg" to "TTG": same symbol
			symOK = c.Symbol.Equal(directive.MustParseSymbol(p.symbol))
		}
		if c.Kind != p.kind || !symOK || c.Name != p.name || c.Date != p.date || c.Issuer != p.issuer {
			t.Fatalf("in %q got kind %v symbol %q name %q date %v issuer %q; want %v %q %q %v %q",
				doc, c.Kind, c.Symbol, c.Name, c.Date, c.Issuer, p.kind, p.symbol, p.name, p.date, p.issuer)
		}
		if span := norm.NFC.String(doc[c.Start:c.End]); !strings.HasPrefix(span, norm.NFC.String(text[:3])) {
			t.Fatalf("span %q does not start at the phrase %q", span, text)
		}
	})
}
