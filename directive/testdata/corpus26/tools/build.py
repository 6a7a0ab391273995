# Writes the corpus26 JSON files and figures.json from the labels below (this helper's own tool).
# text_start values are computed with lib.ts: the first 12 whitespace tokens of the .txt from the given prefix.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

REPO = 'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/'
NOTES = json.load(open('tools/notes.json', encoding='utf-8'))

def date(text, d): return {"text": text, "kind": "date", "date": d}
def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def rec(text, cycle, day=None, month=None):
    r = {"text": text, "kind": "recurring", "cycle": cycle}
    if day is not None: r["day"] = day
    if month is not None: r["month"] = month
    return r
def rel(text, amount, unit, frm): return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}
def cit(type_, symbol, date_, issuer, relation, as_printed=None, name=None):
    c = {"type": type_}
    if symbol is not None: c["symbol"] = symbol
    if name is not None: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date_, "issuer": issuer, "relation": relation})
    return c

docs = {}

# ---------------------------------------------------------------- ttg-11-ct-ttg-2020
N = 'ttg-11-ct-ttg-2020'; T = load(N + '.txt')
def S(p, occ=0): return ts(T, p, occurrence=occ)
CLS = 'các bộ, cơ quan trung ương và địa phương'
NHNN = 'Ngân hàng Nhà nước Việt Nam'; BTC = 'Bộ Tài chính'; BCT = 'Bộ Công Thương'; BKH = 'Bộ Kế hoạch và Đầu tư'
GTVT = 'Bộ Giao thông vận tải'; VH = 'Bộ Văn hóa, Thể thao và Du lịch'; TT = 'Bộ Thông tin và Truyền thông'
TTG = 'Thủ tướng Chính phủ'; M3 = pend('trong tháng 3 năm 2020', '2020-03-31')
CLQ = 'các cơ quan liên quan'
O = [
 ob(S('Quán triệt sâu sắc tỉnh thần'), 'I.1', [CLS]),
 ob(S('Tập trung thực hiện “nhiệm vụ kép”'), 'I.2', [CLS]),
 ob(S('Tập trung phân tích, đánh giá những hạn chế'), 'I.3', [CLS]),
 ob(S('Chỉ đạo, hướng dẫn kịp thời các tổ chức tín dụng'), 'II.1.a', [NHNN]),
 ob(S('Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính'), 'II.1.a', [NHNN], lead=[NHNN], support=[BKH, BTC, CLQ],
    due=pend('trong tháng 3 năm 2019', '2019-03-31'), product='báo cáo', report_to=TTG),
 ob(S('Tiếp tục triển khai các giải pháp đây mạnh thanh toán'), 'II.1.a', [NHNN]),
 ob(S('Trình ngay Thủ tướng Chính phủ quyết định cá biệt'), 'II.1.a', [NHNN], product='quyết định', report_to=TTG),
 ob(S('Trình Chính phủ ban hành Nghị định về gia hạn'), 'II.1.b', [BTC], due=M3, product='nghị định', report_to='Chính phủ, Thủ tướng Chính phủ'),
 ob(S('Khẩn trương trình Chính phủ về việc miễn, giảm thuế'), 'II.1.b', [BTC], report_to='Chính phủ'),
 ob(S('Rà soát, đề xuất cấp có thẩm quyền các giải pháp.'), 'II.1.b', [BTC], due=M3, report_to=TTG),
 ob(S('Bộ Thông tin và Truyền thông tập trung nghiên cứu'), 'II.1.c', [TT]),
 ob(S('Bảo hiểm xã hội Việt Nam chủ trì'), 'II.1.d', ['Bảo hiểm xã hội Việt Nam'], lead=['Bảo hiểm xã hội Việt Nam'], support=[CLQ]),
 ob(S('Đề nghị Tổng Liên đoàn lao động Việt Nam'), 'II.1.đ', ['Tổng Liên đoàn lao động Việt Nam']),
 ob(S('Bộ Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan chỉ'), 'II.2.a', [GTVT], lead=[GTVT], support=[CLQ],
    due=M3, product='báo cáo', report_to=TTG),
 ob(S('Chỉ đạo cơ quan thuế, cơ quan hải quan xem xét'), 'II.2.b', [BTC]),
 ob(S('Khan trương báo cáo Chính phủ trong tháng 3'), 'II.2.b', [BTC], due=M3, product='báo cáo', report_to='Chính phủ'),
 ob(S('Xây dựng hồ sơ dự án Nghị quyết của Quốc hội'), 'II.2.b', [BTC], due=M3, product='hồ sơ', report_to='Chính phủ'),
 ob(S('Thanh tra Chính phủ, Thanh tra các Bộ, ngành, địa phương thực hiện'), 'II.2.c',
    ['Thanh tra Chính phủ', 'Thanh tra các Bộ, ngành, địa phương']),
 ob(S('Đề nghị Kiểm toán Nhà nước và các cơ quan chức năng'), 'II.2.c', ['Kiểm toán Nhà nước', 'các cơ quan chức năng']),
 ob(S('Trong phạm vi và lĩnh vực quản lý, rà soát'), 'II.2.d', ['Các bộ, ngành, địa phương'],
    due=date('trước ngày 15 tháng 3 năm 2020', '2020-03-15'), product='phương án', report_to=BTC),
 ob(S('Chưa thực hiện điều chỉnh tăng giá trong Quý I'), 'II.2.d', ['Các bộ, ngành, địa phương'], modality='prohibition'),
 ob(S('Tap trung tái cấu trúc nghiệp vụ các thủ tục hành chính'), 'II.2.d', ['Các bộ, ngành, địa phương']),
 ob(S('Chủ trì, phối hợp với các Bộ: Nông nghiệp'), 'II.3.a', [BCT], lead=[BCT],
    support=['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Xây dựng', CLQ], due=M3, product='báo cáo', report_to=TTG),
 ob(S('Có biện pháp day mạnh xuất khẩu'), 'II.3.a', [BCT], due=M3, product='báo cáo', report_to=TTG),
 ob(S('Tang cường kiểm tra, xử lý nghiêm các trường hợp buôn lậu'), 'II.3.a', [BCT]),
 ob(S('Chủ trì, phối hợp với Bộ Tài chính và các đơn vi liên quan'), 'II.3.a', [BCT], lead=[BCT], support=[BTC, 'các đơn vi liên quan']),
 ob(S('Phối hợp với các địa phương phát triển mạnh'), 'II.3.a', [BCT], support=['các địa phương']),
 ob(S('Bộ Nông nghiệp và Phát triển nông thôn chủ trì'), 'II.3.b', ['Bộ Nông nghiệp và Phát triển nông thôn'],
    lead=['Bộ Nông nghiệp và Phát triển nông thôn'], support=[BCT, CLQ],
    due=date('trước ngày 20 tháng 3 năm 2020', '2020-03-20'), report_to=TTG),
 ob(S('Bộ Tài chính chỉ đạo cơ quan thuế, cơ quan hải quan đây nhanh'), 'II.3.c', [BTC], due=M3, product='báo cáo', report_to=TTG),
 ob(S('Chủ tịch Hội đồng thành viên, Tổng Giám đốc các tập đoàn'), 'II.3.d', ['các tập đoàn, tông công ty nhà nước']),
 ob(S('Uỷ ban quản lý vốn nhà nước tại doanh nghiệp và'), 'II.3.d',
    ['Uỷ ban quản lý vốn nhà nước tại doanh nghiệp', 'các Bộ, ngành liên quan']),
 ob(S('Bộ Văn hóa, Thể thao và Du lịch đây mạnh'), 'II.4.a', [VH], support=['các hiệp hội nghề nghiệp về du lịch'], product='chương trình'),
 ob(S('Bộ Ngoại giao chủ trì'), 'II.4.b', ['Bộ Ngoại giao'], lead=['Bộ Ngoại giao'], support=[VH, 'Bộ Công An', BTC, CLQ],
    due=M3, product='báo cáo', report_to=TTG),
 ob(S('Bộ Giao thông vận tải chủ trì, phối hợp với các Bộ, ngành liên quan'), 'II.4.c', [GTVT], lead=[GTVT],
    support=['các Bộ, ngành liên quan', VH]),
 ob(S('Bộ Tài chính chủ trì, phối hop với'), 'II.4.d', [BTC], lead=[BTC], support=[VH]),
 ob(S('Bộ Thông tin và Truyền thông chủ trì, phối hợp với'), 'II.4.đ', [TT], lead=[TT],
    support=[VH, 'các Bộ, ngành, địa phương', 'các cơ quan thông tấn, báo chí']),
 ob(S('Các bộ, cơ quan trung ương và địa phương khẩn trương hoàn thiện'), 'II.5.a', ['Các bộ, cơ quan trung ương và địa phương'],
    due=pend('ngay trong tháng 3 năm 2020', '2020-03-31')),
 ob(S('Yêu cầu các Bộ, ngành, địa phương, các tập đoàn'), 'II.5.a', ['các Bộ, ngành, địa phương', 'các tập đoàn, tổng công ty nhà nước'],
    due=cont('thường xuyên')),
 ob(S('Chủ trì, phối hợp với Bộ Tài chính và các cơ quan liên quan chuẩn bị'), 'II.5.b', [BKH], lead=[BKH], support=[BTC, CLQ], due=M3),
 ob(S('Thường xuyên kiểm tra, đánh giá tình hình thực hiện kế hoạch đầu tư'), 'II.5.b', [BKH], due=cont('Thường xuyên')),
 ob(S('Chủ trì phối hợp với các bộ, ngành, cơ quan trung ương'), 'II.5.b', [BKH], lead=[BKH],
    support=['các bộ, ngành, cơ quan trung ương và địa phương'], product='chương trình', report_to='Chính phủ'),
 ob(S('Chủ trì, phối hợp với các Bộ: Kế hoạch và Đầu.'), 'II.5.c', [GTVT], lead=[GTVT], support=[BKH, BTC, CLQ],
    due=date('trước ngày 15 tháng 3 năm 2020', '2020-03-15'), product='báo cáo', report_to='Chính phủ'),
 ob(S('Khẩn trương hoàn thành thủ tục và thúc day giải ngân'), 'II.5.c', [GTVT]),
 ob(S('Bộ Công Thương tập trung chỉ đạo sớm hoàn thành'), 'II.5.d', [BCT]),
 ob(S('Các Bộ, ngành, địa phương tiếp tục đây mạnh đơn giản hoá'), 'II.5.đ', ['Các Bộ, ngành, địa phương'], product='kế hoạch'),
 ob(S('Bộ Lao động - Thương binh và Xã hội chủ trì'), 'II.6', ['Bộ Lao động - Thương binh và Xã hội'],
    lead=['Bộ Lao động - Thương binh và Xã hội'], support=['các cơ quan, địa phương'], due=M3, product='báo cáo', report_to=TTG),
 ob(S('Chỉ đạo các cơ quan truyền thông kịp thời cung cấp'), 'II.7', [TT], lead=[TT],
    support=['Ban Tuyên giáo Trung ương', 'các Bộ ngành, địa phương']),
 ob(S('Tăng cường truyền thông các chủ đề'), 'II.7', [TT], lead=[TT], support=['Ban Tuyên giáo Trung ương', 'các Bộ ngành, địa phương']),
 ob(S('Các bộ, cơ quan trung ương và địa phương tập trung quán triệt'), 'III.1', ['Các bộ, cơ quan trung ương và địa phương'],
    product='chương trình'),
 ob(S('định kỳ hàng thang báo cáo tình hình thực hiện'), 'III.1', ['Các bộ, cơ quan trung ương và địa phương'],
    due=rec('trước ngày 20 hàng tháng', 'monthly', day=20), product='báo cáo',
    report_to='Bộ Kế hoạch và Đầu tư và Văn phòng Chính phủ'),
 ob(S('Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ'), 'III.1',
    ['các Bộ', 'cơ quan ngang Bộ', 'cơ quan thuộc Chính phủ', 'Uy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
     'các tập đoàn, tổng công ty nhà nước']),
 ob(S('Đề nghị Uỷ ban Trung ương Mặt trận Tổ quốc'), 'III.2',
    ['Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Phòng Thương mại và Công nghiệp Việt Nam', 'Hội đoanh nghiệp nhỏ và vừa',
     'các hội nghề nghiệp', 'các tổ chức xã hội', 'đoàn thể nhân dân']),
 ob(S('Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành, địa phương'), 'III.3', [BKH], lead=[BKH],
    support=['các bộ, ngành, địa phương'], due=rec('thường kỳ hàng tháng', 'monthly'), product='báo cáo', report_to='Chính phủ'),
 ob(S('Bộ Kế hoạch và Đầu tư và các Bộ, ngành, địa phương thường xuyên'), 'III.3', [BKH, 'các Bộ, ngành, địa phương'],
    due=cont('thường xuyên'), report_to='Chính phủ, Thủ tướng Chính phủ'),
]
docs[N] = dict(
 source=REPO + 'data/tax_legal/tax_database/08_Tax_Administration/Documents/Doc_Undated_Chi_thi_11_2019_CTTTgGiai.md (read_file id 27277881765)',
 kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='', symbol='', symbol_as_printed='41 /CT-TTs',
 type='Chỉ thị', type_code='CT', place='Ha Nội', date=None,
 subject='các nhiệm vụ, giải pháp cAp bách tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đầm an sinh xã hội ứng phó với dich Covid-19',
 urgency='', recipients=[],
 citations=[
  cit('Công văn', '79-CV/TW', '2020-01-30', 'Ban Bí thư Trung ương Đảng', 'mentions'),
  cit('Chỉ thị', '05/CT-TTg', '2020-01-28', 'Thủ tướng Chính phủ', 'mentions'),
  cit('Chỉ thị', '06/CT-TTg', '2020-01-31', 'Thủ tướng Chính phủ', 'mentions'),
  cit('Chỉ thị', '10/CT-TTg', '2020-02-25', 'Thủ tướng Chính phủ', 'mentions'),
  cit('Chỉ thị', '20/CT-TTg', '2017-05-17', 'Thủ tướng Chính phủ', 'mentions'),
  cit('Hiệp định', None, None, '', 'mentions', name='Hiệp định EVFTA'),
  cit('Nghị quyết', '02/NQ-CP', '2020-01-01', 'Chính phủ', 'mentions'),
 ],
 truncated=False,
 signature={"authority": [], "title": "THỦ TƯỞNG", "name": "Zuyến Xuân Phúc"},
 distribution=['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ', 'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP',
  'HĐND, UBND các tỉnh, thành phố trực thuộc TW', 'Văn phòng Trung ương và các Ban của Dang', 'Văn phòng Tổng Bí thư',
  'Văn phòng Chủ tịch nước', 'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'Tòa án nhân dân tối cao',
  'Viện Kiểm sát nhân dân tối cao', 'Ủy ban Giám sát tài chính Quốc gia', 'Kiểm toán Nhà nước', 'Ngân hàng Chính sách xã hội',
  'Ngân hàng Phát triển Việt Nam', 'Ủy ban TW Mặt trận Tổ quốc Việt Nam', 'Cơ quan Trung ương của các đoàn thé',
  'Phòng Thương mại và Công nghiệp Việt Nam', 'Các Tập đoàn kinh tế, Tổng công ty nhà nước',
  'VPCP: BTCN, các PCN, Trợ ly TTCP, TGD Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo', 'Lưu: Văn thư,KTTH(2b)'],
 obligations=O)

# ---------------------------------------------------------------- tchq-879-tchq-txnk-2021
N = 'tchq-879-tchq-txnk-2021'; T = load(N + '.txt')
def S(p, occ=0): return ts(T, p, occurrence=occ)
CHQ = 'các Cục Hải quan tỉnh, thành phố'
O = [
 ob(S('Tổng cục Hải quan giao các Cục Hải quan'), '1', [CHQ]),
 ob(S('Các Cục Hải quan tỉnh, thành phố tăng cường kiểm tra'), '2', [CHQ]),
 ob(S('Các Cục Hải quan tỉnh, thành phố thực hiện ra soát'), '2', [CHQ]),
 ob(S('Trường hợp đoanh nghiệp chưa bị ấn định thuế'), '3', ['cơ quan hải quan'], modality='prohibition'),
 ob(S('Trường hợp doanh nghiệp đã bị ấn định thuế nhưng'), '3', ['cơ quan hải quan']),
 ob(S('Trường hợp doanh nghiệp đã bị ấn định thuế và'), '3', ['cơ quan hải quan']),
 ob(S('Đối với số thuế GTGT bị ấn định'), '3', ['Cơ quan Hải quan']),
 ob(S('Căn cứ quyết định hoàn của Cơ quan hải quan'), '3', ['doanh nghiệp']),
 ob(S('Các Cục Hải quan tỉnh, thành phố báo cáo kết quả'), '4', [CHQ],
    due=rec('vào ngày 30 của tháng cuối quý', 'quarterly', day=30), product='báo cáo', report_to='Tổng cục Hải quan',
    via='Cục Thuế xuất nhập khẩu'),
 ob(S('Trong quá trình thực hiện có phát sinh vướng mắc'), '¶28', [CHQ], report_to='Tổng cục Hải quan'),
]
docs[N] = dict(
 source=REPO + 'data/tax_legal/tax_database/03_Customs/CV 2021/CV_2021_02_23_CV_879_23022021_TCHQ_Xu_ly.md (read_file id 28107637042)',
 kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC HẢI QUAN', issuer_as_printed='TONG CUC HAI QUAN',
 number='879', symbol='879/TCHQ-TXNK', type='Công văn', type_code='', place='Hà Nội', date='2021-02-23',
 subject='xử lý thuế đối với hàng hóa nhập khẩu để SXXK đưa đi thuê gia công', urgency='',
 recipients=['Các Cục Hải quan tỉnh, thành phó'],
 citations=[
  cit('Luật', '107/2016/QH13', None, '', 'legal_basis', as_printed='7/2016/QH13'),
  cit('Luật', '54/2014/QH13', None, '', 'legal_basis'),
  cit('Nghị định', '134/2016/NĐ-CP', '2016-09-01', 'Chính phủ', 'legal_basis'),
  cit('Luật', '38/2019/QH14', None, '', 'legal_basis'),
  cit('Luật', '13/2008/QH12', None, '', 'legal_basis'),
  cit('Nghị định', '126/2020/NĐ-CP', '2020-10-19', 'Chính phủ', 'legal_basis'),
  cit('Thông tư', '219/2013/TT-BTC', '2013-12-31', 'Bộ Tài chính', 'legal_basis'),
  cit('Thông tư', '38/2015/TT-BTC', None, '', 'legal_basis'),
  cit('Thông tư', '39/2018/TT-BTC', '2018-04-20', 'Bộ Tài chính', 'legal_basis'),
  cit('Nghị quyết', '178/NQ-CP', '2020-12-12', 'Chính phủ', 'legal_basis'),
  cit('Điện khẩn', '05/DK', '2020-05-12', 'Tổng cục Hải quan', 'mentions'),
 ],
 truncated=False,
 signature={"authority": ["KT. TONG CUC TRƯỞNG"], "title": "PHÓ TỎNG CỤC TRƯỞNG", "name": ""},
 distribution=['Như nt', 'TT Vũ Thị Mai (dé b/cáo)', 'Vụ CST, Vụ PC', 'Vụ HTQT', 'Tổng cục Thuế (để phối hợp chỉ đạo t/hiện)',
  'Cục Thuế các tỉnh, thành phố (để phối hợp)', 'Các đơn vị thuộc TCHQ (để t/hiện)', 'Lưu: Tin'],
 obligations=O)

# ---------------------------------------------------------------- tct-586-tct-ttkt-2023
N = 'tct-586-tct-ttkt-2023'; T = load(N + '.txt')
def S(p, occ=0): return ts(T, p, occurrence=occ)
CT = 'các Cục Thuế'
O = [
 ob(S('Hoàn thành kế hoạch thanh tra, kiểm tra thuế còn tồn'), '1', [CT], due=date('trước ngày 29/4/2023', '2023-04-29')),
 ob(S('Đồng thời, tổ chức thực hiện ngay ké hoạch'), '1', [CT], product='kế hoạch'),
 ob(S('Áp dụng nguyên tắc quản lý rủi ro'), '1', [CT], product='phương án'),
 ob(S('Chỉ đạo quyết liệt và nghiêm túc trong công tác nhập'), '1', [CT], due=rec('hàng tháng', 'monthly')),
 ob(S('Thực hiện việc ghi Nhật ký điện tử'), '1', [CT]),
 ob(S('Đôn đốc thu hồi kịp thời tiền thuế'), '1', [CT]),
 ob(S('Tăng cường công tác thanh tra, kiểm tra thuế đối với các doanh nghiệp\nhoạt động'), '3', [CT]),
 ob(S('Các Cục Thuế thực hiện triển khai áp dụng ngay'), '4', ['Các Cục Thuế']),
 ob(S('Tăng cường công tác thanh tra, kiểm tra hoàn thuế GTGT'), '5', [CT],
    due=rel('trong vòng một năm (ké từ thời điểm hoàn thuế)', 1, 'year', 'thời điểm hoàn thuế')),
 ob(S('Tăng cường công tác thanh tra, kiểm tra thuế đối với các doanh nghiệp\ncó phát sinh'), '6', [CT]),
 ob(S('Thực hiện đôn đốc, rà soát, kiểm tra hd sơ'), '7', [CT]),
 ob(S('Khan trương, nghiêm túc và triển khai quyết liệt'), '8', [CT]),
 ob(S('Đối với các trường hợp khó\nkhăn, vướng mắc khi đôn đốc'), '8', [CT], report_to='các cơ quan chức năng, các cấp có thẩm quyền'),
 ob(S('Tăng cường công tác phối hợp giữa các cơ quan'), '9', [CT]),
 ob(S('Trong qua\ntrình thanh tra, kiểm tra nếu phát hiện'), '9', [CT],
    due=rel('ngay', 0, 'day', 'phát hiện có dấu hiệu tội phạm'), product='hồ sơ', report_to='cơ quan điều tra có thấm quyền'),
 ob(S('Tăng cường kỷ cương, kỷ luật, thái độ'), '10', [CT]),
 ob(S('Nếu có vướng | mắc, dé nghị các Cục Thuế'), '¶18', [CT], report_to='Tổng cục Thuế', via='Cục Thanh tra - Kiểm tra thuế'),
]
docs[N] = dict(
 source=REPO + 'data/tax_legal/tax_database/08_Tax_Administration/2023/CV_2023_03_01_CV_586_01032023TCTTang_cuong.md (read_file id 28151073099)',
 kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CỤC THUÊ',
 number='', symbol='', symbol_as_printed='5Ï/TCT-TTKT', type='Công văn', type_code='', place='Hà Nội', date=None,
 subject='tăng cường công tác thanh tra, kiêm tra thuê năm 2023', urgency='',
 recipients=['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'],
 citations=[
  cit('Nghị quyết', '01/NQ-CP', '2023-01-06', 'Chính phủ', 'implements'),
  cit('Quyết định', '33/QĐ-TCT', '2023-01-12', 'Bộ Tài chính', 'implements'),
  cit('Quyết định', '1960/QĐ-TCT', '2022-12-15', 'Tổng cục Thuế', 'mentions', as_printed='1960/QD-TCT'),
  cit('Luật', None, None, '', 'mentions', name='Luật Thanh tra'),
  cit('Thông tư', '06/2021/TT-TTCP', '2021-10-01', 'Thanh tra Chính phủ', 'mentions'),
  cit('Quyết định', '78/QĐ-TCT', '2023-02-02', 'Tổng cục Thuế', 'mentions', as_printed='78/QD-TCT'),
  cit('Luật', '38/2019/QH14', None, '', 'mentions'),
  cit('Quyết định', '429/TCT-TCCB', '2023-02-14', 'Tổng cục Thuế', 'mentions'),
 ],
 truncated=False,
 signature={"authority": ["KT. TONG CỤC TRƯỞNG"], "title": "PHO TONG CỤC TRƯỜNG", "name": ""},
 distribution=['Như trên', 'Cục Thuê DNL (để thực hiện)', 'Lưu VT, TTKT'],
 obligations=O)

# ---------------------------------------------------------------- tct-4302-tct-ttr-2018 (pandoc rendering)
N = 'tct-4302-tct-ttr-2018'; T = load(N + '.txt')
def S(p, occ=0): return ts(T, p, occurrence=occ)
CT = 'Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'
NAMED = ['Cục Thuế Long An', 'Cục Thuế Cần Thơ', 'Cục Thuế Nghệ An', 'Cục Thuế Thừa Thiên Huế', 'Cục Thuế Bắc Kan',
         'Cục Thuế Bắc Giang', 'Cục Thuế Lào Cai', 'Cục Thuế Đà Nẵng', 'Cục Thuế TP Hồ Chí Minh', 'Cục Thuế Đồng Nai',
         'Cục Thuế Bà Rịa Vũng Tàu']
O = [
 ob(S('Huy động và bổ sung nguồn nhân lực'), '1', [CT]),
 ob(S('Đối với một số Cục Thuế. có tỷ lệ'), '1', NAMED, due=pend('trong 2 tháng cuối năm 2018', '2018-12-31')),
 ob(S('Trên cơ sở danh sách doanh nghiệp thuộc kế hoạch'), '2', [CT]),
 ob(S('Chú trọng công tác chuẩn bị thanh tra'), '2', [CT]),
 ob(S('Tăng cường chỉ đạo và thực hiện thanh tra giá'), '2', [CT]),
 ob(S('Tăng cường chỉ đạo đôn đốc số thu nộp'), '4', [CT]),
 ob(S('Đẩy mạnh công tác đảo tạo, tập huấn'), '5', [CT]),
 ob(S('Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố\ntrực'), '¶15', [CT]),
]
docs[N] = dict(
 source=REPO + 'data/tax_legal/tax_database/08_Tax_Administration/Documents/CV_2018_11_05_CV_4302_05112018_TCT_Bao_cao.md (read_file id 27740958215); .txt = pandoc Markdown from a pandoc-written .docx of the stored text (src/tct-4302.stored.md)',
 kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CUC THUE',
 number='4302', symbol='4302/TCT-TTr', type='Công văn', type_code='', place='Hà Nội', date=None,
 subject='tăng cường, công tác thanh tra, kiêm tra và đôn đốc sô thu sau thanh tra, kiểm tra vào NSNN', urgency='',
 recipients=['Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'],
 citations=[
  cit('Thông báo', '439/TB-TCT', '2018-10-16', 'Tổng cục Trưởng Tổng cục Thuế', 'implements'),
  cit('Công văn', '3259/TCT-TTr', '2018-08-23', '', 'mentions'),
  cit('Quyết định', '1774/QĐ-TCT', '2018-10-22', '', 'mentions'),
 ],
 truncated=False,
 signature={"authority": ["KT.TONG CỤC TRƯỞNG"], "title": "PHÓ TỎNG CỤC TRƯỞNG", "name": "Qaơ Ảnh Tuấn"},
 distribution=['Như trên', 'Lãnh dao Téng cục Thuế (để chi đạo)', 'Các Vụ: DNL, KK, KTNB, QLN', 'Luu: VT; TTr G9)'],
 obligations=O)

# ---------------------------------------------------------------- tct-4222-tct-pc-2023 (PDF layout rendering)
N = 'tct-4222-tct-pc-2023'; T = load(N + '.txt')
def S(p, occ=0): return ts(T, p, occurrence=occ)
LEAD = ['các Vụ, Cục, đơn vị thuộc Tổng cục Thuế', 'cơ quan Thuế các cấp']
O = [
 ob(S('Khi nhận được các vướng mắc của cơ quan Thuế cấp dưới'), '1', ['cơ quan tiếp nhận']),
 ob(S('Việc xử lý văn bản tại đơn vị chủ trì'), '1', ['đơn vị chủ trì']),
 ob(S('Đối với trường hợp người nộp thuế có văn bản'), '1', ['cơ quan Thuế quản lý trực tiếp', 'cơ quan Thuế quản lý khoản thu']),
 ob(S('Trường hợp cơ quan. thuế quản lý trực tiếp'), '1', ['cơ quan Thuế cấp trên']),
 ob(S('Trường hợp cơ quan Thuế cấp dưới trong quá trình'), '1', ['cơ quan Thuế cấp dưới']),
 ob(S('Trường hợp văn bản hỏi không đảm bảo'), '1', ['Văn phòng', 'đơn vị được phân công chủ trì trả lời'], product='văn bản',
    report_to='Chỉ cục Thuế hoặc Cục Thuế'),
 ob(S('Về nội dung trả lời: Văn bản hướng dẫn'), '2', ['cơ quan Thuế']),
 ob(S('Nội dung hướng dẫn theo đúng các nội'), '2', LEAD),
 ob(S('Trường hợp vướng mắc của người nộp thuế, cơ quan Thuế cấp dưới đề nghị hướng dẫn đã'), '2', ['cơ quan Thuế']),
 ob(S('Trường hợp vướng mắc mà người nộp thuê'), '2', ['cơ quan Thuế'], report_to='cấp có thấm quyền'),
 ob(S('Về trình tự, thủ tục và thể thức của văn bản'), '2', ['Cơ quan Thuế các cấp']),
 ob(S('Tại phần “Trích yếu nội dung văn bản”'), '2', LEAD),
 ob(S('Tại phần đầu nội dung văn bản hướng dẫn'), '2', LEAD),
 ob(S('Đơn vị chủ trì thực hiện lấy ý kiến'), '3', ['Đơn vị chủ trì']),
 ob(S('Trường hợp cơ quan Thuế đã có văn bản trả lời'), '3', ['đơn vị chủ trì']),
 ob(S('Sau khi các văn bản hướng dẫn được đơn vị ký'), '4', ['các đơn vị']),
 ob(S('Trường hợp qua tự kiểm tra, rà soát phát hiện'), '4', ['các đơn vị'], lead=['các đơn vị'],
    support=['các đơn vị có liên quan'], product='phương án', report_to='cấp có thấm quyền'),
 ob(S('đồng thời báo cáo kết quả thực hiện công tác tự kiểm tra'), '4', ['các đơn vị'], product='báo cáo'),
 ob(S('Tổng cục Thuế dé nghị các Cục Thuế, Chỉ cục Thuế'), '¶24',
    ['các Cục Thuế', 'Chỉ cục Thuế', 'các Vu, Cục, đơn vị thuộc Tổng cục Thuế']),
]
docs[N] = dict(
 source=REPO + 'data/tax_legal/tax_database/08_Tax_Administration/2023/CV_Undated_CV_5029_91123_TCT_Ban_hanh.md (read_file id 27500019690); .txt = pdftotext -layout of a LibreOffice PDF made from the stored text (src/tct-4222.stored.md)',
 kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TỎNG CỤC THUÊ',
 number='4222', symbol='4222/TCT-PC', type='Công văn', type_code='', place='Hà Nội', date='2023-11-09',
 subject='tăng cường ky cương, kỷ luật trong việc ban hành công văn hướng dẫn về CST, QLT liên quan đến nghĩa vụ thuế của NNT',
 urgency='',
 recipients=['Các Vụ, Cục, đơn vị thuộc Tổng cục Thuế', 'Cục Thuế các tỉnh, thành phố trực thuộc Trung ương',
             'Chi cục Thuế các quận, huyện, thị xã và khu vực'],
 citations=[
  cit('Công văn', '11614/BTC-PC', '2023-10-24', 'Bộ Tài chính', 'implements'),
  cit('Quyết định', '2282/QĐ-TCT', '2017-12-31', 'Tổng cục trưởng Tổng cục Thuế', 'mentions'),
  cit('Luật', None, None, '', 'mentions', name='Luật Ban hành văn ban quy phạm pháp luật'),
  cit('Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ', 'mentions'),
  cit('Quyết định', '1283/QĐ-TCT', '2020-09-22', 'Tổng cục trưởng Tổng cục Thuế', 'mentions', as_printed='1283/QD-TCT'),
  cit('Quyết định', '1295/QĐ-TCT', '2021-09-10', 'Tổng cục trưởng Tổng cục Thuế', 'mentions', as_printed='1295/QD-TCT'),
 ],
 truncated=False,
 signature={"authority": ["KT. TONG CỤC TRƯỞNG"], "title": "PHO TONG CUC TRUONG", "name": "Mai Son"},
 distribution=['Như trên', 'Vụ Pháp ché- BTC', 'D/e TCTrg TCT (dé b/c)', 'Các đ/c Pho TCTrg TCT', 'Luu: VT, PC(Ib)'],
 obligations=O)

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'issuer_as_printed', 'number', 'symbol', 'symbol_as_printed', 'type',
        'type_code', 'place', 'date', 'subject', 'urgency', 'recipients', 'citations', 'truncated', 'signature',
        'distribution', 'obligations', 'notes']
for name, d in docs.items():
    d['notes'] = NOTES.get(name, '')
    out = {k: d[k] for k in KEYS if k in d}
    with open(name + '.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    if '-v' in sys.argv:
        for o in d['obligations']: print(name, o['section'], '|', o['text_start'])
with open('figures.json', 'w') as f:
    json.dump({"documents": len(docs), "held_out": False}, f); f.write('\n')
print('wrote', len(docs), 'documents,', sum(len(d['obligations']) for d in docs.values()), 'obligations')
