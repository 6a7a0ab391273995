package parser

// The deadline of one assigning text (readDue). A deadline needs a cue
// ("trước", "chậm nhất", "hoàn thành", "trong", "thời hạn", "định kỳ",
// "hằng", "kể từ", "thường xuyên"), so that the date of a citation
// ("Kế hoạch số 12/KH-UBND ngày 07/8/2023") is none; a bare date or
// period is one only when it is the whole text, as a table's "Thời gian"
// cell is ("Quý IV/2023").

import (
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

var (
	// dueCues open a deadline and may follow one another: "Thời gian hoàn
	// thành: trước ngày …", "chậm nhất là ngày …", "trong thời hạn 30
	// ngày". "là" and "vào" only continue one, or open a recurring day
	// ("vào ngày 25 hằng tháng"): "vào ngày 15/10/2023" dates an event.
	dueCues = phrases([]string{"thời hạn", "thời gian", "hoàn thành", "hoàn thiện", "xong", "trước", "chậm nhất",
		"trong vòng", "trong thời hạn", "trong thời gian", "trong", "hạn chót", "hạn cuối", "định kỳ", "là", "vào",
		"không quá", "đến hết", "đến", "dự kiến"})
	// fromStops end what a relative deadline counts from.
	fromStops = phrases([]string{"để", "và", "hoặc", "phải", "gửi", "báo cáo", "trình", "cho", "theo", "nếu", "đối với"})
	dayCues   = phrases([]string{"trước", "vào", "chậm nhất", "chậm nhất vào", "chậm nhất là"})
	// notOften precede a "thường xuyên" that is no deadline: "không
	// thường xuyên", "trung tâm giáo dục thường xuyên" (a school's name).
	notOften = phrases([]string{"không", "chưa", "giáo dục"})
)

// readDue returns the deadline one assigning paragraph or table cell
// states, as written; docDate is the document's date, which gives the year
// of a phrase without one ("trước ngày 15/10"); when it is zero, such a
// Due keeps its Text and a zero Date. The phrasings read:
//   - date: "trước ngày 10 tháng 5 năm 2026", "trước ngày 10/5/2026",
//     "chậm nhất ngày …", "hoàn thành trước 30/6/2024", "trước ngày 15/10";
//     "trước" a period is the day before it starts ("trước tháng 10/2023"
//     is 30/9/2023), read literally;
//   - period_end, the last day of the period: "Quý IV/2023", "quý I năm
//     2024", "trong tháng 10/2023", "tháng 12 năm 2023", "năm 2024", "6
//     tháng đầu năm 2024", "trong năm 2025", "cuối quý III";
//   - recurring: "định kỳ hằng tháng", "hàng quý", "định kỳ 6 tháng",
//     "hằng năm", "hàng tuần", "trước ngày 15 hằng tháng" (Day 15), "mỗi
//     quý", "trước ngày 05 của tháng cuối mỗi quý" (Day 5). Several
//     cycles ("báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước
//     ngày 15/12)") give the first cycle and the first day, and Text
//     keeps them all; Day is the day of the month written, a month given
//     with it ("15/6") stays in Text;
//   - relative: "trong vòng 15 ngày làm việc kể từ ngày ký", "trong thời
//     hạn 30 ngày kể từ ngày nhận được", "trong 02 tháng"; an amount needs
//     a cue ("có hiệu lực sau 10 ngày kể từ ngày ký" is none); a unit the
//     model has no word for ("2 tuần") is no deadline;
//   - continuous: "thường xuyên", and "hằng ngày", "hàng ngày": there is
//     no daily cycle, and a daily duty is a standing one.
//
// Text runs from the first cue to the end of the deadline. The first
// deadline of the text counts, but a continuous one only when there is
// no other ("Thường xuyên theo dõi, báo cáo trước ngày 15/12" is a date).
func readDue(text string, docDate chidao.Date) (*directive.Due, bool) {
	return readText(text).due(docDate)
}

// due is readDue over a text already cut into words.
func (t *ptext) due(docDate chidao.Date) (*directive.Due, bool) {
	var standing, planned *directive.Due
	for k := range t.w {
		d, ok := t.dueAt(k, docDate)
		if !ok {
			continue
		}
		if d.Kind != directive.DueContinuous && plannedDay(d.Text) {
			// "Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025)": the
			// planned day stands only when no latest day follows
			if planned == nil {
				planned = d
			}
			continue
		}
		if d.Kind == directive.DueDate && !hasYear(d.Text) {
			if c := t.reportCycle(); c != directive.CycleNone {
				// "Báo cáo 6 tháng: … gửi Sở Tài chính trước ngày 05/7":
				// the day of each period's report, not one date
				return &directive.Due{Text: d.Text, Kind: directive.DueRecurring, Cycle: c}, true
			}
		}
		if d.Kind != directive.DueContinuous {
			return d, true
		}
		if standing == nil {
			standing = d
		}
	}
	if planned != nil {
		return planned, true
	}
	return standing, standing != nil
}

// plannedDay reports a deadline read through "dự kiến" (the day planned).
func plannedDay(text string) bool {
	return strings.Contains(keyOf(text), "dự kiến")
}

// reportCycle returns the cycle of the periodic report the text opens
// with, its label before a colon ("Báo cáo 6 tháng:", "Báo cáo năm:",
// "Báo cáo hằng quý:"), or CycleNone.
func (t *ptext) reportCycle() directive.Cycle {
	head, _, ok := strings.Cut(t.s, ":")
	if head = strings.TrimSpace(head); !ok || !vntext.RunesAtMost(head, maxReportLabel) || !hasFoldPrefix(head, "báo cáo ") {
		return directive.CycleNone
	}
	rest := strings.TrimSpace(head[len("báo cáo "):])
	if c, daily, end, ok := cycleAt(rest, 0, true); ok && !daily && end == len(rest) {
		return c
	}
	return directive.CycleNone
}

// maxReportLabel bounds a periodic report's label: "Báo cáo sáu tháng".
const maxReportLabel = 24

// dueStarts reports a deadline opening at word j: it ends a body's or a
// product's name.
func (t *ptext) dueStarts(j int) bool {
	if j == 0 {
		return false
	}
	_, ok := t.dueAt(j, chidao.Date{})
	return ok
}

// mayOpenDue is dueAt's quick test of a word inside the text: without a
// cue, only a cycle ("hằng tháng"), a day that a cycle follows ("ngày 25
// hằng tháng", "15/12 hằng năm") or "thường xuyên" can open a deadline
// there; with one, the cue opens it.
func (t *ptext) mayOpenDue(k int) bool {
	w := t.lw[k]
	if len(dueCues.first[w]) > 0 || vntext.IsDigit(w[0]) {
		return true
	}
	switch w {
	case "hằng", "hàng", "mỗi", "ngày", "thường":
		return true
	}
	return len(dueCues.odd) > 0
}

// rangeFrom reports a "từ" before word j in its clause: "từ nay đến năm
// 2015" is a span of time, not a deadline.
func (t *ptext) rangeFrom(j int) bool {
	for i := j - 1; i >= 0 && i >= j-maxClauseLook; i-- {
		if t.lw[i] == "từ" {
			return true
		}
		if strings.ContainsAny(t.gap(i), ",;.:") {
			return false
		}
	}
	return false
}

// asOf reports "tính" right before "đến" at word j: the day the figures
// are counted to ("số liệu tính đến ngày 30/9/2025"), no deadline.
func (t *ptext) asOf(j int) bool {
	return j >= 1 && t.soft(j) && t.lw[j-1] == "tính"
}

// horizon reports "tầm nhìn" or "định hướng" right before word j: "quy
// hoạch … thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" names a plan's
// horizon, not a deadline.
func (t *ptext) horizon(j int) bool {
	return j >= 2 && t.soft(j) && (t.lw[j-2] == "tầm" && t.lw[j-1] == "nhìn" || t.lw[j-2] == "định" && t.lw[j-1] == "hướng")
}

// target reports "đến" at word j opening the year of a target, not a
// deadline: after "phấn đấu" in its sentence ("Phấn đấu đến năm 2025, có
// từ 3-5 huyện …", "Phấn đấu phát triển … đến năm 2030"), or opening a
// sentence whose clause states what is to be rather than what to do
// ("Đến năm 2030, Thủ đô Hà Nội nằm trong nhóm dẫn đầu …").
func (t *ptext) target(j int) bool {
	for i := j - 1; i >= 0 && i >= j-maxClauseLook; i-- {
		if t.lw[i] == "đấu" && i > 0 && t.lw[i-1] == "phấn" {
			return true
		}
		if strings.ContainsAny(t.gap(i+1), ".;") {
			break
		}
	}
	if t.namesHorizon(j) {
		return true
	}
	if j > 0 && !strings.ContainsAny(t.gap(j), ".;:") {
		return false
	}
	// "Đến năm 2030," and the clause after the comma
	for i := j + 1; i < len(t.w) && i <= j+3; i++ {
		if strings.Contains(t.gap(i), ",") {
			_, _, task := t.matchAny(i, taskOpeners)
			return !task && !t.opensAddressee(i)
		}
	}
	return false
}

// horizonNouns name a plan or a target whose own horizon "đến năm …"
// may give: "Kế hoạch giảm phát thải … đến năm 2030", "chỉ tiêu về phòng,
// chống ma túy đến năm 2030".
var horizonNouns = phrases([]string{"kế hoạch", "chiến lược", "chương trình", "đề án", "quy hoạch", "chỉ tiêu", "mục tiêu"})

// maxHorizonWords bounds how far before "đến năm" such a noun is looked for.
const maxHorizonWords = 12

// namesHorizon reports "đến" at word j that closes the name of a plan or
// target in its clause ("… Kế hoạch giảm phát thải … đến năm 2030"), with
// no word of completion between ("hoàn thành", "xong").
func (t *ptext) namesHorizon(j int) bool {
	for i := j - 1; i >= 0 && i >= j-maxHorizonWords; i-- {
		if strings.ContainsAny(t.gap(i+1), ";.:(") {
			return false // (a comma may stand inside the name: "phòng, chống")
		}
		switch t.lw[i] {
		case "thành", "xong", "trước":
			return false // "hoàn thành … đến năm 2025": a deadline
		}
		if _, _, ok := t.matchAny(i, horizonNouns); ok {
			return true
		}
	}
	return false
}

type cueChain struct {
	next     int  // the word after the cues
	any      bool // some cue
	strong   bool // a cue that opens any deadline
	periodic bool // "định kỳ"
	before   bool // the last cue is "trước"
}

func (t *ptext) dueChain(k int) cueChain {
	c := cueChain{next: k}
	for j, n := k, 0; j < len(t.w); n++ {
		if j > k && strings.Trim(t.gap(j), " :") != "" {
			break
		}
		if n == maxDueCues {
			// no deadline strings so many cues ("trước trước …"), and a
			// run of them would be walked again from each of its words
			return cueChain{next: k}
		}
		next, w, ok := t.matchAny(j, dueCues)
		if !ok || j == k && (w == "là" || w == "không quá" || w == "dự kiến") || w == "đến" && (t.rangeFrom(j) || t.horizon(j) || t.target(j) || t.asOf(j)) {
			break
		}
		c.any, c.before = true, w == "trước"
		switch w {
		case "định kỳ":
			c.periodic = true
		case "là", "vào", "không quá", "dự kiến": // "trong thời hạn không quá 15 ngày", "Thời gian hoàn thành: Dự kiến tháng 11/2025"
		default:
			c.strong = true
		}
		j = next
		c.next = j
	}
	if c.any && c.next+1 < len(t.w) && t.lw[c.next] == "ngày" && t.lw[c.next+1] == "tháng" && t.soft(c.next+1) {
		c.next++ // a day left blank: "Thời gian hoàn thành: ngày Tháng 11/2025" is the month
	}
	return c
}

// dueAt reads a deadline whose cues open at word k.
func (t *ptext) dueAt(k int, doc chidao.Date) (*directive.Due, bool) {
	if k > 0 && !t.mayOpenDue(k) {
		return nil, false
	}
	c := t.dueChain(k)
	if c.next >= len(t.w) || c.any && strings.Trim(t.gap(c.next), " :") != "" {
		return nil, false
	}
	s, p, start := t.s, t.w[c.next].a, t.w[k].a
	// a bare value is a deadline when it is the whole text: a table cell
	whole := k == 0 && !c.any
	done := func(d *directive.Due, end int) (*directive.Due, bool) {
		d.Text = strings.TrimSpace(s[start:end])
		return d, true
	}
	bare := func(d *directive.Due, end int) (*directive.Due, bool) {
		if !c.strong && strings.Trim(s[end:], " .;,") != "" {
			return nil, false
		}
		return done(d, end)
	}
	// "hằng tháng", "định kỳ 6 tháng", "hằng ngày"
	if cyc, daily, e, ok := cycleAt(s, p, c.periodic); ok {
		if daily {
			return done(&directive.Due{Kind: directive.DueContinuous}, e)
		}
		e, day := recurringRest(s, e, 0)
		if day == 0 && cyc == directive.CycleMonthly {
			day = laterDay(s, e)
		}
		return done(&directive.Due{Kind: directive.DueRecurring, Cycle: cyc, Day: day}, e)
	}
	if d, m, y, e, ok := dueDateAt(s, p); ok {
		// "trước ngày 15 hằng tháng", "ngày 15/12 hằng năm", "trước ngày
		// 05 của tháng cuối mỗi quý" (the month in Text)
		if cyc, daily, e2, ok := cycleAt(s, monthOfCycle(s, skipSp(s, e)), false); ok && y == 0 && !daily {
			e2, day := recurringRest(s, e2, d)
			return done(&directive.Due{Kind: directive.DueRecurring, Cycle: cyc, Day: day}, e2)
		}
		if m > 0 && (c.strong && !c.periodic || whole) {
			if date, ok := resolveDate(d, m, y, doc); ok {
				return bare(&directive.Due{Kind: directive.DueDate, Date: date}, e)
			}
		}
	}
	if c.periodic {
		return nil, false
	}
	if whole {
		// a period that opens the text and dates it: "Năm 2018: Rà soát
		// …", "Quý I/2024, hoàn thành …"
		if _, last, e, _, ok := periodAt(s, p, doc); ok && strings.HasPrefix(strings.TrimLeft(s[e:], " "), ":") ||
			ok && strings.HasPrefix(strings.TrimLeft(s[e:], " "), ",") {
			return done(&directive.Due{Kind: directive.DuePeriodEnd, Date: last}, e)
		}
	}
	if c.strong || whole {
		if first, last, e, cuoi, ok := periodAt(s, p, doc); ok {
			if c.before && !cuoi {
				if !first.IsZero() {
					first = first.AddDays(-1)
				}
				return bare(&directive.Due{Kind: directive.DueDate, Date: first}, e)
			}
			return bare(&directive.Due{Kind: directive.DuePeriodEnd, Date: last}, e)
		}
	}
	if n, unit, e, ok := relativeAt(s, p); ok {
		from, e2 := t.fromAt(e)
		// "có hiệu lực sau 10 ngày kể từ ngày ký" takes effect: no deadline
		if c.strong || whole {
			return bare(&directive.Due{Kind: directive.DueRelative, Amount: n, Unit: unit, From: from}, e2)
		}
	}
	// "thường xuyên" is the task's schedule at the text's start or end,
	// after a cue, or alone in a cell; inside a clause it qualifies a noun
	// ("sự phối hợp thường xuyên, hiệu quả"): no deadline.
	if e, ok := vntext.MatchWord(s, p, "thường xuyên"); ok && !t.after(c.next, notOften) &&
		(c.strong || k == 0 || strings.Trim(s[e:], " .;") == "") {
		return done(&directive.Due{Kind: directive.DueContinuous}, e)
	}
	return nil, false
}

func skipSp(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// digits reads one to most digits at s[i], not run on into a letter.
func digits(s string, i, most int) (n, end int, ok bool) {
	j := i
	for j < len(s) && vntext.IsDigit(s[j]) {
		if j-i == most {
			return 0, i, false
		}
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i || vntext.WordAt(s, j) {
		return 0, i, false
	}
	return n, j, true
}

// year4 reads a year of four digits at s[i].
func year4(s string, i int) (int, int, bool) {
	y, e, ok := digits(s, i, 4)
	if !ok || e-i != 4 || y < 1900 {
		return 0, i, false
	}
	return y, e, true
}

// dueDateAt reads a date at s[p], its year or month possibly left out:
// "ngày 10 tháng 5 năm 2026", "10/5/2026", "15/10", "ngày 15 tháng 10",
// and "ngày 15" (month 0). A date without "ngày" needs its month.
func dueDateAt(s string, p int) (d, m, y, end int, ok bool) {
	i := p
	ngay := false
	if e, ok := vntext.MatchWord(s, i, "ngày"); ok {
		i, ngay = skipSp(s, e), true
	}
	d, j, ok := digits(s, i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, 0, 0, p, false
	}
	if j+1 < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') && vntext.IsDigit(s[j+1]) {
		sep := s[j]
		if m, j2, ok := digits(s, j+1, 2); ok && m >= 1 && m <= 12 {
			if j2 < len(s) && s[j2] == sep {
				if y, j3, ok := year4(s, j2+1); ok {
					return d, m, y, j3, true
				}
				return 0, 0, 0, p, false
			}
			return d, m, 0, j2, true
		}
		return 0, 0, 0, p, false
	}
	if e, ok := vntext.MatchWord(s, skipSp(s, j), "tháng"); ok {
		if m, j2, ok := digits(s, skipSp(s, e), 2); ok && m >= 1 && m <= 12 {
			if e2, ok := vntext.MatchWord(s, skipSp(s, j2), "năm"); ok {
				if y, j3, ok := year4(s, skipSp(s, e2)); ok {
					return d, m, y, j3, true
				}
			}
			return d, m, 0, j2, true
		}
	}
	if !ngay {
		return 0, 0, 0, p, false
	}
	return d, 0, 0, j, true
}

// resolveDate makes the date of day d, month m, year y (0: the document's
// year). With neither year, ok tells whether the day can exist and the
// date is zero.
func resolveDate(d, m, y int, doc chidao.Date) (chidao.Date, bool) {
	if y == 0 && !doc.IsZero() {
		y = doc.Year()
	}
	if y == 0 {
		return chidao.Date{}, d <= chidao.DaysIn(2024, m) // a leap year: 29/2 may exist
	}
	date, err := chidao.NewDate(y, m, d)
	return date, err == nil
}

// yearAfter reads the year of a period: "/2023", "-2023", " năm 2023".
func yearAfter(s string, j int) (int, int) {
	if j+1 < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') {
		if y, e, ok := year4(s, skipSp(s, j+1)); ok {
			return y, e
		}
		return 0, j
	}
	if e, ok := vntext.MatchWord(s, skipSp(s, j), "năm"); ok {
		if y, e2, ok := year4(s, skipSp(s, e)); ok {
			return y, e2
		}
	}
	return 0, j
}

// periodAt reads a period at s[p] and gives its first and last days,
// zero when neither the text nor doc gives the year: "quý IV/2023", "quý
// 1 năm 2024", "tháng 10/2023", "năm 2024", "6 tháng đầu năm 2024", "9
// tháng cuối năm", "cuối năm 2024" (cuoi is set).
func periodAt(s string, p int, doc chidao.Date) (first, last chidao.Date, end int, cuoi, ok bool) {
	i := p
	if e, ok := vntext.MatchWord(s, i, "cuối"); ok {
		i, cuoi = skipSp(s, e), true
	}
	from, to, y := 0, 0, 0 // months
	switch {
	case matchWord(s, i, "quý") || matchWord(s, i, "quí"): // "quí": the older spelling
		e, ok := vntext.MatchWord(s, i, "quý")
		if !ok {
			e, _ = vntext.MatchWord(s, i, "quí")
		}
		q, j := quarter(s, skipSp(s, e))
		if q == 0 {
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		y, end = yearAfter(s, j)
		from, to = 3*q-2, 3*q
	case matchWord(s, i, "tháng"):
		e, _ := vntext.MatchWord(s, i, "tháng")
		m, j, ok := digits(s, skipSp(s, e), 2)
		if !ok || m < 1 || m > 12 {
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		y, end = yearAfter(s, j)
		from, to = m, m
	case matchWord(s, i, "năm"):
		e, _ := vntext.MatchWord(s, i, "năm")
		yy, j, ok := year4(s, skipSp(s, e))
		if !ok {
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		// "năm 2021 - 2025" is a span, not a year
		if k := skipSp(s, j); strings.HasPrefix(s[k:], "-") || strings.HasPrefix(s[k:], "–") {
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		y, end, from, to = yy, j, 1, 12
	default:
		// "6 tháng đầu năm 2024", "9 tháng cuối năm"
		n, j, ok := digits(s, i, 2)
		if !ok || n < 1 || n > 12 || cuoi {
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		e, ok := vntext.MatchWord(s, skipSp(s, j), "tháng")
		if !ok {
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		k := skipSp(s, e)
		switch {
		case matchWord(s, k, "đầu năm"):
			from, to = 1, n
		case matchWord(s, k, "cuối năm"):
			from, to = 13-n, 12
		default:
			return chidao.Date{}, chidao.Date{}, p, false, false
		}
		e, _ = vntext.MatchWord(s, k, "đầu năm")
		if e == 0 {
			e, _ = vntext.MatchWord(s, k, "cuối năm")
		}
		end = e
		if yy, e2, ok := year4(s, skipSp(s, e)); ok {
			y, end = yy, e2
		}
	}
	if y == 0 && !doc.IsZero() {
		y = doc.Year()
	}
	if y != 0 {
		first = chidao.MustDate(y, from, 1)
		last = chidao.MustDate(y, to, chidao.DaysIn(y, to))
	}
	return first, last, end, cuoi, true
}

func matchWord(s string, i int, w string) bool {
	_, ok := vntext.MatchWord(s, i, w)
	return ok
}

// quarter reads the number of a quarter: I to IV, or 1 to 4.
func quarter(s string, i int) (int, int) {
	if n, e, ok := digits(s, i, 1); ok && n >= 1 && n <= 4 {
		return n, e
	}
	e := vntext.WordEnd(s, i)
	switch strings.ToUpper(s[i:e]) {
	case "I":
		return 1, e
	case "II":
		return 2, e
	case "III":
		return 3, e
	case "IV":
		return 4, e
	}
	return 0, i
}

// monthOfCycle returns where the cycle begins after a day that names
// its month in each period ("của tháng cuối mỗi quý", "tháng đầu mỗi
// quý"), or p.
func monthOfCycle(s string, p int) int {
	i := p
	if e, ok := vntext.MatchWord(s, i, "của"); ok {
		i = skipSp(s, e)
	}
	e, ok := vntext.MatchWord(s, i, "tháng")
	if !ok {
		return p
	}
	k := skipSp(s, e)
	for _, w := range []string{"cuối", "đầu", "giữa"} {
		if e, ok := vntext.MatchWord(s, k, w); ok {
			return skipSp(s, e)
		}
	}
	return p
}

// cycleAt reads the cycle of a recurring deadline at s[p]: "hằng tháng",
// "hàng quý", "hằng năm", "hằng tuần"; daily for "hằng ngày". After
// "định kỳ" (bare) the cycle may stand alone: "6 tháng", "sáu tháng",
// "quý", "năm" (not "năm 2024", nor "6 tháng đầu năm").
func cycleAt(s string, p int, bare bool) (c directive.Cycle, daily bool, end int, ok bool) {
	i := p
	if e, ok := vntext.MatchWord(s, i, "hằng"); ok {
		i = skipSp(s, e)
	} else if e, ok := vntext.MatchWord(s, i, "hàng"); ok {
		i = skipSp(s, e)
	} else if e, ok := vntext.MatchWord(s, i, "mỗi"); ok {
		i = skipSp(s, e) // "mỗi quý", "mỗi tháng": each
	} else if !bare {
		return 0, false, p, false
	}
	hang := i != p
	if hang && periodPair(s[:p]) {
		return 0, false, p, false
	}
	for _, u := range []struct {
		w string
		c directive.Cycle
	}{{"tuần", directive.CycleWeekly}, {"tháng", directive.CycleMonthly}, {"quý", directive.CycleQuarterly}, {"quí", directive.CycleQuarterly}, {"năm", directive.CycleYearly}} {
		if e, ok := vntext.MatchWord(s, i, u.w); ok {
			// a month, quarter or year named is a period: "tháng 10", "năm 2024"
			if k := skipSp(s, e); !hang && (k < len(s) && vntext.IsDigit(s[k]) || u.c == directive.CycleQuarterly && quarterAt(s, k)) {
				return 0, false, p, false
			}
			return u.c, false, e, true
		}
	}
	if hang {
		if e, ok := vntext.MatchWord(s, i, "ngày"); ok {
			return 0, true, e, true
		}
	}
	// "6 tháng", "06 tháng", "sáu tháng": a half year, but not "6 tháng đầu năm"
	j := i
	if n, e, ok := digits(s, i, 2); ok && n == 6 {
		j = e
	} else if e, ok := vntext.MatchWord(s, i, "sáu"); ok {
		j = e
	} else {
		return 0, false, p, false
	}
	if e, ok := vntext.MatchWord(s, skipSp(s, j), "tháng"); ok {
		k := skipSp(s, e)
		if matchWord(s, k, "đầu") || matchWord(s, k, "cuối") || matchWord(s, k, "kể từ") {
			return 0, false, p, false
		}
		return directive.CycleHalfYearly, false, e, true
	}
	return 0, false, p, false
}

// periodPair reports text that ends by naming a longer period paired
// with the cycle that follows: "kế hoạch 5 năm và hằng năm", "trung hạn
// và hằng năm" name kinds of plan, not when the work falls due.
func periodPair(before string) bool {
	before = strings.TrimRight(before, " ")
	before = strings.ToLower(before[max(0, len(before)-16):]) // the tail alone, longer than each suffix: this runs per cycle word
	return strings.HasSuffix(before, " năm và") || strings.HasSuffix(before, " hạn và") || strings.HasSuffix(before, " năm,")
}

func quarterAt(s string, i int) bool {
	q, _ := quarter(s, i)
	return q > 0
}

// recurringRest reads what follows a cycle: its day ("(trước ngày 20)",
// ", trước ngày 15/6") and further cycles ("6 tháng (…) và năm (…)",
// "hằng tháng, quý, năm"). It returns the end and the first day.
func recurringRest(s string, e, day int) (int, int) {
	e, day = dayClause(s, e, day)
	for {
		k := skipSp(s, e)
		next := k
		if k < len(s) && (s[k] == ',' || s[k] == '/') {
			next = skipSp(s, k+1)
		} else if m, ok := vntext.MatchWord(s, k, "và"); ok {
			next = skipSp(s, m)
		} else if m, ok := vntext.MatchWord(s, k, "hoặc"); ok {
			next = skipSp(s, m)
		}
		if next == k {
			return e, day
		}
		_, daily, e2, ok := cycleAt(s, next, true)
		if !ok || daily {
			return e, day
		}
		e, day = dayClause(s, e2, day)
	}
}

// laterDay reads the day of the month a monthly duty falls due when the
// clause gives it at its end: "hằng tháng báo cáo tiến độ về UBND tỉnh
// (qua Sở Tài chính) trước ngày 25". Only a day alone counts, up to the
// clause's end.
func laterDay(s string, e int) int {
	end := len(s)
	if i := strings.IndexAny(s[e:], ";."); i >= 0 {
		end = e + i
	}
	rest := strings.ToLower(s[e:end])
	for _, cue := range []string{"trước ngày ", "vào ngày ", "chậm nhất ngày "} {
		i := strings.LastIndex(rest, cue)
		if i < 0 {
			continue
		}
		d := rest[i+len(cue):]
		n, ok := leadingDigits(d)
		if !ok || strings.TrimSpace(d[n:]) != "" && !strings.HasPrefix(strings.TrimSpace(d[n:]), "hằng") && !strings.HasPrefix(strings.TrimSpace(d[n:]), "hàng") {
			continue // "trước ngày 25/6", "ngày 25 tháng …": another date
		}
		if v, err := strconv.Atoi(d[:n]); err == nil && v >= 1 && v <= 31 {
			return v
		}
	}
	return 0
}

// dayClause reads the day a cycle falls due: "(trước ngày 15/6)",
// ", vào ngày 25". The first day read is kept.
func dayClause(s string, e, day int) (int, int) {
	k := skipSp(s, e)
	paren := k < len(s) && s[k] == '('
	if k < len(s) && (paren || s[k] == ',') {
		k = skipSp(s, k+1)
	}
	cue := false
	for _, w := range dayCues.all {
		if m, ok := vntext.MatchWord(s, k, w); ok {
			k, cue = skipSp(s, m), true
			break
		}
	}
	if !matchWord(s, k, "ngày") || !cue && !paren {
		return e, day
	}
	d, _, y, end, ok := dueDateAt(s, k)
	if !ok || y != 0 {
		return e, day
	}
	if paren {
		c := skipSp(s, end)
		if c >= len(s) || s[c] != ')' {
			return e, day
		}
		end = c + 1
	}
	if day == 0 {
		day = d
	}
	return end, day
}

// relativeAt reads an amount of time at s[p]: "15 ngày làm việc", "30
// ngày", "02 tháng", "15 (mười lăm) ngày".
func relativeAt(s string, p int) (int, directive.TimeUnit, int, bool) {
	n, j, ok := digits(s, p, 3)
	if !ok || n == 0 {
		return 0, 0, p, false
	}
	k := skipSp(s, j)
	if k < len(s) && s[k] == '(' {
		if c := strings.IndexByte(s[k:], ')'); c > 0 && vntext.RunesAtMost(s[k:k+c], 30) && !strings.ContainsAny(s[k:k+c], "0123456789") {
			k = skipSp(s, k+c+1)
		}
	}
	if e, ok := vntext.MatchWord(s, k, "ngày làm việc"); ok {
		return n, directive.UnitWorkingDays, e, true
	}
	if e, ok := vntext.MatchWord(s, k, "ngày"); ok {
		return n, directive.UnitDays, e, true
	}
	if e, ok := vntext.MatchWord(s, k, "tháng"); ok {
		return n, directive.UnitMonths, e, true
	}
	return 0, 0, p, false
}

// fromAt reads what a relative deadline counts from, after "kể từ" or
// "tính từ" at offset e: "ngày ký", "ngày nhận được văn bản này", up to a
// punctuation mark, a word of what follows or maxFromWords words.
func (t *ptext) fromAt(e int) (string, int) {
	k := skipSp(t.s, e)
	if k < len(t.s) && t.s[k] == ',' {
		k = skipSp(t.s, k+1)
	}
	j := t.index(k)
	if j >= len(t.w) || t.w[j].a != k {
		return "", e
	}
	next, ok := t.match(j, "kể từ")
	if !ok {
		if next, ok = t.match(j, "tính từ"); !ok {
			return "", e
		}
	}
	a := next
	b := a
	for b < len(t.w) && b-a < maxFromWords && t.soft(b) {
		if _, _, stop := t.matchAny(b, fromStops); stop {
			break
		}
		b++
	}
	if b == a {
		return "", e
	}
	return t.text(a, b), t.w[b-1].b
}
