package directive

import (
	"strconv"

	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/org"
)

// Bloc is the system a document belongs to: the State (Decree 30/2020 and
// the Law on Promulgation of Legal Documents) or the Communist Party
// (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW). Type codes differ between the
// blocs: Quy định is QyĐ in the State and QĐ in the Party; TT is Thông tư in
// the State and Thông tri in the Party. It is [org.Bloc], the bloc of the
// issuing body, so a document and its issuer are compared directly; a
// document is of BlocState or BlocParty (or unspecified).
type Bloc = org.Bloc

// The blocs a document can belong to.
const (
	BlocUnspecified = org.BlocUnspecified
	BlocState       = org.BlocState
	BlocParty       = org.BlocParty
)

// Kind is a document type (tên loại văn bản). The zero Kind is
// KindUnspecified. String returns a stable wire code; Label returns the
// Vietnamese name. Do not reorder the constants: they are wire-stable only
// by their String, but tables below rely on the order.
type Kind uint8

// Document types. The comment gives the Vietnamese name and the type code in
// the State and Party blocs ("-" when the bloc does not use it).
const (
	KindUnspecified Kind = iota

	// Administrative types of Decree 30/2020 (Art. 7, Phụ lục III).
	KindResolution     // Nghị quyết: NQ / NQ
	KindDecision       // Quyết định: QĐ / QĐ
	KindDirective      // Chỉ thị: CT / CT
	KindRules          // Quy chế: QC / QC
	KindRegulation     // Quy định: QyĐ / QĐ
	KindCommunique     // Thông cáo: TC / TC
	KindNotice         // Thông báo: TB / TB
	KindGuidance       // Hướng dẫn: HD / HD
	KindProgramme      // Chương trình: CTr / CTr
	KindPlan           // Kế hoạch: KH / KH
	KindScheme         // Phương án: PA / PA
	KindProposal       // Đề án: ĐA / ĐA
	KindProject        // Dự án: DA / DA
	KindReport         // Báo cáo: BC / BC
	KindMinutes        // Biên bản: BB / BB
	KindSubmission     // Tờ trình: TTr / TTr
	KindContract       // Hợp đồng: HĐ / -
	KindDispatch       // Công điện: CĐ / -
	KindMemorandum     // Bản ghi nhớ: BGN / -
	KindAgreement      // Bản thỏa thuận: BTT / -
	KindAuthorization  // Giấy ủy quyền: GUQ / -
	KindInvitation     // Giấy mời: GM / GM
	KindIntroduction   // Giấy giới thiệu: GGT / GGT
	KindLeavePermit    // Giấy nghỉ phép: GNP / -
	KindSendingSlip    // Phiếu gửi: PG / -
	KindTransferSlip   // Phiếu chuyển: PC / -
	KindNoticeSlip     // Phiếu báo: PB / -
	KindOfficialLetter // Công văn: no code / CV
	KindPublicLetter   // Thư công: no code / -
	KindCertifiedCopy  // Bản sao y: SY / -
	KindExtractCopy    // Bản trích sao: TrS / -
	KindTranscript     // Bản sao lục: SL / -

	// Legal-normative types (văn bản quy phạm pháp luật).
	KindConstitution    // Hiến pháp: no code
	KindCode            // Bộ luật: no code (symbol …/QHn)
	KindLaw             // Luật: no code (symbol …/QHn)
	KindOrdinance       // Pháp lệnh: PL
	KindOrder           // Lệnh: L
	KindDecree          // Nghị định: NĐ
	KindCircular        // Thông tư: TT
	KindJointCircular   // Thông tư liên tịch: TTLT
	KindJointResolution // Nghị quyết liên tịch: NQLT

	// Party types (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW).
	KindConclusion  // Kết luận: KL / KL
	KindInstruction // Thông tri: - / TT
	KindStatement   // Tuyên bố: - / (no confirmed code)
	KindAppeal      // Lời kêu gọi: - / (no confirmed code)
	KindPlatform    // Cương lĩnh: - / -
	KindCharter     // Điều lệ: - / -
	KindStrategy    // Chiến lược: - / (no confirmed code)
	KindMasterPlan  // Quy hoạch: - / (no confirmed code)

	numKinds
)

type kindInfo struct {
	wire  string
	label string
	state string // type code in the State bloc; "" if none
	party string // type code in the Party bloc; "" if none
	legal bool   // a legal-normative type
	// inState/inParty say whether the bloc has the type at all, which
	// matters for types without a code (Công văn in the State).
	inState, inParty bool
}

var kinds = [numKinds]kindInfo{
	KindUnspecified:     {},
	KindResolution:      {"resolution", "Nghị quyết", "NQ", "NQ", true, true, true},
	KindDecision:        {"decision", "Quyết định", "QĐ", "QĐ", true, true, true},
	KindDirective:       {"directive", "Chỉ thị", "CT", "CT", false, true, true},
	KindRules:           {"rules", "Quy chế", "QC", "QC", false, true, true},
	KindRegulation:      {"regulation", "Quy định", "QyĐ", "QĐ", false, true, true},
	KindCommunique:      {"communique", "Thông cáo", "TC", "TC", false, true, true},
	KindNotice:          {"notice", "Thông báo", "TB", "TB", false, true, true},
	KindGuidance:        {"guidance", "Hướng dẫn", "HD", "HD", false, true, true},
	KindProgramme:       {"programme", "Chương trình", "CTr", "CTr", false, true, true},
	KindPlan:            {"plan", "Kế hoạch", "KH", "KH", false, true, true},
	KindScheme:          {"scheme", "Phương án", "PA", "PA", false, true, true},
	KindProposal:        {"proposal", "Đề án", "ĐA", "ĐA", false, true, true},
	KindProject:         {"project", "Dự án", "DA", "DA", false, true, true},
	KindReport:          {"report", "Báo cáo", "BC", "BC", false, true, true},
	KindMinutes:         {"minutes", "Biên bản", "BB", "BB", false, true, true},
	KindSubmission:      {"submission", "Tờ trình", "TTr", "TTr", false, true, true},
	KindContract:        {"contract", "Hợp đồng", "HĐ", "", false, true, false},
	KindDispatch:        {"dispatch", "Công điện", "CĐ", "", false, true, false},
	KindMemorandum:      {"memorandum", "Bản ghi nhớ", "BGN", "", false, true, false},
	KindAgreement:       {"agreement", "Bản thỏa thuận", "BTT", "", false, true, false},
	KindAuthorization:   {"authorization", "Giấy ủy quyền", "GUQ", "", false, true, false},
	KindInvitation:      {"invitation", "Giấy mời", "GM", "GM", false, true, true},
	KindIntroduction:    {"introduction", "Giấy giới thiệu", "GGT", "GGT", false, true, true},
	KindLeavePermit:     {"leave_permit", "Giấy nghỉ phép", "GNP", "", false, true, true},
	KindSendingSlip:     {"sending_slip", "Phiếu gửi", "PG", "", false, true, true},
	KindTransferSlip:    {"transfer_slip", "Phiếu chuyển", "PC", "", false, true, true},
	KindNoticeSlip:      {"notice_slip", "Phiếu báo", "PB", "", false, true, false},
	KindOfficialLetter:  {"official_letter", "Công văn", "", "CV", false, true, true},
	KindPublicLetter:    {"public_letter", "Thư công", "", "", false, true, true},
	KindCertifiedCopy:   {"certified_copy", "Bản sao y", "SY", "", false, true, false},
	KindExtractCopy:     {"extract_copy", "Bản trích sao", "TrS", "", false, true, false},
	KindTranscript:      {"transcript", "Bản sao lục", "SL", "", false, true, false},
	KindConstitution:    {"constitution", "Hiến pháp", "", "", true, true, false},
	KindCode:            {"code", "Bộ luật", "", "", true, true, false},
	KindLaw:             {"law", "Luật", "", "", true, true, false},
	KindOrdinance:       {"ordinance", "Pháp lệnh", "PL", "", true, true, false},
	KindOrder:           {"order", "Lệnh", "L", "", true, true, false},
	KindDecree:          {"decree", "Nghị định", "NĐ", "", true, true, false},
	KindCircular:        {"circular", "Thông tư", "TT", "", true, true, false},
	KindJointCircular:   {"joint_circular", "Thông tư liên tịch", "TTLT", "", true, true, false},
	KindJointResolution: {"joint_resolution", "Nghị quyết liên tịch", "NQLT", "", true, true, false},
	KindConclusion:      {"conclusion", "Kết luận", "KL", "KL", false, true, true},
	KindInstruction:     {"instruction", "Thông tri", "", "TT", false, false, true},
	KindStatement:       {"statement", "Tuyên bố", "", "", false, false, true},
	KindAppeal:          {"appeal", "Lời kêu gọi", "", "", false, false, true},
	KindPlatform:        {"platform", "Cương lĩnh", "", "", false, false, true},
	KindCharter:         {"charter", "Điều lệ", "", "", false, false, true},
	KindStrategy:        {"strategy", "Chiến lược", "", "", false, false, true},
	KindMasterPlan:      {"master_plan", "Quy hoạch", "", "", false, true, true},
}

// Kinds returns every specified Kind in declaration order.
func Kinds() []Kind {
	out := make([]Kind, 0, numKinds-1)
	for k := Kind(1); k < numKinds; k++ {
		out = append(out, k)
	}
	return out
}

// IsValid reports whether k is a known, specified Kind.
func (k Kind) IsValid() bool { return k > KindUnspecified && k < numKinds }

// String returns the stable wire code ("decision", "plan", "law"), "" for
// KindUnspecified, and "directive.Kind(N)" for unknown values.
func (k Kind) String() string {
	if k < numKinds {
		return kinds[k].wire
	}
	return "directive.Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the wire code.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, &ParseError{Func: "Kind.MarshalText", Input: k.String(), Pos: -1, Msg: "unknown kind"}
	}
	return []byte(kinds[k].wire), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts a wire code
// or anything [KindByName] accepts; empty text gives KindUnspecified.
func (k *Kind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = KindUnspecified
		return nil
	}
	s := string(b)
	for i := Kind(1); i < numKinds; i++ {
		if kinds[i].wire == s {
			*k = i
			return nil
		}
	}
	if v, ok := KindByName(s); ok {
		*k = v
		return nil
	}
	return &ParseError{Func: "Kind.UnmarshalText", Input: s, Pos: -1, Msg: "unknown document type"}
}

// Label returns the Vietnamese name of the type ("Quyết định"), or "" for
// KindUnspecified and unknown values.
func (k Kind) Label() string {
	if k < numKinds {
		return kinds[k].label
	}
	return ""
}

// Code returns the type code used in symbols of bloc b ("QyĐ" for Quy định
// in the State, "QĐ" in the Party), or "" when the bloc writes no code for
// the type (Công văn in the State) or does not have it.
func (k Kind) Code(b Bloc) string {
	if k >= numKinds {
		return ""
	}
	switch b {
	case BlocState:
		return kinds[k].state
	case BlocParty:
		return kinds[k].party
	}
	return ""
}

// In reports whether bloc b issues documents of type k.
func (k Kind) In(b Bloc) bool {
	if k >= numKinds {
		return false
	}
	switch b {
	case BlocState:
		return kinds[k].inState
	case BlocParty:
		return kinds[k].inParty
	}
	return false
}

// IsLegal reports whether k is a legal-normative type (Luật, Nghị định,
// Thông tư…), numbered per type and year with the year in the symbol.
func (k Kind) IsLegal() bool { return k < numKinds && kinds[k].legal }

// KindByCode returns the type whose code in bloc b is code, compared
// case-insensitively as the standard does ("TTR" finds Tờ trình, "QYĐ" finds
// Quy định). Đ and đ are distinct from D; the OCR look-alike Ð (U+00D0)
// counts as Đ.
func KindByCode(b Bloc, code string) (Kind, bool) {
	if code == "" {
		return KindUnspecified, false
	}
	if b == BlocState || b == BlocParty {
		// an ASCII code equals an ASCII table code of its length in
		// upper case, and no code with another letter
		var buf [8]byte
		if up, ok := upperASCII(&buf, code); ok {
			k, found := asciiCodes[b][string(up)]
			return k, found
		}
	}
	for k := Kind(1); k < numKinds; k++ {
		var c string
		switch b {
		case BlocState:
			c = kinds[k].state
		case BlocParty:
			c = kinds[k].party
		default:
			return KindUnspecified, false
		}
		if c != "" && vntext.EqualFoldCode(c, code) {
			return k, true
		}
	}
	return KindUnspecified, false
}

// KindByName returns the type named name, in any case, NFC or NFD, either
// tone placement ("thỏa"/"thoả") and with or without diacritics ("KẾ
// HOẠCH", "kế hoạch", "Ke hoach").
func KindByName(name string) (Kind, bool) {
	key := vntext.Bare(name)
	if key == "" {
		return KindUnspecified, false
	}
	for k := Kind(1); k < numKinds; k++ {
		if vntext.Bare(kinds[k].label) == key {
			return k, true
		}
	}
	return KindUnspecified, false
}

// asciiCodes maps the upper-case form of the all-ASCII codes of each bloc
// to the first type that has it, as the loop of KindByCode finds it.
var asciiCodes = func() (m [max(BlocState, BlocParty) + 1]map[string]Kind) {
	for _, b := range []Bloc{BlocState, BlocParty} {
		m[b] = map[string]Kind{}
		for k := Kind(1); k < numKinds; k++ {
			c := kinds[k].state
			if b == BlocParty {
				c = kinds[k].party
			}
			var buf [8]byte
			if up, ok := upperASCII(&buf, c); ok && c != "" {
				if _, dup := m[b][string(up)]; !dup {
					m[b][string(up)] = k
				}
			}
		}
	}
	return m
}()

// upperASCII writes s in upper case into buf when s is all ASCII and fits.
func upperASCII(buf *[8]byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, false
		}
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}
