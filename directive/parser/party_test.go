package parser_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

// A Party Chỉ thị (testdata/docs/party-chithi-tasks.txt, written for this
// test after the shape of the provincial committees' directives): the
// bodies the standing board "yêu cầu" in the lead-in carry the numbered
// tasks; a task that opens with its own body ("Ban cán sự đảng … lãnh
// đạo …", "Văn phòng Tỉnh ủy theo dõi …") is that body's; one that names
// who leads ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp …") is the lead's.
func TestParsePartyDirectiveTasks(t *testing.T) {
	b, err := os.ReadFile("testdata/docs/party-chithi-tasks.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if d.Bloc != directive.BlocParty || d.Symbol.String() != "25-CT/TU" || d.Type != directive.KindDirective {
		t.Errorf("header: bloc %s symbol %s type %s", d.Bloc, d.Symbol, d.Type)
	}
	var got []string
	for _, o := range d.Obligations {
		line := fmt.Sprintf("%s %q lead=%q", o.Path, o.Addressees, o.Lead)
		if o.Due != nil {
			line += fmt.Sprint(" due=", o.Due.Kind)
		}
		got = append(got, line)
	}
	leadIn := `["các cấp ủy, tổ chức đảng, chính quyền" "Mặt trận Tổ quốc" "các đoàn thể chính trị - xã hội các cấp"]`
	want := []string{
		`body[2] ` + leadIn + ` lead="" due=continuous`,
		`body[3] ` + leadIn + ` lead=""`,
		`body[4] ["Ban cán sự đảng Ủy ban nhân dân tỉnh"] lead="" due=date`,
		`body[5].children[0] ["Các huyện ủy, thị ủy, thành ủy" "đảng ủy trực thuộc Tỉnh ủy"] lead=""`,
		`body[5].children[1] ["Ban Tuyên giáo Tỉnh ủy"] lead="Ban Tuyên giáo Tỉnh ủy"`,
		// "theo dõi, đôn đốc, định kỳ hằng năm tổng hợp …, báo cáo …": the
		// standing work and the yearly report, each its obligation
		`body[5].children[2] ["Văn phòng Tỉnh ủy"] lead=""`,
		`body[5].children[2] ["Văn phòng Tỉnh ủy"] lead="" due=recurring`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("obligations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A Party committee's Thông báo kết luận (testdata/docs/party-tb-ketluan.txt,
// written for this test after the shape of the standing boards'
// conclusions): agreeing with a report asks nothing; each task of the
// conclusions is its named body's, with its deadline, lead and support,
// the product and the report that goes up through the committee's office.
func TestParsePartyConclusions(t *testing.T) {
	b, err := os.ReadFile("testdata/docs/party-tb-ketluan.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if d.Bloc != directive.BlocParty || d.Symbol.String() != "123-TB/TU" || d.Signature.Authority[0] != "T/M BAN THƯỜNG VỤ" {
		t.Errorf("header: bloc %s symbol %s signature %v", d.Bloc, d.Symbol, d.Signature)
	}
	var got []string
	for _, o := range d.Obligations {
		line := fmt.Sprintf("%s %q lead=%q support=%q product=%q report_to=%q via=%q", o.Path, o.Addressees, o.Lead, o.Support, o.Product, o.ReportTo, o.Via)
		if o.Due != nil {
			line += fmt.Sprint(" due=", o.Due.Kind, " ", o.Due.Date)
		}
		got = append(got, line)
	}
	want := []string{
		`body[2].children[0] ["Ban cán sự đảng UBND tỉnh"] lead="" support=[] product="" report_to="" via="" due=date 2024-06-30`,
		// the work and its six-monthly report, each its obligation, the
		// report the same lead's
		`body[2].children[1] ["Ban Tuyên giáo Tỉnh ủy"] lead="Ban Tuyên giáo Tỉnh ủy" support=["Sở Thông tin và Truyền thông"] product="" report_to="" via=""`,
		`body[2].children[1] ["Ban Tuyên giáo Tỉnh ủy"] lead="Ban Tuyên giáo Tỉnh ủy" support=["Sở Thông tin và Truyền thông"] product="báo cáo" report_to="Ban Thường vụ Tỉnh ủy" via="Văn phòng Tỉnh ủy" due=recurring `,
		`body[2].children[2] ["Các huyện ủy, thành ủy, thị ủy" "đảng ủy trực thuộc Tỉnh ủy"] lead="" support=[] product="kế hoạch" report_to="Ban Thường vụ Tỉnh ủy" via="" due=date 2024-04-15`,
		`body[3] ["Văn phòng Tỉnh ủy"] lead="" support=[] product="" report_to="" via=""`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("obligations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A resolution that arranges administrative units does so itself: the
// clauses its own body "quyết định sắp xếp … như sau:" leads into are no
// one's tasks; its execution article's are.
func TestParseIssuerOwnDispositions(t *testing.T) {
	const text = `ỦY BAN THƯỜNG VỤ QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1700/NQ-UBTVQH15
Hà Nội, ngày 16 tháng 6 năm 2025
NGHỊ QUYẾT
VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH CAO BẰNG NĂM 2025
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT NGHỊ:
Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Cao Bằng
Trên cơ sở Đề án số 400/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính cấp xã của tỉnh Cao Bằng như sau:
1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã A và xã B thành xã mới có tên gọi là xã An Bình.
2. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã C, D và E thành xã mới có tên gọi là xã Đông Hòa.
Điều 2. Tổ chức thực hiện
1. Chính phủ, Ủy ban nhân dân tỉnh Cao Bằng, chính quyền địa phương các đơn vị hành chính liên quan có trách nhiệm tổ chức thi hành Nghị quyết này.
2. Hội đồng Dân tộc, Đoàn đại biểu Quốc hội tỉnh Cao Bằng, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.
`
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, fmt.Sprintf("%s %q", o.Path, o.Addressees))
	}
	want := []string{
		`body[4].children[0] ["Chính phủ" "Ủy ban nhân dân tỉnh Cao Bằng" "chính quyền địa phương các đơn vị hành chính liên quan"]`,
		`body[4].children[1] ["Hội đồng Dân tộc" "Đoàn đại biểu Quốc hội tỉnh Cao Bằng"]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("obligations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A chairman's meeting conclusions (Thông báo kết luận): project owners
// are addressees, "đẩy nhanh" is a task's verb, and a point's monthly
// report after its work is an obligation of its own with the day it falls
// due. (testdata/docs/tb-ketluan-chutich.txt is written for the test after
// the shape of the provinces' notices.)
func TestParseMeetingConclusions(t *testing.T) {
	b, err := os.ReadFile("testdata/docs/tb-ketluan-chutich.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		line := fmt.Sprintf("%s %q lead=%q", o.Path, o.Addressees, o.Lead)
		if o.Due != nil {
			line += fmt.Sprint(" due=", o.Due.Kind, " ", o.Due.Date, " ", o.Due.Cycle)
			if o.Due.Day > 0 {
				line += fmt.Sprint(" day=", o.Due.Day)
			}
		}
		if o.ReportTo != "" {
			line += " report_to=" + o.ReportTo + " via=" + o.Via
		}
		got = append(got, line)
	}
	want := []string{
		`body[2].children[0] ["Các chủ đầu tư"] lead=""`,
		`body[2].children[1] ["Sở Tài chính"] lead="Sở Tài chính" due=date 2025-05-15 `,
		`body[2].children[2] ["UBND các huyện, thành phố, thị xã"] lead=""`,
		`body[2].children[2] ["UBND các huyện, thành phố, thị xã"] lead="" due=recurring  monthly day=25 report_to=UBND tỉnh via=Sở Tài chính`,
		`body[2].children[3] ["Sở Xây dựng"] lead=""`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("obligations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
