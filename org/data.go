package org

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
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

// Load reads a registry in the JSON format of [Data] and builds it. Bad
// JSON, unknown fields or values, and every rule [Builder.Build] checks are
// reported together as a *chidao.ValidationError whose paths point into the
// input ("orgs[12].valid_until"). Load never panics on any input.
func Load(r io.Reader) (*Registry, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("org: reading registry: %w", err)
	}
	var top struct {
		Schema    string            `json:"schema"`
		Name      string            `json:"name"`
		Orgs      []json.RawMessage `json:"orgs"`
		Relations []json.RawMessage `json:"relations"`
		Groups    []json.RawMessage `json:"groups"`
	}
	if err := decodeStrict(raw, &top); err != nil {
		return nil, (&chidao.ErrorList{decodeError(raw, raw, chidao.Path{}, nil, err)}).Err()
	}
	var errs chidao.ErrorList
	if top.Schema != Schema {
		errs = append(errs, &chidao.FieldError{Path: "schema", Code: chidao.CodeInvalid, Value: top.Schema,
			Message: fmt.Sprintf("unsupported schema, want %q", Schema)})
	}
	d := Data{Schema: top.Schema, Name: top.Name}
	d.Orgs = decodeList[OrgSpec](raw, top.Orgs, chidao.NewPath("orgs"), nil, &errs)
	d.Relations = decodeList[RelationSpec](raw, top.Relations, chidao.NewPath("relations"), nil, &errs)
	d.Groups = decodeList[GroupSpec](raw, top.Groups, chidao.NewPath("groups"), groupFields, &errs)
	if len(errs) > 0 {
		// Elements that failed to decode are missing from d, so the
		// registry checks would report false problems: stop here.
		return nil, errs.Err()
	}
	return New(d)
}

func decodeStrict(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// groupFields maps the enum names of enumError to a group's list fields.
var groupFields = map[string]string{"kind": "kinds", "level": "levels"}

func decodeList[T any](all []byte, elems []json.RawMessage, p chidao.Path, fields map[string]string, errs *chidao.ErrorList) []T {
	out := make([]T, 0, len(elems))
	for i, raw := range elems {
		var v T
		if err := decodeStrict(raw, &v); err != nil {
			*errs = append(*errs, decodeError(all, raw, p.Index(i), fields, err))
			continue
		}
		out = append(out, v)
	}
	return out
}

// decodeError turns a decoding error of elem (a part of all) into a
// FieldError with the best path and the line and column in all.
func decodeError(all, elem []byte, p chidao.Path, fields map[string]string, err error) *chidao.FieldError {
	fe := &chidao.FieldError{Path: p.String(), Code: chidao.CodeInvalid, Message: err.Error()}
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var xe *enumError
	switch {
	case errors.As(err, &se):
		off = se.Offset
		fe.Message = "malformed JSON: " + se.Error()
	case errors.As(err, &te):
		off = te.Offset
		if te.Field != "" {
			fe.Path = joinPath(p, te.Field)
		}
		fe.Message = fmt.Sprintf("wrong type: cannot use JSON %s as %s", te.Value, te.Type)
	case errors.As(err, &xe):
		f := xe.field
		if alt, ok := fields[f]; ok {
			f = alt
		}
		if f == "change" {
			f = "successors"
		}
		fe.Path = p.Child(f).String()
		fe.Message = xe.Error()
		fe.Value = clip(xe.value)
	default:
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			fe.Message = "unknown field " + f
			fe.Value, _ = strconv.Unquote(f)
		}
	}
	base := int64(bytes.Index(all, elem))
	if off >= 0 && base >= 0 {
		line, col := lineCol(all, base+off)
		fe.Message += fmt.Sprintf(" (line %d, column %d)", line, col)
	}
	return fe
}

func joinPath(p chidao.Path, field string) string {
	for i, part := range strings.Split(field, ".") {
		if n, err := strconv.Atoi(part); err == nil && i > 0 {
			p = p.Index(n)
			continue
		}
		p = p.Child(part)
	}
	return p.String()
}

func lineCol(raw []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(raw)))
	line = 1 + bytes.Count(raw[:off], []byte{'\n'})
	col = int(off) - bytes.LastIndexByte(raw[:off], '\n')
	return line, col
}

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
func clip(s string) string {
	n := 0
	for i := range s {
		if n == maxShown {
			return strings.ToValidUTF8(s[:i], "\uFFFD") + "…"
		}
		n++
	}
	return s
}
