package task

import (
	"strconv"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/uuid"
)

// ID identifies a task: a UUID version 5 of the source document's ID, the
// obligation's path and the assignee, so that two systems that read the
// same document derive the same tasks. The zero ID is not valid.
type ID struct{ chidao.ID }

// namespace is uuid.NewSHA1(uuid.NameSpaceURL,
// "https://github.com/chidao/chidao/task"), written out so that it can
// never drift.
var namespace = uuid.MustParse("92acfd16-d410-5e41-b145-754a72db3f1e")

// IDOf returns the ID of the task the obligation at path of document doc
// lays on assignee: the body's registry key when it has one, otherwise
// its name as written (compared as names are: NFC or NFD, either tone
// placement, any case).
func IDOf(doc directive.ID, path string, assignee Assignee) ID {
	var buf [200]byte
	b := appendUUID(buf[:0], doc.UUID())
	b = append(b, 0)
	b = append(b, path...)
	b = append(b, 0)
	if assignee.Key != "" {
		b = append(b, "key:"...)
		b = append(b, assignee.Key...)
	} else {
		b = append(b, "name:"...)
		b = vntext.AppendKey(b, assignee.Name)
	}
	return ID{chidao.NewID(namespace, b)}
}

// appendUUID appends the canonical text of u, as u.String() gives it.
func appendUUID(b []byte, u uuid.UUID) []byte {
	const hexDigits = "0123456789abcdef"
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return b
}

// ParseID parses the UUID text of a task ID.
func ParseID(s string) (ID, error) {
	id, err := chidao.ParseID(s)
	return ID{id}, err
}

// Origin is the document tasks come from. The tasks of one document
// share one Origin; treat it as read-only.
type Origin struct {
	Document  directive.ID
	Symbol    string // as written, "" when the document has none
	Type      string // "Công văn", "Kế hoạch" …
	Issuer    string
	IssuerKey string // registry key, "" when none resolved
	Date      chidao.Date
}

// Role is an assignee's part in an obligation. String gives the wire
// code.
type Role uint8

// Roles.
const (
	RoleNone    Role = iota // [] the text names the body without a part
	RoleLead                // [lead] chủ trì: accountable, at most one per obligation
	RoleSupport             // [support] phối hợp
	numRoles
)

var roleNames = [numRoles]string{"", "lead", "support"}

// String returns the wire code ("" for RoleNone).
func (r Role) String() string { return enumString(roleNames[:], int(r), "Role") }

// Assignee is the body a task is laid on: the registry's body when one
// resolves at the document's date, otherwise the name as written.
type Assignee struct {
	Name string // one body, as written or as the registry names it
	Key  string // registry key, "" when none resolved
}

// IsZero reports whether no assignee is known.
func (a Assignee) IsZero() bool { return a.Name == "" && a.Key == "" }

// DeadlineKind says how a task's deadline is set. String gives the wire
// code of the task JSON ("due_kind").
type DeadlineKind uint8

// Kinds of deadline.
const (
	DeadlineNone      DeadlineKind = iota // [] the text sets none
	DeadlineDate                          // [date] "trước ngày 10/5/2026"
	DeadlinePeriodEnd                     // [period_end] "Quý IV/2023": its last day
	DeadlineRecurring                     // [recurring] "định kỳ hằng quý"
	DeadlineRelative                      // [relative] "15 ngày làm việc kể từ ngày ký"
	DeadlineOngoing                       // [ongoing] "thường xuyên"
	numDeadlineKinds
)

var deadlineKindNames = [numDeadlineKinds]string{"", "date", "period_end", "recurring", "relative", "ongoing"}

// String returns the wire code ("" for DeadlineNone).
func (k DeadlineKind) String() string {
	return enumString(deadlineKindNames[:], int(k), "DeadlineKind")
}

// Deadline is when a task is due: as written, and its reading.
type Deadline struct {
	Kind DeadlineKind
	// Cycle and Day give a recurring deadline: see [Deadline.Next].
	Cycle directive.Cycle
	// Amount, Unit and From give a relative one as written.
	Unit directive.TimeUnit
	// Date is the day the task is due: the date, the period's last day,
	// the end of a relative term whose start is known, or a recurring
	// task's first due day on or after the document's date. Zero when
	// it cannot be known.
	Date   chidao.Date
	Day    int
	Amount int
	Text   string // as written
	From   string
}

// Next returns the first day on or after d that a recurring deadline
// falls due. Day is the day of the period's last month ("trước ngày 15
// của tháng cuối quý"); without one the period's last day. A weekly
// cycle falls due on the weekday Day as Vietnamese write it (2 for thứ
// Hai … 8 for Chủ nhật), Sunday without one. The zero Date for another
// kind.
func (dl Deadline) Next(d chidao.Date) chidao.Date {
	if dl.Kind != DeadlineRecurring || d.IsZero() {
		return chidao.Date{}
	}
	if dl.Cycle == directive.CycleWeekly {
		want := 0 // Sunday
		if dl.Day >= 2 && dl.Day <= 7 {
			want = dl.Day - 1
		}
		return d.AddDays((want - int(d.Weekday()) + 7) % 7)
	}
	step := map[directive.Cycle]int{directive.CycleMonthly: 1, directive.CycleQuarterly: 3, directive.CycleHalfYearly: 6, directive.CycleYearly: 12}[dl.Cycle]
	if step == 0 {
		return chidao.Date{}
	}
	y, m, _ := d.Parts()
	m = (m-1)/step*step + step // the period's last month
	for range 3 {
		day := chidao.DaysIn(y, m)
		if dl.Day > 0 && dl.Day < day {
			day = dl.Day
		}
		if due := chidao.MustDate(y, m, day); !due.Before(d) {
			return due
		}
		if m += step; m > 12 {
			y, m = y+1, m-12
		}
	}
	return chidao.Date{}
}

// Task is the work one obligation of a document lays on one body.
// Tasks are values; FromDocument makes them and nothing changes them
// afterwards: what happens to a task is its events.
type Task struct {
	ID     ID
	Origin *Origin
	// Path is the obligation's body node ([directive.Obligation.Path]);
	// Obligation (below) its index in the document's obligations.
	Path string
	// Text is the assigning paragraph.
	Text     string
	Product  string
	Assignee Assignee
	ReportTo string
	Via      string
	Deadline Deadline
	// The small fields last, so that a million tasks take less room.
	Obligation int
	Modality   directive.Modality
	Role       Role
}

// Assigned returns the day the task exists from: its document's date.
func (t *Task) Assigned() chidao.Date {
	if t.Origin == nil {
		return chidao.Date{}
	}
	return t.Origin.Date
}

func enumString(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return "task." + typ + "(" + strconv.Itoa(i) + ")"
}
