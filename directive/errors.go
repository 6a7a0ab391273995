package directive

import (
	"strconv"

	"github.com/chidao/chidao"
)

// ParseError reports why a symbol, date, type name or other wire value
// could not be read. It unwraps to Err when set ([chidao.ErrInvalidDate]
// for impossible dates, itself a kind of [chidao.ErrInvalid]) and to
// [chidao.ErrInvalid] otherwise, so errors.Is(err, chidao.ErrInvalid)
// holds for every ParseError.
type ParseError struct {
	Func  string // the function that failed, e.g. "ParseSymbol"
	Input string // the text given to it
	Pos   int    // byte offset in Input where parsing stopped; -1 when it does not apply
	Msg   string // what was wrong
	Err   error  // optional underlying cause
}

// Error returns `directive.ParseSymbol("15/2024"): missing issuer (at "")`.
// The input and the rest after Pos are clipped to 64 runes.
func (e *ParseError) Error() string {
	s := "directive." + e.Func + "(" + strconv.Quote(clip(e.Input)) + "): " + e.Msg
	if e.Pos >= 0 && e.Pos <= len(e.Input) {
		s += " (at " + strconv.Quote(clip(e.Input[e.Pos:])) + ")"
	}
	return s
}

// Unwrap returns Err, or [chidao.ErrInvalid] when Err is nil.
func (e *ParseError) Unwrap() error {
	if e.Err != nil {
		return e.Err
	}
	return chidao.ErrInvalid
}
