package org

import (
	"strings"

	"github.com/chidao/chidao"
)

// Step is one link of a chain of authority: From stands in relation Via to
// To. Via is RelationSubordinate when To is subordinate to From (the chain
// goes down), RelationLeads or RelationGuides as in the data, and
// RelationActsFor when a standing board acts for its committee.
type Step struct {
	From, To *Org
	Via      RelationType
}

// Chain explains why an issuer may direct a recipient.
type Chain struct {
	Steps []Step
}

// Guidance reports whether the chain ends in professional guidance rather
// than command: the issuer may guide the recipient, not order it.
func (c Chain) Guidance() bool {
	return len(c.Steps) > 0 && c.Steps[len(c.Steps)-1].Via == RelationGuides
}

// String renders the chain as "A → (trực thuộc) B → (lãnh đạo) C".
func (c Chain) String() string {
	if len(c.Steps) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(c.Steps[0].From.Name())
	for _, s := range c.Steps {
		b.WriteString(" → (")
		b.WriteString(viaLabel(s.Via))
		b.WriteString(") ")
		b.WriteString(s.To.Name())
	}
	return b.String()
}

func viaLabel(v RelationType) string {
	if v == RelationSubordinate {
		return "cấp trên trực tiếp" // the chain goes down: From is To's superior
	}
	return v.Label()
}

// CanDirect reports whether issuer may direct recipient on d, and through
// which chain: down parent links and explicit subordinate relations,
// through Party leadership of State bodies, and with a standing board
// acting for its committee. When no chain of command exists, a chain of
// command followed by one professional-guidance link is returned with
// Guidance() true. A body may direct itself with an empty chain. Both must
// be in force on d.
func (r *Registry) CanDirect(issuer, recipient *Org, d chidao.Date) (Chain, bool) {
	if issuer == nil || recipient == nil || !issuer.ValidAt(d) || !recipient.ValidAt(d) {
		return Chain{}, false
	}
	if issuer == recipient {
		return Chain{}, true
	}
	prev := map[*Org]Step{issuer: {}}
	visited := []*Org{issuer} // BFS order, so the shortest chain wins below
	for i := 0; i < len(visited); i++ {
		for _, s := range r.commandSteps(visited[i], d) {
			if _, seen := prev[s.To]; seen {
				continue
			}
			prev[s.To] = s
			if s.To == recipient {
				return Chain{Steps: walkBack(prev, issuer, recipient)}, true
			}
			visited = append(visited, s.To)
		}
	}
	// No command: may a body the issuer commands guide the recipient?
	for _, o := range visited {
		for _, rel := range r.out[o] {
			if rel.spec.Type == RelationGuides && rel.to == recipient && rel.spec.Validity.Contains(d) {
				steps := walkBack(prev, issuer, o)
				return Chain{Steps: append(steps, Step{From: o, To: recipient, Via: RelationGuides})}, true
			}
		}
	}
	return Chain{}, false
}

// commandSteps lists the command links leaving o on d.
func (r *Registry) commandSteps(o *Org, d chidao.Date) []Step {
	var out []Step
	if o.spec.Kind == KindPartyStandingBoard && o.parent != nil && o.parent.ValidAt(d) {
		out = append(out, Step{From: o, To: o.parent, Via: RelationActsFor})
	}
	for _, c := range o.children {
		if c.ValidAt(d) {
			out = append(out, Step{From: o, To: c, Via: RelationSubordinate})
		}
	}
	for _, rel := range r.in[o] {
		if rel.spec.Type == RelationSubordinate && rel.spec.Validity.Contains(d) && rel.from.ValidAt(d) {
			out = append(out, Step{From: o, To: rel.from, Via: RelationSubordinate})
		}
	}
	for _, rel := range r.out[o] {
		t := rel.spec.Type
		if (t == RelationLeads || t == RelationActsFor) && rel.spec.Validity.Contains(d) && rel.to.ValidAt(d) {
			out = append(out, Step{From: o, To: rel.to, Via: t})
		}
	}
	return out
}

func walkBack(prev map[*Org]Step, from, to *Org) []Step {
	var steps []Step
	for cur := to; cur != from; {
		s := prev[cur]
		steps = append(steps, s)
		cur = s.From
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return steps
}
