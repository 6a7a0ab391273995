// Package chidao is the root of an SDK that models Vietnamese administrative
// directives: who issued a document, what it cites, whom it addresses, what it
// obliges them to do, how that obligation cascades down the political system,
// and how progress is reported back.
//
// This package holds only the vocabulary every other package shares: the
// civil [Date], the derived [ID], and the validation findings
// ([FieldError], [ValidationError], [ErrorList], [Path]). Of the SDK it
// imports only internal/vntext, the Vietnamese text rules.
//
// # Packages
//
// Imports point one way, lowest first:
//
//   - [github.com/chidao/chidao/org]: issuing authorities and recipients at a
//     date, with Hà Nội's Party and State bodies of 2023 and after the 2025
//     reforms built in ([github.com/chidao/chidao/org.HaNoi]); name matching
//     that accepts NFC or NFD input, either tone placement and the usual
//     abbreviations; recipient classes ("UBND các quận, huyện, thị xã")
//     expanded to bodies; who may direct whom, and through which chain; who
//     inherits a dissolved body's work. Other provinces load their own
//     registry from JSON.
//   - [github.com/chidao/chidao/directive]: what a document is, as values:
//     types (tên loại), number and symbol, dates, citations, the whole
//     document (header, Kính gửi, body, signature, Nơi nhận, repairs), its
//     versioned JSON and ID, and Check/Validate against Decree 30/2020 and
//     Guideline 36-HD/VPTW and against a registry.
//   - [github.com/chidao/chidao/directive/cite]: references to other
//     documents in raw text, found fast, and resolved by document.
//   - [github.com/chidao/chidao/directive/parser]: whole documents read from
//     web pages, PDF text layers and scans, every repair recorded.
//   - [github.com/chidao/chidao/directive/render]: a document written as
//     canonical text and as the printed A4 page.
//   - [github.com/chidao/chidao/directive/edxml]: a document as the edXML
//     packet of the national document network (QCVN 102:2016), and back;
//     status packets from recipients.
//   - [github.com/chidao/chidao/task]: obligations turned into tasks, one
//     per body, with role (chủ trì / phối hợp), deadline (working days and
//     the lunar holidays counted) and the "5 rõ" gaps; their history as
//     events and their class on any day; the cascade of plans from a
//     directive down to departments, districts and communes, validated as
//     a whole; the work of dissolved bodies passed to their successors.
//     It builds on directive and org only, never on the readers.
//   - [github.com/chidao/chidao/report]: progress reports as task events;
//     exact roll-ups over any slice of a cascade (the national late and
//     on-time rates, completion, progress); the scoreboard; the outputs
//     officials read (tables, CSV for Excel, JSON, SVG charts, one HTML
//     page) and the Báo cáo kết quả as a document.
//
// # Where to look
//
// Who is this body, was it in force on a day, whom may it direct: org.
// What is this symbol, type or date: directive. Which documents does this
// text cite: directive/cite. What does this web page or scan say, field by
// field: directive/parser. How does this document print: directive/render.
// Who must do what by when, where is the chain broken: task. How far is
// it, who is late, what goes in the Báo cáo: report.
// Read them in that order; internal/vntext holds the Vietnamese text rules
// they share (normalising, keys, collation, character classes).
//
// # A walk through one letter
//
// The example program examples/hanoi3241 follows Công văn 3241/UBND-KGVX of
// 04/10/2023 from the Hà Nội People's Committee: it parses the letter as text
// extraction left it, lists what it cites (the Party directive 24-CT/TU it
// passes down, the guidance 114-HD/BTGTU it rests on), validates it, expands
// its recipient classes to the 23 departments, 30 district committees and 6
// press agencies they meant that day, and shows what the same addressees
// mean after the reforms of 2025.
//
// # Validation and errors
//
// Every Validate and every builder returns all problems at once as a
// *[ValidationError]. Each [FieldError] has a JSON path such as
// "orgs[12].parent" or "signature.title", a stable [Code], a [Severity], the
// rule's source where there is one ("NĐ 30/2020 Phụ lục I"), and a message.
// errors.Is works on the generic class ([ErrRequired], [ErrDuplicate] …) and
// errors.As gives the details. Bad input gets an error, never a panic.
//
// # Dates
//
// A [Date] is a calendar day with no clock or zone, written YYYY-MM-DD in
// JSON. Validity windows are half-open: a body valid from 2025-03-01 exists on
// that day; a body valid until 2025-03-01 no longer exists on that day.
//
// # Vietnamese text
//
// All name comparison goes through one normaliser (NFC, one canonical tone
// placement, case and punctuation folding, abbreviation expansion), and all
// sorting of names uses Vietnamese collation from golang.org/x/text/collate.
package chidao
