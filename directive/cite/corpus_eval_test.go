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
// -v to see the tables. The floors are in the set's figures.json (today's
// counts less one document), beside the first figures measured on it.
func TestCorpusEval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus")
}

// TestHeldOutEval does the same over testdata/corpus2, gathered after the
// extractor was tuned on testdata/corpus, and tuned on since.
func TestHeldOutEval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus2")
}

// TestHeldOut3Eval does the same over testdata/corpus3 (more Party
// documents, telegrams, commune and district documents, headerless reposts,
// heavy web noise), whose failures have been read since.
func TestHeldOut3Eval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus3")
}

// TestHeldOut4Eval does the same over testdata/corpus4, the set held out
// from tuning: it prints totals only.
func TestHeldOut4Eval(t *testing.T) {
	t.Parallel()
	evalCorpus(t, "corpus4")
}

// evalFigures is the citation part of a set's figures.json.
type evalFigures struct {
	HeldOut   bool `json:"held_out"`
	Citations struct {
		First map[string]any `json:"first"`
		Floor struct {
			Gold, Matched, Date, Issuer, Type, Relation int
			FalsePositives                              int `json:"false_positives"`
		} `json:"floor"`
	} `json:"citations"`
}

func evalCorpus(t *testing.T, dir string) {
	var fig evalFigures
	if b, err := os.ReadFile(filepath.Join("..", "testdata", dir, "figures.json")); err != nil {
		t.Fatal(err)
	} else if err := json.Unmarshal(b, &fig); err != nil || fig.Citations.Floor.Gold == 0 {
		t.Fatalf("%s/figures.json: %v (no citation floors?)", dir, err)
	}
	fl := fig.Citations.Floor
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
		if fig.HeldOut {
			break // a held-out set shows totals only
		}
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
	fmt.Fprintf(&b, "first figures: %v\n", fig.Citations.First)
	t.Log(b.String())

	if len(rows) < 10 {
		t.Fatalf("only %d gold documents with text", len(rows))
	}
	atLeast := func(what string, got, floor int) {
		if got < floor {
			t.Errorf("%s: %d, below the floor of %d", what, got, floor)
		}
	}
	if total.gold != fl.Gold {
		t.Errorf("%d gold citations, figures.json counts %d: the set changed", total.gold, fl.Gold)
	}
	atLeast("matched citations", total.tp, fl.Matched)
	if fp := total.found - total.tp; fp > fl.FalsePositives {
		t.Errorf("false positives: %d, above the ceiling of %d", fp, fl.FalsePositives)
	}
	atLeast("date agreement", total.date, fl.Date)
	atLeast("issuer agreement", total.issuer, fl.Issuer)
	atLeast("type agreement", total.kind, fl.Type)
	atLeast("relation agreement", total.relation, fl.Relation)

}
