package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"golang.org/x/text/unicode/norm"
)

func collect(t *testing.T, text string, cfg config) ([]record, chunkStats) {
	t.Helper()
	var out []record
	st, err := scanChunks("x", strings.NewReader(text), cfg, func(r record) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, st
}

// whole scans text in one chunk.
func whole(t *testing.T, text string) []record {
	t.Helper()
	out, st := collect(t, text, config{chunkSize: len(text) + 1, cutWindow: 1, maxBuffer: len(text) + 1})
	if st.chunks != 1 {
		t.Fatalf("whole text read in %d chunks", st.chunks)
	}
	return out
}

// Chunked scanning must give the same records, with global offsets, as
// scanning the whole text at once.
func TestChunksMatchWholeText(t *testing.T) {
	b, err := os.ReadFile("../../directive/testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(b)+"\n\n", 20)
	all := whole(t, text)
	if len(all) != 200 {
		t.Fatalf("whole text gave %d records, want 200", len(all))
	}
	for _, size := range []int{4096, 9000, 20000} {
		chunked, st := collect(t, text, config{chunkSize: size, cutWindow: 2048, maxBuffer: 1 << 20})
		if !slices.EqualFunc(all, chunked, sameRecord) {
			t.Errorf("chunk size %d: %d records differ from the whole-text %d", size, len(chunked), len(all))
		}
		if st.chunks < 2 {
			t.Errorf("chunk size %d: read in %d chunks", size, st.chunks)
		}
	}
	for _, r := range all {
		end := min(len(text), r.Start+120)
		if r.Symbol.IsValid() && !strings.Contains(squash(text[r.Start:end]), r.Symbol.String()) {
			t.Errorf("offset %d does not lead to %s", r.Start, r.Symbol)
		}
	}
}

func sameRecord(a, b record) bool { return a == b }

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// A text without line breaks or spaces is still cut on rune boundaries.
func TestCutPointRuneBoundary(t *testing.T) {
	b := []byte(strings.Repeat("ệ", 100))
	cut := forcedCut(b, 0, 50)
	if cut <= 0 || cut > len(b) || cut%len("ệ") != 0 {
		t.Errorf("forcedCut = %d, not on a rune boundary", cut)
	}
}

// testTexts reads every text under directive/testdata.
func testTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir("../../directive/testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := os.ReadFile(p)
		out = append(out, string(b))
		return err
	})
	if err != nil || len(out) < 100 {
		t.Fatalf("read %d texts: %v", len(out), err)
	}
	return out
}

// genText joins real documents in a random order to about size bytes.
// flat folds every run of spaces and line breaks to one space, as text
// pasted from a web page without its paragraphs.
func genText(rng *rand.Rand, docs []string, size int, flat bool) string {
	var b strings.Builder
	for b.Len() < size {
		d := docs[rng.IntN(len(docs))]
		if flat {
			d = strings.Join(strings.Fields(d), " ")
		}
		b.WriteString(d)
		b.WriteString([]string{"\n\n", "\n", " "}[rng.IntN(3)])
	}
	return b.String()
}

// Chunked scanning gives the records of one scan of the whole text, cut
// small and at random sizes, with and without line breaks, composed and
// decomposed.
func TestChunksMatchWholeGenerated(t *testing.T) {
	docs := testTexts(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 24 {
		flat := i%2 == 1
		text := genText(rng, docs, 200<<10, flat)
		if i%4 >= 2 {
			text = norm.NFD.String(text)
		}
		all := whole(t, text)
		cfg := config{chunkSize: 6<<10 + rng.IntN(40<<10), cutWindow: 1<<10 + rng.IntN(16<<10), maxBuffer: 1 << 20}
		chunked, st := collect(t, text, cfg)
		if st.chunks < 4 || st.forced > 0 {
			t.Errorf("text %d (%+v): %+v", i, cfg, st)
		}
		if !slices.EqualFunc(all, chunked, sameRecord) {
			n := 0
			for k := range min(len(all), len(chunked)) {
				if !sameRecord(all[k], chunked[k]) {
					if n == 0 {
						t.Errorf("text %d (flat %v, %+v): first difference at record %d:\n%+v\n%+v", i, flat, cfg, k, all[k], chunked[k])
					}
					n++
				}
			}
			t.Errorf("text %d: %d records chunked, %d whole, %d differ", i, len(chunked), len(all), n)
		}
	}
}

// A text with no sentence end is read on to maxBuffer, then cut blind.
func TestChunksWithoutSentenceEnd(t *testing.T) {
	text := strings.Repeat("Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2020 của Ủy ban nhân dân tỉnh; ", 4000)
	cfg := config{chunkSize: 16 << 10, cutWindow: 4 << 10, maxBuffer: 64 << 10}
	chunked, st := collect(t, text, cfg)
	if st.grown == 0 || st.forced == 0 {
		t.Errorf("stats %+v: want buffers grown and cuts forced", st)
	}
	if want := 4000; len(chunked) < want-st.forced || len(chunked) > want+st.forced {
		t.Errorf("%d records, want about %d", len(chunked), want)
	}
	for _, r := range chunked {
		if !strings.HasPrefix(text[r.Start:], "Quyết định số 12/QĐ-UBND") {
			t.Fatalf("offset %d leads to %q", r.Start, text[r.Start:min(len(text), r.Start+30)])
		}
	}
}

// A clause after a cut may take its verb from more than 320 bytes back
// when the citation before the cut is near (find.go's walk reaches to the
// previous walk's start): the next chunk's scan starts before the cut to
// know it.
func TestChunksCarryTheWalkReach(t *testing.T) {
	before := strings.Repeat("Các cơ quan đơn vị chủ động phối hợp. ", 100) +
		"Căn cứ Quyết định số 1/QĐ-UBND của Ủy ban nhân dân tỉnh. "
	after := "Đồng thời thực hiện " + strings.Repeat("các cơ quan đơn vị ", 20) + "Quyết định số 2/QĐ-UBND" +
		strings.Repeat(" các cơ quan đơn vị", 200) + "."
	text := before + after
	all := whole(t, text)
	if len(all) != 2 || all[1].Relation != directive.RelationImplements {
		t.Fatalf("whole text: %+v, want the second citation to implement", all)
	}
	chunked, st := collect(t, text, config{chunkSize: len(before) + 500, cutWindow: 2048, maxBuffer: 1 << 20})
	if st.chunks != 2 {
		t.Errorf("read in %d chunks, want 2 (cut after %q)", st.chunks, before[len(before)-20:])
	}
	if !slices.EqualFunc(all, chunked, sameRecord) {
		t.Errorf("chunked records %+v, want %+v", chunked, all)
	}
}

// No cut falls where a reader goes past a sentence end.
func TestSafeCut(t *testing.T) {
	pad := strings.Repeat("x", 64)
	for _, c := range []struct {
		text string // "|" marks the cut
		ok   bool
	}{
		{"Các đơn vị thực hiện. |Ủy ban nhân dân tỉnh", true},
		{"ban hành ngày 07. |8. 2023 của", false},
		{"Quyết định số 1/QĐ-UB (gọi tắt là Quyết định. |Số 1) và", false},
		{"Quyết định số 1/QĐ-UB (gọi tắt là Quyết định). |Số 1 và", true},
		{"Quyết định số 1/QĐ-UB về “Tăng cường kỷ luật. |Kỷ cương” và", false},
		{"Quyết định số 1/QĐ-UB về “Tăng cường kỷ luật”. |Kỷ cương và", true},
		{`Quyết định số 1/QĐ-UB về "Tăng cường kỷ luật. |Kỷ cương" và`, false},
	} {
		text := strings.Replace(c.text, "|", "", 1) + pad
		p := strings.Index(c.text, "|")
		if got := cutRank([]byte(text), p) >= 0 && safeCut([]byte(text), p); got != c.ok {
			t.Errorf("cut in %q: %v, want %v", c.text, got, c.ok)
		}
	}
}

// The command's records keep the field names other tools read: "file"
// first, then the citation's one JSON form.
func TestRecordFields(t *testing.T) {
	recs := whole(t, "Căn cứ Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư Trung ương Đảng;\n")
	if len(recs) != 1 {
		t.Fatalf("records: %+v", recs)
	}
	b, err := json.Marshal(recs[0])
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.Token()
	for dec.More() {
		k, _ := dec.Token()
		keys = append(keys, k.(string))
		var v any
		dec.Decode(&v)
	}
	want := []string{"file", "type", "symbol", "name", "number", "date", "issuer", "subject", "relation", "term", "offset", "end"}
	if !slices.Equal(keys, want) {
		t.Errorf("record keys %v, want %v", keys, want)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["file"] != "x" || m["symbol"] != "238-QĐ/TW" || m["type"] != "Quyết định" || m["date"] != "2020-09-30" ||
		m["relation"] != "legal_basis" || m["offset"] != float64(len("Căn cứ ")) || m["issuer"] != "Ban Bí thư Trung ương Đảng" {
		t.Errorf("record %s", b)
	}
}
