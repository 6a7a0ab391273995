import json
def ob(ts,sec,add,lead=None,sup=None,mod="obligation",due=None,prod=None,rt=None,via=None):
    return {"text_start":ts,"section":sec,"addressees":add,"lead":lead,"support":sup,"modality":mod,"due":due,"product":prod,"report_to":rt,"via":via}
def D(text,kind,**k): d={"text":text,"kind":kind}; d.update(k); return d
R="https://github.com/Trangsct/skill-sct/blob/"
docs={}
# ---------------- 2449
docs["laocai-2449-cv-du-2026"]={
"source":R+"225f754ab51c19bfe317c730d5d2d4cfc2b4d271/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/dang/CV-2449-CV-DU-07-9-2026-TEXT.txt (read_file id 69455160887)",
"kind":"party","parent_issuer":"ĐẢNG BỘ TỈNH LÀO CAI","issuer":"ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH","number":"2449","symbol":"2449-CV/ĐU",
"type":"Công văn","type_code":"CV","place":"Lào Cai","date":"2026-09-07",
"subject":"triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai","urgency":"",
"recipients":["Ủy ban nhân dân tỉnh","Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh","Các chi bộ, đảng bộ cơ sở"],
"citations":[
 {"type":"Chương trình hành động","symbol":"104-CTr/TU","date":"2026-08-30","issuer":"Tỉnh ủy Lào Cai","relation":"implements"},
 {"type":"Kết luận","symbol":"75-KL/TW","date":"2026-07-28","issuer":"Ban Chấp hành Trung ương Đảng khóa XIV","relation":"mentions"},
 {"type":"Chương trình hành động","symbol":"31-CTr/TW","date":"2026-07-28","issuer":"Bộ Chính trị","relation":"mentions"}],
"truncated":False,
"signature":{"authority":["T/M BAN THƯỜNG VỤ"],"title":"PHÓ BÍ THƯ","name":"Nguyễn Hữu Long"},
"distribution":["Như trên (t/h)","Thường trực Tỉnh ủy (để b/c)","Thường trực Đảng ủy (để b/c)","Lãnh đạo Văn phòng UBND tỉnh","Lãnh đạo Văn phòng Đảng ủy","Lưu Văn phòng Đảng ủy"],
"obligations":[
 ob("Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp Chương trình","1",["Ủy ban nhân dân tỉnh"],prod="chương trình"),
 ob("Thường xuyên lãnh đạo, chỉ đạo kiểm tra, giám sát, theo dõi, đôn đốc","1",["Ủy ban nhân dân tỉnh"],due=D("Thường xuyên","continuous")),
 ob("Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt","2",["Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy","các chi bộ, đảng bộ cơ sở"]),
 ob("Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy,","2",["Ban xây dựng đảng Đảng ủy"],lead=["Ban xây dựng đảng Đảng ủy"]),
 ob("Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển","¶8",["Ủy ban nhân dân tỉnh","các tổ chức đảng"]),
],
"notes":""}
# ---------------- 9387
docs["laocai-9387-ubnd-kt-2026"]={
"source":R+"225f754ab51c19bfe317c730d5d2d4cfc2b4d271/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/dang/CV-9387-UBND-KT-15-9-2026-TEXT.txt (read_file id 69846055099)",
"kind":"state","parent_issuer":"","issuer":"ỦY BAN NHÂN DÂN TỈNH LÀO CAI","number":"9387","symbol":"9387/UBND-KT",
"type":"Công văn","type_code":"","place":"Lào Cai","date":"2026-09-15",
"subject":"triển khai thực hiện Chương trình hành độ số 104-CTr/Tu ngày 30/8/2026 của Tỉnh ủy Lào Cai","urgency":"",
"recipients":["Các Sở, ban, ngành thuộc tỉnh","Công an tỉnh","Bộ Chỉ huy Quân sự tỉnh","Ủy ban nhân dân các xã, phường"],
"citations":[
 {"type":"Chương trình hành động","symbol":"104-CTr/TU","date":"2026-08-30","issuer":"Tỉnh ủy Lào Cai","relation":"implements","as_printed":"104-CTr/Tu"},
 {"type":"Công văn","symbol":"2449-CV/ĐU","date":"2026-09-07","issuer":"Đảng ủy Ủy ban nhân dân tỉnh","relation":"implements"}],
"truncated":False,
"signature":{"authority":["KT. CHỦ TỊCH"],"title":"PHÓ CHỦ TỊCH","name":"Phan Trung Bá"},
"distribution":["Như trên","Chủ tịch UBND tỉnh (b/c)","Phó CT UBND tỉnh Phan Trung Bá","Chánh, Phó CVP UBND tỉnh (Khanh)","Lưu: VT, KTThủy"],
"obligations":[
 ob("Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự","1",["Các Sở, ban, ngành thuộc tỉnh","Công an tỉnh","Bộ Chỉ huy Quân sự tỉnh","Ủy ban nhân dân các xã, phường"],prod="chương trình"),
 ob("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ","2",["Sở Nông nghiệp và Môi trường"],lead=["Sở Nông nghiệp và Môi trường"],sup=["các cơ quan, đơn vị, địa phương"],due=D("trước ngày 05/10/2026","date",date="2026-10-05"),prod="kế hoạch"),
 ob("Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển","¶4",["các Sở, ngành","địa phương"]),
],
"notes":""}
# ---------------- 3556
docs["laocai-3556-qd-ubnd-2026"]={
"source":R+"23aefafe7c9842911684663f3c34ed0ec31c78ec/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/tinh/QD-3556-QD-UBND-30-9-2026-ban-hanh-Quy-che-du-lieu-TNMT.txt (read_file id 70418111502)",
"kind":"state","parent_issuer":"","issuer":"ỦY BAN NHÂN DÂN TỈNH LÀO CAI","number":"3556","symbol":"3556/QĐ-UBND",
"type":"Quyết định","type_code":"QĐ","place":"Lào Cai","date":"2026-09-30",
"subject":"Ban hành Quy chế thu thập, quản lý, sử dụng, cập nhật và khai thác, chia sẻ thông tin, dữ liệu tài nguyên và môi trường tỉnh Lào Cai","urgency":"",
"recipients":[],
"citations":[
 {"type":"Luật","symbol":None,"name":"Luật Tổ chức chính quyền địa phương","date":"2025-06-16","issuer":"","relation":"legal_basis"},
 {"type":"Nghị định","symbol":"73/2017/NĐ-CP","date":"2017-06-14","issuer":"Chính phủ","relation":"legal_basis"},
 {"type":"Nghị định","symbol":"165/2025/NĐ-CP","date":"2025-06-30","issuer":"Chính phủ","relation":"legal_basis"},
 {"type":"Nghị định","symbol":"278/2025/NĐ-CP","date":"2025-10-22","issuer":"Chính phủ","relation":"legal_basis"},
 {"type":"Thông tư","symbol":"03/2022/TT-BTNMT","date":"2022-02-28","issuer":"Bộ trưởng Bộ Tài nguyên và Môi trường","relation":"legal_basis"},
 {"type":"Thông tư","symbol":"02/2025/TT-BNNMT","date":"2025-05-15","issuer":"Bộ trưởng Bộ Nông nghiệp và Môi trường","relation":"legal_basis"},
 {"type":"Tờ trình","symbol":"761/TTr-SNNMT","date":"2026-09-10","issuer":"Giám đốc Sở Nông nghiệp và Môi trường","relation":"mentions"},
 {"type":"Văn bản","symbol":"9202/SNNMT-VPĐK","date":"2026-09-21","issuer":"Giám đốc Sở Nông nghiệp và Môi trường","relation":"mentions","as_printed":"9202/SNNMT - VPĐK"},
 {"type":"Quyết định","symbol":"23/2011/QĐ-UBND","date":"2011-07-28","issuer":"Ủy ban nhân dân tỉnh Yên Bái","relation":"mentions"},
 {"type":"Quyết định","symbol":"44/2021/QĐ-UBND","date":"2021-08-11","issuer":"Ủy ban nhân dân tỉnh Lào Cai","relation":"mentions"},
 {"type":"Quyết định","symbol":"59/2025/QĐ-UBND","date":"2025-06-30","issuer":"Ủy ban nhân dân tỉnh Lào Cai","relation":"mentions"}],
"truncated":False,
"signature":{"authority":["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH"],"title":"PHÓ CHỦ TỊCH","name":"Nguyễn Thành Sinh"},
"distribution":["Như Điều 3 QĐ","Bộ Nông nghiệp và Môi trường","TT. TU, HĐND tỉnh (b/c)","Chủ tịch UBND tỉnh","Các PCT UBND tỉnh","UBMTTQ Việt Nam tỉnh","Báo và Phát thanh, Truyền hình tỉnh","Công báo tỉnh Lào Cai","Trung tâm Thông tin và Hội nghị tỉnh","Lưu: VT, TNMT (Quyết)"],
"obligations":[
 ob("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và","Điều 3",["Văn phòng Ủy ban nhân dân tỉnh","Sở Nông nghiệp và Môi trường","các sở, ban, ngành thuộc tỉnh","Ủy ban nhân dân các phường, xã","các tổ chức, cá nhân có liên quan"]),
],
"notes":""}
# ---------------- 7103
S7=["Sở Công Thương","Sở Khoa học và Công nghệ","Sở Nông nghiệp và Môi trường","Sở Văn hóa, Thể thao và Du lịch","Sở Xây dựng","Ban Quản lý Khu kinh tế","Ban Quản lý các khu công nghiệp"]
LI=["các sở, ban, ngành","địa phương","cơ quan","đơn vị","doanh nghiệp"]
X=["Ủy ban nhân dân các xã, phường"]
C4=["Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng"]
UT="Ủy ban nhân dân tỉnh"
docs["laocai-7103-ubnd-th-2026"]={
"source":R+"74e5c79de5a0f8f71b43f42659c7f2df29ad513a/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/CV-7103-UBND-TH-10-7-2026-TEXT.txt (read_file id 61209124251)",
"kind":"state","parent_issuer":"","issuer":"ỦY BAN NHÂN DÂN TỈNH LÀO CAI","number":"7103","symbol":"7103/UBND-TH",
"type":"Công văn","type_code":"","place":"Lào Cai","date":"2026-07-10",
"subject":"triển khai thực hiện Nghị định số 178/2026/NĐ-CP ngày 20/5/2026 của Chính phủ","urgency":"",
"recipients":["Các sở, ban, ngành thuộc UBND tỉnh","Các đơn vị sự nghiệp công lập thuộc tỉnh","Các doanh nghiệp nhà nước thuộc UBND tỉnh quản lý","Ủy ban nhân dân các xã, phường"],
"citations":[
 {"type":"Nghị định","symbol":"178/2026/NĐ-CP","date":"2026-05-20","issuer":"Chính phủ","relation":"implements"},
 {"type":"Công văn","symbol":"8388/BTC-QLCS","date":"2026-06-19","issuer":"Bộ Tài chính","relation":"implements"}],
"truncated":False,
"signature":{"authority":["KT. CHỦ TỊCH"],"title":"PHÓ CHỦ TỊCH","name":"Ngô Hạnh Phúc"},
"distribution":["Như trên","Thường trực Tỉnh ủy (báo cáo)","Chủ tịch UBND tỉnh","Các Phó Chủ tịch UBND tỉnh","CVP, các PCVP UBND tỉnh","Các chuyên viên tham mưu","Lưu: VT, TH(Dũng)"],
"obligations":[
 ob("Tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định số 178/2026/NĐ-","1",LI),
 ob("Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tổ chức rà","2.a",S7,lead=S7,sup=["các cơ quan, đơn vị, địa phương"],prod="hồ sơ"),
 ob("Hướng dẫn, đôn đốc các cơ quan, đơn vị được giao quản lý tài sản","2.b",S7),
 ob("Rà soát các văn bản quy phạm pháp luật, quy trình nội bộ, quy chế","2.c",S7),
 ob("Trong thời gian hoàn thiện việc rà soát, giao, khai thác và xử lý","2.d",S7),
 ob("Tăng cường kiểm tra, hướng dẫn việc quản lý, khai thác tài sản kết","2.đ",S7,prod="báo cáo",rt=UT,via="Sở Tài chính"),
 ob("Tổ chức quán triệt, triển khai thực hiện đầy đủ các quy định của","3.a",X),
 ob("Chủ trì, phối hợp với các sở quản lý nhà nước chuyên ngành về hạ","3.b",X,lead=X,sup=["các sở quản lý nhà nước chuyên ngành về hạ tầng","các cơ quan, đơn vị có liên quan"]),
 ob("Chỉ đạo các cơ quan, đơn vị trực thuộc thực hiện kê khai, cập nhật,","3.c",X),
 ob("Phối hợp với các cơ quan quản lý chuyên ngành trong quá trình quản","3.d",X,sup=["các cơ quan quản lý chuyên ngành"]),
 ob("Thực hiện quản lý, sử dụng, khai thác tài sản đúng mục đích, đúng","4.a",C4),
 ob("Thực hiện đầy đủ việc lập, quản lý hồ sơ tài sản; kế toán, kiểm","4.b",C4),
 ob("Phối hợp chặt chẽ với cơ quan quản lý nhà nước chuyên ngành trong","4.c",C4,sup=["cơ quan quản lý nhà nước chuyên ngành"]),
 ob("Chịu trách nhiệm trước pháp luật và trước cơ quan có thẩm quyền về","4.d",C4,prod="báo cáo"),
 ob("Chủ trì, phối hợp với Sở Tài chính và các cơ quan, đơn vị có","5",["Thanh tra tỉnh"],lead=["Thanh tra tỉnh"],sup=["Sở Tài chính","các cơ quan, đơn vị có liên quan"]),
 ob("Phối hợp với các sở quản lý nhà nước chuyên ngành về hạ tầng theo","6.a",["Sở Tài chính"],sup=["các sở quản lý nhà nước chuyên ngành về hạ tầng"]),
 ob("Định kỳ hoặc đột xuất tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ","6.b",["Sở Tài chính"],prod="báo cáo",rt=UT),
 ob("Các sở, ban, ngành; Ủy ban nhân dân các xã, phường; các cơ quan,","7.a",["Các sở, ban, ngành","Ủy ban nhân dân các xã, phường","các cơ quan, đơn vị","doanh nghiệp"]),
 ob("Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước","7.a",["Các cơ quan, đơn vị"],due=D("trước ngày 05/7","recurring",cycle="half-yearly"),prod="báo cáo",rt="Sở Tài chính"),
 ob("Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7","7.a",["Sở Tài chính"],due=D("trước ngày 10/7","recurring",cycle="half-yearly"),prod="báo cáo",rt=UT),
 ob("Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày","7.a",["Các cơ quan, đơn vị"],due=D("trước ngày 15/12","recurring",cycle="yearly"),prod="báo cáo",rt="Sở Tài chính"),
 ob("Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12","7.a",["Sở Tài chính"],due=D("trước ngày 20/12","recurring",cycle="yearly"),prod="báo cáo",rt=UT),
 ob("Báo cáo đột xuất: Theo yêu cầu của Ủy ban nhân dân tỉnh, Bộ","7.a",[],prod="báo cáo",rt=UT),
 ob("Trong quá trình triển khai thực hiện, nếu phát sinh khó khăn, vướng mắc,","7.b",["các cơ quan, đơn vị, địa phương"],prod="văn bản",rt="sở quản lý nhà nước chuyên ngành về hạ tầng"),
 ob("Yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân","¶40",["các sở, ban, ngành","Ủy ban nhân dân các xã, phường","các cơ quan, đơn vị, doanh nghiệp"]),
],
"notes":""}
# ---------------- NQ 34
docs["laocai-34-nq-tu-2025"]={
"source":R+"23aefafe7c9842911684663f3c34ed0ec31c78ec/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/NQ-34-NQ-TU-27-12-2025.txt (read_file id 70663296549)",
"kind":"party","parent_issuer":"","issuer":"TỈNH ỦY LÀO CAI","issuer_as_printed":"TÍNH ỦY LÀO CAI","number":"34","symbol":"34-NQ/TU",
"type":"Nghị quyết","type_code":"NQ","place":"Lào Cai","date":"2025-12-27",
"subject":"CỦA BAN THƯỜNG VỤ TỈNH ỦY về phát triển các khu công nghiệp, cụm công nghiệp","urgency":"",
"recipients":[],"citations":[],"truncated":False,
"signature":{"authority":["T/M BAN THƯỜNG VỤ"],"title":"S Í THƯ THƯỜNG TRưÊ","name":"Hoàng Giang"},
"distribution":["Các đ/c Ủy viên BTV Tỉnh ủy","Các Đảng ủy trực thuộc Tỉnh ủy","Các cơ quan tham mưu, giúp việc Tỉnh ủy","Lãnh đạo Văn phòng Tỉnh ủy","Chuyên viên P.TH - VPTU","Lưu Văn phòng Tình ủy"],
"obligations":[
 ob("Đôi mới, tăng cường và tập trung sự lãnh đạo, chỉ đạo của cấp","II.1",[]),
 ob("Tăng cường hiệu lực, hiệu quả hoạt động của cơ quan quản lý nhà","II.2",[]),
 ob("Hoàn thành việc điều chỉnh quy hoạch tỉnh Lào Cai thời kỳ 2021 -","II.3",[],due=D("frong tháng 01/2026","period_end",date="2026-01-31")),
 ob("Tổ chức rà soát toàn bộ các dự án trong khu, cụm công nghiệp; kiên","II.4",[],due=D("frong Quý 1/2026","period_end",date="2026-03-31")),
 ob("Tập trung lãnh đạo, chỉ đạo với sự vào cuộc quyết liệt của cả hệ","II.5",[]),
 ob("Đây mạnh cải cách hành chính gắn với chuyền đổi số, tập trung đơn","II.6",[]),
 ob("Tập trung đầu tư xây dựng, hoàn thiện đồng bộ hệ thống hạ tầng kỹ","II.7",[]),
 ob("Đổi mới và nâng cao hiệu quả công tác thu hút đầu tư vào các","II.8",[]),
 ob("Tăng cường bảo vệ môi trường trong các khu, cụm công nghiệp, bảo đảm","II.9",[]),
 ob("Các cấp uỷ, tổ chức Đảng, chính quyền, lãnh đạo, chỉ đạo tổ chức","IV.1",["Các cấp uỷ, tổ chức Đảng","chính quyền"],due=D("trong tháng 01/2026","period_end",date="2026-01-31"),prod="kế hoạch"),
 ob("Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem","IV.2.1",["Đảng uỷ Các cơ quan Đảng tỉnh","Đảng ủy Hội đồng nhân dân tỉnh"]),
 ob("Đảng úy Ủy ban Mặt trận T, ô quốc Việt Nam tính và các","IV.2.2",["Đảng uỷ Các cơ quan Đảng tỉnh","Đảng úy Ủy ban Mặt trận T, ô quốc Việt Nam tính","các tô chức chính trị - xã hội"]),
 ob("Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế","IV.3",["Đảng ủy UBND tỉnh"],due=D("rong tháng 01/2026","period_end",date="2026-01-31"),prod="kế hoạch"),
 ob("định kỳ trước 25 hằng tháng báo cáo tiến độ, khó khăn, vướng mắc,","IV.3",["Đảng ủy UBND tỉnh"],due=D("trước 25 hằng tháng","recurring",cycle="monthly",day=25),prod="báo cáo",rt="Ban Thường vụ Tỉnh ủy",via="Văn phòng Tỉnh ủy"),
 ob("Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền và","IV.4",["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
 ob("Ủy ban Kiểm tra Tỉnh ủy phối hợp với các cơ quan, đơn vị có","IV.5",["Ủy ban Kiểm tra Tỉnh ủy"],sup=["các cơ quan, đơn vị có liên quan"]),
 ob("Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết;","IV.6",["Văn phòng Tỉnh ủy"],prod="báo cáo",rt="Ban Thường vụ Tỉnh ủy"),
],
"notes":""}
# ---------------- KH 134
BQ=["Ban Quản lý Khu kinh tế","Ban Quản lý các Khu công nghiệp tỉnh"]
BQ7=["Ban Quản lý Khu kinh tế","Ban Quản lý các Khu công nghiệp tỉnh Lào Cai"]
XA=["Ủy ban nhân dân cấp xã"]
CDT="chủ đầu tư kinh doanh hạ tầng kỹ thuật các khu, cụm công nghiệp"
PE=lambda t:D(t,"period_end",date="2026-12-31")
SCT=["Sở Công Thương"];STC=["Sở Tài chính"];SNN=["Sở Nông nghiệp và Môi trường"];SXD=["Sở Xây dựng"]
docs["laocai-134-kh-ubnd-2026"]={
"source":R+"3efbe48544528ce4cf3f6c24d25a85a6cae49994/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/KH-134-KH-UBND-26-3-2026-TEXT.txt (read_file id 60865562881)",
"kind":"state","parent_issuer":"","issuer":"ỦY BAN NHÂN DÂN TỈNH LÀO CAI","number":"134","symbol":"134/KH-UBND",
"type":"Kế hoạch","type_code":"KH","place":"Lào Cai","date":"2026-03-26",
"subject":"Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026","urgency":"",
"recipients":[],
"citations":[
 {"type":"Nghị quyết","symbol":"34-NQ/TU","date":"2025-12-27","issuer":"Tỉnh uỷ Lào Cai","relation":"implements"},
 {"type":"Nghị định","symbol":"35/2022/NĐ-CP","date":"2022-05-28","issuer":"Chính phủ","relation":"legal_basis"},
 {"type":"Nghị định","symbol":"32/2024/NĐ-CP","date":"2024-03-15","issuer":"Chính phủ","relation":"legal_basis"},
 {"type":"Quyết định","symbol":"1902/QĐ-UBND","date":"2025-06-16","issuer":"Ủy ban nhân dân tỉnh Lào Cai","relation":"mentions"},
 {"type":"Quyết định","symbol":"2339/QĐ-UBND","date":"2025-12-12","issuer":"Ủy ban nhân dân tỉnh Lào Cai","relation":"mentions"},
 {"type":"Văn bản","symbol":"1289/UBND-TH","date":"2026-02-23","issuer":"Ủy ban nhân dân tỉnh","relation":"mentions"},
 {"type":"Quyết định","symbol":"1955/QĐ-UBND","date":"2026-06-19","issuer":"UBND tỉnh Lào Cai","relation":"mentions"},
 {"type":"Tờ trình","symbol":"20/TTr-BGT","date":"2026-02-04","issuer":"BAN QLDA Đầu tư xây dựng công trình giai thông tỉnh Lào Cai","relation":"mentions"},
 {"type":"Quyết định","symbol":"898/QĐ-UBND","date":"2023-06-02","issuer":"UBND tỉnh Yên Bái","relation":"mentions"},
 {"type":"Tờ trình","symbol":"562-TTr/ĐU","date":"2026-03-13","issuer":"Đảng ủy UBND tỉnh Lào Cai","relation":"mentions"},
 {"type":"Luật","symbol":None,"name":"Luật Bảo vệ môi trường","date":None,"issuer":"","relation":"mentions"},
 {"type":"Luật","symbol":"146/2025/QH15","date":None,"issuer":"Quốc hội","relation":"mentions"}],
"truncated":False,
"signature":{"authority":["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH"],"title":"PHÓ CHỦ TỊCH","name":"Nguyễn Thế Phước"},
"distribution":["Như Điều 3","TT. Tỉnh uỷ, HĐND tỉnh","Chủ tịch và các PCT UBND tỉnh","Các sở, ban, ngành thuộc UBND tỉnh","Các cơ quan TW đóng trên địa bàn tỉnh","Liên minh HTX tỉnh","Trung tâm XTĐT, TM&DL tỉnh","UBND các xã, phường","Hiệp hội Doanh nghiệp tỉnh","Báo và PT, TH tỉnh; Cổng TTĐT tỉnh","Lãnh đạo VPUBND tỉnh","Lưu: VT, TH (Thắng), KT (Long)"],
"obligations":[
 ob("Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh","II.1",BQ),
 ob("Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện đồng bộ hạ tầng kỹ","II.1",XA,lead=XA,sup=["các Sở, ban ngành","nhà đầu tư thứ cấp"]),
 ob("Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh","II.2",BQ,lead=BQ),
 ob("Ủy ban nhân dân cấp xã hướng dẫn nhà đầu tư và trình thành lập","II.2",XA),
 ob("Sở Công Thương chủ trì tham mưu thực hiện thủ tục thành lập CCN theo","II.2",SCT,lead=SCT),
 ob("UBND cấp xã chủ trì, phối hợp với các Sở, ban ngành, chủ đầu","II.3",["UBND cấp xã"],lead=["UBND cấp xã"],sup=["các Sở, ban ngành",CDT]),
 ob("Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp san tạo","II.3",["Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"]),
 ob("UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng, Ban Quản","II.4",["UBND phường Lào Cai"],lead=["UBND phường Lào Cai"],sup=["Sở Xây dựng","Ban Quản lý khu Kinh tế","các cơ quan đơn vị liên quan"],due=PE("trong quý IV năm 2026")),
 ob("Ban Quản lý Khu kinh tế chủ trì, phối hợp với các sở ban ngành","II.5",["Ban Quản lý Khu kinh tế"],lead=["Ban Quản lý Khu kinh tế"],sup=["các sở ban ngành","địa phương"]),
 ob("Xây dựng phương án giá dịch vụ vận hành hạ tầng KCN Tằng Loỏng, hoàn","II.5",["Ban Quản lý Khu kinh tế"],due=PE("trong năm 2026"),prod="phương án"),
 ob("Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh","II.6",BQ,due=PE("trong năm 2026")),
 ob("Sở Khoa học và Công nghệ chủ trì phối hợp với các đơn vị có","II.7",["Sở Khoa học và Công nghệ"],lead=["Sở Khoa học và Công nghệ"],sup=["các đơn vị có liên quan"]),
 ob("Xây dựng, ban hành các chính sách hỗ trợ mang tính đột phá, có tầm","III.1",[]),
 ob("Cải thiện quy trình thủ tục hành chính, giảm hồ sơ và thời gian giải","III.1",[]),
 ob("Tăng cường kỷ luật, kỷ cương, xử lý dứt điểm, kiên quyết thu hồi","III.1",[]),
 ob("Phát triển khu, cụm công nghiệp phù hợp nguồn lực và khả năng thu hút","III.2",[]),
 ob("Trong quá trình xây dựng, thành lập các cụm công nghiệp cần tính đến","III.2",[]),
 ob("Ưu tiên nguồn lực thực hiện công tác giải phóng mặt bằng để tạo ra","III.3",[]),
 ob("Ưu tiên bố trí nguồn vốn ngân sách nhà nước để tập trung đầu tư","III.3",[]),
 ob("Triển khai hiệu quả chiến lược thu hút đầu tư với phương châm “Doanh nghiệp","III.4",[]),
 ob("Đẩy mạnh hoạt động xúc tiến thương mại, hỗ trợ doanh nghiệp tham gia hội","III.4",[]),
 ob("Về khoa học công nghệ: (i) Hỗ trợ doanh nghiệp đổi mới, nâng cấp","III.5",[]),
 ob("Về nguồn nhân lực: (i) Đào tạo, bồi dưỡng nguồn nhân lực chất lượng","III.5",[]),
 ob("Về tăng cường hợp tác và mở rộng thị trường: Tăng cường liên kết, hợp","III.5",[]),
 ob("Đầu tư xây dựng và vận hành hệ thống xử lý nước thải","III.6",[]),
 ob("Ưu tiên, có lộ trình phù hợp phân bổ vốn để sớm","III.6",[]),
 ob("Là cơ quan thường trực, có trách nhiệm tổng hợp, theo dõi, đôn đốc và","V.1",SCT,prod="báo cáo",rt=UT),
 ob("Phối hợp với chính quyền địa phương thực hiện rà soát và cập nhật nội","V.1",SCT,sup=["chính quyền địa phương"]),
 ob("Thực hiện quản lý, phát triển cụm công nghiệp theo quy định nhiệm vụ được","V.1",SCT),
 ob("Lập, cập nhật các dự án đầu tư hạ tầng kỹ thuật khu, cụm công","V.2",STC),
 ob("Tham mưu cho Ủy ban nhân dân tỉnh kế hoạch phân bổ vốn","V.2",STC,prod="kế hoạch",rt=UT),
 ob("Chủ trì, phối hợp với các cơ quan liên quan đề xuất việc","V.2",STC,lead=STC,sup=["các cơ quan liên quan"]),
 ob("Chủ trì, phối hợp với các đơn vị liên quan triển khai các quy định","V.3",SNN,lead=SNN,sup=["các đơn vị liên quan"]),
 ob("Phối hợp với Sở, Ngành (cơ quan đăng ký đầu tư) trong việc thẩm định","V.3",SNN,sup=["Sở, Ngành (cơ quan đăng ký đầu tư)"]),
 ob("Hướng dẫn doanh nghiệp thực hiện các thủ tục thu hồi khoáng sản nếu có","V.3",SNN),
 ob("Hướng dẫn và thẩm định (hoặc tham gia ý kiến) điều chỉnh, bổ sung khu,","V.4",SXD),
 ob("Chủ trì, phối hợp với các Sở, ngành liên quan chỉ đạo, hướng dẫn các","V.4",SXD,lead=SXD,sup=["các Sở, ngành liên quan"]),
 ob("Phối hợp với Ủy ban nhân dân cấp xã tham mưu, đề xuất","V.4",SXD,sup=XA),
 ob("Hướng dẫn các đơn vị kinh doanh hạ tầng khu, cụm công nghiệp thực hiện","V.4",SXD),
 ob("Chủ trì phối hợp với các đơn vị triển khai các nhiệm vụ về chuyển","V.5",["Sở Khoa học và Công nghệ"],lead=["Sở Khoa học và Công nghệ"],sup=["các đơn vị"]),
 ob("Chủ trì, phối hợp với các sở, ngành, đơn vị liên quan và các cơ","V.6",["Sở Giáo dục và Đào tạo"],lead=["Sở Giáo dục và Đào tạo"],sup=["các sở, ngành, đơn vị liên quan","các cơ sở giáo dục nghề nghiệp trong và ngoài tỉnh"]),
 ob("Thực hiện quản lý, phát triển khu công nghiệp theo quy định nhiệm vụ được","V.7",BQ7),
 ob("Phối hợp với chính quyền địa phương thực hiện rà soát và cập nhật nội","V.7",BQ7,sup=["chính quyền địa phương"]),
 ob("Chủ trì thực hiện các nhiệm vụ liên quan đến Phát triển các Khu công","V.7",BQ7,lead=BQ7),
 ob("Thường xuyên rà soát toàn bộ các dự án trong khu công nghiệp để đề","V.7",BQ7,due=D("Thường xuyên","continuous")),
 ob("Ban Quản lý Khu kinh tế chủ trì triển khai chuyển đổi KCN","V.7",["Ban Quản lý Khu kinh tế"],lead=["Ban Quản lý Khu kinh tế"]),
 ob("Tổ chức làm việc với các nhà đầu tư trong khu công nghiệp để xử","V.7",BQ7),
 ob("Tạo mặt bằng sạch, thu hút, mời gọi các nhà đầu tư đăng ký vào","V.7",BQ7),
 ob("Phối hợp với Ủy ban nhân dân cấp xã tham mưu Ủy ban","V.7",BQ7,sup=XA),
 ob("Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện","V.8",["Các sở, ban, ngành","các đơn vị khác có liên quan"],sup=["các cơ quan chủ trì"]),
 ob("Chủ trì, phối hợp với các Sở, ban ngành, chủ đầu tư kinh doanh hạ","V.9",XA,lead=XA,sup=["các Sở, ban ngành",CDT]),
 ob("Chủ trì, phối hợp với các sở, ngành, đơn vị liên quan đề xuất danh","V.9",XA,lead=XA,sup=["các sở, ngành, đơn vị liên quan"],prod="danh mục",rt=UT),
 ob("Thường xuyên rà soát các dự án trong cụm công nghiệp để đề xuất UBND","V.9",XA,due=D("Thường xuyên","continuous")),
 ob("Ủy ban nhân dân phường Yên Bái chủ trì phối hợp với Ủy ban nhân","V.9",["Ủy ban nhân dân phường Yên Bái"],lead=["Ủy ban nhân dân phường Yên Bái"],sup=["Ủy ban nhân dân phường Văn Phú","các sở, ban ngành có liên quan"],due=PE("trong năm 2026"),prod="phương án"),
 ob("Thực hiện các nhiệm vụ quản lý, phát triển các khu, CCN theo quy định","V.10",["Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"]),
 ob("Thu hút, mời gọi các nhà đầu tư đăng ký vào cụm công nghiệp để","V.10",["Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"]),
 ob("Rà soát và lập hồ sơ mở rộng các cụm công nghiệp hiện","V.10",["Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"],prod="hồ sơ"),
 ob("Các Sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá, báo cáo kết","VI.1",["Các Sở, ban, ngành","cơ quan, đơn vị"],due=D("trước ngày 20 hằng tháng","recurring",cycle="monthly",day=20),prod="báo cáo",rt="Sở Công Thương"),
 ob("Trong quá trình tổ chức triển khai thực hiện, nếu có vướng mắc phát","VI.2",["các cơ quan, đơn vị","Ủy ban nhân dân các xã, phường"],rt="Sở Công Thương"),
 ob("Yêu cầu các sở, ban, ngành của tỉnh, Ủy ban nhân dân các phường,","VI",["các sở, ban, ngành của tỉnh","Ủy ban nhân dân các phường, xã","các cơ quan đơn vị có liên quan"]),
 ob("đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức","VI",["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh","các tổ chức chính trị - xã hội tỉnh Lào Cai"]),
],
"notes":""}
CP="TRANSCRIPTION: the .txt was copied by hand from read_file's display of the stored file (pdftotext -layout text layer kept in the repository, with its leading spaces, the interleaved Nơi nhận / signature columns and page numbers); the stored file has {n} more code point(s) than this copy ({a} vs {b}); the differences were not located and are invisible in the display (most likely decomposed diacritics in the signed PDF's text layer, e.g. the signer's name). "
N=docs
N["laocai-2449-cv-du-2026"]["notes"]=CP.format(n=2,a=3201,b=3199)+"PARTY công văn of the Party committee of the provincial People's Committee (Đảng ủy UBND tỉnh Lào Cai), under Đảng bộ tỉnh Lào Cai: parent_issuer/issuer are the two header lines. Symbol printed 'Số 2449 -CV/ĐU' (spacing only). Subject: the trích yếu without its leading 'về việc' (DEBATABLE, treated like V/v). Signature 'T/M BAN THƯỜNG VỤ' / 'PHÓ BÍ THƯ' / 'Nguyễn Hữu Long'. Citations: 104-CTr/TU implements; 75-KL/TW and 31-CTr/TW are nested in 104's description with their own numbers → mentions (DEBATABLE: implements). OBLIGATIONS: item 1 lead-in 'Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:' is inherited by its two '-' bullets (one entry each); bullet 1 product 'chương trình' (first of 'chương trình, đề án, dự án, kế hoạch', DEBATABLE); bullet 2 'Thường xuyên …' continuous (corpus10 rule). Item 2 heading 'Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở' gives the addressees (split at ';') of its paragraph 'Các cấp ủy, tổ chức đảng …' (DEBATABLE: the paragraph's own subject 'Các cấp ủy, tổ chức đảng'). 'Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn …' follows item 2 without a marker → section '2' (DEBATABLE: a separate paragraph ¶7), lead the Ban, support null (those it guides are not partners). Closing 'Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện.' recorded as an obligation (closing demand, corpus7/corpus9 precedent), section ¶8 counting every printed paragraph after Kính gửi (opening 1, item 1 2, bullets 3-4, item 2 heading 5, its paragraph 6, Giao … 7)."
N["laocai-9387-ubnd-kt-2026"]["notes"]=CP.format(n=1,a=2395,b=2394)+"The one extra code point is in the signer's name line (read_file at offset 2392 returns 'á\\n' spanning three code points: 'Bá' is decomposed there). State công văn implementing the Party programme 104-CTr/TU and the Party letter 2449-CV/ĐU (the latter is laocai-2449-cv-du-2026 of this set). Subject as printed with the source's slips 'hành độ' and 'CTr/Tu' (canonical citation 104-CTr/TU, as_printed '104-CTr/Tu'). Signature has no TM line: authority ['KT. CHỦ TỊCH']. OBLIGATIONS: 1 → four addressees as printed ('Các Sở, ban, ngành thuộc tỉnh' kept as one class), product 'chương trình' (as in 2449, DEBATABLE). 2 → lead Sở Nông nghiệp và Môi trường, support 'các cơ quan, đơn vị, địa phương' kept as one class (DEBATABLE: three), due 'trước ngày 05/10/2026' date, product 'kế hoạch' (printed 'dự thảo Kế hoạch'; DEBATABLE 'dự thảo'), report_to null (not named). Closing 'Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển khai thực hiện' → obligation, ¶4 (opening ¶1, items ¶2-¶3), addressees split 'các Sở, ngành' + 'địa phương' (as hungyen-199)."
N["laocai-3556-qd-ubnd-2026"]["notes"]=CP.format(n=1,a=3619,b=3618)+"The stored file is the repository's 2-page extraction of the Quyết định alone (its first line is the repository's own bracketed note '[Bản trích chữ tự động bằng pdftotext …]', kept; the first header line lost its leading spaces in that file). The annexed Quy chế (11 pages) is NOT part of this file (it is in the repository as a separate file and in QD-3556-QD-UBND-30-9-2026-TEXT.txt); the document here ends with its signature, so truncated=false (DEBATABLE: the annex is cut). Place/date line 'Lào Cai, ngày    30   tháng 9 năm 2026' (spaces around the day). CITATIONS: the law 'Luật Dữ liệu' appears only inside 165/2025/NĐ-CP's title → not listed; 9202/SNNMT-VPĐK printed '9202/SNNMT - VPĐK'; its issuer is the Giám đốc Sở named before 'tại Tờ trình … và Văn bản' (DEBATABLE). The three repealed decisions (Điều 2 'Bãi bỏ …', incl. khoản 16 Điều 3 of 59/2025/QĐ-UBND) → mentions, as corpus5 bacgiang-641 (DEBATABLE: replaces/amends). OBLIGATIONS: only Điều 3 (execution article, no due). Addressees: 'Chánh Văn phòng Ủy ban nhân dân tỉnh' → 'Văn phòng Ủy ban nhân dân tỉnh'; 'Giám đốc Sở Nông nghiệp và Môi trường' → the Sở; 'Thủ trưởng các sở, ban, ngành thuộc tỉnh' → class; 'Chủ tịch Ủy ban nhân dân các phường, xã' → 'Ủy ban nhân dân các phường, xã'; 'các tổ chức, cá nhân có liên quan'."
N["laocai-7103-ubnd-th-2026"]["notes"]=CP.format(n=4,a=9323,b=9319)+"Công văn of the Chủ tịch UBND tỉnh Lào Cai on Nghị định 178/2026/NĐ-CP. Header: place/date line printed ABOVE 'Số: 7103 /UBND-TH'. Signature authority ['KT. CHỦ TỊCH'] (no TM line). OBLIGATIONS (25): item 1 names no body → inherits the opening lead-in 'yêu cầu các sở, ban, ngành, địa phương, cơ quan, đơn vị, doanh nghiệp' split into five (DEBATABLE: 'cơ quan, đơn vị' as one). Item 2: the six '-' lines naming the seven bodies (Ban Quản lý Khu kinh tế and Ban Quản lý các khu công nghiệp split; parenthesised asset scopes dropped) are the lead-in; 'Có trách nhiệm:' items a)–đ) are the entries (2.a … 2.đ), each with all seven bodies; 2.a 'Chủ trì, phối hợp với …' → lead = the seven, support 'các cơ quan, đơn vị, địa phương' (one class), product 'hồ sơ' (lập hồ sơ đề nghị giao tài sản, DEBATABLE); 2.b 'thực hiện chế độ báo cáo theo quy định' is a general duty → product null (DEBATABLE); 2.đ '… định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh (qua Sở Tài chính)' → product báo cáo, report_to Ủy ban nhân dân tỉnh, via Sở Tài chính, due null ('định kỳ hoặc đột xuất' without cycle). Item 3 UBND các xã, phường a)–d); 3.b lead itself, support the infrastructure Sở and 'các cơ quan, đơn vị có liên quan'. Item 4 heading kept as ONE class (the bodies given assets). 4.d 'chủ động báo cáo các khó khăn…' → product báo cáo, report_to null. Item 5 Thanh tra tỉnh lead, support Sở Tài chính + class. Item 6 Sở Tài chính: 6.a support; 6.b report_to 'Ủy ban nhân dân tỉnh' (also 'Bộ Tài chính' — report_to holds one body, DEBATABLE). Item 7.a: the paragraph 'Các sở, ban, ngành; Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị và doanh nghiệp …' is one entry (due null: 'theo đúng tiến độ quy định tại Nghị định' is not a date); the following paragraph 'Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo … như sau:' is a lead-in (not an entry, corpus10 rule); each report bullet holds two clauses with different bodies and dates → split (sonla-254 rule): 'Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7' / 'Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7' (recurring half-yearly — the 6-month report, no 'day' because the day carries a month, corpus10 convention; DEBATABLE: yearly, since each falls once a year; the note '(riêng năm 2026 thực hiện báo cáo năm)' is not encoded) and the yearly pair 15/12 / 20/12 (recurring yearly). 'Báo cáo đột xuất: Theo yêu cầu của Ủy ban nhân dân tỉnh, Bộ Tài chính.' names no sender → addressees [], report_to Ủy ban nhân dân tỉnh, due null. 7.b → addressees the class 'các cơ quan, đơn vị, địa phương', product 'văn bản', report_to 'sở quản lý nhà nước chuyên ngành về hạ tầng' (also copied to Sở Tài chính; DEBATABLE). Closing 'Yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng đầu các cơ quan, đơn vị, doanh nghiệp …' → obligation ¶40 (every printed paragraph and item line after Kính gửi counted), officials → bodies ('các cơ quan, đơn vị, doanh nghiệp' constructed from 'người đứng đầu các cơ quan, đơn vị, doanh nghiệp')."
N["laocai-34-nq-tu-2025"]["notes"]="TRANSCRIPTION: copied by hand from read_file's display; same length as the stored file (11,586 code points). RENDERING: the repository's tesseract OCR of the 5-page scan, kept as stored: first line is the repository's '[OCR] [Bản trích chữ tự động …]' note, '===== Trang N =====' page markers and page numbers are the repository's; OCR damage everywhere ('TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM' header on one line, 'frong'/'rong' for 'trong', 'Š.' for '5.', '1 Đôi mới' without dot, 'tô chức', 'đây mạnh', '2Š cụm', 'Nơi nhân', the signature title 'S Í THƯ THƯỜNG TRưÊ' glued after the first Nơi nhận line, a stray '`'). Section III is missing in the source numbering (I → II → IV; the repository notes this of the original too). HEADER: issuer canonical 'TỈNH ỦY LÀO CAI', issuer_as_printed 'TÍNH ỦY LÀO CAI'; the issuing organ is the Ban Thường vụ (in the subject line 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', kept in subject as corpus/thuathienhue-445 keeps its second title line). Symbol printed 'Số 34 -NQ/TU'. No citations with a number ('Đề án 08' is a named programme, not listed; DEBATABLE). SIGNATURE title given AS PRINTED 'S Í THƯ THƯỜNG TRưÊ' (restored: 'PHÓ BÍ THƯ THƯỜNG TRỰC'; DEBATABLE); name 'Hoàng Giang'. DISTRIBUTION: six lines, trailing ',' / ', `' dropped, the glued title left out of the first entry, 'Lưu Văn phòng Tình ủy' as printed. OBLIGATIONS (17): I (quan điểm, mục tiêu) not obligations. II Nhiệm vụ và giải pháp 1–9 name no body → addressees [] (ttg-773 precedent; DEBATABLE for a Party resolution). II.3 due 'frong tháng 01/2026' (OCR for 'trong') → period_end 2026-01-31; II.4 'frong Quý 1/2026' → 2026-03-31; II.6 '(dự kiến triển khai từ 01/01/2026 …)' is a start, not a deadline. II.9 keeps modality obligation despite its 'Khuyến khích, hỗ trợ doanh nghiệp …' sentence. IV.1 addressees 'Các cấp uỷ, tổ chức Đảng' (one class) + 'chính quyền', product kế hoạch, due 'trong tháng 01/2026'. IV.2 'Đảng uỷ Các cơ quan Đảng tỉnh chỉ đạo:' is a lead-in; 2.1 and 2.2 are entries whose addressees are that Đảng ủy plus the body each item names (DEBATABLE); 2.2's body is given as printed by the OCR 'Đảng úy Ủy ban Mặt trận T, ô quốc Việt Nam tính' (restored 'Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh') and 'các tô chức chính trị - xã hội'. IV.3 split in two clauses (sonla-254 rule): 'ban hành kế hoạch … (rong tháng 01/2026)' → product kế hoạch, period_end 2026-01-31, due text as printed 'rong tháng 01/2026'; 'định kỳ trước 25 hằng tháng báo cáo … với Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)' → recurring monthly day 25, product báo cáo, report_to Ban Thường vụ Tỉnh ủy, via Văn phòng Tỉnh ủy. The addressee of IV.3 is 'Đảng ủy UBND tỉnh' (it 'lãnh đạo Ủy ban nhân dân tỉnh' to act; DEBATABLE: add UBND tỉnh). IV.4 Ban Tuyên giáo và Dân vận Tỉnh ủy, support null (the media's partners are not its partners). IV.5 support 'các cơ quan, đơn vị có liên quan'. IV.6 Văn phòng Tỉnh ủy, 'phối hợp' without partner → support null; 'tông hợp tình hình báo cáo Thường trực, Ban Thường vụ Tỉnh ủy' → product báo cáo, report_to Ban Thường vụ Tỉnh ủy (Thường trực Tỉnh ủy also named; DEBATABLE)."
N["laocai-134-kh-ubnd-2026"]["notes"]=CP.format(n=10,a=25699,b=25689)+"(7 of the 10 fall in the first 16,000 code points, 3 after; not located — a spacing slip in the copy cannot be excluded.) Provincial Kế hoạch implementing the Party resolution 34-NQ/TU (laocai-34-nq-tu-2025 of this set). The Phụ lục 01–05 referred to ('(chi tiết Phụ lục 01 đính kèm)') are NOT in the stored text (the file ends with the Nơi nhận); truncated=false for the plan body (DEBATABLE). Nơi nhận 'Như Điều 3' as printed (a plan has no Điều 3: source slip). CITATIONS: 34-NQ/TU first fully mentioned in the subject line 'Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025' → implements, issuer 'Tỉnh uỷ Lào Cai' (the Căn cứ paragraph repeats it with 'Ban thường vụ Tỉnh ủy'); 35/2022 and 32/2024/NĐ-CP legal_basis; the funding references in IV → mentions; 1289/UBND-TH typed 'Văn bản'; 20/TTr-BGT issuer as printed ('giai thông' slip); 'Luật Bảo vệ môi trường' (no date) and Luật số 146/2025/QH15 → mentions (Điều 52 / khoản 16 Điều I pinpoints not recorded). 1955/QĐ-UBND dated 19/6/2026 (after the plan's own date; repository flags it as a likely typo) recorded as printed. OBLIGATIONS (61): I (mục đích, yêu cầu) not obligations; II Nội dung: one entry per body bullet/paragraph; II.1 bullet 2 (UBND cấp xã) holds 'Chủ trì, phối hợp với các Sở, ban ngành, nhà đầu tư thứ cấp …' → lead/support on the one entry (DEBATABLE: split). II.3 support 'chủ đầu tư kinh doanh hạ tầng kỹ thuật các khu, cụm công nghiệp' as printed. II.4 due 'trong quý IV năm 2026' → period_end 2026-12-31. II.5 split: the chủ trì sentence (lead BQL Khu kinh tế, support 'các sở ban ngành', 'địa phương') and 'Xây dựng phương án giá dịch vụ … hoàn thành trong năm 2026' (product phương án, period_end). II.6 'triển khai xây dựng hoàn thành trong năm 2026' → period_end, product null. III Giải pháp thực hiện: 14 '-' bullets naming no body → addressees [] (ttg-773 precedent; DEBATABLE: solutions rather than tasks; the (i)…(vi) sub-items of III.5 are folded into their bullet). IV Vốn đầu tư describes funding: no entries. V Tổ chức thực hiện: one entry per '-' bullet, inheriting the numbered body; V.1 bullet 1 'định kỳ báo cáo Ủy ban nhân dân tỉnh' → product báo cáo, due null; V.2 bullet 2 'Tham mưu cho Ủy ban nhân dân tỉnh kế hoạch phân bổ vốn' → product kế hoạch, report_to Ủy ban nhân dân tỉnh (DEBATABLE); V.3 support 'Sở, Ngành (cơ quan đăng ký đầu tư)' as printed; V.5 one entry (its (iii) 'Phối hợp với Ban Quản lý Khu kinh tế' not split, support given as 'các đơn vị'; DEBATABLE); V.7 heading 'Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai' split in two, bullet 5 names BQL Khu kinh tế alone (lead); 'Thường xuyên rà soát …' → continuous (V.7, V.9). V.8 heading split 'Các sở, ban, ngành' / 'các đơn vị khác có liên quan', support 'các cơ quan chủ trì'. V.9 bullet 2 '… báo cáo Ủy ban nhân dân tỉnh xem xét phê duyệt' → product danh mục, report_to Ủy ban nhân dân tỉnh; bullet 4 names UBND phường Yên Bái (lead) with support UBND phường Văn Phú + class, product phương án, 'hoàn thành phê duyệt phương án trong năm 2026' → period_end. V.10 class as printed. VI.1 'gửi về Sở Công Thương trước ngày 20 hằng tháng, để tổng hợp báo cáo Ủy ban nhân dân tỉnh' → recurring monthly day 20, report_to Sở Công Thương (plain address; DEBATABLE: report_to UBND tỉnh via Sở Công Thương); 'báo cáo đột xuất khi có yêu cầu' not separated. VI.2 officials → bodies ('Thủ trưởng các cơ quan, đơn vị' → 'các cơ quan, đơn vị' constructed; 'Chủ tịch Ủy ban nhân dân các xã, phường' → 'Ủy ban nhân dân các xã, phường'), report_to Sở Công Thương, product null ('gửi ý kiến'; DEBATABLE 'ý kiến'). The closing paragraph 'Trên đây là Kế hoạch … Yêu cầu … ; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh Lào Cai phối hợp thực hiện' shares section VI (unnumbered paragraph after VI.2) and is split in two clauses (text_start from each clause; the second starts lower-case 'đề nghị'); the đề nghị clause → obligation (ttg-773 III.15), support null."
order=["source","kind","parent_issuer","issuer","issuer_as_printed","number","symbol","type","type_code","place","date","subject","urgency","recipients","citations","truncated","signature","distribution","obligations","notes"]
for name,d in docs.items():
    out={k:d[k] for k in order if k in d}
    assert set(out)==set(d),(name,set(d)-set(out))
    json.dump(out,open(f"/work/gold/corpus11/{name}.json","w",encoding="utf-8"),ensure_ascii=False,indent=2)
    open(f"/work/gold/corpus11/{name}.json","a").write("\n")
    print(name,len(d["obligations"]))
