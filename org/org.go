package org

import (
	"slices"

	"github.com/chidao/chidao"
	"github.com/google/uuid"
)

// ID identifies an Org. It is the UUID version 5 of the Org's key in the
// package's fixed namespace, so every application derives the same ID from
// the same key. The zero ID is not valid.
type ID struct{ chidao.ID }

// namespace is uuid.NewSHA1(uuid.NameSpaceURL, "https://github.com/chidao/chidao/org"),
// written out so that it can never drift.
var namespace = uuid.MustParse("a8da9666-b77b-5113-9b76-d59b9e4840fb")

// IDOf returns the ID derived from key.
func IDOf(key string) ID { return ID{chidao.NewID(namespace, []byte(key))} }

// ParseID parses the canonical UUID text of an ID; an error wraps
// chidao.ErrInvalid.
func ParseID(s string) (ID, error) {
	id, err := chidao.ParseID(s)
	return ID{id}, err
}

// Validity is a half-open window of days [From, Until). A zero From means
// "since before anything we know"; a zero Until means "still in force".
type Validity struct {
	From  chidao.Date `json:"valid_from,omitzero"`
	Until chidao.Date `json:"valid_until,omitzero"`
}

// Contains reports whether d lies in the window.
func (v Validity) Contains(d chidao.Date) bool {
	return (v.From.IsZero() || !d.Before(v.From)) && (v.Until.IsZero() || d.Before(v.Until))
}

// Within reports whether v lies entirely inside w.
func (v Validity) Within(w Validity) bool {
	if !w.From.IsZero() && (v.From.IsZero() || v.From.Before(w.From)) {
		return false
	}
	if !w.Until.IsZero() && (v.Until.IsZero() || v.Until.After(w.Until)) {
		return false
	}
	return true
}

// Overlaps reports whether v and w share at least one day.
func (v Validity) Overlaps(w Validity) bool {
	if !v.Until.IsZero() && !w.From.IsZero() && !w.From.Before(v.Until) {
		return false
	}
	if !w.Until.IsZero() && !v.From.IsZero() && !v.From.Before(w.Until) {
		return false
	}
	return true
}

// String returns "[from, until)" with "…" for an open end.
func (v Validity) String() string {
	f, u := v.From.String(), v.Until.String()
	if f == "" {
		f = "…"
	}
	if u == "" {
		u = "…"
	}
	return "[" + f + ", " + u + ")"
}

// Successor names a body that took over responsibilities, and how.
type Successor struct {
	Key    string `json:"key"`
	Change Change `json:"change"`
}

// Org is an issuing authority, a recipient, or an administrative unit. Orgs
// live in a [Registry] and are immutable: their fields are reached through
// methods, and the slices those return are copies. A *Org is safe for
// concurrent use.
type Org struct {
	spec     OrgSpec
	id       ID
	parent   *Org
	area     *Org
	children []*Org
	placeKey []byte // Vietnamese collation key of place name + name
}

// Key returns the stable ASCII key, e.g. "hn.so-y-te".
func (o *Org) Key() string { return o.spec.Key }

// ID returns the UUID derived from the key.
func (o *Org) ID() ID { return o.id }

// Name returns the official full name.
func (o *Org) Name() string { return o.spec.Name }

// ShortName returns the short name used in running text ("Sở Y tế").
func (o *Org) ShortName() string { return o.spec.ShortName }

// Abbrev returns the abbreviation used in document symbols ("UBND", "TU",
// "BTGTU"), or "" when the body has none or it is unknown.
func (o *Org) Abbrev() string { return o.spec.Abbrev }

// SharedAbbrev reports whether the body deliberately issues under a symbol
// it shares with related bodies (/TW, /TU).
func (o *Org) SharedAbbrev() bool { return o.spec.SharedAbbrev }

// Aliases returns the other names the body is written as.
func (o *Org) Aliases() []string { return slices.Clone(o.spec.Aliases) }

// Kind returns what sort of body this is.
func (o *Org) Kind() Kind { return o.spec.Kind }

// Bloc returns the part of the political system the body belongs to.
func (o *Org) Bloc() Bloc { return o.spec.Bloc }

// Level returns the tier of government.
func (o *Org) Level() Level { return o.spec.Level }

// Collective reports whether the body is led collectively, so that its
// documents are signed "TM." (State) or "T/M" (Party).
func (o *Org) Collective() bool { return o.spec.Collective }

// QCVNCode returns the QCVN 102 identifier (mã định danh), or "".
func (o *Org) QCVNCode() string { return o.spec.QCVNCode }

// GSOCode returns the statistics office code of an administrative unit, or "".
func (o *Org) GSOCode() string { return o.spec.GSOCode }

// Parent returns the body this one is directly subordinate to, or nil.
func (o *Org) Parent() *Org { return o.parent }

// Area returns the administrative unit the body belongs to, or nil.
func (o *Org) Area() *Org { return o.area }

// PlaceName returns the short name of the body's area ("Ba Đình"), or the
// body's own short name when it has no area.
func (o *Org) PlaceName() string {
	if o.area != nil {
		return o.area.ShortName()
	}
	return o.spec.ShortName
}

// Validity returns the window the body exists in.
func (o *Org) Validity() Validity { return o.spec.Validity }

// ValidAt reports whether the body exists on d.
func (o *Org) ValidAt(d chidao.Date) bool { return o.spec.Validity.Contains(d) }

// Successors returns the bodies that took over from this one when it ended.
func (o *Org) Successors() []Successor { return slices.Clone(o.spec.Successors) }

// Unconfirmed returns the JSON names of fields whose values are not
// confirmed by a primary source ("abbrev", "valid_until").
func (o *Org) Unconfirmed() []string { return slices.Clone(o.spec.Unconfirmed) }

// IsUnconfirmed reports whether the named field is marked unconfirmed.
func (o *Org) IsUnconfirmed(field string) bool { return slices.Contains(o.spec.Unconfirmed, field) }

// Note returns the data's note on the body.
func (o *Org) Note() string { return o.spec.Note }

// Source returns where the facts about the body come from.
func (o *Org) Source() string { return o.spec.Source }

// Spec returns a copy of the data the Org was built from.
func (o *Org) Spec() OrgSpec {
	s := o.spec
	s.Aliases = slices.Clone(s.Aliases)
	s.Successors = slices.Clone(s.Successors)
	s.Unconfirmed = slices.Clone(s.Unconfirmed)
	return s
}

// String returns the name and key, e.g. "Sở Y tế thành phố Hà Nội (hn.so-y-te)".
func (o *Org) String() string {
	if o == nil {
		return "<nil>"
	}
	return o.spec.Name + " (" + o.spec.Key + ")"
}
