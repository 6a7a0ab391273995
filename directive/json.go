package directive

import (
	"encoding/json"
	"fmt"

	"github.com/chidao/chidao"
)

// The JSON form of a Document is stable; field names are snake_case and
// absent values are null or empty lists:
//
//	kind            "state" | "party" | null
//	parent_issuer   string | null   governing body line(s), joined by one space
//	issuer          string | null   issuing body as printed, lines joined by one space
//	issuer_key      string | null   registry key of the issuer
//	national_header [string]        Quốc hiệu and Tiêu ngữ lines, or "ĐẢNG CỘNG SẢN VIỆT NAM"
//	number          string | null   the number as printed, leading zero kept
//	symbol          string | null   canonical number and symbol, "3241/UBND-KGVX"
//	type            string | null   type name in sentence case, "Công văn", "Kế hoạch"
//	type_code       string | null   the type code as printed in the symbol, "KH" in
//	                                "123/KH-UBND"; null without one (công văn, no
//	                                symbol); output only
//	place           string | null
//	date            "YYYY-MM-DD" | null
//	subject         string | null   lines joined by one space, without "V/v"
//	urgency         "Khẩn" | "Thượng khẩn" | "Hỏa tốc" | null
//	secrecy         "Mật" | "Tối mật" | "Tuyệt mật" | null
//	recipients      [string]        "Kính gửi" entries without "- " and trailing punctuation
//	cc_recipients   [string]        "Đồng kính gửi" entries
//	citations       [{type, symbol, name, number, date, issuer, subject, relation, offset}]
//	preamble        [string]        body paragraphs before the first section
//	sections        [{number, heading, addressees: [string], items: [string]}]
//	closing         string | null
//	signature       {authority: [string], title: string | null, name: string | null}
//	distribution    [string]        "Nơi nhận" entries without "- " and trailing ";" or "."
//	repairs         [{code, path, line, original, repaired}]
//
// In citations, type is the type name ("Chỉ thị"), relation a wire code
// ("legal_basis", "implements", "propagates", "guided_by", "mentions", …)
// and offset a byte offset into the text [Document.Render] produces.
type directiveJSON struct {
	Kind           *string         `json:"kind"`
	ParentIssuer   *string         `json:"parent_issuer"`
	Issuer         *string         `json:"issuer"`
	IssuerKey      *string         `json:"issuer_key"`
	NationalHeader []string        `json:"national_header"`
	Number         *string         `json:"number"`
	Symbol         *string         `json:"symbol"`
	Type           *string         `json:"type"`
	TypeCode       *string         `json:"type_code"`
	Place          *string         `json:"place"`
	Date           *string         `json:"date"`
	Subject        *string         `json:"subject"`
	Urgency        *string         `json:"urgency"`
	Secrecy        *string         `json:"secrecy"`
	Recipients     []string        `json:"recipients"`
	CCRecipients   []string        `json:"cc_recipients"`
	Citations      []referenceJSON `json:"citations"`
	Preamble       []string        `json:"preamble"`
	Sections       []sectionJSON   `json:"sections"`
	Closing        *string         `json:"closing"`
	Signature      signatureJSON   `json:"signature"`
	Distribution   []string        `json:"distribution"`
	Repairs        []repairJSON    `json:"repairs"`
}

type referenceJSON struct {
	Type     *string  `json:"type"`
	Symbol   *string  `json:"symbol"`
	Name     *string  `json:"name"`
	Number   *string  `json:"number"`
	Date     *string  `json:"date"`
	Issuer   *string  `json:"issuer"`
	Subject  *string  `json:"subject"`
	Relation Relation `json:"relation"`
	Term     *string  `json:"term"`
	Offset   int      `json:"offset"`
	End      int      `json:"end"`
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
	Code     RepairCode `json:"code"`
	Path     *string    `json:"path"`
	Line     int        `json:"line"`
	Original *string    `json:"original"`
	Repaired *string    `json:"repaired"`
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func unlist(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func optDate(d chidao.Date) *string { return opt(d.String()) }

func optType(k Kind) *string { return opt(k.Label()) }

// MarshalJSON writes the stable JSON form described above.
func (d *Document) MarshalJSON() ([]byte, error) {
	w := directiveJSON{
		Kind:           opt(d.Bloc.String()),
		ParentIssuer:   opt(d.ParentIssuer),
		Issuer:         opt(d.Issuer),
		IssuerKey:      opt(d.IssuerKey),
		NationalHeader: list(d.NationalHeader),
		Number:         opt(d.Number),
		Symbol:         opt(d.Symbol.String()),
		Type:           optType(d.Type),
		TypeCode:       opt(d.Symbol.TypeCode()),
		Place:          opt(d.Place),
		Date:           optDate(d.Date),
		Subject:        opt(d.Subject),
		Urgency:        opt(d.Urgency),
		Secrecy:        opt(d.Secrecy),
		Recipients:     list(d.Recipients),
		CCRecipients:   list(d.CCRecipients),
		Citations:      make([]referenceJSON, len(d.Citations)),
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
	if d.Bloc != BlocState && d.Bloc != BlocParty && d.Bloc != BlocUnspecified {
		return nil, fmt.Errorf("directive: cannot marshal unknown bloc %d", d.Bloc)
	}
	for i, c := range d.Citations {
		w.Citations[i] = referenceJSON{
			Type: optType(c.Kind), Symbol: opt(c.Symbol.String()), Name: opt(c.Name), Number: opt(c.Symbol.Number()),
			Date: optDate(c.Date), Issuer: opt(c.Issuer), Subject: opt(c.Subject), Relation: c.Relation, Term: opt(c.Term), Offset: c.Start, End: c.End,
		}
	}
	for i, s := range d.Sections {
		w.Sections[i] = sectionJSON{Number: s.Number, Heading: opt(s.Heading), Addressees: list(s.Addressees), Items: list(s.Items)}
	}
	for i, r := range d.Repairs {
		w.Repairs[i] = repairJSON{Code: r.Code, Path: opt(r.Path), Line: r.Line, Original: opt(r.Original), Repaired: opt(r.Repaired)}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the JSON form. Unknown values (a bloc, type, symbol
// or date that does not parse) are errors naming the field; type_code is
// ignored because it follows from kind and type.
func (d *Document) UnmarshalJSON(b []byte) error {
	var w directiveJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	var out Document
	var errs chidao.ErrorList
	switch k := val(w.Kind); k {
	case "":
	case "state":
		out.Bloc = BlocState
	case "party":
		out.Bloc = BlocParty
	default:
		errs.Add(chidao.NewPath("kind"), chidao.CodeInvalid, "unknown bloc", k)
	}
	kind := func(p chidao.Path, s *string) Kind {
		if s == nil {
			return KindUnspecified
		}
		k, ok := KindByName(*s)
		if !ok {
			errs.Add(p, chidao.CodeInvalid, "unknown document type", *s)
		}
		return k
	}
	sym := func(p chidao.Path, s *string) Symbol {
		if s == nil {
			return Symbol{}
		}
		v, err := ParseSymbol(*s)
		if err != nil {
			errs.Add(p, chidao.CodeInvalid, err.Error(), *s)
		}
		return v
	}
	date := func(p chidao.Path, s *string) chidao.Date {
		if s == nil {
			return chidao.Date{}
		}
		v, err := chidao.ParseISODate(*s)
		if err != nil {
			errs.Add(p, chidao.CodeInvalid, err.Error(), *s)
		}
		return v
	}
	out.ParentIssuer, out.Issuer, out.IssuerKey = val(w.ParentIssuer), val(w.Issuer), val(w.IssuerKey)
	out.NationalHeader = unlist(w.NationalHeader)
	out.Number = val(w.Number)
	out.Symbol = sym(chidao.NewPath("symbol"), w.Symbol)
	out.Type = kind(chidao.NewPath("type"), w.Type)
	out.Place = val(w.Place)
	out.Date = date(chidao.NewPath("date"), w.Date)
	out.Subject, out.Urgency, out.Secrecy = val(w.Subject), val(w.Urgency), val(w.Secrecy)
	out.Recipients, out.CCRecipients = unlist(w.Recipients), unlist(w.CCRecipients)
	for i, c := range w.Citations {
		p := chidao.NewPath("citations").Index(i)
		out.Citations = append(out.Citations, Citation{
			Kind: kind(p.Child("type"), c.Type), Symbol: sym(p.Child("symbol"), c.Symbol), Name: val(c.Name),
			Date: date(p.Child("date"), c.Date), Issuer: val(c.Issuer),
			Subject: val(c.Subject), Relation: c.Relation, Term: val(c.Term), Start: c.Offset, End: c.End,
		})
	}
	out.Preamble = unlist(w.Preamble)
	for _, s := range w.Sections {
		out.Sections = append(out.Sections, Section{Number: s.Number, Heading: val(s.Heading), Addressees: unlist(s.Addressees), Items: unlist(s.Items)})
	}
	out.Closing = val(w.Closing)
	out.Signature = Signature{Authority: unlist(w.Signature.Authority), Title: val(w.Signature.Title), Name: val(w.Signature.Name)}
	out.Distribution = unlist(w.Distribution)
	for _, r := range w.Repairs {
		out.Repairs = append(out.Repairs, Repair{Code: r.Code, Path: val(r.Path), Line: r.Line, Original: val(r.Original), Repaired: val(r.Repaired)})
	}
	if err := errs.Err(); err != nil {
		return err
	}
	*d = out
	return nil
}
