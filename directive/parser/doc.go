// Package parser reads whole Vietnamese administrative and Party documents
// from text as it arrives: web pages with site chrome, PDF text layers,
// scans, markdown, and the bytes of the files documents travel in (an
// HTML page, a Word .docx or .doc, an OpenDocument text, an RTF file:
// [HTMLText], [DocxText], [DocText], [ODTText], [RTFText]), typed in Unicode or in a legacy font's encoding
// (TCVN3, VNI: [LegacyText]). [Parse] returns a [github.com/chidao/chidao/directive.Document]
// and records every repair it made (markdown marks taken off, a number
// that lost its "/", a header flattened onto one line, lines broken in a
// word, NFD text) in Document.Repairs; what it cannot read is a
// [*SyntaxError] with a line and column, and text without a document is
// [ErrNoDocument]. The citations of the document are read from the source
// text, with spans into it. The body is a tree of nodes, an annex printed
// after the signature one of them; the obligations are read from it. Every
// non-blank input line ends up in the document: a field, a node, a repair,
// or a set_aside repair that keeps a line the reader could not place.
//
// [RoundTrips] states when Parse(render.Text(d)) gives d back.
//
// Inside: parser.go is the pipeline, its stages in order (lines, the
// document's start, the header, the body and the tail, what the parts
// imply); predicates.go holds every test made on a line and calls nothing
// above it; limits.go names the thresholds; html.go, docx.go, msdoc.go
// (with cfb.go), odt.go, rtf.go and legacy.go turn files and encodings
// into the text the pipeline reads.
package parser
