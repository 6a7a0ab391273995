package hanoigen

// Schema is the identifier written in the "schema" field of the output.
const Schema = "chidao.org.registry/v1"

// Registry is the top-level JSON document (schema chidao.org.registry/v1).
//
// These types mirror the registry format on purpose, without importing
// package org, so the generator and its tests build on their own.
// Encoding rule: identity fields are always written; every optional field is
// omitted when empty (empty string, empty list, false).
type Registry struct {
	Schema    string     `json:"schema"`
	Name      string     `json:"name"`
	Orgs      []Org      `json:"orgs"`
	Relations []Relation `json:"relations"`
	Groups    []Group    `json:"groups"`
}

// Org is one body or administrative unit.
type Org struct {
	Key          string      `json:"key"`
	Name         string      `json:"name"`
	ShortName    string      `json:"short_name,omitempty"`
	Abbrev       string      `json:"abbrev,omitempty"`
	SharedAbbrev bool        `json:"shared_abbrev,omitempty"`
	Aliases      []string    `json:"aliases,omitempty"`
	Kind         string      `json:"kind"`
	Bloc         string      `json:"bloc"`
	Level        string      `json:"level"`
	Collective   bool        `json:"collective,omitempty"`
	QCVNCode     string      `json:"qcvn_code,omitempty"`
	GSOCode      string      `json:"gso_code,omitempty"`
	Parent       string      `json:"parent,omitempty"`
	Area         string      `json:"area,omitempty"`
	ValidFrom    string      `json:"valid_from,omitempty"`
	ValidUntil   string      `json:"valid_until,omitempty"`
	Successors   []Successor `json:"successors,omitempty"`
	Unconfirmed  []string    `json:"unconfirmed,omitempty"`
	Note         string      `json:"note,omitempty"`
	Source       string      `json:"source,omitempty"`
}

// Successor links a body to a body that took over from it.
type Successor struct {
	Key    string `json:"key"`
	Change string `json:"change"` // renamed | merged | split | abolished
}

// Relation is a typed link between two orgs beyond the parent link.
type Relation struct {
	Type        string `json:"type"` // subordinate | leads | guides
	From        string `json:"from"`
	To          string `json:"to"`
	ValidFrom   string `json:"valid_from,omitempty"`
	ValidUntil  string `json:"valid_until,omitempty"`
	Unconfirmed bool   `json:"unconfirmed,omitempty"`
	Note        string `json:"note,omitempty"`
	Source      string `json:"source,omitempty"`
}

// Group is a recipient class ("Các Sở, ban, ngành Thành phố").
type Group struct {
	Key        string   `json:"key"`
	Name       string   `json:"name"`
	Phrases    []string `json:"phrases"`
	Under      string   `json:"under,omitempty"`
	Kinds      []string `json:"kinds,omitempty"`
	Levels     []string `json:"levels,omitempty"`
	ValidFrom  string   `json:"valid_from,omitempty"`
	ValidUntil string   `json:"valid_until,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// fieldOrder is the order in which field names are listed in Org.Unconfirmed.
var fieldOrder = []string{
	"key", "name", "short_name", "abbrev", "shared_abbrev", "aliases", "kind",
	"bloc", "level", "collective", "qcvn_code", "gso_code", "parent", "area",
	"valid_from", "valid_until", "successors",
}
