import sys
sys.path.insert(0, 'tools')
from lib import *
NAME = 'bxd-836-qd-bxd-2019'
T = load(NAME + '.txt')
O = []
BQL = 'Ban Quản lý quy hoạch'
BQLl = 'Ban quản lý quy hoạch'
VL = 'Vụ Vật liệu xây dựng'
KT = 'Vụ Kế hoạch -Tài chính'
KT2 = 'Vụ Kế hoạch - Tài chính'
PC = 'Vụ Pháp chế'
TC = 'Vụ Tổ chức cán bộ'
VP = 'Văn phòng Bộ'
KHCN = 'Vụ Khoa học Công nghệ và Môi trường'
TV = 'Tư vấn được lựa chọn'
TTG = 'Thủ tướng Chính phủ'
# Quyết định: the execution paragraph printed after Điều 2 (no marker of its own; Nơi nhận says "Như Điều 2")
O.append(ob(ts_line(T, 'Chánh Văn phòng Bộ, Vụ trưởng'), 'Điều 2',
            [VP, VL, KT2, BQL, 'các cơ quan, đơn vị liên quan của Bộ Xây dựng']))
# Kế hoạch IV Tổ chức thực hiện
O.append(ob(ts_line(T, 'Giao Ban Quản lý quy hoạch là cơ quan lập'), 'KH IV.1', [BQL]))
O.append(ob(ts_line(T, 'Giao Vụ Vật liệu xây dựng là cơ quan tham mưu'), 'KH IV.2', [VL]))
O.append(ob(ts_line(T, 'Giao Vụ Kế hoạch - Tài chính là cơ quan tham mưu'), 'KH IV.3', [KT2]))
O.append(ob(ts_line(T, 'Các Cục, Vụ, Văn phòng Bộ có trách nhiệm'), 'KH IV.4', ['Các Cục', 'các Vụ', VP], None, ['các cơ quan, đơn vị khác']))
# Detail table (III "Chi tiết tại biểu kèm theo"): (section, task-cell prefix, leads, supports, due, product, report_to, addressees override)
def P(t, d): return pe(t, d)
rows = [
 ('KH III.I.1', 'Xây dựng “Khung định hướng', [BQL], [VL, KT], P('10-11/2019', '2019-11-30'), 'khung', None),
 ('KH III.I.1', 'Xây dựng nhiệm vụ lập quy hoạch, gồm', [BQL], [VL, KT, PC, TC, VP], P('10-11/2019', '2019-11-30'), 'báo cáo', None),
 ('KH III.I.1', 'Lấy ý kiến các Bộ, ngành, cơ quan ngang bộ, Ủy ban', [VL], [KT, PC, VP, BQLl], P('10-11/2019', '2019-11-30'), None, None),
 ('KH III.I.1', 'Tổng hợp ý kiến, tiếp thu, giải trình', [BQL], [VL, KT2], P('10-11/2019', '2019-11-30'), 'hồ sơ', None),
 ('KH III.I.2', 'Trình Thủ tướng Chính phủ thành lập Hội đồng thẩm định nhiệm vụ', [VL], [KT, PC, VP, BQLl], P('11-12/2019', '2019-12-31'), None, TTG),
 ('KH III.I.2', 'Trình Hội đồng thẩm định nhiệm vụ lập quy hoạch', [BQL], [VL, KT, VP], P('11-12/2019', '2019-12-31'), None, 'Hội đồng thẩm định nhiệm vụ lập quy hoạch'),
 ('KH III.I.2', 'Tổng hợp, báo cáo giải trình, tiếp thu ý kiến Hội đồng thẩm định nhiệm vụ', [BQL], [VL, KT2], P('11-12/2019', '2019-12-31'), 'báo cáo', None),
 ('KH III.I.3', 'Trình Thủ tướng Chính phủ phê duyệt nhiệm vụ lập Quy hoạch', [VL], [KT, PC, VP, BQLl], P('12/2019', '2019-12-31'), None, TTG),
 ('KH III.II.1', 'Lựa chọn Tư vấn lập Quy hoạch', ['Vụ Kế hoạch- Tài chính', BQL], [VL, PC, TC, VP], P('02-03/2020', '2020-03-31'), None, None),
 ('KH III.II.1', 'Thực hiện lập Quy hoạch theo nhiệm vụ', [BQL, TV], [VL, KT, PC, VP], P('3-12/2020', '2020-12-31'), 'quy hoạch', None),
 ('KH III.II.1', 'Lập báo cáo đánh giá môi trường chiến lược |', [BQL, TV], [VL, KT, KHCN, VP], P('3-12/2020', '2020-12-31'), 'báo cáo', None),
 ('KH III.II.1', 'Lấy ý kiến các Bộ, cơ quan ngang Bộ', [VL], [KT, VP, BQLl], P('01-4/2021', '2021-04-30'), None, None),
 ('KH III.II.1', 'Tổng hợp, giải trình, tiếp thu ý kiến và hoàn chỉnh hồ sơ Quy hoạch', [BQL, TV], [VL, KT, PC, KHCN], P('01-4/2021', '2021-04-30'), 'hồ sơ', None),
 ('KH III.II.2', 'Trình Thủ tướng Chính phủ thành lập Hội đồng thẩm định và', [VL], [BQLl, KT, PC, VP], P('5-6/2021', '2021-06-30'), None, TTG),
 ('KH III.II.2', 'Lựa chọn Tư vấn phản biện độc lập', [BQL], [VL, KT, PC], P('5-6/2021', '2021-06-30'), None, None),
 ('KH III.II.2', 'Lấy ý kiến thành viên Hội đồng thẩm định về Quy hoạch', None, [VL, KT, KHCN, BQLl], P('5-6/2021', '2021-06-30'), None, None),
 ('KH III.II.2', 'Trình Hội đồng thẩm định Quy hoạch |', [VL], [BQLl, KT, PC, VP], P('7-8/2021', '2021-08-31'), None, 'Hội đồng thẩm định Quy hoạch'),
 ('KH III.II.2', 'Tổng hợp, Báo cáo giải trình, tiếp thu ý kiến Hội đồng thẩm định Quy hoạch', [BQL], [VL, KT, PC, KHCN], P('7-8/2021', '2021-08-31'), 'báo cáo', None),
 ('KH III.II.2', 'Trình Thủ tướng Chính phủ phê duyệt quy hoạch', [VL], [BQLl, KT, PC], P('9-10/2021', '2021-10-31'), None, TTG),
 ('KH III.III', 'Xây dựng kế hoạch công bố Quy hoạch', [BQL], [VL, KT, VP], P('11-12/2021', '2021-12-31'), 'kế hoạch', None),
 ('KH III.III', 'Tổ chức Hội nghị công bố Quy hoạch', [BQL], [VL, KT, VP], P('11-12/2021', '2021-12-31'), None, None),
 ('KH III.III', 'Bàn giao hồ sơ đến các cơ quan lưu giữ', [BQL], [VL, KT, VP], P('11-12/2021', '2021-12-31'), None, None),
]
for sec, p, lead, sup, due, prod, rep in rows:
    addr = lead if lead else ['Cơ quan thường trực Hội đồng thẩm định']
    O.append(ob(ts_cell(T, p.rstrip(' |')), sec, addr, lead, sup, due=due, product=prod, report_to=rep))
# closing paragraph after the table's Ghi chú: conditional written opinion to the Ban quản lý quy hoạch
O.append(ob(ts_line(T, 'Trong quá trình thực hiện Kế hoạch, trường hợp cần thiết'), 'KH III', ['các đơn vị có liên quan'], report_to='Ban quản lý quy hoạch'))
doc = {
 "source": "https://github.com/Trangsct/skill-sct/blob/23aefafe7c9842911684663f3c34ed0ec31c78ec/quy-hoach-ct-vn/skills/quy-hoach-ct-vn/van-ban-goc/QD-836-QD-BXD-14-10-2019-ke-hoach-lap-quy-hoach-khoang-san-lam-VLXD-2021-2030.txt (read_file id 70371574904)",
 "kind": "state", "parent_issuer": "", "issuer": "BỘ XÂY DỰNG", "number": "836", "symbol": "836/QĐ-BXD",
 "type": "Quyết định", "type_code": "QĐ", "place": "Hà Nội", "date": "2019-10-14",
 "subject": "PHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH THĂM DÒ, KHAI THÁC, CHẾ BIẾN VÀ SỬ DỤNG CÁC LOẠI KHOÁNG SẢN LÀM VẬT LIỆU XÂY DỰNG THỜI KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2050",
 "urgency": "", "recipients": [],
 "citations": [
  {"type": "Luật", "symbol": "21/2017/QH14", "name": "Luật Quy hoạch", "date": "2017-11-24", "issuer": "", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "37/2019/NĐ-CP", "date": "2019-05-07", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "81/2017/NĐ-CP", "date": "2017-07-17", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Quyết định", "symbol": "995/QĐ-TTg", "date": "2018-08-09", "issuer": "Thủ tướng Chính phủ", "relation": "legal_basis"},
 ],
 "truncated": False,
 "signature": {"authority": [], "title": "BỘ TRƯỞNG", "name": "Phạm Hồng Hà"},
 "distribution": ["Như Điều 2", "Phó Thủ tướng Trịnh Đình Dũng (để báo cáo)",
   "Các Bộ: Kế hoạch và Đầu tư; Tài chính; Công Thương; Tài nguyên và Môi trường; Nông nghiệp và Phát triển nông thôn; Văn hóa, Thể thao và Du lịch; Quốc phòng; Công an",
   "Văn phòng Chính phủ", "Các đơn vị thuộc Bộ Xây dựng", "Chủ tịch UBND các tỉnh, thành phố trực thuộc TW", "Cổng TTĐT Bộ Xây dựng", "Lưu: VT, VLXD"],
 "obligations": O,
 "notes": open('tools/notes_836.txt', encoding='utf-8').read().strip(),
}
write(doc, NAME)
m = check(doc, T)
print(NAME, len(O), 'misses', m)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', o['text_start'], '|', o['addressees'], o['lead'], o['due'] and o['due']['text'])
