package strictjson

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
)

// ClipRunes is how many runes of a value or key a finding shows.
const ClipRunes = 64

// Clip shortens s to ClipRunes runes, marking the cut with "…".
func Clip(s string) string { return vntext.ClipRunes(s, ClipRunes) }

// Dialect is how one package reports the problems a [Reader] finds: its
// codes, and its wording where that differs from the default.
type Dialect struct {
	Type      chidao.Code // a value of the wrong JSON type
	Unknown   chidao.Code // a key the object does not have
	KeyCase   chidao.Code // a known key in another case ("Subject")
	Duplicate chidao.Code // a known key given twice

	MaxProblems int    // findings kept, 0 for all; one more says how many were left out
	Root        string // path of the input as a whole; "" by default
	Lines       bool   // messages of problems at a place end with "(line L, column C)", in bytes

	// KeyPath gives the path of a key the object does not have; nil for
	// [KeyPath].
	KeyPath func(p chidao.Path, key string) chidao.Path
	// TypeMessage words a value of type got where want was expected; nil
	// for "expected a string or null, got a number".
	TypeMessage func(want string, got Kind) string
	// UnknownMessage words an unknown key, near being a known name in
	// another case or ""; nil for "unknown field".
	UnknownMessage func(key, near string) (msg string, value any)
	// DuplicateMessage words a key given twice; nil for "field given more
	// than once".
	DuplicateMessage func(key string) string
}

// KeyPath names a member: a plain name as ".name", any other key quoted
// and clipped, as `["a b"]`.
func KeyPath(p chidao.Path, key string) chidao.Path {
	plain := key != "" && len(key) <= ClipRunes
	for i := 0; i < len(key) && plain; i++ {
		c := key[i]
		plain = c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	if plain {
		return p.Child(key)
	}
	return p.Key(clipQuoted(key))
}

// clipQuoted is Clip for a key shown quoted: escapes ("\x7f") lengthen
// it, so it is cut until the quoted form fits in ClipRunes runes.
func clipQuoted(key string) string {
	k := Clip(key)
	if utf8.RuneCountInString(strconv.Quote(k)) <= ClipRunes+2 {
		return k
	}
	r := []rune(k)
	n := len(r)
	for n > 0 && utf8.RuneCountInString(strconv.Quote(string(r[:n])+"…")) > ClipRunes+2 {
		n--
	}
	return string(r[:n]) + "…"
}

// Names is the set of keys an object may have, in a fixed order.
type Names struct {
	list  []string
	index map[string]int
}

// NewNames returns the set of the given keys.
func NewNames(names ...string) *Names {
	n := &Names{list: names, index: make(map[string]int, len(names))}
	for i, s := range names {
		n.index[s] = i
	}
	return n
}

// Name returns the i-th name.
func (n *Names) Name(i int) string { return n.list[i] }

// fold returns the name that equals key but for case, or "".
func (n *Names) fold(key string) string {
	for _, s := range n.list {
		if strings.EqualFold(s, key) {
			return s
		}
	}
	return ""
}

// Fields are the members of an object by name; absent ones are nil.
type Fields struct {
	names *Names
	vals  []*Value
}

// Get returns the value of the member name, nil when absent.
func (f Fields) Get(name string) *Value {
	if i, ok := f.names.index[name]; ok && f.vals != nil {
		return f.vals[i]
	}
	return nil
}

// Reader reads parsed values at paths, collecting every problem. It
// tells where the input breaks off, for the package to word.
type Reader struct {
	d        *Dialect
	src      []byte
	lines    []int // offsets where lines start, made for the first place
	errs     chidao.ErrorList
	dropped  int
	broken   bool
	brokenAt chidao.Path
}

// NewReader returns a reader of values parsed from src, reporting in
// dialect d.
func NewReader(src []byte, d *Dialect) *Reader { return &Reader{d: d, src: src} }

// Add records a problem at p.
func (r *Reader) Add(p chidao.Path, code chidao.Code, msg string, value any) {
	r.AddAt(p, -1, code, msg, value)
}

// AddAt records a problem at p, placed at offset off of the input when off
// is not negative and the dialect shows lines.
func (r *Reader) AddAt(p chidao.Path, off int, code chidao.Code, msg string, value any) {
	if r.d.MaxProblems > 0 && len(r.errs) >= r.d.MaxProblems {
		r.dropped++
		return
	}
	path := p.String()
	if path == "" {
		path = r.d.Root
	}
	if off >= 0 && r.d.Lines {
		line, col := r.lineCol(off)
		msg += " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")"
	}
	r.errs = append(r.errs, &chidao.FieldError{Path: path, Code: code, Message: msg, Value: value})
}

// lineCol turns an offset into a line and a byte column, both from 1.
func (r *Reader) lineCol(off int) (line, col int) {
	if r.lines == nil {
		r.lines = []int{0}
		for i, c := range r.src {
			if c == '\n' {
				r.lines = append(r.lines, i+1)
			}
		}
	}
	off = min(max(off, 0), len(r.src))
	i, found := slices.BinarySearch(r.lines, off)
	if !found {
		i--
	}
	return i + 1, off - r.lines[i] + 1
}

// Problems returns the findings so far, with one more saying how many
// were left out.
func (r *Reader) Problems() chidao.ErrorList {
	if r.dropped == 0 {
		return r.errs
	}
	return append(slices.Clip(r.errs), &chidao.FieldError{Path: r.d.Root, Code: chidao.CodeTooLong,
		Message: fmt.Sprintf("%d more problems not listed", r.dropped)})
}

// Err returns the findings as a *chidao.ValidationError, nil when none.
func (r *Reader) Err() error { return r.Problems().Err() }

// BrokenAt returns the path where the input breaks off, as far as the
// values read so far tell.
func (r *Reader) BrokenAt() (chidao.Path, bool) { return r.brokenAt, r.broken }

func (r *Reader) breakAt(p chidao.Path) {
	if !r.broken {
		r.broken, r.brokenAt = true, p
	}
}

// Skip notes where the input breaks off if it does inside v, a value read
// no further.
func (r *Reader) Skip(p chidao.Path, v *Value) {
	if v != nil && v.broken() {
		r.breakAt(p)
	}
}

// TypeError records that v, at p, is not of the type want describes ("a
// string or null"), and skips it.
func (r *Reader) TypeError(p chidao.Path, v *Value, want string) {
	var msg string
	if r.d.TypeMessage != nil {
		msg = r.d.TypeMessage(want, v.Kind)
	} else {
		msg = "expected " + want + ", got " + v.Kind.String()
	}
	r.AddAt(p, v.Off, r.d.Type, msg, nil)
	r.Skip(p, v)
}

// check reports whether v, at p, is of kind k; null and absence are not,
// and raise no problem.
func (r *Reader) check(p chidao.Path, v *Value, k Kind, want string) bool {
	switch {
	case v == nil || v.Kind == Null:
	case v.Kind == k:
		return true
	case v.Kind == Invalid:
		r.breakAt(p)
	default:
		r.TypeError(p, v, want)
	}
	return false
}

// String reads a string; ok is false for null, absence or a problem.
func (r *Reader) String(p chidao.Path, v *Value, want string) (s string, ok bool) {
	if !r.check(p, v, String, want) {
		return "", false
	}
	return v.Str, true
}

// Bool reads true or false; ok is false for null, absence or a problem.
func (r *Reader) Bool(p chidao.Path, v *Value, want string) (b, ok bool) {
	if !r.check(p, v, Bool, want) {
		return false, false
	}
	return v.Str == "true", true
}

// Array returns the elements of an array, none for null, absence or a
// problem.
func (r *Reader) Array(p chidao.Path, v *Value, want string) []Value {
	if !r.check(p, v, Array, want) {
		return nil
	}
	if v.Broken && (len(v.Elems) == 0 || !v.Elems[len(v.Elems)-1].broken()) {
		r.breakAt(p)
	}
	return v.Elems
}

// Members reads an object whose keys are names, calling read, in the
// order of the input, for the first member of each name, and recording
// unknown, miscased and repeated keys. Null and absence have no members.
func (r *Reader) Members(p chidao.Path, v *Value, names *Names, want string, read func(i int, v *Value)) {
	if !r.check(p, v, Object, want) {
		return
	}
	var seen []bool
	for i := range v.Members {
		m := &v.Members[i]
		var kp chidao.Path
		j, known := names.index[m.Key]
		switch {
		case known && (seen == nil || !seen[j]):
			if seen == nil {
				seen = make([]bool, len(names.list))
			}
			seen[j] = true
			read(j, &m.Value)
			continue
		case known:
			kp = p.Child(m.Key)
			msg := "field given more than once"
			if r.d.DuplicateMessage != nil {
				msg = r.d.DuplicateMessage(m.Key)
			}
			r.AddAt(kp, m.Off, r.d.Duplicate, msg, nil)
		default:
			kp = r.keyPath(p, m.Key)
			near := names.fold(m.Key)
			code := r.d.Unknown
			if near != "" {
				code = r.d.KeyCase
			}
			msg, value := "unknown field", any(nil)
			switch {
			case r.d.UnknownMessage != nil:
				msg, value = r.d.UnknownMessage(m.Key, near)
			case near != "":
				msg = "unknown field; field names are case-sensitive: did you mean " + strconv.Quote(near) + "?"
			}
			r.AddAt(kp, m.Off, code, msg, value)
		}
		r.Skip(kp, &m.Value)
	}
	if v.Broken && (len(v.Members) == 0 || !v.Members[len(v.Members)-1].Value.broken()) {
		r.breakAt(p)
	}
}

// Object reads an object as [Reader.Members] does, returning its members
// by name.
func (r *Reader) Object(p chidao.Path, v *Value, names *Names, want string) Fields {
	f := Fields{names: names}
	r.Members(p, v, names, want, func(i int, v *Value) {
		if f.vals == nil {
			f.vals = make([]*Value, len(names.list))
		}
		f.vals[i] = v
	})
	return f
}

func (r *Reader) keyPath(p chidao.Path, key string) chidao.Path {
	if r.d.KeyPath != nil {
		return r.d.KeyPath(p, key)
	}
	return KeyPath(p, key)
}
