# Writes the corpus29 JSON files from hand-made labels. text_start values are cut from the .txt with lib.ts().
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def pe(text, date): return {"text": text, "kind": "period_end", "date": date}
def dt(text, date): return {"text": text, "kind": "date", "date": date}
def rec(text, cycle, **kw):
    d = {"text": text, "kind": "recurring", "cycle": cycle}; d.update(kw); return d

def cit(type_, symbol, date, issuer, relation, **kw):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}; d.update(kw); return d

DIST_LM = ["BTT Ủy ban MTTQ Việt Nam tỉnh", "Thường trực Đảng ủy xã", "Ủy ban bầu cử xã", "Thường trực HĐND, UBND xã",
           "BTT Ủy ban MTTQ VN xã", "Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng, VP Đảng uỷ", "Văn phòng HĐND, UBND xã",
           "Các tổ chức thành viên MTTQ xã", "Bí thư Chi bộ, Trưởng thôn, Ban công tác MT thôn", "Lưu: MTTQ"]
SRC = "https://github.com/LaHieu11/baucu-luongminh/blob/0729296d91d32d8f8c2cfeae9e084aa4caf5b351/extracted-docs.txt (read_file id 10132017948)"

# ---------------------------------------------------------------- A: 16/KH-MTTQ-BTT
NA = 'quangninh-luongminh-16-kh-mttq-btt-2025'
T = load(NA + '.txt')
PCT = "Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"
SUP = ["Phó chỉ tịch", "Trưởng đoàn thể xã", "Chuyên viên cơ quan MTTQ xã"]
SUP23 = ["Phó chỉ tịch", "Trưởng đoàn thể xã", "chuyên viên cơ quan MTTQ xã"]
def blk(prefix, section, due, product, sup=SUP, n=12, occ=0):
    return ob(ts(T, prefix, n, occ), section, [PCT], [PCT], list(sup), 'obligation', due, product)
O = []
O.append(blk("Xây dựng và ban hành Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam xã về việc MTTQ Việt Nam", "II.1.1", pe("Dự kiến tháng 11/2025", "2025-11-30"), "hướng dẫn"))
O.append(blk("Xây dựng và ban hành Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam xã về việc MTTQ xã giám sát", "II.1.2", pe("Tháng 11/2025", "2025-11-30"), "hướng dẫn"))
O.append(blk("Xây dựng, ban hành kế hoạch, lịch trình thực hiện", "II.1.3", pe("Tháng 11/2025", "2025-11-30"), "kế hoạch"))
O.append(blk("Chuẩn bị các văn bản về nhân sự và tổ chức 3 Hội nghị", "II.2.1", pe("Quý IV/2025 và Quý I/2026", "2025-12-31"), "hồ sơ"))
O.append(blk("Tổ chức hiệp thương lần thứ nhất: Chậm nhất", "II.2.1.(1)", dt("Chậm nhất ngày 10/12/2025", "2025-12-10"), None, n=10))
O.append(blk("Tổ chức hiệp thương lần thứ hai: Chậm nhất", "II.2.1.(2)", dt("Chậm nhất ngày 03/02/2026", "2026-02-03"), None, n=10))
O.append(blk("Tổ chức hiệp thương lần thứ ba: Chậm nhất", "II.2.1.(3)", dt("Chậm nhất ngày 20/02/2026", "2026-02-20"), None, n=10))
O.append(blk("Tổ chức Hội nghị tiếp xúc cử tri để người ứng cử", "II.2.2", pe("Quý I/2026", "2026-03-31"), None))
O.append(blk("Theo dõi, tổng hợp số liệu, báo cáo tình hình trên địa bàn xã", "II.2.3", pe("Quý I/2026", "2026-03-31"), "hướng dẫn", sup=SUP23))
O.append(blk("Tham gia các đoàn kiểm tra, giám sát công tác bầu cử do MTTQ", "II.3", pe("Từ tháng 12/2025 đến quý I/2026", "2026-03-31"), "báo cáo"))
O.append(blk("Ban hành Kế hoạch tiếp công dân, tiếp nhận, xử lý đơn thư", "II.4.1", pe("Quý IV/2025", "2025-12-31"), "kế hoạch"))
O.append(blk("Tổ chức tiếp công dân về nội dung liên quan đến trách nhiệm của MTTQ", "II.4.2", pe("Quý I/2026", "2026-03-31"), "báo cáo"))
O.append(blk("Ban hành kế hoạch tuyên truyền bầu cử, tập hợp dư luận xã hội", "II.5.1", pe("Quý IV/2025", "2025-12-31"), "kế hoạch"))
O.append(blk("Tổ chức thực hiện công tác tuyên truyền về bầu cử; tập hợp", "II.5.2", pe("Từ tháng 12/2025 đến quý I/2026", "2026-03-31"), "bài viết"))
O.append(blk("Tham gia các phiên họp của Ủy ban bầu cử xã", "II.6.1", pe("Từ tháng 11/2025 đến tháng 4/2026", "2026-04-30"), "văn bản"))
O.append(blk("Phối hợp với Ủy ban bầu cử xã, Thường trực Hội đồng nhân dân xã", "II.6.2", pe("Từ tháng 11/2025 đến quý I/2026", "2026-03-31"), None))
O.append(blk("Đánh giá toàn diện kết quả thực hiện nhiệm vụ của MTTQ xã", "II.7.1", pe("Tháng 4/2026", "2026-04-30"), "hướng dẫn"))
O.append(blk("Bảo đảm điều kiện và phục vụ công tác bầu cử: in ấn", "II.7.2", pe("tháng 11/2025 đến tháng 4/2026", "2026-04-30"), "tài liệu"))
# III. Tổ chức thực hiện: one entry per '-' bullet
O.append(ob(ts(T, "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch"), "III.1", ["Chủ tịch Uỷ ban MTTQ Việt Nam xã"]))
O.append(ob(ts(T, "Đồng chí Uỷ viên Ban Ban chấp hành Đảng bộ"), "III.1", ["Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam xã"]))
O.append(ob(ts(T, "Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã chỉ đạo"), "III.1", ["Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã", "Chuyên viên cơ quan MTTQ xã"]))
TCXH = ["Các tổ chức chính trị - xã hội xã"]
O.append(ob(ts(T, "Trên cơ sở chỉ đạo của Uỷ ban Bầu cử xã, của tổ chức"), "III.2", TCXH))
O.append(ob(ts(T, "Tăng cường công tác tuyên truyền vận động đoàn viên, hội viên"), "III.2", TCXH))
O.append(ob(ts(T, "Chủ động nắm tình hình tư tưởng cán bộ, đoàn viên"), "III.2", TCXH, report_to="Ban Thường trực Ủy ban MTTQ Việt Nam xã"))
CB = ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"]
O.append(ob(ts(T, "Tham mưu xây dựng, trình Ban Thường trực ban hành Kế hoạch; theo dõi"), "III.3", CB, product="kế hoạch", report_to="Ban Thường trực"))
O.append(ob(ts(T, "Chủ trì xây dựng các báo cáo tổng hợp chung"), "III.3", CB, lead=CB, product="báo cáo"))
O.append(ob(ts(T, "Chủ trì, tham mưu xây dựng và triển khai các nội dung công tác bầu cử (hội nghị"), "III.3", CB, lead=CB))
O.append(ob(ts(T, "Làm đầu mối giải đáp các nội dung liên quan"), "III.3", CB))
O.append(ob(ts(T, "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", 12, 0), "III.3", CB))
O.append(ob(ts(T, "Chủ trì xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ cụ thể", 12, 0), "III.3", CB, lead=CB, product="kế hoạch"))
O.append(ob(ts(T, "Xây dựng và trình Ban Thường trực ban hành các quyết định thành lập"), "III.3", CB, product="quyết định", report_to="Ban Thường trực"))
O.append(ob(ts(T, "Tham mưu dự thảo biên bản các hội nghị hiệp thương"), "III.3", CB, product="biên bản"))
O.append(ob(ts(T, "Hướng dẫn, giải đáp các vướng mắc liên quan đến công tác nhân sự"), "III.3", CB))
O.append(ob(ts(T, "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", 12, 1), "III.3", CB))
PCDT = ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"]
O.append(ob(ts(T, "Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này."), "III.5", PCDT))
O.append(ob(ts(T, "Tham gia góp ý đối với dự kiến nhân sự đại biểu HĐND xã"), "III.5", PCDT))
O.append(ob(ts(T, "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", 12, 2), "III.5", PCDT))
PCXH = ["Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội"]
O.append(ob(ts(T, "Chủ trì xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ cụ thể", 12, 1), "III.6", PCXH, lead=PCXH, product="kế hoạch"))
O.append(ob(ts(T, "Định kỳ tổng hợp, báo cáo tình hình dư luận xã hội"), "III.6", PCXH, due=rec("Định kỳ", None), product="báo cáo", report_to="Ban Chỉ đạo công tác bầu cử"))
O.append(ob(ts(T, "Hướng dẫn, giải đáp các vướng mắc liên quan đến công tác tuyên truyền"), "III.6", PCXH))
O.append(ob(ts(T, "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", 12, 3), "III.6", PCXH))
CVHC = ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng avf lĩnh vực khác"]
O.append(ob(ts(T, "Bảo đảm thông tin liên lạc thông suốt, kịp thời giữa Ủy ban MTTQ"), "III.7", CVHC))
O.append(ob(ts(T, "Tham mưu xây dựng Kế hoạch, triển khai tổ chức các hội nghị hiệp thương;"), "III.7", CVHC, product="kế hoạch"))
O.append(ob(ts(T, "Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực", 12, 4), "III.7", CVHC))
O.append(ob(ts(T, "Căn cứ Kế hoạch này, chủ tham mưu, phối hợp thực hiện công tác bầu cử"), "III.8", ["Ban công tác Mặt trận các thôn trên địa bàn xã"]))

A = dict(
    source=SRC + "; section '18-11-KH thuc hien cong tac bau cu (Lương Minh).docx'",
    kind="state", parent_issuer="ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", issuer="BAN THƯỜNG TRỰC",
    number="16", symbol="16/KH-MTTQ-BTT", type="Kế hoạch", type_code="KH", place="Lương Minh", date="2025-11-18",
    subject="Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031",
    urgency="", recipients=[],
    citations=[
        cit("Luật", "85/2015/QH13", "2015-06-25", "", "legal_basis", name="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"),
        cit("Luật", "83/2025/QH15", "2025-06-24", "", "legal_basis"),
        cit("Luật", "75/2015/QH13", "2015-06-09", "", "legal_basis", name="Luật Mặt trận Tổ quốc Việt Nam"),
        cit("Luật", "97/2025/QH15", "2025-06-27", "", "legal_basis"),
        cit("Chỉ thị", "46-CT/TW", "2025-05-16", "Bộ Chính trị", "legal_basis"),
        cit("Kế hoạch", "06/KH-MTTW-BTT", "2025-07-22", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "legal_basis"),
        cit("Kế hoạch", "33/KH-MTTQ-BTT", "2025-11-17", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Ninh", "legal_basis"),
        cit("Kế hoạch", "21-KH/ĐU", "2025-07-29", "Ban Thường vụ Đảng ủy xã Lương Minh", "legal_basis"),
    ],
    truncated=False,
    signature={"authority": ["TM. BAN THƯỜNG TRỰC"], "title": "CHỦ TỊCH", "name": "Lan Thị Vân"},
    distribution=DIST_LM, obligations=O,
    notes=("COPY: section '18-11-KH thuc hien cong tac bau cu (Lương Minh).docx' of the repository's extracted-docs.txt (a 281,831-character "
           "concatenation of the commune's election documents, each extracted from its .docx and preceded by a '=====' banner with the file name). "
           "The .txt runs from the first header line 'ỦY BAN MTTQ VIỆT NAM' to the signer's name 'Lan Thị Vân' (banner lines and the neighbouring documents "
           "not kept). Pieces: offsets ~34548-36000 (1,452 chars), 36000-52000, 52000-57289, decoded from read_file's JSON strings. WARNING: the middle "
           "page came out 15,988 code points instead of 16,000 (8 missing before offset 42,000, 4 after 48,000): the stored text probably holds "
           "decomposed diacritics or zero-width characters that did not survive copying; the visible text is unchanged. "
           "HEADER: three-line issuer 'ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC' split as parent_issuer (Ủy ban MTTQ of the commune) + issuer "
           "(its Standing Board), like a Sở under a UBND (DEBATABLE: one issuer string). kind 'state' chosen because the Fatherland Front uses the State "
           "symbol pattern n/KH-ISSUER (it is a mass organisation, neither State nor Party; DEBATABLE). Subject printed on two lines, 'XVI ' / 'và ...', "
           "joined. Date from 'Lương Minh, ngày 18 tháng 11 năm 2025' (the motto column follows the number in the extraction). "
           "CITATIONS: one Căn cứ paragraph, all legal_basis; the amending laws 83/2025/QH15 and 97/2025/QH15 carry their own numbers and are listed; "
           "'Kế hoạch số 33/KH-MTTQ-BTT ... xã Quảng Ninh' is printed so (a slip for tỉnh Quảng Ninh; the commune's Hướng dẫn elsewhere dates it 14/11/2025). "
           "Body mentions of 'Điều 39, Điều 50 Luật số 85/2015/QH13' and 'Luật số 83/2025/QH15' repeat listed laws. "
           "OBLIGATIONS: Part II is a task list of numbered items, each followed by a block '- Thời gian hoàn thành / Đơn vị chủ trì / Đơn vị phối hợp / "
           "Kết quả' (the block format of bcdqg1237-252, corpus5): one entry per item, text_start = the item text after its marker (for 6.1 and 7.1, whose item "
           "line is only a heading, the first '-' bullet); section 3 (items 3.1, 3.2, 3.2 again, 3.3 under ONE block) is one entry 'II.3'. "
           "addressees = lead = the chủ trì post 'Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội' without 'Đồng chí' "
           "(the same in every block); support = the phối hợp cell split: 'Phó chỉ tịch' (source typo for Phó chủ tịch, kept as printed), "
           "'Trưởng đoàn thể xã', 'Chuyên viên cơ quan MTTQ xã' (constructed from 'các đồng chí Chuyên viên cơ quan MTTQ xã'; 2.3 'các chuyên viên cơ quan "
           "MTTQ xã ...'). DEBATABLE: the chủ trì and phối hợp are posts inside the issuing Front, not bodies; officials are normally mapped to their bodies, "
           "but here that would merge every assignee into the issuer, so the posts are kept; by the same reasoning tasks named to members and staff of the "
           "Ban Thường trực are NOT treated as the issuer's own role. "
           "due: 'Dự kiến tháng 11/2025 (sau khi ... tỉnh ban hành Hướng dẫn)' period_end 30 Nov (the condition is in the text only); 1.2 is printed "
           "'ngày Tháng 11/2025' (stray 'ngày'); 2.1 'Quý IV/2025 và Quý I/2026' recorded by its FIRST period (2025-12-31, corpus5 rule); ranges 'Từ tháng "
           "12/2025 đến quý I/2026', 'Từ tháng 11/2025 đến tháng 4/2026' recorded as period_end of the last period (DEBATABLE: continuous). "
           "Split entries (DEBATABLE): 2.1's sub-items (1)-(3) each carry their own 'Chậm nhất ngày ...' deadline and are recorded as three more entries "
           "(II.2.1.(1)-(3)) inheriting 2.1's block; the parentheses giving the legal reason ('trước ngày bầu cử 95 ngày theo Điều 39 ...') are not relative "
           "deadlines. product = head noun of the first thing named in 'Kết quả' (2.1 'Hồ sơ nhân sự' → hồ sơ; 2.3 and 7.1 'Hướng dẫn, báo cáo ...' → "
           "hướng dẫn; 5.2 'Bài viết' → bài viết; 6.1 'Các văn bản' → văn bản; 7.2 'các tài liệu hướng dẫn' → tài liệu); 2.2 and 6.2 have no Kết quả line "
           "(product null). II.3 'Kết quả: Báo cáo theo hướng dẫn của Ban Thường trực ... tỉnh': report_to left null (the Board is the source of the "
           "guidance, not named as recipient; DEBATABLE). Part III (Tổ chức thực hiện): one entry per '-' bullet; item numbers run 1, 2, 3, 5, 6, ' 7.', 8 "
           "(no 4; a leading space before 7), recorded as printed. Addressees: III.1 bullets → the posts named in each bullet ('Chủ tịch Uỷ ban MTTQ Việt Nam "
           "xã', 'Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam xã', 'Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã' + 'Chuyên viên cơ quan MTTQ xã'); III.2-III.8 "
           "→ the item heading (heading addressee inherited by its bullets), 'avf' (typo for 'và') kept as printed. 'Chủ trì xây dựng ...' bullets get lead = "
           "the addressee (the subject is the chủ trì). 'trình Ban Thường trực ban hành' → report_to 'Ban Thường trực' (DEBATABLE). III.6 'Định kỳ tổng hợp, "
           "báo cáo ... theo yêu cầu của Ban Chỉ đạo công tác bầu cử' → recurring with cycle null, report_to the Ban Chỉ đạo. III.2 bullet 3 'kịp thời phản "
           "ánh ... với Ban Thường trực Ủy ban MTTQ Việt Nam xã' → report_to that Board, product null. Generic 'Thực hiện các nhiệm vụ khác theo yêu cầu ...' "
           "bullets are recorded (one per bullet) as obligations without due. III.8 'chủ tham mưu' (dropped 'động') kept. Not recorded: Part I (mục đích, "
           "yêu cầu), the item-level descriptive bullets inside the blocks ('Nguyên tắc tổ chức hiệp thương ...', 'Tài liệu phục vụ hội nghị ...'), the "
           "closing 'Trên đây là Kế hoạch ...' (no demand). DISTRIBUTION: entries broken over lines ('Ban xây dựng Đảng,' / 'VP Đảng uỷ'; 'Ban công' / "
           "' tác MT thôn') joined with one space; trailing spaces and a tab in the source dropped."),
)

# ---------------------------------------------------------------- B: KH kiểm tra, giám sát (unnumbered)
NB = 'quangninh-luongminh-kh-mttq-btt-2025-ktgs'
T = load(NB + '.txt')
TV = ["Các tổ chức thành viên của Mặt trận Tổ quốc xã"]
BCTMT = ["Ban Công tác Mặt trận các"]
OB = [
    ob(ts(T, "Phối hợp chặt chẽ với Ban Thường trực UBMTTQ xã trong việc cử cán bộ"), "V.2", TV, support=["Ban Thường trực UBMTTQ xã"]),
    ob(ts(T, "Chỉ đạo chi hội, chi đoàn ở thôn nắm bắt tình hình"), "V.2", TV),
    ob(ts(T, "Căn cứ Kế hoạch này, chủ động giám sát các hoạt động bầu cử tại thôn"), "V.3", BCTMT),
    ob(ts(T, "Kịp thời phát hiện những sai sót, vi phạm hoặc những vấn đề phát sinh"), "V.3", BCTMT, report_to="Ban Thường trực UBMTTQ xã"),
]
B = dict(
    source=SRC + "; section 'KH Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.docx'",
    kind="state", parent_issuer="ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", issuer="BAN THƯỜNG TRỰC",
    number="", symbol="/KH-MTTQ-BTT", type="Kế hoạch", type_code="KH", place="Lương Minh", date="2025-12-10",
    subject="Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
    urgency="", recipients=[],
    citations=[
        {"type": "Luật", "symbol": "", "name": "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "date": None, "issuer": "", "relation": "legal_basis"},
        {"type": "Luật", "symbol": "", "name": "Luật Mặt trận Tổ quốc Việt Nam", "date": None, "issuer": "", "relation": "legal_basis"},
        cit("Kế hoạch", "04/KH-MTTQ-BTT", "2025-12-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", "legal_basis"),
        cit("Hướng dẫn", "13/HD-MTTQ-BTT", "2025-11-17", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", "legal_basis"),
    ],
    truncated=False,
    signature={"authority": ["TM. BAN THƯỜNG TRỰC"], "title": "CHỦ TỊCH", "name": "Lan Thị Vân"},
    distribution=DIST_LM, obligations=OB,
    notes=("COPY: section 'KH Kiểm tra, giám sát công tác bầu cử ... 2026 - 2031.docx' of extracted-docs.txt, from the header to the signer's name, "
           "inside one read_file page (offset 200000); 9,539 code points, no page-boundary check possible. "
           "HEADER: same issuer as quangninh-luongminh-16-kh-mttq-btt-2025 (parent_issuer + issuer split, kind 'state', both DEBATABLE). The number is "
           "NOT filled in ('Số:      /KH-MTTQ-BTT', the file copy kept before numbering): number '' and symbol '/KH-MTTQ-BTT' as printed (corpus13 rule "
           "for missing numbers). Date 10/12/2025 from the place/date line. "
           "CITATIONS: the Căn cứ paragraph names two laws without number (listed by name) and, after a second 'Căn cứ', Kế hoạch 04/KH-MTTQ-BTT and "
           "Hướng dẫn 13/HD-MTTQ-BTT of the provincial Front's Standing Board (issuer given once for both, distributive 'của'); V.1 repeats 'Hướng dẫn "
           "13/HD-MTTQ-BTT' (not listed again). "
           "STRUCTURE: the source numbers the sections I, II, II (slip for III), IV, V; sections recorded as printed. "
           "OBLIGATIONS: only 4. Everything in II (three 'Đợt' with Kiểm tra/Giám sát bullets), IV (hình thức) and V.1 (Ban Thường trực Ủy ban MTTQ Việt "
           "Nam xã Lương Minh: ban hành Kế hoạch, tổ chức đoàn, báo cáo ... gửi về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh trước ngày 18/3/2026) "
           "is the ISSUER'S OWN ROLE (the plan is the Board's own inspection programme) and is not recorded (corpus7 rule; DEBATABLE for the V.1 report "
           "with its deadline, which a reader might want as an obligation: due date 2026-03-18, report_to the provincial Board). Recorded: V.2's two "
           "bullets (the Front's member organisations; 'Phối hợp chặt chẽ với Ban Thường trực UBMTTQ xã' → lead null, support that Board) and V.3's two "
           "bullets; V.3's heading is cut in the source ('3. Ban Công tác Mặt trận các' — 'thôn' missing), addressee kept as printed; its second bullet "
           "'để báo cáo Ban Thường trực UBMTTQ xã xử lý' → report_to that Board, product null. V.4 (kinh phí) states a rule, not an obligation. "
           "DISTRIBUTION/SIGNATURE: identical blocks to 16/KH-MTTQ-BTT (same layout, broken entries joined)."),
)

# ---------------------------------------------------------------- C: 01/KH-TBTTKT (rendering)
NC = 'tuyenquang-phobang-01-kh-tbttkt-2025'
T = load(NC + '.txt')
OC = [
    ob(ts(T, "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban:"), "IV.1", ["Ban xây dựng Đảng"], report_to="Ban chỉ đạo Đại hội"),
    ob(ts(T, "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng"), "IV.2", ["Phòng Văn hóa - Xã hội"]),
    ob(ts(T, "Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công"), "IV.3", ["Trung tâm phục vụ hành chính công"],
       lead=["Trung tâm phục vụ hành chính công"], support=["các thành viên trong tiểu ban"]),
    ob(ts(T, "Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên:"), "IV.4", ["Ban xây dựng Đảng"]),
    ob(ts(T, "Các thành viên khác trong tiểu ban căn cứ vào chức năng"), "IV.5", ["Các thành viên khác trong tiểu ban"],
       support=["các thành viên khác trong tiểu ban thông tin, tuyên truyền, khánh tiết"]),
    ob(ts(T, "Trên đây là kế hoạch triển khai thực hiện của Tiểu ban"), "¶closing", ["các cơ quan, đơn vị", "cá nhân có liên quan"]),
]
C = dict(
    source=SRC + "; section 'KH Tieu ban tuyên truyền bầu cử đại biểu QH và HĐND các cấp.docx' — RENDERED here (see notes)",
    kind="state", parent_issuer="ỦY BAN BẦU CỬ XÃ PHỐ BẢNG", issuer="TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT",
    number="01", symbol="01/KH-TBTTKT", type="Kế hoạch", type_code="KH", place="Phố Bảng", date="2025-12-10",
    subject=("Triển khai của Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân "
             "các cấp, nhiệm kỳ 2026 - 2031 trên địa bàn xã Phố Bảng"),
    urgency="", recipients=[],
    citations=[
        cit("Quyết định", "03/QĐ-UBBC", "2025-12-05", "Ủy ban bầu cử xã Phố Bảng", "legal_basis"),
        {"type": "Hiến pháp", "symbol": "", "name": "Hiến pháp 2013", "date": None, "issuer": "", "relation": "mentions"},
        cit("Chỉ thị", "46-CT/TW", "2025-05-16", "Bộ Chính trị", "mentions", as_printed="46 - CT/TW"),
        cit("Kế hoạch", "55-KH/TU", "2025-09-17", "Tỉnh ủy", "mentions"),
        {"type": "Luật", "symbol": "", "name": "Luật tổ chức chính quyền địa phương", "date": None, "issuer": "", "relation": "mentions"},
        {"type": "Luật", "symbol": "", "name": "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
         "date": None, "issuer": "", "relation": "mentions"},
    ],
    truncated=False,
    signature={"authority": ["TM. TIỂU BAN"], "title": "TRƯỞNG TIỂU BAN", "name": "Nguyễn Văn Hoàn"},
    distribution=["Thường trực Đảng ủy (Báo cáo)", "Ủy ban bầu cử xã (Báo cáo)",
                  "Thành viên Tiểu ban thông tin, tuyên truyền, khánh tiết (T/h)", "Lưu Ban xây dựng Đảng"],
    obligations=OC,
    notes=("RENDERING: the section 'KH Tieu ban tuyên truyền bầu cử đại biểu QH và HĐND các cấp.docx' of extracted-docs.txt (header to the last "
           "signature line, 17,095 code points; pieces offset ~211372-216000 + 216000-228467; kept as src/...source.txt) was laid out as HTML (one <p> per "
           "blank-line-separated block, src/...html), written to .docx by pandoc and read back as Markdown: `pandoc -f html -t docx -o X.docx X.html && "
           "pandoc -f docx -t markdown X.docx -o X.txt` (pandoc 2.17.1.1). The rendering wraps lines at 72 columns and escapes list-like markers ('1\\.', "
           "'IV\\.', '\\-', '\\...'); labels were written from the rendering. "
           "SOURCE: a file of ANOTHER commune kept in the Lương Minh repository as a model: Ủy ban bầu cử xã Phố Bảng (tỉnh Tuyên Quang, named in the "
           "body), its sub-committee for information, propaganda and protocol. HEADER: two issuer lines → parent_issuer (the commune election committee) "
           "+ issuer (the Tiểu ban); the first line has a trailing space. kind 'state' (an election body). Subject = the two-line trích yếu joined. "
           "SIGNATURE: 'TM. TIỂU BAN / TRƯỞNG TIỂU BAN / Nguyễn Văn Hoàn', followed by a further line 'TRƯỞNG BAN XÂY DỰNG ĐẢNG' (the signer's Party post; "
           "not part of the signature fields, DEBATABLE). DISTRIBUTION: four entries with their '(Báo cáo)' / '(T/h)' tags kept. "
           "CITATIONS: the single Căn cứ (Quyết định 03/QĐ-UBBC of the commune election committee) is legal_basis; the Đợt 1 propaganda content lists "
           "'Chỉ thị số số 46 - CT/TW' (doubled 'số', spaced symbol → as_printed), 'Kế hoạch số 55-KH/TU ... của Tỉnh ủy' and laws by name — mentions "
           "(things to be propagated); 'Hiến pháp 2013' first appears in the section-1 bullet ('quy định của Hiến pháp 2013'), later as 'Hiến pháp năm "
           "2013'. 'Chỉ thị số 46-CT/TW' repeated inside the 55-KH/TU description is the same document. "
           "OBLIGATIONS (6): Part IV assigns work to posts of the Tiểu ban's members; following the officials→bodies convention each post is mapped to "
           "the body in its title: 'Trưởng Ban xây dựng Đảng' and 'Phó Trưởng ban xây dựng Đảng' → 'Ban xây dựng Đảng' (two entries), 'Phó Trưởng "
           "phòng Văn hóa - Xã hội' → 'Phòng Văn hóa - Xã hội', 'Phó Giám đốc Trung tâm phục vụ hành chính công' → that Trung tâm (DEBATABLE: the "
           "posts act as Tiểu ban members, not for their bodies). IV.1 'kịp thời báo cáo, đề xuất vấn đề phát sinh với Trưởng ban chỉ đạo Đại hội' → "
           "report_to 'Ban chỉ đạo Đại hội' (official → body; 'Đại hội' looks like a template slip for the election), product null. IV.3 'chủ trì phối "
           "hợp với các thành viên trong tiểu ban' → lead = the addressee, support the members. IV.5 'chủ động phối hợp với các thành viên khác ...' → lead "
           "null, support those members (corpus5 'A phối hợp với B' rule). Closing paragraph 'đề nghị Thủ trưởng các cơ quan, đơn vị và cá nhân có liên "
           "quan nghiêm túc triển khai thực hiện' recorded as a closing demand, section '¶closing', Thủ trưởng → bodies. No deadlines are set for any "
           "assignee: the Đợt 1-3 timetable ('Trong tháng 12/2025', 'Từ tháng 01 đến ngày bầu cử 15/3/2026', 'Sau ngày bầu cử 15/3/2026') schedules "
           "the Tiểu ban's OWN propaganda content (issuer's own role, not recorded, DEBATABLE), as do sections II-III and the slogan list V."),
)

for name, d in ((NA, A), (NB, B), (NC, C)):
    json.dump(d, open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(name, len(d['obligations']))
