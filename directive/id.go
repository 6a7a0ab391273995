package directive

import (
	"strconv"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/uuid"
)

// ID identifies a document: a UUID version 5 in the package's fixed
// namespace, so every application derives the same ID from the same
// document, as [github.com/chidao/chidao/org.IDOf] does for bodies. The
// zero ID is not valid; [Document.ID] never returns it.
type ID struct{ chidao.ID }

// namespace is uuid.NewSHA1(uuid.NameSpaceURL,
// "https://github.com/chidao/chidao/directive"), written out so that it can
// never drift.
var namespace = uuid.MustParse("7f9aa318-7eee-52fd-b2f3-977866971e3e")

// IDOf returns the ID of the document issuer numbered sym in year. The
// issuer is compared as names are (NFC or NFD, either tone
// placement, any case, "UBND" for "Ủy ban nhân dân"), the symbol as the
// standard reads it ([Symbol.Key]: case ignored). The year is part of it
// because numbers restart each year (NĐ 30/2020 Điều 15): 3241/UBND-KGVX
// of 2023 and of 2024 are two letters. sym must be valid; year is 0 when
// unknown.
func IDOf(issuer string, sym Symbol, year int) ID {
	b := make([]byte, 0, 96)
	b = append(b, "symbol\x00"...)
	b = vntext.AppendKey(b, issuer)
	b = append(b, 0)
	b = append(b, sym.Key()...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(year), 10)
	return ID{chidao.NewID(namespace, b)}
}

// ID returns the document's ID. A document with a valid Symbol gets
// IDOf(Issuer, Symbol, year of Date), so that two readings of one
// document (NFD text, another tone placement, the issuer in capitals)
// share it. Without a symbol the ID is derived from the content that
// makes the text: Bloc, Issuer (as a name key), Type, Number, Date, Place,
// Subject, Recipients, CCRecipients, Preamble, the Number, Heading and
// Items of each section, Closing, Signature and Distribution, each text in
// normal form (NFC, canonical tones, spaces collapsed). Left
// out are what a reader adds or may miss: IssuerKey, ParentIssuer,
// NationalHeader, Urgency, Secrecy, Citations, section Addressees and
// Repairs.
func (d *Document) ID() ID {
	if d.Symbol.IsValid() {
		return IDOf(d.Issuer, d.Symbol, d.Date.Year())
	}
	var b []byte
	text := func(s string) {
		b = append(b, vntext.Normalize(s)...)
		b = append(b, 0)
	}
	texts := func(l []string) {
		b = strconv.AppendInt(b, int64(len(l)), 10)
		b = append(b, 0)
		for _, s := range l {
			text(s)
		}
	}
	b = append(b, "content\x00"...)
	b = append(b, d.Bloc.String()...)
	b = append(b, 0)
	b = vntext.AppendKey(b, d.Issuer)
	b = append(b, 0)
	b = append(b, d.Type.String()...)
	b = append(b, 0)
	text(d.Number)
	b = append(b, d.Date.String()...)
	b = append(b, 0)
	text(d.Place)
	text(d.Subject)
	texts(d.Recipients)
	texts(d.CCRecipients)
	texts(d.Preamble)
	b = strconv.AppendInt(b, int64(len(d.Sections)), 10)
	b = append(b, 0)
	for _, s := range d.Sections {
		text(s.Number)
		text(s.Heading)
		texts(s.Items)
	}
	text(d.Closing)
	texts(d.Signature.Authority)
	text(d.Signature.Title)
	text(d.Signature.Name)
	texts(d.Distribution)
	return ID{chidao.NewID(namespace, b)}
}

// ParseID parses the canonical UUID text of an ID; an error wraps
// chidao.ErrInvalid.
func ParseID(s string) (ID, error) {
	id, err := chidao.ParseID(s)
	return ID{id}, err
}
