package parser_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"pgregory.net/rapid"
)

// annexDecision is a decision that enacts a plan printed after its Nơi
// nhận, as provinces publish them.
const annexDecision = `ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Bắc Ninh, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.
Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An

Nơi nhận:
- Như Điều 2;
- Lưu: VT, KGVX.

KẾ HOẠCH
CHUYỂN ĐỔI SỐ NĂM 2024
(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND tỉnh)

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm chuyển đổi số đồng bộ trên địa bàn tỉnh.

II. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông:
- Chủ trì, phối hợp với các sở, ngành xây dựng nền tảng dữ liệu, hoàn thành trong Quý II/2024.
- Báo cáo kết quả về UBND tỉnh trước ngày 15/12/2024.
2. Sở Tài chính
Bố trí kinh phí thực hiện Kế hoạch.
3. UBND các huyện, thị xã, thành phố tổng hợp, báo cáo định kỳ hằng quý.

PHỤ LỤC
DANH MỤC NHIỆM VỤ

| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng kho dữ liệu | Sở Thông tin và Truyền thông | Quý III/2024 |
`

func TestParseAnnex(t *testing.T) {
	d, err := parser.Parse(annexDecision)
	if err != nil {
		t.Fatal(err)
	}
	var annexes []directive.Node
	for _, n := range d.Body {
		if n.Kind == directive.NodeAnnex {
			annexes = append(annexes, n)
		}
	}
	if len(annexes) != 2 {
		t.Fatalf("%d annexes, want 2: %+v", len(annexes), d.Body)
	}
	plan, app := annexes[0], annexes[1]
	if plan.Marker != "KẾ HOẠCH" || !strings.HasPrefix(plan.Heading, "CHUYỂN ĐỔI SỐ NĂM 2024 (Ban hành kèm theo Quyết định số 12/QĐ-UBND") {
		t.Errorf("plan: marker %q heading %q", plan.Marker, plan.Heading)
	}
	if len(plan.Children) != 2 || plan.Children[1].Marker != "II" || len(plan.Children[1].Children) != 3 {
		t.Errorf("plan's tree: %+v", plan.Children)
	}
	if app.Marker != "PHỤ LỤC" || app.Heading != "DANH MỤC NHIỆM VỤ" || len(app.Children) != 1 || app.Children[0].Kind != directive.NodeTable {
		t.Errorf("appendix: %+v", app)
	}
	if d.Signature.Name != "Nguyễn Văn An" || len(d.Distribution) != 2 {
		t.Errorf("tail: %+v %q", d.Signature, d.Distribution)
	}
	// the plan's tasks and the appendix's rows are obligations
	byBody := map[string][]directive.Obligation{}
	for _, o := range d.Obligations {
		for _, a := range o.Addressees {
			byBody[a] = append(byBody[a], o)
		}
	}
	if got := byBody["Sở Thông tin và Truyền thông"]; len(got) != 3 {
		t.Errorf("Sở Thông tin và Truyền thông has %d obligations, want 3 (two points, one table row): %+v", len(got), got)
	} else if got[0].Due == nil || got[0].Due.Kind != directive.DuePeriodEnd || got[0].Due.Date.String() != "2024-06-30" {
		t.Errorf("first task's due: %+v", got[0].Due)
	}
	if got := byBody["Sở Tài chính"]; len(got) != 1 || !strings.HasPrefix(got[0].Text, "Bố trí kinh phí") {
		t.Errorf("Sở Tài chính: %+v", got)
	}
	if got := byBody["UBND các huyện, thị xã, thành phố"]; len(got) != 1 || got[0].Due == nil || got[0].Due.Cycle != directive.CycleQuarterly {
		t.Errorf("UBND các huyện: %+v", got)
	}
	for _, r := range d.Repairs {
		if r.Code == directive.RepairChrome || r.Code == directive.RepairSetAside {
			t.Errorf("annex text set aside: %v", r)
		}
	}
}

// TestAnnexRendering checks that an annex written by render reads back
// as the same annex, after the document's tail.
func TestAnnexRendering(t *testing.T) {
	markers := []string{"KẾ HOẠCH", "QUY CHẾ", "QUY ĐỊNH", "PHỤ LỤC", "PHỤ LỤC I"}
	titles := []string{"Thực hiện chuyển đổi số năm 2025", "PHỐI HỢP QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM",
		"Triển khai Chỉ thị số 24-CT/TU (Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/01/2025)"}
	heads := []string{"Sở Nội vụ", "Sở Tài chính:", "Tổ chức thực hiện", "UBND các huyện, thị xã"}
	items := []string{"Chủ trì, phối hợp với các sở xây dựng kế hoạch, hoàn thành trong Quý IV/2025.",
		"Báo cáo kết quả về UBND tỉnh trước ngày 15/12/2025.", "Bố trí kinh phí thực hiện."}
	rapid.Check(t, func(t *rapid.T) {
		d := docGen().Draw(t, "doc")
		base, err := parser.Parse(render.Text(d))
		if err != nil {
			t.Fatal(err)
		}
		annex := directive.Node{Kind: directive.NodeAnnex, Marker: rapid.SampledFrom(markers).Draw(t, "marker"),
			Heading: rapid.SampledFrom(titles).Draw(t, "title")}
		for i := range rapid.IntRange(1, 3).Draw(t, "sections") {
			sec := directive.Node{Kind: directive.NodeNumbered, Marker: []string{"1", "2", "3"}[i], Heading: rapid.SampledFrom(heads).Draw(t, "head")}
			for range rapid.IntRange(0, 3).Draw(t, "items") {
				sec.Children = append(sec.Children, directive.Node{Kind: directive.NodeBullet, Marker: "-", Text: rapid.SampledFrom(items).Draw(t, "item")})
			}
			annex.Children = append(annex.Children, sec)
		}
		base.Body = append(base.Body, annex)
		text := render.Text(base)
		got, err := parser.Parse(text)
		if err != nil {
			t.Fatalf("Parse: %v\n%s", err, text)
		}
		last := got.Body[len(got.Body)-1]
		if last.Kind != directive.NodeAnnex || last.Marker != annex.Marker || last.Heading != annex.Heading {
			t.Fatalf("annex read as %v %q %q, want %q %q\n%s", last.Kind, last.Marker, last.Heading, annex.Marker, annex.Heading, text)
		}
		if want, got := treeShape(annex.Children), treeShape(last.Children); want != got {
			t.Fatalf("annex body:\n%s\nwant\n%s\n%s", got, want, text)
		}
		if got.Signature.Name != base.Signature.Name || len(got.Distribution) != len(base.Distribution) {
			t.Fatalf("tail changed: %+v %q\n%s", got.Signature, got.Distribution, text)
		}
	})
}

func treeShape(ns []directive.Node) string {
	var b strings.Builder
	var walk func([]directive.Node, string)
	walk = func(ns []directive.Node, ind string) {
		for _, n := range ns {
			b.WriteString(ind + n.Kind.String() + " " + n.Marker + " " + n.Heading + " | " + n.Text + "\n")
			walk(n.Children, ind+"  ")
		}
	}
	walk(ns, "")
	return b.String()
}

// TestParseDeadlineParagraph checks that a paragraph stating only a
// deadline ("Thời gian hoàn tất: …") dates the task above it, in its
// step, and is no obligation of its own.
func TestParseDeadlineParagraph(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Bắc Ninh, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Hỗ trợ nhà ở cho người có công

1. Bước 1: Lập danh sách
Ủy ban nhân dân xã, phường, thị trấn lập danh sách các hộ được hỗ trợ.
Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2024.
2. Bước 2: Kiểm tra
a) Tiếp nhận hồ sơ:
Ủy ban nhân dân cấp huyện kiểm tra hồ sơ các hộ.
b) Tổng hợp:
Căn cứ kết quả kiểm tra, lập báo cáo.
Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2024.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Thời gian") {
			t.Errorf("a deadline read as an obligation: %+v", o)
		}
		if o.Due != nil {
			dates = append(dates, o.Addressees[0]+" "+o.Due.Date.String())
		}
	}
	want := []string{"Ủy ban nhân dân xã, phường, thị trấn 2024-06-27", "Ủy ban nhân dân cấp huyện 2024-07-25"}
	if strings.Join(dates, "; ") != strings.Join(want, "; ") {
		t.Errorf("dated obligations %q, want %q", dates, want)
	}
}

// TestParseTaskSection checks that the points of a plan's tasks section
// are obligations even when they name no body (addressees empty: the
// reader does not guess), and that its aims are none.
func TestParseTaskSection(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Bắc Ninh, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chính sách ưu đãi người có công

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cả hệ thống chính trị.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nhiệm vụ
a) Rà soát, hoàn thiện hệ thống chính sách về ưu đãi người có công.
b) Năm 2024: Trình ban hành quy định hỗ trợ nhà ở.
c) Sở Xây dựng hướng dẫn các huyện lập hồ sơ.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Bố trí kinh phí thực hiện Kế hoạch.
`
	got := obligationLines(t, text)
	want := []string{
		`Rà soát, hoàn thiện  []`,
		`Năm 2024: Trình ban  []`,
		`Sở Xây dựng hướng dẫ ["Sở Xây dựng"]`,
		`Bố trí kinh phí thực ["Sở Tài chính"]`,
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("obligations:\n%s\nwant\n%s", g, w)
	}
}

// TestParseRequestUnderHeading checks that "Đề nghị …" under a heading
// that names a topic is its own obligation, not the heading's text.
func TestParseRequestUnderHeading(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Hỗ trợ nhà ở cho người có công

3. Đối với các tổ chức khác
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố phát động các cuộc vận động.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != 1 || !strings.HasPrefix(d.Obligations[0].Text, "Đề nghị") ||
		!slices.Equal(d.Obligations[0].Addressees, []string{"Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố"}) {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// TestParseTaskWithParts checks a point of a tasks section whose bullets
// are tasks (each opens with a task's verb or names its body): the point
// is their title, each bullet one task.
func TestParseTaskWithParts(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Bắc Ninh, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chính sách ưu đãi người có công

II. NHIỆM VỤ VÀ GIẢI PHÁP
c) Đẩy mạnh cải cách hành chính trong công tác người có công:
- Rà soát, đơn giản hóa thủ tục hành chính;
- Sở Nội vụ xây dựng cơ sở dữ liệu về người có công.
`
	got := obligationLines(t, text)
	want := []string{`Rà soát, đơn giản hó []`, `Sở Nội vụ xây dựng c ["Sở Nội vụ"]`}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("obligations:\n%s\nwant\n%s", g, w)
	}
}

// TestParseParagraphAfterBullets checks that a paragraph naming a body
// of its own after a point's bullets is not read into the last bullet.
func TestParseParagraphAfterBullets(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH GIA LAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/QĐ-UBND
Gia Lai, ngày 05 tháng 3 năm 2011

QUYẾT ĐỊNH
Về miễn, giảm tiền sử dụng đất

Điều 7. Trách nhiệm
b) Trường hợp thuộc đối tượng được miễn, giảm:
- Trường hợp không thuộc đối tượng thì trả lời bằng văn bản.

Hàng quý, Ủy ban nhân dân huyện, thị xã, thành phố có trách nhiệm tổng hợp, báo cáo Sở Tài chính.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Hàng quý") && slices.Equal(o.Addressees, []string{"Ủy ban nhân dân huyện, thị xã, thành phố"}) &&
			o.Due != nil && o.Due.Cycle == directive.CycleQuarterly {
			found = true
		}
	}
	if !found {
		t.Errorf("no quarterly obligation of the districts: %+v", d.Obligations)
	}
}

// TestParseTaskGroupsAndLeadIn checks a programme's tasks section: the
// lead-in paragraph that names the bodies gives them to every task below
// (and is no task itself), a numbered point over lettered ones groups
// them, a lettered point is a task, and so is each bullet of one whose
// bullets are tasks.
func TestParseTaskGroupsAndLeadIn(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 16/KH-UBND
Bắc Ninh, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Phát triển kinh tế số

II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU
Để đạt được các mục tiêu nêu trên, các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố cần tổ chức thực hiện các nhiệm vụ sau đây:
1. Phát triển hạ tầng số
a) Tập trung nguồn lực đầu tư hạ tầng viễn thông.
b) Đẩy mạnh chuyển đổi số trong doanh nghiệp:
- Hỗ trợ doanh nghiệp nhỏ và vừa;
- Phát triển thương mại điện tử.
`
	got := obligationLines(t, text)
	to := `["các sở, ban, ngành" "Ủy ban nhân dân các huyện, thành phố"]`
	want := []string{`Tập trung nguồn lực  ` + to, `Hỗ trợ doanh nghiệp  ` + to, `Phát triển thương mạ ` + to}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("obligations:\n%s\nwant\n%s", g, w)
	}
}

// TestParseAnnexWithTitle checks an annex whose type line carries its
// title ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA …"), told by the "(Ban hành kèm
// theo …)" under it, after the Nơi nhận list.
func TestParseAnnexWithTitle(t *testing.T) {
	text := `CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 20/NQ-CP
Hà Nội, ngày 07 tháng 02 năm 2024

NGHỊ QUYẾT
Ban hành Chương trình hành động phát triển vùng

Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT, QHĐP.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn A

CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ
Phát triển vùng
(Ban hành kèm theo Nghị quyết số 20/NQ-CP ngày 07 tháng 02 năm 2024 của Chính phủ)
I. NHIỆM VỤ
- Bộ Kế hoạch và Đầu tư xây dựng quy hoạch vùng.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Distribution) != 2 {
		t.Errorf("distribution %q: the annex ran into it", d.Distribution)
	}
	last := d.Body[len(d.Body)-1]
	if last.Kind != directive.NodeAnnex || last.Marker != "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ" {
		t.Errorf("last node %s %q, want the annex", last.Kind, last.Marker)
	}
}

// obligationLines parses text and writes each obligation as the start of
// its text and its addressees, for comparing with a want list.
func obligationLines(t *testing.T, text string) []string {
	t.Helper()
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, fmt.Sprintf("%.20s %q", o.Text, o.Addressees))
	}
	return got
}

// TestAnnexTitleFormBlank keeps in an annex's title its "(Ban hành kèm
// theo …)" line when the form left its number and day blank: the blank's
// gaps are not a table's columns, and the text rendering reads back the
// same.
func TestAnnexTitleFormBlank(t *testing.T) {
	text := strings.Replace(annexDecision, "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n",
		"PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n*(Ban hành kèm theo Kế hoạch số       /KH-UBND ngày    tháng 3 năm 2024 của UBND tỉnh)*\n", 1)
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var annex *directive.Node
	for i := range d.Body {
		if d.Body[i].Kind == directive.NodeAnnex && d.Body[i].Marker == "PHỤ LỤC" {
			annex = &d.Body[i]
		}
	}
	if annex == nil {
		t.Fatal("no PHỤ LỤC annex")
	}
	if want := "DANH MỤC NHIỆM VỤ (Ban hành kèm theo Kế hoạch số /KH-UBND ngày tháng 3 năm 2024 của UBND tỉnh)"; annex.Heading != want {
		t.Errorf("annex heading %q, want %q", annex.Heading, want)
	}
	if len(annex.Children) == 0 || annex.Children[0].Kind != directive.NodeTable {
		t.Errorf("annex children %+v, want the table first", annex.Children)
	}
}

// TestAnnexTableBlankFirstCell reads a pipe table right under an annex's
// title when the header row's first cell is blank: the table starts at
// that cell, not at the first one with text.
func TestAnnexTableBlankFirstCell(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra\n\n" +
		"1. Lịch kiểm tra\n\n- Kiểm tra các đơn vị.\n\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thuân\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" +
		"PHỤ LỤC I\nKẾ HOẠCH KIỂM TRA\n\n" +
		"|  | Tên đơn vị được kiểm tra | Thời gian |\n| --- | --- | --- |\n| 1 | Công ty Hiệp Phú | 23/3/2026 |\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	a := d.Body[len(d.Body)-1]
	if a.Kind != directive.NodeAnnex || len(a.Children) != 1 || a.Children[0].Table == nil {
		t.Fatalf("annex = %+v, want one table", a)
	}
	if tb := a.Children[0].Table; !slices.Equal(tb.Header, []string{"", "Tên đơn vị được kiểm tra", "Thời gian"}) || len(tb.Rows) != 1 {
		t.Errorf("table = %q / %q", tb.Header, tb.Rows)
	}
}
