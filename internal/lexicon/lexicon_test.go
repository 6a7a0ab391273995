package lexicon

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
)

// Every word is written as vntext.Key writes it, so a list is matched
// against keys without folding it first; and no list holds a word twice.
func TestListsAreKeys(t *testing.T) {
	lists := map[string][]string{
		"PartyCommittees": PartyCommittees, "PartyCollectives": PartyCollectives, "PartyOrgans": PartyOrgans,
		"StateCollectives": StateCollectives, "StateOffices": StateOffices, "BodyHeads": BodyHeads,
		"SignerTitles": SignerTitles, "HeadPosts": HeadPosts, "TaskVerbs": TaskVerbs,
		"BodyClasses": BodyClasses, "HeadLookalikes": HeadLookalikes, "AddresseeOpeners": AddresseeOpeners,
		"ActionVerbs": ActionVerbs, "Products": Products, "ProducingVerbs": ProducingVerbs,
	}
	for name, l := range lists {
		seen := map[string]bool{}
		for _, w := range l {
			if k := vntext.Key(w); k != w && k+" " != w {
				t.Errorf("%s: %q is not its key %q", name, w, k)
			}
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
		}
	}
	// SectorNames are compared through Key on both sides ("KH&ĐT" keys
	// as "kế hoạch và đầu tư"): written as read, in lower case, once each.
	seen := map[string]bool{}
	for _, w := range SectorNames {
		if n := strings.ToLower(vntext.Normalize(w)); n != w {
			t.Errorf("SectorNames: %q is not written as %q", w, n)
		}
		if seen[vntext.Key(w)] {
			t.Errorf("SectorNames: %q twice", w)
		}
		seen[vntext.Key(w)] = true
	}
	all := map[string]string{}
	for _, name := range []string{"PartyCommittees", "PartyCollectives", "PartyOrgans", "StateCollectives"} {
		for _, w := range lists[name] {
			if other, ok := all[w]; ok {
				t.Errorf("%q is in %s and %s", w, other, name)
			}
			all[w] = name
		}
	}
	if n := len(PartyBodies()); n != len(PartyCommittees)+len(PartyCollectives)+len(PartyOrgans) {
		t.Errorf("PartyBodies has %d words", n)
	}
}
