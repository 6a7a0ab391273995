package directive

import (
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/strictjson"
)

// maxBodyDepth bounds the nesting of a body read from JSON: Phần, Chương,
// Mục, Điều, I., 1., 1.1., 1.1.1., a), "-" and "+" are eleven levels; the
// rest is hostile.
const maxBodyDepth = 16

// nodeJSON, tableJSON, obligationJSON and dueJSON fix the JSON form of the
// body tree and the obligations.
type nodeJSON struct {
	Kind      string     `json:"kind"`
	Marker    *string    `json:"marker"`
	Heading   *string    `json:"heading"`
	Text      *string    `json:"text"`
	Table     *tableJSON `json:"table"`
	Children  []nodeJSON `json:"children"`
	FirstLine int        `json:"first_line"`
	LastLine  int        `json:"last_line"`
}

type tableJSON struct {
	Header []string   `json:"header"`
	Rows   [][]string `json:"rows"`
}

type obligationJSON struct {
	Path       string   `json:"path"`
	Text       *string  `json:"text"`
	Addressees []string `json:"addressees"`
	Lead       *string  `json:"lead"`
	Support    []string `json:"support"`
	Modality   string   `json:"modality"`
	Due        *dueJSON `json:"due"`
	Product    *string  `json:"product"`
	ReportTo   *string  `json:"report_to"`
	Via        *string  `json:"via"`
}

type dueJSON struct {
	Text   string  `json:"text"`
	Kind   string  `json:"kind"`
	Date   *string `json:"date"`
	Cycle  *string `json:"cycle"`
	Day    int     `json:"day"`
	Amount int     `json:"amount"`
	Unit   *string `json:"unit"`
	From   *string `json:"from"`
}

var (
	nodeFields       = strictjson.NewNames("kind", "marker", "heading", "text", "table", "children", "first_line", "last_line")
	tableFields      = strictjson.NewNames("header", "rows")
	obligationFields = strictjson.NewNames("path", "text", "addressees", "lead", "support", "modality", "due", "product", "report_to", "via")
	dueFields        = strictjson.NewNames("text", "kind", "date", "cycle", "day", "amount", "unit", "from")
)

func nodesToJSON(nodes []Node) []nodeJSON {
	out := make([]nodeJSON, len(nodes))
	for i, n := range nodes {
		out[i] = nodeJSON{Kind: n.Kind.String(), Marker: opt(n.Marker), Heading: opt(n.Heading), Text: opt(n.Text),
			Children: nodesToJSON(n.Children), FirstLine: n.First, LastLine: n.Last}
		if n.Table != nil {
			t := &tableJSON{Header: list(n.Table.Header), Rows: make([][]string, len(n.Table.Rows))}
			for j, r := range n.Table.Rows {
				t.Rows[j] = list(r)
			}
			out[i].Table = t
		}
	}
	return out
}

func obligationsToJSON(obs []Obligation) []obligationJSON {
	out := make([]obligationJSON, len(obs))
	for i, o := range obs {
		out[i] = obligationJSON{Path: o.Path, Text: opt(o.Text), Addressees: list(o.Addressees), Lead: opt(o.Lead),
			Support: o.Support, Modality: o.Modality.String(), Product: opt(o.Product), ReportTo: opt(o.ReportTo), Via: opt(o.Via)}
		if o.Due != nil {
			out[i].Due = &dueJSON{Text: o.Due.Text, Kind: o.Due.Kind.String(), Date: opt(o.Due.Date.String()),
				Cycle: opt(o.Due.Cycle.String()), Day: o.Due.Day, Amount: o.Due.Amount, Unit: opt(o.Due.Unit.String()), From: opt(o.Due.From)}
		}
	}
	return out
}

// bodyValid reports the first enum of the body or the obligations that no
// reader could read back, as a path, or "".
func bodyValid(body []Node, obs []Obligation) string {
	var walk func(nodes []Node, p string) string
	walk = func(nodes []Node, p string) string {
		for i, n := range nodes {
			np := p + "[" + strconv.Itoa(i) + "]"
			if n.Kind >= numNodeKinds {
				return np + ".kind"
			}
			if bad := walk(n.Children, np+".children"); bad != "" {
				return bad
			}
		}
		return ""
	}
	if bad := walk(body, "body"); bad != "" {
		return bad
	}
	for i, o := range obs {
		p := "obligations[" + strconv.Itoa(i) + "]"
		switch {
		case o.Modality >= numModalities:
			return p + ".modality"
		case o.Due != nil && (o.Due.Kind >= numDueKinds || o.Due.Cycle >= numCycles || o.Due.Unit >= numUnits):
			return p + ".due"
		}
	}
	return ""
}

func (r *jsonReader) body(p chidao.Path, v *strictjson.Value, depth int) []Node {
	var out []Node
	for i, e := range r.list(p, v) {
		np := p.Index(i)
		if depth >= maxBodyDepth {
			r.Add(np, chidao.CodeTooLong, "the body nests deeper than "+strconv.Itoa(maxBodyDepth)+" levels", nil)
			break
		}
		m := r.object(np, &e, nodeFields)
		n := Node{
			Kind:    NodeKind(r.enum(np.Child("kind"), m.Get("kind"), nodeKindNames[:], false)),
			Marker:  r.str(np.Child("marker"), m.Get("marker")),
			Heading: r.str(np.Child("heading"), m.Get("heading")),
			Text:    r.str(np.Child("text"), m.Get("text")),
			First:   r.offset(np.Child("first_line"), m.Get("first_line")),
			Last:    r.offset(np.Child("last_line"), m.Get("last_line")),
		}
		if t := m.Get("table"); t != nil && t.Kind != strictjson.Null {
			tp := np.Child("table")
			tm := r.object(tp, t, tableFields)
			n.Table = &Table{Header: r.strs(tp.Child("header"), tm.Get("header"))}
			for j, row := range r.list(tp.Child("rows"), tm.Get("rows")) {
				n.Table.Rows = append(n.Table.Rows, r.strs(tp.Child("rows").Index(j), &row))
			}
		}
		n.Children = r.body(np.Child("children"), m.Get("children"), depth+1)
		out = append(out, n)
	}
	return out
}

func (r *jsonReader) obligations(p chidao.Path, v *strictjson.Value) []Obligation {
	var out []Obligation
	for i, e := range r.list(p, v) {
		op := p.Index(i)
		m := r.object(op, &e, obligationFields)
		o := Obligation{
			Path:       r.str(op.Child("path"), m.Get("path")),
			Text:       r.str(op.Child("text"), m.Get("text")),
			Addressees: r.strs(op.Child("addressees"), m.Get("addressees")),
			Lead:       r.str(op.Child("lead"), m.Get("lead")),
			Support:    r.strs(op.Child("support"), m.Get("support")),
			Modality:   Modality(r.enum(op.Child("modality"), m.Get("modality"), modalityNames[:], true)),
			Product:    r.str(op.Child("product"), m.Get("product")),
			ReportTo:   r.str(op.Child("report_to"), m.Get("report_to")),
			Via:        r.str(op.Child("via"), m.Get("via")),
		}
		if d := m.Get("due"); d != nil && d.Kind != strictjson.Null {
			dp := op.Child("due")
			dm := r.object(dp, d, dueFields)
			o.Due = &Due{
				Text:   r.str(dp.Child("text"), dm.Get("text")),
				Kind:   DueKind(r.enum(dp.Child("kind"), dm.Get("kind"), dueKindNames[:], false)),
				Date:   r.date(dp.Child("date"), dm.Get("date")),
				Cycle:  Cycle(r.enum(dp.Child("cycle"), dm.Get("cycle"), cycleNames[:], true)),
				Day:    r.offset(dp.Child("day"), dm.Get("day")),
				Amount: r.offset(dp.Child("amount"), dm.Get("amount")),
				Unit:   TimeUnit(r.enum(dp.Child("unit"), dm.Get("unit"), unitNames[:], true)),
				From:   r.str(dp.Child("from"), dm.Get("from")),
			}
		}
		out = append(out, o)
	}
	return out
}

// enum reads a wire code of names; null or "" gives 0 when empty is allowed.
func (r *jsonReader) enum(p chidao.Path, v *strictjson.Value, names []string, empty bool) int {
	s := r.str(p, v)
	if s == "" && (empty || v == nil || v.Kind == strictjson.Null) {
		return 0
	}
	for i, n := range names {
		if n == s && n != "" {
			return i
		}
	}
	r.Add(p, chidao.CodeInvalid, "unknown value; want one of "+strings.Join(nonEmpty(names), ", "), clip(s))
	return 0
}

func nonEmpty(names []string) []string {
	var out []string
	for _, n := range names {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}
