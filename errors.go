package chidao

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// Code is a stable, machine-readable name for a class of validation problem.
// Codes never change once published; messages may.
type Code string

// Generic codes shared by every package. Packages define more specific codes
// (for example "org.cycle" or "directive.symbol_issuer_mismatch").
const (
	CodeRequired   Code = "required"
	CodeInvalid    Code = "invalid"
	CodeDuplicate  Code = "duplicate"
	CodeNotFound   Code = "not_found"
	CodeOutOfRange Code = "out_of_range"
	CodeConflict   Code = "conflict"
	CodeTooLong    Code = "too_long"
)

// Sentinels for errors.Is on the generic class of a FieldError. A FieldError
// whose Code is not one of the generic codes unwraps to ErrInvalid.
var (
	ErrRequired   = errors.New("required")
	ErrInvalid    = errors.New("invalid value")
	ErrDuplicate  = errors.New("duplicate value")
	ErrNotFound   = errors.New("not found")
	ErrOutOfRange = errors.New("out of range")
	ErrConflict   = errors.New("conflict")
)

// Severity says whether a finding makes the object wrong or only doubtful.
type Severity uint8

const (
	// SeverityError is the zero value: the object breaks a rule.
	SeverityError Severity = iota
	// SeverityWarning marks a finding a person should look at.
	SeverityWarning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler. An unknown Severity is an
// error wrapping [ErrInvalid], so that it never reaches the wire.
func (s Severity) MarshalText() ([]byte, error) {
	if s > SeverityWarning {
		return nil, fmt.Errorf("chidao: cannot marshal unknown severity %d: %w", uint8(s), ErrInvalid)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: "error" (or empty
// text) and "warning"; other text is an error wrapping [ErrInvalid].
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error", "":
		*s = SeverityError
	case "warning":
		*s = SeverityWarning
	default:
		return fmt.Errorf("chidao: unknown severity %q: %w", clip(string(b), 64), ErrInvalid)
	}
	return nil
}

// classError is a sentinel that belongs to a wider class, as
// ErrInvalidDate belongs to ErrInvalid.
type classError struct {
	msg   string
	class error
}

func (e *classError) Error() string { return e.msg }
func (e *classError) Unwrap() error { return e.class }

// FieldError is one problem found in an object, addressed by the JSON path of
// the offending field, e.g. "orgs[12].parent" or "signature.title".
type FieldError struct {
	Path     string   `json:"path"`
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	// Rule names the source of the rule, e.g. "NĐ 30/2020 Phụ lục I"; empty
	// for structural checks.
	Rule    string `json:"rule,omitempty"`
	Message string `json:"message"`
	// Value is the offending value, when it helps to show it.
	Value any `json:"value,omitempty"`
}

// Error returns "path: message (value "…")", with "warning: " before the
// message of a warning and the value clipped to 64 runes.
func (e *FieldError) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Severity == SeverityWarning {
		b.WriteString("warning: ")
	}
	if e.Message != "" {
		b.WriteString(e.Message)
	} else {
		b.WriteString(string(e.Code))
	}
	if e.Value != nil {
		fmt.Fprintf(&b, " (value %q)", clip(fmt.Sprint(e.Value), 64))
	}
	return b.String()
}

// Line returns the finding as one line for people: severity padded to
// seven columns, path, code in brackets, message and the rule's source in
// parentheses:
//
//	error   signature.title [required] thiếu chức vụ của người ký (NĐ 30/2020 Điều 13, Phụ lục I §II.7)
//	warning symbol [directive.symbol_repaired] số, ký hiệu được đọc lại … (NĐ 30/2020 Phụ lục I §II.3)
//
// Every program that prints findings uses it, so that they read alike.
func (e *FieldError) Line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-7s ", e.Severity)
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteByte(' ')
	}
	b.WriteByte('[')
	b.WriteString(string(e.Code))
	b.WriteString("] ")
	b.WriteString(e.Message)
	if e.Rule != "" {
		b.WriteString(" (")
		b.WriteString(e.Rule)
		b.WriteByte(')')
	}
	return b.String()
}

// clip shortens s to n runes, marking the cut with "…".
func clip(s string, n int) string { return vntext.ClipRunes(s, n) }

// WithRule sets the source of the rule the finding applies, e.g.
// "NĐ 30/2020 Phụ lục I §II.3", and returns e.
func (e *FieldError) WithRule(src string) *FieldError {
	e.Rule = src
	return e
}

// AsWarning gives the finding warning severity and returns e.
func (e *FieldError) AsWarning() *FieldError {
	e.Severity = SeverityWarning
	return e
}

// Required reports a missing field.
func Required(p Path, msg string) *FieldError {
	return &FieldError{Path: p.String(), Code: CodeRequired, Message: msg}
}

// Invalid reports a value that breaks a rule.
func Invalid(p Path, value any, msg string) *FieldError {
	return NewFieldError(p, CodeInvalid, value, msg)
}

// Duplicate reports a value given twice where it must be unique.
func Duplicate(p Path, value any, msg string) *FieldError {
	return NewFieldError(p, CodeDuplicate, value, msg)
}

// NotFound reports a reference to something that does not exist.
func NotFound(p Path, value any, msg string) *FieldError {
	return NewFieldError(p, CodeNotFound, value, msg)
}

// OutOfRange reports a value outside its allowed range.
func OutOfRange(p Path, value any, msg string) *FieldError {
	return NewFieldError(p, CodeOutOfRange, value, msg)
}

// Conflict reports a value that contradicts another field.
func Conflict(p Path, value any, msg string) *FieldError {
	return NewFieldError(p, CodeConflict, value, msg)
}

// TooLong reports a value over its size limit.
func TooLong(p Path, value any, msg string) *FieldError {
	return NewFieldError(p, CodeTooLong, value, msg)
}

// NewFieldError reports a finding with any code, a package's own
// ("directive.symbol_shape") or a generic one.
func NewFieldError(p Path, code Code, value any, msg string) *FieldError {
	return &FieldError{Path: p.String(), Code: code, Message: msg, Value: value}
}

// Unwrap returns the sentinel of the error's generic class.
func (e *FieldError) Unwrap() error {
	switch e.Code {
	case CodeRequired:
		return ErrRequired
	case CodeDuplicate:
		return ErrDuplicate
	case CodeNotFound:
		return ErrNotFound
	case CodeOutOfRange:
		return ErrOutOfRange
	case CodeConflict:
		return ErrConflict
	}
	return ErrInvalid
}

// ValidationError is the list of every problem found in one object. A nil
// or empty list is never returned as an error: use [ErrorList.Err].
type ValidationError struct {
	Errors []*FieldError `json:"errors"`
}

// Error summarises the first problem and counts the rest.
func (e *ValidationError) Error() string {
	switch len(e.Errors) {
	case 0:
		return "no problems"
	case 1:
		return e.Errors[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", e.Errors[0].Error(), len(e.Errors)-1)
}

// Unwrap exposes every FieldError to errors.Is and errors.As.
func (e *ValidationError) Unwrap() []error {
	out := make([]error, len(e.Errors))
	for i, fe := range e.Errors {
		out[i] = fe
	}
	return out
}

// HasErrors reports whether any finding has error severity (as opposed to
// only warnings).
func (e *ValidationError) HasErrors() bool { return ErrorList(e.Errors).HasErrors() }

// ErrorList collects FieldErrors while an object is checked. Findings are
// built, in the style of Kubernetes' field package, with [Required],
// [Invalid], [Duplicate], [NotFound], [OutOfRange], [Conflict], [TooLong]
// (generic codes) or [NewFieldError] (a package's own code), then given a
// rule and a severity:
//
//	errs = append(errs, chidao.Required(p.Child("title"), "thiếu chức vụ").WithRule(src))
//	errs = append(errs, chidao.NewFieldError(p, CodeArchive, v, msg).WithRule(src).AsWarning())
type ErrorList []*FieldError

// Add appends an error-severity finding.
func (l *ErrorList) Add(p Path, code Code, msg string, value any) {
	*l = append(*l, &FieldError{Path: p.String(), Code: code, Message: msg, Value: value})
}

// Warn appends a warning.
func (l *ErrorList) Warn(p Path, code Code, msg string, value any) {
	*l = append(*l, &FieldError{Path: p.String(), Code: code, Severity: SeverityWarning, Message: msg, Value: value})
}

// Err returns nil for an empty list, or a *ValidationError holding it.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return &ValidationError{Errors: l}
}

// HasErrors reports whether any finding has error severity.
func (l ErrorList) HasErrors() bool {
	for _, fe := range l {
		if fe.Severity == SeverityError {
			return true
		}
	}
	return false
}

// String returns one [FieldError.Line] per finding, each ending in a
// newline; "" for an empty list.
func (l ErrorList) String() string {
	var b strings.Builder
	for _, fe := range l {
		b.WriteString(fe.Line())
		b.WriteByte('\n')
	}
	return b.String()
}

// Path is the address of a field inside an object, built from JSON names:
// NewPath("orgs").Index(12).Child("parent") is "orgs[12].parent". The zero
// Path is the root. Paths are immutable values.
type Path struct{ s string }

// NewPath starts a path at a top-level field.
func NewPath(name string) Path { return Path{s: name} }

// Child returns the path of a named field below p.
func (p Path) Child(name string) Path {
	if p.s == "" {
		return Path{s: name}
	}
	return Path{s: p.s + "." + name}
}

// Index returns the path of the i-th element of the list at p.
func (p Path) Index(i int) Path { return Path{s: p.s + "[" + strconv.Itoa(i) + "]"} }

// Key returns the path of the map entry k at p.
func (p Path) Key(k string) Path { return Path{s: p.s + "[" + strconv.Quote(k) + "]"} }

// String returns the path as text.
func (p Path) String() string { return p.s }

// Sort orders the list by path, comparing list indexes as numbers
// ("orgs[2]" before "orgs[10]"), keeping the order of findings on one path.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *FieldError) int { return comparePaths(a.Path, b.Path) })
}

func comparePaths(a, b string) int {
	for a != "" && b != "" {
		na, ra := leadingNumber(a)
		nb, rb := leadingNumber(b)
		if na >= 0 && nb >= 0 {
			if na != nb {
				return cmp.Compare(na, nb)
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// leadingNumber returns the number s starts with and the rest, or -1.
func leadingNumber(s string) (int, string) {
	i := 0
	for i < len(s) && i < 9 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return -1, s
	}
	n, _ := strconv.Atoi(s[:i])
	return n, s[i:]
}
