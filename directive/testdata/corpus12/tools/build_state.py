from lib import Doc, d_date, d_pe, d_cont, d_rec, d_rel, cit, src

UBND_LC = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
counts = {}

# ---------------------------------------------------------------- 8129/UBND-KT
D = Doc("laocai-8129-ubnd-kt-2026")
SNN = "Sở Nông nghiệp và Môi trường"
D.ob("Sau khi xem xét Chủ tịch", "¶2", [SNN], lead=[SNN],
     support=["Sở Xây dựng", "Sở Công Thương", "Ủy ban nhân dân xã Văn Chấn", "các cơ quan, đơn vị có liên quan"])
D.ob("Báo cáo kết quả thực hiện về Ủy ban nhân dân", "¶2", [SNN], n=9,
     due=d_date("trước ngày 30/8/2026", "2026-08-30"), product="báo cáo", report_to="Ủy ban nhân dân tỉnh")
D.ob("Yêu cầu Sở Nông nghiệp và Môi trường, Sở Xây dựng", "¶3",
     [SNN, "Sở Xây dựng", "Sở Công Thương", "Ủy ban nhân dân xã Văn Chấn", "các cơ quan, đơn vị liên quan"])
counts[D.name] = D.write({
    "source": src("qlks-sct-vn/skills/qlks-sct-vn/van-ban-goc/CV-8129-UBND-KT-10-8-2026-giao-kiem-tra-xac-minh-kien-nghi-Dai-Dong-Tien.txt",
                  "e3d29a7e19333e8271274f219ace1977e1d857be", "70595802452"),
    "kind": "state", "parent_issuer": "", "issuer": UBND_LC, "number": "8129", "symbol": "8129/UBND-KT",
    "type": "Công văn", "type_code": "", "place": "Lào Cai", "date": "2026-08-10",
    "subject": "kiểm tra, xác minh các nội dung theo kiến nghị của Công ty TNHH Đại Đồng Tiến",
    "urgency": "",
    "recipients": ["Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương", "Ủy ban nhân dân xã Văn Chấn"],
    "citations": [cit("Văn bản", "28/CV-ĐĐT", "2026-08-04", "", "mentions")],
    "truncated": False,
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thành Sinh"},
    "distribution": ["Như trên", "Chủ tịch UBND tỉnh", "Phó CT UBND tỉnh Nguyễn Thành Sinh", "Thanh tra tỉnh",
                     "Chánh, Phó CVP UBND tỉnh (đ/c Tú, Bích)", "Lưu: VT, KTThủy"],
}, "TRANSCRIPTION: the .txt was written from read_file's display of the stored file (a pdftotext -layout text layer kept by the repository, with its own first line '[Bản trích chữ tự động bằng pdftotext …]'); code-point count identical to the stored file (2,058). "
   "Issuer: the two header lines 'ỦY BAN NHÂN DÂN' / 'TỈNH LÀO CAI' joined; in the text layer they are interleaved with the motto column (checker miss, explained). Symbol printed 'Số: 8129 /UBND-KT' (spacing only). "
   "Recipients kept as printed: the first line names three Sở in one entry ('Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương'). Citation: 'Văn bản số 28/CV-ĐĐT ngày 04/8/2026' names no issuer in the sentence (the company appears only in the subject) → issuer ''. "
   "OBLIGATIONS: ¶2 (paragraphs counted after Kính gửi: ¶1 'Ủy ban nhân dân tỉnh nhận được …', ¶2 'Sau khi xem xét …', ¶3 'Yêu cầu …') holds two assignments with different deadlines, split per clause (sonla-254 rule): (1) the verification, lead Sở Nông nghiệp và Môi trường, support the three named bodies and 'các cơ quan, đơn vị có liên quan' (the Sở Xây dựng / Sở Công Thương / UBND xã names are verbatim in the sentence); (2) 'Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 30/8/2026' — addressee the Sở (the clause has no subject of its own; DEBATABLE), lead/support null for the report clause (DEBATABLE: lead could be repeated), product báo cáo, report_to Ủy ban nhân dân tỉnh; the tail 'đồng thời thông tin … cho Công ty TNHH Đại Đồng Tiến biết' is part of clause 2. ¶3 is the closing demand (corpus7/9 precedent).")

# ---------------------------------------------------------------- 7432/UBND-XD
D = Doc("laocai-7432-ubnd-xd-2026")
D.ob("Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức", "1",
     ["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường"], product="kế hoạch")
D.ob("Đối với các cơ sở, công trình thuộc phạm vi quản lý, hướng dẫn", "1",
     ["Công an tỉnh", "các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường"],
     due=d_date("chậm nhất đến ngày 01 tháng 7 năm 2028", "2028-07-01"))
D.ob("Chủ trì, phối hợp với Công an tỉnh và các sở", "2", ["Sở Xây dựng"], lead=["Sở Xây dựng"],
     support=["Công an tỉnh", "các sở, ngành, địa phương có liên quan"])
D.ob("Đồng thời, chủ trì phối hợp với Công an tỉnh", "2", ["Sở Xây dựng"], lead=["Sở Xây dựng"],
     support=["Công an tỉnh"], due=d_date("trước ngày 01 tháng 7 năm 2028", "2028-07-01"))
D.ob("Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch", "3",
     ["các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường", "các cơ quan, đơn vị có liên quan"],
     report_to="Sở Xây dựng")
counts[D.name] = D.write({
    "source": src("pccc-sct-vn/skills/pccc-sct-vn/van-ban-goc/CV-7432-UBND-XD-21-7-2026-trien-khai-QD-1074.txt",
                  "e3d29a7e19333e8271274f219ace1977e1d857be", "70681167350"),
    "kind": "state", "parent_issuer": "", "issuer": UBND_LC, "number": "7432", "symbol": "7432/UBND-XD",
    "type": "Công văn", "type_code": "", "place": "Lào Cai", "date": "2026-07-21",
    "subject": "triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy đối với các cơ sở, công trình không bảo đảm yêu cầu về phòng cháy và chữa cháy",
    "urgency": "",
    "recipients": ["Các Sở, ban, ngành thuộc tỉnh", "Công an tỉnh", "Ủy ban nhân dân các xã, phường"],
    "citations": [
        cit("Quyết định", "1074/QĐ-BXD", "2026-06-29", "Bộ Xây dựng", "implements"),
        cit("Luật", "", None, "", "mentions", name="Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Phan Trung Bá"},
    "distribution": ["Như trên", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh (phụ trách XD)",
                     "Chánh VP, Phó CVP UBND tỉnh (Đ/c Minh)", "Lưu: VT, TH, XD(Đông)"],
}, "TRANSCRIPTION: written from read_file's display of the stored pdftotext -layout text layer (repository first line kept). The display drops form feeds: the stored file has 4,774 code points, the displayed text 4,773; one U+000C was put back at the page break (after 'phù hợp với từng loại' + newline), the position confirmed by a read at offset 2,860 ('công trình theo Quyết định …'); lengths now identical. "
   "Issuer header lines interleaved with the motto column (checker miss, explained). Symbol printed 'Số: 7432 /UBND-XD'. Citations: 1074/QĐ-BXD first fully mentioned in the subject ('triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng') → implements; the law is named (not numbered) inside the description of 1074 → listed as mentions with name (DEBATABLE: bare law names inside another document's title are not listed; here it is in the narrative, not the title). "
   "OBLIGATIONS: item 1's heading 'Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường' gives the addressees of its two paragraphs (one entry each; split into 3 bodies/classes); paragraph 1 product kế hoạch ('để xây dựng kế hoạch tổ chức thực hiện'); paragraph 2 due 'chậm nhất đến ngày 01 tháng 7 năm 2028' (date). Item 2 'Giao Sở Xây dựng': two paragraphs, both 'chủ trì, phối hợp' → lead Sở Xây dựng; paragraph 2 due 'trước ngày 01 tháng 7 năm 2028'. Item 3 'Tổ chức thực hiện': officials → bodies ('Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh' → 'các sở, ban, ngành, đoàn thể tỉnh'; 'Chủ tịch Ủy ban nhân dân các xã, phường' → 'Ủy ban nhân dân các xã, phường'; 'người đứng đầu các cơ quan, đơn vị có liên quan' → 'các cơ quan, đơn vị có liên quan'); report_to Sở Xây dựng for the conditional 'kịp thời báo cáo Sở Xây dựng' (only when difficulties arise; product null, due null — 'kịp thời' is not 'ngay'; DEBATABLE). The opening narrative that Bộ Xây dựng 'giao Ủy ban nhân dân các tỉnh …' is a quoted assignment of another document, not an obligation of this letter.")

# ---------------------------------------------------------------- 4390/UBND-NLN
D = Doc("laocai-4390-ubnd-nln-2026")
D.ob("Sở Nông nghiệp và Môi trường chủ động nghiên cứu", "1", [SNN])
D.ob("Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ", "2", ["Các sở, ban, ngành cấp tỉnh"], support=[SNN])
D.ob("Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động", "3",
     ["Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"])
D.ob("Ủy ban nhân dân các xã, phường nghiên cứu", "4", ["Ủy ban nhân dân các xã, phường"])
D.ob("Căn cứ nội dung chỉ đạo trên, yêu cầu", "¶6",
     ["các sở, ngành, cơ quan, đơn vị", "Ủy ban nhân dân các xã, phường"])
counts[D.name] = D.write({
    "source": src("bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/CV-4390-UBND-NLN-27-5-2026-trien-khai-ND-180.txt",
                  "26251982a93836bca6b3670041b3f04ac4d075b1", "61106155869"),
    "kind": "state", "parent_issuer": "", "issuer": UBND_LC, "number": "4390", "symbol": "4390/UBND-NLN",
    "type": "Công văn", "type_code": "", "place": "Lào Cai", "date": "2026-05-27",
    "subject": "tổ chức triển khai thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ quy định về dịch vụ hấp thụ và lưu giữ các-bon của rừng",
    "urgency": "",
    "recipients": ["Các sở, ban, ngành cấp tỉnh", "Vườn quốc gia Hoàng Liên", "Các Công ty Lâm nghiệp",
                   "Ủy ban nhân dân các xã, phường"],
    "citations": [cit("Nghị định", "180/2026/NĐ-CP", "2026-05-21", "Chính phủ", "implements")],
    "truncated": False,
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Phan Trung Bá"},
    "distribution": ["Như trên", "Chủ tịch UBND tỉnh", "Đ/c Phan Trung Bá - PCT UBND tỉnh",
                     "CVP, Phó CVP UBND tỉnh (đ/c Khanh)", "Chi cục Kiểm lâm", "Quỹ Bảo vệ rừng và Môi trường",
                     "Các BQL rừng phòng hộ, đặc dụng", "Lưu: VT, NLN (Thành)"],
}, "TRANSCRIPTION: written from read_file's display of the stored text layer (this file has no repository first line and no page break); code-point count identical (2,447). Symbol printed 'Số:   4390     /UBND-NLN' (spacing only). Issuer header lines interleaved with the motto column (checker miss, explained). "
   "Citation: Nghị định 180/2026/NĐ-CP first fully mentioned in the subject ('tổ chức triển khai thực hiện …') → implements; later short mentions ('Nghị định 180/2026/NĐ-CP') are the same reference. "
   "OBLIGATIONS: 'Chủ tịch Ủy ban nhân dân tỉnh giao:' + items 1-4, one entry each; item 1 'chủ động nghiên cứu, tổ chức triển khai …' has no chủ trì word → lead null; item 2 'Các sở, ban, ngành cấp tỉnh … phối hợp với Sở Nông nghiệp và Môi trường' → lead null, support [Sở Nông nghiệp và Môi trường] (DEBATABLE: item 1 makes the Sở the de facto lead, but the text does not say chủ trì). Closing demand ¶6 (paragraphs after Kính gửi: opening 1, items 2-5, closing 6): 'các sở, ngành, cơ quan, đơn vị' kept as one class.")

# ---------------------------------------------------------------- 2272/QĐ-UBND
D = Doc("laocai-2272-qd-ubnd-2026")
SCT = "Sở Công Thương"
D.ob("Tổ chức tiếp nhận hồ sơ đề nghị cấp, cấp lại", "Điều 2.1.a", [SCT])
D.ob("Chủ trì, phối hợp với Công an tỉnh và các cơ quan có liên quan thẩm định", "Điều 2.1.b", [SCT], lead=[SCT],
     support=["Công an tỉnh", "các cơ quan có liên quan"])
D.ob("Công an tỉnh Lào Cai có trách nhiệm phối hợp", "Điều 2.2", ["Công an tỉnh Lào Cai"], lead=[SCT],
     support=["Công an tỉnh Lào Cai"])
D.ob("Các Sở, ban, ngành liên quan theo chức năng", "Điều 2.3", ["Các Sở, ban, ngành liên quan"], lead=[SCT],
     support=["Các Sở, ban, ngành liên quan"])
D.ob("Ủy ban nhân dân các xã, phường nơi có cơ sở", "Điều 2.4",
     ["Ủy ban nhân dân các xã, phường nơi có cơ sở sản xuất tiền chất thuốc nổ"],
     support=[SCT, "các cơ quan có liên quan"], report_to=SCT)
D.ob("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở", "Điều 3.3",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Công Thương", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng",
      "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "các Sở, ban, ngành tỉnh",
      "Ủy ban nhân dân các xã, phường", "tổ chức, doanh nghiệp và cá nhân có liên quan"])
counts[D.name] = D.write({
    "source": src("sd-vlncn-sct-vn/skills/sd-vlncn-sct-vn/van-ban-goc/2026.06.29-2272.QD.UBND-Co-quan-tiep-nhan-ho-so-GCN-san-xuat-tien-chat-thuoc-no_ban-ky.txt",
                  "23aefafe7c9842911684663f3c34ed0ec31c78ec", "70294478758"),
    "kind": "state", "parent_issuer": "", "issuer": UBND_LC, "number": "2272", "symbol": "2272/QĐ-UBND",
    "type": "Quyết định", "type_code": "QĐ", "place": "Lào Cai", "date": "2026-06-29",
    "subject": "Quy định cơ quan tiếp nhận hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện sản xuất tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai",
    "urgency": "",
    "recipients": [],
    "citations": [
        cit("Luật", "72/2025/QH15", None, "", "legal_basis", name="Luật Tổ chức chính quyền địa phương"),
        cit("Luật", "42/2024/QH15", None, "", "legal_basis", name="Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"),
        cit("Luật", "118/2025/QH15", None, "", "legal_basis", name="Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự"),
        cit("Nghị định", "181/2024/NĐ-CP", "2024-12-31", "Chính phủ", "legal_basis"),
        cit("Thông tư", "23/2024/TT-BCT", "2024-11-07", "Bộ trưởng Bộ Công Thương", "legal_basis"),
        cit("Quyết định", "482/QĐ-UBND", "2026-02-13", "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", "legal_basis"),
        cit("Văn bản", "6324/UBND-NC", "2026-06-20", "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", "legal_basis"),
        cit("Tờ trình", "2869/TTr-SCT", "2026-05-21", "Giám đốc Sở Công Thương", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thành Sinh"},
    "distribution": ["Bộ Công Thương (để báo cáo)", "Chủ tịch UBND tỉnh", "Các PCT UBND tỉnh", "Các cơ quan tại Điều 3",
                     "CVP, các PCVP UBND tỉnh", "Cổng TTĐT tỉnh", "Lưu: VT, KT"],
}, "TRANSCRIPTION: written from read_file's display of the stored pdftotext -layout text layer (repository first line kept). The display drops form feeds: stored 4,603 code points, displayed 4,602; one U+000C was put back at the page break after '… có liên quan.' (end of page 1), located by reads at offsets 2,565, 2,611 and 2,621 to the span between that line end and the page number '2'; lengths now identical. "
   "Issuer: header lines 'ỦY BAN NHÂN DÂN' / 'TỈNH LÀO CAI' interleaved with the motto column; the joined form also occurs as the authority line above 'QUYẾT ĐỊNH:'. Signature block interleaved with Nơi nhận ('TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH'). Citations: all 'Căn cứ' references legal_basis, including the second law and the Văn bản 6324/UBND-NC that share a Căn cứ line with another reference; laws listed with symbol and name, date null (no date printed); Tờ trình (Theo đề nghị) mentions. "
   "OBLIGATIONS: Điều 1 designates Sở Công Thương as the receiving body ('là cơ quan tiếp nhận hồ sơ') — not recorded (designation; the task is Điều 2.1.a; DEBATABLE). Điều 2.1 a)/b) one entry each (heading '1. Sở Công Thương'). Điều 2.2 and 2.3 '… phối hợp với Sở Công Thương' in the thẩm định for which Điều 2.1.b names Sở Công Thương chủ trì → lead [Sở Công Thương], support [the addressee] (sonla-254 exception; DEBATABLE). Điều 2.4 'phối hợp với Sở Công Thương và các cơ quan có liên quan trong công tác quản lý, giám sát' (no chủ trì named for that task) → lead null, support the two; 'kịp thời báo cáo Sở Công Thương và các cơ quan có thẩm quyền khi phát hiện vi phạm' → report_to Sở Công Thương (the second addressee of the report in notes only), due null ('kịp thời … khi' is not 'ngay'; DEBATABLE relative). Điều 3.1 entry into force and 3.2 are not obligations. Điều 3.3 execution article, no due; officials → bodies; CONSTRUCTED names (not verbatim): 'Văn phòng Ủy ban nhân dân tỉnh' (from 'Chánh Văn phòng Ủy ban nhân dân tỉnh', verbatim as a substring), 'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường' (split from 'Giám đốc các Sở: Công Thương, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường'), 'Công an tỉnh' (from 'Giám đốc Công an tỉnh'), 'Bộ Chỉ huy Quân sự tỉnh' (from 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'), 'các Sở, ban, ngành tỉnh' (from 'Thủ trưởng các Sở, ban, ngành tỉnh').")

# ---------------------------------------------------------------- 9389/BNNMT-BĐKH
D = Doc("bnnmt-9389-bnnmt-bdkh-2025")
U = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
B = "Bộ Nông nghiệp và Môi trường"
Y = "trước ngày 30 tháng 6 hằng năm"
D.ob("Chỉ đạo cơ quan chuyên môn trực thuộc có liên quan định kỳ hai năm", "1.a", U,
     due=d_rec(Y, "yearly"), report_to=B)
D.ob("Phối hợp với Bộ Nông nghiệp và Môi trường triển khai thực hiện các quy", "1.b", U, support=[B])
D.ob("Chỉ đạo cơ quan chuyên môn trực thuộc có liên quan kiểm tra, giám sát", "1.c", U, report_to=B)
D.ob("Tiếp nhận, rà soát và tổng hợp kết quả giảm", "1.c", U, due=d_rec(Y, "yearly"), report_to=B)
D.ob("Tiếp nhận, rà soát và tổng hợp kết quả kiểm kê", "1.d", U, due=d_rec(Y, "yearly"), report_to=B)
D.ob("Phối hợp cung cấp số liệu phục vụ xây dựng kế hoạch", "1.đ", U)
D.ob("Chỉ đạo cơ quan chuyên môn trực thuộc có liên quan đôn đốc", "2.a", U,
     due=d_rec("định kỳ hằng năm", "yearly"), report_to=B)
D.ob("Phối hợp với Bộ Tài chính xây dựng", "2.b", U, support=["Bộ Tài chính"])
D.ob("Phối hợp với Bộ Nông nghiệp và Môi trường tổ chức vận hành", "2.c", U, support=[B])
D.ob("Tổ chức phổ biến, tuyên truyền trên các phương tiện", "2.d", U)
D.ob("Chỉ đạo Sở Nông nghiệp và Môi trường giám sát", "3.a", U)
D.ob("Tổ chức phổ biến, hướng dẫn áp dụng quy chuẩn", "3.b", U)
D.ob("Phối hợp với Bộ Nông nghiệp và Môi trường trong công tác phòng ngừa", "3.c", U, support=[B])
counts[D.name] = D.write({
    "source": src("bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/CV-9389-BNNMT-BDKH-20-11-2025-giao-viec-cap-tinh-KNK.txt",
                  "88429fab8882d006cd490191b05fff5e15586323", "61020932758"),
    "kind": "state", "parent_issuer": "", "issuer": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "number": "9389",
    "symbol": "9389/BNNMT-BĐKH", "type": "Công văn", "type_code": "", "place": "Hà Nội", "date": "2025-11-20",
    "subject": "triển khai thực hiện các quy định pháp luật về giảm nhẹ phát thải khí nhà kính, thị trường các-bon và bảo vệ tầng ô-dôn",
    "urgency": "",
    "recipients": ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
    "citations": [
        cit("Nghị định", "119/2025/NĐ-CP", "2025-06-09", "Chính phủ", "mentions"),
        cit("Nghị định", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "mentions"),
        cit("Thông tư", "08/2025/TT-BNNMT", "2025-06-17", "Bộ trưởng Bộ Nông nghiệp và Môi trường", "mentions"),
        cit("Thông tư", "01/2022/TT-BTNMT", "2022-01-07", "", "mentions"),
        cit("Nghị định thư", "", None, "", "mentions", name="Nghị định thư Montreal về các chất làm suy giảm tầng ô-dôn"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Lê Công Thành"},
    "distribution": ["Như trên", "Thủ tướng Chính phủ (để báo cáo)", "PTTgCP Trần Hồng Hà (để báo cáo)",
                     "Bộ trưởng Trần Đức Thắng (để báo cáo)", "Văn phòng Chính phủ",
                     "Các Bộ: Công Thương, Xây dựng, Tài chính", "Lưu: VT, VP(TH), PC, BĐKH"],
}, "TRANSCRIPTION: written from read_file's display of the stored text layer (no repository first line; stored in the Lào Cai Sở Công Thương repository as a document received by the province). The display drops form feeds: stored 7,037 code points, displayed 7,035; two U+000C were put back before the page-number lines '2' and '3' (page breaks inferred from the printed page numbers, as located in laocai-2272 and laocai-7432; positions not probed here); lengths now identical. "
   "Central ministry letter to all provinces. Symbol printed 'Số: 9389 /BNNMT-BĐKH'. Citations: 119/2025/NĐ-CP and 08/2025/TT-BNNMT are narrated ('Chính phủ ban hành', 'Bộ trưởng … đã ban hành') → mentions; 06/2022/NĐ-CP first fully mentioned inside 119's description (own number) → mentions (DEBATABLE: the next sentence 'Triển khai thực hiện Nghị định số 06/2022/NĐ-CP' would give implements, but relation is taken from the first full mention); 01/2022/TT-BTNMT nested in 08/2025's description, issuer not named → ''; 'Luật Bảo vệ môi trường' appears only inside 01/2022's title → not listed; the Montreal Protocol is listed by name (mentions). "
   "OBLIGATIONS: the lead-in 'kính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo … cụ thể như sau:' gives the addressee of every lettered item (one entry per item). 1.a 'gửi Bộ Nông nghiệp và Môi trường, bộ quản lý lĩnh vực liên quan trước ngày 30 tháng 6 hằng năm' → recurring yearly, no day (the day carries a month, corpus10 rule), report_to Bộ Nông nghiệp và Môi trường (the second recipient 'bộ quản lý lĩnh vực liên quan' in notes only); product null (the thing sent is an 'đề xuất cập nhật, điều chỉnh danh mục', not a named document type; DEBATABLE 'đề xuất'). 1.c holds two assignments with different deadlines → split per clause: (1) supervision + 'cung cấp thông tin, số liệu … gửi Bộ Nông nghiệp và Môi trường theo quy định' (report_to the Bộ, due null); (2) 'Tiếp nhận, rà soát và tổng hợp kết quả giảm nhẹ … gửi Bộ … trước ngày 30 tháng 6 hằng năm kể từ năm 2027' (recurring yearly; 'kể từ năm 2027' is a start, in notes only). 1.d recurring yearly, report_to the Bộ (also 'các bộ quản lý lĩnh vực', notes only). 2.a 'cung cấp thông tin tình hình thực hiện dự án định kỳ hằng năm gửi về Bộ …' → recurring yearly 'định kỳ hằng năm', report_to the Bộ. 'Phối hợp với B …' items (1.b, 2.b, 2.c, 3.c) → lead null, support [B]. 1.đ 'Phối hợp cung cấp số liệu …' names no partner → support null. 3.a 'Chỉ đạo Sở Nông nghiệp và Môi trường giám sát …' — the addressee is still the provincial People's Committee (it directs its Sở); the Sở is not an addressee (DEBATABLE). The closing thanks is not an obligation.")

# ---------------------------------------------------------------- 5116/QĐ-SCT
D = Doc("laocai-5116-qd-sct-2026")
P = "Phòng Quản lý công nghiệp"
D.ob("Giao nhiệm vụ cho Phó Trưởng phòng được phân công", "Điều 1", [P])
D.ob("Việc lập biên bản vi phạm hành chính phải tuân thủ", "Điều 2.1", [P])
D.ob("Ngay sau khi lập biên bản vi phạm hành chính, có", "Điều 2.2", [P],
     due=d_rel("Ngay sau khi lập biên bản vi phạm hành chính", 0, "day", "lập biên bản vi phạm hành chính"),
     product="hồ sơ", report_to=P)
D.ob("Trường hợp hành vi vi phạm có dấu hiệu tội phạm", "Điều 2.3", [P], report_to="Sở Công Thương")
D.ob("Chánh Văn phòng Sở, Trưởng phòng Quản lý", "Điều 4",
     ["Văn phòng Sở", P, "các phòng, đơn vị thuộc Sở", "các cá nhân có liên quan"])
counts[D.name] = D.write({
    "source": src("xp-sct-vn/skills/xp-sct-vn/van-ban-goc/khoang-san/2026.08.20-5116.QD.SCT-giao-nhiem-vu-lap-bien-ban-VPHC-khoang-san_ban-ky-so.txt",
                  "23aefafe7c9842911684663f3c34ed0ec31c78ec", "70741591314"),
    "kind": "state", "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG", "number": "5116",
    "symbol": "5116/QĐ-SCT", "type": "Quyết định", "type_code": "QĐ", "place": "Lào Cai", "date": "2026-08-20",
    "subject": "giao nhiệm vụ kiểm tra, phát hiện và lập biên bản vi phạm hành chính trong lĩnh vực khoáng sản thuộc phạm vi quản lý của Sở Công Thương",
    "urgency": "",
    "recipients": [],
    "citations": [
        cit("Luật", "", "2012-06-20", "", "legal_basis", name="Luật Xử lý vi phạm hành chính"),
        cit("Luật", "", "2020-11-13", "", "legal_basis", name="Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính"),
        cit("Luật", "", "2025-06-25", "", "legal_basis", name="Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính"),
        cit("Nghị định", "118/2021/NĐ-CP", "2021-12-23", "Chính phủ", "legal_basis"),
        cit("Nghị định", "68/2025/NĐ-CP", "2025-08-13", "", "legal_basis"),
        cit("Nghị định", "190/2025/NĐ-CP", "2025-07-01", "", "legal_basis"),
        cit("Nghị định", "36/2020/NĐ-CP", "2020-03-24", "Chính phủ", "legal_basis"),
        cit("Nghị định", "189/2025/NĐ-CP", "2025-07-01", "Chính phủ", "legal_basis"),
        cit("Nghị định", "217/2025/NĐ-CP", "2025-08-05", "Chính phủ", "legal_basis"),
        cit("Quyết định", "05/2025/QĐ-UBND", "2025-07-01", "Ủy ban nhân dân tỉnh Lào Cai", "legal_basis"),
    ],
    "truncated": False,
    "signature": {"authority": [], "title": "GIÁM ĐỐC", "name": "Hoàng Chí Hiền"},
    "distribution": ["Như Điều 4", "Ban Giám đốc Sở", "Lưu: VT, VP(Cường)"],
}, "TRANSCRIPTION: written from read_file's display of the stored pdftotext -layout text layer (repository first line kept). The display drops form feeds: stored 4,067 code points, displayed 4,066; one U+000C was put back before the page-number line '2' (inferred from the printed page number as located in laocai-2272; not probed here); lengths now identical. "
   "Quyết định of a provincial department: parent_issuer 'UBND TỈNH LÀO CAI', issuer 'SỞ CÔNG THƯƠNG' (each header line is contiguous; the motto column follows on the same lines). Subject printed 'Về việc giao nhiệm vụ …' → 'Về việc' dropped like V/v (DEBATABLE). Signer signs in his own name ('GIÁM ĐỐC', no TM./KT. line) → authority []. Citations: every reference on the Căn cứ lines is legal_basis (three laws identified by name and date only; 68/2025 and 190/2025 name no issuer → ''); the Trưởng phòng's proposal has no number → not listed. "
   "OBLIGATIONS: Điều 1 'Giao nhiệm vụ cho Phó Trưởng phòng … và Chuyên viên thuộc Phòng Quản lý công nghiệp … có thẩm quyền lập biên bản' — an assignment that confers a power; recorded as obligation (DEBATABLE: permission); addressees: officials → their body 'Phòng Quản lý công nghiệp' (verbatim). Điều 2's heading ('Trách nhiệm của Phó Trưởng phòng … và Chuyên viên được giao nhiệm vụ') gives the addressees of 2.1–2.3 → same body (CONSTRUCTED from the officials; DEBATABLE). 2.2 'Ngay sau khi lập biên bản …' → relative {0, day, from the event}; product hồ sơ ('hoàn thiện hồ sơ'); 'báo cáo Trưởng phòng Quản lý công nghiệp để trình Giám đốc Sở' → report_to the Phòng (official → body). 2.3 'kịp thời báo cáo Giám đốc Sở' → report_to 'Sở Công Thương' (official → body, CONSTRUCTED; due null). Điều 3 entry into force not an obligation. Điều 4 execution article: 'Chánh Văn phòng Sở' → 'Văn phòng Sở', 'Trưởng phòng Quản lý công nghiệp' → the Phòng, 'Trưởng các phòng, đơn vị thuộc Sở' → 'các phòng, đơn vị thuộc Sở', 'các cá nhân có liên quan' kept.")

if __name__ == "__main__":
    for k, v in counts.items():
        print(k, v)
