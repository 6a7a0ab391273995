package directive

import (
	"strconv"

	"github.com/chidao/chidao"
)

// ParseError reports why a symbol, date or type name could not be parsed.
// It unwraps to Err when set ([chidao.ErrInvalidDate] for impossible dates)
// and to [chidao.ErrInvalid] otherwise, so errors.Is works on the class.
type ParseError struct {
	Func  string // the function that failed, e.g. "ParseSymbol"
	Input string // the text given to it
	Pos   int    // byte offset in Input where parsing stopped
	Msg   string // what was wrong
	Err   error  // optional underlying cause
}

// Error returns `directive.ParseSymbol("15/2024"): missing issuer (at "")`.
func (e *ParseError) Error() string {
	s := "directive." + e.Func + "(" + strconv.Quote(e.Input) + "): " + e.Msg
	if e.Pos >= 0 && e.Pos <= len(e.Input) {
		s += " (at " + strconv.Quote(e.Input[e.Pos:]) + ")"
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
