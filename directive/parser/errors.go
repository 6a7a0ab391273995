package parser

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// SyntaxError is a part of a document's text that Parse could not read.
// Line and Col are 1-based; Col counts runes of the input line.
type SyntaxError struct {
	Line, Col int
	// Field is the JSON name of the part being read ("symbol", "date").
	Field string
	Msg   string
	// Text is the text that could not be read.
	Text string
	// Err is the sentinel the error wraps, if any: [ErrNoDocument].
	Err error
}

// Error returns "parser.Parse: line 7, column 5: symbol: … (text "…")".
func (e *SyntaxError) Error() string {
	s := "parser.Parse: line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Col) + ": "
	if e.Field != "" {
		s += e.Field + ": "
	}
	s += e.Msg
	if e.Text != "" {
		s += " (text " + strconv.Quote(vntext.ClipRunes(e.Text, errTextLen)) + ")"
	}
	return s
}

// ErrNoDocument is wrapped by the error Parse returns for text in which no
// part of a document header (national header, number, date line or type
// name) can be found.
var ErrNoDocument = errors.New("parser: no document header found")

// Unwrap returns the sentinel e wraps (Err), or nil.
func (e *SyntaxError) Unwrap() error { return e.Err }

func (p *docParser) result() (*directive.Document, error) {
	p.setAside()
	if len(p.errs) > 0 {
		errs := make([]error, len(p.errs))
		for i, e := range p.errs {
			errs[i] = e
		}
		return p.d, errors.Join(errs...)
	}
	return p.d, nil
}

func (p *docParser) fail(line int, raw, at, field, msg string) {
	col := 1
	if k := strings.Index(raw, at); k >= 0 && at != "" {
		col = utf8.RuneCountInString(raw[:k]) + 1
	}
	p.errs = append(p.errs, &SyntaxError{Line: line, Col: col, Field: field, Msg: msg, Text: at})
}
