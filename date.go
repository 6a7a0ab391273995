package chidao

import (
	"fmt"
	"time"
)

// Date is a civil calendar day with no clock and no time zone, as written on
// Vietnamese documents ("ngày 04 tháng 10 năm 2023").
//
// The zero Date is not a valid day; it is what an unset field holds and it
// marshals to empty text. Dates are comparable with ==.
type Date struct {
	// days since 0001-01-01 plus one, so that the zero value means "unset".
	n int32
}

// ErrInvalidDate is wrapped by every error that rejects a calendar day.
// It is a kind of [ErrInvalid]: errors.Is(err, ErrInvalid) holds for
// those errors too.
var ErrInvalidDate error = &classError{msg: "invalid date", class: ErrInvalid}

var epoch = time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)

// NewDate returns the date year-month-day. It returns an error wrapping
// [ErrInvalidDate] when the day does not exist (31 April, 29 February 2023)
// or the year is outside 1..9999.
func NewDate(year, month, day int) (Date, error) {
	if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysIn(year, month) {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d", ErrInvalidDate, year, month, day)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return Date{n: int32((t.Unix()-epoch.Unix())/86400) + 1}, nil
}

// MustDate is like [NewDate] but panics on an invalid day. It is meant for
// tests and examples with constant input.
func MustDate(year, month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return MustDate(y, int(m), d)
}

// DaysIn reports the number of days in the month of the given year (0 for
// an invalid month).
func DaysIn(year, month int) int {
	switch month {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// IsZero reports whether d is the zero (unset) Date.
func (d Date) IsZero() bool { return d.n == 0 }

func (d Date) time() time.Time { return epoch.AddDate(0, 0, int(d.n-1)) }

// Year, Month and Day return the parts of d; all are 0 for the zero Date.
func (d Date) Year() int {
	if d.IsZero() {
		return 0
	}
	return d.time().Year()
}

// Month returns the month of d (1..12), or 0 for the zero Date.
func (d Date) Month() int {
	if d.IsZero() {
		return 0
	}
	return int(d.time().Month())
}

// Day returns the day of the month of d, or 0 for the zero Date.
func (d Date) Day() int {
	if d.IsZero() {
		return 0
	}
	return d.time().Day()
}

// Parts returns year, month and day in one call.
func (d Date) Parts() (year, month, day int) {
	if d.IsZero() {
		return 0, 0, 0
	}
	y, m, dd := d.time().Date()
	return y, int(m), dd
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts before every valid date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// AddDays returns d moved by n days. The zero Date stays zero, and so does a
// result outside years 1..9999.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	m := int64(d.n) + int64(n)
	if m < 1 || m > int64(lastDay.n) {
		return Date{} // moved outside years 1..9999
	}
	return Date{n: int32(m)}
}

// lastDay is 9999-12-31, the last Date.
var lastDay = MustDate(9999, 12, 31)

// Weekday returns the day of the week of d; the zero Date gives Sunday.
func (d Date) Weekday() time.Weekday {
	if d.IsZero() {
		return time.Sunday
	}
	return time.Weekday(d.n % 7) // day 1, 0001-01-01, was a Monday
}

// JulianDay returns the Julian day number of d (2460222 for 2023-10-04), 0
// for the zero Date.
func (d Date) JulianDay() int {
	if d.IsZero() {
		return 0
	}
	return int(d.n) + 1721425
}

// DateOfJulianDay returns the day with Julian day number jd, or the zero
// Date outside years 1..9999.
func DateOfJulianDay(jd int) Date { return Date{n: 1}.AddDays(jd - 1721426) }

// DaysUntil returns the number of days from d to e (negative if e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.n - d.n) }

// Time returns midnight at the start of d in loc (UTC if loc is nil).
func (d Date) Time(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	y, m, dd := d.Parts()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, loc)
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// AppendText implements encoding.TextAppender: it appends the YYYY-MM-DD
// form of d to b, nothing for the zero Date. It never fails.
func (d Date) AppendText(b []byte) ([]byte, error) { return d.appendISO(b), nil }

func (d Date) appendISO(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	y, m, dd := d.Parts()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, empty for zero.
func (d Date) MarshalText() ([]byte, error) { return d.appendISO(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts exactly
// YYYY-MM-DD; empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseISODate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseISODate parses YYYY-MM-DD. Vietnamese forms ("04/10/2023",
// "ngày 04 tháng 10 năm 2023") are parsed by the directive package.
func ParseISODate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrInvalidDate, s)
	}
	num := func(p string) int {
		n := 0
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, dd := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 0 || dd < 0 {
		return Date{}, fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrInvalidDate, s)
	}
	return NewDate(y, m, dd)
}
