package task

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/org"
)

// Codes of what FromDocument could not determine. Each is a warning with
// the path of the obligation's field it concerns.
const (
	CodeNoAssignee         chidao.Code = "task.no_assignee"         // the obligation names no body
	CodeUnresolvedAssignee chidao.Code = "task.unresolved_assignee" // a name no registry body answers to
	CodeDissolvedAssignee  chidao.Code = "task.dissolved_assignee"  // a body that has ended by the date
	CodeNotDirected        chidao.Code = "task.not_directed"        // a partner the issuer may not direct: no task
	CodeUnresolvedIssuer   chidao.Code = "task.unresolved_issuer"   // the issuer is not in the registry
	CodeDeadlineUnknown    chidao.Code = "task.deadline_unknown"    // a deadline as written whose day cannot be known
	CodeNoDate             chidao.Code = "task.no_date"             // the document has no date
)

// Options tunes FromDocument. The zero Options uses [VietNam].
type Options struct {
	// Calendar counts working days for relative deadlines.
	Calendar *Calendar
}

// FromDocument derives the tasks of doc: one per obligation and body.
// The bodies are the obligation's lead (chủ trì), its supporters (phối
// hợp) and its other addressees, each expanded with reg at date (the
// document's date when date is zero): a recipient class becomes its
// bodies ("UBND các quận, huyện, thị xã" → the 30 district committees of
// 2023). A supporter the issuer may not direct is a partner, not an
// assignee. With a nil reg the names stay as written. What cannot be
// determined is reported, with paths into doc, instead of guessed: a
// task keeps the name as written when no body answers to it, and has no
// deadline day when the text's cannot be read.
func FromDocument(doc *directive.Document, reg *org.Registry, date chidao.Date) ([]Task, chidao.ErrorList) {
	return Options{}.FromDocument(doc, reg, date)
}

// FromDocument is [FromDocument] with o's options.
func (o Options) FromDocument(doc *directive.Document, reg *org.Registry, date chidao.Date) ([]Task, chidao.ErrorList) {
	var errs chidao.ErrorList
	if doc == nil {
		return nil, nil
	}
	cal := o.Calendar
	if cal == nil {
		cal = VietNam()
	}
	if date.IsZero() {
		date = doc.Date
	}
	origin := &Origin{Document: doc.ID(), Type: doc.Type.Label(), Issuer: doc.Issuer, IssuerKey: doc.IssuerKey, Date: doc.Date}
	if doc.Symbol.IsValid() {
		origin.Symbol = doc.Symbol.String()
	}
	if doc.Date.IsZero() {
		errs.Warn(chidao.NewPath("date"), CodeNoDate, "the document has no date: classes are expanded at "+date.String()+" and no relative deadline can be counted", nil)
	}
	var issuer *org.Org
	if reg != nil && !date.IsZero() {
		if origin.IssuerKey != "" {
			issuer, _ = reg.Org(origin.IssuerKey)
		}
		if issuer == nil && doc.Issuer != "" {
			if m, err := reg.Match(doc.Issuer, date); err == nil {
				issuer = m.Org
			}
		}
		if issuer == nil {
			errs.Warn(chidao.NewPath("issuer"), CodeUnresolvedIssuer, "no registry body answers to the issuer: classes relative to it cannot be expanded, partners cannot be told from assignees", doc.Issuer)
		} else {
			origin.IssuerKey = issuer.Key()
		}
	}
	d := deriver{reg: reg, date: date, issuer: issuer, errs: &errs, state: doc.Bloc == directive.BlocState}
	if issuer != nil {
		d.state = issuer.Bloc() == org.BlocState
	}
	var tasks []Task
	for i := range doc.Obligations {
		ob := &doc.Obligations[i]
		p := chidao.NewPath("obligations").Index(i)
		dl := d.deadline(ob.Due, doc.Date, cal, p.Child("due"))
		base := Task{
			Origin: origin, Path: ob.Path, Obligation: i, Text: ob.Text, Modality: ob.Modality,
			Product: ob.Product, ReportTo: ob.ReportTo, Via: ob.Via, Deadline: dl,
		}
		named := d.named(ob, p)
		if len(named) == 0 {
			errs.Warn(p.Child("addressees"), CodeNoAssignee, "the obligation names no body", nil)
			t := base
			t.ID = IDOf(origin.Document, ob.Path, Assignee{})
			tasks = append(tasks, t)
			continue
		}
		seen := map[string]bool{}
		for _, n := range named {
			for _, a := range d.resolve(n) {
				id := a.Key
				if id == "" {
					id = "name:" + vntext.Key(a.Name)
				}
				if seen[id] {
					continue // "Sở Nội vụ chủ trì … các Sở": the lead once, as lead
				}
				seen[id] = true
				t := base
				t.Assignee, t.Role = a, n.role
				t.ID = IDOf(origin.Document, ob.Path, a)
				tasks = append(tasks, t)
			}
		}
	}
	return tasks, errs
}

var errNoRegistry = errors.New("no registry")

type deriver struct {
	state  bool // the issuer is a State body
	reg    *org.Registry
	date   chidao.Date
	issuer *org.Org
	errs   *chidao.ErrorList
}

// namedBody is a name an obligation gives, with its part and the path
// of the field it is written in.
type namedBody struct {
	name string
	role Role
	path chidao.Path
}

// named lists the obligation's bodies: the lead, the supporters, then
// the other addressees, each name once.
func (d *deriver) named(ob *directive.Obligation, p chidao.Path) []namedBody {
	var out []namedBody
	seen := map[string]bool{}
	add := func(name string, role Role, path chidao.Path) {
		k := vntext.Key(name)
		if strings.TrimSpace(k) == "" || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, namedBody{name, role, path})
	}
	leads := splitLead(ob.Lead, ob.Addressees)
	if leads == nil && ob.Lead != "" {
		add(ob.Lead, RoleLead, p.Child("lead"))
	}
	for j, s := range ob.Support {
		add(s, RoleSupport, p.Child("support").Index(j))
	}
	for j, a := range ob.Addressees {
		role := RoleNone
		if slices.Contains(leads, j) {
			role = RoleLead
		}
		add(a, role, p.Child("addressees").Index(j))
	}
	return out
}

// splitLead returns the indexes of the addressees a lead naming several
// bodies lists ("Ban Chỉ đạo quốc gia, Các Bộ, ngành liên quan": two, the
// second with a comma of its own), or nil when the lead is not made up
// of addressees that way.
func splitLead(lead string, addressees []string) []int {
	if !strings.Contains(lead, ", ") {
		return nil
	}
	keys := make([]string, len(addressees))
	for i, a := range addressees {
		keys[i] = vntext.Key(a)
	}
	parts := strings.Split(lead, ", ")
	most := 1 // the most parts an addressee's name can span: a word each
	for _, k := range keys {
		most = max(most, strings.Count(k, " ")+1)
	}
	var out []int
	for i := 0; i < len(parts); {
		found := false
		for j := min(len(parts), i+most); j > i; j-- {
			if k := slices.Index(keys, vntext.Key(strings.Join(parts[i:j], ", "))); k >= 0 {
				out, i, found = append(out, k), j, true
				break
			}
		}
		if !found {
			return nil
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// resolve turns a name as written into the assignees it means.
func (d *deriver) resolve(n namedBody) []Assignee {
	var bodies []*org.Org
	var err error = errNoRegistry
	if d.reg != nil && !d.date.IsZero() {
		bodies, err = d.reg.Expand(n.name, d.issuer, d.date)
	}
	if err != nil && n.role == RoleSupport && d.state && massOrganisation(n.name) {
		d.errs.Warn(n.path, CodeNotDirected, n.name+" are named to work with; a State body may not direct the Front and the mass organisations: no task", n.name)
		return nil
	}
	var dis *org.DissolvedError
	switch {
	case err == errNoRegistry:
		return []Assignee{{Name: n.name}}
	case errors.As(err, &dis):
		succ := make([]string, len(dis.Successors))
		for i, s := range dis.Successors {
			succ[i] = s.Name()
		}
		d.errs.Warn(n.path, CodeDissolvedAssignee, fmt.Sprintf("%s has ended by %s; its work is with %s", dis.Org.Name(), d.date, strings.Join(succ, ", ")), n.name)
		return []Assignee{{Name: n.name, Key: dis.Org.Key()}}
	case err != nil:
		d.errs.Warn(n.path, CodeUnresolvedAssignee, "no registry body answers to the name: the task keeps it as written ("+err.Error()+")", n.name)
		return []Assignee{{Name: n.name}}
	}
	out := make([]Assignee, 0, len(bodies))
	for _, b := range bodies {
		if n.role == RoleSupport && d.issuer != nil {
			if _, ok := d.reg.CanDirect(d.issuer, b, d.date); !ok {
				d.errs.Warn(n.path, CodeNotDirected, b.Name()+" is named to work with, but the issuer may not direct it: no task", n.name)
				continue
			}
		}
		name := n.name
		if len(bodies) > 1 {
			name = b.Name()
		}
		out = append(out, Assignee{Name: name, Key: b.Key()})
	}
	return out
}

// deadline reads an obligation's due into a task's deadline, counting
// a relative term from the document's date when it starts at signing.
func (d *deriver) deadline(due *directive.Due, signed chidao.Date, cal *Calendar, p chidao.Path) Deadline {
	if due == nil {
		return Deadline{}
	}
	dl := Deadline{Text: due.Text, Cycle: due.Cycle, Day: due.Day, Amount: due.Amount, Unit: due.Unit, From: due.From}
	switch due.Kind {
	case directive.DueDate:
		dl.Kind, dl.Date = DeadlineDate, due.Date
	case directive.DuePeriodEnd:
		dl.Kind, dl.Date = DeadlinePeriodEnd, due.Date
	case directive.DueRecurring:
		dl.Kind = DeadlineRecurring
		dl.Date = dl.Next(signed)
	case directive.DueRelative:
		dl.Kind = DeadlineRelative
		if fromSigning(due.From) && !signed.IsZero() {
			dl.Date = addTerm(cal, signed, due.Amount, due.Unit)
		}
	case directive.DueContinuous:
		dl.Kind = DeadlineOngoing
	}
	if dl.Date.IsZero() && dl.Kind != DeadlineOngoing {
		d.errs.Warn(p, CodeDeadlineUnknown, "the deadline as written gives no day that can be known", due.Text)
	}
	return dl
}

// fromSigning reports whether a relative term runs from the day the
// document is signed or issued: "ngày ký", "ngày ban hành", "ngày ký
// ban hành" (not "ngày nhận được", which the document cannot know).
func fromSigning(from string) bool {
	k := vntext.Key(from)
	return strings.Contains(k, vntext.Key("ký")) || strings.Contains(k, vntext.Key("ban hành"))
}

// addTerm adds a relative term to a day.
func addTerm(cal *Calendar, d chidao.Date, n int, u directive.TimeUnit) chidao.Date {
	switch u {
	case directive.UnitWorkingDays:
		return cal.AddWorkingDays(d, n)
	case directive.UnitDays:
		return d.AddDays(n)
	case directive.UnitMonths:
		y, m, day := d.Parts()
		m += n
		y, m = y+(m-1)/12, (m-1)%12+1
		if day > chidao.DaysIn(y, m) {
			day = chidao.DaysIn(y, m)
		}
		e, err := chidao.NewDate(y, m, day)
		if err != nil {
			return chidao.Date{}
		}
		return e
	}
	return chidao.Date{}
}

// massWords name the Fatherland Front and the mass organisations, which
// State bodies coordinate with (quy chế phối hợp) but may not direct.
var massWords = []string{"mặt trận tổ quốc", "tổ chức chính trị - xã hội", "đoàn thể", "hội liên hiệp phụ nữ",
	"đoàn thanh niên", "hội nông dân", "hội cựu chiến binh", "liên đoàn lao động", "công đoàn"}

// massOrganisation reports a name of the Front or the mass organisations
// the registry does not hold ("các tổ chức chính trị - xã hội Thành
// phố").
func massOrganisation(name string) bool {
	k := vntext.Key(name)
	for _, w := range massWords {
		if strings.Contains(k, vntext.Key(w)) {
			return true
		}
	}
	return false
}
