package vntext

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// BareRune is r as a bare letter: lower case, without tone or vowel marks
// ("Ộ" → 'o', "Đ" → 'd'); other runes lower-cased.
func BareRune(r rune) rune {
	switch {
	case r == 'đ' || r == 'Đ':
		return 'd'
	case r >= 0 && r < tableMax && vowels[r].base != 0:
		return stripQuality(vowels[r].base)
	}
	return unicode.ToLower(r)
}

// IndexBare returns the byte span in s of the first of phrases found when
// both are read bare: letters without marks and case, runs of spaces as
// one. It finds "CÔNG HOÀ XÃ HỘI CHU NGHĨA VIÊT NAM" for "cộng hòa xã hội
// chủ nghĩa việt nam", as a scan that lost tones leaves it. It returns -1,
// -1 when none is found. s should be short: it is copied once, bare.
func IndexBare(s string, phrases ...string) (start, end int) {
	var b strings.Builder
	pos := make([]int, 0, len(s)+1) // where each bare byte's rune starts in s
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				pos = append(pos, i)
			}
			space = true
			continue
		}
		space = false
		c := BareRune(r)
		n := b.Len()
		b.WriteRune(c)
		for range b.Len() - n {
			pos = append(pos, i)
		}
	}
	pos = append(pos, len(s))
	bare := b.String()
	best, bestEnd := -1, -1
	for _, ph := range phrases {
		p := barePhrase(ph)
		if j := strings.Index(bare, p); j >= 0 && (best < 0 || j < best) {
			best, bestEnd = j, j+len(p)
		}
	}
	if best < 0 {
		return -1, -1
	}
	e := pos[bestEnd]
	if bestEnd > 0 && bestEnd < len(pos)-1 && pos[bestEnd] == pos[bestEnd-1] {
		// the phrase ends inside a rune's bare form: take the rune whole
		_, n := utf8.DecodeRuneInString(s[pos[bestEnd-1]:])
		e = pos[bestEnd-1] + n
	}
	return pos[best], e
}

// barePhrases remembers Bare of the phrases IndexBare is asked for: a
// reader asks for the same few (the national header's) on every line.
var barePhrases sync.Map

// barePhrase is Bare(ph), remembered: the key, bare, single spaces and
// no punctuation.
func barePhrase(ph string) string {
	if b, ok := barePhrases.Load(ph); ok {
		return b.(string)
	}
	b := Bare(ph)
	barePhrases.Store(ph, b)
	return b
}
