package directive_test

import (
	"testing"

	"github.com/chidao/chidao/directive"
)

func BenchmarkParseSymbol(b *testing.B) {
	for _, c := range symbolCorpus[:6] {
		b.Run(c.in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				directive.ParseSymbol(c.in)
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	for _, c := range dateCorpus[:6] {
		b.Run(c.in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				directive.ParseDate(c.in)
			}
		})
	}
}
