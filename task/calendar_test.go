package task

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chidao/chidao"
	"pgregory.net/rapid"
)

func statutory(t testing.TB) *Calendar {
	c, err := NewCalendar()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestStatutoryYear(t *testing.T) {
	c := statutory(t)
	// 2031: Tết on 23/1 (Thursday), 10/3 âm lịch on 2/5, 2/9 a Tuesday.
	for _, d := range []chidao.Date{
		chidao.MustDate(2031, 1, 1), chidao.MustDate(2031, 4, 30), chidao.MustDate(2031, 5, 1),
		chidao.MustDate(2031, 9, 1), chidao.MustDate(2031, 9, 2),
	} {
		if c.IsWorkingDay(d) || c.DayOff(d) == "" {
			t.Errorf("%s (%s) is a working day", d, d.Weekday())
		}
	}
	tet, _ := FromLunar(LunarDate{Year: 2031, Month: 1, Day: 1})
	off := 0
	for d := tet.AddDays(-1); !d.After(tet.AddDays(3)); d = d.AddDays(1) {
		if c.DayOff(d) == NameTet {
			off++
		}
	}
	weekend := 0
	for d := tet.AddDays(-1); !d.After(tet.AddDays(3)); d = d.AddDays(1) {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			weekend++
		}
	}
	if off+weekend != 5 {
		t.Errorf("Tết 2031: %d weekdays off and %d weekend days, want five days", off, weekend)
	}
	comp := 0
	for d := tet.AddDays(4); d.Before(tet.AddDays(12)); d = d.AddDays(1) {
		if c.DayOff(d) == NameCompensation+" "+NameTet {
			comp++
		}
	}
	if comp != weekend {
		t.Errorf("Tết 2031: %d days owed for the weekend, %d given", weekend, comp)
	}
	// 1/1/2028 is a Saturday: Monday 3/1 is off instead
	if c.IsWorkingDay(chidao.MustDate(2028, 1, 3)) || !c.IsWorkingDay(chidao.MustDate(2028, 1, 4)) {
		t.Error("1/1/2028 on a Saturday is not made up on Monday 3/1")
	}
	if c.IsWorkingDay(chidao.MustDate(2031, 1, 4)) {
		t.Error("a Saturday is a working day")
	}
}

func TestAnnouncementReplacesTheYear(t *testing.T) {
	c, err := NewCalendar(Announcement{
		Year:     2030,
		Off:      []Holiday{{Name: NameTet, From: chidao.MustDate(2030, 2, 1), To: chidao.MustDate(2030, 2, 9)}},
		Workdays: []Holiday{{Name: "làm bù", From: chidao.MustDate(2030, 1, 19), To: chidao.MustDate(2030, 1, 19)}},
		Source:   "test",
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.IsWorkingDay(chidao.MustDate(2030, 2, 8)) || !c.IsWorkingDay(chidao.MustDate(2030, 1, 19)) {
		t.Error("the announced days are not used")
	}
	if !c.IsWorkingDay(chidao.MustDate(2030, 1, 1)) {
		t.Error("a day the announcement leaves out is still off")
	}
	if src, ok := c.Announced(2030); !ok || src != "test" {
		t.Errorf("Announced(2030) = %q, %v", src, ok)
	}
	off, worked := c.Holidays(2030)
	if len(off) != 1 || off[0].From != chidao.MustDate(2030, 2, 1) || off[0].To != chidao.MustDate(2030, 2, 8) || len(worked) != 1 {
		t.Errorf("Holidays(2030) = %v, %v", off, worked)
	}
	_, err = NewCalendar(
		Announcement{Year: 2030, Off: []Holiday{{Name: "x", From: chidao.MustDate(2030, 2, 9), To: chidao.MustDate(2030, 2, 1)}}},
		Announcement{Year: 2030},
		Announcement{Year: 2031, Off: []Holiday{{Name: "x"}}},
	)
	if err == nil {
		t.Fatal("bad announcements accepted")
	}
	if got := len(err.(*chidao.ValidationError).Errors); got != 3 {
		t.Errorf("%d findings, want 3: %v", got, err)
	}
}

// Working-day arithmetic is monotone and skips exactly the days off.
func TestWorkingDaysProperties(t *testing.T) {
	c := VietNam()
	rapid.Check(t, func(t *rapid.T) {
		a := chidao.MustDate(1990, 1, 1).AddDays(rapid.IntRange(0, 100*365).Draw(t, "a"))
		n := rapid.IntRange(-400, 400).Draw(t, "n")
		b := c.AddWorkingDays(a, n)
		if got := c.WorkingDays(a, b); got != n {
			t.Fatalf("WorkingDays(%s, AddWorkingDays(%s, %d) = %s) = %d", a, a, n, b, got)
		}
		if n != 0 && !c.IsWorkingDay(b) {
			t.Fatalf("AddWorkingDays(%s, %d) = %s, a day off", a, n, b)
		}
		if b2 := c.AddWorkingDays(a, n+1); !b2.After(b) {
			t.Fatalf("AddWorkingDays not increasing: %d → %s, %d → %s", n, b, n+1, b2)
		}
		// counting by hand: every day that is neither a weekend day
		// (unless worked) nor a holiday
		lo, hi := a.AddDays(1), b
		if b.Before(a) {
			lo, hi = b, a.AddDays(-1)
		}
		want := 0
		for d := lo; !d.After(hi); d = d.AddDays(1) {
			r, special := c.days[d]
			weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			if (special && !r.off) || (!special && !weekend) {
				want++
			}
		}
		if abs(n) != want {
			t.Fatalf("%s..%s: %d working days counted by hand, %d by AddWorkingDays", lo, hi, want, n)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// gathered is testdata/holidays.json: what was published, with sources,
// gathered before the code was written.
type gathered struct {
	Schedules map[string][]struct {
		Holiday    string   `json:"holiday"`
		Off        []string `json:"off"`
		MakeUp     []string `json:"make_up_workdays"`
		Confidence string   `json:"confidence"`
	} `json:"schedules"`
	Tet           map[string]string `json:"tet"`
	TetConfidence struct {
		Confirmed []string `json:"confirmed"`
	} `json:"tet_confidence"`
	HungKings           map[string]string `json:"hung_kings"`
	HungKingsConfidence struct {
		Confirmed []string `json:"confirmed"`
	} `json:"hung_kings_confidence"`
	LeapMonths map[string]struct {
		VN *int `json:"vn"`
	} `json:"leap_months"`
}

func readGathered(t *testing.T) gathered {
	b, err := os.ReadFile("testdata/holidays.json")
	if err != nil {
		t.Fatal(err)
	}
	var g gathered
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

func isoDate(t *testing.T, s string) chidao.Date {
	d, err := chidao.ParseISODate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The calendar of 2023–2026 against the published schedules: every
// published day off is off, every Saturday worked is worked, and no other
// weekday of those years is off.
func TestPublishedSchedules(t *testing.T) {
	g := readGathered(t)
	c := VietNam()
	for y := 2023; y <= 2026; y++ {
		off, work := map[chidao.Date]bool{}, map[chidao.Date]bool{}
		for _, h := range g.Schedules[strconv.Itoa(y)] {
			if h.Confidence != "confirmed" {
				continue
			}
			for _, s := range h.Off {
				off[isoDate(t, s)] = true
			}
			for _, s := range h.MakeUp {
				work[isoDate(t, s)] = true
			}
		}
		if len(off) == 0 {
			t.Fatalf("no published schedule for %d", y)
		}
		for d := chidao.MustDate(y, 1, 1); d.Year() == y; d = d.AddDays(1) {
			weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			want := !off[d] && (!weekend || work[d])
			if got := c.IsWorkingDay(d); got != want {
				t.Errorf("%s (%s): working day %v, published %v", d, d.Weekday(), got, want)
			}
		}
	}
}

func TestPublishedLunarDates(t *testing.T) {
	g := readGathered(t)
	check := func(what string, years []string, dates map[string]string, l func(y int) LunarDate) {
		for _, ys := range years {
			y, _ := strconv.Atoi(ys)
			want := isoDate(t, dates[ys])
			got, err := FromLunar(l(y))
			if err != nil || got != want {
				t.Errorf("%s %d = %s, %v; published %s", what, y, got, err, want)
			}
		}
	}
	if len(g.TetConfidence.Confirmed) < 20 {
		t.Fatalf("%d confirmed Tết dates", len(g.TetConfidence.Confirmed))
	}
	check("Tết", g.TetConfidence.Confirmed, g.Tet, func(y int) LunarDate { return LunarDate{Year: y, Month: 1, Day: 1} })
	check("Giỗ Tổ", g.HungKingsConfidence.Confirmed, g.HungKings, func(y int) LunarDate { return LunarDate{Year: y, Month: 3, Day: 10} })
	for ys, lm := range g.LeapMonths {
		y, _ := strconv.Atoi(ys)
		want := 0
		if lm.VN != nil {
			want = *lm.VN
		}
		if got := LeapMonth(y); got != want {
			t.Errorf("LeapMonth(%d) = %d, published %d", y, got, want)
		}
	}
}
