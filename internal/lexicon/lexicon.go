// Package lexicon holds the word lists the SDK's readers and checks share,
// each once: Party and State bodies, the words body names open with, the
// posts of signers and of the heads a text addresses, and the verbs that
// state a task. Words are written as vntext.Key writes them: lower case,
// the canonical tone placement ("ủy", "hòa"). A list matched against raw
// text takes the other placement from vntext.Spellings; none is typed
// twice.
package lexicon

// PartyCommittees are the cấp ủy, by the words of their names: Tỉnh ủy,
// Thành ủy, Huyện ủy, Quận ủy, Thị ủy, Đảng ủy.
var PartyCommittees = []string{"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy"}

// PartyCollectives are the other Party bodies that decide collectively and
// sign "T/M": a committee's executive and standing boards, a cell, an
// inspection committee, a Party delegation or board of cadres.
var PartyCollectives = []string{"ban chấp hành", "ban thường vụ", "chi bộ", "ủy ban kiểm tra", "đảng đoàn", "ban cán sự"}

// PartyOrgans are the Party bodies named in leads, titles and issuers
// besides the committees and collectives: the Party organisation of a
// place, the Politburo and Secretariat, a congress, a committee's boards
// and the Central Office.
var PartyOrgans = []string{"đảng bộ", "bộ chính trị", "ban bí thư", "đại hội đại biểu đảng", "ban tuyên giáo",
	"ban dân vận", "ban tổ chức", "ban nội chính", "văn phòng trung ương đảng"}

// StateCollectives are the State bodies that decide collectively and sign
// "TM.": the People's Committees and Councils.
var StateCollectives = []string{"ủy ban nhân dân", "hội đồng nhân dân"}

// StateOffices are the State authorities a lead or a title names by office:
// the Government, the Prime Minister, a minister.
var StateOffices = []string{"chính phủ", "thủ tướng", "bộ trưởng"}

// BodyHeads are the words a body's name opens with, a one-syllable head
// with its space ("sở ", "ban "), so that "sở" does not open "sở hữu".
var BodyHeads = []string{
	"ủy ban", "hội đồng", "sở ", "ban ", "văn phòng", "phòng ", "bộ ", "cục ", "vụ ", "tổng cục", "chi cục",
	"trung tâm", "đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
	"chi bộ", "đảng đoàn", "công an", "thanh tra", "kho bạc", "trường", "bệnh viện", "chính phủ",
	"thủ tướng", "viện ", "tòa án", "hội ", "liên đoàn", "đoàn ", "mặt trận", "bảo hiểm", "ngân hàng",
	"tổng công ty", "công ty", "đài ", "báo ", "cảng vụ", "chi nhánh", "quốc hội", "thông tấn xã",
	"tạp chí", "cổng thông tin", "nhà xuất bản", "học viện", "đại học", "hiệp hội", "tập đoàn", "liên minh",
	"kiểm toán nhà nước", "hạt kiểm lâm", "trạm y tế", "đội quản lý thị trường", "tiểu ban ",
}

// SignerTitles are the posts a signer holds, printed above the name
// ("CHỦ TỊCH", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ / BÍ THƯ").
var SignerTitles = []string{
	"chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "tổng giám đốc", "bí thư", "phó bí thư",
	"trưởng ban", "phó trưởng ban", "chánh văn phòng", "phó chánh văn phòng", "bộ trưởng", "thứ trưởng",
	"thủ tướng", "phó thủ tướng", "cục trưởng", "phó cục trưởng", "chi cục trưởng", "vụ trưởng",
	"chánh thanh tra", "phó chánh thanh tra", "trưởng phòng", "phó trưởng phòng", "hiệu trưởng",
	"viện trưởng", "tổng cục trưởng", "chủ nhiệm", "phó chủ nhiệm", "trưởng đoàn", "chỉ huy trưởng",
	"giám đốc sở", "chánh án", "thường trực", "ủy viên", "tổ trưởng", "tổ phó",
	"tổng bí thư", "chủ tịch nước", "phó chủ tịch nước", "thống đốc", "phó thống đốc", "tổng kiểm toán", "phó tổng kiểm toán",
	"viện trưởng viện kiểm sát", "phó tổng giám đốc", "tổng biên tập", "phó tổng biên tập", "trưởng đài", "giám đốc đài",
}

// HeadPosts are the posts by which a text addresses the head of a body
// rather than the body: "Giám đốc các Sở", "Chủ tịch UBND các quận".
var HeadPosts = []string{"chủ tịch", "phó chủ tịch", "các phó chủ tịch", "giám đốc", "thủ trưởng", "thủ trưởng các",
	"bí thư", "trưởng ban", "trưởng phòng", "chánh văn phòng", "tổng biên tập", "chánh thanh tra", "đồng chí", "lãnh đạo",
	"vụ trưởng", "cục trưởng", "tổng cục trưởng", "chi cục trưởng", "viện trưởng", "hiệu trưởng", "tổng giám đốc", "bộ trưởng",
	"người đứng đầu", "tập thể lãnh đạo",
	// deputies address their body the same way: "Đồng chí Phó Giám đốc Trung tâm …: chủ trì …"
	"phó giám đốc", "phó trưởng ban", "phó trưởng phòng", "phó chánh văn phòng", "phó bí thư", "phó thủ trưởng",
	"phó chánh thanh tra", "phó hiệu trưởng", "phó tổng giám đốc", "phó cục trưởng", "phó vụ trưởng", "phó viện trưởng",
	"phó tổng biên tập", "phó chi cục trưởng", "phó tổng cục trưởng"}

// TaskVerbs state a task: a heading that opens with one assigns work
// rather than naming the bodies it goes to.
var TaskVerbs = []string{
	"chủ trì", "phối hợp", "triển khai", "thực hiện", "trách nhiệm", "tham mưu", "theo dõi",
	"chỉ đạo", "hướng dẫn", "đôn đốc", "báo cáo", "tăng cường", "tuyên truyền", "nhiệm vụ", "giải pháp",
}

// BodyClasses are the nouns a recipient class is made of after "các" or
// "những": "các sở, ban, ngành", "UBND các huyện, thị xã", "các cơ quan,
// đơn vị liên quan". A list of them after "các" is one class, not several
// bodies.
var BodyClasses = []string{
	"cơ quan", "đơn vị", "địa phương", "chính quyền", "ngành", "sở", "ban", "bộ", "đoàn thể", "tổ chức", "hội", "doanh nghiệp",
	"huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn", "tỉnh", "cấp ủy", "cơ sở", "lực lượng",
	"phòng", "cục", "chi cục", "trung tâm", "trường", "bệnh viện", "ủy ban", "hội đồng", "chi bộ", "đảng bộ",
	"đảng ủy", "huyện ủy", "thị ủy", "thành ủy", "quận ủy", "tập đoàn", "tổng công ty", "công ty",
	"cấp", "ngành chức năng", "bộ phận",
}

// HeadLookalikes are words that open like a body's name and are not one:
// "Báo cáo" is no newspaper, "Ban hành" no board.
var HeadLookalikes = []string{
	"báo cáo", "báo chí", "ban hành", "ban đầu", "hội nghị", "hội thảo", "hội viên", "đoàn kết", "đoàn viên",
	"trường hợp", "bộ máy", "bộ luật", "bộ tiêu chí", "bộ phận", "phòng chống", "phòng ngừa", "phòng tránh",
	"sở hữu", "viện dẫn", "công an nhân dân", "thanh tra kiểm tra", "bộ trưởng", "thứ trưởng", "cục trưởng",
	"vụ trưởng", "viện trưởng",
}

// AddresseeOpeners open an addressee besides the body heads: a standing
// body of a committee and the general words for bodies.
var AddresseeOpeners = []string{"thường trực", "cơ quan", "đơn vị", "địa phương", "chính quyền", "chủ đầu tư", "cấp ủy"}

// SectorNames are the sector names that hold "và" or a comma, read whole
// inside a list: "các Sở: Kế hoạch và Đầu tư, Tài chính" is two Sở, and
// "Văn hóa, Thể thao và Du lịch" one name. They are written as read, not
// as keys: vntext.Key reads "tư" as the abbreviation TƯ ("đầu trung
// ương"), so a reader compares them through Key on both sides.
var SectorNames = []string{
	"kế hoạch và đầu tư", "văn hóa thể thao và du lịch", "văn hóa và thể thao", "tài nguyên và môi trường",
	"thông tin và truyền thông", "giáo dục và đào tạo", "khoa học và công nghệ", "lao động thương binh và xã hội",
	"nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "dân tộc và tôn giáo",
	"kinh tế và hạ tầng", "văn hóa và thông tin", "văn hóa và xã hội", "khoa học công nghệ và môi trường",
	"quốc phòng và an ninh", "tài chính và kế hoạch",
}

// ActionVerbs are verbs that close a body's name in running text ("Sở Y tế
// tham mưu …") besides TaskVerbs.
var ActionVerbs = []string{
	"tổ chức", "kiểm tra", "rà soát", "xây dựng", "đề xuất", "tổng hợp", "trình", "nghiên cứu", "hoàn thành",
	"hoàn thiện", "xử lý", "giải quyết", "đẩy mạnh", "bố trí", "cung cấp", "đánh giá", "thẩm định", "chuẩn bị",
	"lập", "ban hành", "tiếp tục", "khẩn trương", "chủ động", "giao", "đề nghị", "yêu cầu", "chịu trách nhiệm",
	"thống nhất", "quán triệt", "phổ biến", "gửi", "cập nhật", "sơ kết", "tổng kết", "kịp thời", "bảo đảm",
	"đảm bảo", "hỗ trợ", "vận động", "phân công", "cử", "tiếp nhận", "thông báo", "công bố",
	"phê duyệt", "tập trung", "nắm", "khảo sát", "thẩm tra", "tham gia", "soạn thảo", "hoàn chỉnh",
	"giám sát", "khắc phục", "ngăn chặn",
	"phát động", "đẩy nhanh",
}

// Products are the things a task produces, named after "xây dựng",
// "ban hành", "trình", "báo cáo": a plan, a report, a draft.
var Products = []string{
	"báo cáo", "kế hoạch", "dự thảo", "tờ trình", "đề án", "chương trình", "văn bản hướng dẫn", "văn bản",
	"hướng dẫn", "quyết định", "nghị quyết", "chỉ thị", "quy chế", "quy định", "phương án", "đề cương",
	"dự án", "công văn", "thông báo", "quy trình", "danh mục", "bộ tiêu chí", "kịch bản", "đề xuất",
	"nghị định", "pháp lệnh", "quy hoạch", "đồ án", "danh sách", "biên bản",
}

// ProducingVerbs make a product: the product is named after them.
var ProducingVerbs = []string{
	"xây dựng", "ban hành", "trình", "lập", "soạn thảo", "chuẩn bị", "hoàn thiện", "hoàn chỉnh", "gửi",
	"tham mưu", "tổng hợp", "sửa đổi", "có",
}

// PartyBodies is every Party body of the lists above.
func PartyBodies() []string {
	return concat(PartyCommittees, PartyCollectives, PartyOrgans)
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
