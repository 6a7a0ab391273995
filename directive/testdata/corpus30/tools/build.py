# Writes the corpus30 JSON files from hand-made labels. text_start values are cut from the .txt with lib.ts().
# Adapted from ../corpus29/tools/build.py (same helpers, same field layout).
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob

def pe(text, date): return {"text": text, "kind": "period_end", "date": date}
def dt(text, date): return {"text": text, "kind": "date", "date": date}
def rel(text, amount, unit, frm): return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}

def cit(type_, symbol, date, issuer, relation, **kw):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}; d.update(kw); return d

LM = "https://github.com/LaHieu11/baucu-luongminh/blob/0729296d91d32d8f8c2cfeae9e084aa4caf5b351/extracted-docs.txt (read_file id 10132017948)"
SIG_LM = {"authority": ["TM. BAN THƯỜNG TRỰC"], "title": "CHỦ TỊCH", "name": "Lan Thị Vân"}
VERBOSE = '-v' in sys.argv

# ---------------------------------------------------------------- A: Kế hoạch hiệp thương (rendered: PDF text layer)
NA = 'quangninh-luongminh-kh-mttq-btt-2025-hiepthuong'
T = load(NA + '.txt')
BCT = ["Ban Công tác mặt trận thôn"]
BTT_TINH = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
OA = [
    # II.1: block 'Thời gian / Thành phần / Đơn vị chủ trì / Kết quả' (corpus10/29: addressees = lead = chủ trì)
    ob(ts(T, "Nội dung: Hiệp thương về cơ cấu, thành phần"), "II.1.1", BCT, lead=BCT,
       due=dt("Chậm nhất ngày 10/12/2025", "2025-12-10"), product="biên bản"),
    # II.1.2 bullets inherit the section's chủ trì
    ob(ts(T, "Gửi biên bản Hội nghị đến Ban Thường trực Ủy ban MTTQ xã"), "II.1.2", BCT,
       due=rel("ngay sau khi kết thúc hội nghị", 0, "day", "kết thúc hội nghị"), product="biên bản",
       report_to="Ban Thường trực Ủy ban MTTQ xã"),
    ob(ts(T, "Thông báo số lượng, cơ cấu, thành phần phân bổ"), "II.1.2", BCT),
    # II.2 (chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã = the issuer) -> issuer's own role, not recorded
    ob(ts(T, "Nội dung: Lựa chọn, lập danh sách chính thức"), "II.3", BCT, lead=BCT,
       due=dt("Chậm nhất ngày 20/02/2026", "2026-02-20"), product="biên bản"),
    ob(ts(T, "Gửi Biên bản Hội nghị hiệp thương lần thứ ba"), "II.3.3", BCT,
       due=rel("ngay sau khi tổ chức hội nghị 01 ngày", 1, "day", "tổ chức hội nghị"), product="biên bản",
       report_to=BTT_TINH),
    ob(ts(T, "Chuyển danh sách chính thức đến Ủy ban Bầu cử xã.", 11), "II.3.3", BCT,
       product="danh sách", report_to="Ủy ban Bầu cử xã"),
    # III. Tổ chức thực hiện: one entry per '-' bullet
    ob(ts(T, "Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm"), "III.1", ["Chủ tịch Ủy ban MTTQ xã"]),
    ob(ts(T, "Đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ xã trực tiếp"), "III.1", ["Phó Chủ tịch Thường trực Ủy ban MTTQ xã"],
       product="báo cáo", report_to=BTT_TINH),
    ob(ts(T, "Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ Việt Nam xã tham gia"), "III.2", ["Các tổ chức thành viên của MTTQ xã"],
       support=["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]),
    ob(ts(T, "Cử đại diện lãnh đạo tham dự đầy đủ các hội nghị"), "III.2", ["Các tổ chức thành viên của MTTQ xã"]),
    ob(ts(T, "Chuẩn bị các điều kiện về cơ sở vật chất, tài liệu."), "III.3", ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"]),
    ob(ts(T, "Thực hiện chế độ thông tin báo cáo về Ban Thường trực"), "III.3", ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"],
       product="báo cáo", report_to=BTT_TINH),
    ob(ts(T, "Bảo đảm thông tin liên lạc thông suốt"), "III.4", ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"]),
    ob(ts(T, "Tham mưu xây dựng Kế hoạch, triển khai tổ chức các hội nghị hiệp thương"), "III.4",
       ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"], product="kế hoạch"),
    ob(ts(T, "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực"), "III.4", ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"]),
    ob(ts(T, "Phối hợp với Trưởng thôn rà soát danh sách cử tri"), "III.5", ["Ban công tác Mặt trận các thôn trên địa bàn xã"],
       support=["Trưởng thôn"]),
    ob(ts(T, "Chủ trì, điều hành hội nghị lấy ý kiến cử tri nơi cư trú"), "III.5", ["Ban công tác Mặt trận các thôn trên địa bàn xã"],
       lead=["Ban công tác Mặt trận các thôn trên địa bàn xã"]),
]
A = dict(
    source=LM + "; section '25-11-KH thuc hien HN hiep thuong (Lương Minh).docx' — RENDERED here (PDF text layer, see notes)",
    kind="state", parent_issuer="ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", issuer="BAN THƯỜNG TRỰC",
    number="", symbol="/KH-MTTQ-BTT", type="Kế hoạch", type_code="KH", place="Lương Minh", date="2025-11-25",
    subject="Tổ chức các hội nghị hiệp thương và hướng dẫn các thôn giới thiệu người ứng cử đại biểu HĐND xã Lương Minh nhiệm kỳ 2026 - 2031",
    urgency="", recipients=[],
    citations=[
        cit("Luật", "85/2015/QH13", "2015-06-25", "", "legal_basis", name="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"),
        cit("Luật", "83/2025/QH15", "2025-06-24", "", "legal_basis"),
        cit("Luật", "75/2015/QH13", "2015-06-09", "", "legal_basis", name="Luật Mặt trận Tổ quốc Việt Nam"),
        cit("Luật", "97/2025/QH15", "2025-06-27", "", "legal_basis"),
        cit("Nghị quyết", "101/2025/UBTVQH15", "2025-09-26", "Ủy ban Thường vụ Quốc hội", "legal_basis"),
        cit("Hướng dẫn", "13/HD-MTTQ-BTT", "2025-11-17", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", "legal_basis"),
        cit("Kế hoạch", "16/KH-MTTQ-BTT", "2025-11-18", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh", "implements"),
    ],
    truncated=False,
    signature=SIG_LM,
    distribution=["BTT Ủy ban MTTQ Việt Nam tỉnh", "Thường trực Đảng ủy xã", "Ủy ban bầu cử xã", "Thường trực HĐND, UBND xã",
                  "BTT Ủy ban MTTQ VN xã", "Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng, VP Đảng uỷ", "Văn phòng HĐND, UBND xã",
                  "Các tổ chức thành viên MTTQ xã", "Bí thư Chi bộ, Trưởng thôn, Ban công tác MT thôn", "Lưu: MTTQ"],
    obligations=OA,
    notes=("RENDERING: the section '25-11-KH thuc hien HN hiep thuong (Lương Minh).docx' of the repository's extracted-docs.txt, from the "
           "first header line 'ỦY BAN MTTQ VIỆT NAM' (offset 57510) to the signer's name 'Lan Thị Vân' (8,381 code points as copied; kept as "
           "src/quangninh-luongminh-kh-mttq-btt-2025-hiepthuong.source.txt), was laid out as HTML by tools/render.py (header and Nơi nhận/signature "
           "as two-column tables, one <p> per blank-line-separated block; the two Nơi nhận entries broken over lines in the source joined), "
           "printed to PDF by LibreOffice and extracted with `pdftotext -layout -enc UTF-8` (4 pages; form feeds before '1.2. Báo cáo kết quả Hội nghị', before II.4's first bullet, before 'Nơi nhận:' — the Nơi nhận/signature table is alone on page 4 — and at the end). Labels follow the rendering: the "
           "header columns are interleaved ('Số: /KH-MTTQ-BTT' comes after the date line, the runs of spaces in 'Số:    /KH-MTTQ-BTT' "
           "collapsed by HTML), and the Nơi nhận column is interleaved with the signature block ('TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Lan Thị Vân' "
           "between distribution lines). The Phụ lục of blank forms (Mẫu số 01/HNCT ... 08/PLYK) that follows the signature in the source is NOT "
           "kept (truncated false: the plan itself is complete). COPY CHECK: reads at offsets 57505, 61700 and 65860 place the start at 57510 "
           "and the copy identical up to 61700; 'CHỦ TỊCH' lies at 65860 in the stored file but at 65858 in the copy: two code points between "
           "61700 and 65860 are invisible in read_file's display (probably decomposed diacritics; corpus29 found the same in this file). "
           "HEADER: as corpus29's 16/KH-MTTQ-BTT of the same Board: parent_issuer + issuer split, kind 'state' (DEBATABLE: the Front is neither "
           "State nor Party); the number is blank ('Số:    /KH-MTTQ-BTT') -> number '' and symbol '/KH-MTTQ-BTT' (corpus13 rule). "
           "CITATIONS: the Căn cứ paragraphs (laws 85/2015/QH13 and 75/2015/QH13 with their amending laws 83/2025/QH15, 97/2025/QH15; "
           "Nghị quyết 101/2025/UBTVQH15; the provincial Front's Hướng dẫn 13/HD-MTTQ-BTT) are legal_basis; 'Thực hiện Kế hoạch số 16/KH-MTTQ-BTT' "
           "is implements (that plan is corpus29's quangninh-luongminh-16-kh-mttq-btt-2025). Later mentions of Nghị quyết 101 (Điều 4, điểm a "
           "khoản 1 Điều 6, điểm e khoản 2 Điều 6) are the same document; 'Mẫu số 01 và 02/HNMT', 'Mẫu số 03/HNMT' are forms, not citations. "
           "OBLIGATIONS (17): Part II has a block 'Thời gian / Thành phần / Đơn vị chủ trì / Kết quả' per conference (corpus10/29 block rule: one "
           "entry, addressees = lead = the chủ trì cell 'Ban Công tác mặt trận thôn', support null because 'Thành phần' lists participants, not "
           "phối hợp bodies, product = head noun of Kết quả 'Biên bản ...'). due = the 'Chậm nhất ngày ...' date in the Thời gian line; the "
           "'Dự kiến ngày 05/12/2025' planned day and the legal reason ('95 ngày trước bầu cử') are not deadlines (DEBATABLE). The first "
           "conference's chủ trì is printed twice as the village Front committee ('Ban Công tác mặt trận thôn (Chủ trì)'), recorded as printed. "
           "Item 3 has no '3.1' marker: the block is section 'II.3', its report item is printed '3.3.' (no 3.1/3.2) and kept as 'II.3.3'. "
           "Sub-items 1.2 and 3.3 (report bullets without a performer) inherit their section's chủ trì (corpus11 heading inheritance; DEBATABLE: "
           "addressees [] would also do); lead null for them. Conference 2 (II.2.1) names the issuer itself as chủ trì ('Ban Thường trực Ủy ban "
           "MTTQ Việt Nam xã') -> ISSUER'S OWN ROLE (corpus7): II.2.1 and its bullets II.2.2 (send the biên bản; 'Báo cáo Ban Thường trực Ủy ban "
           "MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026'; 'Phối hợp với UBND xã triệu tập ...') are NOT recorded (DEBATABLE, the 03/02/2026 report "
           "is a real dated report to the provincial Board). 'ngay sau khi kết thúc hội nghị' -> relative 0 day from the event; 'ngay sau khi tổ chức "
           "hội nghị 01 ngày' -> relative 1 day. The II.1.2 bullet 'Thông báo số lượng, cơ cấu ...' uses Thông báo as a verb: product null. "
           "II.4 and II.5 restate rules of Nghị quyết 101 ('hội nghị cử tri phải đảm bảo số lượng ...', voting by show of hands) and are not "
           "recorded (rules quoted from another document; III.5 makes the village committees responsible for II.4's numbers). Part III: one entry "
           "per '-' bullet under per-body headings; posts inside the issuing Front are kept as addressees as corpus29 did for this Board "
           "('Chủ tịch Ủy ban MTTQ xã', 'Phó Chủ tịch Thường trực Ủy ban MTTQ xã', 'Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội', "
           "'Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng'); the heading 'Ban Thường trực Ủy ban MTTQ Việt Nam xã' of III.1 is the issuer, "
           "but its bullets name posts, so they are recorded (DEBATABLE). III.1 PCT bullet 'tổng hợp báo cáo gửi Ban Thường trực Ủy ban MTTQ Việt Nam "
           "tỉnh theo quy định' -> product báo cáo, report_to the provincial Board, due null ('theo quy định'); III.3 bullet 2 likewise. III.2 "
           "'Phối hợp chặt chẽ với Ban Thường trực ...' -> lead null, support the Board (corpus5 'A phối hợp với B'); III.5 'Phối hợp với Trưởng thôn' "
           "-> support the post 'Trưởng thôn' (kept as a post, DEBATABLE); III.5 'Chủ trì, điều hành hội nghị ...' -> lead = the addressee. The "
           "closing 'Trên đây là Kế hoạch ...' holds no demand. DISTRIBUTION: ten entries as printed, the two broken entries joined with one space."),
)

# ---------------------------------------------------------------- B: Hướng dẫn (stored extraction text)
NB = 'quangninh-luongminh-hd-mttq-btt-2025-gioithieu'
T = load(NB + '.txt')
OB = [
    ob(ts(T, "Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo"), "3.1", ["Các cơ quan, tổ chức, đơn vị"],
       product="biên bản", report_to="Ban Thường trực UBMTTQ xã"),
    ob(ts(T, "Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận"), "3.2", ["Ban Công tác Mặt trận thôn"],
       lead=["Ban Công tác Mặt trận thôn"], support=["Bí thư chi bộ", "Trưởng thôn"],
       product="biên bản", report_to="Ban Thường trực UBMTTQ xã"),
    ob(ts(T, "Lưu ý: Đối với thôn không được phân bổ thì không tổ chức hội nghị. 4.", 12), "3", ["thôn không được phân bổ"],
       modality="prohibition"),
    ob(ts(T, "Biên bản hội nghị cử tri và biên bản giới thiệu người ứng cử"), "5",
       ["Các cơ quan, tổ chức, đơn vị", "Ban Công tác Mặt trận thôn"],
       due=dt("chậm nhất là 17 giờ 00 ngày 30/01/2026", "2026-01-30"), product="biên bản",
       report_to="Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"),
    ob(ts(T, "Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị"), "¶closing",
       ["các cơ quan, đơn vị", "Ban Công tác Mặt trận các thôn"]),
]
B = dict(
    source=LM + "; section '(chuan)Hướng dẫn nội dung, trình tự, thủ tục GT ngừi ứng cử ĐB HĐND xã 29.12.docx'",
    kind="state", parent_issuer="ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", issuer="BAN THƯỜNG TRỰC",
    number="", symbol="/HD-MTTQ-BTT", type="Hướng dẫn", type_code="HD", place="Lương Minh", date="2025-12-22",
    subject=("Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã; thời gian thực hiện từ ngày "
             "17/12/2025 đến ngày 25/01/2026"),
    urgency="", recipients=[],
    citations=[
        cit("Luật", "85/2015/QH13", None, "", "legal_basis", name="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"),
        cit("Luật", "83/2025/QH15", None, "", "legal_basis"),
        cit("Nghị quyết", "101/2025/UBTVQH15", "2025-09-26", "", "legal_basis"),
        cit("Nghị quyết liên tịch", "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "2025-09-26", "", "legal_basis"),
        cit("Nghị quyết", "40/NQ-HĐBCQG", "2025-09-29", "Hội đồng bầu cử quốc gia", "legal_basis"),
        cit("Thông báo", "17/TB-TTHĐND", "2025-12-12", "HĐND xã Lương Minh", "legal_basis"),
    ],
    truncated=False,
    signature=SIG_LM,
    distribution=["TT Đảng ủy, HĐND, UBND xã", "Các Cơ quan, đơn vị", "Ủy ban bầu cử xã", "Trưởng thôn các thôn",
                  "Ban công tác Mặt trận thôn", "Lưu: VT MTTQ"],
    obligations=OB,
    notes=("COPY: the section '(chuan)Hướng dẫn nội dung, trình tự, thủ tục GT ngừi ứng cử ĐB HĐND xã 29.12.docx' (the first document of "
           "extracted-docs.txt) from 'ỦY BAN MTTQ VIỆT NAM' (offset 246) to the signer's name (offset 6632), decoded from read_file's JSON "
           "string; 6,386 code points; a second read at offset 6598 confirms the end position exactly. Stored extraction text, nothing cleaned "
           "(source slips kept: 'thao Luật số', 'tai cơ quan', 'Thường tực', 'nộị dung', 'đại điện', 'địa diện', the unclosed '(Mẫu số "
           "04/BCĐBHĐND-MT;', a tab after './.'). The annexes after the signature (PHỤ LỤC 'Hướng dẫn trình tự thực hiện (Bước 2)', PHỤ BIỂU "
           "allocation table, PHỤ LỤC of blank forms) are NOT kept; they repeat the steps and add 'chậm nhất 17 giờ 00 ngày 25/01/2026' for the "
           "same biên bản (the body says 30/01/2026). truncated false for the Hướng dẫn itself. "
           "HEADER: same Board and split as the corpus29 plans (parent_issuer + issuer, kind 'state', DEBATABLE). Number blank ('Số:     "
           "/HD-MTTQ-BTT') -> number '' and symbol '/HD-MTTQ-BTT'. Date from 'Lương Minh, ngày 22 tháng 12 năm 2025' (the repository's file "
           "name says 29.12 and the annexes say 'ngày 20/12/2025'; both ignored). Subject = the trích yếu line as printed (it begins 'Các cơ quan, "
           "tổ chức, đơn vị ...' without 'Về việc'). "
           "CITATIONS: all in the Căn cứ paragraphs -> legal_basis. Law 85/2015/QH13 is cited with its name and no date; the amending law "
           "83/2025/QH15 carries its own number; Nghị quyết 101/2025/UBTVQH15 and Nghị quyết liên tịch 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN "
           "are given one date and no issuer ('ngày 26/9/2025 hướng dẫn ...'); 40/NQ-HĐBCQG of the Hội đồng bầu cử quốc gia; Thông báo "
           "17/TB-TTHĐND 'của HĐND xã Lương Minh' (the symbol says Thường trực HĐND). 'Thông báo của MTTQ xã về việc phân bổ ...' has no number "
           "and is not listed. Body repeats (Điều 1, 3, 4 Nghị quyết 101/2025/UBTVQH15; Nghị quyết 40/NQ-HĐBCQG) are not listed again; 'Mẫu số "
           "02/BCĐBHĐND-MT' etc. are forms. "
           "OBLIGATIONS (5): sections 1 (Mục đích) and 2 (Yêu cầu) give no entries (corpus10 rule for Mục đích/yêu cầu; DEBATABLE for the bullet "
           "'Các cơ quan, tổ chức, đơn vị phải quán triệt ... nộp đúng thời hạn cho Ủy ban bầu cử xã' and for the Board's own 'có trách nhiệm "
           "kiểm tra, giám sát ...', which is the issuer's own role anyway). Item 3's line 'Quy trình giới thiệu: Các cơ quan, tổ chức, đơn vị và "
           "Ban Công tác Mặt trận thôn tổ chức hội nghị ... theo trình tự quy định:' is a lead-in (not an entry); 3.1 and 3.2 are one entry each "
           "(their numbered steps (1)-(4) form one paragraph; the candidate's own step 'Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã' is not "
           "split out, DEBATABLE). 3.1: addressees the lead-in's 'Các cơ quan, tổ chức, đơn vị'; step (4) 'chuyển Biên bản ... đến Ban Thường trực "
           "UBMTTQ xã' -> product biên bản, report_to that Board. 3.2: 'Trưởng Ban công tác Mặt trận' (official -> body) mapped to the lead-in's "
           "'Ban Công tác Mặt trận thôn', lead the same (step (2) 'triệu tập và chủ trì hội nghị'), support the posts 'Bí thư chi bộ' and "
           "'Trưởng thôn' (steps (1) and (3) 'phối hợp với ...'; posts kept, DEBATABLE). due null for 3.1/3.2: the window 'Từ ngày 17/12/2025 "
           "đến ngày 25/01/2026' is stated for the whole process in item 5 and in the subject (DEBATABLE: period end 2026-01-25). '* Lưu ý: Đối "
           "với thôn không được phân bổ thì không tổ chức hội nghị.' -> prohibition, section '3' (a note to item 3), addressees the class "
           "'thôn không được phân bổ'. Item 5's second paragraph 'Biên bản ... phải gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh "
           "chậm nhất là 17 giờ 00 ngày 30/01/2026' names no sender: addressees are the two performers of item 3's lead-in (DEBATABLE, "
           "inheritance across items); due date 2026-01-30 (the hour is in the text only). Closing paragraph 'đề nghị Thủ trưởng các cơ quan, "
           "đơn vị và Trưởng Ban Công tác Mặt trận các thôn nghiêm túc triển khai thực hiện' -> closing demand '¶closing' (corpus29), officials "
           "-> bodies. Item 4 (who forms each Ban lãnh đạo) defines terms; not recorded."),
)

# ---------------------------------------------------------------- C: BR-VT Sở GDĐT 327/SGDĐT-KHTC (stored page text)
NC = 'baria-vungtau-327-sgddt-khtc-2011'
T = load(NC + '.txt')
OC = [
    ob(ts(T, "Sở Giáo dục và Đào tạo đề nghị các Phòng Giáo dục"), "¶2",
       ["các Phòng Giáo dục và Đào tạo", "các trường THPT", "các TTGDTX huyện, thị xã, thành phố"],
       product="báo cáo", report_to="Phòng Kế hoạch - Tài chính"),
    ob(ts(T, "Nhận được công văn này, yêu cầu các đơn vị thực hiện"), "¶3", ["các đơn vị"],
       due=dt("trước ngày 12/05/2011", "2011-05-12"), product="báo cáo"),
]
C = dict(
    source=("search tool, corpus 'pages': a stored page whose result carries NO address (query 'Số: /SGDĐT-KHTC Vũng Tàu, ngày 29 tháng 4 năm "
            "2011 đánh giá tình trạng sử dụng, bảo quản các công trình cấp nước và nhà vệ sinh trong trường học'); the text is the page's "
            "extraction of a PDF ('Trang 1' marker)"),
    kind="state", parent_issuer="UBND TỈNH BÀ RỊA - VŨNG TÀU", issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    number="327", symbol="327/SGDĐT-KHTC", type="Công văn", type_code="", place="Vũng Tàu", date="2011-04-29",
    subject="đánh giá tình hình sử dụng, bảo quản các công trình cấp nước và nhà vệ sinh trong trường học",
    urgency="", recipients=["Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố", "Các đơn vị trực thuộc"],
    citations=[
        cit("Công văn", "1369/BGDĐT-CTHSSV", "2011-03-15", "Bộ Giáo dục và Đào tạo", "implements"),
    ],
    page_mentions=[{"type": "Công văn", "symbol": "1369/BGDĐT-CTHSSV", "date": "2011-03-15", "issuer": "Bộ Giáo dục và Đào tạo"}],
    truncated=False,
    signature={"authority": [], "title": "GIÁM ĐỐC", "name": "Nguyễn Thanh Giang"},
    distribution=["Như trên", "Website Sở GD&ĐT", "Lưu VT, KHTC"],
    obligations=OC,
    notes=("COPY: the whole text of one result of the search tool's 'pages' corpus (1,375 code points), decoded from its JSON string; the "
           "result has no address, so the page cannot be named (provenance WEAK; the document itself is complete from header to signer). "
           "Nothing cleaned. The page is a document-sharing site's text layer of a PDF: a first line repeating the body's opening sentence, cut "
           "('... trong trư', the site's description -> page_mentions), then 'Trang 1' glued to the header ('Trang 1UBND TỈNH BÀ RỊA - VŨNG TÀU "
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'): the two header columns are merged line by line; the 'V/v' cell (left column under the number) "
           "was pushed to the end, between the Nơi nhận entries and the signature; the 'Nơi nhận:' heading is lost; the signature has no "
           "authority line ('GIÁM ĐỐC' / '(đã ký)' / name) — '(đã ký)' is not part of the signature fields. "
           "HEADER: parent_issuer 'UBND TỈNH BÀ RỊA - VŨNG TÀU' (first header line, after 'Trang 1'), issuer 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'; place "
           "'Vũng Tàu'; subject = the V/v lines joined, 'V/v' removed. recipients: the two Kính gửi lines as printed (the second without a "
           "final ';'). CITATIONS: 'Thực hiện Công văn số 1369/BGDĐT-CTHSSV ngày 15 tháng 3 năm 2011 của Bộ Giáo dục và Đào tạo' -> implements; "
           "the same reference in the site's first line is listed in page_mentions. "
           "OBLIGATIONS (2): ¶N counts paragraphs after Kính gửi (¶1 the 'Thực hiện' opening). ¶2 'Sở Giáo dục và Đào tạo đề nghị các Phòng "
           "Giáo dục và Đào tạo, các trường THPT và các TTGDTX huyện, thị xã, thành phố thực hiện thống kê ... và gửi báo cáo về Phòng Kế hoạch - "
           "Tài chính, Sở Giáo dục và Đào tạo số 217 Bacu, đồng thời gửi file đến địa chỉ e-mail ...' -> three addressee classes (the trailing "
           "'huyện, thị xã, thành phố' kept with the last, DEBATABLE), product báo cáo, report_to the named unit 'Phòng Kế hoạch - Tài chính' "
           "(plain address, corpus5 rule; via null); no deadline in ¶2. ¶3 'Nhận được công văn này, yêu cầu các đơn vị thực hiện nghiêm túc và "
           "nộp báo cáo trước ngày 12/05/2011' -> addressees 'các đơn vị' as printed (the same bodies as ¶2), due 2011-05-12, product báo cáo, "
           "report_to null (not restated; DEBATABLE: one merged entry with ¶2). 'Trân trọng đề nghị./' is a formula."),
)

for name, d in ((NA, A), (NB, B), (NC, C)):
    json.dump(d, open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(name, len(d['obligations']))
    if VERBOSE:
        for o in d['obligations']:
            print('   ', o['section'], '|', o['text_start'])
