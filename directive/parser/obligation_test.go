package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"
	"pgregory.net/rapid"
)

// docDate is the date of the document the phrases below come from, for the
// ones that leave out the year.
var docDate = chidao.MustDate(2023, 10, 4)

type dueCase struct {
	name string
	text string
	doc  chidao.Date
	want *directive.Due // nil: no deadline
}

var dueCases = []dueCase{
	// a day left blank before the month: the month's end
	{"a blank day before the month", "Thời gian hoàn thành: ngày Tháng 11/2025 (sau khi Ban Thường trực ban hành Hướng dẫn);", docDate,
		&directive.Due{Text: "Thời gian hoàn thành: ngày Tháng 11/2025", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2025, 11, 30)}},
	// "mỗi" (each) as "hằng", and the month of each period a day falls in
	{"a day of the last month of each quarter", "Gửi tổng hợp qua Ban Xây dựng Đảng trước ngày 05 của tháng cuối mỗi quý.", docDate,
		&directive.Due{Text: "trước ngày 05 của tháng cuối mỗi quý", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly, Day: 5}},
	{"each month", "Báo cáo Văn phòng Đảng ủy trước ngày 15 mỗi tháng.", docDate,
		&directive.Due{Text: "trước ngày 15 mỗi tháng", Kind: directive.DueRecurring, Cycle: directive.CycleMonthly, Day: 15}},
	{"each quarter after định kỳ", "Định kỳ mỗi quý báo cáo kết quả về Ủy ban nhân dân tỉnh.", docDate,
		&directive.Due{Text: "Định kỳ mỗi quý", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly}},
	{"each commune is no cycle", "Mỗi xã lựa chọn một mô hình điểm để thực hiện.", docDate, nil},
	// the older spelling "quí"
	{"a quarterly cycle spelt quí", "Định kỳ hàng quí các Cục Hải quan phải tập hợp báo cáo.", docDate,
		&directive.Due{Text: "Định kỳ hàng quí", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly}},
	{"a quarter spelt quí", "Hoàn thành trong quí IV/2000.", docDate,
		&directive.Due{Text: "Hoàn thành trong quí IV/2000", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2000, 12, 31)}},
	{"a kind of plan, not a cycle", "Cụ thể hóa các nhiệm vụ thành các chương trình, kế hoạch 5 năm và hằng năm để triển khai thực hiện.", docDate, nil},
	{"medium-term and annual plans", "Lồng ghép vào kế hoạch trung hạn và hằng năm của đơn vị.", docDate, nil},
	{"a monthly report's day at the clause's end", "Định kỳ hằng tháng báo cáo tiến độ về UBND tỉnh (qua Sở Tài chính) trước ngày 25.", docDate,
		&directive.Due{Text: "Định kỳ hằng tháng", Kind: directive.DueRecurring, Cycle: directive.CycleMonthly, Day: 25}},
	{"the day figures are counted to", "Rà soát, tổng hợp số lượng cán bộ, công chức tính đến ngày 30/9/2023 theo biểu mẫu.", docDate, nil},
	{"a deadline after the count's day", "Tổng hợp số liệu tính đến ngày 30/9/2023, gửi Sở Nội vụ trước ngày 20/10/2023.", docDate,
		&directive.Due{Text: "trước ngày 20/10/2023", Kind: directive.DueDate, Date: chidao.MustDate(2023, 10, 20)}},
	{"a yearly report stays yearly", "Các sở báo cáo kết quả thực hiện hằng năm về Sở Nội vụ.", docDate,
		&directive.Due{Text: "hằng năm", Kind: directive.DueRecurring, Cycle: directive.CycleYearly}},
	{"không quá after the cue", "Trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở trình UBND tỉnh.", docDate,
		&directive.Due{Text: "Trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận đủ hồ sơ", Kind: directive.DueRelative, Amount: 15, Unit: directive.UnitWorkingDays, From: "ngày nhận đủ hồ sơ"}},
	{"a year that opens the text", "Năm 2018: Rà soát, tổng kết hệ thống văn bản chính sách", docDate,
		&directive.Due{Text: "Năm 2018", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2018, 12, 31)}},
	{"a quarter that opens the text", "Quý I/2024, hoàn thành cơ sở dữ liệu", docDate,
		&directive.Due{Text: "Quý I/2024", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2024, 3, 31)}},
	{"a year inside the text is no deadline", "Tổng kết tình hình năm 2018: kết quả đạt được", docDate, nil},
	{"đến hết năm", "hoàn thành việc hỗ trợ nhà ở đến hết năm 2019", docDate,
		&directive.Due{Text: "đến hết năm 2019", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2019, 12, 31)}},
	{"đến and a year", "Đến năm 2020, giải quyết căn bản hồ sơ tồn đọng", docDate,
		&directive.Due{Text: "Đến năm 2020", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2020, 12, 31)}},
	{"đến inside a clause names no deadline", "gửi đến các cơ quan liên quan", docDate, nil},
	{"từ … đến is a span", "nhu cầu đào tạo từ nay đến năm 2015", docDate, nil},
	{"a plan's horizon is no deadline", "Phát triển khu, cụm công nghiệp phù hợp Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", docDate, nil},
	{"a yearly duty opening the text", "Hằng năm, các bộ, ngành báo cáo kết quả thực hiện", docDate,
		&directive.Due{Text: "Hằng năm", Kind: directive.DueRecurring, Cycle: directive.CycleYearly}},
	{"a report's cycle", "tổng hợp, báo cáo hằng quý về Sở Xây dựng", docDate,
		&directive.Due{Text: "hằng quý", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly}},
	{"date in words", "Các đơn vị báo cáo trước ngày 10 tháng 5 năm 2026.", docDate,
		&directive.Due{Text: "trước ngày 10 tháng 5 năm 2026", Kind: directive.DueDate, Date: chidao.MustDate(2026, 5, 10)}},
	{"date in figures", "gửi Sở Nội vụ trước ngày 10/5/2026 để tổng hợp", docDate,
		&directive.Due{Text: "trước ngày 10/5/2026", Kind: directive.DueDate, Date: chidao.MustDate(2026, 5, 10)}},
	{"chậm nhất", "Chậm nhất ngày 15/10/2023, các sở hoàn thành việc rà soát", docDate,
		&directive.Due{Text: "Chậm nhất ngày 15/10/2023", Kind: directive.DueDate, Date: chidao.MustDate(2023, 10, 15)}},
	{"no year: the document's", "báo cáo chậm nhất là ngày 20/11", docDate,
		&directive.Due{Text: "chậm nhất là ngày 20/11", Kind: directive.DueDate, Date: chidao.MustDate(2023, 11, 20)}},
	{"no year, no document date", "báo cáo chậm nhất là ngày 20/11", chidao.Date{},
		&directive.Due{Text: "chậm nhất là ngày 20/11", Kind: directive.DueDate}},
	{"hoàn thành trước", "Xây dựng đề án, hoàn thành trước 30/6/2024.", docDate,
		&directive.Due{Text: "hoàn thành trước 30/6/2024", Kind: directive.DueDate, Date: chidao.MustDate(2024, 6, 30)}},
	{"labelled", "Thời gian hoàn thành: trước ngày 15-12-2023", docDate,
		&directive.Due{Text: "Thời gian hoàn thành: trước ngày 15-12-2023", Kind: directive.DueDate, Date: chidao.MustDate(2023, 12, 15)}},
	{"before a month", "hoàn thành trước tháng 10/2023", docDate,
		&directive.Due{Text: "hoàn thành trước tháng 10/2023", Kind: directive.DueDate, Date: chidao.MustDate(2023, 9, 30)}},
	{"quarter cell", "Quý IV/2023", docDate,
		&directive.Due{Text: "Quý IV/2023", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2023, 12, 31)}},
	{"quarter in words", "Hoàn thành trong quý I năm 2024", docDate,
		&directive.Due{Text: "Hoàn thành trong quý I năm 2024", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2024, 3, 31)}},
	{"within a month", "tổ chức hội nghị sơ kết trong tháng 10/2023", docDate,
		&directive.Due{Text: "trong tháng 10/2023", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2023, 10, 31)}},
	{"February", "trong tháng 02/2024", docDate,
		&directive.Due{Text: "trong tháng 02/2024", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2024, 2, 29)}},
	{"month cell", "Tháng 12 năm 2023", docDate,
		&directive.Due{Text: "Tháng 12 năm 2023", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2023, 12, 31)}},
	{"year cell", "Năm 2024", docDate,
		&directive.Due{Text: "Năm 2024", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2024, 12, 31)}},
	{"first half", "6 tháng đầu năm 2024", docDate,
		&directive.Due{Text: "6 tháng đầu năm 2024", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2024, 6, 30)}},
	{"within a year", "Triển khai thực hiện trong năm 2025.", docDate,
		&directive.Due{Text: "trong năm 2025", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2025, 12, 31)}},
	{"quarter, no year", "hoàn thành trong quý IV", docDate,
		&directive.Due{Text: "hoàn thành trong quý IV", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2023, 12, 31)}},
	{"monthly", "Báo cáo định kỳ hằng tháng về UBND tỉnh", docDate,
		&directive.Due{Text: "định kỳ hằng tháng", Kind: directive.DueRecurring, Cycle: directive.CycleMonthly}},
	{"hàng quý", "tổng hợp, báo cáo hàng quý", docDate,
		&directive.Due{Text: "hàng quý", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly}},
	{"weekly", "giao ban hàng tuần", docDate,
		&directive.Due{Text: "hàng tuần", Kind: directive.DueRecurring, Cycle: directive.CycleWeekly}},
	{"yearly", "sơ kết, đánh giá hằng năm", docDate,
		&directive.Due{Text: "hằng năm", Kind: directive.DueRecurring, Cycle: directive.CycleYearly}},
	{"half-yearly", "báo cáo định kỳ 6 tháng", docDate,
		&directive.Due{Text: "định kỳ 6 tháng", Kind: directive.DueRecurring, Cycle: directive.CycleHalfYearly}},
	{"day of the month", "Trước ngày 15 hằng tháng, các đơn vị gửi báo cáo", docDate,
		&directive.Due{Text: "Trước ngày 15 hằng tháng", Kind: directive.DueRecurring, Cycle: directive.CycleMonthly, Day: 15}},
	{"day in parentheses", "báo cáo định kỳ hằng quý (trước ngày 20)", docDate,
		&directive.Due{Text: "định kỳ hằng quý (trước ngày 20)", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly, Day: 20}},
	{"two cycles", "báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", docDate,
		&directive.Due{Text: "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", Kind: directive.DueRecurring, Cycle: directive.CycleHalfYearly, Day: 15}},
	{"three cycles", "định kỳ hằng tháng, quý, năm báo cáo", docDate,
		&directive.Due{Text: "định kỳ hằng tháng, quý, năm", Kind: directive.DueRecurring, Cycle: directive.CycleMonthly}},
	{"working days", "trong vòng 15 ngày làm việc kể từ ngày ký", docDate,
		&directive.Due{Text: "trong vòng 15 ngày làm việc kể từ ngày ký", Kind: directive.DueRelative, Amount: 15, Unit: directive.UnitWorkingDays, From: "ngày ký"}},
	{"days from receipt", "Trong thời hạn 30 ngày kể từ ngày nhận được, các đơn vị báo cáo", docDate,
		&directive.Due{Text: "Trong thời hạn 30 ngày kể từ ngày nhận được", Kind: directive.DueRelative, Amount: 30, Unit: directive.UnitDays, From: "ngày nhận được"}},
	{"months, no start", "hoàn thành trong 02 tháng", docDate,
		&directive.Due{Text: "hoàn thành trong 02 tháng", Kind: directive.DueRelative, Amount: 2, Unit: directive.UnitMonths}},
	{"continuous", "Thường xuyên kiểm tra, đôn đốc việc thực hiện", docDate,
		&directive.Due{Text: "Thường xuyên", Kind: directive.DueContinuous}},
	{"daily", "theo dõi, cập nhật hằng ngày", docDate,
		&directive.Due{Text: "hằng ngày", Kind: directive.DueContinuous}},
	{"a date beats continuous", "Thường xuyên theo dõi; báo cáo trước ngày 15/12/2023", docDate,
		&directive.Due{Text: "trước ngày 15/12/2023", Kind: directive.DueDate, Date: chidao.MustDate(2023, 12, 15)}},
	{"citation date", "Thực hiện Kết luận số 12-KL/TU ngày 07/8/2023 của Ban Thường vụ Tỉnh ủy", docDate, nil},
	{"event date", "Hội nghị được tổ chức vào ngày 15/10/2023 tại Hội trường", docDate, nil},
	{"year in a name", "Căn cứ Kế hoạch năm 2024 của UBND tỉnh", docDate, nil},
	{"no such day", "hoàn thành trước ngày 31/02/2024", docDate, nil},
	{"weeks", "hoàn thành trong vòng 2 tuần", docDate, nil},
	{"span of years", "trong giai đoạn năm 2021 - 2025", docDate, nil},
	// a periodic report's day without a year falls in each period
	{"half-yearly report's day", "Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;", docDate,
		&directive.Due{Text: "trước ngày 05/7", Kind: directive.DueRecurring, Cycle: directive.CycleHalfYearly}},
	{"yearly report's day", "Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12.", docDate,
		&directive.Due{Text: "trước ngày 15/12", Kind: directive.DueRecurring, Cycle: directive.CycleYearly}},
	{"quarterly report's day", "Báo cáo quý: các đơn vị gửi Sở Tài chính trước ngày 25/3.", docDate,
		&directive.Due{Text: "trước ngày 25/3", Kind: directive.DueRecurring, Cycle: directive.CycleQuarterly}},
	{"a report's day with its year", "Báo cáo năm: gửi Sở Tài chính trước ngày 15/12/2026.", docDate,
		&directive.Due{Text: "trước ngày 15/12/2026", Kind: directive.DueDate, Date: chidao.MustDate(2026, 12, 15)}},
	// a target's year is no deadline; a task's is
	{"target after phấn đấu", "Phấn đấu đến năm 2025, có từ 3-5 huyện phát triển thành quận.", docDate, nil},
	{"target later in the sentence", "Phấn đấu phát triển giáo dục nghề nghiệp đạt trình độ tiên tiến đến năm 2030.", docDate, nil},
	{"target opening a sentence", "Đến năm 2030, Thủ đô Hà Nội nằm trong nhóm dẫn đầu khu vực.", docDate, nil},
	{"a plan's horizon", "Đưa chỉ tiêu về phòng, chống ma túy đến năm 2030 vào Nghị quyết của cấp ủy.", docDate, nil},
	{"a plan's horizon in its name", "Xây dựng Chiến lược phát triển ngành đến năm 2030.", docDate, nil},
	{"a plan finished by a year", "Xây dựng kế hoạch, hoàn thành đến năm 2025.", docDate,
		&directive.Due{Text: "hoàn thành đến năm 2025", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2025, 12, 31)}},
	{"task opening a sentence", "Đến năm 2020, hoàn thành việc hỗ trợ nhà ở cho người có công.", docDate,
		&directive.Due{Text: "Đến năm 2020", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2020, 12, 31)}},
	{"not regular", "việc kiểm tra không thường xuyên", docDate, nil},
	{"a school's name", "Giám đốc trung tâm giáo dục thường xuyên", docDate, nil},
	{"takes effect", "Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký", docDate, nil},
	{"no deadline", "Tăng cường công tác tuyên truyền, phổ biến pháp luật", docDate, nil},
	{"a completion time planned", "Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi Ban Thường trực tỉnh ban hành Hướng dẫn).", docDate,
		&directive.Due{Text: "Thời gian hoàn thành: Dự kiến tháng 11/2025", Kind: directive.DuePeriodEnd, Date: chidao.MustDate(2025, 11, 30)}},
	{"the latest day over the planned one", "Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử).", docDate,
		&directive.Due{Text: "Chậm nhất ngày 10/12/2025", Kind: directive.DueDate, Date: chidao.MustDate(2025, 12, 10)}},
	{"a plan alone is no deadline", "Dự kiến tổ chức vào tháng 11/2025.", docDate, nil},
}

func TestReadDue(t *testing.T) {
	for _, tc := range dueCases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := readDue(tc.text, tc.doc)
			if ok != (got != nil) {
				t.Fatalf("readDue(%q) = %v, %v: ok and the Due disagree", tc.text, got, ok)
			}
			if diff := cmp.Diff(tc.want, got, dateEq); diff != "" {
				t.Errorf("readDue(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// dateEq compares Dates by value.
var dateEq = cmpopts.EquateComparable(chidao.Date{})

type rolesCase struct {
	text    string
	lead    string
	support []string
}

var rolesCases = []rolesCase{
	// a verb that is the name's own word, right before the role
	{"Bộ Ngoại giao chủ trì, phối hợp các Bộ: Công an, Quốc phòng tổ chức đón công dân", "Bộ Ngoại giao", []string{"Bộ Công an", "Bộ Quốc phòng"}},
	{"Vụ Vật liệu xây dựng chủ trì, phối hợp với Vụ Kế hoạch - Tài chính", "Vụ Vật liệu xây dựng", []string{"Vụ Kế hoạch - Tài chính"}},
	{"Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với cơ quan đầu mối của Bộ Tài nguyên và Môi trường để phối hợp thực hiện",
		"Bộ Nông nghiệp và Phát triển nông thôn", []string{"cơ quan đầu mối của Bộ Tài nguyên và Môi trường"}},
	{"Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh ban hành kế hoạch",
		"Sở Nội vụ", []string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư"}},
	{"Sở Y tế chủ trì, phối hợp các đơn vị liên quan triển khai các biện pháp phòng, chống dịch",
		"Sở Y tế", []string{"các đơn vị liên quan"}},
	{"Công an tỉnh phối hợp với Sở Tư pháp kiểm tra việc chấp hành", "", []string{"Sở Tư pháp"}},
	// a name typed in lower case after its head noun
	{"Giao Ban xây dựng đảng Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy theo dõi", "Ban xây dựng đảng Đảng ủy", []string{"Văn phòng Đảng ủy"}},
	{"Giao Sở xây dựng chủ trì, phối hợp với Sở Tài chính thực hiện", "Sở xây dựng", []string{"Sở Tài chính"}},
	// a verb the task lexicon lacks still ends the name before it
	{"Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thành lập Tổ công tác", "Sở Nội vụ", []string{"Sở Tài chính"}},
	{"Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh cân đối, phân bổ kinh phí", "", []string{"Kho bạc Nhà nước tỉnh"}},
	{"Sở Nội vụ chủ trì, phối hợp với Văn phòng đăng ký đất đai kiện toàn bộ máy", "Sở Nội vụ", []string{"Văn phòng đăng ký đất đai"}},
	{"Giao Sở Nội vụ tổ chức thực hiện, phối hợp với Sở Tài chính", "", []string{"Sở Tài chính"}},
	{"Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính, Sở Tư pháp", "Sở Nội vụ", []string{"Sở Tài chính", "Sở Tư pháp"}},
	{"Cơ quan chủ trì: Sở Y tế. Cơ quan phối hợp: các Sở: Tài chính, Tư pháp", "Sở Y tế", []string{"Sở Tài chính", "Sở Tư pháp"}},
	{"UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp và các đơn vị liên quan tổ chức thực hiện",
		"Sở Văn hóa, Thể thao và Du lịch", []string{"Sở Tài chính", "Sở Tư pháp", "các đơn vị liên quan"}},
	{"Sở Nội vụ chủ trì; các sở, ngành liên quan phối hợp thực hiện.", "Sở Nội vụ", []string{"các sở, ngành liên quan"}},
	{"Sở Nội vụ là cơ quan chủ trì, phối hợp chặt chẽ với Văn phòng UBND tỉnh", "Sở Nội vụ", []string{"Văn phòng UBND tỉnh"}},
	{"Giám đốc Sở Y tế chủ trì tổ chức kiểm tra", "Sở Y tế", nil},
	{"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền", "", []string{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}},
	{"Tăng cường công tác tuyên truyền, phổ biến pháp luật", "", nil},
	{"Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai", "", []string{"các cơ quan, đơn vị liên quan"}},
	{"Nhiệm vụ này do Sở Tài chính chủ trì thực hiện", "Sở Tài chính", nil},
	{"Sở Xây dựng chủ trì, phối hợp với UBND các huyện, thị xã, thành phố rà soát quy hoạch",
		"Sở Xây dựng", []string{"UBND các huyện, thị xã, thành phố"}},
	{"Sở Nội vụ (cơ quan thường trực) chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy", "Sở Nội vụ", []string{"Ban Tổ chức Tỉnh ủy"}},
	{"Công an tỉnh chủ trì phối hợp với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh triển khai phương án",
		"Công an tỉnh", []string{"Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}},
	{"Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo",
		[]string{"Sở Lao động - Thương binh và Xã hội"}},
	{"Phối hợp với Sở Nội vụ thẩm định hồ sơ", "", []string{"Sở Nội vụ"}},
	{"Sở Y tế và Sở Tài chính đồng chủ trì", "Sở Y tế, Sở Tài chính", nil},
	{"UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì", "Sở Tài nguyên và Môi trường", nil},
	{"Bộ trưởng Bộ Tài chính chủ trì cuộc họp", "Bộ Tài chính", nil},
	{"Bộ trưởng Phùng Xuân Nhạ chủ trì làm việc với các Giám đốc sở", "", nil},
}

func TestReadRoles(t *testing.T) {
	for _, tc := range rolesCases {
		lead, support := readRoles(tc.text)
		if lead != tc.lead || !cmp.Equal(support, tc.support) {
			t.Errorf("readRoles(%q)\n = %q, %q\nwant %q, %q", tc.text, lead, support, tc.lead, tc.support)
		}
	}
}

var addresseeCases = []struct {
	phrase string
	want   []string
}{
	{"Chánh Văn phòng UBND tỉnh; Giám đốc Sở: Lao động - Thương binh và Xã hội, Thông tin và Truyền thông; Chủ tịch UBND cấp huyện",
		[]string{"Văn phòng UBND tỉnh", "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông", "UBND cấp huyện"}},
	{"Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", []string{"Các Bộ", "cơ quan ngang Bộ"}},
	{"Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng", []string{"Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"}},
	{"Các đơn vị thuộc các Bộ quản lý lĩnh vực, các tổ chức quốc tế", []string{"Các đơn vị thuộc các Bộ quản lý lĩnh vực", "các tổ chức quốc tế"}},
	{"Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan", []string{"các cơ quan, đơn vị", "các tổ chức, cá nhân có liên quan"}},
	{"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ", []string{"Bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ"}},
	{"Bộ trưởng Bộ Tài nguyên và Môi trường", []string{"Bộ Tài nguyên và Môi trường"}},
	// the scope a list of bodies acts in is no name; local government is a body
	{"Hội đồng Dân tộc, Đoàn đại biểu Quốc hội tỉnh Cao Bằng, trong phạm vi nhiệm vụ, quyền hạn của mình",
		[]string{"Hội đồng Dân tộc", "Đoàn đại biểu Quốc hội tỉnh Cao Bằng"}},
	{"Chính phủ, Ủy ban nhân dân tỉnh Cao Bằng, chính quyền địa phương các đơn vị hành chính liên quan",
		[]string{"Chính phủ", "Ủy ban nhân dân tỉnh Cao Bằng", "chính quyền địa phương các đơn vị hành chính liên quan"}},
	// class nouns in a row are one class, with "các" or without
	{"Các Sở, ban, ngành; cơ quan, đơn vị", []string{"Các Sở, ban, ngành", "cơ quan, đơn vị"}},
	{"Sở Y tế, cơ quan, đơn vị liên quan", []string{"Sở Y tế", "cơ quan, đơn vị liên quan"}},
	// a class its own words qualify stands alone; one the list shares does not
	{"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", []string{"các bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ"}},
	{"các tổ chức, cá nhân có liên quan", []string{"các tổ chức, cá nhân có liên quan"}},
	{"các sở, ban, ngành", []string{"các sở, ban, ngành"}},
	{"Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", []string{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}},
	{"Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam",
		[]string{"Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"}},
	{"các Bộ: Công an, Tư pháp, Tài chính", []string{"Bộ Công an", "Bộ Tư pháp", "Bộ Tài chính"}},
	// the people an execution article names after its bodies stand apart
	{"Chánh Văn phòng Sở, các tổ chức cá nhân có liên quan và các ông/bà có tên tại Điều 1",
		[]string{"Văn phòng Sở", "các tổ chức cá nhân có liên quan", "các ông/bà có tên tại Điều 1"}},
	{"Thủ trưởng các cơ quan, đơn vị và các cá nhân có tên tại Điều 1", []string{"các cơ quan, đơn vị", "các cá nhân có tên tại Điều 1"}},
	// a head's post that holds the head noun keeps it with the body
	{"Giám đốc Sở Y tế, Trưởng phòng Y tế các huyện", []string{"Sở Y tế", "Phòng Y tế các huyện"}},
	{"Trưởng Ban Tuyên giáo Tỉnh ủy, Chánh Văn phòng Tỉnh ủy", []string{"Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy"}},
	{"Trưởng ban Dân vận Tỉnh ủy", []string{"Ban Dân vận Tỉnh ủy"}},
	// a form of address goes; an office of two councils is one body
	{"Các ông (bà) Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp",
		[]string{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "Sở Tư pháp"}},
	{"Đồng chí Giám đốc Sở Y tế và Chủ tịch UBND các huyện", []string{"Sở Y tế", "UBND các huyện"}},
	{"Hội đồng nhân dân và Ủy ban nhân dân tỉnh", []string{"Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"}},
	{"các Sở, ngành: Tư pháp, Lao động, Thương binh và Xã hội, Y tế", []string{"Sở Tư pháp", "Sở Lao động, Thương binh và Xã hội", "Sở Y tế"}},
	{"các Bộ, ngành: Công an, Tư pháp", []string{"Bộ Công an", "Bộ Tư pháp"}},
	{"Giám đốc các Sở, ngành: Tư pháp, Tài chính, Công an tỉnh, Báo Quảng Trị và Thủ trưởng các cơ quan có liên quan",
		[]string{"Sở Tư pháp", "Sở Tài chính", "Công an tỉnh", "Báo Quảng Trị", "các cơ quan có liên quan"}},
	{"Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng",
		[]string{"Hội đồng nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"}},
	{"Chánh Văn phòng UBND tỉnh", []string{"Văn phòng UBND tỉnh"}},
	{"Giám đốc các Sở", []string{"các Sở"}},
	// the head or the leading collective of a body: the body
	{"Người đứng đầu các cơ quan, đơn vị", []string{"các cơ quan, đơn vị"}},
	{"Tập thể lãnh đạo Sở Nội vụ", []string{"Sở Nội vụ"}},
	{"Tập thể lãnh đạo cấp ủy", []string{"cấp ủy"}},
	{"Thủ trưởng các sở, ban, ngành", []string{"các sở, ban, ngành"}},
	{"Chủ tịch UBND các huyện, thị xã, thành phố", []string{"UBND các huyện, thị xã, thành phố"}},
	{"Các Sở, ban, ngành; UBND quận, huyện, thị xã", []string{"Các Sở, ban, ngành", "UBND quận, huyện, thị xã"}},
	{"Sở Văn hóa và Thể thao", []string{"Sở Văn hóa và Thể thao"}},
	{"Sở Văn hóa, Thể thao và Du lịch", []string{"Sở Văn hóa, Thể thao và Du lịch"}},
	{"Sở Tài chính, Sở Tư pháp và các đơn vị liên quan", []string{"Sở Tài chính", "Sở Tư pháp", "các đơn vị liên quan"}},
	{"các Sở: Kế hoạch và Đầu tư, Tài chính", []string{"Sở Kế hoạch và Đầu tư", "Sở Tài chính"}},
	{"các Bộ: Công an, Tư pháp và Tài chính", []string{"Bộ Công an", "Bộ Tư pháp", "Bộ Tài chính"}},
	{"Chủ tịch, các Phó Chủ tịch UBND tỉnh", []string{"UBND tỉnh"}},
	{"HĐND, UBND tỉnh", []string{"HĐND tỉnh", "UBND tỉnh"}},
	{"Ban Tuyên giáo và Ban Dân vận Tỉnh ủy", []string{"Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy"}},
	{"Giám đốc Sở Tài chính, Giám đốc Sở Tư pháp", []string{"Sở Tài chính", "Sở Tư pháp"}},
	{"- Các cơ quan, đơn vị trực thuộc tỉnh;\n- Như trên.", []string{"Các cơ quan, đơn vị trực thuộc tỉnh", "Như trên"}},
	{"UBND các huyện: Đông Anh, Gia Lâm", []string{"UBND huyện Đông Anh", "UBND huyện Gia Lâm"}},
	{"Các Sở, Ban Dân tộc tỉnh", []string{"Các Sở", "Ban Dân tộc tỉnh"}},
	{"Ủy ban nhân dân, Sở Tư pháp tỉnh", []string{"Ủy ban nhân dân", "Sở Tư pháp tỉnh"}},
	{"các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện", []string{"các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện"}},
	// a post that names its own office is an item of its own
	{"Chánh Văn phòng, Trưởng Ban Quản lý Thu - Sổ, Thẻ, Thủ trưởng các đơn vị trực thuộc", []string{"Văn phòng", "Ban Quản lý Thu - Sổ, Thẻ", "các đơn vị trực thuộc"}},
	{"Cục trưởng Cục Thuế tỉnh, Giám đốc Kho bạc Nhà nước tỉnh", []string{"Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh"}},
	{"Các Ông/Bà: Chánh Văn phòng Bộ Y tế", []string{"Văn phòng Bộ Y tế"}},
	// a clause after the class nouns qualifies them all; a class's own
	// name ("cơ quan thuộc Chính phủ") stays its own
	{"các cơ quan, đơn vị sử dụng Hệ thống thư điện tử công vụ", []string{"các cơ quan, đơn vị sử dụng Hệ thống thư điện tử công vụ"}},
	{"các cơ quan, đơn vị được cấp hộp thư", []string{"các cơ quan, đơn vị được cấp hộp thư"}},
	{"các bộ, ngành, cơ quan thuộc Chính phủ", []string{"các bộ, ngành", "cơ quan thuộc Chính phủ"}},
	// a deputy addresses the body too; a second post after a dash is the
	// same person's; "Thường trực" after a post is the post's
	{"Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban", []string{"Trung tâm phục vụ hành chính công"}},
	{"Đồng chí Trưởng Ban Xây dựng Đảng - Trưởng Tiểu ban", []string{"Ban Xây dựng Đảng"}},
	{"Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực", []string{"Phòng Văn hóa - Xã hội"}},
	{"Giám đốc Sở Lao động - Thương binh và Xã hội", []string{"Sở Lao động - Thương binh và Xã hội"}},
	{"Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội", []string{"Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"}},
	{"Phó Chủ tịch Thường trực UBND tỉnh", []string{"UBND tỉnh"}},
}

func TestSplitAddressees(t *testing.T) {
	for _, tc := range addresseeCases {
		if got := splitAddressees(tc.phrase); !cmp.Equal(got, tc.want) {
			t.Errorf("splitAddressees(%q)\n = %q\nwant %q", tc.phrase, got, tc.want)
		}
	}
}

var modalityCases = []struct {
	text string
	want directive.Modality
}{
	{"Nghiêm cấm sử dụng ngân sách nhà nước để mua quà tặng", directive.ModalityProhibition},
	{"Cấm các cơ quan, đơn vị tổ chức tiệc chiêu đãi", directive.ModalityProhibition},
	{"Cán bộ, công chức không được sử dụng xe công vào việc riêng", directive.ModalityProhibition},
	{"Tăng cường kiểm tra, giám sát, không để xảy ra tình trạng lợi dụng", directive.ModalityProhibition},
	{"Tuyệt đối không uống rượu, bia trong giờ làm việc", directive.ModalityProhibition},
	{"Các đơn vị không được phép tự ý điều chỉnh", directive.ModalityProhibition},
	// the seed letter's two wordings
	{"Tăng cường công tác truyền thông chính sách; khuyến khích mở rộng, cung cấp thông tin thủ tục hành chính thông qua các kênh báo, đài", directive.ModalityEncouragement},
	{"Tuyên truyền, hướng dẫn công tác thông tin cổ động trực quan; khuyến khích tổ chức các cuộc thi sáng tác, biểu diễn", directive.ModalityEncouragement},
	{"Đẩy mạnh chuyển đổi số và khuyến khích người dân sử dụng dịch vụ công trực tuyến", directive.ModalityEncouragement},
	{"Doanh nghiệp được phép sử dụng hóa đơn điện tử", directive.ModalityPermission},
	{"Xây dựng cơ chế, chính sách khuyến khích đầu tư vào nông nghiệp", directive.ModalityObligation},
	{"Xử lý nghiêm các hành vi bị nghiêm cấm theo quy định", directive.ModalityObligation},
	{"Kiểm soát chặt chẽ việc vận chuyển hàng cấm qua biên giới", directive.ModalityObligation},
	{"Quyết định về việc xác định khu vực cấm, địa điểm cấm", directive.ModalityObligation},
	{"Nếu không được xử lý kịp thời sẽ ảnh hưởng đến tiến độ; các sở rà soát", directive.ModalityObligation},
	{"Sở Y tế chủ trì, phối hợp với các đơn vị liên quan triển khai", directive.ModalityObligation},
}

func TestReadModality(t *testing.T) {
	for _, tc := range modalityCases {
		if got := readModality(tc.text); got != tc.want {
			t.Errorf("readModality(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

var productCases = []struct{ text, want string }{
	{"Tổ chức rà soát, lập danh sách các hộ gia đình người có công cần hỗ trợ về nhà ở", "danh sách"},
	{"Tổ chức việc lập biên bản xác nhận xây dựng nhà ở hoàn thành", "biên bản"},
	{"Sở Nội vụ xây dựng kế hoạch tổ chức hội nghị, trình UBND tỉnh trước ngày 15/10", "kế hoạch"},
	{"Nghiên cứu, xây dựng ban hành Nghị định quy định chính sách đối với thanh niên xung phong", "nghị định"},
	{"Ủy ban nhân dân thành phố lập quy hoạch phân khu đô thị", "quy hoạch"},
	{"Thủ trưởng các cơ quan chịu trách nhiệm về tính chính xác của số liệu báo cáo", ""},
	// a producing verb that names an agency or a task is no work asked
	{"Giao Ban Quản lý quy hoạch là cơ quan lập Quy hoạch thăm dò khoáng sản", ""},
	{"Trình Thủ tướng Chính phủ thành lập Hội đồng thẩm định nhiệm vụ lập quy hoạch", ""},
	{"Tổng hợp, báo cáo giải trình, tiếp thu ý kiến Hội đồng thẩm định nhiệm vụ lập quy hoạch.", "báo cáo"},
	{"tham mưu UBND tỉnh ban hành Kế hoạch triển khai Chỉ thị số 12-CT/TU", "kế hoạch"},
	{"Sở Tư pháp ban hành văn bản hướng dẫn thực hiện trước ngày 30/6/2024", "văn bản hướng dẫn"},
	{"Sở Y tế trình dự thảo Quyết định sửa đổi Quy chế để UBND tỉnh xem xét", "dự thảo"},
	{"Xây dựng đề án phát triển du lịch giai đoạn 2021-2025", "đề án"},
	{"xây dựng kế hoạch phòng, chống thiên tai năm 2024", "kế hoạch"},
	// the work of a partner the addressees help with is not theirs to produce
	{"Phối hợp với Mặt trận Tổ quốc Thành phố trong việc xây dựng chương trình, kế hoạch thực hiện Chỉ thị", ""},
	{"Chủ trì, phối hợp với các Sở xây dựng chương trình thực hiện Chỉ thị", "chương trình"},
	{"Xây dựng chương trình hành động, gửi Sở Kế hoạch và Đầu tư", "chương trình"},
	{"báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) để tổng hợp", "báo cáo"},
	{"định kỳ báo cáo UBND tỉnh", "báo cáo"},
	{"Sở Tài chính lập dự toán, xây dựng phương án phân bổ kinh phí", "phương án"},
	{"Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015", ""},
	{"Ban Tuyên giáo Tỉnh ủy vừa ban hành Công văn số 1510-CV/BTGTU về việc tuyên truyền", ""},
	{"Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh", ""},
	{"Tăng cường công tác tuyên truyền, phổ biến pháp luật", ""},
	{"Theo Báo cáo số 15/BC-UBND, tình hình ổn định", ""},
	{"Nhất trí với các báo cáo của Thường trực Hội đồng nhân dân", ""},
	{"UBND tỉnh ban hành Kế hoạch triển khai thực hiện như sau:", "kế hoạch"},
	{"BAN HÀNH QUY CHẾ LÀM VIỆC", ""},
}

func TestReadProduct(t *testing.T) {
	for _, tc := range productCases {
		if got := readProduct(tc.text); got != tc.want {
			t.Errorf("readProduct(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

var reportCases = []struct{ text, to, via string }{
	{"báo cáo UBND Thành phố (qua Sở Nội vụ)", "UBND Thành phố", "Sở Nội vụ"},
	{"gửi báo cáo về Ban Tuyên giáo Tỉnh ủy trước ngày 15/12", "Ban Tuyên giáo Tỉnh ủy", ""},
	{"báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) để tổng hợp", "UBND tỉnh", "Văn phòng UBND tỉnh"},
	{"định kỳ hằng quý báo cáo Thường trực Tỉnh ủy", "Thường trực Tỉnh ủy", ""},
	{"tổng hợp kết quả, báo cáo Bộ Nội vụ qua Sở Nội vụ", "Bộ Nội vụ", "Sở Nội vụ"},
	{"gửi về Sở Văn hóa, Thể thao và Du lịch để tổng hợp", "Sở Văn hóa, Thể thao và Du lịch", ""},
	{"xây dựng kế hoạch, trình UBND tỉnh phê duyệt", "", ""},
	{"Theo Báo cáo số 15/BC-UBND của UBND tỉnh", "", ""},
	{"báo cáo kết quả thực hiện", "", ""},
	// the report's object is no part of the recipient
	{"định kỳ hằng quý tổng hợp, báo cáo UBND tỉnh kết quả thực hiện", "UBND tỉnh", ""},
	{"báo cáo Bộ Y tế tình hình triển khai trước ngày 15/12", "Bộ Y tế", ""},
}

func TestReadReportTo(t *testing.T) {
	for _, tc := range reportCases {
		if to, via := readReportTo(tc.text); to != tc.to || via != tc.via {
			t.Errorf("readReportTo(%q) = %q, %q, want %q, %q", tc.text, to, via, tc.to, tc.via)
		}
	}
}

// TestOtherTonePlacement reads text written with the other tone placement
// ("Uỷ ban", "hoá") as the canonical one, and returns it canonical.
func TestOtherTonePlacement(t *testing.T) {
	if got, want := splitAddressees("Uỷ ban nhân dân, Sở Văn hoá và Thể thao"), []string{"Ủy ban nhân dân", "Sở Văn hóa và Thể thao"}; !cmp.Equal(got, want) {
		t.Errorf("splitAddressees = %q, want %q", got, want)
	}
	if lead, _ := readRoles("Giao Sở Văn hoá, Thể thao và Du lịch chủ trì"); lead != "Sở Văn hóa, Thể thao và Du lịch" {
		t.Errorf("readRoles lead = %q", lead)
	}
}

// wordingInputs are every phrase of the tables above.
func wordingInputs() []string {
	var out []string
	for _, c := range dueCases {
		out = append(out, c.text)
	}
	for _, c := range rolesCases {
		out = append(out, c.text)
	}
	for _, c := range addresseeCases {
		out = append(out, c.phrase)
	}
	for _, c := range modalityCases {
		out = append(out, c.text)
	}
	for _, c := range productCases {
		out = append(out, c.text)
	}
	for _, c := range reportCases {
		out = append(out, c.text)
	}
	return out
}

type wording struct {
	Due      *directive.Due
	Lead     string
	Support  []string
	Bodies   []string
	Modality directive.Modality
	Product  string
	To, Via  string
}

func readWording(s string) wording {
	var w wording
	w.Due, _ = readDue(s, docDate)
	w.Lead, w.Support = readRoles(s)
	w.Bodies = splitAddressees(s)
	w.Modality = readModality(s)
	w.Product = readProduct(s)
	w.To, w.Via = readReportTo(s)
	return w
}

// TestWordingFormsProperties: NFD text and the other tone placement read as
// the NFC text does, for one phrase or two run together.
func TestWordingFormsProperties(t *testing.T) {
	inputs := wordingInputs()
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.SampledFrom(inputs).Draw(t, "text")
		if rapid.Bool().Draw(t, "two") {
			s += rapid.SampledFrom([]string{" ", "; ", ", ", "\n"}).Draw(t, "sep") + rapid.SampledFrom(inputs).Draw(t, "more")
		}
		want := readWording(norm.NFC.String(s))
		for name, form := range map[string]string{"NFD": norm.NFD.String(s), "other tones": vntext.OtherTones(s), "NFD other tones": norm.NFD.String(vntext.OtherTones(s))} {
			if diff := cmp.Diff(want, readWording(form), dateEq); diff != "" {
				t.Fatalf("%s of %q reads differently (-NFC +%s):\n%s", name, s, name, diff)
			}
		}
	})
}

// TestOtherTonesDiffer keeps the property test honest: some of its inputs
// change under the other tone placement and under NFD.
func TestOtherTonesDiffer(t *testing.T) {
	tones, nfd := 0, 0
	for _, s := range wordingInputs() {
		if vntext.OtherTones(s) != vntext.Normalize(s) {
			tones++
		}
		if norm.NFD.String(s) != s {
			nfd++
		}
	}
	if tones == 0 || nfd == 0 {
		t.Fatalf("%d inputs change tone placement, %d change in NFD", tones, nfd)
	}
}

// cutFrom reports whether out is made of at most three pieces of n joined
// by spaces: a piece of the text, or a head or place joined to a name.
func cutFrom(out, n string) bool {
	w := strings.Split(out, " ")
	in := func(ws []string) bool { return len(ws) == 0 || strings.Contains(n, strings.Join(ws, " ")) }
	for i := 0; i <= len(w); i++ {
		for j := i; j <= len(w); j++ {
			if in(w[:i]) && in(w[i:j]) && in(w[j:]) {
				return true
			}
		}
	}
	return false
}

// lowerFirst writes s with its first letter in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func FuzzReadDue(f *testing.F) {
	for _, c := range dueCases {
		f.Add(c.text, 2023)
	}
	f.Add("trước ngày 29/2", 2023)
	f.Add("định kỳ 6 tháng, năm (", 0)
	f.Add("trong vòng 15 (mười lăm) ngày kể từ", 2024)
	f.Fuzz(func(t *testing.T, text string, year int) {
		doc := chidao.Date{}
		if year >= 1900 && year <= 2200 {
			doc = chidao.MustDate(year, 1, 1)
		}
		d, ok := readDue(text, doc)
		if ok != (d != nil) {
			t.Fatalf("ok %v with Due %v", ok, d)
		}
		if !ok {
			return
		}
		n := vntext.Normalize(text)
		if d.Text == "" || !strings.Contains(n, d.Text) || strings.TrimSpace(d.Text) != d.Text {
			t.Fatalf("Text %q is not in %q", d.Text, n)
		}
		if !strings.Contains(d.Text, d.From) {
			t.Fatalf("From %q is not in Text %q", d.From, d.Text)
		}
		if d.Kind.String() == "" || strings.HasPrefix(d.Kind.String(), "directive.") {
			t.Fatalf("Kind %v", d.Kind)
		}
		if !d.Date.IsZero() && d.Kind != directive.DueDate && d.Kind != directive.DuePeriodEnd {
			t.Fatalf("a %v deadline with a date: %+v", d.Kind, d)
		}
		if (d.Kind == directive.DueRecurring) != (d.Cycle != directive.CycleNone) {
			t.Fatalf("cycle %v for a %v deadline", d.Cycle, d.Kind)
		}
		if (d.Kind == directive.DueRelative) != (d.Unit != directive.UnitNone && d.Amount > 0) {
			t.Fatalf("amount %d %v for a %v deadline", d.Amount, d.Unit, d.Kind)
		}
		if d.Day < 0 || d.Day > 31 {
			t.Fatalf("day %d", d.Day)
		}
	})
}

func FuzzSplitAddressees(f *testing.F) {
	for _, s := range wordingInputs() {
		f.Add(s)
	}
	f.Add("các Sở: , và")
	f.Add("Chủ tịch, Giám đốc, Thủ trưởng")
	f.Add("UBND, các huyện: A; HĐND,")
	f.Fuzz(func(t *testing.T, phrase string) {
		n := vntext.Normalize(phrase)
		for _, b := range splitAddressees(phrase) {
			if b == "" || strings.TrimSpace(b) != b || !cutFrom(b, n) && !cutFrom(lowerFirst(b), n) { // "Trưởng phòng Y tế" heads "Phòng Y tế"
				t.Fatalf("body %q is not cut from %q", b, n)
			}
		}
		lead, support := readRoles(phrase)
		for _, b := range append(strings.Split(lead, ", "), support...) {
			if b != "" && !cutFrom(b, n) {
				t.Fatalf("role %q is not cut from %q", b, n)
			}
		}
		to, via := readReportTo(phrase)
		for _, s := range []string{to, via} {
			if !strings.Contains(n, s) {
				t.Fatalf("%q is not in %q", s, n)
			}
		}
		// the product is a noun of the list, written in the text
		if p := readProduct(phrase); p != "" && (!slices.Contains(lexicon.Products, p) || !strings.Contains(vntext.Key(n), vntext.Key(p))) {
			t.Fatalf("product %q is no listed noun of %q", p, n)
		}
		_ = readModality(phrase)
	})
}

func TestExhortation(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"UBND Thành phố yêu cầu các đơn vị nghiêm túc triển khai, thực hiện./.", true},
		{"Đề nghị các Sở, ban, ngành, UBND các quận, huyện, thị xã quan tâm, chỉ đạo thực hiện có hiệu quả./.", true},
		{"Đề nghị các đơn vị báo cáo kết quả trước ngày 15/12/2024./.", false},
		{"Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện Chỉ thị này./.", true},
		{withoutIssuer("Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.", "SỞ NỘI VỤ"), true},
		{withoutIssuer("Sở Nội vụ đề nghị Sở Tài chính bố trí kinh phí./.", "SỞ NỘI VỤ"), false},
		{"Bộ Văn hóa, Thể thao và Du lịch đề nghị Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ có văn bản xin ý kiến của Ủy ban nhân dân tỉnh./.", false},
	} {
		if got := exhortation(c.text); got != c.want {
			t.Errorf("exhortation(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestNamedAfter(t *testing.T) {
	for _, c := range []struct {
		rest string
		want []string
	}{
		{"Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ có văn bản xin ý kiến của Ủy ban nhân dân tỉnh", []string{"Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ"}},
		{"các cơ quan, đơn vị có liên quan báo cáo kết quả", []string{"các cơ quan, đơn vị có liên quan"}},
		{"Ủy ban nhân dân các tỉnh chỉ đạo các sở", []string{"Ủy ban nhân dân các tỉnh"}},
		{"tăng cường công tác phòng, chống thiên tai", nil},
		// a short form defined in parentheses is no part of the name
		{"Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi tắt là Ủy ban nhân dân cấp xã) tổ chức bình xét", []string{"Ủy ban nhân dân phường, xã, thị trấn"}},
		{"Ủy ban nhân dân cấp tỉnh phân bổ cho cấp huyện", []string{"Ủy ban nhân dân cấp tỉnh"}},
		{"BHXH các tỉnh chủ động phối hợp với Sở Y tế", []string{"BHXH các tỉnh"}},
		{"Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao xây dựng kế hoạch", []string{"Các sở, ban, ngành", "UBND các huyện, thành phố"}},
		{"Ủy ban Kiểm tra Tỉnh ủy phối hợp với các cơ quan liên quan kiểm tra", []string{"Ủy ban Kiểm tra Tỉnh ủy"}},
		// a verb is a whole word: "là" is no verb in "Lào Cai"
		{"Sở Công Thương tỉnh Lào Cai nghiên cứu, hướng dẫn chủ đập", []string{"Sở Công Thương tỉnh Lào Cai"}},
		// the names after a plural head's colon are the bodies
		{"các Bộ: Công an, Tài chính, Nông nghiệp và Môi trường có ý kiến", []string{"Bộ Công an", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"}},
		{"Cơ quan Thuế: Đối với hồ sơ", []string{"Cơ quan Thuế"}},
		// a body's name and nothing it is to do
		{"LÃNH ĐẠO ĐƠN VỊ", nil},
		{"Sở Tài chính;", nil},
		{"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:", []string{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}},
		// what the bodies are singled out by, or when they act, is no name
		{"Các tỉnh, thành phố trong cả nước, nhất là các tỉnh vùng Thủ đô, tăng cường liên kết", []string{"Các tỉnh, thành phố trong cả nước"}},
		{"Các cơ quan, đơn vị sau khi được cấp hộp thư phải đổi mật khẩu", []string{"Các cơ quan, đơn vị"}},
		// what a body pays, files or will do ends its name
		{"Chi nhánh nước ngoài tạm nộp thuế hàng quý đầy đủ", []string{"Chi nhánh nước ngoài"}},
		{"Các doanh nghiệp nộp hồ sơ tại Cục Thuế", []string{"Các doanh nghiệp"}},
		{"các đơn vị phản ảnh về Bộ Tài chính để nghiên cứu", []string{"các đơn vị"}},
		{"Cục Hải quan tỉnh, thành phố sẽ theo dõi làm thủ tục", []string{"Cục Hải quan tỉnh, thành phố"}},
	} {
		if got := namedAfter(c.rest); !cmp.Equal(got, c.want) {
			t.Errorf("namedAfter(%q) = %q, want %q", c.rest, got, c.want)
		}
	}
}

func TestStatesItself(t *testing.T) {
	for text, want := range map[string]bool{
		"Quy định này quy định về trình tự, thủ tục giải quyết miễn, giảm tiền sử dụng đất": true,
		"Quyết định này có hiệu lực kể từ ngày ký.":                                         true,
		"Kế hoạch này áp dụng đối với các sở, ban, ngành":                                   true,
		"Quyết định này thay thế Quyết định số 12/2010/QĐ-UBND":                             true,
		"Sở Tư pháp chủ trì hướng dẫn thực hiện Quy định này":                               false,
		"Căn cứ Quy định này, các đơn vị xây dựng kế hoạch":                                 false,
	} {
		if got := statesItself(text); got != want {
			t.Errorf("statesItself(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestRequestedGiao(t *testing.T) {
	p := &docParser{d: &directive.Document{Recipients: []string{"Sở Tài nguyên và Môi trường"}}}
	for text, want := range map[string][]string{
		"Giao Sở Xây dựng chủ trì hướng dẫn thực hiện.":          {"Sở Xây dựng"},
		"Giao cho Sở Tài chính bố trí kinh phí.":                 {"Sở Tài chính"},
		"Hộ gia đình được giao đất ở theo quy định.":             nil,
		"Việc bàn giao hồ sơ thực hiện theo quy định.":           nil,
		"Đề nghị các đơn vị báo cáo trước ngày 15/12/2024.":      {"các đơn vị"},
		"Đề nghị Quý cơ quan có ý kiến gửi về Sở trước ngày 15.": {"Sở Tài nguyên và Môi trường"},
		// "yêu cầu" a noun: what is met, not asked
		"Kết quả cấp chứng chỉ hành nghề chưa đạt yêu cầu do thiếu nhân lực.":                           nil,
		"Hồ sơ được lập đúng yêu cầu, gửi kèm theo văn bản.":                                            nil,
		"Yêu cầu các đơn vị khẩn trương triển khai, đạt yêu cầu đề ra.":                                 {"các đơn vị"},
		"Đề nghị Kiểm toán Nhà nước và các cơ quan chức năng tạo điều kiện thuận lợi cho doanh nghiệp.": {"Kiểm toán Nhà nước", "các cơ quan chức năng"},
		// "Căn cứ …": a basis, and a request only after its comma
		"Căn cứ đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV":                         nil,
		"Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành triển khai thực hiện./.":     {"các sở, ngành"},
		"Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị tổ chức thực hiện.": {"các cơ quan, đơn vị"},
	} {
		if got := p.requested(text); !cmp.Equal(got, want) {
			t.Errorf("requested(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestNamedAfterClause(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"}}
	for text, want := range map[string][]string{
		"Trên cơ sở đề nghị của Sở Xây dựng và Sở Lao động - Thương binh và Xã hội, Sở Tài chính thẩm định và xác định nguồn kinh phí.": {"Sở Tài chính"},
		"Trong quá trình thực hiện nếu có vướng mắc, Chủ tịch Ủy ban nhân dân các huyện tổng hợp, báo cáo về Cục Thuế tỉnh.":            {"Ủy ban nhân dân các huyện"},
		"Căn cứ số vốn được phân bổ, Ủy ban nhân dân cấp huyện thực hiện cấp phát.":                                                     {"Ủy ban nhân dân cấp huyện"},
		"Trong quá trình thực hiện, cần bảo đảm công khai, minh bạch.":                                                                  nil,
		"Trong thời hạn 03 ngày làm việc kể từ khi nhận được văn bản đề nghị, Sở Khoa học và Công nghệ thực hiện phân loại, xử lý.":     {"Sở Khoa học và Công nghệ"},
		"Sau 03 ngày làm việc kể từ khi nhận được văn bản, Sở Khoa học và Công nghệ thực hiện khôi phục hộp thư.":                       {"Sở Khoa học và Công nghệ"},
		"Sở Xây dựng hướng dẫn thực hiện.": nil,
		// clauses of purpose and time before the bodies
		"Nhằm đạt được mục tiêu của Chỉ thị số 49-CT/TW đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan ngang bộ cần cụ thể hóa các nhiệm vụ sau đây:": {"các bộ", "cơ quan ngang bộ"},
		"Trong thời gian tới, Sở Y tế tập trung chỉ đạo các nội dung sau:":                      {"Sở Y tế"},
		"Trong thời gian tới, cần tiếp tục đẩy mạnh công tác tuyên truyền.":                     nil,
		"Bên cạnh các nhiệm vụ thường xuyên, Ủy ban nhân dân các quận, huyện rà soát, báo cáo.": {"Ủy ban nhân dân các quận, huyện"},
	} {
		if got := p.namedAfterClause(text); !cmp.Equal(got, want) {
			t.Errorf("namedAfterClause(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestConditionalReport(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Nếu có khó khăn, vướng mắc, báo cáo Bộ Y tế để kịp thời xem xét, giải quyết./.", true},
		{"Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Sở Tài chính để được hướng dẫn.", true},
		{"Nếu có khó khăn, các đơn vị chủ động giải quyết.", false},
		{"Báo cáo khó khăn, vướng mắc về Sở Nội vụ.", false},
		{"Trong quá trình thực hiện có phát sinh vướng mắc, đề nghị báo cáo về Tổng cục Hải quan để được xem xét.", true},
	} {
		if got := conditionalReport(c.text); got != c.want {
			t.Errorf("conditionalReport(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// a later sentence of a paragraph is its own obligation
	text := "Đề nghị các đơn vị chủ động phối hợp triển khai thực hiện. Nếu có khó khăn, vướng mắc, báo cáo Bộ Y tế để xem xét."
	if i := reportSentence(text); i <= 0 || !strings.HasPrefix(text[i:], "Nếu có") {
		t.Errorf("reportSentence(%q) = %d", text, i)
	}
}

// Offsets found in the lower case are the text's: a rune whose lower case
// is longer ("İ") or a byte that is not UTF-8 stays as it is.
func TestLowerKeepLen(t *testing.T) {
	for _, s := range []string{"İ đề nghị Sở Y tế", "Sở NỘI VỤ", "a\xffB", "ĐỀ NGHỊ"} {
		if got := lowerKeepLen(s); len(got) != len(s) {
			t.Errorf("lowerKeepLen(%q) = %q: %d bytes, want %d", s, got, len(got), len(s))
		}
	}
	if got := lowerKeepLen("ĐỀ NGHỊ Sở"); got != "đề nghị sở" {
		t.Errorf("lowerKeepLen = %q", got)
	}
	if got := namedAfter("İ đề nghị Sở 0. 0.0 A0. 0) A. 0) A Nơi nhận"); got != nil {
		t.Errorf("namedAfter = %q, want none", got)
	}
}

// What to avoid in doing a task is no prohibition; a text that opens by
// forbidding is.
func TestModalityLaterClause(t *testing.T) {
	for text, want := range map[string]directive.Modality{
		"Các bệnh viện tuyến tỉnh chuẩn bị đầy đủ thuốc, giường bệnh; không để xảy ra tình trạng quá tải.": directive.ModalityObligation,
		"Không để xảy ra tình trạng quá tải tại các bệnh viện.":                                            directive.ModalityProhibition,
		"Các đơn vị không được tự ý sử dụng hóa chất.":                                                     directive.ModalityProhibition,
		"Nghiêm cấm các đơn vị tự ý sử dụng hóa chất không đúng quy định.":                                 directive.ModalityProhibition,
	} {
		if got := readModality(text); got != want {
			t.Errorf("readModality(%q) = %s, want %s", text, got, want)
		}
	}
}

func TestMisreadNoiNhan(t *testing.T) {
	for text, want := range map[string]bool{
		"Nơi nhân: T/M BAN THƯỜNG VỤ":       true,
		"Noi nhan:":                         true,
		"- Nơi nhặn :":                      true,
		"Nơi nhân dân sinh sống":            false,
		"Nơi nhận việc":                     false,
		"Noi nhận:} - KT. TONG CỤC TRƯỞNG":  true,
		"Noi nhận:ÿ . ; KT.TONG CUC TRUONG": true,
		"Nơi nhân:dân":                      true,
	} {
		if got := misreadNoiNhan(text); got != want {
			t.Errorf("misreadNoiNhan(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPageMarker(t *testing.T) {
	for text, want := range map[string]bool{
		"===== Trang 5": true, "Trang 3/12": true, "- Page 2 -": true, "TRANG 7": true,
		"Trang thông tin điện tử": false, "Trang 5 của Quyết định": false, "5": false,
		"--- PAGE BREAK ---": true, "— PAGE BREAK —": true, "Page break": false,
	} {
		if got := isPageMarker(text); got != want {
			t.Errorf("isPageMarker(%q) = %v, want %v", text, got, want)
		}
	}
}

// Who a point is addressed to when its section heading names bodies: a
// heading listing long names; a heading whose bodies are to direct others
// (its points are theirs to see done); a point that directs a body to
// lead; a point naming its body under "X chỉ đạo:" (X's and the body's).
func TestHeadingAddresseesInLetter(t *testing.T) {
	const letter = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Lào Cai, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Triển khai thực hiện chuyển đổi số năm 2025
I. NHIỆM VỤ
1. Ban Quản lý Khu kinh tế tỉnh và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai:
a) Rà soát hồ sơ thủ tục hành chính, hoàn thành trước ngày 30/6/2025.
2. Ủy ban nhân dân các huyện, chỉ đạo các cơ quan, đơn vị có liên quan:
a) Triển khai nền tảng số tại cấp xã.
3. Ủy ban nhân dân các huyện, thị xã, thành phố:
a) Chỉ đạo Phòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền.
4. Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo:
a) Sở Nội vụ rà soát tổ chức bộ máy các cơ quan chuyên môn.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := Parse(letter)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		start string
		to    []string
		lead  string
	}{
		{"Rà soát hồ sơ thủ t", []string{"Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý các Khu công nghiệp tỉnh Lào Cai"}, ""},
		{"Triển khai nền tảng", []string{"Ủy ban nhân dân các huyện"}, ""},
		{"Chỉ đạo Phòng Văn h", []string{"Ủy ban nhân dân các huyện, thị xã, thành phố"}, "Phòng Văn hóa và Thông tin"},
		{"Sở Nội vụ rà soát", []string{"Đảng ủy Ủy ban nhân dân tỉnh", "Sở Nội vụ"}, ""},
	} {
		i := slices.IndexFunc(d.Obligations, func(o directive.Obligation) bool { return strings.HasPrefix(o.Text, c.start) })
		if i < 0 {
			t.Errorf("no obligation opens %q; got %d obligations", c.start, len(d.Obligations))
			continue
		}
		o := d.Obligations[i]
		if diff := cmp.Diff(c.to, o.Addressees); diff != "" {
			t.Errorf("%q addressees (-want +got):\n%s", c.start, diff)
		}
		if o.Lead != c.lead {
			t.Errorf("%q lead = %q, want %q", c.start, o.Lead, c.lead)
		}
	}
}

// A decision has no recipients: a point of its execution article in
// which a request word stands as a noun ("đáp ứng yêu cầu") is still read
// for the body it names.
func TestDecisionPointNamesItsBody(t *testing.T) {
	const decision = `BẢO HIỂM XÃ HỘI VIỆT NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1666/QĐ-BHXH
Hà Nội, ngày 03 tháng 12 năm 2020
QUYẾT ĐỊNH
Ban hành mẫu thẻ bảo hiểm y tế
Điều 1. Ban hành kèm theo Quyết định này mẫu thẻ bảo hiểm y tế.
Điều 2. Tổ chức thực hiện
1. Trung tâm Công nghệ thông tin căn cứ chức năng, nhiệm vụ được giao điều chỉnh các phần mềm nghiệp vụ để đáp ứng yêu cầu in, cấp, quản lý thẻ bảo hiểm y tế.
2. Giao các đơn vị liên quan tổ chức thực hiện.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TỔNG GIÁM ĐỐC
Nguyễn Thế Mạnh
`
	d, err := Parse(decision)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Obligations, func(o directive.Obligation) bool { return strings.HasPrefix(o.Text, "Trung tâm") })
	if i < 0 {
		t.Fatalf("no obligation for point 1; got %d", len(d.Obligations))
	}
	if want := []string{"Trung tâm Công nghệ thông tin"}; !slices.Equal(d.Obligations[i].Addressees, want) {
		t.Errorf("addressees = %q, want %q", d.Obligations[i].Addressees, want)
	}
}

// A paragraph that announces a list of bodies ("… gồm:") over bullets of
// bodies and their scope gives the points after it to those bodies; the
// list itself assigns nothing.
func TestBodyListCarriesPoints(t *testing.T) {
	const plan = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 7103/UBND-TH
Lào Cai, ngày 10 tháng 11 năm 2026
Kính gửi: Các sở, ban, ngành tỉnh
1. Các sở quản lý nhà nước chuyên ngành về hạ tầng
Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:
- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);
- Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);
- Ban Quản lý Khu kinh tế (đối với tài sản kết cấu hạ tầng khu kinh tế). Có trách nhiệm:
a) Rà soát các văn bản quy phạm pháp luật thuộc lĩnh vực quản lý.
b) Tăng cường kiểm tra việc quản lý, khai thác tài sản.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
`
	d, err := Parse(plan)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Sở Công Thương", "Sở Xây dựng", "Ban Quản lý Khu kinh tế"}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, vntext.ClipRunes(o.Text, 12))
		if diff := cmp.Diff(want, o.Addressees); diff != "" {
			t.Errorf("%q addressees (-want +got):\n%s", o.Text, diff)
		}
	}
	if len(d.Obligations) != 2 {
		t.Errorf("obligations %q, want the two points", got)
	}
}

// TestExecutionArticleMinistryPosts reads a ministry's execution article,
// where the posts of its Vụ and Cục stand before the bodies: "Vụ trưởng
// các Vụ" is "các Vụ", "Vụ trưởng Vụ Pháp chế" is "Vụ Pháp chế".
func TestExecutionArticleMinistryPosts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Chánh Văn phòng, Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.",
			[]string{"Văn phòng", "các Vụ", "các Cục thuộc Bộ"}},
		{"Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Quản lý khám, chữa bệnh và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Văn phòng Bộ", "Vụ Pháp chế", "Cục Quản lý khám, chữa bệnh", "các đơn vị có liên quan"}},
		{"Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng các Vụ, Tổng cục trưởng các Tổng cục, Cục trưởng các Cục chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Văn phòng Bộ", "Thanh tra Bộ", "các Vụ", "các Tổng cục", "các Cục"}},
		{"Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Thủ trưởng các ban, ngành chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Văn phòng UBND tỉnh", "các Sở", "các ban, ngành"}},
		// the article's entry into force before, in the same paragraph
		{"Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.",
			[]string{"Văn phòng UBND tỉnh", "Sở Nội vụ"}},
	} {
		if got := executionBodies(tc.text); !cmp.Equal(got, tc.want) {
			t.Errorf("executionBodies(%q)\n = %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestHeadingDutyAddressees reads the bodies a heading gives its items
// when it names their duty: "Cục … có trách nhiệm:", "NHIỆM VỤ CHỦ YẾU
// CỦA BỘ …"; a sentence that ends on "có trách nhiệm:" names none.
func TestHeadingDutyAddressees(t *testing.T) {
	for _, tc := range []struct {
		heading string
		want    []string
	}{
		{"Cục Biến đổi khí hậu có trách nhiệm:", []string{"Cục Biến đổi khí hậu"}},
		{"Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm:", []string{"Ủy ban nhân dân các huyện, thị xã, thành phố"}},
		{"NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", []string{"BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"}},
		{"Sở Lao động Thương binh và Xã hội: Trong thời hạn không quá 05 (năm) ngày làm việc, kể từ ngày nhận được văn bản đề nghị có trách nhiệm:", nil},
		{"Các nội dung có trách nhiệm:", nil},
		// duty nouns joined before "của"
		{"Nhiệm vụ và quyền hạn của Đoàn kiểm tra", []string{"Đoàn kiểm tra"}},
		{"Chức năng, nhiệm vụ cụ thể của Ban Chỉ đạo", []string{"Ban Chỉ đạo"}},
		{"Trách nhiệm và quyền của Sở Tư pháp", []string{"Sở Tư pháp"}},
		{"Nhiệm vụ và giải pháp của Sở Y tế", nil},
	} {
		if got := headingAddressees(tc.heading); !cmp.Equal(got, tc.want) {
			t.Errorf("headingAddressees(%q) = %q, want %q", tc.heading, got, tc.want)
		}
	}
}

// TestShortNameOfRecipient reads "Công ty" in a letter to one company as
// that company.
func TestShortNameOfRecipient(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 6795/SNNMT-KS\nV/v thực hiện nghĩa vụ khai thác khoáng sản\nLào Cai, ngày 10 tháng 9 năm 2026\n\n" +
		"Kính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô\n\n" +
		"Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện các nội dung sau:\n" +
		"1. Thực hiện cắm mốc khu vực khai thác theo quy định.\n2. Lập hồ sơ pháp lý về bảo vệ môi trường.\n\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) == 0 {
		t.Fatal("no obligations")
	}
	for i, o := range d.Obligations {
		if want := []string{"Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô"}; !cmp.Equal(o.Addressees, want) {
			t.Errorf("obligations[%d].addressees = %q, want %q", i, o.Addressees, want)
		}
	}
}

// TestYearsCell reads a time column's cell of years as due by the end of
// the last year, and nothing else as such.
func TestYearsCell(t *testing.T) {
	for in, want := range map[string]string{
		"2024 - 2025": "2025-12-31", "2024-2030": "2030-12-31", "Năm 2026": "2026-12-31", "Giai đoạn 2024 - 2030": "2030-12-31",
		"2025": "2025-12-31", "Quý III/2024": "", "Thường xuyên": "", "2030 - 2024": "", "15/2024": "", "123": "",
	} {
		d, ok := yearsCell(in)
		got := ""
		if ok {
			got = d.Date.String()
			if d.Kind != directive.DuePeriodEnd || d.Text != in {
				t.Errorf("yearsCell(%q) = %+v", in, d)
			}
		}
		if got != want {
			t.Errorf("yearsCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMonthsCell(t *testing.T) {
	for in, want := range map[string]string{
		"12/2019": "2019-12-31", "10-11/2019": "2019-11-30", "3-12/2020": "2020-12-31", "01-4/2021": "2021-04-30", "Tháng 2/2024": "2024-02-29",
		"02 - 03/2020": "2020-03-31", "13/2020": "", "2019": "", "15/12/2019": "", "Quý I/2020": "", "1-/2020": "",
	} {
		d, ok := monthsCell(in)
		got := ""
		if ok {
			got = d.Date.String()
			if d.Kind != directive.DuePeriodEnd || d.Text != in {
				t.Errorf("monthsCell(%q) = %+v", in, d)
			}
		}
		if got != want {
			t.Errorf("monthsCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPartsAreTasksVerbs reads the bullets under a task of a tasks section
// as tasks of their own when each opens with a task's verb, those of a
// Party resolution among them ("Thể chế hóa …", "Điều chỉnh …").
func TestPartsAreTasksVerbs(t *testing.T) {
	for _, s := range []string{"Thể chế hóa đầy đủ các quan điểm, chủ trương", "Điều chỉnh thuế suất thuế tài nguyên",
		"Áp dụng mô hình quản trị tài nguyên", "Ưu tiên cấp phép dự án", "Bổ sung quy định về đấu giá",
		"Thường xuyên tổ chức tuyên truyền, phổ biến", "Trong năm 2022 hoàn thành việc lập quy hoạch", "Thống kê, kiểm kê nguồn lực",
		"Hằng năm, rà soát danh mục"} {
		if !opensTask(readText(s)) {
			t.Errorf("opensTask(%q) = false", s)
		}
	}
	for _, s := range []string{"Tài nguyên địa chất là nguồn lực quan trọng", "Công tác quản lý còn hạn chế",
		"Thường xuyên là nhiệm vụ trọng tâm", "Trong năm 2022, tình hình khai thác còn phức tạp"} {
		if opensTask(readText(s)) {
			t.Errorf("opensTask(%q) = true", s)
		}
	}
}

// TestPartyResolutionTasks reads a Party resolution: its situation section
// in capitals lays nothing, and the bullets of a task are its tasks though
// a scan damaged one's verb ("Đây mạnh").
func TestPartyResolutionTasks(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 75-KL/TW\nHà Nội, ngày 28 tháng 7 năm 2026\n\nKẾT LUẬN\nVỀ BẢO VỆ MÔI TRƯỜNG\n\n" +
		"I- BỐI CẢNH, TÌNH HÌNH\nSau hơn 13 năm thực hiện Nghị quyết, công tác bảo vệ môi trường đạt kết quả\nquan trọng, khá toàn diện.\n\n" +
		"II- NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường sự lãnh đạo của Đảng\n- Phát huy vai trò của Mặt trận Tổ quốc Việt Nam.\n- Đây mạnh tuyên truyền, giáo dục.\n- Khẩn trương hoàn thiện pháp luật về bảo vệ môi trường.\n\n" +
		"T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\nTô Lâm\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, o.Path)
	}
	if want := []string{"body[1].children[0].children[0]", "body[1].children[0].children[1]", "body[1].children[0].children[2]"}; !cmp.Equal(got, want) {
		t.Errorf("obligations at %q, want %q", got, want)
	}
}

// TestRequestDefinedAs reads the bodies a request names past the short
// name it defines for some of them.
func TestRequestDefinedAs(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "BỘ TÀI CHÍNH"}}
	got := p.requestedNamed("Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung chỉ đạo triển khai")
	if n := len(got); n == 0 || got[n-1] != "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" || slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "sau đây") }) {
		t.Errorf("requestedNamed = %q", got)
	}
}

// Under a tasks section, a numbered title with no colon over plain
// paragraphs that assign (a Party resolution's "1. Tăng cường sự lãnh đạo
// của Đảng, …") gives an obligation per paragraph, not one for the title.
func TestTitledTaskParagraphs(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 75-KL/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 3 năm 2026\n\nKẾT LUẬN\nvề bảo vệ môi trường\n\n" +
		"I. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường sự lãnh đạo của Đảng, phát huy vai trò của hệ thống chính trị\n" +
		"Các cấp uỷ, tổ chức đảng, các cấp chính quyền phải quán triệt sâu sắc quan điểm của Đảng.\n" +
		"Phát huy vai trò của Mặt trận Tổ quốc Việt Nam trong giám sát thi hành pháp luật.\n" +
		"Đẩy mạnh tuyên truyền, giáo dục, tạo sự thống nhất trong nhận thức.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != 3 {
		for _, o := range d.Obligations {
			t.Logf("%s %q", o.Path, o.Text)
		}
		t.Fatalf("%d obligations, want one per paragraph (3)", len(d.Obligations))
	}
}

// TestArticleDutyLeadIn reads an article that gives a body its duties:
// the heading names the body, the paragraph ending in a colon leads in
// to the points and is no task itself, each point is one.
func TestArticleDutyLeadIn(t *testing.T) {
	text := "SỞ CÔNG THƯƠNG\nSố: 10/QĐ-SCT\nLào Cai, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm tra\n\nQUYẾT ĐỊNH:\n\n" +
		"Điều 1. Thành lập Đoàn kiểm tra gồm các ông, bà có tên sau.\n\n" +
		"Điều 2. Nhiệm vụ và quyền hạn của Đoàn kiểm tra\n\n" +
		"Đoàn kiểm tra thực hiện nhiệm vụ theo quy định tại Điều 8 Nghị định số 217/2025/NĐ-CP, trong đó tập trung:\n\n" +
		"1. Xây dựng và trình Giám đốc Sở phê duyệt Kế hoạch kiểm tra chi tiết.\n\n" +
		"2. Báo cáo kết quả kiểm tra cho Giám đốc Sở sau khi kết thúc đợt kiểm tra.\n"
	got := obligationsOf(t, text, func(o directive.Obligation) string {
		if !strings.HasPrefix(o.Path, "body[2]") {
			return ""
		}
		return fmt.Sprintf("%.20s → %v", o.Text, o.Addressees)
	})
	want := []string{"Xây dựng và trình Gi → [Đoàn kiểm tra]", "Báo cáo kết quả kiểm → [Đoàn kiểm tra]"}
	if !cmp.Equal(got, want) {
		t.Errorf("obligations of Điều 2:\n got %q\nwant %q", got, want)
	}
}

// TestReplyLetterPoints reads a reply: "về việc đề nghị …" recalls the
// recipient's request and asks nothing, so the points that explain the law
// assign nothing, and a point that asks a body it names assigns to it.
func TestReplyLetterPoints(t *testing.T) {
	text := "BỘ CÔNG THƯƠNG\nCỤC KỸ THUẬT AN TOÀN\nSố: 216/ATMT-ATĐ\nV/v hướng dẫn nạo vét lòng hồ\nHà Nội, ngày 10 tháng 02 năm 2026\n\n" +
		"Kính gửi: Sở Công Thương tỉnh Lào Cai\n\n" +
		"Trả lời Văn bản số 472/SCT-NL ngày 28 tháng 01 năm 2026 của Sở Công Thương tỉnh Lào Cai về việc đề nghị hướng dẫn thực hiện hoạt động nạo vét, Cục có ý kiến như sau:\n\n" +
		"1. Căn cứ quy định tại Điều 42 Nghị định số 62/2025/NĐ-CP thì các hoạt động trong phạm vi bảo vệ đập sẽ không còn phải xin giấy phép.\n\n" +
		"2. Trường hợp nạo vét có thu hồi cát, sỏi thì đề nghị Sở Công Thương hướng dẫn chủ đầu tư liên hệ với Sở Nông nghiệp và Môi trường.\n"
	got := obligationsOf(t, text, pathAndAddressees)
	want := []string{"body[2] [Sở Công Thương]"}
	if !cmp.Equal(got, want) {
		t.Errorf("obligations:\n got %q\nwant %q", got, want)
	}
}

// TestNestedRequestLeadIn reads a point's lead-in that asks something of
// bodies ("… yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:"): no
// task itself, its bullets are the tasks of the bodies it asks, and "đơn
// vị nêu trên" points back at the recipients.
func TestNestedRequestLeadIn(t *testing.T) {
	text := "SỞ CÔNG THƯƠNG\nSố: 1894/TB-SCT\nLào Cai, ngày 10 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết quả kiểm tra\n\n" +
		"Kính gửi: Công ty TNHH Hiệp Phú\n\n" +
		"1. Kết quả kiểm tra\n\n- Qua kiểm tra, đơn vị đã chấp hành cơ bản các quy định.\n\n" +
		"2. Kiến nghị\n\n" +
		"Để việc chấp hành quy định được tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:\n\n" +
		"- Tiếp tục thực hiện giám sát việc lập hộ chiếu nổ mìn.\n\n" +
		"- Nghiêm chỉnh chấp hành các quy định tại Luật Quản lý, sử dụng vũ khí, vật liệu nổ.\n"
	got := obligationsOf(t, text, pathAndAddressees)
	want := []string{"body[1].children[1] [Công ty TNHH Hiệp Phú]", "body[1].children[2] [Công ty TNHH Hiệp Phú]"}
	if !cmp.Equal(got, want) {
		t.Errorf("obligations:\n got %q\nwant %q", got, want)
	}
}

// TestForBodies reads the bodies "Đối với …:" names before a task, and
// none when it names a case.
func TestForBodies(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Đối với Đoàn kiểm tra: Các thành viên Đoàn thực hiện nghiêm túc kế hoạch.", []string{"Đoàn kiểm tra"}},
		{"Đối với Sở Tài chính, Sở Nội vụ: Rà soát, bố trí kinh phí.", []string{"Sở Tài chính", "Sở Nội vụ"}},
		{"Đối với các dự án đang triển khai: tiếp tục thực hiện theo quy định.", nil},
		{"Đối với Sở Y tế:", nil},
		{"Đối với cơ sở đào tạo, thực hiện theo quy định.", nil},
	} {
		if got := forBodies(c.text); !cmp.Equal(got, c.want) {
			t.Errorf("forBodies(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTitledTaskFewParagraphs reads a tasks section's title that is no
// sentence over one or two paragraphs opening with their own task (a
// scan's "Đây mạnh" among them): each paragraph a task, the title none;
// a heading that is a sentence keeps its task.
func TestTitledTaskFewParagraphs(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 75-KL/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 3 năm 2026\n\nKẾT LUẬN\nvề bảo vệ môi trường\n\n" +
		"I. NHIỆM VỤ, GIẢI PHÁP\n\n" +
		"1. Huy động, phân bổ và sử dụng hiệu quả các nguồn lực cho bảo vệ môi trường\n\n" +
		"Bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm cho sự nghiệp bảo vệ môi trường.\n\n" +
		"Ban hành cơ chế, chính sách thuận lợi, ưu đãi về tài chính, tín dụng.\n\n" +
		"2. Phát triển khoa học, công nghệ, đổi mới sáng tạo\n\n" +
		"Đây mạnh nghiên cứu, phát triển, chuyển giao và ứng dụng công nghệ.\n\n" +
		"3. Phát huy vai trò của Mặt trận Tổ quốc Việt Nam trong công tác bảo vệ môi trường.\n"
	got := obligationsOf(t, text, func(o directive.Obligation) string { return fmt.Sprintf("%s %.12s", o.Path, o.Text) })
	want := []string{"body[0].children[0].children[0] Bố trí tối t", "body[0].children[0].children[1] Ban hành cơ ",
		"body[0].children[1].children[0] Đây mạnh ngh", "body[0].children[2] Phát huy vai"}
	if !cmp.Equal(got, want) {
		t.Errorf("obligations:\n got %q\nwant %q", got, want)
	}
}

// TestCourtesy tells thanks, hopes and a form's signature place, which ask
// nothing, from lines that ask.
func TestInformsOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.":          true,
		"Tổng cục Thuế thông báo để các Cục Thuế biết và triển khai thực hiện.":              true,
		"Tổng cục Hải quan thông báo dé các Cục Hải quan tỉnh, thành phố biết và thực hiện.": true, // a scan's "dé"
		"Tổng cục Thuế thông báo dé các Cục Thuế biết và triển khai thực hiện ./. ,~":        true, // and its specks
		"Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh.":                  false,
		"Sở Y tế thông báo để các đơn vị tổ chức tiêm chủng trước ngày 10/5.":                false,
		"Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.":          true,
		"Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị biết được biết./.":                        true,
		"Tổng cục Thuế trả lời để Cục Thuế được biết.":                                       true,
		"Sở Tài chính trả lời Sở Y tế về kinh phí năm 2026.":                                 false,
	} {
		if got := informsOnly(text); got != want {
			t.Errorf("informsOnly(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestCourtesy(t *testing.T) {
	for text, want := range map[string]bool{
		"Trân trọng cảm ơn.": true,
		"Xin trân trọng cảm ơn sự phối hợp của Quý cơ quan.":                                                          true,
		"Mong nhận được sự quan tâm, phối hợp của Quý Cơ quan. l":                                                     true,
		"Rất mong nhận được sự phối hợp của các đơn vị.":                                                              true,
		"LÃNH ĐẠO ĐƠN VỊ (Ký tên, đóng dấu)":                                                                          true,
		"Thủ trưởng đơn vị (ký, ghi rõ họ tên)":                                                                       true,
		"Đề nghị các đơn vị gửi báo cáo trước ngày 10/5/2026.":                                                        false,
		"Mong các đơn vị khẩn trương triển khai thực hiện.":                                                           false,
		"Trân trọng đề nghị Quý cơ quan phối hợp thực hiện, gửi báo cáo về Bộ Y tế trước ngày 30/6/2026 để tổng hợp.": false,
	} {
		if got := courtesy(text); got != want {
			t.Errorf("courtesy(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestBareLeadIn tells a lead-in printed apart from its points, which
// asks nothing, from lines that ask.
func TestBareLeadIn(t *testing.T) {
	for text, want := range map[string]bool{
		"Cụ thể:":         true,
		"Cụ thể như sau:": true,
		"Trong đó: ":      true,
		"Cụ thể":          false,
		"Cụ thể hóa Nghị quyết số 34-NQ/TU:":  false,
		"Giao Sở Y tế:":                       false,
		"Sở Y tế thực hiện các nội dung sau:": false,
	} {
		if got := bareLeadIn(text); got != want {
			t.Errorf("bareLeadIn(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestStatementHeadings tells the headings of parts that state aims or
// the situation from those of parts that give work.
func TestStatementHeadings(t *testing.T) {
	for h, want := range map[string]bool{
		"MỤC ĐÍCH, YÊU CẦU":                            true,
		"Mục tiêu tổng quát":                           true,
		"Tầm nhìn đến năm 2045":                        true,
		"TÌNH HÌNH VÀ NGUYÊN NHÂN":                     true,
		"BỐI CẢNH, TÌNH HÌNH":                          true,
		"BI CẢNH, TÌNH HÌNH":                           true,
		"Nắm chắc tình hình":                           false,
		"Đánh giá tình hình thực hiện năm 2025":        true,
		"QUAN ĐIỂM, MỤC TIÊU":                          true,
		"NHIỆM VỤ VÀ GIẢI PHÁP":                        false,
		"Yêu cầu các sở, ngành":                        false,
		"Tầm nhìn đến năm 2045 và giải pháp":           false,
		"Mục tiêu năm 2026":                            true,
		"Mục tiêu cụ thể giai đoạn 2021 - 2025":        true,
		"Mục tiêu phát triển công nghiệp":              false,
		"TỔ CHỨC THỰC HIỆN":                            false,
		"NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ": true,
		"Mục đích, yêu cầu tổ chức Hội nghị":           true,
		"Nguyên tắc làm việc":                          false,
	} {
		if got := statementHeading(h); got != want {
			t.Errorf("statementHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestProductOfCell names a "Sản phẩm" cell's product by its noun when it
// opens with one, and keeps any other cell whole.
func TestProductOfCell(t *testing.T) {
	for c, want := range map[string]string{
		"Quyết định của Thủ tướng Chính phủ": "quyết định",
		"Báo cáo":                "báo cáo",
		"Kế hoạch của UBND tỉnh": "kế hoạch",
		"Mô hình thí điểm":       "Mô hình thí điểm",
	} {
		if got := productOfCell(c); got != want {
			t.Errorf("productOfCell(%q) = %q, want %q", c, got, want)
		}
	}
}

// obligationsOf parses text and lists its obligations, each written by
// show; a parse error fails the test.
func obligationsOf(t *testing.T, text string, show func(directive.Obligation) string) []string {
	t.Helper()
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range d.Obligations {
		if s := show(o); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// pathAndAddressees shows an obligation by its path and its addressees.
func pathAndAddressees(o directive.Obligation) string {
	return fmt.Sprintf("%s %v", o.Path, o.Addressees)
}

// TestBodyBulletOverPoints reads "- Bộ …:" over its "+" points: the points
// are the body's tasks, the bullet none.
func TestBodyBulletOverPoints(t *testing.T) {
	text := "THỦ TƯỚNG CHÍNH PHỦ\nSố: 419/QĐ-TTg\nHà Nội, ngày 05 tháng 4 năm 2017\n\nQUYẾT ĐỊNH\nPhê duyệt Chương trình\n\nQUYẾT ĐỊNH:\n\n" +
		"Điều 1. Phê duyệt Chương trình với những nội dung sau:\n\n" +
		"b) Trách nhiệm của các bộ, ngành liên quan\n\n" +
		"- Bộ Nông nghiệp và Phát triển nông thôn:\n\n" +
		"+ Chủ trì, phối hợp với các bộ, ngành liên quan tổ chức triển khai Chương trình.\n\n" +
		"+ Xây dựng kế hoạch thực hiện trung hạn và hàng năm.\n\n" +
		"- Bộ Tài chính:\n\n" +
		"+ Cân đối, bố trí kinh phí thực hiện Chương trình.\n"
	got := obligationsOf(t, text, func(o directive.Obligation) string { return fmt.Sprintf("%.12s %v", o.Text, o.Addressees) })
	want := []string{"Chủ trì, phố [Bộ Nông nghiệp và Phát triển nông thôn]", "Xây dựng kế  [Bộ Nông nghiệp và Phát triển nông thôn]",
		"Cân đối, bố  [Bộ Tài chính]"}
	if !cmp.Equal(got, want) {
		t.Errorf("obligations:\n got %q\nwant %q", got, want)
	}
}

// TestTasksColumnsGroupColumn takes "Hoạt động", not the "Nhóm hoạt động"
// that groups the rows, for the task.
func TestTasksColumnsGroupColumn(t *testing.T) {
	tb := &directive.Table{Header: []string{"TT", "Nhóm hoạt động", "Hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"}}
	c, ok := tasksColumns(tb)
	if !ok || c.content != 2 || c.lead != 3 || c.support != 4 || c.due != 5 {
		t.Errorf("tasksColumns = %+v, %v", c, ok)
	}
}

// TestTaskHeadings tells the headings that open a section of tasks.
func TestTaskHeadings(t *testing.T) {
	for h, want := range map[string]bool{
		"NHIỆM VỤ VÀ GIẢI PHÁP":             true,
		"Nội dung chủ yếu của Chương trình": true,
		"Các hoạt động chủ yếu":             true,
		"Nội dung thực hiện":                true,
		"CÁC GIAI ĐOẠN THỰC HIỆN":           true,
		"Mục tiêu":                          false,
		"Nội dung kiểm tra":                 false,
		"Tổ chức thực hiện":                 false,
	} {
		if got := taskHeading(h); got != want {
			t.Errorf("taskHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestPeriodicClause finds the clause of periodic reporting or review a
// task's text ends with, which is an obligation of its own.
func TestPeriodicClause(t *testing.T) {
	for text, want := range map[string]string{
		"Chủ trì, phối hợp với các bộ, ngành liên quan theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ 5 năm sơ kết đánh giá tình hình thực hiện;":         "định kỳ 5 năm sơ kết đánh giá tình hình thực hiện;",
		"Thực hiện giám sát và đánh giá các hoạt động thích ứng trong phạm vi quản lý, định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Bộ Tài nguyên và Môi trường": "định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Bộ Tài nguyên và Môi trường",
		// the clause is the whole task, or asks no report
		"Định kỳ hằng năm báo cáo kết quả thực hiện về Sở Nội vụ":                                                    "",
		"Tổ chức kiểm tra việc thực hiện quy chế tại các đơn vị trực thuộc; định kỳ kiểm tra đột xuất khi cần thiết": "",
		"Báo cáo; định kỳ báo cáo": "",
		// a sentence of its own after the work
		"Cục Hải quan tỉnh sẽ theo dõi làm thủ tục miễn thuế nhập khẩu cho từng chuyến hàng cụ thể. Định kỳ hàng quí các Cục Hải quan phải tập hợp báo cáo gửi về Tổng Cục Hải quan.": "Định kỳ hàng quí các Cục Hải quan phải tập hợp báo cáo gửi về Tổng Cục Hải quan.",
	} {
		got := ""
		if i := periodicClause(text); i > 0 {
			got = text[i:]
		}
		if got != want {
			t.Errorf("periodicClause(%q) cuts %q, want %q", text, got, want)
		}
	}
}

// A minister addressed by post opens a task as the ministry: "Bộ trưởng
// Bộ Tài nguyên và Môi trường … theo dõi, đôn đốc …"; the ministers of a
// list of posts are the ministries, "Bộ" as written.
func TestMinisterOpensTask(t *testing.T) {
	p := &docParser{d: &directive.Document{}}
	for text, want := range map[string][]string{
		"Bộ trưởng Bộ Tài nguyên và Môi trường căn cứ chức năng, nhiệm vụ, quyền hạn được giao, theo dõi, đôn đốc việc triển khai thực hiện.": {"Bộ Tài nguyên và Môi trường"},
		"Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục tuyên truyền.":                                         {"Báo Thanh Hóa", "Đài Phát thanh và Truyền hình tỉnh"},
		"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh tổ chức triển khai thực hiện nghiêm Chỉ thị này.":          {"Bộ", "cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"},
	} {
		if got := p.namedOthers(text); !slices.Equal(got, want) {
			t.Errorf("namedOthers(%q) = %q, want %q", text, got, want)
		}
	}
}

// The issuer's own doing with the bodies it works with ("Bộ Y tế sẽ
// phối hợp với các cơ quan …") gives no one work.
func TestIssuerWorksWithOthers(t *testing.T) {
	const text = "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 627/BYT-BH\nHà Nội, ngày 27 tháng 01 năm 2021\nV/v hướng dẫn thực hiện\nKính gửi: Sở Y tế các tỉnh, thành phố\n" +
		"%s\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT, BH.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Trường Sơn\n"
	for _, c := range []struct {
		text string
		want int
	}{
		{"1. Các cơ sở khám bệnh thực hiện mã hóa, ghi chép theo quy định.\n2. Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ quan có liên quan tổ chức kiểm tra việc thực hiện.", 1},
		{"1. Các cơ sở khám bệnh thực hiện mã hóa, ghi chép theo quy định.\n2. Bộ Y tế phối hợp với Bảo hiểm xã hội Việt Nam tổ chức kiểm tra việc thực hiện.", 1},
		{"1. Các cơ sở khám bệnh thực hiện mã hóa, ghi chép theo quy định.\n2. Sở Y tế phối hợp với Bảo hiểm xã hội tỉnh tổ chức kiểm tra việc thực hiện.", 2},
	} {
		wantObligations(t, c.text, fmt.Sprintf(text, c.text), c.want)
	}
}

// A day without its year in a guideline whose own date is blank is each
// year's day; in a plan it stays a date whose year is unknown.
func TestStandingYearlyDay(t *testing.T) {
	const text = "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố:    -%s/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày    tháng 11 năm 2025\n%s\nkiểm điểm, đánh giá, xếp loại chất lượng\n" +
		"1. Văn phòng Đảng ủy tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 12/12.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"
	for _, c := range []struct {
		code, title string
		want        directive.DueKind
	}{
		{"HD", "HƯỚNG DẪN", directive.DueRecurring},
		{"KH", "KẾ HOẠCH", directive.DueDate},
	} {
		d, err := Parse(fmt.Sprintf(text, c.code, c.title))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Obligations) != 1 || d.Obligations[0].Due == nil {
			t.Fatalf("%s: obligations %+v", c.title, d.Obligations)
		}
		due := d.Obligations[0].Due
		if due.Kind != c.want || c.want == directive.DueRecurring && (due.Cycle != directive.CycleYearly || due.Day != 12) {
			t.Errorf("%s: due %+v, want %v", c.title, due, c.want)
		}
	}
}

// A courtesy that closes a letter ("Trân trọng đề nghị./") asks nothing;
// a polite request that names bodies does.
func TestCourtesyAsksNothing(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", Recipients: []string{"Các trường trung học phổ thông"}}}
	for text, want := range map[string]bool{
		"Trân trọng đề nghị./":                                false,
		"Trân trọng đề nghị!":                                 false,
		"Trân trọng đề nghị các trường thực hiện nghiêm túc.": true,
	} {
		if got := p.requested(text) != nil; got != want {
			t.Errorf("requested(%q) = %q, want a request %v", text, p.requested(text), want)
		}
	}
}

// A connective before the body a sentence names ("Riêng …", "Đồng
// thời, …", "Riêng đối với … thì …") is no part of its name.
func TestConnectiveBeforeBody(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"}}
	for text, want := range map[string][]string{
		"Riêng Sở Y tế báo cáo kết quả trước ngày 10/12/2025.":                    {"Sở Y tế"},
		"Riêng đối với Sở Y tế thì báo cáo kết quả trước ngày 10/12/2025.":        {"Sở Y tế"},
		"Đồng thời, Sở Tài chính bố trí kinh phí thực hiện.":                      {"Sở Tài chính"},
		"Ngoài ra, Công an tỉnh theo dõi, nắm tình hình.":                         {"Công an tỉnh"},
		"Riêng năm 2025, các đơn vị báo cáo trước ngày 15/12/2025.":               {"các đơn vị"},
		"Riêng năm 2025 không tổ chức sơ kết.":                                    nil,
		"Các Cục Thuế khi tiến hành thanh tra, kiểm tra phải công khai kết luận.": {"Các Cục Thuế"}, // "khi" ends the name
		"Các đơn vị nếu có vướng mắc báo cáo Sở Tài chính.":                       {"Các đơn vị"},
	} {
		if got := p.namedOthers(text); !slices.Equal(got, want) {
			t.Errorf("namedOthers(%q) = %q, want %q", text, got, want)
		}
	}
}

// An annex that lists the administrative procedures a decision publishes,
// or their internal steps, holds no tasks: the decision's articles do. An
// annex of tasks is read as ever.
func TestObligationsSkipProceduresAnnex(t *testing.T) {
	const head = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1936/QĐ-UBND\nThái Nguyên, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCông bố danh mục thủ tục hành chính\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\nĐiều 2. Giao Sở Tài chính chủ trì cập nhật quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Loan\n"
	const annex = "PHỤ LỤC I\n%s\n(Ban hành kèm theo Quyết định số 1936/QĐ-UBND ngày 19 tháng 11 năm 2025)\n1. Sở Tài chính tiếp nhận hồ sơ, thẩm định và trình Chủ tịch UBND tỉnh trong 10 ngày làm việc.\n2. Văn phòng UBND tỉnh trả kết quả cho tổ chức, cá nhân.\n"
	for _, c := range []struct {
		title string
		want  int
	}{
		{"DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG LĨNH VỰC ĐẦU TƯ", 1},
		{"QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", 1},
		{"DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN", 3},
	} {
		wantObligations(t, fmt.Sprintf("annex %q", c.title), head+fmt.Sprintf(annex, c.title), c.want)
	}
}

// wantObligations parses text and reports when it does not give want
// obligations, listing those it gives.
func wantObligations(t *testing.T, name, text string, want int) {
	t.Helper()
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != want {
		var got []string
		for _, o := range d.Obligations {
			got = append(got, o.Path+": "+o.Text)
		}
		t.Errorf("%s: %d obligations, want %d: %q", name, len(d.Obligations), want, got)
	}
}

// An annex that lists the papers a file holds, or is a form with blanks
// to fill in, holds no tasks; an annex of tasks is read as ever.
func TestObligationsSkipFormAnnex(t *testing.T) {
	const head = "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố: 2-HD/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 11 năm 2025\nHƯỚNG DẪN\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2025\n" +
		"1. Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng tổng hợp hồ sơ, báo cáo Ban Thường vụ Đảng ủy.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"
	for _, c := range []struct {
		annex string
		want  int
	}{
		{"PHỤ LỤC 01\nDANH MỤC HỒ SƠ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI\n1. Tờ trình đề nghị xếp loại tập thể, cá nhân.\n2. Đối với cá nhân:\n- Bản tự kiểm điểm cá nhân.\n- Biên bản hội nghị kiểm điểm.\n", 1},
		{"PHỤ LỤC 02\nBẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN\n1. Đồng chí …………, chức vụ: ……………\n2. Cá nhân tự đề xuất mức xếp loại: ……………\n3. Ban Xây dựng Đảng đề xuất mức xếp loại: ……………\n", 1},
		{"PHỤ LỤC 03\nPHÂN CÔNG NHIỆM VỤ\n1. Ban Xây dựng Đảng chủ trì thẩm định hồ sơ, báo cáo Ban Thường vụ.\n2. Văn phòng Đảng ủy gửi kết quả về Ban Tổ chức Tỉnh ủy.\n", 3},
	} {
		wantObligations(t, fmt.Sprintf("annex %q", strings.SplitN(c.annex, "\n", 3)[1]), head+c.annex, c.want)
	}
}

// The points under a heading over who takes part or whom a review covers
// ("Thành phần làm việc", "Đối tượng kiểm điểm") give no one work; a
// heading over who does what still does.
func TestObligationsSkipMembers(t *testing.T) {
	const head = "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố: 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nlàm việc với các tổ chức cơ sở Đảng\n" +
		"I. TỔ CHỨC LÀM VIỆC\n1. %s:\n1.1. Chi bộ Công an xã: các đồng chí Bí thư, Phó Bí thư chuẩn bị báo cáo.\n1.2. Ủy ban Mặt trận Tổ quốc xã: lãnh đạo cơ quan chuẩn bị báo cáo.\n" +
		"II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Đảng ủy chuẩn bị nội dung, báo cáo Thường trực Đảng ủy trước ngày 20/9/2025.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"
	for _, c := range []struct {
		heading string
		want    int
	}{
		{"Thành phần làm việc của các tổ chức cơ sở Đảng", 1},
		{"Đối tượng kiểm điểm", 1},
		{"Phân công nhiệm vụ", 3},
	} {
		wantObligations(t, fmt.Sprintf("under %q", c.heading), fmt.Sprintf(head, c.heading), c.want)
	}
}

// A numbered point that is a request in a sentence of its own ("1. Căn
// cứ Kế hoạch này, đề nghị … trước ngày 22/9/2025.") over a note and
// bullets is an obligation of the bodies it asks, all of them; a lead-in
// ("… đề nghị …:") is not.
func TestObligationsRequestOverBullets(t *testing.T) {
	const text = "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố: 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nlàm việc với các tổ chức cơ sở Đảng\n" +
		"III. Tổ chức thực hiện:\n" +
		"1. Căn cứ Kế hoạch này, đề nghị các tổ chức cơ sở Đảng, cơ quan, đơn vị chuẩn bị nội dung báo cáo, gửi về Thường trực Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 22/9/2025.\n" +
		"Lưu ý: Báo cáo cần ngắn gọn, nêu kết quả nổi bật.\n" +
		"- Đối với báo cáo của các chi bộ thôn: Đề nghị các đồng chí Ủy viên Ban Thường vụ Đảng ủy chỉ đạo, tổng hợp báo cáo trình Thường trực Đảng ủy.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, o := range d.Obligations {
		if strings.HasPrefix(o.Text, "Căn cứ Kế hoạch này") {
			found = true
			if len(o.Addressees) != 1 || !strings.Contains(o.Addressees[0], "tổ chức cơ sở Đảng") || !strings.Contains(o.Addressees[0], "đơn vị") {
				t.Errorf("addressees %q, want the whole class asked", o.Addressees)
			}
			if o.Due == nil || o.Due.Date.String() != "2025-09-22" {
				t.Errorf("due %+v, want 2025-09-22", o.Due)
			}
		}
	}
	if !found {
		var got []string
		for _, o := range d.Obligations {
			got = append(got, o.Path+": "+o.Text)
		}
		t.Errorf("the request is no obligation: %q", got)
	}
}

// A paragraph whose first sentence is the issuer's own doing and a later
// one gives another body work is that body's obligation, from that
// sentence on.
func TestObligationsLaterSentence(t *testing.T) {
	const text = "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nKhánh Hòa, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2025\n" +
		"I. TỔ CHỨC THỰC HIỆN\n" +
		"%s tổ chức kiểm tra tại các địa phương trong tháng 10/2025. Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2025.\n" +
		"Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
	// the issuer by its name, and by the level of its unit only
	for _, issuer := range []string{"Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh", "UBND tỉnh"} {
		d, err := Parse(fmt.Sprintf(text, issuer))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, o := range d.Obligations {
			got = append(got, fmt.Sprintf("%v: %s", o.Addressees, o.Text))
			ok = ok || strings.HasPrefix(o.Text, "Sở Nội vụ tổng hợp") && slices.Equal(o.Addressees, []string{"Sở Nội vụ"}) && o.Due != nil && o.Due.Date.String() == "2025-11-15"
		}
		if !ok || len(d.Obligations) != 1 {
			t.Errorf("%s: want the one obligation of Sở Nội vụ from its sentence, due 2025-11-15: %q", issuer, got)
		}
	}
}

// A PDF layer that prints "-" and "+" alike as "•" loses the nesting of
// a dossier's contents under the task that lists them: the things listed
// after "bao gồm:" are no tasks. A line a wrap opened with "Điều 4 của
// Quyết định số …" cites an article; it opens none.
func TestObligationsListedContentsAndCitedArticle(t *testing.T) {
	const text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3210/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014\nKẾ HOẠCH\nHỗ trợ người có công về nhà ở\n" +
		"III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân xã, phường, thị trấn:\n" +
		" •    Bố trí kinh phí quản lý theo quy định tại Khoản 1\n      Điều 4 của Quyết định số 22/2013/QĐ-TTg.\n" +
		" •    Lập hồ sơ hoàn công cho từng hộ gia đình được hỗ trợ nhà ở, bao gồm:\n" +
		" •    Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình;\n" +
		" •    Biên bản xác nhận hoàn thành xây dựng nhà ở đưa vào sử dụng (01 bản);\n" +
		" •    Các chứng từ giải ngân nguồn vốn hỗ trợ.\n" +
		" •    Tổng hợp, báo cáo Ủy ban nhân dân quận, huyện về kết quả thực hiện.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, o.Text)
	}
	want := []string{"Bố trí kinh phí", "Lập hồ sơ hoàn công", "Tổng hợp, báo cáo"}
	if len(got) != len(want) {
		t.Fatalf("%d obligations, want %d: %q", len(got), len(want), got)
	}
	for k, w := range want {
		if !strings.HasPrefix(got[k], w) {
			t.Errorf("obligation %d: %q, want it to open with %q", k, got[k], w)
		}
	}
	if !strings.HasSuffix(got[0], "Điều 4 của Quyết định số 22/2013/QĐ-TTg.") {
		t.Errorf("the cited article was cut from its task: %q", got[0])
	}
	for _, n := range d.Body {
		if n.Kind == directive.NodeArticle {
			t.Errorf("an article %q was opened by a citation", n.Marker)
		}
	}
}

// A closing that states what the document is and then asks two sets of
// bodies gives an obligation a request, each of the bodies it names.
func TestClosingRequestClauses(t *testing.T) {
	const closing = "Trên đây là Kế hoạch thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai. Yêu cầu các sở, ban, ngành của tỉnh, Ủy ban nhân dân các phường, xã triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện./."
	got := requestClauses(closing)
	if len(got) != 2 || !strings.HasPrefix(got[0], "Yêu cầu các sở") || !strings.HasSuffix(got[0], "triển khai thực hiện") || !strings.HasPrefix(got[1], "đề nghị Ủy ban Mặt trận") {
		t.Errorf("requestClauses = %q", got)
	}
	if got := requestClauses("Đề nghị các sở, ngành triển khai thực hiện./."); got != nil {
		t.Errorf("one request that opens the closing: %q, want nil (the closing as a whole)", got)
	}
	d, err := Parse("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 134/KH-UBND\nLào Cai, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nPhát triển các khu công nghiệp\nI. MỤC ĐÍCH\nCụ thể hóa Nghị quyết.\n" + closing + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrịnh Xuân Trường\n")
	if err != nil {
		t.Fatal(err)
	}
	var closings []directive.Obligation
	for _, o := range d.Obligations {
		if o.Path == directive.ClosingPath {
			closings = append(closings, o)
		}
	}
	if len(closings) != 2 || len(closings[0].Addressees) != 2 || closings[1].Addressees[0] != "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" {
		t.Errorf("closing obligations %+v", closings)
	}
}

// A point of a tasks section may name its topic before its task, and a
// scan may have lost the topic word's tone.
func TestTopicTask(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Về khoa học công nghệ: (i) Hỗ trợ doanh nghiệp đổi mới, nâng cấp công nghệ.", true},
		{"Vê khoa học công nghệ: (ii) Xây dựng chương trình hỗ trợ nghiên cứu phát triển.", true},
		{"Về tăng cường hợp tác và mở rộng thị trường: Tăng cường liên kết, hợp tác.", true},
		{"Về khoa học công nghệ: doanh nghiệp còn nhiều hạn chế.", false},
		{"Hỗ trợ doanh nghiệp đổi mới, nâng cấp công nghệ.", false},
	} {
		if got := topicTask(c.text); got != c.want {
			t.Errorf("topicTask(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A closing that asks a body to carry out and then asks for a report when
// work meets difficulties gives two obligations: the call and the
// report, of the bodies the call named.
func TestClosingReportClause(t *testing.T) {
	if !conditionalReport("trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở Nông nghiệp và Môi trường") {
		t.Error("a condition without \"nếu\" is no condition")
	}
	if conditionalReport("trong quá trình thực hiện cần bảo đảm an toàn, báo cáo kết quả về Sở") {
		t.Error("a report with no difficulty asked is a condition")
	}
	const text = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 6795/SNNMT-KS\nV/v khai thác khoáng sản\nLào Cai, ngày 10 tháng 11 năm 2026\nKính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô.\n" +
		"Sở Nông nghiệp và Môi trường có ý kiến như sau:\n- Xây dựng các công trình xử lý chất thải theo hồ sơ đã được phê duyệt.\n" +
		"Sở Nông nghiệp và Môi trường yêu cầu Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở Nông nghiệp và Môi trường để được hướng dẫn./.\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var closing []directive.Obligation
	for _, o := range d.Obligations {
		if o.Path == directive.ClosingPath {
			closing = append(closing, o)
		}
	}
	if len(closing) != 2 || !strings.HasSuffix(closing[0].Text, "nghiêm túc thực hiện;") || !strings.HasPrefix(closing[1].Text, "trong quá trình thực hiện") ||
		len(closing[1].Addressees) != 1 || !strings.HasPrefix(closing[1].Addressees[0], "Công ty cổ phần") {
		t.Errorf("closing obligations %+v", closing)
	}
	if !strings.HasSuffix(d.Closing, "để được hướng dẫn./.") {
		t.Errorf("the closing lost its report: %q", d.Closing)
	}
}

// A task that closes on its own deadline and a second task after it in
// the same point are two obligations; a period inside a task or a
// recurring time is no such close.
func TestDatedThenTask(t *testing.T) {
	date := chidao.MustDate(2022, 11, 25)
	for _, c := range []struct {
		text string
		want string // the second task's opening, "" for none
	}{
		{"Hoàn thành đầu tư dự án khai thác quặng crômit tại Cổ Định trước năm 2025. Nghiên cứu, lựa chọn công nghệ tiệm cận trình độ thế giới.", "Nghiên cứu"},
		{"Đẩy nhanh việc lập kế hoạch sử dụng đất giai đoạn 2021-2025 để đảm bảo quỹ đất. Kiểm soát chặt chẽ quy trình chuyển đổi đất.", ""},
		{"Bố trí tối thiểu 2% tổng chi ngân sách hằng năm. Phát huy vai trò dẫn dắt của ngân sách nhà nước.", ""},
		{"Hoàn thành xây dựng Dự thảo Luật trình Quốc hội trong năm 2023. Tập trung vào một số nội dung:", ""},
		{"Chủ trì xác định tiềm năng giảm phát thải từ rừng; hoàn thành trước ngày 31 tháng 10 năm 2024; xây dựng tiêu chuẩn quốc gia về tín chỉ các-bon rừng; xây dựng chính sách thí điểm.", "xây dựng tiêu chuẩn"},
	} {
		i := datedThenTask(c.text, date)
		got := ""
		if i > 0 {
			got = c.text[i:]
		}
		if c.want == "" && got != "" || c.want != "" && !strings.HasPrefix(got, c.want) {
			t.Errorf("datedThenTask(%q) cut at %q, want %q", c.text, got, c.want)
		}
	}
}

// The clauses after a dated one, each opening with a task's verb, are
// tasks of their own.
func TestTaskClauses(t *testing.T) {
	got := taskClauses("xây dựng tiêu chuẩn quốc gia về tín chỉ các-bon rừng và quy định chi tiết đo đạc, báo cáo; xây dựng chính sách thí điểm; các địa phương có rừng.")
	want := []string{"xây dựng tiêu chuẩn quốc gia về tín chỉ các-bon rừng và quy định chi tiết đo đạc, báo cáo", "xây dựng chính sách thí điểm; các địa phương có rừng."}
	if !slices.Equal(got, want) {
		t.Errorf("taskClauses = %q, want %q", got, want)
	}
}

func TestDefinedBodies(t *testing.T) {
	for in, want := range map[string][]string{
		"các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh (sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương) và đề nghị cộng đồng doanh nghiệp:": {"các bộ, cơ quan trung ương và địa phương"},
		// the name is a part's: the list goes on after it
		"các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân dân các tỉnh tập trung chỉ đạo": nil,
		"các Bộ, cơ quan ngang bộ thực hiện (theo quy định tại Điều 5)":                                                  nil,
		"việc quản lý (sau đây gọi là các bộ) thực hiện":                                                                 nil,
	} {
		if got := definedBodies(in); !cmp.Equal(got, want) {
			t.Errorf("definedBodies(%q) = %q, want %q", in, got, want)
		}
	}
	// an ask that names no body does not hide one that does
	p := &docParser{d: &directive.Document{Recipients: []string{"Các Bộ"}}}
	text := "Để phòng chống dịch, Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ (sau đây gọi tắt là các bộ, cơ quan trung ương) và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:"
	if got, want := p.requested(text), []string{"các bộ, cơ quan trung ương"}; !cmp.Equal(got, want) {
		t.Errorf("requested = %q, want %q", got, want)
	}
}

func TestNamedAfterThen(t *testing.T) {
	p := &docParser{d: &directive.Document{Issuer: "TỔNG CỤC THUẾ"}}
	for in, want := range map[string][]string{
		"Trường hợp cơ quan thuế quản lý trực tiếp đã có văn bản hướng dẫn nhưng người nộp thuế thấy chưa thỏa đáng thì cơ quan Thuế cấp trên phải yêu cầu cơ quan quản lý thuế trực tiếp báo cáo": {"cơ quan Thuế cấp trên"},
		"Đối với trường hợp người nộp thuế có văn bản đề nghị thì cơ quan Thuế quản lý trực tiếp có trách nhiệm nghiên cứu và hướng dẫn":                                                           {"cơ quan Thuế quản lý trực tiếp"},
		"Trường hợp hồ sơ chưa đầy đủ thì trả lại hồ sơ":                 nil, // no body after "thì"
		"Cơ quan thuế cấp dưới gửi văn bản thì cơ quan cấp trên trả lời": nil, // no condition opens it
	} {
		if got := p.namedAfterThen(in); !cmp.Equal(got, want) {
			t.Errorf("namedAfterThen(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReportRegime(t *testing.T) {
	for text, want := range map[string]bool{
		"Chế độ báo cáo: Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6) gửi về Ủy ban nhân dân tỉnh để tổng hợp.": true,
		"Chế độ thông tin, báo cáo: hằng quý báo cáo Sở Nội vụ.":                                                    true,
		"Chê đô bao cao: Đinh ky 6 thang gửi về Sở Y tế.":                                                           true, // a scan that lost marks
		"Chế độ báo cáo thực hiện theo quy định hiện hành.":                                                         false,
		"Báo cáo kết quả thực hiện trước ngày 15/12.":                                                               false,
	} {
		if got := reportRegime(text); got != want {
			t.Errorf("reportRegime(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAttendance(t *testing.T) {
	for text, want := range map[string]bool{
		"HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực HĐND và đại diện lãnh đạo các Ban.": true,
		"Tổ chức chính trị: Thành phần tham dự gồm Ban lãnh đạo và đại diện cán bộ.":             true,
		"Sở Y tế: Chủ trì tổ chức hội nghị, thành phần dự hội nghị gồm …":                        false,
		"Thành phần dự hội nghị gồm đại diện các sở.":                                            false, // no body before it: a block line, read as such
	} {
		if got := attendance(text); got != want {
			t.Errorf("attendance(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestBlockLabel(t *testing.T) {
	for _, c := range []struct {
		text  string
		label int
		ok    bool
	}{
		{"Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã", labelLead, true},
		{"Kết quả: Biên bản hội nghị", labelProduct, true},
		{"Nội dung: Hiệp thương về cơ cấu, thành phần", labelContent, true},
		{"Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ, công khai", labelInfo, true},
		{"Đối tượng và địa bàn:", labelInfo, true},
		{"Phương pháp: Kết hợp nghe báo cáo trực tiếp và nghiên cứu hồ sơ", labelInfo, true},
		{"Đơn vị chủ trì:", 0, false}, // a label with nothing after it names no one
		{"Sở Y tế: chủ trì, phối hợp với các đơn vị", 0, false},
	} {
		label, _, ok := blockLabel(c.text)
		if ok != c.ok || label != c.label {
			t.Errorf("blockLabel(%q) = %d, %v; want %d, %v", c.text, label, ok, c.label, c.ok)
		}
	}
}

func TestSloganHeading(t *testing.T) {
	for h, want := range map[string]bool{"KHẨU HIỆU TUYÊN TRUYỀN": true, "Các khẩu hiệu tuyên truyền:": true, "NỘI DUNG TUYÊN TRUYỀN": false} {
		if got := sloganHeading(h); got != want {
			t.Errorf("sloganHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestPersonDuty(t *testing.T) {
	for text, want := range map[string]string{
		"Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn.": "Hoàng Văn Thuân - Trưởng đoàn",
		"Bà Nguyễn Thị Lan - Thư ký đoàn: Chịu trách nhiệm tổng hợp báo cáo.":                        "Nguyễn Thị Lan - Thư ký đoàn",
		"Đồng chí Trần Văn An - Thành viên: Kiểm tra hồ sơ an toàn.":                                 "Trần Văn An - Thành viên",
		"Ông. Hoàng Văn Thuân: Phụ trách chung.":                                                     "", // no post
		"Ông bà ta có câu: uống nước nhớ nguồn.":                                                     "",
		"Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung.":                           "",
	} {
		if got := personDuty(text); got != want {
			t.Errorf("personDuty(%q) = %q, want %q", text, got, want)
		}
	}
}

// An authorisation ("Ủy quyền cho Giám đốc Sở … thực hiện …") permits the
// body it names to act in the issuer's name, and the terms set under it
// ("Trách nhiệm của cơ quan được ủy quyền", "Điều kiện ủy quyền") are that
// body's tasks, though no term names it; the article on how long it lasts
// is no one's.
func TestAuthorisationDecision(t *testing.T) {
	const decision = `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1201/QĐ-UBND
Điện Biên, ngày 10 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc ủy quyền giải quyết thủ tục hành chính lĩnh vực đất đai
ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Uỷ quyền cho Giám đốc Sở Nông nghiệp và Môi trường giải quyết các thủ tục hành chính trong lĩnh vực đất đai.
Điều 2. Thời hạn ủy quyền: từ ngày ký đến hết ngày 31 tháng 12 năm 2026.
Điều 3. Trách nhiệm của cơ quan được ủy quyền
1. Tổ chức thực hiện đúng nội dung được ủy quyền; không ủy quyền lại cho cơ quan khác.
2. Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
Điều 4. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 4;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`
	d, err := Parse(decision)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, fmt.Sprintf("%s %v %s", o.Path, o.Addressees, o.Modality))
	}
	want := []string{
		"body[3] [Sở Nông nghiệp và Môi trường] permission",
		"body[5].children[0] [Sở Nông nghiệp và Môi trường] obligation",
		"body[5].children[1] [Sở Nông nghiệp và Môi trường] obligation",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
	// no authorisation, no addressee for the same terms
	d, _ = Parse(strings.Replace(decision, "Uỷ quyền cho Giám đốc Sở Nông nghiệp và Môi trường giải quyết", "Công bố danh mục", 1))
	for _, o := range d.Obligations {
		if slices.Contains(o.Addressees, "Sở Nông nghiệp và Môi trường") {
			t.Errorf("without the authorisation, %s is addressed to %v", o.Path, o.Addressees)
		}
	}
}

// A task's title over a paragraph that names its own bodies is the
// paragraph's title, no task of its own; a heading that is itself a
// task, or that names bodies, still gives one.
func TestTitleOverOwnTask(t *testing.T) {
	const text = "CHÍNH PHỦ\nSố: 88/NQ-CP\nHà Nội, ngày 22 tháng 7 năm 2022\nNGHỊ QUYẾT\nBan hành Chương trình hành động\n" +
		"II. NHIỆM VỤ, GIẢI PHÁP\n1. Nhiệm vụ\n%s\n" +
		"TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Văn Thành\n"
	for _, c := range []struct {
		body string
		want int
	}{
		{"a) Tổ chức quán triệt Nghị quyết số 10-NQ/TW\nTrong năm 2022, các bộ, ngành; các cấp chính quyền địa phương hoàn thành việc phổ biến, quán triệt Nghị quyết.", 1},
		{"a) Tổ chức quán triệt Nghị quyết số 10-NQ/TW\nViệc quán triệt phải bảo đảm thiết thực, hiệu quả.", 1},
		{"a) Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm theo dõi, giám sát việc xây dựng nhà ở\nĐoàn Thanh niên Cộng sản Hồ Chí Minh giúp đỡ các hộ gia đình xây dựng nhà ở.", 2},
	} {
		wantObligations(t, c.body, fmt.Sprintf(text, c.body), c.want)
	}
}

// The issuer's standing board or standing members ("Ban Thường vụ Đảng
// uỷ", "Thường trực Đảng uỷ" in a document of "Đảng uỷ xã Công Hải") are
// the issuer: their doing is no obligation, and the paragraphs after it
// under the same heading are each their body's task.
func TestIssuerBoardIsIssuer(t *testing.T) {
	const text = "ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố 2-HD/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 11 năm 2025\nHƯỚNG DẪN\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2025\n" +
		"4. Thời gian\n4.1. Đánh giá, xếp loại Đảng bộ xã và Ban Thường vụ Đảng uỷ\n" +
		"Ban Thường vụ Đảng uỷ tổ chức hội nghị để thực hiện kiểm điểm, đánh giá, xếp loại Ban Thường vụ Đảng uỷ.\n" +
		"Văn phòng Đảng uỷ chủ trì, phối hợp với các cơ quan có liên quan tham mưu báo cáo kiểm điểm trước ngày 15/12 hằng năm.\n" +
		"Ban Xây dựng Đảng chủ trì, phối hợp với các cơ quan có liên quan tham mưu tự đánh giá, xếp loại chất lượng Đảng bộ xã.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nVũ Thị Thuỳ Trang\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, o := range d.Obligations {
		got = append(got, o.Addressees)
	}
	if want := [][]string{{"Văn phòng Đảng ủy"}, {"Ban Xây dựng Đảng"}}; !cmp.Equal(got, want) {
		t.Errorf("addressees %q, want %q", got, want)
	}
	p := &docParser{d: &directive.Document{Issuer: "ĐẢNG UỶ XÃ CÔNG HẢI"}}
	for bodies, want := range map[string]bool{"Ban Thường vụ Đảng uỷ": true, "Thường trực Đảng ủy xã": true, "Ban Thường vụ Tỉnh uỷ": false, "Văn phòng Đảng uỷ": false} {
		if got := p.issuerItself([]string{bodies}); got != want {
			t.Errorf("issuerItself(%q) = %v, want %v", bodies, got, want)
		}
	}
}

// A catalogue of reports lists each report's regime field by field: a
// field is no assignment; the decision's execution article still is.
func TestReportFieldIsNoTask(t *testing.T) {
	const text = "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1421/QĐ-BTC\nHà Nội, ngày 15 tháng 7 năm 2022\nQUYẾT ĐỊNH\nCông bố danh mục báo cáo định kỳ\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Công bố kèm theo Quyết định này danh mục báo cáo định kỳ trong lĩnh vực thuế.\n" +
		"Điều 2. Tổng cục Thuế chịu trách nhiệm thi hành Quyết định này./.\n" +
		"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nVũ Thị Mai\n" +
		"DANH MỤC BÁO CÁO ĐỊNH KỲ\n1. Báo cáo tình hình sử dụng hóa đơn\n1.1. Đối tượng thực hiện báo cáo: Doanh nghiệp, tổ chức kinh tế.\n" +
		"1.2. Cơ quan nhận báo cáo: Cục Thuế, Chi cục Thuế (nhận qua Cổng thông tin điện tử Tổng cục Thuế).\n" +
		"1.3. Tần suất thực hiện báo cáo: Theo quý.\n"
	wantObligations(t, "catalogue", text, 1)
	for in, want := range map[string]bool{
		"Cơ quan nhận báo cáo: Cục Thuế/Chi cục Thuế":              true,
		"Tần suất thực hiện báo cáo: Theo quý":                     true,
		"Phương thức gửi, nhận báo cáo: qua Hệ thống":              true, // compared by key, the comma aside
		"Cục Thuế báo cáo Tổng cục Thuế: trước ngày 10 hằng tháng": false,
	} {
		if got := reportField(in); got != want {
			t.Errorf("reportField(%q) = %v, want %v", in, got, want)
		}
	}
}

// The issuer's own doing, then after a semicolon a body's work: the
// obligation is the body's clause.
func TestLaterClauseAfterIssuer(t *testing.T) {
	const text = "ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố 2-HD/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 11 năm 2025\nHƯỚNG DẪN\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2025\n" +
		"3. Chuẩn bị kiểm điểm\n" +
		"c) Ban Thường vụ Đảng uỷ gợi ý kiểm điểm đối với tập thể, cá nhân có liên quan; Ban Xây dựng Đảng có trách nhiệm chủ trì, phối hợp với Uỷ ban Kiểm tra Đảng uỷ tham mưu Ban Thường vụ Đảng uỷ về những tập thể, cá nhân cần gợi ý kiểm điểm.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nVũ Thị Thuỳ Trang\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != 1 || !strings.HasPrefix(d.Obligations[0].Text, "Ban Xây dựng Đảng có trách nhiệm") || d.Obligations[0].Lead != "Ban Xây dựng Đảng" {
		t.Errorf("obligations %+v", d.Obligations)
	}
}

// A paragraph after bullets that names its own body behind a connective
// ("Riêng Ban Thường vụ các hội … giao …") stands under their point, not
// inside the last bullet.
func TestParagraphAfterBulletsWithConnective(t *testing.T) {
	const text = "ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố 2-HD/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 10 tháng 11 năm 2025\nHƯỚNG DẪN\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2025\n" +
		"1. Đối tượng, thẩm quyền đánh giá, xếp loại chất lượng\n1.1. Tập thể\n- Các tổ chức đảng trực thuộc Đảng uỷ xã.\n- Tập thể lãnh đạo, quản lý tại điểm 1.1 Hướng dẫn này.\n" +
		"Riêng Ban Thường vụ các hội quần chúng được Đảng, Nhà nước giao nhiệm vụ giao Ban Thường vụ Đảng uỷ Các cơ quan Đảng xã quyết định đánh giá, xếp loại.\n" +
		"T/M BAN THƯỜNG VỤ\nBÍ THƯ\nVũ Thị Thuỳ Trang\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	n, ok := directive.NodeAt(d.Body, "body[0].children[0]")
	if !ok || len(n.Children) != 3 || n.Children[2].Kind != directive.NodeParagraph || strings.Contains(n.Children[1].Text, "Riêng") {
		t.Errorf("1.1's children: %+v", n)
	}
}

// A plan's section that gives its work, its bodies and its time in
// sections of their own ("1. Nội dung, biện pháp", "2. Cơ quan chủ trì,
// phối hợp", "3. Thời gian thực hiện: …") is one obligation: the content
// item by item, the leads (and the bodies that carry it out) as its
// addressees, the supporters, the time. The role sections assign nothing
// of their own.
func TestRoleSections(t *testing.T) {
	const plan = `BAN CHỈ ĐẠO QUỐC GIA 1237
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 252/KH-BCĐQG1237
Hà Nội, ngày 11 tháng 11 năm 2013
KẾ HOẠCH
Triển khai thực hiện Đề án
B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN
I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN
1. Nội dung, biện pháp
a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW;
b) Tổ chức triển khai thực hiện các văn bản đến cơ sở.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Ban Chỉ đạo quốc gia.
- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.
b) Cơ quan phối hợp
- Hội Cựu chiến binh các cấp.
3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.
II. TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ
1. Nội dung, biện pháp
a) Chỉ đạo mở rộng hoạt động tìm kiếm, quy tập hài cốt liệt sĩ.
2. Cơ quan chủ trì, thực hiện
a) Cơ quan chủ trì: Bộ Quốc phòng.
b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.
3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.
Nơi nhận:
- Các Bộ, ngành;
- Lưu: VT.
TRƯỞNG BAN
Nguyễn Văn A
`
	d, err := Parse(plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Obligations) != 2 {
		for _, o := range d.Obligations {
			t.Logf("%s %q", o.Path, o.Text)
		}
		t.Fatalf("%d obligations, want 2", len(d.Obligations))
	}
	o := d.Obligations[0]
	if !strings.HasPrefix(o.Text, "Tổ chức Hội nghị quán triệt") || !strings.Contains(o.Text, "b) Tổ chức triển khai") {
		t.Errorf("text %q", o.Text)
	}
	if want := []string{"Ban Chỉ đạo quốc gia", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"}; !slices.Equal(o.Addressees, want) {
		t.Errorf("addressees %q, want %q", o.Addressees, want)
	}
	if o.Lead != "Ban Chỉ đạo quốc gia, Ban Chỉ đạo các quân khu, Ban Chỉ đạo các tỉnh" || !slices.Equal(o.Support, []string{"Hội Cựu chiến binh các cấp"}) {
		t.Errorf("lead %q, support %q", o.Lead, o.Support)
	}
	if o.Due == nil || o.Due.Kind != directive.DuePeriodEnd || o.Due.Date.String() != "2013-12-31" {
		t.Errorf("due %+v", o.Due)
	}
	o = d.Obligations[1]
	if want := []string{"Bộ Quốc phòng", "Các Đội chuyên trách của quân đội"}; !slices.Equal(o.Addressees, want) || o.Lead != "Bộ Quốc phòng" {
		t.Errorf("addressees %q, lead %q", o.Addressees, o.Lead)
	}
	if o.Due == nil || o.Due.Kind != directive.DueContinuous {
		t.Errorf("due %+v", o.Due)
	}
}

// A deadline's label over a period, a list of months, or a run from a
// start.
func TestLabelDue(t *testing.T) {
	for _, c := range []struct {
		text string
		kind directive.DueKind
		date string
	}{
		{"Thời gian thực hiện: Tháng 12/2013 và thường xuyên.", directive.DuePeriodEnd, "2013-12-31"},
		{"Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.", directive.DuePeriodEnd, "2013-12-31"},
		{"Thời gian thực hiện: Từ tháng 11/2013 trở đi.", directive.DueContinuous, ""},
		{"Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.", directive.DueContinuous, ""},
		{"Thời hạn hoàn thành: Quý IV/2024.", directive.DuePeriodEnd, "2024-12-31"},
		{"Thời gian hoàn thành: trước ngày 15/12/2023.", directive.DueDate, "2023-12-15"},
	} {
		p := &docParser{d: &directive.Document{}}
		d, ok := p.deadlineOnly(c.text)
		if !ok || d.Kind != c.kind || c.date != "" && d.Date.String() != c.date {
			t.Errorf("%q: %+v, %v; want %v %s", c.text, d, ok, c.kind, c.date)
		}
	}
}

// The Party committee of the Front and the mass organisations is one
// body, its comma inside its name; the Front's committee and the mass
// organisations of the State are two.
func TestSplitFrontCommittee(t *testing.T) {
	for in, want := range map[string][]string{
		"Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh": {"Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"},
		"Ủy ban Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội tỉnh":             {"Ủy ban Mặt trận Tổ quốc", "các đoàn thể chính trị - xã hội tỉnh"},
	} {
		if got := splitAddressees(in); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// A line after a point's bullets that names who carries them out
// ("Trách nhiệm chỉ đạo thực hiện: …") stands apart from the last bullet
// and gives the bullets its bodies.
func TestDoerLine(t *testing.T) {
	const programme = `ĐẢNG BỘ TỈNH LÀO CAI
TỈNH ỦY
ĐẢNG CỘNG SẢN VIỆT NAM
Số 104-CTr/TU
Lào Cai, ngày 30 tháng 8 năm 2026
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Kết luận số 75-KL/TW
II. NHIỆM VỤ, GIẢI PHÁP
3.1. Tăng cường sự lãnh đạo của Đảng
- Quán triệt sâu sắc quan điểm bảo vệ môi trường.
- Đổi mới công tác tuyên truyền, phổ biến pháp luật theo hướng số hóa.
Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.
3.2. Nâng cao hiệu lực quản lý nhà nước
- Thường xuyên rà soát các quy định về quản lý chất thải.
Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.
T/M TỈNH ỦY
BÍ THƯ
Nguyễn Văn A
Nơi nhận:
- Các cấp ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
`
	d, err := Parse(programme)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, vntext.ClipRunes(o.Text, 16)+" → "+strings.Join(o.Addressees, " | "))
	}
	want := []string{
		"Quán triệt sâu s… → Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh | Đảng ủy Ủy ban nhân dân tỉnh",
		"Đổi mới công tác… → Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh | Đảng ủy Ủy ban nhân dân tỉnh",
		"Thường xuyên rà … → Đảng ủy Ủy ban nhân dân tỉnh",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
}

// "NỘI DUNG CÔNG TÁC" and its kin head a plan's tasks: an item that names
// no body is still a task of the plan.
func TestTaskHeadingContent(t *testing.T) {
	for _, h := range []string{"NỘI DUNG CÔNG TÁC", "Nội dung triển khai", "NỘI DUNG TRỌNG TÂM", "MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM"} {
		if !taskHeading(h) {
			t.Errorf("%q opens no tasks section", h)
		}
	}
	for _, h := range []string{"NỘI DUNG", "MỤC ĐÍCH, YÊU CẦU", "Nội dung cuộc họp"} {
		if taskHeading(h) {
			t.Errorf("%q opens a tasks section", h)
		}
	}
}

// A note that assigns ("Ghi chú: Các cơ quan … phải trình …") is read
// after its label, and its obligation keeps the label in its text.
func TestNoteLead(t *testing.T) {
	const decision = `ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 518/QĐ-UBND
Bình Định, ngày 17 tháng 02 năm 2023
QUYẾT ĐỊNH
Về việc giao kế hoạch vốn năm 2023
Điều 1. Giao kế hoạch vốn năm 2023 theo Phụ lục kèm theo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Ghi chú: Các cơ quan, đơn vị, địa phương được giao nhiệm vụ phải trình hồ sơ cho cấp có thẩm quyền phê duyệt trong tháng 3 năm 2023.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Anh Tuấn
`
	for text, rest := range map[string]string{"Ghi chú: Các cơ quan": "Các cơ quan", "Lưu ý:  Đối với": "Đối với", "Chú ý: Sở": "Sở",
		"Ghi chú:": "", "Nội dung: Các": "", "Ghi chú các cơ quan": ""} {
		got := ""
		if k := noteLead(text); k > 0 {
			got = text[k:]
		}
		if got != rest {
			t.Errorf("noteLead(%q) reads %q, want %q", text, got, rest)
		}
	}
	d, err := Parse(decision)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Obligations, func(o directive.Obligation) bool { return strings.HasPrefix(o.Text, "Ghi chú: Các cơ quan") })
	if i < 0 {
		t.Fatalf("no obligation for the note among %d", len(d.Obligations))
	}
	if o := d.Obligations[i]; len(o.Addressees) == 0 || o.Due == nil || o.Due.Date.String() != "2023-03-31" {
		t.Errorf("addressees %q, due %+v", o.Addressees, o.Due)
	}
}

// A letter's bullets under a lead-in that names bodies by their duty or
// by a request are those bodies' tasks; a paragraph between ends the
// lead-in's reach.
func TestLetterBulletsUnderLeadIn(t *testing.T) {
	const letter = `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 5115/LĐTBXH-KHTC
V/v thí điểm chi trả trợ cấp qua hệ thống Bưu điện
Hà Nội, ngày 03 tháng 12 năm 2018
Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh
Căn cứ kết quả sơ kết, Bộ trưởng Bộ Lao động - Thương binh và Xã hội đồng ý tiếp tục thực hiện thí điểm.
Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:
- Phối hợp với Tổng công ty Bưu điện Việt Nam hoàn thiện Đề án thí điểm.
- Kịp thời giải đáp, hướng dẫn những vướng mắc và thanh quyết toán theo đúng quy định.
Trong năm 2019 Bộ sẽ tổng kết, đánh giá những ưu điểm, nhược điểm của phương thức chi trả.
- Mở rộng phương thức chi trả ra toàn quốc.
Nơi nhận:
- Như trên;
- Lưu: VT, KHTC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Tấn Dũng
`
	d, err := Parse(letter)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range d.Obligations {
		got = append(got, vntext.ClipRunes(o.Text, 14)+" → "+strings.Join(o.Addressees, " | "))
	}
	want := []string{
		"Căn cứ kết quả… → Sở Lao động - Thương binh và Xã hội các tỉnh", // the recipients: the minister agrees to go on
		"Phối hợp với T… → Sở Lao động - Thương binh và Xã hội",
		"Kịp thời giải … → Sở Lao động - Thương binh và Xã hội",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
}

// "theo chức năng, nhiệm vụ", "theo thẩm quyền" after a class of bodies
// say how they act, not who they are.
func TestSplitScopeQualifier(t *testing.T) {
	for in, want := range map[string][]string{
		"Các Sở, ban, ngành liên quan theo chức năng, nhiệm vụ": {"Các Sở, ban, ngành liên quan"},
		"Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ":   {"Các sở, ban, ngành cấp tỉnh"},
		"Ủy ban nhân dân các huyện theo thẩm quyền":             {"Ủy ban nhân dân các huyện"},
	} {
		if got := splitAddressees(in); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// "Lãnh đạo, chỉ đạo …" opens a task with its verbs: the bullet is the
// heading's bodies' task, not one of "Lãnh đạo".
func TestLeadershipVerb(t *testing.T) {
	const plan = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 5973/UBND-KT
V/v tăng cường quản lý thuế
Lào Cai, ngày 10 tháng 7 năm 2026
Kính gửi: Các Sở, ban, ngành thuộc UBND tỉnh
1. Các cơ quan, đơn vị:
- Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm các quy định về quản lý thuế.
- Thường xuyên kiểm tra, rà soát việc thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
`
	d, err := Parse(plan)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Obligations, func(o directive.Obligation) bool { return strings.HasPrefix(o.Text, "Lãnh đạo, chỉ đạo") })
	if i < 0 {
		t.Fatalf("no obligation for the bullet among %d", len(d.Obligations))
	}
	if got := d.Obligations[i].Addressees; slices.Contains(got, "Lãnh đạo") || len(got) == 0 {
		t.Errorf("addressees %q, want the heading's bodies", got)
	}
}

// "thường xuyên" after a body's name says how often it acts; it is no
// word of the name ("Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra …").
func TestOftenEndsName(t *testing.T) {
	for in, want := range map[string][]string{
		"Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát việc thực hiện.": {"Ủy ban Kiểm tra Tỉnh ủy"},
		"Sở Y tế thường xuyên theo dõi, báo cáo UBND tỉnh.":                       {"Sở Y tế"},
	} {
		if got := namedAfter(in); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
