# Writes the five NAME.json files and figures.json of corpus27 from the labels below.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def date(text, d): return {"text": text, "kind": "date", "date": d}
def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def rec(text, cycle=None): return {"text": text, "kind": "recurring", "cycle": cycle}
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c
NOTES = json.load(open('tools/notes.json', encoding='utf-8'))
docs = {}

# ---------------------------------------------------------------- ddqh-3260
N = 'ddqh-3260-kh-ddqh15-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
TD = 'Tổ đảng ở Thường trực Ủy ban KH,CN&MT'
HDDT = 'Tổ đảng ở Thường trực Hội đồng Dân tộc'
PL = 'Tổ đảng ở Thường trực Ủy ban Pháp luật'; TP = 'Tổ đảng ở Thường trực Ủy ban Tư pháp'
KT = 'Tổ đảng ở Thường trực Ủy ban Kinh tế'; TC = 'Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách'
QP = 'Tổ đảng ở Thường trực Ủy ban Quốc phòng và An ninh'; VH = 'Tổ đảng ở Thường trực Ủy ban Văn hóa, Giáo dục'
XH = 'Tổ đảng ở Thường trực Ủy ban Xã hội'; DN = 'Tổ đảng ở Thường trực Ủy ban Đối ngoại'
VP = 'Đảng ủy cơ quan Văn phòng Quốc hội'
OTHER = 'Thực hiện một số nội dung khác'
o = []
o.append(ob(t('Đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội, lãnh đạo'), 'II.1',
            ['Đảng ở Thường trực Hội đồng Dân tộc', 'các Ủy ban của Quốc hội', 'các cơ quan thuộc UBTVQH', 'các Đoàn đại biểu Quốc hội']))
o.append(ob(t('Khẩn trương, quyết liệt tổ chức rà soát'), 'II.2.1', [], due=pend('hoàn thành trong năm 2025', '2025-12-31')))
o.append(ob(t('Thực hiện nhiệm vụ sửa đổi, bổ sung, hoàn thiện pháp luật'), 'II.2.1', []))
o.append(ob(t('Chủ động xây dựng, triển khai thực hiện kế hoạch, chương trình giám sát'), 'II.2.1', [], product='kế hoạch'))
# a)
o.append(ob(t('Là cơ quan đầu mối, tham mưu'), 'II.2.2.a', [TD]))
o.append(ob(t('Thường xuyên nắm tình hình, định kỳ báo cáo UBTVQH'), 'II.2.2.a', [TD], due=rec('định kỳ'), product='báo cáo',
            report_to='UBTVQH, Đảng đoàn Quốc hội và cơ quan có thẩm quyền'))
o.append(ob(t('Chủ trì thẩm tra các dự án luật, pháp lệnh'), 'II.2.2.a', [TD], lead=[TD]))
o.append(ob(t('Trước mắt, tập trung chủ trì hoặc tham gia thẩm tra'), 'II.2.2.a', [TD], due=pend('trong năm 2025', '2025-12-31')))
o.append(ob(t('Chủ trì thẩm tra và giám sát việc thực hiện các cơ chế'), 'II.2.2.a', [TD], lead=[TD]))
o.append(ob(t('Chủ trì giám sát việc thực hiện Chiến lược'), 'II.2.2.a', [TD], lead=[TD]))
o.append(ob(t('Chủ động tổ chức việc rà soát, đề xuất sửa đổi các luật'), 'II.2.2.a', [TD]))
o.append(ob(t(OTHER, 0), 'II.2.2.a', [TD]))
# b)
o.append(ob(t('Tham gia thẩm tra chính sách, pháp luật thuộc lĩnh vực dân tộc'), 'II.2.2.b', [HDDT]))
o.append(ob(t('Giám sát việc thực hiện chính sách, pháp luật thuộc lĩnh vực dân tộc'), 'II.2.2.b', [HDDT]))
o.append(ob(t(OTHER, 1), 'II.2.2.b', [HDDT]))
# c)
o.append(ob(t('Chủ trì thẩm tra, giám sát việc thực hiện chính sách, pháp luật về dân sự'), 'II.2.2.c', [PL], lead=[PL]))
o.append(ob(t('Chủ trì thẩm tra, đề xuất đưa vào Chương trình'), 'II.2.2.c', [PL], lead=[PL]))
o.append(ob(t(OTHER, 2), 'II.2.2.c', [PL]))
# d)
o.append(ob(t('Chủ trì thẩm tra, giám sát việc thực hiện chính sách, pháp luật về tư pháp'), 'II.2.2.d', [TP], lead=[TP]))
o.append(ob(t(OTHER, 3), 'II.2.2.d', [TP]))
# e)
o.append(ob(t('Chủ trì thẩm tra và giám sát việc thực hiện chính sách, pháp luật về kinh tế'), 'II.2.2.e', [KT], lead=[KT]))
o.append(ob(t('Tiếp tục rà soát, kiến nghị sửa đổi, bổ sung, chủ trì thẩm tra các dự án: Luật Đầu tư'), 'II.2.2.e', [KT], lead=[KT]))
o.append(ob(t('Kiến nghị cơ chế, chính sách ưu đãi, vượt trội'), 'II.2.2.e', [KT]))
o.append(ob(t(OTHER, 4), 'II.2.2.e', [KT]))
# g)
o.append(ob(t('Chủ trì thẩm tra, giám sát việc thực hiện chính sách, pháp luật về tài chính'), 'II.2.2.g', [TC], lead=[TC]))
o.append(ob(t('Kiến nghị cơ chế, chính sách về tài chính, ngân sách'), 'II.2.2.g', [TC]))
o.append(ob(t(OTHER, 5), 'II.2.2.g', [TC]))
# h)
o.append(ob(t('Chủ trì thẩm tra, giám sát việc thực hiện chính sách, pháp luật thúc đẩy'), 'II.2.2.h', [QP], lead=[QP]))
o.append(ob(t('Tiếp tục tổ chức rà soát, kiến nghị sửa đổi, bổ sung, chủ trì thẩm tra các dự án: Luật An ninh mạng'), 'II.2.2.h', [QP], lead=[QP]))
o.append(ob(t(OTHER, 6), 'II.2.2.h', [QP]))
# i)
o.append(ob(t('Chủ trì thẩm tra và giám sát việc thực hiện chính sách, sách pháp luật'), 'II.2.2.i', [VH], lead=[VH]))
o.append(ob(t('Tiếp tục tổ chức rà soát, kiến nghị sửa đổi, bổ sung, chủ trì thẩm tra các dự án: Luật Nhà giáo'), 'II.2.2.i', [VH], lead=[VH]))
o.append(ob(t('Kiến nghị cơ chế, chính sách đào tạo nguồn nhân lực KH&CN'), 'II.2.2.i', [VH]))
o.append(ob(t(OTHER, 7), 'II.2.2.i', [VH]))
# k)
o.append(ob(t('Chủ trì thẩm tra và giám sát việc thực hiện chính sách, pháp luật liên quan đến các vấn đề lao động'), 'II.2.2.k', [XH], lead=[XH]))
o.append(ob(t('Tổ chức rà soát, kiến nghị sửa đổi, bổ sung Luật Lao động'), 'II.2.2.k', [XH]))
o.append(ob(t(OTHER, 8), 'II.2.2.k', [XH]))
# l)
o.append(ob(t('Chủ trì thẩm tra, giám sát việc thực hiện các điều ước quốc tế'), 'II.2.2.l', [DN], lead=[DN]))
o.append(ob(t(OTHER, 9), 'II.2.2.l', [DN]))
# m)
o.append(ob(t('Phối hợp tổ chức phổ biến, quán triệt nghiêm túc'), 'II.2.2.m', [VP]))
o.append(ob(t('Lãnh đạo việc tổ chức thực hiện Đề án chuyển đổi số'), 'II.2.2.m', [VP]))
o.append(ob(t('Bảo đảm các điều kiện về cơ sở vật chất, kinh phí'), 'II.2.2.m', [VP]))
o.append(ob(t('Chỉ đạo việc quy định cụ thể, lượng hóa'), 'II.2.2.m', [VP]))
# n) o) p)
o.append(ob(t('Chủ trì giúp UBTVQH trong công tác tiếp công dân'), 'II.2.2.n', ['Ban Dân nguyện'], lead=['Ban Dân nguyện']))
o.append(ob(t('Chủ trì giúp UBTVQH trong công tác bồi dưỡng'), 'II.2.2.o', ['Ban Công tác đại biểu'], lead=['Ban Công tác đại biểu']))
o.append(ob(t('Giám sát tại địa phương việc ban hành Kế hoạch'), 'II.2.2.p', ['Các Đoàn đại biểu Quốc hội', 'các đại biểu Quốc hội']))
# III
o.append(ob(t('Các thành viên Đảng đoàn Quốc hội, Tổ trưởng Tổ đảng'), 'III.1',
            ['Các thành viên Đảng đoàn Quốc hội', HDDT, 'các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'các cơ quan thuộc Ủy ban UBTVQH', 'Đoàn đại biểu Quốc hội']))
A3 = ['Ủy ban Thường vụ Quốc hội', 'Hội đồng Dân tộc', 'các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'các cơ quan thuộc UBTVQH',
      'các Đoàn đại biểu Quốc hội', 'các đại biểu Quốc hội', 'các cơ quan, tổ chức hữu quan']
o.append(ob(t('Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban'), 'III.2', A3))
o.append(ob(t('báo cáo Đảng đoàn Quốc hội, UBTVQH các vấn đề phát sinh'), 'III.2', A3, report_to='Đảng đoàn Quốc hội, UBTVQH'))
o.append(ob(t('Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì'), 'III.3', ['Thường trực Ủy ban KH,CN&MT của Quốc hội'],
            lead=['Thường trực Ủy ban KH,CN&MT của Quốc hội'],
            support=['Hội đồng Dân tộc', 'các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'các cơ quan thuộc UBTVQH', 'các Đoàn đại biểu Quốc hội', 'Văn phòng Đảng đoàn Quốc hội'],
            due=rec('Định kỳ'), product='báo cáo', report_to='các cơ quan có thẩm quyền'))
LAWS = ['Luật Tổ chức Quốc hội', 'Luật Tổ chức Chính phủ', 'Luật Ban hành văn bản quy phạm pháp luật', 'Luật Cán bộ, công chức', 'Luật Viên chức']
cits = [cit('Nghị quyết', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị', 'implements'),
        cit('Chiến lược', name='Chiến lược phát triển KH,CN&ĐMST đến năm 2025, định hướng đến năm 2030'),
        cit('Chương trình', name='chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030'),
        cit('Quy hoạch', name='Quy hoạch mạng lưới tổ chức công lập về khoa học và công nghệ thời kỳ 2021-2030, tầm nhìn đến năm 2050')]
cits += [cit('Luật', name=n) for n in LAWS]
cits += [cit('Bộ luật', name='Bộ luật Hình sự'), cit('Luật', name='Luật Phòng, chống tham nhũng')]
cits += [cit('Luật', name=n) for n in ['Luật Đầu tư', 'Luật Đầu tư công', 'Luật Đầu tư theo phương thức đối tác công tư', 'Luật Đấu thầu',
         'Luật Doanh nghiệp', 'Luật Hỗ trợ doanh nghiệp vừa và nhỏ', 'Luật Thương mại', 'Luật Ngân sách nhà nước',
         'Luật Quản lý và sử dụng tài sản công', 'Luật Giá', 'Luật Đấu giá tài sản',
         'Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Luật Thuế thu nhập doanh nghiệp',
         'Luật Thuế thu nhập cá nhân', 'Luật Thuế giá trị gia tăng', 'Luật Thuế xuất khẩu, nhập khẩu', 'Luật An ninh mạng',
         'Luật An toàn thông tin', 'Luật Cơ yếu', 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
         'Luật Nhà giáo', 'Luật Giáo dục đại học', 'Luật Giáo dục', 'Luật Lao động', 'Luật Thi đua, khen thưởng']]
cits += [cit('Đề án', name='Đề án chuyển đổi số trong các cơ quan của Quốc hội')]
docs[N] = dict(source='https://github.com/thetrungdtt/VNMasterplan/blob/3bb2f87f35b6015f64e23655c022fe83c1499d64/QH/CTHD.md (read_file id 33718768498, 2 pages joined)',
    kind='party', parent_issuer='BAN CHẤP HÀNH TRUNG ƯƠNG', issuer='ĐẢNG ĐOÀN QUỐC HỘI', number='3260', symbol='3260-KH/ĐĐQH15',
    type='Kế hoạch', type_code='KH', place='Hà Nội', date='2025-01-10',
    subject='khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    urgency='', recipients=[], citations=cits, truncated=False,
    signature={"authority": ["T/M ĐẢNG ĐOÀN QUỐC HỘI"], "title": "BÍ THƯ", "name": "Trần Thanh Mẫn"},
    distribution=['Ban Bí thư Trung ương Đảng (để b/c)', 'Ban cán sự đảng Chính phủ (để phối hợp)', 'Thành viên Đảng đoàn Quốc hội',
                  'VPTW, VPCP, VPQH', 'Tổ đảng ở TT HĐDT, TT các UB của QH', 'Các cơ quan thuộc UBTVQH', 'Đảng ủy cơ quan Văn phòng Quốc hội',
                  'Các Đoàn ĐBQH', 'CVP, PCVP ĐĐQH', 'Lưu VPĐĐQH, Vụ KHCNMT'],
    obligations=o)

# ---------------------------------------------------------------- laocai-2736
N = 'laocai-2736-qd-ubnd-2026'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
o = [ob(t('Xây dựng, ban hành bộ tiêu chí'), 'Điều 2.1', ['Hội đồng'], product='bộ tiêu chí'),
     ob(t('Tổ chức chấm điểm, lựa chọn chủ đầu tư'), 'Điều 2.1', ['Hội đồng']),
     ob(t('Giải quyết các vướng mắc, khiếu nại'), 'Điều 2.1', ['Hội đồng']),
     ob(t('Chủ tịch Hội đồng sử dụng con dấu'), 'Điều 2.1', ['Chủ tịch Hội đồng', 'các Phó Chủ tịch Hội đồng'], modality='permission'),
     ob(t('Giúp việc cho Hội đồng trong quá trình hoạt động'), 'Điều 2.2', ['Tổ giúp việc']),
     ob(t('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở'), 'Điều 4',
        ['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Công Thương', 'Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Công an tỉnh',
         'Ủy ban nhân dân xã Bảo Ái', 'các cơ quan, đơn vị liên quan', 'các ông, bà có tên tại Điều 1'])]
LC = 'Ủy ban nhân dân tỉnh Lào Cai'
docs[N] = dict(source='https://github.com/Trangsct/skill-sct/blob/f4a9907df82e15041567e9e79cb0e065b4e3c9c4/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/QD-2736-2026-HD-lua-chon-CDT-CCN-Mong-Son.txt (read_file id 70573216646); rendered here: text -> PDF (LibreOffice) -> pdftotext -layout',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH LÀO CAI', number='2736', symbol='2736/QĐ-UBND', type='Quyết định', type_code='QĐ',
    place='Lào Cai', date='2026-08-06',
    subject='Thành lập Hội đồng và Tổ giúp việc Hội đồng đánh giá lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp Mông Sơn, xã Bảo Ái, tỉnh Lào Cai',
    urgency='', recipients=[],
    citations=[cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2025-06-16', relation='legal_basis'),
               cit('Nghị định', '32/2024/NĐ-CP', '2024-03-15', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '139/2025/NĐ-CP', '2025-06-12', 'Chính phủ', 'legal_basis'),
               cit('Quyết định', '525/QĐ-UBND', '2026-02-25', LC, 'legal_basis'),
               cit('Quyết định', '16/2026/QĐ-UBND', '2026-02-25', LC, 'legal_basis'),
               cit('Tờ trình', '4534/TTr-SCT', '2026-07-29', 'Sở Công Thương', 'mentions')],
    truncated=False, signature={"authority": ["TM. ỦY BAN NHÂN DÂN"], "title": "CHỦ TỊCH", "name": "Nguyễn Tuấn Anh"},
    distribution=['Như Điều 4', 'Chủ tịch UBND tỉnh', 'Các Phó Chủ tịch UBND tỉnh', 'CVP, CVP UBND tỉnh (Bích)', 'Lưu: VT, KT (T.Q.Hùng)'],
    obligations=o)

# ---------------------------------------------------------------- laocai-2496
N = 'laocai-2496-ubnd-kt-2026'; T = load(N + '.txt')
o = [ob(ts(T, 'Giao Sở Công Thương chủ trì'), '¶2', ['Sở Công Thương'], lead=['Sở Công Thương'], support=['các cơ quan, đơn vị, địa phương']),
     ob('báo cáo Uỷ ban nhân dân tỉnh trước ngày 15/4/2026.', '¶2', ['Sở Công Thương'], due=date('trước ngày 15/4/2026', '2026-04-15'),
        product='báo cáo', report_to='Uỷ ban nhân dân tỉnh'),
     ob('Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện./.', '¶3', ['Sở Công Thương'])]
docs[N] = dict(source='https://github.com/Trangsct/skill-sct/blob/e3d29a7e19333e8271274f219ace1977e1d857be/hnh-sct-vn/skills/hnh-sct-vn/van-ban-goc/04-uy-quyen-quy-trinh/VB-giao-tham-gia-phoi-hop.txt (read_file id 70827117763); rendered here: text -> .docx (LibreOffice) -> pandoc -t markdown',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH LÀO CAI', number='2496', symbol='2496/UBND-KT', type='Công văn', type_code='',
    place='Lào Cai', date='2026-04-06',
    subject='triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hoá nguy hiểm loại 1,2,3,4,9',
    urgency='', recipients=['Sở Công Thương'],
    citations=[cit('Công văn', '2265/BCT-ATMT', '2026-04-02', 'Bộ Công Thương', 'mentions')],
    truncated=False, signature={"authority": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], "title": "PHÓ CHÁNH VĂN PHÒNG", "name": "Bùi Ngọc Hùng"},
    distribution=['Như trên', 'Chủ tịch UBND tỉnh', 'Phó CTUBND tỉnh Ngô Hạnh Phúc', 'Chánh VP, Phó CVP (đ/c Hùng)', 'Lưu: VT, KT (Long)'],
    obligations=o)

# ---------------------------------------------------------------- tct-4451
N = 'tct-4451-tct-kk-2016'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
CT = ['Cục Thuế']
o = [ob(t('Đồng chí Cục trưởng Cục Thuế có trách nhiệm'), '1.a', CT),
     ob(t('Cục Thuế căn cứ danh sách NNT'), '1.a', CT),
     ob(t('Thực hiện điều chỉnh nghĩa vụ thuế phát sinh'), '1.b', CT),
     ob(t('Cơ quan thuế căn cứ số thuế phát sinh'), '1.b', ['Cơ quan thuế', 'Cục Thuế'], product='chứng từ', report_to='Kho bạc Nhà nước'),
     ob(t('Đồng thời, Cục Thuế rà soát, lập chứng từ'), '1.b', CT, product='chứng từ', report_to='Kho bạc Nhà nước'),
     ob(t('Đối với số tiền thuế TTDB'), '1.c', ['Cơ quan thuế'], product='thông báo'),
     ob(t('Cục Thuế phải hoàn thành việc rà soát'), '1.d', CT, due=date('chậm nhất trước ngày 01/10/2016', '2016-10-01'),
        product='báo cáo', report_to='Tổng cục Thuế'),
     ob(t('Căn cứ Thông báo nâng cấp ứng dụng của Tổng cục Thuế, cơ quan thuế'), '2', ['cơ quan thuế'],
        due=cont('Từ kỳ tính thuế tháng 09/2016 trở đi')),
     ob(t('Kho bạc Nhà nước, các Ngân hàng thương mại'), '3', ['Kho bạc Nhà nước', 'các Ngân hàng thương mại phối hợp thu NSNN']),
     ob(t('Đồng chí Cục trưởng Cục Thué chỉ đạo'), '4', CT)]
docs[N] = dict(source='https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/09_Excise_Tax_SST/Documents/CV_Undated_CV42542016TCTRa_soat_viec.md (read_file id 27956695239); stored OCR Markdown, copied up to the end of the letter (first 6,634 of 16,131 code points)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TỎNG CỤC THUÊ', number='4451', symbol='4451/TCT-KK',
    symbol_as_printed='4451 CT-KK', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='hướng dẫn kê khai và điều chỉnh thuế TTĐB của hàng hóa nhập khẩu ban ra trong nước',
    urgency='', recipients=['Cục Thuế các tỉnh, thành phó trực thuộc'],
    citations=[cit('Luật', '27/2008/QH12', '2008-11-14', '', 'legal_basis'),
               cit('Luật', '70/2014/QH13', '2014-11-26', '', 'legal_basis', as_printed='70/2014/QH2013'),
               cit('Nghị quyết', '01/NQ-CP', '2016-01-07', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '108/2015/NĐ-CP', '2015-10-28', '', 'legal_basis'),
               cit('Nghị định', '100/2016/NĐ-CP', '2016-07-01', '', 'legal_basis'),
               cit('Thông tư', '195/2015/TT-BTC', '2015-11-24', '', 'legal_basis'),
               cit('Thông tư', '130/2016/TT-BTC', '2016-08-12', '', 'legal_basis')],
    truncated=False, signature={"authority": ["KT. TONG CỤC TRUONG"], "title": "", "name": ""},
    distribution=['Như trên', 'Thứ trưởng Đỗ Hoàng Anh Tuần (để b/c)', 'Tổng cục Hải quan', 'Kho bạc Nhà nước (để phối hợp)', 'Vụ: NSNN, CST, PC (BTC)',
                  'Cục CNTT, CS, PC, TTra, KTNB', 'Lưu: VT, KK. (3b)'],
    obligations=o)

# ---------------------------------------------------------------- tct-460
N = 'tct-460-qd-tct-2009'; T = load(N + '.txt')
o = [ob(ts(T, 'Cục Trưởng Cục Thuế các tỉnh'), 'Điều 3',
        ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương', 'các Ban', 'Đơn vị tương đương thuộc và trực thuộc Tổng cục Thuế'])]
docs[N] = dict(source='https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/08_Tax_Administration/Documents/Doc_Undated_QD_4602009_ve.md (read_file id 27466596412); stored OCR Markdown of a web print-out, copied up to the end of the decision (first 2,203 of 37,417 code points)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CỤC THUÉ', number='460', symbol='460/QĐ-TCT',
    type='Quyết định', type_code='QĐ', place='Hà Nội', date='2009-05-05', subject='ban hành quy trình thanh tra thuế', urgency='', recipients=[],
    citations=[cit('Luật', '22/2004/QH11', '2004-06-15', '', 'legal_basis'),
               cit('Luật', '78/2006/QH11', '2006-11-29', '', 'legal_basis'),
               cit('Nghị định', '85/2007/NĐ-CP', '2007-05-25', 'Chính phủ', 'legal_basis'),
               cit('Quyết định', '76/2007/QĐ-TTg', '2007-05-28', 'Thủ tướng Chính phủ', 'legal_basis'),
               cit('Quyết định', '48/2007/QĐ-BTC', '2007-06-15', 'Bộ Tài chính', 'legal_basis'),
               cit('Quyết định', '1166/QĐ-TCT', '2005-10-31', 'Tổng cục Trưởng Tổng cục Thuế', 'replaces', as_printed='1166/QD-TCT')],
    page_mentions=[{"type": "Quyết định", "symbol": "460/QĐ-TCT", "as_printed": "460/QD-TCT", "where": "web print-out title and page headers"}],
    truncated=False, signature={"authority": [], "title": "TỎNG CỤC TRƯỞNG", "name": "Đặng Hạnh Thu"},
    distribution=['Như điều 3', 'Lãnh đạo Bộ Tài chính (để báo cáo)', 'Lãnh đạo Tổng cục Thuế', 'Thanh tra tài chính', 'Lưu: VT,TTr'],
    obligations=o)

order = ['source', 'kind', 'parent_issuer', 'issuer', 'issuer_as_printed', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place',
         'date', 'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations', 'notes']
for n, d in docs.items():
    d['notes'] = NOTES[n]
    out = {k: d[k] for k in order if k in d}
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": True}, open('figures.json', 'w'))
print('wrote', len(docs), 'documents,', sum(len(d['obligations']) for d in docs.values()), 'obligations')
