package parser_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
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
		d.Citations = slices.Collect(cite.Find(render.Text(d)))
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

func TestDirectiveRoundTripProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := docGen().Draw(t, "doc")
		text := render.Text(d)
		got, err := parser.Parse(text)
		if err != nil {
			t.Fatalf("Parse(Render(d)) error: %v\n%s", err, text)
		}
		if diff := docDiff(d, got); diff != "" {
			t.Fatalf("Parse(Render(d)) != d: %s\n%s", diff, text)
		}
		if again := render.Text(got); again != text {
			t.Fatalf("Render is not a fixed point:\n%s\n---\n%s", text, again)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back directive.Document
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(Marshal(d)): %v", err)
		}
		if diff := docDiff(d, &back); diff != "" {
			t.Fatalf("JSON round trip: %s", diff)
		}
	})
}

func TestGeneratedDirectivesValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := docGen().Draw(t, "doc")
		if err := d.Validate(); err != nil {
			t.Fatalf("valid document: Validate() = %v\n%s", err, render.Text(d))
		}
	})
}

// Each targeted break yields exactly its code at its path.
func TestTargetedBreaks(t *testing.T) {
	type brk struct {
		name  string
		apply func(d *directive.Document) (path string, code chidao.Code, ok bool)
	}
	breaks := []brk{
		{"no title", func(d *directive.Document) (string, chidao.Code, bool) {
			d.Signature.Title = ""
			return "signature.title", chidao.CodeRequired, true
		}},
		{"no name", func(d *directive.Document) (string, chidao.Code, bool) {
			d.Signature.Name = ""
			return "signature.name", chidao.CodeRequired, true
		}},
		{"number without zero", func(d *directive.Document) (string, chidao.Code, bool) {
			s := d.Symbol.String()
			i := strings.IndexAny(s, "/-")
			d.Symbol = directive.MustParseSymbol("7" + s[i:])
			d.Number = "7"
			return "number", directive.CodeNumberZero, true
		}},
		{"archive line", func(d *directive.Document) (string, chidao.Code, bool) {
			last := len(d.Distribution) - 1
			d.Distribution[last] = "Sở Tài chính"
			return "distribution[" + strconv.Itoa(last) + "]", directive.CodeArchive, true
		}},
		{"other bloc header", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Bloc == directive.BlocParty {
				d.NationalHeader = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}
			} else {
				d.NationalHeader = []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}
			}
			return "national_header", directive.CodeHeaderBloc, true
		}},
		{"as above without recipients", func(d *directive.Document) (string, chidao.Code, bool) {
			if len(d.Recipients) > 0 || d.Type == directive.KindOfficialLetter {
				return "", "", false
			}
			d.Distribution = append([]string{"Như trên"}, d.Distribution...)
			return "distribution[0]", directive.CodeAsAbove, true
		}},
		{"collective without TM", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Bloc != directive.BlocState || !strings.HasPrefix(d.Issuer, "ỦY BAN") {
				return "", "", false
			}
			d.Signature.Authority = nil
			d.Signature.Title = "CHỦ TỊCH"
			return "signature.authority", directive.CodeSignCollective, true
		}},
		{"self citation", func(d *directive.Document) (string, chidao.Code, bool) {
			if !d.Symbol.IsValid() || d.Date.IsZero() {
				return "", "", false
			}
			d.Citations = append(d.Citations, directive.Citation{Kind: d.Type, Symbol: d.Symbol,
				Date: d.Date, Relation: directive.RelationMentions})
			return "citations[" + strconv.Itoa(len(d.Citations)-1) + "].symbol", directive.CodeCitationSelf, true
		}},
		{"công văn subject without V/v", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Type != directive.KindOfficialLetter || d.Subject == "" {
				return "", "", false
			}
			d.Repairs = append(d.Repairs, directive.Repair{Code: directive.RepairSubjectVv, Path: "subject", Line: 9,
				Original: "Về: " + d.Subject, Repaired: "V/v " + d.Subject})
			return "subject", directive.CodeSubjectVv, true
		}},
		{"type code", func(d *directive.Document) (string, chidao.Code, bool) {
			if d.Type == directive.KindOfficialLetter || d.Type == directive.KindPlan {
				return "", "", false
			}
			d.Type = directive.KindPlan
			return "symbol", directive.CodeSymbolType, true
		}},
	}
	for _, b := range breaks {
		t.Run(b.name, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				d := docGen().Draw(t, "doc")
				path, code, ok := b.apply(d)
				if !ok {
					t.Skip("break does not apply")
				}
				l := d.Check()
				if len(l) != 1 || l[0].Path != path || l[0].Code != code {
					t.Fatalf("Check() =\n%swant exactly %s at %s", l, code, path)
				}
			})
		})
	}
}
