#!/usr/bin/env python3
"""Writes corpus14/*.json (gold labels written by hand from the .txt files)."""
import json, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = "https://github.com/Trangsct/skill-sct/blob/"


def ob(text_start, section, addressees, lead=None, support=None, modality="obligation",
       due=None, product=None, report_to=None, via=None):
    return {"text_start": text_start, "section": section, "addressees": addressees,
            "lead": lead, "support": support, "modality": modality, "due": due,
            "product": product, "report_to": report_to, "via": via}


def pe(text, date):
    return {"text": text, "kind": "period_end", "date": date}


def cit(type_, symbol, date, issuer, relation, name=None, as_printed=None):
    c = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name:
        c["name"] = name
    if as_printed:
        c["as_printed"] = as_printed
    return c


DOCS = {}

# ---------------------------------------------------------------- 9416/VPCP-QHQT
DOCS["vpcp-9416-vpcp-qhqt-2023"] = {
    "source": TS + "88429fab8882d006cd490191b05fff5e15586323/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/CV-9416-VPCP-QHQT-30-11-2023-thoa-thuan-VN-Singapore.txt (read_file id 61289520749)",
    "kind": "state", "parent_issuer": "", "issuer": "VĂN PHÒNG CHÍNH PHỦ",
    "number": "9416", "symbol": "9416/VPCP-QHQT", "type": "Công văn", "type_code": "",
    "place": "Hà Nội", "date": "2023-11-30",
    "subject": "Thỏa thuận thí điểm thực hiện Điều 6 Thỏa thuận Paris về tín chỉ các bon Việt Nam - Singapore",
    "urgency": "", "recipients": ["Bộ trưởng Bộ Tài nguyên và Môi trường"],
    "citations": [cit("Thỏa thuận", "", None, "", "mentions", name="Thỏa thuận Paris")],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "title": "PHÓ CHỦ NHIỆM", "name": "Cao Huy"},
    "distribution": ["Như trên", "TTgCP, PTTg Trần Lưu Quang (để b/c)",
                     "VPCP: BTCN, các PCN: Nguyễn Xuân Thành, Cao Huy; Trợ lý TTpCP; Vụ TH, Cục QT, Cổng TTĐT",
                     "Lưu: VT, QHQT (2). GT"],
    "obligations": [
        ob("Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan", "¶2",
           ["Bộ Tài nguyên và Môi trường"], lead=["Bộ Tài nguyên và Môi trường"],
           support=["các cơ quan liên quan"]),
    ],
    "notes": "RENDERING: stored Markdown of the repository (a legal-database page converted to Markdown): header and Nơi nhận/signature are one-row pipe tables whose cells flatten their lines ('KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Cao Huy'), V/v and date in '*…*'; copy identical to the stored file (1,246 code points). HEADER: type inferred from the V/v line (công văn, no type word). Recipient as printed 'Bộ trưởng Bộ Tài nguyên và Môi trường' (the official; the obligation's addressee is the body). Citations: only the Paris Agreement by name (inside the subject); no numbered reference. Signature authority printed 'KT. BỘ TRƯỞNG, CHỦ NHIỆM' (the VPCP head's double title) and title 'PHÓ CHỦ NHIỆM'. Distribution: the last entry keeps the typist initials after the period ('Lưu: VT, QHQT (2). GT'). OBLIGATIONS: the PM's instruction paragraph ¶2 (¶1 = 'Ngày 17 tháng 11 năm 2023…'); due null ('khẩn trương' is no deadline); product null (the task is to negotiate and sign the Agreement and study a task force — no document asked for; DEBATABLE 'thỏa thuận'). The closing 'Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường biết, thực hiện./.' is the issuer's transmittal formula and is NOT recorded (DEBATABLE: a closing demand ¶3)."
}

# ---------------------------------------------------------------- 467/TB-VPCP
BTC = "Bộ Tài chính"
BTNMT = "Bộ Tài nguyên và Môi trường"
BNN = "Bộ Nông nghiệp và Phát triển nông thôn"
BTP = "Bộ Tư pháp"
TTG = "Thủ tướng Chính phủ"
DOCS["vpcp-467-tb-vpcp-2024"] = {
    "source": TS + "88429fab8882d006cd490191b05fff5e15586323/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/TB-467-TB-VPCP-14-10-2024-ket-luan-de-an-thi-truong-cac-bon.txt (read_file id 61305101357)",
    "kind": "state", "parent_issuer": "", "issuer": "VĂN PHÒNG CHÍNH PHỦ",
    "number": "467", "symbol": "467/TB-VPCP", "type": "Thông báo", "type_code": "TB",
    "place": "Hà Nội", "date": "2024-10-14",
    "subject": "KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Luật", "", None, "", "mentions", name="Luật Bảo vệ môi trường năm 2020"),
        cit("Nghị định", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "mentions"),
        cit("Thông báo", "09/TB-VPCP", "2024-01-11", "", "mentions"),
        cit("Thông báo", "328/TB-VPCP", "2024-07-16", "", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật ban hành văn bản quy phạm pháp luật"),
        cit("Quy chế", "", None, "Chính phủ", "mentions", name="Quy chế làm việc của Chính phủ"),
        cit("Luật", "", None, "", "mentions", name="Luật Lâm nghiệp"),
        cit("Đề án", "", None, "", "mentions", name="Đề án một triệu ha lúa chuyên canh chất lượng cao, phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng Sông Cửu Long đến năm 2030"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "title": "PHÓ CHỦ NHIỆM", "name": "Nguyễn Sỹ Hiệp"},
    "distribution": ["Thủ tướng Chính phủ", "Các Phó Thủ tướng Chính phủ",
                     "Các Bộ: CA, TC, TNMT, CT, GTVT, XD, NNPTNT, KHĐT",
                     "VPCP: BTCN, các PCN, Trợ lý, Thư ký PTTg Trần Hồng Hà, các Vụ: NN, CN, PL, QHQT, KTTH",
                     "Lưu: VT, NN (2)NXT"],
    "obligations": [
        ob("Bộ Tài chính thực hiện nghiêm các ý kiến chỉ đạo của", "2", [BTC], lead=[BTC],
           support=[BTNMT, BNN, BTP],
           due={"text": "trước ngày 20 tháng 10 năm 2024", "kind": "date", "date": "2024-10-20"},
           product="đề án", report_to=TTG),
        ob("Bộ Tài chính nghiên cứu kỹ lưỡng quy định của pháp luật hiện hành,", "2", [BTC]),
        ob("Bộ Tài chính căn cứ quy định của Luật Bảo vệ Môi trường 2020", "2", [BTC]),
        ob("Bộ Tài chính làm việc cụ thể, thống nhất với Bộ Tài nguyên", "2", [BTC]),
        ob("Bộ Tài chính chủ trì, phối hợp với Bộ Tài nguyên và Môi trường,", "2", [BTC],
           lead=[BTC], support=[BTNMT, BTP]),
        ob("Bộ Tài chính nghiên cứu kỹ chủ trương của Đảng, Luật Bảo vệ môi trường,", "2", [BTC]),
        ob("Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản", "2", [BNN],
           product="văn bản", report_to=BTC),
        ob("Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn thống nhất", "2", [BTC, BNN],
           due={"text": "trước khi trình Thủ tướng Chính phủ xem xét, quyết định", "kind": "relative",
                "relative": {"amount": 0, "unit": "day", "from": "trình Thủ tướng Chính phủ xem xét, quyết định (before)"}}),
        ob("Bộ Tài chính hoàn thiện dự thảo Quyết định của Thủ tướng Chính phủ", "3", [BTC],
           product="quyết định"),
    ],
    "notes": "RENDERING: stored Markdown (legal-database page → Markdown; header and Nơi nhận/signature as one-row pipe tables with flattened cells; date cell '*Hà Nội, ngày 14 tháng 10 năm 2024 *'); copy identical to the stored file (7,421 code points). HEADER: Thông báo kết luận of the Văn phòng Chính phủ (conclusions of Deputy PM Trần Hồng Hà); subject = the upper-case line after THÔNG BÁO, as printed; no Kính gửi (recipients []). Citations: the two earlier Thông báo kết luận (09/TB-VPCP, 328/TB-VPCP) have no issuer named with them (''); they are what Bộ Tài chính must implement, not what this notice implements → mentions (DEBATABLE implements). 'Luật Bảo vệ Môi trường 2020' and 'Luật Bảo vệ môi trường năm 2020' are the same law (listed once). Signature 'KT. BỘ TRƯỞNG, CHỦ NHIỆM' / 'PHÓ CHỦ NHIỆM' / 'Nguyễn Sỹ Hiệp'. Distribution: 'Các Bộ: …, KHĐT.' ends with '.' (dropped); last entry 'Lưu: VT, NN (2)NXT' with glued typist initials. OBLIGATIONS (9): item 1 is assessment and narrative (the law 'giao Bộ Tài chính chủ trì thành lập' is a narrative of an earlier assignment) → none. Item 2's first sentence: lead Bộ Tài chính (chủ trì), support split from 'các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp' → 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tư pháp' are constructed by the split but each occurs verbatim elsewhere in the text; due 'trước ngày 20 tháng 10 năm 2024'; product 'đề án' (hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ) report_to Thủ tướng Chính phủ. The three '- Về …:' bullets are topic headings, not entries; each assigning paragraph under them is one entry, section '2' (they share item 2's marker); their due is null although they are 'Trong đó' points of the item-2 task with its 20/10/2024 deadline (DEBATABLE: inherit the date). 'trao đổi, thống nhất với Bộ Tư pháp và Bộ Tài nguyên và Môi trường' / 'làm việc cụ thể, thống nhất với Bộ Tài nguyên và Môi trường' are not 'phối hợp' → support null (DEBATABLE). The NN&PTNT paragraph is split into two clauses (different addressees, product, deadline): 'khẩn trương có văn bản gửi Bộ Tài chính' (product văn bản, report_to Bộ Tài chính) and 'Bộ Tài chính, Bộ Nông nghiệp … thống nhất … trước khi trình Thủ tướng Chính phủ xem xét, quyết định' (relative due, before the submission). Item 3: product 'quyết định' (the draft Quyết định), report_to null (the submission to the PM is item 2's). The closing 'Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.' is the transmittal formula → not recorded (DEBATABLE)."
}

# ---------------------------------------------------------------- 07/CT-TTg
BKH = "Bộ Kế hoạch và Đầu tư"
BCT = "Bộ Công Thương"
BXD = "Bộ Xây dựng"
BNV = "Bộ Nội vụ"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
Q2 = lambda t: pe(t, "2012-06-30")
Q3 = lambda t: pe(t, "2012-09-30")
Q4 = lambda t: pe(t, "2012-12-31")
BN = "các Bộ, ngành liên quan"
BNDP = "các Bộ, ngành và địa phương liên quan"
DOCS["ttg-07-ct-ttg-2012"] = {
    "source": TS + "23aefafe7c9842911684663f3c34ed0ec31c78ec/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/CT-07-2012-TTg-chan-chinh-KKT-KCN-CCN.txt (read_file id 70735000007)",
    "kind": "state", "parent_issuer": "", "issuer": "THỦ TƯỚNG CHÍNH PHỦ",
    "number": "07", "symbol": "07/CT-TTg", "type": "Chỉ thị", "type_code": "CT",
    "place": "Hà Nội", "date": "2012-03-02",
    "subject": "CHẤN CHỈNH CÔNG TÁC QUẢN LÝ VÀ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC KHU KINH TẾ, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Chiến lược", "", None, "", "mentions", name="Chiến lược phát triển kinh tế - xã hội giai đoạn 2011 - 2020"),
        cit("Nghị định", "29/2008/NĐ-CP", "2008-03-14", "Chính phủ", "mentions"),
        cit("Quyết định", "105/2009/QĐ-TTg", "2009-08-19", "Thủ tướng Chính phủ", "mentions"),
        cit("Quyết định", "66/2009/QĐ-TTg", "2009-04-24", "Thủ tướng Chính phủ", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": [], "title": "THỦ TƯỚNG", "name": "Nguyễn Tấn Dũng"},
    "distribution": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
                     "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP", "VP BCĐ TW về phòng, chống tham nhũng",
                     "HĐND, UBND các tỉnh, TP trực thuộc TW", "Văn phòng Trung ương và các Ban của Đảng",
                     "Văn phòng Chủ tịch nước", "Hội đồng Dân tộc và các Ủy ban của Quốc hội",
                     "Văn phòng Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
                     "Kiểm toán Nhà nước", "Ủy ban Giám sát tài chính Quốc gia", "Ngân hàng Chính sách Xã hội",
                     "Ngân hàng Phát triển Việt Nam", "UBTW Mặt trận Tổ quốc Việt Nam",
                     "Cơ quan Trung ương của các đoàn thể",
                     "VPCP: BTCN, các PCN, Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo",
                     "Lưu: Văn thư, KTN (5b)"],
    "obligations": [
        ob("Chủ trì, phối hợp với Bộ, ngành liên quan rà soát, đánh giá", "1.a", [BKH], lead=[BKH],
           support=["Bộ, ngành liên quan"], due=Q3("trong quý III năm 2012"), product="nghị định",
           report_to="Chính phủ"),
        ob("Chủ trì, phối hợp với các Bộ, ngành, địa phương liên quan tiến hành", "1.b", [BKH], lead=[BKH],
           support=["các Bộ, ngành, địa phương liên quan"], due=Q4("trong quý IV năm 2012"),
           product="quy hoạch", report_to=TTG),
        ob("Chủ trì, phối hợp với các Bộ, ngành liên quan xây dựng Đề án", "1.c", [BKH], lead=[BKH],
           support=[BN], due=Q2("trong quý II năm 2012"), product="đề án", report_to=TTG),
        ob("Hàng năm, tiến hành rà soát các KCN thuộc diện hỗ trợ vốn", "1.d", [BKH],
           due={"text": "Hàng năm", "kind": "recurring", "cycle": "yearly"}),
        ob("Đến năm 2015, hoàn thành chương trình hỗ trợ có mục tiêu từ ngân sách", "1.d", [BKH],
           due=pe("Đến năm 2015", "2015-12-31")),
        ob("Xây dựng kết cấu hạ tầng KKT, KCN, CCN đúng tiến độ,", "1.đ", [BKH], support=[BNDP]),
        ob("Đa dạng hóa các hình thức huy động các nguồn vốn đầu tư phát triển", "1.đ", [BKH], support=[BNDP]),
        ob("Xử lý kiên quyết các dự án trong KKT, KCN, CCN hoạt động", "1.đ", [BKH], support=[BNDP]),
        ob("Thu hút đầu tư có chọn lọc, có định hướng theo ngành nghề", "1.đ", [BKH], support=[BNDP]),
        ob("Đảm bảo tính chặt chẽ trong quá trình tổ chức thẩm tra", "1.đ", [BKH], support=[BNDP]),
        ob("Xây dựng, trình Thủ tướng Chính phủ Đề án kiện toàn tổ chức bộ máy", "1.đ", [BKH],
           lead=[BNV], support=[BKH, BNDP], product="đề án", report_to=TTG),
        ob("Chủ trì, phối hợp với các Bộ, ngành và các địa phương", "2", [BCT], lead=[BCT],
           support=["các Bộ, ngành và các địa phương liên quan"], due=Q3("trong quý III năm 2012"),
           product="báo cáo", report_to=TTG),
        ob("Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư hướng dẫn, xử lý", "2", [BCT], lead=[BCT],
           support=[BKH], due=Q2("trong quý II năm 2012"), product="báo cáo", report_to=TTG),
        ob("Chủ trì, phối hợp với Bộ ngành liên quan đánh giá tình hình triển khai", "3", [BTNMT], lead=[BTNMT],
           support=["Bộ ngành liên quan"], due=Q4("trong quý IV năm 2012"), product="báo cáo", report_to=TTG),
        ob("Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Công Thương và", "3", [BTNMT], lead=[BTNMT],
           support=[BKH, BCT, BN], due=Q4("trong quý IV năm 2012"), product="báo cáo", report_to=TTG),
        ob("Chủ trì, phối hợp với các Bộ, ngành liên quan đánh giá tình hình", "4", [BXD], lead=[BXD],
           support=[BN], due=Q4("trong quý IV năm 2012"), product=None, report_to=TTG),
        ob("Chủ trì, phối hợp với các Bộ, ngành liên quan rà soát, đánh giá việc", "4", [BXD], lead=[BXD],
           support=[BN], due=Q3("trong quý III năm 2012"), product="báo cáo", report_to=TTG),
        ob("Chủ trì, phối hợp với các Bộ, ngành liên quan nghiên cứu, đánh giá", "5", [BTC], lead=[BTC],
           support=[BN], due=Q3("trong quý III năm 2012"), product="báo cáo", report_to=TTG),
        ob("Tăng cường theo dõi, đánh giá, hướng dẫn hoạt động của hệ thống", "6.a", [BNV]),
        ob("Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư và các Bộ, ngành", "6.b", [BNV], lead=[BNV],
           support=[BKH, BNDP], product="đề án", report_to=TTG),
        ob("Các Bộ, ngành liên quan khác trong phạm vi chức năng, nhiệm vụ, tăng cường", "7",
           ["Các Bộ, ngành liên quan khác"]),
        ob("Rà soát quy hoạch, thành lập và hoạt động của các KKT, KCN, CCN", "8.a", [UBT],
           due=Q2("trong quý II năm 2012"), product="báo cáo", report_to=BKH),
        ob("Tuân thủ nghiêm túc điều kiện, trình tự, thủ tục về quy hoạch,", "8.b", [UBT]),
        ob("Chỉ đạo Ban quản lý KKT, KCN và các sở, ngành liên quan tuân thủ", "8.c", [UBT]),
        ob("Chỉ đạo Ban quản lý KKT, KCN và các sở, ngành liên quan rà soát", "8.d", [UBT],
           due=Q3("trong quý III năm 2012"), product="báo cáo", report_to=BKH),
        ob("Chỉ đạo việc bố trí quỹ đất, quy hoạch, xây dựng các công trình", "8.đ", [UBT]),
        ob("Xử lý nghiêm các trường hợp KCN, CCN không chấp hành các quy định", "8.e", [UBT]),
        ob("Đối với các địa phương chưa ban hành Quy chế phối hợp", "8.g", [UBT],
           product="quy chế"),
        ob("Các Bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố", "9",
           ["Các Bộ, ngành", UBT], product="báo cáo", report_to=TTG),
        ob("Bộ Kế hoạch và Đầu tư chịu trách nhiệm hướng dẫn, theo dõi, đôn đốc", "9", [BKH],
           product="báo cáo", report_to=TTG),
    ],
    "notes": "RENDERING: the repository's automatic extraction of the .docx (first line is the repository's note '[Bản trích chữ tự động (docx) …]', kept); header cells joined by ' | ' ('Số: 07/CT-TTg | Hà Nội, ngày 02 tháng 03 năm 2012'), Nơi nhận and signature cells joined ('- Lưu: Văn thư, KTN (5b). | THỦ TƯỚNG'); copy identical to the stored file (13,104 code points). HEADER: a State CHỈ THỊ of the Prime Minister; subject without its leading 'VỀ VIỆC' (treated like V/v, DEBATABLE); no Kính gửi (recipients []); the addressees are named in the opening paragraph. Signature: no authority line, title 'THỦ TƯỚNG'. Citations all 'mentions' (the Chỉ thị implements no named document; the Chiến lược is the goal it serves, DEBATABLE implements). OBLIGATIONS (30): the opening 'Thủ tướng Chính phủ yêu cầu các Bộ trưởng, … Chủ tịch Ủy ban nhân dân các tỉnh … thực hiện các nhiệm vụ sau đây:' is a lead-in (not an entry). Items 1–8 are headed by the body ('1. Bộ Kế hoạch và Đầu tư:'), inherited by their lettered items and '-' bullets; section = marker path ('1.a', '1.đ', '8.g'; bullets of 2/3/4 share '2'/'3'/'4'; item 5 is a single paragraph). Quarters → period_end (quý II 2012-06-30, quý III 2012-09-30, quý IV 2012-12-31). 'trình Chính phủ/Thủ tướng Chính phủ' and 'báo cáo Thủ tướng Chính phủ' → report_to; 'báo cáo' items product 'báo cáo'. Support classes kept as classes, not split ('các Bộ, ngành, địa phương liên quan', 'các Bộ, ngành và địa phương liên quan'; DEBATABLE: split into Bộ / ngành / địa phương). 1.a product 'nghị định' (dự thảo Nghị định) report_to 'Chính phủ'. 1.b product 'quy hoạch' (rà soát, điều chỉnh Quy hoạch … trình Thủ tướng Chính phủ phê duyệt); its second sentence 'yêu cầu tạm dừng việc bổ sung quy hoạch, thành lập mới các KKT, KCN … cho đến khi có chỉ đạo' (a suspension addressed to no named body) is NOT a separate entry (DEBATABLE: prohibition), likewise the same suspension sentence for CCN in item 2's first bullet. 1.d split into two clauses: 'Hàng năm …' recurring yearly, and 'Đến năm 2015, hoàn thành …' period_end 2015-12-31 (DEBATABLE: 'đến năm 2015' as a deadline). 1.đ lead-in 'Phối hợp với các Bộ, ngành và địa phương liên quan chỉ đạo, hướng dẫn triển khai:' gives each of its six '-' bullets support [the class] and lead null; for the sixth bullet (Đề án kiện toàn tổ chức bộ máy) the same document names Bộ Nội vụ chủ trì with Bộ Kế hoạch và Đầu tư phối hợp (6.b) → lead [Bộ Nội vụ], support [Bộ Kế hoạch và Đầu tư, the class] (sonla-254 rule, DEBATABLE). Item 4 first bullet: product null ('đề xuất sửa đổi, bổ sung Quyết định số 66/2009/QĐ-TTg …, trình Thủ tướng Chính phủ' — a proposal, no head noun; DEBATABLE 'quyết định'). Item 8 heading has no colon ('8. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'); 8.a and 8.d report to 'Bộ Kế hoạch và Đầu tư (đối với KKT, KCN) và Bộ Công Thương (đối với CCN)' — report_to records the first body only (Bộ Công Thương is the second, by case; DEBATABLE: a list). 8.b is one paragraph of three sentences (tuân thủ … / Kiên quyết thu hồi … / Tập trung chỉ đạo …) with no deadline → one entry. 8.g addressed to 'các địa phương chưa ban hành Quy chế phối hợp …' within item 8 → addressee the heading's (DEBATABLE), product 'quy chế', due null ('cần sớm ban hành'). Item 9: addressees 'Các Bộ, ngành' and 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'; 'theo đúng tiến độ' is no deadline (due null); 'đồng thời gửi Bộ Kế hoạch và Đầu tư để tổng hợp' (a copy) not a second report_to. The unnumbered closing paragraph 'Bộ Kế hoạch và Đầu tư chịu trách nhiệm hướng dẫn, theo dõi, đôn đốc …, kịp thời báo cáo Thủ tướng Chính phủ …' follows item 9 without a marker → section '9' (DEBATABLE: ¶N), product 'báo cáo', due null ('kịp thời')."
}

# ---------------------------------------------------------------- 1153/BNNMT-QLĐĐ
HDT = "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương"
BNNMT = "Bộ Nông nghiệp và Môi trường"
DOCS["bnnmt-1153-bnnmt-qldd-2026"] = {
    "source": TS + "23aefafe7c9842911684663f3c34ed0ec31c78ec/dat-dai-sct-vn/skills/dat-dai-sct-vn/van-ban-goc/trung-uong/CV-1153-BNNMT-QLDD-03-02-2026-trien-khai-ND-49.txt (read_file id 70597854107; first 3,753 of 176,527 code points)",
    "kind": "state", "parent_issuer": "", "issuer": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "number": "1153", "symbol": "1153/BNNMT-QLĐĐ", "type": "Công văn", "type_code": "",
    "place": "Hà Nội", "date": "2026-02-03",
    "subject": "triển khai Nghị định số 49/2026/NĐ-CP của Chính phủ",
    "urgency": "", "recipients": [HDT, UBT],
    "citations": [
        cit("Nghị định", "49/2026/NĐ-CP", "2026-01-31", "Chính phủ", "implements"),
        cit("Nghị quyết", "254/2025/QH15", "2025-12-11", "Quốc hội", "mentions"),
        cit("Văn bản", "10596/BNNMT-QLĐĐ", "2026-12-19", "Bộ Nông nghiệp và Môi trường", "mentions"),
        cit("Nghị định", "50/2026/NĐ-CP", "2026-01-31", "Chính phủ", "mentions"),
        cit("Quyết định", "3380/QĐ-BNNMT", "2025-08-25", "", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": [], "title": "BỘ TRƯỞNG", "name": "Trần Đức Thắng"},
    "distribution": ["Như trên", "Thủ tướng Chính phủ (để báo cáo)", "PTTgCP Trần Hồng Hà (để báo cáo)",
                     "TT Nguyễn Thị Phương Hoa", "Văn phòng Chính phủ", "Các Bộ: Tư pháp, Tài chính, Xây dựng",
                     "Các Sở: NN&MT, TP, TC, XD", "Văn phòng Bộ (để đăng tải trên Cổng thông tin)",
                     "Báo Nông nghiệp và Môi trường", "Lưu: VT, QLĐĐ(CSPC, hue)"],
    "obligations": [
        ob("Bố trí nguồn lực để tổ chức triển khai thi hành trên", "1", [HDT, UBT]),
        ob("Tập trung tổ chức thực hiện Nghị quyết số 254/2025/QH15 và Nghị định số", "2", [HDT, UBT],
           product="quy định"),
        ob("Kịp thời báo cáo về Bộ Nông nghiệp và Môi trường những khó khăn,", "3", [HDT, UBT],
           product="báo cáo", report_to=BNNMT),
        ob("Bộ Nông nghiệp và Môi trường trân trọng đề nghị Hội đồng nhân dân,", "¶7", [HDT, UBT]),
    ],
    "notes": "RENDERING: the repository's automatic extraction of the .docx (first line the repository's note '[Bản trích chữ tự động (docx) …]', kept): header cells joined by ' | ', tabs before the numbered items, the Kính gửi cell 'Kính gửi: | - Hội đồng nhân dân …', Nơi nhận and signature cells joined ('- Lưu: VT, QLĐĐ(CSPC, hue). | BỘ TRƯỞNG'). The stored file (176,527 code points) continues with Phụ lục I–II (TTHC tables and procedure texts); the copy is its first 3,753 code points: the letter complete through the signature, then the start of Phụ lục I up to its first table row (cut there on purpose; checked against read_file at offset 3,700). 'truncated' false (the letter is complete; only the annex is cut). HEADER: issuer printed on two lines 'BỘ NÔNG NGHIỆP VÀ ' / 'MÔI TRƯỜNG' (joined). Recipients = the two Kính gửi lines. Citations: 49/2026/NĐ-CP implements (subject 'triển khai Nghị định số 49'); 254/2025/QH15 mentions (first mention a narrative 'Quốc hội đã ban hành', DEBATABLE implements); Văn bản 10596/BNNMT-QLĐĐ date as printed 'Ngày 19/12/2026' (after this letter's own date; evidently 2025 — recorded as printed, DEBATABLE); 3380/QĐ-BNNMT only in the annex table rows (issuer ''); the annex's 2304/QĐ-BNNMT etc. are beyond the copy. Luật Đất đai only inside other documents' titles → not listed. Signature: no authority line, title 'BỘ TRƯỞNG'. OBLIGATIONS (4): the lead-in 'Bộ Nông nghiệp và Môi trường đề nghị Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố khẩn trương thực hiện các nhiệm vụ sau:' gives items 1–3 their addressees, recorded in the Kính gửi form ('Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'; the lead-in itself omits 'trực thuộc Trung ương', DEBATABLE). 'khẩn trương' / 'sớm' / 'Kịp thời' are no deadlines (due null). Item 2 product 'quy định' ('Đề nghị sớm ban hành quy định về trình tự, thủ tục hành chính về đất đai'); its unnumbered follow-up paragraph 'Đối với trình tự, thủ tục … cần căn cứ vào Nghị định số 50/2026/NĐ-CP …' is guidance inside item 2, not a separate entry (DEBATABLE). Item 3 report_to Bộ Nông nghiệp và Môi trường ('báo cáo về'). Closing demand 'trân trọng đề nghị … quan tâm thực hiện./.' recorded as ¶7 (¶1 'Ngày 11/12/2025…', ¶2 'Để bảo đảm…', ¶3–¶4 items 1–2, ¶5 'Đối với…', ¶6 item 3)."
}

# ---------------------------------------------------------------- 1680/QĐ-UBND Nam Định
DOCS["namdinh-1680-qd-ubnd-2017"] = {
    "source": "GitHub, read_file id 59852657498 (a Python test file, 2,472 code points; read_file did not give its repository, path or commit; found by find_string 'chịu trách nhiệm thi hành Quyết định này./.')",
    "kind": "state", "parent_issuer": "", "issuer": "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
    "number": "1680", "symbol": "1680/QĐ-UBND", "type": "Quyết định", "type_code": "QĐ",
    "place": "Nam Định", "date": "2017-07-27",
    "subject": "CÔNG BỐ DANH MỤC “VĂN BẢN QUY PHẠM PHÁP LUẬT DO UBND TỈNH BAN HÀNH” HẾT HIỆU LỰC TOÀN BỘ",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Luật", "", "2015-06-19", "", "legal_basis", name="Luật Tổ chức chính quyền địa phương"),
        cit("Luật", "", "2015-06-22", "", "legal_basis", name="Luật Ban hành văn bản quy phạm pháp luật"),
        cit("Nghị định", "34/2016/NĐ-CP", "2016-05-14", "Chính phủ", "legal_basis"),
        cit("Tờ trình", "34/TTr-STP", "2017-07-26", "Sở Tư pháp", "mentions"),
        cit("Quyết định", "3443/2004/QĐ-UBND", "2004-12-25", "", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN"], "title": "CHỦ TỊCH", "name": "Phạm Đình Nghị"},
    "distribution": ["Bộ Tư pháp (Cục Kiểm tra VBQPPL)", "Như Điều 3", "Website của tỉnh và VPUBND tỉnh",
                     "Công báo tỉnh", "Lưu VP1, VP6, VP8"],
    "obligations": [
        ob("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp, Giám đốc, Thủ trưởng các", "Điều 3",
           ["Văn phòng UBND tỉnh", "Sở Tư pháp", "các sở, ban, ngành trong tỉnh",
            "UBND các huyện và thành phố Nam Định", "các tổ chức và cá nhân có liên quan"]),
    ],
    "notes": "SOURCE/RENDERING: the only copy found is a string literal (txt = \"\"\" … \"\"\") inside a Python test file of a public GitHub repository (a metadata-extraction project); the .txt is the literal's content exactly (1,688 code points: from 'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH -------' to '… Ban hành quy định chế độ t'), without the surrounding Python code (the opening newline after the quotes and the closing '\\n    ' dropped). It is a web-page text: flattened header lines ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  ---------------'), the Nơi nhận list on one line ('Nơi nhận: - Bộ Tư pháp (Cục Kiểm tra VBQPPL); - Như Điều 3; …'), signature on one line ('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH     Phạm Đình Nghị'), then the annexed Danh mục with one table cell per line, CUT inside its first row ('Ban hành quy định chế độ t') by the file's author. 'truncated' false: the Quyết định runs complete to its signature; only the annex is cut (DEBATABLE). Repository/path/commit not shown by read_file (provenance by id only). HEADER: subject without 'V/V' (printed upper case 'V/V CÔNG BỐ …', quotes “ ” kept). Citations: the two laws by name with their dates (legal_basis); Tờ trình 34/TTr-STP ('Xét đề nghị của Sở Tư pháp tại Tờ trình …') mentions; 3443/2004/QĐ-UBND is the first (cut) row of the annexed list of repealed documents (mentions). OBLIGATIONS (1): the execution article Điều 3, no due. Addressees: officials → bodies: 'Chánh Văn phòng UBND tỉnh' → 'Văn phòng UBND tỉnh', 'Giám đốc Sở Tư pháp' → 'Sở Tư pháp', 'Giám đốc, Thủ trưởng các sở, ban, ngành trong tỉnh' → 'các sở, ban, ngành trong tỉnh', 'Chủ tịch UBND các huyện và thành phố Nam Định' → 'UBND các huyện và thành phố Nam Định'; 'các tổ chức và cá nhân có liên quan' kept as a class. Điều 1 (công bố) and Điều 2 (hiệu lực) assign nothing."
}

# ---------------------------------------------------------------- 3109/BCT-KHCN (OCR)
SCT = "Sở Công Thương các tỉnh/thành phố"
DOCS["bct-3109-bct-khcn-2018"] = {
    "source": TS + "e3d29a7e19333e8271274f219ace1977e1d857be/attp-sct-vn/skills/attp-sct-vn/van-ban-goc/2018.04.20%203109.BCT.KHCN%20Cong%20van%20huong%20dan%20thuc%20hien%20cong%20tac%20quan%20ly%20an%20toan%20thuc%20pham.txt (read_file id 70068436735)",
    "kind": "state", "parent_issuer": "", "issuer": "BỘ CÔNG THƯƠNG",
    "number": "", "symbol": "", "symbol_as_printed": "34ÚŸ  mCT-KHCN",
    "type": "Công văn", "type_code": "",
    "place": "Hà Nội", "date": None,
    "subject": "",
    "urgency": "", "recipients": [SCT],
    "citations": [
        cit("Nghị định", "15/2018/NĐ-CP", "2018-02-02", "Chính phủ", "mentions", as_printed="15/2018/NĐ-\n1 AVỨCP"),
        cit("Luật", "", None, "", "mentions", name="Luật An toàn thực phẩm"),
        cit("Nghị định", "38/2012/NĐ-CP", None, "", "mentions"),
        cit("Công văn", "2129/BCT-KHCN", "2018-03-31", "Bộ Công Thương", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật Doanh nghiệp"),
        cit("Thông tư", "57/2015/TT-BCT", "2015-12-31", "Bộ Công Thương", "mentions"),
        cit("Nghị định", "08/2018/NĐ-CP", "2018-01-15", "Chính phủ", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật ban hành văn bản quy phạm pháp luật"),
        cit("Nghị định", "105/2017/NĐ-CP", "2019-09-14", "", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": [], "title": "", "name": "Nguyễn Huy Hoàn"},
    "distribution": ["Như trên", "TTr. Trần Quốc Khánh (để b/c)", "Cục QLTT", "Vụ TTTN", "Lưu: VT, KHCN"],
    "obligations": [
        ob("Trên đây là một số ý kiến hướng dẫn thực hiện công tác", "¶18", [SCT]),
    ],
    "notes": "RENDERING: tesseract OCR of a 2-page scan kept by the repository (its first line '[OCR] [Bản trích chữ tự động bằng tesseract …]' and page markers '===== Trang 1 =====' kept); copy identical to the stored file (5,148 code points). Heavy OCR damage in the header: the number line reads 'số: 34ÚŸ  mCT-KHCN Hà Nội, ngày/Í0. tháng ƒnăm 2018' and the V/v block is garbled ('77v tướng đân Thực hiện công' / '1 Nư BAN À thực phẩm'); stamp/margin noise glued to line starts ('1 AVỨCP', '` @ định', 'lÿ đi MyKnh gửi:'). LABELS FROM THE TEXT ALONE: number and symbol are not legible → number '' and symbol '' with 'symbol_as_printed' the OCR string (the repository's FILE NAME says 3109.BCT.KHCN, 2018.04.20 — not used as a label; the file name is only in the repository's note line, which says 'từ bản quét 2018.04.20 3109.BCT.KHCN …'); date null (only the year 2018 is legible); subject '' (garbled). type Công văn (BCT letter, no type word). Recipient read through the noise: 'Sở Công Thương các tỉnh/thành phố'. Signature: the OCR lost the signature block except the name 'Nguyễn Huy Hoàn' (no authority/title printed). Citations: 15/2018/NĐ-CP first printed split 'Nghị định số 15/2018/NĐ-' / '1 AVỨCP' (later clean); 105/2017/NĐ-CP with the date printed 'ngày 14 tháng 9 năm 2019' (as printed; DEBATABLE); 38/2012/NĐ-CP is the decree Nghị định 15 replaced (not replaced by this letter) → mentions. OBLIGATIONS (1): the letter is guidance (answers on 5 points); the only assignment is the closing '… đề nghị Sở Công Thương các tỉnh/thành phố thực hiện theo chức năng quản lý nhà nước của đơn vị.' → ¶18 counting the printed paragraphs after Kính gửi as the original letter sets them (OCR line breaks ignored; item headings count; DEBATABLE). Statements of the law ('Các cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ phải tuân thủ …') are not obligations of the letter."
}


def main():
    for name, doc in DOCS.items():
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": len(DOCS), "held_out": True}, f)
        f.write("\n")
    print(len(DOCS), "documents,", sum(len(d["obligations"]) for d in DOCS.values()), "obligations")


if __name__ == "__main__":
    main()
