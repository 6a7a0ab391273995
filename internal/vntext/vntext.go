// Package vntext holds the one set of Vietnamese text rules the SDK compares
// and sorts names with: NFC, one canonical tone placement, case and
// punctuation folding, abbreviation expansion and Vietnamese collation.
package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone marks in the order of the toneMarks table; index 0 means no tone.
const (
	toneNone = iota
	toneGrave
	toneAcute
	toneTilde
	toneHook
	toneDot
)

var toneMarks = [...]rune{0, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323}

// Base vowels (with quality marks, without tone) in lower case.
const baseVowels = "aăâeêioôơuưy"

type vowelInfo struct {
	base    rune  // lower-case base vowel, 0 if r is not a Vietnamese vowel
	idx     uint8 // index of base in baseVowels
	tone    uint8
	upper   bool
	quality bool // base carries a quality mark (ă â ê ô ơ ư)
}

// tableMax bounds the rune table: every Vietnamese letter is below it.
const tableMax = 0x1F00

var (
	vowels  [tableMax]vowelInfo
	compose [len(baseVowels)][6]rune // base index, tone -> lower-case rune
)

func init() {
	i := 0
	for _, b := range baseVowels {
		q := strings.ContainsRune("ăâêôơư", b)
		for t := 0; t < len(toneMarks); t++ {
			lower := b
			if t != toneNone {
				s := norm.NFC.String(string(b) + string(toneMarks[t]))
				lower, _ = utf8.DecodeRuneInString(s)
			}
			compose[i][t] = lower
			upper := unicode.ToUpper(lower)
			if lower < tableMax {
				vowels[lower] = vowelInfo{base: b, idx: uint8(i), tone: uint8(t), quality: q}
			}
			if upper < tableMax && upper != lower {
				vowels[upper] = vowelInfo{base: b, idx: uint8(i), tone: uint8(t), upper: true, quality: q}
			}
		}
		i++
	}
}

// NFC returns s in Unicode normalisation form C, without allocating when s
// already is.
func NFC(s string) string {
	if IsNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsNFC reports whether s is in NFC. It answers from a scan without
// allocating for the characters Vietnamese text is made of, and asks
// x/text (which allocates) only for the rest.
func IsNFC(s string) bool {
	for _, r := range s {
		// Below U+0300 and in Latin Extended Additional every character is
		// its own NFC form; a combining mark (U+0300 up) may need composing.
		if r < 0x300 || 0x1E00 <= r && r <= 0x1EFF || 0x2010 <= r && r <= 0x206F {
			continue
		}
		return norm.NFC.IsNormalString(s)
	}
	return true
}

// Normalize returns s in the SDK's display form: valid UTF-8, NFC, the
// canonical tone placement (the one official documents use: "hòa", "Ủy",
// "thủy"), white space collapsed to single spaces and trimmed. Case and
// punctuation are kept. Normalize is idempotent.
func Normalize(s string) string {
	if isNormal(s) {
		return s // most text is: answered in one pass without writing
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return normalizeSlow(NFC(DropInvisible(s)))
}

// normalizeSlow is Normalize over valid NFC text without invisible
// characters, written out in one pass into one buffer.
func normalizeSlow(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if n := spaceLen(s, i); n > 0 {
			i += n
			continue
		}
		j := i + 1
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if k := asciiClass[c]; k == Space || k == Break {
					break
				}
			} else if classLead[c] && spaceLen(s, j) > 0 {
				break
			}
			j++
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = appendWord(out, s[i:j], false)
		i = j
	}
	if string(out) == s {
		return s
	}
	return string(out)
}

// isNormal reports whether Normalize leaves s as it is: valid UTF-8 of
// characters that are their own NFC form, no invisible character, single
// ASCII spaces inside and none at either end, and every syllable whose
// toned vowel touches another vowel already in its canonical placement (a
// lone vowel keeps its tone). It may say no to text Normalize keeps (a
// combining mark, say); never yes to text it changes.
func isNormal(s string) bool {
	if s == "" {
		return true
	}
	space := true // at the start, a space is one too many
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if k := asciiClass[c]; k == Space || k == Break {
				if c != ' ' || space {
					return false
				}
				space = true
			} else {
				space = false
			}
			i++
			continue
		}
		if classLead[c] {
			if k, _ := ClassAt(s, i); k == Space || k == Break || k == Invisible {
				return false
			}
		}
		space = false
		r, n := utf8.DecodeRuneInString(s[i:])
		if !ownNFC(r, n) {
			return false // invalid, or maybe not NFC: the full pass decides
		}
		if r < tableMax && vowels[r].tone != toneNone && (vowelBefore(s, i) || vowelAt(s, i+n)) {
			a, b := letterRun(s, i, i+n)
			for _, r := range s[i+n : b] {
				if !ownNFC(r, 0) {
					return false
				}
			}
			if !tonePlaced(s[a:b]) {
				return false
			}
			i = b
			continue
		}
		i += n
	}
	return !space
}

// ownNFC reports a valid rune (n its encoded length, or 0 when known
// valid) that is its own NFC form whatever stands next to it: below the
// combining marks, a Vietnamese letter, or punctuation.
func ownNFC(r rune, n int) bool {
	if r == utf8.RuneError && n == 1 {
		return false
	}
	return r < 0x300 || 0x1E00 <= r && r <= 0x1EFF || 0x2010 <= r && r <= 0x206F
}

func vowelAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r < tableMax && vowels[r].base != 0
}

func vowelBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r < tableMax && vowels[r].base != 0
}

// letterRun widens s[a:b] to the run of letters around it: the syllable
// appendWord would hand to appendSyllable.
func letterRun(s string, a, b int) (int, int) {
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !isLetter(r) {
			break
		}
		a -= n
	}
	for b < len(s) {
		r, n := utf8.DecodeRuneInString(s[b:])
		if !isLetter(r) {
			break
		}
		b += n
	}
	return a, b
}

// appendWord appends word with canonical tones (and lower case when asked),
// treating each maximal run of letters as one syllable. A syllable of
// ASCII letters carries no tone and is copied.
func appendWord(dst []byte, word string, lower bool) []byte {
	for i := 0; i < len(word); {
		j, ascii := i, true
		for j < len(word) {
			if c := word[j]; c < utf8.RuneSelf {
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(word[j:])
			if !isLetter(r) {
				break
			}
			ascii = false
			j += n
		}
		switch {
		case j == i: // no letter
			r, n := utf8.DecodeRuneInString(word[i:])
			if lower {
				r = toLower(r)
			}
			dst = utf8.AppendRune(dst, r)
			i += n
			continue
		case ascii && lower:
			for k := i; k < j; k++ {
				c := word[k]
				if c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
			}
		case ascii:
			dst = append(dst, word[i:j]...)
		default:
			dst = appendSyllable(dst, word[i:j], lower)
		}
		i = j
	}
	return dst
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if 0x1EA0 <= r && r <= 0x1EF9 || 0xC0 <= r && r <= 0x1B0 && r != 0xD7 && r != 0xF7 {
		return true // Vietnamese letters and Latin-1 and Extended-A/B up to ư
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// appendSyllable moves the one tone mark of a Vietnamese syllable to its
// canonical vowel. Syllables that are not Vietnamese (too long, several
// tones, stray combining marks) are copied unchanged apart from case.
func appendSyllable(dst []byte, syl string, lower bool) []byte {
	var p sylParts
	if !p.parse(syl) {
		return appendCased(dst, syl, lower)
	}
	runes, infos, pos, tone := &p.runes, &p.infos, p.pos, p.tone
	for k := 0; k < p.n; k++ {
		r := runes[k]
		if infos[k].base != 0 {
			t := uint8(toneNone)
			if k == pos {
				t = tone
			}
			r = compose[infos[k].idx][t]
			if infos[k].upper && !lower {
				r = unicode.ToUpper(r)
			}
		} else if lower {
			r = toLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// tonePlaced reports whether syl, valid NFC, has its tone where
// appendSyllable would put it: the check without the copy.
func tonePlaced(syl string) bool {
	var p sylParts
	return !p.parse(syl) || p.infos[p.pos].tone != toneNone
}

// sylParts is a syllable taken apart: its runes, what each is as a
// vowel, and the vowel that carries its one tone.
type sylParts struct {
	runes [12]rune
	infos [12]vowelInfo
	n     int
	pos   int
	tone  uint8
}

// parse takes syl apart; false when there is no tone to move (no tone,
// several, one vowel) or syl is no Vietnamese syllable.
func (p *sylParts) parse(syl string) bool {
	// most syllables have no tone to move: count before taking them apart
	tones, nv := 0, 0
	for i := 0; i < len(syl); {
		r, n := rune(syl[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(syl[i:])
		}
		if r < tableMax {
			if v := vowels[r]; v.base != 0 {
				nv++
				if v.tone != toneNone {
					tones++
				}
			}
		}
		i += n
	}
	if tones != 1 || nv == 1 {
		return false
	}
	runes, infos, n := &p.runes, &p.infos, 0
	tone, tones, nv := uint8(0), 0, 0
	for _, r := range syl {
		if n == len(runes) || r >= tableMax && !unicode.IsLetter(r) {
			return false
		}
		runes[n] = r
		if r < tableMax {
			infos[n] = vowels[r]
		}
		if infos[n].base != 0 {
			nv++
		}
		if infos[n].tone != toneNone {
			tone = infos[n].tone
			tones++
		}
		n++
	}
	if tones != 1 || nv == 1 {
		// no tone, several, or one vowel to carry it: nothing to move
		return false
	}
	// Find the vowel cluster, skipping the consonantal u of "qu" and i of "gi".
	start := 0
	for start < n && infos[start].base == 0 {
		start++
	}
	if start < n && start > 0 && start+1 < n && infos[start+1].base != 0 {
		prev := toLower(runes[start-1])
		b := infos[start].base
		if (prev == 'q' && b == 'u') || (prev == 'g' && b == 'i' && start == 1) {
			start++
		}
	}
	end := start
	for end < n && infos[end].base != 0 {
		end++
	}
	if end == start {
		return false
	}
	for k := end; k < n; k++ {
		if infos[k].base != 0 { // vowels after a consonant: not one syllable
			return false
		}
	}
	pos := -1
	for k := start; k < end; k++ {
		if infos[k].quality {
			pos = k // the last quality vowel wins: ươ -> ơ
		}
	}
	if pos < 0 {
		switch cluster := end - start; {
		case end < n: // closed syllable: the last vowel
			pos = end - 1
		case cluster >= 3:
			pos = start + 1
		default:
			pos = start
		}
	}
	p.n, p.pos, p.tone = n, pos, tone
	return true
}

func appendCased(dst []byte, s string, lower bool) []byte {
	if !lower {
		return append(dst, s...)
	}
	return appendMapped(dst, s, toLower)
}

// toLower is unicode.ToLower with the ASCII case inlined and the
// Vietnamese letters from tables.
func toLower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r < 0x250:
		return lowerLatin[r]
	case 0x1EA0 <= r && r <= 0x1EFF: // Vietnamese: upper even, lower odd
		return r | 1
	}
	return unicode.ToLower(r)
}

// lowerLatin is unicode.ToLower over Latin-1 and Latin Extended-A/B.
var lowerLatin = func() (t [0x250]rune) {
	for r := range rune(0x250) {
		t[r] = unicode.ToLower(r)
	}
	return t
}()

// Bare returns s folded by [Key] and stripped of every diacritic, with đ
// mapped to d: "Ủy ban" -> "uy ban". It matches text typed without accents.
func Bare(s string) string { return string(AppendBare(nil, AppendKey(nil, s))) }

// AppendBare appends key (already folded by [AppendKey]) without diacritics.
func AppendBare(dst []byte, key []byte) []byte {
	for i := 0; i < len(key); {
		if key[i] < utf8.RuneSelf {
			dst = append(dst, key[i])
			i++
			continue
		}
		r, size := utf8.DecodeRune(key[i:])
		i += size
		switch {
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case r < tableMax && vowels[r].base != 0:
			r = stripQuality(vowels[r].base)
		case unicode.Is(unicode.Mn, r):
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func stripQuality(b rune) rune {
	switch b {
	case 'ă', 'â':
		return 'a'
	case 'ê':
		return 'e'
	case 'ô', 'ơ':
		return 'o'
	case 'ư':
		return 'u'
	}
	return b
}
