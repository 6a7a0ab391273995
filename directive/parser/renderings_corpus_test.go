package parser_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// renderingView is what TestCorpusRenderings compares.
func renderingView(d *directive.Document) string {
	if d == nil {
		return "<nil>"
	}
	return fmt.Sprintf("iss=%q num=%q sym=%v type=%v place=%q date=%v subj=%q rec=%d obl=%d sig=%q/%q dist=%d cit=%d",
		d.Issuer, d.Number, d.Symbol, d.Type, d.Place, d.Date, d.Subject, len(d.Recipients), len(d.Obligations), d.Signature.Title, d.Signature.Name, len(d.Distribution), len(d.Citations))
}

// dropSomeTone drops the tone marks of w, as a scan may.
func dropSomeTone(w string) string {
	d := norm.NFD.String(w)
	var b strings.Builder
	for _, r := range d {
		if r == 0x300 || r == 0x301 || r == 0x303 || r == 0x309 || r == 0x323 {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// noMarks writes s with no diacritics at all, "đ" as "d": a text typed
// or kept without them.
func noMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r >= 0x300 && r <= 0x36f:
			continue
		case r == 'đ':
			r = 'd'
		case r == 'Đ':
			r = 'D'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// toneLostScan drops the tone of every seventh word of s.
func toneLostScan(s string) string {
	var sb strings.Builder
	k := 0
	for l := range strings.Lines(s) {
		words := strings.Split(l, " ")
		for i, w := range words {
			k++
			if k%7 == 0 {
				words[i] = dropSomeTone(w)
			}
		}
		sb.WriteString(strings.Join(words, " "))
	}
	return sb.String()
}

var spaceRuns = regexp.MustCompile(`^ +| {2,}`)

// markupParagraphs cuts text into paragraphs at its blank lines, each a
// list of its lines escaped for markup, runs of spaces (a grid table's
// columns, indents) kept as nbsp (the no-break space as the markup writes
// it), as a page or a Word file keeps them.
func markupParagraphs(s, nbsp string) [][]string {
	var out [][]string
	var para []string
	for l := range strings.Lines(s) {
		l = strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(l) == "" {
			if len(para) > 0 {
				out, para = append(out, para), nil
			}
			continue
		}
		para = append(para, spaceRuns.ReplaceAllStringFunc(html.EscapeString(l), func(r string) string {
			return strings.Repeat(nbsp, len(r))
		}))
	}
	if len(para) > 0 {
		out = append(out, para)
	}
	return out
}

// webPage lays text out as a portal shows a document: each paragraph a
// <p> with <br> at its line breaks, inside a page with a head, a script
// and a style, a site header with a search form, navigation, a
// breadcrumb, a sidebar of related documents, a footer and a hidden
// element.
func webPage(s string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Văn bản chỉ đạo điều hành - Cổng thông tin điện tử</title>
<script>var menu = "<p>Trang chủ</p>"; if (a < b) { go(); }</script>
<style>p { margin: 0 } .hidden { display: none }</style></head>
<body><header><div class="logo"><a href="/"><img src="logo.png" alt="Cổng thông tin điện tử"></a></div>
<form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm văn bản"><button>Tìm</button></form></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<main><article class="content">
`)
	for _, para := range markupParagraphs(s, "&nbsp;") {
		b.WriteString("<p>" + strings.Join(para, "<br>\n") + "</p>\n")
	}
	b.WriteString(`</article></main>
<aside><h3>Văn bản liên quan</h3><ul><li><a href="/vb/1">Quyết định số 1234/QĐ-UBND ngày 01/01/2020 về việc ban hành quy chế làm việc</a></li>
<li><a href="/vb/2">Công văn 567/UBND-KT ngày 02/3/2021 về tăng cường quản lý</a></li></ul></aside>
<div class="hidden" style="display:none">Bản in</div>
<footer><p>Bản quyền &copy; 2024 Cổng thông tin điện tử</p><p>Địa chỉ: 12 Lê Lợi</p></footer>
</body></html>
`)
	return b.String()
}

// wordFile lays text out as a Word file (each paragraph a w:p, its line
// breaks w:br, runs of spaces no-break spaces as in webPage) and reads
// it back with DocxText.
func wordFile(t testing.TB, s string) string {
	var body strings.Builder
	for _, para := range markupParagraphs(s, "\u00a0") {
		body.WriteString("<w:p>")
		for k, l := range para {
			if k > 0 {
				body.WriteString("<w:r><w:br/></w:r>")
			}
			// a text layer's form feed is Word's page break
			body.WriteString(strings.ReplaceAll(wr(l), "\f", `</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t xml:space="preserve">`))
		}
		body.WriteString("</w:p>")
	}
	b := makeDocx(t, map[string]string{"word/document.xml": wordDoc(body.String())})
	text, err := parser.DocxText(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// TestCorpusRenderings reads every document of the tuned sets in other
// renderings users meet and counts those whose header, tail, recipients,
// obligations or citations read otherwise than as printed: decomposed
// (NFD), the other tone placement, CRLF, a site's chrome above and below,
// a page footer of related documents, indented lines, a blank line after
// every line, no-break spaces, and a scan that lost every seventh word's
// tone (compared without marks), an HTML page with a portal's chrome
// (webPage; 0 of 68 from the commit that added it, 2026-12-04) and a Word
// file read with DocxText (wordFile; 0 of 68 when added, the same day),
// and the text with no diacritics at all (noMarks, compared without
// marks; 61 of 68 read otherwise when added, the same day: a known
// weakness, its ceiling to lower), and the text typed in the legacy
// fonts TCVN3 (compared without case: the font has no capitals with
// marks) and VNI (68 of 68 read otherwise before Parse read them, 1 and
// 0 after, 2026-12-04), TCVN3 whose soft hyphens (its "ư") an extractor
// dropped (28, then 7 with the "ư" put back where the syllable needs it,
// 3 with it put back at a word's start and in a consonant alone)
// and TCVN3 with the lines in capitals typed in small letters for the
// .VnTimeH font (57, then 16 with the header's, the signer's, the
// enacting and the Roman-numbered lines read in capitals). A count
// above its ceiling fails; the
// ceilings are the counts of the commit that added the test, 2026-12-03,
// lowered as renderings were handled (ocr: 37 to 22 by restoreTones, 20
// by 2026-12-04, 14 by cite.FindDamaged, 2026-12-05).
func TestCorpusRenderings(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every tuned document nine times")
	}
	ceiling := map[string]int{"no marks": 61, "word file": 0, "web page": 0, "chrome": 0, "crlf": 1, "double-spaced": 8, "footer": 2, "indent": 0, "nfd": 0,
		"no-break spaces": 0, "ocr": 14, "tones": 0, "tcvn3": 1, "vni": 0, "tcvn3 lost ư": 3, "tcvn3 small": 16}
	var names []string
	for _, c := range []string{"corpus", "corpus5", "corpus7", "corpus9", "corpus10", "corpus11"} {
		m, _ := filepath.Glob("../testdata/" + c + "/*.txt")
		names = append(names, m...)
	}
	variants := map[string]func(string) string{
		"nfd": norm.NFD.String,
		"tones": func(s string) string {
			var b strings.Builder
			w := 0
			for i, r := range s {
				if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
					if w < i {
						b.WriteString(vntext.OtherTones(s[w:i]))
					}
					b.WriteRune(r)
					w = i + 1
				}
			}
			if w < len(s) {
				b.WriteString(vntext.OtherTones(s[w:]))
			}
			return b.String()
		},
		"crlf": func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
		"chrome": func(s string) string {
			return "Trang chủ | Giới thiệu | Tin tức | Văn bản\nĐăng nhập\n\n" + s + "\n\nBản quyền © 2024 Cổng thông tin điện tử\nĐịa chỉ: 12 Lê Lợi\n"
		},
		"footer": func(s string) string {
			return s + "\n\nTải về: file đính kèm (PDF)\nVăn bản liên quan:\n- Quyết định số 1234/QĐ-UBND ngày 01/01/2020 về việc ban hành quy chế làm việc\n- Công văn 567/UBND-KT ngày 02/3/2021 về tăng cường quản lý\nChia sẻ: Facebook | Zalo | In trang\nBản quyền © 2024 Sở Thông tin và Truyền thông\n"
		},
		"indent": func(s string) string {
			var b strings.Builder
			for l := range strings.Lines(s) {
				b.WriteString("    " + l)
			}
			return b.String()
		},
		"double-spaced":   func(s string) string { return strings.ReplaceAll(s, "\n", "\n\n") },
		"no-break spaces": func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") },
		"ocr":             toneLostScan,
		"no marks":        noMarks,
		"web page":        webPage,
		"word file":       func(s string) string { return wordFile(t, s) },
		"tcvn3":           toTCVN3,
		"tcvn3 lost ư": func(s string) string {
			// an extractor that drops the soft hyphen, TCVN3's "ư"
			return strings.ReplaceAll(toTCVN3(s), "\u00ad", "")
		},
		"tcvn3 small": func(s string) string {
			// the .VnTimeH font's lines typed in small letters
			var b strings.Builder
			for l := range strings.Lines(s) {
				if vntext.IsCaps(strings.TrimSpace(l)) {
					l = strings.ToLower(l)
				}
				b.WriteString(toTCVN3(l))
			}
			return b.String()
		},
		"vni": toVNI,
	}
	var vs []string
	for v := range variants {
		vs = append(vs, v)
	}
	sort.Strings(vs)
	for _, vn := range vs {
		bad := 0
		for _, n := range names {
			b, _ := os.ReadFile(n)
			base, _ := parser.Parse(string(b))
			d, _ := parser.Parse(variants[vn](string(b)))
			got, want := renderingView(d), renderingView(base)
			switch vn {
			case "ocr", "no marks":
				got, want = vntext.Bare(got), vntext.Bare(want)
			case "tones", "nfd", "vni":
				got, want = vntext.Normalize(got), vntext.Normalize(want)
			case "tcvn3", "tcvn3 lost ư", "tcvn3 small":
				// the font has no capitals with marks: compared without case
				got, want = strings.ToLower(vntext.Normalize(got)), strings.ToLower(vntext.Normalize(want))
			}
			if got != want {
				bad++
			}
		}
		t.Logf("%-16s %2d of %d read otherwise", vn, bad, len(names))
		if bad > ceiling[vn] {
			t.Errorf("%s: %d documents read otherwise, more than the ceiling of %d", vn, bad, ceiling[vn])
		}
	}
}

// TestCorpusOneLine reads the tuned documents with every line break and
// run of spaces made one space (a whole document on one line, as some
// crawls and exports keep it) and counts what survives: the obligations,
// and the signers read as printed. A document counts at most the
// obligations its printed text gives: more is over-reading, no gain
// (counted uncapped until 2026-12-04, when one letter's 28 extra made up
// for losses elsewhere: 455 uncapped, 419 capped). Each count must stay
// at or above its floor, raised as the reader improves.
func TestCorpusOneLine(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every tuned document twice")
	}
	const minObligations, minSigners = 422, 28
	var names []string
	for _, c := range []string{"corpus", "corpus5", "corpus7", "corpus9", "corpus10", "corpus11"} {
		m, _ := filepath.Glob("../testdata/" + c + "/*.txt")
		names = append(names, m...)
	}
	printed, flat, signers, signed := 0, 0, 0, 0
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		base, _ := parser.Parse(string(b))
		d, _ := parser.Parse(strings.Join(strings.Fields(string(b)), " "))
		if base == nil || d == nil {
			continue
		}
		printed += len(base.Obligations)
		flat += min(len(d.Obligations), len(base.Obligations)) // more read than printed is no gain
		if base.Signature.Name != "" {
			signed++
			if d.Signature.Name == base.Signature.Name {
				signers++
			}
		}
	}
	t.Logf("one line: %d of %d obligations, %d of %d signers", flat, printed, signers, signed)
	if flat < minObligations || signers < minSigners {
		t.Errorf("one line: %d obligations (floor %d), %d signers (floor %d)", flat, minObligations, signers, minSigners)
	}
}

// TestPDFLayerRenderings parses PDF text layers of tuned documents and
// counts, field by field, the documents that read as their source text
// does: testdata/pdflayer (each text through pandoc, LibreOffice and
// pdftotext -layout), testdata/pdfsrc (the sets' own PDF and .docx
// sources, read with and without -layout) and testdata/pdfgrid (the
// documents laid out with grid tables as an office prints them). A count below its floor fails;
// the floors are the counts of the commit that raised them last.
func TestPDFLayerRenderings(t *testing.T) {
	for _, c := range []struct {
		dir   string
		floor map[string]int
	}{
		// of 28; before the two-column header reader (alignedHeader):
		// issuer 15, symbol 22, type 21, place 21, date 20, subject 17,
		// recipients 23, obligations 17, signature 13, distribution 16
		{"pdflayer", map[string]int{"issuer": 24, "symbol": 25, "type": 25, "place": 25, "date": 25, "subject": 25,
			"recipients": 27, "obligations": 24, "signature": 23, "distribution": 24}},
		// of 13; at the start of the seventh session: issuer 11, symbol
		// 12, type 12, place 11, date 11, subject 10, recipients 12,
		// obligations 12, signature 9, distribution 11
		{"pdfsrc/layout", map[string]int{"issuer": 13, "symbol": 13, "type": 13, "place": 13, "date": 13, "subject": 13,
			"recipients": 13, "obligations": 13, "signature": 12, "distribution": 13}},
		// of 13; at the start of the seventh session: issuer 10, symbol 9,
		// type 10, place 8, date 10, subject 9, recipients 10, obligations
		// 11, signature 10, distribution 9
		{"pdfsrc/raw", map[string]int{"issuer": 12, "symbol": 12, "type": 12, "place": 13, "date": 13, "subject": 12,
			"recipients": 13, "obligations": 12, "signature": 12, "distribution": 10}},
		// of 40; the reader at the start of the seventh session: issuer 4,
		// symbol 40, type 40, place 40, date 40, subject 35, recipients
		// 38, obligations 27, signature 22, distribution 27
		{"pdfgrid/layout", map[string]int{"issuer": 39, "symbol": 40, "type": 40, "place": 40, "date": 40, "subject": 37,
			"recipients": 40, "obligations": 34, "signature": 38, "distribution": 40}},
		// of 40; at the start of the seventh session: issuer 0, symbol 0,
		// type 28, place 2, date 38, subject 15, recipients 31,
		// obligations 23, signature 34, distribution 26. (Signature 39 ->
		// 38 in the thirteenth session, both grids: tw-75's source, an
		// OCR text, now reads the title that ends a Nơi nhận row, "…
		// đảng uỷ ==ss„LONG BÌ THỨ", which its grid wraps mid-row.)
		{"pdfgrid/raw", map[string]int{"issuer": 40, "symbol": 40, "type": 40, "place": 40, "date": 40, "subject": 37,
			"recipients": 40, "obligations": 32, "signature": 38, "distribution": 38}},
		// of 40; the same PDFs with every table cell centred vertically,
		// added in the eighteenth session, where the header's and the
		// tail's columns come one under the other: at first issuer 23,
		// symbol 40, type 40, place 39, date 39, subject 36, recipients 39,
		// obligations 34, signature 35, distribution 38
		{"pdfgrid/centred", map[string]int{"issuer": 39, "symbol": 40, "type": 40, "place": 40, "date": 40, "subject": 37,
			"recipients": 40, "obligations": 34, "signature": 38, "distribution": 39}},
		// of 40; the same .docx saved by LibreOffice as plain text (its
		// tables one cell a line), added in the eighteenth session: the
		// first figures, the same with the reader of fe55c9b (before
		// readStacked; these documents' tables are their header's and
		// tail's layout grids)
		{"pdfgrid/text", map[string]int{"issuer": 40, "symbol": 40, "type": 40, "place": 40, "date": 40, "subject": 39,
			"recipients": 40, "obligations": 37, "signature": 40, "distribution": 40}},
	} {
		t.Run(c.dir, func(t *testing.T) { pdfRenderings(t, c.dir, c.floor) })
	}
}

func pdfRenderings(t *testing.T, dir string, floor map[string]int) {
	names, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if len(names) < 10 {
		t.Fatalf("%d PDF text layers in %s, want at least 10", len(names), dir)
	}
	same := map[string]int{}
	for _, n := range names {
		src, _ := filepath.Glob("../testdata/corpus*/" + filepath.Base(n))
		if len(src) != 1 {
			t.Fatalf("%s: no single source document (%v)", n, src)
		}
		a, err := os.ReadFile(src[0])
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := parser.Parse(string(a))
		got, _ := parser.Parse(string(b))
		if want == nil || got == nil {
			continue
		}
		for field, eq := range map[string]bool{
			"issuer": got.Issuer == want.Issuer, "symbol": got.Symbol == want.Symbol, "type": got.Type == want.Type,
			"place": got.Place == want.Place, "date": got.Date == want.Date, "subject": got.Subject == want.Subject,
			"recipients": len(got.Recipients) == len(want.Recipients), "obligations": len(got.Obligations) == len(want.Obligations),
			"signature":    got.Signature.Name == want.Signature.Name && got.Signature.Title == want.Signature.Title,
			"distribution": len(got.Distribution) == len(want.Distribution),
		} {
			if eq {
				same[field]++
			}
		}
	}
	var fields []string
	for f := range floor {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		t.Logf("%-13s %2d of %d read as the source", f, same[f], len(names))
		if same[f] < floor[f] {
			t.Errorf("%s: %d documents read as the source, fewer than the floor of %d", f, same[f], floor[f])
		}
	}
}

// TestOCRRenderings parses scans of tuned documents, testdata/ocr (the
// pdfgrid PDFs rasterised at 200 dpi and read by Tesseract's Vietnamese
// model), and counts, field by field, the documents that read as their
// source text does: text fields compared without marks, case or spaces
// (a scan loses and adds tone marks), lists by their length. A count
// below its floor fails; the floors are the counts of the commit that
// raised them last.
func TestOCRRenderings(t *testing.T) {
	// of 34; the first figures (2026-12-04, when the set was added,
	// before any change for it): issuer 1, symbol 31, type 32, place 33,
	// date 33, subject 21, recipients 20, obligations 19, signature 9,
	// distribution 33
	ocrRenderings(t, "ocr", 30, false, map[string]int{"issuer": 31, "symbol": 34, "type": 34, "place": 34, "date": 34, "subject": 32,
		"recipients": 31, "obligations": 25, "signature": 29, "distribution": 33}, map[string]int{"issuer": 31, "number": 34, "symbol": 34, "type": 34, "place": 34, "date": 34, "subject": 23, "recipients": 28})
}

// TestOCRRenderingsReflow does the same over testdata/ocr-reflow, tuned
// scans made as the held-out ones are (the text read as Markdown, so its
// lines reflow into paragraphs, then printed and read by Tesseract).
func TestOCRRenderingsReflow(t *testing.T) {
	// of 15; the first figures (2026-12-04, before any change for the
	// set): issuer 11, symbol 8, type 7, place 11, date 11, subject 1,
	// recipients 12, obligations 6, signature 7, distribution 7
	ocrRenderings(t, "ocr-reflow", 12, false, map[string]int{"issuer": 12, "symbol": 15, "type": 14, "place": 15, "date": 14, "subject": 10,
		"recipients": 11, "obligations": 7, "signature": 10, "distribution": 10}, map[string]int{"issuer": 11, "number": 14, "symbol": 13, "type": 13, "place": 13, "date": 13, "subject": 7, "recipients": 10})
}

// TestOCRRenderingsLines does the same over testdata/ocr-lines, tuned
// scans printed line for line as ocr-heldout3's are (each source line a
// line of the page), so that the shape ocr-heldout3 measures is tuned on
// documents of the tuned sets, not on it.
func TestOCRRenderingsLines(t *testing.T) {
	// of 55; the first figures (2026-12-04, on 87456e7, before any change
	// for the set): issuer 45, symbol 40, type 41, place 41, date 38,
	// subject 27, recipients 43, obligations 34, signature 43,
	// distribution 48; against the gold header issuer 35, number 41,
	// symbol 39, type 39, place 40, date 38, subject 14, recipients 36
	ocrRenderings(t, "ocr-lines", 55, false, map[string]int{"issuer": 48, "symbol": 53, "type": 52, "place": 53, "date": 52, "subject": 44,
		"recipients": 50, "obligations": 42, "signature": 45, "distribution": 48}, map[string]int{"issuer": 44, "number": 52, "symbol": 52, "type": 50, "place": 52, "date": 52, "subject": 25, "recipients": 42})
}

// TestOCRRenderingsHeldOut does the same over testdata/ocr-heldout,
// scans of the held-out sets' documents made from their texts (pandoc,
// LibreOffice, Tesseract). Only totals were read, until they showed a
// regression that was then traced in its documents (README): the set is
// seen now, a regression check; ocr-heldout2 is the unseen one.
func TestOCRRenderingsHeldOut(t *testing.T) {
	// of 43; first figures (2026-12-04, on 1209c42): issuer 22, symbol
	// 20, type 19, place 22, date 19, subject 14, recipients 29,
	// obligations 24, signature 17, distribution 24; on 874bb6d, before
	// the scan work of that session: 21, 24, 24, 28, 24, 17, 32, 21, 15,
	// 22. Floors one below the figures after the fix. Obligations 22 ->
	// 20 on 2026-12-04 (fourteenth session): two sources (laocai-4390,
	// ldtbxh-5115) gained the request after "Căn cứ …," in their closing
	// ("Căn cứ nội dung chỉ đạo trên, yêu cầu các sở …"), which their
	// scans, running the closing into the line above or the Nơi nhận,
	// do not give; the scans read as before.
	ocrRenderings(t, "ocr-heldout", 40, true, map[string]int{"issuer": 33, "symbol": 33, "type": 34, "place": 34, "date": 30, "subject": 23,
		"recipients": 35, "obligations": 20, "signature": 19, "distribution": 27}, nil)
}

// TestOCRRenderingsHeldOut2 does the same over testdata/ocr-heldout2,
// scans made the same way of the held-out sets corpus18, corpus21 and
// corpus25: only its totals are read, and nothing is tuned on it.
func TestOCRRenderingsHeldOut2(t *testing.T) {
	// of 11; the first figures (2026-12-04, on the reader of the commit
	// that added the set): issuer 5, symbol 5, type 6, place 6, date 6,
	// subject 3, recipients 11, obligations 4, signature 6, distribution
	// 2; floors one below. Obligations 3 -> 2 on 2026-12-05 (sixteenth
	// session): a numbered point that is a request of its own over bullets
	// became an obligation, which gained held-out corpus18 an obligation
	// its gold has (matched 81 -> 82) and cost this count one document
	// whose scan reads otherwise (not looked at).
	ocrRenderings(t, "ocr-heldout2", 10, true, map[string]int{"issuer": 4, "symbol": 4, "type": 5, "place": 5, "date": 5, "subject": 2,
		"recipients": 10, "obligations": 2, "signature": 5, "distribution": 1}, nil)
}

// TestOCRRenderingsHeldOut3 does the same over testdata/ocr-heldout3,
// scans of the held-out sets printed line for line (each source line a
// line of the page), the tuned ocr set's shape: only its totals are read.
// The documents of corpus18, 21 and 25 are logged apart: no rendering of
// theirs has been looked at (README).
func TestOCRRenderingsHeldOut3(t *testing.T) {
	// of 17; the first figures (2026-12-04, on the reader of 48fe847,
	// before anything was read of the set): issuer 14, symbol 11, type
	// 12, place 11, date 12, subject 9, recipients 16, obligations 8,
	// signature 13, distribution 12; the reader of 874bb6d, before the
	// scan work of the tenth and eleventh sessions, gave the same but
	// obligations 7. At the end of the session that tuned the same shape on
	// ocr-lines (fd488b5): issuer 14, symbol 15, type 15, place 13, date
	// 14, subject 10, recipients 16, obligations 9, signature 13,
	// distribution 12. Floors one below.
	ocrRenderings(t, "ocr-heldout3", 17, true, map[string]int{"issuer": 13, "symbol": 14, "type": 14, "place": 12, "date": 13, "subject": 9,
		"recipients": 15, "obligations": 8, "signature": 12, "distribution": 11}, nil)
	t.Run("unseen", func(t *testing.T) {
		// of 7; first figures: issuer 6, symbol 5, type 6, place 5,
		// date 6, subject 5, recipients 7, obligations 2, signature 5,
		// distribution 4; at fd488b5 the same but symbol 6
		ocrRenderings(t, "ocr-heldout3", 7, true, map[string]int{"issuer": 5, "symbol": 5, "type": 5, "place": 4, "date": 5, "subject": 4,
			"recipients": 6, "obligations": 1, "signature": 4, "distribution": 3}, nil, "corpus18", "corpus21", "corpus25")
	})
}

// ocrRenderings reads the scans of testdata/dir, those of the sets named
// in sets only when any are.
func ocrRenderings(t *testing.T, dir string, min int, heldOut bool, floor, goldFloor map[string]int, sets ...string) {
	names, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if sets != nil {
		names = slices.DeleteFunc(names, func(n string) bool {
			return !slices.ContainsFunc(sets, func(s string) bool {
				_, err := os.Stat(filepath.Join("../testdata", s, filepath.Base(n)))
				return err == nil
			})
		})
	}
	if len(names) < min {
		t.Fatalf("%d scans in testdata/%s, want at least %d", len(names), dir, min)
	}
	same := map[string]int{}
	// against the gold header, as the gold sets' own tests compare: the
	// scan and its source, field by field (the scan reading as its source
	// counts a field both miss; this does not)
	goldScan, goldSource, golds := map[string]int{}, map[string]int{}, 0
	bare := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(vntext.Bare(s))), " ") }
	for _, n := range names {
		src, _ := filepath.Glob("../testdata/corpus*/" + filepath.Base(n))
		if len(src) != 1 {
			t.Fatalf("%s: no single source document (%v)", n, src)
		}
		a, err := os.ReadFile(src[0])
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if gb, err := os.ReadFile(strings.TrimSuffix(src[0], ".txt") + ".json"); err == nil {
			var gold goldHeader
			if err := json.Unmarshal(gb, &gold); err != nil {
				t.Fatalf("%s: %v", src[0], err)
			}
			golds++
			fromScan, _ := parsedHeader(t, string(b))
			fromSource, _ := parsedHeader(t, string(a))
			for _, f := range corpusFields {
				if ok, _, _ := fieldsEqual(f, fromScan, gold); ok {
					goldScan[f]++
				}
				if ok, _, _ := fieldsEqual(f, fromSource, gold); ok {
					goldSource[f]++
				}
			}
		}
		want, _ := parser.Parse(string(a))
		got, _ := parser.Parse(string(b))
		if want == nil || got == nil {
			continue
		}
		for field, eq := range map[string]bool{
			"issuer": bare(got.Issuer) == bare(want.Issuer), "symbol": got.Symbol.Key() == want.Symbol.Key(), "type": got.Type == want.Type,
			"place": bare(got.Place) == bare(want.Place), "date": got.Date == want.Date, "subject": bare(got.Subject) == bare(want.Subject),
			"recipients": len(got.Recipients) == len(want.Recipients), "obligations": len(got.Obligations) == len(want.Obligations),
			"signature":    bare(got.Signature.Name) == bare(want.Signature.Name) && bare(got.Signature.Title) == bare(want.Signature.Title),
			"distribution": len(got.Distribution) == len(want.Distribution),
		} {
			if eq {
				same[field]++
			} else if !heldOut && testing.Verbose() && os.Getenv("CHIDAO_EVAL_DETAIL") != "" {
				t.Logf("%s: %s differs", filepath.Base(n), field)
			}
		}
	}
	var fields []string
	for f := range floor {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		t.Logf("%-13s %2d of %d read as the source", f, same[f], len(names))
		if same[f] < floor[f] {
			t.Errorf("%s: %d documents read as the source, fewer than the floor of %d", f, same[f], floor[f])
		}
	}
	var row strings.Builder
	for _, f := range corpusFields {
		fmt.Fprintf(&row, " %s %d/%d", f, goldScan[f], goldSource[f])
	}
	t.Logf("against the gold header of %d documents (scan/source):%s", golds, row.String())
	for _, f := range corpusFields {
		if goldScan[f] < goldFloor[f] {
			t.Errorf("%s: %d scans read as the gold header, fewer than the floor of %d", f, goldScan[f], goldFloor[f])
		}
	}
}

var (
	listMarkerSpace = regexp.MustCompile(`(?m)^(\s*)(\d+\.|[a-zđ]\)|[-+•]) `)
	sentenceSpace   = regexp.MustCompile(`(\pL)\. (\p{Lu})`)
)

// tabbedTables writes each row of a pipe table (bare or bordered) with
// its cells parted by tabs and drops the rules, as a table copied out of
// a word processor reads.
func tabbedTables(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "|") && strings.Trim(t, "|-: ") == "" && strings.Contains(t, "---") {
			continue
		}
		if !strings.HasPrefix(t, "|") && !strings.Contains(line, " | ") {
			b.WriteString(line)
			continue
		}
		if len(t) > 1 && strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
			t = t[1 : len(t)-1]
		}
		cells := strings.Split(t, "|")
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		b.WriteString(strings.Join(cells, "\t") + "\n")
	}
	return b.String()
}

// TestCorpusWriterTransforms re-reads tuned documents as the tools that
// carry them change them without changing what they say: line ends (CR
// alone, CRLF), no-break spaces, a BOM, zero-width spaces, soft hyphens
// inside words, decomposed letters, a tab after each list marker, tables
// copied with tabs, two spaces between sentences and after markers. Each must read as the plain text
// does: number, date, type, issuer, subject, recipients, obligations,
// signer and Nơi nhận. (A text typed without marks is left out of the
// soft hyphens: a legacy font's "ư" is that code, and such a text reads
// as one.)
func TestCorpusWriterTransforms(t *testing.T) {
	if testing.Short() {
		t.Skip("parses tuned documents eight times")
	}
	var names []string
	for _, c := range []string{"corpus5", "corpus7", "corpus10", "corpus11", "corpus13", "corpus17"} {
		m, _ := filepath.Glob("../testdata/" + c + "/*.txt")
		names = append(names, m...)
	}
	if len(names) < 40 {
		t.Fatalf("%d documents", len(names))
	}
	transforms := []struct {
		name string
		f    func(string) string
	}{
		{"cr", func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }},
		{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
		{"nbsp", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
		{"bom", func(s string) string { return "\ufeff" + s }},
		{"zwsp", func(s string) string { return strings.ReplaceAll(s, "ng ", "ng\u200b ") }},
		{"shy", func(s string) string { return strings.ReplaceAll(s, "nh", "n\u00adh") }},
		{"nfd", norm.NFD.String},
		// a word processor's list saved as plain text: a tab after
		// each marker; a typist's two spaces between sentences
		{"marker tabs", func(s string) string { return listMarkerSpace.ReplaceAllString(s, "$1$2\t") }},
		{"two spaces", func(s string) string { return sentenceSpace.ReplaceAllString(s, "$1.  $2") }},
		// a word processor's tables copied as text: cells parted by tabs
		{"word tables", tabbedTables},
		// and a typist's two spaces after each marker too
		{"typist", func(s string) string {
			return sentenceSpace.ReplaceAllString(listMarkerSpace.ReplaceAllString(s, "$1$2  "), "$1.  $2")
		}},
	}
	read := func(d *directive.Document) string {
		return fmt.Sprintf("%s|%v|%v|%s|%s|%d|%d|%s|%d", d.Symbol, d.Date, d.Type, d.Issuer, strings.Join(strings.Fields(d.Subject), " "),
			len(d.Recipients), len(d.Obligations), d.Signature.Name, len(d.Distribution))
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		base, _ := parser.Parse(string(b))
		if base == nil {
			continue
		}
		want := read(base)
		for _, tr := range transforms {
			if tr.name == "shy" && !strings.ContainsAny(string(b), "ăâđêôơư") {
				continue
			}
			d, _ := parser.Parse(tr.f(string(b)))
			if d == nil {
				t.Errorf("%s %s: no document", filepath.Base(n), tr.name)
			} else if got := read(d); got != want {
				t.Errorf("%s %s: read\n%s\nwant\n%s", filepath.Base(n), tr.name, got, want)
			}
		}
	}
}

// TestLegacyCRLineEnds re-reads the tuned documents typed in a legacy
// font with the classic Mac's line ends (a carriage return alone), as
// old files come: each reads as with line feeds, its lines read as lines
// before the font's codes are (a capitals font is told line by line).
func TestLegacyCRLineEnds(t *testing.T) {
	m, _ := filepath.Glob("../testdata/corpus34/*.txt")
	read := func(d *directive.Document) string {
		return fmt.Sprintf("%s|%v|%v|%s|%s|%d|%s|%d", d.Symbol, d.Date, d.Type, d.Issuer, strings.Join(strings.Fields(d.Subject), " "),
			len(d.Obligations), d.Signature.Name, len(d.Distribution))
	}
	legacy := 0
	for _, n := range m {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		base, _ := parser.Parse(string(b))
		if base == nil || !base.HasRepair(directive.RepairLegacyEncoding) {
			continue
		}
		legacy++
		d, _ := parser.Parse(strings.ReplaceAll(string(b), "\n", "\r"))
		if got, want := read(d), read(base); got != want {
			t.Errorf("%s with CR line ends: read\n%s\nwant\n%s", filepath.Base(n), got, want)
		}
	}
	if legacy < 2 {
		t.Fatalf("%d documents in a legacy font, want 2 or more", legacy)
	}
}
