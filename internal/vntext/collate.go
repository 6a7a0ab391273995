package vntext

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// NewCollator returns a Vietnamese collator (a < ă < â < b … d < đ …, tones
// weighing less than letters). A Collator is not safe for concurrent use, so
// each caller makes its own.
func NewCollator() *collate.Collator { return collate.New(language.Vietnamese) }

// Compare orders a and b in Vietnamese alphabetical order.
func Compare(a, b string) int { return NewCollator().CompareString(NFC(a), NFC(b)) }

// SortFunc sorts s in Vietnamese order of the name that name returns,
// computing each collation key once.
func SortFunc[T any](s []T, name func(T) string) {
	c := NewCollator()
	var buf collate.Buffer
	keys := make(map[string][]byte, len(s))
	for _, v := range s {
		n := name(v)
		if _, ok := keys[n]; !ok {
			keys[n] = slices.Clone(c.KeyFromString(&buf, NFC(n)))
			buf.Reset()
		}
	}
	slices.SortStableFunc(s, func(a, b T) int {
		return slices.Compare(keys[name(a)], keys[name(b)])
	})
}

// SortStrings sorts names in Vietnamese alphabetical order.
func SortStrings(names []string) { SortFunc(names, func(s string) string { return s }) }
