// Package chidao is the root of an SDK that models Vietnamese administrative
// directives: who issued a document, what it cites, whom it addresses, what it
// obliges them to do, how that obligation cascades down the political system,
// and how progress is reported back.
//
// This package holds only the vocabulary every other package shares: the
// civil [Date] and the validation error types ([FieldError],
// [ValidationError], [ErrorList], [Path]). It imports none of the SDK's
// packages.
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
//   - [github.com/chidao/chidao/directive]: document types, number and
//     symbol, dates, citations and their resolution, and the whole document:
//     a lenient parser that records its repairs, validation against Decree
//     30/2020 and Guideline 36-HD/VPTW, rendering to text and HTML, JSON.
//   - task and report (planned): obligations turned into tasks with
//     assignee, role (chủ trì / phối hợp), deadline and status; plans that
//     cascade from a directive down to departments and districts; progress
//     reports and roll-ups.
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
