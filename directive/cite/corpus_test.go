package cite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
)

// cit is the part of a Citation the corpus pins down. Subject "*" means
// "not checked".
type cit struct {
	kind     directive.Kind
	symbol   string // or the name of a law cited by name
	date     chidao.Date
	issuer   string
	subject  string
	relation directive.Relation
}

func d(y, m, day int) chidao.Date { return chidao.MustDate(y, m, day) }

const (
	mentions   = directive.RelationMentions
	legalBasis = directive.RelationLegalBasis
	implements = directive.RelationImplements
	propagates = directive.RelationPropagates
	guidedBy   = directive.RelationGuidedBy
	amends     = directive.RelationAmends
	replaces   = directive.RelationReplaces
	repeals    = directive.RelationRepeals
)

// citationCorpus is real-shaped text from many provinces, ministries and
// Party bodies. It drives TestCitationsCorpus, seeds FuzzCitations and is
// part of the benchmark corpus.
var citationCorpus = []struct {
	name string
	text string
	want []cit
}{
	{"law by name", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
		[]cit{{directive.KindLaw, "Luật Tổ chức chính quyền địa phương", d(2015, 6, 19), "", "", legalBasis}}},
	{"công văn with subject", "Thực hiện Công văn số 1234/BYT-KHTC ngày 05/01/2024 của Bộ Y tế về việc xây dựng kế hoạch tài chính năm 2024;",
		[]cit{{directive.KindOfficialLetter, "1234/BYT-KHTC", d(2024, 1, 5), "Bộ Y tế", "xây dựng kế hoạch tài chính năm 2024", implements}}},
	{"decree with word date", "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
		[]cit{{directive.KindDecree, "30/2020/NĐ-CP", d(2020, 3, 5), "Chính phủ", "công tác văn thư", mentions}}},
	{"no số, no date", "Tiếp tục thực hiện Quyết định 28/2018/QĐ-TTg.",
		[]cit{{directive.KindDecision, "28/2018/QĐ-TTg", chidao.Date{}, "", "", implements}}},
	{"Party conclusion, comma and dashes", "Quán triệt Kết luận số 127-KL/TW, ngày 28-02-2025 của Bộ Chính trị về triển khai nghiên cứu",
		[]cit{{directive.KindConclusion, "127-KL/TW", d(2025, 2, 28), "Bộ Chính trị", "triển khai nghiên cứu", propagates}}},
	{"upper-case title", "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ",
		[]cit{{directive.KindDirective, "19/CT-TTG", d(2021, 7, 16), "THỦ TƯỚNG CHÍNH PHỦ", "", implements}}},
	{"space in symbol", "Căn cứ Thông tư 05 /2008/TT-BYT ngày 14/5/2008 của Bộ Y tế;",
		[]cit{{directive.KindCircular, "05/2008/TT-BYT", d(2008, 5, 14), "Bộ Y tế", "", legalBasis}}},
	{"văn bản số", "Triển khai Văn bản số 456/UBND-VX ngày 3/3/2024 của UBND tỉnh Bắc Giang, các đơn vị báo cáo.",
		[]cit{{directive.KindOfficialLetter, "456/UBND-VX", d(2024, 3, 3), "UBND tỉnh Bắc Giang", "", implements}}},
	{"markdown", "Thực hiện **Chỉ thị số 24-CT/TU** ngày 07/8/2023 của Ban Thường vụ Thành ủy;",
		[]cit{{directive.KindDirective, "24-CT/TU", d(2023, 8, 7), "Ban Thường vụ Thành ủy", "", implements}}},
	{"NBSP", "Theo Quyết định\u00a0số\u00a015/QĐ-UBND ngày\u00a012/3/2024 của UBND tỉnh Bắc Ninh.",
		[]cit{{directive.KindDecision, "15/QĐ-UBND", d(2024, 3, 12), "UBND tỉnh Bắc Ninh", "", guidedBy}}},
	{"soft hyphen", "Kế hoạch số 12/KH-\u00adUBND ngày 10/01/2024 của UBND huyện Ba Vì",
		[]cit{{directive.KindPlan, "12/KH-UBND", d(2024, 1, 10), "UBND huyện Ba Vì", "", mentions}}},
	{"line break in symbol and issuer", "V/v tuyên truyền Chỉ thị số 24-\nCT/TU ngày 07/8/2023 của Ban\nThường vụ Thành ủy\n\nHà Nội",
		[]cit{{directive.KindDirective, "24-CT/TU", d(2023, 8, 7), "Ban Thường vụ Thành ủy", "", propagates}}},
	{"old tone placement", "Căn cứ Quyết định số 12/QĐ-UBND ngày 1/2/2024 của Uỷ ban nhân dân tỉnh Khánh Hoà về việc giao chỉ tiêu;",
		[]cit{{directive.KindDecision, "12/QĐ-UBND", d(2024, 2, 1), "Uỷ ban nhân dân tỉnh Khánh Hoà", "giao chỉ tiêu", legalBasis}}},
	{"quoted title", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, các chi bộ",
		[]cit{{directive.KindDirective, "05-CT/TW", d(2016, 5, 15), "Bộ Chính trị", "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", implements}}},
	{"amends", "Sửa đổi, bổ sung Quyết định số 20/2021/QĐ-UBND ngày 5/7/2021 của UBND tỉnh Lâm Đồng.",
		[]cit{{directive.KindDecision, "20/2021/QĐ-UBND", d(2021, 7, 5), "UBND tỉnh Lâm Đồng", "", amends}}},
	{"replaces", "Quyết định này thay thế Quyết định số 10/2015/QĐ-UBND ngày 01/4/2015 của UBND tỉnh Đồng Nai.",
		[]cit{{directive.KindDecision, "10/2015/QĐ-UBND", d(2015, 4, 1), "UBND tỉnh Đồng Nai", "", replaces}}},
	{"repeals", "Bãi bỏ Chỉ thị số 03/CT-UBND ngày 20/02/2019 của Chủ tịch UBND tỉnh Cà Mau.",
		[]cit{{directive.KindDirective, "03/CT-UBND", d(2019, 2, 20), "Chủ tịch UBND tỉnh Cà Mau", "", repeals}}},
	{"guided by", "Các đơn vị báo cáo theo hướng dẫn tại Công văn số 789/SNV-CCVC ngày 12/10/2023 của Sở Nội vụ.",
		[]cit{{directive.KindOfficialLetter, "789/SNV-CCVC", d(2023, 10, 12), "Sở Nội vụ", "", guidedBy}}},
	{"list shares the verb and the issuer", "Căn cứ Nghị định số 01/2020/NĐ-CP và Nghị định số 02/2021/NĐ-CP của Chính phủ;",
		[]cit{
			{directive.KindDecree, "01/2020/NĐ-CP", chidao.Date{}, "Chính phủ", "", legalBasis},
			{directive.KindDecree, "02/2021/NĐ-CP", chidao.Date{}, "Chính phủ", "", legalBasis},
		}},
	{"issuer after a list", "Xét các Tờ trình số 82/TTr-CP, số 125/TTr-CP, số 128/TTr-CP của Chính phủ và Báo cáo thẩm tra số 512/BC-UBKT15 của Ủy ban Kinh tế;",
		[]cit{
			{directive.KindSubmission, "82/TTr-CP", chidao.Date{}, "Chính phủ", "", mentions},
			{directive.KindSubmission, "125/TTr-CP", chidao.Date{}, "Chính phủ", "", mentions},
			{directive.KindSubmission, "128/TTr-CP", chidao.Date{}, "Chính phủ", "", mentions},
			{directive.KindReport, "512/BC-UBKT15", chidao.Date{}, "Ủy ban Kinh tế", "", mentions},
		}},
	{"issuer before a list", "Xét đề nghị của Chính phủ tại Tờ trình số 394/TTr-CP và Đề án số 395/ĐA-CP ngày 10 tháng 6 năm 2024;",
		[]cit{
			{directive.KindSubmission, "394/TTr-CP", chidao.Date{}, "Chính phủ", "", mentions},
			{directive.KindProposal, "395/ĐA-CP", d(2024, 6, 10), "Chính phủ", "", mentions},
		}},
	{"issuer shared only by its own symbols", "Theo đề nghị của Sở Nội vụ tại Tờ trình số 1494/TTr-SNV ngày 28/6/2018, Công văn số 2231/SNV-CCHC ngày 28/9/2018 và Báo cáo thẩm định số 18/BCTĐ-STP ngày 25/5/2018.",
		[]cit{
			{directive.KindSubmission, "1494/TTr-SNV", d(2018, 6, 28), "Sở Nội vụ", "", mentions},
			{directive.KindOfficialLetter, "2231/SNV-CCHC", d(2018, 9, 28), "Sở Nội vụ", "", mentions},
			{directive.KindReport, "18/BCTĐ-STP", d(2018, 5, 25), "", "", mentions},
		}},
	{"issuer ends at the next reference", "Căn cứ Quyết định số 238-QĐ/TW ngày 15/5/2019 của Ban Bí thư Trung ương Đảng và Tờ trình số 473/TTr-BNV ngày 5/6/2020 của Bộ Nội vụ;",
		[]cit{
			{directive.KindDecision, "238-QĐ/TW", d(2019, 5, 15), "Ban Bí thư Trung ương Đảng", "", legalBasis},
			{directive.KindSubmission, "473/TTr-BNV", d(2020, 6, 5), "Bộ Nội vụ", "", legalBasis},
		}},
	{"law with number", "Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13 ngày 19/6/2015;",
		[]cit{{directive.KindLaw, "76/2015/QH13", d(2015, 6, 19), "", "", legalBasis}}},
	{"joint circular", "Thông tư liên tịch số 01/2020/TTLT-BTC-BNV ngày 15/01/2020 của Bộ Tài chính và Bộ Nội vụ",
		[]cit{{directive.KindJointCircular, "01/2020/TTLT-BTC-BNV", d(2020, 1, 15), "Bộ Tài chính và Bộ Nội vụ", "", mentions}}},
	{"ministry name with a comma", "Thực hiện Công văn số 3356/BVHTTDL-VP ngày 18/8/2023 của Bộ Văn hóa, Thể thao và Du lịch về việc tổng kết",
		[]cit{{directive.KindOfficialLetter, "3356/BVHTTDL-VP", d(2023, 8, 18), "Bộ Văn hóa, Thể thao và Du lịch", "tổng kết", implements}}},
	{"Party notice of conclusion", "Tuyên truyền Thông báo kết luận số 12-TB/TW ngày 20/3/2024 của Ban Bí thư.",
		[]cit{{directive.KindNotice, "12-TB/TW", d(2024, 3, 20), "Ban Bí thư", "", propagates}}},
	{"short mention", "Các đơn vị thực hiện Kế hoạch số 171-KH/TU.",
		[]cit{{directive.KindPlan, "171-KH/TU", chidao.Date{}, "", "", implements}}},
	{"code and ordinance by name", "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;",
		[]cit{
			{directive.KindCode, "Bộ luật Lao động", d(2019, 11, 20), "", "", legalBasis},
			{directive.KindOrdinance, "Pháp lệnh Ưu đãi người có công với cách mạng", d(2020, 12, 9), "", "", legalBasis},
		}},
	{"line wraps in number and date", "Căn cứ Nghị định số\n34/2016/NĐ-CP ngày 14 tháng 5\nnăm 2016 của Chính phủ;",
		[]cit{{directive.KindDecree, "34/2016/NĐ-CP", d(2016, 5, 14), "Chính phủ", "", legalBasis}}},
	{"law by year", "Thực hiện Luật Hộ tịch năm 2014, các đơn vị báo cáo.",
		[]cit{{directive.KindLaw, "Luật Hộ tịch", chidao.Date{}, "", "", implements}}},
	{"Party order, glued số, spaced dash", "Thi hành Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997; Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Bí thư;",
		[]cit{
			{directive.KindDecision, "31-QĐ/TW", d(1997, 10, 1), "Bộ Chính trị", "", implements},
			{directive.KindDecision, "84-QĐ/TWĐTN", d(2013, 2, 22), "Ban Bí thư", "", implements},
		}},
	{"named under căn cứ", "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khóa XII;",
		[]cit{
			{directive.KindCharter, "Điều lệ Đảng", chidao.Date{}, "", "", legalBasis},
			{directive.KindRules, "Quy chế làm việc của Ban Chấp hành Trung ương khóa XII", chidao.Date{}, "", "", legalBasis},
		}},
	{"issuer before tại", "ý kiến chỉ đạo của Ban Bí thư tại Công văn số 1740-CV/VPTW ngày 07/9/2021 về việc tổ chức kỷ niệm",
		[]cit{{directive.KindOfficialLetter, "1740-CV/VPTW", d(2021, 9, 7), "Ban Bí thư", "tổ chức kỷ niệm", mentions}}},
	{"own number in a header", "UBND TỈNH BÌNH DƯƠNG\nSố: 125/UBND-KT\nV/v báo cáo",
		nil},
	{"metadata label", "**Số ký hiệu:** 1011/UBND-KT | **Ngày ban hành:** 12/12/2023",
		nil},
	{"dates, phones, URLs, months", "Hạn chót 12/2023; ngày 07/8/2023; ĐT 024.3825.3536; fax 024/38253537; https://x.gov.vn/a/123/KH-UBND; www.snv.gov.vn/12/KH-SNV; Quý I/2024; (b/c); V/v họp",
		nil},
	{"generic words", "Nâng cao ý thức chấp hành pháp luật, kỷ luật, kỷ cương; thực hiện Luật Đất đai và các chỉ thị, kế hoạch của cấp trên.",
		nil},
}

func TestCitationsCorpus(t *testing.T) {
	t.Parallel()
	for _, tc := range citationCorpus {
		t.Run(tc.name, func(t *testing.T) {
			var got []cit
			for c := range cite.Find(tc.text) {
				s := c.Symbol.String()
				if s == "" {
					s = c.Name
				}
				got = append(got, cit{c.Kind, s, c.Date, c.Issuer, c.Subject, c.Relation})
				if c.Start < 0 || c.End > len(tc.text) || c.Start >= c.End {
					t.Fatalf("bad span %d:%d", c.Start, c.End)
				}
				if c.Symbol.IsValid() && !spanHas(tc.text[c.Start:c.End], c.Symbol) {
					t.Errorf("span %q lacks %s", tc.text[c.Start:c.End], c.Symbol)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Citations(%q) =\n%+v\nwant\n%+v", tc.text, got, tc.want)
			}
			for i := range got {
				w := tc.want[i]
				if w.subject == "*" {
					w.subject = got[i].subject
				}
				if got[i] != w {
					t.Errorf("citation %d =\n%+v\nwant\n%+v", i, got[i], w)
				}
			}
		})
	}
}

// testdataTexts returns every .txt file in testdata: the benchmark corpus
// and fuzz seeds.
func testdataTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no testdata: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
