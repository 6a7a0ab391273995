package org_test

import (
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
	"golang.org/x/text/unicode/norm"
)

func BenchmarkMatch(b *testing.B) {
	r := org.HaNoi()
	day := chidao.MustDate(2023, 10, 4)
	for _, name := range []string{"Ủy ban nhân dân quận Ba Đình", "Sở Văn hóa và Thể thao", "UBND thành phố Hà Nội"} {
		b.Run("nfc/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.Match(name, day); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	nfd := norm.NFD.String("Ủy ban nhân dân quận Ba Đình")
	b.Run("nfd", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.Match(nfd, day); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkExpand(b *testing.B) {
	r := org.HaNoi()
	day := chidao.MustDate(2023, 10, 4)
	ubnd, _ := r.Org("hn.ubnd")
	b.ReportAllocs()
	for b.Loop() {
		if orgs, err := r.Expand("UBND các quận, huyện, thị xã", ubnd, day); err != nil || len(orgs) != 30 {
			b.Fatal(err)
		}
	}
}

func BenchmarkHaNoiLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := org.New(org.HaNoi().Data()); err != nil {
			b.Fatal(err)
		}
	}
}
