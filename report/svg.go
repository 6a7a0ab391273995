package report

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/task"
)

// nationalColours colour the national classes: done on time green, done
// late amber, open within term blue, open overdue red; colours that stay
// apart when printed in grey.
var nationalColours = map[task.National]string{
	task.NationalDoneOnTime: "#2e7d32", task.NationalDoneLate: "#f9a825",
	task.NationalOpenWithinTerm: "#90caf9", task.NationalOpenOverdue: "#c62828",
}

// SVG layout, in CSS pixels: 718 px is the width of an A4 page between
// 1 cm margins at 96 dpi.
const (
	svgWidth   = 718
	svgLabel   = 300 // the units' names
	svgBar     = 360 // the longest bar
	svgRow     = 18
	svgTop     = 64 // title and legend
	labelRunes = 46
)

func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// SVG writes a stacked bar chart: one bar per unit, its tasks split by
// national class, the longest bar the unit with the most tasks; a legend
// and each bar's counts in a tooltip. It is a complete SVG document that
// a browser opens and prints (width 718 px: A4 between 1 cm margins).
func (b Board) SVG(w io.Writer) error {
	bw := bufio.NewWriter(w)
	most := 1
	for _, r := range b.Rows {
		most = max(most, r.Tally.Total)
	}
	height := svgTop + svgRow*len(b.Rows) + 16
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="'Times New Roman', serif" font-size="12">
<title>%s</title>
<rect width="100%%" height="100%%" fill="#ffffff"/>
<text x="0" y="16" font-size="14" font-weight="bold">%s</text>
`, svgWidth, height, svgWidth, height, xmlText(b.heading()), xmlText(b.heading()))
	legend(bw)
	for i, r := range b.Rows {
		y := svgTop + i*svgRow
		name := nameOf(r)
		fmt.Fprintf(bw, `<g class="bar" data-unit="%s"><title>%s: %s</title>
<text x="%d" y="%d" text-anchor="end">%s</text>
`, xmlText(r.Key), xmlText(name), xmlText(countsText(r.Tally)), svgLabel-6, y+13, xmlText(vntext.ClipRunes(name, labelRunes)))
		x := svgLabel
		for _, n := range nationals {
			k := r.Tally.National(n)
			if k == 0 {
				continue
			}
			width := svgBar * k / most // integer pixels: exact enough for a bar
			fmt.Fprintf(bw, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" data-class="%s" data-count="%d"/>
`, x, y+2, max(width, 1), svgRow-4, nationalColours[n], n.Code(), k)
			x += width
		}
		fmt.Fprintf(bw, `<text x="%d" y="%d">%d</text></g>
`, svgLabel+svgBar+6, y+13, r.Tally.Total)
	}
	fmt.Fprintln(bw, "</svg>")
	return bw.Flush()
}

func countsText(t Tally) string {
	var parts []string
	for _, n := range nationals {
		parts = append(parts, fmt.Sprintf("%s %d", n, t.National(n)))
	}
	return strings.Join(parts, ", ")
}

func capitalize(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
