package directive_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"golang.org/x/text/unicode/norm"
)

// dateCorpus holds dates in every form documents use. It seeds FuzzParseDate.
var dateCorpus = []struct {
	in   string
	want chidao.Date
}{
	{"04/10/2023", chidao.MustDate(2023, 10, 4)},
	{"4/10/2023", chidao.MustDate(2023, 10, 4)},
	{"07-8-2023", chidao.MustDate(2023, 8, 7)},
	{"7.8.2023", chidao.MustDate(2023, 8, 7)},
	{"ngày 07 tháng 8 năm 2023", chidao.MustDate(2023, 8, 7)},
	{"NGÀY 16 THÁNG 7 NĂM 2021", chidao.MustDate(2021, 7, 16)},
	{"Ngày 05 tháng 01 năm 2020", chidao.MustDate(2020, 1, 5)},
	{"ngày 29/02/2024", chidao.MustDate(2024, 2, 29)},
	{"19 tháng 6 năm 2015", chidao.MustDate(2015, 6, 19)},
	{"ngay 5 thang 3 nam 2020", chidao.MustDate(2020, 3, 5)},
	{" ngày\u00a030-9-2020 ", chidao.MustDate(2020, 9, 30)},
	{"07 / 8 / 2023", chidao.MustDate(2023, 8, 7)},
}

func TestParseDate(t *testing.T) {
	t.Parallel()
	for _, tc := range dateCorpus {
		for _, in := range []string{tc.in, norm.NFD.String(tc.in)} {
			got, err := directive.ParseDate(in)
			if err != nil || got != tc.want {
				t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, tc.want)
			}
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	t.Parallel()
	impossible := []string{"31/4/2023", "29/02/2023", "ngày 32 tháng 1 năm 2020", "0/1/2020", "15/13/2020"}
	for _, in := range impossible {
		_, err := directive.ParseDate(in)
		if !errors.Is(err, chidao.ErrInvalidDate) {
			t.Errorf("ParseDate(%q) error = %v, want chidao.ErrInvalidDate", in, err)
		}
	}
	syntax := []string{"", "12/2023", "07/8-2023", "7/8/23", "ngày 7 tháng 8", "2023-08-07", "07/8/2023x", "123/4/2023", "tháng 8 năm 2023"}
	for _, in := range syntax {
		_, err := directive.ParseDate(in)
		var pe *directive.ParseError
		if !errors.As(err, &pe) || errors.Is(err, chidao.ErrInvalidDate) {
			t.Errorf("ParseDate(%q) error = %v, want a syntax *ParseError", in, err)
		}
	}
}

func TestFormatDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		d    chidao.Date
		f    directive.DateFormat
		want string
	}{
		{chidao.MustDate(2023, 10, 4), directive.DateWords, "ngày 04 tháng 10 năm 2023"},
		{chidao.MustDate(2020, 1, 5), directive.DateWords, "ngày 05 tháng 01 năm 2020"},
		{chidao.MustDate(2019, 6, 29), directive.DateWords, "ngày 29 tháng 6 năm 2019"},
		{chidao.MustDate(2024, 2, 9), directive.DateWords, "ngày 09 tháng 02 năm 2024"},
		{chidao.MustDate(2023, 8, 7), directive.DateSlash, "07/8/2023"},
		{chidao.MustDate(2023, 8, 7), directive.DateDash, "07-8-2023"},
		{chidao.MustDate(2024, 1, 15), directive.DateDot, "15.01.2024"},
		{chidao.Date{}, directive.DateWords, ""},
	}
	for _, tt := range tests {
		if got := directive.FormatDate(tt.d, tt.f); got != tt.want {
			t.Errorf("FormatDate(%v, %d) = %q, want %q", tt.d, tt.f, got, tt.want)
		}
	}
	if got := directive.DateLine("Hà Nội", chidao.MustDate(2023, 10, 4)); got != "Hà Nội, ngày 04 tháng 10 năm 2023" {
		t.Errorf("DateLine = %q", got)
	}
}

func TestParseDateLine(t *testing.T) {
	t.Parallel()
	place, d, err := directive.ParseDateLine("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")
	if err != nil || place != "Thành phố Hồ Chí Minh" || d != chidao.MustDate(2019, 6, 29) {
		t.Errorf("ParseDateLine = %q, %v, %v", place, d, err)
	}
	if _, _, err := directive.ParseDateLine("Hà Nội, ngày 31 tháng 6 năm 2019"); !errors.Is(err, chidao.ErrInvalidDate) {
		t.Errorf("ParseDateLine(31 June) error = %v", err)
	}
}
