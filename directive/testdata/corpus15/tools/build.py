# Writes the gold JSON files of corpus15 and figures.json (this helper's own script).
import json, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."

def ob(ts, sec, adr, lead=None, sup=None, mod="obligation", due=None, prod=None, rep=None, via=None):
    ts = " ".join(ts.split()[:12])
    return {"text_start": ts, "section": sec, "addressees": adr, "lead": lead, "support": sup,
            "modality": mod, "due": due, "product": prod, "report_to": rep, "via": via}

def cit(t, s, d, i, r, name=None, ap=None):
    c = {"type": t, "symbol": s, "date": d, "issuer": i, "relation": r}
    if name: c["name"] = name
    if ap: c["as_printed"] = ap
    return c

docs = {}
SYT = ["Sở Y tế"]; XP = ["Ủy ban nhân dân xã, phường"]
docs["cantho-165-kh-ubnd-2025"] = {
 "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/a83fffe08d7aeed7.md (read_file id 46023414595)",
 "kind": "state", "parent_issuer": "", "issuer": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
 "number": "165", "symbol": "165/KH-UBND", "type": "Kế hoạch", "type_code": "KH", "place": "Cần Thơ",
 "date": "2025-11-21",
 "subject": "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Chỉ thị", "27/CT-TTg", "2024-08-15", "Thủ tướng Chính phủ", "implements"),
  cit("Công văn", "6676/BYT-CDS", "2024-10-29", "Bộ Y tế", "implements"),
  cit("Nghị quyết", "21-NQ/TW", "2017-10-25", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII", "mentions"),
  cit("Thông tư", "02/2021/TT-BYT", "2021-01-25", "Bộ trưởng Bộ Y tế", "mentions"),
  cit("Thông tư", "01/2021/TT-BYT", "2021-01-25", "Bộ trưởng Bộ Y tế", "mentions"),
  cit("Quyết định", "496/QĐ-TTg", "2021-03-30", "Thủ tướng Chính phủ", "mentions"),
  cit("Thông tư", "34/2023/TT-BYT", "2023-12-31", "Bộ trưởng Bộ Y tế", "mentions"),
  cit("Thông báo", "157/TB-VPCP", "2024-04-11", "Văn phòng Chính phủ", "mentions"),
  cit("Chương trình", "30-CTr/TU", "2017-12-29", "Thành ủy Cần Thơ", "mentions"),
  cit("Chương trình", "144-CTr/TU", "2018-01-22", "Ban Thường vụ Tỉnh ủy Hậu Giang", "mentions"),
  cit("Chương trình", "27-CTr/TU", "2018-03-12", "Ban Chấp hành Đảng bộ tỉnh Sóc Trăng", "mentions"),
  cit("Chỉ thị", "17-CT/TU", "2022-03-07", "Ban Thường vụ Tỉnh ủy Hậu Giang", "mentions"),
  cit("Kế hoạch", "53/KH-UBND", "2018-03-21", "UBND thành phố Cần Thơ", "mentions"),
  cit("Kế hoạch", "75/KH-UBND", "2018-07-09", "UBND tỉnh Sóc Trăng", "mentions", ap="75/KH- UBND"),
  cit("Nghị quyết", "137/NQ-CP", "2017-12-31", "Chính phủ", "mentions"),
  cit("Kế hoạch", "55/KH-UBND", "2018-04-10", "UBND tỉnh Hậu Giang", "mentions"),
  cit("Quyết định", "1679/QĐ-TTg", "2019-11-22", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "314/QĐ-TTg", "2020-02-28", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "537/QĐ-TTg", "2020-04-17", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "588/QĐ-TTg", "2020-04-28", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "1579/QĐ-TTg", "2020-10-13", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "1999/QĐ-TTg", "2020-12-07", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "2259/QĐ-TTg", "2020-12-30", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "520/QĐ-TTg", "2021-04-01", "Thủ tướng Chính phủ", "mentions"),
  cit("Quyết định", "1745/QĐ-TTg", "2025-08-15", "Thủ tướng Chính phủ", "mentions"),
  cit("Kết luận", "149-KL/TW", "2025-04-10", "Bộ Chính trị", "mentions"),
  cit("Quyết định", "2324/QĐ-BYT", "2020-06-05", "Bộ Y tế", "mentions"),
  cit("Quyết định", "403/QĐ-BYT", "2021-01-20", "Bộ Trưởng Bộ Y tế", "mentions"),
  cit("Quyết định", "2539/QĐ-BYT", "2021-05-24", "Bộ Y tế", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thị Ngọc Điệp"},
 "distribution": ["Văn phòng Chính phủ (để b/c)", "Bộ Y tế (để b/c)", "Cục Dân số (để b/c)", "TT. Thành ủy, TT.HĐND TP",
   "CT, PCT UBND TP", "UB.MTTQVN và các Đoàn thể TP", "Sở, ban ngành TP", "Báo và PTTH CT", "UBND xã, phường",
   "VP UBND TP (3C)", "Cổng TTĐT TP", "Lưu: VT, MK"],
 "obligations": [
  ob("Chủ trì, phối hợp với sở, ban, ngành, Ủy ban nhân dân xã, phường tăng cường", "II.1.a", SYT, lead=SYT, sup=["sở, ban, ngành", "Ủy ban nhân dân xã, phường"]),
  ob("Tổ chức sơ kết, tổng kết các chương trình, kế hoạch, đề án về", "II.1.b", SYT, prod="kế hoạch", rep="Ủy ban nhân dân thành phố"),
  ob("Phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức phổ biến", "II.1.c", SYT, sup=["Sở Tư pháp", "các cơ quan liên quan"], prod="nghị quyết", rep="Hội đồng nhân dân thành phố"),
  ob("Phối hợp với Sở Nội vụ và các cơ quan liên quan tham mưu, đề xuất", "II.1.d", SYT, sup=["Sở Nội vụ", "các cơ quan liên quan"]),
  ob("Tham mưu Ủy ban nhân dân thành phố kịp thời kiện toàn Ban Chỉ đạo Dân số", "II.1.đ", SYT),
  ob("Tiếp tục triển khai công tác chuyển đổi số trong hệ thống thông tin Dân số", "II.1.e", SYT),
  ob("Đẩy mạnh các hoạt động truyền thông, vận động giáo dục chuyển đổi hành vi", "II.1.g", SYT),
  ob("Phối hợp với Sở Y tế và các sở, ban, ngành, địa phương có liên quan", "II.2.a", ["Sở Tài chính"], sup=["Sở Y tế", "các sở, ban, ngành, địa phương có liên quan"]),
  ob("Căn cứ vào khả năng cân đối ngân sách hàng năm, phối hợp với Sở Y tế", "II.2.b", ["Sở Tài chính"], sup=SYT),
  ob("Phối hợp với Sở Y tế kiểm tra, giám sát việc sử dụng kinh phí", "II.2.c", ["Sở Tài chính"], sup=SYT),
  ob("Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các", "II.3", ["Sở Giáo dục và Đào tạo"]),
  ob("Chỉ đạo các cơ quan truyền thông, báo chí tăng thời lượng, nâng cao chất lượng", "II.4", ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Cần Thơ"], sup=SYT),
  ob("Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, chủ động phối hợp với", "II.5", ["Sở, ban, ngành liên quan"], sup=SYT),
  ob("Tiếp tục tổ chức triển khai thực hiện có hiệu quả các chủ trương, chính sách,", "II.6.a", XP),
  ob("Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành các văn bản", "II.6.b", XP, prod="văn bản"),
  ob("Kiện toàn Ban Chỉ đạo Dân số và Phát triển cấp xã, phân công nhiệm vụ", "II.6.c", XP, prod="quy chế"),
  ob("Phối hợp với Sở Y tế, Sở Nội vụ rà soát, củng cố, kiện toàn, ổn định", "II.6.d", XP, sup=["Sở Y tế", "Sở Nội vụ"]),
  ob("Tiếp tục quan tâm bố trí kinh phí cho hoạt động dân số theo phân cấp", "II.6.đ", XP),
  ob("Đổi mới mạnh mẽ nội dung, hình thức truyền thông, vận động công tác dân số", "II.6.e", XP),
  ob("Tăng cường kiểm tra, giám sát, tổng hợp đánh giá kết quả thực hiện các Nghị quyết,", "II.6.g", XP),
  ob("Phối hợp với các ngành, các cấp tăng cường các hoạt động tuyên truyền, vận động", "II.7", ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"], sup=["các ngành, các cấp"]),
  ob("Chủ trì phối hợp với các sở, ban, ngành liên quan tổ chức, triển khai thực hiện,", "III.1", SYT, lead=SYT, sup=["các sở, ban, ngành liên quan"]),
  ob("định kỳ tổng hợp, báo cáo Ủy ban nhân dân thành phố kết quả thực hiện", "III.1", SYT, due={"text": "định kỳ", "kind": "recurring", "cycle": None}, prod="báo cáo", rep="Ủy ban nhân dân thành phố"),
  ob("Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch", "III.2", ["Sở, ban, ngành thành phố", "Ủy ban nhân dân xã, phường"]),
  ob("Trong quá trình tổ chức thực hiện nếu có khó khăn, vướng mắc,", "III", ["các cơ quan, đơn vị và địa phương"], rep="Sở Y tế"),
 ],
 "notes": "STORED MARKDOWN (legal-database page converted by the repository's crawler; table cells flattened one per line between '|' lines, '**' bold, '*' italics, footnote markers [1]–[3] kept, footnotes after the signature). Copied whole: 16,816 code points = total_chars (two read_file pages, 16,000 + 816). Issuer lines 'ỦY BAN NHÂN DÂN' / 'THÀNH PHỐ CẦN THƠ' joined (the first line's closing '**' sits on its own line). Subject: the upper-case title lines after 'KẾ HOẠCH' (symbol printed 27/CT-TTG inside it; canonical 27/CT-TTg from the body). Signature 'TM. ỦY BAN NHÂN\\nDÂN ' joined. CITATIONS: 27/CT-TTg and 6676/BYT-CDS implement (opening 'Thực hiện …; Công văn số 6676 …' — the Công văn DEBATABLE: it is listed in the same 'Thực hiện' sentence); 21-NQ/TW 'Sau 8 năm triển khai thực hiện' → mentions (corpus13 precedent, DEBATABLE implements); all footnote references (programmes and plans of Thành ủy Cần Thơ, Tỉnh ủy Hậu Giang, Đảng bộ tỉnh Sóc Trăng, UBND Sóc Trăng/Hậu Giang; TTg decisions; BYT decisions) are mentions in order of first full mention; footnote [2] repeats the implemented directive as 'Chỉ thị số 27/CTTg ngày 15/7/2024' (dash lost, date differs from the body's 15/8/2024 — source inconsistency, not a new citation); 496/QĐ-TTg, 01/2021 and 02/2021/TT-BYT repeated in footnotes are listed once. 'Trung ương2 và 3' in II.1.b are footnote numbers glued to the word. OBLIGATIONS: I. MỤC ĐÍCH, YÊU CẦU not recorded (corpus13 precedent; I.2.c 'Căn cứ nhiệm vụ trong Kế hoạch, các đơn vị liên quan … xây dựng và triển khai phương án' is DEBATABLE). II items inherit the heading bodies (II.4 heading split at ';' into two bodies; II.7 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố' → obligation, the 'Đề nghị' of a body outside the UBND's hierarchy DEBATABLE). II.1.b product 'kế hoạch', report_to the UBND for 'tham mưu Ủy ban nhân dân thành phố ban hành … các kế hoạch' (DEBATABLE); II.1.c product 'nghị quyết', report_to HĐND thành phố for 'tham mưu Hội đồng nhân dân thành phố ban hành nghị quyết' (DEBATABLE, the paragraph also asks for dissemination); II.1.đ 'kịp thời' → due null; II.6.c product 'quy chế' (ban hành quy chế hoạt động, DEBATABLE). Support classes not split ('sở, ban, ngành'; 'các ngành, các cấp'). III.1 split into the chủ trì clause and the report clause 'định kỳ tổng hợp, báo cáo Ủy ban nhân dân thành phố …' (due recurring with cycle null, corpus13 rule; corpus12 would give null). Closing paragraph 'Trên đây là Kế hoạch …' recorded by its clause 'Trong quá trình tổ chức thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị và địa phương phản ánh về Sở Y tế …' (conditional report, corpus12 rule: report_to Sở Y tế, product and due null); section 'III' (unnumbered paragraph after III.2, DEBATABLE)."
}

docs["cantho-2610-qd-ubnd-2025"] = {
 "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/ce4ad96dbd9a518d.md (read_file id 45359442476)",
 "kind": "state", "parent_issuer": "", "issuer": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
 "number": "2610", "symbol": "2610/QĐ-UBND", "type": "Quyết định", "type_code": "QĐ", "place": "Cần Thơ",
 "date": "2025-11-24",
 "subject": "BAN HÀNH QUY CHẾ SỬ DỤNG VÀ VẬN HÀNH HỆ THỐNG LẤY Ý KIẾN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Luật", "", "2025-06-16", "", "legal_basis", name="Luật Tổ chức chính quyền địa phương"),
  cit("Luật", "", "2023-06-22", "", "legal_basis", name="Luật Giao dịch điện tử"),
  cit("Luật", "", "2006-06-29", "", "legal_basis", name="Luật Công nghệ thông tin"),
  cit("Luật", "", "2015-11-19", "", "legal_basis", name="Luật An toàn thông tin mạng"),
  cit("Quyết định", "749/QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ", "legal_basis"),
  cit("Quyết định", "942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ", "legal_basis"),
  cit("Kế hoạch", "46/KH-UBND", "2025-08-25", "Ủy ban nhân dân thành phố Cần Thơ", "legal_basis"),
  cit("Nghị quyết", "71/NQ-CP", "2025-04-01", "Chính phủ", "mentions"),
  cit("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Văn Khởi"},
 "distribution": ["Như Điều 3", "Bộ Khoa học và Công nghệ", "Thường trực Thành ủy", "Thường trực HĐND TP",
   "CT, các PCT UBND TP", "VP UBND TP (2, 3)", "Cổng TTĐT TP", "Lưu: VT, VHQ"],
 "obligations": [
  ob("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành thành phố; Chủ tịch Ủy ban", "Điều 3",
     ["Sở", "cơ quan, ban, ngành thành phố", "Ủy ban nhân dân xã, phường", "cơ quan, tổ chức và cá nhân có liên quan"]),
 ],
 "notes": "STORED MARKDOWN (same repository and crawler as cantho-165). CUT: the stored file (10,116 code points) is the Quyết định followed by its annexed Quy chế (17 articles); the copy is its first 2,061 code points, from the opening '|' to the signature cell's closing '|\\n' (the Quy chế's own duties — Điều 12–17 — are not in the copy). Issuer printed '**ỦY BAN NHÂN\\nDÂN **\\nTHÀNH PHỐ CẦN THƠ', joined; 'Số:' and the number on separate lines; place/date split 'Cần Thơ, ngày\\n24 tháng 11 năm 2025'. Issued by the Chủ tịch (signature 'KT. CHỦ TỊCH' without a 'TM.' line); issuer kept as the header line. Citations: the four laws by name and date (legal_basis); 71/NQ-CP and 57-NQ/TW are nested in the description of 46/KH-UBND with their own numbers → mentions. OBLIGATION: only the execution article. Addressees from officials: 'Giám đốc Sở' → 'Sở' (class as printed, DEBATABLE 'các Sở'), 'Thủ trưởng cơ quan, ban, ngành thành phố' → the bodies, 'Chủ tịch Ủy ban nhân dân xã, phường' → 'Ủy ban nhân dân xã, phường'; Điều 1 (issuing the Quy chế) and Điều 2 (entry into force) are not obligations."
}

BTNMT = ["Bộ Tài nguyên và Môi trường"]
docs["ttg-1803-qd-ttg-2015"] = {
 "source": "https://github.com/Trangsct/skill-sct/blob/317094e4e40db57d2a9d2cab8d0a54a65c544139/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-1803-QD-TTg-22-10-2015-du-an-PMR-WB.txt (read_file id 60812984564)",
 "kind": "state", "parent_issuer": "", "issuer": "THỦ TƯỚNG CHÍNH PHỦ",
 "number": "1803", "symbol": "1803/QĐ-TTg", "type": "Quyết định", "type_code": "QĐ", "place": "Hà Nội",
 "date": "2015-10-22",
 "subject": "PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT “CHUẨN BỊ SẴN SÀNG CHO XÂY DỰNG THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM” DO WB TÀI TRỢ",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Luật", "", "2001-12-25", "", "legal_basis", name="Luật Tổ chức Chính phủ"),
  cit("Nghị định", "38/2013/NĐ-CP", "2013-04-23", "Chính phủ", "legal_basis"),
  cit("Công văn", "7059/BKHĐT-KTĐN", "2015-09-29", "Bộ Kế hoạch và Đầu tư", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Hoàng Trung Hải"},
 "distribution": ["TTg CP, các PTTgCP", "Các Bộ: KHĐT, TC, TNMT, CT, XD", "Ngân hàng Nhà nước Việt Nam",
   "VPCP: BTCN, các PCN, Trợ lý TTgCP, các Vụ: TH, KTN, KTTH, KGVX, TGĐ Cổng TTĐT", "Lưu: VT, QHQT(3). AT. 33"],
 "obligations": [
  ob("Thực hiện các thủ tục để phê duyệt Dự án hỗ trợ kỹ thuật nói trên,", "Điều 2", BTNMT),
  ob("Chủ trì, điều phối và phối hợp với các Bộ: Kế hoạch và Đầu tư, Công Thương,", "Điều 2", BTNMT, lead=BTNMT,
     sup=["Bộ Kế hoạch và Đầu tư", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Tài chính"]),
  ob("Ngân hàng Nhà nước Việt Nam ký với WB Hiệp định Dự án hỗ trợ kỹ thuật", "Điều 3", ["Ngân hàng Nhà nước Việt Nam"], prod="hiệp định"),
  ob("Bộ trưởng các Bộ: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường,", "Điều 4",
     ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Tài nguyên và Môi trường", "Bộ Công Thương", "Bộ Xây dựng", "Ngân hàng Nhà nước Việt Nam", "các cơ quan liên quan"]),
 ],
 "notes": "STORED MARKDOWN from a legal-database page (repository's .txt: header, an allocation table and the Nơi nhận/signature as pipe tables, '*' italics; cells flatten their lines: 'THỦ TƯỚNG CHÍNH PHỦ -------', 'KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Hoàng Trung Hải', '* * *Nơi nhận:*'). Copied whole: 4,462 code points = total_chars. Central (Prime Minister) document, taken for lack of provincial ones (see README). Subject: the upper-case title after QUYẾT ĐỊNH (curly quotes kept). Citations: 'Xét đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số 7059/BKHĐT-KTĐN' → mentions. OBLIGATIONS: Điều 1 (approval and the project's facts, incl. 'Thời gian thực hiện Dự án: 36 tháng sau khi Văn kiện Dự án được phê duyệt') is not an assignment (DEBATABLE for the duration). Điều 2 lead-in 'Giao Bộ Tài nguyên và Môi trường:' inherited by its two '-' bullets; bullet 2 support CONSTRUCTED from 'các Bộ: Kế hoạch và Đầu tư, Công Thương, Xây dựng, Tài chính' (4 names not verbatim). Điều 3 product 'hiệp định'. Execution paragraph (second paragraph of Điều 4) addressees CONSTRUCTED from 'Bộ trưởng các Bộ: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường, Công Thương, Xây dựng' (5 Bộ names; 'Bộ Tài nguyên và Môi trường' is also verbatim elsewhere), 'Thống đốc Ngân hàng Nhà nước Việt Nam' → the bank, 'Thủ trưởng các cơ quan liên quan' → 'các cơ quan liên quan'. Distribution: the cell's last entry is 'Lưu: VT, QHQT(3). AT. 33' (typist mark kept)."
}

docs["bnn-1215-qd-bnn-tccb-2014"] = {
 "source": "https://github.com/Trangsct/skill-sct/blob/317094e4e40db57d2a9d2cab8d0a54a65c544139/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-1215-QD-BNN-TCCB-02-6-2014-quy-che-BCD-REDD.txt (read_file id 61360477614); rendered: pandoc docx round trip, see README",
 "kind": "state", "parent_issuer": "", "issuer": "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
 "number": "1215", "symbol": "1215/QĐ-BNN-TCCB", "type": "Quyết định", "type_code": "QĐ", "place": "Hà Nội",
 "date": "2014-06-02",
 "subject": "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO CHƯƠNG TRÌNH GIẢM PHÁT KHÍ THẢI NHÀ KÍNH THÔNG QUA NỖ LỰC HẠN CHẾ MẤT RỪNG VÀ SUY THOÁI RỪNG, QUẢN LÝ BỀN VỮNG TÀI NGUYÊN, BẢO TỒN VÀ TĂNG CƯỜNG TRỮ LƯỢNG CÁC BON RỪNG TẠI VIỆT NAM (UN-REDD) - GIAI ĐOẠN II",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Nghị định", "199/2013/NĐ-CP", "2013-11-26", "Chính phủ", "legal_basis"),
  cit("Nghị định", "38/2013/NĐ-CP", "2013-04-23", "Chính phủ", "legal_basis"),
  cit("Quyết định", "443/TTg-HTQT", "2010-03-16", "Thủ tướng Chính phủ", "legal_basis"),
  cit("Quyết định", "799/QĐ-TTg", "2012-06-27", "", "legal_basis"),
  cit("Quyết định", "1214/QĐ-TTg", "2013-07-23", "Thủ tướng Chính phủ", "legal_basis"),
  cit("Tuyên bố chung", "", "2012-11-05", "Chính phủ Nước Cộng hòa Xã hội Chủ nghĩa Việt Nam và Chính phủ Vương quốc Na Uy", "legal_basis", name="tuyên bố chung"),
  cit("Quyết định", "1724/QĐ-BNN-HTQT", "2013-07-29", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "legal_basis"),
  cit("Quyết định", "2226/QĐ-BNN-TCCB", "2013-09-30", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "legal_basis"),
  cit("Văn bản", "530/TCLN-VP", "2014-04-15", "Tổng cục Lâm nghiệp", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Hà Công Tuấn"},
 "distribution": ["Như Điều 3", "Bộ trưởng (để b/c)", "Các Bộ: Kế hoạch và Đầu tư, Tài chính, Ngoại giao, Tài nguyên và Môi trường",
   "Ngân hàng Nhà nước Việt Nam", "UBND các tỉnh Bắc Kạn, Lào Cai, Hà Tĩnh, Bình Thuận, Lâm Đồng, Cà Mau", "Lưu VT, TCCB.(50)"],
 "obligations": [
  ob("Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Vụ trưởng Vụ", "Điều 3",
     ["Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Vụ Hợp tác Quốc tế", "Vụ Kế hoạch", "Vụ Tài chính", "Tổng cục Lâm nghiệp",
      "Ủy ban nhân dân các tỉnh tham gia Chương trình", "Ban quản lý các Dự án Lâm nghiệp",
      "Ban quản lý Chương trình UN-REDD Việt Nam giai đoạn II", "các cơ quan, đơn vị liên quan thuộc Bộ",
      "các thành viên Ban chỉ đạo Chương trình"]),
 ],
 "notes": "RENDERED: pandoc Markdown from a pandoc-written .docx (src/bnn-1215-qd-bnn-tccb-2014.md → .docx → .txt). Source = the stored legal-database Markdown CUT after the Quyết định's signature table (first 3,898 code points of 22,015; the annexed Quy chế, 3 chapters/10 articles, is not copied). In the rendering the header table became a pandoc grid of dashes, the issuer's last word 'THÔN -------' wraps onto the next line beside the motto (issuer interleaved with the motto column), and every other line of the source (no blank lines between them) became ONE paragraph: title, 'BỘ TRƯỞNG …', the Căn cứ lines, QUYẾT ĐỊNH:, Điều 1–3 and the Nơi nhận/signature row with escaped pipes '\\|' and the separator '\\| --- \\| ---\\n\\|'; curly quotes turned straight. Subject: the title line (the source's own typo 'GIẢM PHÁT KHÍ THẢI' kept). Citations: '443/TTg-HTQT' is printed as 'Quyết định số 443/TTg-HTQT' (type kept as printed); the 5/11/2012 joint statement listed by name (no number, issuer the two governments, DEBATABLE); 'Trên cơ sở các Quyết định … số 1724 … số 2226' → legal_basis (DEBATABLE mentions); 'Xét đề nghị của Tổng cục Lâm nghiệp tại văn bản số 530/TCLN-VP' → mentions. OBLIGATION: only the execution article (Điều 1 issues the Quy chế, Điều 2 entry into force). Addressees from officials: 'Chánh Văn phòng Bộ' → 'Văn phòng Bộ', 'Vụ trưởng Vụ X' → 'Vụ X', 'Tổng cục trưởng Tổng cục Lâm nghiệp' → the Tổng cục, 'Chủ tịch Ủy ban nhân dân các tỉnh tham gia Chương trình' → the UBND class, 'Trưởng ban Ban quản lý …' / 'Giám đốc Ban quản lý …' → the Ban; 'các thành viên Ban chỉ đạo Chương trình' (persons) kept as a class (DEBATABLE)."
}

docs["bnnmt-699-qd-bnnmt-2026"] = {
 "source": "https://github.com/Trangsct/skill-sct/blob/88429fab8882d006cd490191b05fff5e15586323/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-699-QD-BNNMT-27-02-2026-thi-diem-phan-bo-han-ngach-2025-2026.txt (read_file id 60888032135); rendered: LibreOffice PDF text layer, see README",
 "kind": "state", "parent_issuer": "", "issuer": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
 "number": "699", "symbol": "699/QĐ-BNNMT", "type": "Quyết định", "type_code": "QĐ", "place": "Hà Nội",
 "date": "2026-02-27",
 "subject": "THÍ ĐIỂM PHÂN BỔ HẠN NGẠCH PHÁT THẢI KHÍ NHÀ KÍNH CHO NĂM 2025 VÀ NĂM 2026",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Luật", "", "2020-11-17", "", "legal_basis", name="Luật Bảo vệ môi trường"),
  cit("Nghị định", "35/2025/NĐ-CP", "2025-02-25", "Chính phủ", "legal_basis"),
  cit("Nghị định", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "legal_basis"),
  cit("Nghị định", "119/2025/NĐ-CP", "2025-06-09", "Chính phủ", "legal_basis"),
  cit("Quyết định", "263/QĐ-TTg", "2026-02-09", "Thủ tướng Chính phủ", "legal_basis"),
  cit("Công văn", "8827/BCT-ĐCK", "2025-11-10", "Bộ Công Thương", "legal_basis"),
  cit("Công văn", "13501/BXD-KHCNMT&VLXD", "2025-11-17", "Bộ Xây dựng", "legal_basis"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Lê Công Thành"},
 "distribution": ["Như Điều 4", "Bộ trưởng Trần Đức Thắng (để báo cáo)", "Các Thứ trưởng", "Văn phòng Chính phủ",
   "Các Bộ: Công Thương, Xây dựng", "UBND các tỉnh, thành phố trực thuộc Trung ương", "Lưu: VT, VP(TH), BĐKH"],
 "obligations": [
  ob("Các cơ sở được thí điểm phân bổ hạn ngạch phát thải khí nhà kính có", "Điều 2",
     ["Các cơ sở được thí điểm phân bổ hạn ngạch phát thải khí nhà kính"]),
  ob("Cục Biến đổi khí hậu có trách nhiệm thông báo và phối hợp với cơ", "Điều 3", ["Cục Biến đổi khí hậu"],
     sup=["cơ quan chuyên môn theo ngành, lĩnh vực có liên quan thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
  ob("Chánh Văn phòng Bộ, Cục trưởng Cục Biến đổi khí hậu, Thủ trưởng các cơ quan,", "Điều 4",
     ["Văn phòng Bộ", "Cục Biến đổi khí hậu", "các cơ quan, đơn vị có liên quan", "các cơ sở có tên tại Điều 1"]),
 ],
 "notes": "RENDERED: PDF text layer. Source = the stored legal-database Markdown CUT after the Quyết định's signature table (first 2,940 code points of 22,103, cut point checked with read_file at offset 2,900: the Phụ lục allocation table of ~90 plants follows). Route (corpus5): pandoc md → standalone HTML (smart typography turned the '-------' rules into '——-' and the separator row into '| — | — |'), LibreOffice 7.4 → PDF, pdftotext -layout. The header table's two cells wrap side by side ('BỘ NÔNG NGHIỆP VÀ MÔI' / 'TRƯỜNG ——-' interleaved with the motto: issuer, motto and place/date lines interleave); the rest of the source lines became one flowing paragraph (title, Căn cứ lines, Điều 1–4, execution sentence and the flattened Nơi nhận/signature row with its '|' cells), italics markers dropped, words broken at line ends only at hyphens ('119/2025/NĐ-' / 'CP', '2025-' / '2026'). Citations: all 'Căn cứ' (119/2025/NĐ-CP nested in the 06/2022 line with its own number → legal_basis; the two ministry letters are 'Căn cứ Công văn số …' → legal_basis). OBLIGATIONS: Điều 1 (the allocation itself) not an obligation; Điều 2 the facilities' duty to surrender allowances (addressee the class as printed); Điều 3 support = the provincial specialised agencies (one class, not split); execution paragraph after 'Điều 4. Quyết định này có hiệu lực …' with section 'Điều 4' (officials → bodies: 'Chánh Văn phòng Bộ' → 'Văn phòng Bộ', 'Cục trưởng Cục Biến đổi khí hậu' → the Cục, 'Thủ trưởng các cơ quan, đơn vị có liên quan' → the class)."
}

for name, d in docs.items():
    json.dump(d, open(f"{D}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    open(f"{D}/{name}.json", "a").write("\n")
json.dump({"documents": len(docs), "held_out": True}, open(f"{D}/figures.json", "w"))
print(len(docs), sum(len(d["obligations"]) for d in docs.values()))
