package vntext

import (
	"strings"
	"unicode"
)

// OtherTones returns s in the other tone placement Vietnamese writing
// uses: the tone of an open syllable ending in oa, oe or uy on its second
// vowel ("hoà", "khoẻ", "thuỷ") rather than on its first, as official
// documents and [Normalize] place it ("hòa", "khỏe", "thủy"). Syllables
// with one placement only ("hoàng", "quý", "thuyền") are written as
// Normalize writes them.
func OtherTones(s string) string {
	s = Normalize(s)
	if !strings.ContainsAny(s, "aeyAEY") { // the toneless second vowel
		return s
	}
	rs := []rune(s)
	changed := false
	for k := 0; k+1 < len(rs); k++ {
		first, second := vowelOf(rs[k]), vowelOf(rs[k+1])
		if first.tone == toneNone || second.base == 0 || second.tone != toneNone || second.quality {
			continue
		}
		pair := string([]rune{first.base, second.base})
		if pair != "oa" && pair != "oe" && pair != "uy" {
			continue
		}
		if k+2 < len(rs) && isLetter(rs[k+2]) {
			continue // closed or longer: one placement
		}
		if k > 0 && isLetter(rs[k-1]) && vowelOf(rs[k-1]).base != 0 {
			continue // a longer vowel cluster
		}
		if first.base == 'u' && k > 0 && (rs[k-1] == 'q' || rs[k-1] == 'Q') {
			continue // "qu" + y: the y carries the tone either way
		}
		rs[k] = recompose(first, toneNone)
		rs[k+1] = recompose(second, first.tone)
		changed = true
	}
	if !changed {
		return s
	}
	return string(rs)
}

// Spellings returns w in its canonical tone placement and, when it has
// one, the other: for word lists matched against raw text, which comes in
// both.
func Spellings(w string) []string {
	a, b := Normalize(w), OtherTones(w)
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

func vowelOf(r rune) vowelInfo {
	if r >= 0 && r < tableMax {
		return vowels[r]
	}
	return vowelInfo{}
}

// recompose writes the vowel v with tone t, keeping its case.
func recompose(v vowelInfo, t uint8) rune {
	r := compose[v.idx][t]
	if v.upper {
		r = unicode.ToUpper(r)
	}
	return r
}
