// Package directive is what a Vietnamese administrative or Party document
// is, as values: no text heuristics live here. The readers and writers sit
// beside it, like go/parser and go/printer beside go/ast:
// [github.com/chidao/chidao/directive/cite] finds references in raw text,
// [github.com/chidao/chidao/directive/parser] reads whole documents from
// web pages, PDF text layers and scans, and
// [github.com/chidao/chidao/directive/render] writes the canonical text and
// the printed A4 page. Code that only needs the model (task, report, an
// e-office integration) imports this package and org, never the readers.
//
// # Types, numbers and dates
//
// A [Kind] is a tên loại văn bản: the administrative types of Decree
// 30/2020/NĐ-CP with their codes, the legal-normative types (Luật, Nghị
// định, Thông tư…) and the Party types of Quy định 66-QĐ/TW. Codes depend
// on the [Bloc]: Quy định is QyĐ in the State and QĐ in the Party. Look
// types up with [KindByName] and [KindByCode].
//
// A [Symbol] is the số, ký hiệu in every shape the rules define:
// 123/KH-UBND, 3241/UBND-KGVX (a công văn), 30/2020/NĐ-CP, 72/2025/QH15,
// 24-CT/TU (Party). [ParseSymbol] is strict; [ParseSymbolLenient] repairs
// what OCR and web pages do to symbols and says what it repaired;
// [ScanSymbol] and [ScanDate] are the forms for readers that meet them in
// running text. [ParseDate], [FormatDate] and [DateLine] read and write
// "Hà Nội, ngày 04 tháng 10 năm 2023" by Decree 30's padding rule.
//
// # The document
//
// A [Document] holds the header (cơ quan chủ quản and cơ quan ban hành,
// Quốc hiệu and Tiêu ngữ or "ĐẢNG CỘNG SẢN VIỆT NAM", số ký hiệu, place
// and date, tên loại and trích yếu, Khẩn/Mật marks), "Kính gửi", the
// [Citation]s the text makes (type, symbol or name, date, issuer, subject,
// [Relation]: căn cứ, thực hiện, theo … and the span in the text it was
// read from), the preamble and [Section]s, the [Signature] (TM. thay mặt,
// KT. ký thay, TL., TUQ.; T/M, K/T for the Party), "Nơi nhận", and the
// [Repair]s a reader made. Its JSON form is documented on [Document] and
// versioned ([JSONSchema]); [DecodeJSON] reads untrusted input and reports
// every problem with its path. [Document.ID] is a UUID v5 derived from
// issuer, symbol and year, so two systems name the same document alike.
//
// # Checking
//
// [Document.Check] returns every finding against Decree 30/2020/NĐ-CP
// (State) or Hướng dẫn 36-HD/VPTW (Party), and, given [WithRegistry] and
// [AsOf], against an [github.com/chidao/chidao/org.Registry]: issuers,
// recipients and section addressees at the date, and whether the issuer
// may direct them ([org.Registry.CanDirect]). Each finding has a path, a
// stable code (the Code… constants), a severity, the rule's source and a
// message a clerk can read. [Document.Validate] returns an error only
// when a finding is an error.
package directive
