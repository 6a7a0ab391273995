package cite_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"golang.org/x/text/unicode/norm"
)

func readHanoi(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

type wantDoc struct {
	symbol string
	kind   directive.Kind
	date   chidao.Date
	issuer string
}

var hanoiDocs = []wantDoc{
	{"24-CT/TU", directive.KindDirective, chidao.MustDate(2023, 8, 7), "Ban Thường vụ Thành ủy"},
	{"114-HD/BTGTU", directive.KindGuidance, chidao.MustDate(2023, 8, 23), "Ban Tuyên giáo Thành ủy"},
	{"171-KH/TU", directive.KindPlan, chidao.MustDate(2023, 8, 14), "Thành ủy Hà Nội"},
	{"238-QĐ/TW", directive.KindDecision, chidao.MustDate(2020, 9, 30), "Ban Bí thư Trung ương Đảng"},
}

// checkHanoi asserts the Done-when criteria of issue 3 on the letter.
func checkHanoi(t *testing.T, text string) {
	t.Helper()
	docs := cite.Resolve(text)
	if len(docs) != len(hanoiDocs) {
		var got []string
		for _, d := range docs {
			got = append(got, d.Symbol.String()+d.Name)
		}
		t.Fatalf("Resolve found %d documents %q, want 4", len(docs), got)
	}
	for i, w := range hanoiDocs {
		d := docs[i]
		if d.Symbol.String() != w.symbol || d.Kind != w.kind || d.Date != w.date || d.Issuer != w.issuer {
			t.Errorf("document %d = %s %v %v %q; want %s %v %v %q", i, d.Symbol, d.Kind, d.Date, d.Issuer, w.symbol, w.kind, w.date, w.issuer)
		}
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Errorf("%s: bad mention span %d:%d", w.symbol, m.Start, m.End)
			}
		}
	}
	if docs[1].Relation != directive.RelationLegalBasis {
		t.Errorf("114-HD/BTGTU relation = %v, want legal_basis", docs[1].Relation)
	}
	if !slices.Contains(docs[0].Terms, "Chỉ thị") {
		t.Errorf("24-CT/TU terms = %q, want the defined term Chỉ thị", docs[0].Terms)
	}
	// Bare "Chỉ thị" after the definition resolves to 24-CT/TU.
	def := strings.Index(text, "(gọi tắt là")
	if def < 0 {
		def = strings.Index(text, norm.NFD.String("(gọi tắt là"))
	}
	var bare []int
	for _, m := range docs[0].Mentions {
		if m.Term {
			bare = append(bare, m.Start)
			if got := norm.NFC.String(text[m.Start:m.End]); got != "Chỉ thị" {
				t.Errorf("term mention at %d is %q", m.Start, got)
			}
			if m.Start < def {
				t.Errorf("term mention at %d before the definition at %d", m.Start, def)
			}
		}
	}
	// "thực hiện Chỉ thị tăng cường", "kế hoạch thực hiện Chỉ thị,",
	// "việc thực hiện Chỉ thị;", "trong thực hiện Chỉ thị và".
	if len(bare) != 4 {
		t.Errorf("found %d bare uses of the term, want 4 (at %v)", len(bare), bare)
	}
	for _, d := range docs[1:] {
		for _, m := range d.Mentions {
			if m.Term {
				t.Errorf("%s got a term mention", d.Symbol)
			}
		}
	}
}

func TestHanoiLetter(t *testing.T) {
	t.Parallel()
	checkHanoi(t, readHanoi(t))
}

func TestHanoiLetterNFD(t *testing.T) {
	t.Parallel()
	checkHanoi(t, norm.NFD.String(readHanoi(t)))
}

func TestHanoiOwnNumberIsNotACitation(t *testing.T) {
	t.Parallel()
	// The extracted text lost the "/" of the letter's own number; with it
	// restored, the number after "Số:" must still not be cited.
	text := strings.Replace(readHanoi(t), "~~3241~~ UBND-KGVX", "3241/UBND-KGVX", 1)
	if !strings.Contains(text, "Số: 3241/UBND-KGVX") {
		t.Fatal("fixture changed")
	}
	for c := range cite.Find(text) {
		if c.Symbol.String() == "3241/UBND-KGVX" {
			t.Errorf("own number cited at %d", c.Start)
		}
	}
	checkHanoi(t, text)
}

func TestHanoiCitationsSpans(t *testing.T) {
	t.Parallel()
	text := readHanoi(t)
	var n int
	for c := range cite.Find(text) {
		n++
		span := text[c.Start:c.End]
		if !strings.Contains(squeeze(span), c.Symbol.String()) {
			t.Errorf("span %q does not contain %s", span, c.Symbol)
		}
	}
	// 24-CT/TU ×4 (V/v line, căn cứ subject, section 1, section 4),
	// 114-HD/BTGTU ×2, 171-KH/TU ×3, 238-QĐ/TW ×1.
	if n != 10 {
		t.Errorf("Citations yielded %d, want 10", n)
	}
}
