package task

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
)

// Percent is a share of work done, exact to a hundredth of a percent:
// 8750 is 87,50%. It is an integer so that reports add up exactly; the
// valid range is 0–10000.
type Percent int32

// Hundred is 100%.
const Hundred Percent = 10000

// Valid reports whether p lies in 0–100%.
func (p Percent) Valid() bool { return p >= 0 && p <= Hundred }

// ParsePercent reads "87,5", "87.50", "87,5%" or "100": at most two
// decimals, either mark, in 0–100. An error wraps [chidao.ErrInvalid] or
// [chidao.ErrOutOfRange].
func ParsePercent(s string) (Percent, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	whole, frac, _ := strings.Cut(strings.Replace(t, ",", ".", 1), ".")
	if whole == "" || len(whole) > 3 || len(frac) > 2 || !digits(whole) || !digits(frac) {
		return 0, fmt.Errorf("task: %q is not a percent with at most two decimals: %w", clip(s), chidao.ErrInvalid)
	}
	n, _ := strconv.Atoi(whole)
	f, _ := strconv.Atoi((frac + "00")[:2])
	p := Percent(n*100 + f)
	if !p.Valid() {
		return 0, fmt.Errorf("task: %s%% is outside 0–100%%: %w", t, chidao.ErrOutOfRange)
	}
	return p, nil
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// String writes p as Vietnamese do, with a decimal comma and two places:
// "87,50%", "100,00%".
func (p Percent) String() string {
	sign := ""
	if p < 0 {
		sign, p = "-", -p
	}
	return fmt.Sprintf("%s%d,%02d%%", sign, p/100, p%100)
}

// MarshalText writes the JSON and machine form: "87.5", "100", "0.25".
func (p Percent) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("task: cannot marshal percent %d/100: %w", int32(p), chidao.ErrOutOfRange)
	}
	s := strconv.Itoa(int(p / 100))
	if f := p % 100; f != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%02d", f), "0")
	}
	return []byte(s), nil
}

// UnmarshalText reads what MarshalText writes, and [ParsePercent]'s forms.
func (p *Percent) UnmarshalText(b []byte) error {
	v, err := ParsePercent(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

func clip(s string) string { return vntext.ClipRunes(s, 32) }
