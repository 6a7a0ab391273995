import sys
sys.path.insert(0, 'tools')
from lib import *
NAME = 'ttg-1422-qd-ttg-2024'
T = load(NAME + '.txt')
O = []
def t(p, occ=0): return ts_lines(T, p, occurrence=occ)
TNMT = 'Bộ Tài nguyên và Môi trường'
KHDT = 'Bộ Kế hoạch và Đầu tư'
BTC = 'Bộ Tài chính'
UBT = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'
# II NHIỆM VỤ, GIẢI PHÁP: one entry per '-' bullet / lettered paragraph without bullets; no body named -> []
SEC = [
 ('KH II.1.a', ['Triển khai thực hiện quy hoạch tài nguyên nước', 'Đẩy mạnh tìm kiếm, thăm dò', 'Khuyến khích tổ chức, cá nhân đầu tư',
               'Theo dõi, giám sát, đánh giá tài nguyên nước xuyên', 'Khai thác hợp lý, hiệu quả diện tích đất', 'Quản lý chặt chẽ các nguồn tài nguyên khoáng sản']),
 ('KH II.1.b', ['Triển khai các giải pháp nông nghiệp thông minh']),
 ('KH II.1.c', ['Bảo vệ nghiêm ngặt rừng tự nhiên hiện có; tăng', 'Quản lý các hệ sinh thái;', 'Thiết lập, mở rộng và tăng cường chất lượng']),
 ('KH II.1.d', ['Quy hoạch, đầu tư phát triển cơ sở hạ tầng', 'Phát triển đô thị, hạ tầng đô thị', 'Xây dựng, nâng cấp, cải tạo các cơ sở y tế',
               'Nâng cấp, cải tạo các công trình giao thông', 'Xây dựng, nâng cấp hệ thống tiêu thoát nước', 'Tăng cường năng lực, cơ sở hạ tầng cung cấp nước sạch']),
 ('KH II.1.đ', ['Phát triển mạng lưới y tế', 'Phát triển hệ thống giám sát và cảnh báo sớm']),
 ('KH II.1.e', ['Phát triển các mô hình sinh kế bền vững']),
 ('KH II.2.a', ['Tăng cường đầu tư, nâng cấp, hiện đại hóa', 'Ứng dụng các công nghệ dự báo tiên tiến', 'Tăng cường năng lực truyền tin thiên tai',
               'Điều tra, đánh giá mức độ tác động', 'Cải thiện hệ thống quản lý rủi ro thiên tai']),
 ('KH II.2.b', ['Củng cố, nâng cấp, hoàn thiện hệ thống đê sông', 'Xây dựng, củng cố công trình phòng, chống sạt lở', 'Hình thành hệ thống kiểm soát, hạn chế lũ lụt',
               'Tăng cường năng lực phòng chống lũ quét', 'Hỗ trợ đầu tư xây dựng, nâng cấp, sửa chữa']),
 ('KH II.2.c', ['Quy hoạch, đầu tư, bố trí di dời', 'Tăng cường các biện pháp bảo đảm an toàn cho người dân', 'Tăng cường năng lực cho các lực lượng tìm kiếm',
               'Thực hiện các chương trình phục hồi sau thiên tai', 'Triển khai các giải pháp giảm thiểu tổn thất và thiệt hại thông qua']),
 ('KH II.3.a', ['Tiếp tục hoàn thiện các quy định pháp luật ứng phó', 'Hoàn thiện các quy định quản lý hoạt động thích ứng', 'Xây dựng cơ chế phối hợp liên vùng',
               'Xây dựng cơ chế, chính sách phát triển tín dụng xanh', 'Nâng cao tiêu chuẩn phòng, chống thiên tai', 'Cập nhật, hoàn thiện hệ thống giám sát và đánh giá']),
 ('KH II.3.b', ['Đa dạng hóa và nâng cao chất lượng truyền thông', 'Xây dựng và triển khai các hoạt động truyền thông', 'Bảo tồn, phát huy văn hóa truyền thống',
               'Phát huy vai trò của các cơ quan truyền thông', 'Nâng cao nhận thức các cấp, các ngành và người dân']),
 ('KH II.3.c', ['Xây dựng và triển khai chương trình giáo dục', 'Xây dựng và triển khai chương trình tập huấn', 'Tăng cường đào tạo nâng cao năng lực ứng phó']),
 ('KH II.3.d', ['Củng cố, xây dựng tiềm lực khoa học', 'Đề xuất, xây dựng chính sách thu hút doanh nghiệp', 'Thúc đẩy nghiên cứu, phát triển và ứng dụng công nghệ tiên tiến',
               'Nghiên cứu khoa học, phát triển và chuyển giao', 'Nghiên cứu khoa học phục vụ sử dụng hợp lý', 'Ứng dụng công nghệ và đổi mới sáng tạo',
               'Nghiên cứu xây dựng bổ sung, cập nhật tiêu chuẩn', 'Xây dựng và phổ biến, nhân rộng các hoạt động']),
 ('KH II.3.đ', ['Ưu tiên bố trí nguồn lực đầu tư', 'Rà soát, hoàn thiện cơ chế, chính sách thu hút các dòng vốn', 'Chủ động tiếp cận và huy động nguồn vốn',
               'Thu hút sự tham gia của khối tư nhân']),
 ('KH II.3.e', ['Thực hiện đầy đủ nghĩa vụ quốc gia', 'Định kỳ cập nhật, triển khai thực hiện Đóng góp', 'Tăng cường hợp tác quốc tế với các nước',
               'Thúc đẩy hợp tác nghiên cứu, ứng dụng khoa học', 'Tăng cường năng lực các cơ quan trong nước']),
]
SPECIAL = {
 'Khuyến khích tổ chức, cá nhân đầu tư': dict(addressees=['tổ chức, cá nhân'], modality='encouragement'),
 'Định kỳ cập nhật, triển khai thực hiện Đóng góp': dict(due=rec('Định kỳ', None)),
 'Cập nhật, hoàn thiện hệ thống giám sát và đánh giá': dict(product='hệ thống'),
 'Xây dựng và triển khai chương trình giáo dục': dict(product='chương trình'),
 'Xây dựng và triển khai chương trình tập huấn': dict(product='chương trình'),
 'Đề xuất, xây dựng chính sách thu hút doanh nghiệp': dict(product='chính sách'),
 'Xây dựng cơ chế phối hợp liên vùng': dict(product='cơ chế'),
 'Xây dựng cơ chế, chính sách phát triển tín dụng xanh': dict(product='cơ chế'),
}
for sec, ps in SEC:
    for p in ps:
        kw = dict(SPECIAL.get(p, {}))
        addr = kw.pop('addressees', [])
        O.append(ob(t(p), sec, addr, **kw))
# III.1 Giai đoạn đến năm 2030: phase bullets, due from the heading
G = pe('Giai đoạn đến năm 2030', '2030-12-31')
for p in ['Xây dựng, hoàn thiện thể chế, chính sách và pháp luật', 'Xây dựng và định kỳ cập nhật báo cáo', 'Triển khai, nhân rộng các mô hình canh tác',
          'Sử dụng hiệu quả và ngăn chặn tình trạng suy giảm, suy thoái tài nguyên\nnước', 'Nâng cao năng lực giám sát biến đổi khí hậu, quan trắc',
          'Nâng cấp, cải tạo hệ thống cơ sở hạ tầng nhằm', 'Tăng cường nguồn lực cho thích ứng biến đổi khí hậu', 'Thúc đẩy các hành động thích ứng mang lại']:
    if p == 'Xây dựng và định kỳ cập nhật báo cáo':
        O.append(ob(t(p), 'KH III.1', [], due=rec('định kỳ', None), product='báo cáo'))
    else:
        O.append(ob(t(p), 'KH III.1', [], due=G))
# IV Giám sát và đánh giá, bullet 2
O.append(ob(t('Các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung\nương chịu'), 'KH IV', ['Các bộ, ngành', UBT],
            product='báo cáo', report_to=TNMT))
# VI Tổ chức thực hiện
S1 = ['các bộ, ngành liên quan', UBT]
O += [
 ob(t('Chủ trì, phối hợp với các bộ, ngành liên quan, Ủy ban nhân dân các tỉnh,'), 'KH VI.1', [TNMT], [TNMT], S1),
 ob(t('định kỳ 5 năm sơ kết đánh giá'), 'KH VI.1', [TNMT], [TNMT], S1, due=rec('định kỳ 5 năm', None)),
 ob(t('Chủ trì, phối hợp với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc'), 'KH VI.1', [TNMT], [TNMT], ['các bộ, ngành', UBT], report_to='Thủ tướng Chính phủ'),
 ob(t('Phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính'), 'KH VI.1', [TNMT], [KHDT], [TNMT, BTC, 'các bộ, ngành liên quan']),
 ob(t('Chủ trì, phối hợp với các cơ quan liên quan rà soát'), 'KH VI.2', [KHDT], [KHDT], ['các cơ quan liên quan']),
 ob(t('Chủ trì xây dựng các cơ chế, chính sách và triển khai'), 'KH VI.2', [KHDT], [KHDT], product='cơ chế'),
 ob(t('Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các bộ, cơ quan'), 'KH VI.3', [BTC], [BTC], [TNMT, 'các bộ, cơ quan trung ương'], due=rec('hằng năm', 'yearly')),
]
A4 = ['Các bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', UBT]
O += [
 ob(t('Bố trí nguồn lực và chủ động triển khai'), 'KH VI.4', A4),
 ob(t('Rà soát các quy hoạch, kế hoạch phát triển của ngành'), 'KH VI.4', A4),
 ob(t('Đẩy mạnh các hoạt động tuyên truyền nâng cao nhận thức; vận động'), 'KH VI.4', A4),
 ob(t('Thực hiện giám sát và đánh giá các hoạt động thích ứng với biến đổi khí\nhậu trong phạm vi'), 'KH VI.4', A4),
 ob(t('định kỳ hằng năm báo cáo tình hình thực hiện'), 'KH VI.4', A4, due=rec('trước ngày 25 tháng 12', 'yearly'), product='báo cáo', report_to=TNMT),
 ob(t('Căn cứ nội dung Kế hoạch quốc gia'), 'KH VI.4', A4, product='dự toán'),
 ob(t('Đối với các\nnhiệm vụ thuộc chức năng'), 'KH VI.4', ['các bộ, ngành', 'địa phương'], due=rec('hàng năm', 'yearly')),
]
doc = {
 "source": "https://github.com/Trangsct/skill-sct/blob/26251982a93836bca6b3670041b3f04ac4d075b1/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/QD-1422-QD-TTg-19-11-2024-ke-hoach-thich-ung-BDKH.txt (read_file id 61206039090)",
 "kind": "state", "parent_issuer": "", "issuer": "THỦ TƯỚNG CHÍNH PHỦ", "number": "1422", "symbol": "1422/QĐ-TTg",
 "type": "Kế hoạch", "type_code": "QĐ", "place": "", "date": "2024-11-19",
 "subject": "Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 (cập nhật)",
 "urgency": "", "recipients": [],
 "citations": [
  {"type": "Luật", "symbol": "72/2020/QH14", "name": "Luật Bảo vệ môi trường", "date": "2020-11-17", "issuer": "Quốc hội", "relation": "implements"},
  {"type": "Nghị quyết", "symbol": "93/NQ-CP", "date": "2016-10-31", "issuer": "Chính phủ", "relation": "implements"},
  {"type": "Quyết định", "symbol": "896/QĐ-TTg", "date": "2022-07-26", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
  {"type": "Quyết định", "symbol": "888/QĐ-TTg", "date": "2022-07-25", "issuer": "Thủ tướng Chính phủ", "relation": "implements"},
  {"type": "Công ước", "symbol": "", "name": "Công ước khung của Liên hợp quốc về biến đổi khí hậu", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Thỏa thuận", "symbol": "", "name": "Thỏa thuận Paris về biến đổi khí hậu", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Luật", "symbol": "", "name": "Luật Đầu tư công", "date": None, "issuer": "", "relation": "mentions"},
 ],
 "truncated": False,
 "signature": {"authority": [], "title": "", "name": ""},
 "distribution": [],
 "obligations": O,
 "notes": open('tools/notes_1422.txt', encoding='utf-8').read().strip(),
}
write(doc, NAME)
m = check(doc, T)
print(NAME, len(O), 'misses', m)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', len(o['text_start'].split()), '|', o['text_start'], '|', o['addressees'], o['lead'], o['due'] and o['due']['text'])
