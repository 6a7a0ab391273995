package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF text layer may set a vowel with a mark apart from the letters of
// its syllable, each a word of its own ("Đ ế n năm 2020", "k ế hoạch",
// "cơ ch ế"): the font drew the letter as a glyph of its own.

// JoinSpacedVowels returns s with each vowel with a mark that stands alone
// joined to the consonants before it (a word of consonants only) and,
// when they make a longer known syllable, the consonants after it; only
// where the syllable so made is one the corpora write (KnownSyllable). It
// returns how many vowels it joined. "nhà ở", "lấy ý kiến" stay: a word
// with a vowel before them is a word, not an onset.
func JoinSpacedVowels(s string) (string, int) {
	if !mayHaveLoneVowel(s) {
		return s, 0
	}
	words := strings.Split(s, " ")
	out := make([]string, 0, len(words))
	n := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+1 < len(words) && consonantsOnly(w, 3) && loneMarkedVowel(words[i+1]) {
			syl := w + words[i+1]
			used := 2
			for _, k := range []int{2, 1} { // the coda after it, in one word or two ("n g")
				if i+1+k >= len(words) {
					continue
				}
				coda := strings.Join(words[i+2:i+2+k], "")
				if consonantsOnly(coda, 2) && (k == 1 || singleLetters(words[i+2:i+2+k])) && KnownSyllable(trimWordEnd(syl+coda)) {
					syl, used = syl+coda, 2+k
					break
				}
			}
			if KnownSyllable(trimWordEnd(syl)) {
				out = append(out, syl)
				i += used - 1
				n++
				continue
			}
		}
		out = append(out, w)
	}
	if n == 0 {
		return s, 0
	}
	return strings.Join(out, " "), n
}

// mayHaveLoneVowel reports a space, a letter outside ASCII and a space
// in a row somewhere in s: most lines have none.
func mayHaveLoneVowel(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+1 < len(s); {
		// a letter outside ASCII takes two or three bytes: the byte after
		// it ends the word
		if c := s[i+1]; c >= 0xC3 {
			n := 2
			if c >= 0xE0 {
				n = 3
			}
			if e := i + 1 + n; e == len(s) || e < len(s) && (s[e] == ' ' || s[e] == ';' || s[e] == ',' || s[e] == '.' || s[e] == ':') {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// loneMarkedVowel reports a word that is one vowel with a mark, a
// punctuation mark after it allowed ("ủ ;").
func loneMarkedVowel(w string) bool {
	w = trimWordEnd(w)
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && markedVowel(r)
}

// consonantsOnly reports a word of one to max letters, none a vowel.
func consonantsOnly(w string, max int) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) || r < tableMax && vowels[r].base != 0 {
			return false
		}
		n++
	}
	return n >= 1 && n <= max
}

// singleLetters reports words of one letter each.
func singleLetters(ws []string) bool {
	for _, w := range ws {
		if utf8.RuneCountInString(w) != 1 {
			return false
		}
	}
	return true
}

// trimWordEnd drops the punctuation that may close a word.
func trimWordEnd(w string) string { return strings.TrimRight(w, ";,.:") }
