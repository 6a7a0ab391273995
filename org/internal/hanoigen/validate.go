package hanoigen

import (
	"errors"
	"fmt"
	"strings"

	"github.com/chidao/chidao/org"
)

// fieldOrder is the order in which field names are listed in
// OrgSpec.Unconfirmed.
var fieldOrder = []string{
	"key", "name", "short_name", "abbrev", "shared_abbrev", "aliases", "kind",
	"bloc", "level", "collective", "qcvn_code", "gso_code", "parent", "area",
	"valid_from", "valid_until", "successors",
}

// Validate checks a registry with [org.New], which applies every rule of
// the format, then the rules of this data set that the format leaves open:
// central bodies have no area, a source that says "unconfirmed" marks at
// least one field, unconfirmed fields are explained in a note, a group key
// is not also a body's key, and a group's phrases start with its name. It
// reports all problems at once.
func Validate(d org.Data) error {
	var errs []error
	if d.Schema != org.Schema {
		errs = append(errs, fmt.Errorf("schema %q, want %q", d.Schema, org.Schema))
	}
	if _, err := org.New(d); err != nil {
		errs = append(errs, err)
	}
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	keys := make(map[string]bool, len(d.Orgs))
	for _, o := range d.Orgs {
		keys[o.Key] = true
		if o.Level == org.LevelCentral && o.Area != "" {
			bad("%s: central body with area %q", o.Key, o.Area)
		}
		if strings.Contains(o.Source, "unconfirmed") && len(o.Unconfirmed) == 0 {
			bad("%s: source says unconfirmed but no field is marked", o.Key)
		}
		if len(o.Unconfirmed) > 0 && o.Note == "" {
			bad("%s: unconfirmed fields without a note", o.Key)
		}
	}
	for _, g := range d.Groups {
		if keys[g.Key] {
			bad("group %s: the key is also a body's", g.Key)
		}
		if len(g.Phrases) == 0 || g.Phrases[0] != g.Name {
			bad("group %s: phrases must start with the name", g.Key)
		}
	}
	return errors.Join(errs...)
}
