package task

import (
	"errors"
	"testing"

	"github.com/chidao/chidao"
	"pgregory.net/rapid"
)

// Published dates of Tết (mùng 1 tháng Giêng) in Việt Nam. 1968, 1985 and
// 2007 are years where UTC+7 gives another day than China's calendar.
var publishedTet = map[int]chidao.Date{
	1968: chidao.MustDate(1968, 1, 29),
	1985: chidao.MustDate(1985, 1, 21),
	2000: chidao.MustDate(2000, 2, 5),
	2007: chidao.MustDate(2007, 2, 17),
	2020: chidao.MustDate(2020, 1, 25),
	2021: chidao.MustDate(2021, 2, 12),
	2022: chidao.MustDate(2022, 2, 1),
	2023: chidao.MustDate(2023, 1, 22),
	2024: chidao.MustDate(2024, 2, 10),
	2025: chidao.MustDate(2025, 1, 29),
	2026: chidao.MustDate(2026, 2, 17),
}

func TestTetPublished(t *testing.T) {
	for y, want := range publishedTet {
		got, err := FromLunar(LunarDate{Year: y, Month: 1, Day: 1})
		if err != nil || got != want {
			t.Errorf("Tết %d = %s, %v; want %s", y, got, err, want)
		}
		l, err := ToLunar(want)
		if err != nil || l != (LunarDate{Year: y, Month: 1, Day: 1}) {
			t.Errorf("ToLunar(%s) = %v, %v; want 1/1/%d", want, l, err, y)
		}
		if l, _ := ToLunar(want.AddDays(-1)); l.Year != y-1 || l.Month != 12 || l.Day < 29 {
			t.Errorf("the day before Tết %d is %v, want the last day of month 12 of %d", y, l, y-1)
		}
	}
}

func TestLeapMonthsPublished(t *testing.T) {
	for y, m := range map[int]int{2012: 4, 2014: 9, 2017: 6, 2020: 4, 2023: 2, 2025: 6, 2021: 0, 2022: 0, 2024: 0, 2026: 0} {
		if got := LeapMonth(y); got != m {
			t.Errorf("LeapMonth(%d) = %d, want %d", y, got, m)
		}
	}
	// Giỗ Tổ Hùng Vương, 10/3 âm lịch, as published for the public holiday
	for y, want := range map[int]chidao.Date{
		2023: chidao.MustDate(2023, 4, 29), 2024: chidao.MustDate(2024, 4, 18),
		2025: chidao.MustDate(2025, 4, 7), 2026: chidao.MustDate(2026, 4, 26),
	} {
		if got, err := FromLunar(LunarDate{Year: y, Month: 3, Day: 10}); err != nil || got != want {
			t.Errorf("10/3/%d âm lịch = %s, %v; want %s", y, got, err, want)
		}
	}
}

func TestLunarRejects(t *testing.T) {
	for _, l := range []LunarDate{
		{Year: 2024, Month: 3, Day: 1, Leap: true}, // 2024 has no leap month
		{Year: 2023, Month: 3, Day: 1, Leap: true}, // 2023's is the second
		{Year: 1899, Month: 1, Day: 1},
		{Year: 2101, Month: 1, Day: 1},
		{Year: 2023, Month: 13, Day: 1},
		{Year: 2023, Month: 1, Day: 31},
	} {
		if d, err := FromLunar(l); err == nil || !errors.Is(err, chidao.ErrInvalidDate) {
			t.Errorf("FromLunar(%+v) = %s, %v; want an invalid-date error", l, d, err)
		}
	}
	if _, err := ToLunar(chidao.MustDate(1850, 1, 1)); !errors.Is(err, chidao.ErrOutOfRange) {
		t.Errorf("ToLunar(1850) = %v, want out of range", err)
	}
	// a month of 29 days has no 30th
	for m := 1; m <= 12; m++ {
		start, _ := FromLunar(LunarDate{Year: 2024, Month: m, Day: 1})
		if l, _ := ToLunar(start.AddDays(29)); l.Day == 30 {
			continue
		}
		if d, err := FromLunar(LunarDate{Year: 2024, Month: m, Day: 30}); err == nil {
			t.Errorf("30/%d/2024 âm lịch = %s, but the month has 29 days", m, d)
		}
	}
}

// Over every day of 1900–2100: days advance one by one, months have 29 or
// 30 days, a year has 12 months and at most one leap month, and the
// conversion goes back.
func TestLunarCalendarShape(t *testing.T) {
	if testing.Short() {
		t.Skip("walks 200 years")
	}
	d := chidao.MustDate(1900, 2, 1)
	prev, err := ToLunar(d)
	if err != nil {
		t.Fatal(err)
	}
	monthLen := 0
	months := map[int]int{}
	for end := chidao.MustDate(2100, 12, 1); d.Before(end); {
		d = d.AddDays(1)
		l, err := ToLunar(d)
		if err != nil {
			t.Fatalf("ToLunar(%s): %v", d, err)
		}
		monthLen++
		if l.Day != 1 {
			if l.Day != prev.Day+1 || l.Month != prev.Month || l.Leap != prev.Leap || l.Year != prev.Year {
				t.Fatalf("%s: %v follows %v", d, l, prev)
			}
		} else {
			if monthLen != 29 && monthLen != 30 && prev.Year > MinLunarYear {
				t.Fatalf("month %v has %d days", prev, monthLen)
			}
			monthLen = 0
			months[l.Year]++
			switch {
			case l.Leap && (l.Month != prev.Month || prev.Leap):
				t.Fatalf("%s: leap month %v does not repeat %v", d, l, prev)
			case !l.Leap && l.Month == 1 && (prev.Month != 12 || l.Year != prev.Year+1):
				t.Fatalf("%s: year %v follows %v", d, l, prev)
			case !l.Leap && l.Month != 1 && (l.Month != prev.Month+1 || l.Year != prev.Year):
				t.Fatalf("%s: month %v follows %v", d, l, prev)
			}
		}
		if d.Day() == 1 || l.Day == 1 || l.Day >= 29 {
			back, err := FromLunar(l)
			if err != nil || back != d {
				t.Fatalf("FromLunar(%v) = %s, %v; want %s", l, back, err, d)
			}
		}
		prev = l
	}
	for y := MinLunarYear + 1; y < MaxLunarYear; y++ {
		want := 12
		if LeapMonth(y) != 0 {
			want = 13
		}
		if months[y] != want {
			t.Errorf("lunar year %d has %d months, want %d (leap month %d)", y, months[y], want, LeapMonth(y))
		}
	}
}

func TestLunarRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := chidao.MustDate(1901, 1, 1).AddDays(rapid.IntRange(0, 199*365).Draw(t, "day"))
		l, err := ToLunar(d)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := FromLunar(l); err != nil || back != d {
			t.Fatalf("FromLunar(ToLunar(%s) = %v) = %s, %v", d, l, back, err)
		}
	})
}
