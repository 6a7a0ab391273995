package report

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/task"
	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"
)

// Board is a scoreboard ready to be written: its title, the date of its
// figures, the units ranked ([Rank]) and their total.
type Board struct {
	Title string
	At    chidao.Date
	Rows  []Row
	Total Tally
}

// NewBoard tallies the tasks of slice per unit at the date of st, ranks
// them and adds the total.
func NewBoard(title string, at chidao.Date, c *task.Cascade, st []Status, slice Slice) Board {
	return Board{Title: title, At: at, Rows: Rank(ByUnit(c, st, slice)), Total: Total(st, slice)}
}

// nationals are the four columns of the national classes, in the order
// the national reports print them.
var nationals = []task.National{task.NationalDoneOnTime, task.NationalDoneLate, task.NationalOpenWithinTerm, task.NationalOpenOverdue}

// header is the table head, in Vietnamese as the offices print it.
var header = []string{"TT", "Đơn vị", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
	"Chưa hoàn thành trong hạn", "Chưa hoàn thành quá hạn", "Đến hạn", "Tỷ lệ đúng hạn", "Tỷ lệ hoàn thành"}

// cells writes one row's cells; rate formats the two rates.
func cells(no string, name string, t Tally, rate func(decimal.Decimal) string) []string {
	out := []string{no, name, strconv.Itoa(t.Total)}
	for _, n := range nationals {
		out = append(out, strconv.Itoa(t.National(n)))
	}
	return append(out, strconv.Itoa(t.Due), rate(t.OnTimeRate()), rate(t.Completion()))
}

// Table returns the board's cells as the text table shows them: the head,
// a row per unit, the total; rates written the Vietnamese way.
func (b Board) Table() [][]string { return b.table(Percent) }

func (b Board) table(rate func(decimal.Decimal) string) [][]string {
	rows := [][]string{header}
	for i, r := range b.Rows {
		rows = append(rows, cells(strconv.Itoa(i+1), nameOf(r), r.Tally, rate))
	}
	return append(rows, cells("", "Tổng cộng", b.Total, rate))
}

func nameOf(r Row) string {
	if r.Name != "" {
		return norm.NFC.String(r.Name)
	}
	if r.Key != "" {
		return r.Key
	}
	return "(không rõ đơn vị)"
}

func (b Board) heading() string {
	y, m, d := b.At.Parts()
	return fmt.Sprintf("%s (số liệu đến ngày %02d/%02d/%d)", b.Title, d, m, y)
}

// Text writes the board as an aligned table for a terminal: columns
// counted in letters of NFC text, so Vietnamese names line up; names
// left, numbers right.
func (b Board) Text(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, b.heading())
	fmt.Fprintln(bw)
	t := b.table(Percent)
	width := make([]int, len(header))
	for _, row := range t {
		for i, c := range row {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range t {
		var line strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			switch {
			case i == 1:
				line.WriteString("  " + c + pad)
			case i == 0:
				line.WriteString(pad + c)
			default:
				line.WriteString("  " + pad + c)
			}
		}
		fmt.Fprintln(bw, strings.TrimRight(line.String(), " "))
	}
	return bw.Flush()
}

// Markdown writes the board as a Markdown table, numbers aligned right.
func (b Board) Markdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "### %s\n\n", b.heading())
	for k, row := range b.table(Percent) {
		for i := range row {
			row[i] = strings.ReplaceAll(row[i], "|", `\|`)
		}
		fmt.Fprintf(bw, "| %s |\n", strings.Join(row, " | "))
		if k == 0 {
			seps := make([]string, len(row))
			for i := range seps {
				seps[i] = "---:"
			}
			seps[1] = "---"
			fmt.Fprintf(bw, "| %s |\n", strings.Join(seps, " | "))
		}
	}
	return bw.Flush()
}

// CSVOptions shape a CSV for the spreadsheet that opens it.
type CSVOptions struct {
	// BOM starts the file with a UTF-8 byte order mark, so that Excel
	// reads Vietnamese letters as UTF-8.
	BOM bool
	// Semicolon separates fields with ";" and writes rates with a decimal
	// comma ("87,50"), as Excel does in a Vietnamese locale; otherwise ","
	// and a decimal point.
	Semicolon bool
}

// CSV writes the board as CSV, one line a unit and a total line, rates
// rounded half-up to two places without the percent sign.
func (b Board) CSV(w io.Writer, o CSVOptions) error {
	if o.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what Excel writes and expects
	rate := func(d decimal.Decimal) string { return d.StringFixed(2) }
	if o.Semicolon {
		cw.Comma = ';'
		rate = func(d decimal.Decimal) string { return strings.Replace(d.StringFixed(2), ".", ",", 1) }
	}
	for _, row := range b.table(rate) {
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// The JSON form of a board.
type boardJSON struct {
	Schema string    `json:"schema"`
	Title  string    `json:"title"`
	At     string    `json:"at"`
	Rows   []rowJSON `json:"rows"`
	Total  rowJSON   `json:"total"`
}

type rowJSON struct {
	Rank       int            `json:"rank,omitempty"`
	Name       string         `json:"name"`
	Key        *string        `json:"key"`
	Tasks      int            `json:"tasks"`
	Classes    map[string]int `json:"classes"`
	National   map[string]int `json:"national"`
	Due        int            `json:"due"`
	OnTimeRate string         `json:"on_time_rate"`
	LateRate   string         `json:"late_rate"`
	Completion string         `json:"completion"`
	Progress   string         `json:"progress"`
}

// JSONSchema names the JSON form of a board.
const JSONSchema = "chidao.report.board/v1"

func rowOf(rank int, name, key string, t Tally) rowJSON {
	r := rowJSON{Rank: rank, Name: name, Tasks: t.Total, Classes: map[string]int{}, National: map[string]int{}, Due: t.Due,
		OnTimeRate: t.OnTimeRate().StringFixed(2), LateRate: t.LateRate().StringFixed(2),
		Completion: t.Completion().StringFixed(2), Progress: t.Progress().StringFixed(2)}
	if key != "" {
		r.Key = &key
	}
	for _, c := range task.Classes() {
		r.Classes[c.String()] = t.Classes[c]
	}
	for _, n := range nationals {
		r.National[n.Code()] = t.National(n)
	}
	return r
}

// JSON writes the board: rows with counts per class and national class,
// and the rates as decimal strings rounded half-up to two places
// ("87.50"), so that no reader meets a float.
func (b Board) JSON(w io.Writer) error {
	out := boardJSON{Schema: JSONSchema, Title: b.Title, At: b.At.String(), Total: rowOf(0, "Tổng cộng", "", b.Total)}
	for i, r := range b.Rows {
		out.Rows = append(out.Rows, rowOf(i+1, nameOf(r), r.Key, r.Tally))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
