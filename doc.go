// Package chidao is the root of an SDK that models Vietnamese administrative
// directives: who issued a document, what it cites, whom it addresses, what it
// obliges them to do, how that obligation cascades down the political system,
// and how progress is reported back.
//
// This package holds only the vocabulary every other package shares: the
// civil [Date] and the validation error types ([FieldError],
// [ValidationError], [Path]). It imports none of the SDK's packages.
//
// # Packages
//
// Imports point one way, lowest first:
//
//   - org: issuing authorities and recipients at a date, with the 2025
//     reforms of Hà Nội built in ([github.com/chidao/chidao/org.HaNoi]); name matching that accepts
//     NFC or NFD input, either tone placement and the usual abbreviations;
//     recipient classes ("UBND các quận, huyện, thị xã") expanded to bodies;
//     who may direct whom; who inherits a dissolved body's work.
//   - directive: documents, number-and-symbol, dates and citations.
//   - task: obligations turned into tasks and plans.
//   - report: progress reports and roll-ups.
//
// # Validation and errors
//
// Every Validate and every builder returns all problems at once as a
// *[ValidationError]. Each [FieldError] has a JSON path such as
// "orgs[12].parent", a stable [Code], a severity, the rule's source where
// there is one, and a message a clerk can read. errors.Is works on the
// generic class ([ErrRequired], [ErrDuplicate] …) and errors.As gives the
// details.
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
