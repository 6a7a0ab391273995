package parser

// The thresholds the parser reads documents by, each with why it has its
// value. Text lengths count runes, so that a Vietnamese line (two or three
// bytes a letter) and its ASCII look-alike measure the same; line windows
// count lines of p.lines; word counts count space-separated words.

// Text lengths, in runes.
const (
	// maxKeyLine bounds the text folded per line: the decisions made on a
	// line only look at its start, and bounding the work keeps Parse
	// linear in the size of hostile input.
	maxKeyLine = 240
	// lineKeyLen is how much of a line the per-line key covers: enough
	// for every label, mark, type name and signer title looked for.
	lineKeyLen = 72
	// maxTableRow bounds a raw line read as a table row: a longer one is
	// running text with a stray "|", and the guard keeps hostile input
	// from being split into cells.
	maxTableRow = 2000
	// maxLeadLine bounds a repost's lead sentence; past it a line is an
	// article, and the guard keeps hostile input from being scanned.
	maxLeadLine = 2000
	// maxAnnexLine bounds the line that opens an annex: a type name or
	// "PHỤ LỤC I" with its number, in capitals; a longer line in capitals
	// is a title or a heading.
	maxAnnexLine = 40

	// maxRecipientLine is the longest "Kính gửi" line read as recipients
	// alone; a longer one is looked at for the body run on into it.
	maxRecipientLine = 80
	// minFlatMarks is how many markers inside lines, after a sentence's
	// end, make a text flat (with more than twice as many as open lines):
	// a normal document has a list run into one line now and then.
	minFlatMarks = 3
	// minFlatBody is how much text a line holds before its "Nơi nhận:"
	// label when a whole document was written on it
	minFlatBody = 400
	// maxPrintedRunes is how much of a node's text the line accounting
	// reads after its marker: the rest of a line a flat text printed the
	// marker on.
	maxPrintedRunes = 200
	// maxFlatHeading bounds the heading a flat text prints its first
	// point after without a stop: a heading names a body or a topic.
	maxFlatHeading = 100
	// minRepeatedTitle is how long a page title repeated at the top of a
	// block must be to be left out as chrome: longer than any sentence a
	// document's parts open alike with ("Căn cứ Luật …").
	minRepeatedTitle = 40

	// flatMin is the length at or below which a line is not searched for
	// a flattened header: a real one-line header with a date is longer.
	flatMin = 120
	// flatHeadLen is how far into a flattened line its national header is
	// looked for: after some chrome at most.
	flatHeadLen = 600
	// flatMottoLen is how far "Độc lập" may lie from "Hạnh phúc": the
	// motto is 27 runes, with room for rules and doubled spaces.
	flatMottoLen = 60
	// flatDateLen is how far after the national header the date line is
	// looked for: the issuer's other column and "Số:" come between.
	flatDateLen = 400
	// flatAuthorityLen is how far after the date the authority in capitals
	// is looked for: it follows the type and subject, not the body.
	flatAuthorityLen = 500
	// dateLen is how far from "ngày" the year of a date is looked for:
	// "ngày 05 tháng 11 năm 2010" is 25 runes.
	dateLen = 60

	// maxIssuerLine bounds an issuer line ("ỦY BAN NHÂN DÂN PHƯỜNG 12"):
	// a longer line in capitals is a title or a sentence.
	maxIssuerLine = 90
	// maxHeaderLine bounds a header line, both columns on one line
	// included; a longer one is body text, not split, joined or keyed.
	maxHeaderLine = 400
	// maxJoinHead bounds the first half of a header line broken in two:
	// the broken halves are short.
	maxJoinHead = 120
	// maxSymbolHead bounds "Số: 16 -", a number line cut inside its
	// symbol.
	maxSymbolHead = 40
	// maxPlaceFragment bounds the first part of a place name cut by a
	// table cell ("TP Hồ Chí" / "Minh, ngày …").
	maxPlaceFragment = 40
	// minWordFragment and maxWordFragment bound a header word alone on
	// its line ("ỦY" / "BAN NHÂN DÂN"): one letter is a list mark, and no
	// word of a header is longer than 8.
	minWordFragment = 2
	maxWordFragment = 8
	// maxNationalHead bounds the first half of a broken national header
	// ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"): the phrase is 34 runes.
	maxNationalHead = 60
	// minNationalBare is how many letters of the national header, without
	// marks or spaces, a broken first half needs: fewer match words that
	// merely start like it.
	minNationalBare = 5
	// minBareIssuer is how many letters, without marks or spaces, an
	// issuer's name needs to be matched glued to a title ("BANCHỈ ĐẠO").
	minBareIssuer = 8
	// minCapsWord is the shortest word that counts as in capitals: one
	// capital is an initial or a list letter.
	minCapsWord = 2
	// minPlaceName and maxPlaceName bound the place before the comma of a
	// date line that may join its next line: one letter is a list mark,
	// and "Thành phố Hồ Chí Minh" is 21 runes.
	minPlaceName = 2
	maxPlaceName = 48
	// maxDatePlace bounds the text before "ngày" on a date line: a place
	// name and a comma; a longer one is a sentence.
	maxDatePlace = 64
	// maxMarkLine bounds an urgency or secrecy mark ("HỎA TỐC HẸN GIỜ").
	maxMarkLine = 40
	// maxMetaLabel bounds a legal database's fact label ("Tình trạng
	// hiệu lực").
	maxMetaLabel = 40
	// maxTypeScrap is the most a type name may be followed by in lower
	// case and still be a scan's cut word rather than a subject.
	maxTypeScrap = 2
	// cutTypeWord is how long a type's first word cut short by a scan
	// ("K ÉT LUẬN") can be.
	cutTypeWord = 2
	// minRuleTail is the shortest run of dashes read as a rule closing a
	// line of text; one or two are punctuation.
	minRuleTail = 3

	// maxTitleLine bounds a title line: a subject in capitals resuming
	// after a blank ("VỀ NÂNG CAO …"), a repost's title; longer is a
	// paragraph.
	maxTitleLine = 300
	// maxSubjectLine bounds a line of a subject in sentence case; a
	// longer line runs as long as a paragraph.
	maxSubjectLine = 200
	// maxTitleKey bounds a signer's title ("PHÓ CHÁNH VĂN PHÒNG …") with
	// the body it names.
	maxTitleKey = 60
	// maxSigPart bounds, in runes, a piece of a flattened tail that can be
	// a title: maxTitleKey with room for decomposed marks.
	maxSigPart = 4 * maxTitleKey
	// maxPartTitle bounds a part's title in capitals over several lines
	// ("TRÁCH NHIỆM CỦA" / "CÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN").
	maxPartTitle = 400
	// maxSignWords bounds the words in capitals of a signature block run
	// into a flat text: marks, authorities and posts ("TM. BAN THƯỜNG VỤ
	// TỈNH ỦY KT. BÍ THƯ PHÓ BÍ THƯ THƯỜNG TRỰC" is 15).
	maxSignWords = 40
	// maxDueWindow bounds, in bytes, the end of a sentence read for the
	// deadline that closes it ("… hoàn thành trước ngày 15 tháng 12 năm
	// 2024."), cut at the sentence's start within it.
	maxDueWindow = 600
	// maxClauseSplits bounds the cuts of one text into obligations
	// (sentences, clauses, a periodic report): the longest real paragraphs
	// give about fifteen.
	maxClauseSplits = 32
	// maxDefinedAs bounds, in bytes, a term's definition in brackets
	// ("(sau đây gọi tắt là Ủy ban nhân dân các tỉnh, thành phố trực
	// thuộc Trung ương)").
	maxDefinedAs = 400
	// maxDueCues bounds the cues a deadline strings before its value
	// ("thời hạn hoàn thành: trước ngày …", "định kỳ hằng quý trước ngày").
	maxDueCues = 8
	// maxClauseLook bounds, in words, the look back from a deadline's
	// "đến" for what makes it no deadline ("từ … đến", "phấn đấu … đến
	// năm 2030"): a sentence with no stop in it is not read again from
	// each of its words.
	maxClauseLook = 120
	// maxSenderLine bounds a công điện's sender line ("CHỦ TỊCH UBND
	// TỈNH điện:").
	maxSenderLine = 160
	// maxDispatchLine bounds a công điện's addressee line ("ĐIỆN: …").
	maxDispatchLine = 400
	// maxHeadingAddressees bounds a section heading that can list the
	// bodies the section assigns; a longer one states a task.
	maxHeadingAddressees = 240
	// maxTrailingBodies bounds, in bytes, the bodies a dash puts after a
	// share of the work ("… - Bộ Văn hóa, Thể thao và Du lịch.").
	maxTrailingBodies = 200
	// maxInfoLabel bounds the label of a line that describes the work
	// ("Nguyên tắc tổ chức hiệp thương:").
	maxInfoLabel = 48
	// maxTitleApart bounds a point's title over its paragraphs ("2.2- Đổi
	// mới hệ thống tổ chức khoa học và công nghệ"); a longer heading is a
	// sentence its paragraph goes on.
	maxTitleApart = 120
	// maxTitleWords bounds a signer's post in words ("PHÓ TRƯỞNG BAN
	// THƯỜNG TRỰC BAN TUYÊN GIÁO TỈNH ỦY" is at the edge).
	maxTitleWords = 10
	// maxInformsRunes bounds a sentence that passes a message on ("…
	// thông báo để các cơ quan liên quan biết, thực hiện").
	maxInformsRunes = 300
	// maxDefinedList bounds a list of bodies given a short name after it
	// ("… (sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương)").
	maxDefinedList = 400
	// maxSignedMark bounds "(Đã ký tên và đóng dấu)" and the like.
	maxSignedMark = 48
	// leadCiteLen is how much of a repost's lead is read for the symbol
	// and the issuer: the type's citation follows "ban hành" closely.
	leadCiteLen = 200
	// errTextLen is how much of the unread text a SyntaxError shows.
	errTextLen = 60
)

// Line windows, in lines.
const (
	// maxFlatLine is the last line a flattened header is looked for on.
	maxFlatLine = 60
	// headerWindow is how far the parts of one header may lie from the
	// national header.
	headerWindow = 14
	// maxHeaderLines bounds the header: past it the body starts, whatever
	// the lines look like.
	maxHeaderLines = 60
	// maxLeadLines is how many lines from the top the lead is looked for
	// in.
	maxLeadLines = 40
	// maxLinesAbove is how many lines in capitals of a subject or issuer
	// may run before the anchor.
	maxLinesAbove = 6
	// minGlued and gluedRate tell a text layer that runs words together
	// after letters with marks (gluedText): in the corpora such a text
	// has a join in every 20 to 110 words, one typed by hand one in 250
	// or fewer, a scan's junk one in 200.
	// maxMembersHeading bounds a heading over the members of a group
	// (membersHeading); a longer one is a sentence that opens with them.
	maxMembersHeading = 80
	// minFormBlanks is how many blanks make an annex a form to fill in
	// (formAnnex).
	minFormBlanks = 3
	minGlued      = 3
	gluedRate     = 200
	// gluedSample is how much of a text gluedText reads: the letter's
	// whole, a long decision's first pages.
	gluedSample = 16 << 10
	// subjectGap is how far past a blank line a subject may resume.
	subjectGap = 3
	// maxSubjectLines bounds a subject: Decree 30 asks for a short one.
	maxSubjectLines = 8
	// bareSubjectWindow is how far below the number "Kính gửi" is looked
	// for under a subject without "V/v".
	bareSubjectWindow = 20
	// maxBareSubjectLines bounds a subject without "V/v": one to three
	// short lines.
	maxBareSubjectLines = 3
	// repostTitleWindow is how far below a repost's lead its title is
	// looked for.
	repostTitleWindow = 8
	// maxTypedHead bounds the type name and "số" that may open a number
	// line ("Chương trình hành động số: …").
	maxTypedHead = 36
	// annexLines is how many preamble lines an annex's "(Ban hành kèm
	// theo …)" may wrap onto.
	annexLines = 2
)

// Table layout, in display columns, lines and cells.
const (
	// tabStop is pandoc's default tab stop, where a tab in a table laid
	// out by columns takes the text.
	tabStop = 4
	// minColumnGap is the fewest spaces that part two columns of text
	// laid out as a table (pdftotext -layout); one space parts words.
	minColumnGap = 2
	// minDashRun is the shortest dash run of a pandoc column rule: a
	// narrower one is "- - -", a markdown rule.
	minDashRun = 2
	// minOpenRule is the shortest rule opening a multiline table.
	minOpenRule = 3
	// minAlignedCols is how many columns text aligned in columns needs
	// to be a table when its first row names no tasks table's columns:
	// a document's header block has two.
	minAlignedCols = 3
	// minTaskHeaderCells is how many cells of a first row must name a
	// tasks table's column ("TT", "Cơ quan chủ trì", "Thời hạn" …).
	minTaskHeaderCells = 2
	// maxRowGap is how many blank lines may part two rows of aligned
	// text: pdftotext leaves one; more end the table.
	maxRowGap = 1
	// maxLayoutColumns bounds a table that lays out a header or a tail:
	// two columns, three when a blank one parts them.
	maxLayoutColumns = 3
)

// Word counts.
const (
	// maxHeadingWords bounds one addressee in a section heading; more
	// words state a task.
	maxHeadingWords = 16
	// minNameWords and maxNameWords bound a signer's name ("Hà Minh
	// Hải").
	minNameWords = 2
	maxNameWords = 6
	// maxPlaceWords bounds a place name cut by a table cell.
	maxPlaceWords = 4
	// maxNumericDateWords bounds the place before a numeric date ("Hà
	// Nội, ngày 04/10/2023"); more words are a citation's.
	maxNumericDateWords = 5
	// maxDatePlaceWords bounds the place before a date line's "ngày".
	maxDatePlaceWords = 8
	// capsRunWords is how many words in capitals after a subject in
	// sentence case start the authority on a flattened line.
	capsRunWords = 3
	// maxTypeWords bounds a type name broken by a scan ("K ÉT LUẬN"):
	// the longest type name has four words.
	maxTypeWords = 5
)

// Reading one assigning paragraph (obligation.go, due.go, roles.go).
const (
	// obligationKeyLen is how much text from a word is keyed to test what
	// it opens: a body's head, a post and a sector name fit in 64 runes.
	obligationKeyLen = 64
	// maxListWords bounds a list of bodies in running text ("phối hợp
	// với Sở Tài chính, Sở Tư pháp …"); past it the words are a task.
	maxListWords = 48
	// maxFromWords bounds what a relative deadline counts from ("kể từ
	// ngày nhận được văn bản này").
	maxFromWords = 10
	// maxReportGap is how many words may lie between "báo cáo" and the
	// "về" that names whom it goes to ("báo cáo kết quả thực hiện về …").
	maxReportGap = 12
	// maxSectorWords bounds a sector name read whole ("Lao động - Thương
	// binh và Xã hội").
	maxSectorWords = 10
)

// maxAnnexTitle bounds a line of an annex's title in capitals: the
// title of a plan names the act it carries out, with that act's own
// title ("KẾ HOẠCH / TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ … VỀ HƯỚNG DẪN
// THỰC HIỆN QUYẾT ĐỊNH SỐ … VỀ …"), near 400 runes.
const maxAnnexTitle = 600

// maxDeadlineLine bounds a paragraph that only states a deadline
// ("Thời gian hoàn thành: trước ngày 15/12/2024, định kỳ báo cáo hằng
// quý"); a longer one is a task.
const maxDeadlineLine = 120

// maxAnnexTitleLines bounds an annex's title under its type line: a
// title of two or three lines and "(Ban hành kèm theo …)" of one or two.
const maxAnnexTitleLines = 6

// minDoubleSpaced is the fewest line gaps a text needs before its spacing
// says it is double-spaced.
const minDoubleSpaced = 12

// maxTailChromeLine bounds a line of a web page's footer after the
// document ("Tải về: file đính kèm (PDF)", "Văn bản liên quan:").
const maxTailChromeLine = 100

// maxBareTypeLine bounds a type name alone on its line read without its
// marks ("CHƯƠNG TRÌNH HÀNH ĐỘNG" is the longest).
const maxBareTypeLine = 32

// maxMottoMiddle bounds what stands between "Độc lập" and "Hạnh phúc" in
// a garbled motto: " - Tự do - " and the noise a scan adds.
const maxMottoMiddle = 24

// maxBodiesBeforeDuty bounds the bodies a heading names before "có trách
// nhiệm:" ("Ủy ban nhân dân các huyện, thị xã, thành phố có trách nhiệm:");
// a longer text is a sentence that ends so.
const maxBodiesBeforeDuty = 120

// maxMottoLine bounds a line that is the motto alone, garbled or not.
const maxMottoLine = 60

// maxScanNoise bounds the scraps of a scan taken for noise beside a label.
const maxScanNoise = 12

// minCapsWrap is the least length of a line in capitals whose next line,
// one word alone, is taken for its wrapped end: a title broken by the
// page's width.
const minCapsWrap = 30

// minPageNumberIndent is the least indent of a number alone on its line
// that is read as a page's number, centred by a PDF's text layer.
const minPageNumberIndent = 20

// minTitledParas is the least number of assigning paragraphs under a task
// section's numbered title that makes the title a title and not a task:
// a task's own elaboration is a paragraph or two.
const minTitledParas = 3
