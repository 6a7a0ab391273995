package task

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/chidao/chidao"
)

// Calendar tells working days from days off: weekends, the public
// holidays of the Labour Code (Bộ luật Lao động 2019, Điều 112), the
// lunar ones computed for every year 1900–2100, and what the government
// announces for a year (days off joined into one break, Saturdays worked
// in exchange). A Calendar is immutable and safe for concurrent use.
type Calendar struct {
	days    map[chidao.Date]dayRule
	weekend [7]bool
	years   map[int]string // years given by an announcement, and its source
}

type dayRule struct {
	off  bool // a day off on a weekday; false: a weekend day worked
	name string
}

// Holiday is a run of days off, or one day worked in exchange, as a
// calendar lists them.
type Holiday struct {
	Name     string
	From, To chidao.Date // inclusive
}

// Announcement is what the government decides for one year: every day
// off of the year's holidays, weekends inside a break included, and the
// weekend days worked in exchange (ngày làm bù). It replaces the
// statutory days of that year.
type Announcement struct {
	Year     int
	Off      []Holiday
	Workdays []Holiday
	// Source names the announcing text ("Thông báo 5711/TB-LĐTBXH").
	Source string
}

// Statutory holidays, Bộ luật Lao động 2019, Điều 112 khoản 1.
const (
	NameNewYear      = "Tết Dương lịch"
	NameTet          = "Tết Nguyên đán"
	NameHungKings    = "Giỗ Tổ Hùng Vương"
	NameVictory      = "Ngày Chiến thắng"
	NameLabour       = "Ngày Quốc tế lao động"
	NameNational     = "Quốc khánh"
	NameCompensation = "nghỉ bù"
)

// NewCalendar returns the calendar of the statutory rules for years
// 1900–2100 with the given announcements in place of the statutory days
// of their years. With no announcement a year has, besides Saturdays and
// Sundays: 1/1; five days of Tết, the last day of the lunar year and the
// first four of the new one (the law fixes five, the government which);
// 10/3 âm lịch; 30/4 and 1/5; 2/9 and the day beside it that joins a
// weekend (1/9 when 2/9 is a Tuesday, Friday or Saturday, 3/9 otherwise);
// and for a holiday on a weekend, the next working day off (khoản 3).
func NewCalendar(announcements ...Announcement) (*Calendar, error) {
	c := &Calendar{days: make(map[chidao.Date]dayRule, 3000), years: map[int]string{}}
	c.weekend[time.Saturday], c.weekend[time.Sunday] = true, true
	var errs chidao.ErrorList
	given := map[int]Announcement{}
	for i, a := range announcements {
		p := chidao.NewPath("announcements").Index(i)
		if _, dup := given[a.Year]; dup {
			errs = append(errs, chidao.Duplicate(p.Child("year"), a.Year, "a year has one announcement"))
			continue
		}
		check := func(p chidao.Path, h Holiday) {
			switch {
			case h.From.IsZero() || h.To.IsZero():
				errs = append(errs, chidao.Required(p, "a holiday needs its first and last day"))
			case h.To.Before(h.From):
				errs = append(errs, chidao.Invalid(p.Child("to"), h.To.String(), "the last day is before the first"))
			case h.From.Year() != a.Year && h.To.Year() != a.Year:
				errs = append(errs, chidao.OutOfRange(p, h.From.String(), fmt.Sprintf("not in %d", a.Year)))
			case h.From.DaysUntil(h.To) > 31:
				errs = append(errs, chidao.OutOfRange(p, h.From.String(), "a break of more than a month"))
			}
		}
		for j, h := range a.Off {
			check(p.Child("off").Index(j), h)
		}
		for j, h := range a.Workdays {
			check(p.Child("workdays").Index(j), h)
		}
		given[a.Year] = a
	}
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	for y := MinLunarYear; y <= MaxLunarYear; y++ {
		if _, ok := given[y]; !ok {
			c.addStatutory(y)
		}
	}
	years := make([]int, 0, len(given))
	for y := range given {
		years = append(years, y)
	}
	slices.Sort(years)
	for _, y := range years {
		a := given[y]
		c.years[y] = a.Source
		for d := range c.days {
			if d.Year() == y {
				delete(c.days, d)
			}
		}
		for _, h := range a.Off {
			for d := h.From; !d.After(h.To); d = d.AddDays(1) {
				if !c.weekend[d.Weekday()] {
					c.days[d] = dayRule{off: true, name: h.Name}
				}
			}
		}
		for _, h := range a.Workdays {
			for d := h.From; !d.After(h.To); d = d.AddDays(1) {
				if c.weekend[d.Weekday()] {
					c.days[d] = dayRule{name: h.Name}
				}
			}
		}
	}
	return c, nil
}

// addStatutory adds the days off the law gives in year y.
func (c *Calendar) addStatutory(y int) {
	var days []Holiday
	one := func(name string, d chidao.Date) { days = append(days, Holiday{name, d, d}) }
	one(NameNewYear, chidao.MustDate(y, 1, 1))
	if tet, err := FromLunar(LunarDate{Year: y, Month: 1, Day: 1}); err == nil {
		days = append(days, Holiday{NameTet, tet.AddDays(-1), tet.AddDays(3)})
	}
	if d, err := FromLunar(LunarDate{Year: y, Month: 3, Day: 10}); err == nil {
		one(NameHungKings, d)
	}
	one(NameVictory, chidao.MustDate(y, 4, 30))
	one(NameLabour, chidao.MustDate(y, 5, 1))
	nd := chidao.MustDate(y, 9, 2)
	switch nd.Weekday() {
	case time.Tuesday, time.Friday, time.Saturday:
		days = append(days, Holiday{NameNational, nd.AddDays(-1), nd})
	default:
		days = append(days, Holiday{NameNational, nd, nd.AddDays(1)})
	}
	owed := 0
	var last chidao.Date
	for _, h := range days {
		for d := h.From; !d.After(h.To); d = d.AddDays(1) {
			if c.weekend[d.Weekday()] {
				owed++
			} else {
				c.days[d] = dayRule{off: true, name: h.Name}
			}
			last = d
		}
		// the days owed are taken on the working days right after the
		// holiday, or the break it ends
		for d := last.AddDays(1); owed > 0; d = d.AddDays(1) {
			if c.weekend[d.Weekday()] {
				continue
			}
			if _, taken := c.days[d]; taken {
				continue
			}
			c.days[d] = dayRule{off: true, name: NameCompensation + " " + h.Name}
			owed--
		}
	}
}

var vietnam = sync.OnceValue(func() *Calendar {
	c, err := NewCalendar(Announced()...)
	if err != nil {
		panic("task: the embedded announcements are wrong: " + err.Error())
	}
	return c
})

// VietNam returns the calendar of the statutory rules with every
// announcement the package knows ([Announced]). It is built once.
func VietNam() *Calendar { return vietnam() }

// IsWorkingDay reports whether d is a working day.
func (c *Calendar) IsWorkingDay(d chidao.Date) bool {
	if r, ok := c.days[d]; ok {
		return !r.off
	}
	return !c.weekend[d.Weekday()]
}

// DayOff returns the name of the holiday d belongs to ("Tết Nguyên đán",
// "nghỉ bù Quốc khánh"), or "" for a working day or an ordinary weekend.
func (c *Calendar) DayOff(d chidao.Date) string {
	if r, ok := c.days[d]; ok && r.off {
		return r.name
	}
	return ""
}

// Announced reports whether year y follows an announcement, and its
// source.
func (c *Calendar) Announced(y int) (string, bool) {
	s, ok := c.years[y]
	return s, ok
}

// AddWorkingDays returns the n-th working day after d (before d when n
// is negative); d itself when n is 0. "Trong vòng 15 ngày làm việc kể từ
// ngày ký" ends on AddWorkingDays(signed, 15): the day of signing is not
// counted.
func (c *Calendar) AddWorkingDays(d chidao.Date, n int) chidao.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 && !d.IsZero() {
		d = d.AddDays(step)
		if c.IsWorkingDay(d) {
			n--
		}
	}
	return d
}

// WorkingDays counts the working days from a to b: those after a up to
// and including b, or, when b is before a, minus those from b up to but
// not including a; so that WorkingDays(a, AddWorkingDays(a, n)) is n.
func (c *Calendar) WorkingDays(a, b chidao.Date) int {
	lo, hi, sign := a.AddDays(1), b, 1
	if b.Before(a) {
		lo, hi, sign = b, a.AddDays(-1), -1
	}
	n := 0
	for d := lo; !d.After(hi) && !d.IsZero(); d = d.AddDays(1) {
		if c.IsWorkingDay(d) {
			n++
		}
	}
	return sign * n
}

// Holidays returns the days off of year y besides ordinary weekends, and
// the weekend days worked, as runs of days in order; a run goes on over
// the weekend days inside a break.
func (c *Calendar) Holidays(y int) (off, worked []Holiday) {
	var days []chidao.Date
	for d := range c.days {
		if d.Year() == y {
			days = append(days, d)
		}
	}
	slices.SortFunc(days, chidao.Date.Compare)
	for _, d := range days {
		r := c.days[d]
		list := &worked
		if r.off {
			list = &off
		}
		if n := len(*list); n > 0 && (*list)[n-1].Name == r.name && c.onlyWeekendBetween((*list)[n-1].To, d) {
			(*list)[n-1].To = d
			continue
		}
		*list = append(*list, Holiday{Name: r.name, From: d, To: d})
	}
	return off, worked
}

// onlyWeekendBetween reports whether every day strictly between a and b
// is an ordinary weekend day.
func (c *Calendar) onlyWeekendBetween(a, b chidao.Date) bool {
	for d := a.AddDays(1); d.Before(b); d = d.AddDays(1) {
		if _, ok := c.days[d]; ok || !c.weekend[d.Weekday()] {
			return false
		}
	}
	return true
}
