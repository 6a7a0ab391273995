package org

import (
	"slices"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
	"pgregory.net/rapid"
)

// naiveNearest is the unpruned definition nearest must agree with.
func naiveNearest(r *Registry, name string, d chidao.Date) []*Org {
	q := vntext.Bare(name)
	if q == "" {
		return nil
	}
	best := map[*Org]int{}
	for k, orgs := range r.bare {
		dist := naiveDistance(q, k)
		for _, o := range orgs {
			if old, ok := best[o]; o.ValidAt(d) && (!ok || dist < old) {
				best[o] = dist
			}
		}
	}
	var list []scored
	for o, dist := range best {
		list = append(list, scored{o, dist})
	}
	slices.SortFunc(list, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	var out []*Org
	for _, s := range list[:min(3, len(list))] {
		out = append(out, s.o)
	}
	return out
}

func naiveDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func TestNearestMatchesNaive(t *testing.T) {
	r := HaNoi()
	keys := make([]string, 0, len(r.bareKeys))
	for _, e := range r.bareKeys {
		keys = append(keys, e.key)
	}
	rapid.Check(t, func(t *rapid.T) {
		var name string
		if rapid.Bool().Draw(t, "fromKey") {
			// A real name with a few bytes changed: close matches exist.
			b := []byte(rapid.SampledFrom(keys).Draw(t, "key"))
			for range rapid.IntRange(0, 4).Draw(t, "edits") {
				if len(b) == 0 {
					break
				}
				b[rapid.IntRange(0, len(b)-1).Draw(t, "at")] = rapid.ByteRange('a', 'z').Draw(t, "b")
			}
			name = string(b)
		} else {
			name = rapid.String().Draw(t, "name")
		}
		d := rapid.SampledFrom([]chidao.Date{
			chidao.MustDate(2023, 10, 4), chidao.MustDate(2025, 3, 1), chidao.MustDate(2025, 8, 1), chidao.MustDate(1990, 1, 1),
		}).Draw(t, "date")
		got, want := r.nearest(name, d), naiveNearest(r, name, d)
		if !slices.Equal(got, want) {
			t.Fatalf("nearest(%q, %s) = %v, want %v", name, d, got, want)
		}
	})
}

func TestBoundedDistance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.StringMatching(`[abc ]{0,12}`).Draw(t, "a")
		b := rapid.StringMatching(`[abc ]{0,12}`).Draw(t, "b")
		limit := rapid.IntRange(0, 14).Draw(t, "limit")
		exact := naiveDistance(a, b)
		got := boundedDistance(a, b, limit, make([]int, 2*(len(a)+1)))
		if exact <= limit && got != exact || exact > limit && got <= limit {
			t.Fatalf("boundedDistance(%q, %q, %d) = %d, exact %d", a, b, limit, got, exact)
		}
	})
}

// BenchmarkNearest measures the suggestion scan behind a failed Match,
// beside the unpruned scan it replaced.
func BenchmarkNearest(b *testing.B) {
	r := HaNoi()
	d := chidao.MustDate(2023, 10, 4)
	for _, name := range []string{"Sở Không Có Thật", "UBND Bỉnh KZVVVVVVVVh", "0a0a0a0a"} {
		b.Run("pruned/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r.nearest(name, d)
			}
		})
		b.Run("naive/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				naiveNearest(r, name, d)
			}
		})
	}
}
