package parser_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/internal/gen"
	"pgregory.net/rapid"
)

// docGen draws a generated document with the citations its canonical text
// makes, as Parse reads them.
func docGen() *rapid.Generator[*directive.Document] {
	return rapid.Custom(func(t *rapid.T) *directive.Document {
		d := gen.Document().Draw(t, "doc")
		d.Citations = slices.Collect(cite.Find(render.Text(d)))
		return d
	})
}

func TestDirectiveRoundTripProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := docGen().Draw(t, "doc")
		text := render.Text(d)
		got, err := parser.Parse(text)
		if err != nil {
			t.Fatalf("Parse(Render(d)) error: %v\n%s", err, text)
		}
		if diff := docDiff(d, got); diff != "" {
			t.Fatalf("Parse(Render(d)) != d: %s\n%s", diff, text)
		}
		if again := render.Text(got); again != text {
			t.Fatalf("Render is not a fixed point:\n%s\n---\n%s", text, again)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back directive.Document
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(Marshal(d)): %v", err)
		}
		if diff := docDiff(d, &back); diff != "" {
			t.Fatalf("JSON round trip: %s", diff)
		}
	})
}

func TestGeneratedDirectivesValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := docGen().Draw(t, "doc")
		if err := d.Validate(); err != nil {
			t.Fatalf("valid document: Validate() = %v\n%s", err, render.Text(d))
		}
	})
}

// Each targeted break yields exactly its code at its path.
func TestTargetedBreaks(t *testing.T) {
	type brk struct {
		name  string
		apply func(d *directive.Document) (path string, code chidao.Code, ok bool)
	}
	breaks := []brk{
		{"no title", func(d *directive.Document) (string, chidao.Code, bool) {
			d.Signature.Title = ""
			return "signature.title", chidao.CodeRequired, true
		}},
		{"no name", func(d *directive.Document) (string, chidao.Code, bool) {
			d.Signature.Name = ""
			return "signature.name", chidao.CodeRequired, true
		}},
		{"number without zero", func(d *directive.Document) (string, chidao.Code, bool) {
			s := d.Symbol.String()
			i := strings.IndexAny(s, "/-")
			d.Symbol = directive.MustParseSymbol("7" + s[i:])
			d.Number = "7"
			return "number", directive.CodeNumberZero, true
		}},
		{"archive line", func(d *directive.Document) (string, chidao.Code, bool) {
			last := len(d.Distribution) - 1
			d.Distribution[last] = "Sở Tài chính"
			return "distribution[" + strconv.Itoa(last) + "]", directive.CodeArchive, true
		}},
		{"other bloc header", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Bloc == directive.BlocParty {
				d.NationalHeader = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}
			} else {
				d.NationalHeader = []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}
			}
			return "national_header", directive.CodeHeaderBloc, true
		}},
		{"as above without recipients", func(d *directive.Document) (string, chidao.Code, bool) {
			if len(d.Recipients) > 0 || d.Type == directive.KindOfficialLetter {
				return "", "", false
			}
			d.Distribution = append([]string{"Như trên"}, d.Distribution...)
			return "distribution[0]", directive.CodeAsAbove, true
		}},
		{"collective without TM", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Bloc != directive.BlocState || !strings.HasPrefix(d.Issuer, "ỦY BAN") {
				return "", "", false
			}
			d.Signature.Authority = nil
			d.Signature.Title = "CHỦ TỊCH"
			return "signature.authority", directive.CodeSignCollective, true
		}},
		{"self citation", func(d *directive.Document) (string, chidao.Code, bool) {
			if !d.Symbol.IsValid() || d.Date.IsZero() {
				return "", "", false
			}
			d.Citations = append(d.Citations, directive.Citation{Kind: d.Type, Symbol: d.Symbol,
				Date: d.Date, Relation: directive.RelationMentions})
			return "citations[" + strconv.Itoa(len(d.Citations)-1) + "].symbol", directive.CodeCitationSelf, true
		}},
		{"công văn subject without V/v", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Type != directive.KindOfficialLetter || d.Subject == "" {
				return "", "", false
			}
			d.Repairs = append(d.Repairs, directive.Repair{Code: directive.RepairSubjectVv, Path: "subject", Line: 9,
				Original: "Về: " + d.Subject, Repaired: "V/v " + d.Subject})
			return "subject", directive.CodeSubjectVv, true
		}},
		{"type code", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Type == directive.KindOfficialLetter || d.Type == directive.KindPlan {
				return "", "", false
			}
			d.Type = directive.KindPlan
			return "symbol", directive.CodeSymbolType, true
		}},
	}
	for _, b := range breaks {
		t.Run(b.name, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				d := docGen().Draw(t, "doc")
				path, code, ok := b.apply(d)
				if !ok {
					t.Skip("break does not apply")
				}
				l := d.Check()
				if len(l) != 1 || l[0].Path != path || l[0].Code != code {
					t.Fatalf("Check() =\n%swant exactly %s at %s", l, code, path)
				}
			})
		})
	}
}
