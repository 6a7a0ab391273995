package task

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
)

// JSONSchema names the JSON form of a [Cascade].
const JSONSchema = "chidao.task/v1"

// MaxJSONSize bounds the JSON a Cascade or a list of tasks is read from:
// 512 MiB, about a million tasks with their events.
const MaxJSONSize = 512 << 20

// The JSON form of a task, one object, snake_case like the document
// JSON. "id" … "missing" are the fields examples/tasks prints, a contract:
//
//	id            the task ID (UUID)
//	source        the document's number and symbol, null when it has none
//	document      the document's ID
//	type          the document's type ("Công văn")
//	issuer        the issuer as printed; issuer_key its registry key or null
//	assigned      the document's date, YYYY-MM-DD
//	path          the obligation's body node; obligation its index
//	assignee      one body, as written; assignee_key its registry key or null
//	role          "lead", "support" or null
//	deadline      YYYY-MM-DD or null
//	due_text      the deadline as written, or null
//	due_kind      "date", "period_end", "recurring", "relative", "ongoing" or null
//	recurring     "weekly", "monthly", "quarterly", "half_yearly", "yearly" or null
//	due_day       the day of a recurring deadline, or null
//	due_amount, due_unit, due_from   a relative deadline as written, or null
//	product, report_to, via           or null
//	modality      "obligation", "prohibition", "encouragement", "permission"
//	text          the assigning paragraph
//	missing       the "5 rõ" gaps ("rõ thời gian" …), written and not read back:
//	              they follow from the rest ([Gaps])
type taskJSON struct {
	ID          string   `json:"id"`
	Source      *string  `json:"source"`
	Document    string   `json:"document"`
	Type        *string  `json:"type"`
	Issuer      *string  `json:"issuer"`
	IssuerKey   *string  `json:"issuer_key"`
	Assigned    *string  `json:"assigned"`
	Path        string   `json:"path"`
	Obligation  int      `json:"obligation"`
	Assignee    *string  `json:"assignee"`
	AssigneeKey *string  `json:"assignee_key"`
	Role        *string  `json:"role"`
	Deadline    *string  `json:"deadline"`
	DueText     *string  `json:"due_text"`
	DueKind     *string  `json:"due_kind"`
	Recurring   *string  `json:"recurring"`
	DueDay      *int     `json:"due_day"`
	DueAmount   *int     `json:"due_amount"`
	DueUnit     *string  `json:"due_unit"`
	DueFrom     *string  `json:"due_from"`
	Product     *string  `json:"product"`
	ReportTo    *string  `json:"report_to"`
	Via         *string  `json:"via"`
	Modality    string   `json:"modality"`
	Text        string   `json:"text"`
	Missing     []string `json:"missing"`
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optDate(d chidao.Date) *string { return opt(d.String()) }

func optInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func (t *Task) toJSON(gaps []Clarity) taskJSON {
	w := taskJSON{
		ID: t.ID.String(), Path: t.Path, Obligation: t.Obligation,
		Assignee: opt(t.Assignee.Name), AssigneeKey: opt(t.Assignee.Key), Role: opt(t.Role.String()),
		Deadline: optDate(t.Deadline.Date), DueText: opt(t.Deadline.Text), DueKind: opt(t.Deadline.Kind.String()),
		Recurring: opt(t.Deadline.Cycle.String()), DueDay: optInt(t.Deadline.Day), DueAmount: optInt(t.Deadline.Amount),
		DueUnit: opt(t.Deadline.Unit.String()), DueFrom: opt(t.Deadline.From),
		Product: opt(t.Product), ReportTo: opt(t.ReportTo), Via: opt(t.Via),
		Modality: t.Modality.String(), Text: t.Text, Missing: make([]string, len(gaps)),
	}
	if o := t.Origin; o != nil {
		w.Source, w.Document, w.Type = opt(o.Symbol), o.Document.String(), opt(o.Type)
		w.Issuer, w.IssuerKey, w.Assigned = opt(o.Issuer), opt(o.IssuerKey), optDate(o.Date)
	}
	for i, g := range gaps {
		w.Missing[i] = g.String()
	}
	return w
}

// MarshalJSON writes the task's JSON form; "missing" as [Gaps] gives it
// for the task alone (a supporting body's task then lacks rõ trách
// nhiệm: only its obligation's other tasks could show who answers).
// [WriteJSONLines] writes a list with the gaps of the whole list.
func (t Task) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.toJSON(Gaps([]Task{t})[0]))
}

// WriteJSONLines writes one task JSON object per line, each with its
// "5 rõ" gaps in the list ([Gaps]).
func WriteJSONLines(w io.Writer, tasks []Task) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, g := range Gaps(tasks) {
		if err := enc.Encode(tasks[i].toJSON(g)); err != nil {
			return err
		}
	}
	return nil
}

// origins interns the origins of decoded tasks, so that the tasks of one
// document share one, as FromDocument's do.
type origins map[Origin]*Origin

func (os origins) of(o Origin) *Origin {
	if p, ok := os[o]; ok {
		return p
	}
	p := &o
	os[o] = p
	return p
}

func (w *taskJSON) toTask(p chidao.Path, os origins, errs *chidao.ErrorList) Task {
	t := Task{Path: w.Path, Obligation: w.Obligation, Text: w.Text,
		Assignee: Assignee{Name: str(w.Assignee), Key: str(w.AssigneeKey)},
		Product:  str(w.Product), ReportTo: str(w.ReportTo), Via: str(w.Via)}
	var err error
	if t.ID, err = ParseID(w.ID); err != nil || t.ID.IsZero() {
		errs.Add(p.Child("id"), chidao.CodeInvalid, "not a task ID", w.ID)
	}
	var o Origin
	o.Symbol, o.Type, o.Issuer, o.IssuerKey = str(w.Source), str(w.Type), str(w.Issuer), str(w.IssuerKey)
	if w.Document != "" {
		id, err := chidao.ParseID(w.Document)
		if err != nil {
			errs.Add(p.Child("document"), chidao.CodeInvalid, "not a document ID", w.Document)
		}
		o.Document = directive.ID{ID: id}
	}
	o.Date = date(p.Child("assigned"), w.Assigned, errs)
	t.Origin = os.of(o)
	t.Role = enum[Role](p.Child("role"), w.Role, roleNames[:], errs)
	t.Deadline = Deadline{Text: str(w.DueText), Date: date(p.Child("deadline"), w.Deadline, errs),
		Kind: enum[DeadlineKind](p.Child("due_kind"), w.DueKind, deadlineKindNames[:], errs), From: str(w.DueFrom)}
	if w.DueDay != nil {
		t.Deadline.Day = *w.DueDay
	}
	if w.DueAmount != nil {
		t.Deadline.Amount = *w.DueAmount
	}
	t.Deadline.Cycle = enum[directive.Cycle](p.Child("recurring"), w.Recurring, cycleCodes(), errs)
	t.Deadline.Unit = enum[directive.TimeUnit](p.Child("due_unit"), w.DueUnit, unitCodes(), errs)
	t.Modality = enum[directive.Modality](p.Child("modality"), &w.Modality, modalityCodes(), errs)
	return t
}

func cycleCodes() []string {
	var out []string
	for c := directive.CycleNone; !isEnumFallback(c.String()); c++ {
		out = append(out, c.String())
	}
	return out
}

func unitCodes() []string {
	var out []string
	for u := directive.UnitNone; !isEnumFallback(u.String()); u++ {
		out = append(out, u.String())
	}
	return out
}

func modalityCodes() []string {
	var out []string
	for m := directive.ModalityObligation; !isEnumFallback(m.String()); m++ {
		out = append(out, m.String())
	}
	return out
}

// isEnumFallback reports the String of a value past an enum's end:
// "directive.Cycle(9)".
func isEnumFallback(s string) bool { return strings.IndexByte(s, '(') > 0 }

func enum[T ~uint8](p chidao.Path, s *string, names []string, errs *chidao.ErrorList) T {
	if s == nil {
		return 0
	}
	for i, n := range names {
		if n == *s && n != "" {
			return T(i)
		}
	}
	errs.Add(p, chidao.CodeInvalid, "not one of the codes", *s)
	return 0
}

func date(p chidao.Path, s *string, errs *chidao.ErrorList) chidao.Date {
	if s == nil {
		return chidao.Date{}
	}
	d, err := chidao.ParseISODate(*s)
	if err != nil {
		errs.Add(p, chidao.CodeInvalid, "not a date YYYY-MM-DD", *s)
	}
	return d
}

// UnmarshalJSON reads the task JSON form; problems come as a
// *chidao.ValidationError listing all of them with paths.
func (t *Task) UnmarshalJSON(b []byte) error {
	var w taskJSON
	if err := strictUnmarshal(b, &w); err != nil {
		return err
	}
	var errs chidao.ErrorList
	v := w.toTask(chidao.Path{}, origins{}, &errs)
	if err := errs.Err(); err != nil {
		return err
	}
	*t = v
	return nil
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("task: %w: %w", chidao.ErrInvalid, err)
	}
	if dec.More() {
		return fmt.Errorf("task: %w: more data after the value", chidao.ErrInvalid)
	}
	return nil
}

// ReadJSONLines reads what [WriteJSONLines] writes. Tasks of one document
// share one Origin. Problems come as a *chidao.ValidationError with paths
// "tasks[i]…" (i counting lines with a task).
func ReadJSONLines(r io.Reader) ([]Task, error) {
	dec := json.NewDecoder(io.LimitReader(r, MaxJSONSize+1))
	dec.DisallowUnknownFields()
	var tasks []Task
	var errs chidao.ErrorList
	os := origins{}
	for i := 0; ; i++ {
		var w taskJSON
		err := dec.Decode(&w)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("task: line with task %d: %w: %w", i, chidao.ErrInvalid, err)
		}
		tasks = append(tasks, w.toTask(chidao.NewPath("tasks").Index(i), os, &errs))
	}
	return tasks, errs.Err()
}

// The JSON form of an event.
type eventJSON struct {
	Kind     string       `json:"kind"`
	Date     string       `json:"date"`
	Percent  *Percent     `json:"percent,omitempty"`
	Note     string       `json:"note,omitempty"`
	Document string       `json:"document,omitempty"`
	Deadline string       `json:"deadline,omitempty"`
	To       []assignJSON `json:"to,omitempty"`
}

type assignJSON struct {
	Name string  `json:"name"`
	Key  *string `json:"key"`
}

// MarshalJSON writes an event: {"kind":"progress","date":"2023-11-01",
// "percent":50,"note":"…"}; fields an event does not use are left out.
func (e Event) MarshalJSON() ([]byte, error) {
	if e.Kind == EventNone || e.Kind >= numEventKinds {
		return nil, fmt.Errorf("task: cannot marshal event kind %d: %w", e.Kind, chidao.ErrInvalid)
	}
	w := eventJSON{Kind: e.Kind.String(), Date: e.Date.String(), Note: e.Note,
		Document: e.Document, Deadline: e.Deadline.String()}
	if e.Kind == EventProgress {
		w.Percent = &e.Percent
	}
	for _, a := range e.To {
		w.To = append(w.To, assignJSON{a.Name, opt(a.Key)})
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads an event's JSON form.
func (e *Event) UnmarshalJSON(b []byte) error {
	var w eventJSON
	if err := strictUnmarshal(b, &w); err != nil {
		return err
	}
	var errs chidao.ErrorList
	v := Event{Kind: enum[EventKind](chidao.NewPath("kind"), &w.Kind, eventKindNames[:], &errs),
		Note: w.Note, Document: w.Document}
	v.Date = date(chidao.NewPath("date"), &w.Date, &errs)
	if w.Deadline != "" {
		v.Deadline = date(chidao.NewPath("deadline"), &w.Deadline, &errs)
	}
	if w.Percent != nil {
		if v.Kind != EventProgress && v.Kind != EventNone {
			// the writer leaves it out of any other event: kept, it
			// would not survive a write
			errs.Add(chidao.NewPath("percent"), chidao.CodeInvalid, "only a progress event has a percent", w.Percent.String())
		}
		v.Percent = *w.Percent
	}
	for _, a := range w.To {
		v.To = append(v.To, Assignee{Name: a.Name, Key: str(a.Key)})
	}
	if err := errs.Err(); err != nil {
		return err
	}
	*e = v
	return nil
}

// MarshalJSON writes a percent as a JSON number: 87.5.
func (p Percent) MarshalJSON() ([]byte, error) { return p.MarshalText() }

// UnmarshalJSON reads a JSON number or string: 87.5, "87,5".
func (p *Percent) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		s, err := strconv.Unquote(string(b))
		if err != nil {
			return fmt.Errorf("task: %w: %w", chidao.ErrInvalid, err)
		}
		b = []byte(s)
	}
	return p.UnmarshalText(b)
}

// The JSON form of a cascade.
type cascadeJSON struct {
	Schema string             `json:"schema"`
	Root   string             `json:"root"`
	Tasks  []json.RawMessage  `json:"tasks"`
	Links  []linkJSON         `json:"links"`
	Events map[string][]Event `json:"events,omitempty"`
}

type linkJSON struct {
	Parent string `json:"parent"`
	Child  string `json:"child"`
	ByHand bool   `json:"by_hand,omitempty"`
}

// MarshalJSON writes the cascade: {"schema":"chidao.task/v1","root":…,
// "tasks":[…],"links":[{"parent":…,"child":…}],"events":{"<task
// id>":[…]}}, the tasks with the gaps of the whole list.
func (c Cascade) MarshalJSON() ([]byte, error) {
	w := cascadeJSON{Schema: JSONSchema, Root: c.Root.String(), Tasks: make([]json.RawMessage, len(c.Tasks)), Links: make([]linkJSON, len(c.Links))}
	for i, g := range Gaps(c.Tasks) {
		b, err := json.Marshal(c.Tasks[i].toJSON(g))
		if err != nil {
			return nil, err
		}
		w.Tasks[i] = b
	}
	for i, l := range c.Links {
		w.Links[i] = linkJSON{l.Parent.String(), l.Child.String(), l.ByHand}
	}
	for i, ev := range c.Events {
		if len(ev) == 0 {
			continue
		}
		if w.Events == nil {
			w.Events = map[string][]Event{}
		}
		w.Events[c.Tasks[i].ID.String()] = ev
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the cascade JSON form; problems come as a
// *chidao.ValidationError listing all of them with paths.
func (c *Cascade) UnmarshalJSON(b []byte) error {
	if len(b) > MaxJSONSize {
		return fmt.Errorf("task: cascade JSON of %d bytes is over %d: %w", len(b), MaxJSONSize, chidao.ErrInvalid)
	}
	var w cascadeJSON
	if err := strictUnmarshal(b, &w); err != nil {
		return err
	}
	var errs chidao.ErrorList
	if w.Schema != JSONSchema {
		errs.Add(chidao.NewPath("schema"), chidao.CodeInvalid, "this version reads "+strconv.Quote(JSONSchema), w.Schema)
	}
	v := Cascade{Tasks: make([]Task, len(w.Tasks)), Links: make([]Link, len(w.Links))}
	if w.Root != "" {
		id, err := chidao.ParseID(w.Root)
		if err != nil {
			errs.Add(chidao.NewPath("root"), chidao.CodeInvalid, "not a document ID", w.Root)
		}
		v.Root = directive.ID{ID: id}
	}
	os := origins{}
	for i, raw := range w.Tasks {
		var tj taskJSON
		if err := strictUnmarshal(raw, &tj); err != nil {
			errs.Add(chidao.NewPath("tasks").Index(i), chidao.CodeInvalid, err.Error(), nil)
			continue
		}
		v.Tasks[i] = tj.toTask(chidao.NewPath("tasks").Index(i), os, &errs)
	}
	for i, l := range w.Links {
		p := chidao.NewPath("links").Index(i)
		var err error
		if v.Links[i].Parent, err = ParseID(l.Parent); err != nil {
			errs.Add(p.Child("parent"), chidao.CodeInvalid, "not a task ID", l.Parent)
		}
		if v.Links[i].Child, err = ParseID(l.Child); err != nil {
			errs.Add(p.Child("child"), chidao.CodeInvalid, "not a task ID", l.Child)
		}
		v.Links[i].ByHand = l.ByHand
	}
	if len(w.Events) > 0 {
		v.Events = make([][]Event, len(v.Tasks))
		idx := v.Index()
		for id, ev := range w.Events {
			if len(ev) == 0 {
				continue // written as no entry
			}
			tid, err := ParseID(id)
			i, ok := idx[tid]
			if err != nil || !ok {
				errs.Add(chidao.NewPath("events").Key(id), CodeUnknownTask, "no task of the cascade has this ID", id)
				continue
			}
			v.Events[i] = ev
		}
	}
	if !slices.ContainsFunc(v.Events, func(ev []Event) bool { return len(ev) > 0 }) {
		v.Events = nil
	}
	if err := errs.Err(); err != nil {
		return err
	}
	*c = v
	return nil
}
