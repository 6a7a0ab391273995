import json, sys
sys.path.insert(0, 'tools')
from lib import *
T = load('ttg-419-qd-ttg-2017.txt')
O = []
def t(p, occ=0): return ts(T, p, occurrence=occ)
BNN = 'Bộ Nông nghiệp và Phát triển nông thôn'
TNMT = 'Bộ Tài nguyên và Môi trường'
UBT = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'
# Điều 1.4 content bullets (restated by the Phụ lục's "Nhóm hoạt động" cells)
for sec, ps in [('Điều 1.4.a', ['Tiếp tục rà soát, điều chỉnh quy hoạch sử dụng rừng và đất rừng', 'Hỗ trợ sản xuất nông nghiệp, ngư nghiệp bền vững và không gây mất rừng, suy thoái rừng.\n-', 'Cải thiện quản trị rừng và cải thiện sinh kế cho người dân sống trong và gần rừng.\n-', 'Tăng cường thực thi pháp luật lâm nghiệp.']),
                ('Điều 1.4.b', ['Đánh giá và nhân rộng các mô hình kinh doanh rừng năng suất cao và rừng gỗ lớn.\n', 'Thí điểm, đánh giá và nhân rộng mô hình quản lý rừng tự nhiên bền vững; bảo vệ, bảo tồn và phục hồi rừng.\n', 'Cải thiện môi trường kinh tế và tài chính cho lâm nghiệp.\n']),
                ('Điều 1.4.c', ['Hoàn thiện các yếu tố REDD+ cốt lõi', 'Thiết lập và thực hiện cơ chế quản lý tài chính cho REDD+.\n', 'Tăng cường hợp tác quốc tế và khu vực để thúc đẩy REDD+ và giảm thiểu rủi ro trong dịch chuyển phát thải.\n', 'Tuyên truyền, xây dựng năng lực và giám sát quá trình thực hiện Chương trình REDD+.\n'])]:
    for p in ps:
        O.append(ob(t(p), sec, []))
# 1.5 Giải pháp
for p in ['Rà soát, sửa đổi, bổ sung, hoàn thiện các văn bản pháp luật về đất đai', 'Xây dựng cơ chế nhằm thúc đẩy', 'Hướng dẫn huy động, điều phối', 'Xây dựng hệ thống tiêu chuẩn quốc gia về chứng chỉ rừng', 'Xây dựng khung giám sát và đánh giá thực hiện Chương trình REDD+; thể chế']:
    O.append(ob(t(p), 'Điều 1.5.a', [], product={'Xây dựng cơ chế nhằm thúc đẩy': 'cơ chế', 'Xây dựng hệ thống tiêu chuẩn quốc gia về chứng chỉ rừng': 'hệ thống', 'Xây dựng khung giám sát và đánh giá thực hiện Chương trình REDD+; thể chế': 'khung'}.get(p)))
O.append(ob(t('Tiến hành điều tra, theo dõi diễn biến rừng'), 'Điều 1.5.c', [], due=rec('theo định kỳ', None)))
O.append(ob(t('Lồng ghép Chương trình REDD+, sử dụng'), 'Điều 1.5.d', []))
O.append(ob(t('Áp dụng khoa học công nghệ tiên tiến'), 'Điều 1.5.đ', []))
O.append(ob(t('Tích cực, chủ động liên kết'), 'Điều 1.5.e', []))
O.append(ob(t('Tích cực chia sẻ kinh nghiệm'), 'Điều 1.5.e', []))
O.append(ob(t('Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan, đơn vị'), 'Điều 1.5.g', [BNN], [BNN], ['các cơ quan, đơn vị liên quan'], due=rec('hàng năm', 'yearly')))
O.append(ob(t('Đến cuối năm 2017, thiết lập'), 'Điều 1.5.g', [], due=pe('Đến cuối năm 2017', '2017-12-31'), product='hệ thống'))
O.append(ob(t('Giám sát và đánh giá kịp thời'), 'Điều 1.5.g', []))
O.append(ob(t('Đảm bảo tính minh bạch, công khai'), 'Điều 1.5.g', []))
# 1.6 Tổ chức thực hiện
O.append(ob(t('Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng (Quyết'), 'Điều 1.6.a', ['Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng']))
O.append(ob(t('Văn phòng REDD+ giúp việc'), 'Điều 1.6.a', ['Văn phòng REDD+']))
S = 'Điều 1.6.b'
O += [
 ob(t('Chủ trì, phối hợp với các bộ, ngành liên quan, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổ chức'), S, [BNN], [BNN], ['các bộ, ngành liên quan', UBT]),
 ob(t('Xây dựng, kế hoạch thực hiện trung hạn'), S, [BNN], product='kế hoạch'),
 ob(t('Thành lập, ban hành quy chế'), S, [BNN], product='quy chế'),
 ob(t('Chủ trì, phối hợp với các bộ, ngành có liên quan sửa đổi'), S, [BNN], [BNN], ['các bộ, ngành có liên quan'], product='chính sách'),
 ob(t('Chủ trì thành lập một số bộ phận'), S, [BNN], [BNN]),
 ob(t('Điều phối thực hiện Chương trình REDD+'), S, [BNN]),
 ob(t('Hàng năm, phối hợp với Bộ Tài nguyên'), S, [BNN], None, [TNMT, 'các bộ, ngành liên quan'], due=rec('Hàng năm', 'yearly')),
 ob(t('Chủ trì xây dựng và hướng dẫn áp dụng quy trình'), S, [BNN], [BNN], product='quy trình', report_to='cơ quan đầu mối của Bộ Tài nguyên và Môi trường'),
 ob(t('Huy động nguồn vốn quốc tế'), S, [BNN]),
 ob(t('Tham mưu cho Thủ tướng Chính phủ phân công'), S, [BNN]),
 ob(t('Tổng kết đánh giá thực hiện chương trình'), S, [BNN], report_to='Thủ tướng Chính phủ'),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tích hợp'), S, [TNMT], [TNMT], [BNN], due=rec('2 năm một lần', None), product='báo cáo', report_to='Ban Thư ký UNFCCC'),
 ob(t('Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn xây dựng, hoàn thiện hệ thống'), S, [TNMT], None, [BNN], product='hệ thống'),
 ob(t('Chủ trì về quy hoạch và quản lý đất đai'), S, [TNMT], [TNMT]),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo, hướng dẫn'), S, [TNMT], [TNMT], [BNN]),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 0), S, [TNMT]),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn xây dựng cơ chế quản lý tài chính'), S, ['Bộ Tài chính'], ['Bộ Tài chính'], [BNN], product='cơ chế'),
 ob(t('Phối hợp với Bộ Kế hoạch và Đầu tư cân đối'), S, ['Bộ Tài chính'], None, ['Bộ Kế hoạch và Đầu tư']),
 ob(t('Giám sát các bên liên quan thực hiện đúng'), S, ['Bộ Tài chính']),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 1), S, ['Bộ Tài chính']),
 ob(t('Chủ trì, phối hợp với Bộ Tài chính cân đối'), S, ['Bộ Kế hoạch và Đầu tư'], ['Bộ Kế hoạch và Đầu tư'], ['Bộ Tài chính']),
 ob(t('Lồng ghép Chương trình REDD+ trong quá trình'), S, ['Bộ Kế hoạch và Đầu tư']),
 ob(t('Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài chính xây dựng'), S, ['Bộ Kế hoạch và Đầu tư'], None, [BNN, 'Bộ Tài chính'], product='cơ chế'),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn về đầu tư'), S, ['Bộ Kế hoạch và Đầu tư'], ['Bộ Kế hoạch và Đầu tư'], [BNN]),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 2), S, ['Bộ Kế hoạch và Đầu tư']),
 ob(t('Chỉ đạo và tổ chức rà soát quy hoạch hệ thống thủy điện'), S, ['Bộ Công Thương']),
 ob(t('Chỉ đạo thực hiện nghiêm quy định trồng rừng thay thế'), S, ['Bộ Công Thương']),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 3), S, ['Bộ Công Thương']),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn, chỉ đạo'), S, ['Bộ Thông tin và Truyền thông'], ['Bộ Thông tin và Truyền thông'], [BNN]),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 4), S, ['Bộ Thông tin và Truyền thông']),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tổ chức tuyên truyền'), S, ['Bộ Tư pháp'], ['Bộ Tư pháp'], [BNN]),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 5), S, ['Bộ Tư pháp']),
 ob(t('Chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tuyên truyền, phổ biến, nâng cao'), S, ['Ủy ban Dân tộc'], ['Ủy ban Dân tộc'], [BNN]),
 ob(t('Thực hiện các nhiệm vụ của thành viên Ban', 6), S, ['Ủy ban Dân tộc']),
 ob(t('Theo chức năng, nhiệm vụ trong phạm vi quản lý nhà nước của mình, các bộ'), S, ['Các bộ, ngành khác liên quan'], None, [BNN]),
]
S = 'Điều 1.6.c'
O += [
 ob(t('Tổ chức tuyên truyền, phổ biến các hoạt động REDD+ tại'), S, [UBT]),
 ob(t('Bổ sung nhiệm vụ về REDD+ cho Ban Chỉ đạo'), S, [UBT]),
 ob(t('Xây dựng Kế hoạch hành động REDD+ cấp tỉnh'), S, [UBT], product='kế hoạch'),
 ob(t('Chủ động huy động thêm nguồn lực'), S, [UBT]),
 ob(t('Phối hợp với các bộ, ngành liên quan chỉ đạo và kiểm tra'), S, [UBT], None, ['các bộ, ngành liên quan']),
 ob(t('Định kỳ báo cáo về tiến độ thực hiện'), S, [UBT], due=rec('Định kỳ', None), product='báo cáo'),
]
O.append(ob(t('Các tổ chức chính trị, xã hội, nghề nghiệp, các đoàn thể quần chúng, các tổ chức phi chính phủ và doanh nghiệp tùy'), 'Điều 1.6.d',
            ['Các tổ chức chính trị, xã hội, nghề nghiệp', 'các đoàn thể quần chúng', 'các tổ chức phi chính phủ', 'doanh nghiệp']))
O.append(ob(t('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ'), 'Điều 3', ['Các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', UBT, 'các cơ quan, đơn vị có liên quan']))
# Phụ lục group a) rows: (activity prefix, lead, support, due text, product)
rows = [
 ('Rà soát, điều chỉnh quy hoạch, kế hoạch sử dụng đất của các ngành', TNMT, [BNN, 'Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Bộ Giao thông vận tải', 'Ủy ban nhân tỉnh', 'cơ quan liên quan'], '2017 - 2020', 'báo cáo'),
 ('Hỗ trợ lập quy hoạch, kế hoạch sử dụng đất liên ngành', 'Ủy ban nhân dân tỉnh', [BNN, TNMT, 'các cơ quan liên quan'], '2017 - 2020', 'tài liệu'),
 ('Quản lý chặt chẽ việc tổ chức thực hiện và công khai', TNMT, [BNN, 'Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Bộ Giao thông vận tải', 'Bộ Xây dựng', 'các tập đoàn, tổng công ty nhà nước có liên quan', 'Ủy ban nhân dân tỉnh', 'cơ quan liên quan'], '2017 - 2020', 'quy định'),
 ('Hỗ trợ tăng cường năng lực kiểm tra, giám sát tuân thủ', TNMT, [BNN, 'Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Bộ Giao thông vận tải', 'Bộ Xây dựng', 'tổ chức xã hội', 'tổ chức phi chính phủ', 'cơ quan liên quan'], '2017 -2020', None),
 ('Hỗ trợ và thiết lập diễn đàn', BNN, ['Bộ Công Thương', 'Phòng Thương mại và công nghiệp Việt Nam', 'Ủy ban Dân tộc', 'Ủy ban nhân dân tỉnh', 'các cơ quan liên quan'], '2017 - 2020', 'diễn đàn'),
 ('Tiếp tục thử nghiệm, tổng kết và nhân rộng', BNN, ['Ngân hàng Nhà nước', 'Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Ủy ban Dân tộc', 'Ủy ban nhân dân tỉnh', 'các cơ quan liên quan'], '2017 - 2020', 'mô hình'),
 ('Nghiên cứu, đề xuất cơ chế tài chính', 'Bộ Tài chính', [BNN, 'Ngân hàng Nhà nước', 'Ủy ban nhân dân tỉnh', 'các cơ quan liên quan'], '2018 - 2020', 'cơ chế'),
 ('Tiếp tục hỗ trợ cơ cấu và tổ chức sản xuất', BNN, ['Bộ Công Thương', 'Phòng Thương mại và Công nghiệp Việt Nam', 'Ủy ban nhân dân tỉnh', 'các hiệp hội', 'doanh nghiệp', 'các cơ quan liên quan'], '2017 - 2018', None),
 ('Cải thiện các phương thức quản lý nguồn nước', BNN, ['Ủy ban nhân dân tỉnh', 'chủ rừng', 'cơ quan liên quan'], None, 'phương thức'),
 ('Tổ chức đánh giá thực trạng kinh tế', BNN, ['Ủy ban Dân tộc', 'Ủy ban nhân dân tỉnh', 'các cơ quan liên quan'], '2017 - 2018', 'báo cáo'),
 ('Tiếp tục hỗ trợ xây dựng và nhân rộng các mô hình liên kết', 'Ủy ban nhân dân tỉnh', ['Các cơ quan liên quan'], '2017 - 2020', 'mô hình'),
 ('Tư vấn, đào tạo và hỗ trợ pháp lý', 'Bộ Tư pháp', [BNN, 'Ủy ban dân tộc', 'Ủy ban nhân dân tỉnh', 'các cơ quan liên quan'], '2017 - 2020', None),
 ('Tiếp tục rà soát diện tích rừng và đất lâm nghiệp', 'Ủy ban nhân dân tỉnh', ['Bộ Nông nghiệp và phát triển nông thôn', TNMT, 'các cơ quan liên quan'], '2017 - 2020', None),
 ('Tiếp tục thực hiện các hoạt động hỗ trợ việc làm', BNN, ['Bộ Lao động, Thương binh và Xã hội', 'Ủy ban Dân tộc', 'Ủy ban nhân dân tỉnh'], '2017 - 2020', None),
 ('Tăng cường năng lực, hỗ trợ triển khai Hệ thống', BNN, ['Tổng cục Hải quan', 'Ủy ban nhân dân tỉnh', 'Hội nghề nghiệp', 'các cơ quan liên quan'], '2017 - 2020', None),
 ('Hỗ trợ xây dựng và vận hành các hoạt động giám sát', BNN, ['Tổng cục Hải quan', 'Bộ đội biên phòng', 'Kiểm lâm', 'Quản lý thị trường', 'Cảnh sát môi trường', 'Ủy ban nhân dân tỉnh', 'các hiệp hội', 'cơ quan liên quan', 'tổ chức phi chính phủ trong nước và quốc tế'], '2017 - 2020', 'quy định'),
 ('Hỗ trợ xây dựng và vận hành thí điểm Hướng dẫn', BNN, [TNMT, 'Bộ Tư pháp', 'Bộ Lao động, Thương binh và Xã hội', 'Ủy ban Dân tộc', 'Ủy ban nhân dân tỉnh', 'cơ quan liên quan', 'tổ chức chính trị - xã hội', 'tổ chức phi chính phủ'], '2017 - 2020', 'hướng dẫn'),
 ('Hoàn thiện cơ chế phối hợp liên ngành, liên tỉnh', 'Ủy ban nhân dân tỉnh', [BNN, TNMT, 'Công an', 'Quân đội'], '2017 - 2020', 'kế hoạch'),
 ('Hỗ trợ các tổ chức xã hội, hội nghề nghiệp', BNN, ['Ủy ban nhân dân tỉnh', 'Hội chủ rừng Việt Nam', 'Hiệp hội gỗ và lâm sản Việt Nam', 'cơ quan liên quan', 'tổ chức chính trị - xã hội'], '2017 -2020', 'diễn đàn'),
 ('Kiểm soát chặt chẽ việc trồng rừng thay thế', 'Ủy ban nhân dân tỉnh', [BNN, 'Bộ Công Thương', TNMT, 'doanh nghiệp liên quan'], '2017 - 2020', 'hệ thống'),
 ('Xử lý nghiêm tổ chức, cá nhân vi phạm', 'Bộ Công an', ['Bộ Tư pháp', BNN, TNMT, 'các cơ quan liên quan'], '2017 - 2020', None),
]
for p, lead, sup, due, prod in rows:
    O.append(ob(t(p), 'Phụ lục a', [lead], [lead], sup, due=pe(due, '2018-12-31' if due and due.endswith('2018') else '2020-12-31') if due else None, product=prod))
doc = {
 "source": "https://github.com/Trangsct/skill-sct/blob/26251982a93836bca6b3670041b3f04ac4d075b1/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-419-QD-TTg-05-4-2017-chuong-trinh-REDD-plus.txt (read_file id 61153093698)",
 "kind": "state", "parent_issuer": "", "issuer": "THỦ TƯỚNG CHÍNH PHỦ", "number": "419", "symbol": "419/QĐ-TTg",
 "type": "Quyết định", "type_code": "QĐ", "place": "Hà Nội", "date": "2017-04-05",
 "subject": "PHÊ DUYỆT CHƯƠNG TRÌNH QUỐC GIA VỀ GIẢM PHÁT THẢI KHÍ NHÀ KÍNH THÔNG QUA HẠN CHẾ MẤT VÀ SUY THOÁI RỪNG; BẢO TỒN, NÂNG CAO TRỮ LƯỢNG CÁC - BON VÀ QUẢN LÝ BỀN VỮNG TÀI NGUYÊN RỪNG ĐẾN NĂM 2030",
 "urgency": "", "recipients": [],
 "citations": [
  {"type": "Luật", "symbol": "", "name": "Luật tổ chức Chính phủ", "date": "2015-06-19", "issuer": "", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "99/2010/NĐ-CP", "date": "2010-09-24", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "147/2016/NĐ-CP", "date": "2016-11-02", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "2139/QĐ-TTg", "date": "2011-12-05", "issuer": "Thủ tướng Chính phủ", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "1393/QĐ-TTg", "date": "2012-09-25", "issuer": "Thủ tướng Chính phủ", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "01/COP16", "date": None, "issuer": "", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "", "name": "Quyết định số 9, 10, 11, 12, 13, 14, 15/COP19", "date": None, "issuer": "Hội nghị các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "2053/QĐ-TTg", "date": "2016-10-28", "issuer": "Thủ tướng Chính phủ", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "58/QĐ-TTg", "date": "2012-01-09", "issuer": "Thủ tướng Chính phủ", "relation": "mentions"},
  {"type": "Quyết định", "symbol": "799/QĐ-TTg", "date": "2012-06-27", "issuer": "Thủ tướng Chính phủ", "relation": "replaces"},
  {"type": "Nghị quyết", "symbol": "134/2016/QH13", "date": "2016-04-09", "issuer": "Quốc hội", "relation": "mentions"}
 ],
 "truncated": False,
 "signature": {"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Trịnh Đình Dũng"},
 "distribution": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính", "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Hội đồng dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán Nhà nước", "Cơ quan trung ương của các đoàn thể", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo", "Lưu: VT, NN (3).XH201"],
 "obligations": O,
 "notes": open('tools/notes_419.txt', encoding='utf-8').read().strip(),
}
json.dump(doc, open('ttg-419-qd-ttg-2017.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(O), check(doc, T))
for o in O: print(o['section'], '|', o['text_start'])
