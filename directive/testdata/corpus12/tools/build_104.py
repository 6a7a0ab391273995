from lib import Doc, d_date, d_pe, d_cont, cit, src

D = Doc("laocai-104-ctr-tu-2026")
UB = "Đảng ủy Ủy ban nhân dân tỉnh"
MT = "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"
CU = "các cấp ủy, tổ chức đảng"
CU2 = "Các cấp ủy, tổ chức đảng"

# I.2 Yêu cầu
D.ob("Các cấp ủy, tổ chức đảng, cơ quan, đơn vị căn cứ", "I.2", [CU2, "cơ quan, đơn vị"], product="kế hoạch")

# III.3.1 — Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức đảng.
A = [MT, UB, CU]
D.ob("Quán triệt sâu sắc quan điểm “Đầu tư", "III.3.1", A)
D.ob("Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính", "III.3.1", A)
D.ob("Đổi mới công tác tuyên truyền, phổ biến pháp luật theo hướng số hóa", "III.3.1", A)
D.ob("Đẩy mạnh xây dựng, duy trì và nhân rộng", "III.3.1", A)
# III.3.2 — Đảng ủy Ủy ban nhân dân tỉnh
A = [UB]
D.ob("Thường xuyên rà soát để nghiên cứu ban hành", "III.3.2", A, due=d_cont("Thường xuyên"), product="quy định")
D.ob("Đẩy mạnh phân cấp, phân quyền, xác định rõ", "III.3.2", A)
D.ob("Đổi mới phương thức quản lý môi trường theo hướng", "III.3.2", A)
D.ob("Đẩy mạnh cải cách hành chính, sắp xếp, tinh gọn", "III.3.2", A)
# III.3.3 — Đảng ủy Ủy ban nhân dân tỉnh
D.ob("Bố trí tối thiểu 2% ngân sách tỉnh", "III.3.3", A)
D.ob("Thường xuyên nghiên cứu, xây dựng, ban hành cơ chế", "III.3.3", A, due=d_cont("Thường xuyên"), product="cơ chế")
D.ob("Đẩy mạnh xã hội hóa, áp dụng hình thức", "III.3.3", A)
D.ob("Chủ động tiếp cận các nguồn vốn tài chính xanh", "III.3.3", A)
# III.3.4 — Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ban nhân dân tỉnh
A = [CU2, UB]
D.ob("Tập trung kiểm soát các khu vực, cơ sở có nguy cơ", "III.3.4", A)
D.ob("Nâng cao chất lượng hoạt động thẩm định hồ sơ", "III.3.4", A)
D.ob("Tăng cường kiểm soát các cơ sở công nghiệp có nguồn", "III.3.4", A)
D.ob("Tập trung giám sát chặt chẽ quy trình thu gom", "III.3.4", A)
D.ob("Đẩy mạnh khai thác, chế biến khoáng sản gắn với", "III.3.4", A)
D.ob("Thúc đẩy phân loại chất thải phục vụ tái sử dụng", "III.3.4", A)
D.ob("Tăng cường quản lý nước thải, chất thải chăn nuôi", "III.3.4", A)
D.ob("Phối hợp chặt chẽ với các địa phương lân cận", "III.3.4", A,
     support=["các địa phương lân cận", "các cơ quan Trung ương"])
D.ob("Tăng cường đầu tư, nâng cấp năng lực quan trắc", "III.3.4", A)
# III.3.5 — Các cấp ủy, tổ chức đảng
A = [CU2]
D.ob("Bảo vệ tốt diện tích rừng hiện có", "III.3.5", A)
D.ob("Phục hồi các hệ sinh thái rừng bị suy thoái", "III.3.5", A)
D.ob("Thúc đẩy các mô hình phát triển sinh kế bền vững", "III.3.5", A)
# III.3.6 — Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ban nhân dân tỉnh
A = [CU2, UB]
D.ob("Định kỳ cập nhật kịch bản ứng phó", "III.3.6", A)
D.ob("Xây dựng và tổ chức thực hiện các kế hoạch, phương án, dự án bố trí", "III.3.6", A, product="kế hoạch")
D.ob("Ưu tiên đầu tư, sửa chữa, nâng cấp các công trình", "III.3.6", A)
D.ob("Nâng cao năng lực quan trắc, dự báo, cảnh báo và truyền tin", "III.3.6", A)
D.ob("Củng cố, nâng cao năng lực lực lượng xung kích", "III.3.6", A)
D.ob("Phát triển, nhân rộng các mô hình sản xuất nông nghiệp", "III.3.6", A)
# III.3.7 — Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ban nhân dân tỉnh
D.ob("Chuyển đổi các ngành kinh tế trọng điểm", "III.3.7", A)
D.ob("Thúc đẩy mô hình công nghiệp xanh, đô thị xanh", "III.3.7", A)
D.ob("Tổ chức kiểm kê khí nhà kính cấp tỉnh", "III.3.7", A)
D.ob("Kiểm soát chặt chẽ phát thải khí nhà kính ngay từ", "III.3.7", A)
# III.3.8 — Đảng ủy Ủy ban nhân dân tỉnh
A = [UB]
D.ob("Rà soát, cập nhật cơ sở dữ liệu, bản đồ", "III.3.8", A, product="cơ sở dữ liệu")
D.ob("Ứng dụng công nghệ viễn thám, trí tuệ nhân tạo (AI)", "III.3.8", A)
D.ob("Đào tạo, bồi dưỡng nâng cao trình độ chuyên môn", "III.3.8", A)
# III.3.9 — Đảng ủy Ủy ban nhân dân tỉnh
D.ob("Đẩy mạnh hợp tác đối ngoại môi trường", "III.3.9", A)
D.ob("Tăng cường liên kết vùng với các tỉnh", "III.3.9", A)

# IV. TỔ CHỨC THỰC HIỆN
A = [CU2]
D.ob("Tổ chức học tập, quán triệt sâu rộng", "IV.1", A, product="chương trình")
D.ob("Tăng cường kiểm tra, giám sát việc thực hiện các quy định của pháp", "IV.1", A)
D.ob("Bố trí và phân phối ngân sách", "IV.1", A)
D.ob("Tổ chức triển khai thực hiện các phong trào toàn dân tham gia bảo vệ", "IV.1", A)
A = ["Đảng ủy Ủy ban nhân dân tỉnh"]
D.ob("Lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng trực thuộc", "IV.2", A, product="chương trình")
D.ob("Thường xuyên lãnh đạo, chỉ đạo kiểm tra, giám sát, theo dõi", "IV.2", A, due=d_cont("Thường xuyên"))
A = ["Đảng uỷ Hội đồng nhân dân tỉnh"]
D.ob("Chỉ đạo rà soát, ban hành các Nghị quyết", "IV.3", A, product="nghị quyết")
D.ob("Tăng cường hoạt động giám sát chuyên đề", "IV.3", A)
A = ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]
D.ob("Lãnh đạo, chỉ đạo Ủy ban Mặt trận Tổ quốc", "IV.4", A)
D.ob("Thực hiện tốt vai trò phản biện xã hội", "IV.4", A)
D.ob("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp", "IV.5", ["Ban Tuyên giáo Tỉnh ủy"], lead=["Ban Tuyên giáo Tỉnh ủy"],
     support=["các cơ quan liên quan"])
D.ob("Ủy ban Kiểm tra Tỉnh ủy thường xuyên", "IV.6", ["Ủy ban Kiểm tra Tỉnh ủy"], due=d_cont("thường xuyên"))

# PHỤ LỤC 2 — task table: TT | Nhiệm vụ cụ thể | Cơ quan, tổ chức đảng chủ trì | Cá nhân phụ trách | Thời hạn
def row(ts, section, lead, due, product=None):
    D.ob(None, "Phụ lục 2." + section, lead, lead=lead, due=due, product=product, ts=ts)

UBt = ["Đảng ủy UBND tỉnh"]
row("Tổ chức nghiên cứu, học tập, quán triệt và triển khai", "I.1", ["Các cấp ủy, tổ chức đảng"],
    d_date("Trước ngày 15/10/2026", "2026-10-15"))
row("Xây dựng, ban hành Kế hoạch hoặc Chương trình hành động của", "I.2", [UB],
    d_date("Trước ngày 15/10/2026", "2026-10-15"), product="kế hoạch")
row("Rà soát, hoàn thành đầu tư hạ tầng cơ sở xử lý chất thải", "I.3", [UB],
    d_date("Trước 31/12/2026", "2026-12-31"))
R30 = d_pe("2026 - 2030", "2030-12-31")
row("Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp", "II.1.1", UBt, R30)
row("Xây dựng Kế hoạch bảo vệ môi trường cấp tỉnh giai", "II.1.2", UBt, d_pe("2029 - 2030", "2030-12-31"), "kế hoạch")
row("Xây dựng Kế hoạch quản lý tổng hợp chất thải rắn đến", "II.1.3", UBt, d_pe("2026 - 2027", "2027-12-31"), "kế hoạch")
row("Xây dựng Kế hoạch bảo tồn đa dạng sinh học tỉnh giai", "II.1.4", UBt, d_pe("2030", "2030-12-31"), "kế hoạch")
row("Xây dựng Kế hoạch quản lý tài nguyên nước tỉnh đến", "II.1.5", UBt, d_pe("2026 - 2027", "2027-12-31"), "kế hoạch")
row("Xây dựng Quy hoạch bảo vệ môi trường, ứng phó với", "II.1.6", UBt, d_pe("2029 - 2030", "2030-12-31"), "quy hoạch")
row("Xây dựng Quy hoạch bảo tồn đa dạng sinh học giai đoạn", "II.1.7", UBt, d_pe("2029 - 2030", "2030-12-31"), "quy hoạch")
HU = ["Đảng ủy HĐND tỉnh", "Đảng uỷ UBND tỉnh"]
row("Rà soát, hoàn thiện cơ chế, chính sách quản lý, sử dụng", "II.2.8", HU, d_pe("2026 - 2027", "2027-12-31"))
row("Rà soát, hoàn thiện cơ chế, chính sách ưu đãi đối với dự", "II.2.9", HU, d_pe("2027 - 2030", "2030-12-31"))
row("Huy động, phân bổ và triển khai hiệu quả các nguồn lực", "II.2.10", UBt, R30)
row("Triển khai các nhiệm vụ, dự án giải quyết những điểm", "II.3.11", UBt, d_pe("2026 – 2030", "2030-12-31"))
row("Đầu tư phát triển hạ tầng, công nghệ thu gom, vận", "II.3.12", UBt, R30)
row("Đóng cửa 43 bãi chôn lấp chất thải rắn sinh hoạt đảm", "II.3.13", UBt, R30)
row("Quản lý hiệu quả, bền vững tài nguyên rừng gắn với bảo", "II.4.14", UBt, R30)
row("Chương trình phục hồi nguồn nước bị suy thoái, cạn", "II.4.15", UBt, d_pe("2027 - 2030", "2030-12-31"), "chương trình")
row("Xây dựng Kịch bản biến đổi khí hậu (cập nhật)", "II.5.16", UBt, d_pe("2028 - 2030", "2030-12-31"), "kịch bản")
row("Xây dựng Kế hoạch thích ứng với biến đổi khí hậu giai", "II.5.17", UBt, d_pe("2029 - 2030", "2030-12-31"), "kế hoạch")
row("Triển khai chương trình phát triển ngành công nghiệp", "II.6.18", UBt, R30)
row("Triển khai Chương trình hành động chuyển đổi năng", "II.6.19", UBt, R30)
row("Đầu tư phát triển khu công nghiệp Tằng Loỏng thành", "II.6.20", UBt, R30)
row("Xây dựng Sa Pa, Mù Cang Chải trở thành khu du lịch", "II.6.21", UBt, d_pe("2030", "2030-12-31"))
row("Xây dựng, cập nhật, vận hành, khai thác cơ sở dữ liệu", "II.7.22", UBt, R30, "cơ sở dữ liệu")
row("Xây dựng, cập nhật cơ sở dữ liệu môi trường cấp tỉnh", "II.7.23", UBt, R30, "cơ sở dữ liệu")
row("Xây dựng chương trình phát triển doanh nghiệp tiêu", "II.7.24", UBt, R30, "chương trình")

NOTES = (
    "TRANSCRIPTION: the .txt was written from read_file's display of the stored file "
    "'CTr-104-CTr-TU-30-8-2026-Tinh-uy-Lao-Cai-thuc-hien-KL-75-CTr-31.txt' (a pdftotext -layout text layer of the signed 20-page PDF, "
    "with the repository's first line '[Bản trích chữ tự động bằng pdftotext …]'), in three read_file pages joined without change. "
    "The display drops form feeds: the displayed text had 47,552 code points, the stored file 47,571; 19 U+000C were put back, one "
    "before each printed page-number line ('2' … '11', '13' … '20') and one before 'PHỤ LỤC 1' (page 12 has no printed number); "
    "the last position was confirmed by a read at offset 46,992 (the page number '20' is preceded, not followed, by the break); "
    "lengths now identical, no other difference located. This is the NUMBERED version of the Chương trình (the repository's other "
    "text layer 'CTr-104-CTr-TU-30-8-2026-TEXT.txt' lost the number and date). "
    "HEADER: Party document of the Tỉnh ủy Lào Cai; header 'TỈNH UỶ LÀO CAI' (printed with 'UỶ') / '*' / 'Số 104 -CTr/TU' (spacing only) / "
    "'Lào Cai, ngày 30 tháng 8 năm 2026'; no parent line; type line 'CHƯƠNG TRÌNH HÀNH ĐỘNG'; subject = the lines under it (the 'thực hiện …' "
    "trích yếu). No Kính gửi (recipients []). Signature 'T/M TỈNH ỦY' / 'PHÓ BÍ THƯ THƯỜNG TRỰC' / 'Hoàng Giang' (interleaved with the "
    "Nơi nhận column; the name follows the list). Citations: 75-KL/TW and 31-CTr/TW are implemented ('Thực hiện …', 'ban hành Chương "
    "trình hành động thực hiện …'); 'Luật Bảo vệ môi trường' named in III.3.2 → mentions; the annex lines 'Kèm theo Chương trình hành "
    "động số 104 CTr/TU' are the document's own number, not citations. "
    "OBLIGATIONS (79): I.2 Yêu cầu bullet 2 'Các cấp ủy, tổ chức đảng, cơ quan, đơn vị … xây dựng kế hoạch cụ thể' recorded (DEBATABLE: "
    "a requirement of the plan itself; bullet 1 'Phân công nhiệm vụ cụ thể …' describes the plan and is not recorded). II Mục tiêu / chỉ "
    "tiêu and Phụ lục 1 (15 target rows with a 'Cơ quan, tổ chức đảng chủ trì' column) are TARGETS, not tasks → not recorded (DEBATABLE: "
    "Phụ lục 1 rows name a chủ trì body, 'Đảng ủy UBND tỉnh', and a person 'phụ trách chỉ đạo, kiểm tra, đôn đốc'). III.1 and III.2 only "
    "refer to Phụ lục 2 ('được xác định tại Phụ lục 2 …; tổ chức thực hiện theo tiến độ …') → not recorded; the Phụ lục 2 rows are. "
    "III.3.1–3.9: one entry per '-' bullet (39); each section ENDS with 'Trách nhiệm chỉ đạo thực hiện: X; Y; Z.', which gives the "
    "addressees of all bullets of its section (split at ';': 'Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh' is ONE body — the name of "
    "a Đảng ủy — while 'các cấp ủy, tổ chức đảng' is a class; DEBATABLE: a trailing, not leading, addressee line). Bullets starting "
    "'Thường xuyên …' → continuous. III.3.6 bullet 1 'Định kỳ cập nhật kịch bản … Thường xuyên rà soát …' → due null ('Định kỳ' gives "
    "no cycle; DEBATABLE continuous). III.3.7 bullet 1 '… vào năm 2030' is a goal horizon, due null (DEBATABLE period_end 2030). "
    "III.3.4 bullet 8 'Phối hợp chặt chẽ với các địa phương lân cận và các cơ quan Trung ương …' → lead null, support the two. Products "
    "only where a document type is asked for: III.3.2 b1 quy định ('ban hành đồng bộ các quy định, cơ chế, chính sách'), III.3.3 b2 cơ "
    "chế, III.3.6 b2 kế hoạch, III.3.8 b1 cơ sở dữ liệu, IV.1 b1 chương trình ('thông qua các chương trình, kế hoạch cụ thể'), IV.2 b1 "
    "chương trình ('cụ thể hóa … thành các Chương trình, Đề án, Dự án, Kế hoạch', as in laocai-2449), IV.3 b1 nghị quyết (DEBATABLE all). "
    "IV.1–IV.4: headings give the addressees, one entry per bullet; IV.1 bullet 2 'đánh giá kết quả thực hiện hằng năm; định kỳ sơ "
    "kết, tổng kết' → due null (DEBATABLE recurring yearly). IV.5 'Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan' "
    "→ lead/support. IV.6 'Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát' → continuous 'thường xuyên' (DEBATABLE: not at the "
    "start). PHỤ LỤC 2 (27 rows; columns TT | Nhiệm vụ cụ thể | Cơ quan, tổ chức đảng chủ trì | Cá nhân phụ trách chỉ đạo, kiểm tra, "
    "đôn đốc | Thời hạn thực hiện): section 'Phụ lục 2.' + group marker + row number ('I.1', 'II.1.1' … 'II.2.8' … 'II.7.24'; rows of "
    "II are numbered 1–24 across the groups II.1–II.7); addressees = lead = the chủ trì cell ('Đảng ủy Ủy ban nhân dân tỉnh' for I.2–I.3, "
    "'Đảng ủy UBND tỉnh' elsewhere, 'Các cấp ủy, tổ chức đảng' for I.1, 'Đảng ủy HĐND tỉnh; Đảng uỷ UBND tỉnh' for II.2.8–9); the "
    "person column (a Phó Chủ tịch UBND tỉnh by name; for I.1 'Thủ trưởng các cơ quan, đơn vị, Bí thư Đảng ủy các xã, phường') is not "
    "an addressee; support null (no phối hợp column). Thời hạn: 'Trước ngày 15/10/2026' → date; 'Trước 31/12/2026' → date 2026-12-31; "
    "a year range 'YYYY - YYYY' → period_end of the last year (DEBATABLE: ranges could be continuous); '2030' → period_end 2030-12-31; "
    "row II.3.11 '2026 – 2030 (Ngay sau khi các sự cố, vấn đề môi trường phát sinh)' → period_end 2030 with the parenthesis in notes "
    "only (DEBATABLE relative). text_start of a row = the first words of the Nhiệm vụ cell as far as they are contiguous in the text "
    "layer (the cell's later lines interleave with the other columns). Row II.7.24's cell has text of another table leaked into it "
    "('Sở Tài chính Các sở, ban, ngành và địa phương liên quan 2026-2030 Chương trình Ngân sách.'); its printed chủ trì and Thời hạn "
    "columns ('Đảng ủy UBND tỉnh', '2026 - 2030') are used. Products: kế hoạch / quy hoạch / chương trình / kịch bản / cơ sở dữ liệu "
    "where the Nhiệm vụ names one. CHECKER MISSES (explained): the chủ trì and Thời hạn cells that the layout splits over several lines "
    "interleaved with other columns — 'Các cấp ủy, tổ chức đảng' (I.1), 'Đảng ủy Ủy ban nhân dân tỉnh' (I.2, I.3), 'Đảng ủy UBND tỉnh' "
    "(most II rows), 'Đảng ủy HĐND tỉnh' / 'Đảng uỷ UBND tỉnh' (II.2.8–9), 'Trước ngày 15/10/2026' (I.1, I.2), 'Trước 31/12/2026' (I.3)."
)

n = D.write({
    "source": src("bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/dang/CTr-104-CTr-TU-30-8-2026-Tinh-uy-Lao-Cai-thuc-hien-KL-75-CTr-31.txt",
                  "23aefafe7c9842911684663f3c34ed0ec31c78ec", "70625869692"),
    "kind": "party", "parent_issuer": "", "issuer": "TỈNH UỶ LÀO CAI", "number": "104", "symbol": "104-CTr/TU",
    "type": "Chương trình hành động", "type_code": "CTr", "place": "Lào Cai", "date": "2026-08-30",
    "subject": "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới",
    "urgency": "",
    "recipients": [],
    "citations": [
        cit("Kết luận", "75-KL/TW", "2026-07-28", "Ban Chấp hành Trung ương Đảng khóa XIV", "implements"),
        cit("Chương trình hành động", "31-CTr/TW", "2026-07-28", "Bộ Chính trị", "implements"),
        cit("Luật", "", None, "", "mentions", name="Luật Bảo vệ môi trường"),
    ],
    "truncated": False,
    "signature": {"authority": ["T/M TỈNH ỦY"], "title": "PHÓ BÍ THƯ THƯỜNG TRỰC", "name": "Hoàng Giang"},
    "distribution": ["Ban Bí thư Trung ương Đảng (để b/c)", "Văn phòng Trung ương Đảng", "Bộ Nông nghiệp và Môi trường",
                     "Các đồng chí Ủy viên BCH Đảng bộ tỉnh", "Các Đảng ủy trực thuộc Tỉnh ủy",
                     "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Lãnh đạo Văn phòng Tỉnh ủy",
                     "Chuyên viên Phòng TH-VPTU", "Lưu Văn phòng Tỉnh ủy"],
}, NOTES)
print(D.name, n)
