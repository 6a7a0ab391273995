package render_test

import (
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/render"
	"pgregory.net/rapid"
)

// node is an element of a page read with encoding/xml: the page is
// written in XHTML syntax so a strict XML reader accepts it, which checks
// that every element is closed and every text escaped.
type node struct {
	name, class string
	kids        []*node
	text        []string // the element's own text nodes, unescaped
}

func readPage(page string) (*node, error) {
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	root := &node{name: "#document"}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local}
			for _, a := range tok.Attr {
				if a.Name.Local == "class" {
					n.class = a.Value
				}
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text = append(top.text, string(tok))
		}
	}
	if len(stack) != 1 {
		return nil, errors.New("unclosed elements")
	}
	return root, nil
}

// all returns the elements under n, n included, in document order.
func (n *node) all() []*node {
	out := []*node{n}
	for _, k := range n.kids {
		out = append(out, k.all()...)
	}
	return out
}

// find returns the first element named name or of class class.
func (n *node) find(name, class string) *node {
	for _, m := range n.all() {
		if (name == "" || m.name == name) && (class == "" || m.class == class) {
			return m
		}
	}
	return nil
}

// content is n's text with its descendants', text nodes joined by a
// space and runs of white space collapsed, as a reader sees it.
func (n *node) content() string {
	var parts []string
	var walk func(*node)
	walk = func(n *node) {
		parts = append(parts, n.text...)
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return collapse(strings.Join(parts, " "))
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkPage reads the page of d and checks what every page must have:
// a head with a title and the A4 style, and in the body every line of
// Text(d). It returns the body.
func checkPage(t interface {
	Helper()
	Fatalf(string, ...any)
}, d *directive.Document) *node {
	t.Helper()
	page := render.HTML(d)
	root, err := readPage(page)
	if err != nil {
		t.Fatalf("page is not well-formed: %v\n%s", err, page)
	}
	if len(root.kids) != 1 || root.kids[0].name != "html" {
		t.Fatalf("page root: want one html element\n%s", page)
	}
	head, body := root.find("head", ""), root.find("body", "")
	if head == nil || body == nil || head.find("title", "") == nil {
		t.Fatalf("page lacks head, title or body\n%s", page)
	}
	style := head.find("style", "")
	if style == nil || !strings.Contains(style.content(), "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }") {
		t.Fatalf("page lacks the A4 @page rule")
	}
	shown := " " + body.content() + " "
	// Text escapes a body's stars and backslashes; the page shows them
	unescape := strings.NewReplacer(`\\`, `\`, `\*`, `*`)
	for l := range strings.SplitSeq(render.Text(d), "\n") {
		if l = collapse(unescape.Replace(l)); l != "" && !strings.Contains(shown, " "+l+" ") {
			t.Fatalf("page does not show the text line %q\n%s", l, page)
		}
	}
	return body
}

func TestHTMLCorpus(t *testing.T) {
	for path, d := range corpusDocs(t) {
		t.Run(path, func(t *testing.T) { checkPage(t, d) })
	}
}

func TestHTMLProperties(t *testing.T) {
	for name, g := range map[string]*rapid.Generator[*directive.Document]{"valid": docGen(), "any": anyDocGen(markupText)} {
		t.Run(name, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) { checkPage(t, g.Draw(t, "doc")) })
		})
	}
}

func TestHTMLEscapes(t *testing.T) {
	const bad = `<script>alert("x&y")</script> & 'quoted' "twice"`
	d := &directive.Document{
		ParentIssuer: bad, Issuer: bad, NationalHeader: []string{bad, bad}, Number: bad,
		Type: directive.KindOfficialLetter, Place: bad, Subject: bad, Urgency: bad, Secrecy: bad,
		Recipients: []string{bad, bad}, CCRecipients: []string{bad}, Preamble: []string{bad},
		Sections:     []directive.Section{{Number: "1", Heading: bad, Items: []string{bad + "\n" + bad}}},
		Closing:      bad,
		Signature:    directive.Signature{Authority: []string{bad}, Title: bad, Name: bad},
		Distribution: []string{bad, bad},
	}
	page := render.HTML(d)
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Fatalf("page holds a raw <script>:\n%s", page)
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&amp;y&#34;)&lt;/script&gt; &amp; &#39;quoted&#39;") {
		t.Errorf("page lacks the escaped field:\n%s", page)
	}
	body := checkPage(t, d)
	if n := strings.Count(body.content(), collapse(bad)); n < 20 {
		t.Errorf("page shows the field %d times, want one per field (20)", n)
	}
	for _, n := range body.all() {
		if n.name == "script" {
			t.Fatal("page has a script element")
		}
	}
}

// classes lists the classes of the elements of the column, in order.
func classes(col *node) []string {
	var out []string
	for _, k := range col.kids {
		out = append(out, k.class)
	}
	return out
}

func TestHTMLLayout(t *testing.T) {
	d := seedLetter(t)
	d.Urgency = "Khẩn"
	body := checkPage(t, d)
	if body.class != "state" {
		t.Errorf("body class = %q, want state", body.class)
	}
	head := body.find("", "head")
	if head == nil || len(head.kids) != 2 {
		t.Fatal("page lacks the two-column header")
	}
	// The marks go under the number and the "V/v" line (Phụ lục I, ô 10b).
	if got, want := classes(head.kids[0]), []string{"issuer", "number", "about", "mark"}; !slices.Equal(got, want) {
		t.Errorf("left header column = %q, want %q", got, want)
	}
	if got, want := classes(head.kids[1]), []string{"nation", "date"}; !slices.Equal(got, want) {
		t.Errorf("right header column = %q, want %q", got, want)
	}
	// The issuer breaks before its place name.
	if iss := head.find("", "issuer"); !slices.Equal(iss.text, []string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"}) {
		t.Errorf("issuer lines = %q", iss.text)
	}
	foot := body.find("", "foot")
	if foot == nil || len(foot.kids) != 2 {
		t.Fatal("page lacks the foot")
	}
	if got, want := foot.kids[0].content(), "Nơi nhận: - Như trên;"; !strings.HasPrefix(got, want) {
		t.Errorf("foot left = %q, want it to start %q", got, want)
	}
	if got, want := foot.kids[1].content(), "TM. ỦY BAN NHÂN DÂN Hà Minh Hải"; got != want {
		t.Errorf("foot right = %q, want %q", got, want)
	}
	if to := body.find("", "to"); to == nil || !strings.HasPrefix(to.content(), "Kính gửi: - Các Sở, Ban, ngành Thành phố;") {
		t.Errorf("page lacks the Kính gửi list")
	}
}

func TestHTMLParty(t *testing.T) {
	d := &directive.Document{
		Bloc: directive.BlocParty, ParentIssuer: "ĐẢNG BỘ TỈNH NGHỆ AN", Issuer: "TỈNH ỦY",
		NationalHeader: []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}, Symbol: directive.MustParseSymbol("15-CT/TU"),
		Type: directive.KindDirective, Place: "Nghệ An", Date: chidao.MustDate(2024, 1, 5), Subject: "về phòng, chống thiên tai",
	}
	body := checkPage(t, d)
	if body.class != "party" {
		t.Errorf("body class = %q, want party", body.class)
	}
	left := body.find("", "head").kids[0]
	if got, want := classes(left), []string{"parent", "issuer", "star", "number"}; !slices.Equal(got, want) {
		t.Errorf("left header column = %q, want %q", got, want)
	}
	if got := body.find("", "number").content(); got != "Số 15-CT/TU" {
		t.Errorf("number = %q, want the Party's form without a colon", got)
	}
	if got := body.find("", "type").content(); got != "CHỈ THỊ" {
		t.Errorf("type = %q", got)
	}
	// A State page has no "*".
	d.Bloc = directive.BlocState
	if body := checkPage(t, d); body.find("", "star") != nil {
		t.Error("State page has the Party's star")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteHTML(t *testing.T) {
	d := seedLetter(t)
	var b strings.Builder
	if err := render.WriteHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	if b.String() != render.HTML(d) {
		t.Error("WriteHTML and HTML differ")
	}
	if err := render.WriteHTML(failWriter{}, d); err == nil {
		t.Error("WriteHTML to a failing writer: want an error")
	}
}
