package cite_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive/cite"
	"golang.org/x/text/unicode/norm"
)

const benchCorpusSize = 16 << 20

// benchCorpus builds at least 16 MB of administrative text by repeating
// every text in testdata: the fixtures in testdata/*.txt (the Hà Nội
// letter, a Quảng Ninh plan, a Party plan, a web-noise sample) and the
// real documents of the gold corpus in testdata/corpus/*.txt. It is built
// only by benchmarks.
func benchCorpus(b *testing.B) string {
	b.Helper()
	texts := testdataTexts(b)
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus texts: %v", err)
	}
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	unit := strings.Join(texts, "\n\n") + "\n\n"
	return strings.Repeat(unit, benchCorpusSize/len(unit)+1)
}

// naive is the regexp a Go developer would write first: one alternation of
// type words, optional "số", the symbol, optional "ngày d/m/yyyy",
// optional "của …".
var naive = regexp.MustCompile(`(?i)(Nghị quyết|Quyết định|Chỉ thị|Quy chế|Quy định|Thông báo|Hướng dẫn|Chương trình|Kế hoạch|Đề án|Báo cáo|Tờ trình|Công văn|Công điện|Văn bản|Kết luận|Luật|Nghị định|Thông tư liên tịch|Thông tư|Pháp lệnh)\s+(?:số:?\s*)?(\d+(?:/\d{4})?[/-][\p{L}\d]+(?:[/-][\p{L}\d]+)*)(?:,?\s+ngày\s+(\d{1,2}/\d{1,2}/\d{4}))?(?:\s+của\s+([^,;.(\n]+))?`)

func BenchmarkCitations(b *testing.B) {
	text := benchCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = 0
		for c := range cite.Find(text) {
			if c.Symbol.IsValid() || c.Name != "" {
				n++
			}
		}
	}
	b.ReportMetric(float64(n), "citations")
}

func BenchmarkNaiveRegexp(b *testing.B) {
	text := benchCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(naive.FindAllStringSubmatchIndex(text, -1))
	}
	b.ReportMetric(float64(n), "citations")
}

func BenchmarkIndexByte(b *testing.B) {
	text := []byte(benchCorpus(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = 0
		for i := 0; ; {
			j := bytes.IndexByte(text[i:], '/')
			if j < 0 {
				break
			}
			n++
			i += j + 1
		}
	}
	b.ReportMetric(float64(n), "slashes")
}

// BenchmarkResolve runs Resolve over the Hà Nội letter repeated to each
// size: every copy defines its term again and prints its own number, the
// input that made the old Resolve cubic. ns/op should grow linearly.
func BenchmarkResolve(b *testing.B) {
	letter := readHanoi(b) + "\n\n"
	for _, size := range []struct {
		name string
		n    int
	}{{"1KB", 1 << 10}, {"64KB", 64 << 10}, {"1MB", 1 << 20}, {"8MB", 8 << 20}} {
		text := strings.Repeat(letter, size.n/len(letter)+1)[:size.n]
		for !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var n int
			for b.Loop() {
				n = len(cite.Resolve(text))
			}
			b.ReportMetric(float64(n), "documents")
		})
	}
}

// BenchmarkFindForms scans the Hà Nội letter precomposed (NFC) and
// decomposed (NFD), side by side: issue 8 asks NFD within 1.5× of NFC.
func BenchmarkFindForms(b *testing.B) {
	raw, err := os.ReadFile("../testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name string
		form norm.Form
	}{{"NFC", norm.NFC}, {"NFD", norm.NFD}} {
		text := f.form.String(string(raw))
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for range cite.Find(text) {
				}
			}
		})
		b.Run(f.name+"/damaged", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for range cite.FindDamaged(text) {
				}
			}
		})
	}
}
