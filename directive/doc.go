// Package directive reads, checks and writes Vietnamese administrative and
// Party documents: their types ([Kind]), number and symbol ([Symbol]),
// dates ([ParseDate], [FormatDate]), the citations one document makes to
// others ([Citations], [Resolve]), and the whole document ([Document]):
// [Parse], [Document.Validate], [Document.Render] and JSON.
//
// # Types
//
// A [Kind] covers the administrative types of Decree 30/2020 with their
// codes, the legal-normative types (Luật, Nghị định, Thông tư…) and the Party
// types of Quy định 66-QĐ/TW. Codes depend on the [Bloc]: Quy định is QyĐ in
// the State and QĐ in the Party. Look types up with [KindByName] and
// [KindByCode].
//
// # Symbols
//
// [ParseSymbol] reads every shape the rules define: 123/KH-UBND,
// 3241/UBND-KGVX, 30/2020/NĐ-CP, 72/2025/QH15, 24-CT/TU.
// [ParseSymbolLenient] also repairs what OCR and web pages do to them and
// says what it repaired.
//
// # Citations
//
// [Citations] scans text for references to documents and yields each with
// its type, symbol (or name, for laws cited by name), date, issuer, subject,
// relation and byte span. [Resolve] groups them by document, merges short
// mentions into the full one and follows defined terms such as "(gọi tắt là
// Chỉ thị)".
//
// # Whole documents
//
// [Parse] reads a document as it arrives from a PDF, a scan or a web page:
// site chrome before the header, header columns flattened onto one line,
// markdown marks, a number that lost its "/", split lines, NFD text and
// either tone placement. It records every repair it makes in
// [Document.Repairs], and what it cannot read is a [*SyntaxError] with a
// line and column. [Document.Validate] checks the document against Decree
// 30/2020/NĐ-CP (State) or Guideline 36-HD/VPTW (Party), and, given
// [WithRegistry] and [AsOf], checks issuers, recipients and section
// addressees against an [github.com/chidao/chidao/org.Registry]: every
// finding comes at once with a path, a stable code, a severity, the rule's
// source and a message a clerk can read. [Document.Render] writes the
// canonical text and [Document.RenderHTML] the printed A4 page.
package directive
