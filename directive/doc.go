// Package directive reads and writes the identity of Vietnamese
// administrative and Party documents: their types ([Kind]), number and
// symbol ([Symbol]), dates ([ParseDate], [FormatDate]) and the citations
// one document makes to others ([Citations], [Resolve]).
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
// [ParseSymbolLenient] also repairs what OCR and web pages do to them.
//
// # Citations
//
// [Citations] scans text for references to documents and yields each with
// its type, symbol (or name, for laws cited by name), date, issuer, subject,
// relation and byte span. [Resolve] groups them by document, merges short
// mentions into the full one and follows defined terms such as "(gọi tắt là
// Chỉ thị)".
package directive
