package cite_test

import (
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/gen"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
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
	dt := gen.AnyDate(t)
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
	text, shape, _, _, _, _, _ := gen.Symbol(t)
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
		f := rapid.SampledFrom(directive.DateFormats()).Draw(t, "format")
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
		for c := range cite.Find(doc) {
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

var (
	fillerWords = []string{"các", "đơn vị", "nghiêm túc", "tổ chức", "cán bộ", "công chức", "hiệu quả", "kịp thời", "đồng bộ", "trên địa bàn", "tỉnh", "nhiệm vụ", "trọng tâm", "giải pháp", "xã hội", "phát triển", "đôn đốc", "kiểm tra", "Nhân dân", "hệ thống chính trị", "thường xuyên", "Ủy ban", "hòa nhập", "thủy lợi", "khoa học"}
	issuerNames = []string{"Bộ Y tế", "Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh Quảng Ninh", "Ban Thường vụ Thành ủy", "Bộ Chính trị", "Ban Bí thư", "Ủy ban nhân dân tỉnh Khánh Hòa", "Sở Nội vụ", "Tỉnh ủy Nghệ An", "Bộ Lao động - Thương binh và Xã hội", "Văn phòng Trung ương Đảng"}
	lawNames    = []string{"Luật Tổ chức chính quyền địa phương", "Luật Đất đai", "Luật Ban hành văn bản quy phạm pháp luật", "Bộ luật Lao động", "Pháp lệnh Ưu đãi người có công với cách mạng"}
)
