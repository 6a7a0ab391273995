package directive_test

import (
	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
)

// letter3241 builds by hand Công văn 3241/UBND-KGVX of 04/10/2023 of the
// Hà Nội People's Committee (directive/testdata/hanoi-3241-UBND-KGVX.txt),
// shortened, with its signature completed, so that it breaks no rule; the
// tests of this package must not depend on what the parser reads.
func letter3241() *directive.Document {
	return &directive.Document{
		Bloc:           directive.BlocState,
		Issuer:         "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
		IssuerKey:      "hn.ubnd",
		NationalHeader: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		Number:         "3241",
		Symbol:         directive.MustParseSymbol("3241/UBND-KGVX"),
		Type:           directive.KindOfficialLetter,
		Place:          "Hà Nội",
		Date:           chidao.MustDate(2023, 10, 4),
		Subject:        "tuyên truyền Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy",
		Recipients:     []string{"Các Sở, Ban, ngành Thành phố", "UBND các quận, huyện, thị xã", "Các cơ quan báo chí thành phố Hà Nội"},
		Citations: []directive.Citation{
			{Kind: directive.KindGuidance, Symbol: directive.MustParseSymbol("114-HD/BTGTU"), Date: chidao.MustDate(2023, 8, 23),
				Issuer: "Ban Tuyên giáo Thành ủy", Relation: directive.RelationLegalBasis, Start: 7, End: 81},
			{Kind: directive.KindDirective, Symbol: directive.MustParseSymbol("24-CT/TU"), Date: chidao.MustDate(2023, 8, 7),
				Issuer: "Ban Thường vụ Thành ủy", Subject: "Tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị thành phố Hà Nội",
				Relation: directive.RelationPropagates, Term: "Chỉ thị", Start: 120, End: 190},
			{Kind: directive.KindLaw, Name: "Luật Báo chí", Date: chidao.MustDate(2016, 4, 5), Start: 300, End: 326},
		},
		Preamble: []string{"Căn cứ Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy về tuyên truyền thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy; UBND Thành phố yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:"},
		Sections: []directive.Section{
			{Number: "1", Heading: "Các Sở, ban, ngành; UBND quận, huyện, thị xã", Addressees: []string{"Các Sở, ban, ngành", "UBND quận, huyện, thị xã"},
				Items: []string{"Quán triệt, tuyên truyền và tổ chức thực hiện hiệu quả Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy."}},
			{Number: "2", Heading: "Sở Thông tin và Truyền thông", Addressees: []string{"Sở Thông tin và Truyền thông"},
				Items: []string{"Theo dõi, phát hiện và xử lý nghiêm các hành vi vi phạm trong việc đăng, phát thông tin theo quy định."}},
		},
		Body: []directive.Node{
			{Kind: directive.NodeParagraph, Text: "Căn cứ Hướng dẫn số 114-HD/BTGTU ngày 23/8/2023 của Ban Tuyên giáo Thành ủy về tuyên truyền thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy; UBND Thành phố yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:"},
			{Kind: directive.NodeNumbered, Marker: "1", Heading: "Các Sở, ban, ngành; UBND quận, huyện, thị xã", Children: []directive.Node{
				{Kind: directive.NodeBullet, Marker: "-", Text: "Quán triệt, tuyên truyền và tổ chức thực hiện hiệu quả Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy."},
			}},
			{Kind: directive.NodeNumbered, Marker: "2", Heading: "Sở Thông tin và Truyền thông", Children: []directive.Node{
				{Kind: directive.NodeBullet, Marker: "-", Text: "Theo dõi, phát hiện và xử lý nghiêm các hành vi vi phạm trong việc đăng, phát thông tin theo quy định."},
			}},
		},
		Obligations: []directive.Obligation{
			{Path: "body[1].children[0]", Text: "Quán triệt, tuyên truyền và tổ chức thực hiện hiệu quả Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy.",
				Addressees: []string{"Các Sở, ban, ngành", "UBND quận, huyện, thị xã"}},
			{Path: "body[2].children[0]", Text: "Theo dõi, phát hiện và xử lý nghiêm các hành vi vi phạm trong việc đăng, phát thông tin theo quy định.",
				Addressees: []string{"Sở Thông tin và Truyền thông"}, Due: &directive.Due{Text: "thường xuyên", Kind: directive.DueContinuous}},
		},
		Closing:      "UBND Thành phố yêu cầu các đơn vị nghiêm túc triển khai, thực hiện./.",
		Signature:    directive.Signature{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Title: "PHÓ CHỦ TỊCH", Name: "Hà Minh Hải"},
		Distribution: []string{"Như trên", "Chủ tịch UBND Thành phố", "Ban Tuyên giáo Thành ủy", "Lưu: VT, KGVX"},
	}
}
