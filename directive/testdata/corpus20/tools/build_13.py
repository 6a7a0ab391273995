import sys
sys.path.insert(0, 'tools')
from lib import *
NAME = 'ttg-13-ct-ttg-2024'
T = load(NAME + '.txt')
O = []
def t(p, occ=0): return ts_line(T, p, occurrence=occ)
TNMT = 'Bộ Tài nguyên và Môi trường'
BNN = 'Bộ Nông nghiệp và Phát triển nông thôn'
TTTT = 'Bộ Thông tin và Truyền thông'
UBT = 'Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương'
B5 = ['Bộ Công Thương', 'Bộ Giao thông vận tải', 'Bộ Xây dựng', BNN, TNMT]   # CONSTRUCTED from "Các Bộ: Công Thương, …"
O += [
 ob(t('Khẩn trương ban hành kế hoạch giảm nhẹ'), '1.a', B5, due=pe('trong Quý III năm 2024', '2024-09-30'), product='kế hoạch'),
 ob(t('Chủ trì, phối hợp với các cơ quan liên quan tham mưu'), '1.b', B5, B5, ['các cơ quan liên quan']),
 ob(t('Chủ trì, phối hợp với Bộ Thông tin và Truyền thông, các cơ quan thông tấn'), '1.c', B5, B5, [TTTT, 'các cơ quan thông tấn, báo chí']),
 ob(t('Khẩn trương nghiên cứu thiết lập hệ thống đăng ký'), '2.a', [TNMT], product='hệ thống'),
 ob(t('Chủ trì, phối hợp với các Bộ, cơ quan liên quan khẩn trương xây dựng Nghị định'), '2.b', [TNMT], [TNMT], ['các Bộ, cơ quan liên quan'],
    due=dt('trước ngày 30 tháng 7 năm 2024', '2024-07-30'), product='nghị định', report_to='Chính phủ'),
 ob(t('Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và địa phương có rừng'), '3.a', [BNN], [BNN], [TNMT, 'các cơ quan liên quan', 'địa phương có rừng'], product='cơ sở dữ liệu'),
]
S3b = [TNMT, 'các cơ quan liên quan', 'các địa phương có rừng']
O += [
 ob(t('Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và các địa phương có rừng'), '3.b', [BNN], [BNN], S3b, due=dt('trước ngày 31 tháng 10 năm 2024', '2024-10-31')),
 ob(t('xây dựng tiêu chuẩn quốc gia về tín chỉ các-bon rừng'), '3.b', [BNN], [BNN], S3b, product='tiêu chuẩn'),
 ob(t('xây dựng chính sách thí điểm và cơ chế chi trả'), '3.b', [BNN], [BNN], S3b, product='chính sách'),
 ob(t('Bộ Công Thương chủ trì, phối hợp với các cơ quan liên quan rà soát'), '4', ['Bộ Công Thương'], ['Bộ Công Thương'], ['các cơ quan liên quan'],
    due=dt('trước ngày 30 tháng 9 năm 2024', '2024-09-30'), product='báo cáo', report_to='Thủ tướng Chính phủ'),
 ob(t('Bộ Tài chính chủ trì, phối hợp chặt chẽ'), '5', ['Bộ Tài chính'], ['Bộ Tài chính'], [TNMT, 'các bộ, cơ quan liên quan'], product='đề án'),
 ob(t('Bộ Thông tin và Truyền thông phối hợp với các Bộ liên quan'), '6', [TTTT], None, ['các Bộ liên quan'], product='chương trình'),
 ob(t('Phối hợp với các Bộ, ngành liên quan tổ chức thực hiện'), '7.a', [UBT], None, ['các Bộ, ngành liên quan']),
 ob(t('Phối hợp với Bộ Tài nguyên và Môi trường và các Bộ, ngành liên quan rà soát'), '7.b', [UBT], None, [TNMT, 'các Bộ, ngành liên quan'], report_to=TNMT),
 ob(t('Phối hợp với Bộ Thông tin và Truyền thông và các cơ quan liên quan'), '7.c', [UBT], None, [TTTT, 'các cơ quan liên quan']),
 ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang bộ'), '8', ['các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', UBT]),
 ob(t('Văn phòng Chính phủ theo dõi, đôn đốc'), '8', ['Văn phòng Chính phủ']),
]
doc = {
 "source": "https://github.com/Trangsct/skill-sct/blob/26251982a93836bca6b3670041b3f04ac4d075b1/bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/CT-13-CT-TTg-02-5-2024-quan-ly-tin-chi-cac-bon.txt (read_file id 61158828827)",
 "kind": "state", "parent_issuer": "", "issuer": "THỦ TƯỚNG CHÍNH PHỦ", "number": "13", "symbol": "13/CT-TTg",
 "type": "Chỉ thị", "type_code": "CT", "place": "Hà Nội", "date": "2024-05-02",
 "subject": "VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON NHẰM THỰC HIỆN ĐÓNG GÓP DO QUỐC GIA TỰ QUYẾT ĐỊNH",
 "urgency": "", "recipients": [],
 "citations": [
  {"type": "Công ước", "symbol": "", "name": "Công ước khung của Liên hợp quốc về biến đổi khí hậu", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Thỏa thuận", "symbol": "", "name": "Thỏa thuận Paris về biến đổi khí hậu", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Nghị định", "symbol": "06/2022/NĐ-CP", "date": None, "issuer": "Chính phủ", "relation": "mentions"},
 ],
 "truncated": False,
 "signature": {"authority": [], "title": "THỦ TƯỚNG", "name": "Phạm Minh Chính"},
 "distribution": ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
   "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước",
   "Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam", "Cơ quan trung ương của các đoàn thể",
   "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo", "Lưu: VT, NN (2)NXT"],
 "obligations": O,
 "notes": open('tools/notes_13.txt', encoding='utf-8').read().strip(),
}
write(doc, NAME)
m = check(doc, T)
print(NAME, len(O), 'misses', m)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', len(o['text_start'].split()), o['text_start'], '|', o['addressees'], o['lead'], o['support'], o['due'] and o['due']['text'])
