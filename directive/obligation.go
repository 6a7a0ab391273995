package directive

import (
	"github.com/chidao/chidao"
)

// ClosingPath is the Path of an obligation read from Document.Closing.
const ClosingPath = "closing"

// Obligation is what one assigning paragraph or table row of a body lays
// on bodies, as written: who (Addressees), who leads (chủ trì) and who
// supports (phối hợp), how (Modality), by when (Due), producing what, and
// reporting to whom. A field the text does not state is empty: a reader
// never guesses. The task layer turns obligations into tasks; it expands
// recipient classes ("UBND các quận, huyện, thị xã") at the document's
// date.
type Obligation struct {
	// Path is the body node the obligation is read from, as [NodePath]
	// writes it ("body[2].children[0]"), or [ClosingPath] for the closing
	// line.
	Path string
	// Text is the assigning text.
	Text string
	// Addressees are the bodies as written, one body each ("Bộ Công an",
	// "Bộ Tư pháp" for "các Bộ: Công an, Tư pháp"); an official stands for
	// the body ("Văn phòng UBND tỉnh" for "Chánh Văn phòng UBND tỉnh"); a
	// recipient class stays a class. Items inherit their heading's.
	Addressees []string
	// Lead is the body that leads (chủ trì); Support the bodies that support
	// (phối hợp); empty when the text does not say.
	Lead    string
	Support []string
	// Modality is what the text does: oblige, forbid, encourage or permit.
	Modality Modality
	// Due is the deadline as written, nil when there is none.
	Due *Due
	// Product is the kind of thing to be produced when the text names it,
	// its head noun in lower case: "báo cáo", "kế hoạch", "dự thảo",
	// "quyết định"; the name in full stays in Text.
	Product string
	// ReportTo is the body reported to, Via the one the report goes
	// through: "báo cáo UBND Thành phố (qua Sở Nội vụ)".
	ReportTo string
	Via      string
}

// Modality says what an obligation does. String gives the wire code.
type Modality uint8

// Modalities.
const (
	ModalityObligation    Modality = iota // [obligation] the default
	ModalityProhibition                   // [prohibition] "nghiêm cấm", "không được", "không để"
	ModalityEncouragement                 // [encouragement] "khuyến khích"
	ModalityPermission                    // [permission] "được phép"
	numModalities
)

var modalityNames = [numModalities]string{"obligation", "prohibition", "encouragement", "permission"}

// String returns the wire code, or "directive.Modality(N)" when unknown.
func (m Modality) String() string { return enumString(modalityNames[:], int(m), "Modality") }

// DueKind says how a deadline is written. String gives the wire code.
type DueKind uint8

// Kinds of deadline.
const (
	DueDate       DueKind = iota // [date] "trước ngày 10 tháng 5 năm 2026"
	DuePeriodEnd                 // [period_end] "Quý IV/2023", "trong tháng 10/2023", "năm 2024"
	DueRecurring                 // [recurring] "định kỳ hằng tháng", "6 tháng", "hằng năm"
	DueRelative                  // [relative] "trong vòng 15 ngày làm việc kể từ ngày ký"
	DueContinuous                // [continuous] "thường xuyên"
	numDueKinds
)

var dueKindNames = [numDueKinds]string{"date", "period_end", "recurring", "relative", "continuous"}

// String returns the wire code, or "directive.DueKind(N)" when unknown.
func (k DueKind) String() string { return enumString(dueKindNames[:], int(k), "DueKind") }

// Cycle is the period of a recurring deadline. String gives the wire code.
type Cycle uint8

// Cycles.
const (
	CycleNone       Cycle = iota // [] not recurring
	CycleWeekly                  // [weekly] "hằng tuần"
	CycleMonthly                 // [monthly] "hằng tháng"
	CycleQuarterly               // [quarterly] "hằng quý"
	CycleHalfYearly              // [half_yearly] "6 tháng", "sáu tháng"
	CycleYearly                  // [yearly] "hằng năm"
	numCycles
)

var cycleNames = [numCycles]string{"", "weekly", "monthly", "quarterly", "half_yearly", "yearly"}

// String returns the wire code ("" for CycleNone), or "directive.Cycle(N)".
func (c Cycle) String() string { return enumString(cycleNames[:], int(c), "Cycle") }

// TimeUnit is the unit of a relative deadline. String gives the wire code.
type TimeUnit uint8

// Units.
const (
	UnitNone        TimeUnit = iota // []
	UnitDays                        // [days] "ngày"
	UnitWorkingDays                 // [working_days] "ngày làm việc"
	UnitMonths                      // [months] "tháng"
	numUnits
)

var unitNames = [numUnits]string{"", "days", "working_days", "months"}

// String returns the wire code ("" for UnitNone), or "directive.TimeUnit(N)".
func (u TimeUnit) String() string { return enumString(unitNames[:], int(u), "TimeUnit") }

// Due is a deadline as written and its reading.
type Due struct {
	// Text is the deadline as written.
	Text string
	Kind DueKind
	// Date is the day of a DueDate and the last day of a DuePeriodEnd.
	Date chidao.Date
	// Cycle and Day give a DueRecurring: the period and the day of it the
	// report falls due ("trước ngày 15 hằng tháng": monthly, 15), Day 0
	// when the text does not give one.
	Cycle Cycle
	Day   int
	// Amount, Unit and From give a DueRelative: "15 ngày làm việc kể từ
	// ngày ký" is 15, UnitWorkingDays, "ngày ký".
	Amount int
	Unit   TimeUnit
	From   string
}
