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
	"github.com/chidao/chidao/internal/strictjson"
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
	maxJSONDepth    = 2*maxBodyDepth + 8 // the body nests two values a level; the rest is hostile
	maxJSONProblems = 100                // findings kept; one more says how many were left out
	clipRunes       = 64                 // runes of a value quoted in a message
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
		TypeCode:       opt(d.typeCode()),
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
		Body:           nodesToJSON(d.Body),
		Obligations:    obligationsToJSON(d.Obligations),
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
	if bad := bodyValid(d.Body, d.Obligations); bad != "" {
		return nil, fmt.Errorf("directive: cannot marshal %s: unknown value: %w", bad, chidao.ErrInvalid)
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
// goes through package strictjson so that every problem gets a path.
type documentJSON struct {
	Schema         string           `json:"schema"`
	Kind           *string          `json:"kind"`
	ParentIssuer   *string          `json:"parent_issuer"`
	Issuer         *string          `json:"issuer"`
	IssuerKey      *string          `json:"issuer_key"`
	NationalHeader []string         `json:"national_header"`
	Number         *string          `json:"number"`
	Symbol         *string          `json:"symbol"`
	Type           *string          `json:"type"`
	TypeCode       *string          `json:"type_code"`
	Place          *string          `json:"place"`
	Date           *string          `json:"date"`
	Subject        *string          `json:"subject"`
	Urgency        *string          `json:"urgency"`
	Secrecy        *string          `json:"secrecy"`
	Recipients     []string         `json:"recipients"`
	CCRecipients   []string         `json:"cc_recipients"`
	Citations      []citationJSON   `json:"citations"`
	Preamble       []string         `json:"preamble"`
	Sections       []sectionJSON    `json:"sections"`
	Body           []nodeJSON       `json:"body"`
	Obligations    []obligationJSON `json:"obligations"`
	Closing        *string          `json:"closing"`
	Signature      signatureJSON    `json:"signature"`
	Distribution   []string         `json:"distribution"`
	Repairs        []repairJSON     `json:"repairs"`
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
	return decodeInto(b, c, func(r *jsonReader, v *strictjson.Value) Citation { return r.citation(chidao.Path{}, v) })
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
	documentFields = strictjson.NewNames("schema", "kind", "parent_issuer", "issuer", "issuer_key", "national_header", "number",
		"symbol", "type", "type_code", "place", "date", "subject", "urgency", "secrecy", "recipients", "cc_recipients",
		"citations", "preamble", "sections", "body", "obligations", "closing", "signature", "distribution", "repairs")
	citationFields  = strictjson.NewNames("type", "symbol", "name", "number", "date", "issuer", "subject", "relation", "term", "offset", "end")
	sectionFields   = strictjson.NewNames("number", "heading", "addressees", "items")
	signatureFields = strictjson.NewNames("authority", "title", "name")
	repairFields    = strictjson.NewNames("code", "path", "line", "original", "repaired")
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
func decodeInto[T any](b []byte, dst *T, read func(*jsonReader, *strictjson.Value) T) error {
	root, err := strictjson.Parse(b, strictjson.Limits{MaxSize: MaxJSONSize, MaxDepth: maxJSONDepth})
	var e *strictjson.Error
	if errors.As(err, &e) {
		switch e.Kind {
		case strictjson.ErrSize:
			return problem(chidao.CodeTooLong, fmt.Sprintf("JSON of %d bytes is over the limit of %d", len(b), MaxJSONSize))
		case strictjson.ErrDepth:
			return problem(chidao.CodeTooLong, fmt.Sprintf("JSON nested deeper than %d levels", maxJSONDepth))
		case strictjson.ErrTrailing:
			return problem(CodeJSONTrailing, fmt.Sprintf("data after the JSON value at byte %d", e.Offset))
		case strictjson.ErrEnd:
			return problem(CodeJSONSyntax, "invalid JSON: unexpected end of input")
		}
		return problem(CodeJSONSyntax, fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg))
	}
	if root.Kind == strictjson.Null {
		return nil
	}
	r := jsonReader{strictjson.NewReader(b, &jsonDialect)}
	out := read(&r, root)
	if err := r.Err(); err != nil {
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

// problem is a finding about the input as a whole.
func problem(code chidao.Code, msg string) error {
	return &chidao.ValidationError{Errors: []*chidao.FieldError{{Code: code, Message: msg}}}
}

var jsonDialect = strictjson.Dialect{Type: CodeJSONType, Unknown: CodeJSONUnknown, KeyCase: CodeJSONKeyCase,
	Duplicate: chidao.CodeDuplicate, MaxProblems: maxJSONProblems}

// jsonReader turns a parsed value into a Document, collecting every
// problem.
type jsonReader struct{ *strictjson.Reader }

// clip shortens s to clipRunes runes, marking the cut with "…".
func clip(s string) string { return vntext.ClipRunes(s, clipRunes) }

func (r *jsonReader) str(p chidao.Path, v *strictjson.Value) string {
	s, _ := r.String(p, v, "a string or null")
	return s
}

// strs reads a list of strings; null and [] give nil.
func (r *jsonReader) strs(p chidao.Path, v *strictjson.Value) []string {
	var out []string
	for i, e := range r.Array(p, v, "an array of strings or null") {
		if e.Kind != strictjson.String {
			r.TypeError(p.Index(i), &e, "a string")
			continue
		}
		out = append(out, e.Str)
	}
	return out
}

func (r *jsonReader) list(p chidao.Path, v *strictjson.Value) []strictjson.Value {
	return r.Array(p, v, "an array or null")
}

// offset reads a byte offset or line number: an integer from 0 up.
func (r *jsonReader) offset(p chidao.Path, v *strictjson.Value) int {
	if v == nil || v.Kind == strictjson.Null {
		return 0
	}
	if v.Kind != strictjson.Number {
		r.TypeError(p, v, "a non-negative integer")
		return 0
	}
	f, err := strconv.ParseFloat(v.Str, 64)
	switch {
	case err == nil && f != math.Trunc(f):
		r.Add(p, CodeJSONType, "expected a non-negative integer, got a fraction", clip(v.Str))
	case err != nil || f < 0 || f > math.MaxInt32:
		r.Add(p, chidao.CodeOutOfRange, "expected an integer from 0 to 2147483647", clip(v.Str))
	default:
		return int(f) // JSON allows 1e2 for 100
	}
	return 0
}

func (r *jsonReader) kind(p chidao.Path, v *strictjson.Value) Kind {
	s := r.str(p, v)
	if v == nil || v.Kind != strictjson.String {
		return KindUnspecified
	}
	k, ok := KindByName(s)
	if !ok {
		r.Add(p, chidao.CodeInvalid, "unknown document type; want a type name such as \"Công văn\" or \"Kế hoạch\"", clip(s))
	}
	return k
}

func (r *jsonReader) symbol(p chidao.Path, v *strictjson.Value) Symbol {
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
		r.Add(p, chidao.CodeInvalid, msg, clip(s))
	}
	return sym
}

func (r *jsonReader) date(p chidao.Path, v *strictjson.Value) chidao.Date {
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
		r.Add(p, chidao.CodeInvalid, msg, clip(s))
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

func (r *jsonReader) document(v *strictjson.Value) Document {
	var d Document
	m := r.object(chidao.Path{}, v, documentFields)
	p := chidao.NewPath
	if s := m.Get("schema"); s != nil {
		if got := r.str(p("schema"), s); s.Kind == strictjson.String && got != JSONSchema {
			r.Add(p("schema"), CodeJSONSchema, "unsupported schema; this version reads "+strconv.Quote(JSONSchema), clip(got))
		}
	}
	if k := r.str(p("kind"), m.Get("kind")); d.Bloc.UnmarshalText([]byte(k)) != nil {
		r.Add(p("kind"), chidao.CodeInvalid, `unknown bloc; want "state", "party" or null`, clip(k))
	}
	d.ParentIssuer = r.str(p("parent_issuer"), m.Get("parent_issuer"))
	d.Issuer = r.str(p("issuer"), m.Get("issuer"))
	d.IssuerKey = r.str(p("issuer_key"), m.Get("issuer_key"))
	d.NationalHeader = r.strs(p("national_header"), m.Get("national_header"))
	d.Number = r.str(p("number"), m.Get("number"))
	d.Symbol = r.symbol(p("symbol"), m.Get("symbol"))
	d.Type = r.kind(p("type"), m.Get("type"))
	r.str(p("type_code"), m.Get("type_code")) // output only; checked for its JSON type
	d.Place = r.str(p("place"), m.Get("place"))
	d.Date = r.date(p("date"), m.Get("date"))
	d.Subject = r.str(p("subject"), m.Get("subject"))
	d.Urgency = r.str(p("urgency"), m.Get("urgency"))
	d.Secrecy = r.str(p("secrecy"), m.Get("secrecy"))
	d.Recipients = r.strs(p("recipients"), m.Get("recipients"))
	d.CCRecipients = r.strs(p("cc_recipients"), m.Get("cc_recipients"))
	for i, e := range r.list(p("citations"), m.Get("citations")) {
		d.Citations = append(d.Citations, r.citation(p("citations").Index(i), &e))
	}
	d.Preamble = r.strs(p("preamble"), m.Get("preamble"))
	for i, e := range r.list(p("sections"), m.Get("sections")) {
		sp := p("sections").Index(i)
		s := r.object(sp, &e, sectionFields)
		d.Sections = append(d.Sections, Section{
			Number:     r.str(sp.Child("number"), s.Get("number")),
			Heading:    r.str(sp.Child("heading"), s.Get("heading")),
			Addressees: r.strs(sp.Child("addressees"), s.Get("addressees")),
			Items:      r.strs(sp.Child("items"), s.Get("items")),
		})
	}
	d.Body = r.body(p("body"), m.Get("body"), 0)
	d.Obligations = r.obligations(p("obligations"), m.Get("obligations"))
	d.Closing = r.str(p("closing"), m.Get("closing"))
	if sig := m.Get("signature"); sig != nil {
		s := r.object(p("signature"), sig, signatureFields)
		d.Signature = Signature{
			Authority: r.strs(p("signature").Child("authority"), s.Get("authority")),
			Title:     r.str(p("signature").Child("title"), s.Get("title")),
			Name:      r.str(p("signature").Child("name"), s.Get("name")),
		}
	}
	d.Distribution = r.strs(p("distribution"), m.Get("distribution"))
	for i, e := range r.list(p("repairs"), m.Get("repairs")) {
		rp := p("repairs").Index(i)
		s := r.object(rp, &e, repairFields)
		d.Repairs = append(d.Repairs, Repair{
			Code:     RepairCode(r.str(rp.Child("code"), s.Get("code"))),
			Path:     r.str(rp.Child("path"), s.Get("path")),
			Line:     r.offset(rp.Child("line"), s.Get("line")),
			Original: r.str(rp.Child("original"), s.Get("original")),
			Repaired: r.str(rp.Child("repaired"), s.Get("repaired")),
		})
	}
	return d
}

func (r *jsonReader) citation(p chidao.Path, v *strictjson.Value) Citation {
	m := r.object(p, v, citationFields)
	c := Citation{
		Kind:    r.kind(p.Child("type"), m.Get("type")),
		Symbol:  r.symbol(p.Child("symbol"), m.Get("symbol")),
		Name:    r.str(p.Child("name"), m.Get("name")),
		Date:    r.date(p.Child("date"), m.Get("date")),
		Issuer:  r.str(p.Child("issuer"), m.Get("issuer")),
		Subject: r.str(p.Child("subject"), m.Get("subject")),
		Term:    r.str(p.Child("term"), m.Get("term")),
		Start:   r.offset(p.Child("offset"), m.Get("offset")),
		End:     r.offset(p.Child("end"), m.Get("end")),
	}
	r.str(p.Child("number"), m.Get("number")) // output only; follows from the symbol
	if rel := r.str(p.Child("relation"), m.Get("relation")); rel != "" {
		if err := c.Relation.UnmarshalText([]byte(rel)); err != nil {
			r.Add(p.Child("relation"), chidao.CodeInvalid,
				"unknown relation; want one of "+strings.Join(relationNames[:], ", "), clip(rel))
		}
	}
	return c
}

func (r *jsonReader) object(p chidao.Path, v *strictjson.Value, names *strictjson.Names) strictjson.Fields {
	return r.Object(p, v, names, "an object or null")
}

// typeCode is the symbol's type code or, for a form whose number is left
// blank for the clerk ("Số: /QĐ-UBND", repair form_blank), the code its
// "Số" line prints: the document's type as the form gives it.
func (d *Document) typeCode() string {
	if !d.Symbol.IsZero() {
		return d.Symbol.TypeCode()
	}
	for _, r := range d.Repairs {
		if r.Code == RepairFormBlank && r.Path == "symbol" {
			return blankFormCode(r.Original)
		}
	}
	return ""
}

// blankFormCode is the type code a "Số" line left blank prints: "QĐ" of
// "Số: /QĐ-UBND", "KH" of "Số    -KH/TU"; "" when its first code names
// no type (a State công văn's "Số: /UBND-VP").
func blankFormCode(line string) string {
	i := strings.IndexAny(line, "/-")
	if i < 0 {
		return ""
	}
	rest := strings.Join(strings.Fields(line[i:]), "")
	if rest[0] == '/' {
		code, _, _ := strings.Cut(rest[1:], "-")
		if _, ok := KindByCode(BlocState, code); ok {
			return code
		}
		return ""
	}
	code, _, ok := strings.Cut(rest[1:], "/")
	if _, known := KindByCode(BlocParty, code); ok && known {
		return code
	}
	return ""
}
