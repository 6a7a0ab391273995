package vntext

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClassTable(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want Class
	}{
		{' ', Space}, {'\t', Space}, {'\r', Space}, {'\u00a0', Space}, {'\u2002', Space}, {'\u2009', Space},
		{'\u202f', Space}, {'\u205f', Space}, {'\u3000', Space},
		{'\n', Break}, {'\u0085', Break}, {'\u2028', Break}, {'\u2029', Break},
		{'\u00ad', Invisible}, {'\u200b', Invisible}, {'\u200c', Invisible}, {'\u200d', Invisible}, {'\u2060', Invisible}, {'\ufeff', Invisible},
		{'*', Markup}, {'~', Markup}, {'`', Markup}, {'_', Other},
		{'-', Dash}, {'\u2010', Dash}, {'\u2011', Dash}, {'\u2013', Dash}, {'\u2014', Dash}, {'\u2212', Dash},
		{'/', Slash}, {'\u2215', Slash}, {'\uff0f', Slash},
		{'a', Other}, {'Đ', Other}, {'ệ', Other}, {'ủ', Other}, {'\u0301', Other}, {'.', Other}, {'|', Other},
		{'\u201c', Other}, {'\u1680', Other}, {'\u2015', Other},
	} {
		if got := ClassOf(c.r); got != c.want {
			t.Errorf("ClassOf(%U) = %d, want %d", c.r, got, c.want)
		}
	}
}

// The byte-level tests the scanners use answer as the table does, for
// every rune, forwards and backwards, in any neighbourhood.
func TestClassScannersAgree(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		k := ClassOf(r)
		n := utf8.RuneLen(r)
		s := "ệ" + string(r) + "ả"
		i, j := len("ệ"), len("ệ")+n
		want := func(ok bool) int {
			if ok {
				return n
			}
			return 0
		}
		check := func(name string, got, want int) {
			if got != want {
				t.Fatalf("%s at %U = %d, want %d (class %d)", name, r, got, want, k)
			}
		}
		check("SpaceAt", SpaceAt(s, i), want(k == Space))
		check("SpaceBefore", SpaceBefore(s, j), want(k == Space))
		check("NoiseAt", NoiseAt(s, i), want(k == Invisible || k == Markup))
		check("NoiseBefore", NoiseBefore(s, j), want(k == Invisible || k == Markup))
		check("DashAt", DashAt(s, i), want(k == Dash))
		check("DashBefore", DashBefore(s, j), want(k == Dash))
		check("SlashAt", SlashAt(s, i), want(k == Slash))
		if gk, gn := ClassAt(s, i); gk != k || k != Other && gn != n {
			t.Fatalf("ClassAt(%U) = %d, %d; want %d, %d", r, gk, gn, k, n)
		}
		if gk, gn := ClassBefore(s, j); gk != k || k != Other && gn != n {
			t.Fatalf("ClassBefore(%U) = %d, %d; want %d, %d", r, gk, gn, k, n)
		}
		lead := k == Space || k == Invisible || k == Markup
		if lead && (!SpaceLead[s[i]] || !SpaceTail[s[j-1]]) {
			t.Fatalf("%U (class %d) is not marked in SpaceLead/SpaceTail", r, k)
		}
		// The table's spaces and breaks are Unicode's white space, but for
		// U+1680, which never occurs in Vietnamese text, and the ASCII
		// controls, which stand where a space was.
		if ws := (unicode.IsSpace(r) || unicode.IsControl(r) && r < 0x80) && r != '\u1680'; ws != (k == Space || k == Break) {
			t.Fatalf("%U: unicode.IsSpace %v, class %d", r, unicode.IsSpace(r), k)
		}
	}
}

// The ranges are sorted and disjoint: ClassOf stops at the first range
// past r.
func TestClassRangesSorted(t *testing.T) {
	for i := 1; i < len(classRanges); i++ {
		if classRanges[i].lo <= classRanges[i-1].hi || classRanges[i].lo > classRanges[i].hi {
			t.Fatalf("class range %d (%U–%U) overlaps or is out of order", i, classRanges[i].lo, classRanges[i].hi)
		}
	}
}

// Invisible characters are dropped, not read as word breaks, by every
// reader of names: Key and Normalize agree with the scanners.
func TestInvisibleDropped(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sở Y\u00ad tế", "sở y tế"},
		{"Ủy ban nhân\u200b dân quận Ba\ufeff Đình", "ủy ban nhân dân quận ba đình"},
		{"Thành\u2060phố", "thànhphố"},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Normalize("Hà\u00a0Nội\u00ad,\u2028ngày"); got != "Hà Nội, ngày" {
		t.Errorf("Normalize = %q", got)
	}
	if got := DropInvisible("a\u00adb\u200bc"); got != "abc" {
		t.Errorf("DropInvisible = %q", got)
	}
	s := "không có gì ẩn"
	if got := DropInvisible(s); got != s {
		t.Errorf("DropInvisible changed %q to %q", s, got)
	}
}

// The fast paths of ClassOf and isLetter answer as the table and Unicode
// do.
func TestFastPaths(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := Other
		for _, e := range classRanges {
			if e.lo <= r && r <= e.hi {
				want = e.class
			}
		}
		if got := ClassOf(r); got != want {
			t.Errorf("ClassOf(%U) = %v, want %v", r, got, want)
		}
		if got, want := isLetter(r), unicode.IsLetter(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("isLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// DropInvisible finds every Invisible character however it searches.
func TestDropInvisibleEveryRune(t *testing.T) {
	for _, e := range classRanges {
		if e.class != Invisible {
			continue
		}
		for r := e.lo; r <= e.hi; r++ {
			if got := DropInvisible("Sở – “Y" + string(r) + "tế”"); got != "Sở – “Ytế”" {
				t.Errorf("DropInvisible kept %U: %q", r, got)
			}
		}
	}
}
