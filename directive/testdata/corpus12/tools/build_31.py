from lib import Doc, d_date, d_pe, d_cont, cit, src

D = Doc("tw-31-ctr-tw-2026")

# I.3
D.ob("các cấp uỷ, tổ chức đảng nghiêm túc quán triệt", "I.3", ["các cấp uỷ, tổ chức đảng"],
     ts="Trong quá trình triển khai thực hiện Chương trình hành động, yêu cầu")

# II — NHIỆM VỤ CHỦ YẾU: bullets without a named body → addressees []
E = []
D.ob("Thực hiện sự lãnh đạo, chỉ đạo toàn diện của Đảng", "II.1", ["các cấp Uỷ, tổ chức đảng", "các cấp chính quyền"])
for a in ["Triển khai, phối hợp hiệu quả giữa các cơ quan",
          "Tăng cường sự tham gia của Mặt trận Tổ quốc",
          "Triển khai thực chất, hiệu quả các phong trào",
          "Đây mạnh tuyên truyền, giáo dục, tạo sự thống nhất"]:
    D.ob(a, "II.1", E)
for a in ["Hoàn thiện đồng bộ thể chế, pháp luật bảo vệ",
          "Tiếp tục rà soát, sửa đổi, bố sung Luật",
          "Tiếp tục hoàn thiện pháp luật về ứng phó",
          "Xây dựng, hoàn thiện hệ thống tiêu chuẩn, quy chuẩn và định mức kinh",
          "Chuyển từ quản lý hành chính sang quản trị",
          "Hoàn thiện, triển khai hiệu quả các cơ chế, chính sách để điều chỉnh",
          "Phát triển mạnh mẽ kinh tế môi trường",
          "Quy định rõ trách nhiệm của từng cơ quan",
          "Tổ chức thực hiện hiệu quả công tác thanh tra"]:
    D.ob(a, "II.2", E)
for a in ["Bố trí tối thiểu 2% tổng chỉ ngân sách",
          "Hoàn thiện cơ chế, chính sách phân bồ",
          "Phát huy hiệu quả vai trò dẫn dắt",
          "Chủ động tham gia các cơ chế hợp tác quốc tế về tài chính khí hậu",
          "Xây dựng, ban hành cơ chế, chính sách thuận lợi",
          "Tập trung đầu tư hạ tầng kỹ thuật đa mục tiêu",
          "Tăng cường đầu tư, kết hợp huy động xã hội hoá"]:
    D.ob(a, "II.3", E)
for a in ["Tập trung giải quyết ô nhiễm không khí",
          "Thúc đầy phân loại chất thải",
          "Đầu tư phát triển đồng bộ hạ tầng",
          "Kiểm soát chặt chẽ việc nhập khẩu",
          "Nghiên cứu, từng bước áp đụng",
          "Quản lý chặt chẽ, giám sát liên tục"]:
    D.ob(a, "II.4", E)
for a in ["Quản lý chặt chẽ các khu bảo tồn",
          "Mở rộng, nâng cao hiệu quả quản lý đi sản",
          "Phát triển các mô hình kinh tế dựa trên",
          "Nghiên cứu và triển khai lượng giá",
          "Thực hiện lồng ghép giá trị thiên nhiên",
          "Phục hồi nguồn nước bị suy thoái, cạn kiệt, ô nhiễm.",
          "Thực hiện các giải pháp hiện đại hoá quản lý"]:
    D.ob(a, "II.5", E, n=11 if a.startswith("Phục hồi") else 10)
for a in ["na dựng, định kỳ cập nhật",
          "Hoàn thiện tiêu chuẩn, quy chuẩn, định mức",
          "Chú trọng đầu tư phát triển hạ tầng",
          "Phát triển các đô thị chống chịu",
          "Xây dựng các mô hình điểm",
          "Thực hiện các giải pháp nâng cao năng lực dự báo",
          "Triển khai các giải pháp thích ứng đặc thù",
          "Quy hoạch lại các khu dân cư",
          "Hoàn thiện các cơ chế, giải pháp công trình"]:
    D.ob(a, "II.6", E)
for a in ["Thúc đẩy chuyển đổi các ngành kinh tế",
          "Thực hiện các giải pháp thúc đây tuần hoàn",
          "Ưu tiên phát triển năng lượng tái tạo",
          "Thực hiện chuyển đổi hệ thống sản xuất",
          "Thúc đẩy phát triển các mô hình công nghiệp xanh",
          "Thực hiện các chương trình đào tạo",
          "Kiểm soát chặt chẽ phát thải khí nhà kính ngay",
          "Quản lý chặt chẽ hoạt động trao đổi tín chỉ"]:
    D.ob(a, "II.7", E)
for a in ["Nghiên cứu, phát triển, chuyển giao và ứng dụng",
          "Nghiên cứu, phát triển công nghệ thu hồi",
          "Thúc đây đổi mới sáng tạo",
          "Tăng cường năng lực cho đội ngũ cán bộ"]:
    D.ob(a, "II.8", E)
for a in ["Chủ động, tích cực hợp tác",
          "Triển khai các hoạt động ngoại giao",
          "Triển khai các giải pháp nâng cao năng lực dự báo, đánh giá",
          "Thực hiện các giải pháp tăng cường hợp tác trong quản lý"]:
    D.ob(a, "II.9", E)

# III — TỔ CHỨC THỰC HIỆN (printed 'HI-')
A = ["Đảng uỷ Quốc hội"]
D.ob("Lãnh đạo, chỉ đạo rà soát, bổ sung các nhiệm vụ lập pháp", "III.1.a", A)
D.ob("Chỉ đạo nâng cao hiệu lực, hiệu quả hoạt động giám sát", "III.1.b", A)
A = ["Đảng uỷ Chính phủ"]
D.ob("Chỉ đạo xây dựng và tổ chức thực hiện Chương trình hành động của", "III.2.a", A, product="chương trình")
D.ob("Chỉ đạo rà soát, sửa đổi, bổ sung các quy định pháp luật", "III.2.b", A)
D.ob("Chỉ đạo lồng ghép, tích hợp", "III.2.c", A)
A = ["Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương"]
D.ob("Lãnh đạo, chỉ đạo xây dựng chương trình, kế hoạch hướng dẫn", "III.3.a", A, product="chương trình")
D.ob("Xây dựng và triển khai các phong trào chung tay", "III.3.b", A)
A = ["Quân uỷ Trung ương"]
D.ob("Chủ trì, phối hợp với các bộ, ngành, địa phương và các nước", "III.4.a", A, lead=A,
     support=["các bộ, ngành, địa phương", "các nước, tô chức quốc tế"])
D.ob("Chủ động tổ chức, rà soát, điều chỉnh các chiến lược", "III.4.b", A)
D.ob("Đáp ứng yêu cầu trong chủ động ứng phó", "III.4.c", A)
A = ["Đảng uỷ Công an Trung ương"]
D.ob("Tham mưu chiến lược với Đảng và Nhà nước", "III.5.a", A)
D.ob("Chủ động rà soát, điều chỉnh, xây dựng phương án", "III.5.b", A)
D.ob("Chỉ đạo đổi mới tư duy, chủ động công tác nắm tình hình", "III.5.c", A, lead=A,
     support=["Đảng uỷ Viện Kiểm sát nhân dân tối cao", "các cơ quan"])
D.ob("Chủ động rà soát nhu cầu, đầu tư phương tiện", "III.5.đ", A)
A = ["Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ"]
D.ob("Xây dựng kế hoạch và tổ chức triển khai thực hiện hiệu quả Kết luận", "III.6.a", A, product="kế hoạch")
D.ob("Chỉ đạo nghiên cứu, triển khai thực hiện, trong đó", "III.6.b", A)
D.ob("Lãnh đạo, chỉ đạo bố trí đủ ngân sách và tô chức triển khai các chương", "III.6.c", A, nth=0)
D.ob("Chỉ đạo, đôn đốc, kiểm tra, giám sát công tác", "III.6.đ", A)
A = ["Các tỉnh uỷ, thành uỷ"]
D.ob("Xây dựng chương trình, kế hoạch và tô chức thực hiện các nội dung", "III.7.a", A, product="chương trình")
D.ob("Lãnh đạo, chỉ đạo bố trí đủ ngân sách và tô chức triển khai các chương", "III.7.b", A, nth=1)
D.ob("Lãnh đạo, chỉ đạo công tác thanh tra", "III.7.c", A)
D.ob("Tổ chức triển khai các phong trào toàn dân bảo vệ", "III.7.d", A)
A = ["Ban Chính sách, chiến lược Trung ương"]
D.ob("Chủ trì, phối hợp với các cơ quan liên quan theo dõi", "III.8.a", A, lead=A, support=["các cơ quan liên quan"],
     product="báo cáo", report_to="Bộ Chính trị")
D.ob("Chủ trì, phối hợp với Đảng uỷ Chính phủ nghiên cứu", "III.8.b", A, lead=A, support=["Đảng uỷ Chính phủ"])
D.ob("Chủ trì, phối hợp với Đảng uỷ Chính phủ theo đối", "III.8.c", A, lead=A, support=["Đảng uỷ Chính phủ"])
A = ["Ban Tuyên giáo và Dân vận Trung ương"]
D.ob("Chủ trì hướng dẫn công tác quán triệt", "III.9", A, lead=A)

# PHỤ LỤC 2 — legible rows only (pages 15, 17, 19, 21); labels = the logical cell text read across the
# interleaved OCR lines, OCR errors kept; unreadable cells → null.
def row(ts, sec, lead, support, due, product=None):
    D.ob(None, "Phụ lục 2." + sec, lead or [], lead=lead, support=support, due=due, product=product, ts=ts)

TX = d_cont("Thường xuyên")
row("Tuyên truyền sâu rộng đường lối, chủ trương của Đảng về", "I.1", ["Ban Tuyên giáo Trung ương"], None, TX, "hội nghị")
row("Tổ chức phát động, kêu gọi, vận động toàn dân chung tay", "I.2", ["Mặt trận Tổ quốc Việt Nam"],
    ["BộNông nghiệp và Môi trường", "các bộ, ngành, tỉnh, thành phỗ"], TX, "hoạt động")
row("Tô chức các hoạt động tuyên truyền chính sách, pháp luật Về nâng cao", "I.3",
    ["Bộ ok. nghiệp và Môi trường", "các bộ, ngành, tỉnh, thành phế"], ["Các cơ quan báo chí truyền thông"], TX, "hoạt động")
row("Sửa đổi, bổ sung Luật Bảo vệ môi trường năm 2020", "II.4", ["Bộ Nông nghiệp"], None, None, "luật")
row("Xây dựng Chiến lược bảo vệ môi trường quốc gia giai đoạn 2031", "II.12", ["Bộ Nông nghiệp vàMôitrường"],
    ["Các bộ, ngành, tỉnh, thành phố"], d_pe("202o_2030", "2030-12-31"), "chiến lược")
row("Xây dựng Chiến lược quốc gia về quản lý tổng hợp chất", "II.13", ["Bộ Nông nghiệp vàMôitrường"],
    ["Các bộ, ngành, tỉnh, thành phố"], d_pe("2026-2027", "2027-12-31"), "chiến lược")
row("Xây dựng Chiến lược bảo tồn đa dạng sinh học quôc gia", "II.14", ["Bộ Nông nghiệp và Môi trường"],
    ["Các tỉnh, thành phô"], d_pe("2029 - 2030", "2030-12-31"), "chiến lược")
row("Xây dựng Chiến lược tài nguyên nước quốc gia đến năm 2035,", "II.15", None, None,
    d_pe("2026 - 2027", "2027-12-31"), "chiến lược")
row("Xây dựng Quy hoạch bảo vệ môi trường giai đoạn 2031 - 2040,", "II.16", None, None,
    d_pe("2029 -2030", "2030-12-31"), "quy hoạch")
row("Xây dựng Quy hoạch bảo tồn đa dạng sinh học giai đoạn", "II.17", ["Bộ Nông nghiệp và Môi trường"],
    ["Các tỉnh thành phố"], d_pe("2022-2030", "2030-12-31"), "quy hoạch")
SUP = ["Bộ Nông nghiệp và Môi trường", "các bộ, ngành có liên quan"]
row("Triển khai các dự án giải quyết những điểm nóng, bức xúc vê", "IV.23", ["Các tỉnh thành hỗ"], SUP,
    d_pe("2026 - 2030", "2030-12-31"), "dự án")
row("Triển khai phân loại chất thải răn sinh hoạt phục vụ tái sử", "IV.24", ["Các tỉnh, thành phÒ"], SUP,
    d_cont("Thường xuyen"), "dự án")
row("Đầu tư phát triển hạ tầng, công nghệ thu gom, vận chuyền", "IV.25", None, SUP,
    d_pe("2026 - 2030", "2030-12-31"), "dự án")
row("Triển khai công tác khắc phục hậu quả bom mìn sau chiên", "IV.26", ["Bộ Quốc phòng"],
    ["Các bộ, ngành, tỉnh, thành phô có liên quan"], None)
row("Xây dựng Đề án hoàn thiện cơ chế quản lý hiệu quả, bên", "V.27", ["Bộ Nông nghiệp và Môi trường"],
    ["Các tỉnh, thành phố"], d_pe("2026", "2026-12-31"), "đề án")
row("nước bÝ nh kiệt, ô nhiễm trên các lưu vực sông lớn,", "V.28", ["Bộ Nông nghiệP và Môi trường"],
    ["Các tỉnh, thành phố"], d_pe("2027 - 2030", "2030-12-31"), "chương trình")
row("Xây dựng Đề án xây dựng, hoàn thiện cơ chế, chính sách", "VII.36", ["Bộ Nông nghiệp và Môi trường"],
    ["Các bộ, ngành, tỉnh, thành phố"], d_pe("2026", "2026-12-31"), "đề án")
row("Xây dựng cập nhật Đóng øÓP do quốc gia tự quyết định", "VII.37", ["bo Nông nghiệp và Môi trườn"],
    ["Các bộ, ngành, tỉnh. thành phố"], d_pe("2030", "2030-12-31"))
row("Xây dựng Chương trình phát triển 1.000 doanh nghiệp tiêu", "VII.38", ["no Tàichính"],
    ["Bộ Cự Thương", "Bộ Khoahọc và Công nghệ"], d_pe("2026", "2026-12-31"), "chương trình")
row("Triển khai ch trì triển ngành công nghiệp môi trường giai đoạn 2025", "VII.39", ["Bộ Công Thương"],
    ["Các bộ, ngành, tỉnh. thành phế"], d_pe("2026 - 2030", "2030-12-31"), "đề án")
row("Triển khai Chương trình hành động chuyển đổi năng lượng", "VII.40", ["Bộ Xây dựng"],
    ["Các bộ, ngành. tỉnh, thành phô"], None, "đề án")

NOTES_HEAD = (
    "TRANSCRIPTION: the .txt was written from read_file's display of the stored file "
    "'CTr-31-CTr-TW-28-7-2026-Bo-Chinh-tri-thuc-hien-KL-75.txt' (tesseract OCR of a 22-page scan, with the repository's first line "
    "'[OCR] [Bản trích chữ tự động bằng tesseract …]' and its '===== Trang N =====' page markers), three read_file pages joined "
    "without change. The copy has 38,561 code points, the stored file 38,560: one extra code point, located by reads at offsets "
    "34,060 and 34,270 inside the OCR garbage of the rotated page 20 (between 'ggena - ươnb …' and '2g 2äI uon8u'), not found by eye "
    "(every line there matched the display); the body text and all labelled strings lie outside that span. "
    "DOCUMENT: Party document of the Bộ Chính trị (central, not provincial): Chương trình hành động số 31-CTr/TW implementing Kết luận "
    "75-KL/TW; it is the document the provincial programme laocai-104-ctr-tu-2026 implements. The first lines 'BỘ CHÍNH TRỊ' / 'BỘ "
    "CHÍNH TRỊ' / '28-07-2026 18:08:51 +07:00' are the digital-signature stamp OCR'd from the scan (noise). Header: the issuer line and "
    "the motto are merged on one line 'BAN CHẮÁP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM' → issuer 'BAN CHẤP HÀNH TRUNG ƯƠNG' "
    "(issuer_as_printed 'BAN CHẮÁP HÀNH TRUNG ƯƠNG', OCR), no parent line. Type line 'CHƯƠNG TRÌNH HÀNH ĐỘNG' followed by 'CUA BỘ "
    "CHÍNH TRỊ' (OCR for 'CỦA'). Subject as printed, including the OCR'd blank date 'ngày _'. Citation 75-KL/TW: date not printed "
    "('ngày _') → null; issuer 'Ban Chấp hành Trung ương Đảng khoá XIV'; implements. 'Luật Bảo vệ môi trường năm 2020' (II.2) → "
    "mentions. Signature: 'Nơi nhận: T/M BỘ CHÍNH TRỊ' on one line; page 12 (the signature page) is OCR garbage, so the signer's "
    "title and name are not in the text → title '' and name '' (not guessed). Distribution: the Nơi nhận entries with their "
    "wrapped lines joined by a space. "
)
NOTES_OB = (
    "OBLIGATIONS (107 = 86 in the body + 21 annex rows): section markers are OCR'd ('1-' for I-, 'HI-' for III-, '8)' for a) under III.7, '9,' for 9.); sections "
    "use the intended markers (DEBATABLE 'as printed'); III.5 and III.6 print a) b) c) đ) (no d)), kept. I.3 'yêu cầu các cấp uỷ, "
    "tổ chức đảng nghiêm túc quán triệt …' recorded (the first two I items describe the programme). II NHIỆM VỤ CHỦ YẾU: one entry per "
    "'-' bullet (59), addressees [] (no body named; corpus11 KH-134 III precedent), except II.1 bullet 1 whose sentence names 'các cấp "
    "Uỷ, tổ chức đảng, các cấp chính quyền'; the OCR turned some bullet dashes into '¬ ' and '_ ' (II.1 b1 '¬ Thực hiện …', II.6 b1 "
    "'_ na dựng, …' — OCR for '- Xây dựng'), the text_start starts after them. II.3 b1 'Bố trí tối thiểu 2% tổng chỉ ngân sách nhà "
    "nước hằng năm' → due null (the yearly budget share, not a deadline; DEBATABLE recurring). III TỔ CHỨC THỰC HIỆN: each numbered "
    "heading names a Party body (or class) that its lettered items inherit; one entry per letter (26). Lead/support only where 'Chủ "
    "trì, phối hợp' is printed: III.4.a (support split 'các bộ, ngành, địa phương' / 'các nước, tô chức quốc tế'), III.5.c (its second "
    "sentence 'Chủ trì, phối hợp với Đảng uỷ Viện Kiểm sát nhân dân tối cao và các cơ quan …'; the item is one entry with that "
    "lead/support, DEBATABLE split), III.8.a–c, III.9 ('Chủ trì hướng dẫn …' → lead, support null). III.8.a 'định kỳ báo cáo Bộ Chính "
    "trị, Ban Bí thư' → product báo cáo, report_to 'Bộ Chính trị' (the second body in notes only), due null ('định kỳ' without a cycle; "
    "DEBATABLE). Products: III.2.a and III.3.a and III.7.a chương trình, III.6.a kế hoạch. "
    "PHỤ LỤC 1 (18 target rows, 'Cơ quan theo dõi, tổng hợp') → targets, not recorded (as in laocai-104). PHỤ LỤC 2 (task "
    "table 'STT | Nhiệm vụ cụ thể | Cơ quan, tổ chức đảng chủ trì | … phối hợp | Thời hạn thực hiện | Kết quả/Sản phẩm | Nguồn "
    "lực'): four of its eight pages (16, 18, 20, 22) were scanned rotated and their OCR is garbage — rows 5–11, 18–22, 29–35 "
    "and 41 ff. are NOT in the text in readable form and are not recorded. The 21 rows on the legible pages (1–4, 12–17, 23–28, "
    "36–40) ARE recorded, with these conventions: section 'Phụ lục 2.' + group + row ('I.1' … 'VII.40'; rows 12–17 are put "
    "under II, whose heading is on page 15, as the intervening page is unreadable; DEBATABLE); labels are the LOGICAL cell "
    "texts read across the OCR lines on which the seven columns are merged, with OCR errors kept as printed ('BộNông nghiệp và "
    "Môi trường', 'Bộ ok. nghiệp và Môi trường', 'thành phỗ', 'thành phế', 'Các tỉnh thành hỗ', 'Thường xuyen', 'no "
    "Tàichính' = Bộ Tài chính, 'Bộ Cự Thương' = Bộ Công Thương, 'Bộ Khoahọc và Công nghệ', 'bo Nông nghiệp và Môi trườn', "
    "'202o_2030', '2022-2030'); for rows II.14 and V.28 the chủ trì cell is too damaged to read as printed ('Bộ Nô iê … nghiệp "
    "… và Môi trường', 'Bộ Nông nghiệ ma... / ð Nông nghiệP / và Môi trường') and is given as 'Bộ Nông nghiệp và Môi trường' / "
    "'Bộ Nông nghiệP và Môi trường' (CONSTRUCTED); cells that cannot be read at all are null (row I.1 phối hợp, II.4 phối hợp "
    "and Thời hạn, II.15 and II.16 chủ trì and phối hợp, IV.25 chủ trì, IV.26 Thời hạn and Sản phẩm, VII.40 Thời hạn); "
    "addressees = lead ([] where the chủ trì cell is unreadable); Thời hạn 'YYYY - YYYY' → period_end of the last year, "
    "'2026' / '2030' → period_end of that year, 'Thường xuyên' → continuous; product = head noun of the Kết quả/Sản phẩm cell "
    "or of the Nhiệm vụ ('Các hội nghị tuyên truyền' → hội nghị, 'Các hoạt động/phong trào' → hoạt động, 'Luật sửa đôi, bỏ sung "
    "…' → luật, 'Chiến lược' → chiến lược, 'Quy hoạch' → quy hoạch, 'Các dự án' → dự án, 'Đề án' → đề án, 'Chương trình' → "
    "chương trình, 'Các đề án/nhiệm vụ' → đề án). text_start = the first words of the Nhiệm vụ cell as read (row V.28's first "
    "words are OCR garbage, 'nước bÝ nh kiệt, ô …' for '… nguồn nước bị suy thoái, cạn kiệt, ô nhiễm …'; row VII.39's "
    "'Triển khai ch trì … triển ngành công nghiệp môi trường' for 'Triển khai chương trình phát triển ngành công nghiệp môi "
    "trường'). CHECKER MISSES (explained): every annex label whose pieces are interleaved with other columns in the OCR lines; "
    "these rows are the least reliable part of the set (DEBATABLE as a whole).")

n = D.write({
    "source": src("bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/dang/CTr-31-CTr-TW-28-7-2026-Bo-Chinh-tri-thuc-hien-KL-75.txt",
                  "23aefafe7c9842911684663f3c34ed0ec31c78ec", "70733352902"),
    "kind": "party", "parent_issuer": "", "issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "issuer_as_printed": "BAN CHẮÁP HÀNH TRUNG ƯƠNG", "number": "31", "symbol": "31-CTr/TW",
    "type": "Chương trình hành động", "type_code": "CTr", "place": "Hà Nội", "date": "2026-07-28",
    "subject": "thực hiện Kết luận số 75-KL/TW, ngày _ của Ban Chấp hành Trung ương Đảng khoá XIV về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới",
    "urgency": "",
    "recipients": [],
    "citations": [
        cit("Kết luận", "75-KL/TW", None, "Ban Chấp hành Trung ương Đảng khoá XIV", "implements"),
        cit("Luật", "", None, "", "mentions", name="Luật Bảo vệ môi trường năm 2020"),
    ],
    "truncated": False,
    "signature": {"authority": ["T/M BỘ CHÍNH TRỊ"], "title": "", "name": ""},
    "distribution": ["Các ban đảng, đảng uỷ trực thuộc Trung ương", "Các tỉnh uỷ, thành uỷ",
                     "Các đảng uỷ bộ, ngành, tổ chức chính trị - xã hội ở Trung ương",
                     "Các đảng uỷ đơn vị sự nghiệp Trung ương",
                     "Các đồng chí Uỷ viên Ban Chấp hành Trung ương Đảng", "Lưu Văn phòng Trung ương Đảng"],
}, NOTES_HEAD + NOTES_OB)
print(D.name, n)
