package directive

import (
	"strconv"

	"github.com/chidao/chidao"
)

// Document is a whole administrative document of the State (Decree
// 30/2020/NĐ-CP) or of the Party (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW),
// as a reader sees it on the printed page.
//
// Document is a plain aggregate: build it by hand, get it from [Parse], or
// decode it from JSON; check it with [Document.Validate]. Text fields hold
// the text as printed (NFC), without list markers and trailing punctuation.
// The zero Document is empty and does not validate. A Document is not safe
// for concurrent mutation.
//
// # JSON form
//
// A Document, as a value or a pointer, marshals to one stable JSON object;
// [Document.UnmarshalJSON] reads it back. Field names are snake_case and
// fixed; absent text is null and absent lists are []. The fields, in
// output order:
//
//	schema          "chidao.directive/v1" ([JSONSchema]); may be left out on input
//	kind            "state" | "party" | null                  Bloc
//	parent_issuer   string | null                             ParentIssuer
//	issuer          string | null                             Issuer
//	issuer_key      string | null                             IssuerKey
//	national_header [string]                                  NationalHeader
//	number          string | null                             Number, leading zero kept
//	symbol          string | null                             Symbol, "3241/UBND-KGVX"
//	type            string | null                             Type by its name, "Công văn"
//	type_code       string | null                             the symbol's type code, "KH" in
//	                                                          "123/KH-UBND", or the one a form
//	                                                          left blank prints ("Số: /KH-UBND");
//	                                                          output only
//	place           string | null                             Place
//	date            "YYYY-MM-DD" | null                       Date
//	subject         string | null                             Subject, without "V/v"
//	urgency         string | null                             Urgency, "Khẩn", "Thượng khẩn", "Hỏa tốc"
//	secrecy         string | null                             Secrecy, "Mật", "Tối mật", "Tuyệt mật"
//	recipients      [string]                                  Recipients
//	cc_recipients   [string]                                  CCRecipients
//	citations       [citation]                                Citations
//	preamble        [string]                                  Preamble
//	sections        [section]                                 Sections
//	body            [node]                                    Body
//	obligations     [obligation]                              Obligations
//	closing         string | null                             Closing
//	signature       {authority: [string],                     Signature
//	                 title: string | null, name: string | null}
//	distribution    [string]                                  Distribution
//	repairs         [repair]                                  Repairs
//
// A citation is an object of the fields of a [Citation]:
//
//	type      string | null     Kind by its name, "Chỉ thị"
//	symbol    string | null     Symbol
//	name      string | null     Name, a law cited by name
//	number    string | null     the symbol's number; output only
//	date      "YYYY-MM-DD" | null
//	issuer    string | null
//	subject   string | null
//	relation  string            Relation's wire code: "mentions", "legal_basis",
//	                            "implements", "propagates", "guided_by",
//	                            "amends", "replaces", "repeals"
//	term      string | null     Term
//	offset    integer ≥ 0       Start, a byte offset
//	end       integer ≥ 0       End
//
// A section is {number: string, heading: string | null, addressees:
// [string], items: [string]}; a repair is {code: string, path: string |
// null, line: integer ≥ 0, original: string | null, repaired: string |
// null}.
//
// A node is {kind: "paragraph" | "part" | "chapter" | "section" |
// "article" | "numbered" | "bullet" | "table" | "annex", marker, heading, text:
// string | null, table: {header: [string], rows: [[string]]} | null,
// children: [node], first_line, last_line: integer ≥ 0}. An obligation is
// {path: string (a body path, "body[2].children[0]"), text: string | null,
// addressees: [string], lead: string | null, support: [string] | null
// (null: the text does not say), modality: "obligation" | "prohibition" |
// "encouragement" | "permission", due: null | {text: string, kind: "date"
// | "period_end" | "recurring" | "relative" | "continuous", date:
// "YYYY-MM-DD" | null, cycle: "weekly" | "monthly" | "quarterly" |
// "half_yearly" | "yearly" | null, day: integer, amount: integer, unit:
// "days" | "working_days" | "months" | null, from: string | null},
// product (its head noun, lower case), report_to, via: string | null}.
// Any field may be null or left out on input.
type Document struct {
	// Bloc is BlocState or BlocParty ("kind" in JSON).
	Bloc Bloc
	// ParentIssuer is the governing body line(s) above the issuer (cơ quan
	// chủ quản), joined by one space: "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
	// "UBND TỈNH QUẢNG NAM".
	ParentIssuer string
	// Issuer is the issuing body as printed, lines joined by one space.
	Issuer string
	// IssuerKey is the registry key of the issuer; set by the caller or by
	// [Document.Validate] options, never guessed by Parse.
	IssuerKey string
	// NationalHeader holds the lines of the Quốc hiệu and Tiêu ngữ, or the
	// single line "ĐẢNG CỘNG SẢN VIỆT NAM", as printed.
	NationalHeader []string
	// Number is the number as printed, leading zero kept ("05"). It is set
	// even when the rest of the symbol could not be read.
	Number string
	// Symbol is the whole number and symbol in canonical form.
	Symbol Symbol
	// Type is the document type (tên loại).
	Type Kind
	// Place and Date come from the date line.
	Place string
	Date  chidao.Date
	// Subject is the trích yếu, lines joined by one space, without "V/v".
	Subject string
	// Urgency is "Khẩn", "Thượng khẩn" or "Hỏa tốc"; Secrecy is "Mật",
	// "Tối mật" or "Tuyệt mật"; empty when the document has no mark.
	Urgency string
	Secrecy string
	// Recipients are the "Kính gửi" entries; CCRecipients the "Đồng kính
	// gửi" entries.
	Recipients   []string
	CCRecipients []string
	// Citations are the documents the text cites, in order of appearance.
	// The parser fills them; Start and End in each count into the text the
	// citation was read from.
	Citations []Citation
	// Preamble holds the paragraphs of the body before the first numbered
	// section: legal bases ("Căn cứ …;"), the reason, "QUYẾT ĐỊNH:".
	Preamble []string
	// Sections are the numbered parts of the body in order, flattened
	// (I., 1., a), Điều 1.).
	Sections []Section
	// Body is the body as a tree: parts, articles, numbered sections at
	// every level, bullets, paragraphs and tables ([Flatten] gives the
	// flat view). Empty when the reader gave only the flat view.
	Body []Node
	// Obligations are what the body lays on bodies, one per assigning
	// paragraph or table row.
	Obligations []Obligation
	// Closing is the last line of the body ("… thực hiện./.").
	Closing   string
	Signature Signature
	// Distribution is the "Nơi nhận" list, entries without "- " and
	// trailing ";", "," or ".".
	Distribution []string
	// Repairs lists what Parse changed to read the text.
	Repairs []Repair
}

// Section is one numbered part of the body.
type Section struct {
	// Number is the marker without its punctuation: "II", "1", "1.2", "a",
	// "Điều 3".
	Number string
	// Heading is the text on the marker's line (and its wrapped lines).
	Heading string
	// Addressees are the bodies the heading names when it assigns the
	// section to them ("Sở Văn hóa và Thể thao"), split at ";".
	Addressees []string
	// Items are the "-", "+" or "•" entries under the heading, without the
	// marker. A paragraph with no marker continues the previous item after
	// a line break, or becomes an item of its own when none precedes it.
	Items []string
}

// Signature is the signing block.
type Signature struct {
	// Authority lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN
	// THƯỜNG VỤ".
	Authority []string
	// Title is the signer's post ("PHÓ CHỦ TỊCH", "BÍ THƯ").
	Title string
	Name  string
}

// IsZero reports whether s has no part.
func (s Signature) IsZero() bool {
	return len(s.Authority) == 0 && s.Title == "" && s.Name == ""
}

// RepairCode names a kind of repair Parse made. Codes are stable.
type RepairCode string

// Repair codes.
const (
	RepairNFC            RepairCode = "nfc"             // input was not NFC (decomposed)
	RepairInvalidUTF8    RepairCode = "invalid_utf8"    // bytes that are not UTF-8 became U+FFFD
	RepairMarkdown       RepairCode = "markdown"        // **bold**, ~~strike~~, # or > markers removed
	RepairChrome         RepairCode = "chrome"          // site chrome was left out: text before the header, a page title repeated in the body
	RepairColumns        RepairCode = "columns"         // two header columns on one line were split
	RepairFlatHeader     RepairCode = "flat_header"     // a header flattened onto one line was split at its parts
	RepairFlatText       RepairCode = "flat_text"       // a text wrapped at a fixed width with its markers inside the lines was cut into paragraphs at its markers
	RepairStrayMarks     RepairCode = "stray_marks"     // tone marks standing alone after a space (PDF text layers) were dropped
	RepairEntities       RepairCode = "html_entities"   // HTML entities left by a web page ("&nbsp;", "&quot;") were decoded
	RepairNoHeader       RepairCode = "no_header"       // a repost without its header: type and bloc come from the page's lead
	RepairSymbolSlash    RepairCode = "symbol_slash"    // a lost "/" or "-" was put back in the symbol
	RepairSymbolSpace    RepairCode = "symbol_space"    // spaces, look-alikes or noise in the symbol
	RepairDateFormat     RepairCode = "date_format"     // the date line was not written by the rule
	RepairTypeInferred   RepairCode = "type_inferred"   // no type line: the type came from the symbol or "V/v"
	RepairWrappedLine    RepairCode = "wrapped_line"    // a line broken mid-sentence was joined
	RepairSignedMark     RepairCode = "signed_mark"     // "(Đã ký)" or a seal note was left out
	RepairSignatureSplit RepairCode = "signature_split" // signature parts on one line (with a "Nơi nhận" entry, or the whole block) were split
	RepairTruncated      RepairCode = "truncated"       // the text ends before the signature
	RepairSubjectVv      RepairCode = "subject_vv"      // a công văn subject opened with "Về:" (or no "V/v"), read as its trích yếu
	RepairFormBlank      RepairCode = "form_blank"      // a form's number or day left blank for the clerk ("Số:    /TB-UBND"), read as empty
	RepairFragment       RepairCode = "fragment"        // no header: the text was read as the body and tail of a document whose header is missing
	RepairStamp          RepairCode = "stamp"           // a received stamp ("ĐẾN Số … Ngày … Chuyển …") or a digital signature's note ("Người ký: … Thời gian ký: …") was left out
	RepairSetAside       RepairCode = "set_aside"       // a line the reader found no place for, kept here as written
	RepairMisreadLabel   RepairCode = "misread_label"   // a label a scan or keyboard misspelt ("Nơi nhân:", "Noi nhan:") was read as what it stands for
	RepairSpaces         RepairCode = "unicode_spaces"  // no-break and other Unicode spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) a web page left were read as spaces
	RepairLineBreaks     RepairCode = "line_breaks"     // carriage returns alone (a classic Mac's or an exporter's line ends) were read as line breaks; offsets are unchanged
	RepairInvisible      RepairCode = "invisible"       // characters with no width (soft hyphens inside words, zero-width spaces and joiners, a BOM) were dropped; offsets refer to the text without them
	RepairDoubleSpaced   RepairCode = "double_spaced"   // a text with a blank line after every line (a copy that made each line a paragraph) was read with its single blank lines as line breaks
	RepairRestoredTones  RepairCode = "restored_tones"  // in a scan that lost tone marks, known phrases that lost some ("Bô Công an", "chu tri") were read with them; the line as printed is the original. With a path (issuer, parent_issuer, signature.title) the field's name or post was so restored ("TỈNH LAO CAI", "PHO CHỦ NHIIEM"), the field as printed is the original
	RepairSpacedLetters  RepairCode = "spaced_letters"  // letters a PDF text layer spaced out inside words ("ỦY B AN", "Qu ả ng Ngãi") were joined; the line as printed is the original
	RepairGluedWords     RepairCode = "glued_words"     // words a PDF text layer ran together after a letter with a mark ("chủtrì", "cơ sởĐảng", "thịsố46"), a font that sets no space after such letters, were set apart where no syllable goes on; the line as printed is the original
	RepairIllegible      RepairCode = "illegible"       // a number or a day a scan damaged past reading ("Số: ÊđŠ /HC-CNHC", "ngày sÈŸ tháng 4") is kept as printed; its field stays empty
	RepairScanBullet     RepairCode = "scan_bullet"     // a list bullet a scan read as marks ("5Ö _", "°Ö _", "»ÖỒ -") was read as a dash; the line as printed is the original
	RepairFontLetters    RepairCode = "font_letters"    // letters a legacy font's PDF text layer or a scan gives as look-alikes ("ƣ" U+01A3, "Ƣ" U+01A2 for "ư", "Ư"; "Ð" U+00D0, "ð" U+00F0 for "Đ", "đ") were read as the Vietnamese letters; the line as printed is the original
	RepairScanSpecks     RepairCode = "scan_specks"     // marks a scan left at the end of a subject's line ("CHO CON LIỆT SĨ, :", "ĐỂ TIẾP NHẬN, GIẢI x="), or a table's rule row it read with specks ("|—l—]"), were dropped; the line as printed is the original
	RepairNoLabel        RepairCode = "no_label"        // a Nơi nhận list printed without its label (a page that lost the tail's table cell), its first entry "- Như trên" right after the closing "./.", was read as the Nơi nhận
	RepairSubjectLate    RepairCode = "subject_late"    // a công văn's "V/v …" printed after its body (a text layer that put the header's left column last) was read as its subject; the lines as printed are the original
	RepairDocx           RepairCode = "docx"            // a Word file's bytes were read as the text Word shows (parser.DocxText); line numbers and offsets refer to that text
	RepairDoc            RepairCode = "doc"             // a Word 97–2003 file's bytes were read as the text Word shows (parser.DocText); line numbers and offsets refer to that text
	RepairUTF16          RepairCode = "utf16"           // a text saved as UTF-16 with its byte order mark (Notepad's "Unicode") was read as the text it holds; line numbers and offsets refer to that text, in UTF-8
	RepairODT            RepairCode = "odt"             // an OpenDocument text's bytes (.odt) were read as the text it shows (parser.ODTText); line numbers and offsets refer to that text
	RepairRTF            RepairCode = "rtf"             // an RTF file was read as the text a word processor shows (parser.RTFText), a legacy font's runs by their font; line numbers and offsets refer to that text
	RepairHTML           RepairCode = "html"            // an HTML page was read as the text a browser shows (parser.HTMLText): tags, scripts, styles, the head, navigation and hidden elements left out, paragraphs and list items as lines, tables as pipe rows; line numbers and offsets refer to that text
	RepairLegacyEncoding RepairCode = "legacy_encoding" // a text in a legacy Vietnamese encoding (TCVN3 "ABC", the .VnTime fonts; VNI-Windows; an 8-bit file in Windows-1258), as a PDF text layer, a Word file or an old file gives it ("Céng hoµ", "Coäng hoøa"), was read as the letters it stands for (parser.LegacyText); Original names the encoding; line numbers are unchanged, offsets refer to the text read
)

// Repair records one change Parse made to read the text.
type Repair struct {
	// Code says what kind of repair it was.
	Code RepairCode
	// Path is the field it concerns ("symbol", "date"), "" for the whole text.
	Path string
	// Line is the 1-based line of the input where it happened.
	Line int
	// Original is the text as found; Repaired is what Parse read.
	Original string
	Repaired string
}

// String returns "line 7: symbol_slash symbol: "3241 UBND-KGVX" → "3241/UBND-KGVX"".
func (r Repair) String() string {
	s := "line " + strconv.Itoa(r.Line) + ": " + string(r.Code)
	if r.Path != "" {
		s += " " + r.Path
	}
	if r.Original != "" || r.Repaired != "" {
		s += ": " + strconv.Quote(r.Original) + " → " + strconv.Quote(r.Repaired)
	}
	return s
}

// TypeCode returns the type code the document's bloc writes for its type
// ("KH", "QĐ"; "CV" for a Party công văn), or "" when there is none.
func (d *Document) TypeCode() string { return d.Type.Code(d.Bloc) }

// HasRepair reports whether Parse recorded a repair with code c.
func (d *Document) HasRepair(c RepairCode) bool {
	for _, r := range d.Repairs {
		if r.Code == c {
			return true
		}
	}
	return false
}
