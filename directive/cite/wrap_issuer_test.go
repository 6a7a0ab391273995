package cite_test

import (
	"slices"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
)

// Hard-wrapped text breaks issuers inside a name; a name that is whole at
// the break ends there.
func TestCitationIssuerAcrossLines(t *testing.T) {
	tests := []struct{ text, issuer string }{
		{"Căn cứ Quyết định số 1564/QĐ-BNN-KH ngày 31 tháng 5 năm 2006 của Bộ trưởng Bộ Nông\nnghiệp và PTNT về việc ban hành Quy định", "Bộ trưởng Bộ Nông nghiệp và PTNT"},
		{"Căn cứ Thông tư liên tịch số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông\nthôn về hướng dẫn", "Bộ Nông nghiệp và Phát triển nông thôn"},
		{"Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về công tác tuyên giáo", "Ban Thường vụ Tỉnh ủy Bắc Kạn"},
		{"Thực hiện Chỉ thị số 05/CT-BYT ngày 10/3/2020 của Bộ Y tế\ncác đơn vị trực thuộc triển khai ngay.", "Bộ Y tế"},
		{"Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ\nquy định chi tiết một số điều", "Chính phủ"},
		// a name in capitals goes on in capitals, a committee too
		{"Căn cứ NGHỊ QUYẾT 1/NQ-UBND CỦA BỘ Y TẾ\n tỉnh Ủy ban.", "BỘ Y TẾ"},
		{"THỰC HIỆN KẾ HOẠCH SỐ 172-KH/TU CỦA BAN THƯỜNG VỤ\nTỈNH ỦY BẮC KẠN VỀ CÔNG TÁC TUYÊN GIÁO", "BAN THƯỜNG VỤ TỈNH ỦY BẮC KẠN"},
	}
	for _, tt := range tests {
		var got []string
		for c := range cite.Find(tt.text) {
			got = append(got, c.Issuer)
		}
		if len(got) != 1 || got[0] != tt.issuer {
			t.Errorf("Citations(%q) issuers = %q, want [%q]", tt.text, got, tt.issuer)
		}
	}
}

// Codes after the first may join capitals with "&" or ".", in running
// text as in headers.
func TestCitationJoinedCodes(t *testing.T) {
	for _, sym := range []string{"2231/SNV-CCHC&PC", "473/TTr-NN&PTNT", "07/TTr-TT.HĐND", "06b/NQ-TLĐ"} {
		text := "Xét Tờ trình số " + sym + " ngày 02 tháng 12 năm 2016 của Thường trực Hội đồng nhân dân tỉnh."
		var got []string
		for c := range cite.Find(text) {
			got = append(got, c.Symbol.String())
		}
		if len(got) != 1 || got[0] != sym {
			t.Errorf("Citations(%q) = %q, want [%q]", text, got, sym)
		}
	}
	// a sentence's end or a web address is not part of a code
	for text, want := range map[string]string{
		"theo Công văn số 12/UBND-VP.Kính đề nghị":   "12/UBND-VP",
		"xem tại Công văn số 12/UBND-VP.html nhé":    "",
		"theo Công văn số 12/UBND-VP&Co về việc này": "12/UBND-VP",
	} {
		got := ""
		for c := range cite.Find(text) {
			got = c.Symbol.String()
		}
		if got != want {
			t.Errorf("Citations(%q) = %q, want %q", text, got, want)
		}
	}
}

// A cue broken by a hard wrap still gives the relation.
func TestCitationCueAcrossLines(t *testing.T) {
	text := "QUYẾT ĐỊNH\nCăn\ncứ Nghị định số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 của Chính phủ;\n"
	var got []directive.Relation
	for c := range cite.Find(text) {
		got = append(got, c.Relation)
	}
	if len(got) != 1 || got[0] != directive.RelationLegalBasis {
		t.Errorf("relations = %v, want [legal_basis]", got)
	}
}

// An issuer named once before a list of numbers holds for each of them.
func TestCitationIssuerBeforeList(t *testing.T) {
	tests := []struct {
		text    string
		issuers []string
	}{
		{"Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 về việc lập quy hoạch; số 04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 sửa đổi Nghị định 92/2006/NĐ-CP;",
			[]string{"Chính phủ", "Chính phủ", ""}},
		{"Theo đề nghị của Sở Nông nghiệp và PTNT tại các công văn: Số 1577/SNN-KHTC ngày 18 tháng 10 năm 2010; số 218/SNN-KHTC ngày 02 tháng 3 năm 2011,",
			[]string{"Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và PTNT"}},
		{"Căn cứ Luật Đầu tư công số 39/2019/QH14; Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ;",
			[]string{"", "Chính phủ"}},
	}
	for _, tt := range tests {
		var got []string
		for c := range cite.Find(tt.text) {
			got = append(got, c.Issuer)
		}
		if !slices.Equal(got, tt.issuers) {
			t.Errorf("Citations(%q) issuers = %q, want %q", tt.text, got, tt.issuers)
		}
	}
}

// A steering committee's name holds "Chỉ đạo" and often "về …" with commas.
func TestCitationSteeringCommittee(t *testing.T) {
	tests := []struct{ text, issuer, subject string }{
		{"Thực hiện Kết luận số 12-KL/BCĐTW ngày 05/3/2024 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực về việc tăng cường kiểm tra;",
			"Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "tăng cường kiểm tra"},
		{"Theo Kế hoạch số 7/KH-BCĐ ngày 1/2/2024 của Ban Chỉ đạo tỉnh về việc phòng chống dịch.", "Ban Chỉ đạo tỉnh", "phòng chống dịch"},
		{"Thực hiện Công văn số 45/UBND-VX ngày 1/2/2024 của UBND tỉnh, Ban Chỉ đạo tỉnh đề nghị", "UBND tỉnh", ""},
	}
	for _, tt := range tests {
		var got []directive.Citation
		for c := range cite.Find(tt.text) {
			got = append(got, c)
		}
		if len(got) != 1 || got[0].Issuer != tt.issuer || got[0].Subject != tt.subject {
			t.Errorf("Citations(%q) = %+v, want issuer %q subject %q", tt.text, got, tt.issuer, tt.subject)
		}
	}
}

// A law named inside quotes or brackets is found like any other.
func TestCitationQuotedLaw(t *testing.T) {
	text := "Các nội dung theo quy định tại “Luật Đất đai ngày 18 tháng 01 năm 2024” và hướng dẫn.\nTheo đó, (Luật Đầu tư ngày 17 tháng 6 năm 2020) quy định rõ."
	var got []string
	for c := range cite.Find(text) {
		got = append(got, c.Name+" "+c.Date.String())
	}
	want := []string{"Luật Đất đai 2024-01-18", "Luật Đầu tư 2020-06-17"}
	if !slices.Equal(got, want) {
		t.Errorf("Citations = %q, want %q", got, want)
	}
}

// After a cue, a congress's resolution is named by its own grammar.
func TestCitationCongressResolution(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết số 57-NQ/TW", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"},
		{"Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 – 2025"},
		{"Căn cứ Nghị quyết Đại hội XIII của Đảng;", "Nghị quyết Đại hội XIII của Đảng"},
	}
	for _, tt := range tests {
		var got []string
		for c := range cite.Find(tt.text) {
			if c.Name != "" {
				got = append(got, c.Name)
			}
		}
		if len(got) != 1 || got[0] != tt.name {
			t.Errorf("Citations(%q) names = %q, want [%q]", tt.text, got, tt.name)
		}
	}
}
