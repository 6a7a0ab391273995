// Package strictjson reads untrusted JSON strictly: [Parse] builds a tree
// that keeps every object member in order, duplicates included, with the
// byte offset of each value and key, within bounds of size and depth; a
// [Reader] checks the tree against the names and types a package expects
// and collects every problem, with its path, as chidao findings. Packages
// keep their own codes and wording through a [Dialect].
package strictjson

import (
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is the JSON type of a [Value].
type Kind uint8

const (
	Invalid Kind = iota // no value: the input breaks off here
	Null
	Bool
	Number
	String
	Array
	Object
)

// String names the type as messages do: "a string", "an array".
func (k Kind) String() string {
	return [...]string{"invalid JSON", "null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// Value is one parsed JSON value.
type Value struct {
	Kind    Kind
	Broken  bool     // the input breaks off inside this array or object
	Off     int      // offset of its first byte in the input
	Str     string   // a string's text, a number's literal, "true" or "false"
	Elems   []Value  // an array's elements
	Members []Member // an object's members, in order, duplicates kept
}

// Member is one key and value of an object.
type Member struct {
	Key   string
	Off   int // offset of the key's opening quote
	Value Value
}

// broken reports whether the input breaks off at v or inside it.
func (v *Value) broken() bool { return v.Kind == Invalid || v.Broken }

// ErrorKind sorts the problems of [Parse].
type ErrorKind uint8

const (
	ErrSyntax   ErrorKind = iota + 1 // not JSON
	ErrEnd                           // the input ends inside a value, or holds none
	ErrTrailing                      // more data after the value
	ErrDepth                         // arrays and objects nested deeper than the limit
	ErrSize                          // the input is over the size limit
)

// Error is the problem that stopped [Parse].
type Error struct {
	Kind ErrorKind
	// Offset is where the problem is: the bad byte, the end of the input,
	// the end of the value before trailing data, the bracket too deep.
	Offset int
	// Msg says what is wrong; for ErrSyntax in encoding/json's words
	// ("invalid character ',' looking for beginning of value"), so that
	// messages read as they did when packages used it.
	Msg string
}

func (e *Error) Error() string { return "strictjson: " + e.Msg + " at byte " + strconv.Itoa(e.Offset) }

// Limits bound what [Parse] reads.
type Limits struct {
	MaxSize  int // bytes of input; 0 for none, when the caller has bounded it
	MaxDepth int // arrays and objects nested; 0 for DefaultMaxDepth
}

// DefaultMaxDepth is the depth encoding/json allows.
const DefaultMaxDepth = 10000

// Parse reads b as exactly one JSON value, with the grammar and string
// decoding of encoding/json (invalid UTF-8 becomes U+FFFD). On a problem
// it returns an *[Error] and, but for ErrSize, the tree read so far: the
// value where the input breaks off is of kind Invalid, and the arrays and
// objects around it are Broken, so that a reader can name the path where
// it happened. Parse never panics; its time and memory are linear in
// len(b), its stack in the depth limit.
func Parse(b []byte, lim Limits) (*Value, error) {
	if lim.MaxSize > 0 && len(b) > lim.MaxSize {
		return nil, &Error{Kind: ErrSize, Msg: fmt.Sprintf("%d bytes is over the limit of %d", len(b), lim.MaxSize)}
	}
	p := parser{b: b, maxDepth: lim.MaxDepth}
	if p.maxDepth <= 0 {
		p.maxDepth = DefaultMaxDepth
	}
	root := new(Value)
	if !p.value(root, 0) {
		return root, p.err
	}
	end := p.i
	if p.space(); p.i < len(b) {
		return root, &Error{Kind: ErrTrailing, Offset: end, Msg: "data after the value"}
	}
	return root, nil
}

type parser struct {
	b        []byte
	i        int
	maxDepth int
	err      *Error
	keys     map[string]string // keys seen, so that each is allocated once
}

// maxKeys bounds the keys interned: a registry has a few dozen names,
// hostile input may have millions.
const maxKeys = 512

func (p *parser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// fail records a bad byte at p.i; it returns false for the callers' sake.
func (p *parser) fail(context string) bool {
	p.err = &Error{Kind: ErrSyntax, Offset: p.i, Msg: "invalid character " + quoteChar(p.b[p.i]) + " " + context}
	return false
}

func (p *parser) end() bool {
	p.i = len(p.b)
	p.err = &Error{Kind: ErrEnd, Offset: len(p.b), Msg: "unexpected end of JSON input"}
	return false
}

// quoteChar quotes a byte as encoding/json does, a byte over 0x7F as the
// Latin-1 letter of that number.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// value reads the value at p.i into v, which is at depth containers deep.
// It reports false when the input breaks off, v keeping the place.
func (p *parser) value(v *Value, depth int) bool {
	p.space()
	v.Off = p.i
	if p.i == len(p.b) {
		return p.end()
	}
	switch c := p.b[p.i]; {
	case c == '{' || c == '[':
		if depth >= p.maxDepth {
			p.err = &Error{Kind: ErrDepth, Offset: p.i, Msg: fmt.Sprintf("nested deeper than %d levels", p.maxDepth)}
			return false
		}
		if c == '{' {
			return p.object(v, depth+1)
		}
		return p.array(v, depth+1)
	case c == '"':
		s, ok := p.str(false)
		if ok {
			v.Kind, v.Str = String, s
		}
		return ok
	case c == '-' || '0' <= c && c <= '9':
		return p.number(v)
	case c == 't':
		return p.literal(v, "true", Bool)
	case c == 'f':
		return p.literal(v, "false", Bool)
	case c == 'n':
		return p.literal(v, "null", Null)
	}
	return p.fail("looking for beginning of value")
}

func (p *parser) literal(v *Value, word string, k Kind) bool {
	for j := 1; j < len(word); j++ {
		switch i := p.i + j; {
		case i == len(p.b):
			return p.end()
		case p.b[i] != word[j]:
			p.i = i
			return p.fail("in literal " + word + " (expecting " + quoteChar(word[j]) + ")")
		}
	}
	p.i += len(word)
	v.Kind = k
	if k == Bool {
		v.Str = word
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func (p *parser) number(v *Value) bool {
	b, start, i := p.b, p.i, p.i
	// digits moves i past a run of digits; at least one must be there.
	digits := func(context string) bool {
		switch {
		case i == len(b):
			return p.end()
		case !isDigit(b[i]):
			p.i = i
			return p.fail(context)
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
		return true
	}
	if b[i] == '-' {
		i++
	}
	if i < len(b) && b[i] == '0' {
		i++
	} else if !digits("in numeric literal") {
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits("after decimal point in numeric literal") {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits("in exponent of numeric literal") {
			return false
		}
	}
	v.Kind, v.Str = Number, string(b[start:i])
	p.i = i
	return true
}

func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// str reads the string whose opening quote is at p.i; key strings are
// interned.
func (p *parser) str(key bool) (string, bool) {
	b := p.b
	start := p.i + 1
	ascii, escaped := true, false
	i := start
	for ; i < len(b) && b[i] != '"'; i++ {
		switch c := b[i]; {
		case c < ' ':
			p.i = i
			return "", p.fail("in string literal")
		case c >= utf8.RuneSelf:
			ascii = false
		case c == '\\':
			escaped = true
			if i++; i == len(b) {
				return "", p.end()
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				for range 4 {
					if i++; i == len(b) {
						return "", p.end()
					}
					if !isHex(b[i]) {
						p.i = i
						return "", p.fail("in \\u hexadecimal character escape")
					}
				}
			default:
				p.i = i
				return "", p.fail("in string escape code")
			}
		}
	}
	if i == len(b) {
		return "", p.end()
	}
	raw := b[start:i]
	p.i = i + 1
	if escaped || !ascii && !utf8.Valid(raw) {
		return unquote(raw), true
	}
	if !key {
		return string(raw), true
	}
	if s, ok := p.keys[string(raw)]; ok {
		return s, true
	}
	s := string(raw)
	if p.keys == nil {
		p.keys = make(map[string]string)
	}
	if len(p.keys) < maxKeys {
		p.keys[s] = s
	}
	return s, true
}

// unquote decodes the escapes of a checked string body as encoding/json
// does: a lone surrogate and each byte of invalid UTF-8 become U+FFFD.
func unquote(s []byte) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && s[i+1] == 'u':
			r := hex4(s[i+2:])
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if d := utf16.DecodeRune(r, hex4(s[i+2:])); d != unicode.ReplacementChar {
						out = utf8.AppendRune(out, d)
						i += 6
						continue
					}
				}
				r = unicode.ReplacementChar
			}
			out = utf8.AppendRune(out, r)
		case c == '\\':
			e := s[i+1]
			switch e {
			case 'b':
				e = '\b'
			case 'f':
				e = '\f'
			case 'n':
				e = '\n'
			case 'r':
				e = '\r'
			case 't':
				e = '\t'
			}
			out = append(out, e)
			i += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			out = utf8.AppendRune(out, r)
			i += size
		}
	}
	return string(out)
}

// hex4 reads four hex digits, checked already.
func hex4(s []byte) rune {
	var r rune
	for _, c := range s[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// array reads the array at p.i. Where it breaks off follows
// encoding/json's Decoder, whose paths readers reported: past a ',' or at
// a bad separator, at the next element; at the end of the input or a '}',
// at the array.
func (p *parser) array(v *Value, depth int) bool {
	v.Kind = Array
	p.i++
	p.space()
	if p.i == len(p.b) {
		v.Broken = true
		return p.end()
	}
	switch p.b[p.i] {
	case ']':
		p.i++
		return true
	case '}':
		v.Broken = true
		return p.fail("looking for beginning of value")
	}
	for {
		v.Elems = append(v.Elems, Value{})
		if !p.value(&v.Elems[len(v.Elems)-1], depth) {
			v.Broken = true
			return false
		}
		if p.space(); p.i == len(p.b) {
			v.Broken = true
			return p.end()
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return true
		case '}':
			v.Broken = true
			return p.fail("after array element")
		default:
			v.Elems = append(v.Elems, Value{Off: p.i})
			v.Broken = true
			return p.fail("after array element")
		}
	}
}

// object reads the object at p.i. Once a key is read, a break belongs to
// its member; before, to the object.
func (p *parser) object(v *Value, depth int) bool {
	v.Kind = Object
	p.i++
	p.space()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return true
	}
	for {
		v.Broken = true // until the object is whole
		switch {
		case p.i == len(p.b):
			return p.end()
		case p.b[p.i] != '"':
			return p.fail("looking for beginning of object key string")
		}
		off := p.i
		key, ok := p.str(true)
		if !ok {
			return false
		}
		v.Members = append(v.Members, Member{Key: key, Off: off})
		m := &v.Members[len(v.Members)-1]
		switch p.space(); {
		case p.i == len(p.b):
			m.Value.Off = p.i
			return p.end()
		case p.b[p.i] != ':':
			m.Value.Off = p.i
			return p.fail("after object key")
		}
		p.i++
		if !p.value(&m.Value, depth) {
			return false
		}
		switch p.space(); {
		case p.i == len(p.b):
			return p.end()
		case p.b[p.i] == ',':
			p.i++
			p.space()
		case p.b[p.i] == '}':
			p.i++
			v.Broken = false
			return true
		default:
			return p.fail("after object key:value pair")
		}
	}
}
