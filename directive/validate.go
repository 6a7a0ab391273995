package directive

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
	"github.com/chidao/chidao/org"
)

// Validation codes. They are stable; messages are for people and may change.
const (
	CodeHeaderBloc              chidao.Code = "directive.header_bloc"         // national header of the other bloc
	CodeSymbolShape             chidao.Code = "directive.symbol_shape"        // State symbol on a Party document or the reverse
	CodeSymbolType              chidao.Code = "directive.symbol_type"         // type code missing from or wrong in the symbol
	CodeLetterTypeCode          chidao.Code = "directive.letter_type_code"    // a State công văn whose symbol has a type code
	CodeSymbolRepaired          chidao.Code = "directive.symbol_repaired"     // Parse had to repair the symbol
	CodeSymbolIssuer            chidao.Code = "directive.symbol_issuer"       // issuer abbreviation does not match the issuer
	CodeSymbolUnit              chidao.Code = "directive.symbol_unit"         // drafting unit differs from "Lưu: VT, …"
	CodeNumberZero              chidao.Code = "directive.number_leading_zero" // number under 10 without its leading zero
	CodeDateFormat              chidao.Code = "directive.date_format"         // date line not written by the rule
	CodeCitationFuture          chidao.Code = "directive.citation_after_date" // cites a document dated after itself
	CodeCitationSelf            chidao.Code = "directive.citation_self"       // cites its own number
	CodeAsAbove                 chidao.Code = "directive.as_above_without_recipients"
	CodeArchive                 chidao.Code = "directive.distribution_archive" // last entry is not "Lưu: VT, …"
	CodeSignCollective          chidao.Code = "directive.signature_collective" // collective body signs without TM. / T/M
	CodeSignDeputy              chidao.Code = "directive.signature_deputy"     // deputy of a collective without KT. CHỦ TỊCH
	CodeSignPartyKT             chidao.Code = "directive.signature_party_kt"   // a Party committee signing K/T
	CodeSignMarkStyle           chidao.Code = "directive.signature_mark_style" // State marks on a Party document or the reverse
	CodeIssuerUnknown           chidao.Code = "directive.issuer_unknown"
	CodeRecipientUnknown        chidao.Code = "directive.recipient_unknown"
	CodeRecipientNotInAuthority chidao.Code = "directive.recipient_outside_authority"
	CodeAddresseeNotRecipient   chidao.Code = "directive.addressee_not_recipient"
	CodeSubjectVv               chidao.Code = "directive.subject_vv"     // công văn subject not introduced by "V/v" in the source
	CodeFormUnfilled            chidao.Code = "directive.form_unfilled"  // a form with its number or day left blank for the clerk
	CodeTextSetAside            chidao.Code = "directive.text_set_aside" // a line the reader could not place in the document
)

// Rule sources.
const (
	ruleND30       = "NĐ 30/2020 Phụ lục I"
	ruleND30Symbol = "NĐ 30/2020 Phụ lục I §II.3"
	ruleND30Date   = "NĐ 30/2020 Phụ lục I §II.4"
	ruleND30Cite   = "NĐ 30/2020 Phụ lục I §II.6.b"
	ruleND30Sign   = "NĐ 30/2020 Điều 13, Phụ lục I §II.7"
	ruleND30Recv   = "NĐ 30/2020 Phụ lục I §II.9"
	ruleND30Vv     = "NĐ 30/2020 Phụ lục I §II.5.b"
	ruleHD36Vv     = "HD 36-HD/VPTW §II.1.5"
	ruleND30Types  = "NĐ 30/2020 Phụ lục III"
	ruleHD36       = "HD 36-HD/VPTW §II.1"
	ruleHD36Symbol = "HD 36-HD/VPTW §II.1.3"
	ruleHD36Sign   = "HD 36-HD/VPTW §II.1.7"
	ruleHD36Recv   = "HD 36-HD/VPTW §II.1.9"
	ruleRegistry   = "danh mục cơ quan (registry)"
)

// ValidateOption configures [Document.Check] and [Document.Validate].
type ValidateOption func(*validateConfig)

type validateConfig struct {
	reg  *org.Registry
	asOf chidao.Date
}

// WithRegistry checks the issuer, recipients and section addressees
// against r: they must name bodies in force at the document date, each
// within the issuer's authority ([org.Registry.CanDirect]).
func WithRegistry(r *org.Registry) ValidateOption {
	return func(c *validateConfig) { c.reg = r }
}

// AsOf sets the date the registry checks use when the document has none
// or when they should be made at another date.
func AsOf(d chidao.Date) ValidateOption {
	return func(c *validateConfig) { c.asOf = d }
}

// Check checks d against Decree 30/2020 (State) or Hướng dẫn 36-HD/VPTW
// (Party) and returns every finding, errors and warnings, in the order of
// the parts of the document; nil when there is none. Each finding has the
// JSON path of the field, a stable code (the Code… constants or a generic
// chidao code), a severity, the rule's source and a message a clerk can
// act on. Repairs Parse made that matter for the rules (symbol, date line)
// are reported as warnings.
//
// With [WithRegistry], the issuer, recipients and section addressees are
// resolved at the document date (or the [AsOf] date). A recipient the
// issuer can reach only through professional guidance (a city committee
// to the press, through its Sở) counts as within authority: a công văn
// may ask those it guides to act. Distribution entries are posts and
// internal units ("Chủ tịch UBND Thành phố", "VPUB: CVP, …") and are not
// looked up.
func (d *Document) Check(opts ...ValidateOption) chidao.ErrorList {
	var c validateConfig
	for _, o := range opts {
		o(&c)
	}
	v := &validator{d: d, cfg: c}
	v.components()
	v.symbol()
	v.dateLine()
	v.citations()
	v.distribution()
	v.signature()
	v.setAside()
	if c.reg != nil {
		v.registry()
	}
	return v.errs
}

// setAside warns of each line the reader set aside: its words are kept in
// the repair, but no field holds them, and a person should look.
func (v *validator) setAside() {
	for i, r := range v.d.Repairs {
		if r.Code == RepairSetAside {
			v.report(chidao.NewFieldError(chidao.NewPath("repairs").Index(i), CodeTextSetAside, r.Original,
				"dòng "+strconv.Itoa(r.Line)+" không được đọc vào văn bản: \""+vntext.Clip(r.Original, 60)+"\"; cần đối chiếu với bản gốc").AsWarning())
		}
	}
}

// Validate runs [Document.Check] and returns a *[chidao.ValidationError]
// holding every finding when at least one has error severity, or nil: a
// document with only warnings is valid.
func (d *Document) Validate(opts ...ValidateOption) error {
	if l := d.Check(opts...); l.HasErrors() {
		return l.Err()
	}
	return nil
}

type validator struct {
	d    *Document
	cfg  validateConfig
	errs chidao.ErrorList
}

func (v *validator) report(fe *chidao.FieldError) { v.errs = append(v.errs, fe) }

func (v *validator) rule(state, party string) string {
	if v.d.Bloc == BlocParty {
		return party
	}
	return state
}

// components checks the parts every document of its bloc and type has.
func (v *validator) components() {
	d := v.d
	if d.Bloc != BlocState && d.Bloc != BlocParty {
		v.report(chidao.Required(chidao.NewPath("kind"), "không xác định được văn bản của Nhà nước hay của Đảng"))
		return
	}
	r := v.rule(ruleND30, ruleHD36)
	if d.Issuer == "" {
		v.report(chidao.Required(chidao.NewPath("issuer"), "thiếu tên cơ quan, tổ chức ban hành văn bản").WithRule(r))
	}
	if len(d.NationalHeader) == 0 {
		msg := "thiếu Quốc hiệu và Tiêu ngữ"
		if d.Bloc == BlocParty {
			msg = "thiếu tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\""
		}
		v.report(chidao.Required(chidao.NewPath("national_header"), msg).WithRule(r))
	} else {
		k := vntext.Key(strings.Join(d.NationalHeader, " "))
		party := strings.Contains(k, keyPartyName)
		if party != (d.Bloc == BlocParty) {
			msg := "văn bản của Đảng phải có tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\", không dùng Quốc hiệu"
			if d.Bloc == BlocState {
				msg = "văn bản của Nhà nước phải có Quốc hiệu và Tiêu ngữ, không dùng tiêu đề của Đảng"
			}
			v.report(chidao.NewFieldError(chidao.NewPath("national_header"), CodeHeaderBloc, strings.Join(d.NationalHeader, " / "), msg).WithRule(r))
		}
	}
	// A form printed with the number or the day blank is filled in by the
	// clerk when it is registered: not yet issued, rather than wrong.
	switch blank := d.formBlank("symbol"); {
	case blank != nil:
		v.report(chidao.NewFieldError(pathSymbol, CodeFormUnfilled, blank.Original, "văn bản mẫu chưa ghi số (\""+vntext.Clip(blank.Original, 40)+"\"): văn thư ghi số khi đăng ký, phát hành").WithRule(v.rule(ruleND30Symbol, ruleHD36Symbol)).AsWarning())
	case !d.Symbol.IsValid() && d.Number == "":
		v.report(chidao.Required(pathSymbol, "thiếu số, ký hiệu văn bản").WithRule(v.rule(ruleND30Symbol, ruleHD36Symbol)))
	}
	switch blank := d.formBlank("date"); {
	case blank != nil && d.Date.IsZero():
		v.report(chidao.NewFieldError(chidao.NewPath("date"), CodeFormUnfilled, blank.Original, "văn bản mẫu chưa ghi ngày, tháng (\""+vntext.Clip(blank.Original, 40)+"\"): văn thư ghi khi ban hành").WithRule(v.rule(ruleND30Date, ruleHD36)).AsWarning())
	case d.Date.IsZero():
		v.report(chidao.Required(chidao.NewPath("date"), "thiếu ngày, tháng, năm ban hành").WithRule(v.rule(ruleND30Date, ruleHD36)))
	}
	if d.Place == "" {
		v.report(chidao.Required(chidao.NewPath("place"), "thiếu địa danh").WithRule(v.rule(ruleND30Date, ruleHD36)))
	}
	if d.Type == KindUnspecified {
		v.report(chidao.Required(chidao.NewPath("type"), "thiếu tên loại văn bản").WithRule(v.rule(ruleND30Types, ruleHD36)))
	}
	if d.Subject == "" {
		msg := "thiếu trích yếu nội dung"
		if d.Type == KindOfficialLetter {
			msg = "công văn thiếu trích yếu \"V/v …\""
		}
		v.report(chidao.Required(chidao.NewPath("subject"), msg).WithRule(r))
	}
	if d.Type == KindOfficialLetter && d.Subject != "" {
		for _, r := range d.Repairs {
			if r.Code == RepairSubjectVv {
				v.report(chidao.NewFieldError(chidao.NewPath("subject"), CodeSubjectVv, r.Original, "trích yếu của công văn phải mở đầu bằng \"V/v\", bản gốc ghi \""+vntext.Clip(r.Original, 40)+"\"").WithRule(v.rule(ruleND30Vv, ruleHD36Vv)).AsWarning())
				break
			}
		}
	}
	if d.Type == KindOfficialLetter && len(d.Recipients) == 0 {
		v.report(chidao.Required(chidao.NewPath("recipients"), "công văn phải có phần \"Kính gửi\"").WithRule(ruleND30Recv))
	}
	if len(d.Distribution) == 0 {
		v.report(chidao.Required(chidao.NewPath("distribution"), "thiếu phần \"Nơi nhận\"").WithRule(v.rule(ruleND30Recv, ruleHD36Recv)))
	}
	if d.Signature.Title == "" {
		v.report(chidao.Required(chidao.NewPath("signature").Child("title"), "thiếu chức vụ của người ký").WithRule(v.rule(ruleND30Sign, ruleHD36Sign)))
	}
	if d.Signature.Name == "" {
		v.report(chidao.Required(chidao.NewPath("signature").Child("name"), "thiếu họ tên người ký").WithRule(v.rule(ruleND30Sign, ruleHD36Sign)))
	}
}

// formBlank returns the form_blank repair Parse recorded for the field at
// path ("symbol", "date"), or nil.
func (d *Document) formBlank(path string) *Repair {
	for i, r := range d.Repairs {
		if r.Code == RepairFormBlank && r.Path == path {
			return &d.Repairs[i]
		}
	}
	return nil
}

// symbol checks the shape and parts of the number and symbol.
func (v *validator) symbol() {
	d := v.d
	if d.HasRepair(RepairSymbolSlash) || d.HasRepair(RepairSymbolSpace) {
		for _, r := range d.Repairs {
			if r.Path == "symbol" {
				v.report(chidao.NewFieldError(pathSymbol, CodeSymbolRepaired, r.Original, "số, ký hiệu được đọc lại từ \""+r.Original+"\" thành \""+r.Repaired+"\"; cần đối chiếu với bản gốc").WithRule(v.rule(ruleND30Symbol, ruleHD36Symbol)).AsWarning())
				break
			}
		}
	}
	num := d.Number
	if d.Symbol.IsValid() {
		num = d.Symbol.Number()
	}
	if len(num) == 1 && num != "0" {
		v.report(chidao.NewFieldError(chidao.NewPath("number"), CodeNumberZero, num, "số dưới 10 phải ghi thêm số 0 phía trước (0"+num+")").WithRule(v.rule(ruleND30Symbol, ruleHD36Symbol)))
	}
	if !d.Symbol.IsValid() || d.Bloc == BlocUnspecified {
		return
	}
	sym := d.Symbol
	switch {
	case d.Bloc == BlocParty && sym.Shape() != ShapeParty:
		v.report(chidao.NewFieldError(pathSymbol, CodeSymbolShape, sym.String(), "văn bản của Đảng ghi số, ký hiệu dạng \"<số>-<LOẠI>/<CƠ QUAN>\", ví dụ 24-CT/TU").WithRule(ruleHD36Symbol))
		return
	case d.Bloc == BlocState && sym.Shape() == ShapeParty:
		v.report(chidao.NewFieldError(pathSymbol, CodeSymbolShape, sym.String(), "văn bản của Nhà nước ghi số, ký hiệu dạng \"<số>/<LOẠI>-<CƠ QUAN>\"").WithRule(ruleND30Symbol))
		return
	}
	if d.Type == KindUnspecified || d.Type.IsLegal() {
		return
	}
	code := d.Type.Code(d.Bloc)
	switch {
	case d.Type == KindOfficialLetter && d.Bloc == BlocState:
		if sym.Shape() != ShapeLetter {
			v.report(chidao.NewFieldError(pathSymbol, CodeLetterTypeCode, sym.String(), "ký hiệu công văn không có tên loại: <số>/<CƠ QUAN>-<ĐƠN VỊ SOẠN THẢO>").WithRule(ruleND30Symbol))
		}
	case code != "" && !strings.EqualFold(sym.TypeCode(), code):
		v.report(chidao.NewFieldError(pathSymbol, CodeSymbolType, sym.String(), "ký hiệu phải có chữ viết tắt tên loại \""+code+"\" của "+strings.ToLower(d.Type.Label())).WithRule(v.rule(ruleND30Symbol, ruleHD36Symbol)))
	}
}

// dateLine reports a date line Parse had to read past the rule.
func (v *validator) dateLine() {
	for _, r := range v.d.Repairs {
		if r.Code == RepairDateFormat {
			v.report(chidao.NewFieldError(chidao.NewPath("date"), CodeDateFormat, r.Original, "ngày ban hành phải viết \""+r.Repaired+"\" (ngày dưới 10 và tháng 1, 2 có số 0 phía trước)").WithRule(v.rule(ruleND30Date, ruleHD36)).AsWarning())
		}
	}
}

func (v *validator) citations() {
	d := v.d
	for i, c := range d.Citations {
		p := chidao.NewPath("citations").Index(i)
		if !d.Date.IsZero() && !c.Date.IsZero() && c.Date.After(d.Date) {
			v.report(chidao.NewFieldError(p.Child("date"), CodeCitationFuture, c.Date.String(), "văn bản được dẫn có ngày sau ngày ban hành văn bản này").WithRule(ruleND30Cite))
		}
		if d.Symbol.IsValid() && c.Symbol.IsValid() && c.Symbol.Equal(d.Symbol) {
			v.report(chidao.NewFieldError(p.Child("symbol"), CodeCitationSelf, c.Symbol.String(), "văn bản dẫn chính số, ký hiệu của mình").WithRule(ruleND30Cite))
		}
	}
}

// distribution checks "Như trên" and the archive line.
func (v *validator) distribution() {
	d := v.d
	for i, e := range d.Distribution {
		if vntext.Key(e) == "như trên" && len(d.Recipients) == 0 {
			v.report(chidao.NewFieldError(chidao.NewPath("distribution").Index(i), CodeAsAbove, e, "\"Như trên\" chỉ dùng khi văn bản có phần \"Kính gửi\"").WithRule(v.rule(ruleND30Recv, ruleHD36Recv)))
		}
	}
	if len(d.Distribution) == 0 {
		return
	}
	last := len(d.Distribution) - 1
	k := vntext.Key(d.Distribution[last])
	p := chidao.NewPath("distribution").Index(last)
	switch d.Bloc {
	case BlocState:
		if !strings.HasPrefix(k, "lưu vt") {
			v.report(chidao.NewFieldError(p, CodeArchive, d.Distribution[last], "dòng cuối của \"Nơi nhận\" phải là \"Lưu: VT, <đơn vị soạn thảo>\"").WithRule(ruleND30Recv))
		}
	case BlocParty:
		if !strings.HasPrefix(k, "lưu") {
			v.report(chidao.NewFieldError(p, CodeArchive, d.Distribution[last], "dòng cuối của \"Nơi nhận\" là nơi lưu, ví dụ \"Lưu Văn phòng Tỉnh ủy\"").WithRule(ruleHD36Recv).AsWarning())
		}
	}
	// Công văn: the drafting unit in the symbol is the unit that keeps the
	// file copy.
	if d.Bloc == BlocState && d.Type == KindOfficialLetter && d.Symbol.Shape() == ShapeLetter && strings.HasPrefix(k, "lưu vt") {
		units := archiveUnits(d.Distribution[last])
		unit := d.Symbol.Unit()
		if unit != "" && len(units) > 0 && !containsFold(units, unit) {
			v.report(chidao.NewFieldError(pathSymbol, CodeSymbolUnit, d.Symbol.String(), "đơn vị soạn thảo trong ký hiệu ("+unit+") khác đơn vị lưu ("+strings.Join(units, ", ")+")").WithRule(ruleND30Symbol))
		}
	}
}

// archiveUnits returns the units after "Lưu: VT," ("KGVX").
func archiveUnits(e string) []string {
	_, rest, ok := strings.Cut(e, ":")
	if !ok {
		rest = strings.TrimPrefix(e, "Lưu")
	}
	var out []string
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == ';' || r == '.' }) {
		if strings.EqualFold(f, "VT") || vntext.AllDigits(f) || strings.HasSuffix(f, "b") && vntext.AllDigits(strings.TrimSuffix(f, "b")) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// collectiveKeys open the names of bodies that work collectively.
var collectiveKeys = slices.Concat(lexicon.StateCollectives, lexicon.PartyCommittees, lexicon.PartyCollectives)

func isCollective(name string) bool {
	k := vntext.Key(name)
	for _, w := range collectiveKeys {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// signature checks the authority marks against the issuer.
func (v *validator) signature() {
	d := v.d
	s := d.Signature
	if s.IsZero() {
		return
	}
	var hasTM, hasKT, stateMarks, partyMarks bool
	for _, a := range s.Authority {
		switch {
		case strings.HasPrefix(a, "TM."), strings.HasPrefix(a, "THAY MẶT"):
			hasTM, stateMarks = true, true
		case strings.HasPrefix(a, "T/M"):
			hasTM, partyMarks = true, true
		case strings.HasPrefix(a, "KT."):
			hasKT, stateMarks = true, true
		case strings.HasPrefix(a, "K/T"):
			hasKT, partyMarks = true, true
		case strings.HasPrefix(a, "TL."), strings.HasPrefix(a, "TUQ."):
			stateMarks = true
		case strings.HasPrefix(a, "T/L"):
			partyMarks = true
		}
	}
	rule := v.rule(ruleND30Sign, ruleHD36Sign)
	if d.Bloc == BlocParty && stateMarks {
		v.report(chidao.NewFieldError(pathAuthority, CodeSignMarkStyle, strings.Join(s.Authority, " / "), "văn bản của Đảng ghi quyền hạn ký bằng T/M, K/T, T/L (có dấu gạch chéo)").WithRule(ruleHD36Sign))
	}
	if d.Bloc == BlocState && partyMarks {
		v.report(chidao.NewFieldError(pathAuthority, CodeSignMarkStyle, strings.Join(s.Authority, " / "), "văn bản của Nhà nước ghi quyền hạn ký bằng TM., KT., TL., TUQ.").WithRule(ruleND30Sign))
	}
	// A decision issued by the chairman in person ("CHỦ TỊCH ỦY BAN NHÂN
	// DÂN TỈNH …" above the legal bases) is signed without TM.
	collective := isCollective(d.Issuer) && !individualAuthority(d.Preamble)
	if collective && !hasTM && !hasTL(s.Authority) {
		v.report(chidao.NewFieldError(pathAuthority, CodeSignCollective, d.Issuer, "cơ quan làm việc theo chế độ tập thể ký thay mặt: \"TM.\" (Đảng: \"T/M\") trước tên tập thể").WithRule(rule))
	}
	if d.Bloc == BlocParty && hasKT && isPartyCommittee(d.Issuer) {
		v.report(chidao.NewFieldError(pathAuthority, CodeSignPartyKT, strings.Join(s.Authority, " / "), "cấp ủy làm việc tập thể, không ký \"K/T\"; phó bí thư ký \"T/M … / PHÓ BÍ THƯ\"").WithRule(ruleHD36Sign))
	}
	if d.Bloc == BlocState && hasTM && !hasKT && s.Title != "" {
		if t := vntext.Key(s.Title); strings.HasPrefix(t, "phó ") {
			v.report(chidao.NewFieldError(pathAuthority, CodeSignDeputy, s.Title, "cấp phó của cơ quan tập thể ký \"TM. <cơ quan>\", \"KT. CHỦ TỊCH\", rồi chức vụ").WithRule(ruleND30Sign))
		}
	}
}

func hasTL(auth []string) bool {
	for _, a := range auth {
		if strings.HasPrefix(a, "TL.") || strings.HasPrefix(a, "T/L") || strings.HasPrefix(a, "TUQ.") {
			return true
		}
	}
	return false
}

// partyCommitteeKeys open the names of Party committees and the other Party
// bodies that sign T/M, never K/T.
var partyCommitteeKeys = slices.Concat(lexicon.PartyCommittees, lexicon.PartyCollectives)

func isPartyCommittee(name string) bool {
	k := vntext.Key(name)
	for _, w := range partyCommitteeKeys {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// registry checks the issuer, recipients and section addressees against
// the registry at the document date.
func (v *validator) registry() {
	d := v.d
	reg := v.cfg.reg
	date := d.Date
	if !v.cfg.asOf.IsZero() {
		date = v.cfg.asOf
	}
	if date.IsZero() {
		return
	}
	var issuer *org.Org
	if d.IssuerKey != "" {
		if o, ok := reg.Org(d.IssuerKey); ok && o.ValidAt(date) {
			issuer = o
		} else {
			v.report(chidao.NewFieldError(chidao.NewPath("issuer_key"), CodeIssuerUnknown, d.IssuerKey, "mã cơ quan ban hành không có hoặc hết hiệu lực trong danh mục tại ngày "+date.String()).WithRule(ruleRegistry))
		}
	}
	if issuer == nil && d.Issuer != "" {
		m, err := reg.Match(d.Issuer, date)
		if err != nil || m.Dissolved {
			v.report(chidao.NewFieldError(chidao.NewPath("issuer"), CodeIssuerUnknown, d.Issuer, "không tìm thấy cơ quan ban hành trong danh mục tại ngày "+date.String()).WithRule(ruleRegistry).AsWarning())
		} else {
			issuer = m.Org
		}
	}
	if issuer != nil && d.Symbol.IsValid() && issuer.Abbrev() != "" && d.Symbol.Issuer() != "" {
		if !strings.EqualFold(d.Symbol.Issuer(), issuer.Abbrev()) {
			v.report(chidao.NewFieldError(pathSymbol, CodeSymbolIssuer, d.Symbol.String(), "chữ viết tắt cơ quan ban hành trong ký hiệu ("+d.Symbol.Issuer()+") khác chữ viết tắt của "+issuer.Name()+" ("+issuer.Abbrev()+")").WithRule(v.rule(ruleND30Symbol, ruleHD36Symbol)))
		}
	}
	// A report or a submission is sent up, to the body that directs the
	// issuer; the others are sent to bodies the issuer directs or guides.
	upward := d.Type == KindReport || d.Type == KindSubmission
	var covered []*org.Org
	checkList := func(base chidao.Path, entries []string, collect bool) {
		for i, e := range entries {
			p := base.Index(i)
			orgs, err := reg.Expand(e, issuer, date)
			if err != nil {
				v.report(chidao.NewFieldError(p, CodeRecipientUnknown, e, "không xác định được cơ quan nhận tại ngày "+date.String()+": "+firstErrLine(err)).WithRule(ruleRegistry))
				continue
			}
			if collect {
				covered = append(covered, orgs...)
			}
			if issuer == nil {
				continue
			}
			for _, o := range orgs {
				if upward {
					// a Báo cáo or Tờ trình goes to a body that directs the issuer
					if _, ok := reg.CanDirect(o, issuer, date); !ok {
						v.report(chidao.NewFieldError(p, CodeRecipientNotInAuthority, e, issuer.Name()+" không thuộc phạm vi chỉ đạo, hướng dẫn của "+o.Name()+", nơi nhận báo cáo, tờ trình").WithRule(ruleRegistry))
						break
					}
					continue
				}
				if _, ok := reg.CanDirect(issuer, o, date); !ok {
					v.report(chidao.NewFieldError(p, CodeRecipientNotInAuthority, e, o.Name()+" không thuộc phạm vi chỉ đạo, hướng dẫn của "+issuer.Name()).WithRule(ruleRegistry))
					break
				}
			}
		}
	}
	checkList(chidao.NewPath("recipients"), d.Recipients, true)
	checkList(chidao.NewPath("cc_recipients"), d.CCRecipients, true)
	for si, s := range d.Sections {
		base := chidao.NewPath("sections").Index(si).Child("addressees")
		for ai, a := range s.Addressees {
			p := base.Index(ai)
			orgs, err := reg.Expand(a, issuer, date)
			if err != nil {
				v.report(chidao.NewFieldError(p, CodeRecipientUnknown, a, "không xác định được cơ quan được giao nhiệm vụ tại ngày "+date.String()+": "+firstErrLine(err)).WithRule(ruleRegistry))
				continue
			}
			for _, o := range orgs {
				if issuer != nil {
					if _, ok := reg.CanDirect(issuer, o, date); !ok {
						v.report(chidao.NewFieldError(p, CodeRecipientNotInAuthority, a, o.Name()+" không thuộc phạm vi chỉ đạo của "+issuer.Name()).WithRule(ruleRegistry))
						break
					}
				}
				if len(d.Recipients) > 0 && !containsOrg(covered, o) {
					v.report(chidao.NewFieldError(p, CodeAddresseeNotRecipient, a, o.Name()+" được giao nhiệm vụ nhưng không có trong phần \"Kính gửi\"").WithRule(ruleND30Recv))
					break
				}
			}
		}
	}
}

func containsOrg(list []*org.Org, o *org.Org) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}

func firstErrLine(err error) string {
	var me *org.MatchError
	if errors.As(err, &me) {
		return "không có trong danh mục"
	}
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// individualAuthority reports a preamble that names a person's office as
// the issuing authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "CHỦ TỊCH UBND
// TỈNH điện:".
func individualAuthority(pre []string) bool {
	for _, p := range pre {
		k := vntext.Key(vntext.Prefix(p, 240))
		if (strings.HasPrefix(k, "chủ tịch ") || strings.HasPrefix(k, "giám đốc ")) && (vntext.IsCaps(p) || strings.HasSuffix(p, "điện:")) {
			return true
		}
	}
	return false
}

// Paths of the fields several rules report on.
var (
	pathSymbol    = chidao.NewPath("symbol")
	pathAuthority = chidao.NewPath("signature").Child("authority")
)

// keyPartyName is the search key of the Party's name line.
const keyPartyName = "đảng cộng sản việt nam"
