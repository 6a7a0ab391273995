package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao"
)

var testDialect = Dialect{Type: "t.type", Unknown: "t.unknown", KeyCase: "t.case", Duplicate: "t.dup"}

var (
	docNames  = NewNames("name", "tags", "items", "ok")
	itemNames = NewNames("id")
)

// readDoc reads {"name": string, "tags": [string], "items": [{"id": string}], "ok": bool}.
func readDoc(r *Reader, v *Value) {
	f := r.Object(chidao.Path{}, v, docNames, "an object or null")
	r.String(chidao.NewPath("name"), f.Get("name"), "a string or null")
	for i, e := range r.Array(chidao.NewPath("tags"), f.Get("tags"), "an array or null") {
		r.String(chidao.NewPath("tags").Index(i), &e, "a string")
	}
	for i, e := range r.Array(chidao.NewPath("items"), f.Get("items"), "an array or null") {
		p := chidao.NewPath("items").Index(i)
		r.Members(p, &e, itemNames, "an object", func(_ int, v *Value) { r.String(p.Child("id"), v, "a string") })
	}
	r.Bool(chidao.NewPath("ok"), f.Get("ok"), "true or false")
}

type finding struct{ path, code, msg string }

func findings(err error) []finding {
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []finding
	for _, fe := range ve.Errors {
		out = append(out, finding{fe.Path, string(fe.Code), fe.Message})
	}
	return out
}

func TestReader(t *testing.T) {
	tests := []struct {
		in   string
		want []finding
	}{
		{`{"name": "x", "tags": ["a"], "items": [{"id": "1"}], "ok": true}`, nil},
		{`null`, nil},
		{`{"name": null, "tags": null, "items": [null]}`, nil},
		{`{"name": 1, "tags": "a", "items": [{"id": []}, 2], "ok": "yes"}`, []finding{
			{"name", "t.type", "expected a string or null, got a number"},
			{"tags", "t.type", "expected an array or null, got a string"},
			{"items[0].id", "t.type", "expected a string, got an array"},
			{"items[1]", "t.type", "expected an object, got a number"},
			{"ok", "t.type", "expected true or false, got a string"}}},
		{`{"Name": "x", "a b": 1, "nom": 2, "items": [{"ID": "1", "id": "2", "id": "3"}]}`, []finding{
			{"Name", "t.case", `unknown field; field names are case-sensitive: did you mean "name"?`},
			{`["a b"]`, "t.unknown", "unknown field"},
			{"nom", "t.unknown", "unknown field"},
			{"items[0].ID", "t.case", `unknown field; field names are case-sensitive: did you mean "id"?`},
			{"items[0].id", "t.dup", "field given more than once"}}},
		{`[{}]`, []finding{{"", "t.type", "expected an object or null, got an array"}}},
	}
	for _, tt := range tests {
		v, err := Parse([]byte(tt.in), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		r := NewReader([]byte(tt.in), &testDialect)
		readDoc(r, v)
		if got := findings(r.Err()); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.in, got, tt.want)
		}
		if _, broken := r.BrokenAt(); broken {
			t.Errorf("%s: broken", tt.in)
		}
	}
}

// A dialect words and places findings its own way, and caps them.
func TestReaderDialect(t *testing.T) {
	d := Dialect{Type: "t.type", Unknown: "t.unknown", KeyCase: "t.unknown", Duplicate: "t.dup", Root: "$", Lines: true, MaxProblems: 3,
		KeyPath:          func(p chidao.Path, key string) chidao.Path { return p.Child(Clip(key)) },
		TypeMessage:      func(want string, got Kind) string { return "want " + want + ", not " + got.String() },
		UnknownMessage:   func(key, near string) (string, any) { return "unknown " + key + " near " + near, key },
		DuplicateMessage: func(key string) string { return key + " twice" }}
	in := "{\"name\": 1,\n \"a b\": 2, \"Ok\": 3, \"ok\": 4, \"ok\": 5}"
	v, _ := Parse([]byte(in), Limits{})
	r := NewReader([]byte(in), &d)
	readDoc(r, v)
	r.Add(chidao.Path{}, "t.more", "one more", nil)
	want := []finding{
		{"a b", "t.unknown", "unknown a b near  (line 2, column 2)"},
		{"Ok", "t.unknown", "unknown Ok near ok (line 2, column 12)"},
		{"ok", "t.dup", "ok twice (line 2, column 30)"},
		{"$", "too_long", "3 more problems not listed"}, // name and ok of the wrong type, one more
	}
	if got := findings(r.Err()); !reflect.DeepEqual(got, want) {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

// The reader tells where the input breaks off, as the paths of the values
// it reads name it.
func TestReaderBrokenAt(t *testing.T) {
	for in, want := range map[string]string{
		`{"name": "x`:                 "name",
		`{"name": "x"`:                "",
		`{"tags": ["a", 1, [`:         "tags[2]",
		`{"tags": ["a" "b"]}`:         "tags[1]",
		`{"tags": ["a"}`:              "tags",
		`{"items": [{"id": 1, "x": [`: "items[0].x",
		`{"items": [{"id": 1, "id":`:  "items[0].id",
		`{"items": [{"id"`:            "items[0].id",
		`{"items": [{"id": "1",`:      "items[0]",
		`{"a b": [`:                   `["a b"]`,
		`{"ok": [1, 2`:                "ok",
		`x`:                           "",
	} {
		v, err := Parse([]byte(in), Limits{})
		if err == nil {
			t.Fatalf("%s parsed", in)
		}
		r := NewReader([]byte(in), &testDialect)
		readDoc(r, v)
		if p, ok := r.BrokenAt(); !ok || p.String() != want {
			t.Errorf("%s: broken at %q %v, want %q", in, p, ok, want)
		}
	}
}

// FuzzParse: no input panics; what parses is what encoding/json reads,
// what does not is refused by it at the same byte, a bad byte with the
// same words (at the end it may name the space it adds); offsets are on rune
// boundaries; every finding of a reader has a path.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"name": "x", "tags": ["a"], "items": [{"id": "1"}], "ok": true}`, `{"Name":1,"a b":[1,{"c":null}],"ok":"x"}`,
		`[1, -2.5e3, "\u00e9\ud800", true, false, null]`, `{"a":1,}`, `[1 2]`, `{"items": [{"id": "1",`, "\"\xff\"", `[[[[[`, `{} x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		v, err := Parse(in, Limits{MaxDepth: 8})
		starts := map[int]bool{len(in): true}
		for i := range string(in) {
			starts[i] = true
		}
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("error %v is not an *Error", err)
		}
		if e != nil && !starts[e.Offset] {
			t.Fatalf("error offset %d inside a rune", e.Offset)
		}
		var walk func(v *Value)
		walk = func(v *Value) {
			if !starts[v.Off] {
				t.Fatalf("value offset %d inside a rune", v.Off)
			}
			for i := range v.Elems {
				walk(&v.Elems[i])
			}
			for i := range v.Members {
				if m := &v.Members[i]; !starts[m.Off] || in[m.Off] != '"' {
					t.Fatalf("key offset %d is not at a quote", m.Off)
				}
				if !utf8.ValidString(v.Members[i].Key) {
					t.Fatalf("key %q is not UTF-8", v.Members[i].Key)
				}
				walk(&v.Members[i].Value)
			}
		}
		walk(v)

		jerr := json.Unmarshal(in, new(json.RawMessage))
		var se *json.SyntaxError
		switch {
		case e == nil && jerr != nil:
			t.Fatalf("parsed, but encoding/json says %v", jerr)
		case e == nil:
			dec := json.NewDecoder(bytes.NewReader(in))
			dec.UseNumber()
			var want any
			if err := dec.Decode(&want); err != nil {
				t.Fatal(err)
			}
			if got := plain(v); !reflect.DeepEqual(got, want) {
				t.Fatalf("parsed as %v, encoding/json reads %v", got, want)
			}
		case e.Kind == ErrDepth || e.Kind == ErrTrailing:
		case !errors.As(jerr, &se):
			t.Fatalf("%v, but encoding/json says %v", e, jerr)
		case e.Kind == ErrEnd && se.Offset != int64(len(in)):
			t.Fatalf("%v, but encoding/json says %v at %d", e, se, se.Offset)
		case e.Kind == ErrSyntax && (se.Error() != e.Msg || se.Offset != int64(e.Offset+1)):
			t.Fatalf("%v, but encoding/json says %v at %d", e, se, se.Offset)
		}

		d := testDialect
		d.Root = "$"
		r := NewReader(in, &d)
		readDoc(r, v)
		for _, fe := range r.Problems() {
			if fe.Path == "" || fe.Message == "" || !utf8.ValidString(fe.Path) || utf8.RuneCountInString(fe.Path) > 100 {
				t.Fatalf("finding %q: %q", fe.Path, fe.Message)
			}
		}
		if _, broken := r.BrokenAt(); broken != (e != nil && e.Kind != ErrTrailing) {
			t.Fatalf("broken %v, error %v", broken, e)
		}
	})
}

// plain turns a tree into what encoding/json makes of it: the last of
// duplicate keys wins.
func plain(v *Value) any {
	switch v.Kind {
	case Bool:
		return v.Str == "true"
	case Number:
		return json.Number(v.Str)
	case String:
		return v.Str
	case Array:
		out := []any{}
		for i := range v.Elems {
			out = append(out, plain(&v.Elems[i]))
		}
		return out
	case Object:
		out := map[string]any{}
		for i, m := range v.Members {
			out[m.Key] = plain(&v.Members[i].Value)
		}
		return out
	}
	return nil
}

func TestClip(t *testing.T) {
	long := strings.Repeat("ủy ", 40)
	if got := Clip(long); utf8.RuneCountInString(got) != ClipRunes+1 || !strings.HasSuffix(got, "…") {
		t.Errorf("Clip = %q", got)
	}
	if p := KeyPath(chidao.NewPath("a"), strings.Repeat("k", 100)); utf8.RuneCountInString(p.String()) > ClipRunes+10 {
		t.Errorf("KeyPath = %s", p)
	}
}
