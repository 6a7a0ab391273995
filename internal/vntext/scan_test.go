package vntext

import (
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// TestSpaceTables checks the byte tables of SkipSpaces and SkipSpacesBack
// against SpaceAt, NoiseAt and their backward forms over every short
// sequence of interesting bytes.
func TestSpaceTables(t *testing.T) {
	bytes := []byte{' ', '\t', '*', 'a', 0x80, 0x8B, 0xA0, 0xAD, 0xAF, 0xBB, 0xBF, 0xC2, 0xE2, 0xE3, 0xEF}
	for c := 0; c < 256; c++ {
		bytes = append(bytes, byte(c))
	}
	var buf [3]byte
	for _, a := range bytes[:15] {
		for _, b := range bytes[:15] {
			for _, c := range bytes {
				buf = [3]byte{a, b, c}
				s := string(buf[:])
				for i := 0; i < 3; i++ {
					if n := SpaceAt(s, i) + NoiseAt(s, i); n > 0 && !SpaceLead[s[i]] {
						t.Fatalf("%q at %d: lead %#x not marked", s, i, s[i])
					}
					if n := SpaceBefore(s, i+1) + NoiseBefore(s, i+1); n > 0 && !SpaceTail[s[i]] {
						t.Fatalf("%q before %d: tail %#x not marked", s, i+1, s[i])
					}
				}
			}
			_ = buf
		}
	}
}

// Fields must split exactly as strings.Fields does.
func TestPropertyFieldsAgreesWithStrings(t *testing.T) {
	alphabet := []string{"a", "ả", "Đ", " ", "\t", "\n", "\u00a0", "\u0085", "\u1680", "\u2003", "\u202f", "\u3000", "\u2028", "\u00c2", "ế", "\xc2", "\xe2\x80", "\xff", "x", "1", "\u200b"}
	rapid.Check(t, func(t *rapid.T) {
		s := strings.Join(rapid.SliceOfN(rapid.SampledFrom(alphabet), 0, 30).Draw(t, "parts"), "")
		if got, want := Fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("Fields(%q) = %q, strings.Fields gives %q", s, got, want)
		}
	})
}
