package task

import (
	"fmt"
	"math"

	"github.com/chidao/chidao"
)

// LunarDate is a day of the Vietnamese lunisolar calendar (âm lịch): the
// lunar year that begins at Tết, the month (1–12) and whether it is the
// leap month (tháng nhuận) that repeats it, and the day (1–30).
type LunarDate struct {
	Year, Month, Day int
	Leap             bool
}

// String writes the day as Vietnamese calendars do: "10/3/2025 âm lịch",
// "1/2 nhuận/2023 âm lịch".
func (l LunarDate) String() string {
	leap := ""
	if l.Leap {
		leap = " nhuận"
	}
	return fmt.Sprintf("%d/%d%s/%d âm lịch", l.Day, l.Month, leap, l.Year)
}

// The Vietnamese calendar counts days at UTC+7 (since 1968; the same
// computation is used for earlier years, as the published perpetual
// calendars do). Months begin on the day of the new moon there, and the
// eleventh month holds the winter solstice, so that Tết falls on another
// day than in China in some years (1985, 2007).
const vnZone = 7.0

// Lunar conversion is defined for these years, the range the published
// tables cover and the tests check.
const (
	MinLunarYear = 1900
	MaxLunarYear = 2100
)

// ToLunar returns the lunar day of d. It fails for days outside the
// lunar years [MinLunarYear, MaxLunarYear].
func ToLunar(d chidao.Date) (LunarDate, error) {
	if d.IsZero() || d.Year() < MinLunarYear || d.Year() > MaxLunarYear+1 {
		return LunarDate{}, fmt.Errorf("task: %s is outside the lunar years %d–%d: %w", d, MinLunarYear, MaxLunarYear, chidao.ErrOutOfRange)
	}
	l := solarToLunar(d.JulianDay())
	if l.Year < MinLunarYear || l.Year > MaxLunarYear {
		return LunarDate{}, fmt.Errorf("task: %s is outside the lunar years %d–%d: %w", d, MinLunarYear, MaxLunarYear, chidao.ErrOutOfRange)
	}
	return l, nil
}

// FromLunar returns the solar day of l. It fails when l does not exist:
// a leap month in a year that has none or another one, a 30th day in a
// month of 29, a year outside [MinLunarYear, MaxLunarYear].
func FromLunar(l LunarDate) (chidao.Date, error) {
	if l.Year < MinLunarYear || l.Year > MaxLunarYear || l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 {
		return chidao.Date{}, fmt.Errorf("task: no lunar day %s: %w", l, chidao.ErrInvalidDate)
	}
	start, ok := lunarMonthStart(l.Year, l.Month, l.Leap)
	if !ok {
		return chidao.Date{}, fmt.Errorf("task: lunar year %d has no leap month %d: %w", l.Year, l.Month, chidao.ErrInvalidDate)
	}
	jd := start + l.Day - 1
	if got := solarToLunar(jd); got != l {
		return chidao.Date{}, fmt.Errorf("task: lunar month %d%s/%d has no day %d: %w", l.Month, leapWord(l.Leap), l.Year, l.Day, chidao.ErrInvalidDate)
	}
	return chidao.DateOfJulianDay(jd), nil
}

// LeapMonth returns the month that is repeated in lunar year y, 0 when
// the year has twelve months or is out of range.
func LeapMonth(y int) int {
	for m := 1; m <= 12; m++ {
		if _, err := FromLunar(LunarDate{Year: y, Month: m, Day: 1, Leap: true}); err == nil {
			return m
		}
	}
	return 0
}

func leapWord(leap bool) string {
	if leap {
		return " nhuận"
	}
	return ""
}

// The astronomy below is the standard one of Vietnamese perpetual
// calendars (Jean Meeus, Astronomical Algorithms, ch. 47–49 abridged):
// the mean new moon corrected by the main periodic terms, and the sun's
// apparent longitude. Floating point is right here: the results are
// rounded to days, and the tests hold them to published tables.

const synodicMonth = 29.530588853

// newMoon returns the Julian day (with fraction, UT) of the k-th new
// moon after the one of 1900-01-01.
func newMoon(k int) float64 {
	kf := float64(k)
	t := kf / 1236.85
	t2, t3 := t*t, t*t*t
	const dr = math.Pi / 180
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 = c1 - 0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c1 -= 0.0004 * math.Sin(dr*3*mpr)
	c1 = c1 + 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 = c1 - 0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c1 = c1 - 0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c1 = c1 + 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltaT
}

// sunLongitude returns the sun's apparent longitude in radians,
// [0, 2π), at Julian day jd (UT).
func sunLongitude(jd float64) float64 {
	t := (jd - 2451545.0) / 36525
	t2 := t * t
	const dr = math.Pi / 180
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// newMoonDay is the local day (Julian day number) of the k-th new moon.
func newMoonDay(k int) int { return int(math.Floor(newMoon(k) + 0.5 + vnZone/24)) }

// sunSector is which of the twelve 30° sectors the sun is in at the
// start of local day jd: 9 is the one from the winter solstice on.
func sunSector(jd int) int {
	return int(math.Floor(sunLongitude(float64(jd)-0.5-vnZone/24) / math.Pi * 6))
}

// month11 returns the first day of the lunar month that holds the winter
// solstice of solar year y.
func month11(y int) int {
	off := chidao.MustDate(y, 12, 31).JulianDay() - 2415021
	k := int(math.Floor(float64(off) / synodicMonth))
	nm := newMoonDay(k)
	if sunSector(nm) >= 9 {
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapOffset returns, for a year of thirteen months from the eleventh
// month beginning a11, how many months after a11 the leap month begins:
// the first month in which the sun enters no new sector.
func leapOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-2415021.076998695)/synodicMonth + 0.5))
	i := 1
	arc := sunSector(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = sunSector(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// solarToLunar converts the local day jd.
func solarToLunar(jd int) LunarDate {
	k := int(math.Floor((float64(jd) - 2415021.076998695) / synodicMonth))
	// the estimate k is the month before or the one of jd; near its
	// edges the true new moon can be a day off it either way
	start := newMoonDay(k + 2)
	for j := k + 1; start > jd; j-- {
		start = newMoonDay(j)
	}
	y := chidao.DateOfJulianDay(jd).Year()
	a11 := month11(y)
	b11 := a11
	var year int
	if a11 >= start {
		year = y
		a11 = month11(y - 1)
	} else {
		year = y + 1
		b11 = month11(y + 1)
	}
	l := LunarDate{Day: jd - start + 1}
	diff := (start - a11) / 29
	l.Month = diff + 11
	if b11-a11 > 365 {
		leap := leapOffset(a11)
		if diff >= leap {
			l.Month = diff + 10
			l.Leap = diff == leap
		}
	}
	if l.Month > 12 {
		l.Month -= 12
	}
	if l.Month >= 11 && diff < 4 {
		year--
	}
	l.Year = year
	return l
}

// lunarMonthStart returns the local day the lunar month begins.
func lunarMonthStart(year, month int, leap bool) (int, bool) {
	var a11, b11 int
	if month < 11 {
		a11, b11 = month11(year-1), month11(year)
	} else {
		a11, b11 = month11(year), month11(year+1)
	}
	k := int(math.Floor(0.5 + (float64(a11)-2415021.076998695)/synodicMonth))
	off := month - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		leapOff := leapOffset(a11)
		leapMonth := leapOff - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if leap && month != leapMonth {
			return 0, false
		}
		if leap || off >= leapOff {
			off++
		}
	} else if leap {
		return 0, false
	}
	return newMoonDay(k + off), true
}
