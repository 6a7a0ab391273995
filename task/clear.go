package task

import (
	"strings"

	"github.com/chidao/chidao"
)

// Clarity is one of the "5 rõ" an assignment should make clear (phương
// châm "5 rõ": rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản
// phẩm). String gives the words, which the task JSON writes in
// "missing".
type Clarity uint8

// The five.
const (
	ClearWho            Clarity = iota // [rõ người] a body to do it
	ClearWhat                          // [rõ việc] what to do
	ClearWhen                          // [rõ thời gian] by when, or how often
	ClearResponsibility                // [rõ trách nhiệm] who answers for it
	ClearProduct                       // [rõ sản phẩm] what comes out of it
	numClarities
)

var clarityNames = [numClarities]string{"rõ người", "rõ việc", "rõ thời gian", "rõ trách nhiệm", "rõ sản phẩm"}

var clarityCodes = [numClarities]chidao.Code{"task.unclear_who", "task.unclear_what", "task.unclear_when", "task.unclear_responsibility", "task.unclear_product"}

var clarityFields = [numClarities]string{"assignee", "text", "deadline", "role", "product"}

// String returns the Vietnamese words ("rõ thời gian").
func (c Clarity) String() string { return enumString(clarityNames[:], int(c), "Clarity") }

// Code returns the stable code of a finding that c is missing
// ("task.unclear_when").
func (c Clarity) Code() chidao.Code {
	if c < numClarities {
		return clarityCodes[c]
	}
	return "task.unclear"
}

func (t *Task) missing(answered bool) []Clarity {
	var out []Clarity
	if t.Assignee.IsZero() {
		out = append(out, ClearWho)
	}
	if strings.TrimSpace(t.Text) == "" {
		out = append(out, ClearWhat)
	}
	if t.Deadline.Kind == DeadlineNone {
		out = append(out, ClearWhen)
	}
	if t.Assignee.IsZero() || !answered {
		out = append(out, ClearResponsibility)
	}
	if strings.TrimSpace(t.Product) == "" {
		out = append(out, ClearProduct)
	}
	return out
}

// Gaps returns, for each task, which of the "5 rõ" it leaves unclear,
// in their order:
//   - rõ người: no body is named;
//   - rõ việc: the assigning text is blank;
//   - rõ thời gian: no deadline (an ongoing duty, "thường xuyên", is a
//     time, and so is a relative term that cannot be counted yet);
//   - rõ trách nhiệm: nobody answers for it: no body, or a supporting
//     body (phối hợp) whose obligation has no task that leads or is
//     addressed;
//   - rõ sản phẩm: no product is named.
func Gaps(tasks []Task) [][]Clarity {
	type obKey struct {
		origin *Origin
		path   string
	}
	answered := map[obKey]bool{}
	for i := range tasks {
		if tasks[i].Role != RoleSupport && !tasks[i].Assignee.IsZero() {
			answered[obKey{tasks[i].Origin, tasks[i].Path}] = true
		}
	}
	out := make([][]Clarity, len(tasks))
	for i := range tasks {
		t := &tasks[i]
		out[i] = t.missing(t.Role != RoleSupport || answered[obKey{t.Origin, t.Path}])
	}
	return out
}

// MissingIn returns the "5 rõ" gaps of [Gaps] as warnings, with the path
// of the field each concerns ("tasks[3].deadline") and its code
// ([Clarity.Code]).
func MissingIn(tasks []Task) chidao.ErrorList {
	var errs chidao.ErrorList
	for i, gaps := range Gaps(tasks) {
		for _, c := range gaps {
			errs.Warn(chidao.NewPath("tasks").Index(i).Child(clarityFields[c]), c.Code(), "thiếu "+c.String(), nil)
		}
	}
	return errs
}
