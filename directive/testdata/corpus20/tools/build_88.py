import sys
sys.path.insert(0, 'tools')
from lib import *
NAME = 'cp-88-nq-cp-2022'
T = load(NAME + '.txt')
O = []
def t(p, occ=0): return ts_line(T, p, occurrence=occ)
TNMT = 'Bộ Tài nguyên và Môi trường'
UBT = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'
# Nghị quyết Điều 3 (execution article)
O.append(ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, Chủ tịch Hội đồng'), 'Điều 3',
            ['các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', UBT, 'các tập đoàn kinh tế', 'tổng công ty nhà nước hoạt động khoáng sản', 'các cơ quan, tổ chức, cá nhân có liên quan']))
# Chương trình hành động II.1 Nhiệm vụ: bullets NOT restated by the Danh mục rows (see notes)
O.append(ob(t('Hoàn thành các văn bản quy phạm pháp luật hướng dẫn'), 'CTr II.1.b', [], due=pe('trong năm 2024', '2024-12-31'), product='văn bản'))
O.append(ob(t('Hoàn thiện chính sách khuyến khích hợp tác'), 'CTr II.1.b', [], product='chính sách'))
O.append(ob(t('Tổ chức tuyên truyền, phổ biến ngay sau khi'), 'CTr II.1.c', [], due=rel('ngay sau khi các văn bản được ban hành', 0, 'day', 'các văn bản được ban hành')))
O.append(ob(t('Nghiên cứu các mô hình quản trị khoáng sản'), 'CTr II.1.d', [], due=dt('trước năm 2025', '2024-12-31')))
O.append(ob(t('Hoàn thành chuyển đổi toàn diện công nghệ'), 'CTr II.1.đ', [], due=dt('trước năm 2030', '2029-12-31')))
O.append(ob(t('Hoàn thành đầu tư dự án khai thác, chế biến quặng crômit'), 'CTr II.1.đ', [], due=dt('trước năm 2025', '2024-12-31')))
O.append(ob(t('Nghiên cứu, lựa chọn công nghệ tiệm cận'), 'CTr II.1.đ', [], due=dt('hoàn thành trước năm 2030', '2029-12-31')))
O.append(ob(t('Duy trì hoạt động hiệu quả các dự án'), 'CTr II.1.đ', []))
# II.2 Giải pháp: every bullet
for p in ['Tăng cường năng lực lãnh đạo, chỉ đạo công tác', 'Tăng cường thanh tra, kiểm tra, giám sát', 'Đẩy mạnh ứng dụng công nghệ thông tin',
          'Đẩy mạnh hợp tác, học tập kinh nghiệm quốc tế', 'Ưu tiên bố trí ngân sách nhà nước kết hợp']:
    O.append(ob(t(p), 'CTr II.2', []))
O.append(ob(t('Hàng năm, các địa phương lập kế hoạch'), 'CTr II.2', ['các địa phương'], due=rec('Hàng năm', 'yearly'), product='kế hoạch'))
O.append(ob(t('Rà soát đề xuất điều chỉnh sản lượng khai thác'), 'CTr II.2', []))
# III Tổ chức thực hiện
O.append(ob(t('Trên cơ sở các nhiệm vụ, giải pháp trong Chương trình hành động này'), 'CTr III.1',
            ['các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ có liên quan', UBT], product='kế hoạch'))
A2 = ['các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', UBT]
O.append(ob(t('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung'), 'CTr III.2', A2))
O.append(ob(t('định kỳ trước ngày 31 tháng 12 hàng năm gửi'), 'CTr III.2', A2, due=rec('định kỳ trước ngày 31 tháng 12 hàng năm', 'yearly'), report_to=TNMT))
O.append(ob(t('Bộ trưởng Bộ Tài nguyên và Môi trường căn cứ'), 'CTr III.3', [TNMT]))
O.append(ob(t('định kỳ trước ngày 31 tháng 3 hàng năm tổng hợp'), 'CTr III.3', [TNMT], due=rec('định kỳ trước ngày 31 tháng 3 hàng năm', 'yearly'), product='báo cáo', report_to='Chính phủ, Thủ tướng Chính phủ'))
# Danh mục (annexed task table): one entry per row
B = lambda *x: list(x)
rows = [
 ('1', 'Chương trình tuyên truyền, phổ biến, quán triệt', ['Các bộ, ngành', 'cơ quan trữ thuộc Chính phủ có liên quan', 'các Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương', 'các tập đoàn kinh tế', 'tổng công ty nhà nước hoạt động khoáng sản'], None, pe('Năm 2022 và hàng năm', '2022-12-31'), 'chương trình'),
 ('2', 'Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật', [TNMT], ['Bộ Tư pháp', 'Bộ Công Thương', 'Bộ Xây dựng', 'các bộ ngành liên quan'], pe('Quý III năm 2022', '2022-09-30'), 'hồ sơ'),
 ('3', 'Hoàn thành Dự án Luật Khoáng sản (sửa đổi) |', [TNMT], ['Bộ Tư pháp', 'Bộ Công Thương', 'Bộ Xây dựng', 'các bộ ngành liên quan'], pe('Quý IV năm 2023', '2023-12-31'), 'hồ sơ'),
 ('4', 'Rà soát, sửa đổi, bổ sung quy định bất cập', [TNMT], ['Bộ Tư pháp', 'Bộ Công Thương', 'Bộ Xây dựng', 'các bộ ngành liên quan'], pe('Năm 2022 và hàng năm', '2022-12-31'), 'nghị định'),
 ('5', 'Phê duyệt Chiến lược địa chất, khoáng sản', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'các bộ ngành liên quan'], pe('Quý III, năm 2022', '2022-09-30'), 'quyết định'),
 ('5', 'Thống kê, kiểm kê nguồn lực tài nguyên khoáng sản trong phạm vi', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'Ủy ban nhân dân các tỉnh, thành phố'], pe('Năm 2025; Năm 2030', '2025-12-31'), 'đề án'),
 ('6', 'Trình, phê duyệt Quy hoạch điều tra cơ bản', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'các bộ ngành liên quan'], pe('Quý III, năm 2022', '2022-09-30'), 'quyết định'),
 ('7', 'Trình, phê duyệt Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ', ['Bộ Công Thương'], [TNMT, 'Bộ Xây dựng', 'Ủy ban nhân dân các tỉnh, thành phố'], pe('Quý III, năm 2022', '2022-09-30'), 'quyết định'),
 ('8', 'Trình, phê duyệt Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản làm vật liệu xây dựng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 |', ['Bộ Xây dựng'], [TNMT, 'Bộ Công Thương'], pe('Tháng 12, năm 2022', '2022-12-31'), 'quyết định'),
 ('9', 'Lập, phê duyệt Quy hoạch năng lượng quốc gia', ['Bộ Công Thương'], [TNMT, 'Bộ Xây dựng'], pe('Quý IV, năm 2022', '2022-12-31'), 'quyết định'),
 ('10', 'Rà soát, điều chỉnh thuế suất thuế tài nguyên một số khoáng sản nhằm khuyến khích đầu tư công nghệ tiên tiến, hiện đại để khai thác, chế biến các mỏ khoáng sản có điều kiện địa chất - mỏ', ['Bộ Tài chính'], [TNMT, 'Bộ Công Thương', 'Bộ Xây dựng'], pe('Năm 2022 - 2025', '2025-12-31'), 'luật'),
 ('11', 'Hoàn thành Quy hoạch tỉnh (trong đó', ['Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương'], [TNMT, 'Bộ Công Thương', 'Bộ Xây dựng'], pe('Năm 2022', '2022-12-31'), 'quyết định'),
 ('12', 'Kiện toàn tổ chức cơ quan quản lý nhà nước về khoáng sản', ['Bộ Nội vụ'], [TNMT, 'Bộ Công Thương', 'Bộ Xây dựng'], pe('Năm 2022 và hàng năm', '2022-12-31'), None),
 ('13', 'Hoàn thành cơ sở dữ liệu thống nhất', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'Ủy ban nhân dân các tỉnh, thành phố'], pe('Năm 2025 và các năm tiếp theo', '2025-12-31'), None),
 ('14', 'Xây dựng kế hoạch đào tạo cán bộ quản lý', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'Ủy ban nhân dân các tỉnh, thành phố'], pe('Năm 2022 và các năm tiếp theo', '2022-12-31'), None),
 ('15', 'Xây dựng chế độ đãi ngộ cán bộ', ['Bộ Nội vụ'], [TNMT, 'Bộ Công Thương', 'Bộ Xây dựng', 'Ủy ban quản lý vốn nhà nước tại doanh nghiệp'], pe('Năm 2023', '2023-12-31'), None),
 ('16', 'Rà soát để điều chỉnh, bổ sung khu vực dự trữ', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'các tỉnh, thành phố trực thuộc trung ương'], pe('Năm 2022 và hàng năm', '2022-12-31'), 'quyết định'),
 ('17', 'Xây dựng dự án tăng cường năng lực hệ thống', [TNMT], ['Bộ Công Thương', 'Bộ Xây dựng', 'các tỉnh, thành phố trực thuộc trung ương'], pe('Năm 2023', '2023-12-31'), 'đề án'),
 ('18', 'Hoàn thiện chính sách xuất - nhập khẩu và dự trữ khoáng sản, bảo đảm cân đối nhu cầu trước mắt với dự trữ khoáng sản lâu dài; xuất khẩu', ['Bộ Công Thương', 'Bộ Xây dựng'], [TNMT, 'Bộ Xây dựng'], pe('Quý II năm 2023', '2023-06-30'), 'thông tư'),
]
for tt, p, lead, sup, due, prod in rows:
    occ = 0
    O.append(ob(ts_cell(T, p.rstrip(' |'), occurrence=occ), 'CTr Danh mục ' + tt, lead, lead, sup, due=due, product=prod))
doc = {
 "source": "https://github.com/Trangsct/skill-sct/blob/23aefafe7c9842911684663f3c34ed0ec31c78ec/quy-hoach-ct-vn/skills/quy-hoach-ct-vn/van-ban-goc/NQ-88-NQ-CP-22-7-2022-chuong-trinh-hanh-dong-thuc-hien-NQ-10-NQ-TW.txt (read_file id 70080414379)",
 "kind": "state", "parent_issuer": "", "issuer": "CHÍNH PHỦ", "number": "88", "symbol": "88/NQ-CP",
 "type": "Nghị quyết", "type_code": "NQ", "place": "Hà Nội", "date": "2022-07-22",
 "subject": "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 10-NQ/TW NGÀY 10 THÁNG 02 NĂM 2022 CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN VÀ CÔNG NGHIỆP KHAI KHOÁNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045",
 "urgency": "", "recipients": [],
 "citations": [
  {"type": "Nghị quyết", "symbol": "10-NQ/TW", "date": "2022-02-10", "issuer": "Bộ Chính trị", "relation": "implements"},
  {"type": "Luật", "symbol": "", "name": "Luật Tổ chức Chính phủ", "date": "2015-06-19", "issuer": "", "relation": "legal_basis"},
  {"type": "Luật", "symbol": "", "name": "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", "date": "2019-11-22", "issuer": "", "relation": "legal_basis"},
  {"type": "Công văn", "symbol": "46-HD/BTGTW", "date": "2022-04-04", "issuer": "Ban Tuyên giáo Trung ương", "relation": "legal_basis"},
  {"type": "Luật", "symbol": "", "name": "Luật Khoáng sản năm 2010", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Luật", "symbol": "", "name": "Luật Quy hoạch", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Quyết định", "symbol": "645/QĐ-TTg", "date": "2014-05-06", "issuer": "Thủ tướng Chính phủ", "relation": "mentions"},
  {"type": "Nghị định", "symbol": "51/2021/NĐ-CP", "date": "2021-04-01", "issuer": "Chính phủ", "relation": "mentions"},
 ],
 "truncated": False,
 "signature": {"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Lê Văn Thành"},
 "distribution": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
   "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước",
   "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước",
   "Ủy ban Giám sát tài chính Quốc gia", "Ngân hàng Chính sách xã hội", "Ngân hàng Phát triển Việt Nam", "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
   "Cơ quan trung ương của các đoàn thể", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo", "Lưu: VT, CN (2)"],
 "obligations": O,
 "notes": open('tools/notes_88.txt', encoding='utf-8').read().strip(),
}
write(doc, NAME)
m = check(doc, T)
print(NAME, len(O), 'misses', m)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', o['text_start'], '|', o['addressees'], o['lead'], o['support'], o['due'] and o['due']['text'], o['product'], o['report_to'])
