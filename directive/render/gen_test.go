package render_test

// docGen draws documents the parser reads back (internal/gen); anyDocGen
// draws documents no parser would produce, to reach every branch of the
// text writer.

import (
	"strconv"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/gen"
	"pgregory.net/rapid"
)

// docGen draws a valid document of either bloc.
func docGen() *rapid.Generator[*directive.Document] { return gen.Document() }

var oddTexts = []string{"", "\n", "a\nb", "a\n\nb", " ", "Sở Y tế", "<script>alert(1)</script>", `"quoted" & 'single'`,
	"Như trên;", "Khẩn", "hỏa tốc", "ĐẢNG ỦY", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Căn cứ …;", "x\ny\nz"}

// markupText draws strings of markup characters, spaces and Vietnamese
// letters: what an HTML writer must escape, and nothing XML forbids.
var markupText = rapid.StringOf(rapid.SampledFrom([]rune("<>&\"'/=;:- \t\nÁàĐđỦủệ{}]!-*")))

func oddText(t *rapid.T, free *rapid.Generator[string], label string) string {
	if rapid.IntRange(0, 9).Draw(t, label+"_free") == 0 {
		return free.Draw(t, label+"_s")
	}
	return rapid.SampledFrom(oddTexts).Draw(t, label)
}

func oddList(t *rapid.T, free *rapid.Generator[string], label string) []string {
	n := rapid.IntRange(0, 3).Draw(t, label+"_n")
	var out []string
	for i := range n {
		out = append(out, oddText(t, free, label+strconv.Itoa(i)))
	}
	return out
}

// anyDocGen draws a document whose every field may be missing or odd:
// a Party document without issuer, a number without symbol, a place
// without date, an unspecified type, one recipient, a name-only signature.
// Now and then a field is drawn from free instead of a fixed list.
func anyDocGen(free *rapid.Generator[string]) *rapid.Generator[*directive.Document] {
	return rapid.Custom(func(t *rapid.T) *directive.Document {
		oddText := func(t *rapid.T, label string) string { return oddText(t, free, label) }
		oddList := func(t *rapid.T, label string) []string { return oddList(t, free, label) }
		d := &directive.Document{
			Bloc:           rapid.SampledFrom([]directive.Bloc{directive.BlocState, directive.BlocParty}).Draw(t, "bloc"),
			ParentIssuer:   oddText(t, "parent"),
			Issuer:         oddText(t, "issuer"),
			NationalHeader: oddList(t, "nation"),
			Number:         oddText(t, "number"),
			Type:           rapid.SampledFrom(append(directive.Kinds(), directive.KindUnspecified)).Draw(t, "type"),
			Place:          oddText(t, "place"),
			Subject:        oddText(t, "subject"),
			Urgency:        oddText(t, "urgency"),
			Secrecy:        oddText(t, "secrecy"),
			Recipients:     oddList(t, "recipients"),
			CCRecipients:   oddList(t, "cc"),
			Preamble:       oddList(t, "preamble"),
			Closing:        oddText(t, "closing"),
			Signature: directive.Signature{
				Authority: oddList(t, "authority"),
				Title:     oddText(t, "title"),
				Name:      oddText(t, "name"),
			},
			Distribution: oddList(t, "dist"),
		}
		if rapid.Bool().Draw(t, "hasSymbol") {
			d.Symbol = directive.MustParseSymbol(rapid.SampledFrom([]string{"15-CT/TU", "3241/UBND-KGVX", "05/2024/NĐ-CP", "12/KH-UBND"}).Draw(t, "symbol"))
		}
		if rapid.Bool().Draw(t, "hasDate") {
			d.Date = chidao.MustDate(rapid.IntRange(1990, 2030).Draw(t, "y"), rapid.IntRange(1, 12).Draw(t, "m"), rapid.IntRange(1, 28).Draw(t, "d"))
		}
		for i := range rapid.IntRange(0, 3).Draw(t, "sections") {
			d.Sections = append(d.Sections, directive.Section{
				Number:  rapid.SampledFrom([]string{"", "I", "1", "1.2", "a", "đ", "ab", "Điều 3", "z9"}).Draw(t, "sec"+strconv.Itoa(i)),
				Heading: oddText(t, "heading"),
				Items:   oddList(t, "items"),
			})
		}
		return d
	})
}
