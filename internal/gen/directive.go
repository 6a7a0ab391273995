package gen

import (
	"fmt"
	"strconv"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"pgregory.net/rapid"
)

var (
	stateIssuers = []string{"UBND", "BNV", "BYT", "BTC", "CP", "TTg", "SNV", "SYT", "HĐND", "BGDĐT", "BVHTTDL", "UBTVQH15"}
	partyIssuers = []string{"TU", "TW", "BTGTU", "VPTW", "HU", "ĐU", "BTCTW", "UBKTTU", "BTGDVTU"}
	units        = []string{"KGVX", "VX", "KT", "VP", "KHTC", "NC", "TH"}
)

// Number draws a document number as written: 1–5 digits, sometimes
// with the leading zero Decree 30 gives numbers under 10.
func Number(t *rapid.T) string {
	n := rapid.IntRange(1, 99999).Draw(t, "n")
	s := strconv.Itoa(n)
	if n < 10 && rapid.Bool().Draw(t, "pad") {
		s = "0" + s
	}
	return s
}

func codesOf(b directive.Bloc, legal bool) []directive.Kind {
	var out []directive.Kind
	for _, k := range directive.Kinds() {
		if k.Code(b) != "" && (!legal || k.IsLegal()) {
			out = append(out, k)
		}
	}
	return out
}

// Symbol draws a symbol of any shape and returns it with its parts.
func Symbol(t *rapid.T) (text string, shape directive.Shape, number string, year int, code string, issuers []string, unit string) {
	number = Number(t)
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

// AnyDate draws a civil day from 1900 to 2100.
func AnyDate(t *rapid.T) chidao.Date {
	y := rapid.IntRange(1900, 2100).Draw(t, "year")
	m := rapid.IntRange(1, 12).Draw(t, "month")
	day := rapid.IntRange(1, chidao.DaysIn(y, m)).Draw(t, "day")
	return chidao.MustDate(y, m, day)
}
