// Command cascade models the work Chỉ thị 24-CT/TU of Hà Nội's Party
// standing board starts, from the Secretariat's regulation the city's
// letter cites down to the plans of the departments and districts:
//
//	238-QĐ/TW → 24-CT/TU → 171-KH/TU → 114-HD/BTGTU → 3241/UBND-KGVX → plans
//
// The letter 3241/UBND-KGVX is read by the parser from its text (a copy of
// ../shared/seeds/hanoi-3241-UBND-KGVX.txt); the documents above it are
// modelled by hand from what the letter says of them (their own texts are
// not in the project), and the plans of the departments and districts
// below it are simulated: each department and district but three issues
// a plan with one item per task it was given, due by 30/11, 15/12 or the
// end of Quý IV/2023, and reports on it; the press agencies report their tasks done.
// Progress is drawn from a seeded generator: the output is the same every
// run. The cascade is validated against the Hà Nội registry, the units
// are ranked at -at, and after the 2025 reforms the open work is
// reassigned to the bodies that carry it.
//
//	go run ./examples/cascade [-at DATE] [-format text|md|csv|json|svg|html] [-o FILE] [-report]
//
// -format writes the scoreboard in that form (to -o, or standard output);
// -report prints the Báo cáo kết quả the People's Committee could sign.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/internal/demo"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

//go:embed letter.txt
var letter string

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command without its process: 0 ok, 1 a failure, 2 a usage
// error.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cascade", flag.ContinueOnError)
	fs.SetOutput(stderr)
	at := fs.String("at", "2023-12-31", "the `date` of the figures (YYYY-MM-DD); from 2025-07-01 the open work is first reassigned")
	format := fs.String("format", "", "write the scoreboard as `text`, md, csv, json, svg or html instead of the walk-through")
	out := fs.String("o", "", "write -format's output to this `file`")
	withReport := fs.Bool("report", false, "print the Báo cáo kết quả document as text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: cascade [-at DATE] [-format text|md|csv|json|svg|html] [-o FILE] [-report]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil || fs.NArg() != 0 {
		if err == nil {
			fs.Usage()
		}
		return 2
	}
	day, err := chidao.ParseISODate(*at)
	if err != nil {
		fmt.Fprintln(stderr, "cascade: -at:", err)
		return 2
	}
	switch *format {
	case "", "text", "md", "csv", "json", "svg", "html":
	default:
		fmt.Fprintf(stderr, "cascade: unknown -format %q\n", *format)
		return 2
	}
	w := stdout
	if *out != "" {
		if *format == "" {
			fmt.Fprintln(stderr, "cascade: -o needs -format")
			return 2
		}
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		defer f.Close()
		w = f
	}
	if err := walk(stdout, w, day, *format, *withReport); err != nil {
		fmt.Fprintln(stderr, "cascade:", err)
		return 1
	}
	return 0
}

func walk(stdout, w io.Writer, day chidao.Date, format string, withReport bool) error {
	narrate := stdout
	if format != "" || withReport {
		narrate = nil
	}
	wd, err := demo.Build(letter, narrate)
	if err != nil {
		return err
	}
	reports, err := wd.Simulate()
	if err != nil {
		return err
	}
	c := wd.Cascade
	if narrate != nil {
		fmt.Fprintf(stdout, "\n%d tasks, %d links, %d progress reports (seeded). Checked against the Hà Nội registry:\n", len(c.Tasks), len(c.Links), len(reports))
		demo.FindingsOf(stdout, c.Validate(wd.Reg))
	}
	if !day.Before(demo.Reform) {
		r, errs := c.Reassign(wd.Reg, day)
		if narrate != nil {
			demo.DescribeReassign(stdout, wd, r, day)
			if len(errs) > 0 {
				demo.FindingsOf(stdout, errs)
			}
		}
		c = r
	}
	st, errs := report.Statuses(c, day, task.Policy{DueSoon: 7})
	if len(errs) > 0 {
		return errs.Err()
	}
	letterID := wd.Letter.ID()
	board := wd.Board(c, st, day)
	if withReport {
		doc := demo.BaoCao(board, day)
		fmt.Fprint(stdout, render.Text(doc))
		if f := doc.Check(directive.WithRegistry(wd.Reg)); f.HasErrors() {
			return fmt.Errorf("the Báo cáo does not validate:\n%s", f)
		}
		return nil
	}
	switch format {
	case "", "text":
		if narrate != nil {
			fmt.Fprintln(stdout)
		}
		return board.Text(w)
	case "md":
		return board.Markdown(w)
	case "csv":
		return board.CSV(w, report.CSVOptions{BOM: true, Semicolon: true})
	case "json":
		return board.JSON(w)
	case "svg":
		return board.SVG(w)
	case "html":
		months, errs := report.Timeline(c, report.MonthEnds(chidao.MustDate(2023, 10, 1), day), task.Policy{DueSoon: 7}, report.Below(c, letterID))
		if len(errs) > 0 {
			return errs.Err()
		}
		tree := report.Tree(c, st)
		return board.HTML(w, c, st,
			report.Chart{Title: "Tiến độ theo tháng", SVG: func(w io.Writer) error { return report.TimelineSVG(w, "Nhiệm vụ theo tháng", months) }},
			report.Chart{Title: "Cây văn bản và kế hoạch", SVG: func(w io.Writer) error { return report.TreeSVG(w, "Cây văn bản và kế hoạch", tree) }})
	}
	return nil
}
