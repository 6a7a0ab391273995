package strictjson

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// show writes a tree compactly: kinds, texts and offsets, "!" on Broken.
func show(v *Value) string {
	var b strings.Builder
	var walk func(v *Value)
	walk = func(v *Value) {
		name := strings.Fields(v.Kind.String()) // "an array": "array"
		b.WriteString(name[len(name)-1])
		if v.Str != "" {
			b.WriteString(" " + v.Str)
		}
		b.WriteString("@" + strconv.Itoa(v.Off))
		if v.Broken {
			b.WriteString("!")
		}
		switch v.Kind {
		case Array:
			b.WriteString("[")
			for i := range v.Elems {
				if i > 0 {
					b.WriteString(", ")
				}
				walk(&v.Elems[i])
			}
			b.WriteString("]")
		case Object:
			b.WriteString("{")
			for i, m := range v.Members {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(m.Key + "@" + strconv.Itoa(m.Off) + ": ")
				walk(&v.Members[i].Value)
			}
			b.WriteString("}")
		}
	}
	walk(v)
	return b.String()
}

func TestParse(t *testing.T) {
	tests := []struct{ in, want string }{
		{`null`, `null@0`},
		{` true `, `boolean true@1`},
		{`-1.5e+3`, `number -1.5e+3@0`},
		{`"a\u00e9\n"`, "string aé\n@0"},
		{`[1, "x", []]`, `array@0[number 1@1, string x@4, array@9[]]`},
		{`{"b": 1, "a": {}, "b": null}`, `object@0{b@1: number 1@6, a@9: object@14{}, b@18: null@23}`},
		{"{\n \"ké\": [true]}", `object@0{ké@3: array@10[boolean true@11]}`},
	}
	for _, tt := range tests {
		v, err := Parse([]byte(tt.in), Limits{})
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := show(v); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// Syntax problems are worded and placed as encoding/json does, and the
// tree keeps where the input breaks off.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		kind ErrorKind
		off  int
		msg  string
		tree string
	}{
		{``, ErrEnd, 0, "unexpected end of JSON input", `JSON@0`},
		{`{"a": 1,}`, ErrSyntax, 8, "invalid character '}' looking for beginning of object key string", `object@0!{a@1: number 1@6}`},
		{`{"a" 1}`, ErrSyntax, 5, "invalid character '1' after object key", `object@0!{a@1: JSON@5}`},
		{`{"a": 1 "b"}`, ErrSyntax, 8, "invalid character '\"' after object key:value pair", `object@0!{a@1: number 1@6}`},
		{`[1 2]`, ErrSyntax, 3, "invalid character '2' after array element", `array@0![number 1@1, JSON@3]`},
		{`[1,]`, ErrSyntax, 3, "invalid character ']' looking for beginning of value", `array@0![number 1@1, JSON@3]`},
		{`[1}`, ErrSyntax, 2, "invalid character '}' after array element", `array@0![number 1@1]`},
		{`[1, {"x": tru`, ErrEnd, 13, "unexpected end of JSON input", `array@0![number 1@1, object@4!{x@5: JSON@10}]`},
		{`tRue`, ErrSyntax, 1, "invalid character 'R' in literal true (expecting 'r')", `JSON@0`},
		{`-x`, ErrSyntax, 1, "invalid character 'x' in numeric literal", `JSON@0`},
		{`1.e`, ErrSyntax, 2, "invalid character 'e' after decimal point in numeric literal", `JSON@0`},
		{`1e+`, ErrEnd, 3, "unexpected end of JSON input", `JSON@0`},
		{`"\q"`, ErrSyntax, 2, "invalid character 'q' in string escape code", `JSON@0`},
		{`"\u12x4"`, ErrSyntax, 5, "invalid character 'x' in \\u hexadecimal character escape", `JSON@0`},
		{"\"a\tb\"", ErrSyntax, 2, `invalid character '\t' in string literal`, `JSON@0`},
		{`[é]`, ErrSyntax, 1, "invalid character 'Ã' looking for beginning of value", `array@0![JSON@1]`},
		{`{} {}`, ErrTrailing, 2, "data after the value", `object@0{}`},
		{`[[[]]]`, ErrDepth, 2, "nested deeper than 2 levels", `array@0![array@1![JSON@2]]`},
	}
	for _, tt := range tests {
		v, err := Parse([]byte(tt.in), Limits{MaxDepth: 2})
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q) = %v, want an *Error", tt.in, err)
			continue
		}
		got := []any{e.Kind, e.Offset, e.Msg, show(v)}
		if diff := cmp.Diff([]any{tt.kind, tt.off, tt.msg, tt.tree}, got); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	if v, err := Parse([]byte(`[1]`), Limits{MaxSize: 2}); v != nil || err == nil || err.(*Error).Kind != ErrSize {
		t.Errorf("over MaxSize: %v, %v", v, err)
	}
}

// Strings decode as encoding/json decodes them.
func TestParseStrings(t *testing.T) {
	for _, in := range []string{`"plain"`, `"Hà Nội"`, `"\"\\\/\b\f\n\r\t"`, `"\u00e9\uD83D\uDE00"`, `"\ud800"`, `"\ud800\u0041"`,
		`"\udc00\ud800"`, "\"\xff\xfe a\"", "\"\xed\xa0\x80\"", `"\uFFFD"`, "\"\xe1\xbb\"", `"\uD83D\uDE00\uD83D"`} {
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		v, err := Parse([]byte(in), Limits{})
		if err != nil || v.Str != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, v.Str, err, want)
		}
	}
}
