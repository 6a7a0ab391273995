package directive

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
)

// JSONSchema names the JSON form of a [Document]; [Document.MarshalJSON]
// writes it as the first field, "schema".
const JSONSchema = "chidao.directive/v1"

// MaxJSONSize bounds the JSON a [Document] is read from: 8 MiB, far above
// any real document (the longest decrees are a few hundred KiB), so that
// untrusted input cannot make a reader hold or walk unbounded data.
const MaxJSONSize = 8 << 20

// Codes of the problems found while reading the JSON form. Invalid values
// (an unknown bloc, type, relation, a symbol or date that does not parse)
// are [chidao.CodeInvalid]; a key given twice is [chidao.CodeDuplicate];
// input over [MaxJSONSize] or nested too deep is [chidao.CodeTooLong].
const (
	CodeJSONSyntax   chidao.Code = "directive.json_syntax"        // not JSON
	CodeJSONTrailing chidao.Code = "directive.json_trailing_data" // more data after the value
	CodeJSONType     chidao.Code = "directive.json_type"          // a value of the wrong JSON type
	CodeJSONUnknown  chidao.Code = "directive.json_unknown_field" // a field the schema does not have
	CodeJSONKeyCase  chidao.Code = "directive.json_key_case"      // a field name in the wrong case ("Subject")
	CodeJSONSchema   chidao.Code = "directive.json_schema"        // a "schema" other than JSONSchema
)

const (
	maxJSONDepth    = 32  // the schema nests 3 deep; the rest is hostile
	maxJSONProblems = 100 // findings kept; one more says how many were left out
	clipRunes       = 64  // runes of a value quoted in a message
)

// MarshalJSON writes d in the JSON form documented on [Document]. It fails
// on a value no reader could read back: an unknown Bloc, Kind or Relation.
func (d Document) MarshalJSON() ([]byte, error) {
	if d.Bloc != BlocUnspecified && d.Bloc != BlocState && d.Bloc != BlocParty {
		return nil, fmt.Errorf("directive: cannot marshal kind: a document is of the State or the Party bloc, not %q: %w", d.Bloc.String(), chidao.ErrInvalid)
	}
	w := documentJSON{
		Schema:         JSONSchema,
		Kind:           opt(d.Bloc.String()),
		ParentIssuer:   opt(d.ParentIssuer),
		Issuer:         opt(d.Issuer),
		IssuerKey:      opt(d.IssuerKey),
		NationalHeader: list(d.NationalHeader),
		Number:         opt(d.Number),
		Symbol:         opt(d.Symbol.String()),
		TypeCode:       opt(d.Symbol.TypeCode()),
		Place:          opt(d.Place),
		Date:           opt(d.Date.String()),
		Subject:        opt(d.Subject),
		Urgency:        opt(d.Urgency),
		Secrecy:        opt(d.Secrecy),
		Recipients:     list(d.Recipients),
		CCRecipients:   list(d.CCRecipients),
		Citations:      make([]citationJSON, len(d.Citations)),
		Preamble:       list(d.Preamble),
		Sections:       make([]sectionJSON, len(d.Sections)),
		Closing:        opt(d.Closing),
		Signature: signatureJSON{
			Authority: list(d.Signature.Authority),
			Title:     opt(d.Signature.Title),
			Name:      opt(d.Signature.Name),
		},
		Distribution: list(d.Distribution),
		Repairs:      make([]repairJSON, len(d.Repairs)),
	}
	var err error
	if w.Type, err = typ("type", d.Type); err != nil {
		return nil, err
	}
	for i, c := range d.Citations {
		if w.Citations[i], err = c.toJSON("citations[" + strconv.Itoa(i) + "]."); err != nil {
			return nil, err
		}
	}
	for i, s := range d.Sections {
		w.Sections[i] = sectionJSON{Number: s.Number, Heading: opt(s.Heading), Addressees: list(s.Addressees), Items: list(s.Items)}
	}
	for i, r := range d.Repairs {
		w.Repairs[i] = repairJSON{Code: string(r.Code), Path: opt(r.Path), Line: r.Line, Original: opt(r.Original), Repaired: opt(r.Repaired)}
	}
	return marshal(w)
}

// The structs below fix the order and names of the output fields; reading
// goes through jsonValue so that every problem gets a path.
type documentJSON struct {
	Schema         string         `json:"schema"`
	Kind           *string        `json:"kind"`
	ParentIssuer   *string        `json:"parent_issuer"`
	Issuer         *string        `json:"issuer"`
	IssuerKey      *string        `json:"issuer_key"`
	NationalHeader []string       `json:"national_header"`
	Number         *string        `json:"number"`
	Symbol         *string        `json:"symbol"`
	Type           *string        `json:"type"`
	TypeCode       *string        `json:"type_code"`
	Place          *string        `json:"place"`
	Date           *string        `json:"date"`
	Subject        *string        `json:"subject"`
	Urgency        *string        `json:"urgency"`
	Secrecy        *string        `json:"secrecy"`
	Recipients     []string       `json:"recipients"`
	CCRecipients   []string       `json:"cc_recipients"`
	Citations      []citationJSON `json:"citations"`
	Preamble       []string       `json:"preamble"`
	Sections       []sectionJSON  `json:"sections"`
	Closing        *string        `json:"closing"`
	Signature      signatureJSON  `json:"signature"`
	Distribution   []string       `json:"distribution"`
	Repairs        []repairJSON   `json:"repairs"`
}

// marshal encodes v without escaping <, > and &: "NN&PTNT" stays as it
// is printed. An encoder the caller uses escapes them if it is set to.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// typ gives a type's name for the JSON form; path names the field in
// errors.
func typ(path string, k Kind) (*string, error) {
	if k >= numKinds {
		return nil, fmt.Errorf("directive: cannot marshal %s: unknown kind %d: %w", path, k, chidao.ErrInvalid)
	}
	return opt(k.Label()), nil
}

// toJSON gives the JSON form of c; prefix is its path in the output, for
// errors.
func (c Citation) toJSON(prefix string) (citationJSON, error) {
	t, err := typ(prefix+"type", c.Kind)
	if err != nil {
		return citationJSON{}, err
	}
	if c.Relation >= numRelations {
		return citationJSON{}, fmt.Errorf("directive: cannot marshal %srelation: unknown relation %d: %w", prefix, c.Relation, chidao.ErrInvalid)
	}
	return citationJSON{
		Type: t, Symbol: opt(c.Symbol.String()), Name: opt(c.Name), Number: opt(c.Symbol.Number()),
		Date: opt(c.Date.String()), Issuer: opt(c.Issuer), Subject: opt(c.Subject),
		Relation: relationNames[c.Relation], Term: opt(c.Term), Offset: c.Start, End: c.End,
	}, nil
}

// MarshalJSON writes the citation in the form it has inside a document's
// "citations" (see [Document]): "type" (the type's name), "symbol",
// "name", "number", "date", "issuer", "subject", "relation", "term",
// "offset" (Start) and "end", absent values as null.
func (c Citation) MarshalJSON() ([]byte, error) {
	w, err := c.toJSON("")
	if err != nil {
		return nil, err
	}
	return marshal(w)
}

// UnmarshalJSON reads the form [Citation.MarshalJSON] writes, checked as
// [Document.UnmarshalJSON] checks a document's citations.
func (c *Citation) UnmarshalJSON(b []byte) error {
	return decodeInto(b, c, func(r *jsonReader, v *jsonValue) Citation { return r.citation(chidao.Path{}, v) })
}

type citationJSON struct {
	Type     *string `json:"type"`
	Symbol   *string `json:"symbol"`
	Name     *string `json:"name"`
	Number   *string `json:"number"`
	Date     *string `json:"date"`
	Issuer   *string `json:"issuer"`
	Subject  *string `json:"subject"`
	Relation string  `json:"relation"`
	Term     *string `json:"term"`
	Offset   int     `json:"offset"`
	End      int     `json:"end"`
}

type sectionJSON struct {
	Number     string   `json:"number"`
	Heading    *string  `json:"heading"`
	Addressees []string `json:"addressees"`
	Items      []string `json:"items"`
}

type signatureJSON struct {
	Authority []string `json:"authority"`
	Title     *string  `json:"title"`
	Name      *string  `json:"name"`
}

type repairJSON struct {
	Code     string  `json:"code"`
	Path     *string `json:"path"`
	Line     int     `json:"line"`
	Original *string `json:"original"`
	Repaired *string `json:"repaired"`
}

// Field names of each object, as read.
var (
	documentFields = []string{"schema", "kind", "parent_issuer", "issuer", "issuer_key", "national_header", "number",
		"symbol", "type", "type_code", "place", "date", "subject", "urgency", "secrecy", "recipients", "cc_recipients",
		"citations", "preamble", "sections", "closing", "signature", "distribution", "repairs"}
	citationFields  = []string{"type", "symbol", "name", "number", "date", "issuer", "subject", "relation", "term", "offset", "end"}
	sectionFields   = []string{"number", "heading", "addressees", "items"}
	signatureFields = []string{"authority", "title", "name"}
	repairFields    = []string{"code", "path", "line", "original", "repaired"}
)

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// UnmarshalJSON reads the JSON form documented on [Document], checking it
// as untrusted input. Every problem comes at once in a
// *[chidao.ValidationError] (at most 100 of them), each with the JSON path
// of the field ("citations[2].date"), a stable code (CodeJSON… or a generic
// chidao code) and a message quoting at most 64 runes of the value:
// unknown fields, a field in the wrong case ("Subject"), a key given
// twice, a value of the wrong JSON type, a "schema" other than
// [JSONSchema], an unknown bloc, type or relation, a symbol or date that
// does not parse, data after the value, input over [MaxJSONSize]. Input
// without "schema" is read as this schema. "type_code" and a citation's
// "number" are ignored: they follow from the symbol. The literal null
// leaves d unchanged; on error d is unchanged.
func (d *Document) UnmarshalJSON(b []byte) error {
	return decodeInto(b, d, (*jsonReader).document)
}

// decodeInto reads b as untrusted JSON with read and stores the result in
// dst when there is no problem; the literal null leaves dst as it is.
func decodeInto[T any](b []byte, dst *T, read func(*jsonReader, *jsonValue) T) error {
	if len(b) > MaxJSONSize {
		return problem("", chidao.CodeTooLong, fmt.Sprintf("JSON of %d bytes is over the limit of %d", len(b), MaxJSONSize))
	}
	root, err := parseJSON(b)
	if err != nil {
		return err
	}
	if root.kind == jsonNull {
		return nil
	}
	var r jsonReader
	out := read(&r, root)
	if err := r.err(); err != nil {
		return err
	}
	*dst = out
	return nil
}

// DecodeJSON reads one document in the JSON form from r, reading at most
// [MaxJSONSize] bytes; more input is an error. Problems are reported as by
// [Document.UnmarshalJSON].
func DecodeJSON(r io.Reader) (*Document, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxJSONSize+1))
	if err != nil {
		return nil, err
	}
	d := new(Document)
	if err := d.UnmarshalJSON(b); err != nil {
		return nil, err
	}
	return d, nil
}

func problem(path string, code chidao.Code, msg string) error {
	return &chidao.ValidationError{Errors: []*chidao.FieldError{{Path: path, Code: code, Message: msg}}}
}

// jsonValue is one parsed JSON value. Objects keep their members in order
// and with duplicates, which encoding/json would merge silently.
type jsonValue struct {
	kind jsonKind
	str  string // a string, or a number's text
	arr  []*jsonValue
	obj  []jsonMember
}

type jsonMember struct {
	key string
	val *jsonValue
}

type jsonKind uint8

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

func (k jsonKind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// parseJSON reads exactly one JSON value from b.
func parseJSON(b []byte) (*jsonValue, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := readValue(dec, 0)
	if err != nil {
		return nil, err
	}
	off := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		return nil, problem("", CodeJSONTrailing, fmt.Sprintf("data after the JSON value at byte %d", off))
	}
	return v, nil
}

func readValue(dec *json.Decoder, depth int) (*jsonValue, error) {
	off := dec.InputOffset()
	tok, err := dec.Token()
	if err != nil {
		return nil, syntaxProblem(err, off)
	}
	return tokenValue(dec, tok, depth)
}

func tokenValue(dec *json.Decoder, tok json.Token, depth int) (*jsonValue, error) {
	switch t := tok.(type) {
	case nil:
		return &jsonValue{kind: jsonNull}, nil
	case bool:
		return &jsonValue{kind: jsonBool, str: strconv.FormatBool(t)}, nil
	case json.Number:
		return &jsonValue{kind: jsonNumber, str: string(t)}, nil
	case string:
		return &jsonValue{kind: jsonString, str: t}, nil
	case json.Delim:
		if t != '[' && t != '{' {
			return nil, problem("", CodeJSONSyntax, fmt.Sprintf("invalid JSON at byte %d: unexpected %q", dec.InputOffset(), t))
		}
		if depth >= maxJSONDepth {
			return nil, problem("", chidao.CodeTooLong, fmt.Sprintf("JSON nested deeper than %d levels", maxJSONDepth))
		}
		if t == '[' {
			v := &jsonValue{kind: jsonArray}
			for dec.More() {
				e, err := readValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				v.arr = append(v.arr, e)
			}
			return v, closeToken(dec)
		}
		v := &jsonValue{kind: jsonObject}
		for dec.More() {
			off := dec.InputOffset()
			k, err := dec.Token()
			if err != nil {
				return nil, syntaxProblem(err, off)
			}
			e, err := readValue(dec, depth+1)
			if err != nil {
				return nil, err
			}
			v.obj = append(v.obj, jsonMember{key: k.(string), val: e})
		}
		return v, closeToken(dec)
	}
	return nil, problem("", CodeJSONSyntax, "invalid JSON") // unreachable: Token gives no other type
}

func closeToken(dec *json.Decoder) error {
	off := dec.InputOffset()
	if _, err := dec.Token(); err != nil {
		return syntaxProblem(err, off)
	}
	return nil
}

func syntaxProblem(err error, off int64) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return problem("", CodeJSONSyntax, "invalid JSON: unexpected end of input")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return problem("", CodeJSONSyntax, fmt.Sprintf("invalid JSON at byte %d: %s", off, msg))
}

// jsonReader turns a jsonValue into a Document, collecting every problem.
type jsonReader struct {
	errs    chidao.ErrorList
	dropped int
}

func (r *jsonReader) add(p chidao.Path, code chidao.Code, msg string, value any) {
	if len(r.errs) == maxJSONProblems {
		r.dropped++
		return
	}
	r.errs = append(r.errs, &chidao.FieldError{Path: p.String(), Code: code, Message: msg, Value: value})
}

func (r *jsonReader) err() error {
	if r.dropped > 0 {
		r.errs = append(r.errs, &chidao.FieldError{Code: chidao.CodeTooLong,
			Message: fmt.Sprintf("%d more problems not listed", r.dropped)})
	}
	return r.errs.Err()
}

func (r *jsonReader) typeError(p chidao.Path, want string, v *jsonValue) {
	r.add(p, CodeJSONType, "expected "+want+", got "+v.kind.String(), nil)
}

// object returns the members of v by name, reporting unknown, miscased
// and repeated keys. A null object has no members.
func (r *jsonReader) object(p chidao.Path, v *jsonValue, names []string) map[string]*jsonValue {
	switch v.kind {
	case jsonNull:
		return nil
	case jsonObject:
	default:
		r.typeError(p, "an object or null", v)
		return nil
	}
	out := make(map[string]*jsonValue, len(v.obj))
	for _, m := range v.obj {
		known := false
		for _, n := range names {
			if n == m.key {
				known = true
				break
			}
		}
		kp := keyPath(p, m.key)
		switch {
		case known:
			if _, dup := out[m.key]; dup {
				r.add(kp, chidao.CodeDuplicate, "field given more than once", nil)
				continue
			}
			out[m.key] = m.val
		case foldMatch(names, m.key) != "":
			r.add(kp, CodeJSONKeyCase, fmt.Sprintf("unknown field; field names are case-sensitive: did you mean %q?", foldMatch(names, m.key)), nil)
		default:
			r.add(kp, CodeJSONUnknown, "unknown field", nil)
		}
	}
	return out
}

func foldMatch(names []string, key string) string {
	for _, n := range names {
		if strings.EqualFold(n, key) {
			return n
		}
	}
	return ""
}

// keyPath names a member: a plain name as ".name", any other key quoted
// and clipped, as `["a b"]`.
func keyPath(p chidao.Path, key string) chidao.Path {
	plain := key != ""
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain && len(key) <= clipRunes {
		return p.Child(key)
	}
	return p.Key(clip(key))
}

// clip shortens s to clipRunes runes, marking the cut with "…".
func clip(s string) string { return vntext.ClipRunes(s, clipRunes) }

func (r *jsonReader) str(p chidao.Path, v *jsonValue) string {
	switch {
	case v == nil || v.kind == jsonNull:
		return ""
	case v.kind == jsonString:
		return v.str
	}
	r.typeError(p, "a string or null", v)
	return ""
}

// strs reads a list of strings; null and [] give nil.
func (r *jsonReader) strs(p chidao.Path, v *jsonValue) []string {
	if v == nil || v.kind == jsonNull {
		return nil
	}
	if v.kind != jsonArray {
		r.typeError(p, "an array of strings or null", v)
		return nil
	}
	var out []string
	for i, e := range v.arr {
		if e.kind != jsonString {
			r.typeError(p.Index(i), "a string", e)
			continue
		}
		out = append(out, e.str)
	}
	return out
}

func (r *jsonReader) list(p chidao.Path, v *jsonValue) []*jsonValue {
	if v == nil || v.kind == jsonNull {
		return nil
	}
	if v.kind != jsonArray {
		r.typeError(p, "an array or null", v)
		return nil
	}
	return v.arr
}

// offset reads a byte offset or line number: an integer from 0 up.
func (r *jsonReader) offset(p chidao.Path, v *jsonValue) int {
	if v == nil || v.kind == jsonNull {
		return 0
	}
	if v.kind != jsonNumber {
		r.typeError(p, "a non-negative integer", v)
		return 0
	}
	f, err := strconv.ParseFloat(v.str, 64)
	switch {
	case err == nil && f != math.Trunc(f):
		r.add(p, CodeJSONType, "expected a non-negative integer, got a fraction", clip(v.str))
	case err != nil || f < 0 || f > math.MaxInt32:
		r.add(p, chidao.CodeOutOfRange, "expected an integer from 0 to 2147483647", clip(v.str))
	default:
		return int(f) // JSON allows 1e2 for 100
	}
	return 0
}

func (r *jsonReader) kind(p chidao.Path, v *jsonValue) Kind {
	s := r.str(p, v)
	if v == nil || v.kind != jsonString {
		return KindUnspecified
	}
	k, ok := KindByName(s)
	if !ok {
		r.add(p, chidao.CodeInvalid, "unknown document type; want a type name such as \"Công văn\" or \"Kế hoạch\"", clip(s))
	}
	return k
}

func (r *jsonReader) symbol(p chidao.Path, v *jsonValue) Symbol {
	s := r.str(p, v)
	if s == "" {
		return Symbol{}
	}
	sym, err := ParseSymbol(s)
	if err != nil {
		msg := "not a number and symbol"
		var pe *ParseError
		if errors.As(err, &pe) {
			msg += ": " + pe.Msg
		}
		r.add(p, chidao.CodeInvalid, msg, clip(s))
	}
	return sym
}

func (r *jsonReader) date(p chidao.Path, v *jsonValue) chidao.Date {
	s := r.str(p, v)
	if s == "" {
		return chidao.Date{}
	}
	dt, err := chidao.ParseISODate(s)
	if err != nil {
		msg := "not a day written YYYY-MM-DD"
		if errors.Is(err, chidao.ErrInvalidDate) && isoShape(s) {
			msg = "no such day"
		}
		r.add(p, chidao.CodeInvalid, msg, clip(s))
	}
	return dt
}

// isoShape reports text of the form dddd-dd-dd.
func isoShape(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (r *jsonReader) document(v *jsonValue) Document {
	var d Document
	m := r.object(chidao.Path{}, v, documentFields)
	p := chidao.NewPath
	if s := m["schema"]; s != nil {
		if got := r.str(p("schema"), s); s.kind == jsonString && got != JSONSchema {
			r.add(p("schema"), CodeJSONSchema, "unsupported schema; this version reads "+strconv.Quote(JSONSchema), clip(got))
		}
	}
	if k := r.str(p("kind"), m["kind"]); d.Bloc.UnmarshalText([]byte(k)) != nil {
		r.add(p("kind"), chidao.CodeInvalid, `unknown bloc; want "state", "party" or null`, clip(k))
	}
	d.ParentIssuer = r.str(p("parent_issuer"), m["parent_issuer"])
	d.Issuer = r.str(p("issuer"), m["issuer"])
	d.IssuerKey = r.str(p("issuer_key"), m["issuer_key"])
	d.NationalHeader = r.strs(p("national_header"), m["national_header"])
	d.Number = r.str(p("number"), m["number"])
	d.Symbol = r.symbol(p("symbol"), m["symbol"])
	d.Type = r.kind(p("type"), m["type"])
	r.str(p("type_code"), m["type_code"]) // output only; checked for its JSON type
	d.Place = r.str(p("place"), m["place"])
	d.Date = r.date(p("date"), m["date"])
	d.Subject = r.str(p("subject"), m["subject"])
	d.Urgency = r.str(p("urgency"), m["urgency"])
	d.Secrecy = r.str(p("secrecy"), m["secrecy"])
	d.Recipients = r.strs(p("recipients"), m["recipients"])
	d.CCRecipients = r.strs(p("cc_recipients"), m["cc_recipients"])
	for i, e := range r.list(p("citations"), m["citations"]) {
		d.Citations = append(d.Citations, r.citation(p("citations").Index(i), e))
	}
	d.Preamble = r.strs(p("preamble"), m["preamble"])
	for i, e := range r.list(p("sections"), m["sections"]) {
		sp := p("sections").Index(i)
		s := r.object(sp, e, sectionFields)
		d.Sections = append(d.Sections, Section{
			Number:     r.str(sp.Child("number"), s["number"]),
			Heading:    r.str(sp.Child("heading"), s["heading"]),
			Addressees: r.strs(sp.Child("addressees"), s["addressees"]),
			Items:      r.strs(sp.Child("items"), s["items"]),
		})
	}
	d.Closing = r.str(p("closing"), m["closing"])
	if sig := m["signature"]; sig != nil {
		s := r.object(p("signature"), sig, signatureFields)
		d.Signature = Signature{
			Authority: r.strs(p("signature").Child("authority"), s["authority"]),
			Title:     r.str(p("signature").Child("title"), s["title"]),
			Name:      r.str(p("signature").Child("name"), s["name"]),
		}
	}
	d.Distribution = r.strs(p("distribution"), m["distribution"])
	for i, e := range r.list(p("repairs"), m["repairs"]) {
		rp := p("repairs").Index(i)
		s := r.object(rp, e, repairFields)
		d.Repairs = append(d.Repairs, Repair{
			Code:     RepairCode(r.str(rp.Child("code"), s["code"])),
			Path:     r.str(rp.Child("path"), s["path"]),
			Line:     r.offset(rp.Child("line"), s["line"]),
			Original: r.str(rp.Child("original"), s["original"]),
			Repaired: r.str(rp.Child("repaired"), s["repaired"]),
		})
	}
	return d
}

func (r *jsonReader) citation(p chidao.Path, v *jsonValue) Citation {
	m := r.object(p, v, citationFields)
	c := Citation{
		Kind:    r.kind(p.Child("type"), m["type"]),
		Symbol:  r.symbol(p.Child("symbol"), m["symbol"]),
		Name:    r.str(p.Child("name"), m["name"]),
		Date:    r.date(p.Child("date"), m["date"]),
		Issuer:  r.str(p.Child("issuer"), m["issuer"]),
		Subject: r.str(p.Child("subject"), m["subject"]),
		Term:    r.str(p.Child("term"), m["term"]),
		Start:   r.offset(p.Child("offset"), m["offset"]),
		End:     r.offset(p.Child("end"), m["end"]),
	}
	r.str(p.Child("number"), m["number"]) // output only; follows from the symbol
	if rel := r.str(p.Child("relation"), m["relation"]); rel != "" {
		if err := c.Relation.UnmarshalText([]byte(rel)); err != nil {
			r.add(p.Child("relation"), chidao.CodeInvalid,
				"unknown relation; want one of "+strings.Join(relationNames[:], ", "), clip(rel))
		}
	}
	return c
}
