// Package edxml exchanges documents with the national document network:
// the edXML packet of QCVN 102:2016/BTTTT that document-management
// systems send through the interconnection axis (trục liên thông văn bản
// quốc gia), addressed by agency identifiers ([org.Identifier]), and the
// status packets recipients send back.
//
// [Encode] writes a [directive.Document] as a packet: the envelope's
// MessageHeader (From, To, Code, PromulgationInfo, DocumentType, Subject,
// Content, SignerInfo, DueDate, ToPlaces, OtherInfo, SteeringType,
// ResponseFor), the manifest, and the attachments in base64. [Decode]
// reads one back into a Document. What edXML carries survives the round
// trip: issuer and its governing body, number and symbol, place and date,
// type, subject, the recipients, the signature, Nơi nhận, urgency and
// secrecy. The body travels as text in Content and as attachments; it is
// not rebuilt.
//
// The element names are those several independent integrations agree on
// (the namespace http://www.mic.gov.vn/TBT/QCVN_102_2016, prefix edXML).
// The numeric code tables — DocumentType, Priority, SteeringType — were
// seen only in integration code and are not confirmed by the text of the
// standard: they live in one [Codes] table that a caller can replace, and
// its documentation says which values are confirmed.
//
// Decoding reads untrusted input: at most [MaxPacketSize] bytes, no
// document type declaration (so no external or internal entities), at
// most [MaxDepth] levels of nesting; every problem comes back with the
// path of its element, never a panic.
package edxml

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
)

// Namespace is the edXML namespace of QCVN 102:2016.
const Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016"

const xlinkNamespace = "http://www.w3.org/1999/xlink"

// Limits on what Decode reads.
const (
	MaxPacketSize = 64 << 20 // bytes: a packet with its attachments
	MaxDepth      = 32       // nesting of elements; the schema needs 6
)

// Organ is a sender or a recipient: its identifier when known, its name,
// and the body that governs it (cơ quan chủ quản).
type Organ struct {
	ID                                  string // the identifier as written in the packet
	Name                                string
	OrganizationInCharge                string
	Address, Email, Phone, Fax, Website string
}

// Attachment is a file sent with the document: the rendered page, a
// signed PDF.
type Attachment struct {
	Name        string
	ContentType string
	Description string
	Data        []byte
}

// Response names the document a packet answers (ResponseFor): a report
// on a directive, a reply to a letter.
type Response struct {
	OrganID    string
	Code       string // number and symbol, "3241/UBND-KGVX"
	Date       chidao.Date
	DocumentID string
}

// Packet is a decoded packet: the document and what the envelope says
// beside it.
type Packet struct {
	Document    *directive.Document
	From        Organ
	To          []Organ
	DocumentID  string
	DueDate     chidao.Date
	Content     string
	Steering    int
	ResponseFor *Response
	Attachments []Attachment
	// TypeCode and TypeDetail are the DocumentType numbers as sent.
	TypeCode, TypeDetail int
}

// Options are what a packet carries that a Document does not hold.
type Options struct {
	// From is the sender; its Name defaults to the document's issuer and
	// its OrganizationInCharge to the governing body.
	From Organ
	// To are the electronic recipients; by default one per Kính gửi
	// entry, by name.
	To []Organ
	// DocumentID defaults to "<sender id>,<yyyy/MM/dd>,<number/symbol>",
	// the form one integration uses (unconfirmed).
	DocumentID  string
	DueDate     chidao.Date
	Content     string // the text or summary; by default the body's text
	Steering    int
	ResponseFor *Response
	Attachments []Attachment
	// Codes replaces the default code tables.
	Codes *Codes
}

// Codes are the numeric tables of the packet, none confirmed by the text
// of QCVN 102:2016: DocumentType's Type per kind of document (one
// integration sends 1 for every type and names it in TypeName, another 18
// for a Công văn); OtherInfo's Priority per urgency (0 normal is seen;
// 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc are not confirmed).
type Codes struct {
	Type     map[directive.Kind]int
	Priority map[string]int // by directive.Document.Urgency
}

// DefaultCodes are the tables Encode uses unless told otherwise: Type 1
// with the kind in TypeName, and the priorities above.
var DefaultCodes = Codes{
	Type:     map[directive.Kind]int{},
	Priority: map[string]int{"": 0, "Khẩn": 1, "Thượng khẩn": 2, "Hỏa tốc": 3},
}

func (c *Codes) typeOf(k directive.Kind) int {
	if n, ok := c.Type[k]; ok {
		return n
	}
	return 1
}

// The packet's elements, by their local names; Encode writes each with
// the edXML prefix.
type (
	packetXML struct {
		XMLName    xml.Name        `xml:"edXML"`
		Envelope   envelopeXML     `xml:"edXMLEnvelope"`
		Attachment *attachmentsXML `xml:"AttachmentEncoded"`
	}
	envelopeXML struct {
		Header headerXML `xml:"edXMLHeader"`
		Body   bodyXML   `xml:"edXMLBody"`
	}
	headerXML struct {
		Message messageXML `xml:"MessageHeader"`
		Trace   *traceXML  `xml:"TraceHeaderList"`
	}
	organXML struct {
		OrganID              string `xml:"OrganId"`
		OrganizationInCharge string `xml:"OrganizationInCharge,omitempty"`
		OrganName            string `xml:"OrganName"`
		OrganAdd             string `xml:"OrganAdd,omitempty"`
		Email                string `xml:"Email,omitempty"`
		Telephone            string `xml:"Telephone,omitempty"`
		Fax                  string `xml:"Fax,omitempty"`
		Website              string `xml:"Website,omitempty"`
	}
	messageXML struct {
		From         organXML     `xml:"From"`
		To           []organXML   `xml:"To"`
		DocumentID   string       `xml:"DocumentId"`
		Code         codeXML      `xml:"Code"`
		Promulgation promulgXML   `xml:"PromulgationInfo"`
		DocumentType docTypeXML   `xml:"DocumentType"`
		Subject      string       `xml:"Subject"`
		Content      string       `xml:"Content"`
		Signer       signerXML    `xml:"SignerInfo"`
		DueDate      string       `xml:"DueDate,omitempty"`
		ToPlaces     placesXML    `xml:"ToPlaces"`
		OtherInfo    otherXML     `xml:"OtherInfo"`
		Steering     int          `xml:"SteeringType"`
		ResponseFor  *responseXML `xml:"ResponseFor"`
	}
	codeXML struct {
		Number   string `xml:"CodeNumber"`
		Notation string `xml:"CodeNotation"`
	}
	promulgXML struct {
		Place string `xml:"Place"`
		Date  string `xml:"PromulgationDate"`
	}
	docTypeXML struct {
		Type       int    `xml:"Type"`
		TypeDetail int    `xml:"TypeDetail"`
		TypeName   string `xml:"TypeName"`
	}
	signerXML struct {
		Competence string `xml:"Competence"`
		Position   string `xml:"Position"`
		FullName   string `xml:"FullName"`
	}
	placesXML struct {
		Place []string `xml:"Place"`
	}
	otherXML struct {
		Priority             int    `xml:"Priority"`
		Secret               string `xml:"Secret,omitempty"`
		SphereOfPromulgation string `xml:"SphereOfPromulgation,omitempty"`
		TyperNotation        string `xml:"TyperNotation,omitempty"`
		PromulgationAmount   int    `xml:"PromulgationAmount,omitempty"`
		PageAmount           int    `xml:"PageAmount,omitempty"`
	}
	responseXML struct {
		OrganID          string `xml:"OrganId"`
		Code             string `xml:"Code"`
		PromulgationDate string `xml:"PromulgationDate,omitempty"`
		DocumentID       string `xml:"DocumentId,omitempty"`
	}
	traceXML struct {
		Trace []traceHeaderXML `xml:"TraceHeader"`
	}
	traceHeaderXML struct {
		OrganID   string `xml:"OrganId"`
		Timestamp string `xml:"Timestamp"`
	}
	bodyXML struct {
		Manifest manifestXML `xml:"edXMLManifest"`
	}
	manifestXML struct {
		Version    string         `xml:"version,attr"`
		References []referenceXML `xml:"Reference"`
	}
	referenceXML struct {
		Href           string `xml:"http://www.w3.org/1999/xlink href,attr"`
		Description    string `xml:"Description,omitempty"`
		AttachmentName string `xml:"AttachmentName"`
		ContentType    string `xml:"ContentType"`
		ContentID      string `xml:"ContentId"`
	}
	attachmentsXML struct {
		Attachments []attachmentXML `xml:"Attachment"`
	}
	attachmentXML struct {
		ContentID      string `xml:"ContentId"`
		AttachmentName string `xml:"AttachmentName"`
		ContentType    string `xml:"ContentType"`
		Description    string `xml:"Description,omitempty"`
		Encoded        string `xml:"ContentTransferEncoded"`
	}
)

// packetDate writes a date as the packets do: yyyy/MM/dd.
func packetDate(d chidao.Date) string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Parts()
	return fmt.Sprintf("%04d/%02d/%02d", y, m, dd)
}

// readDate reads yyyy/MM/dd, and the ISO form some systems send.
func readDate(s string) (chidao.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return chidao.Date{}, nil
	}
	if len(s) > 10 {
		s = s[:10] // a timestamp's date
	}
	return chidao.ParseISODate(strings.ReplaceAll(s, "/", "-"))
}

// splitSymbol cuts a symbol into the CodeNumber and CodeNotation of a
// packet: "3241/UBND-KGVX" into "3241" and "UBND-KGVX", "24-CT/TU" into
// "24" and "CT/TU".
func splitSymbol(s directive.Symbol) (number, notation string) {
	if !s.IsValid() {
		return "", ""
	}
	n := s.Number()
	rest := strings.TrimPrefix(s.String(), n)
	return n, strings.TrimLeft(rest, "/-")
}

// joinSymbol reads a packet's code back: the State writes number "/"
// notation, the Party number "-" notation.
func joinSymbol(number, notation string) (directive.Symbol, bool) {
	if number == "" || notation == "" {
		return directive.Symbol{}, false
	}
	for _, sep := range []string{"/", "-"} {
		if s, err := directive.ParseSymbol(number + sep + notation); err == nil {
			return s, true
		}
	}
	return directive.Symbol{}, false
}

// body returns the text of a body, heading and text of each node, for
// Content.
func bodyText(nodes []directive.Node) string {
	var b strings.Builder
	var walk func([]directive.Node)
	walk = func(ns []directive.Node) {
		for _, n := range ns {
			marker := n.Marker
			if n.Kind == directive.NodeNumbered && marker != "" {
				marker += "."
			}
			line := strings.TrimSpace(strings.Join(nonEmpty(marker, n.Heading, n.Text), " "))
			if line != "" {
				b.WriteString(line)
				b.WriteByte('\n')
			}
			walk(n.Children)
		}
	}
	walk(nodes)
	return strings.TrimSpace(b.String())
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Encode writes doc as an edXML packet.
func Encode(w io.Writer, doc *directive.Document, o Options) error {
	codes := o.Codes
	if codes == nil {
		codes = &DefaultCodes
	}
	number, notation := splitSymbol(doc.Symbol)
	if number == "" {
		number = doc.Number
	}
	from := o.From
	if from.Name == "" {
		from.Name = doc.Issuer
	}
	if from.OrganizationInCharge == "" {
		from.OrganizationInCharge = doc.ParentIssuer
	}
	m := messageXML{
		From: organOut(from), DocumentID: o.DocumentID,
		Code:         codeXML{number, notation},
		Promulgation: promulgXML{doc.Place, packetDate(doc.Date)},
		DocumentType: docTypeXML{Type: codes.typeOf(doc.Type), TypeName: doc.Type.Label()},
		Subject:      doc.Subject,
		Content:      o.Content,
		Signer:       signerXML{strings.Join(doc.Signature.Authority, "\n"), doc.Signature.Title, doc.Signature.Name},
		DueDate:      packetDate(o.DueDate),
		ToPlaces:     placesXML{doc.Distribution},
		OtherInfo:    otherXML{Priority: codes.Priority[doc.Urgency], Secret: doc.Secrecy},
		Steering:     o.Steering,
	}
	if _, known := codes.Priority[doc.Urgency]; !known {
		return fmt.Errorf("edxml: no priority code for urgency %q: %w", doc.Urgency, chidao.ErrInvalid)
	}
	if m.Content == "" {
		m.Content = bodyText(doc.Body)
	}
	if m.DocumentID == "" && doc.Symbol.IsValid() {
		m.DocumentID = from.ID + "," + packetDate(doc.Date) + "," + doc.Symbol.String()
	}
	to := o.To
	if to == nil {
		for _, r := range doc.Recipients {
			to = append(to, Organ{Name: r})
		}
	}
	for _, t := range to {
		m.To = append(m.To, organOut(t))
	}
	if r := o.ResponseFor; r != nil {
		m.ResponseFor = &responseXML{r.OrganID, r.Code, packetDate(r.Date), r.DocumentID}
	}
	p := packetXML{Envelope: envelopeXML{
		Header: headerXML{Message: m},
		Body:   bodyXML{Manifest: manifestXML{Version: "1.0"}},
	}}
	if len(o.Attachments) > 0 {
		p.Attachment = &attachmentsXML{}
	}
	for i, a := range o.Attachments {
		cid := fmt.Sprintf("attachment%d", i+1)
		p.Envelope.Body.Manifest.References = append(p.Envelope.Body.Manifest.References, referenceXML{
			Href: "cid:" + cid, Description: a.Description, AttachmentName: a.Name, ContentType: a.ContentType, ContentID: cid})
		p.Attachment.Attachments = append(p.Attachment.Attachments, attachmentXML{ContentID: cid, AttachmentName: a.Name,
			ContentType: a.ContentType, Description: a.Description, Encoded: encodeBase64(a.Data)})
	}
	return writePrefixed(w, p)
}

func organOut(o Organ) organXML {
	return organXML{o.ID, o.OrganizationInCharge, o.Name, o.Address, o.Email, o.Phone, o.Fax, o.Website}
}

func organIn(x organXML) Organ {
	return Organ{x.OrganID, x.OrganName, x.OrganizationInCharge, x.OrganAdd, x.Email, x.Telephone, x.Fax, x.Website}
}

// writePrefixed marshals v and writes every element with the edXML
// prefix, the namespaces declared on the root.
func writePrefixed(w io.Writer, v any) error {
	raw, err := xml.Marshal(v)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	root := true
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			t.Name = xml.Name{Local: "edXML:" + t.Name.Local}
			var attrs []xml.Attr
			if root {
				attrs = append(attrs, xml.Attr{Name: xml.Name{Local: "xmlns:edXML"}, Value: Namespace},
					xml.Attr{Name: xml.Name{Local: "xmlns:xlink"}, Value: xlinkNamespace})
				root = false
			}
			for _, a := range t.Attr {
				switch {
				case a.Name.Local == "xmlns" || a.Name.Space == "xmlns":
					continue // the marshaller's own declarations
				case a.Name.Local == "href":
					a.Name = xml.Name{Local: "xlink:href"}
				}
				attrs = append(attrs, a)
			}
			t.Attr = attrs
			tok = t
		case xml.EndElement:
			t.Name = xml.Name{Local: "edXML:" + t.Name.Local}
			tok = t
		}
		if err := enc.EncodeToken(tok); err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// checkShape reads the tokens of b once, before any value is built: no
// document type declaration, no more than MaxDepth levels.
func checkShape(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	depth := 0
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("edxml: not XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			return fmt.Errorf("edxml: a document type declaration (%s) is not read: %w", clip(string(t)), chidao.ErrInvalid)
		case xml.StartElement:
			if depth++; depth > MaxDepth {
				return fmt.Errorf("edxml: elements nested more than %d deep: %w", MaxDepth, chidao.ErrInvalid)
			}
		case xml.EndElement:
			depth--
		}
	}
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// readAll reads at most MaxPacketSize bytes.
func readAll(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxPacketSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxPacketSize {
		return nil, fmt.Errorf("edxml: a packet over %d bytes: %w", MaxPacketSize, chidao.ErrInvalid)
	}
	return b, nil
}

// Decode reads a packet. Problems with its values come as a
// *chidao.ValidationError, each with the path of its element
// ("edXMLEnvelope.edXMLHeader.MessageHeader.PromulgationInfo.PromulgationDate").
func Decode(r io.Reader) (*Packet, error) { return DecodeWith(r, &DefaultCodes) }

// DecodeWith is Decode with other code tables.
func DecodeWith(r io.Reader, codes *Codes) (*Packet, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, err
	}
	if err := checkShape(b); err != nil {
		return nil, err
	}
	var p packetXML
	dec := xml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("edxml: %w: %w", chidao.ErrInvalid, err)
	}
	var errs chidao.ErrorList
	mp := chidao.NewPath("edXMLEnvelope").Child("edXMLHeader").Child("MessageHeader")
	m := &p.Envelope.Header.Message
	doc := &directive.Document{
		Issuer: m.From.OrganName, ParentIssuer: m.From.OrganizationInCharge,
		Place: m.Promulgation.Place, Subject: m.Subject, Distribution: m.ToPlaces.Place,
		Secrecy:   m.OtherInfo.Secret,
		Signature: directive.Signature{Title: m.Signer.Position, Name: m.Signer.FullName},
	}
	if m.Signer.Competence != "" {
		doc.Signature.Authority = strings.Split(m.Signer.Competence, "\n")
	}
	for _, t := range m.To {
		doc.Recipients = append(doc.Recipients, t.OrganName)
	}
	if sym, ok := joinSymbol(m.Code.Number, m.Code.Notation); ok {
		doc.Symbol, doc.Number, doc.Bloc = sym, sym.Number(), sym.Bloc()
	} else {
		doc.Number = m.Code.Number
		if m.Code.Notation != "" {
			errs.Add(mp.Child("Code"), chidao.CodeInvalid, "no number and symbol reads from CodeNumber and CodeNotation", m.Code.Number+"|"+m.Code.Notation)
		}
	}
	if doc.Date, err = readDate(m.Promulgation.Date); err != nil {
		errs.Add(mp.Child("PromulgationInfo").Child("PromulgationDate"), chidao.CodeInvalid, "not a date yyyy/MM/dd", m.Promulgation.Date)
	}
	if m.DocumentType.TypeName != "" {
		k, ok := directive.KindByName(m.DocumentType.TypeName)
		if !ok {
			errs.Add(mp.Child("DocumentType").Child("TypeName"), chidao.CodeInvalid, "not a type of document", m.DocumentType.TypeName)
		}
		doc.Type = k
	}
	urgency, known := codes.urgency(m.OtherInfo.Priority)
	if !known {
		errs.Add(mp.Child("OtherInfo").Child("Priority"), chidao.CodeOutOfRange, "a priority outside the table", strconv.Itoa(m.OtherInfo.Priority))
	}
	doc.Urgency = urgency
	out := &Packet{Document: doc, From: organIn(m.From), DocumentID: m.DocumentID, Content: m.Content,
		Steering: m.Steering, TypeCode: m.DocumentType.Type, TypeDetail: m.DocumentType.TypeDetail}
	for _, t := range m.To {
		out.To = append(out.To, organIn(t))
	}
	if out.DueDate, err = readDate(m.DueDate); err != nil {
		errs.Add(mp.Child("DueDate"), chidao.CodeInvalid, "not a date yyyy/MM/dd", m.DueDate)
	}
	if rf := m.ResponseFor; rf != nil {
		resp := &Response{OrganID: rf.OrganID, Code: rf.Code, DocumentID: rf.DocumentID}
		if resp.Date, err = readDate(rf.PromulgationDate); err != nil {
			errs.Add(mp.Child("ResponseFor").Child("PromulgationDate"), chidao.CodeInvalid, "not a date yyyy/MM/dd", rf.PromulgationDate)
		}
		out.ResponseFor = resp
	}
	byCID := map[string]attachmentXML{}
	if p.Attachment != nil {
		for _, a := range p.Attachment.Attachments {
			byCID[a.ContentID] = a
		}
	}
	for i, ref := range p.Envelope.Body.Manifest.References {
		rp := chidao.NewPath("edXMLEnvelope").Child("edXMLBody").Child("edXMLManifest").Child("Reference").Index(i)
		a, ok := byCID[ref.ContentID]
		if !ok {
			errs.Add(rp, chidao.CodeNotFound, "no attachment has this ContentId", ref.ContentID)
			continue
		}
		data, err := decodeBase64(a.Encoded)
		if err != nil {
			errs.Add(chidao.NewPath("AttachmentEncoded").Child("Attachment").Index(i).Child("ContentTransferEncoded"), chidao.CodeInvalid, "not base64", nil)
			continue
		}
		out.Attachments = append(out.Attachments, Attachment{Name: a.AttachmentName, ContentType: a.ContentType, Description: a.Description, Data: data})
	}
	return out, errs.Err()
}

// urgency reads a priority code back.
func (c *Codes) urgency(n int) (string, bool) {
	if n == 0 {
		return "", true
	}
	for u, v := range c.Priority {
		if v == n {
			return u, true
		}
	}
	return "", false
}

func encodeBase64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// decodeBase64 reads base64 with the line breaks mail-style encoders put
// in it.
func decodeBase64(s string) ([]byte, error) {
	return base64.StdEncoding.DecodeString(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, s))
}
