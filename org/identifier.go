package org

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao"
)

// Identifier is an agency's electronic identifier code (mã định danh
// điện tử), which the national document network addresses packets to.
// Two forms are written:
//
//   - QCVN 102:2016/BTTTT, four groups, lowest level first, zeros for
//     the levels not used: "000.00.00.H26" is the People's Committee of
//     Hà Nội itself, "000.00.05.H26" a body under it;
//   - QĐ 20/2020/QĐ-TTg, up to 35 characters, level 1 first, one group a
//     level: "H26", "H37.02.02".
//
// Level 1 is a letter and two digits: H a province's People's
// Committee, K a province's People's Council, G a ministry or government
// body (G is not confirmed by a primary text). The zero Identifier is not
// valid. Identifiers are comparable values; the two forms of one code
// are equal.
type Identifier struct {
	// s is the QĐ 20 form: level 1, then the levels below, by ".".
	s string
}

// Level-1 letters whose meaning is known.
var level1Meaning = map[byte]string{
	'H': "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
	'K': "Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
	'G': "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ (unconfirmed)",
}

// MaxIdentifierLen is the longest identifier of QĐ 20/2020: 35
// characters.
const MaxIdentifierLen = 35

// ParseIdentifier reads an identifier in either form. An error wraps
// [chidao.ErrInvalid] and says what is wrong.
func ParseIdentifier(s string) (Identifier, error) {
	bad := func(why string) (Identifier, error) {
		return Identifier{}, fmt.Errorf("org: identifier %q: %s: %w", clipID(s), why, chidao.ErrInvalid)
	}
	t := strings.ToUpper(strings.TrimSpace(s))
	if t == "" {
		return bad("empty")
	}
	if len(t) > MaxIdentifierLen {
		return bad("longer than 35 characters")
	}
	groups := strings.Split(t, ".")
	for _, g := range groups {
		if g == "" {
			return bad("an empty group")
		}
		for i := range len(g) {
			if c := g[i]; !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
				return bad("a character other than A–Z, 0–9 and '.'")
			}
		}
	}
	switch {
	case isLevel1(groups[0]):
		return Identifier{t}, nil // QĐ 20: level 1 first
	case isLevel1(groups[len(groups)-1]):
		// QCVN 102: V1V2V3.Z1Z2.Y1Y2.MX1X2, zeros fill what is not used
		if len(groups) != 4 || len(groups[0]) != 3 || len(groups[1]) != 2 || len(groups[2]) != 2 ||
			!digits(groups[0]) || !digits(groups[1]) || !digits(groups[2]) {
			return bad("the QCVN 102 form is 3, 2 and 2 digits, then a letter and 2 digits")
		}
		levels := []string{groups[3]}
		zero := false
		for _, g := range []string{groups[2], groups[1], groups[0]} {
			if strings.Trim(g, "0") == "" {
				zero = true
				continue
			}
			if zero {
				return bad("a lower level is set under an empty one")
			}
			levels = append(levels, g)
		}
		return Identifier{strings.Join(levels, ".")}, nil
	}
	return bad("no level-1 group (a letter and 2 digits) at either end")
}

func isLevel1(g string) bool {
	return len(g) == 3 && g[0] >= 'A' && g[0] <= 'Z' && digits(g[1:])
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func clipID(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// MustParseIdentifier is ParseIdentifier for constants; it panics on an
// invalid identifier.
func MustParseIdentifier(s string) Identifier {
	id, err := ParseIdentifier(s)
	if err != nil {
		panic(err)
	}
	return id
}

// IsZero reports whether id is the zero Identifier.
func (id Identifier) IsZero() bool { return id.s == "" }

// String returns the QĐ 20/2020 form, level 1 first ("H26.05"), "" for
// the zero Identifier.
func (id Identifier) String() string { return id.s }

// Levels returns the groups, level 1 first.
func (id Identifier) Levels() []string {
	if id.s == "" {
		return nil
	}
	return strings.Split(id.s, ".")
}

// Level1 returns the level-1 group ("H26").
func (id Identifier) Level1() string {
	l, _, _ := strings.Cut(id.s, ".")
	return l
}

// Level1Meaning returns what the level-1 letter stands for, and whether
// it is known.
func (id Identifier) Level1Meaning() (string, bool) {
	if id.s == "" {
		return "", false
	}
	m, ok := level1Meaning[id.s[0]]
	return m, ok
}

// QCVN returns the QCVN 102:2016 form ("000.00.05.H26"), and false when
// the code does not fit it: more than four levels, or a group other than
// 2 digits (levels 2 and 3) or 3 digits (level 4).
func (id Identifier) QCVN() (string, bool) {
	l := id.Levels()
	if len(l) == 0 || len(l) > 4 {
		return "", false
	}
	parts := []string{"000", "00", "00", l[0]}
	for i, g := range l[1:] {
		width := 2
		if i == 2 {
			width = 3
		}
		if len(g) != width || !digits(g) || strings.Trim(g, "0") == "" {
			return "", false
		}
		parts[2-i] = g
	}
	return strings.Join(parts, "."), true
}

// MarshalText writes the QĐ 20 form.
func (id Identifier) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText reads either form; empty text gives the zero Identifier.
func (id *Identifier) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = Identifier{}
		return nil
	}
	v, err := ParseIdentifier(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Identifier returns the body's electronic identifier when the registry
// has one (from its QCVN 102 code), and whether it does.
func (o *Org) Identifier() (Identifier, bool) {
	if o.spec.QCVNCode == "" {
		return Identifier{}, false
	}
	id, err := ParseIdentifier(o.spec.QCVNCode)
	return id, err == nil
}
