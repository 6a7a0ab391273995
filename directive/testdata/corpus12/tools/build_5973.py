from lib import Doc, d_date, d_pe, d_cont, d_rec, cit, src

D = Doc("laocai-5973-ubnd-kt-2026")
CQ = ["các cơ quan, đơn vị"]
for a in ["Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm", "Thực hiện thanh tra, kiểm tra có trọng tâm",
          "Đề cao trách nhiệm của người đứng đầu", "Tăng cường phối hợp giữa các cơ quan:",
          "Tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ theo"]:
    D.ob(a, "1", CQ)
T = ["Thanh tra tỉnh"]
D.ob("Chủ trì, phối hợp với các Sở, ban, ngành và địa phương xây dựng", "2", T, lead=T,
     support=["các Sở, ban, ngành và địa phương"], product="kế hoạch", due=d_rec("hàng năm", "yearly"))
D.ob("Tăng cường thanh tra trách nhiệm", "2", T)
D.ob("Theo dõi, đôn đốc việc thực hiện các kết luận thanh tra; kiên quyết", "2", T)
D.ob("Đẩy mạnh công tác theo dõi, đôn đốc", "2", T)
S = ["Sở Nông nghiệp và Môi trường"]
CL = ["các cơ quan liên quan"]
D.ob("Chủ trì, phối hợp với các cơ quan liên quan tăng cường công tác kiểm", "3", S, lead=S, support=CL)
D.ob("Thường xuyên kiểm tra, quản lý chặt chẽ hoạt động nạo vét", "3", S, due=d_cont("Thường xuyên"))
D.ob("Sớm ứng dụng công nghệ thông tin", "3", S)
D.ob("Tăng cường kiểm tra, giám sát, chấn chỉnh việc lắp đặt", "3", S)
D.ob("Thường xuyên ban hành các văn bản hướng dẫn", "3", S, due=d_cont("Thường xuyên"), product="văn bản")
D.ob("Hàng năm tổng hợp, đánh giá tình hình vi phạm", "3", S, due=d_rec("Hàng năm", "yearly"), report_to="UBND tỉnh")
S = ["Sở Công Thương"]
D.ob("Chủ trì, phối hợp với các cơ quan liên quan tập trung kiểm tra", "4", S, lead=S, support=CL)
D.ob("Tăng cường kiểm tra các cơ sở chế biến", "4", S)
D.ob("Chủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra, giám\nsát việc tuân thủ", "4", S, lead=S, support=CL)
D.ob("Tăng cường kiểm tra, giám sát hoạt động nạo vét kết hợp", "4", S)
S = ["Sở Xây dựng"]
D.ob("Chủ trì, phối hợp với cơ quan liên quan rà soát tổng thể", "5", S, lead=S,
     support=["cơ quan liên quan", "Công an tỉnh"], due=d_pe("trong tháng 6/2026", "2026-06-30"))
D.ob("Chủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra, giám\nsát việc chấp hành", "5", S, lead=S, support=CL)
D.ob("Tăng cường kiểm tra việc sử dụng khoáng sản làm vật liệu", "5", S)
D.ob("Đẩy mạnh công tác quản lý giá", "5", S)
D.ob("Chủ trì, phối hợp với các cơ quan liên quan tiếp tục kiểm tra", "5", S, lead=S, support=CL)
D.ob("Chủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra, kiểm", "5", S, lead=S, support=CL)
S = ["Sở Tài chính"]
D.ob("Chủ trì, rà soát kiểm tra chặt chẽ hoạt động đầu tư", "6", S, lead=S, support=["cơ quan liên quan"])
D.ob("Tăng cường kiểm tra việc thực hiện các quy định của pháp luật về nghĩa", "6", S)
S = ["Thuế tỉnh"]
D.ob("Chủ trì, phối hợp với cơ quan liên quan tăng cường rà soát", "7", S, lead=S, support=["cơ quan liên quan"])
D.ob("Tăng cường thanh tra, kiểm tra các doanh nghiệp", "7", S)
D.ob("Thường xuyên kiểm tra rà soát việc thực hiện nghĩa vụ", "7", S, due=d_cont("Thường xuyên"))
S = ["Công an tỉnh"]
D.ob("Chủ động áp dụng các biện pháp nghiệp vụ", "8", S)
D.ob("Phối hợp với các cơ quan chức năng rà soát", "8", S, support=["các cơ quan chức năng"])
D.ob("Chỉ đạo các đơn vị nghiệp vụ tăng cường tuần tra", "8", S)
S = ["Ủy ban nhân dân các xã, phường"]
D.ob("Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện", "9", S)
D.ob("Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện", "9", S)
D.ob("Tiếp tục rà soát các bến thủy nội địa", "9", S)
D.ob("Phối hợp chặt chẽ với Công an tỉnh, Sở Nông nghiệp", "9", S,
     support=["Công an tỉnh", "Sở Nông nghiệp và Môi trường", "các cơ quan liên quan"])
D.ob("Chỉ đạo các phòng, ban, đơn vị trực thuộc", "9", S)
D.ob("Căn cứ ý kiến chỉ đạo trên, các cơ quan", "¶50", ["các cơ quan, đơn vị liên quan"])

NOTES = (
    "TRANSCRIPTION: written from read_file's display of the stored pdftotext -layout text layer (no repository first line; "
    "commit 97a4656…). The display drops form feeds: five U+000C were put back before the page-number lines '2' … '6' (a read "
    "at offset 15,900 showed the copy 5 code points short there, i.e. one per page break); the stored file is still 1 code point "
    "longer (16,705 vs 16,704): a read at offset 16,684 located it in the signer's name 'Nguyễn Thành Sinh' (a decomposed "
    "diacritic in the signed PDF's text layer, displayed composed); the copy keeps the composed form. The footnote (page 1 "
    "bottom) is kept where the layout puts it, between bullet 1.3 and its continuation. "
    "Issuer header lines interleaved with the motto column (checker miss, explained). Symbol printed 'Số: 5973 /UBND-KT'. "
    "Citations: 4250/BNNMT-ĐCKS and 4643/VPCP-CN implemented ('Thực hiện …'); the footnote's references are mentions in text "
    "order ('10-NQ/TW' printed split '10-' / 'NQ/TW' over the footnote's line break; the Chiến lược is listed by name); "
    "NOTE the source's own inconsistency: Chỉ thị 11-CT/TU is dated 04/02/2026 in the footnote (first full mention, used) and "
    "04/01/2026 in bullet 1.5; Kế hoạch 200/KH-UBND and 218/KH-UBND ('thực hiện các nhiệm vụ theo Kế hoạch …') mentions "
    "(DEBATABLE implements); 19/2025/TT-BNNMT in 9.5 mentions. "
    "OBLIGATIONS (39): 'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:' + nine numbered headings naming the addressee(s); one entry per "
    "'-' bullet. Item 1 'Trách nhiệm chung của các cơ quan, đơn vị' → addressee class 'các cơ quan, đơn vị'; bullet 1.4 "
    "'Tăng cường phối hợp giữa các cơ quan: Sở …, Thanh tra tỉnh, Công an tỉnh và chính quyền địa phương' lists the "
    "coordinating bodies themselves, not partners of an addressee → support null (DEBATABLE). 'Chủ trì, phối hợp với X' → "
    "lead the heading body, support X; 'Phối hợp với X' without chủ trì → lead null, support X. Item 2 bullet 1 'xây dựng kế "
    "hoạch thanh tra hàng năm' → product kế hoạch, recurring yearly 'hàng năm' (DEBATABLE: an annual plan, could be null). "
    "Item 3 bullet 6 'Hàng năm tổng hợp, đánh giá … và tham mưu, đề xuất Chủ tịch UBND tỉnh' → recurring yearly, report_to "
    "'UBND tỉnh' (official → body). Item 5 bullet 1: 'thời gian thực hiện xong trong tháng 6/2026' → period_end 2026-06-30; "
    "support 'cơ quan liên quan' and, from its second sentence 'Trường hợp cố tình vi phạm, phối hợp với Công an tỉnh xử lý', "
    "'Công an tỉnh' (DEBATABLE split). Item 6 bullet 1 'Chủ trì, rà soát …; Phối hợp với cơ quan liên quan kiểm tra …' → "
    "lead Sở Tài chính, support 'cơ quan liên quan'. Bullets starting 'Thường xuyên' → continuous. Item 9 bullet 1 'Chủ tịch "
    "UBND các xã, phường chịu trách nhiệm toàn diện …' → addressee the heading body (official → body). Bullets with 'không "
    "để …' / 'Tuyệt đối không …' clauses stay single obligation entries (no separate prohibition entry; DEBATABLE). Closing "
    "demand '¶50' counts every printed paragraph after Kính gửi (opening 2, nine headings, 38 bullets; the footnote not "
    "counted)."
)
n = D.write({
    "source": src("qlks-sct-vn/skills/qlks-sct-vn/van-ban-goc/CV-5973-UBND-KT-11-6-2026-tang-cuong-thanh-kiem-tra-KS.txt",
                  "97a4656a03f30c0295ec0253de90374c5427bb7c", "54673835053"),
    "kind": "state", "parent_issuer": "", "issuer": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "number": "5973",
    "symbol": "5973/UBND-KT", "type": "Công văn", "type_code": "", "place": "Lào Cai", "date": "2026-06-11",
    "subject": "tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản trên địa bàn tỉnh Lào Cai",
    "urgency": "",
    "recipients": ["Các Sở, ban, ngành thuộc UBND tỉnh", "Công an tỉnh", "Thuế tỉnh Lào Cai", "Ủy ban nhân dân các xã, phường"],
    "citations": [
        cit("Văn bản", "4250/BNNMT-ĐCKS", "2026-04-29", "Bộ Nông nghiệp và Môi trường", "implements"),
        cit("Văn bản", "4643/VPCP-CN", "2026-05-20", "Văn phòng Chính phủ", "implements"),
        cit("Luật", "", None, "", "mentions", name="Luật Địa chất và Khoáng sản năm 2024"),
        cit("Nghị quyết", "10-NQ/TW", "2022-02-10", "Bộ Chính trị", "mentions"),
        cit("Chiến lược", "", None, "Thủ tướng Chính phủ", "mentions",
            name="Chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045"),
        cit("Nghị quyết", "88/NQ-CP", "2022-07-22", "Chính phủ", "mentions"),
        cit("Quyết định", "334/QĐ-TTg", "2023-04-01", "Thủ tướng Chính phủ", "mentions"),
        cit("Chương trình hành động", "39-CTr/TU", "2026-01-29", "BTV Tỉnh ủy Lào Cai", "mentions"),
        cit("Chỉ thị", "38/CT-TTg", "2020-09-29", "Thủ tướng Chính phủ", "mentions"),
        cit("Chỉ thị", "11-CT/TU", "2026-02-04", "BTV Tỉnh ủy", "mentions"),
        cit("Kế hoạch", "200/KH-UBND", "2026-05-05", "Ủy ban nhân dân tỉnh", "mentions"),
        cit("Kế hoạch", "218/KH-UBND", "2026-05-13", "Ủy ban nhân dân tỉnh", "mentions"),
        cit("Thông tư", "19/2025/TT-BNNMT", "2025-06-19", "Bộ trưởng Bộ Nông nghiệp và Môi trường", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thành Sinh"},
    "distribution": ["Như trên", "Bộ Nông nghiệp và Môi trường (để báo cáo)", "Cục Địa chất và Khoáng sản Việt Nam",
                     "Chủ tịch UBND tỉnh", "Các PCT UBND tỉnh", "CVP, các PCVP UBND tỉnh", "Lưu: VT, KT(Thủy, Nho)"],
}, NOTES)
print(D.name, n)
