package cite_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// TestFindDamaged reads references whose words a scan left without some
// of their marks, as tesseract leaves Vietnamese: the type word, the
// law's opening, "số", "ngày" and "của".
func TestFindDamaged(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: kind symbol name date issuer, one line per citation
	}{
		{"- Căn cứ Điêu lệ Đảng;\n", "charter | Điêu lệ Đảng | |"},
		{"Căn cư Luật Tổ chức HĐND và UBND ngay 26/11/2003;\n", "law | Luật Tổ chức HĐND và UBND | 2003-11-26 |"},
		{"Căn cứ Luât Hải quan ngày 23 tháng 6 năm 2014;", "law | Luât Hải quan | 2014-06-23 |"},
		{"Thực hiện Chương trinh công tác năm 2015 của Bộ Giáo dục và Đào tạo về công tác chỉ đạo", "programme | Chương trinh công tác năm 2015 | | Bộ Giáo dục và Đào tạo"},
		{"theo Quyêt định số 118/TTg ngày 27/02/1996 cua Thủ tướng Chính phủ về việc hỗ trợ", "decision 118/TTg | | 1996-02-27 | Thủ tướng Chính phủ"},
		{"bổ sung Quyết định sô 117/2007/QĐ-TTg ngày 25/7/2007 của Thủ tướng Chính phủ", "decision 117/2007/QĐ-TTg | | 2007-07-25 | Thủ tướng Chính phủ"},
		{"Căn cứ Nghi định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;", "decree 30/2020/NĐ-CP | | 2020-03-05 | Chính phủ"},
		// a word that reads bare as a type word only when it is one
		{"Căn cứ quy định tại Thông tư số 01/2011/TT-BNV ngày 19/01/2011", "circular 01/2011/TT-BNV | | 2011-01-19 |"},
	} {
		var got []string
		for x := range cite.FindDamaged(c.text) {
			got = append(got, strings.Join(strings.Fields(fmt.Sprintf("%v %v | %s | %v | %s", x.Kind, x.Symbol, x.Name, x.Date, x.Issuer)), " "))
		}
		want := strings.Join(strings.Fields(c.want), " ")
		if g := strings.Join(got, "\n"); g != want {
			t.Errorf("FindDamaged(%q):\n got %q\nwant %q", c.text, g, want)
		}
	}
}

// TestFindDamagedCorpus reads every corpus text with both: FindDamaged
// finds the citations Find finds, in order, with the same symbols; where
// one reads otherwise, it is because the text's own marks were damaged
// ("Nghị định sô 178/2026/NĐ-CP", "Thông bao số 439/TB-TCT", scans and
// text layers do that), and FindDamaged then reads more of it: a span
// that only grows (the type word before the number, the issuer after)
// and a kind where Find had none, or had only guessed one from the
// symbol's shape where FindDamaged reads the type word before it.
func TestFindDamagedCorpus(t *testing.T) {
	names, _ := filepath.Glob("../testdata/corpus*/*.txt")
	more, _ := filepath.Glob("../testdata/*.txt")
	names = append(names, more...)
	if len(names) < 100 {
		t.Fatalf("only %d corpus texts", len(names))
	}
	differ := 0
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Collect(cite.Find(string(b)))
		got := slices.Collect(cite.FindDamaged(string(b)))
		if len(got) != len(want) {
			t.Errorf("%s: FindDamaged reads %d citations, Find %d", filepath.Base(n), len(got), len(want))
			continue
		}
		for i, g := range got {
			w := want[i]
			if g == w {
				continue
			}
			differ++
			t.Logf("%s: %q read as %q", filepath.Base(n), b[w.Start:w.End], b[g.Start:g.End])
			if !g.Symbol.Equal(w.Symbol) || g.Start > w.Start || g.End < w.End ||
				g.Kind != w.Kind && w.Kind != directive.KindUnspecified && g.Start == w.Start {
				t.Errorf("%s: citation %d:\nFindDamaged %+v\nFind        %+v", filepath.Base(n), i, g, w)
			}
		}
	}
	t.Logf("%d citations read otherwise, each more fully", differ)
}

// TestFindDamagedScan drops the tone marks of every seventh word of the
// tuned corpus texts, as a scan may, and counts the citations of the
// intact text (by kind, symbol and bare name) that Find and FindDamaged
// still read: FindDamaged must read more, and not fewer than its floor.
func TestFindDamagedScan(t *testing.T) {
	var names []string
	for _, c := range []string{"corpus", "corpus5", "corpus7", "corpus9", "corpus10", "corpus11"} {
		m, _ := filepath.Glob("../testdata/" + c + "/*.txt")
		names = append(names, m...)
	}
	key := func(c directive.Citation) string {
		return vntext.Bare(fmt.Sprintf("%v|%v|%s", c.Kind, c.Symbol, c.Name))
	}
	total, plain, damaged := 0, 0, 0
	for _, n := range names {
		b, _ := os.ReadFile(n)
		scan := toneLost(string(b))
		count := func(find func(string) []directive.Citation) int {
			have := map[string]int{}
			for _, c := range find(scan) {
				have[key(c)]++
			}
			k := 0
			for _, c := range slices.Collect(cite.Find(string(b))) {
				if have[key(c)] > 0 {
					have[key(c)]--
					k++
				}
			}
			return k
		}
		total += len(slices.Collect(cite.Find(string(b))))
		plain += count(func(s string) []directive.Citation { return slices.Collect(cite.Find(s)) })
		damaged += count(func(s string) []directive.Citation { return slices.Collect(cite.FindDamaged(s)) })
	}
	t.Logf("%d citations in %d texts; with every seventh word's tone lost, Find reads %d, FindDamaged %d", total, len(names), plain, damaged)
	if damaged <= plain {
		t.Errorf("FindDamaged reads %d, Find %d: no gain", damaged, plain)
	}
	if floor := 500; damaged < floor {
		t.Errorf("FindDamaged reads %d, fewer than the floor of %d", damaged, floor)
	}
}

// toneLost drops the tone marks of every seventh word of s.
func toneLost(s string) string {
	var b strings.Builder
	k := 0
	for l := range strings.Lines(s) {
		words := strings.Split(l, " ")
		for i, w := range words {
			if k++; k%7 == 0 {
				var d strings.Builder
				for _, r := range norm.NFD.String(w) {
					if r != 0x300 && r != 0x301 && r != 0x303 && r != 0x309 && r != 0x323 {
						d.WriteRune(r)
					}
				}
				words[i] = norm.NFC.String(d.String())
			}
		}
		b.WriteString(strings.Join(words, " "))
	}
	return b.String()
}
