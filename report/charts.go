package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/task"
)

// Point is a slice's tally at one date.
type Point struct {
	At    chidao.Date
	Tally Tally
}

// Timeline tallies the tasks of slice (nil: all) at each of the dates.
func Timeline(c *task.Cascade, dates []chidao.Date, p task.Policy, slice Slice) ([]Point, chidao.ErrorList) {
	var out []Point
	for _, at := range dates {
		st, errs := Statuses(c, at, p)
		if len(errs) > 0 {
			return nil, errs
		}
		out = append(out, Point{At: at, Tally: Total(st, slice)})
	}
	return out, nil
}

// MonthEnds returns the last day of each month from the month of from to
// the month of to.
func MonthEnds(from, to chidao.Date) []chidao.Date {
	var out []chidao.Date
	y, m, _ := from.Parts()
	ty, tm, _ := to.Parts()
	for y*12+m <= ty*12+tm {
		out = append(out, chidao.MustDate(y, m, chidao.DaysIn(y, m)))
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

// TimelineSVG writes progress over time: a stacked column per date, its
// tasks split by national class, with the on-time rate under it.
func TimelineSVG(w io.Writer, title string, points []Point) error {
	bw := bufio.NewWriter(w)
	const chartH, top, colW, gap = 260, 64, 40, 24
	most := 1
	for _, p := range points {
		most = max(most, p.Tally.Total)
	}
	width := max(svgWidth, 60+len(points)*(colW+gap))
	height := top + chartH + 48
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="'Times New Roman', serif" font-size="12">
<title>%s</title>
<rect width="100%%" height="100%%" fill="#ffffff"/>
<text x="0" y="16" font-size="14" font-weight="bold">%s</text>
`, width, height, width, height, xmlText(title), xmlText(title))
	legend(bw)
	base := top + chartH
	fmt.Fprintf(bw, `<line x1="50" y1="%d" x2="%d" y2="%d" stroke="#000"/>
`, base, width-10, base)
	for i, p := range points {
		x := 60 + i*(colW+gap)
		y := base
		y0, m0, _ := p.At.Parts()
		fmt.Fprintf(bw, `<g class="column" data-at="%s"><title>%02d/%d: %s</title>
`, p.At, m0, y0, xmlText(countsText(p.Tally)))
		for _, n := range nationals {
			k := p.Tally.National(n)
			if k == 0 {
				continue
			}
			h := chartH * k / most
			y -= h
			fmt.Fprintf(bw, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" data-class="%s" data-count="%d"/>
`, x, y, colW, max(h, 1), nationalColours[n], n.Code(), k)
		}
		fmt.Fprintf(bw, `<text x="%d" y="%d" text-anchor="middle">%02d/%d</text>
<text x="%d" y="%d" text-anchor="middle" font-size="10">%s</text></g>
`, x+colW/2, base+16, m0, y0, x+colW/2, base+30, xmlText(Percent(p.Tally.OnTimeRate())))
	}
	fmt.Fprintf(bw, `<text x="0" y="%d" font-size="10">Tỷ lệ đúng hạn</text>
</svg>
`, base+30)
	return bw.Flush()
}

func legend(bw *bufio.Writer) {
	x := 0
	for _, n := range nationals {
		fmt.Fprintf(bw, `<rect x="%d" y="30" width="12" height="12" fill="%s"/><text x="%d" y="40">%s</text>
`, x, nationalColours[n], x+16, xmlText(capitalize(n.String())))
		x += 16 + 7*len([]rune(n.String())) + 18
	}
}

// classColours colour a node by the worst class of its tasks.
var classColours = map[task.Class]string{
	task.ClassOverdue: "#c62828", task.ClassDueSoon: "#ef6c00", task.ClassNotStarted: "#bdbdbd",
	task.ClassInProgress: "#90caf9", task.ClassCompletedLate: "#f9a825", task.ClassCompletedOnTime: "#2e7d32",
	task.ClassCancelled: "#ffffff",
}

// TreeNode is a document of the cascade with the tally of its tasks.
type TreeNode struct {
	Origin   *task.Origin
	Depth    int
	Parent   int // index in the tree, -1 for the top
	Tally    Tally
	Children []int
}

// Tree returns the documents of the cascade as a tree, each with the
// tally of its tasks at the date of st: a document's parent is the
// document of the first task its tasks carry out. The top document comes
// first; the others follow depth-first.
func Tree(c *task.Cascade, st []Status) []TreeNode {
	idx := c.Index()
	byOrigin := map[*task.Origin]int{}
	var order []*task.Origin
	parentOf := map[*task.Origin]*task.Origin{}
	tally := map[*task.Origin]*Tally{}
	for i := range c.Tasks {
		o := c.Tasks[i].Origin
		if _, ok := tally[o]; !ok {
			tally[o] = &Tally{}
			order = append(order, o)
		}
		tally[o].Add(st[i])
	}
	for _, l := range c.Links {
		p, ok1 := idx[l.Parent]
		ch, ok2 := idx[l.Child]
		if !ok1 || !ok2 {
			continue
		}
		po, co := c.Tasks[p].Origin, c.Tasks[ch].Origin
		if _, seen := parentOf[co]; !seen && po != co {
			parentOf[co] = po
		}
	}
	kids := map[*task.Origin][]*task.Origin{}
	var roots []*task.Origin
	for _, o := range order {
		if p, ok := parentOf[o]; ok && !isAncestor(parentOf, o, p) {
			kids[p] = append(kids[p], o)
		} else {
			roots = append(roots, o)
		}
	}
	slices.SortStableFunc(roots, func(a, b *task.Origin) int {
		if a.Document == c.Root {
			return -1
		}
		if b.Document == c.Root {
			return 1
		}
		return 0
	})
	var out []TreeNode
	var walk func(o *task.Origin, depth, parent int)
	walk = func(o *task.Origin, depth, parent int) {
		i := len(out)
		byOrigin[o] = i
		out = append(out, TreeNode{Origin: o, Depth: depth, Parent: parent, Tally: *tally[o]})
		if parent >= 0 {
			out[parent].Children = append(out[parent].Children, i)
		}
		for _, k := range kids[o] {
			walk(k, depth+1, i)
		}
	}
	for _, r := range roots {
		walk(r, 0, -1)
	}
	return out
}

// isAncestor reports whether o is among the ancestors of p (a cycle).
func isAncestor(parentOf map[*task.Origin]*task.Origin, o, p *task.Origin) bool {
	for seen := 0; p != nil && seen < len(parentOf)+1; seen++ {
		if p == o {
			return true
		}
		p = parentOf[p]
	}
	return false
}

// TreeSVG writes the cascade's documents as a tree, one row each,
// indented by depth, coloured by the worst class of its tasks, with its
// counts.
func TreeSVG(w io.Writer, title string, nodes []TreeNode) error {
	bw := bufio.NewWriter(w)
	const top, row, indent = 44, 20, 22
	height := top + row*len(nodes) + 10
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="'Times New Roman', serif" font-size="12">
<title>%s</title>
<rect width="100%%" height="100%%" fill="#ffffff"/>
<text x="0" y="16" font-size="14" font-weight="bold">%s</text>
`, svgWidth, height, svgWidth, height, xmlText(title), xmlText(title))
	for i, n := range nodes {
		y := top + i*row
		x := 4 + n.Depth*indent
		worst, _ := n.Tally.Worst()
		if n.Parent >= 0 {
			py := top + n.Parent*row
			px := 4 + nodes[n.Parent].Depth*indent + 6
			fmt.Fprintf(bw, `<path d="M%d %d V%d H%d" fill="none" stroke="#777"/>
`, px, py+14, y+8, x)
		}
		label := n.Origin.Symbol
		if label == "" {
			label = n.Origin.Issuer
		}
		fmt.Fprintf(bw, `<g class="node" data-class="%s"><title>%s %s: %s</title>
<rect x="%d" y="%d" width="12" height="12" fill="%s" stroke="#333"/>
<text x="%d" y="%d">%s · %s · %d/%d xong · đúng hạn %s</text></g>
`, worst, xmlText(label), xmlText(n.Origin.Issuer), xmlText(countsText(n.Tally)),
			x, y+2, classColours[worst], x+18, y+12, xmlText(label), xmlText(vntext.ClipRunes(n.Origin.Issuer, 40)),
			n.Tally.Classes[task.ClassCompletedOnTime]+n.Tally.Classes[task.ClassCompletedLate], n.Tally.Total, xmlText(Percent(n.Tally.OnTimeRate())))
	}
	fmt.Fprintln(bw, "</svg>")
	return bw.Flush()
}
