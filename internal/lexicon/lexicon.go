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
	"ủy ban", "hội đồng", "sở ", "ban ", "văn phòng", "phòng ", "bộ ", "cục ", "tổng cục", "chi cục",
	"trung tâm", "đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
	"chi bộ", "đảng đoàn", "công an", "thanh tra", "kho bạc", "trường", "bệnh viện", "chính phủ",
	"thủ tướng", "viện ", "tòa án", "hội ", "liên đoàn", "đoàn ", "mặt trận", "bảo hiểm", "ngân hàng",
	"tổng công ty", "công ty", "đài ", "báo ", "cảng vụ", "chi nhánh", "quốc hội",
}

// SignerTitles are the posts a signer holds, printed above the name
// ("CHỦ TỊCH", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ / BÍ THƯ").
var SignerTitles = []string{
	"chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "tổng giám đốc", "bí thư", "phó bí thư",
	"trưởng ban", "phó trưởng ban", "chánh văn phòng", "phó chánh văn phòng", "bộ trưởng", "thứ trưởng",
	"thủ tướng", "phó thủ tướng", "cục trưởng", "phó cục trưởng", "chi cục trưởng", "vụ trưởng",
	"chánh thanh tra", "phó chánh thanh tra", "trưởng phòng", "phó trưởng phòng", "hiệu trưởng",
	"viện trưởng", "tổng cục trưởng", "chủ nhiệm", "phó chủ nhiệm", "trưởng đoàn", "chỉ huy trưởng",
	"giám đốc sở", "chánh án", "thường trực", "ủy viên",
}

// HeadPosts are the posts by which a text addresses the head of a body
// rather than the body: "Giám đốc các Sở", "Chủ tịch UBND các quận".
var HeadPosts = []string{"chủ tịch", "phó chủ tịch", "các phó chủ tịch", "giám đốc", "thủ trưởng", "thủ trưởng các",
	"bí thư", "trưởng ban", "chánh văn phòng", "tổng biên tập", "chánh thanh tra", "đồng chí", "lãnh đạo"}

// TaskVerbs state a task: a heading that opens with one assigns work
// rather than naming the bodies it goes to.
var TaskVerbs = []string{
	"chủ trì", "phối hợp", "triển khai", "thực hiện", "trách nhiệm", "tham mưu", "theo dõi",
	"chỉ đạo", "hướng dẫn", "đôn đốc", "báo cáo", "tăng cường", "tuyên truyền", "nhiệm vụ", "giải pháp",
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
