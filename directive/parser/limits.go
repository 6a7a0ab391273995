package parser

// maxFlatLine is the last line a flattened header is looked for on.
const maxFlatLine = 60

// flatMin is the length below which a line is not searched: a real
// one-line header with a date is longer.
const flatMin = 120

// headerWindow is how far, in lines, the parts of one header may lie from
// the national header.
const headerWindow = 14

// maxHeaderLines bounds the header: past it the body starts, whatever the
// lines look like.
const maxHeaderLines = 60

// maxKeyLine bounds the text the parser folds per line: the decisions
// made on a line only look at its start, and bounding the work keeps Parse
// linear in the size of hostile input.
const maxKeyLine = 240

// lineKeyLen is how much of a line the per-line key covers: enough for
// every label, mark, type name and signer title the parser looks for.
const lineKeyLen = 72

// maxLeadLines is how many lines from the top the lead is looked for in.
const maxLeadLines = 40
