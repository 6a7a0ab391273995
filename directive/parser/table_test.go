package parser

import (
	"fmt"
	"github.com/chidao/chidao/internal/vntext"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// The pandoc samples in testdata/tables were written by pandoc 2.17 from
// one grid table (kh-grid, kh-multiline) and one pipe table (kh-pipe,
// kh-simple); kh-grid-spans is pandoc 3's grid syntax with a row span and
// a column span, by hand; kh-pdftotext is laid out as pdftotext -layout
// leaves a PDF's table.

func readLines(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/tables/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

var khHeader = []string{"TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"}

// khGrid is the table of kh-grid.md and kh-multiline.md.
var khGrid = directive.Table{
	Header: khHeader,
	Rows: [][]string{
		{"1", "Xây dựng kế hoạch tuyên truyền, phổ biến Chỉ thị số 25-CT/TW", "Sở Văn hóa và Thể thao",
			"Sở Thông tin và Truyền thông; UBND các quận, huyện, thị xã", "Tháng 3/2024", "Kế hoạch của UBND Thành phố"},
		{"2", "Tổ chức hội nghị quán triệt,\ntriển khai thực hiện Chỉ thị", "Sở Văn hóa và Thể thao",
			"Văn phòng UBND Thành phố", "Quý II/2024", "Hội nghị trực tuyến"},
		{"3", "Kiểm tra, đánh giá kết quả thực hiện; báo cáo UBND Thành phố", "Sở Văn hóa và Thể thao",
			"Các sở, ban, ngành", "Trước ngày 15/12/2024", "Báo cáo kết quả"},
	},
}

// khPipe is the table of kh-pipe.md and kh-simple.md: an escaped pipe,
// escaped "1." and "-", a lone escaped "*" (markup, so gone).
var khPipe = directive.Table{
	Header: khHeader,
	Rows: [][]string{
		{"1", "Xây dựng kế hoạch tuyên truyền", "Sở Văn hóa và Thể thao", "Sở Thông tin và Truyền thông; UBND các quận, huyện",
			"Tháng 3/2024", "Kế hoạch của UBND Thành phố"},
		{"2", "Tổ chức hội nghị quán triệt", "Sở Văn hóa và Thể thao", "Văn phòng UBND Thành phố", "Quý II/2024", "Hội nghị trực tuyến"},
		{"3", "Kiểm tra, đánh giá kết quả thực hiện", "Sở Văn hóa và Thể thao", "Các sở, ban, ngành", "Trước ngày 15/12/2024", "Báo cáo | tổng hợp"},
		{"4", "1. Sơ kết", "Văn phòng UBND Thành phố", "", "Tháng 12/2024", "-"},
	},
}

func TestReadTableRenderings(t *testing.T) {
	spans := directive.Table{
		Header: []string{"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
		Rows: [][]string{
			{"1", "Rà soát, đánh giá kết quả thực hiện Chỉ thị số 05-CT/TU", "Sở Văn hóa và Thể thao",
				"Các sở, ban, ngành; UBND các quận, huyện", "Tháng 6/2024", "Báo cáo UBND Thành phố"},
			// the row span filled in; a hard line break kept
			{"2", "Tổ chức tuyên truyền\ntrên các phương tiện thông tin đại chúng", "Sở Văn hóa và Thể thao",
				"Sở Thông tin và Truyền thông", "Quý III/2024", "Kế hoạch chuyên đề"},
			// the column span filled in
			{"3", "Kiểm tra, giám sát việc thực hiện Kế hoạch", "Kiểm tra, giám sát việc thực hiện Kế hoạch",
				"Thanh tra Thành phố", "Thường xuyên", "Thông báo kết quả kiểm tra"},
		},
	}
	pdf := directive.Table{
		Header: spans.Header,
		Rows: [][]string{
			{"1", "Rà soát, đánh giá kết quả thực hiện Chỉ thị số 05-CT/TU", "Sở Văn hóa và Thể thao",
				"Các sở, ban, ngành; UBND các quận, huyện", "Tháng 6/2024", "Báo cáo UBND Thành phố"},
			{"2", "Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng", "Sở Văn hóa và Thể thao",
				"Sở Thông tin và Truyền thông", "Quý III/2024", "Kế hoạch chuyên đề"},
			// list items in a cell kept apart
			{"3", "Kiểm tra, giám sát việc thực hiện Kế hoạch", "Thanh tra Thành phố",
				"- Các sở, ban, ngành;\n- UBND các quận, huyện", "Thường xuyên", "Thông báo kết quả kiểm tra"},
		},
	}
	tsv := []string{
		"STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\tSản phẩm",
		"1\tXây dựng Kế hoạch\tSở Nội vụ\tCác sở, ngành\tQuý I/2025\tKế hoạch",
		"2\tTổ chức **tập huấn**\tSở Nội vụ\t\tQuý II/2025\tHội nghị",
		"3\tSơ kết, đánh giá\tSở Nội vụ\tUBND cấp huyện\tTháng 12/2025\tBáo cáo",
		"Nơi nhận:",
	}
	for _, tc := range []struct {
		name string
		file string
		text []string
		form tableForm
		want directive.Table
	}{
		{"grid", "kh-grid.md", nil, tableGrid, khGrid},
		{"multiline", "kh-multiline.md", nil, tableMultiline, khGrid},
		{"pipe", "kh-pipe.md", nil, tablePipe, khPipe},
		{"simple", "kh-simple.md", nil, tableSimple, khPipe},
		{"grid spans", "kh-grid-spans.md", nil, tableGrid, spans},
		{"pdftotext", "kh-pdftotext.txt", nil, tableAligned, pdf},
		{"tsv", "", tsv, tableTSV, directive.Table{
			Header: []string{"STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"},
			Rows: [][]string{
				{"1", "Xây dựng Kế hoạch", "Sở Nội vụ", "Các sở, ngành", "Quý I/2025", "Kế hoạch"},
				{"2", "Tổ chức tập huấn", "Sở Nội vụ", "", "Quý II/2025", "Hội nghị"},
				{"3", "Sơ kết, đánh giá", "Sở Nội vụ", "UBND cấp huyện", "Tháng 12/2025", "Báo cáo"},
			}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := tc.text
			if tc.file != "" {
				lines = readLines(t, tc.file)
			}
			// a paragraph before and after the table
			lines = append(append([]string{"Căn cứ Kế hoạch số 12/KH-UBND, Sở Văn hóa và Thể thao xây dựng kế hoạch như sau:", ""}, lines...),
				"", "2. Tổ chức thực hiện")
			r, ok := readTable(lines, 2)
			if !ok {
				t.Fatal("no table")
			}
			if diff := cmp.Diff(tc.want, r.Table); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
			if r.Form != tc.form {
				t.Errorf("form %d, want %d", r.Form, tc.form)
			}
			end := len(lines) - 2
			if tc.name == "tsv" {
				end = len(lines) - 3 // "Nơi nhận:" has no tab
			}
			if r.Start != 2 || r.End != end {
				t.Errorf("span [%d, %d), want [2, %d)", r.Start, r.End, end)
			}
			checkSpans(t, r, len(lines))
			if _, ok := readTable(lines, 0); ok {
				t.Error("a paragraph read as a table")
			}
		})
	}
}

func TestReadTableCases(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		want  *directive.Table // nil: no table
		lines int              // lines read
	}{
		{"pipe without rule (web export)", "| STT | Nội dung | Chủ trì |\n| 1 | Rà soát | Sở Y tế |\n| 2 | Báo cáo | Sở Nội vụ |\nHết.",
			&directive.Table{Header: []string{"STT", "Nội dung", "Chủ trì"}, Rows: [][]string{{"1", "Rà soát", "Sở Y tế"}, {"2", "Báo cáo", "Sở Nội vụ"}}}, 3},
		{"pipe br and ragged rows", "| TT | Nội dung | Chủ trì |\n|:--:|---|---:|\n| 1 | Họp<br>giao ban | Văn phòng |\n| 2 | Tổng kết |\n| 3 | Khen thưởng | Sở Nội vụ | Quý IV |",
			&directive.Table{Header: []string{"TT", "Nội dung", "Chủ trì", ""}, Rows: [][]string{
				{"1", "Họp\ngiao ban", "Văn phòng", ""}, {"2", "Tổng kết", "", ""}, {"3", "Khen thưởng", "Sở Nội vụ", "Quý IV"}}}, 5},
		{"pipe headerless (empty header)", "|   |   |\n|---|---|\n| Nội dung | Thời hạn |\n| Rà soát | Quý I |",
			&directive.Table{Header: []string{"Nội dung", "Thời hạn"}, Rows: [][]string{{"Rà soát", "Quý I"}}}, 4},
		{"pipe header only", "| TT | Nội dung |\n|---|---|\n", nil, 0},
		{"pipe header block", "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH NGHỆ AN | Độc lập - Tự do - Hạnh phúc |", nil, 0},
		{"grid headerless", "+------+-----------+\n| TT   | Nội dung  |\n+------+-----------+\n| 1    | Rà soát   |\n+------+-----------+",
			&directive.Table{Header: []string{"TT", "Nội dung"}, Rows: [][]string{{"1", "Rà soát"}}}, 5},
		{"grid two header rows", "+----+----------------------+\n|    | Thời gian            |\n| TT +----------+-----------+\n|    | Bắt đầu  | Kết thúc  |\n+====+==========+===========+\n| 1  | 01/2025  | 06/2025   |\n+----+----------+-----------+",
			&directive.Table{Header: []string{"TT", "Thời gian Bắt đầu", "Thời gian Kết thúc"}, Rows: [][]string{{"1", "01/2025", "06/2025"}}}, 7},
		{"grid unclosed", "+----+----+\n| a  | b  |\n", nil, 0},
		{"simple headerless", "  ----- -----------\n  1     Rà soát\n  2     Báo cáo\n  ----- -----------\n",
			&directive.Table{Header: []string{"1", "Rà soát"}, Rows: [][]string{{"2", "Báo cáo"}}}, 4},
		{"setext heading", "KẾ HOẠCH\n--------\nThực hiện", nil, 0},
		{"tsv one line", "TT\tNội dung\nvăn bản", nil, 0},
		{"aligned two columns", "Ngày 12    Quý I\nRà soát    Sở Y tế", nil, 0},
		{"aligned tasks header, two columns", "STT    Nội dung công việc\n1      Rà soát văn bản\n2      Báo cáo kết quả\n\nCăn cứ vào kết quả thực hiện, các đơn vị báo cáo UBND tỉnh.",
			&directive.Table{Header: []string{"STT", "Nội dung công việc"}, Rows: [][]string{{"1", "Rà soát văn bản"}, {"2", "Báo cáo kết quả"}}}, 3},
		{"aligned then paragraph", "TT   Nội dung     Chủ trì\n1    Rà soát      Sở Y tế\nCác sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện.",
			&directive.Table{Header: []string{"TT", "Nội dung", "Chủ trì"}, Rows: [][]string{{"1", "Rà soát", "Sở Y tế"}}}, 2},
		{"justified text", "Căn cứ Luật Tổ chức  chính quyền địa  phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP  ngày 05  tháng 3 năm 2020;", nil, 0},
		{"bare pipes, blank lines between rows", "TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian\n\n1 | Báo cáo tổng kết | Bộ Tư pháp | 2022\n\n\n\n2 | Dự án Luật | Bộ Tư pháp | 2024\n\nNơi nhận:",
			&directive.Table{Header: []string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"}, Rows: [][]string{{"1", "Báo cáo tổng kết", "Bộ Tư pháp", "2022"}, {"2", "Dự án Luật", "Bộ Tư pháp", "2024"}}}, 7},
		{"bare pipes, one row", "TT | Nhiệm vụ | Chủ trì\n1 | Báo cáo | Bộ Tư pháp\nHết.", nil, 0},
		{"bare pipes, a second header row, group rows, merged cells", "Thời gian | Nội dung công việc | Cơ quan quản lý | Thực hiện\n" +
			" |  |  | Đơn vị chủ trì | Đơn vị phối hợp\nI | GIAI ĐOẠN 1: LẬP NHIỆM VỤ\n10-11/2019 | Xây dựng khung định hướng | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Pháp chế.\n" +
			" | Lấy ý kiến các Bộ | Cơ quan lập quy hoạch | Vụ Vật liệu xây dựng | - Văn phòng Bộ.\nGhi chú:",
			&directive.Table{Header: []string{"Thời gian", "Nội dung công việc", "Cơ quan quản lý", "Thực hiện Đơn vị chủ trì", "Đơn vị phối hợp"}, Rows: [][]string{
				{"I", "GIAI ĐOẠN 1: LẬP NHIỆM VỤ", "", "", ""},
				{"10-11/2019", "Xây dựng khung định hướng", "Cơ quan lập quy hoạch", "Ban Quản lý quy hoạch", "- Vụ Pháp chế."},
				{"", "Lấy ý kiến các Bộ", "Cơ quan lập quy hoạch", "Vụ Vật liệu xây dựng", "- Văn phòng Bộ."}}}, 5},
		{"bare pipes, most rows narrower than the header", "TT | Nhiệm vụ | Chủ trì\n1 | Báo cáo\n2 | Tổng kết\n3 | Rà soát | Sở Y tế", nil, 0},
		{"bare pipes in a sentence", "Các mức: A | B | C được áp dụng.\nMức D | E | F.\nMức G | H | I.", nil, 0},
		{"markup in cells", "| TT | Nội dung |\n|---|---|\n| 1\\. | \\- **Rà soát** \\*văn bản\\* \\\\\\- |",
			&directive.Table{Header: []string{"TT", "Nội dung"}, Rows: [][]string{{"1.", "- Rà soát văn bản -"}}}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(tc.text, "\n")
			r, ok := readTable(lines, 0)
			if tc.want == nil {
				if ok {
					t.Fatalf("read a table: %q", r.Table)
				}
				return
			}
			if !ok {
				t.Fatal("no table")
			}
			if diff := cmp.Diff(*tc.want, r.Table); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
			if r.End != tc.lines {
				t.Errorf("end %d, want %d", r.End, tc.lines)
			}
			checkSpans(t, r, len(lines))
		})
	}
}

// A document's header block is laid out in two columns like a table; it
// is none.
func TestReadTableHeaderBlock(t *testing.T) {
	lines := readLines(t, "header-block.txt")
	for i := range lines {
		if r, ok := readTable(lines, i); ok {
			t.Errorf("line %d read as a table: %q", i, r.Table)
		}
	}
	// Even split in three by a doubled space after "Số:".
	three := []string{
		"   ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"   Số:  3241/UBND-KGVX           Hà Nội, ngày 04 tháng 10 năm 2023",
	}
	if r, ok := readTable(three, 0); ok {
		t.Errorf("read as a table: %q", r.Table)
	}
}

// checkSpans checks what FuzzReadTable checks of a table read.
func checkSpans(t interface {
	Helper()
	Fatalf(string, ...any)
}, r tableRead, n int) {
	t.Helper()
	if r.End <= r.Start || r.End > n {
		t.Fatalf("span [%d, %d) of %d lines", r.Start, r.End, n)
	}
	if len(r.Rows) != len(r.Table.Rows) || len(r.Table.Rows) == 0 {
		t.Fatalf("%d row spans for %d rows", len(r.Rows), len(r.Table.Rows))
	}
	prev := r.Start
	for k, s := range r.Rows {
		if s[0] < prev || s[1] <= s[0] || s[1] > r.End {
			t.Fatalf("row %d spans %v in [%d, %d)", k, s, r.Start, r.End)
		}
		prev = s[1]
	}
	w := len(r.Table.Header)
	for _, row := range append([][]string{r.Table.Header}, r.Table.Rows...) {
		if len(row) != w {
			t.Fatalf("row of %d cells under a header of %d", len(row), w)
		}
		for _, c := range row {
			if m := cellMarkup(c); m != "" {
				t.Fatalf("cell %q keeps markup: %s", c, m)
			}
		}
	}
}

// cellMarkup names the markup left in a cell, or "".
func cellMarkup(c string) string {
	switch {
	case c != strings.TrimSpace(c):
		return "untrimmed"
	case strings.HasPrefix(c, "|") || strings.HasSuffix(c, "|"):
		return "edge pipe"
	case strings.Contains(c, "*"):
		return "star"
	case strings.Contains(c, "+---") || strings.Contains(c, "+==="):
		return "border"
	}
	for i := 0; i+1 < len(c); i++ {
		if c[i] == '\\' && isASCIIPunct(c[i+1]) {
			return "escape"
		}
	}
	return ""
}

func FuzzReadTable(f *testing.F) {
	for _, name := range []string{"kh-grid.md", "kh-multiline.md", "kh-pipe.md", "kh-simple.md", "kh-grid-spans.md", "kh-pdftotext.txt", "header-block.txt", "kh-centred.txt", "kh-word-layout.txt", "kh-word-centred.txt", "kh-word.txt"} {
		b, err := os.ReadFile("testdata/tables/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), uint8(0))
	}
	f.Add("a\tb\n1\t2\n", uint8(0))
	f.Add("a\tb\tc\n\t\tx\ty\nI\tG\n\n1\t2\t3\t4\n", uint8(0))
	f.Add("STT\nNội dung\nCơ quan\nchủ trì\nThời gian\nI. Nhóm một\nhai\n1.\nXây dựng kế\nhoạch\nSở Nội vụ\nQuý I/2027\nCÔNG BÁO/Số 1/Ngày 01-01-2026\n2\nSTT\n2.  Tập huấn\nSở Tư pháp\nThường xuyên\n", uint8(0))
	f.Add("|\n**TT**\n|\nNội dung\n|\nCơ quan chủ trì\n|\n|\n1\n|\nA\nB\n|\nSở Nội vụ\n|\n|\n2\n|\nC\n|\nSở Tư pháp\n|\n", uint8(0))
	f.Add("| \\| | *a* |\n|---|---|\n| \\\\\\- | +--- |\n", uint8(0))
	f.Add("+--+--+\n|  +--+\n+--+--+\n|a |b |\n+--+--+\n", uint8(0))
	f.Fuzz(func(t *testing.T, text string, at uint8) {
		lines := strings.Split(text, "\n")
		start := int(at) % len(lines)
		r, ok := readTable(lines, start)
		if !ok {
			return
		}
		if r.Start != start {
			t.Fatalf("start %d, want %d", r.Start, start)
		}
		checkSpans(t, r, len(lines))
		// every letter and digit of the table's lines is in its cells (a
		// word across a column's edge is cut, a merged cell is repeated;
		// letters compared as written, NFC): nothing is lost. A grid whose
		// rules carry text is garbled past reading cell by cell; the
		// document's line accounting (FuzzParseDirective) covers it.
		for _, line := range lines[r.Start:r.End] {
			if t := strings.TrimSpace(line); strings.HasPrefix(t, "+") && strings.Trim(t, "+-=:| ") != "" {
				return
			}
		}
		have := map[rune]int{}
		for _, row := range append([][]string{r.Table.Header}, r.Table.Rows...) {
			for _, c := range row {
				if utf8.ValidString(text) && !utf8.ValidString(c) {
					t.Fatalf("cell %q is not UTF-8", c)
				}
				for _, x := range string(vntext.AppendFold(nil, norm.NFC.String(c))) {
					if vntext.IsWordRune(x) {
						have[x]++
					}
				}
			}
		}
		for k, line := range lines[r.Start:r.End] {
			if slices.Contains(r.Skipped, r.Start+k) {
				continue // a page's number, the header again: the document's accounting has them
			}
			for _, x := range string(vntext.AppendFold(nil, norm.NFC.String(line))) {
				if !vntext.IsWordRune(x) {
					continue
				}
				if have[x]--; have[x] < 0 {
					t.Fatalf("%q of line %q is in no cell", x, line)
				}
			}
		}
	})
}

func BenchmarkReadTable(b *testing.B) {
	const n = 200
	cells := make([][]string, n)
	for i := range cells {
		cells[i] = []string{strconv.Itoa(i + 1), "Rà soát, đánh giá kết quả thực hiện Chỉ thị số 05-CT/TU của Thành ủy",
			"Sở Văn hóa và Thể thao", "Các sở, ban, ngành; UBND các quận, huyện, thị xã", "Quý III/2024", "Báo cáo UBND Thành phố"}
	}
	tab := directive.Table{Header: khHeader, Rows: cells}
	lines := strings.Split(writeGrid(tab, gridOpts{width: 24}), "\n")
	b.SetBytes(int64(len(strings.Join(lines, "\n"))))
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := readTable(lines, 0); !ok {
			b.Fatal("no table")
		}
	}
}

// ----- writers for the property test

// vnWords are cell words: names of bodies, tasks, dates, with the
// punctuation markdown escapes.
var vnWords = []string{"Sở", "Văn", "hóa", "Thể", "thao", "UBND", "Thành", "phố", "quận,", "huyện;", "xây", "dựng",
	"kế", "hoạch", "tuyên", "truyền", "phổ", "biến", "Chỉ", "thị", "số", "05-CT/TU", "Quý", "III/2024", "Tháng",
	"6/2024", "báo", "cáo", "kết", "quả", "kiểm", "tra,", "giám", "sát", "đánh", "giá", "1.", "a)", "(tổng", "hợp)",
	"Thường", "xuyên", "Trước", "ngày", "15/12/2024", "Nội", "vụ", "Tài", "chính", "Công", "an", "tỉnh", "hội", "nghị",
	"đề", "án", "_", "#", "[x]", "<", "~", "$", "\"", "Đảng", "ủy", "Ban", "Tuyên", "giáo"}

var taskNames = []string{"Nội dung", "Nội dung công việc", "Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan phối hợp",
	"Đơn vị phối hợp", "Thời gian hoàn thành", "Thời hạn", "Sản phẩm", "Kết quả", "Ghi chú", "Tiến độ"}

func cellGen(min int) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		words := rapid.SliceOfN(rapid.SampledFrom(vnWords), min, 7).Draw(t, "words")
		if len(words) >= 3 && rapid.IntRange(0, 4).Draw(t, "pipe") == 0 {
			words[1] = "|" // a pipe inside a cell is content
		}
		return strings.Join(words, " ")
	})
}

// tableGen draws a tasks table: a number column, a filled content
// column, then columns of 0 to 7 words; a cell repeats the one above or
// beside it now and then, for the grid writer to merge.
func tableGen() *rapid.Generator[directive.Table] {
	return rapid.Custom(func(t *rapid.T) directive.Table {
		nc := rapid.IntRange(2, 6).Draw(t, "cols")
		nr := rapid.IntRange(1, 6).Draw(t, "rows")
		head := []string{rapid.SampledFrom([]string{"TT", "STT"}).Draw(t, "tt")}
		for range nc - 1 {
			head = append(head, rapid.SampledFrom(taskNames).Draw(t, "name"))
		}
		tab := directive.Table{Header: head}
		for r := range nr {
			row := []string{strconv.Itoa(r + 1)}
			for c := 1; c < nc; c++ {
				switch rapid.IntRange(0, 5).Draw(t, "same") {
				case 0:
					if r > 0 {
						row = append(row, tab.Rows[r-1][c])
						continue
					}
				case 1:
					if c > 1 {
						row = append(row, row[c-1])
						continue
					}
				}
				min := 0
				if c == 1 {
					min = 1
				}
				row = append(row, cellGen(min).Draw(t, "cell"))
			}
			if row[1] == "" {
				row[1] = "Rà soát"
			}
			tab.Rows = append(tab.Rows, row)
		}
		return tab
	})
}

// wrapWords breaks s into lines of at most w runes, at spaces.
func wrapWords(s string, w int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > w {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" || len(out) == 0 {
		out = append(out, line)
	}
	return out
}

func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-utf8.RuneCountInString(s)))
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// markdown writes a cell as pandoc might: ASCII punctuation escaped
// ("1\.", "\(tổng"), some words in emphasis.
func markdown(s string, emph int) string {
	words := strings.Fields(s)
	for k, w := range words {
		var b strings.Builder
		for i := 0; i < len(w); i++ {
			if isASCIIPunct(w[i]) {
				b.WriteByte('\\')
			}
			b.WriteByte(w[i])
		}
		words[k] = b.String()
		switch (emph + k) % 5 {
		case 1:
			words[k] = "*" + words[k] + "*"
		case 3:
			words[k] = "**" + words[k] + "**"
		}
	}
	return strings.Join(words, " ")
}

func writePipe(tab directive.Table, emph int) string {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + markdown(c, emph) + " |")
		}
		b.WriteString("\n")
	}
	row(tab.Header)
	b.WriteString("|" + strings.Repeat(":---|", len(tab.Header)) + "\n")
	for _, r := range tab.Rows {
		row(r)
	}
	return b.String()
}

func writeTSV(tab directive.Table) string {
	var b strings.Builder
	for _, r := range append([][]string{tab.Header}, tab.Rows...) {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

// colWidths gives each column the width of its longest word, at least,
// and of its longest cell, at most limit.
func colWidths(cells [][]string, limit int) []int {
	w := make([]int, len(cells[0]))
	for _, r := range cells {
		for j, c := range r {
			w[j] = max(w[j], min(runes(c), limit))
			for _, word := range strings.Fields(c) {
				w[j] = max(w[j], runes(word))
			}
		}
	}
	return w
}

// writeColumns lays rows out in columns: each cell wrapped to its column,
// columns gap spaces apart, the first at indent. Used for pandoc's
// simple and multiline tables and for a PDF's text layer.
func writeColumns(b *strings.Builder, rows [][]string, w []int, indent, gap int) {
	for _, r := range rows {
		var parts [][]string
		h := 1
		for j, c := range r {
			p := wrapWords(c, w[j])
			parts = append(parts, p)
			h = max(h, len(p))
		}
		for y := range h {
			line := strings.Repeat(" ", indent)
			for j := range r {
				s := ""
				if y < len(parts[j]) {
					s = parts[j][y]
				}
				line += pad(s, w[j])
				if j+1 < len(r) {
					line += strings.Repeat(" ", gap)
				}
			}
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
	}
}

func dashes(w []int, indent int) string {
	parts := make([]string, len(w))
	for j, n := range w {
		parts[j] = strings.Repeat("-", max(n, 2))
	}
	return strings.Repeat(" ", indent) + strings.Join(parts, " ") + "\n"
}

func mdRows(tab directive.Table, emph int) [][]string {
	var rows [][]string
	for _, r := range append([][]string{tab.Header}, tab.Rows...) {
		out := make([]string, len(r))
		for j, c := range r {
			out[j] = markdown(c, emph)
		}
		rows = append(rows, out)
	}
	return rows
}

func writeSimple(tab directive.Table, emph int) string {
	rows := mdRows(tab, emph)
	w := colWidths(rows, 1<<20)
	for j := range w {
		w[j] = max(w[j], 2)
	}
	var b strings.Builder
	writeColumns(&b, rows[:1], w, 2, 1)
	b.WriteString(dashes(w, 2))
	writeColumns(&b, rows[1:], w, 2, 1)
	return b.String()
}

func writeMultiline(tab directive.Table, emph, limit int) string {
	rows := mdRows(tab, emph)
	w := colWidths(rows, limit)
	for j := range w {
		w[j] = max(w[j], 2)
	}
	full := 0
	for _, n := range w {
		full += n + 1
	}
	var b strings.Builder
	b.WriteString("  " + strings.Repeat("-", full-1) + "\n")
	writeColumns(&b, rows[:1], w, 2, 1)
	b.WriteString(dashes(w, 2))
	for k, r := range rows[1:] {
		if k > 0 {
			b.WriteString("\n")
		}
		writeColumns(&b, [][]string{r}, w, 2, 1)
	}
	b.WriteString("  " + strings.Repeat("-", full-1) + "\n")
	return b.String()
}

func writeAligned(tab directive.Table, limit int, blanks bool) string {
	rows := append([][]string{tab.Header}, tab.Rows...)
	w := colWidths(rows, limit)
	var b strings.Builder
	for k, r := range rows {
		if blanks && k > 1 {
			b.WriteString("\n")
		}
		writeColumns(&b, [][]string{r}, w, 3, 3)
	}
	return b.String()
}

type gridOpts struct {
	width int  // the widest a column's text may be
	emph  int  // which words to emphasise
	spans bool // merge equal neighbours into spans
}

// writeGrid writes a pandoc grid table; with spans, equal neighbours of
// the body are merged, right first, then down, as pandoc 3 writes spans.
func writeGrid(tab directive.Table, o gridOpts) string {
	rows := mdRows(tab, o.emph)
	nr, nc := len(rows), len(rows[0])
	w := colWidths(rows, o.width)
	// regions: owner[r][c] is the top-left slot of the region (r, c) is in
	type slot struct{ r, c int }
	owner := make([][]slot, nr)
	for r := range owner {
		owner[r] = make([]slot, nc)
		for c := range owner[r] {
			owner[r][c] = slot{-1, -1}
		}
	}
	type region struct{ r0, c0, r1, c1 int }
	var regions []region
	for r := range nr {
		for c := range nc {
			if owner[r][c].r >= 0 {
				continue
			}
			c1 := c
			for o.spans && r > 0 && c1+1 < nc && owner[r][c1+1].r < 0 && rows[r][c1+1] == rows[r][c] {
				c1++
			}
			r1 := r
			for o.spans && r > 0 && r1+1 < nr {
				same := true
				for x := c; x <= c1; x++ {
					same = same && owner[r1+1][x].r < 0 && rows[r1+1][x] == rows[r][c]
				}
				// the region below must not start a wider span
				if !same {
					break
				}
				r1++
			}
			for y := r; y <= r1; y++ {
				for x := c; x <= c1; x++ {
					owner[y][x] = slot{r, c}
				}
			}
			regions = append(regions, region{r, c, r1, c1})
		}
	}
	xs := []int{0}
	for _, n := range w {
		xs = append(xs, xs[len(xs)-1]+n+3)
	}
	// heights: each row as tall as its one-row regions, the last row of a
	// span taller when the span needs it
	wrapped := make(map[region][]string)
	h := make([]int, nr)
	for _, g := range regions {
		wrapped[g] = wrapWords(rows[g.r0][g.c0], xs[g.c1+1]-xs[g.c0]-3)
		if g.r0 == g.r1 {
			h[g.r0] = max(h[g.r0], len(wrapped[g]))
		}
	}
	for _, g := range regions {
		have := g.r1 - g.r0
		for y := g.r0; y <= g.r1; y++ {
			have += max(h[y], 1)
		}
		if need := len(wrapped[g]); need > have {
			h[g.r1] = max(h[g.r1], 1) + need - have
		}
	}
	ys := []int{0}
	for _, n := range h {
		ys = append(ys, ys[len(ys)-1]+max(n, 1)+1)
	}
	canvas := make([][]rune, ys[nr]+1)
	for y := range canvas {
		canvas[y] = []rune(strings.Repeat(" ", xs[nc]+1))
	}
	for _, g := range regions {
		x0, x1, y0, y1 := xs[g.c0], xs[g.c1+1], ys[g.r0], ys[g.r1+1]
		for x := x0 + 1; x < x1; x++ {
			for _, y := range []int{y0, y1} {
				if canvas[y][x] != '+' {
					canvas[y][x] = '-'
					if y == ys[1] {
						canvas[y][x] = '='
					}
				}
			}
		}
		for y := y0 + 1; y < y1; y++ {
			canvas[y][x0], canvas[y][x1] = '|', '|'
		}
		for _, p := range [][2]int{{y0, x0}, {y0, x1}, {y1, x0}, {y1, x1}} {
			canvas[p[0]][p[1]] = '+'
		}
		for k, line := range wrapped[g] {
			copy(canvas[y0+1+k][x0+2:], []rune(line))
		}
	}
	var b strings.Builder
	for _, line := range canvas {
		b.WriteString(string(line) + "\n")
	}
	return b.String()
}

// The same drawn table, written as a pipe, grid, simple, multiline, TSV
// and column-aligned table, reads back the same.
func TestReadTableProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tab := tableGen().Draw(t, "table")
		emph := rapid.IntRange(0, 4).Draw(t, "emph")
		width := rapid.IntRange(8, 30).Draw(t, "width")
		renderings := []struct {
			name string
			text string
			form tableForm
		}{
			{"pipe", writePipe(tab, emph), tablePipe},
			{"grid", writeGrid(tab, gridOpts{width: width, emph: emph}), tableGrid},
			{"grid spans", writeGrid(tab, gridOpts{width: width, emph: emph, spans: true}), tableGrid},
			{"simple", writeSimple(tab, emph), tableSimple},
			{"multiline", writeMultiline(tab, emph, width), tableMultiline},
			{"tsv", writeTSV(tab), tableTSV},
			{"aligned", writeAligned(tab, width, emph%2 == 0), tableAligned},
		}
		for _, rd := range renderings {
			lines := strings.Split(rd.text+"\nNơi nhận:", "\n")
			r, ok := readTable(lines, 0)
			if !ok {
				t.Fatalf("%s: no table in\n%s", rd.name, rd.text)
			}
			if diff := cmp.Diff(tab, r.Table); diff != "" {
				t.Fatalf("%s (-drawn +read):\n%s\n%s", rd.name, diff, rd.text)
			}
			if r.Form != rd.form && !(rd.form == tableMultiline && len(tab.Rows) == 1) {
				t.Fatalf("%s read as form %d", rd.name, r.Form)
			}
			if want := len(lines) - 2; r.End != want {
				t.Fatalf("%s: end %d, want %d\n%s", rd.name, r.End, want, rd.text)
			}
			checkSpans(t, r, len(lines))
		}
	})
}

// Columns are display columns: a PDF text layer in NFD (combining marks
// take no column) reads as its NFC text does.
func TestReadTableNFD(t *testing.T) {
	for _, name := range []string{"kh-grid-spans.md", "kh-pdftotext.txt", "kh-multiline.md"} {
		lines := readLines(t, name)
		want, ok := readTable(lines, 0)
		if !ok {
			t.Fatalf("%s: no table", name)
		}
		nfd := make([]string, len(lines))
		for i, l := range lines {
			nfd[i] = norm.NFD.String(l)
		}
		got, ok := readTable(nfd, 0)
		if !ok {
			t.Fatalf("%s: no table in NFD", name)
		}
		for _, row := range append([][]string{got.Table.Header}, got.Table.Rows...) {
			for j := range row {
				row[j] = norm.NFC.String(row[j])
			}
		}
		if diff := cmp.Diff(want.Table, got.Table); diff != "" {
			t.Errorf("%s in NFD (-NFC +NFD):\n%s", name, diff)
		}
	}
}

// A pipe table a text's hard wrap broke: rows over several lines, a line
// the wrap opened at a cell's pipe, a page's break between and inside
// rows, a pipe alone closing a row, the rule's dashes long.
func TestReadPipeWrapped(t *testing.T) {
	lines := strings.Split(`| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/
hoàn thành |
|—|—|—|—|—|
| 1. | Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị
định số 06/2022/NĐ-CP để trình Chính phủ. | Cục Biến đổi khí hậu | Vụ Pháp
chế và các đơn vị có liên quan. | Tháng 8/2024 |
| 2. | Thiết lập và vận hành chuyên trang truyền thông về quản lý tín chỉ
các-bon. | Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT
| Cục Biến đổi khí hậu | 2024 - 2025 |

| 3. | Ứng dụng công nghệ viễn thám thực hiện giám sát mức hấp thụ
các-bon rừng. | Cục Viễn thám quốc gia | Cục

Biến đổi khí hậu. | 2025 - 2030 |
| 4. | Thẩm định các đồ án quy hoạch | Bộ Xây dựng | Các cơ quan
liên quan | 2022-2023
|
Sau bảng là đoạn văn.`, "\n")
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table")
	}
	want := [][]string{
		{"1.", "Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP để trình Chính phủ.", "Cục Biến đổi khí hậu", "Vụ Pháp chế và các đơn vị có liên quan.", "Tháng 8/2024"},
		{"2.", "Thiết lập và vận hành chuyên trang truyền thông về quản lý tín chỉ các-bon.", "Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT", "Cục Biến đổi khí hậu", "2024 - 2025"},
		{"3.", "Ứng dụng công nghệ viễn thám thực hiện giám sát mức hấp thụ các-bon rừng.", "Cục Viễn thám quốc gia", "Cục Biến đổi khí hậu.", "2025 - 2030"},
		{"4.", "Thẩm định các đồ án quy hoạch", "Bộ Xây dựng", "Các cơ quan liên quan", "2022-2023"},
	}
	if !cmp.Equal(r.Table.Rows, want) {
		t.Errorf("rows\n%q\nwant\n%q", r.Table.Rows, want)
	}
	if got := strings.Join(r.Table.Header, " | "); got != "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành" {
		t.Errorf("header %q", got)
	}
	if r.End != len(lines)-1 {
		t.Errorf("table ends at line %d, want %d", r.End, len(lines)-1)
	}
	// two tables a blank line sets apart stay two
	two := strings.Split("| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |", "\n")
	if r, ok := readTable(two, 0); !ok || r.End != 3 || len(r.Table.Rows) != 1 {
		t.Errorf("first of two tables: %v rows %q, ends at %d, want 1 row, line 3", ok, r.Table.Rows, r.End)
	}
}

// A table whose cells pdftotext -layout printed centred, each row's
// number on its middle line: the header from its words over three lines,
// each row's task from the line it opens on (above the number), the other
// columns' words by the nearest number, the group titles as rows, a
// page's number set aside.
func TestReadCentred(t *testing.T) {
	b, err := os.ReadFile("testdata/tables/kh-centred.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table read")
	}
	checkSpans(t, r, len(lines))
	want := directive.Table{
		Header: []string{"TT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"},
		Rows: [][]string{
			{"I", "Nhiệm vụ thực hiện ngay trong năm 2025", "", "", ""},
			{"1", "Tổ chức quán triệt, phổ biến nội dung Chỉ thị đến cán bộ, công chức, viên chức và người lao động trên địa bàn tỉnh; nâng cao nhận thức về vai trò của công tác bảo vệ di sản văn hóa.",
				"Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành; UBND cấp xã", "Trước ngày 30/9/2025"},
			{"2", "Xây dựng Kế hoạch kiểm kê di sản văn hóa phi vật thể trên địa bàn tỉnh giai đoạn 2025 - 2030", "Sở Văn hóa, Thể thao và Du lịch", "UBND cấp xã", "Quý IV/2025"},
			{"II", "Nhiệm vụ thực hiện theo lộ trình đến năm 2030", "", "", ""},
			{"3", "Số hóa hồ sơ di sản, xây dựng cơ sở dữ liệu di sản văn hóa của tỉnh, kết nối với cơ sở dữ liệu quốc gia", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "2026 - 2030"},
			{"4", "Bố trí kinh phí bảo tồn, phát huy giá trị di sản văn hóa trong dự toán ngân sách hằng năm", "Sở Tài chính", "Các sở, ban, ngành", "Hằng năm"},
		},
	}
	if diff := cmp.Diff(want, r.Table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if page := slices.Index(lines, "                                                        7"); !slices.Equal(r.Skipped, []int{page}) {
		t.Errorf("skipped %v, want the page's number at %d", r.Skipped, page)
	}
	// a table whose rows open on their number's line is readAligned's
	if _, ok := readCentred(strings.Split(readFile(t, "testdata/tables/kh-pdftotext.txt"), "\n"), 0); ok {
		t.Error("kh-pdftotext.txt read as a centred table")
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A table a word processor saved as plain text, one cell a line: an empty
// cell is an empty line, a cell of two paragraphs two lines, a group's
// title its one cell; the table ends with its last row's cells, and a
// pipe row with its rule may head it.
func TestReadStacked(t *testing.T) {
	text := "TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n" +
		"I\nNhiệm vụ trọng tâm\n" +
		"1\nTổ chức hội nghị quán triệt,\ntriển khai thực hiện Chỉ thị\nSở Văn hóa và Thể thao\n\nQuý II/2024\n" +
		"2\nKiểm tra, đánh giá kết quả thực hiện\nThanh tra tỉnh\nCác sở, ban, ngành;\nUBND các huyện\nTrước ngày 15/12/2024\n" +
		"Các đơn vị báo cáo kết quả về UBND tỉnh trước ngày 20/12/2024.\n"
	lines := strings.Split(text, "\n")
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table read")
	}
	checkSpans(t, r, len(lines))
	want := directive.Table{
		Header: []string{"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
		Rows: [][]string{
			{"I", "Nhiệm vụ trọng tâm", "", "", ""},
			{"1", "Tổ chức hội nghị quán triệt, triển khai thực hiện Chỉ thị", "Sở Văn hóa và Thể thao", "", "Quý II/2024"},
			{"2", "Kiểm tra, đánh giá kết quả thực hiện", "Thanh tra tỉnh", "Các sở, ban, ngành; UBND các huyện", "Trước ngày 15/12/2024"},
		},
	}
	if diff := cmp.Diff(want, r.Table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if got := lines[r.End]; !strings.HasPrefix(got, "Các đơn vị báo cáo") {
		t.Errorf("the table ends before %q", got)
	}
	// a last row with an empty cell at its end, then the signature
	signed := "TT\nNội dung\nCơ quan chủ trì\nThời gian hoàn thành\n1\nRà soát hồ sơ di tích\nSở Văn hóa\nQuý II/2025\n2\nKiểm kê hiện vật\nBảo tàng tỉnh\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
	lines = strings.Split(signed, "\n")
	if r, ok := readTable(lines, 0); !ok || len(r.Table.Rows) != 2 || lines[r.End] != "TM. ỦY BAN NHÂN DÂN" {
		t.Errorf("signed: %v, rows %q, end %d", ok, r.Table.Rows, r.End)
	}
	piped := "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\nThời gian thực hiện\n" +
		"1\nTổ chức hội nghị phổ biến Nghị định\nCục Lâm nghiệp\nVụ Pháp chế\nQuý III/2026\n" +
		"2\nXây dựng Thông tư hướng dẫn\nCục Lâm nghiệp\nVụ Pháp chế\nQuý IV/2026\n"
	lines = strings.Split(piped, "\n")
	r, ok = readTable(lines, 0)
	if !ok || len(r.Table.Header) != 5 || len(r.Table.Rows) != 2 || r.Table.Rows[1][4] != "Quý IV/2026" {
		t.Errorf("piped header: %v %q %q", ok, r.Table.Header, r.Table.Rows)
	}
}

// In a centred table with a person's column (corpus12's laocai-104, its
// Phụ lục 2), the time a closed-up gap ran onto the person's words
// ("Tỉnh ủy viên, Phó Chủ 2029 - 2030") is the row's time.
func TestCentredPersonYear(t *testing.T) {
	lines := strings.Split(readFile(t, "../testdata/corpus12/laocai-104-ctr-tu-2026.txt"), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "PHỤ LỤC 2") })
	for at >= 0 && at < len(lines) && strings.TrimSpace(lines[at]) != "Thời hạn" {
		at++
	}
	r, ok := readTable(lines, at)
	if !ok {
		t.Fatal("no table read at Phụ lục 2's header")
	}
	want := map[string]string{"Xây dựng Quy hoạch bảo vệ môi trường": "2029 - 2030", "Huy động, phân bổ và triển khai hiệu quả": "2026 - 2030"}
	for _, row := range r.Table.Rows {
		for task, time := range want {
			if strings.HasPrefix(row[1], task) {
				if row[4] != time || strings.Contains(row[3], time) {
					t.Errorf("%s…: person %q, time %q, want %q", task, row[3], row[4], time)
				}
				delete(want, task)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("rows not read: %v", want)
	}
}

// A typist's two spaces after each marker and each full stop leave
// gutters a shorter line below does not cross: no table. A table's
// column left empty under its name still is one.
func TestReadAlignedTypedList(t *testing.T) {
	typed := []string{
		"6.  Xác định trước mã số Hồ sơ đề nghị xác định trước theo quy định tại Thông tư 128/2013/TT-BTC.  Trường hợp không thể cung cấp mẫu hàng hóa, người khai hải quan phải cung cấp tài liệu kỹ thuật.",
		"7.  Về khai bổ sung Người khai hải quan được thực hiện khai bổ sung trong các trường hợp sau đây:",
	}
	if r, ok := readAligned(typed, 0); ok {
		t.Errorf("a typed list read as a table: %q", r.Table)
	}
	empty := []string{
		"TT   Nội dung                     Cơ quan chủ trì     Thời hạn       Ghi chú",
		"1    Xây dựng kế hoạch            Sở Nội vụ           Quý I/2025",
		"2    Tổ chức tập huấn             Sở Tư pháp          Quý II/2025",
	}
	r, ok := readAligned(empty, 0)
	if !ok {
		t.Fatal("a table with an empty column not read")
	}
	if want := []string{"TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn", "Ghi chú"}; !slices.Equal(r.Table.Header, want) {
		t.Errorf("header %q, want %q", r.Table.Header, want)
	}
}

// A table copied out of a word processor: cells parted by tabs, a second
// header row under merged cells, a group's title in fewer cells, a blank
// line between rows; a line with fewer cells after the last row is not
// the table's.
func TestReadTSVCopied(t *testing.T) {
	lines := []string{
		"Thời gian\tNội dung công việc\tThực hiện",
		"\t\tĐơn vị chủ trì\tĐơn vị phối hợp",
		"I\tGIAI ĐOẠN 1: LẬP NHIỆM VỤ",
		"",
		"10-11/2019\tXây dựng nhiệm vụ lập quy hoạch\tVụ Vật liệu xây dựng\tVăn phòng Bộ",
		"\tLấy ý kiến các Bộ, ngành\tVụ Vật liệu xây dựng\tVụ Pháp chế",
		"Nơi nhận:\tKT. BỘ TRƯỞNG",
	}
	r, ok := readTSV(lines, 0)
	if !ok {
		t.Fatal("no table")
	}
	want := directive.Table{
		Header: []string{"Thời gian", "Nội dung công việc", "Thực hiện Đơn vị chủ trì", "Đơn vị phối hợp"},
		Rows: [][]string{
			{"I", "GIAI ĐOẠN 1: LẬP NHIỆM VỤ"},
			{"10-11/2019", "Xây dựng nhiệm vụ lập quy hoạch", "Vụ Vật liệu xây dựng", "Văn phòng Bộ"},
			{"", "Lấy ý kiến các Bộ, ngành", "Vụ Vật liệu xây dựng", "Vụ Pháp chế"},
		},
	}
	if diff := cmp.Diff(want, r.Table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if r.End != 6 {
		t.Errorf("end %d, want 6 (before the Nơi nhận line)", r.End)
	}
	// in a text, the group's title keeps its tab beside the table's rows
	if got := markerTabs(strings.Join(lines, "\n")); !strings.Contains(got, "I\tGIAI") {
		t.Errorf("markerTabs made the group title's tab a space")
	}
	if got := markerTabs("1.\tSở Y tế chủ trì\n2.\tSở Tài chính phối hợp"); got != "1. Sở Y tế chủ trì\n2. Sở Tài chính phối hợp" {
		t.Errorf("markerTabs(list) = %q", got)
	}
}

// Markers inside a copied table's cells ("Văn phòng Bộ.\t- Vụ Pháp chế;
// - Vụ Tổ chức") are no sign of a flattened text; the same words run
// together as prose are.
func TestFlatTextSkipsTabbedRows(t *testing.T) {
	var rows, prose []string
	for k := range 6 {
		row := fmt.Sprintf("%d\tLấy ý kiến các Bộ, ngành.\t- Vụ Pháp chế; - Vụ Tổ chức cán bộ; - Văn phòng Bộ.\tQuý %d/2020", k+1, k%4+1)
		rows = append(rows, row)
		prose = append(prose, strings.ReplaceAll(row, "\t", " "))
	}
	if flatText(rows) {
		t.Error("a table's tabbed rows read as a flattened text")
	}
	if !flatText(prose) {
		t.Error("the same words as prose not read as a flattened text")
	}
}

// A crawler's table one cell a line, a pipe alone between two cells and
// two between rows, a cell's text wrapped over lines.
func TestReadPipeStacked(t *testing.T) {
	lines := []string{
		"|", "**TT**", "|", "**Nội dung**", "|", "**Cơ quan chủ trì**", "|", "**Thời gian hoàn thành**", "|",
		"|", "1", "|", "Xây dựng kế hoạch", "triển khai thực hiện", "|", "Sở Nội vụ", "|", "Quý I/2026", "|",
		"|", "2", "|", "Tổ chức tập huấn", "|", "Sở Tư pháp", "|", "Quý II/2026", "|",
		"",
		"b) Đối với các công trình …",
	}
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table")
	}
	want := directive.Table{
		Header: []string{"TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"},
		Rows: [][]string{
			{"1", "Xây dựng kế hoạch triển khai thực hiện", "Sở Nội vụ", "Quý I/2026"},
			{"2", "Tổ chức tập huấn", "Sở Tư pháp", "Quý II/2026"},
		},
	}
	if diff := cmp.Diff(want, r.Table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if r.Start != 0 || r.End != 28 {
		t.Errorf("span [%d, %d), want [0, 28): to the blank line", r.Start, r.End)
	}
	// a row from its number's line to its last cell's
	if want := [][2]int{{10, 18}, {20, 27}}; !slices.Equal(r.Rows, want) {
		t.Errorf("rows %v, want %v", r.Rows, want)
	}
	checkSpans(t, r, len(lines))
}

// A PDF text layer's task table: each cell wrapped over lines, nothing
// between two cells; the header's names wrapped; a group's title over
// two lines; a row's number glued to its first line; the page's running
// head, its number and the header again between two rows.
func TestReadWrappedStacked(t *testing.T) {
	lines := []string{
		"STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn", "thành",
		"I. Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo và tổ chức thực hiện ở",
		"Trung ương và địa phương",
		"1. ", " ",
		"Tăng cường lãnh đạo, chỉ đạo xây dựng và", "tổ chức thực hiện hiệu quả các chính sách.",
		"Các", "bộ", "ở", "Trung ương,", "Ủy ban nhân", "dân cấp tỉnh",
		"Các cơ quan, tổ", "chức, đơn vị có", "liên quan.",
		"Văn bản chỉ đạo", "Thường xuyên",
		"",
		"CÔNG BÁO/Số 286/Ngày 27-05-2026 ", "96 ", " ",
		"STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn", "thành",
		"2.  Xây dựng Đề án về đổi mới công tác", "truyền thông về bảo hiểm y tế.",
		"Bộ Tài chính",
		"Bộ Y tế, cơ quan,", "đơn vị liên quan",
		"Quyết định của", "Bộ trưởng ban", "hành Đề án",
		"Quý I/2027",
		// a row that goes on over the page: its first cell's words under
		// the header printed again
		"3. ", "Mở rộng phạm vi chi trả của bảo hiểm y tế đối với", "Bộ Y tế", "Bộ Tài chính", "Các văn bản", "Quý III/2030",
		"", "CÔNG BÁO/Số 286/Ngày 27-05-2026 ", "97",
		"STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn", "thành",
		"một số dịch vụ y tế phòng bệnh.",
	}
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table")
	}
	want := directive.Table{
		Header: []string{"STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"},
		Rows: [][]string{
			// the rows squared: a group's title and empty cells
			{"I", "Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo và tổ chức thực hiện ở Trung ương và địa phương", "", "", "", ""},
			{"1", "Tăng cường lãnh đạo, chỉ đạo xây dựng và tổ chức thực hiện hiệu quả các chính sách.", "Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh",
				"Các cơ quan, tổ chức, đơn vị có liên quan.", "Văn bản chỉ đạo", "Thường xuyên"},
			{"2", "Xây dựng Đề án về đổi mới công tác truyền thông về bảo hiểm y tế.", "Bộ Tài chính", "Bộ Y tế, cơ quan, đơn vị liên quan",
				"Quyết định của Bộ trưởng ban hành Đề án", "Quý I/2027"},
			{"3", "Mở rộng phạm vi chi trả của bảo hiểm y tế đối với một số dịch vụ y tế phòng bệnh.", "Bộ Y tế", "Bộ Tài chính", "Các văn bản", "Quý III/2030"},
		},
	}
	if diff := cmp.Diff(want, r.Table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if r.End != len(lines) {
		t.Errorf("end %d, want %d", r.End, len(lines))
	}
	checkSpans(t, r, len(lines))
}

// A Công báo table whose narrow columns wrap word by word: a group's
// Roman number alone over its title, the rows counted anew in each
// group, a whole ministry's name before the next cell's capital, a
// deadline over four lines, and a row that goes on over a page with no
// header printed again.
func TestReadWrappedNarrow(t *testing.T) {
	lines := []string{
		"TT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ", "quan", "phối hợp", "Kết quả/Đánh giá", "Thời", "hạn", "hoàn thành",
		"I.", "Tăng cường sự lãnh đạo của Đảng; đổi mới tư", "duy trong tình hình mới", "", "",
		"1.", "Tổ chức tuyên truyền, phổ biến, quán triệt thường", "xuyên về nội dung Chỉ thị số 49-CT/TW.",
		"Bộ Ngoại", "giao",
		"Các", "Bộ,", "ngành,", "địa", "phương, Ủy", "ban Công tác", "về", "các", "tổ", "chức", "PCPNN,", "VTV, VOV,", "TTXVN",
		"Hội nghị, tập huấn,", "báo cáo. Bảo đảm", "100% cán bộ được", "quán triệt.",
		"Thực", "hiện", "thường", "xuyên.",
		"", "CÔNG BÁO/Số 242/Ngày 22-04-2026 ", "58", " ",
		"II.", "Đẩy mạnh cải cách, hoàn thiện thể chế", "",
		"1.", "Nghiên cứu, đề xuất xây dựng văn bản quy phạm", "pháp luật về các tổ chức phi chính phủ.",
		"Bộ Nội", "vụ", "Bộ Tư pháp,", "các Bộ,", "ngành liên", "quan",
		"Đề xuất xây dựng", "Luật",
		"", "CÔNG BÁO/Số 242/Ngày 22-04-2026 ", "59", "",
		"Năm 2026 –", "2030",
	}
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table")
	}
	want := directive.Table{
		Header: []string{"TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/Đánh giá", "Thời hạn hoàn thành"},
		Rows: [][]string{
			{"I", "Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy trong tình hình mới", "", "", "", ""},
			{"1", "Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên về nội dung Chỉ thị số 49-CT/TW.", "Bộ Ngoại giao",
				"Các Bộ, ngành, địa phương, Ủy ban Công tác về các tổ chức PCPNN, VTV, VOV, TTXVN",
				"Hội nghị, tập huấn, báo cáo. Bảo đảm 100% cán bộ được quán triệt.", "Thực hiện thường xuyên."},
			{"II", "Đẩy mạnh cải cách, hoàn thiện thể chế", "", "", "", ""},
			{"1", "Nghiên cứu, đề xuất xây dựng văn bản quy phạm pháp luật về các tổ chức phi chính phủ.", "Bộ Nội vụ",
				"Bộ Tư pháp, các Bộ, ngành liên quan", "Đề xuất xây dựng Luật", "Năm 2026 – 2030"},
		},
	}
	if diff := cmp.Diff(want, r.Table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if r.End != len(lines) {
		t.Errorf("end %d, want %d", r.End, len(lines))
	}
	checkSpans(t, r, len(lines))
}

// A Công báo table whose rows are numbered without a stop ("1", "2") and
// whose groups' Roman numbers stand without one, alone ("I", "II") or
// before the title ("III Nghiên cứu …"), the
// rows counted anew in each group; a row whose lines fit no columns
// (sub-rows under it) keeps its words, and the rows after it are read.
func TestReadWrappedBareNumbers(t *testing.T) {
	lines := []string{
		"TT ", "Nội dung, nhiệm vụ ", "Cơ quan chủ ", "trì thực hiện ", "Cơ quan  ", "phối hợp ", "Thời gian ",
		"I ", "Hoàn thiện thể chế, chính sách về công tác phòng, chống ", "thiên tai ",
		"1 ", "Rà soát, thể chế hóa các chủ trương, ", "định hướng của Đảng. ", "Bộ NN&MT,  ", "Bộ Quốc phòng ", "Các bộ, ", "cơ quan,  ", "địa phương ", "Năm  ", "2026 - 2027 ",
		"2 ", "Hoàn thiện hệ thống tiêu chuẩn kỹ thuật. ", " ", "- ", "Công trình đê điều. ", "Bộ NN&MT ", "- ", "Công trình giao thông. ", "Bộ Xây dựng ",
		"3 ", "Sửa đổi quy hoạch hệ thống kho tàng. ", "Bộ Tài chính ", "Bộ Quốc phòng ", "Giai đoạn 2026 - 2030 ",
		"II ", "Phân công, phân cấp và nâng cao năng lực ",
		"1 ", "Củng cố, kiện toàn cơ quan chỉ đạo. ", "Bộ NN&MT ", "Các bộ, cơ quan ", "Hằng năm ",
		"III Nghiên cứu, ứng dụng khoa học công nghệ ",
		"1 ", "Cập nhật bản đồ rủi ro thiên tai. ", "Bộ NN&MT ", "Các bộ, cơ quan ", "Năm 2026 ",
	}
	r, ok := readTable(lines, 0)
	if !ok {
		t.Fatal("no table")
	}
	var got []string
	for _, row := range r.Table.Rows {
		if row[0] == "2" {
			// its sub-rows' words, wherever they fall: the row is read
			if !strings.HasPrefix(row[1], "Hoàn thiện hệ thống tiêu chuẩn kỹ thuật.") || !strings.Contains(strings.Join(row, " "), "Công trình giao thông.") {
				t.Errorf("row 2: %q", row)
			}
			continue
		}
		got = append(got, strings.Join(row, " | "))
	}
	want := []string{
		"I | Hoàn thiện thể chế, chính sách về công tác phòng, chống thiên tai |  |  | ",
		"1 | Rà soát, thể chế hóa các chủ trương, định hướng của Đảng. | Bộ NN&MT, Bộ Quốc phòng | Các bộ, cơ quan, địa phương | Năm 2026 - 2027",
		"3 | Sửa đổi quy hoạch hệ thống kho tàng. | Bộ Tài chính | Bộ Quốc phòng | Giai đoạn 2026 - 2030",
		"II | Phân công, phân cấp và nâng cao năng lực |  |  | ",
		"1 | Củng cố, kiện toàn cơ quan chỉ đạo. | Bộ NN&MT | Các bộ, cơ quan | Hằng năm",
		"III | Nghiên cứu, ứng dụng khoa học công nghệ |  |  | ",
		"1 | Cập nhật bản đồ rủi ro thiên tai. | Bộ NN&MT | Các bộ, cơ quan | Năm 2026",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if r.End != len(lines) {
		t.Errorf("end %d, want %d", r.End, len(lines))
	}
	checkSpans(t, r, len(lines))
}

func TestGluedDue(t *testing.T) {
	if head, due, ok := gluedDue("Các hoạt động, văn bản phối hợp Thường xuyên"); !ok || head != "Các hoạt động, văn bản phối hợp" || due != "Thường xuyên" {
		t.Errorf("gluedDue = %q, %q, %v", head, due, ok)
	}
	if _, _, ok := gluedDue("Bộ Tài chính, các cơ quan có liên quan"); ok {
		t.Error("gluedDue cut a line with no deadline")
	}
}
