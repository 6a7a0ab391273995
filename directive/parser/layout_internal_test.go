package parser

import (
	"github.com/chidao/chidao/directive"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A table lays out a document's parts when a cell holds one of them; the
// header printed by pdftotext -layout, with short rules under its lines,
// is not a pandoc table; a tasks table is one of the body.
func TestReadLayout(t *testing.T) {
	tests := []struct {
		name string
		text string
		rows [][]string // nil: no layout table
		end  int
	}{
		{
			name: "multiline, headerless",
			text: "  ------------------- ---------------------\n  **TM. ỦY BAN**\\     ***Nơi nhận:***\\\n  **CHỦ TỊCH**        - Như trên.\n\n  ------------------- ---------------------\nsau",
			rows: [][]string{{"TM. ỦY BAN\nCHỦ TỊCH", "Nơi nhận:\n- Như trên."}},
			end:  5,
		},
		{
			name: "grid with a ragged right edge: none",
			text: "+--------------+-----------------+\n| Số: 12/UBND\\ | *Huế, ngày 02   |\n| V/v họp      | tháng 3 năm 2024* |\n+--------------+-----------------+\n",
		},
		{
			name: "grid, cells in their columns",
			text: "+--------------+-------------------+\n| Số: 12/UBND\\ | *Huế, ngày 02     |\n| V/v họp      | tháng 3 năm 2024* |\n+--------------+-------------------+\n",
			rows: [][]string{{"Số: 12/UBND\nV/v họp", "Huế, ngày 02 tháng 3 năm 2024"}},
			end:  4,
		},
		{
			name: "pdftotext -layout: text outside the short rules",
			text: "BỘ LAO ĐỘNG - THƯƠNG BINH             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n            VÀ XÃ HỘI                          Độc lập - Tự do - Hạnh phúc\n               -------                                   ---------------\n       Số: 1499/LĐTBXH-TE\nV/v triển khai Tháng hành động vì           Hà Nội, ngày 20 tháng 04 năm 2018\n",
		},
		{
			name: "a tasks table of the body",
			text: "  TT   Nội dung            Chủ trì\n  ---- ------------------- ----------\n  1    Rà soát văn bản     Sở Tư pháp\n  2    Báo cáo kết quả     Sở Nội vụ\n\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := strings.Split(tt.text, "\n")
			for i := range lines {
				lt, ok := readLayout(lines, i)
				if i > 0 || tt.rows == nil {
					if ok {
						t.Errorf("line %d read as a layout table: %q", i, lt.Rows)
					}
					continue
				}
				if !ok {
					t.Fatalf("no layout table")
				}
				if diff := cmp.Diff(tt.rows, lt.Rows); diff != "" || lt.End != tt.end {
					t.Errorf("end %d (want %d), rows (-want +got):\n%s", lt.End, tt.end, diff)
				}
			}
		})
	}
}

func TestDropMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*Bắc Giang, ngày 02 tháng 12 năm 2013*", "Bắc Giang, ngày 02 tháng 12 năm 2013"},
		{"*Nơi nhận:*", "Nơi nhận:"},
		// a whole line's italic run with its space inside the star
		{"*Cần Thơ, ngày 05 tháng 3 năm 2025 *", "Cần Thơ, ngày 05 tháng 3 năm 2025"},
		{"** Kính gửi: Sở Y tế**", "Kính gửi: Sở Y tế"},
		{"*(Ban hành kèm theo Quyết định số 12/QĐ-UBND)*", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)"},
		{"TỈNH BẮC GIANG\\", "TỈNH BẮC GIANG"},
		{"\\-\\-\\-\\-\\-\\--", "-------"},
		{"1\\. Giao UBND xã", "1. Giao UBND xã"},
		{"Email: \\[vp@hanoi.gov.vn\\]", "Email: [vp@hanoi.gov.vn]"},
		{"hệ số 2\\*3", "hệ số 2*3"},
		// stars that are no emphasis, and backslashes that are no escape
		{"BAN CHẤP HÀNH TRUNG ƯƠNG *", "BAN CHẤP HÀNH TRUNG ƯƠNG *"},
		{"*****", "*****"},
		{"* Căn cứ Điều lệ Đảng;", "* Căn cứ Điều lệ Đảng;"},
		{"Điều 5*", "Điều 5*"},
		{"C:\\Users\\vanthu", "C:\\Users\\vanthu"},
	}
	for _, tt := range tests {
		if got := dropEscapes(dropEmphasis(tt.in)); got != tt.want {
			t.Errorf("dropEscapes(dropEmphasis(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The blanks of a form, and text that only looks like them.
func TestFormBlanks(t *testing.T) {
	dates := []struct {
		line string
		at   bool // dateAt finds a (blank) date
	}{
		{"Hà Nội, ngày tháng năm 2026", true},
		{"Nghệ An, ngày ... tháng ... năm 20..", true},
		{"ngày …… tháng …… năm 2026", true},
		{"Huế, NGÀY ___ THÁNG ___ NĂM 2026", true},
		{"ghi rõ ngày tháng năm sinh của người khai", false},
		{"Hà Nội, ngày tháng năm sinh", false},
		{"Kê khai ngày tháng năm 2026", false},
	}
	for _, tt := range dates {
		if got := dateAt(tt.line) >= 0; got != tt.at {
			t.Errorf("dateAt(%q) >= 0 = %v, want %v", tt.line, got, tt.at)
		}
	}
	numbers := []struct {
		line  string
		blank bool
	}{
		{"Số:      /TB-UBND", true},
		{"Số      -CV/TU", true},
		{"Số: .../QĐ-UBND", true},
		{"Số: 15/TB-UBND", false},
		{"Số - liệu thống kê", false},
		{"Số: /", false},
	}
	for _, tt := range numbers {
		rest, _ := cutSo(tt.line)
		if got := isBlankNumber(rest); got != tt.blank {
			t.Errorf("isBlankNumber(%q) = %v, want %v", rest, got, tt.blank)
		}
		if tt.blank && !isNumberLine(tt.line) {
			t.Errorf("isNumberLine(%q) = false", tt.line)
		}
	}
}

func TestTypedNumber(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
	}{
		{"Nghị quyết số: 45/2024/UBTVQH15", true},
		{"LUẬT SỐ: 56/2024/QH15", true},
		{"Quyết định số: 12/QĐ-UBND      Hà Nội, ngày 02 tháng 3 năm 2024", true},
		{"Quyết định số 68/2010/QĐ-UBND ngày 18/6/2010 của UBND", false}, // a citation wrapped to a line's start
		{"Công văn Số: 2728/TCT-DNL V/v: Thực hiện quy định về hóa đơn.", false},
		{"Tờ trình số: về việc", false},
		{"Số liệu số: 12", false},
	}
	for _, tt := range tests {
		if _, j := typedNumber(tt.line); (j > 0) != tt.ok {
			t.Errorf("typedNumber(%q) = %d, want found %v", tt.line, j, tt.ok)
		}
	}
}

func TestSplitFlatIssuer(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"BỘ TÀI CHÍNH TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH | TỔNG CỤC THUẾ"},
		{"BỘ NỘI VỤ VỤ TỔ CHỨC - BIÊN CHẾ", "BỘ NỘI VỤ | VỤ TỔ CHỨC - BIÊN CHẾ"},
		{"BỘ Y TẾ CỤC QUẢN LÝ DƯỢC", "BỘ Y TẾ | CỤC QUẢN LÝ DƯỢC"},
		{"ỦY BAN NHÂN DÂN TỈNH BẮC NINH SỞ TÀI CHÍNH", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH | SỞ TÀI CHÍNH"},
		{"BỘ NỘI VỤ", "BỘ NỘI VỤ"},
		{"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"},
		{"BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"},
		{"ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"},
		{"VĂN PHÒNG CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ"},
		{"ỦY BAN BẦU CỬ XÃ PHỐ BẢNG TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT", "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG | TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT"},
		{"ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH | PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"},
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ Y TẾ", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG | SỞ Y TẾ"},
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"},
		{"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ LƯƠNG MINH | BAN THƯỜNG TRỰC"},
		{"ĐẢNG ỦY XÃ PHỐ BẢNG", "ĐẢNG ỦY XÃ PHỐ BẢNG"},
	} {
		if got := strings.Join(splitFlatIssuer(c.in), " | "); got != c.want {
			t.Errorf("splitFlatIssuer(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCutSectionMarker(t *testing.T) {
	for _, c := range []struct{ in, num, heading string }{
		{"Điều 3. Chánh Văn phòng …", "Điều 3", "Chánh Văn phòng …"},
		{"II. TỔ CHỨC THỰC HIỆN", "II", "TỔ CHỨC THỰC HIỆN"},
		{"1.2. Sở Xây dựng:", "1.2", "Sở Xây dựng:"},
		{"2.1.a. Thành lập Ban Chỉ đạo", "2.1.a", "Thành lập Ban Chỉ đạo"},
		{"a) Sở Nội vụ", "a", "Sở Nội vụ"},
		{"đ) Giao Sở Xây dựng", "đ", "Giao Sở Xây dựng"},
		{"a. Bộ Xây dựng:", "a", "Bộ Xây dựng:"},
		{"b. Gửi kế hoạch hỗ trợ", "b", "Gửi kế hoạch hỗ trợ"},
		{"v.v. và các nội dung khác", "", ""},
		{"a. bổ sung", "", ""},
		{"Hà Nội, ngày 04 tháng 10", "", ""},
		// the Party's dashes
		{"I- TÌNH HÌNH VÀ NGUYÊN NHÂN", "I", "TÌNH HÌNH VÀ NGUYÊN NHÂN"},
		{"III- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"},
		{"2- Tăng cường vai trò lãnh đạo", "2", "Tăng cường vai trò lãnh đạo"},
		{"2.1- Đổi mới mạnh mẽ cơ chế quản lý", "2.1", "Đổi mới mạnh mẽ cơ chế quản lý"},
		{"2.1- 3 ngày", "", ""},
		{"2- 3 ngày làm việc", "", ""},
		{"2024- 2025", "", ""},
		// older documents' slashes
		{"I/ Đối tượng và phạm vi áp dụng", "I", "Đối tượng và phạm vi áp dụng"},
		{"3/ Trên cơ sở quy định tại điểm 1", "3", "Trên cơ sở quy định tại điểm 1"},
		{"a/ Đối với dự án đầu tư", "a", "Đối với dự án đầu tư"},
		{"15/ 5/2000", "", ""},
		{"1/ 2 số dự án", "", ""},
		{"A- TÌNH HÌNH VÀ NGUYÊN NHÂN", "A", "TÌNH HÌNH VÀ NGUYÊN NHÂN"},
		{"C- TỔ CHỨC THỰC HIỆN", "C", "TỔ CHỨC THỰC HIỆN"},
		{"A- Nguyễn Văn An", "", ""},
		{"B- 52 bay qua", "", ""},
		{"B. QUAN ĐIỂM, MỤC TIÊU", "B", "QUAN ĐIỂM, MỤC TIÊU"},
		{"A. NGUYỄN", "", ""},
	} {
		num, heading := cutSectionMarker(c.in)
		if num != c.num || heading != c.heading {
			t.Errorf("cutSectionMarker(%q) = %q, %q; want %q, %q", c.in, num, heading, c.num, c.heading)
		}
	}
}

func TestUnquote(t *testing.T) {
	for in, want := range map[string]string{
		"“VỀ VIỆC BAN HÀNH QUY CHẾ”":           "VỀ VIỆC BAN HÀNH QUY CHẾ",
		"\"Về việc tăng cường\"":               "Về việc tăng cường",
		"về việc triển khai “Tháng hành động”": "về việc triển khai “Tháng hành động”",
		"“Năm an toàn” và “Tháng hành động”":   "“Năm an toàn” và “Tháng hành động”",
		"Về phòng, chống thiên tai":            "Về phòng, chống thiên tai",
	} {
		if got := unquote(in); got != want {
			t.Errorf("unquote(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddresseesOfResponsibility(t *testing.T) {
	for in, want := range map[string][]string{
		"Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:": {"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"},
		"Nhiệm vụ của các Sở, ngành":                     {"các Sở, ngành"},
		"Đối với địa phương có khó khăn về ngân sách":    nil,
		"Đối với các bộ, ngành, cơ quan thuộc Chính phủ": {"các bộ, ngành, cơ quan thuộc Chính phủ"},
		"Đối với các cơ quan, đơn vị có liên quan":       {"các cơ quan, đơn vị có liên quan"},
		"Đối với hồ sơ đề nghị miễn giảm":                nil,
		"Trách nhiệm thi hành":                           nil,
		"Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 Nghị định số 178/2026/NĐ-CP)": {"các Bộ quản lý chuyên ngành"},
		"Đối với hồ sơ (bản chính)":                              nil,
		"Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội": {"Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"},
		"Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng":   {"Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"},
		"Cán bộ, đảng viên thực hiện nghiêm":                     nil,
		"Trách nhiệm của Văn thư cơ quan":                        {"Văn thư cơ quan"},
		"Trách nhiệm của thuê bao":                               {"thuê bao"},
		"Trách nhiệm của các bên trong việc thực hiện":           nil,
		"Tổ chức các hội nghị hiệp thương":                       nil, // a task
		"Các tổ chức chính trị - xã hội":                         {"Các tổ chức chính trị - xã hội"},
		"Tổ chức Công đoàn các cấp":                              {"Tổ chức Công đoàn các cấp"},
	} {
		if got := addresseesOf(in); !slices.Equal(got, want) {
			t.Errorf("addresseesOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTrailingBodies(t *testing.T) {
	for in, want := range map[string][]string{
		"Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.":                                        {"Bộ Xây dựng"},
		"Tài sản kết cấu hạ tầng khu công nghiệp, khu kinh tế, khu chế xuất — Bộ Tài chính.":   {"Bộ Tài chính"},
		"Tài sản kết cấu hạ tầng văn hóa, hạ tầng thể thao - Bộ Văn hóa, Thể thao và Du lịch.": {"Bộ Văn hóa, Thể thao và Du lịch"},
		"Lĩnh vực việc làm - Sở Lao động - Thương binh và Xã hội;":                             {"Sở Lao động - Thương binh và Xã hội"},
		"Hạ tầng giao thông – Sở Xây dựng, Công an tỉnh.":                                      {"Sở Xây dựng", "Công an tỉnh"},
		"Báo cáo kết quả thực hiện - năm 2024.":                                                nil,
		"Phối hợp với Sở Y tế triển khai kế hoạch.":                                            nil,
		"- Bộ Xây dựng.": nil,
		"Tổ chức hội nghị - Sở Nội vụ chủ trì, báo cáo kết quả.": nil,
	} {
		if got := trailingBodies(in); !slices.Equal(got, want) {
			t.Errorf("trailingBodies(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBlocOfSignature(t *testing.T) {
	for _, c := range []struct {
		sig  directive.Signature
		want directive.Bloc
	}{
		{directive.Signature{Authority: []string{"T/M BAN THƯỜNG VỤ"}, Title: "BÍ THƯ"}, directive.BlocParty},
		{directive.Signature{Authority: []string{"K/T BÍ THƯ"}, Title: "PHÓ BÍ THƯ"}, directive.BlocParty},
		{directive.Signature{Authority: []string{"TM. ỦY BAN NHÂN DÂN"}, Title: "CHỦ TỊCH"}, directive.BlocState},
		{directive.Signature{Title: "THỦ TƯỚNG", Name: "Nguyễn Tấn Dũng"}, directive.BlocState},
		{directive.Signature{Title: "CHỦ TỊCH"}, directive.BlocUnspecified},
	} {
		if got := blocOfSignature(c.sig); got != c.want {
			t.Errorf("blocOfSignature(%+v) = %v, want %v", c.sig, got, c.want)
		}
	}
}

func TestSplitDateLead(t *testing.T) {
	for in, want := range map[string]string{
		"Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các tỉnh, thành phố.": "Hà Nội, ngày 29 tháng 12 năm 2014 | Kính gửi: Cục Hải quan các tỉnh, thành phố.",
		"Hà Nội, ngày 29 tháng 12 năm 2014":                                             "",
		"Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014 của Quốc hội":                    "",
	} {
		if got := strings.Join(splitDateLead(in), " | "); got != want {
			t.Errorf("splitDateLead(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitTitleIssuer(t *testing.T) {
	for in, want := range map[string]string{
		"Công văn 19046/BTC-TCHQ. BỘ TÀI CHÍNH --------":                            "Công văn 19046/BTC-TCHQ. | BỘ TÀI CHÍNH --------",
		"Công văn 19046/BTC-TCHQ. Tải về":                                           "",
		"Trang chủ. VĂN BẢN PHÁP LUẬT":                                              "",
		"Số hiệu: 92/BGDĐT-GDTH Loại văn bản: Người ký: BỘ GIÁO DỤC VÀ ĐÀO TẠO ——-": "Số hiệu: 92/BGDĐT-GDTH Loại văn bản: Người ký: | BỘ GIÁO DỤC VÀ ĐÀO TẠO ——-",
		"Loại văn bản: Công văn":                                                    "",
	} {
		if got := strings.Join(splitTitleIssuer(in), " | "); got != want {
			t.Errorf("splitTitleIssuer(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitRecipientRunOn(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh đã khẩn trương chỉ đạo Sở Y tế",
			[]string{"Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Trong thời gian qua, Ủy ban nhân dân tỉnh đã khẩn trương chỉ đạo Sở Y tế"}},
		{"Kính gửi: Sở Y tế", nil},
		// a capitalised word that opens no sentence stays
		{"Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Thái Nguyên; Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên; Bảo hiểm xã hội tỉnh", nil},
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ", nil},
	} {
		if got := splitRecipientRunOn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("splitRecipientRunOn(%q)\n = %q\nwant %q", c.line, got, c.want)
		}
	}
}

func TestTrailingAuthority(t *testing.T) {
	for _, tc := range []struct{ s, parent, issuer, subject, auth string }{
		{"BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM", "", "BẢO HIỂM XÃ HỘI VIỆT NAM",
			"BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ", "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"},
		{"VỀ VIỆC BAN HÀNH DANH MỤC (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ", "", "BỘ Y TẾ", "VỀ VIỆC BAN HÀNH DANH MỤC (ĐỢT 1)", "BỘ TRƯỞNG BỘ Y TẾ"},
		{"PHÊ DUYỆT ĐỀ ÁN CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
			"PHÊ DUYỆT ĐỀ ÁN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"},
		{"BAN HÀNH KẾ HOẠCH THỦ TƯỚNG CHÍNH PHỦ", "", "THỦ TƯỚNG CHÍNH PHỦ", "BAN HÀNH KẾ HOẠCH", "THỦ TƯỚNG CHÍNH PHỦ"},
		// a people's committee enacts in its own name, in either tone placement
		{"KIỂM TRA VĂN BẢN TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG UỶ BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "", "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
			"KIỂM TRA VĂN BẢN TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG", "UỶ BAN NHÂN DÂN TỈNH HẢI DƯƠNG"},
		{"BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "", "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
			"BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", ""},
		{"GIAO CHỈ TIÊU TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG", "", "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "GIAO CHỈ TIÊU TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG", ""},
		// the subject names the post itself, or is not in capitals
		{"VỀ VIỆC ỦY QUYỀN CỦA BỘ TRƯỞNG BỘ Y TẾ", "", "BỘ Y TẾ", "VỀ VIỆC ỦY QUYỀN CỦA BỘ TRƯỞNG BỘ Y TẾ", ""},
		{"QUY ĐỊNH CHỨC NĂNG CỦA SỞ Y TẾ", "", "SỞ Y TẾ", "QUY ĐỊNH CHỨC NĂNG CỦA SỞ Y TẾ", ""},
		{"về việc ban hành quy chế Bộ trưởng Bộ Y tế", "", "BỘ Y TẾ", "về việc ban hành quy chế Bộ trưởng Bộ Y tế", ""},
	} {
		subject, auth := trailingAuthority(tc.s, tc.parent, tc.issuer)
		if subject != tc.subject || auth != tc.auth {
			t.Errorf("trailingAuthority(%q) = %q, %q; want %q, %q", tc.s, subject, auth, tc.subject, tc.auth)
		}
	}
}

// TestSubjectDanglingEnd keeps a subject in capitals going past a line
// that ends on "THUỘC", "CỦA" or "VÀ", though the next line is the
// issuer's name, which would otherwise read as the authority line.
func TestSubjectDanglingEnd(t *testing.T) {
	text := "BỘ Y TẾ\n-------\nSố: 3557/QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Hà Nội, ngày 14 tháng 11 năm 2025\nQUYẾT ĐỊNH\n" +
		"VỀ VIỆC CHO PHÉP KÝ KẾT BẢN GHI NHỚ HỢP TÁC NHÂN DANH ĐƠN VỊ TRỰC THUỘC\nBỘ Y TẾ\n" +
		"BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ;\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Cho phép ký kết.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "VỀ VIỆC CHO PHÉP KÝ KẾT BẢN GHI NHỚ HỢP TÁC NHÂN DANH ĐƠN VỊ TRỰC THUỘC BỘ Y TẾ"; d.Subject != want {
		t.Errorf("subject %q, want %q", d.Subject, want)
	}
}

// TestHeaderToneLost reads a scanned header whose labels lost a tone:
// "Sô:" for "Số:", "ngay … thang …" for "ngày … tháng …", "CÔNG HÒA" and
// "Tư do" in the national header.
func TestHeaderToneLost(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\nCÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tư do - Hạnh phúc\n---------------\n" +
		"Sô: 06/2024/QĐ-UBND\nKon Tum, ngay 25 thang 01 năm 2024\n\nQUYẾT ĐỊNH\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\n" +
		"ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
	// the same laid out a field a line, as table cells leave it
	cells := "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐôc lập - Tự do - Hạnh phuc\n---------------\n|\n" +
		"Sô:\n06/2024/QĐ-UBND\n|\nKon Tum, ngày 25\nthang 01 năm 2024\n|\nQUYẾT ĐỊNH\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\n" +
		"ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
	for _, text := range []string{text, cells} {
		d, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if d.Number != "06" || d.Date.String() != "2024-01-25" || d.Place != "Kon Tum" || d.Subject != "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ" || d.Issuer != "ỦY BAN NHÂN DÂN TỈNH KON TUM" {
			t.Errorf("number %q, date %v, place %q, subject %q, issuer %q", d.Number, d.Date, d.Place, d.Subject, d.Issuer)
		}
	}
}

// TestFlatHeaderToneLost splits a flattened header whose national header
// a scan left with tones lost.
func TestFlatHeaderToneLost(t *testing.T) {
	s := "BỘ Y TẾ ——- CÔNG HOÀ XA HỘI CHU NGHĨA VIÊT NAM Đôc lập - Tư do - Hanh phúc ————— Số: 1227/QĐ-BYT Hà Nội, ngày 11 tháng 4 năm 2025 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH DANH MỤC MÃ DÙNG CHUNG"
	want := []string{"BỘ Y TẾ ——-", "CÔNG HOÀ XA HỘI CHU NGHĨA VIÊT NAM", "Đôc lập - Tư do - Hanh phúc", "—————", "Số: 1227/QĐ-BYT",
		"Hà Nội, ngày 11 tháng 4 năm 2025", "QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH DANH MỤC MÃ DÙNG CHUNG"}
	if got := splitFlatHeader(s); !slices.Equal(got, want) {
		t.Errorf("splitFlatHeader = %q\nwant %q", got, want)
	}
}

// TestColumnsToneLost splits an issuer from the national header beside it
// when a scan lost a tone in the motto, and reads a signer's title that
// lost one.
func TestColumnsToneLost(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIÊT NAM\nTỈNH LÀO CAI                    Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 7103/UBND-TH               Lào Cai, ngày 10 tháng 7 năm 2026\nV/v triển khai thực hiện Nghị định\n\n" +
		"Kính gửi: Sở Tài chính.\n\nỦy ban nhân dân tỉnh đề nghị Sở Tài chính báo cáo trước ngày 15/7/2026.\n\n" +
		"Nơi nhận:                                KT. CHỦ TỊCH\n- Như trên;                               PHÓ CHỦ TICH\n- Lưu: VT.\n                                          Nguyễn Văn A\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	// the title's lost mark is put back, the printed form kept in a repair
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" || d.Signature.Title != "PHÓ CHỦ TỊCH" {
		t.Errorf("issuer %q, signer's title %q", d.Issuer, d.Signature.Title)
	}
	if !slices.ContainsFunc(d.Repairs, func(r directive.Repair) bool {
		return r.Code == directive.RepairRestoredTones && r.Path == "signature.title" && r.Original == "PHÓ CHỦ TICH"
	}) {
		t.Errorf("no restored_tones repair keeping the printed title: %+v", d.Repairs)
	}
}

// TestPartyHeaderScanned reads a Party conclusion's header as a scan left
// it: the star under the committee read "*+", "KÉT LUẬN" for "KẾT LUẬN",
// and a subject naming the conference over two lines in capitals.
func TestPartyHeaderScanned(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG CỘNG SẢN VIỆT NAM\n*+\n\nSố 75-KL/TW Hà Nội, ngày 28 tháng 7 năm 2026\n\n" +
		"KÉT LUẬN\nHỘI NGHỊ LÀN THỨ BA\nBAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG KHOÁ XIV\nvề bảo vệ môi trường\n\n" +
		"I- BỐI CẢNH, TÌNH HÌNH\nSau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW, công tác bảo vệ môi trường đạt kết quả.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Number != "75" || d.Type != directive.KindConclusion || d.Date.String() != "2026-07-28" ||
		d.Subject != "HỘI NGHỊ LÀN THỨ BA BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG KHOÁ XIV về bảo vệ môi trường" {
		t.Errorf("number %q, type %v, date %v, subject %q", d.Number, d.Type, d.Date, d.Subject)
	}
	if !d.HasRepair(directive.RepairMisreadLabel) {
		t.Errorf("no misread_label repair for \"KÉT LUẬN\": %+v", d.Repairs)
	}
}

// TestLooseMotto finds the motto a scan garbled between its ends.
func TestLooseMotto(t *testing.T) {
	for in, want := range map[string]string{
		"TlNH LAO CAI                                  Doc lap - Tw do - Hanh phuc": "Doc lap - Tw do - Hanh phuc",
		"TỈNH BẮC NINH   Độc lập - Tự do - Hạnh phúc":                               "Độc lập - Tự do - Hạnh phúc",
		"Giữ vững độc lập chủ quyền, xây dựng cuộc sống hạnh phúc":                  "",
	} {
		a, b := looseMotto(in)
		got := ""
		if a >= 0 {
			got = in[a:b]
		}
		if got != want {
			t.Errorf("looseMotto(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitleTailOtherBody keeps the subject a Party title's "CỦA …" line
// holds when that line names another body than the issuer.
func TestTitleTailOtherBody(t *testing.T) {
	got, ok := titleTail("CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN", []string{"BAN CHẤP HÀNH TRUNG ƯƠNG"})
	if want := "VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN"; !ok || got != want {
		t.Errorf("titleTail = %q, %v; want %q", got, ok, want)
	}
	if got, ok := titleTail("CỦA BAN THƯỜNG VỤ TỈNH ỦY", []string{"TỈNH ỦY LÀO CAI"}); !ok || got != "" {
		t.Errorf("titleTail of the body alone = %q, %v; want \"\", true", got, ok)
	}
}

// TestPartySignerTitle reads "TỔNG BÍ THƯ" under "T/M BỘ CHÍNH TRỊ" as the
// signer's title and the name under it as the name.
func TestPartySignerTitle(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 10-NQ/TW\nHà Nội, ngày 10 tháng 02 năm 2022\n\nNGHỊ QUYẾT\nVỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT\n\n" +
		"I- TÌNH HÌNH\nSau 10 năm thực hiện Nghị quyết, công tác địa chất đạt kết quả.\n\nT/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n\nNguyễn Phú Trọng\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Signature.Title != "TỔNG BÍ THƯ" || d.Signature.Name != "Nguyễn Phú Trọng" {
		t.Errorf("signature %+v", d.Signature)
	}
}

// TestBlankDate reads a form's date left blank for the clerk, the month
// printed or not, a scan's "/" in the day's blank, and nothing filled in.
func TestBlankDate(t *testing.T) {
	for in, want := range map[string]bool{
		"ngày    tháng    năm 2026":    true,
		"ngày    tháng 6 năm 2026":     true,
		"ngày / tháng 6 năm 2026":      true,
		"ngày 12 tháng 6 năm 2026":     false,
		"ngày … tháng … năm …":         true,
		"ngày    tháng 6 về việc khác": false,
	} {
		if got := isBlankDate(in); got != want {
			t.Errorf("isBlankDate(%q) = %v, want %v", in, got, want)
		}
	}
}

// An emphasis that a legal-database page runs over two lines of a cell:
// the opener starts one line, the closer ends the next.
func TestEmphasisOverLines(t *testing.T) {
	if got := dropEmphasis("*Thành phố Hồ"); got != "Thành phố Hồ" {
		t.Errorf("opener: %q", got)
	}
	if got := emphasisCloser("Chí Minh, ngày 19 tháng 11 năm 2025*"); got != "Chí Minh, ngày 19 tháng 11 năm 2025" {
		t.Errorf("closer: %q", got)
	}
	if got := emphasisCloser("Điều 5 *"); got != "Điều 5 *" {
		t.Errorf("a star after a space is no closer: %q", got)
	}
	if !isPlaceFragment("Thành phố Hồ") {
		t.Error("'Thành phố Hồ' is a place's first part")
	}
}

// A rule a scan read picks up a letter or two; a short word is no rule.
func TestIsRuleScanned(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"-------", true}, {"_e===e=", true}, {"~e=====", true}, {"_—====r", true},
		{"e.g.", false}, {"a-b", false}, {"Nnn", false}, {"Sở", false},
		// ornaments under a header's parts
		{"-:-", true}, {"---oOo---", true}, {"-o0o-", true}, {"o0o", false}, {"-Cộng-", false}, {"10:30", false},
	} {
		if got := isRule(c.s); got != c.want {
			t.Errorf("isRule(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if !vowelless("Nnn") || vowelless("Sở") || vowelless("NAM") || vowelless("") {
		t.Error("vowelless")
	}
}

// What a scan makes of list bullets and of the rules under the header's
// parts is read as a dash and as rules.
func TestScanBulletsAndRules(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"5Ö _ Các sở, ban, ngành thuộc UBND tỉnh;", len("5Ö _ ")},
		{"»ÖỒ - Các cơ sở khám bệnh, chữa bệnh.", len("»ÖỒ - ")},
		{"° _ Ủy ban nhân dân các xã, phường.", len("° _ ")},
		{"»Ö __ Bộ Lao động - Thương binh và Xã hội;", len("»Ö __ ")},
		{"5Ö Đối với các cơ sở KCB", len("5Ö ")},
		{"«ồ _ Cấp, cấp lại giấy phép", len("«ồ _ ")},
		{"» Tổ chức, cá nhân hoạt động khoáng sản", len("» ")},
		{"» thấp", 0},
		{"5 - Các sở", 0},
		{"Sở Y tế - Chủ trì", 0},
	} {
		if got := scanBullet(c.s); got != c.want {
			t.Errorf("scanBullet(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"_—====r Lào Cai, ngày 10 tháng 7 năm 2026", "Lào Cai, ngày 10 tháng 7 năm 2026"},
		{"Số: 5085/SCT-VP ~e=====", "Số: 5085/SCT-VP"},
		{"Số: 12/UBND-VP", "Số: 12/UBND-VP"},
		{"... Hà Nội", "... Hà Nội"},
	} {
		if got := trimRuleHead(trimRuleTail(c.in)); got != c.want {
			t.Errorf("trim rules of %q = %q, want %q", c.in, got, c.want)
		}
	}
}

// A scan may read the space after a point's marker as an underscore.
func TestMarkerUnderscore(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"b)_ Hướng dẫn, đôn đốc", 2}, {"2._ Tổ chức", 2}, {"12)_ Báo cáo", 3},
		{"b) Hướng dẫn", 0}, {"MA_LYDO_VVIEN", 0}, {"Sở_ Y tế", 0},
	} {
		if got := markerUnderscore(c.s); got != c.want {
			t.Errorf("markerUnderscore(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// A body's head a scan read without some marks still opens a body in an
// issuer's lines; a single word is too short to tell.
func TestStartsBodyNameBare(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"TONG CỤC THUE", true}, {"TỔNG CỤC THUẾ", true}, {"UY BAN NHAN DAN TINH", true},
		{"SO Y TE", false}, {"Tong cuc thue", false}, {"LÀO CAI", false},
		{"TONG CYC THUE", true}, {"TONG HOP SO LIEU", false}, {"BONG CUC THUE", false},
	} {
		if got := startsBodyNameBare(c.t); got != c.want {
			t.Errorf("startsBodyNameBare(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// A title a scan read with a letter doubled is a title.
func TestIsTitleDoubledLetter(t *testing.T) {
	if !isTitle(keyOf("PHO CHỦ NHIIEM")) || !isTitle(keyOf("PHÓ CHỦ NHIỆM")) || isTitle(keyOf("NHƯ TRÊN")) {
		t.Error("isTitle")
	}
	if undouble("nhiiem") != "nhiem" || undouble("số 11") != "số 11" {
		t.Errorf("undouble %q %q", undouble("nhiiem"), undouble("số 11"))
	}
}

func TestRestoreTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"_ PHO CHỦ NHIIEM", "PHÓ CHỦ NHIỆM"},
		{"PHO CHỦ TỊCH", "PHÓ CHỦ TỊCH"},
		{"'THƯ TRƯỜNG", "THỨ TRƯỞNG"}, // marks changed, not lost: the one post with these letters
		{"PHO GIAM ĐỌC .", "PHÓ GIÁM ĐỐC"},
		{"TỐNG BÍ THƯ", "TỔNG BÍ THƯ"},
		{"PHÓ CỤC TRƯỜNG", "PHÓ CỤC TRƯỞNG"},
		{"CHU TICH", "CHU TICH"}, // no marks at all: a text written without them
		{"CHỦ TỊCH", "CHỦ TỊCH"},
		{"VỤ TRƯƠNG VỤ GIAO DỤC", "VỤ TRƯƠNG VỤ GIAO DỤC"},
	} {
		p := &docParser{d: &directive.Document{}}
		got := p.restoreTitle(c.in)
		if got != c.want {
			t.Errorf("restoreTitle(%q) = %q, want %q", c.in, got, c.want)
		}
		if changed := got != c.in; changed != p.d.HasRepair(directive.RepairRestoredTones) {
			t.Errorf("restoreTitle(%q): changed %v, repair %v", c.in, changed, p.d.HasRepair(directive.RepairRestoredTones))
		}
	}
}

// TestScanHeaderWords reads what a scan makes of the number's label and of
// a type name run into its subject.
func TestScanHeaderWords(t *testing.T) {
	for _, c := range []struct {
		line string
		rest string
		ok   bool
	}{
		{"Sôí 1105/KH-ĐKT", "1105/KH-ĐKT", true},
		{"Sô? 134 /KH-UBND", "134 /KH-UBND", true},
		{"Sôí", "", false},
		{"Sôi nổi", "", false},
	} {
		rest, ok := cutSo(c.line)
		if ok != c.ok || ok && rest != c.rest {
			t.Errorf("cutSo(%q) = %q, %v; want %q, %v", c.line, rest, ok, c.rest, c.ok)
		}
	}
	kind, rest, ok := typeLine("QUYÊT ĐỊNH Kiểm tra việc chấp hành pháp luật", keyOf("QUYÊT ĐỊNH Kiểm tra việc chấp hành pháp luật"))
	if !ok || kind != directive.KindDecision || rest != "Kiểm tra việc chấp hành pháp luật" {
		t.Errorf("typeLine: %v %q %v", kind, rest, ok)
	}
	if _, _, ok := typeLine("QUYÊT ĐỊNH SỐ 12", keyOf("QUYÊT ĐỊNH SỐ 12")); ok {
		t.Errorf("a type name in capitals before more capitals is no type line with its subject")
	}
	// the number after the date on one flattened line
	parts := splitDateLead("Lào Cai, ngày 10 tháng 3 năm 2026 Sôí 1105/KH-ĐKT KẾ HOẠCH Kiểm tra việc chấp hành")
	if want := []string{"Lào Cai, ngày 10 tháng 3 năm 2026", "Sôí 1105/KH-ĐKT", "KẾ HOẠCH", "Kiểm tra việc chấp hành"}; !slices.Equal(parts, want) {
		t.Errorf("splitDateLead: %q, want %q", parts, want)
	}
}

func TestSplitTypeRun(t *testing.T) {
	got := splitTypeRun("CHỈ THỊ VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ Trong suốt thời kỳ kháng chiến, …")
	want := []string{"CHỈ THỊ", "VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ", "Trong suốt thời kỳ kháng chiến, …"}
	if !slices.Equal(got, want) {
		t.Errorf("splitTypeRun: %q, want %q", got, want)
	}
	for _, s := range []string{
		"CHỈ THỊ VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ", // no sentence after it
		"CHỈ THỊ SỐ 12 Trong suốt …",                      // two words only
		"Chỉ thị về việc thực hiện công tác đào tạo nghề",
	} {
		if got := splitTypeRun(s); got != nil {
			t.Errorf("splitTypeRun(%q) = %q, want nil", s, got)
		}
	}
}

func TestInterleavedTail(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"KT. CỤC TRƯỞNG - Như trên; PHÓ CỤC TRƯỞNG - TT Trương Thanh Hoài (để b/c);",
			[]string{"KT. CỤC TRƯỞNG", "- Như trên;", "PHÓ CỤC TRƯỞNG", "- TT Trương Thanh Hoài (để b/c);"}},
		{"GIÁM ĐỐC - UBND tỉnh (để báo cáo);", []string{"GIÁM ĐỐC", "- UBND tỉnh (để báo cáo);"}},
		{"- Như trên; KT. BỘ TRƯỞNG - Bộ Lao động - Thương binh và Xã hội;",
			[]string{"- Như trên;", "KT. BỘ TRƯỞNG", "- Bộ Lao động - Thương binh và Xã hội;"}},
		{"- Lãnh đạo VP; PHÓ CHỦ TỊCH - Sở Y tế; Nguyễn Thế Phước - Lưu: VT.",
			[]string{"- Lãnh đạo VP;", "PHÓ CHỦ TỊCH", "- Sở Y tế;", "Nguyễn Thế Phước", "- Lưu: VT."}},
		{"- Bộ Lao động - Thương binh và Xã hội;", nil},
		{"- Như trên; - THƯỜNG TRỰC TỈNH ỦY; - Lưu: VT.", nil}, // an entry in capitals is no part of the block
		{"- Như trên; - Lưu: VT.", nil},
	} {
		if got := interleaved(c.in); !slices.Equal(got, c.want) {
			t.Errorf("interleaved(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSpacedScanParagraph reads a scan that put a blank line under every
// line: a name its wrap broke goes on over the blank line, so that the
// closing that informs is one paragraph and asks nothing.
func TestSpacedScanParagraph(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1414/TCT-CS\nHà Nội, ngày 24 tháng 4 năm 2013\nV/v chính sách thu tiền sử dụng đất\n\nKính gửi: Cục Thuế tỉnh Hà Tĩnh\n\n" +
		"Trả lời công văn số 21/CT-THDT của Cục Thuế tỉnh Hà Tĩnh về chính sách thu tiền sử\n\n" +
		"dụng đất đối với hộ gia đình, Tổng cục Thuế có ý kiến như sau: theo quy định tại Nghị\n\n" +
		"định số 198/2004/NĐ-CP thì hộ gia đình được miễn tiền sử dụng đất khi đủ điều kiện.\n\n" +
		"Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà\n\n" +
		"Tĩnh chỉ đạo các cơ quan liên quan giải quyết theo đúng quy định của pháp\n\n" +
		"luật./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, n := range d.Body {
		if strings.HasPrefix(n.Text, "Tổng cục Thuế thông báo") {
			found = true
			if !strings.Contains(n.Text, "tỉnh Hà Tĩnh chỉ đạo") {
				t.Errorf("the closing broke at the name: %q", n.Text)
			}
		}
	}
	if !found && !strings.Contains(d.Closing, "tỉnh Hà Tĩnh chỉ đạo") {
		t.Errorf("no closing paragraph: body %+v, closing %q", d.Body, d.Closing)
	}
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Tổng cục Thuế thông báo") && strings.HasSuffix(o.Text, "tỉnh Hà") {
			t.Errorf("an obligation from the broken line: %q", o.Text)
		}
	}
}

func TestMisreadKinhGui(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Kính gưi: Sở Công Thương", true},
		{"Kinh gứi: Sở Công Thương", true},
		{"Kính gửi: Sở Công Thương", false}, // as written: no misreading
		{"Kính gưi Sở Công Thương", false},  // no colon, no label
		{"Kinh giữ: x", false},
	} {
		if got := misreadKinhGui(c.s); got != c.want {
			t.Errorf("misreadKinhGui(%q) = %v", c.s, got)
		}
	}
	if i := indexMisreadKinhGui("lòng hồ thủy điện Kính gưi: Sở Công Thương"); i != len("lòng hồ thủy điện ") {
		t.Errorf("indexMisreadKinhGui = %d", i)
	}
	d, err := Parse("SỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/SYT-VP\nHuế, ngày 2 tháng 3 năm 2024\nV/v báo cáo\nKính gưi: Bệnh viện Trung ương Huế\nĐề nghị Bệnh viện báo cáo.\n")
	if err != nil || !slices.Equal(d.Recipients, []string{"Bệnh viện Trung ương Huế"}) || !d.HasRepair(directive.RepairMisreadLabel) {
		t.Errorf("recipients %q, err %v, repairs %+v", d.Recipients, err, d.Repairs)
	}
	// marks a scan left after a type name are no subject
	if kind, rest, ok := typeLine("QUYẾT ĐỊNH - : - : ¬", keyOf("QUYẾT ĐỊNH - : - : ¬")); !ok || kind != directive.KindDecision || rest != "" {
		t.Errorf("typeLine: %v %q %v", kind, rest, ok)
	}
}

// TestRestoreIssuerName writes back the marks a scan lost in the issuer's
// name, and leaves a text written without marks as printed.
func TestRestoreIssuerName(t *testing.T) {
	head := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 9387/UBND-KT\nLào Cai, ngày 15 tháng 9 năm 2026\nV/v triển khai thực hiện Chương trình\nKính gửi: Các Sở, ban, ngành thuộc tỉnh\nỦy ban nhân dân tỉnh đề nghị các Sở thực hiện.\n"
	d, err := Parse("ỦY BAN NHÂN DÂN TỈNH\nLAO CAI\n" + head)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" || !slices.ContainsFunc(d.Repairs, func(r directive.Repair) bool {
		return r.Code == directive.RepairRestoredTones && r.Path == "issuer" && r.Original == "ỦY BAN NHÂN DÂN TỈNH LAO CAI"
	}) {
		t.Errorf("issuer %q, repairs %+v", d.Issuer, d.Repairs)
	}
	bare := "UY BAN NHAN DAN TINH LAO CAI\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\nSo: 9387/UBND-KT\nLao Cai, ngay 15 thang 9 nam 2026\nV/v trien khai thuc hien Chuong trinh\nKinh gui: Cac So, ban, nganh thuoc tinh\nUy ban nhan dan tinh de nghi cac So thuc hien.\n"
	if d, _ := Parse(bare); d == nil || d.Issuer != "UY BAN NHAN DAN TINH LAO CAI" {
		t.Errorf("a text without marks: issuer %v", d)
	}
}

func TestRestoreTinh(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ỦY BAN NHÂN DÂN TĨNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"},
		{"TÍNH ỦY LÀO CAI", "TỈNH ỦY LÀO CAI"},
		{"BAN TINH GỌN BỘ MÁY", "BAN TINH GỌN BỘ MÁY"}, // "tinh" before no province: as printed
		{"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"},
		{"ĐẢNG ỦY ỦY BAN NHÂN DÂN TĨNH", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"},
		{"BỘ TƯ LỆNH QUÂN KHU TĨNH", "BỘ TƯ LỆNH QUÂN KHU TĨNH"}, // not after "nhân dân": as printed
	} {
		if got, _ := restoreTinh(c.in); got != c.want {
			t.Errorf("restoreTinh(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	p := &docParser{d: &directive.Document{}}
	if got := p.restoreName("issuer", "TỔNG CỤC THUE —"); got != "TỔNG CỤC THUẾ" {
		t.Errorf("restoreName: %q", got)
	}
	// a whole central body's name whose marks a scan changed
	for in, want := range map[string]string{
		"THU TƯỜNG CHÍNH PHÙ":            "THỦ TƯỚNG CHÍNH PHỦ",
		"BỘ TẢI CHÍNH":                   "BỘ TÀI CHÍNH",
		"ỦY BẠN NHÂN DÂN TỈNH LÀO CAI":   "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
		"BAN CHẬP HÀNH TRỤNG ƯƠNG":       "BAN CHẤP HÀNH TRUNG ƯƠNG",
		"SỞ NÔNG NGHIỆP VÀ MỖI TRƯỜNG":   "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
		"BỘ Y TẾ ——-„":                   "BỘ Y TẾ",
		"UỶ BAN NHÂN DÂN HUYỆN ĐÔNG ANH": "UỶ BAN NHÂN DÂN HUYỆN ĐÔNG ANH", // the other tone placement: as printed
		"BỘ TÀI CHÍNH":                   "BỘ TÀI CHÍNH",
		"BAN TUYÊN GIÁO TÌNH":            "BAN TUYÊN GIÁO TÌNH", // no known whole name: as printed
		"_ BQ TAI CHÍNH":                 "BỘ TÀI CHÍNH",        // a speck before it, the Ộ read as a Q
		"„ TỔNG CỤC THUẾ":                "TỔNG CỤC THUẾ",
		"THỦ TƯỚNG CHÍNHPHỦ":             "THỦ TƯỚNG CHÍNH PHỦ", // two words run together
		"ỦY BANNHÂN DÂN TỈNH LÀO CAI":    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
		"SỞ GIAO THÔNG VẬN TẢI":          "SỞ GIAO THÔNG VẬN TẢI",
	} {
		if got := p.restoreName("issuer", in); got != want {
			t.Errorf("restoreName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDoubledTitle(t *testing.T) {
	title, rest, ok := doubledTitle("Nhiệm vụ và quyền hạn của Đoàn kiểm tra Đoàn kiểm tra thực hiện nhiệm vụ theo quy định, trong đó tập trung:")
	if !ok || title != "Nhiệm vụ và quyền hạn của Đoàn kiểm tra" || rest != "Đoàn kiểm tra thực hiện nhiệm vụ theo quy định, trong đó tập trung:" {
		t.Errorf("doubledTitle: %q | %q | %v", title, rest, ok)
	}
	for _, s := range []string{
		"Trách nhiệm của Sở Y tế",                      // a title alone
		"Hiệu lực thi hành",                            // no doubled words
		"Sở Y tế, Sở Y tế dự phòng phối hợp thực hiện", // the copy opens the text: no title before it
	} {
		if _, _, ok := doubledTitle(s); ok {
			t.Errorf("doubledTitle(%q) cut", s)
		}
	}
}

// TestIssuerInMotto reads a scan's header rows that a reflowed page ran
// together, the issuer's column between the tiêu ngữ's last two words.
func TestIssuerInMotto(t *testing.T) {
	text := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\n„ - - „ VIỆT NAM Độc lập - Tự do - Hạnh\nTHU TƯỜNG CHÍNH PHÙ ——- phúc —————\n" +
		"Số: 13/CT-TTg Hà Nội, ngày 02 tháng 5 năm 2024\nCHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON NHẰM\n" +
		"THỰC HIỆN ĐÓNG GÓP DO QUỐC GIA TỰ QUYẾT ĐỊNH Thực hiện cam kết về giảm phát thải, Thủ tướng Chính phủ yêu cầu: 1. Các Bộ: Công\n" +
		"Thương, Xây dựng: a) Khẩn trương ban hành kế hoạch giảm phát thải, hoàn thành trong Quý III năm 2024; b)\n" +
		"Chủ trì tuyên truyền về các mục tiêu giảm phát thải. 2. Bộ Tài nguyên và Môi trường: a) Khẩn trương xây dựng\n" +
		"hệ thống đăng ký quốc gia; b) Chủ trì, phối hợp với các Bộ xây dựng Nghị định. 3. Bộ Tài chính: a) Chủ trì xây dựng\n" +
		"cơ chế tài chính; b) Hướng dẫn quản lý thu.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "THỦ TƯỚNG CHÍNH PHỦ" || d.Symbol.String() != "13/CT-TTg" || d.Place != "Hà Nội" || d.Type != directive.KindDirective {
		t.Errorf("issuer %q, symbol %q, place %q, type %v", d.Issuer, d.Symbol.String(), d.Place, d.Type)
	}
	if b, e := issuerInMotto("Độc lập - Tự do - Hạnh phúc Số: 12", 0); b != 0 || e != 0 {
		t.Errorf("issuerInMotto of a whole motto: %d, %d", b, e)
	}
}

func TestDropEndSpecks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"CHO CON LIỆT SĨ, :", "CHO CON LIỆT SĨ,"},
		{"NHẦN, GIẢI x=", "NHẦN, GIẢI"},
		{"CẬP HUYỆN, _- :", "CẬP HUYỆN,"},
		{"theo quy định của Luật KBCB „", "theo quy định của Luật KBCB"},
		{"kết luận như sau:", "kết luận như sau:"},             // a lead-in's colon, glued
		{"tuyến Metro Bến Thành -", "tuyến Metro Bến Thành -"}, // a dash between names
		{"Chỉ thị số 24-", "Chỉ thị số 24-"},
		{"(Đợt 1)", "(Đợt 1)"},
		{"„ _", "„ _"}, // nothing but specks: left to the other rules
		{"PHÊ DUYỆT QUY . - „", "PHÊ DUYỆT QUY"},
		{"VÀ XÃ HỘI, UBND : : :", "VÀ XÃ HỘI, UBND"},
		{"các loại phí, lệ phí ...", "các loại phí, lệ phí ..."}, // "and so on"
	} {
		if got, _ := dropEndSpecks(c.in); got != c.want {
			t.Errorf("dropEndSpecks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	d, err := Parse("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 31/CT-TTg\nHà Nội, ngày 2 tháng 11 năm 2012\n\nCHỈ THỊ\n\n" +
		"VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM\nCHO CON LIỆT SĨ, :\n\nCON THƯƠNG BINH NẶNG, CON BỆNH BINH NẶNG\n\nTrong suốt thời kỳ kháng chiến, các cấp đã luôn quan tâm.\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ, CON THƯƠNG BINH NẶNG, CON BỆNH BINH NẶNG"; d.Subject != want || !d.HasRepair(directive.RepairScanSpecks) {
		t.Errorf("subject %q, repairs %+v", d.Subject, d.Repairs)
	}
}

func TestTRoman(t *testing.T) {
	for in, want := range map[string]string{
		"TII- NHIEM VỤ VÀ GIAI PHÁP CHỦ YEU": "III",
		"TI. MỤC TIÊU":                       "II",
		"TII- nhiệm vụ":                      "", // no heading in capitals
		"TIÊU CHÍ ĐÁNH GIÁ":                  "",
		"TIII. KẾT QUẢ":                      "",
		"T- TỔNG HỢP":                        "",
	} {
		if got := tRoman(in); got != want {
			t.Errorf("tRoman(%q) = %q, want %q", in, got, want)
		}
	}
	for h, want := range map[string]bool{
		"NHIEM VỤ VÀ GIAI PHÁP CHỦ YEU": true,
		"NHIỆM VỤ VÀ GIẢI PHÁP":         true,
		"NHIEM VU":                      true,
		"NHÂN VẬT":                      false,
		"Giai đoạn 2021-2025":           false,
	} {
		if got := taskHeading(h); got != want {
			t.Errorf("taskHeading(%q) = %v", h, got)
		}
	}
}

func TestScannedSeparatorAndScrap(t *testing.T) {
	for in, want := range map[string]bool{
		"|—l—]": true, "|[—]-]|": true, "|—]—] :": true, "|---|---|": true,
		"| Số: 13/CT-TTg | Hà Nội |": false, "|—l—] Kính gửi": false, "— — —": false, "[1]": false,
	} {
		if got := scannedSeparator(in); got != want {
			t.Errorf("scannedSeparator(%q) = %v", in, got)
		}
	}
	for in, want := range map[string]bool{"l :": true, "- l": true, ": I .": true, "„ 3": true, "VỀ VIỆC": false, "SỐ 5": false, "V/v": false, "15": false} {
		if got := scanScrap(in); got != want {
			t.Errorf("scanScrap(%q) = %v", in, got)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Số: 8424/VPCP-KTTH V/v: trợ cấp một Hà Nội , ngày 27 tháng 10 năm", "2014", true},
		{"Số: 5129/QĐ-UBND TP. Hồ Chí Minh, ngày 26 tháng 11", "năm 2008", true},
		{"Hà Nội, ngày 26 tháng 11 năm 2008", "năm 2009", false},
		{"Kế hoạch năm", "2014", false}, // no day and month
		{"ngày 26 tháng 11", "năm nay", false},
	} {
		if got := yearWrapped(c.a, c.b); got != c.want {
			t.Errorf("yearWrapped(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestLetterWords(t *testing.T) {
	for s, want := range map[string]int{"2": 0, "1883/QĐ-": 1, "Báo cáo": 2, "a) b)": 0, "Sở Y tế chủ trì": 2} {
		if got := letterWords(s); got != want {
			t.Errorf("letterWords(%q) = %d, want %d", s, got, want)
		}
	}
	p := &docParser{d: &directive.Document{}}
	p.assign("body[0]", "1883/QĐ-", []string{"Sở Công Thương"})
	p.assign("body[1]", "2", []string{"Sở Công Thương"})
	if len(p.d.Obligations) != 0 {
		t.Errorf("obligations of a page number and a symbol's half: %+v", p.d.Obligations)
	}
	p.assign("body[2]", "Chủ trì tham mưu thực hiện.", []string{"Sở Công Thương"})
	if len(p.d.Obligations) != 1 {
		t.Errorf("an inherited task: %d obligations", len(p.d.Obligations))
	}
}

func TestTailScanPieces(t *testing.T) {
	for in, want := range map[string]int{
		"- Như nt 2 PHÓ TỎNG CỤC TRƯỞNG": len("- Như nt 2 "),
		"- Như trên PHÓ CHỦ TỊCH":        len("- Như trên "),
		"- Sở Y tế":                      0,
		"- UBND TỈNH PHÓ CHỦ TỊCH":       0, // all in capitals: no entry in lower case before it
		"- Lưu: VT, VX. Nguyễn Văn A":    0,
	} {
		if got := trailingTitle(in); got != want {
			t.Errorf("trailingTitle(%q) = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]int{
		"Văn phòng Tổng Bí thư; i":    len("Văn phòng Tổng Bí thư;"),
		"Lưu VT, TTKT. ,„_ ồ":         len("Lưu VT, TTKT."),
		"Luu: VT; TTr G9) w":          len("Luu: VT; TTr G9)"),
		"Lưu: VT, NN (2). Kh":         -1,                           // the typist's initials
		"Lưu: VT, TH. 13":             -1,                           // a number
		"Lưu: Văn thư,KTTH(2b) 233":   len("Lưu: Văn thư,KTTH(2b)"), // a number after the copies' count
		"Sở Tài chính (để thực hiện)": -1,
		"Các Bộ: Tài chính; Nội vụ":   -1, // a word of three letters or more
	} {
		if got := entryDust(in); got != want {
			t.Errorf("entryDust(%q) = %d, want %d", in, got, want)
		}
	}
	if got := interleaved("KT. TONG CỤC TRƯỞNG - Như trên; — PHO TONG CUC TRUONG - Vụ Pháp chế - BTC,"); !slices.Contains(got, "PHO TONG CUC TRUONG") {
		t.Errorf("interleaved: %q", got)
	}
}

func TestAlignedCells(t *testing.T) {
	for in, want := range map[string]string{
		"-------- | ĐẢNG CỘNG SẢN VIỆT NAM --------------- | | :---- | :----": "ĐẢNG CỘNG SẢN VIỆT NAM",
		"| Số: 20-NQ/TW | :---: | Hà Nội, ngày 01 tháng 11 năm 2012 |":        "Số: 20-NQ/TW | Hà Nội, ngày 01 tháng 11 năm 2012",
		"| Số: 20-NQ/TW | Hà Nội, ngày 01 tháng 11 năm 2012 |":                "", // no alignment marks: a row as it is
		"Kinh tế - xã hội | tăng trưởng --- ổn định":                          "",
	} {
		got, ok := alignedCells(in)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("alignedCells(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIssuerScrap(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"II", true}, {"LÓ", true}, {"HỘI CHỦ NGHĨA VIỆT NAM", true}, {"CỌỘNG HÓA XÃ HỘI", true},
		{"CỌỘNG HÓA XÃ HỘI CHU NGHĨA VIẸT NAM", true},
		{"BỘ", false}, {"SỞ", false}, {"BỘ Y TẾ", false}, {"BAN VĂN HÓA - XÃ HỘI", false},
		{"ỦY BAN NHÂN DÂN", false}, {"BẢO HIỂM XÃ HỘI VIỆT NAM", false}, {"TỈNH ỦY LÀO CAI", false},
	} {
		if got := issuerScrap(c.t); got != c.want {
			t.Errorf("issuerScrap(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestUnitOf(t *testing.T) {
	for _, c := range []struct {
		issuer, body string
		want         bool
	}{
		{"Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh", true},
		{"Ủy ban nhân dân tỉnh Khánh Hòa", "UBND tỉnh", true},
		{"Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân Thành phố", true},
		{"Ủy ban nhân dân huyện Cam Lâm", "Ủy ban nhân dân tỉnh", false},
		{"Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân", false},
		{"Sở Nội vụ tỉnh Khánh Hòa", "Sở Nội vụ", false},
	} {
		if got := unitOf(keyOf(c.issuer), keyOf(c.body)); got != c.want {
			t.Errorf("unitOf(%q, %q) = %v, want %v", c.issuer, c.body, got, c.want)
		}
	}
}

func TestTrimEntry(t *testing.T) {
	for in, want := range map[string]string{
		"Như trên;":        "Như trên",
		"Như nt 2":         "Như nt", // a scan's footnote mark
		"Như trên 3;":      "Như trên",
		"Như Điều 3;":      "Như Điều 3",
		"UBND Quận 1;":     "UBND Quận 1",
		"Lưu: VT, KGVX./.": "Lưu: VT, KGVX",
	} {
		if got := trimEntry(in); got != want {
			t.Errorf("trimEntry(%q) = %q, want %q", in, got, want)
		}
	}
}

// The V/v label as printed and as scans read it; words that open with a
// V are no label.
func TestVvLen(t *testing.T) {
	for _, c := range []struct {
		t    string
		want int
	}{
		{"V/v triển khai", 3}, {"v/v triển khai", 3}, {"VWw triển khai", 3}, {"V/w triển khai", 3},
		{"VW thực hiện chống thất thu", 2}, {"Vv tăng cường", 2},
		{"Về việc triển khai", 0}, {"Văn phòng", 0}, {"VV TRIỂN KHAI", 0}, {"V. TỔ CHỨC THỰC HIỆN", 0}, {"V/ triển khai", 0}, {"VW", 0},
	} {
		if got := vvLen(c.t); got != c.want {
			t.Errorf("vvLen(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// A scan's specks between the Nơi nhận label and the signer's column
// beside it go; an entry's dash and words stay.
func TestDropLeadSpecks(t *testing.T) {
	for in, want := range map[string]string{
		"ÿ . ; KT.TONG CUC TRUONG":  "KT.TONG CUC TRUONG",
		"\\f „ KT. TỔNG CỤC TRƯỞNG": "KT. TỔNG CỤC TRƯỞNG",
		"} - KT. TỔNG CỤC TRƯỞNG":   "- KT. TỔNG CỤC TRƯỞNG",
		"- Như trên;":               "- Như trên;",
		"Như trên;":                 "Như trên;",
		"(để b/c);":                 "(để b/c);",
		"2 Sở Y tế":                 "2 Sở Y tế",
		". ;":                       "",
		"– Như trên;":               "– Như trên;",
	} {
		if got := dropLeadSpecks(in); got != want {
			t.Errorf("dropLeadSpecks(%q) = %q, want %q", in, got, want)
		}
	}
}

// A full line that a label's colon ends goes on in lower case on the next
// line; a list's lead-in does not.
func TestLabelWrap(t *testing.T) {
	for in, want := range map[string]bool{
		"Báo cáo của sở xin gửi về Vụ Giáo dục chuyên nghiệp và theo địa chỉ Email:": true,
		"… ưu tiên phát triển các ngành:":                                            true,
		"Đề nghị các đơn vị thực hiện như sau:":                                      false,
		"Hồ sơ gồm:": false,
		"Cụ thể:":    false,
		"Báo cáo gửi về Sở Y tế trước ngày 10/5.": false,
	} {
		if got := labelWrap(in); got != want {
			t.Errorf("labelWrap(%q) = %v, want %v", in, got, want)
		}
	}
	const text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3234/BGDĐT-GDCN\nHà Nội, ngày 15 tháng 5 năm 2013\nV/v báo cáo tình hình đào tạo\nKính gửi: Các sở giáo dục và đào tạo\n" +
		"Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo báo cáo về tình hình mở\nngành, đào tạo và sử dụng giáo viên tiểu học của địa phương từ nay đến năm 2015.\n" +
		"Báo cáo của sở xin gửi về Vụ Giáo dục chuyên nghiệp, 49 Đại Cồ Việt, Hà Nội, thư điện tử:\nvbtoan@moet.edu.vn trước ngày 25/5/2013.\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG\nNguyễn Văn A\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var due int
	for _, o := range d.Obligations {
		if o.Due != nil && o.Due.Date.String() == "2013-05-25" {
			due++
		}
	}
	if due != 1 {
		t.Errorf("no obligation due 2013-05-25 among %d: the line after the label's colon was cut off", len(d.Obligations))
	}
}

// A hard wrap that leaves an acronym at a line's start goes on the
// sentence; a heading in capitals does not.
func TestAcronymLead(t *testing.T) {
	for in, want := range map[string]bool{
		"NSNN.": true, "UBND tỉnh để tổng hợp.": true, "TP Hà Nội": false,
		"TỔ CHỨC THỰC HIỆN": false, "BAN CHỈ ĐẠO": false, "Sở Y tế": false,
	} {
		if got := acronymLead(in); got != want {
			t.Errorf("acronymLead(%q) = %v, want %v", in, got, want)
		}
	}
	const text = "TỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 4800/TCT-TTr\nHà Nội, ngày 17 tháng 10 năm 2016\nV/v tăng cường công tác thanh tra\nKính gửi: Cục Thuế các tỉnh, thành phố.\n" +
		"Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện tốt một số nội dung sau:\n" +
		"1/ Tăng cường chỉ đạo đôn đốc số thu nộp vào NSNN các khoản tiền thuế phải nộp sau\nthanh tra, kiểm tra. Theo đó, mỗi đoàn thanh tra phải phối hợp với bộ phận quản lý nợ thuế\ntheo dõi, đôn đốc người nộp thuế nộp tiền thuế truy thu sau thanh tra, kiểm tra vào\nNSNN.\n" +
		"2/ Các đoàn thanh tra, kiểm tra trong quá trình thanh tra phải công khai kết luận thanh tra.\n"
	d, _ := Parse(text)
	var walk func(ns []directive.Node)
	walk = func(ns []directive.Node) {
		for _, n := range ns {
			if n.Text == "NSNN." {
				t.Errorf("the wrapped acronym stands alone: %+v", d.Body)
			}
			walk(n.Children)
		}
	}
	walk(d.Body)
}

// lowerParen, symbolBroken and opensSymbolTail join a scan's broken
// lines; they refuse what only looks like them: markers, a dash that
// ends a word, a sentence.
func TestScanBreakShapes(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"(sau đây gọi là Bộ)", true},
		{"(kèm theo danh sách)", true},
		{"(a) Sở Tài chính", false},
		{"(ii) Giao tài sản", false},
		{"(đ) Phối hợp", false},
		{"(Kèm theo Quyết định số 5)", false},
		{"sau đây", false},
	} {
		if got := lowerParen(c.line); got != c.want {
			t.Errorf("lowerParen(%q) = %v", c.line, got)
		}
	}
	for _, c := range []struct {
		para string
		want bool
	}{
		{"… hiệu quả Nghị định số 178/2026/NĐ-", true},
		{"… Quyết định số 15/QĐ-", true},
		{"… Bộ Lao động -", false},
		{"… Lao động-", false},
		{"… ngày 04/10/2023", false},
	} {
		if got := symbolBroken(c.para); got != c.want {
			t.Errorf("symbolBroken(%q) = %v", c.para, got)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"CP, Bộ Tài chính đề nghị", true},
		{"UBND ngày 5/3/2024", true},
		{"TTg.", true},
		{"Chính phủ đề nghị", false},
		{"cp, bộ", false},
	} {
		if got := opensSymbolTail(c.line); got != c.want {
			t.Errorf("opensSymbolTail(%q) = %v", c.line, got)
		}
	}
	for _, c := range []struct {
		para string
		want bool
	}{
		{"… khoản 1 Điều 48 Nghị định số", true},
		{"… Nghị định SỐ", true},
		{"… Nghị định sô", true},
		{"… tổng số", true},
		{"số", false},
		{"… số liệu", false},
	} {
		if got := asksNumber(c.para); got != c.want {
			t.Errorf("asksNumber(%q) = %v", c.para, got)
		}
	}
}

func TestScanMarkerShapes(t *testing.T) {
	for _, c := range []struct {
		line string
		n    int
		ok   bool
	}{
		{"5, Chủ trì, phối hợp", 5, true},
		{"12, Phối hợp", 12, true},
		{"5, 6 và 7", 0, false},
		{"2024, năm", 0, false},
		{"5,Chủ trì", 0, false},
		{"0, Không", 0, false},
	} {
		n, _, ok := commaNumber(c.line)
		if n != c.n || ok != c.ok {
			t.Errorf("commaNumber(%q) = %d, %v", c.line, n, ok)
		}
	}
	for _, c := range []struct {
		line, num string
		ok        bool
	}{
		{"II TỔ CHỨC THỰC HIỆN", "II", true},
		{"IV KINH PHÍ THỰC HIỆN", "IV", true},
		{"II Tổ chức thực hiện", "", false},
		{"X ĐỒNG", "", false},
		{"IIII TỔ CHỨC THỰC HIỆN", "", false},
		{"IN ẤN TÀI LIỆU", "", false},
	} {
		num, _, ok := bareRoman(c.line)
		if num != c.num || ok != c.ok {
			t.Errorf("bareRoman(%q) = %q, %v", c.line, num, ok)
		}
	}
}

// A heading "Đối với" a place addresses its government; one that states
// a case does not.
func TestAddresseesOfLocality(t *testing.T) {
	for _, c := range []struct {
		heading string
		want    []string
	}{
		{"Đối với Thủ đô Hà Nội", []string{"Thủ đô Hà Nội"}},
		{"Đối với tỉnh Lào Cai:", []string{"tỉnh Lào Cai"}},
		{"Đối với thành phố Hồ Chí Minh", []string{"thành phố Hồ Chí Minh"}},
		{"Đối với tỉnh có rừng", nil},
		{"Đối với xã", nil},
		{"Đối với thành phố trực thuộc trung ương", nil},
		{"Đối với các bộ, ngành, cơ quan thuộc Chính phủ", []string{"các bộ, ngành, cơ quan thuộc Chính phủ"}},
	} {
		if got := addresseesOf(c.heading); !slices.Equal(got, c.want) {
			t.Errorf("addresseesOf(%q) = %q, want %q", c.heading, got, c.want)
		}
	}
}

func TestPlaceWithoutSpecks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hà Nội", "Hà Nội"},
		{";ghệ An", "ghệ An"},
		{"Qu;\\\\\\ảng Ngãi", "Quảng Ngãi"},
		{"TP. Hồ Chí Minh", "TP. Hồ Chí Minh"},
		{"Thừa Thiên - Huế", "Thừa Thiên - Huế"},
		{"Phan Rang-Tháp Chàm", "Phan Rang-Tháp Chàm"},
		{"*Hà Nội*", "Hà Nội"},
		{"Buôn Ma Thuột | ", "Buôn Ma Thuột"},
	} {
		if got := placeWithoutSpecks(c.in); got != c.want {
			t.Errorf("placeWithoutSpecks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A tab after a list's marker is a space; a table's row keeps its tabs.
func TestMarkerTabs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1.\tSở Y tế chủ trì.\n", "1. Sở Y tế chủ trì.\n"},
		{"\ta)\tPhối hợp với Sở Tài chính.\n", "\ta) Phối hợp với Sở Tài chính.\n"},
		{"-\tBáo cáo trước ngày 15/12.\n+\tTổng hợp.", "- Báo cáo trước ngày 15/12.\n+ Tổng hợp."},
		{"1.\tHoàn thiện dự thảo\tBộ Tư pháp\t2024\n", "1.\tHoàn thiện dự thảo\tBộ Tư pháp\t2024\n"},
		{"Nơi\tnhận:\n", "Nơi\tnhận:\n"},
		{"TT\tNội dung\n", "TT\tNội dung\n"},
	} {
		got := markerTabs(c.in)
		if got != c.want {
			t.Errorf("markerTabs(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("markerTabs(%q): length %d, want %d", c.in, len(got), len(c.in))
		}
	}
}

// A date line holds the place and the date; a line a wrap opened with a
// date goes on its sentence.
func TestIsDateLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Hà Nội, ngày 04 tháng 10 năm 2023", true},
		{"ngày 04 tháng 10 năm 2023", true},
		{"ngày 04 tháng 10 năm 2023.", true},
		{"Ngày 28 tháng 12 năm 2007 |", true},
		{"ngày 19 tháng 7 năm 2017 của Ban Bí thư Trung ương Đảng khóa XII về tiếp tục", false},
		{"ngày 19/7/2017 của Ban Bí thư về tiếp tục", false},
		{"Căn cứ Luật ngày 19 tháng 6 năm 2015;", false},
	} {
		if got := isDateLine(c.line); got != c.want {
			t.Errorf("isDateLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestNoteMarkedYear(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Hà Nội, ngày 23 tháng 02 năm 20264", "Hà Nội, ngày 23 tháng 02 năm 2026", true},
		{"Huế, ngày 5 tháng 3 năm 202512.", "Huế, ngày 5 tháng 3 năm 2025", true},
		{"Hà Nội, ngày 23 tháng 02 năm 2026", "", false},    // nothing glued
		{"Hà Nội, ngày 23 tháng 02 năm 1234567", "", false}, // no year
		{"Hà Nội, ngày 23 tháng 02 năm 99991", "", false},   // no year of ours
		{"ngày 23 tháng 02", "", false},
	} {
		got, ok := noteMarkedYear(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("noteMarkedYear(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// An annex's title in small letters on one line with its note, as a
// render writes it, is the title.
func TestAnnexTitleNoted(t *testing.T) {
	text := "KẾ HOẠCH HÀNH ĐỘNG\nThực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới (Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\n\nI. MỤC TIÊU\n"
	if !notedTitle(strings.Split(text, "\n")[1]) {
		t.Error("notedTitle: the title's line not seen")
	}
	if notedTitle("Thực hiện tốt các nhiệm vụ (xem Phụ lục)") || notedTitle("(Kèm theo Quyết định số 844/QĐ-TTg)") {
		t.Error("notedTitle: a line with no title before its note, or no note")
	}
}

func TestSplitTitleBeforeNational(t *testing.T) {
	got := splitTitleBeforeNational("Quyết định 05/2025/QĐ-TTg. THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc")
	want := []string{"Quyết định 05/2025/QĐ-TTg.", "THỦ TƯỚNG CHÍNH PHỦ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// a list's mark is no title; no national header, no cut
	for _, s := range []string{
		"1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Nghị định 49/2025/NĐ-CP. CHÍNH PHỦ -------",
	} {
		if got := splitTitleBeforeNational(s); got != nil {
			t.Errorf("splitTitleBeforeNational(%q) = %q, want nil", s, got)
		}
	}
}

// A crawler's page prints its title before the header and again before
// each article: the articles are read as articles, the title as chrome.
func TestRepeatedPageTitle(t *testing.T) {
	text := "Nghị định 49/2025/NĐ-CP. CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n" +
		"Số: 49/2025/NĐ-CP\nHà Nội, ngày 28 tháng 02 năm 2025\nNGHỊ ĐỊNH QUY ĐỊNH VỀ NGƯỠNG ÁP DỤNG TẠM HOÃN XUẤT CẢNH\n" +
		"Chính phủ ban hành Nghị định quy định về ngưỡng áp dụng tạm hoãn xuất cảnh.\n\n" +
		"Nghị định 49/2025/NĐ-CP. Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về áp dụng ngưỡng tiền thuế nợ.\n\n" +
		"Nghị định 49/2025/NĐ-CP. \n\n" +
		"Nghị định 49/2025/NĐ-CP. Điều 2. Tổ chức thực hiện\nBộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định này.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "CHÍNH PHỦ" {
		t.Errorf("issuer %q", d.Issuer)
	}
	var articles []string
	for _, n := range d.Body {
		if n.Kind == directive.NodeArticle {
			articles = append(articles, n.Marker+" "+n.Heading)
		}
	}
	if want := []string{"1 Phạm vi điều chỉnh", "2 Tổ chức thực hiện"}; !slices.Equal(articles, want) {
		t.Errorf("articles %q, want %q", articles, want)
	}
	chrome := 0
	for _, r := range d.Repairs {
		if r.Code == directive.RepairChrome && r.Original == "Nghị định 49/2025/NĐ-CP." {
			chrome++
		}
	}
	if chrome < 3 {
		t.Errorf("%d repairs set the title aside, want 3 or more: %v", chrome, d.Repairs)
	}
}

func TestGazetteHeader(t *testing.T) {
	for _, s := range []string{"CÔNG BÁO/Số 302/Ngày 02-06-2026 ", "72 CÔNG BÁO/Số 1125 + 1126/Ngày 25-12-2020", "CÔNG BÁO/Số 146/Ngày 11-03-2026 101"} {
		if !gazetteHeader(s) {
			t.Errorf("gazetteHeader(%q) = false", s)
		}
	}
	for _, s := range []string{"Đăng CÔNG BÁO/Số 302/Ngày 02-06-2026 và Cổng thông tin", "CÔNG BÁO", "- Công báo;"} {
		if gazetteHeader(s) {
			t.Errorf("gazetteHeader(%q) = true", s)
		}
	}
	// the running head and the page's number under it are chrome; the
	// sentence it cut is read whole
	text := "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 333/QĐ-BTC\nHà Nội, ngày 23 tháng 02 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố văn bản\n" +
		"Điều 1. Các Sở Tài chính báo cáo kết quả\n\nCÔNG BÁO/Số 146/Ngày 11-03-2026 \n102\n \nvề Bộ Tài chính trước ngày 15 tháng 3 năm 2026.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != 1 || !strings.Contains(d.Body[0].Heading, "báo cáo kết quả về Bộ Tài chính trước ngày 15") {
		t.Errorf("body %+v, want article 1 whole", d.Body)
	}
	for _, n := range d.Body {
		for _, c := range append([]directive.Node{n}, n.Children...) {
			if strings.Contains(c.Heading+c.Text, "CÔNG BÁO") || strings.Contains(c.Heading+c.Text, "102") {
				t.Errorf("the running head read into the body: %q %q", c.Heading, c.Text)
			}
		}
	}
}

func TestExecutionSentence(t *testing.T) {
	text := "Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này."
	if k := executionSentence(text); text[k:] != "Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này." {
		t.Errorf("executionSentence = %d (%q)", k, text[k:])
	}
	for _, s := range []string{
		"Chánh Văn phòng, Thủ trưởng các đơn vị chịu trách nhiệm thi hành Quyết định này.",
		"Quyết định này có hiệu lực kể từ ngày ký.",
	} {
		if k := executionSentence(s); k != 0 {
			t.Errorf("executionSentence(%q) = %d, want 0", s, k)
		}
	}
	d, err := Parse("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 333/QĐ-BTC\nHà Nội, ngày 23 tháng 02 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố văn bản\nĐiều 1. Công bố văn bản.\nĐiều 2. " + text + "\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, o.Text)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "Thủ trưởng các đơn vị") {
		t.Errorf("obligations %q, want the execution clause alone", got)
	}
}

// A subject in capitals goes on over a line that opens with the number
// of the document it cites, or with words a body's sentence opens with.
func TestCapsSubjectGoesOn(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 33/2025/NQ-HĐND\nThành phố Huế, ngày 18 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n\n" +
		"SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\nSỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 QUY ĐỊNH PHÂN BỔ VỐN\nTHỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 QUY ĐỊNH PHÂN BỔ VỐN THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO"; d.Subject != want {
		t.Errorf("subject %q,\nwant %q", d.Subject, want)
	}
	if d.Symbol.String() != "33/2025/NQ-HĐND" {
		t.Errorf("symbol %q", d.Symbol)
	}
}

func TestGrantsCompetence(t *testing.T) {
	for s, want := range map[string]bool{
		"Bộ trưởng Bộ Tài chính thực hiện thẩm quyền quyết định xóa nợ tiền thuế.":                        true,
		"Chủ tịch Ủy ban nhân dân cấp xã có thẩm quyền quyết định mua sắm tài sản.":                       true,
		"Sở Tài chính có trách nhiệm hướng dẫn các cơ quan có thẩm quyền thực hiện.":                      false,
		"Các cơ quan, đơn vị phải báo cáo cấp có thẩm quyền xem xét.":                                     false,
		"Trong quá trình triển khai thực hiện, nếu có vướng mắc báo cáo cấp có thẩm quyền để giải quyết.": false,
	} {
		if got := grantsCompetence(s); got != want {
			t.Errorf("grantsCompetence(%q) = %v, want %v", s, got, want)
		}
	}
}

// Who a case is ("Cá nhân kinh doanh … thuộc trường hợp bị cưỡng chế
// …") names no body and its work; the body that acts on the case does.
func TestNamedOthersCase(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "CHÍNH PHỦ"}}
	for s, want := range map[string][]string{
		"Cá nhân kinh doanh, chủ hộ kinh doanh thuộc trường hợp bị cưỡng chế thi hành quyết định hành chính về quản lý thuế có số tiền thuế nợ từ 50 triệu đồng trở lên.": nil,
		"Cơ quan quản lý thuế thông báo việc tạm hoãn xuất cảnh cho người nộp thuế.":                                                                                      {"Cơ quan quản lý thuế"},
	} {
		if got := p.namedOthers(s); !slices.Equal(got, want) {
			t.Errorf("namedOthers(%q) = %q, want %q", s, got, want)
		}
	}
}

// A line that says only who does a task and when ends on the bodies'
// roles, a time aside; one that names work of its own, or ends on a noun
// ("quy trình"), does not.
func TestWhoOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan liên quan tham mưu trình trong tháng 01/2026":      true,
		"Đảng uỷ UBND xã tham mưu, trình trong tháng 12/2025.":                                            true,
		"Uỷ ban Kiểm tra Đảng uỷ tham mưu, trình.":                                                        true,
		"Các cơ quan tham mưu, giúp việc Đảng uỷ trình trong Quý IV/2030.":                                true,
		"Ban Xây dựng Đảng chủ trì xây dựng kế hoạch tuyên truyền trong Quý I/2026.":                      false,
		"MTTQ xã phối hợp với UBND xã, các cơ quan chuyên môn để xử lý đơn thư hiệu quả, đúng quy trình.": false,
	} {
		if got := whoOnly(s); got != want {
			t.Errorf("whoOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// A rule that says what a body is or is made of lays no duty; one that
// goes on to give it work, or whose "là" is no copula, does.
func TestDefinesBody(t *testing.T) {
	for s, want := range map[string]bool{
		"Hội đồng Y khoa Quốc gia là tổ chức do Thủ tướng Chính phủ thành lập.":                   true,
		"Văn phòng Hội đồng là đơn vị sự nghiệp công lập trực thuộc Bộ Y tế.":                     true,
		"Các Ban chuyên môn của Hội đồng bao gồm: Ban Xây dựng Bộ công cụ, Ban Kiểm tra.":         true,
		"Sở Y tế là cơ quan thường trực, có trách nhiệm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.":  false,
		"Các tỉnh, thành phố, nhất là các tỉnh vùng Thủ đô chủ động phát triển quan hệ liên kết.": false,
		"Sở Tài chính chủ trì, phối hợp với các sở, ngành xây dựng kế hoạch.":                     false,
		"Kinh phí thực hiện là nguồn ngân sách nhà nước.":                                         false,
	} {
		if got := definesBody(s); got != want {
			t.Errorf("definesBody(%q) = %v, want %v", s, got, want)
		}
	}
}

// "Đối với …, X làm …": the case, then the body and its work; a power
// the case gives, or the case's own rule after a colon, is none.
func TestNamedAfterCase(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "CHÍNH PHỦ"}}
	for s, want := range map[string]string{
		"Đối với các chi phí khám bệnh, chữa bệnh vượt tổng mức thanh toán, Bảo hiểm xã hội Việt Nam khẩn trương tổ chức thực hiện thanh toán.": "Bảo hiểm xã hội Việt Nam",
		"Đối với người nộp thuế quy định tại khoản 3, cơ quan quản lý thuế thông báo trên trang thông tin điện tử.":                             "cơ quan quản lý thuế",
		"Đối với tài sản có giá trị dưới 500 triệu đồng, Giám đốc Sở Tài chính quyết định mua sắm.":                                             "",
		"Đối với hàng hóa đã được thông quan: trong thời hạn 60 ngày, thanh tra, trừ trường hợp khác.":                                          "",
	} {
		if got := strings.Join(p.namedAfterCase(s), ";"); got != want {
			t.Errorf("namedAfterCase(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSplitSignAnnex(t *testing.T) {
	got := splitSignAnnex("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA (Ban hành kèm theo Quyết định số 05/2025/QĐ-TTg ngày 27 tháng 02 năm 2025 của Thủ tướng Chính phủ)")
	want := []string{"KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long", "QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA",
		"(Ban hành kèm theo Quyết định số 05/2025/QĐ-TTg ngày 27 tháng 02 năm 2025 của Thủ tướng Chính phủ)"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q,\nwant %q", got, want)
	}
	for _, s := range []string{
		"TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Hòa Bình",
		"KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An QUY CHẾ LÀM VIỆC",
	} {
		if got := splitSignAnnex(s); got != nil {
			t.Errorf("splitSignAnnex(%q) = %q, want nil", s, got)
		}
	}
	if !rulesAnnex("QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG") || rulesAnnex("KẾ HOẠCH HÀNH ĐỘNG") {
		t.Error("rulesAnnex")
	}
	if !functionsHeading("Nhiệm vụ, quyền hạn của Chủ tịch, Phó Chủ tịch") || functionsHeading("Nhiệm vụ cụ thể") {
		t.Error("functionsHeading")
	}
}
