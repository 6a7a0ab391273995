#!/usr/bin/env python3
"""Writes corpus18 gold JSON files and figures.json (this helper's own build script)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import O, PE, DT, REC, CONT, REL, C

D = os.environ.get("C18", "/work/main/directive/testdata/corpus18/")
docs = {}

# ---------------------------------------------------------------- tw-60
BCT = ["Bộ Chính trị"]
docs["tw-60-nq-tw-2025"] = {
    "source": "https://github.com/dvhcvn/20250701/blob/1fe34bb35376aaad83e1179df87a6a92c33c3410/input/docs/60-NQ_TW.md (read_file id 9199846841); rendered here: LibreOffice PDF of the pandoc HTML, pdftotext -layout (src/)",
    "kind": "party",
    "parent_issuer": "",
    "issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "number": "60",
    "symbol": "60-NQ/TW",
    "type": "Nghị quyết",
    "type_code": "NQ",
    "place": "Hà Nội",
    "date": "2025-04-12",
    "subject": "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII",
    "urgency": "",
    "recipients": [],
    "citations": [
        C("Hiến pháp", "", None, "", "mentions", name="Hiến pháp năm 2013"),
        C("Quy định", "232-QĐ/TW", "2025-01-20", "Ban Chấp hành Trung ương Đảng", "mentions"),
        C("Quy định", "22-QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương Đảng", "mentions"),
        C("Quy định", "262-QĐ/TW", "2025-02-03", "Ban Chấp hành Trung ương Đảng", "mentions"),
        C("Chỉ thị", "35-CT/TW", "2024-06-14", "Bộ Chính trị", "mentions"),
        C("Kết luận", "118-KL/TW", "2025-01-18", "Bộ Chính trị", "mentions"),
        C("Nghị quyết", "18-NQ/TW", None, "Ban Chấp hành Trung ương Đảng khóa XII", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG"], "title": "TỔNG BÍ THƯ", "name": "Tô Lâm"},
    "distribution": [
        "Các ban đảng, đảng ủy trực thuộc Trung ương",
        "Các tỉnh ủy, thành ủy",
        "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng",
        "Lưu Văn phòng Trung ương Đảng",
    ],
    "obligations": [
        O("Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương và Báo cáo", "1", BCT),
        O("Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương và Báo cáo", "2", BCT,
          rt="Ban Chấp hành Trung ương Đảng"),
        O("Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương và Báo cáo", "4", BCT, product="kết luận"),
        O("Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương và Báo cáo", "5", BCT, product="quy định"),
        O("Giao Bộ Chính trị chỉ đạo Đảng uỷ Chính phủ: Chỉ đạo hoàn thiện Đề án", "5", BCT,
          product="đề án", rt="Quốc hội, Ủy ban Thường vụ Quốc hội"),
        O("Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương", "5",
          ["ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương"],
          product="đề án", rt="cấp có thẩm quyền"),
        O("Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương để chỉ đạo", "6", BCT),
        O("Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương và Báo cáo", "7", BCT),
        O("Thống nhất chủ trương sửa đổi, bổ sung Hiến pháp, pháp luật của Nhà nước", "8", [],
          due=DT("trước ngày 30/6/2025", "2025-06-30")),
        O("Giao Bộ Chính trị chỉ đạo Đảng ủy Quốc hội lãnh đạo, chỉ đạo Quốc hội,", "8", BCT,
          sup=["các cơ quan liên quan"], product="nghị quyết"),
        O("Đảng uỷ Chính phủ chỉ đạo, hướng dẫn cụ thể về giấy tờ, thủ tục hành chính,", "8", ["Đảng uỷ Chính phủ"]),
        O("Ban Chấp hành Trung ương Đảng yêu cầu các cấp ủy, cơ quan, đơn vị, tổ", "12",
          ["các cấp ủy", "cơ quan", "đơn vị", "tổ chức"]),
        O("Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, toàn dân, toàn quân", "12",
          ["toàn Đảng", "toàn dân", "toàn quân"], mod="encouragement"),
    ],
    "notes": (
        "RENDERING: the stored file is pandoc Markdown of the resolution (a .docx converted by the repository dvhcvn/20250701, "
        "simple-table header and Nơi nhận/signature table with pandoc line-break backslashes); it was copied whole (17,699 code points = "
        "total_chars, src/tw-60-nq-tw-2025.md) and rendered here: pandoc -f markdown -t html -s, LibreOffice PDF export, pdftotext -layout "
        "(6 pages, 6 form feeds). In the text layer the Nơi nhận cell keeps raw '*Nơi nhận:*' and the signature '**T/M BAN CHẤP HÀNH TRUNG "
        "ƯƠNG**' (the table cells held Markdown pandoc did not parse), and the signature column is interleaved with the Nơi nhận lines "
        "('- Các ban đảng, đảng ủy trực thuộc' / 'TỔNG BÍ THƯ' / 'Trung ương,'). The annexed list of the 34 provinces follows the signature "
        "(kept; no obligations). PARTY document of the Ban Chấp hành Trung ương (Hội nghị Trung ương 11 khóa XIII): no Kính gửi (recipients []), "
        "no V/v: subject = the title line after the type line (corpus13 tw-10 convention). Header 'BAN CHẤP HÀNH TRUNG ƯƠNG' / '*' with no "
        "parent issuer; symbol printed 'Số 60-NQ/TW' (no colon). "
        "CITATIONS: Hiến pháp năm 2013 listed by name (first mention in item 5, 'chủ trương sửa đổi, bổ sung một số điều của Hiến pháp năm 2013'; "
        "DEBATABLE); the amending 'Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013' and 'Luật Tổ chức chính quyền địa phương năm "
        "2025 (sửa đổi)' are drafts without number, not listed; 232-QĐ/TW, 22-QĐ/TW, 262-QĐ/TW, 35-CT/TW, 118-KL/TW as mentions (objects of "
        "'sửa đổi, bổ sung', not amended by this text itself); 18-NQ/TW (no date) mentions; the annex line 'Kèm theo Nghị quyết số 60-NQ/TW' is "
        "the document itself. "
        "OBLIGATIONS: each 'Giao …' paragraph under a numbered item is one entry with the item's number as section (unnumbered paragraphs share "
        "their marker's section). Items 1 (first paragraph), 2, 3, 4, 5, 6, 7 (first paragraphs), 9, 10, 11, 12 record decisions of the Central "
        "Committee itself (Thông qua / Cơ bản thống nhất / Cho ý kiến / Đồng ý / Thi hành kỷ luật) — not obligations; the '- Về …: (1) Đồng ý "
        "chủ trương …' bullets of item 5 likewise. Item 2: 'tiếp tục báo cáo Ban Chấp hành Trung ương Đảng' → report_to, product null (verb). "
        "Item 4: product 'kết luận' (first of 'Kết luận … và Chỉ thị'). Item 5 'Giao Bộ Chính trị chỉ đạo Đảng uỷ Chính phủ: …' → addressee "
        "the body assigned (Bộ Chính trị), the Đảng uỷ Chính phủ it directs not added (DEBATABLE: both); product 'đề án'; report_to 'Quốc hội, Ủy "
        "ban Thường vụ Quốc hội' for 'trình Quốc hội, Ủy ban Thường vụ Quốc hội xem xét' (one string as printed, corpus13 choice); the nested "
        "'chỉ đạo cơ quan chức năng phối hợp các tỉnh …' not taken as support. 'Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc "
        "Trung ương' kept as ONE class string (splitting would construct 'ban thường vụ các thành uỷ' …; DEBATABLE); product 'đề án'; report_to "
        "'cấp có thẩm quyền' ('báo cáo cấp có thẩm quyền quyết định'). Item 8 first paragraph 'Thống nhất chủ trương … bảo đảm hoàn thành "
        "trước ngày 30/6/2025' recorded with addressees [] and due date 2025-06-30 (a decision carrying a deadline; DEBATABLE: not an "
        "obligation; 'có hiệu lực từ ngày 01/7/2025' is a start date). Item 8 'Giao Bộ Chính trị chỉ đạo Đảng ủy Quốc hội … Quốc hội, Ủy ban "
        "Thường vụ Quốc hội phối hợp với các cơ quan liên quan …' → addressee Bộ Chính trị, support ['các cơ quan liên quan'] (DEBATABLE: the "
        "phối hợp is by Quốc hội/UBTVQH), product 'nghị quyết' ('ban hành các Nghị quyết'); its last clause '; Đảng uỷ Chính phủ chỉ đạo, "
        "hướng dẫn cụ thể về giấy tờ …' split off as its own entry for Đảng uỷ Chính phủ. The two closing paragraphs after item 12 (no marker) "
        "share section '12' (DEBATABLE: a ¶ section): 'yêu cầu các cấp ủy, cơ quan, đơn vị, tổ chức' → four addressees split at commas; "
        "'kêu gọi toàn Đảng, toàn dân, toàn quân …' recorded as modality encouragement (a call, DEBATABLE: not an entry). "
        "Text_starts of items 1, 2, 4, 5, 7 are identical (same formula); the section tells them apart."
    ),
}

# ---------------------------------------------------------------- ttg-232
BTNMT = "Bộ Tài nguyên và Môi trường"
BTC = "Bộ Tài chính"
CLQ = "Các bộ, ngành, cơ quan liên quan"
B4 = ["Bộ Công Thương", "Bộ Giao thông vận tải", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng"]
B4b = ["Bộ Công an", "Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và truyền thông", "Ngân hàng Nhà nước Việt Nam"]
VCCI = "Liên đoàn Thương mại và Công nghiệp Việt Nam"
V6 = [VCCI, "các Hiệp hội", "doanh nghiệp"]
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
CTQ = "cấp có thẩm quyền"
Y = lambda y: PE(str(y), "%d-12-31" % y)
R = lambda a, b: PE("%d - %d" % (a, b), "%d-12-31" % b)
B5 = [BTNMT, "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng", "Bộ Giao thông vận tải"]

def row(sec, ts, lead, sup, due, product=None, rt=None, addr=None):
    return O(ts, "Phụ lục " + sec, addr if addr is not None else list(lead), lead=list(lead), sup=list(sup),
             due=due, product=product, rt=rt)

docs["ttg-232-qd-ttg-2025"] = {
    "source": "https://github.com/Trangsct/skill-sct/blob/88429fab8882d006cd490191b05fff5e15586323/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-232-QD-TTg-24-01-2025-de-an-thi-truong-cac-bon.txt (read_file id 61148646165)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "THỦ TƯỚNG CHÍNH PHỦ",
    "number": "232",
    "symbol": "232/QĐ-TTg",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Hà Nội",
    "date": "2025-01-24",
    "subject": "PHÊ DUYỆT ĐỀ ÁN THÀNH LẬP VÀ PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM",
    "urgency": "",
    "recipients": [],
    "citations": [
        C("Luật", "", "2015-06-19", "", "legal_basis", name="Luật Tổ chức Chính phủ"),
        C("Luật", "", "2019-11-22", "", "legal_basis", name="Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
        C("Luật", "", "2020-11-17", "", "legal_basis", name="Luật Bảo vệ môi trường"),
        C("Nghị định", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "legal_basis"),
        C("Nghị quyết", "50/NQ-CP", "2021-05-20", "Chính phủ", "legal_basis"),
        C("Thỏa thuận", "", None, "", "mentions", name="Thỏa thuận Paris"),
        C("Luật", "", None, "", "mentions", name="Luật Ban hành văn bản quy phạm pháp luật"),
        C("Nghị định", "45/2022/NĐ-CP", None, "", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Trần Hồng Hà"},
    "distribution": [
        "Như Điều 3", "Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương",
        "Văn phòng Trung ương Đảng và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước",
        "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao", "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
        "Cơ quan trung ương của các đoàn thể", "Liên đoàn Thương mại và Công nghiệp Việt Nam",
        "VPCP: BTCN; các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
        "Lưu: VT, NN (2b)",
    ],
    "obligations": [
        # Điều 1 – Đề án III (roles stated in the market design)
        O("Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan", "Điều 1.III.3", [BTNMT],
          lead=[BTNMT], sup=["các cơ quan liên quan"]),
        O("Sở Giao dịch chứng khoán Hà Nội xây dựng và cung ứng dịch vụ sàn giao", "Điều 1.III.4.a",
          ["Sở Giao dịch chứng khoán Hà Nội"]),
        O("Tổng Công ty Lưu ký và bù trừ chứng khoán Việt Nam cung ứng dịch vụ", "Điều 1.III.4.b",
          ["Tổng Công ty Lưu ký và bù trừ chứng khoán Việt Nam"]),
        O("Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Tài chính, Bộ", "Điều 1.III.5", [BTNMT],
          lead=[BTNMT], sup=[BTC, "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng", "Bộ Công Thương",
                             "Bộ Giao thông vận tải", "các bộ, ngành, cơ quan có liên quan"]),
        # Điều 1 – Đề án V. TỔ CHỨC THỰC HIỆN
        O("Chủ trì, phối hợp với các bộ, ngành, cơ quan có liên quan tổ chức", "Điều 1.V.1", [BTNMT],
          lead=[BTNMT], sup=["các bộ, ngành, cơ quan có liên quan"]),
        O("Chủ trì, phối hợp với các bộ, ngành, cơ quan, địa phương, doanh nghiệp, hiệp", "Điều 1.V.1", [BTNMT],
          lead=[BTNMT], sup=["các bộ, ngành, cơ quan, địa phương, doanh nghiệp, hiệp hội"]),
        O("Tổng hợp và cân đối nhu cầu nguồn lực thực hiện Đề án", "Điều 1.V.1", [BTNMT]),
        O("Tổ chức các hoạt động tuyên truyền, phổ biến, tập huấn và hướng dẫn các", "Điều 1.V.1", [BTNMT]),
        O("Theo dõi, đôn đốc, tổng hợp, tổ chức tổng kết, đánh giá việc triển khai", "Điều 1.V.1", [BTNMT],
          due=REC("định kỳ 5 năm/lần", None), rt="Thủ tướng Chính phủ"),
        O("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các bộ, ngành,", "Điều 1.V.2", [BTC],
          lead=[BTC], sup=[BTNMT, "các bộ, ngành, cơ quan có liên quan"]),
        O("Chủ trì trình cấp có thẩm quyền bố trí kinh phí chi thường xuyên cho", "Điều 1.V.2", [BTC],
          lead=[BTC], rt=CTQ),
        O("Chủ trì, phối hợp các bộ, ngành có liên quan thực hiện các nhiệm vụ", "Điều 1.V.3", B4,
          lead=B4, sup=["các bộ, ngành có liên quan"]),
        O("Tiếp tục thực hiện các nhiệm vụ đã được quy định tại các văn bản", "Điều 1.V.3", B4),
        O("Căn cứ các nhiệm vụ của Đề án, rà soát các chương trình, kế hoạch,", "Điều 1.V.3", B4,
          due=REC("hàng năm", "yearly"), product="kế hoạch",
          rt="Bộ Tài nguyên và Môi trường, Bộ Kế hoạch và Đầu tư, Bộ Tài chính"),
        O("Chủ động xây dựng và ban hành các điều kiện kỹ thuật, thể chế và", "Điều 1.V.3", B4),
        O("Nghiên cứu, đề xuất các giải pháp ưu tiên khuyến khích, hỗ trợ các ngành,", "Điều 1.V.3", B4),
        O("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các bộ, ngành", "Điều 1.V.4", B4b,
          lead=B4b, sup=[BTNMT, "các bộ, ngành liên quan"]),
        O("Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với bộ, ban, ngành, cơ", "Điều 1.V.4", ["Bộ Kế hoạch và Đầu tư"],
          lead=["Bộ Kế hoạch và Đầu tư"], sup=["bộ, ban, ngành, cơ quan trung ương"], rt=CTQ),
        O("Bộ Thông tin và Truyền thông chỉ đạo các cơ quan báo chí và hệ", "Điều 1.V.4", ["Bộ Thông tin và Truyền thông"]),
        O("Phối hợp với Bộ Tài nguyên và Môi trường và các bộ, ngành liên quan", "Điều 1.V.5", [UBT],
          lead=[BTNMT], sup=[UBT, "các bộ, ngành liên quan"]),
        O("Trình Hội đồng nhân dân bố trí kinh phí thực hiện Đề án theo quy", "Điều 1.V.5", [UBT],
          rt="Hội đồng nhân dân"),
        O("Liên đoàn Thương mại và Công nghiệp Việt Nam chủ trì, phối hợp với các", "Điều 1.V.6", [VCCI],
          lead=[VCCI], sup=["các bộ, ngành, cơ quan có liên quan"]),
        O("Phối hợp với các bộ, ngành triển khai thực hiện Đề án; thực hiện chính", "Điều 1.V.6", V6,
          sup=["các bộ, ngành"]),
        O("Chủ động nâng cao năng lực thực hiện cơ chế trao đổi, bù trừ tín chỉ", "Điều 1.V.6", V6),
        O("Trường hợp các bộ, ngành, cơ quan được nêu tại Đề án này được sáp", "Điều 1.V.7",
          ["các bộ, ngành, cơ quan tiếp nhận nhiệm vụ"]),
        O("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính", "Điều 3",
          ["các Bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ", UBT, "tổ chức, cá nhân có liên quan"]),
        # Phụ lục task table
        row("I.1", "Xây dựng, phê duyệt kế hoạch giảm nhẹ phát thải khí nhà kính đối", B5, [CLQ], Y(2025), "kế hoạch"),
        row("I.2", "Xây dựng Quyết định của Thủ tướng Chính phủ ban hành tổng hạn ngạch phát", [BTNMT], [CLQ], Y(2025), "quyết định"),
        row("I.3", "Xây dựng kế hoạch và tổ chức phân bổ hạn ngạch phát thải khí nhà", [BTNMT], [CLQ],
            PE("Thực hiện đến năm 2030", "2030-12-31"), "kế hoạch"),
        row("I.4", "Nghiên cứu, báo cáo cấp có thẩm quyền quy định về chuyển nhượng tín chỉ", [BTNMT], [CLQ], Y(2025), None, CTQ),
        row("I.5", "Xây dựng, trình cấp có thẩm quyền quy định về quản lý tín chỉ các-bon", [BTNMT], [CLQ], Y(2025), "quy định", CTQ),
        row("I.6", "Xây dựng quy định và tổ chức đánh giá, công nhận chương trình, dự án", [BTNMT, "các bộ, ngành quản lý lĩnh vực"], [CLQ], R(2025, 2030), "quy định"),
        row("I.7", "Xây dựng quy định và tổ chức đánh giá, công nhận chương trình, dự án", [BTNMT, "các bộ, ngành quản lý lĩnh vực"], [CLQ], R(2025, 2030), "quy định"),
        row("I.8", "Tổ chức xác nhận hạn ngạch phát thải khí nhà kính, tín chỉ các-bon được", [BTNMT], [CLQ], R(2025, 2030)),
        row("I.9", "Rà soát, nghiên cứu, đề xuất, xây dựng quy định về đấu giá hạn ngạch", [BTNMT], [CLQ], Y(2028), "quy định", CTQ),
        row("II.1", "Cập nhật và điều chỉnh Danh mục lĩnh vực, cơ sở phát thải khí nhà", [BTNMT], [CLQ],
            REC("Định kỳ 2 năm/lần", None), "danh mục", "Thủ tướng Chính phủ"),
        row("II.2", "Xây dựng và trình cấp có thẩm quyền quy định về các cơ sở được phân", [BTNMT], [CLQ], Y(2025), "quy định", CTQ),
        row("II.3", "Xây dựng và trình cấp có thẩm quyền quy định về điều kiện đối với tổ", [BTNMT], [CLQ], Y(2025), "quy định", CTQ),
        row("II.4", "Nghiên cứu, đề xuất, báo cáo cấp có thẩm quyền quy định về các tổ chức", [BTNMT], [CLQ], R(2025, 2028), None, CTQ),
        row("II.5", "Nghiên cứu, đề xuất, báo cáo cấp có thẩm quyền quy định về mở rộng chủ", [BTNMT], [CLQ], Y(2028), None, CTQ),
        row("III.1", "Xây dựng Nghị định của Chính phủ về sàn giao dịch các-bon trong nước trên", [BTC], [BTNMT, "các bộ, ngành, cơ quan liên quan"], Y(2025), "nghị định"),
        row("III.2", "Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính", [BTNMT], [CLQ], Y(2025)),
        row("III.3", "Quản lý và vận hành Hệ thống đăng ký quốc gia về hạn ngạch phát thải", [BTNMT], [CLQ], CONT("Thực hiện thường xuyên, liên tục")),
        row("III.4", "Rà soát, đề xuất sửa đổi, bổ sung quy định về chức năng, nhiệm vụ của", [BTC], [CLQ], Y(2025)),
        row("III.5", "Xây dựng yêu cầu nghiệp vụ về tổ chức, quản lý, vận hành thị trường các-bon", [BTNMT], [BTC, "các bộ, ngành, cơ quan liên quan"], Y(2025), "yêu cầu"),
        row("III.6", "Lập phương án chi tiết xây dựng sàn giao dịch các-bon theo yêu cầu của", [BTC], [BTNMT, "các bộ, ngành, cơ quan liên quan"],
            REL("Trong 06 tháng kể từ khi Bộ Tài nguyên và Môi trường đưa ra đầy đủ yêu cầu nghiệp vụ", 6, "month",
                "khi Bộ Tài nguyên và Môi trường đưa ra đầy đủ yêu cầu nghiệp vụ"),
            "phương án", BTNMT, addr=[BTC, "Sở Giao dịch chứng khoán Việt Nam", "Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam"]),
        row("III.7", "Triển khai xây dựng Hệ thống giao dịch, Hệ thống lưu ký và thanh toán hạn", [BTC], [BTNMT, "các bộ, ngành, cơ quan liên quan"],
            REL("Trong 18-24 tháng kể từ khi Bộ Tài nguyên và Môi trường chấp thuận phương án chi tiết xây dựng sàn giao dịch các-bon", 24, "month",
                "khi Bộ Tài nguyên và Môi trường chấp thuận phương án chi tiết xây dựng sàn giao dịch các-bon"),
            addr=[BTC, "Sở Giao dịch chứng khoán Việt Nam", "Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam"]),
        row("III.8", "Nghiên cứu, đề xuất sửa đổi, bổ sung hoặc ban hành mới văn bản quy phạm", [BTNMT], ["Ngân hàng Nhà nước Việt Nam", "các bộ, ngành, cơ quan liên quan"], R(2028, 2030), "văn bản"),
        row("IV.1", "Xây dựng quy định về tổ chức vận hành thị trường các-bon.", [BTNMT], [CLQ], Y(2025), "quy định"),
        row("IV.2", "Nghiên cứu, rà soát các chương trình, thỏa thuận hợp tác về các cơ chế", [BTNMT, "các Bộ, ngành quản lý lĩnh vực"], [CLQ], Y(2025)),
        row("IV.3", "Xây dựng quy trình thẩm định kết quả kiểm kê khí nhà kính cấp cơ", [BTNMT], [CLQ], None, "quy trình"),
        row("IV.4", "Xây dựng quy định kỹ thuật về đo đạc, báo cáo, thẩm định giảm nhẹ phát", B5, [CLQ], R(2022, 2025), "quy định"),
        row("IV.5", "Xây dựng quy định về mua bán, chuyển giao, vay mượn, nộp trả và thu", [BTNMT], [CLQ], Y(2025), "quy định"),
        row("IV.6", "Rà soát, nghiên cứu đề xuất sửa đổi, bổ sung các quy định về thuế, phí,", [BTC], [BTNMT, "các bộ, ngành, cơ quan có liên quan"], R(2025, 2030)),
        row("IV.7", "Rà soát quy định về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ", [BTNMT], [CLQ], Y(2025), "nghị định"),
        row("IV.8", "Rà soát quy định của Luật Bảo vệ môi trường, quy định về chức năng, nhiệm", [BTNMT, BTC], ["Bộ Nội vụ", "các bộ, ngành, cơ quan liên quan"], Y(2025)),
        row("IV.9", "Tổ chức quản lý, kiểm tra, giám sát hoạt động giảm nhẹ phát thải khí nhà", [BTNMT], [CLQ], CONT("Thực hiện thường xuyên liên tục")),
        row("IV.10", "Đánh giá tổng kết quá trình triển khai thí điểm thị trường các-bon trong nước,", [BTNMT], ["Bộ Công an", "Bộ Kế hoạch và Đầu tư", "các bộ, ngành, cơ quan có liên quan"], Y(2028), None, CTQ),
        row("IV.11", "Rà soát, đề xuất sửa đổi, bổ sung hoặc ban hành mới văn bản quy phạm", [BTNMT], [CLQ], R(2027, 2028), "văn bản"),
        row("V.1", "Xây dựng cổng/trang thông tin điện tử về thị trường các-bon trong nước.", [BTNMT], [CLQ], Y(2025)),
        row("V.2", "Khảo sát đánh giá nhu cầu, sự sẵn sàng của doanh nghiệp tham gia thị trường", [BTNMT], [VCCI, "các bộ, ngành, cơ quan có liên quan"], Y(2025)),
        row("V.3", "Đề xuất giải pháp hỗ trợ doanh nghiệp và các bên liên quan tiếp cận và", [BTNMT], ["Bộ Kế hoạch và Đầu tư", "các bộ, ngành, cơ quan có liên quan"], Y(2025)),
        row("V.4", "Xây dựng kế hoạch đào tạo, nâng cao chất lượng nguồn nhân lực phục vụ phát", [BTNMT], [CLQ], R(2025, 2030), "kế hoạch"),
        row("V.5", "Xây dựng bộ tài liệu phục vụ tập huấn, đào tạo, bồi dưỡng, tuyên truyền về", [BTNMT, "các Bộ, ngành"], [CLQ], R(2025, 2030), "tài liệu"),
        row("V.6", "Tổ chức đào tạo, tập huấn, cung cấp thông tin, nâng cao kiến thức, năng", [BTNMT, BTC], [CLQ], R(2025, 2030)),
        row("V.7", "Tổ chức tuyên truyền, đào tạo, bồi dưỡng kiến thức cho các đối tượng tham", [BTNMT], [CLQ], R(2025, 2030)),
        row("V.8", "Tuyên truyền, phổ biến giới thiệu thông tin về thị trường các-bon trên các phương", ["Bộ Thông tin và Truyền thông"], [CLQ], R(2025, 2030)),
        row("V.9", "Tuyên truyền, đào tạo, bồi dưỡng kiến thức cho các tổ chức, doanh nghiệp, cộng", [VCCI], [CLQ], R(2025, 2030)),
    ],
    "notes": (
        "TEXT: the repository's Markdown of a legal-database page (header and Nơi nhận/signature as one-row pipe tables whose cells flatten their "
        "lines: 'THỦ TƯỚNG CHÍNH PHỦ -------', 'KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Trần Hồng Hà'; the Nơi nhận list flattened into one cell with "
        "' - ' separators); copied WHOLE (35,930 code points = total_chars; longer than the ~25,000 suggested, kept whole because the Phụ lục task "
        "table TT | Nhiệm vụ và giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành follows the signature). Quyết "
        "định of the Prime Minister (KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG) approving an Đề án laid out inside Điều 1 (I–VI). "
        "CITATIONS: the three laws of the Căn cứ lines by name and date (no number printed); 06/2022/NĐ-CP, 50/NQ-CP legal_basis; 'Thỏa thuận "
        "Paris' (III.1.b, 'Cơ chế theo Điều 6 Thỏa thuận Paris'), 'Luật Ban hành văn bản quy phạm pháp luật' (Phụ lục III.1) and 45/2022/NĐ-CP "
        "(Phụ lục IV.7) as mentions (DEBATABLE: the treaty and the unnumbered law could be left out); 'Luật Bảo vệ môi trường' recurs; CDM/JCM/"
        "NDC not listed. "
        "OBLIGATIONS (68): sections are 'Điều 1.<Roman>.<n>' for the Đề án inside Điều 1 (corpus5 'Điều 1.3' convention) and 'Phụ lục <group>.<TT>' "
        "for table rows. Đề án I (quan điểm), II (mục tiêu), III.1/III.2/III.6 (market design, roadmap) and VI (kinh phí) are not assignments. "
        "III.3, III.4.a, III.4.b, III.5 state which body builds/operates the registry, the exchange, depository and market → recorded (DEBATABLE: "
        "part of the design description); III.4.a/b's embedded 'do Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Tài chính … xây dựng' "
        "is the Phụ lục III.5 task, not repeated. IV bullets (Nhiệm vụ và giải pháp without bodies) restate the Phụ lục rows ('Chi tiết … tại "
        "Phụ lục') → recorded once, as rows (corpus12 2200 rule). V.n headings give the addressees of their '-' bullets (one entry each): V.3 "
        "'Các Bộ: Công Thương, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Xây dựng' and V.4 'Các Bộ: Công an, Kế hoạch và Đầu "
        "tư, Thông tin và truyền thông, Ngân hàng Nhà nước Việt Nam' are split into CONSTRUCTED 'Bộ …' names ('Bộ Thông tin và truyền thông' "
        "keeps the heading's lower case; Ngân hàng Nhà nước is not a Bộ but listed under 'Các Bộ'). 'Chủ trì, phối hợp …' bullets → lead = the "
        "heading's bodies, support = the partners as printed (classes such as 'các bộ, ngành, cơ quan có liên quan' not split). V.1 bullet 5: due "
        "recurring with cycle null for 'định kỳ 5 năm/lần' (no 5-year cycle in the schema; its first part 'vào cuối giai đoạn thí điểm' is an "
        "event, not dated here), report_to Thủ tướng Chính phủ ('báo cáo' as a verb → product null). V.2 bullet 2 and V.4 bullet 2 'trình/báo "
        "cáo cấp có thẩm quyền' → report_to 'cấp có thẩm quyền'. V.3 bullet 3: 'lập kế hoạch nhiệm vụ cụ thể hàng năm … gửi Bộ Tài nguyên và "
        "Môi trường, Bộ Kế hoạch và Đầu tư, Bộ Tài chính' → product 'kế hoạch', due recurring yearly ('hàng năm' describes the plans; "
        "DEBATABLE: null), report_to one string as printed. V.5 bullet 1 'Phối hợp với Bộ Tài nguyên và Môi trường …' → lead Bộ Tài nguyên và "
        "Môi trường (named chủ trì of 'triển khai thực hiện Đề án' in V.1; sonla-254 exception), support the provinces and 'các bộ, ngành liên "
        "quan' (DEBATABLE). V.5 bullet 2 'Trình Hội đồng nhân dân bố trí kinh phí' → report_to Hội đồng nhân dân. V.6 heading 'Liên đoàn Thương "
        "mại và Công nghiệp Việt Nam, các Hiệp hội và doanh nghiệp' → three addressees for bullets 2–3; bullet 1 names VCCI itself. V.7 (successor "
        "bodies take over the tasks) recorded for 'các bộ, ngành, cơ quan tiếp nhận nhiệm vụ' (DEBATABLE: a rule, not a task). Điều 3 execution "
        "article: officials → bodies ('Các Bộ trưởng' → 'các Bộ'; 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương' → the "
        "UBND class). "
        "PHỤ LỤC: one entry per row (42); group rows I–V are headings. addressees = the chủ trì cell split into bodies; lead the same; support the "
        "phối hợp cell split ('Bộ Tài nguyên và Môi trường và các bộ, ngành, cơ quan liên quan' → two). III.6/III.7 chủ trì cell 'Bộ Tài chính "
        "chỉ đạo Sở Giao dịch chứng khoán Việt Nam và Tổng Công ty lưu ký và bù trừ chứng khoán Việt Nam thực hiện' → lead Bộ Tài chính, "
        "addressees all three (DEBATABLE). V.5 chủ trì 'Bộ Tài nguyên và Môi trường và các Bộ, ngành đối với lĩnh vực quản lý nhà nước theo "
        "chức năng, nhiệm vụ' → ['Bộ Tài nguyên và Môi trường', 'các Bộ, ngành']. Deadlines: a year → period_end 31 Dec; a range '2025 - 2030' "
        "→ period_end of its last year (corpus13 rule); 'Thực hiện đến năm 2030 và theo kế hoạch phân bổ …' → 2030-12-31 (the rest in this "
        "note); 'Định kỳ 2 năm/lần, bắt đầu từ năm 2024' → recurring, cycle null; 'Thực hiện thường xuyên, liên tục' → continuous; III.6 "
        "'Trong 06 tháng kể từ khi …' → relative 6 months from the event; III.7 'Trong 18-24 tháng kể từ khi …' → relative 24 months (upper "
        "bound of the range, DEBATABLE); IV.3 'Đã hoàn thành' → due null (task already done; row still recorded); IV.4 '2022 - 2025 Các Bộ: … "
        "đã hoàn thành' → period_end 2025-12-31. Products are head nouns of what is made ('kế hoạch', 'quyết định', 'quy định', 'nghị định', "
        "'danh mục', 'phương án', 'quy trình', 'văn bản', 'tài liệu', III.5 'yêu cầu' (DEBATABLE)); systems, studies, proposals and activities "
        "→ null; 'báo cáo/trình cấp có thẩm quyền' → report_to 'cấp có thẩm quyền'; II.1 'trình Thủ tướng Chính phủ quyết định' → report_to "
        "Thủ tướng Chính phủ; III.6 'để Bộ Tài nguyên và Môi trường xem xét chấp thuận' → report_to Bộ Tài nguyên và Môi trường. Text_starts "
        "of rows are the first words of the task cell (I.6/I.7 share their first 12 words)."
    ),
}

# ---------------------------------------------------------------- quangninh-98
docs["quangninh-98-2025-qd-ubnd"] = {
    "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/2dd703fa6cbbc87b.md (read_file id 45832607398)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
    "number": "98",
    "symbol": "98/2025/QĐ-UBND",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Quảng Ninh",
    "date": "2025-11-21",
    "subject": "PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC DIỆN TÍCH CHUYÊN DÙNG CỦA CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ VÀ PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC DIỆN TÍCH CÔNG TRÌNH SỰ NGHIỆP CỦA ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NINH",
    "urgency": "",
    "recipients": [],
    "citations": [
        C("Luật", "72/2025/QH15", None, "", "legal_basis", name="Luật Tổ chức chính quyền địa phương"),
        C("Luật", "64/2025/QH15", None, "", "legal_basis", name="Luật Ban hành văn bản quy phạm pháp luật"),
        C("Luật", "87/2025/QH15", None, "", "legal_basis"),
        C("Luật", "15/2017/QH14", None, "", "legal_basis", name="Luật Quản lý, sử dụng tài sản công"),
        C("Luật", "64/2020/QH14", None, "", "legal_basis"),
        C("Luật", "07/2022/QH15", None, "", "legal_basis"),
        C("Luật", "24/2023/QH15", None, "", "legal_basis"),
        C("Luật", "31/2024/QH15", None, "", "legal_basis"),
        C("Luật", "56/2024/QH15", None, "", "legal_basis"),
        C("Luật", "90/2025/QH15", None, "", "legal_basis"),
        C("Nghị định", "78/2025/NĐ-CP", "2025-04-01", "", "legal_basis"),
        C("Nghị định", "187/2025/NĐ-CP", None, "", "legal_basis"),
        C("Nghị định", "155/2025/NĐ-CP", "2025-06-16", "", "legal_basis"),
        C("Tờ trình", "8195/TTr-STC", "2025-10-31", "Sở Tài chính", "mentions"),
        C("Báo cáo", "294/BC-STP", "2025-09-12", "Sở Tư pháp", "mentions"),
        C("Công văn", "1890/STP-VB&TDTHPL", "2025-10-24", "Sở Tư pháp", "mentions"),
        C("Quyết định", "59/2024/QĐ-UBND", "2024-12-09", "Ủy ban nhân dân tỉnh", "replaces"),
        C("Quyết định", "58/2024/QĐ-UBND", "2024-12-09", "Ủy ban nhân dân tỉnh", "replaces"),
    ],
    "page_mentions": ["Quyết định 98/2025/QĐ-UBND", "Nghị định 13/2023/NĐ-CP"],
    "truncated": False,
    "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Vũ Văn Diện"},
    "distribution": [
        "Bộ Tài chính; (Báo cáo)", "Cục Kiểm tra VBQPPL, Bộ Tư pháp; (Báo cáo)", "TT Tỉnh ủy, TT HĐND tỉnh; (Báo cáo)",
        "Đoàn đại biểu Quốc hội tỉnh; (Báo cáo)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành, tổ chức, đoàn thể của tỉnh",
        "Ủy ban nhân dân các xã, phường, đặc khu", "Báo và phát thanh, truyền hình", "Cổng thông tin điện tử tỉnh (công báo)",
        "V0, V1-4, CVNCTH", "Lưu: VT, TM6",
    ],
    "obligations": [
        O("Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp công lập (trừ", "Điều 6.1",
          ["các cơ quan chuyên môn", "đơn vị sự nghiệp công lập", "tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh",
           "Ủy ban nhân dân cấp xã", "các cơ quan, tổ chức, cá nhân khác có liên quan"]),
        O("Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc, các cơ", "Điều 6.3",
          ["các cơ quan, tổ chức, đơn vị"], rt="Ủy ban nhân dân tỉnh", via="Sở Tài chính"),
    ],
    "notes": (
        "TEXT: the whole stored file (12,211 code points = total_chars): a thuvienphapluat page as crawled by tnt305/tai_lieu_noi_bo — copyright "
        "chrome, metadata block (Số hiệu … Tình trạng), the document with header/Nơi nhận/signature cells one line each between '|' lines, then "
        "page chrome (related-documents dates, comparison help, address, the Nghị định 13/2023/NĐ-CP data-protection notice → page_mentions). "
        "Issuer printed '**ỦY BAN NHÂN DÂN**' / 'TỈNH QUẢNG NINH'; 'Số:' and the number on separate lines; subject in upper case broken over lines "
        "('PHÂN' / 'CẤP …'), joined with single spaces. Signature '**TM. ỦY BAN NHÂN' / 'DÂN**' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' / 'Vũ Văn "
        "Diện'. Distribution entries keep their '; (Báo cáo)' tails as printed. "
        "CITATIONS: every numbered law/decree of the Căn cứ lines, including the amending laws/decrees nested in them with their own numbers "
        "(legal_basis); 78/2025 and 155/2025 have no 'của' issuer in their first full mention ('của Chính phủ' appears for 155 only in Điều 1); "
        "Tờ trình 8195/TTr-STC and the two Sở Tư pháp texts as mentions ('Theo đề nghị của …'), 1890/STP-VB&TDTHPL typed 'Công văn' (its type is "
        "not printed; DEBATABLE); 59/2024 and 58/2024 replaces (Điều 5.2). "
        "OBLIGATIONS: only Điều 6.1 (execution article; officials 'Thủ trưởng …' → bodies, the printed '(trừ đơn vị sự nghiệp công lập tự đảm "
        "bảo chi thường xuyên và chi đầu tư)' restriction dropped from the addressee) and Điều 6.3 (conditional report: 'nếu có phát sinh vướng "
        "mắc, các cơ quan, tổ chức, đơn vị phản ánh về Ủy ban nhân dân tỉnh (thông qua Sở Tài chính)' → report_to UBND tỉnh, via Sở Tài chính "
        "('thông qua' read as 'qua'), product and due null). Điều 3 and Điều 4 assign decision-making COMPETENCE (phân cấp: 'Sở Y tế, Sở Giáo "
        "dục và Đào tạo quyết định tiêu chuẩn, định mức …', 'Ủy ban nhân dân cấp xã quyết định …') — not recorded, as corpus12 left a designation "
        "article out (DEBATABLE: they could be obligations or permissions); Điều 5's transitional rule and Điều 6.2 (amended references apply) "
        "are not assignments."
    ),
}

# ---------------------------------------------------------------- laichau-89
docs["laichau-89-2025-qd-ubnd"] = {
    "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/518fe8ba9a6bd9dc.md (read_file id 45696270848)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
    "number": "89",
    "symbol": "89/2025/QĐ-UBND",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Lai Châu",
    "date": "2025-11-28",
    "subject": "PHÂN CẤP TUYỂN DỤNG VIÊN CHỨC, TIẾP NHẬN VÀO VIÊN CHỨC, THĂNG HẠNG CHỨC DANH NGHỀ NGHIỆP VIÊN CHỨC TRONG CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH LAI CHÂU",
    "urgency": "",
    "recipients": [],
    "citations": [
        C("Luật", "72/2025/QH15", None, "", "legal_basis", name="Luật Tổ chức chính quyền địa phương"),
        C("Luật", "58/2010/QH12", None, "", "legal_basis", name="Luật Viên chức"),
        C("Luật", "52/2019/QH14", None, "", "legal_basis"),
        C("Luật", "64/2025/QH15", None, "", "legal_basis", name="Luật Ban hành văn bản quy phạm pháp luật"),
        C("Luật", "87/2025/QH15", None, "", "legal_basis"),
        C("Nghị định", "78/2025/NĐ-CP", "2025-04-01", "Chính phủ", "legal_basis"),
        C("Nghị định", "187/2025/NĐ-CP", "2025-07-01", "Chính phủ", "legal_basis"),
        C("Nghị định", "115/2020/NĐ-CP", "2020-09-25", "Chính phủ", "legal_basis"),
        C("Nghị định", "85/2023/NĐ-CP", "2023-12-07", "Chính phủ", "legal_basis"),
    ],
    "page_mentions": ["Quyết định 89/2025/QĐ-UBND", "Nghị định 13/2023/NĐ-CP"],
    "truncated": False,
    "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Tống Thanh Hải"},
    "distribution": [
        "Như Điều 5", "Văn phòng Chính phủ", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính, Bộ Tư pháp",
        "Vụ Pháp chế, Bộ Nội vụ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Đoàn ĐBQH tỉnh",
        "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành tỉnh",
        "HĐND, UBND các xã, phường", "VP UBND tỉnh: V, C, CB", "Lưu: VT, Th2",
    ],
    "obligations": [
        O("Chủ tịch UBND cấp xã tổ chức triển khai, quán triệt thực hiện theo đúng", "Điều 3.1", ["UBND cấp xã"]),
        O("Giám đốc Sở Nội vụ tham mưu UBND tỉnh hướng dẫn, kiểm tra việc thực", "Điều 3.2", ["Sở Nội vụ"]),
        O("Trong quá trình thực hiện, nếu có vướng mắc UBND các xã, phường kịp", "Điều 4",
          ["UBND các xã, phường"], rt="Sở Nội vụ"),
        O("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ; Chủ tịch UBND các xã,", "Điều 5.2",
          ["Văn phòng UBND tỉnh", "Sở Nội vụ", "UBND các xã, phường", "các cơ quan, đơn vị có liên quan"]),
    ],
    "notes": (
        "TEXT: the whole stored file (9,918 code points = total_chars), a thuvienphapluat page as crawled by tnt305/tai_lieu_noi_bo (same chrome "
        "as quangninh-98: copyright lines, metadata block, cells one per line between '|', trailing page chrome with the Nghị định 13/2023/NĐ-CP "
        "notice → page_mentions). Issuer printed '**ỦY' / 'BAN NHÂN DÂN**' / '**TỈNH LAI CHÂU**'; place/date split '*Lai' / 'Châu, ngày 28 tháng "
        "11 năm 2025*'; signature '**TM.' / 'ỦY BAN NHÂN DÂN**' / 'KT. CHỦ TỊCH' / '**PHÓ CHỦ TỊCH**' / '**Tống Thanh Hải**'. "
        "CITATIONS: all numbered laws/decrees of the Căn cứ lines incl. nested amending ones (legal_basis); 187/2025/NĐ-CP dated 01/7/2025 here "
        "(its own date printed). 'Theo đề nghị của Giám đốc Sở Nội vụ' names no document. "
        "OBLIGATIONS: Điều 3.1 ('Chủ tịch UBND cấp xã' → the body 'UBND cấp xã', a class as printed in Điều 1.2.a's short form), Điều 3.2 ('Giám "
        "đốc Sở Nội vụ tham mưu UBND tỉnh hướng dẫn, kiểm tra' → Sở Nội vụ; report_to null: tham mưu is not a report), Điều 4 (conditional: 'nếu "
        "có vướng mắc UBND các xã, phường kịp thời phản ánh bằng văn bản về Sở Nội vụ' → report_to Sở Nội vụ, product and due null; 'kịp thời' "
        "is not 'ngay'), Điều 5.2 execution article (officials → bodies). Not recorded: Điều 2.2 a)–c) (the content of the decentralised "
        "competence of the Chủ tịch UBND cấp xã — DEBATABLE, as in quangninh-98), Điều 3.3 (the province's reserved power), Điều 5.1 (entry into "
        "force)."
    ),
}

# ---------------------------------------------------------------- ubtvqh-1659
docs["ubtvqh-1659-nq-ubtvqh15-2025"] = {
    "source": "https://github.com/dvhcvn/20250701/blob/1fe34bb35376aaad83e1179df87a6a92c33c3410/input/docs/1659_NQ-UBTVQH15.md (read_file id 9761495941)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "number": "1659",
    "symbol": "1659/NQ-UBTVQH15",
    "type": "Nghị quyết",
    "type_code": "NQ",
    "place": "Hà Nội",
    "date": "2025-06-16",
    "subject": "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA THÀNH PHỐ ĐÀ NẴNG NĂM 2025",
    "urgency": "",
    "recipients": [],
    "citations": [
        C("Hiến pháp", "", None, "", "legal_basis", name="Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        C("Nghị quyết", "203/2025/QH15", None, "", "legal_basis"),
        C("Luật", "72/2025/QH15", None, "", "legal_basis", name="Luật Tổ chức chính quyền địa phương"),
        C("Nghị quyết", "202/2025/QH15", "2025-06-12", "Quốc hội", "legal_basis"),
        C("Nghị quyết", "76/2025/UBTVQH15", "2025-04-14", "Ủy ban Thường vụ Quốc hội", "legal_basis"),
        C("Tờ trình", "402/TTr-CP", "2025-05-09", "Chính phủ", "mentions"),
        C("Đề án", "403/ĐA-CP", "2025-05-09", "Chính phủ", "mentions"),
        C("Báo cáo", "417/BC-UBPLTP15", "2025-06-03", "Ủy ban Pháp luật và Tư pháp", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "title": "CHỦ TỊCH", "name": "Trần Thanh Mẫn"},
    "distribution": [
        "Chính phủ", "Ban Tổ chức Trung ương", "Ủy ban TW Mặt trận Tổ quốc Việt Nam", "Kiểm toán nhà nước",
        "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP", "Cục Thống kê, Bộ Tài chính",
        "Thành ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN thành phố Đà Nẵng", "Lưu: HC, PLTP",
    ],
    "obligations": [
        O("Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị", "Điều 2.2",
          ["Các cơ quan theo thẩm quyền"], due=DT("từ ngày 01 tháng 7 năm 2025", "2025-07-01")),
        O("Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng, chính", "Điều 3.1",
          ["Chính phủ", "Hội đồng nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng",
           "chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp",
           "các cơ quan, tổ chức khác có liên quan"]),
        O("Giao Chính phủ, căn cứ vào Nghị quyết này và Đề án số 403/ĐA-CP", "Điều 3.2", ["Chính phủ"],
          due=DT("trước ngày 30 tháng 9 năm 2025", "2025-09-30")),
        O("đồng thời, khẩn trương triển khai công tác đo đạc, xác định phạm vi ranh", "Điều 3.2", ["Chính phủ"],
          product="hồ sơ"),
        O("Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và", "Điều 3.3",
          ["Hội đồng Dân tộc", "các Ủy ban của Quốc hội", "Đoàn đại biểu Quốc hội thành phố Đà Nẵng",
           "đại biểu Quốc hội thành phố Đà Nẵng"]),
    ],
    "notes": (
        "TEXT: pandoc Markdown of a .docx as stored by the repository dvhcvn/20250701 (simple-table header with '\\-' rules, hard-wrapped "
        "paragraphs, bold new unit names, a grid table for Nơi nhận / signature with the signer's name on the Nơi nhận row 'Việt Nam;'). The "
        "copy is 18,625 code points against total_chars 18,654 (29 fewer): reads at offsets 17,400, 18,000 and 18,560 show the display text "
        "matching the copy while the stored offsets run ahead — 26 of the missing code points lie before offset 18,000 and 3 between 18,000 and "
        "18,560, none in the last 94; the display most probably shows decomposed (NFD) Vietnamese letters of the stored file composed (NFC), so "
        "the copy has the same letters in composed form (not located one by one). State document of the Standing Committee of the National "
        "Assembly (UBTVQH); subject keeps its leading 'VỀ VIỆC' (corpus16's correction). Signature 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI' / 'CHỦ TỊCH' / "
        "'Trần Thanh Mẫn'; distribution entries are split over grid-table lines. "
        "CITATIONS: the Constitution by name (legal_basis) and the amending 203/2025/QH15 nested in its Căn cứ line; Tờ trình 402/TTr-CP and Đề "
        "án 403/ĐA-CP share the printed date 'ngày 09 tháng 5 năm 2025' (applied to both, DEBATABLE for 402) and the issuer 'Chính phủ' ('Xét đề "
        "nghị của Chính phủ tại …'); 417/BC-UBPLTP15 mentions. "
        "OBLIGATIONS: Điều 1 (the 93 arrangements) decides, assigns nothing. Điều 2.2 'Các cơ quan theo thẩm quyền khẩn trương thực hiện các công "
        "tác chuẩn bị cần thiết, bảo đảm để chính quyền địa phương … chính thức hoạt động từ ngày 01 tháng 7 năm 2025' → due date 2025-07-01 "
        "(the day by which the preparations must be done; DEBATABLE: a start date, null under the corpus5 rule). Điều 2.3 (old communes keep "
        "operating until …) is a transitional rule. Điều 3.1 execution: 'Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng' split "
        "with 'thành phố Đà Nẵng' distributed → 'Hội đồng nhân dân thành phố Đà Nẵng' CONSTRUCTED. Điều 3.2 split in two clauses: the area "
        "determination and publication 'trước ngày 30 tháng 9 năm 2025' (product null), and '; đồng thời, khẩn trương triển khai công tác đo "
        "đạc … để lập hồ sơ về địa giới' (product 'hồ sơ', no due). Điều 3.3 supervision by 'Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn "
        "đại biểu Quốc hội và đại biểu Quốc hội thành phố Đà Nẵng' → four addressees, 'thành phố Đà Nẵng' distributed to the Đoàn (CONSTRUCTED "
        "'Đoàn đại biểu Quốc hội thành phố Đà Nẵng'). The closing italic 'Nghị quyết này được … thông qua ngày 16 tháng 6 năm 2025' is the "
        "adoption line, not a deadline."
    ),
}

for name, d in docs.items():
    with open(os.path.join(D, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
with open(os.path.join(D, "figures.json"), "w", encoding="utf-8") as f:
    f.write(json.dumps({"documents": len(docs), "held_out": True}) + "\n")
print({k: len(v["obligations"]) for k, v in docs.items()}, sum(len(v["obligations"]) for v in docs.values()))
