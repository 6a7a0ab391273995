package render_test

import (
	"os"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
)

// seedLetter is the Hà Nội công văn 3241/UBND-KGVX of the testdata.
func seedLetter(b testing.TB) *directive.Document {
	b.Helper()
	src, err := os.ReadFile("../testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		b.Fatal(err)
	}
	d, err := parser.Parse(string(src))
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkText compares Text with the reference writer it replaced.
func BenchmarkText(b *testing.B) {
	d := seedLetter(b)
	for _, w := range []struct {
		name string
		f    func(*directive.Document) string
	}{{"plan", render.Text}, {"reference", refText}} {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w.f(d)
			}
		})
	}
}

func BenchmarkHTML(b *testing.B) {
	d := seedLetter(b)
	b.ReportAllocs()
	for b.Loop() {
		render.HTML(d)
	}
}
