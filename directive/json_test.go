package directive_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// docDiff compares documents field by field; Symbol and Date by ==, since
// Symbol.Equal ignores case.
func docDiff(want, got *directive.Document) string {
	return cmp.Diff(want, got, cmpopts.EquateComparable(directive.Symbol{}, chidao.Date{}))
}

// goldenDoc is letter3241 with every optional field set, so that the
// golden file shows each of them.
func goldenDoc() *directive.Document {
	d := letter3241()
	d.ParentIssuer = "THÀNH ỦY HÀ NỘI"
	d.Urgency, d.Secrecy = "Khẩn", "Mật"
	d.CCRecipients = []string{"Ban Tuyên giáo Thành ủy"}
	d.Repairs = []directive.Repair{
		{Code: directive.RepairMarkdown, Line: 3, Original: "**ỦY BAN NHÂN DÂN", Repaired: "ỦY BAN NHÂN DÂN"},
		{Code: directive.RepairSymbolSlash, Path: "symbol", Line: 9, Original: "3241 UBND-KGVX", Repaired: "3241/UBND-KGVX"},
	}
	return d
}

// TestJSONGolden fixes the JSON form: go test ./directive -run JSONGolden -update
// rewrites the file after a deliberate change.
func TestJSONGolden(t *testing.T) {
	d := goldenDoc()
	got, err := json.MarshalIndent(*d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	file := filepath.Join("testdata", "golden", "hanoi-3241.json")
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("JSON differs from %s (-want +got):\n%s", file, cmp.Diff(string(want), string(got)))
	}
	var back directive.Document
	if err := json.Unmarshal(want, &back); err != nil {
		t.Fatalf("Unmarshal(golden): %v", err)
	}
	if diff := docDiff(d, &back); diff != "" {
		t.Errorf("golden file reads back differently (-want +got):\n%s", diff)
	}
}

// The field names are a contract: each must be in the output, in this
// order, with "schema" first.
func TestJSONFieldOrder(t *testing.T) {
	b, err := json.Marshal(goldenDoc())
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	var names []string
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"schema", "kind", "parent_issuer", "issuer", "issuer_key", "national_header", "number", "symbol",
		"type", "type_code", "place", "date", "subject", "urgency", "secrecy", "recipients", "cc_recipients", "citations",
		"preamble", "sections", "body", "obligations", "closing", "signature", "distribution", "repairs"}
	if !slices.Equal(names, want) {
		t.Errorf("top-level fields = %q, want %q", names, want)
	}
	if !bytes.HasPrefix(b, []byte(`{"schema":"`+directive.JSONSchema+`",`)) {
		t.Errorf("output does not open with the schema: %.60s", b)
	}
}

// A Document value, a pointer and a field all marshal to the one form.
func TestJSONValueAndPointer(t *testing.T) {
	d := goldenDoc()
	byPtr, err1 := json.Marshal(d)
	byVal, err2 := json.Marshal(*d)
	inStruct, err3 := json.Marshal(struct{ Doc directive.Document }{*d})
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(byPtr, byVal) {
		t.Errorf("value and pointer marshal differently:\n%s\n%s", byVal, byPtr)
	}
	if want := `{"Doc":` + string(byVal) + `}`; string(inStruct) != want {
		t.Errorf("a Document field marshals to\n%s\nwant\n%s", inStruct, want)
	}
}

func TestJSONUnknownEnumsDoNotMarshal(t *testing.T) {
	for name, d := range map[string]*directive.Document{
		"bloc":     {Bloc: directive.Bloc(9)},
		"type":     {Type: directive.Kind(200)},
		"citation": {Citations: []directive.Citation{{Kind: directive.Kind(200)}}},
		"relation": {Citations: []directive.Citation{{Relation: directive.Relation(77)}}},
	} {
		if b, err := json.Marshal(d); err == nil || !errors.Is(err, chidao.ErrInvalid) {
			t.Errorf("%s: Marshal = %s, %v; want an error wrapping ErrInvalid", name, b, err)
		}
	}
}

func TestJSONSchemaField(t *testing.T) {
	var d directive.Document
	if err := json.Unmarshal([]byte(`{"issuer":"UBND"}`), &d); err != nil || d.Issuer != "UBND" {
		t.Errorf("input without schema: %v, issuer %q", err, d.Issuer)
	}
	if err := json.Unmarshal([]byte(`{"schema":"`+directive.JSONSchema+`","issuer":"X"}`), &d); err != nil || d.Issuer != "X" {
		t.Errorf("input with the schema: %v, issuer %q", err, d.Issuer)
	}
	err := json.Unmarshal([]byte(`{"schema":"chidao.directive/v2","issuer":"Y"}`), &d)
	wantFindings(t, err, finding{"schema", directive.CodeJSONSchema})
	if d.Issuer != "X" {
		t.Errorf("a failed Unmarshal changed the document: issuer %q", d.Issuer)
	}
}

type finding struct {
	path string
	code chidao.Code
}

// wantFindings checks that err is a *chidao.ValidationError with exactly
// the findings want, in any order, each with a message.
func wantFindings(t *testing.T, err error, want ...finding) []*chidao.FieldError {
	t.Helper()
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error = %v (%T), want a *chidao.ValidationError", err, err)
	}
	var got []finding
	for _, fe := range ve.Errors {
		got = append(got, finding{fe.Path, fe.Code})
		if fe.Message == "" {
			t.Errorf("%s %s: no message", fe.Path, fe.Code)
		}
	}
	less := func(a, b finding) int { return strings.Compare(a.path+" "+string(a.code), b.path+" "+string(b.code)) }
	slices.SortFunc(got, less)
	want = slices.Clone(want)
	slices.SortFunc(want, less)
	if !slices.Equal(got, want) {
		t.Errorf("findings = %v, want %v\n%v", got, want, err)
	}
	return ve.Errors
}

func TestUnmarshalJSONProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []finding
	}{
		{"unknown field", `{"issuer":"A","issuers":"B"}`, []finding{{"issuers", directive.CodeJSONUnknown}}},
		{"unknown nested", `{"signature":{"name":"A","rank":1},"citations":[{},{"page":2}]}`,
			[]finding{{"signature.rank", directive.CodeJSONUnknown}, {"citations[1].page", directive.CodeJSONUnknown}}},
		{"odd key", `{"a b":1}`, []finding{{`["a b"]`, directive.CodeJSONUnknown}}},
		{"case variant", `{"Subject":"x","sections":[{"Items":[]}]}`,
			[]finding{{"Subject", directive.CodeJSONKeyCase}, {"sections[0].Items", directive.CodeJSONKeyCase}}},
		{"duplicate", `{"subject":"a","subject":"b","signature":{"name":"A","name":"B"}}`,
			[]finding{{"subject", chidao.CodeDuplicate}, {"signature.name", chidao.CodeDuplicate}}},
		{"types", `{"issuer":1,"recipients":"x","national_header":["a",2],"signature":[],"citations":[{"offset":"3","date":5}],"repairs":[{"line":true}]}`,
			[]finding{{"issuer", directive.CodeJSONType}, {"recipients", directive.CodeJSONType}, {"national_header[1]", directive.CodeJSONType},
				{"signature", directive.CodeJSONType}, {"citations[0].offset", directive.CodeJSONType}, {"citations[0].date", directive.CodeJSONType},
				{"repairs[0].line", directive.CodeJSONType}}},
		{"root type", `[1,2]`, []finding{{"", directive.CodeJSONType}}},
		{"bad values", `{"kind":"church","symbol":"x y","date":"04/10/2023","type":"Thư tình","citations":[{},{},{"date":"2023-02-30","relation":"loves"}]}`,
			[]finding{{"kind", chidao.CodeInvalid}, {"symbol", chidao.CodeInvalid}, {"date", chidao.CodeInvalid}, {"type", chidao.CodeInvalid},
				{"citations[2].date", chidao.CodeInvalid}, {"citations[2].relation", chidao.CodeInvalid}}},
		{"numbers", `{"citations":[{"offset":-1,"end":1.5}],"repairs":[{"line":1e99}]}`,
			[]finding{{"citations[0].offset", chidao.CodeOutOfRange}, {"citations[0].end", directive.CodeJSONType}, {"repairs[0].line", chidao.CodeOutOfRange}}},
		{"integer forms", `{"citations":[{"offset":1e2,"end":2.0}],"repairs":[{"line":2147483648}]}`,
			[]finding{{"repairs[0].line", chidao.CodeOutOfRange}}},
		{"trailing value", `{"issuer":"A"} {"issuer":"B"}`, []finding{{"", directive.CodeJSONTrailing}}},
		{"trailing garbage", `{"issuer":"A"}x`, []finding{{"", directive.CodeJSONTrailing}}},
		{"syntax", `{"issuer":"A",}`, []finding{{"", directive.CodeJSONSyntax}}},
		{"truncated", `{"issuer":"A"`, []finding{{"", directive.CodeJSONSyntax}}},
		{"empty", ``, []finding{{"", directive.CodeJSONSyntax}}},
		{"deep", `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, []finding{{"", chidao.CodeTooLong}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d directive.Document
			// UnmarshalJSON directly: json.Unmarshal would catch syntax and
			// trailing data before calling it.
			err := d.UnmarshalJSON([]byte(tt.in))
			for _, fe := range wantFindings(t, err, tt.want...) {
				if strings.Contains(fe.Message, "directive.") || strings.Contains(fe.Message, "json:") || strings.Contains(fe.Message, "Go ") {
					t.Errorf("%s: message names Go internals: %q", fe.Path, fe.Message)
				}
			}
			if docDiff(&directive.Document{}, &d) != "" {
				t.Errorf("a failed Unmarshal changed the document: %+v", d)
			}
		})
	}
}

func TestUnmarshalJSONTypeMessages(t *testing.T) {
	var d directive.Document
	err := d.UnmarshalJSON([]byte(`{"citations":[{},{},{"date":7}],"recipients":{}}`))
	for _, fe := range wantFindings(t, err, finding{"citations[2].date", directive.CodeJSONType}, finding{"recipients", directive.CodeJSONType}) {
		want := map[string]string{
			"citations[2].date": "expected a string or null, got a number",
			"recipients":        "expected an array of strings or null, got an object",
		}[fe.Path]
		if fe.Message != want {
			t.Errorf("%s: message %q, want %q", fe.Path, fe.Message, want)
		}
		if !strings.Contains(fe.Error(), fe.Path) {
			t.Errorf("Error() %q does not name the path", fe.Error())
		}
	}
}

func TestUnmarshalJSONClipsValues(t *testing.T) {
	long := strings.Repeat("Ủy ban nhân dân ", 200)
	in, _ := json.Marshal(map[string]any{"kind": long, "symbol": long, "date": long, "type": long, strings.Repeat("k", 500): 1})
	var d directive.Document
	err := d.UnmarshalJSON(in)
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 5 {
		t.Fatalf("error = %v, want 5 findings", err)
	}
	for _, fe := range ve.Errors {
		for _, s := range []string{fe.Error(), fe.Path} {
			if n := utf8.RuneCountInString(s); n > 250 {
				t.Errorf("%s: %d runes, the value is not clipped: %.80q", fe.Code, n, s)
			}
		}
		if !strings.Contains(fe.Error(), "…") {
			t.Errorf("%s: clipped value not marked with …: %q", fe.Code, fe.Error())
		}
	}
}

func TestUnmarshalJSONSizeLimit(t *testing.T) {
	big := make([]byte, directive.MaxJSONSize+1)
	copy(big, `{"issuer":"`)
	for i := len(`{"issuer":"`); i < len(big)-2; i++ {
		big[i] = 'a'
	}
	copy(big[len(big)-2:], `"}`)
	var d directive.Document
	wantFindings(t, d.UnmarshalJSON(big), finding{"", chidao.CodeTooLong})
	_, err := directive.DecodeJSON(bytes.NewReader(big))
	wantFindings(t, err, finding{"", chidao.CodeTooLong})
	// Just under the limit is read.
	small := append(big[:len(big)-3:len(big)-3], `"}`...)
	if got, err := directive.DecodeJSON(bytes.NewReader(small)); err != nil || len(got.Issuer) != len(small)-len(`{"issuer":""}`) {
		t.Errorf("DecodeJSON at the limit: %v", err)
	}
}

func TestDecodeJSON(t *testing.T) {
	b, err := json.Marshal(goldenDoc())
	if err != nil {
		t.Fatal(err)
	}
	d, err := directive.DecodeJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if diff := docDiff(goldenDoc(), d); diff != "" {
		t.Errorf("DecodeJSON: %s", diff)
	}
	_, err = directive.DecodeJSON(strings.NewReader(string(b) + "\n{}"))
	wantFindings(t, err, finding{"", directive.CodeJSONTrailing})
}

// null is a no-op, as encoding/json's convention has it; nulls inside
// read as absent values.
func TestUnmarshalJSONNulls(t *testing.T) {
	d := *letter3241()
	if err := d.UnmarshalJSON([]byte("null")); err != nil || d.Issuer == "" {
		t.Errorf("UnmarshalJSON(null) = %v, issuer %q", err, d.Issuer)
	}
	in := `{"schema":null,"kind":null,"national_header":null,"signature":null,"citations":[{"offset":null,"relation":null}],"sections":[null]}`
	var got directive.Document
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		t.Fatal(err)
	}
	want := directive.Document{Citations: []directive.Citation{{}}, Sections: []directive.Section{{}}}
	if diff := docDiff(&want, &got); diff != "" {
		t.Errorf("nulls: %s", diff)
	}
}

// A citation has one JSON form, on its own and inside a document.
func TestCitationJSONOneShape(t *testing.T) {
	c := directive.Citation{
		Kind: directive.KindDirective, Symbol: directive.MustParseSymbol("24-CT/TU"), Date: chidao.MustDate(2023, 8, 7),
		Issuer: "Ban Thường vụ Thành ủy", Subject: "tăng cường kỷ cương", Relation: directive.RelationPropagates,
		Term: "Chỉ thị", Start: 184, End: 263,
	}
	own, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := json.Marshal(directive.Document{Citations: []directive.Citation{c}})
	if err != nil {
		t.Fatal(err)
	}
	var w struct{ Citations []json.RawMessage }
	if err := json.Unmarshal(doc, &w); err != nil || len(w.Citations) != 1 {
		t.Fatalf("document JSON citations: %v, %s", err, doc)
	}
	if string(w.Citations[0]) != string(own) {
		t.Errorf("citation alone:\n%s\ninside a document:\n%s", own, w.Citations[0])
	}
	var back directive.Citation
	if err := json.Unmarshal(own, &back); err != nil {
		t.Fatal(err)
	}
	if back != c {
		t.Errorf("round trip: got %+v, want %+v", back, c)
	}
	if err := json.Unmarshal([]byte(`{"type":"Chỉ thị","relation":"cites","offset":"x"}`), &back); err == nil {
		t.Error("a bad relation and offset decoded without error")
	}
}

// The body tree and the obligations read back from JSON as they were,
// every enum among them.
func TestJSONBodyRoundTrip(t *testing.T) {
	d := letter3241()
	d.Body = []directive.Node{
		{Kind: directive.NodeParagraph, Text: "Căn cứ Hướng dẫn số 114-HD/BTGTU;", First: 20, Last: 20},
		{Kind: directive.NodePart, Marker: "I", Heading: "NHIỆM VỤ", First: 21, Last: 30, Children: []directive.Node{
			{Kind: directive.NodeArticle, Marker: "3", Heading: "Chánh Văn phòng chịu trách nhiệm thi hành."},
			{Kind: directive.NodeNumbered, Marker: "1.1", Heading: "Sở Nội vụ", Children: []directive.Node{
				{Kind: directive.NodeBullet, Marker: "+", Text: "Chủ trì.\nBáo cáo."},
				{Kind: directive.NodeTable, Table: &directive.Table{Header: []string{"TT", "Nội dung", "Chủ trì"}, Rows: [][]string{{"1", "Rà soát", "Sở Nội vụ"}, {"2", "", ""}}}},
			}},
		}},
		{Kind: directive.NodeChapter, Marker: "II"}, {Kind: directive.NodeSection, Marker: "1"},
	}
	d.Obligations = []directive.Obligation{
		{Path: "body[1].children[1].children[0]", Text: "Chủ trì.", Addressees: []string{"Sở Nội vụ"}, Lead: "Sở Nội vụ", Support: []string{"Sở Tài chính"},
			Modality: directive.ModalityObligation, Product: "báo cáo", ReportTo: "UBND Thành phố", Via: "Sở Nội vụ",
			Due: &directive.Due{Text: "định kỳ hằng tháng, trước ngày 15", Kind: directive.DueRecurring, Cycle: directive.CycleMonthly, Day: 15}},
		{Path: "body[1].children[0]", Modality: directive.ModalityProhibition, Due: &directive.Due{Text: "Quý IV/2023", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2023, 12, 31)}},
		{Path: "body[0]", Modality: directive.ModalityEncouragement, Due: &directive.Due{Text: "trong vòng 15 ngày làm việc kể từ ngày ký", Kind: directive.DueRelative, Amount: 15, Unit: directive.UnitWorkingDays, From: "ngày ký"}},
		{Path: "body[2]", Modality: directive.ModalityPermission, Due: &directive.Due{Text: "thường xuyên", Kind: directive.DueContinuous}},
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back directive.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d.Body, back.Body); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(d.Obligations, back.Obligations, cmpopts.EquateComparable(chidao.Date{})); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
	for _, n := range []*directive.Node{&d.Body[1].Children[1].Children[0]} {
		if got, ok := directive.NodeAt(d.Body, d.Obligations[0].Path); !ok || got != n {
			t.Errorf("the first obligation's path does not lead to its bullet")
		}
	}
	// unknown enums are refused with their path
	bad := strings.Replace(string(b), `"modality":"prohibition"`, `"modality":"maybe"`, 1)
	bad = strings.Replace(bad, `"kind":"chapter"`, `"kind":"chapitre"`, 1)
	var ve *chidao.ValidationError
	if err := json.Unmarshal([]byte(bad), &back); !errors.As(err, &ve) {
		t.Fatalf("unknown values: error %v", err)
	}
	var paths []string
	for _, fe := range ve.Errors {
		paths = append(paths, fe.Path)
	}
	for _, p := range []string{"obligations[1].modality", "body[2].kind"} {
		if !slices.Contains(paths, p) {
			t.Errorf("no finding at %s: %v", p, paths)
		}
	}
	d.Obligations[0].Modality = 9
	if _, err := json.Marshal(d); err == nil {
		t.Error("an unknown modality marshalled")
	}
}
