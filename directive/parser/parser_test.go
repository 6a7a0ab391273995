package parser_test

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/org"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const docLetterPath = "../testdata/hanoi-3241-UBND-KGVX.txt" // a copy of the seed letter

func docReadLetter(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(docLetterPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// docDiff reports how got differs from want, (-want +got), or "", on
// everything but the body tree and the obligations, which
// TestParseLetterBody, TestParseLetterObligations and the round trips
// check on their own.
func docDiff(want, got *directive.Document) string {
	return cmp.Diff(want, got, cmpopts.EquateComparable(directive.Symbol{}, chidao.Date{}),
		cmpopts.IgnoreFields(directive.Document{}, "Body", "Obligations"))
}

func TestParseLetter(t *testing.T) {
	d, err := parser.Parse(docReadLetter(t))
	if err != nil {
		t.Fatalf("Parse(letter) error: %v", err)
	}
	items1 := []string{
		"Quán triệt, tuyên truyền và tổ chức thực hiện hiệu quả Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về việc “Tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội” (gọi tắt là Chỉ thị) và Kế hoạch số 171-KH/TU ngày 14/8/2023 của Thành ủy Hà Nội về thực hiện Chỉ thị tăng cường kỷ luật, kỷ cương và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội nhằm nâng cao nhận thức, trách nhiệm, tinh thần tự giác, gương mẫu của đội ngũ cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị.\nCông tác tuyên truyền bám sát thực tiễn, trọng tâm, trọng điểm với các hình thức linh hoạt, sáng tạo; gắn với tiếp tục triển khai, thực hiện đồng bộ, có hiệu quả các giải pháp đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đẩy mạnh tuyên truyền thực hiện các nhiệm vụ chính trị, phát triển kinh tế - xã hội, đảm bảo an ninh quốc phòng của Thành phố.",
		"Phát huy vai trò chủ động, sáng tạo, tích cực của đội ngũ cán bộ, công chức, viên chức, người lao động, nhất là người đứng đầu cơ quan, đơn vị; tổ chức thực hiện công việc theo phương châm 5 rõ; kiên quyết ngăn chặn, đẩy lùi suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ; đảm bảo sự phối hợp thường xuyên, hiệu quả giữa các cấp, ngành địa phương trong quá trình thực hiện.",
		"Phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố trong việc xây dựng chương trình, kế hoạch thực hiện Chỉ thị, Kế hoạch số 171-KH/TU của Ban Thường vụ Thành ủy; chủ động cung cấp thông tin theo Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư Trung ương Đảng về Quy chế phối hợp giữa ban tuyên giáo các cấp với cơ quan Nhà nước cùng cấp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm.",
		"Tăng cường công tác truyền thông chính sách; khuyến khích mở rộng, cung cấp thông tin thủ tục hành chính thông qua các kênh báo, đài, các trang mạng xã hội và các hình thức phù hợp khác; tiếp nhận, xử lý và thông báo kết quả giải quyết các phản ánh, kiến nghị của người dân, tổ chức về thủ tục hành chính theo quy định.",
		"Tuyên truyền đẩy mạnh công tác kiểm tra, giám sát việc thực hiện Chỉ thị; đấu tranh phản bác các quan điểm sai trái, thù địch; thông tin công khai, minh bạch kết quả xử lý cán bộ vi phạm theo phản ánh, kiến nghị của Nhân dân; phát hiện, biểu dương, khen thưởng tổ chức, cá nhân có cách làm sáng tạo, hiệu quả; tuyên truyền nhân rộng các mô hình tốt trong thực hiện Chỉ thị và Kế hoạch số 171-KH/TU.",
	}
	want := &directive.Document{
		Bloc:           directive.BlocState,
		Issuer:         "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
		NationalHeader: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		Number:         "3241",
		Symbol:         directive.MustParseSymbol("3241/UBND-KGVX"),
		Type:           directive.KindOfficialLetter,
		Place:          "Hà Nội",
		Date:           chidao.MustDate(2023, 10, 4),
		Subject:        "tuyên truyền Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy",
		Recipients:     []string{"Các Sở, Ban, ngành Thành phố", "UBND các quận, huyện, thị xã", "Các cơ quan báo chí thành phố Hà Nội"},
		Citations:      d.Citations, // checked field by field below
		Preamble:       []string{"Căn cứ Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy về tuyên truyền thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về việc “Tăng cường kỷ luật, kỷ cương và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội”, UBND Thành phố chỉ đạo như sau:"},
		Sections: []directive.Section{
			{Number: "1", Heading: "Các Sở, ban, ngành; UBND quận, huyện, thị xã", Addressees: []string{"Các Sở, ban, ngành", "UBND quận, huyện, thị xã"}, Items: items1},
			{Number: "2", Heading: "Sở Thông tin và Truyền thông", Addressees: []string{"Sở Thông tin và Truyền thông"}, Items: []string{
				"Hướng dẫn các cơ quan báo chí Thành phố, chỉ đạo hệ thống thông tin cơ sở tuyên truyền; cung cấp, lan tỏa thông tin trên mạng xã hội và trang thông tin điện tử kết quả thực hiện các giải pháp nhằm tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị Thành phố.",
				"Theo dõi, phát hiện và xử lý nghiêm các hành vi vi phạm trong việc đăng, phát thông tin theo quy định.",
			}},
			{Number: "3", Heading: "Sở Văn hóa và Thể thao", Addressees: []string{"Sở Văn hóa và Thể thao"}, Items: []string{
				"Tuyên truyền, hướng dẫn công tác thông tin cổ động trực quan; khuyến khích tổ chức các cuộc thi sáng tác, biểu diễn, các tác phẩm văn học - nghệ thuật về chủ đề xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh.",
			}},
			{Number: "4", Heading: "Các cơ quan báo chí thành phố Hà Nội", Addressees: []string{"Các cơ quan báo chí thành phố Hà Nội"}, Items: []string{
				"Thực hiện công tác thông tin, tuyên truyền theo Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy về tuyên truyền thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về việc “Tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội” .",
				"Đấu tranh phân bác các quan điểm sai trái, thù địch; nâng cao chất lượng truyền thông chính sách, tuyên truyền công tác triển khai các nhiệm vụ chính trị, kết quả phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh của Thành phố.",
				"Đẩy mạnh chuyển đổi số báo chí, ứng dụng công nghệ, đổi mới phương thức truyền thông đa phương tiện để tạo hiệu quả trong công tác tuyên truyền các nhiệm vụ chính trị của Thành phố.",
			}},
		},
		Closing:   "UBND Thành phố yêu cầu các đơn vị nghiêm túc triển khai, thực hiện./.",
		Signature: directive.Signature{Authority: []string{"TM. ỦY BAN NHÂN DÂN"}, Name: "Hà Minh Hải"},
		Distribution: []string{"Như trên", "Chủ tịch UBND Thành phố", "Các Phó Chủ tịch UBND Thành phố", "Ban Tuyên giáo Thành ủy",
			"VPUB: CVP, PCVP P.T.T.Huyện, KGVX, TH", "Công GTĐT Hà Nội", "Lưu: VT, KGVX"},
		Repairs: []directive.Repair{
			{Code: directive.RepairMarkdown, Line: 3, Original: "**ỦY BAN NHÂN DÂN", Repaired: "ỦY BAN NHÂN DÂN"},
			{Code: directive.RepairSymbolSlash, Path: "symbol", Line: 9, Original: "3241 UBND-KGVX", Repaired: "3241/UBND-KGVX"},
			{Code: directive.RepairWrappedLine, Path: "subject", Line: 11, Original: "24- CT/TU", Repaired: "24-CT/TU"},
		},
	}
	if diff := docDiff(want, d); diff != "" {
		t.Errorf("Parse(letter) mismatch: %s", diff)
	}
	// Citations, in order, written from the letter by hand: what each
	// says, and the text its span covers in the input.
	const (
		ct24Subject1 = "Tăng cường kỷ luật, kỷ cương và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội"
		ct24Subject2 = "Tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội"
		hd114Subject = "tuyên truyền thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về việc “"
		qd238Subject = "Quy chế phối hợp giữa ban tuyên giáo các cấp với cơ quan Nhà nước cùng cấp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm"
	)
	type cit struct {
		kind                       directive.Kind
		sym, date, issuer, subject string
		rel                        directive.Relation
		term, span                 string
	}
	wantCits := []cit{
		{directive.KindDirective, "24-CT/TU", "2023-08-07", "Ban Thường vụ Thành ủy", "", directive.RelationPropagates, "", "Chỉ thị số 24-\nCT/TU ngày 07/8/2023 của Ban\nThường vụ Thành ủy"},
		{directive.KindGuidance, "114-HD/BTGTU", "2023-08-23", "Ban Tuyên giáo Thành ủy", hd114Subject + ct24Subject1 + "”", directive.RelationLegalBasis, "", "Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy"},
		{directive.KindDirective, "24-CT/TU", "2023-08-07", "Ban Thường vụ Thành ủy", ct24Subject1, directive.RelationImplements, "", "Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy"},
		{directive.KindDirective, "24-CT/TU", "2023-08-07", "Ban Thường vụ Thành ủy", ct24Subject2, directive.RelationImplements, "Chỉ thị", "Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy"},
		{directive.KindPlan, "171-KH/TU", "2023-08-14", "Thành ủy Hà Nội", "thực hiện Chỉ thị tăng cường kỷ luật, kỷ cương và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội", directive.RelationImplements, "", "Kế hoạch số 171-KH/TU ngày 14/8/2023 của Thành ủy Hà Nội"},
		{directive.KindPlan, "171-KH/TU", "", "Ban Thường vụ Thành ủy", "", directive.RelationImplements, "", "Kế hoạch số 171-KH/TU của Ban Thường vụ Thành ủy"},
		{directive.KindDecision, "238-QĐ/TW", "2020-09-30", "Ban Bí thư Trung ương Đảng", qd238Subject, directive.RelationGuidedBy, "", "Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư Trung ương Đảng"},
		{directive.KindPlan, "171-KH/TU", "", "", "", directive.RelationImplements, "", "Kế hoạch số 171-KH/TU"},
		{directive.KindGuidance, "114-HD/BTGTU", "2023-08-23", "Ban Tuyên giáo Thành ủy", hd114Subject + ct24Subject2 + "”", directive.RelationGuidedBy, "", "Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy"},
		{directive.KindDirective, "24-CT/TU", "2023-08-07", "Ban Thường vụ Thành ủy", ct24Subject2, directive.RelationImplements, "", "Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy"},
	}
	text := docReadLetter(t)
	var gotCits []cit
	for _, c := range d.Citations {
		date := ""
		if !c.Date.IsZero() {
			date = c.Date.String()
		}
		span := "(bad span)"
		if 0 <= c.Start && c.Start <= c.End && c.End <= len(text) {
			span = text[c.Start:c.End]
		}
		gotCits = append(gotCits, cit{c.Kind, c.Symbol.String(), date, c.Issuer, c.Subject, c.Relation, c.Term, span})
	}
	if diff := cmp.Diff(wantCits, gotCits, cmp.AllowUnexported(cit{})); diff != "" {
		t.Errorf("Parse(letter) citations (-want +got):\n%s", diff)
	}
}

func TestValidateLetterHaNoi(t *testing.T) {
	d, err := parser.Parse(docReadLetter(t))
	if err != nil {
		t.Fatal(err)
	}
	err = d.Validate(directive.WithRegistry(org.HaNoi()))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate() = %v, want a *ValidationError", err)
	}
	type finding struct {
		path string
		code chidao.Code
		sev  chidao.Severity
	}
	var got []finding
	for _, fe := range ve.Errors {
		got = append(got, finding{fe.Path, fe.Code, fe.Severity})
		if fe.Rule == "" || fe.Message == "" {
			t.Errorf("%s %s: empty rule or message", fe.Path, fe.Code)
		}
	}
	want := []finding{
		{"signature.title", chidao.CodeRequired, chidao.SeverityError},
		{"symbol", directive.CodeSymbolRepaired, chidao.SeverityWarning},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Validate(letter, HaNoi) findings = %v, want %v", got, want)
	}
}

// The registry checks must still catch a recipient the issuer cannot
// reach and an addressee outside the recipients.
func TestValidateRegistryFindsBadBodies(t *testing.T) {
	d, err := parser.Parse(docReadLetter(t))
	if err != nil {
		t.Fatal(err)
	}
	d.Signature.Title = "PHÓ CHỦ TỊCH"
	d.Signature.Authority = append(d.Signature.Authority, "KT. CHỦ TỊCH")
	d.Recipients = d.Recipients[:1] // only the Sở
	d.Recipients = append(d.Recipients, "Sở Không Tồn Tại")
	err = d.Validate(directive.WithRegistry(org.HaNoi()))
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate() = %v", err)
	}
	has := func(path string, code chidao.Code) bool {
		for _, fe := range ve.Errors {
			if fe.Path == path && fe.Code == code {
				return true
			}
		}
		return false
	}
	for _, w := range []struct {
		path string
		code chidao.Code
	}{
		{"recipients[1]", directive.CodeRecipientUnknown},
		{"sections[0].addressees[1]", directive.CodeAddresseeNotRecipient},
		{"sections[3].addressees[0]", directive.CodeAddresseeNotRecipient},
	} {
		if !has(w.path, w.code) {
			t.Errorf("missing %s at %s in %v", w.code, w.path, ve)
		}
	}
	if has("signature.title", chidao.CodeRequired) {
		t.Errorf("signature.title reported although set")
	}
}

func TestParseFixtures(t *testing.T) {
	type want struct {
		bloc                   directive.Bloc
		parent, issuer, symbol string
		typ                    directive.Kind
		place, date, subject   string
		urgency                string
		recipients             int
		sections               int
		closing                bool
		authority              []string
		title, name            string
		distLast               string
		repairs                []directive.RepairCode
		findings               []chidao.Code
	}
	party := want{
		bloc: directive.BlocParty, parent: "ĐẢNG BỘ TỈNH QUẢNG NAM", issuer: "TỈNH ỦY", symbol: "15-CT/TU",
		typ: directive.KindDirective, place: "Quảng Nam", date: "2022-01-05",
		subject:  "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai trên địa bàn tỉnh",
		sections: 2, closing: true, authority: []string{"T/M BAN THƯỜNG VỤ"}, title: "BÍ THƯ", name: "Phan Việt Cường",
		distLast: "Lưu Văn phòng Tỉnh ủy",
		repairs:  []directive.RepairCode{directive.RepairChrome, directive.RepairColumns, directive.RepairColumns, directive.RepairSignedMark},
	}
	partyNFD := party
	partyNFD.repairs = append([]directive.RepairCode{directive.RepairNFC}, party.repairs...)
	tests := map[string]want{
		"party-chithi-web.txt": party,
		"party-chithi-nfd.txt": partyNFD,
		"ubnd-quyetdinh.txt": {
			bloc: directive.BlocState, issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", symbol: "07/QĐ-UBND", typ: directive.KindDecision,
			place: "Bắc Ninh", date: "2024-02-03", subject: "Về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh",
			sections: 3, authority: []string{"KT. CHỦ TỊCH"}, title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn Phong", distLast: "Lưu: VT, KSTT",
			repairs:  []directive.RepairCode{directive.RepairColumns, directive.RepairColumns, directive.RepairDateFormat},
			findings: []chidao.Code{directive.CodeDateFormat},
		},
		"congdien-flat.txt": {
			bloc: directive.BlocState, issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", symbol: "12/CĐ-UBND", typ: directive.KindDispatch,
			place: "Quảng Ngãi", date: "2023-09-27", subject: "Về việc chủ động ứng phó với bão số 4", urgency: "Hỏa tốc",
			recipients: 2, sections: 2,
			repairs: []directive.RepairCode{directive.RepairMarkdown, directive.RepairColumns, directive.RepairColumns, directive.RepairColumns,
				directive.RepairSymbolSpace, directive.RepairTruncated},
			findings: []chidao.Code{chidao.CodeRequired, chidao.CodeRequired, chidao.CodeRequired, directive.CodeSymbolRepaired},
		},
		// A district report: site breadcrumb, subject over two lines, a
		// deputy signing for the collective body.
		"baocao-ubnd-huyen.txt": {
			bloc: directive.BlocState, issuer: "UỶ BAN NHÂN DÂN HUYỆN ĐÔNG ANH", symbol: "215/BC-UBND", typ: directive.KindReport,
			place: "Đông Anh", date: "2024-06-18",
			subject:  "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
			sections: 3, closing: true, authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, title: "PHÓ CHỦ TỊCH",
			name: "Nguyễn Xuân Linh", distLast: "Lưu: VT, NV",
			repairs: []directive.RepairCode{directive.RepairChrome},
		},
		// A Sở's submission laid out as a markdown table, with parent body.
		"totrinh-so.txt": {
			bloc: directive.BlocState, parent: "UBND TỈNH NGHỆ AN", issuer: "SỞ TÀI CHÍNH", symbol: "1520/TTr-STC",
			typ: directive.KindSubmission, place: "Nghệ An", date: "2024-04-02",
			subject: "Về việc phê duyệt dự toán kinh phí chuyển đổi số năm 2024", recipients: 1, closing: true,
			title: "GIÁM ĐỐC", name: "Trần Quốc Thành", distLast: "Lưu: VT, NS",
			repairs: []directive.RepairCode{directive.RepairColumns, directive.RepairColumns, directive.RepairColumns},
		},
		// A district Party committee's notice: "Số" without colon, "*"
		// under the issuer, the conclusion title and a lower-case subject
		// line, body lead-in ending with ":".
		"party-huyenuy-tb.txt": {
			bloc: directive.BlocParty, parent: "ĐẢNG BỘ TỈNH BÌNH ĐỊNH", issuer: "HUYỆN ỦY PHÙ CÁT", symbol: "87-TB/HU",
			typ: directive.KindNotice, place: "Phù Cát", date: "2023-03-09",
			subject:  "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác phòng, chống hạn hán năm 2023",
			sections: 2, authority: []string{"T/M BAN THƯỜNG VỤ"}, title: "PHÓ BÍ THƯ", name: "Lê Văn Hùng",
			distLast: "Lưu Văn phòng Huyện ủy",
		},
		// A Sở's letter with both header columns on the same lines and
		// "Kính gửi" with its one recipient on one line.
		"congvan-so-kinhgui.txt": {
			bloc: directive.BlocState, issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH", symbol: "2130/SGDĐT-GDTrH",
			typ: directive.KindOfficialLetter, place: "Hà Tĩnh", date: "2023-09-11",
			subject:    "hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2023-2024",
			recipients: 1, sections: 2, authority: []string{"KT. GIÁM ĐỐC"}, title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Thị Mai",
			distLast: "Lưu: VT, GDTrH",
			repairs:  []directive.RepairCode{directive.RepairChrome, directive.RepairColumns, directive.RepairColumns},
		},
	}
	for name, w := range tests {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile("testdata/docs/" + name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := parser.Parse(string(b))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			check := func(field string, got, want any) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", field, got, want)
				}
			}
			check("bloc", d.Bloc, w.bloc)
			check("parent_issuer", d.ParentIssuer, w.parent)
			check("issuer", d.Issuer, w.issuer)
			check("symbol", d.Symbol.String(), w.symbol)
			check("type", d.Type, w.typ)
			check("place", d.Place, w.place)
			check("date", d.Date.String(), w.date)
			check("subject", d.Subject, w.subject)
			check("urgency", d.Urgency, w.urgency)
			check("len(recipients)", len(d.Recipients), w.recipients)
			check("len(sections)", len(d.Sections), w.sections)
			check("closing set", d.Closing != "", w.closing)
			check("signature.authority", d.Signature.Authority, w.authority)
			check("signature.title", d.Signature.Title, w.title)
			check("signature.name", d.Signature.Name, w.name)
			last := ""
			if n := len(d.Distribution); n > 0 {
				last = d.Distribution[n-1]
			}
			check("last distribution entry", last, w.distLast)
			var codes []directive.RepairCode
			for _, r := range d.Repairs {
				codes = append(codes, r.Code)
			}
			check("repairs", codes, w.repairs)
			var found []chidao.Code
			for _, fe := range d.Check() {
				found = append(found, fe.Code)
			}
			check("findings", found, w.findings)
			// Rendering is a fixed point after one round.
			r1 := render.Text(d)
			d2, err := parser.Parse(r1)
			if err != nil {
				t.Fatalf("Parse(Render): %v", err)
			}
			if r2 := render.Text(d2); r2 != r1 {
				t.Errorf("Render is not a fixed point:\n%s\n---\n%s", r1, r2)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	_, err := parser.Parse("Trang chủ\nTin tức hôm nay\n")
	if !errors.Is(err, parser.ErrNoDocument) {
		t.Errorf("Parse(no document) error = %v, want ErrNoDocument", err)
	}
	d, err := parser.Parse("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/\nHà Nội, ngày 31 tháng 02 năm 2023\n")
	if d == nil {
		t.Fatal("Parse returned no document for a readable header")
	}
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("error = %v, want a *SyntaxError", err)
	}
	var lines []int
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var s *parser.SyntaxError
		if !errors.As(e, &s) || s.Line < 1 || s.Col < 1 {
			t.Errorf("error without position: %v", e)
			continue
		}
		lines = append(lines, s.Line)
	}
	if !reflect.DeepEqual(lines, []int{3, 4}) {
		t.Errorf("error lines = %v, want [3 4] (symbol, date)", lines)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN" || d.Number != "12" || !d.Date.IsZero() || d.Place != "Hà Nội" {
		t.Errorf("partial document = issuer %q number %q date %v place %q", d.Issuer, d.Number, d.Date, d.Place)
	}
	_, err = parser.Parse("Số: 05/UBND-VP\n\xffHà Nội, ngày 05 tháng 3 năm 2024\n")
	if !errors.As(err, &se) || se.Line != 2 || se.Col != 1 {
		t.Errorf("invalid UTF-8: error = %v, want line 2 column 1", err)
	}
}

func TestDirectiveJSONRoundTrip(t *testing.T) {
	d, err := parser.Parse(docReadLetter(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"kind":"state"`, `"parent_issuer":null`, `"type":"Công văn"`, `"type_code":null`,
		`"date":"2023-10-04"`, `"symbol":"3241/UBND-KGVX"`, `"cc_recipients":[]`, `"urgency":null`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	var back directive.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := docDiff(d, &back); diff != "" {
		t.Errorf("JSON round trip: %s", diff)
	}
	if err := json.Unmarshal([]byte(`{"kind":"church","symbol":"x y","date":"04/10/2023"}`), &back); err == nil {
		t.Error("Unmarshal accepted bad kind, symbol and date")
	} else if n := len(err.(*chidao.ValidationError).Errors); n != 3 {
		t.Errorf("Unmarshal reported %d problems, want 3: %v", n, err)
	}
}

// A repair keeps the whole text it changed, however long: a reader must
// be able to see what was there.
func TestRepairOriginalWhole(t *testing.T) {
	long := "**" + strings.Repeat("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; ", 4) + "**"
	text := "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 12/KH-UBND\nQuảng Nam, ngày 04 tháng 10 năm 2023\n\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2023\n\n" + long + "\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range d.Repairs {
		if r.Code == directive.RepairMarkdown && r.Line == 11 {
			if r.Original != long {
				t.Errorf("markdown repair Original = %q (%d bytes), want the whole line (%d bytes)", r.Original, len(r.Original), len(long))
			}
			if want := strings.Trim(long, "*"); strings.TrimSpace(r.Repaired) != strings.TrimSpace(want) {
				t.Errorf("markdown repair Repaired = %q, want %q", r.Repaired, want)
			}
			return
		}
	}
	t.Fatalf("no markdown repair on line 11: %v", d.Repairs)
}

// ErrNoDocument is found through the error's sentinel, not its message: a
// syntax error that happens to say the same words does not match.
func TestErrNoDocumentSentinel(t *testing.T) {
	_, err := parser.Parse("Chỉ là một đoạn văn bản bình thường.\nKhông có tiêu đề.")
	if !errors.Is(err, parser.ErrNoDocument) {
		t.Fatalf("Parse(prose) = %v, want ErrNoDocument", err)
	}
	if lookalike := (&parser.SyntaxError{Line: 1, Col: 1, Msg: parser.ErrNoDocument.Error()}); errors.Is(lookalike, parser.ErrNoDocument) {
		t.Error("a SyntaxError with the same message but no Err matches ErrNoDocument")
	}
}

// The letter's body as a tree, written from the letter by hand: the
// preamble paragraph, then four numbered sections whose bullets carry the
// work, each with the input lines it spans.
func TestParseLetterBody(t *testing.T) {
	d, err := parser.Parse(docReadLetter(t))
	if err != nil {
		t.Fatal(err)
	}
	type node struct {
		kind    directive.NodeKind
		marker  string
		heading string
		bullets int
	}
	want := []node{
		{directive.NodeParagraph, "", "", 0},
		{directive.NodeNumbered, "1", "Các Sở, ban, ngành; UBND quận, huyện, thị xã", 5},
		{directive.NodeNumbered, "2", "Sở Thông tin và Truyền thông", 2},
		{directive.NodeNumbered, "3", "Sở Văn hóa và Thể thao", 1},
		{directive.NodeNumbered, "4", "Các cơ quan báo chí thành phố Hà Nội", 3},
	}
	var got []node
	for _, n := range d.Body {
		b := 0
		for _, c := range n.Children {
			if c.Kind != directive.NodeBullet || c.Marker != "-" || c.Text == "" {
				t.Errorf("node %s: child %+v is not a bullet", n.Marker, c)
			}
			b++
		}
		got = append(got, node{n.Kind, n.Marker, n.Heading, b})
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(node{})); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
	text := strings.Split(docReadLetter(t), "\n")
	for i, n := range d.Body {
		if n.First < 1 || n.Last < n.First || n.Last > len(text) {
			t.Fatalf("node %d spans lines %d–%d", i, n.First, n.Last)
		}
		if n.Kind == directive.NodeNumbered && !strings.Contains(text[n.First-1], n.Marker+".") {
			t.Errorf("node %s starts at line %d: %q", n.Marker, n.First, text[n.First-1])
		}
		for _, c := range n.Children {
			if c.First < n.First || c.Last > n.Last {
				t.Errorf("child of %s spans %d–%d outside %d–%d", n.Marker, c.First, c.Last, n.First, n.Last)
			}
		}
	}
	// the first bullet holds its second paragraph
	if first := d.Body[1].Children[0].Text; !strings.Contains(first, "\nCông tác tuyên truyền bám sát thực tiễn") {
		t.Errorf("first bullet: %q", first)
	}
}

// The letter's obligations, written from the letter by hand: every bullet
// of the four sections, addressed to the bodies its heading names; the
// Front supports the third of section 1; the two "khuyến khích" wordings
// encourage; the letter sets no deadline and names no lead.
func TestParseLetterObligations(t *testing.T) {
	d, err := parser.Parse(docReadLetter(t))
	if err != nil {
		t.Fatal(err)
	}
	sec1 := []string{"Các Sở, ban, ngành", "UBND quận, huyện, thị xã"}
	type ob struct {
		path       string
		addressees []string
		modality   directive.Modality
	}
	want := []ob{
		{"body[1].children[0]", sec1, directive.ModalityObligation},
		{"body[1].children[1]", sec1, directive.ModalityObligation},
		{"body[1].children[2]", sec1, directive.ModalityObligation},
		{"body[1].children[3]", sec1, directive.ModalityEncouragement},
		{"body[1].children[4]", sec1, directive.ModalityObligation},
		{"body[2].children[0]", []string{"Sở Thông tin và Truyền thông"}, directive.ModalityObligation},
		{"body[2].children[1]", []string{"Sở Thông tin và Truyền thông"}, directive.ModalityObligation},
		{"body[3].children[0]", []string{"Sở Văn hóa và Thể thao"}, directive.ModalityEncouragement},
		{"body[4].children[0]", []string{"Các cơ quan báo chí thành phố Hà Nội"}, directive.ModalityObligation},
		{"body[4].children[1]", []string{"Các cơ quan báo chí thành phố Hà Nội"}, directive.ModalityObligation},
		{"body[4].children[2]", []string{"Các cơ quan báo chí thành phố Hà Nội"}, directive.ModalityObligation},
	}
	var got []ob
	for i, o := range d.Obligations {
		got = append(got, ob{o.Path, o.Addressees, o.Modality})
		if o.Due != nil {
			t.Errorf("obligation %d (%s) has a deadline: %+v", i, o.Path, o.Due)
		}
		if o.Lead != "" {
			t.Errorf("obligation %d (%s) has a lead: %q", i, o.Path, o.Lead)
		}
		n, ok := directive.NodeAt(d.Body, o.Path)
		if !ok || n.Text != o.Text {
			t.Errorf("obligation %d: path %s does not lead to its text", i, o.Path)
		}
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(ob{})); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
	if len(d.Obligations) == len(want) {
		front := d.Obligations[2]
		if !strings.HasPrefix(front.Text, "Phối hợp với Mặt trận Tổ quốc") || len(front.Support) == 0 || !strings.HasPrefix(front.Support[0], "Mặt trận Tổ quốc") {
			t.Errorf("the Front's obligation: text %q, support %q", front.Text, front.Support)
		}
	}
}

// TestRecipientsWrappedInline reads a "Kính gửi:" list written inline,
// "- A; - B", whose first entry wrapped onto the next line with the
// second entry after it.
func TestRecipientsWrappedInline(t *testing.T) {
	text := "VĂN PHÒNG CHÍNH PHỦ\nSố: 3722/VPCP-CN\nV/v cơ chế đặc thù\nHà Nội, ngày 28 tháng 4 năm 2026\n\n" +
		"Kính gửi: - Các Bộ: Công an, Tư pháp, Tài chính, Xây dựng, Nông nghiệp\nvà Môi trường; - Ủy ban nhân dân tỉnh Đồng Nai.\n\n" +
		"Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai, Phó Thủ tướng có ý kiến như sau:\n"
	d, err := parser.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Các Bộ: Công an, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh Đồng Nai"}
	if !slices.Equal(d.Recipients, want) {
		t.Errorf("recipients = %q, want %q", d.Recipients, want)
	}
}
