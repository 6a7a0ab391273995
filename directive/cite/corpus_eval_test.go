package cite_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/vntext"
)

// Floors for TestCorpusEval: the level the extractor reaches on the gold
// corpus minus a small margin, so that a regression fails the test.
// Reached on 2026-11-27: precision 0.977, recall 0.988; agreement date
// 0.976, issuer 0.906, type 0.988, relation 0.894.
const (
	minPrecision = 0.95
	minRecall    = 0.95
	// Agreement floors over matched pairs.
	minDateAgree     = 0.95
	minIssuerAgree   = 0.87
	minTypeAgree     = 0.97
	minRelationAgree = 0.86
)

// goldDoc is the part of a gold label file the evaluation reads.
type goldDoc struct {
	Symbol    string     `json:"symbol"`
	Citations []goldCite `json:"citations"`
}

type goldCite struct {
	Type      string  `json:"type"`
	Symbol    *string `json:"symbol"`
	Name      string  `json:"name"`
	Date      *string `json:"date"`
	Issuer    string  `json:"issuer"`
	Relation  string  `json:"relation"`
	AsPrinted string  `json:"as_printed"`
}

// evalCounts are the counts of one document or of the whole corpus.
type evalCounts struct {
	gold, found, tp              int
	date, issuer, kind, relation int // agreements among the tp pairs
	misses, extras, fieldDiffs   []string
	docName                      string
}

func (c *evalCounts) add(o evalCounts) {
	c.gold += o.gold
	c.found += o.found
	c.tp += o.tp
	c.date += o.date
	c.issuer += o.issuer
	c.kind += o.kind
	c.relation += o.relation
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// symKey is the comparison key of a symbol: upper case, no spaces.
func symKey(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

// nameKey is the comparison key of a name: vntext.Key (case, tone
// placement, punctuation and spacing folded).
func nameKey(s string) string { return vntext.Key(s) }

// sameName reports whether a found name denotes the gold one: equal keys,
// or the found name is the gold name followed by "của <issuer>" that the
// gold file records as the issuer.
func sameName(found, gold goldCite, foundName string) bool {
	f, g := nameKey(foundName), nameKey(gold.Name)
	if g == "" {
		return false
	}
	if f == g || (gold.AsPrinted != "" && f == nameKey(gold.AsPrinted)) {
		return true
	}
	if gold.Issuer != "" && f == g+" của "+nameKey(gold.Issuer) {
		return true
	}
	return false
}

// matchGold reports whether document d is gold citation g.
func matchGold(d cite.CitedDocument, g goldCite) bool {
	if g.Symbol != nil {
		if !d.Symbol.IsValid() {
			return false
		}
		k := symKey(d.Symbol.String())
		return k == symKey(*g.Symbol) || (g.AsPrinted != "" && k == symKey(strings.TrimPrefix(g.AsPrinted, "số")))
	}
	if d.Symbol.IsValid() {
		return false
	}
	return sameName(goldCite{}, g, d.Name)
}

func evalDocument(t *testing.T, name, text string, gold goldDoc) evalCounts {
	docs := cite.Resolve(text)
	ec := evalCounts{docName: name, gold: len(gold.Citations), found: len(docs)}
	used := make([]bool, len(docs))
	for _, g := range gold.Citations {
		j := -1
		for i, d := range docs {
			if !used[i] && matchGold(d, g) {
				j = i
				break
			}
		}
		label := g.Name
		if g.Symbol != nil {
			label = *g.Symbol
		}
		if j < 0 {
			ec.misses = append(ec.misses, label)
			continue
		}
		used[j] = true
		ec.tp++
		d := docs[j]
		var want chidao.Date
		if g.Date != nil {
			var w chidao.Date
			err := w.UnmarshalText([]byte(*g.Date))
			if err != nil {
				t.Fatalf("%s: bad gold date %q: %v", name, *g.Date, err)
			}
			want = w
		}
		var diffs []string
		if d.Date == want {
			ec.date++
		} else {
			diffs = append(diffs, fmt.Sprintf("date %v want %v", d.Date, want))
		}
		if nameKey(d.Issuer) == nameKey(g.Issuer) {
			ec.issuer++
		} else {
			diffs = append(diffs, fmt.Sprintf("issuer %q want %q", d.Issuer, g.Issuer))
		}
		if k, ok := directive.KindByName(g.Type); ok && k == d.Kind {
			ec.kind++
		} else {
			diffs = append(diffs, fmt.Sprintf("type %q want %q", d.Kind.Label(), g.Type))
		}
		if d.Relation.String() == g.Relation {
			ec.relation++
		} else {
			diffs = append(diffs, fmt.Sprintf("relation %v want %s", d.Relation, g.Relation))
		}
		if diffs != nil {
			ec.fieldDiffs = append(ec.fieldDiffs, label+": "+strings.Join(diffs, "; "))
		}
	}
	for i, d := range docs {
		if !used[i] {
			ec.extras = append(ec.extras, fmt.Sprintf("%s%s (%s, %v, %q)", d.Symbol, d.Name, d.Kind.Label(), d.Date, d.Issuer))
		}
	}
	return ec
}

// TestCorpusEval measures Resolve against the hand-labelled documents in
// testdata/corpus: precision and recall of the cited documents, and the
// agreement of date, issuer, type and relation on matched pairs. Run with
// -v to see the tables.
func TestCorpusEval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus", evalFloors{minPrecision, minRecall, minDateAgree, minIssuerAgree, minTypeAgree, minRelationAgree})
}

// TestHeldOutEval does the same over testdata/corpus2, real documents
// gathered after the extractor was tuned on testdata/corpus. Held out at
// first, it measured before any change for it: 136 gold, 122 found, 119
// matched (precision 0.975, recall 0.875); agreement date 0.966, issuer
// 0.840, type 0.958, relation 0.899. The extractor was then tuned on it
// (2026-11-27: "&" and "." inside codes, issuers and cues across hard
// wraps, an issuer named before a list) and reached precision 0.992,
// recall 0.890; agreement date 0.975, issuer 0.893, type 0.959, relation
// 0.942. Floors sit a little lower.
func TestHeldOutEval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus2", evalFloors{0.97, 0.86, 0.95, 0.86, 0.94, 0.91})
}

// TestHeldOut3Eval does the same over testdata/corpus3, a third held-out
// set (more Party documents, telegrams, commune/district documents, header-
// less reposts and heavy web noise) gathered without looking at the
// extractor's output. Reached when it was added, before any change for it:
// 98 gold, 93 found, 87 matched (precision 0.935, recall 0.888); agreement
// date 0.897, issuer 0.839, type 0.989, relation 0.931. After the changes
// made for corpus2 it reached precision 0.957, recall 0.918; agreement date
// 0.989, issuer 0.944, type 0.989, relation 0.956 (its failure list had
// been read by then, so these later figures are not a clean held-out
// measure). Floors sit below the first figures.
func TestHeldOut3Eval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus3", evalFloors{0.91, 0.86, 0.87, 0.81, 0.96, 0.90})
}

// TestHeldOut4Eval does the same over testdata/corpus4, a fourth held-out
// set (26 documents: more provinces, post-2025 texts, flattened header
// tables, literal escape sequences, annex/body-only excerpts and Party news
// reposts) whose gold files were written before the extractor was first
// run on it. Reached when it was added, with no change for it: 76 gold, 81
// found, 70 matched (precision 0.864, recall 0.921); agreement date 1.000,
// issuer 0.943, type 1.000, relation 0.914. The extractor as it was at the
// start of that session (commit 44f4931) reached the same except issuer
// 0.929. Floors sit a few hundredths lower.
func TestHeldOut4Eval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus4", evalFloors{0.83, 0.89, 0.97, 0.91, 0.97, 0.88})
}

type evalFloors struct{ precision, recall, date, issuer, kind, relation float64 }

func evalCorpus(t *testing.T, dir string, fl evalFloors) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var total evalCounts
	var rows []evalCounts
	for _, f := range files {
		txt := strings.TrimSuffix(f, ".json") + ".txt"
		text, err := os.ReadFile(txt)
		if err != nil {
			continue // label without text: nothing to measure
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold goldDoc
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ec := evalDocument(t, strings.TrimSuffix(filepath.Base(f), ".json"), string(text), gold)
		rows = append(rows, ec)
		total.add(ec)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-34s %4s %5s %3s %3s %3s  %4s %4s %4s %4s\n", "document", "gold", "found", "tp", "fp", "fn", "date", "iss", "type", "rel")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-34s %4d %5d %3d %3d %3d  %4d %4d %4d %4d\n", r.docName, r.gold, r.found, r.tp, r.found-r.tp, r.gold-r.tp, r.date, r.issuer, r.kind, r.relation)
		for _, m := range r.misses {
			fmt.Fprintf(&b, "    FN %s\n", m)
		}
		for _, m := range r.extras {
			fmt.Fprintf(&b, "    FP %s\n", m)
		}
		for _, m := range r.fieldDiffs {
			fmt.Fprintf(&b, "    ≠  %s\n", m)
		}
	}
	p, r := ratio(total.tp, total.found), ratio(total.tp, total.gold)
	fmt.Fprintf(&b, "%-34s %4d %5d %3d %3d %3d  %4d %4d %4d %4d\n", "TOTAL", total.gold, total.found, total.tp, total.found-total.tp, total.gold-total.tp, total.date, total.issuer, total.kind, total.relation)
	fmt.Fprintf(&b, "precision %.3f  recall %.3f  F1 %.3f\n", p, r, 2*p*r/max(p+r, 1e-9))
	agree := func(n int) float64 { return ratio(n, total.tp) }
	fmt.Fprintf(&b, "agreement on %d matched: date %.3f  issuer %.3f  type %.3f  relation %.3f\n", total.tp, agree(total.date), agree(total.issuer), agree(total.kind), agree(total.relation))
	t.Log(b.String())

	if len(rows) < 10 {
		t.Fatalf("only %d gold documents with text", len(rows))
	}
	check := func(what string, got, floor float64) {
		if got < floor {
			t.Errorf("%s %.3f below the floor %.2f", what, got, floor)
		}
	}
	check("precision", p, fl.precision)
	check("recall", r, fl.recall)
	check("date agreement", agree(total.date), fl.date)
	check("issuer agreement", agree(total.issuer), fl.issuer)
	check("type agreement", agree(total.kind), fl.kind)
	check("relation agreement", agree(total.relation), fl.relation)
}
