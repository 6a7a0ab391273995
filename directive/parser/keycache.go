package parser

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/chidao/chidao/internal/vntext"
)

// The readers ask for the key of the same paragraph many times over (each
// predicate keys the text it is given). keyOf remembers the last keys in a
// small direct-mapped table: a hit costs a hash and a compare of the text,
// a miss one vntext.Key. Entries are immutable and swapped atomically, so
// concurrent parses share the table safely; two parses that collide only
// cost each other misses.
type keyEntry struct{ s, k string }

const keySlots = 512

var (
	keyTable [keySlots]atomic.Pointer[keyEntry]
	keySeed  = maphash.MakeSeed()
)

// keyOf is vntext.Key(s), remembered.
func keyOf(s string) string {
	if len(s) < 16 {
		return vntext.Key(s) // hashing costs as much as keying
	}
	slot := &keyTable[maphash.String(keySeed, s)%keySlots]
	if e := slot.Load(); e != nil && e.s == s {
		return e.k
	}
	k := vntext.Key(s)
	// a copy, so that the table does not hold the whole input alive
	slot.Store(&keyEntry{strings.Clone(s), k})
	return k
}
