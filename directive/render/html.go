package render

import (
	_ "embed"
	"html/template"
	"io"
	"strings"

	"github.com/chidao/chidao/directive"
)

var (
	//go:embed page.css
	pageCSS string
	//go:embed page.html.tmpl
	pageHTML string

	pageTmpl = template.Must(template.New("page").Parse(pageHTML))
)

// box is a block as the page template sees it: a CSS class and lines.
// The flags pick its markup; they are fields, not comparisons in the
// template, because text/template calls functions by reflection.
type box struct {
	Class string
	Lines []string
	// Nation: a line per div, the last one ruled. Mark: a stamp. Paras: a
	// paragraph per line. List: Head ("Kính gửi:", "Nơi nhận:") and an
	// entry per line of Rest.
	Nation, Mark, Paras, List bool
	Head                      string
	Rest                      []string
}

// page is what the template fills: the printed page's regions in order.
type page struct {
	Title string
	// Bloc is "state" or "party": the two differ in header type sizes and
	// in the rule under the issuer (the Party has "*" instead).
	Bloc string
	CSS  template.CSS
	// Left and Right are the header's columns: issuer, number, subject of a
	// công văn and marks; national header and date.
	Left, Right []box
	// Main runs from the type line to the closing line.
	Main []box
	// Recv ("Nơi nhận") and Sign share the foot, Recv on the left.
	Recv, Sign []box
}

var classes = [...]string{
	kindParent: "parent", kindIssuer: "issuer", kindStar: "star", kindNation: "nation",
	kindMark: "mark", kindNumber: "number", kindAbout: "about", kindDate: "date",
	kindType: "type", kindSubject: "subject", kindRecipients: "to", kindPreamble: "para",
	kindHeading: "heading", kindItem: "para", kindClosing: "para", kindAuthority: "authority",
	kindSigner: "signer", kindDistribution: "recv",
}

// layout places the blocks of plan on the page.
func layout(d *directive.Document) *page {
	p := &page{Title: d.Type.Label(), Bloc: "state", CSS: template.CSS(pageCSS)}
	if d.Symbol.IsValid() {
		p.Title = strings.TrimSpace(p.Title + " " + d.Symbol.String())
	}
	if d.Bloc == directive.BlocParty {
		p.Bloc = "party"
	}
	var marks []box
	for _, bl := range plan(d) {
		b := box{Class: classes[bl.kind], Lines: bl.lines}
		switch bl.kind {
		case kindNation:
			b.Nation = true
		case kindMark:
			b.Mark = true
		case kindPreamble, kindHeading, kindItem, kindClosing:
			b.Paras = true
		case kindRecipients, kindDistribution:
			b.List, b.Head, b.Rest = true, bl.lines[0], bl.lines[1:]
		}
		switch bl.kind {
		case kindIssuer:
			b.Lines = breakPlace(bl.lines)
			p.Left = append(p.Left, b)
		case kindParent, kindStar, kindNumber, kindAbout:
			p.Left = append(p.Left, b)
		case kindMark:
			// Phụ lục I puts the marks under the number and the "V/v" line
			// (ô 10a, 10b), though the text writes them first.
			marks = append(marks, b)
		case kindNation, kindDate:
			p.Right = append(p.Right, b)
		case kindAuthority, kindSigner:
			p.Sign = append(p.Sign, b)
		case kindDistribution:
			p.Recv = append(p.Recv, b)
		default:
			p.Main = append(p.Main, b)
		}
	}
	p.Left = append(p.Left, marks...)
	return p
}

// placeWords start the place part of an issuer's name; the printed header
// puts it on its own line ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI").
var placeWords = []string{" THÀNH PHỐ ", " TỈNH ", " QUẬN ", " HUYỆN ", " THỊ XÃ ", " PHƯỜNG ", " XÃ "}

// breakPlace breaks a one-line issuer before its place name, so that the
// narrow column does not wrap it mid-name.
func breakPlace(lines []string) []string {
	if len(lines) != 1 {
		return lines
	}
	s := lines[0]
	best := -1
	for _, w := range placeWords {
		if i := strings.Index(s, w); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return lines
	}
	return []string{s[:best], s[best+1:]}
}

// WriteHTML writes d to w as a standalone HTML page; see [HTML]. The only
// errors are w's.
func WriteHTML(w io.Writer, d *directive.Document) error {
	return pageTmpl.Execute(w, layout(d))
}

// HTML writes d as a standalone HTML page laid out like the printed A4
// page of Decree 30/2020 (Phụ lục I) or Hướng dẫn 36-HD/VPTW: Times New
// Roman 13–14 pt, margins 20 mm top and bottom, 30 mm left, 15 mm right,
// the two-column header, the body justified, and "Nơi nhận" beside the
// signature. It is meant to be opened in a browser and printed. The
// markup is also well-formed XML (XHTML syntax), every field escaped.
func HTML(d *directive.Document) string {
	var b strings.Builder
	// The style sheet and a page or two of text.
	b.Grow(len(pageCSS) + 16<<10)
	if err := WriteHTML(&b, d); err != nil {
		// A strings.Builder does not fail; the template is fixed and tested.
		panic("render: " + err.Error())
	}
	return b.String()
}
