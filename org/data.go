package org

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// Schema is the value of the "schema" field of the registry JSON format.
const Schema = "chidao.org.registry/v1"

// Data is the plain form of a registry: what [Load] reads, [Registry.Data]
// returns, and a [Builder] collects. Its JSON form is the registry file
// format, documented field by field on the types below:
//
//	{
//	  "schema": "chidao.org.registry/v1",
//	  "name": "Hà Nội",
//	  "orgs": [{"key": "hn.ubnd", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "peoples_committee", …}],
//	  "relations": [{"type": "leads", "from": "hn.thanh-uy", "to": "hn.ubnd"}],
//	  "groups": [{"key": "hn.g.so-ban-nganh", "phrases": ["Các Sở, ban, ngành Thành phố"], "under": "hn.ubnd", "kinds": ["department", "office"]}]
//	}
//
// Dates are YYYY-MM-DD. Validity is half-open: "valid_from" is the first day
// in force, "valid_until" the first day no longer in force; an empty date
// leaves that end open.
type Data struct {
	Schema    string         `json:"schema"`
	Name      string         `json:"name,omitempty"`
	Orgs      []OrgSpec      `json:"orgs"`
	Relations []RelationSpec `json:"relations,omitempty"`
	Groups    []GroupSpec    `json:"groups,omitempty"`
}

// OrgSpec is the data of one Org.
type OrgSpec struct {
	Key          string   `json:"key"`                     // stable ASCII key: lower-case letters, digits, ".", "-"
	Name         string   `json:"name"`                    // official full name
	ShortName    string   `json:"short_name,omitempty"`    // name in running text
	Abbrev       string   `json:"abbrev,omitempty"`        // abbreviation in document symbols
	SharedAbbrev bool     `json:"shared_abbrev,omitempty"` // issues under a symbol shared with related bodies
	Aliases      []string `json:"aliases,omitempty"`       // other names as written in documents
	Kind         Kind     `json:"kind"`
	Bloc         Bloc     `json:"bloc"`
	Level        Level    `json:"level"`
	Collective   bool     `json:"collective,omitempty"` // led collectively: signs TM. / T/M
	QCVNCode     string   `json:"qcvn_code,omitempty"`  // QCVN 102 identifier
	GSOCode      string   `json:"gso_code,omitempty"`   // statistics office code of an administrative unit
	Parent       string   `json:"parent,omitempty"`     // key of the body it is directly subordinate to
	Area         string   `json:"area,omitempty"`       // key of its administrative unit
	Validity
	Successors  []Successor `json:"successors,omitempty"`
	Unconfirmed []string    `json:"unconfirmed,omitempty"` // JSON names of unconfirmed fields
	Note        string      `json:"note,omitempty"`
	Source      string      `json:"source,omitempty"`
}

// RelationSpec is a dated edge between two bodies.
type RelationSpec struct {
	Type RelationType `json:"type"`
	From string       `json:"from"`
	To   string       `json:"to"`
	Validity
	Unconfirmed bool   `json:"unconfirmed,omitempty"`
	Note        string `json:"note,omitempty"`
	Source      string `json:"source,omitempty"`
}

// GroupSpec is a recipient class as documents write it ("UBND các quận,
// huyện, thị xã"): the bodies valid at a date whose parent is Under (any
// parent when Under is empty, the issuer when Under is "@issuer") and whose
// kind and level are among Kinds and Levels (any when empty).
type GroupSpec struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Phrases []string `json:"phrases,omitempty"`
	Under   string   `json:"under,omitempty"`
	Kinds   []Kind   `json:"kinds,omitempty"`
	Levels  []Level  `json:"levels,omitempty"`
	Validity
	Note string `json:"note,omitempty"` // says why the class may not exist at a date
}

// UnderIssuer as GroupSpec.Under makes a class relative to the issuer.
const UnderIssuer = "@issuer"

// Save writes d in the registry JSON format, indented, with a final newline.
func Save(w io.Writer, d Data) error {
	if d.Schema == "" {
		d.Schema = Schema
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// maxShown is how many runes of a value an error message shows.
const maxShown = 64

// clip shortens s for an error message, so that a huge bad value does not
// make a huge error.
func clip(s string) string { return clipN(s, maxShown) }

// clipN cuts s after n runes, marking the cut with "…".
func clipN(s string, n int) string { return strings.ToValidUTF8(vntext.ClipRunes(s, n), "\uFFFD") }
