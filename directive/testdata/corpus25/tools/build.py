# Writes the six gold JSON files and figures.json from the labels below (labels written from the .txt alone).
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import *

def cit(type_, symbol, date, issuer, relation, as_printed=None):
    c = dict(type=type_, symbol=symbol, date=date, issuer=issuer, relation=relation)
    if as_printed: c['as_printed'] = as_printed
    return c
def law(name, date, relation, issuer=''):
    return dict(type='Luật', name=name, date=date, issuer=issuer, relation=relation)
def dt(text, date):
    return {"text": text, "kind": "date", "date": date}
NOTES = json.load(open('tools/notes.json', encoding='utf-8'))
DOCS = {}
JP = 'https://github.com/johnPa02/thuvienphapluat-crawler/blob/56c5f16b89c5125f65d2bfad211466ad1f346840/all/'
TS = 'https://github.com/Trangsct/skill-sct/blob/'

# ---------------------------------------------------------------- Bộ Y tế 3276/QĐ-BYT (PDF text layer made here)
N = 'byt-3276-qd-byt-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
CSKCB = 'cơ sở khám bệnh, chữa bệnh'; BHXHVN = 'Bảo hiểm xã hội Việt Nam thuộc Bộ Tài chính'
O = [
 ob(t('Trường hợp từ ngày 01/7/2025 đến ngày ban hành'), 'Điều 2', [CSKCB], modality='permission'),
 ob(t('Bảo hiểm xã hội Việt Nam thuộc Bộ Tài chính thực hiện tiếp nhận lại dữ liệu điện tử của các cơ sở khám bệnh, chữa bệnh để bảo đảm đồng bộ'), 'Điều 2', [BHXHVN]),
 ob(t('Trường hợp cơ sở khám bệnh, chữa bệnh không thực hiện'), 'Điều 2', ['cơ quan bảo hiểm xã hội']),
 ob(t('Trong thời hạn chuyển tiếp từ ngày ban hành'), 'Điều 2', [CSKCB], modality='permission',
    due=dt('Trong thời hạn chuyển tiếp từ ngày ban hành Quyết định này đến hết ngày 31/12/2025', '2025-12-31')),
 ob(t('Bảo hiểm xã hội Việt Nam thuộc Bộ Tài chính thực hiện tiếp nhận lại dữ liệu điện tử của các cơ sở khám bệnh, chữa bệnh để bảo đảm chính xác'), 'Điều 2', [BHXHVN]),
 ob(t('Các Ông, Bà: Chánh Văn phòng Bộ Y tế'), 'Điều 3',
    ['Văn phòng Bộ Y tế', 'Vụ Bảo hiểm y tế', 'các Vụ', 'các Cục thuộc Bộ Y tế', 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương',
     'Cơ quan Bảo hiểm xã hội', 'các cơ quan, đơn vị có liên quan']),
 ob(t('Mã đối tượng đến khám bệnh, chữa bệnh được cơ sở'), 'Phụ lục 1 Ghi chú', [CSKCB]),
 ob(t('Trường hợp một người bệnh đến khám bệnh, chữa bệnh có thể'), 'Phụ lục 1 Ghi chú', [CSKCB]),
]
DOCS[N] = dict(
 source=JP + 'Quy%E1%BA%BFt_%C4%91%E1%BB%8Bnh_3276_Q%C4%90-BYT_n%C4%83m_2025.txt (read_file id 66683172924); rendered here: stored text -> HTML (two-column header, Nơi nhận beside the signature, annex tables) -> LibreOffice PDF -> pdftotext -layout (src/)',
 kind='state', parent_issuer='', issuer='BỘ Y TẾ', number='3276', symbol='3276/QĐ-BYT', type='Quyết định', type_code='QĐ',
 place='Hà Nội', date='2025-10-17',
 subject='BAN HÀNH DANH MỤC MÃ ĐỐI TƯỢNG ĐẾN KHÁM BỆNH, CHỮA BỆNH VÀ MÃ NHIÊN LIỆU PHỤC VỤ VIỆC GỬI DỮ LIỆU ĐIỆN TỬ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ',
 urgency='', recipients=[],
 citations=[
  law('Luật Bảo hiểm y tế', None, 'legal_basis'),
  cit('Nghị định', '42/2025/NĐ-CP', '2025-02-27', 'Chính phủ', 'legal_basis'),
  cit('Nghị định', '188/2025/NĐ-CP', '2025-07-01', 'Chính phủ', 'legal_basis'),
  cit('Thông tư', '48/2017/TT-BYT', '2017-12-28', 'Bộ trưởng Bộ Y tế', 'legal_basis'),
  cit('Thông tư', '01/2025/TT-BYT', '2025-01-01', 'Bộ trưởng Bộ Y tế', 'legal_basis'),
  cit('Quyết định', '824/QĐ-BYT', '2023-02-15', 'Bộ trưởng Bộ Y tế', 'amends'),
  cit('Quyết định', '2010/QĐ-BYT', '2025-06-19', 'Bộ trưởng Bộ Y tế', 'amends'),
  cit('Thông tư', '37/2024/TT-BYT', None, '', 'mentions'),
  cit('Thông tư', '26/2025/TT-BYT', None, '', 'mentions'),
 ],
 truncated=False,
 signature=dict(authority=['KT. BỘ TRƯỞNG'], title='THỨ TRƯỞNG THƯỜNG TRỰC', name='Vũ Mạnh Hà'),
 distribution=['Như Điều 3', 'Bộ trưởng Bộ Y tế (để b/c)', 'Bộ Tài chính (để p/h)', 'BHXH Việt Nam - Bộ Tài chính (để t/h)',
   'Sở Y tế các tỉnh, TP trực thuộc TƯ', 'Y tế các Bộ, ngành', 'BHXH các tỉnh, thành phố trực thuộc TƯ',
   'BHXH Bộ Quốc phòng; BHXH Bộ Công an', 'Các Vụ, Cục: KH-TC, PC, K2ĐT, KCB, YDCT', 'Cơ sở khám, chữa bệnh trực thuộc Bộ Y tế',
   'Hiệp hội Bệnh viện tư nhân Việt Nam', 'Cổng Thông tin điện tử Bộ Y tế', 'Lưu: VT, BH'],
 obligations=O)

# ---------------------------------------------------------------- Thủ tướng 2581/QĐ-TTg (pandoc Markdown from .docx made here)
N = 'ttg-2581-qd-ttg-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
BNN = 'Bộ Nông nghiệp và Môi trường'
O = [
 ob(t('Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy ban'), 'Điều 2',
    [BNN, 'Bộ Công Thương', 'Ủy ban nhân dân tỉnh Lào Cai', 'Ủy ban nhân dân tỉnh Đồng Nai', 'Ủy ban nhân dân tỉnh Thái Nguyên']),
 ob(t('Bộ Nông nghiệp và Môi trường phối hợp với các bộ'), 'Điều 2', [BNN], None, ['các bộ, ngành liên quan']),
 ob(t('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ'), 'Điều 3',
    ['các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']),
]
BNNMT = 'Bộ trưởng Bộ Nông nghiệp và Môi trường'
DOCS[N] = dict(
 source=TS + '23aefafe7c9842911684663f3c34ed0ec31c78ec/quy-hoach-ct-vn/skills/quy-hoach-ct-vn/van-ban-goc/QD-2581-QD-TTg-24-11-2025-dieu-chinh-QD-866-Nui-Phao-Ta-Phoi-Tho-Son-Thong-Nhat.txt (read_file id 70441229091); rendered here: stored docx extraction -> HTML -> pandoc .docx -> pandoc Markdown (src/)',
 kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='2581', symbol='2581/QĐ-TTg', type='Quyết định', type_code='QĐ',
 place='Hà Nội', date='2025-11-24',
 subject='PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH THĂM DÒ, KHAI THÁC, CHẾ BIẾN SỬ DỤNG KHOÁNG SẢN TẠI CÁC KHU VỰC: VONFRAM NÚI PHÁO, TỈNH THÁI NGUYÊN; MỎ ĐỒNG TẢ PHỜI, TỈNH LÀO CAI VÀ MỎ BÔXIT THỌ SƠN VÀ THỐNG NHẤT, TỈNH ĐỒNG NAI TRONG QUY HOẠCH THĂM DÒ, KHAI THÁC, CHẾ BIẾN VÀ SỬ DỤNG CÁC LOẠI KHOÁNG SẢN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050',
 urgency='', recipients=[],
 citations=[
  law('Luật Tổ chức Chính phủ', '2025-02-18', 'legal_basis'),
  law('Luật Tổ chức chính quyền địa phương', '2025-06-16', 'legal_basis'),
  law('Luật Địa chất và khoáng sản', '2024-11-29', 'legal_basis'),
  law('Luật Quy hoạch', '2017-11-21', 'legal_basis'),
  law('Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch', '2018-11-20', 'legal_basis'),
  cit('Nghị quyết', '10-NQ/TW', '2022-02-10', 'Bộ Chính trị', 'legal_basis'),
  cit('Nghị quyết', '88/NQ-CP', '2022-07-22', 'Chính phủ', 'legal_basis'),
  cit('Quyết định', '334/QĐ-TTg', '2023-04-01', 'Thủ tướng Chính phủ', 'legal_basis'),
  cit('Quyết định', '866/QĐ-TTg', '2023-07-18', 'Thủ tướng Chính phủ', 'legal_basis'),
  cit('Công văn', '8004/BNNMT-ĐCKS', '2025-10-17', BNNMT, 'mentions'),
  cit('Công văn', '8008/BNNMT-ĐCKS', '2025-10-17', BNNMT, 'mentions'),
  cit('Công văn', '8796/BNNMT-ĐCKS', '2025-11-06', BNNMT, 'mentions'),
  cit('Giấy phép', '1710/GP-BTNMT', '2010-09-21', '', 'mentions'),
 ],
 truncated=False,
 signature=dict(authority=['KT. THỦ TƯỚNG'], title='PHÓ THỦ TƯỚNG', name='Trần Hồng Hà'),
 distribution=['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
   'HĐND, UBND các tỉnh, thành phố trực thuộc trung ương', 'Văn phòng Trung ương và các Ban của Đảng', 'Văn phòng Tổng Bí thư',
   'Văn phòng Chủ tịch nước', 'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'Tòa án nhân dân tối cao',
   'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
   'Cơ quan trung ương của các tổ chức chính trị - xã hội', 'VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo',
   'Lưu: VT, CN (2)'],
 obligations=O)

# ---------------------------------------------------------------- Lào Cai BQL các KCN 7/QĐ-BQLCKCN (stored pdftotext -layout)
N = 'laocai-7-qd-bqlckcn-2026'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
HD = 'Hội đồng thẩm định'
O = [
 ob(t('Tùy theo mục tiêu, tính chất và quy mô của từng nhiệm vụ, đồ án quy hoạch thì Chủ tịch Hội đồng thẩm định'), 'Điều 1.2', [HD], modality='permission'),
 ob(t('Hội đồng thẩm định làm việc theo chế độ tập thể'), 'Điều 2.1', [HD]),
 ob(t('Chủ tịch Hội đồng thẩm định điều hành cuộc họp'), 'Điều 2.2', [HD]),
 ob(t('Thành viên Hội đồng thẩm định có trách nhiệm nghiên cứu'), 'Điều 2.3', ['Thành viên Hội đồng thẩm định']),
 ob(t('Hội đồng thẩm định sử dụng con dấu'), 'Điều 2.5', [HD], modality='permission'),
 ob(t('Thủ trưởng các cơ quan, đơn vị tại Điều 1'), 'Điều 3.2', ['các cơ quan, đơn vị tại Điều 1'],
    report_to='Ban Quản lý các khu công nghiệp'),
 ob(t('Trưởng phòng Nghiệp vụ Ban Quản lý các khu công nghiệp; các'), 'Điều 4',
    ['Phòng Nghiệp vụ', 'các cơ quan, đơn vị có liên quan', 'các thành viên Hội đồng thẩm định tại Điều 1']),
]
UBLC = 'Ủy ban nhân dân tỉnh Lào Cai'
DOCS[N] = dict(
 source=TS + 'e3d29a7e19333e8271274f219ace1977e1d857be/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/QD-7-QD-BQLCKCN-15-01-2026-thanh-lap-HDTD-quy-hoach-KCN.txt (read_file id 70341182571); stored pdftotext -layout text layer, 3 located form feeds restored',
 kind='state', parent_issuer='UBND TỈNH LÀO CAI', issuer='BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', number='7', symbol='7/QĐ-BQLCKCN',
 type='Quyết định', type_code='QĐ', place='Lào Cai', date='2026-01-15',
 subject='thành lập Hội đồng thẩm định Quy hoạch các khu công nghiệp do Ban Quản lý các khu công nghiệp tỉnh Lào Cai quản lý',
 urgency='', recipients=[],
 citations=[
  law('Luật tổ chức chính quyền địa phương', '2025-06-16', 'legal_basis'),
  law('Luật Quy hoạch đô thị và nông thôn', '2024-11-26', 'legal_basis'),
  cit('Nghị định', '178/2025/NĐ-CP', '2025-07-01', 'Chính phủ', 'legal_basis'),
  cit('Nghị định', '35/2022/NĐ-CP', '2022-05-28', 'Chính phủ', 'legal_basis'),
  cit('Quyết định', '245/QĐ-UBND', '2025-07-01', UBLC, 'legal_basis'),
  cit('Quyết định', '16/2025/QĐ-UBND', '2025-08-08', UBLC, 'legal_basis'),
  cit('Tờ trình', '01/TTr-NV', '2026-01-13', 'Phòng Nghiệp vụ', 'mentions'),
  law('Luật Xây dựng', None, 'mentions'),
 ],
 truncated=False,
 signature=dict(authority=[], title='TRƯỞNG BAN', name='Đỗ Việt Bách'),
 distribution=['Như Điều 4', 'UBND tỉnh', 'Lãnh đạo Ban', 'Cổng Thông tin điện tử tỉnh', 'Lưu VT, NV'],
 obligations=O)

# ---------------------------------------------------------------- Văn phòng Chính phủ 2739/VPCP-ĐMDN (stored crawler text)
N = 'vpcp-2739-vpcp-dmdn-2019'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
KHDT = 'Bộ Kế hoạch và Đầu tư'
O = [
 ob(t('Về nội dung nêu trên, Thủ tướng Chính phủ giao'), '¶3', [KHDT]),
 ob(t('trường hợp vượt thẩm quyền, báo cáo Thủ tướng Chính phủ'), '¶3', [KHDT], report_to='Thủ tướng Chính phủ'),
]
DOCS[N] = dict(
 source=JP + 'C%C3%B4ng_v%C4%83n_2739_VPCP-%C4%90MDN_n%C4%83m_2019_quy_%C4%91%E1%BB%8Bnh_v%E1%BB%81_qu%E1%BA%A3n_tr%E1%BB%8B_doanh_nghi%E1%BB%87p_t%E1%BA%A1i_Lu%E1%BA%ADt_Doanh_nghi%E1%BB%87p_ch%C6%B0a_%C4%91%C6%B0%E1%BB%A3c_th%E1%BB%B1c_thi_do_V%C4%83n_ph%C3%B2ng_Ch%C3%ADnh_ph%E1%BB%A7_ban_h%C3%A0nh.txt (read_file id 66855908688); stored crawler text',
 kind='state', parent_issuer='', issuer='VĂN PHÒNG CHÍNH PHỦ', number='2739', symbol='2739/VPCP-ĐMDN', type='Công văn', type_code='',
 place='Hà Nội', date='2019-04-05',
 subject='quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi',
 urgency='', recipients=[KHDT],
 citations=[law('Luật Doanh nghiệp', None, 'mentions')],
 page_mentions=[dict(type='Công văn', symbol='2739/VPCP-ĐMDN', date=None, issuer='Văn phòng Chính phủ')],
 truncated=False,
 signature=dict(authority=[], title='BỘ TRƯỞNG, CHỦ NHIỆM', name='Mai Tiến Dũng'),
 distribution=['Như trên', 'TTg, các PTTg: Vương Đình Huệ, Trịnh Đình Dũng', 'Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp',
   'VPCP: BTCN, các PCN, TGĐ Cổng TTĐT', 'Lưu: VT, ĐMDN (2b)'],
 obligations=O)

# ---------------------------------------------------------------- Bộ Y tế 3176/QĐ-BYT (stored crawler text)
N = 'byt-3176-qd-byt-2024'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
BHXH = 'Bảo hiểm xã hội Việt Nam'; SYT = 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương'
O = [ob(t(p), 'Điều 2.1.' + L, [BHXH]) for L, p in zip(['a', 'b', 'c', 'd', 'đ'],
      ['Bảo đảm các điều kiện cần thiết để triển khai', 'Thông báo trước cho các cơ sở khám bệnh',
       'Bổ sung, nâng cấp Cổng tiếp nhận dữ liệu', 'Bố trí nhân lực hỗ trợ', 'Điều chỉnh thời gian cho phép các cơ sở'])]
O += [
 ob(t('Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương khẩn trương'), 'Điều 2.2', [SYT]),
 ob(t('Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc'), 'Điều 2.3', ['các cơ sở khám bệnh, chữa bệnh trong toàn quốc']),
 ob(t('Các cơ quan, đơn vị có liên quan bảo đảm triển khai'), 'Điều 3', ['Các cơ quan, đơn vị có liên quan']),
 ob(t('Các Ông, Bà Chánh Văn phòng Bộ Y tế'), 'Điều 4',
    ['Văn phòng Bộ Y tế', 'Thanh tra Bộ', 'Vụ Bảo hiểm y tế', 'các Vụ', 'các Cục thuộc Bộ Y tế', SYT, 'các cơ quan, đơn vị có liên quan']),
]
BT = 'Bộ trưởng Bộ Y tế'
DOCS[N] = dict(
 source=JP + 'Quy%E1%BA%BFt_%C4%91%E1%BB%8Bnh_3176_Q%C4%90-BYT_n%C4%83m_2024.txt (read_file id 67060413078); stored crawler text',
 kind='state', parent_issuer='', issuer='BỘ Y TẾ', number='3176', symbol='3176/QĐ-BYT', type='Quyết định', type_code='QĐ',
 place='Hà Nội', date='2024-10-29',
 subject='SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT NGÀY 29/12/2023 CỦA BỘ TRƯỞNG BỘ Y TẾ SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 130/QĐ-BYT NGÀY 18/01/2023 QUY ĐỊNH CHUẨN VÀ ĐỊNH DẠNG DỮ LIỆU ĐẦU RA PHỤC VỤ VIỆC QUẢN LÝ, GIÁM ĐỊNH, THANH TOÁN CHI PHÍ KHÁM BỆNH, CHỮA BỆNH VÀ GIẢI QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN',
 urgency='', recipients=[],
 citations=[
  cit('Quyết định', '4750/QĐ-BYT', '2023-12-29', BT, 'amends'),
  cit('Quyết định', '130/QĐ-BYT', '2023-01-18', '', 'mentions'),
  cit('Nghị định', '95/2022/NĐ-CP', '2022-11-15', 'Chính phủ', 'legal_basis'),
  cit('Nghị định', '166/2016/NĐ-CP', '2016-12-24', 'Chính phủ', 'legal_basis'),
  cit('Nghị định', '146/2018/NĐ-CP', '2018-10-17', 'Chính phủ', 'legal_basis'),
  cit('Nghị định', '75/2023/NĐ-CP', '2023-10-19', 'Chính phủ', 'legal_basis'),
  cit('Thông tư', '52/2016/TT-BYT', '2016-12-30', BT, 'legal_basis'),
  cit('Thông tư', '48/2017/TT-BYT', '2017-12-28', BT, 'legal_basis'),
  cit('Thông tư', '56/2017/TT-BYT', '2017-12-29', '', 'legal_basis'),
  cit('Thông tư', '18/2022/TT-BYT', '2022-12-31', '', 'legal_basis'),
  cit('Thông tư', '28/2018/TT-BYT', '2018-10-26', BT, 'legal_basis'),
  cit('Thông tư', '30/2020/TT-BYT', '2020-12-31', BT, 'legal_basis'),
 ],
 page_mentions=[dict(type='Quyết định', symbol='3176/QĐ-BYT', date=None, issuer='')],
 truncated=False,
 signature=dict(authority=['KT. BỘ TRƯỞNG'], title='THỨ TRƯỞNG', name='Trần Văn Thuấn'),
 distribution=['Như Điều 4', 'Thủ tướng Chính phủ (để b/c)', 'Phó Thủ tướng Lê Thành Long (để b/c)', 'Bộ trưởng Bộ Y tế (để b/c)',
   'Bộ Công an (Cục C06)', 'BHXH Việt Nam', 'Sở Y tế các tỉnh, thành phố trực thuộc TƯ', 'Cơ sở khám bệnh, chữa bệnh trực thuộc Bộ Y tế',
   'Y tế các Bộ, ngành', 'BHXH các tỉnh, thành phố trực thuộc TƯ', 'BHXH Bộ Quốc phòng', 'BHXH Bộ Công an',
   'Các Vụ, Cục: KH-TC, PC, CSHT&TBYT, QLYDCT, QLD, QLKCB', 'Hiệp hội Bệnh viện tư nhân Việt Nam', 'Cổng Thông tin điện tử Bộ Y tế',
   'Lưu: VT, BH'],
 obligations=O)

# ---------------------------------------------------------------- Tổng cục Hải quan 778/TCHQ-GSQL (stored crawler text)
N = 'tchq-778-tchq-gsql-2017'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
def rel(text, frm): return {"text": text, "kind": "relative", "relative": {"amount": 0, "unit": "day", "from": frm}}
DK = 'Chi cục Hải quan nơi đăng ký tờ khai'; LG = 'Chi cục Hải quan nơi lưu giữ hàng hóa'; CFS = 'Chi cục Hải quan nơi quản lý kho CFS'
II = 'các Chi cục Hải quan đã triển khai Hệ thống kết nối, trao đổi thông tin với cảng biển'
SG = 'Chi cục HQCK cảng SGKV 1'; TC = ['Tổng Công ty Tân Cảng Sài Gòn']
BH = 'Chi cục Hải quan nơi ban hành Quyết định dừng đưa hàng qua KVGS'
DUE_BH = rel('Ngay sau khi ban hành Quyết định dừng đưa hàng qua KVGS', 'ban hành Quyết định dừng đưa hàng qua KVGS')
O = [
 ob(t('Hướng dẫn người khai khai báo thông tin tờ khai VCĐL'), 'I.1.a', [DK]),
 ob(t('Sau khi người khai khai báo tờ khai VCĐL lên Hệ thống V5'), 'I.1.a', [DK]),
 ob(t('Khi hàng hóa được vận chuyển đến, công chức'), 'I.1.b', ['Chi cục Hải quan nơi hàng hóa được vận chuyển đến']),
 ob(t('Chi cục Hải quan nơi vận chuyển đi: công chức'), 'I.1.c', ['Chi cục Hải quan nơi vận chuyển đi']),
 ob(t('Chi cục Hải quan nơi vận chuyển đến: Sau khi'), 'I.1.c', ['Chi cục Hải quan nơi vận chuyển đến']),
 ob(t('Trường hợp hàng đóng trong một hoặc nhiều container'), 'I.2.a', [DK]),
 ob(t('Trường hợp tất cả các tờ khai thuộc container'), 'I.2.b', [DK]),
 ob(t('Trường hợp một trong các tờ khai thuộc container'), 'I.2.b', [DK]),
 ob(t('Thiết lập danh sách tiếp nhận thông tin'), 'I.3.a', ['Cục Hải quan các tỉnh, thành phố'],
    due=dt('trước ngày 15/02/2017', '2017-02-15'), product='danh sách',
    report_to='tất cả các Chi cục Hải quan còn lại trên toàn quốc và Tổng cục Hải quan', via='Cục Giám sát quản lý'),
 ob(t('Chi cục trưởng Chi cục Hải quan nơi lưu giữ hàng hóa chịu trách nhiệm'), 'I.3.a', [LG],
    due=rel('xử lý ngay sau khi nhận được thông tin', 'nhận được thông tin')),
 ob(t('Sử dụng chức năng IX.1.C'), 'I.3.b', [BH], due=DUE_BH, report_to='Chi cục Hải quan nơi đang lưu giữ hàng hóa'),
 ob(t('Thông báo ngay Quyết định dừng'), 'I.3.b', [BH], due=DUE_BH, report_to=LG),
 ob(t('Chi cục trưởng Chi cục Hải quan nơi lưu giữ hàng hóa phân công'), 'I.3.c', [LG]),
 ob(t('Ngay sau khi nhận được bản fax'), 'I.3.c', [LG], product='văn bản', report_to='doanh nghiệp cảng',
    due=rel('Ngay sau khi nhận được bản fax, thư điện tử và điện thoại về việc dừng hàng qua KVGS',
            'nhận được bản fax, thư điện tử và điện thoại về việc dừng hàng qua KVGS')),
 ob(t('Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan liên hệ với Chi cục Hải quan nơi đăng ký tờ khai'), 'II.1.a', [LG]),
 ob(t('Chi cục Hải quan nơi đăng ký tờ khai thực hiện xem xét'), 'II.1.a', [DK]),
 ob(t('Chi cục Hải quan nơi lưu giữ hàng hóa căn cứ chứng từ sửa đổi'), 'II.1.a', [LG]),
 ob(t('Hướng dẫn doanh nghiệp cảng thực hiện gửi thông tin get-out'), 'II.1.b', ['Chi cục Hải quan cửa khẩu xuất cũ']),
 ob(t('Hướng dẫn doanh nghiệp vận chuyển khai tờ khai VCĐL'), 'II.1.b', ['Chi cục Hải quan cửa khẩu xuất cũ']),
 ob(t('Chi cục Hải quan nơi quản lý kho CFS hướng dẫn'), 'II.2', [CFS]),
 ob(t('Trên cơ sở văn bản thông báo của doanh nghiệp kinh doanh kho CFS'), 'II.2', [CFS]),
 ob(t('Khi nhập khẩu: hướng dẫn người khai'), 'II.3', [II]),
 ob(t('Khi xuất khẩu: kiểm tra, xác nhận'), 'II.3', [II]),
 ob(t('Căn cứ thông tin tại Bản kê số hiệu container'), 'II.4', [II]),
 ob(t('Nhập chứng từ đủ điều kiện qua KVGS cho số hiệu container cũ'), 'II.4', [II]),
 ob(t('Trường hợp sau khi hoàn thành thủ tục hải quan, người khai'), 'II.5', [LG]),
 ob(t('Đối với hàng nhập khẩu đã thông quan'), 'II.6', [LG]),
 ob(t('Căn cứ văn bản từ chối nhận hàng'), 'II.7', ['Chi cục Hải quan nơi đang lưu giữ hàng hóa']),
 ob(t('Thực hiện xóa số hiệu container'), 'II.8.a', [LG]),
 ob(t('Nhập chứng từ đủ điều kiện qua KVGS thông qua chức năng IX.B.2', 0), 'II.8.a', [LG]),
 ob(t('Khi người khai hải quan đã hoàn thành việc sửa chữa'), 'II.8.b', [DK]),
 ob(t('Khi tiếp nhận container hàng hóa xuất khẩu'), 'II.8.b', ['Chi cục Hải quan cửa khẩu xuất']),
 ob(t('Trường hợp container tạm nhập được tái xuất'), 'II.9', ['Chi cục Hải quan nơi lưu giữ hàng hóa tạm nhập']),
 ob(t('Với các tờ khai hết thời hạn hiệu lực'), 'II.10', [LG]),
 ob(t('Nếu số lượng các tờ khai còn lại vượt quá'), 'II.10', [LG]),
 ob(t('Trường hợp hàng hóa đã đưa vào KVGS, doanh nghiệp cảng'), 'II.11', [LG]),
 ob(t('Trường hợp doanh nghiệp cảng gửi thông tin sai số hiệu'), 'II.12', ['Chi cục Hải quan nơi quản lý cảng']),
 ob(t('Căn cứ văn bản của doanh nghiệp cảng, công chức'), 'II.12', ['Chi cục Hải quan nơi quản lý cảng']),
 ob(t('Nhập chứng từ đủ điều kiện qua KVGS thông qua chức năng IX.B.2', 1), 'II.13', [LG]),
 ob(t('In 01 Danh sách container'), 'II.13', [LG], product='danh sách'),
 ob(t('Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn: cung cấp'), 'III.1.a', [SG], None, TC,
    product='danh sách', report_to='Tổng cục Hải quan'),
 ob(t('Căn cứ lượng container còn tồn đọng'), 'III.1.b', [SG], None, TC),
 ob(t('Trường hợp Hệ thống của cảng đã gửi thông tin get-out'), 'III.1.b', [SG]),
 ob(t('Trường hợp Hệ thống của cảng chưa gửi thông tin get-out'), 'III.1.b', [SG]),
 ob(t('Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn rà soát danh sách'), 'III.1.c', [SG], None, TC),
 ob(t('Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn để rà soát'), 'III.1.d', [SG], None, TC),
 ob(t('Đôn đốc, chấn chỉnh các công chức giám sát'), 'III.1.d', [SG]),
 ob(t('Đối với các trường hợp nơi Chi cục Hải quan nơi hàng đi'), 'III.1.d', [SG]),
 ob(t('Dừng đưa hàng qua KVGS Để kịp thời'), 'III.2', [SG], None, TC, product='quy chế'),
 ob(t('Một số lưu ý Trong thời gian chạy song song'), 'III.3', [SG], modality='prohibition'),
 ob(t('Trường hợp container đã có thông tin khi tra cứu'), 'III.3', [SG]),
 ob(t('Trường hợp không có dữ liệu tại IX.9.3'), 'III.3', [SG]),
 ob(t('Trường hợp tra cứu thông qua chức năng IX.9.1'), 'III.3', [SG]),
 ob(t('Trong thời gian chờ sửa đổi, bổ sung'), 'III.4', ['Cục Hải quan TP. Hồ Chí Minh'], due=dt('đến hết ngày 26/3/2017', '2017-03-26')),
]
TCHQ = 'Tổng cục Hải quan'
DOCS[N] = dict(
 source=JP + 'C%C3%B4ng_v%C4%83n_778_TCHQ-GSQL.txt (read_file id 66987221093, 2 pages); stored crawler text',
 kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC HẢI QUAN', number='778', symbol='778/TCHQ-GSQL', type='Công văn', type_code='',
 place='Hà Nội', date='2017-02-13', subject='xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014', urgency='',
 recipients=['Cục Hải quan các tỉnh, thành phố'],
 citations=[
  law('Luật Hải quan', None, 'implements'),
  cit('Công văn', '10983/TCHQ-GSQL', '2016-11-21', TCHQ, 'mentions'),
  cit('Thông tư', '38/2015/TT-BTC', '2015-03-25', 'Bộ Tài chính', 'mentions'),
  cit('Công văn', '6376/TCHQ-GSQL', '2015-07-14', TCHQ, 'mentions'),
  cit('Quyết định', '1500/QĐ-TCHQ', '2016-05-24', 'Tổng cục trưởng Tổng cục Hải quan', 'mentions'),
  cit('Quyết định', '1966/QĐ-TCHQ', '2015-07-10', TCHQ, 'mentions'),
  cit('Công văn', '18195/BTC-TCHQ', '2015-12-08', 'Bộ Tài chính', 'mentions'),
 ],
 page_mentions=[dict(type='Công văn', symbol='778/TCHQ-GSQL', date=None, issuer='')],
 truncated=False,
 signature=dict(authority=['KT. TỔNG CỤC TRƯỞNG'], title='PHÓ TỔNG CỤC TRƯỞNG', name='Vũ Ngọc Anh'),
 distribution=['Như trên', 'Đ/c Tổng cục trưởng (để b/c)', 'Cục GSQL về HQ (để t/h)', 'Cục CNTT&TK HQ (để t/h)',
   'Tổng Công ty Tân cảng Sài Gòn-Đ/c số 722, Đường Điện Biên Phủ, Phường 22, Quận Bình Thạnh, TP.HCM (để p/h thực hiện)',
   'Công ty Liên doanh Phát triển Tiếp vận số 1 Đ/c KP. 05, Phường Tân Thuận Đông, Quận 7, TP.HCM (để p/h thực hiện)',
   'Lưu: VT, GSQL(03b)'],
 obligations=O)

ORDER = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
         'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations', 'notes']
for name, d in DOCS.items():
    d['notes'] = NOTES[name]
    out = {k: d[k] for k in ORDER if k in d}
    with open(name + '.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    print(name, len(d['obligations']))
with open('figures.json', 'w') as f:
    json.dump({"documents": len(DOCS), "held_out": True}, f); f.write('\n')
