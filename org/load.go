package org

import (
	"bytes"
	"cmp"
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/strictjson"
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

// maxDepth bounds the nesting of arrays and objects, as encoding/json,
// which Load used to check the input, did.
const maxDepth = strictjson.DefaultMaxDepth

// decoder reads a parsed registry into Data, holding object keys to the
// exact, case-sensitive names of the format, refusing a key given twice,
// and giving every problem its path and place.
type decoder struct {
	raw []byte
	r   *strictjson.Reader
}

// dialect words the reader's findings as Load always has.
var dialect = strictjson.Dialect{
	Type: chidao.CodeInvalid, Unknown: CodeUnknownField, KeyCase: CodeUnknownField, Duplicate: chidao.CodeDuplicate,
	Root: rootPath, Lines: true,
	KeyPath: func(p chidao.Path, key string) chidao.Path { return p.Child(clip(key)) },
	TypeMessage: func(want string, got strictjson.Kind) string {
		return "wrong type: want " + want + ", not " + cmp.Or(typeNames[got], "a string")
	},
	UnknownMessage: func(key, near string) (string, any) {
		msg := "unknown field " + strconv.Quote(clip(key))
		if near != "" {
			msg += " (names are case-sensitive: did you mean " + strconv.Quote(near) + "?)"
		}
		return msg, clip(key)
	},
	DuplicateMessage: func(key string) string { return strconv.Quote(key) + " is given twice" },
}

// typeNames are the JSON types as Load's messages name them.
var typeNames = map[strictjson.Kind]string{strictjson.Object: "an object", strictjson.Array: "a list",
	strictjson.Bool: "true or false", strictjson.Number: "a number"}

func decode(raw []byte) (Data, chidao.ErrorList, bool) {
	d := &decoder{raw: raw, r: strictjson.NewReader(raw, &dialect)}
	var data Data
	if len(bytes.TrimSpace(raw)) == 0 {
		d.r.Add(chidao.Path{}, CodeSyntax, "the registry is empty", nil)
		return data, d.r.Problems(), false
	}
	root, err := strictjson.Parse(raw, strictjson.Limits{MaxDepth: maxDepth}) // Load bounds the size
	var perr *strictjson.Error
	errors.As(err, &perr)
	d.value(reflect.ValueOf(&data).Elem(), chidao.Path{}, root)
	if perr != nil && perr.Kind != strictjson.ErrTrailing {
		// The values before the break are read; the break is where the
		// reader last was.
		at, _ := d.r.BrokenAt()
		d.fail(at, perr)
		return data, d.r.Problems(), false
	}
	if data.Schema != Schema && !decodedAt(d.r.Problems(), rootPath) {
		d.r.Add(chidao.NewPath("schema"), chidao.CodeInvalid, fmt.Sprintf("unsupported schema, want %q", Schema), clip(data.Schema))
	}
	if perr != nil {
		// At the next token, as the decoder Load used to have saw it.
		off := perr.Offset
		for off < len(raw) && strings.IndexByte(" \t\r\n:,", raw[off]) >= 0 {
			off++
		}
		d.r.AddAt(chidao.Path{}, off, CodeSyntax, "data after the registry", nil)
		return data, d.r.Problems(), false
	}
	return data, d.r.Problems(), true
}

// fail records that the input cannot be read further, at p. Columns count
// as encoding/json's did: one past a bad byte.
func (d *decoder) fail(p chidao.Path, e *strictjson.Error) {
	if e.Kind != strictjson.ErrEnd && e.Offset+1 < len(d.raw) {
		d.r.AddAt(p, e.Offset+1, CodeSyntax, "malformed JSON: "+clipMessage(e.Msg), nil)
		return
	}
	d.r.AddAt(p, len(d.raw), CodeSyntax, "the registry ends too soon", nil)
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	fieldsByType    sync.Map // reflect.Type -> *structFields
)

// value reads j, at p, into v, a field of Data.
func (d *decoder) value(v reflect.Value, p chidao.Path, j *strictjson.Value) {
	switch {
	case reflect.PointerTo(v.Type()).Implements(textUnmarshaler), v.Kind() == reflect.String:
		d.text(v, p, j)
	case v.Kind() == reflect.Bool:
		if b, ok := d.r.Bool(p, j, "true or false"); ok {
			v.SetBool(b)
		}
	case v.Kind() == reflect.Struct:
		fs := jsonFields(v.Type())
		d.r.Members(p, j, fs.names, "an object", func(i int, fv *strictjson.Value) {
			d.value(v.FieldByIndex(fs.index[i]), p.Child(fs.names.Name(i)), fv)
		})
	case v.Kind() == reflect.Slice:
		elems := d.r.Array(p, j, "a list")
		if len(elems) == 0 {
			return
		}
		s := reflect.MakeSlice(v.Type(), len(elems), len(elems))
		for i := range elems {
			d.value(s.Index(i), p.Index(i), &elems[i])
		}
		v.Set(s)
	default: // a field type this reader does not know yet; the round-trip tests catch it
		d.r.Add(p, chidao.CodeInvalid, "org: cannot read a "+v.Type().String(), nil)
		d.r.Skip(p, j)
	}
}

func (d *decoder) text(v reflect.Value, p chidao.Path, j *strictjson.Value) {
	s, ok := d.r.String(p, j, "a string")
	switch {
	case !ok:
	case v.Kind() == reflect.String:
		v.SetString(s)
	default:
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			d.r.AddAt(p, j.Off, chidao.CodeInvalid, clipMessage(err.Error()), clip(s))
		}
	}
}

// structFields are the JSON names of a struct's fields, those of embedded
// structs included, and their indexes.
type structFields struct {
	names *strictjson.Names
	index [][]int
}

func jsonFields(t reflect.Type) *structFields {
	if fs, ok := fieldsByType.Load(t); ok {
		return fs.(*structFields)
	}
	var names []string
	var index [][]int
	var walk func(t reflect.Type, at []int)
	walk = func(t reflect.Type, at []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			idx := append(slices.Clone(at), i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case name == "-" || !f.IsExported():
			case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
				walk(f.Type, idx)
			default:
				names = append(names, cmp.Or(name, f.Name))
				index = append(index, idx)
			}
		}
	}
	walk(t, nil)
	fs := &structFields{names: strictjson.NewNames(names...), index: index}
	fieldsByType.Store(t, fs)
	return fs
}

// clipMessage shortens an error message that quotes a value.
func clipMessage(s string) string {
	if len(s) <= 4*maxShown {
		return s
	}
	return clipN(s, 4*maxShown)
}
