package parser

import (
	"errors"
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// Parse reads a State or Party document from text as it comes from PDFs,
// scans and web pages, and records each repair it makes in
// Document.Repairs. It accepts markdown bold and strike markers, site
// chrome before the header, the two header columns flattened onto the
// same lines or one after the other, "Số:" or "Số", a number that lost its
// "/", spaces inside the symbol, the type name in capitals followed by the
// subject, multi-line "V/v" subjects, NFD input and either tone placement,
// and text cut off before its end (the header is still returned).
//
// Parts that cannot be read are reported as *[SyntaxError] values with
// their line and column, joined with errors.Join; the Document holds
// everything else and is returned even then. A repost without its header
// ("Ban Thường vụ Tỉnh ủy … đã ban hành Chỉ thị số 17 về …") gives the
// type and bloc its lead tells and the body, with a [RepairNoHeader]
// repair; a header flattened onto one line is split at its parts first.
// A fragment without its header whose closing part is still there (an
// authority mark "TM.", "KT.", or "Nơi nhận") gives its body, signature
// and Nơi nhận, with a [directive.RepairFragment] repair. Text with none of
// these gives a nil Document and an error wrapping [ErrNoDocument].
func Parse(text string) (*directive.Document, error) {
	p := &docParser{d: &directive.Document{}}
	// 1. Lines: the encoding checked, NFC, markup and table cells taken
	// apart, a flattened header split, broken header lines joined
	// (lines.go, flat.go).
	p.prepare(text)
	// 2. Where the document starts: its national header, else the lead
	// of a repost (header.go, repost.go).
	anchor := p.findAnchor()
	if anchor < 0 {
		if !p.parseRepost() && !p.parseFragment() {
			none := &SyntaxError{Line: 1, Col: 1, Msg: ErrNoDocument.Error(), Err: ErrNoDocument}
			if len(p.errs) > 0 {
				// why there is no text to read: a Word file that is
				// broken or encrypted
				errs := []error{none}
				for _, e := range p.errs {
					errs = append(errs, e)
				}
				return nil, errors.Join(errs...)
			}
			return nil, none
		}
		return p.result()
	}
	start := p.headerStart(anchor)
	p.startAt(start)
	// 3. The header: issuer, national header, number, place and date,
	// type and subject (header.go).
	body := p.parseHeader(start)
	body = p.bareSubject(body)
	body = p.subjectTail(body)
	p.blocFromLead(start)
	// 4. The body and the tail: recipients, preamble, sections, closing,
	// signature and Nơi nhận (body.go, tail.go).
	p.parseRest(body)
	// 5. What the parts imply: bloc and type, and the citations read from
	// the source (finish.go).
	p.finish()
	return p.result()
}

// RoundTrips reports whether d meets the precondition of the round trip
// Parse(render.Text(d)) == d: it has a header, an issuer and the national
// header (Quốc hiệu or the Party's name), since a text without them does
// not show the document's bloc; a date with its place; and a trích yếu
// under its type name, as Decree 30 and Guideline 36 require; and text
// that was UTF-8 (letters lost to U+FFFD may no longer read as the words
// they were); a national header that ends with its phrase; no table first in the body, which a reader takes for the
// header laid out in columns; and no signer's name without a title or an
// authority line above it, which reads as the body's last line. Citations read back with spans into the
// canonical text, and the repairs are those of reading it; the other
// fields come back as they were, for documents Parse returned and for
// documents built with fields in the form Parse gives them (trimmed, NFC,
// without list markers).
func RoundTrips(d *directive.Document) bool {
	typeLine := d.Type != directive.KindUnspecified && d.Type != directive.KindOfficialLetter
	return d.Issuer != "" && len(d.NationalHeader) > 0 && nationalEnds(d.NationalHeader[0]) && !d.HasRepair(directive.RepairInvalidUTF8) &&
		(d.Place == "" || !d.Date.IsZero()) && // a place without its date is a blank form
		(!typeLine || d.Subject != "") && // under a type line, the next line is the trích yếu
		(len(d.Body) == 0 || d.Body[0].Kind != directive.NodeTable) && // a table right under the header reads as its columns
		(d.Signature.Name == "" || d.Signature.Title != "" || len(d.Signature.Authority) > 0) // a name alone reads as the body's last line
}

// nationalEnds reports a national header's first line that ends with its
// phrase ("… VIỆT NAM"), not with words glued after it ("… VIỆT NAMa,
// ngày"), which a second reading takes apart otherwise.
func nationalEnds(h string) bool {
	b := strings.ReplaceAll(vntext.Bare(vntext.Key(h)), " ", "")
	return strings.HasSuffix(b, "vietnam")
}

// MustParse is like [Parse] but panics on error. It is meant for tests and
// examples with constant input.
func MustParse(text string) *directive.Document {
	d, err := Parse(text)
	if err != nil {
		panic(err)
	}
	return d
}
