# Writes the NAME.json files and figures.json of corpus38 (adapted from corpus37's build.py).
# All four texts are the repository files as stored (tools/build_txt.py writes them from src/raw_*.json).
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def date(text, d): return {"text": text, "kind": "date", "date": d}
def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def monthly(text, day=None):
    d = {"text": text, "kind": "recurring", "cycle": "monthly"}
    if day: d["day"] = day
    return d
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c
def pm(type_, symbol, note, as_printed=None):
    m = {"type": type_, "symbol": symbol}
    if as_printed: m["as_printed"] = as_printed
    m.update({"date": None, "issuer": "", "note": note})
    return m

REPO = 'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/'
docs = {}; notes = {}

# ---------------------------------------------------------------- 4800/TCT-TTr (Tổng cục Thuế, Oct 2016; printed `§Ø0`; stored OCR Markdown)
N = 'tct-4800-tct-ttr-2016'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
CT = 'Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'
CCT = 'Các Cục Thuế'
o = [
  ob(t('Các Cục Thuế rà soát lại kế hoạch thanh tra'), '1', [CCT], product='kế hoạch'),
  ob(t('Trên cơ sở kế hoạch thanh tra, kiểm tra năm 2016'), '1', [CCT]),
  ob(t('Tăng cường công tác thanh tra, kiểm tra sau hoàn thuế'), '2', [CT]),
  ob(t('Các Cục Thuế lựa chọn các doanh nghiệp'), '2', [CCT], due=pend('trong năm 2016', '2016-12-31')),
  ob(t('Đối với 13 Cục Thuế có điều tiết'), '3', ['13 Cục Thuế có điều tiết ngân sách trung ương'], product='báo cáo',
     report_to='Vụ Thanh trả'),
  ob(t('Các Cục Thuế khi tiến hành thanh tra'), '4', [CCT]),
  ob(t('Thực hiện bổ sung tối da nguồn nhân lực'), '4', [CCT]),
  ob(t('Đúc kết và phổ biến nhân rộng'), '4', [CCT]),
  ob(t('Phối hợp chặt chẽ với các cơ quan ban ngành địa phương'), '5', [CT], support=['các cơ quan ban ngành địa phương']),
  ob(t('Tăng cường kiểm soát tuân thủ'), '6', [CT]),
  ob(t('Tăng cường chỉ đạo đôn đốc số thu nộp'), '7', [CT], support=['bộ phận quản lý nợ thuế']),
  ob(t('Phân công nhập dữ liệu vào phần mềm'), '7', [CT]),
  ob(t('Đánh giá xếp loại thi đua'), '7', [CT]),
  ob(t('Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát'), '8', ['Cục Thuế các tỉnh, thành phố']),
  ob(t('Các đoàn thanh tra, kiểm tra trong quá trình'), '9', ['Các đoàn thanh tra, kiểm tra']),
  ob(t('Kết thúc năm 2016, có tông kết'), '10', [CT]),
  ob(t('Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế'), '¶27', [CT]),
]
docs[N] = dict(source=REPO + '08_Tax_Administration/Documents/CV_1016_01_17_CV_4800171016TCTTang_cuong.md (read_file id 27828224024; the repository\'s Markdown file: YAML front matter, then the OCR text of the PDF with `--- PAGE BREAK ---` lines — 9,790 code points, whole, copied unchanged)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', parent_issuer_as_printed='BO TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CỤC THU',
    number='', symbol='', symbol_as_printed='§Ø0 /TCT-TTr', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='tăng cường công tac thanh tra, kiêm tra thui',
    urgency='', recipients=[CT],
    citations=[cit('Nghị quyết', '01/NQ-CP', '2016-01-07', 'Chính phủ', 'implements'),
               cit('Thông tư', '156/2013/TT-BTC', '2013-11-06', '', 'mentions'),
               cit('Nghị định', '83/2013/NĐ-CP', '2013-07-22', 'Chính Phủ', 'mentions'),
               cit('Công văn', '2054/TCT-TTr', '2015-05-13', '', 'mentions'),
               cit('Luật', name='Luật Thanh tra', relation='mentions'),
               cit('Luật', name='Luật quản lý thuế', relation='mentions'),
               cit('Công văn', '209/VPTT-TH', '2016-09-09', 'Văn phòng thường trực Ban chỉ đạo 389 quốc gia', 'mentions'),
               cit('Quyết định', '2026/QĐ-BCĐ', '2014-08-20', 'Trưởng Ban chỉ đạo 389 quốc gia', 'mentions', as_printed='2026/QD-BCD')],
    page_mentions=[pm('Công văn', '4800/TCT', "the repository's front matter title `CV 1016 01 17 CV 4800171016TCTTang cuong` (number 4800 and 17/10/16 run together; the printed number is illegible)", as_printed='4800171016TCT')],
    truncated=False,
    signature={"authority": ["KT.TONG CUC TRUONG"], "title": "PHO TONG CUC TRUONG", "name": ""},
    distribution=['Như trên', 'Lanh dao B6 Tai chinh (dé b/c)', 'Lãnh đạo Tổng cục Thuế (dé chi đạo)',
                  'Các Vụ: DNL, CC, KK, TTHT, KTNB, QLN', 'Luu: VT; TTr (3b)'],
    obligations=o)

# ---------------------------------------------------------------- 4046/TCT-TTKT as printed (Tổng cục Thuế, Mar 2020; repository: 1046; stored OCR Markdown)
N = 'tct-4046-tct-ttkt-2020'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
CT2 = 'Cục Thuế các tỉnh, thành phố'
o = [
  ob(t('Tổ chức, quán triệt và giao nhiệm vụ'), '1', [CT2]),
  ob(t('Trên cơ sở danh sách doanh nghiệp thuộc kế hoạch'), '2', [CT2]),
  ob(t('Đối với các doanh nghiệp chịu ảnh hưởng của'), '2', [CT2], modality='prohibition'),
  ob(t('xem xét phân tích rủi ro bao cáo'), '2', [CT2], report_to='cơ quan thuế cấp trên'),
  ob(t('Thực hiện nghiêm Chỉ thị số 20/CT-TTg'), '2', [CT2], modality='prohibition'),
  ob(t('Thường xuyên theo dõi, kiểm tra, đôn đốc công tác', n=8), '2', [CT2], due=cont('Thường xuyên')),
  ob(t('Day mạnh công tác trao đổi nghiệp vụ'), '3', [CT2]),
  ob(t('Quán triệt các cán bộ, công chức'), '4', [CT2]),
  ob(t('Đồng thời chỉ đạo quyết liệt trong công tác nhập'), '4', [CT2], due=monthly('hàng tháng')),
  ob(t('Trong quá trình triển khai thực hiện công tác'), '¶8', [CT2], report_to='Tổng cục Thuê'),
  ob(t('Tổng cục Thuế yêu cầu các đồng chí Cục trưởng'), '¶9', ['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']),
]
docs[N] = dict(source=REPO + '08_Tax_Administration/Documents/CV_2020_03_12_CV_104612032020TCTTrien_khai.md (read_file id 27347955315; the repository\'s Markdown file: YAML front matter, then the OCR text of the signed PDF with a `--- PAGE BREAK ---` line — 4,828 code points, whole, copied unchanged)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CYC THUE',
    number='4046', symbol='4046/TCT-TTKT', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='triển khai và tăng cường công tác thanh tra, kiêm tra',
    urgency='', recipients=['Cục trưởng Cục Thuế các tỉnh, thành phó trực thuộc Trung ương'],
    citations=[cit('Nghị quyết', '86/2019/QH14', '2019-11-12', 'Quốc hội', 'implements'),
               cit('Quyết định', '1704/QĐ-TTg', '2019-11-29', 'Thủ tướng Chính phủ', 'implements'),
               cit('Quyết định', '2503/QĐ-BTC', '2019-11-29', 'Bộ Tài chính', 'mentions', as_printed='2503/QD-BTC'),
               cit('Thông tư', '88/2019/TT-BTC', '2019-12-24', 'Bộ Tài chính', 'mentions'),
               cit('Quyết định', '41/QĐ-TCT', '2019-01-10', 'Tổng cục Thuế', 'mentions', as_printed='41/QD-TCT'),
               cit('Quyết định', '42/QĐ-TCT', None, 'Tổng cục Thuế', 'mentions', as_printed='42/QD- TCT'),
               cit('Chỉ thị', '11/CT-TTg', '2020-03-04', '', 'implements'),
               cit('Chỉ thị', '20/CT-TTg', '2017-05-17', 'Thủ tướng Chính phủ', 'mentions'),
               cit('Nghị định', '82/2012/NĐ-CP', '2012-10-09', 'Chính phủ', 'mentions')],
    page_mentions=[pm('Công văn', '1046/TCT', "the repository's front matter title `CV 2020 03 12 CV 104612032020TCTTrien khai` (number 1046 and 12/03/2020 run together — ANOTHER number than the printed 4046)", as_printed='104612032020TCT')],
    truncated=False,
    signature={"authority": ["KT. TONG CỤC TRƯỞNG"], "title": "", "name": "Dang! Ngọc Minh"},
    distribution=['Như trên', 'Lãnh đạo TCT', 'Lưu: VT; TTKT (3b)'],
    obligations=o)

# ---------------------------------------------------------------- 370/TCHQ-TXNK (Tổng cục Hải quan, Jan 2022; stored OCR Markdown)
N = 'tchq-370-tchq-txnk-2022'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
HQ = 'các Cục Hải quan tỉnh, thành phố'
o = [
  ob(t('Phổ biến, quán triệt nội dung Nghị quyết'), 'I', [HQ]),
  ob(t('Yêu cầu các Cục Hải quan tỉnh, thành phố hướng dẫn'), 'II', [HQ]),
]
docs[N] = dict(source=REPO + '03_Customs/CV 2022/CV_Undated_CV_370_28122_TCHQ_Thuc_hien.md (read_file id 27228098641; the repository\'s Markdown file: YAML front matter, then the OCR text of the PDF with a `--- PAGE BREAK ---` line — 3,625 code points, whole, copied unchanged)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', parent_issuer_as_printed='BO TAI CHINH', issuer='TỔNG CỤC HẢI QUAN', issuer_as_printed='TONG CUC HAI QUAN',
    number='370', symbol='370/TCHQ-TXNK', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='thực hiện Nghị định sô 15/2022/NĐ-CP',
    urgency='', recipients=['Các Cục Hải quan tỉnh, thành phố'],
    citations=[cit('Nghị định', '15/2022/NĐ-CP', '2022-01-28', 'Chính phủ', 'implements'),
               cit('Nghị quyết', '43/2022/QH15', None, 'Quốc hội', 'mentions'),
               cit('Quyết định', '43/2018/QĐ-TTg', '2018-11-01', 'Thủ tướng Chính phủ', 'mentions'),
               cit('Luật', name='Luật thuế GTGT', relation='mentions')],
    page_mentions=[pm('Công văn', '370/TCHQ', "the repository's front matter title `CV Undated CV 370 28122 TCHQ Thuc hien` (number 370 and 28/1/22 run together; `Undated` is the repository's)", as_printed='370 28122 TCHQ')],
    truncated=False,
    signature={"authority": ["KT. TỎNG CỤC TRƯỞNG"], "title": "Ó TONG CUC TRƯỞNG", "name": ""},
    distribution=['Như trên', 'Bộ trưởng Hồ Đức Phớc (dé b/c)', 'TT Vũ Thị Mai (dé b/c)', 'TCT Nguyễn Văn Cần (dé b/c)',
                  'Các đồng chi PTCT (để phối hợp chi đạo)', 'Các đơn vị thuộc TCHQ', 'Lưu: VT, TXNK, CNTT (03 bản)'],
    obligations=o)

# ---------------------------------------------------------------- 769/TCT-TTKT (Tổng cục Thuế, Mar 2022; printed `#49`; stored OCR Markdown)
N = 'tct-769-tct-ttkt-2022'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
CT3 = 'Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'
CQT = 'Cơ quan thuế các cấp'
o = [
  ob(t('Tăng cường công tác thanh tra, kiểm tra việc chấp hành'), '1.1', [CT3]),
  ob(t('Tăng cường công tác quản lý hoàn thuế'), '1.2', [CT3]),
  ob(t('Đánh giá rủi ro dé có thé lựa chọn'), '1.2', [CT3]),
  ob(t('Kiểm soát chặt chẽ số chỉ hoàn thuế GTGT'), '1.2', [CT3], product='kế hoạch'),
  ob(t('Tiếp tục tăng cường thực hiện các biện pháp nhằm'), '1.3', [CT3]),
  ob(t('Rà soát dữ liệu về các tổ chức, cá nhân'), '1.3', [CT3], support=['ngân hàng thương mại']),
  ob(t('Chủ động chia sẻ, cung cấp thông tin'), '1.3', [CT3], support=['các cơ quan có liên quan khác']),
  ob(t('Ra soát và thu thập thông tin từ các phòng công chứng'), '1.4', [CT3]),
  ob(t('Đây mạnh tuyên truyền, phổ biến chính sách pháp luật'), '1.4', [CT3]),
  ob(t('Phối hợp với cơ quan có thâm quyền ở địa phương'), '1.4', [CT3], support=['cơ quan có thâm quyền ở địa phương']),
  ob(t('Tăng cường thanh tra, kiểm tra, ngăn chặn'), '1.5', [CT3]),
  ob(t('Chấn chỉnh và tăng cường công tác kiểm tra, kiểm soát'), '1.5', [CT3]),
  ob(t('Ra soát, xác định các nguồn thu tiềm năng'), '1.5', [CT3]),
  ob(t('Các đoàn thanh tra, kiểm tra thuế theo dõi'), '2', ['Các đoàn thanh tra, kiểm tra thuế']),
  ob(t('Triển khai quyết liệt các biện pháp đôn đốc'), '2', [CT3]),
  ob(t('Xây dựng kế hoạch làm việc với các đơn vị'), '2', [CT3], product='kế hoạch'),
  ob(t('Phối hợp chặt chẽ với Kho bạc nhà nước'), '2', [CT3],
     support=['Kho bạc nhà nước', 'ngân hàng thương mại', 't6 chức tín dụng', 'cơ quan kế hoạch đầu tư']),
  ob(t('Cơ quan thuế các cấp tham mưu cấp uỷ'), '3', [CQT]),
  ob(t('Phối hợp chặt chế với các cơ quan ban ngành'), '3', [CT3], support=['các cơ quan ban ngành']),
  ob(t('Tăng cường hơn nữa trong việc phối hợp'), '3', [CT3], support=['các cơ quan liên quan nội ngành']),
  ob(t('Cơ quan thuế các cấp phối hợp triển khai'), '3', [CQT]),
  ob(t('Tiép tuc phôi hợp với cơ quan Hai quan'), '3', [CT3], support=['cơ quan Hai quan']),
  ob(t('Rà soát hệ thống Văn bán Quy phạm pháp luật'), '4', [CT3]),
  ob(t('Tiếp tục cái cách hiện dại hóa hệ thông thuế'), '4', [CT3]),
  ob(t('Tiếp tục đổi mới phương thức thanh tra'), '4', [CT3], product='phương án'),
]
docs[N] = dict(source=REPO + '08_Tax_Administration/CV/CV_2022_03_17_CV_7691732022TCT_Cac_giai.md (read_file id 28058491048; the repository\'s Markdown file: YAML front matter, then the OCR text of the signed PDF with `--- PAGE BREAK ---` lines — 9,896 code points, whole, copied unchanged)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CỤC THUÊ',
    number='', symbol='', symbol_as_printed='#49 /TCT-TTKT', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='thực hiện chống thất thu, dam bảo thu đúng, thu đủ vào NSNN',
    urgency='', recipients=[CT3],
    citations=[cit('Nghị quyết', '138/NQ-CP', '2021-11-10', 'Chính phủ', 'implements'),
               cit('Nghị quyết', '128/NQ-CP', '2021-10-11', 'Chính phủ', 'implements'),
               cit('Nghị quyết', '406/NQ-UBTVQH15', None, '', 'mentions', as_printed='406/NQ-UBTVQHI5'),
               cit('Nghị định', '92/2021/NĐ-CP', None, '', 'mentions'),
               cit('Nghị quyết', '94/2019/QH14', None, '', 'mentions'),
               cit('Thông tư', '69/2020/TT-BTC', None, '', 'mentions')],
    page_mentions=[pm('Công văn', '769/TCT', "the repository's front matter title `CV 2022 03 17 CV 7691732022TCT Cac giai` (number 769 and 17/3/2022 run together; the printed number is illegible)", as_printed='7691732022TCT')],
    truncated=False,
    signature={"authority": ["KT. TONG 2 CVC TRUONG"], "title": "", "name": ""},
    distribution=['Như trên', 'Lãnh đạo TCT', 'Các Vụ/đơn vị thuộc TCT', 'Lưu: VT, TTKT'],
    obligations=o)

# ---------------------------------------------------------------- 1421/QĐ-BTC (Bộ Tài chính, 15/7/2022; stored OCR Markdown of the `--- PAGE N ---` kind)
N = 'btc-1421-qd-btc-2022'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Chánh Văn phòng Bộ, Tổng cục trưởng Tổng cục Thuế'), 'Điều 3',
     ['Văn phòng Bộ', 'Tổng cục Thuế', 'Cục Tin học va Thống kê Tài chính', 'các cơ quan đơn vị thuộc Bộ', 'tô chức, cá nhân có liên quan']),
]
docs[N] = dict(source=REPO + '02_VAT/E-Invoice/Doc_Undated_QD_1421_15722_BTC_Danh_muc.md (read_file id 27225885700; the repository\'s Markdown file: YAML front matter (`original_format: "doc"`), then the OCR text with `--- PAGE N ---` headers and `--- PAGE BREAK ---` lines — 8,220 code points, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='BỘ TÀI CHÍNH', issuer_as_printed='BO TAI CHÍNH',
    number='1421', symbol='1421/QĐ-BTC', symbol_as_printed='1421/QD-BTC', type='Quyết định', type_code='QĐ', place='Hà Nội', date='2022-07-15',
    subject='CÔNG BÓ DANH MỤC BÁO CÁO ĐỊNH KỲ TRONG LĨNH VỰC THUÉ THUỘC PHẠM VI QUẢN LÝ CỦA BỘ TÀI CHÍNH',
    urgency='', recipients=[],
    citations=[cit('Luật', name='Luật Quản lý thuế', date='2019-06-13', relation='legal_basis'),
               cit('Nghị định', '87/2017/NĐ-CP', '2017-07-26', 'Chính phủ', 'legal_basis', as_printed='87/2017/ND-CP'),
               cit('Nghị định', '09/2019/NĐ-CP', '2019-01-24', 'Chính phủ', 'legal_basis'),
               cit('Thông tư', '16/2020/TT-BTC', '2020-03-26', 'Bộ Tài chính', 'legal_basis'),
               cit('Nghị định', '123/2020/NĐ-CP', '2020-10-19', 'Chính phủ', 'legal_basis'),
               cit('Thông tư', '23/2021/TT-BTC', '2021-03-30', 'Bộ Tài chính', 'legal_basis'),
               cit('Quyết định', '1898/QĐ-BTC', '2021-09-25', 'Bộ Tài chính', 'mentions', as_printed='1898/QD-BTC'),
               cit('Thông tư', '78/2021/TT-BTC', '2021-09-17', 'Bộ Tài chính', 'mentions', as_printed='78/2021/TT-BT')],
    page_mentions=[pm('Quyết định', '1421/QĐ-BTC', "the repository's front matter title `Doc Undated QD 1421 15722 BTC Danh muc` (number 1421 and 15/7/22 run together; `Undated` is the repository's)", as_printed='1421 15722 BTC')],
    truncated=False,
    signature={"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Vii Thị Mai"},
    distribution=['Như Điều 3', 'Văn phòng Chính phủ (Cục KSTTHC)', 'Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
                  'UBND các tỉnh, thành phó trực thuộc trung ương', 'Các don vị thuộc Bộ (để th/h)', 'Cổng thông tin điện tử BTC',
                  'Lưu: VT, TCT (VT, CCHC,06b)'],
    obligations=o)

NOTES = {'tct-4800-tct-ttr-2016': 'notes_4800.txt', 'tct-4046-tct-ttkt-2020': 'notes_4046.txt',
         'tchq-370-tchq-txnk-2022': 'notes_370.txt', 'tct-769-tct-ttkt-2022': 'notes_769.txt',
         'btc-1421-qd-btc-2022': 'notes_1421.txt'}
KEYS = ['source', 'kind', 'parent_issuer', 'parent_issuer_as_printed', 'issuer', 'issuer_as_printed', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code',
        'place', 'date', 'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution',
        'obligations', 'notes']
for n, d in docs.items():
    p = os.path.join('tools', NOTES[n])
    d['notes'] = open(p, encoding='utf-8').read().strip() if os.path.exists(p) else ''
    out = {k: d[k] for k in KEYS if k in d}
    with open(n + '.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
with open('figures.json', 'w') as f: f.write('{"documents": %d, "held_out": false}\n' % len(docs))
