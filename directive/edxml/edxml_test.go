package edxml_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/edxml"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/internal/gen"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

var update = flag.Bool("update", false, "rewrite testdata/hanoi-3241.xml")

// carried is what edXML carries of a document.
func carried(d *directive.Document) directive.Document {
	return directive.Document{Issuer: d.Issuer, ParentIssuer: d.ParentIssuer, Number: d.Number, Symbol: d.Symbol,
		Place: d.Place, Date: d.Date, Type: d.Type, Subject: d.Subject, Recipients: d.Recipients,
		Signature: d.Signature, Distribution: d.Distribution, Urgency: d.Urgency, Secrecy: d.Secrecy}
}

var docCmp = []cmp.Option{cmpopts.EquateEmpty(), cmp.Comparer(func(a, b chidao.Date) bool { return a == b }),
	cmp.Comparer(func(a, b directive.Symbol) bool { return a.String() == b.String() })}

func TestRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := gen.Document().Draw(t, "doc")
		var b bytes.Buffer
		att := []edxml.Attachment{{Name: "văn bản.pdf", ContentType: "application/pdf",
			Data: rapid.SliceOfN(rapid.Byte(), 0, 300).Draw(t, "pdf")}}
		if err := edxml.Encode(&b, doc, edxml.Options{From: edxml.Organ{ID: "000.00.00.H26"}, Attachments: att}); err != nil {
			t.Fatal(err)
		}
		p, err := edxml.Decode(&b)
		if err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		if diff := cmp.Diff(carried(doc), carried(p.Document), docCmp...); diff != "" {
			t.Fatalf("round trip (-sent +read):\n%s", diff)
		}
		if doc.Symbol.IsValid() && p.Document.Bloc != doc.Symbol.Bloc() {
			t.Fatalf("bloc %s, symbol's %s", p.Document.Bloc, doc.Symbol.Bloc())
		}
		if len(p.Attachments) != 1 || !bytes.Equal(p.Attachments[0].Data, att[0].Data) || p.Attachments[0].Name != att[0].Name {
			t.Fatalf("attachments %+v", p.Attachments)
		}
	})
}

// The packet for the Hà Nội letter, addressed with the registry's
// identifiers.
func TestGoldenLetter(t *testing.T) {
	text, err := os.ReadFile("../testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(string(text))
	if err != nil {
		t.Fatal(err)
	}
	ubnd, _ := org.HaNoi().Org("hn.ubnd")
	id, ok := ubnd.Identifier()
	q, _ := id.QCVN()
	if !ok || q != "000.00.00.H26" {
		t.Fatalf("UBND TP identifier %s", q)
	}
	var b bytes.Buffer
	if err := edxml.Encode(&b, doc, edxml.Options{From: edxml.Organ{ID: q}}); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("testdata/hanoi-3241.xml", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/hanoi-3241.xml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("the packet differs from testdata/hanoi-3241.xml:\n%s", b.String())
	}
	for _, part := range []string{`<edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"`, "<edXML:CodeNumber>3241</edXML:CodeNumber>",
		"<edXML:CodeNotation>UBND-KGVX</edXML:CodeNotation>", "<edXML:PromulgationDate>2023/10/04</edXML:PromulgationDate>",
		"<edXML:TypeName>Công văn</edXML:TypeName>", "<edXML:OrganId>000.00.00.H26</edXML:OrganId>"} {
		if !strings.Contains(b.String(), part) {
			t.Errorf("the packet lacks %s", part)
		}
	}
	p, err := edxml.Decode(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(carried(doc), carried(p.Document), docCmp...); diff != "" {
		t.Errorf("the letter's round trip (-sent +read):\n%s", diff)
	}
}

func TestDecodeRefuses(t *testing.T) {
	for name, packet := range map[string]string{
		"a DTD":   `<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/passwd">]><edXML>&x;</edXML>`,
		"deep":    strings.Repeat("<a>", edxml.MaxDepth+1) + strings.Repeat("</a>", edxml.MaxDepth+1),
		"not XML": "<edXML><edXMLEnvelope>",
	} {
		if _, err := edxml.Decode(strings.NewReader(packet)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// values that do not read come back with their paths, all at once
	bad := `<edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>
<edXML:Code><edXML:CodeNumber>12</edXML:CodeNumber><edXML:CodeNotation>!!</edXML:CodeNotation></edXML:Code>
<edXML:PromulgationInfo><edXML:PromulgationDate>2023/13/40</edXML:PromulgationDate></edXML:PromulgationInfo>
<edXML:DocumentType><edXML:TypeName>Bài thơ</edXML:TypeName></edXML:DocumentType>
<edXML:OtherInfo><edXML:Priority>9</edXML:Priority></edXML:OtherInfo>
</edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>`
	_, err := edxml.Decode(strings.NewReader(bad))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 4 {
		t.Fatalf("want 4 findings, got %v", err)
	}
	if ve.Errors[1].Path != "edXMLEnvelope.edXMLHeader.MessageHeader.PromulgationInfo.PromulgationDate" {
		t.Errorf("path %s", ve.Errors[1].Path)
	}
}

func TestStatusRoundTrip(t *testing.T) {
	s := edxml.Status{
		ResponseFor: edxml.Response{OrganID: "000.00.00.H26", Code: "3241/UBND-KGVX", Date: chidao.MustDate(2023, 10, 4), DocumentID: "000.00.00.H26,2023/10/04,3241/UBND-KGVX"},
		From:        edxml.Organ{ID: "000.00.05.H26", Name: "Sở Nội vụ thành phố Hà Nội"},
		Code:        edxml.StatusDone, Description: "Đã triển khai", Department: "Văn phòng", Staff: "Nguyễn Văn A",
		Timestamp: time.Date(2023, 12, 20, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600)),
	}
	var b bytes.Buffer
	if err := edxml.EncodeStatus(&b, s); err != nil {
		t.Fatal(err)
	}
	written := b.String()
	got, err := edxml.DecodeStatus(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&s, got, cmp.Comparer(func(a, b chidao.Date) bool { return a == b }), cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("status round trip:\n%s", diff)
	}
	if !strings.Contains(written, "<edXML:StatusCode>06</edXML:StatusCode>") {
		t.Error("status code not written with two digits")
	}
	if err := edxml.EncodeStatus(&b, edxml.Status{Code: 7}); err == nil {
		t.Error("an unknown status code is written")
	}
}

// Each status that moves a task names a task event the task layer knows,
// and a recipient's statuses fold into its task's history.
func TestStatusTaskEvents(t *testing.T) {
	moves := 0
	tk := task.Task{Origin: &task.Origin{Date: chidao.MustDate(2023, 10, 4)}, Assignee: task.Assignee{Name: "Sở Nội vụ"}}
	events := []task.Event{{Kind: task.EventAssigned, Date: chidao.MustDate(2023, 10, 4)}}
	for i, c := range []edxml.StatusCode{1, 3, 4, 5, 6, 2, 13, 15, 16} {
		code, ok := c.TaskEvent()
		if !ok {
			continue
		}
		moves++
		kind, ok := task.ParseEventKind(code)
		if !ok {
			t.Fatalf("status %s gives %q, not a task event", c, code)
		}
		if c == edxml.StatusAccepted || c == edxml.StatusInProgress || c == edxml.StatusDone { // accepted, in progress, done
			events = append(events, task.Event{Kind: kind, Date: chidao.MustDate(2023, 10, 5+i)})
		}
	}
	if moves != 5 {
		t.Errorf("%d statuses move a task", moves)
	}
	s, err := task.Fold(&tk, events)
	if err != nil || s.Phase != task.PhaseCompleted {
		t.Errorf("statuses folded: %v, %v", s.Phase, err)
	}
}

func FuzzDecode(f *testing.F) {
	golden, _ := os.ReadFile("testdata/hanoi-3241.xml")
	f.Add(golden)
	f.Add([]byte(`<edXML><edXMLEnvelope><edXMLHeader><MessageHeader><Code><CodeNumber>1</CodeNumber><CodeNotation>KH-UBND</CodeNotation></Code></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>`))
	f.Add([]byte(`<Status><StatusCode>06</StatusCode><Timestamp>2023/12/20 09:30:00</Timestamp></Status>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := edxml.Decode(bytes.NewReader(b)); err == nil {
			var out bytes.Buffer
			if err := edxml.Encode(&out, p.Document, edxml.Options{From: p.From, To: p.To, Content: p.Content, Attachments: p.Attachments}); err == nil {
				again, err := edxml.Decode(&out)
				if err != nil {
					t.Fatalf("a packet written from a decoded one does not read: %v\n%s", err, out.String())
				}
				if diff := cmp.Diff(carried(p.Document), carried(again.Document), docCmp...); diff != "" {
					t.Fatalf("decode → encode → decode differs:\n%s", diff)
				}
			}
		}
		_, _ = edxml.DecodeStatus(bytes.NewReader(b))
	})
}
