package directive

import (
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
)

// DateFormat selects how [FormatDate] writes a date. Every format pads the
// day under 10 and months 1 and 2 with a zero, the rule Decree 30/2020
// (Phụ lục I) sets for the date line and most citations follow.
type DateFormat uint8

const (
	// DateWords is "ngày 04 tháng 10 năm 2023", the date line.
	DateWords DateFormat = iota
	// DateSlash is "04/10/2023", the usual form in citations.
	DateSlash
	// DateDash is "04-10-2023", the Party form ("ngày 07-8-2023").
	DateDash
	// DateDot is "04.10.2023".
	DateDot
)

// DateFormats returns every DateFormat in a new slice the caller may
// change.
func DateFormats() []DateFormat { return []DateFormat{DateWords, DateSlash, DateDash, DateDot} }

// FormatDate writes d in format f; the zero Date gives "".
func FormatDate(d chidao.Date, f DateFormat) string {
	return string(AppendDate(nil, d, f))
}

// AppendDate appends d in format f to b.
func AppendDate(b []byte, d chidao.Date, f DateFormat) []byte {
	if d.IsZero() {
		return b
	}
	y, m, day := d.Parts()
	pad := func(b []byte, n int, zero bool) []byte {
		if n < 10 && zero {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(n), 10)
	}
	var sep byte
	switch f {
	case DateWords:
		b = append(b, "ngày "...)
		b = pad(b, day, true)
		b = append(b, " tháng "...)
		b = pad(b, m, m <= 2)
		b = append(b, " năm "...)
		return appendYear(b, y)
	case DateDash:
		sep = '-'
	case DateDot:
		sep = '.'
	default:
		sep = '/'
	}
	b = pad(b, day, true)
	b = append(b, sep)
	b = pad(b, m, m <= 2)
	b = append(b, sep)
	return appendYear(b, y)
}

// appendYear writes the year with four digits, as ParseDate reads it.
func appendYear(b []byte, y int) []byte {
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}

// DateLine returns the place-and-date line of a document header:
// DateLine("Hà Nội", d) is "Hà Nội, ngày 04 tháng 10 năm 2023".
func DateLine(place string, d chidao.Date) string {
	if place == "" {
		return FormatDate(d, DateWords)
	}
	return place + ", " + FormatDate(d, DateWords)
}

// ParseDate parses a date as Vietnamese documents write it: "04/10/2023",
// "4/10/2023", "07-8-2023", "7.8.2023", "ngày 07 tháng 8 năm 2023",
// "NGÀY 16 THÁNG 7 NĂM 2021" (any case, NFC or NFD, with or without
// diacritics, "ngày" optional). A day that does not exist gives a
// *[ParseError] wrapping [chidao.ErrInvalidDate].
func ParseDate(s string) (chidao.Date, error) {
	in := s
	s = vntext.NFC(s)
	i := vntext.SkipSpaces(s, 0)
	d, end, st := scanDate(s, i, true)
	if st == dateOK {
		if e := vntext.SkipSpaces(s, end); e < len(s) {
			return chidao.Date{}, &ParseError{Func: "ParseDate", Input: in, Pos: e, Msg: "unexpected text after the date"}
		}
		return d, nil
	}
	return chidao.Date{}, dateError("ParseDate", in, end, st)
}

// ParseDateLine parses a header date line, "Hà Nội, ngày 04 tháng 10 năm
// 2023", and returns the place and the date. The place may be empty.
func ParseDateLine(s string) (place string, d chidao.Date, err error) {
	in := s
	s = vntext.NFC(s)
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, ',')
	rest := s
	if i >= 0 {
		place, rest = strings.TrimSpace(s[:i]), s[i+1:]
	}
	d, err = ParseDate(rest)
	if err != nil {
		if pe, ok := err.(*ParseError); ok {
			pe.Func, pe.Input, pe.Pos = "ParseDateLine", in, -1
		}
		return "", chidao.Date{}, err
	}
	return place, d, nil
}

type dateStatus uint8

const (
	dateOK dateStatus = iota
	dateSyntax
	dateImpossible
)

func dateError(fn, in string, pos int, st dateStatus) error {
	if st == dateImpossible {
		return &ParseError{Func: fn, Input: in, Pos: -1, Msg: "no such day", Err: chidao.ErrInvalidDate}
	}
	return &ParseError{Func: fn, Input: in, Pos: min(pos, len(in)), Msg: "not a date"}
}

// scanDate reads a date at s[i]: numeric with one kind of separator, or the
// words form. "ngày" is optional when optNgay is set. It returns the end
// offset; on failure the offset is where reading stopped.
func scanDate(s string, i int, optNgay bool) (chidao.Date, int, dateStatus) {
	if d, j, ok := scanDateShort(s, i); ok {
		return d, j, dateOK
	}
	if i < len(s) && s[i]|0x20 != 'n' {
		// not "ngày"
		if !optNgay {
			return chidao.Date{}, i, dateSyntax
		}
	} else if e, ok := vntext.MatchFold(s, i, "ngày"); ok && !vntext.WordAt(s, e) {
		i = vntext.SkipWrap(s, e)
	} else if e, ok := vntext.MatchFold(s, i, "ngay"); ok && !vntext.WordAt(s, e) {
		i = vntext.SkipWrap(s, e)
	} else if !optNgay {
		return chidao.Date{}, i, dateSyntax
	}
	day, j := readInt(s, i, 2)
	if j == i {
		return chidao.Date{}, i, dateSyntax
	}
	var month, year int
	k := vntext.SkipWrap(s, j)
	if k < len(s) && (s[k] == '/' || s[k] == '-' || s[k] == '.') {
		sep := s[k]
		a := vntext.SkipSpaces(s, k+1)
		m, b := readInt(s, a, 2)
		if b == a {
			return chidao.Date{}, a, dateSyntax
		}
		c := vntext.SkipSpaces(s, b)
		if c >= len(s) || s[c] != sep {
			return chidao.Date{}, c, dateSyntax
		}
		e := vntext.SkipSpaces(s, c+1)
		y, f := readInt(s, e, 4)
		if f-e != 4 {
			return chidao.Date{}, e, dateSyntax
		}
		month, year, j = m, y, f
	} else {
		e, ok := matchGlued(s, k, "tháng ")
		if !ok {
			if e, ok = matchGlued(s, k, "thang "); !ok {
				return chidao.Date{}, k, dateSyntax
			}
		}
		m, b := readInt(s, e, 2)
		if b == e {
			return chidao.Date{}, e, dateSyntax
		}
		c := vntext.SkipWrap(s, b)
		e, ok = matchGlued(s, c, "năm ")
		if !ok {
			if e, ok = matchGlued(s, c, "nam "); !ok {
				return chidao.Date{}, c, dateSyntax
			}
		}
		y, f := readInt(s, e, 4)
		if f-e != 4 {
			return chidao.Date{}, e, dateSyntax
		}
		month, year, j = m, y, f
	}
	if vntext.WordAt(s, j) {
		return chidao.Date{}, j, dateSyntax
	}
	d, err := chidao.NewDate(year, month, day)
	if err != nil {
		return chidao.Date{}, j, dateImpossible
	}
	return d, j, dateOK
}

// scanDateShort reads the common form "ngày 7/8/2023" (one ASCII space,
// '/' between the numbers, "ngày" or "Ngày") as scanDate does, without its
// general steps; ok is false when the text has another form or the date
// fails, and scanDate then reads it in full.
// matchGlued is vntext.MatchFold of a word and its space, also accepting the
// word glued to the number after it ("tháng11", a common OCR loss) or
// the line wrapped after it ("tháng" / "11 năm 2021").
func matchGlued(s string, i int, w string) (int, bool) {
	if e, ok := vntext.MatchFold(s, i, w); ok {
		return e, true
	}
	if e, ok := vntext.MatchFold(s, i, w[:len(w)-1]); ok {
		if e = vntext.SkipWrap(s, e); e < len(s) && vntext.IsDigit(s[e]) {
			return e, true
		}
	}
	return i, false
}

func scanDateShort(s string, i int) (chidao.Date, int, bool) {
	// "ngày " and at least "d/m/yyyy"
	if i+14 > len(s) || s[i]|0x20 != 'n' || s[i+1] != 'g' || s[i+2] != 0xC3 || s[i+3] != 0xA0 || s[i+4] != 'y' || s[i+5] != ' ' {
		return chidao.Date{}, 0, false
	}
	j := i + 6
	day, j := shortInt(s, j)
	if day < 0 {
		return chidao.Date{}, 0, false
	}
	var month int
	switch {
	case s[j] == '/':
		if month, j = shortInt(s, j+1); month < 0 || s[j] != '/' {
			return chidao.Date{}, 0, false
		}
		j++
	case strings.HasPrefix(s[j:], " tháng "):
		// "ngày 19 tháng 6 năm 2015", one ASCII space between words
		if month, j = shortInt(s, j+len(" tháng ")); month < 0 || !strings.HasPrefix(s[j:], " năm ") {
			return chidao.Date{}, 0, false
		}
		j += len(" năm ")
	default:
		return chidao.Date{}, 0, false
	}
	if j+4 > len(s) || !vntext.IsDigit(s[j]) || !vntext.IsDigit(s[j+1]) || !vntext.IsDigit(s[j+2]) || !vntext.IsDigit(s[j+3]) {
		return chidao.Date{}, 0, false
	}
	year := int(s[j]-'0')*1000 + int(s[j+1]-'0')*100 + int(s[j+2]-'0')*10 + int(s[j+3]-'0')
	j += 4
	if j < len(s) && (vntext.IsDigit(s[j]) || vntext.WordAt(s, j)) {
		return chidao.Date{}, 0, false
	}
	d, err := chidao.NewDate(year, month, day)
	if err != nil {
		return chidao.Date{}, 0, false
	}
	return d, j, true
}

// shortInt reads one or two digits at s[i] followed by a byte that is not
// a digit, or gives -1; the byte after is in s.
func shortInt(s string, i int) (int, int) {
	if i+2 >= len(s) || !vntext.IsDigit(s[i]) {
		return -1, i
	}
	if !vntext.IsDigit(s[i+1]) {
		return int(s[i] - '0'), i + 1
	}
	if vntext.IsDigit(s[i+2]) {
		return -1, i
	}
	return int(s[i]-'0')*10 + int(s[i+1]-'0'), i + 2
}

// readInt reads up to limit digits at s[i] and fails (returns i) when more
// digits follow.
func readInt(s string, i, limit int) (int, int) {
	n, j := 0, i
	for j < len(s) && vntext.IsDigit(s[j]) {
		if j-i == limit {
			return 0, i
		}
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j
}

// ScanDate reads a date that starts at s[i] ("ngày 07 tháng 8 năm 2023",
// "07/8/2023", "07-8-2023", "07.8.2023") and returns it with the offset
// where it ends. It is [ParseDate] for readers that meet dates inside
// running text; ok is false when no valid date starts at i.
func ScanDate(s string, i int) (d chidao.Date, end int, ok bool) {
	d, end, st := scanDate(s, i, false)
	return d, end, st == dateOK
}
