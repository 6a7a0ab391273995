from lib import Doc, d_date, d_pe, d_cont, d_rec, cit, src

D = Doc("bnnmt-2200-qd-bnnmt-2026")
LN = "Cục Lâm nghiệp và Kiểm lâm"
LN2 = "Cục Lâm nghiệp và Cục Kiểm lâm"
SNN = "Sở Nông nghiệp và Môi trường"
SNNt = "Sở Nông nghiệp và Môi trường các tỉnh"
CQ = "các cơ quan, đơn vị có liên quan"

D.ob("Chánh Văn phòng Bộ, Cục trưởng", "Điều 3",
     ["Văn phòng Bộ", LN, "Cục Biến đổi khí hậu", "Vụ Pháp chế", "Vụ Hợp tác quốc tế", "Vụ Kế hoạch - Tài chính", CQ])
D.ob("Cục Lâm nghiệp và Kiểm lâm có trách nhiệm tham mưu", "KH III.1", [LN])
D.ob("Cục Biến đổi khí hậu phối hợp thực hiện", "KH III.2", ["Cục Biến đổi khí hậu"], lead=[LN],
     support=["Cục Biến đổi khí hậu"])
D.ob("Hằng năm, các cơ quan được phân công chủ trì", "KH III.3",
     ["các cơ quan được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này"],
     due=d_rec("Hằng năm", "yearly"), product="danh mục")
D.ob("Trong quá trình thực hiện, nếu phát hiện khó khăn", "KH III.4", ["các cơ quan, đơn vị"],
     report_to="Bộ Nông nghiệp và Môi trường", via=LN)


def row(ts, sec, lead, support, due, product=None):
    D.ob(None, "KH Phụ lục " + sec, lead, lead=lead, support=support, due=due, product=product, ts=ts)


Q34 = d_pe("Quý III, IV/2026", "2026-09-30")
TX = d_cont("Thường xuyên")
row("Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan,", "1.a", [LN], ["Vụ Pháp chế", CQ], Q34)
row("Tổ chức các hội nghị, hội thảo chuyên đề phổ biến, hướng dẫn thực hiện", "1.b", [LN, SNN], ["Vụ Pháp chế", CQ], Q34)
row("Tổ chức các chương trình truyền thông, các hình thức tuyên truyền phù hợp", "1.c", [LN, SNN],
    ["Các cơ quan, đơn vị có liên quan"], TX)
row("Xây dựng Thông tư quy định về phương pháp xác định mức chi trả", "2.a", [LN], ["Vụ Pháp chế", CQ],
    d_pe("Quý III/2026", "2026-09-30"), "thông tư")
row("Xây dựng kế hoạch thực hiện NDC lĩnh vực lâm nghiệp; xác định tiềm năng", "2.b", [LN],
    ["Cục Biến đổi khí hậu", "UBND cấp tỉnh", CQ], d_pe("Quý III, IV/2026, 2027", "2026-09-30"), "kế hoạch")
row("Xây dựng tiêu chuẩn các-bon rừng quốc gia và hướng dẫn xây dựng, đăng", "2.c",
    ["Viện Khoa học lâm nghiệp Việt Nam", LN], ["Vụ Khoa học và Công nghệ", CQ],
    d_pe("Quý IV/2026, 2027", "2026-12-31"), "tiêu chuẩn")
row("Xây dựng cơ sở dữ liệu về kiểm kê khí nhà kính", "2.d", [LN2], ["Cục Biến đổi khí hậu", CQ],
    d_pe("Quý IV/2026, 2027", "2026-12-31"), "cơ sở dữ liệu")
row("Rà soát, công bố và cập nhật danh mục các phương pháp tạo tín chỉ", "2.đ", [LN2], ["Cục Biến đổi khí hậu"],
    d_pe("Quý II, III/2026", "2026-06-30"), "danh mục")
row("Đàm phán, ký kết Thỏa thuận, Hợp đồng và tổ chức trao đổi, chuyển nhượng", "3", [LN2, SNNt],
    ["Cục Biến đổi khí hậu", "Vụ Hợp tác quốc tế", "Vụ Pháp chế", "các đơn vị có liên quan"], TX)
row("Huy động nguồn lực, thúc đẩy hợp tác quốc tế về dịch vụ hấp thụ", "4", [LN2, SNNt],
    ["Vụ Hợp tác quốc tế", CQ], TX)
row("Tổ chức theo dõi thi hành pháp luật; tổng hợp, đánh giá việc thực hiện", "5", [LN2, SNNt],
    ["Vụ Pháp chế", CQ], TX)

NOTES = (
    "TRANSCRIPTION: written from read_file's display of the stored file (a Markdown rendering of the signed document — "
    "pandoc-style pipe tables for the header and the Nơi nhận/signature row, '*…*' italics, '* *' empty paragraphs; the annex "
    "task table is a pipe-table header row followed by its cells one per line); code-point count identical (10,487). The "
    "file is kept in the Lào Cai Sở Công Thương repository as a central document received. "
    "HEADER: Quyết định of the Bộ Nông nghiệp và Môi trường (central) with its annexed Kế hoạch and the Kế hoạch's Phụ lục (task "
    "table). Issuer printed 'BỘ NÔNG NGHIỆP VÀ  MÔI TRƯỜNG' (double space). Subject as printed in upper case. Authority line "
    "'BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'. Signature cell 'KT. BỘ TRƯỞNG  THỨ TRƯỞNG     Nguyễn Quốc Trị'. Citations: "
    "35/2025/NĐ-CP legal_basis; 180/2026/NĐ-CP first fully mentioned in the upper-case subject ('BAN HÀNH KẾ HOẠCH TRIỂN KHAI "
    "THỰC HIỆN NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP …') → implements (DEBATABLE: it is also on a Căn cứ line → legal_basis); the "
    "Kế hoạch's own 'Kèm theo Quyết định số: 2200/QĐ-BNNMT' is the document's own number. "
    "OBLIGATIONS (16): Điều 3 execution article (officials → bodies: 'Chánh Văn phòng Bộ' → 'Văn phòng Bộ', 'Cục trưởng Cục …' "
    "→ the Cục, 'Vụ trưởng Vụ …' → the Vụ, 'Thủ trưởng các cơ quan, đơn vị có liên quan' → the class). Điều 1 (issuing) and 2 "
    "(entry into force) are not obligations. KẾ HOẠCH: I Mục đích/Yêu cầu not recorded. II NỘI DUNG TRIỂN KHAI (1.a–c, 2.a–đ, "
    "3, 4, 5) lists the SAME tasks that the Phụ lục table assigns row by row (chủ trì, phối hợp, thời gian) → recorded once, as "
    "the table rows (section 'KH Phụ lục' + row marker); the II items are not separate entries (DEBATABLE: they could be [] "
    "entries as in corpus11 KH-134 III). III.1 Cục Lâm nghiệp và Kiểm lâm (tham mưu, theo dõi, đôn đốc). III.2 'Cục Biến đổi khí "
    "hậu phối hợp thực hiện các nhiệm vụ liên quan đến NDC …' — the NDC task's chủ trì in the table (row 2.b) is Cục Lâm nghiệp "
    "và Kiểm lâm → lead [Cục Lâm nghiệp và Kiểm lâm], support [Cục Biến đổi khí hậu] (sonla-254 exception; DEBATABLE). III.3: "
    "the funding sentence is not an obligation; its second sentence 'Hằng năm, các cơ quan được phân công chủ trì … có trách "
    "nhiệm đề xuất danh mục nhiệm vụ, lập kế hoạch, dự toán và trình …' is (recurring yearly, product danh mục — first of "
    "'danh mục nhiệm vụ, kế hoạch, dự toán'; the addressee is a description kept verbatim). III.4 'nếu phát hiện khó khăn, "
    "vướng mắc, các cơ quan, đơn vị báo cáo Bộ Nông nghiệp và Môi trường (qua Cục Lâm nghiệp và Kiểm lâm)' → report_to the "
    "Bộ, via the Cục, product null and due null (conditional report, as in laocai-7432 item 3). PHỤ LỤC (11 rows; columns TT | "
    "Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện; group rows 1 and 2 are headings): "
    "addressees = lead = the chủ trì cell split at ',' / ';' into bodies; support = the phối hợp cell split likewise "
    "('Vụ Pháp chế; các cơ quan, đơn vị có liên quan' → two). The chủ trì cell 'Cục Lâm nghiệp và Cục Kiểm lâm' (rows 2.d, "
    "2.đ, 3, 4, 5; the same unit elsewhere written 'Cục Lâm nghiệp và Kiểm lâm') is kept as ONE body as printed (DEBATABLE: "
    "as written it names two Cục). Row 2.c's chủ trì cell 'Viện Khoa học lâm nghiệp Việt Nam, Cục / Lâm nghiệp và Kiểm lâm' is "
    "split by the rendering around the continuation of the Nội dung cell → lead ['Viện Khoa học lâm nghiệp Việt Nam', 'Cục "
    "Lâm nghiệp và Kiểm lâm'] (the second is verbatim elsewhere in the text only). Thời gian: 'Quý III, IV/2026' → period_end of "
    "the FIRST period (2026-09-30), the rest in notes (corpus5 rule for 'Quý IV/2013, Quý I/2014 và thường xuyên'; DEBATABLE "
    "2026-12-31); 'Quý III, IV/2026, 2027' → 2026-09-30; 'Quý IV/2026, 2027' → 2026-12-31; 'Quý II, III/2026' → 2026-06-30; "
    "'Quý III/2026' → 2026-09-30; 'Thường xuyên' → continuous. Products from the Nội dung cell: thông tư (2.a), kế hoạch (2.b), "
    "tiêu chuẩn (2.c), cơ sở dữ liệu (2.d), danh mục (2.đ). text_start of a row = the first words of its Nội dung cell."
)
n = D.write({
    "source": src("bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-2200-QD-BNNMT-10-6-2026-ke-hoach-trien-khai-ND-180.txt",
                  "88429fab8882d006cd490191b05fff5e15586323", "61179732162"),
    "kind": "state", "parent_issuer": "", "issuer": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "number": "2200",
    "symbol": "2200/QĐ-BNNMT", "type": "Quyết định", "type_code": "QĐ", "place": "Hà Nội", "date": "2026-06-10",
    "subject": "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21 THÁNG 5 NĂM 2026 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ DỊCH VỤ HẤP THỤ VÀ LƯU GIỮ CÁC-BON CỦA RỪNG",
    "urgency": "",
    "recipients": [],
    "citations": [
        cit("Nghị định", "180/2026/NĐ-CP", "2026-05-21", "Chính phủ", "implements"),
        cit("Nghị định", "35/2025/NĐ-CP", "2025-02-25", "Chính phủ", "legal_basis"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Nguyễn Quốc Trị"},
    "distribution": ["Như Điều 3", "Bộ trưởng Trịnh Việt Hùng (để báo cáo)", "Các đ/c Thứ trưởng", "Văn phòng Đảng ủy Bộ",
                     "Lưu: VT, LNKL"],
}, NOTES)
print(D.name, n)
