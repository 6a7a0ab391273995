package org

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/chidao/chidao"
)

// MaxRegistrySize is the largest registry, in bytes of JSON, that [Load]
// reads. Hà Nội's is under 300 KB.
const MaxRegistrySize = 16 << 20

// Codes of problems in the JSON of a registry, beyond the generic ones of
// package chidao.
const (
	CodeSyntax       chidao.Code = "org.syntax"        // not JSON, cut short, or followed by more data
	CodeUnknownField chidao.Code = "org.unknown_field" // a field the format does not have; names are case-sensitive
)

// Load reads a registry in the JSON format of [Data] and builds it.
//
// Everything wrong is reported at once, as a *chidao.ValidationError whose
// paths point into the input ("orgs[12].valid_until"), with the line and
// column (in bytes) of each problem of the JSON itself: malformed or
// truncated JSON (after which nothing more can be read), fields the format
// does not have, including a known name in another case ("Name"), a field
// given twice, values of the wrong type, unknown codes and dates, and every
// rule [New] checks. Problems of the input as a whole (too large, empty,
// data after the registry) have the path "$". An input larger than
// [MaxRegistrySize] is refused with the code chidao.CodeTooLong. Every
// finding wraps a chidao sentinel, most chidao.ErrInvalid; Load never
// panics, and its time and memory grow linearly with the input.
func Load(r io.Reader) (*Registry, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxRegistrySize+1))
	if err != nil {
		return nil, fmt.Errorf("org: reading registry: %w", err)
	}
	if len(raw) > MaxRegistrySize {
		return nil, chidao.ErrorList{{Path: rootPath, Code: chidao.CodeTooLong,
			Message: fmt.Sprintf("the registry is larger than %d bytes", MaxRegistrySize)}}.Err()
	}
	d, errs, complete := decode(raw)
	if !complete {
		// Elements after the break are missing, so the registry checks
		// would report false problems.
		errs.Sort()
		return nil, errs.Err()
	}
	reg, err := New(d)
	if err == nil && len(errs) == 0 {
		return reg, nil
	}
	var ve *chidao.ValidationError
	if errors.As(err, &ve) {
		// A value that could not be read is zero in d: drop what New says
		// about it, about what holds it, or about what it holds.
		at := make(map[string]bool, len(errs))    // paths of the findings so far
		above := make(map[string]bool, len(errs)) // and the paths that hold them
		for _, fe := range errs {
			at[fe.Path] = true
			for _, q := range prefixes(fe.Path) {
				above[q] = true
			}
		}
		for _, fe := range ve.Errors {
			if !above[fe.Path] && !slices.ContainsFunc(prefixes(fe.Path), func(q string) bool { return at[q] }) {
				errs = append(errs, fe)
			}
		}
	}
	errs.Sort()
	return nil, errs.Err()
}

// rootPath is the path of the input as a whole.
const rootPath = "$"

// prefixes returns p and the paths that hold it: "orgs[1].key", "orgs[1]",
// "orgs".
func prefixes(p string) []string {
	out := []string{p}
	for i := len(p) - 1; i > 0; i-- {
		if p[i] == '.' || p[i] == '[' {
			out = append(out, p[:i])
		}
	}
	return out
}

// decodedAt reports whether decoding found a problem exactly at path q.
func decodedAt(errs chidao.ErrorList, q string) bool {
	return slices.ContainsFunc(errs, func(fe *chidao.FieldError) bool { return fe.Path == q })
}

// decoder reads the JSON of a registry token by token, so that it can hold
// object keys to the exact, case-sensitive names of the format, refuse a
// key given twice, and give every problem its path and place.
type decoder struct {
	raw    []byte
	dec    *json.Decoder
	syntax *json.SyntaxError // the input's first syntax error, with its offset in raw
	errs   chidao.ErrorList
	broken bool  // the input cannot be read further
	lines  []int // offsets where lines start, made for the first finding
}

func decode(raw []byte) (Data, chidao.ErrorList, bool) {
	d := &decoder{raw: raw, dec: json.NewDecoder(bytes.NewReader(raw))}
	if !json.Valid(raw) {
		// The decoder's own offsets are not always in raw: get the place
		// of the first error from a whole-input check.
		errors.As(json.Unmarshal(raw, new(json.RawMessage)), &d.syntax)
	}
	var data Data
	if len(bytes.TrimSpace(raw)) == 0 {
		d.add(chidao.Path{}, CodeSyntax, -1, "the registry is empty", nil)
		return data, d.errs, false
	}
	d.value(reflect.ValueOf(&data).Elem(), chidao.Path{}, "an object")
	if !d.broken && data.Schema != Schema && !decodedAt(d.errs, rootPath) {
		d.add(chidao.NewPath("schema"), chidao.CodeInvalid, -1, fmt.Sprintf("unsupported schema, want %q", Schema), clip(data.Schema))
	}
	if !d.broken {
		off := d.dec.InputOffset()
		if _, err := d.dec.Token(); err != io.EOF {
			d.add(chidao.Path{}, CodeSyntax, d.start(off), "data after the registry", nil)
			d.broken = true
		}
	}
	return data, d.errs, !d.broken
}

// add records a finding at p, placed at offset off of the input when off
// is not negative.
func (d *decoder) add(p chidao.Path, code chidao.Code, off int64, msg string, value any) {
	path := p.String()
	if path == "" {
		path = rootPath
	}
	if off >= 0 {
		line, col := d.lineCol(off)
		msg += fmt.Sprintf(" (line %d, column %d)", line, col)
	}
	d.errs = append(d.errs, &chidao.FieldError{Path: path, Code: code, Message: msg, Value: value})
}

// fail records that the input cannot be read further, at p.
func (d *decoder) fail(p chidao.Path, off int64, err error) {
	d.broken = true
	switch {
	case d.syntax != nil && d.syntax.Offset < int64(len(d.raw)):
		d.add(p, CodeSyntax, d.syntax.Offset, "malformed JSON: "+clipMessage(d.syntax.Error()), nil)
	case d.syntax != nil || err == io.EOF || err == io.ErrUnexpectedEOF:
		d.add(p, CodeSyntax, int64(len(d.raw)), "the registry ends too soon", nil)
	default:
		d.add(p, CodeSyntax, d.start(off), "malformed JSON: "+clipMessage(err.Error()), nil)
	}
}

// start returns the offset of the value that follows off: past spaces and
// the ':' or ',' before it.
func (d *decoder) start(off int64) int64 {
	for off < int64(len(d.raw)) && strings.IndexByte(" \t\r\n:,", d.raw[off]) >= 0 {
		off++
	}
	return off
}

// lineCol turns an offset into a line and a byte column, both from 1.
func (d *decoder) lineCol(off int64) (line, col int) {
	if d.lines == nil {
		d.lines = []int{0}
		for i, c := range d.raw {
			if c == '\n' {
				d.lines = append(d.lines, i+1)
			}
		}
	}
	o := int(min(max(off, 0), int64(len(d.raw))))
	i, found := slices.BinarySearch(d.lines, o)
	if !found {
		i--
	}
	return i + 1, o - d.lines[i] + 1
}

// token reads the next token, at p; ok is false when the input is broken.
func (d *decoder) token(p chidao.Path) (tok json.Token, off int64, ok bool) {
	if d.broken {
		return nil, 0, false
	}
	before := d.dec.InputOffset()
	tok, err := d.dec.Token()
	if err != nil {
		d.fail(p, before, err)
		return nil, 0, false
	}
	return tok, d.start(before), true
}

// skip reads past the rest of a value that began with tok.
func (d *decoder) skip(p chidao.Path, tok json.Token) {
	depth := 0
	for {
		if delim, ok := tok.(json.Delim); ok {
			switch delim {
			case '{', '[':
				depth++
			default:
				depth--
			}
		}
		if depth == 0 {
			return
		}
		var ok bool
		if tok, _, ok = d.token(p); !ok {
			return
		}
	}
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	fieldsByType    sync.Map // reflect.Type -> map[string][]int
)

// value reads the JSON value at p into v, a field of Data; want describes
// it for type errors.
func (d *decoder) value(v reflect.Value, p chidao.Path, want string) {
	switch {
	case reflect.PointerTo(v.Type()).Implements(textUnmarshaler), v.Kind() == reflect.String:
		d.text(v, p)
	case v.Kind() == reflect.Bool:
		d.boolean(v, p)
	case v.Kind() == reflect.Struct:
		d.object(v, p, want)
	case v.Kind() == reflect.Slice:
		d.list(v, p)
	default: // a field type this reader does not know yet; the round-trip tests catch it
		d.add(p, chidao.CodeInvalid, -1, "org: cannot read a "+v.Type().String(), nil)
		d.skipValue(p)
	}
}

func (d *decoder) text(v reflect.Value, p chidao.Path) {
	tok, off, ok := d.token(p)
	if !ok {
		return
	}
	s, isString := tok.(string)
	switch {
	case tok == nil: // null: as absent
		return
	case !isString:
		d.wrongType(p, off, "a string", tok)
		return
	}
	if v.Kind() == reflect.String {
		v.SetString(s)
		return
	}
	if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
		d.add(p, chidao.CodeInvalid, off, clipMessage(err.Error()), clip(s))
	}
}

func (d *decoder) boolean(v reflect.Value, p chidao.Path) {
	tok, off, ok := d.token(p)
	if !ok || tok == nil {
		return
	}
	b, isBool := tok.(bool)
	if !isBool {
		d.wrongType(p, off, "true or false", tok)
		return
	}
	v.SetBool(b)
}

func (d *decoder) list(v reflect.Value, p chidao.Path) {
	tok, off, ok := d.token(p)
	if !ok || tok == nil {
		return
	}
	if tok != json.Delim('[') {
		d.wrongType(p, off, "a list", tok)
		return
	}
	want := "a string"
	if et := v.Type().Elem(); et.Kind() == reflect.Struct && !reflect.PointerTo(et).Implements(textUnmarshaler) {
		want = "an object"
	}
	for i := 0; !d.broken && d.dec.More(); i++ {
		e := reflect.New(v.Type().Elem()).Elem()
		d.value(e, p.Index(i), want)
		v.Set(reflect.Append(v, e))
	}
	d.token(p) // ']'
}

func (d *decoder) object(v reflect.Value, p chidao.Path, want string) {
	tok, off, ok := d.token(p)
	if !ok || tok == nil {
		return
	}
	if tok != json.Delim('{') {
		d.wrongType(p, off, want, tok)
		return
	}
	fields := jsonFields(v.Type())
	seen := make(map[string]bool, len(fields))
	for !d.broken && d.dec.More() {
		tok, off, ok := d.token(p)
		if !ok {
			return
		}
		key, _ := tok.(string) // the decoder allows only strings here
		index, known := fields[key]
		switch {
		case !known:
			msg := "unknown field " + strconv.Quote(clip(key))
			for name := range fields {
				if strings.EqualFold(name, key) {
					msg += " (names are case-sensitive: did you mean " + strconv.Quote(name) + "?)"
				}
			}
			d.add(p.Child(clip(key)), CodeUnknownField, off, msg, clip(key))
			d.skipValue(p.Child(clip(key)))
		case seen[key]:
			d.add(p.Child(key), chidao.CodeDuplicate, off, strconv.Quote(key)+" is given twice", nil)
			d.skipValue(p.Child(key))
		default:
			seen[key] = true
			d.value(v.FieldByIndex(index), p.Child(key), "an object")
		}
	}
	d.token(p) // '}'
}

func (d *decoder) skipValue(p chidao.Path) {
	if tok, _, ok := d.token(p); ok {
		d.skip(p, tok)
	}
}

// wrongType reports a value of another JSON type than want, and reads
// past it.
func (d *decoder) wrongType(p chidao.Path, off int64, want string, tok json.Token) {
	got := "a string"
	switch t := tok.(type) {
	case json.Delim:
		got = map[json.Delim]string{'{': "an object", '[': "a list"}[t]
	case bool:
		got = "true or false"
	case float64, json.Number:
		got = "a number"
	}
	d.add(p, chidao.CodeInvalid, off, "wrong type: want "+want+", not "+got, nil)
	d.skip(p, tok)
}

// jsonFields maps the JSON names of a struct's fields, those of embedded
// structs included, to their indexes.
func jsonFields(t reflect.Type) map[string][]int {
	if m, ok := fieldsByType.Load(t); ok {
		return m.(map[string][]int)
	}
	m := make(map[string][]int)
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			idx := append(slices.Clone(index), i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case name == "-" || !f.IsExported():
			case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
				walk(f.Type, idx)
			case name == "":
				m[f.Name] = idx
			default:
				m[name] = idx
			}
		}
	}
	walk(t, nil)
	fieldsByType.Store(t, m)
	return m
}

// clipMessage shortens an error message that quotes a value.
func clipMessage(s string) string {
	if len(s) <= 4*maxShown {
		return s
	}
	return clipN(s, 4*maxShown)
}
