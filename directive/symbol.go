package directive

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// Shape is the grammar a [Symbol] follows.
type Shape uint8

const (
	// ShapeUnspecified is the shape of the zero Symbol.
	ShapeUnspecified Shape = iota
	// ShapeAdministrative is <n>/<TYPE>-<ISSUER>[-<UNIT>]: 123/KH-UBND.
	ShapeAdministrative
	// ShapeLetter is a công văn, with no type code: <n>/<ISSUER>-<UNIT>,
	// as in 3241/UBND-KGVX.
	ShapeLetter
	// ShapeLegal is a legal-normative document: <n>/<yyyy>/<TYPE>-<ISSUER>,
	// as in 30/2020/NĐ-CP or 01/2020/TTLT-BTC-BNV.
	ShapeLegal
	// ShapeAssembly is a law or resolution of the National Assembly or its
	// Standing Committee: <n>/<yyyy>/QH<term>, as in 72/2025/QH15.
	ShapeAssembly
	// ShapeParty is a Party document: <n>-<TYPE>/<ISSUER>, as in 24-CT/TU.
	ShapeParty
)

// String returns the stable wire code of the shape.
func (s Shape) String() string {
	switch s {
	case ShapeUnspecified:
		return ""
	case ShapeAdministrative:
		return "administrative"
	case ShapeLetter:
		return "letter"
	case ShapeLegal:
		return "legal"
	case ShapeAssembly:
		return "assembly"
	case ShapeParty:
		return "party"
	}
	return "directive.Shape(" + strconv.Itoa(int(s)) + ")"
}

// Symbol is a document's number and symbol (số, ký hiệu) as printed after
// "Số:": 24-CT/TU, 30/2020/NĐ-CP, 3241/UBND-KGVX.
//
// Symbol is an immutable, comparable value. == compares the printed form,
// which keeps the case as written (28/2018/QĐ-TTg); use [Symbol.Equal] or
// [Symbol.Key] to compare the way the standard does, ignoring case
// (19/CT-TTG equals 19/CT-TTg).
//
// The zero Symbol is not valid; it is what an unset field holds and it
// marshals to empty text.
type Symbol struct {
	s string
	// Offsets into s: s[:numEnd] is the number, s[typ0:typ1] the type code,
	// s[iss0:iss1] the issuer group(s), s[unit0:] the drafting unit(s).
	numEnd, typ0, typ1, iss0, iss1, unit0 uint8
	year                                  uint16
	shape                                 Shape
}

const (
	maxSymbolLen   = 64
	maxNumberLen   = 6
	maxGroupLen    = 16
	maxSymbolGroup = 10 // a joint document lists every issuer: "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC"
)

// ParseSymbol parses a symbol written exactly to the standard's grammar:
// digits, "/", "-" and groups of letters (A–Z, Đ) and digits, with no
// spaces; a code after the first may join letters with "&" or ".", as
// units write them ("2865/GDĐT-KT&KĐCL", "06/QC-TT.HĐND-UBND"), and the
// number may end in a letter ("06b/NQ-TLĐ"). Letter case is kept as
// written. NFD input is accepted and normalised. Errors are *[ParseError].
//
// Use [ParseSymbolLenient] for text from OCR or web pages.
func ParseSymbol(s string) (Symbol, error) {
	in := s
	s = vntext.NFC(s)
	for i := 0; i < len(s); {
		c := s[i]
		if vntext.IsDigit(c) || vntext.IsASCIILetter(c) || c == '/' || c == '-' || c == '&' || c == '.' {
			i++ // parseCompact accepts "&" and "." only inside a code
			continue
		}
		if n := vntext.DLetterAt(s, i); n > 0 && s[i] == 0xC4 {
			i += n
			continue
		}
		return Symbol{}, &ParseError{Func: "ParseSymbol", Input: in, Pos: min(i, len(in)), Msg: "unexpected character"}
	}
	sym, pos, msg := parseCompact(s)
	if msg != "" {
		return Symbol{}, &ParseError{Func: "ParseSymbol", Input: in, Pos: min(pos, len(in)), Msg: msg}
	}
	return sym, nil
}

// MustParseSymbol is like [ParseSymbol] but panics on error. It is meant
// for tests and examples with constant input.
func MustParseSymbol(s string) Symbol {
	sym, err := ParseSymbol(s)
	if err != nil {
		panic(err)
	}
	return sym
}

// Repairs is the set of fixes [ParseSymbolLenient] made to its input.
type Repairs uint8

const (
	// RepairTrimmed: spaces or noise before or after the symbol.
	RepairTrimmed Repairs = 1 << iota
	// RepairSpace: spaces or a line break around "/" or "-" ("05 /2008").
	RepairSpace
	// RepairSeparator: a dash or slash look-alike (–, ‐, −, ∕, ／).
	RepairSeparator
	// RepairLookalike: Ð (U+00D0) or ð read as Đ or đ, Ư as U.
	RepairLookalike
	// RepairNoise: soft hyphens, zero-width characters or markdown marks.
	RepairNoise
)

var repairNames = [...]string{"trimmed", "space", "separator", "lookalike", "noise"}

// Has reports whether r includes every repair in x.
func (r Repairs) Has(x Repairs) bool { return r&x == x }

// String lists the repairs, comma-separated ("space,separator"), or "".
func (r Repairs) String() string {
	var b strings.Builder
	for i, n := range repairNames {
		if r&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// ParseSymbolLenient parses a symbol as found in real text. Besides what
// [ParseSymbol] accepts it removes spaces and line breaks around separators
// ("05 /2008/TT-BYT", "24-\nCT/TU"), soft hyphens, zero-width characters and
// markdown marks, reads dash and slash look-alikes as "-" and "/", Ð as Đ
// and Ư as U ("445-KL/TƯ"), reads the old dot separator between codes as
// "-" ("01/1999/QĐ.UB"), and puts back the dash text extraction drops
// between a type code and a common issuer ("1961/QĐUBND", "61/2018/NĐCP").
// It reports what it repaired. Spaces inside a group ("UB ND") are still
// an error, and so is a number with a letter ("30c/NQCP").
func ParseSymbolLenient(s string) (Symbol, Repairs, error) {
	in := s
	s = vntext.NFC(s)
	compact, rep, pos, msg := compactSymbol(s, 0, len(s), true)
	if msg != "" {
		return Symbol{}, 0, &ParseError{Func: "ParseSymbolLenient", Input: in, Pos: min(pos, len(in)), Msg: msg}
	}
	sym, _, msg := parseCompact(compact)
	if msg != "" && strings.Count(compact, "/") == 3 {
		// "40/2000/TT/BTC": a slash typed for the dash between the type
		// code and the issuer's
		k := strings.LastIndexByte(compact, '/')
		if fixed, _, m := parseCompact(compact[:k] + "-" + compact[k+1:]); m == "" && fixed.shape == ShapeLegal {
			sym, msg, rep = fixed, "", rep|RepairSeparator
		}
	}
	if msg != "" {
		return Symbol{}, 0, &ParseError{Func: "ParseSymbolLenient", Input: in, Pos: -1, Msg: msg}
	}
	if fixed, ok := restoreTypeDash(sym); ok {
		sym, rep = fixed, rep|RepairSeparator
	}
	return sym, rep, nil
}

// dashLostIssuers are the issuers whose dash after a type code text
// extraction drops most ("1961/QĐUBND", "61/2018/NĐCP"); only these are
// split off, so that a unit code such as "KHĐT" stays whole.
var dashLostIssuers = []string{"UBND", "HĐND", "CP", "TTg", "VPCP"}

// restoreTypeDash puts back the dash between a State type code and a
// known issuer run together in the first code group: "1961/QĐUBND" is
// 1961/QĐ-UBND, "61/2018/NĐCP" is 61/2018/NĐ-CP.
func restoreTypeDash(sym Symbol) (Symbol, bool) {
	if sym.shape != ShapeLetter && sym.shape != ShapeAssembly {
		return Symbol{}, false
	}
	g0, g1 := int(sym.iss0), int(sym.iss1)
	if sym.shape == ShapeAssembly && sym.unit0 != sym.iss1 {
		return Symbol{}, false
	}
	group := sym.s[g0:g1]
	for _, iss := range dashLostIssuers {
		n := len(group) - len(iss)
		if n <= 0 || !vntext.EqualFoldCode(group[n:], iss) {
			continue
		}
		if _, ok := KindByCode(BlocState, group[:n]); !ok {
			continue
		}
		fixed, _, msg := parseCompact(sym.s[:g0+n] + "-" + sym.s[g0+n:])
		if msg == "" && (fixed.shape == ShapeAdministrative || fixed.shape == ShapeLegal) {
			return fixed, true
		}
	}
	return Symbol{}, false
}

// compactSymbol removes the repairable noise from s[i:end] and returns the
// canonical text. When nothing needs repair it returns a substring of s and
// does not allocate. trim allows spaces at both ends.
func compactSymbol(s string, i, end int, trim bool) (string, Repairs, int, string) {
	var rep Repairs
	if trim {
		a := vntext.SkipSpaces(s, i)
		for a < end && s[a] == '\n' {
			a = vntext.SkipSpaces(s, a+1)
		}
		b := vntext.SkipSpacesBack(s, end)
		for b > a && s[b-1] == '\n' {
			b = vntext.SkipSpacesBack(s, b-1)
		}
		if a != i || b != end {
			rep |= RepairTrimmed
		}
		i, end = a, max(a, b)
	}
	clean := true
	for j := i; j < end; j++ {
		c := s[j]
		if !(vntext.IsDigit(c) || vntext.IsASCIILetter(c) || c == '/' || c == '-' || c == 0xC4 || (c >= 0x80 && c <= 0xBF && j > i && s[j-1] == 0xC4)) {
			clean = false
			break
		}
	}
	if clean {
		return s[i:end], rep, 0, ""
	}
	var b strings.Builder
	b.Grow(end - i)
	lastSep := true // a gap at the start counts as next to a separator
	for j := i; j < end; {
		c := s[j]
		switch {
		case vntext.IsDigit(c) || vntext.IsASCIILetter(c):
			b.WriteByte(c)
			lastSep = false
			j++
			continue
		case c == '/' || c == '-':
			b.WriteByte(c)
			lastSep = true
			j++
			continue
		case c == '&':
			// inside a drafting unit ("KT&KĐCL"); parseCompact checks where
			b.WriteByte(c)
			lastSep = false
			j++
			continue
		case c == '.' && trim && !lastSep && j+1 < end && (vntext.IsASCIILetter(s[j+1]) || vntext.DLetterAt(s, j+1) > 0) && b.Len() > 0 && !vntext.IsDigit(b.String()[b.Len()-1]):
			if bs := b.String(); strings.LastIndexByte(bs, '-') > strings.LastIndexByte(bs, '/') {
				// past the first code, a dot joins one code: "QC-TT.HĐND"
				b.WriteByte(c)
				j++
				continue
			}
			// the old dot separator between codes ("QĐ.UB")
			rep |= RepairSeparator
			b.WriteByte('-')
			lastSep = true
			j++
			continue
		}
		if n := vntext.DLetterAt(s, j); n > 0 {
			if s[j] != 0xC4 {
				rep |= RepairLookalike
				if s[j+1] == 0x90 {
					b.WriteString("Đ")
				} else {
					b.WriteString("đ")
				}
			} else {
				b.WriteString(s[j : j+n])
			}
			lastSep = false
			j += n
			continue
		}
		if n := vntext.DashAt(s, j); n > 0 {
			rep |= RepairSeparator
			b.WriteByte('-')
			lastSep = true
			j += n
			continue
		}
		if n := vntext.SlashAt(s, j); n > 0 {
			rep |= RepairSeparator
			b.WriteByte('/')
			lastSep = true
			j += n
			continue
		}
		if vntext.UHornAt(s, j) {
			rep |= RepairLookalike
			b.WriteByte('U')
			lastSep = false
			j += 2
			continue
		}
		if r, n := utf8.DecodeRuneInString(s[j:]); latinLookalike[r] != 0 {
			// a Cyrillic or Greek capital a font or a scan put for a Latin
			// one ("ВСТ" for "BCT")
			rep |= RepairLookalike
			b.WriteByte(latinLookalike[r])
			lastSep = false
			j += n
			continue
		}
		if n := vntext.NoiseAt(s, j); n > 0 {
			rep |= RepairNoise
			j += n
			continue
		}
		if n := vntext.SpaceAt(s, j); n > 0 || c == '\n' {
			// A run of spaces (and at most one line break) must touch a
			// separator on one side.
			k, lines := j, 0
			for k < end {
				if m := vntext.SpaceAt(s, k); m > 0 {
					k += m
				} else if m := vntext.NoiseAt(s, k); m > 0 {
					k += m
				} else if s[k] == '\n' {
					lines++
					k++
				} else {
					break
				}
			}
			nextSep := k < end && (s[k] == '/' || s[k] == '-' || vntext.DashAt(s, k) > 0 || vntext.SlashAt(s, k) > 0)
			if lines > 1 || !(lastSep || nextSep) {
				return "", 0, j, "space inside a symbol group"
			}
			rep |= RepairSpace
			j = k
			continue
		}
		return "", 0, j, "unexpected character"
	}
	return b.String(), rep, 0, ""
}

// latinLookalike maps the Cyrillic and Greek capitals drawn like Latin
// ones to those.
var latinLookalike = map[rune]byte{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Χ': 'X',
}

// parseCompact parses a symbol with no noise: digits, ASCII letters, Đ/đ,
// "/", "-" and "&" inside a drafting unit. It returns the position and
// message of the first problem.
func parseCompact(s string) (Symbol, int, string) {
	if s == "" {
		return Symbol{}, 0, "empty symbol"
	}
	if len(s) > maxSymbolLen {
		return Symbol{}, maxSymbolLen, "symbol longer than 64 bytes"
	}
	i := 0
	for i < len(s) && vntext.IsDigit(s[i]) {
		i++
	}
	switch {
	case i == 0:
		return Symbol{}, 0, "missing number"
	case i > maxNumberLen:
		return Symbol{}, maxNumberLen, "number longer than 6 digits"
	case onlyBytes(s[:i], '0', '0'):
		return Symbol{}, 0, "number is zero"
	case i == len(s):
		return Symbol{}, i, `missing "/" after the number`
	}
	if i+1 < len(s) && vntext.IsASCIILetter(s[i]) && (s[i+1] == '/' || s[i+1] == '-') {
		i++ // a letter that sets apart documents with one number: "06b/NQ-TLĐ"
	}
	sym := Symbol{s: s, numEnd: uint8(i)}
	var groups [maxSymbolGroup][2]int
	ng := 0
	// readGroups reads "G(-G)*" from i to the end of s.
	readGroups := func(i int) (int, string) {
		for {
			e := vntext.CodeEnd(s, i, false)
			for ng > 0 && e > i && e+1 < len(s) && (s[e] == '&' || s[e] == '.') && !vntext.IsDigit(s[e+1]) && vntext.CodeEnd(s, e+1, false) > e+1 {
				// "KT&KĐCL": "&" joins letters inside a drafting unit's
				// code (checked against the shape below); "TT.HĐND"
				// (Thường trực HĐND) is one code with a dot
				e = vntext.CodeEnd(s, e+1, false)
			}
			if e == i {
				if i < len(s) && vntext.IsDigit(s[i]) {
					return i, "group must start with a letter"
				}
				return i, "missing code"
			}
			if e-i > maxGroupLen {
				return i, "code longer than 16 bytes"
			}
			if ng == maxSymbolGroup {
				return i, "too many codes"
			}
			groups[ng] = [2]int{i, e}
			ng++
			i = e
			if i == len(s) {
				return i, ""
			}
			if s[i] != '-' {
				return i, "unexpected character"
			}
			i++
		}
	}
	switch s[i] {
	case '-':
		sym.shape = ShapeParty
		i++
		e := vntext.CodeEnd(s, i, false)
		if e == i {
			return Symbol{}, i, "missing type code"
		}
		for j := i; j < e; j++ {
			if vntext.IsDigit(s[j]) {
				return Symbol{}, j, "digit in type code"
			}
		}
		sym.typ0, sym.typ1 = uint8(i), uint8(e)
		i = e
		if i == len(s) || s[i] != '/' {
			return Symbol{}, i, `missing "/" before the issuer`
		}
		if pos, msg := readGroups(i + 1); msg != "" {
			return Symbol{}, pos, msg
		}
		sym.iss0, sym.iss1 = uint8(groups[0][0]), uint8(groups[0][1])
		sym.unit0 = uint8(len(s))
		if ng > 1 {
			sym.unit0 = uint8(groups[1][0])
		}
		return ampersandInUnit(sym)
	case '/':
		i++
	default:
		return Symbol{}, i, "unexpected character after the number"
	}
	if rest := s[i:]; rest != "" && onlyBytes(rest, '/', '9') {
		return Symbol{}, len(s), "missing codes after the number"
	}
	if i+5 <= len(s) && vntext.IsDigit(s[i]) && vntext.IsDigit(s[i+1]) && vntext.IsDigit(s[i+2]) && vntext.IsDigit(s[i+3]) && s[i+4] == '/' {
		y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
		if y < 1900 || y > 2099 {
			return Symbol{}, i, "year outside 1900–2099"
		}
		sym.year = uint16(y)
		i += 5
	}
	if pos, msg := readGroups(i); msg != "" {
		return Symbol{}, pos, msg
	}
	g0 := s[groups[0][0]:groups[0][1]]
	sym.unit0 = uint8(len(s))
	setIssuers := func(from int, joint bool) {
		if from >= ng {
			sym.iss0, sym.iss1 = uint8(len(s)), uint8(len(s))
			return
		}
		sym.iss0, sym.iss1 = uint8(groups[from][0]), uint8(groups[from][1])
		if joint {
			sym.iss1 = uint8(groups[ng-1][1])
		} else if from+1 < ng {
			sym.unit0 = uint8(groups[from+1][0])
		}
	}
	if sym.year != 0 {
		if ng == 1 {
			sym.shape = ShapeAssembly
			setIssuers(0, false)
			return ampersandInUnit(sym)
		}
		sym.shape = ShapeLegal
		sym.typ0, sym.typ1 = uint8(groups[0][0]), uint8(groups[0][1])
		setIssuers(1, true)
		return ampersandInUnit(sym)
	}
	if k, ok := KindByCode(BlocState, g0); ok {
		sym.shape = ShapeAdministrative
		sym.typ0, sym.typ1 = uint8(groups[0][0]), uint8(groups[0][1])
		setIssuers(1, k == KindJointCircular || k == KindJointResolution)
		if ng == 1 && k != KindCertifiedCopy && k != KindExtractCopy && k != KindTranscript {
			return Symbol{}, len(s), "missing issuer"
		}
		return ampersandInUnit(sym)
	}
	sym.shape = ShapeLetter
	setIssuers(0, false)
	return ampersandInUnit(sym)
}

// ampersandInUnit returns sym when "&" appears only in the codes after
// the first, where real symbols use it: a drafting unit
// ("2865/GDĐT-KT&KĐCL") or an issuer after the type code
// ("473/TTr-NN&PTNT"), never in a type code.
func ampersandInUnit(sym Symbol) (Symbol, int, string) {
	first := int(sym.typ1)
	if sym.typ1 == 0 {
		first = int(sym.iss1) // a công văn: its issuer comes first
	}
	if i := strings.IndexByte(sym.s, '&'); i >= 0 && i < first {
		return Symbol{}, i, `"&" in the first code`
	}
	return sym, 0, ""
}

// IsValid reports whether s is a parsed symbol (not the zero Symbol).
func (s Symbol) IsValid() bool { return s.s != "" }

// IsZero reports whether s is the zero Symbol.
func (s Symbol) IsZero() bool { return s.s == "" }

// String returns the symbol as printed, e.g. "28/2018/QĐ-TTg", or "" for
// the zero Symbol. ParseSymbol(s.String()) == s.
func (s Symbol) String() string { return s.s }

// AppendText implements encoding.TextAppender.
func (s Symbol) AppendText(b []byte) ([]byte, error) { return append(b, s.s...), nil }

// MarshalText implements encoding.TextMarshaler; the zero Symbol gives
// empty text.
func (s Symbol) MarshalText() ([]byte, error) { return []byte(s.s), nil }

// UnmarshalText implements encoding.TextUnmarshaler: text [ParseSymbol]
// accepts gives that symbol (so that MarshalText round-trips), other text
// the repairs of [ParseSymbolLenient]. Empty text gives the zero Symbol.
func (s *Symbol) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Symbol{}
		return nil
	}
	// MarshalText's output parses strictly to the same symbol; only other
	// text needs the repairs, some of which (a restored dash) would change
	// a valid symbol
	if v, err := ParseSymbol(string(b)); err == nil {
		*s = v
		return nil
	}
	v, _, err := ParseSymbolLenient(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Shape returns the grammar the symbol follows.
func (s Symbol) Shape() Shape { return s.shape }

// Bloc returns BlocParty for "<n>-<TYPE>/…" symbols, BlocState for every
// other valid symbol and BlocUnspecified for the zero Symbol.
func (s Symbol) Bloc() Bloc {
	switch s.shape {
	case ShapeUnspecified:
		return BlocUnspecified
	case ShapeParty:
		return BlocParty
	}
	return BlocState
}

// Number returns the number as written, leading zeros and a letter suffix
// kept ("05", "06b").
func (s Symbol) Number() string { return s.s[:s.numEnd] }

// NumberInt returns the number's digits as an integer (5 for "05", 6 for
// "06b"), 0 for the zero Symbol.
func (s Symbol) NumberInt() int {
	n := 0
	for i := 0; i < int(s.numEnd) && vntext.IsDigit(s.s[i]); i++ {
		n = n*10 + int(s.s[i]-'0')
	}
	return n
}

// Year returns the year written in a legal-normative symbol (2020 in
// 30/2020/NĐ-CP), or 0 when the symbol carries none.
func (s Symbol) Year() int { return int(s.year) }

// TypeCode returns the type code as written ("NĐ", "CT", "QĐ"), or "" for a
// công văn or a National Assembly symbol.
func (s Symbol) TypeCode() string { return s.s[s.typ0:s.typ1] }

// Kind returns the document type the symbol's code names in its bloc
// (KindOfficialLetter for a State công văn), or KindUnspecified when the
// symbol alone does not tell (72/2025/QH15 may be a Luật or a Nghị quyết).
func (s Symbol) Kind() Kind {
	switch s.shape {
	case ShapeLetter:
		return KindOfficialLetter
	case ShapeAdministrative, ShapeLegal, ShapeParty:
		k, _ := KindByCode(s.Bloc(), s.TypeCode())
		return k
	}
	return KindUnspecified
}

// Issuer returns the first issuer abbreviation ("UBND" in 3241/UBND-KGVX,
// "BTC" in 01/2020/TTLT-BTC-BNV, "TU" in 24-CT/TU).
func (s Symbol) Issuer() string {
	g := s.s[s.iss0:s.iss1]
	if i := strings.IndexByte(g, '-'); i >= 0 {
		return g[:i]
	}
	return g
}

// Issuers returns every issuer abbreviation: several for joint documents
// (["BTC" "BNV"] in 01/2020/TTLT-BTC-BNV), one otherwise.
func (s Symbol) Issuers() []string {
	if s.iss0 == s.iss1 {
		return nil
	}
	return strings.Split(s.s[s.iss0:s.iss1], "-")
}

// Unit returns the drafting unit or field after the issuer ("KGVX" in
// 3241/UBND-KGVX), or "". Several groups are returned joined by "-".
func (s Symbol) Unit() string {
	if int(s.unit0) >= len(s.s) {
		return ""
	}
	return s.s[s.unit0:]
}

// Equal reports whether s and t are the same symbol read the way the
// standard reads it: letter case is ignored (19/CT-TTG equals 19/CT-TTg),
// leading zeros of the number are not.
func (s Symbol) Equal(t Symbol) bool { return vntext.EqualFoldCode(s.s, t.s) }

// Key returns the symbol in upper case, a form fit for map keys that agrees
// with [Symbol.Equal].
func (s Symbol) Key() string { return strings.ToUpper(s.s) }

// Compare orders symbols by [Symbol.Key] and returns -1, 0 or +1.
func (s Symbol) Compare(t Symbol) int { return strings.Compare(s.Key(), t.Key()) }

// onlyBytes reports whether every byte of s lies in [lo, hi].
func onlyBytes(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			return false
		}
	}
	return true
}

// ScanSymbol reads the number and symbol in s[i:end] as a reader finds it
// in running text: the noise [ParseSymbolLenient] repairs inside the span
// (spaces, soft hyphens, markdown marks, look-alike letters) is taken out,
// but the span is not trimmed. It does not allocate when s[i:end] is clean.
func ScanSymbol(s string, i, end int) (Symbol, bool) {
	if sym, _, msg := parseCompact(s[i:end]); msg == "" {
		return sym, true
	}
	compact, _, _, msg := compactSymbol(s, i, end, false)
	if msg != "" {
		// a Party number with a space where the dash belongs: "24 CT/TU"
		if compact, msg = spacedParty(s, i, end); msg != "" {
			return Symbol{}, false
		}
	}
	sym, _, msg := parseCompact(compact)
	return sym, msg == ""
}

// spacedParty compacts a Party symbol written with a space for the dash
// after the number, "84 QĐ/TWĐTN".
func spacedParty(s string, ns, se int) (string, string) {
	d := ns
	for d < se && vntext.IsDigit(s[d]) {
		d++
	}
	r := vntext.SkipSpaces(s, d)
	if r == d || r >= se {
		return "", "no space after the number"
	}
	rest, _, _, m := compactSymbol(s, r, se, false)
	if m != "" {
		return "", m
	}
	return s[ns:d] + "-" + rest, ""
}
