package render_test

// The generators here are copied from directive/parser/rapid_test.go (test
// files cannot be imported): docGen draws documents the parser reads back,
// anyDocGen draws documents no parser would produce, to reach every branch
// of the text writer.

import (
	"strconv"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"pgregory.net/rapid"
)

// docIssuer is an issuing body with the signature forms it uses.
type docIssuer struct {
	parent, name, abbrev string
	// head and deputy signature blocks: authority lines, then the title.
	head, deputy []string
}

var docStateIssuers = []docIssuer{
	{"", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "UBND",
		[]string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}},
	{"", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "UBND",
		[]string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}},
	{"ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "SỞ Y TẾ", "SYT", []string{"GIÁM ĐỐC"}, []string{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}},
	{"", "BỘ NỘI VỤ", "BNV", []string{"BỘ TRƯỞNG"}, []string{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"}},
}

var docPartyIssuers = []docIssuer{
	{"ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "TU", []string{"T/M BAN THƯỜNG VỤ", "BÍ THƯ"}, []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}},
	{"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "BAN TUYÊN GIÁO THÀNH ỦY", "BTGTU", []string{"TRƯỞNG BAN"}, []string{"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"}},
}

var (
	docStateKinds = []directive.Kind{directive.KindOfficialLetter, directive.KindPlan, directive.KindDecision, directive.KindDirective,
		directive.KindNotice, directive.KindReport, directive.KindGuidance, directive.KindDispatch, directive.KindSubmission}
	docPartyKinds = []directive.Kind{directive.KindDirective, directive.KindPlan, directive.KindResolution, directive.KindGuidance,
		directive.KindReport, directive.KindNotice, directive.KindOfficialLetter}
	docPlaces   = []string{"Hà Nội", "Quảng Nam", "Bắc Ninh", "Nghệ An", "Thành phố Hồ Chí Minh", "Đắk Lắk"}
	docSubjects = []string{"tăng cường công tác phòng, chống thiên tai năm 2024", "Về việc triển khai chuyển đổi số trong cơ quan nhà nước",
		"thực hiện cải cách hành chính giai đoạn 2021 - 2025", "tổ chức các hoạt động kỷ niệm Ngày Quốc khánh 2/9", "đẩy mạnh tuyên truyền về bảo vệ môi trường"}
	docRecipients = []string{"Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố", "Sở Y tế", "Các cơ quan báo chí", "Công an tỉnh"}
	docPreambles  = []string{
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
		"Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
		"Thực hiện Chỉ thị số 24-CT/TW ngày 04/7/2020 của Ban Bí thư, cơ quan ban hành hướng dẫn như sau:",
		"Để triển khai kịp thời các nhiệm vụ trọng tâm, đề nghị các đơn vị thực hiện một số nội dung sau:",
	}
	docAddrHeadings = []struct {
		heading string
		addr    []string
	}{
		{"Sở Nội vụ", []string{"Sở Nội vụ"}},
		{"Các sở, ban, ngành; UBND các huyện, thị xã", []string{"Các sở, ban, ngành", "UBND các huyện, thị xã"}},
		{"Sở Văn hóa và Thể thao", []string{"Sở Văn hóa và Thể thao"}},
		{"Các cơ quan báo chí tỉnh", []string{"Các cơ quan báo chí tỉnh"}},
		{"MỤC ĐÍCH, YÊU CẦU", nil},
		{"Nội dung trọng tâm", nil},
		{"Tổ chức thực hiện", nil},
	}
	docItems = []string{"Quán triệt và tổ chức thực hiện nghiêm các nội dung của văn bản.", "Rà soát, bổ sung kế hoạch của đơn vị.",
		"Báo cáo kết quả về cơ quan thường trực trước ngày 15 hằng tháng.", "Phối hợp chặt chẽ với các cơ quan liên quan; kịp thời tháo gỡ khó khăn."}
	docContinuations = []string{"Công tác này gắn với việc đánh giá cán bộ hằng năm.", "Kinh phí bảo đảm từ nguồn ngân sách được giao."}
	docNames         = []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Hải", "Phạm Minh Chính", "Hoàng Thị Thu Hà"}
	docDistState     = []string{"Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Cổng Thông tin điện tử tỉnh"}
	docDistParty     = []string{"Ban Bí thư (để báo cáo)", "Các huyện ủy, thị ủy, thành ủy", "Các đồng chí Tỉnh ủy viên"}
	docUnits         = []string{"KGVX", "NC", "VX", "TH", "KT"}
)

// docGen draws a valid directive of either bloc.
func docGen() *rapid.Generator[*directive.Document] {
	return rapid.Custom(func(t *rapid.T) *directive.Document {
		party := rapid.Bool().Draw(t, "party")
		d := &directive.Document{}
		var iss docIssuer
		var kind directive.Kind
		if party {
			d.Bloc = directive.BlocParty
			iss = rapid.SampledFrom(docPartyIssuers).Draw(t, "issuer")
			kind = rapid.SampledFrom(docPartyKinds).Draw(t, "type")
			d.NationalHeader = []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}
		} else {
			d.Bloc = directive.BlocState
			iss = rapid.SampledFrom(docStateIssuers).Draw(t, "issuer")
			kind = rapid.SampledFrom(docStateKinds).Draw(t, "type")
			d.NationalHeader = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}
		}
		d.ParentIssuer, d.Issuer, d.Type = iss.parent, iss.name, kind
		n := rapid.IntRange(1, 999).Draw(t, "number")
		num := strconv.Itoa(n)
		if n < 10 {
			num = "0" + num
		}
		unit := rapid.SampledFrom(docUnits).Draw(t, "unit")
		var sym string
		switch {
		case party:
			sym = num + "-" + kind.Code(directive.BlocParty) + "/" + iss.abbrev
		case kind == directive.KindOfficialLetter:
			sym = num + "/" + iss.abbrev + "-" + unit
		default:
			sym = num + "/" + kind.Code(directive.BlocState) + "-" + iss.abbrev
		}
		d.Symbol = directive.MustParseSymbol(sym)
		d.Number = num
		y := rapid.IntRange(2021, 2025).Draw(t, "year")
		m := rapid.IntRange(1, 12).Draw(t, "month")
		d.Date = chidao.MustDate(y, m, rapid.IntRange(1, chidao.DaysIn(y, m)).Draw(t, "day"))
		d.Place = rapid.SampledFrom(docPlaces).Draw(t, "place")
		d.Subject = rapid.SampledFrom(docSubjects).Draw(t, "subject")
		if rapid.IntRange(0, 4).Draw(t, "urgent") == 0 {
			d.Urgency = rapid.SampledFrom([]string{"Khẩn", "Thượng khẩn", "Hỏa tốc"}).Draw(t, "urgency")
		}
		if rapid.IntRange(0, 5).Draw(t, "secret") == 0 {
			d.Secrecy = rapid.SampledFrom([]string{"Mật", "Tối mật"}).Draw(t, "secrecy")
		}
		minRecv := 0
		if kind == directive.KindOfficialLetter {
			minRecv = 1
		}
		d.Recipients = docDistinct(t, "recipients", docRecipients, minRecv, 3)
		d.Preamble = docDistinct(t, "preamble", docPreambles, 0, 2)
		style := rapid.IntRange(0, 2).Draw(t, "numbering")
		nsec := rapid.IntRange(1, 4).Draw(t, "sections")
		for i := range nsec {
			h := rapid.SampledFrom(docAddrHeadings).Draw(t, "heading")
			s := directive.Section{Heading: h.heading, Addressees: h.addr}
			switch style {
			case 0:
				s.Number = strconv.Itoa(i + 1)
			case 1:
				s.Number = []string{"I", "II", "III", "IV"}[i]
			default:
				s.Number = "Điều " + strconv.Itoa(i+1)
			}
			for j := range rapid.IntRange(0, 3).Draw(t, "items") {
				it := rapid.SampledFrom(docItems).Draw(t, "item")
				if rapid.IntRange(0, 3).Draw(t, "cont") == 0 {
					it += "\n" + docContinuations[j%len(docContinuations)]
				}
				s.Items = append(s.Items, it)
			}
			d.Sections = append(d.Sections, s)
		}
		if rapid.Bool().Draw(t, "closing") {
			if party {
				d.Closing = "Ban Thường vụ yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện."
			} else {
				d.Closing = "Đề nghị các đơn vị nghiêm túc triển khai, thực hiện./."
			}
		}
		sig := iss.head
		if rapid.Bool().Draw(t, "deputy") {
			sig = iss.deputy
		}
		d.Signature = directive.Signature{
			Authority: append([]string(nil), sig[:len(sig)-1]...),
			Title:     sig[len(sig)-1],
			Name:      rapid.SampledFrom(docNames).Draw(t, "name"),
		}
		if len(d.Signature.Authority) == 0 {
			d.Signature.Authority = nil
		}
		var dist []string
		if len(d.Recipients) > 0 && rapid.Bool().Draw(t, "asAbove") {
			dist = append(dist, "Như trên")
		}
		if party {
			dist = append(dist, docDistinct(t, "dist", docDistParty, 0, 2)...)
			dist = append(dist, "Lưu Văn phòng Tỉnh ủy")
		} else {
			dist = append(dist, docDistinct(t, "dist", docDistState, 0, 3)...)
			dist = append(dist, "Lưu: VT, "+unit)
		}
		d.Distribution = dist
		return d
	})
}

// docDistinct draws between lo and hi distinct entries of pool, in pool order.
func docDistinct(t *rapid.T, label string, pool []string, lo, hi int) []string {
	n := rapid.IntRange(lo, hi).Draw(t, label+"_n")
	if n == 0 {
		return nil
	}
	perm := rapid.Permutation(docIndexes(len(pool))).Draw(t, label)
	out := make([]string, 0, n)
	for _, i := range perm[:n] {
		out = append(out, pool[i])
	}
	return out
}

func docIndexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// oddTexts are field values that stress the writer: empty, multi-line,
// markup, already-punctuated.
var oddTexts = []string{"", "\n", "a\nb", "a\n\nb", " ", "Sở Y tế", "<script>alert(1)</script>", `"quoted" & 'single'`,
	"Như trên;", "Khẩn", "hỏa tốc", "ĐẢNG ỦY", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Căn cứ …;", "x\ny\nz"}

// markupText draws strings of markup characters, spaces and Vietnamese
// letters: what an HTML writer must escape, and nothing XML forbids.
var markupText = rapid.StringOf(rapid.SampledFrom([]rune("<>&\"'/=;:- \t\nÁàĐđỦủệ{}]!-*")))

func oddText(t *rapid.T, free *rapid.Generator[string], label string) string {
	if rapid.IntRange(0, 9).Draw(t, label+"_free") == 0 {
		return free.Draw(t, label+"_s")
	}
	return rapid.SampledFrom(oddTexts).Draw(t, label)
}

func oddList(t *rapid.T, free *rapid.Generator[string], label string) []string {
	n := rapid.IntRange(0, 3).Draw(t, label+"_n")
	var out []string
	for i := range n {
		out = append(out, oddText(t, free, label+strconv.Itoa(i)))
	}
	return out
}

// anyDocGen draws a document whose every field may be missing or odd:
// a Party document without issuer, a number without symbol, a place
// without date, an unspecified type, one recipient, a name-only signature.
// Now and then a field is drawn from free instead of a fixed list.
func anyDocGen(free *rapid.Generator[string]) *rapid.Generator[*directive.Document] {
	return rapid.Custom(func(t *rapid.T) *directive.Document {
		oddText := func(t *rapid.T, label string) string { return oddText(t, free, label) }
		oddList := func(t *rapid.T, label string) []string { return oddList(t, free, label) }
		d := &directive.Document{
			Bloc:           rapid.SampledFrom([]directive.Bloc{directive.BlocState, directive.BlocParty}).Draw(t, "bloc"),
			ParentIssuer:   oddText(t, "parent"),
			Issuer:         oddText(t, "issuer"),
			NationalHeader: oddList(t, "nation"),
			Number:         oddText(t, "number"),
			Type:           rapid.SampledFrom(append(directive.Kinds(), directive.KindUnspecified)).Draw(t, "type"),
			Place:          oddText(t, "place"),
			Subject:        oddText(t, "subject"),
			Urgency:        oddText(t, "urgency"),
			Secrecy:        oddText(t, "secrecy"),
			Recipients:     oddList(t, "recipients"),
			CCRecipients:   oddList(t, "cc"),
			Preamble:       oddList(t, "preamble"),
			Closing:        oddText(t, "closing"),
			Signature: directive.Signature{
				Authority: oddList(t, "authority"),
				Title:     oddText(t, "title"),
				Name:      oddText(t, "name"),
			},
			Distribution: oddList(t, "dist"),
		}
		if rapid.Bool().Draw(t, "hasSymbol") {
			d.Symbol = directive.MustParseSymbol(rapid.SampledFrom([]string{"15-CT/TU", "3241/UBND-KGVX", "05/2024/NĐ-CP", "12/KH-UBND"}).Draw(t, "symbol"))
		}
		if rapid.Bool().Draw(t, "hasDate") {
			d.Date = chidao.MustDate(rapid.IntRange(1990, 2030).Draw(t, "y"), rapid.IntRange(1, 12).Draw(t, "m"), rapid.IntRange(1, 28).Draw(t, "d"))
		}
		for i := range rapid.IntRange(0, 3).Draw(t, "sections") {
			d.Sections = append(d.Sections, directive.Section{
				Number:  rapid.SampledFrom([]string{"", "I", "1", "1.2", "a", "đ", "ab", "Điều 3", "z9"}).Draw(t, "sec"+strconv.Itoa(i)),
				Heading: oddText(t, "heading"),
				Items:   oddList(t, "items"),
			})
		}
		return d
	})
}
