package parser_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// planWith lays a Kế hoạch out around a tasks table as its section II.
func planWith(table string) string {
	return "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 45/KH-UBND\nHà Nội, ngày 20 tháng 02 năm 2024\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW\n\n" +
		"I. MỤC ĐÍCH, YÊU CẦU\n- Quán triệt đầy đủ nội dung Chỉ thị.\n\nII. NHIỆM VỤ CỤ THỂ\n\n" + table +
		"\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả về UBND Thành phố.\n\n" +
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n\nNơi nhận:\n- Các Sở, ban, ngành;\n- Lưu: VT, KGVX.\n"
}

// A tasks table in the body, in each rendering, becomes one table node
// under its section, with the same cells; the section's other text and
// the document's header are read as without it.
func TestParseBodyTable(t *testing.T) {
	var first *directive.Node
	for _, name := range []string{"kh-grid.md", "kh-pipe.md", "kh-simple.md", "kh-multiline.md"} {
		b, err := os.ReadFile("testdata/tables/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parser.Parse(planWith(string(b)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Symbol.String() != "45/KH-UBND" || d.Type != directive.KindPlan || len(d.Body) != 3 {
			t.Fatalf("%s: symbol %s type %v, %d top nodes", name, d.Symbol, d.Type, len(d.Body))
		}
		sec := d.Body[1]
		if sec.Marker != "II" || len(sec.Children) != 1 || sec.Children[0].Kind != directive.NodeTable {
			t.Fatalf("%s: section II holds %+v", name, sec.Children)
		}
		tab := sec.Children[0].Table
		if len(tab.Header) != 6 || len(tab.Rows) < 3 || tab.Header[2] != "Cơ quan chủ trì" || tab.Rows[0][2] != "Sở Văn hóa và Thể thao" {
			t.Errorf("%s: table %q / %q", name, tab.Header, tab.Rows)
		}
		if first == nil {
			first = &sec.Children[0]
		} else if diff := cmp.Diff(first.Table.Header, tab.Header); diff != "" {
			t.Errorf("%s: header differs from kh-grid.md: %s", name, diff)
		}
		if got := d.Sections[2].Heading; got != "TỔ CHỨC THỰC HIỆN" {
			t.Errorf("%s: section III heading %q", name, got)
		}
		// the canonical text writes the table, and it reads back the same
		back, err := parser.Parse(render.Text(d))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d.Body, back.Body, cmpopts.IgnoreFields(directive.Node{}, "First", "Last")); diff != "" {
			t.Errorf("%s: body read back from Text differs:\n%s", name, diff)
		}
	}
}

// A schedule exported with bare " | " cells: the group rows that title the
// rows under them assign nothing, a time cell merged down its group gives
// each row its deadline, and month ranges read as the end of the last
// month.
func TestParseScheduleTableGroups(t *testing.T) {
	const table = "Thời gian | Nội dung công việc | Cơ quan quản lý | Thực hiện\n" +
		" |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n" +
		"I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ\n" +
		"1 | Lập nhiệm vụ quy hoạch\n" +
		"10-11/2019 | Xây dựng khung định hướng quy hoạch | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Pháp chế.\n" +
		" | Lấy ý kiến các Bộ, ngành | Cơ quan lập quy hoạch | Vụ Vật liệu xây dựng | - Văn phòng Bộ.\n" +
		"12/2019 | Trình Thủ tướng Chính phủ phê duyệt nhiệm vụ | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | - Vụ Pháp chế.\n"
	d, err := parser.Parse(planWith(table))
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ text, lead, due string }
	var got []row
	for _, o := range d.Obligations {
		if o.Due == nil || o.Lead == "" {
			continue
		}
		got = append(got, row{o.Text, o.Lead, o.Due.Date.String()})
	}
	want := []row{
		{"Xây dựng khung định hướng quy hoạch", "Ban Quản lý quy hoạch", "2019-11-30"},
		{"Lấy ý kiến các Bộ, ngành", "Vụ Vật liệu xây dựng", "2019-11-30"},
		{"Trình Thủ tướng Chính phủ phê duyệt nhiệm vụ", "Vụ Vật liệu xây dựng", "2019-12-31"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(row{})); diff != "" {
		t.Errorf("table obligations (-want +got):\n%s", diff)
	}
	for _, o := range d.Obligations {
		if o.Text == "GIAI ĐOẠN 1: LẬP NHIỆM VỤ" || o.Text == "Lập nhiệm vụ quy hoạch" {
			t.Errorf("a group row assigns: %+v", o)
		}
	}
}

// A task the annexed table restates is one obligation, the row's: it
// gives the lead, the supporters and the time the paragraph leaves out.
func TestParseTaskRestatedByTable(t *testing.T) {
	const table = "- Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật Khoáng sản (sửa đổi) trình Chính phủ trong tháng 7 năm 2022.\n" +
		"- Tổ chức tuyên truyền, phổ biến Luật ngay sau khi ban hành.\n\n" +
		"| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n" +
		"| 1 | Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật Khoáng sản (sửa đổi) | Bộ Tài nguyên và Môi trường | Bộ Tư pháp | Quý III năm 2022 |\n" +
		"| 2 | Tổng kết | Bộ Tư pháp | | Năm 2023 |\n"
	d, err := parser.Parse(planWith(table))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Hoàn thành hồ sơ") {
			n++
			if o.Lead != "Bộ Tài nguyên và Môi trường" || o.Due == nil || o.Due.Date.String() != "2022-09-30" {
				t.Errorf("the restated task: %+v", o)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d obligations for the restated task, want 1", n)
	}
	if !slices.ContainsFunc(d.Obligations, func(o directive.Obligation) bool { return strings.HasPrefix(o.Text, "Tổ chức tuyên truyền") }) {
		t.Error("the paragraph no row restates was dropped")
	}
}

// A task the lead-in gives bodies of its own beyond the row's ("các bộ,
// cơ quan ngang bộ … cần … thực hiện các nhiệm vụ sau đây:") is their
// duty as well as the row's assignment: both stay, the paragraph with
// the lead-in's bodies, the row with its lead.
func TestParseTaskRestatedForOthers(t *testing.T) {
	const table = "Trong thời gian tới, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh cần tổ chức triển khai thực hiện các nhiệm vụ sau đây:\n" +
		"1. Công tác tuyên truyền\n" +
		"a) Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên nội dung Chỉ thị.\n" +
		"b) Tổng kết việc thực hiện Chỉ thị.\n\n" +
		"| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n" +
		"| 1 | Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên nội dung Chỉ thị | Bộ Ngoại giao | Các bộ, ngành | Thường xuyên |\n" +
		"| 2 | Tổng kết | Bộ Tư pháp | | Năm 2023 |\n"
	d, err := parser.Parse(planWith(table))
	if err != nil {
		t.Fatal(err)
	}
	var paths, leads []string
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Tổ chức tuyên truyền") {
			paths = append(paths, o.Path)
			leads = append(leads, o.Lead+"|"+strings.Join(o.Addressees, ", "))
		}
	}
	if len(paths) != 2 || strings.Contains(paths[0], ".rows[") || !strings.Contains(paths[1], ".rows[") ||
		leads[0] != "|các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh" || !strings.HasPrefix(leads[1], "Bộ Ngoại giao|") {
		t.Errorf("the task: paths %q, lead|addressees %q", paths, leads)
	}
}

// A result column's cell is named by its head noun, a document's or an
// event's ("Hội nghị, tập huấn" gives "hội nghị"), else kept whole; a
// time column's "Thực hiện thường xuyên, lồng ghép …" is continuous.
func TestParseTableProductAndTime(t *testing.T) {
	const table = "| TT | Nội dung công việc | Cơ quan chủ trì | Kết quả | Thời gian |\n|---|---|---|---|---|\n" +
		"| 1 | Tổ chức tuyên truyền Chỉ thị | Sở Văn hóa | Hội nghị, tập huấn, báo cáo | Thực hiện thường xuyên, lồng ghép trong nhiệm vụ chuyên môn |\n" +
		"| 2 | Tổng kết việc thực hiện | Sở Nội vụ | Báo cáo tổng kết | Quý IV/2024 |\n" +
		"| 3 | Rà soát chức năng | Sở Tư pháp | Phân công rõ trách nhiệm | Năm 2025 |\n"
	d, err := parser.Parse(planWith(table))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		if strings.Contains(o.Path, ".rows[") {
			due := ""
			if o.Due != nil {
				due = o.Due.Kind.String()
			}
			got = append(got, o.Product+" | "+due)
		}
	}
	want := []string{"hội nghị | continuous", "báo cáo | period_end", "Phân công rõ trách nhiệm | period_end"}
	if !slices.Equal(got, want) {
		t.Errorf("rows' product | due kind:\n got %q\nwant %q", got, want)
	}
}

// A point that names its task (a resolution to draft, a review to hold)
// over a line that says only who does it and when is one task, the
// point's, with that line's bodies, roles and time; a line that names
// work of its own is its own task.
func TestParseTaskAndWhoLine(t *testing.T) {
	const body = "1. Năm 2026\n" +
		"1.1. Nghị quyết về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2026 – 2030.\n" +
		"Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan liên quan tham mưu trình trong tháng 01/2026\n" +
		"1.2. Tổng kết công tác kiểm tra, giám sát\n" +
		"- Uỷ ban Kiểm tra Đảng uỷ tham mưu, trình.\n" +
		"- Thời gian thực hiện: tháng 6/2026\n" +
		"1.3. Công tác tuyên truyền\n" +
		"Ban Xây dựng Đảng chủ trì xây dựng kế hoạch tuyên truyền trong Quý I/2026.\n" +
		"2. Năm 2027\n" +
		"- Nghị quyết về nâng cao chất lượng giáo dục và đào tạo.\n" +
		"Đảng uỷ UBND xã tham mưu, trình trong tháng 12/2027.\n"
	d, err := parser.Parse(planWith(body))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		due := ""
		if o.Due != nil {
			due = o.Due.Date.String()
		}
		got = append(got, fmt.Sprintf("%s | %s | %s", vntext.PrefixRunes(o.Text, 24), vntext.Normalize(o.Lead), due))
	}
	for _, want := range []string{
		"Nghị quyết về phát triển | Đảng ủy UBND xã | 2026-01-31",
		"Tổng kết công tác kiểm t |  | 2026-06-30",
		"Ban Xây dựng Đảng chủ tr | Ban Xây dựng Đảng | 2026-03-31",
		"Nghị quyết về nâng cao c |  | 2027-12-31",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no obligation %q in\n%q", want, got)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "Đảng uỷ UBND xã") || strings.HasPrefix(g, "Uỷ ban Kiểm tra Đảng uỷ") {
			t.Errorf("a line that says who does a point's task is a task of its own: %q", g)
		}
	}
}

// A Công báo's resolution with no Nơi nhận: after the signature, "Phụ
// lục" in small letters, its title, "(Kèm theo Nghị quyết …)" and a
// tasks table open an annex, whose rows are tasks, not the page's chrome.
func TestParseGazetteAnnexAfterSignature(t *testing.T) {
	text := "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 116/NQ-CP\nHà Nội, ngày 29 tháng 4 năm 2026\n\n" +
		"NGHỊ QUYẾT\nBan hành Kế hoạch phòng, chống thiên tai\n\nCHÍNH PHỦ\n\nQUYẾT NGHỊ:\n\n" +
		"1. Các bộ, cơ quan ngang bộ tổ chức thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n\n" +
		"TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nHồ Quốc Dũng\n\n" +
		"CÔNG BÁO/Số 277/Ngày 16-05-2026 \n60 \n\n" +
		"Phụ lục \nNHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾT LUẬN SỐ 213-KL/TW \n (Kèm theo Nghị quyết số 116/NQ-CP  \nngày 29 tháng 4 năm 2026 của Chính phủ) \n___________ \n \n" +
		"TT \nNội dung, nhiệm vụ \nCơ quan chủ \ntrì thực hiện \nCơ quan  \nphối hợp \nThời gian \n" +
		"1 \nRà soát, thể chế hóa các chủ trương của Đảng. \nBộ Tư pháp \nCác bộ, cơ quan \nNăm 2026 \n" +
		"2 \nSửa đổi quy hoạch hệ thống kho tàng. \nBộ Tài chính \nBộ Quốc phòng \nNăm 2027 \n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var leads []string
	for _, o := range d.Obligations {
		if strings.Contains(o.Path, ".rows[") {
			leads = append(leads, o.Lead)
		}
	}
	if !slices.Equal(leads, []string{"Bộ Tư pháp", "Bộ Tài chính"}) {
		t.Errorf("rows' leads %q, want the two rows'", leads)
	}
	if d.Signature.Name != "Hồ Quốc Dũng" {
		t.Errorf("signer %q", d.Signature.Name)
	}
}

// Notes under "Ghi chú:" and a lead-in that names no body and asks
// nothing are no tasks; the bullets the lead-in opens are.
func TestParseNotesAndBareLeadIn(t *testing.T) {
	const body = "Công tác lập quy hoạch bao gồm các công việc chủ yếu sau:\n" +
		"- Tổ chức lập, thẩm định và trình phê duyệt nhiệm vụ lập quy hoạch.\n" +
		"- Tổ chức công bố quy hoạch sau khi được phê duyệt.\n" +
		"Ghi chú:\n" +
		"- (*) Chủ tịch Hội đồng thẩm định quy hoạch là Thủ tướng Chính phủ.\n" +
		"- Thời gian thực hiện các công việc sẽ được điều chỉnh theo thực tế.\n"
	d, err := parser.Parse(planWith(body))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Path, "body[1]") {
			got = append(got, o.Text)
		}
	}
	want := []string{"Tổ chức lập, thẩm định và trình phê duyệt nhiệm vụ lập quy hoạch.", "Tổ chức công bố quy hoạch sau khi được phê duyệt."}
	if !slices.Equal(got, want) {
		t.Errorf("obligations of section II:\n got %q\nwant %q", got, want)
	}
}

// A number in a table's last row ("| 2.000 |  |") is a cell, not the
// marker of the paragraph under the table.
func TestTableCellNoMarker(t *testing.T) {
	table := "| STT | Danh mục dự án | Kế hoạch vốn năm 2023 | Ghi chú |\n| --- | --- | --- | --- |\n" +
		"| 1 | Trường MN Canh Thuận | 3.000 |  |\n| 2 | Trường TH số 1 Canh Vinh | 2.000 |  |\n\n" +
		"Ghi chú: Các đơn vị được giao nhiệm vụ trình hồ sơ trong tháng 3 năm 2023.\n"
	d, err := parser.Parse(planWith(table))
	if err != nil {
		t.Fatal(err)
	}
	sec := d.Body[1]
	if len(sec.Children) != 2 || sec.Children[0].Kind != directive.NodeTable {
		t.Fatalf("section II holds %+v", sec.Children)
	}
	if n := sec.Children[1]; n.Marker != "" || !strings.HasPrefix(n.Text, "Ghi chú:") {
		t.Errorf("the note under the table reads marker %q, heading %q, text %q", n.Marker, n.Heading, n.Text)
	}
	if rows := sec.Children[0].Table.Rows; len(rows) != 2 || rows[1][2] != "2.000" {
		t.Errorf("rows %q", rows)
	}
}

// A Kế hoạch's task table that pdftotext -layout printed with its cells
// centred gives one obligation per task row, its lead, support and time
// from the row's columns; the group titles give none.
func TestParseCentredTable(t *testing.T) {
	b, err := os.ReadFile("testdata/tables/kh-centred.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(planWith(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		if !strings.Contains(o.Path, ".rows[") {
			continue
		}
		due := ""
		if o.Due != nil {
			due = o.Due.Kind.String() + " " + o.Due.Date.String() + o.Due.Cycle.String()
		}
		got = append(got, vntext.ClipRunes(o.Text, 20)+" | "+o.Lead+" | "+strings.Join(o.Support, "; ")+" | "+due)
	}
	want := []string{
		"Tổ chức quán triệt, …" + " | Sở Văn hóa, Thể thao và Du lịch | Các sở, ban, ngành; UBND cấp xã | date 2025-09-30",
		"Xây dựng Kế hoạch ki…" + " | Sở Văn hóa, Thể thao và Du lịch | UBND cấp xã | period_end 2025-12-31",
		"Số hóa hồ sơ di sản,…" + " | Sở Khoa học và Công nghệ | Sở Văn hóa, Thể thao và Du lịch | period_end 2030-12-31",
		"Bố trí kinh phí bảo …" + " | Sở Tài chính | Các sở, ban, ngành | recurring yearly",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("table obligations (-want +got):\n%s", diff)
	}
}

// A Kế hoạch written by Word (pandoc) with a narrow task table, printed to
// PDF and read back with pdftotext -layout (testdata/tables/make-word.sh):
// its columns one space apart in places, "TT" broken over two lines, a
// date cut in its year; once with the cells printed from the top, once
// centred; and saved as plain text, one cell a line. Each gives the
// table's obligations as the Markdown does.
func TestParseWordLayoutTables(t *testing.T) {
	view := func(name string) []string {
		b, err := os.ReadFile("testdata/tables/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parser.Parse(string(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out []string
		for _, o := range d.Obligations {
			if !strings.Contains(o.Path, ".rows[") {
				continue
			}
			due := ""
			if o.Due != nil {
				due = o.Due.Kind.String() + " " + o.Due.Date.String()
			}
			out = append(out, strings.Join(strings.Fields(o.Text), " ")+" | "+o.Lead+" | "+strings.Join(o.Support, "; ")+" | "+due+" | "+o.Product)
		}
		return out
	}
	want := view("kh-word.md")
	if len(want) != 3 {
		t.Fatalf("the Markdown gives %d table obligations, want 3: %q", len(want), want)
	}
	for _, name := range []string{"kh-word-layout.txt", "kh-word-centred.txt", "kh-word.txt"} {
		if diff := cmp.Diff(want, view(name)); diff != "" {
			t.Errorf("%s: table obligations differ from the Markdown's (-md +layout):\n%s", name, diff)
		}
	}
}
