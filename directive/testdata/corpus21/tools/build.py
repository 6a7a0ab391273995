# Writes the four gold JSON files and figures.json from the labels below (labels written from the .txt alone).
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import *

REPO_TNT = 'https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/'
DOCS = {}

# ---------------------------------------------------------------- Đắk Lắk 012/CT-UBND (PDF text layer made here)
N = 'daklak-012-ct-ubnd-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
S1 = ['các sở, ban, ngành tỉnh', 'UBND các xã, phường']
KHCN = 'Sở Khoa học và Công nghệ'; NV = 'Sở Nội vụ'; VP = 'Văn phòng UBND tỉnh'
O = []
for L, p in zip('abcdefgh', ['Thực hiện nghiêm việc cải cách TTHC', 'Tiếp tục rà soát, thực hiện đơn giản hóa TTHC', 'Rà soát, chuẩn hóa các mẫu đơn',
                           'Tiếp tục chuẩn hóa mức độ cung cấp', 'Tăng cường hiệu quả các kênh thông tin', 'Nâng cao chất lượng và hiệu quả công tác tự kiểm tra',
                           'Tiếp tục rà soát, đẩy mạnh phân cấp', 'Đẩy mạnh công tác truyền thông']):
    O.append(ob(t(p), '1.' + L, S1, product={'b': 'phương án'}.get(L)))
O += [
 ob(t('Bám sát các nhiệm vụ, chỉ tiêu của tỉnh'), '2.a', [KHCN]),
 ob(t('Tối ưu hóa Hệ thống thông tin giải quyết TTHC tỉnh'), '2.b', [KHCN]),
 ob(t('Tiếp tục nâng cấp, tối ưu hóa chức năng Kho'), '2.c', [KHCN]),
 ob(t('Chủ trì, phối hợp với Văn phòng UBND tỉnh triển khai'), '2.d', [KHCN], [KHCN], [VP]),
 ob(t('Rà soát, thống nhất cách tính tỷ lệ'), '2.e', [KHCN]),
 ob(t('Tiếp tục tham mưu UBND tỉnh theo dõi'), '3.a', [NV]),
 ob(t('Kịp thời có giải pháp động viên'), '3.b', [NV]),
 ob(t('Phối hợp Văn phòng UBND tỉnh đánh giá'), '3.c', [NV], None, [VP]),
 ob(t('Theo dõi, kiểm tra, đôn đốc báo cáo'), '4.a', [VP], product='báo cáo', report_to='UBND tỉnh'),
 ob(t('Theo dõi, quản lý, kiểm tra, đôn đốc và báo cáo'), '4.b', [VP], product='báo cáo', report_to='UBND tỉnh'),
 ob(t('Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức'), '¶27', ['các sở, ban, ngành', 'UBND các xã, phường']),
 ob(t('Trong quá trình thực hiện, nếu có vướng mắc phát sinh'), '¶27', ['các cơ quan, đơn vị, địa phương'], report_to='UBND tỉnh', via='Văn phòng UBND tỉnh'),
]
DOCS[N] = dict(
 source=REPO_TNT + '541cde0f8d5ffef3.md (read_file id 45975097850); rendered here: stored Markdown -> pandoc HTML -> LibreOffice PDF -> pdftotext -layout (src/)',
 kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', number='012', symbol='012/CT-UBND', type='Chỉ thị', type_code='CT',
 place='Đắk Lắk', date='2025-11-26',
 subject='TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH, NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK',
 urgency='', recipients=[],
 citations=[
  dict(type='Quyết định', symbol='766/QĐ-TTg', date='2022-06-23', issuer='Thủ tướng Chính phủ', relation='mentions'),
  dict(type='Nghị quyết', symbol='66/NQ-CP', date='2025-03-26', issuer='Chính phủ', relation='mentions'),
  dict(type='Nghị định', symbol='118/2025/NĐ-CP', date='2025-06-09', issuer='Chính phủ', relation='mentions'),
 ],
 truncated=False,
 signature=dict(authority=['KT. CHỦ TỊCH'], title='PHÓ CHỦ TỊCH', name='Trương Công Thái'),
 distribution=['TT Tỉnh ủy, TT HĐND tỉnh (b/c)', 'UB MTTQ Việt Nam tỉnh (b/c)', 'CT, PCT UBND tỉnh', 'CVP, các PCVP UBND tỉnh', 'Các sở, ban, ngành',
               'UBND các xã, phường', 'Báo và PTTH Đắk Lắk', 'Trung tâm CN và Cổng TTĐT tỉnh', 'Lưu: VT, PVHCC (B_04b)'],
 obligations=O)

# ---------------------------------------------------------------- Lâm Đồng 2284/QĐ-UBND (stored legal-db page)
N = 'lamdong-2284-qd-ubnd-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
DT = 'Sở Dân tộc và Tôn giáo'
O = [
 ob(t('Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì'), 'Điều 4.1', [DT], [DT], ['các cơ quan, đơn vị liên quan']),
 ob(t('Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc'), 'Điều 4.2',
    ['Văn phòng Ủy ban nhân dân tỉnh', DT, 'Sở Nội vụ', 'các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường, đặc khu', 'các cơ quan, đơn vị có liên quan']),
]
DOCS[N] = dict(
 source=REPO_TNT + 'b2dd1bd0fcce426b.md (read_file id 46136840357); stored thuvienphapluat page as crawled by the repository',
 kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', number='2284', symbol='2284/QĐ-UBND', type='Quyết định', type_code='QĐ',
 place='Lâm Đồng', date='2025-11-25',
 subject='CÔNG NHẬN XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG', urgency='', recipients=[],
 citations=[
  dict(type='Luật', name='Luật Tổ chức chính quyền địa phương', symbol='', date='2025-06-16', issuer='', relation='legal_basis'),
  dict(type='Nghị định', symbol='272/2025/NĐ-CP', date='2025-10-16', issuer='Chính phủ', relation='legal_basis'),
  dict(type='Tờ trình', symbol='68/TTr-SDTTG', as_printed='68/TTr- SDTTG', date='2025-11-25', issuer='Giám đốc Sở Dân tộc và Tôn giáo', relation='mentions'),
 ],
 page_mentions=[dict(symbol='2284/QĐ-UBND', where='site title lines after the annex: "Quyết định 2284/QĐ-UBND năm 2025 công nhận ..." (twice) and the metadata block "Số hiệu: 2284/QĐ-UBND"')],
 truncated=False,
 signature=dict(authority=['TM. ỦY BAN NHÂN DÂN'], title='CHỦ TỊCH', name='Hồ Văn Mười'),
 distribution=['Bộ Dân tộc và Tôn giáo', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Đoàn Đại biểu Quốc hội tỉnh', 'CT, các PCT UBND tỉnh', 'Như Điều 4',
               'Trung tâm Thông tin tỉnh', 'Báo và PTTH Lâm Đồng', 'Lưu: VT, NC, KGVX (DCV)'],
 obligations=O)

# ---------------------------------------------------------------- Bắc Ninh 456/QĐ-UBND (pandoc Markdown from pandoc-written .docx, made here)
N = 'bacninh-456-qd-ubnd-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
O = [
 ob(t('Các cơ quan, đơn vị sự nghiệp công lập, UBND cấp xã căn cứ'), 'Điều 2', ['Các cơ quan, đơn vị sự nghiệp công lập', 'UBND cấp xã']),
 ob(t('Thủ trưởng các cơ quan: Văn phòng UBND tỉnh'), 'Điều 3',
    ['Văn phòng UBND tỉnh', 'Sở Xây dựng', 'Sở Tài chính', 'Uỷ ban nhân dân cấp xã', 'các cơ quan, đơn vị có liên quan']),
]
DOCS[N] = dict(
 source=REPO_TNT + 'b6ae4bd43c0ad4ff.md (read_file id 45306153993); rendered here: stored page text read as Markdown -> pandoc .docx -> pandoc Markdown (src/)',
 kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH BẮC NINH', number='456', symbol='456/QĐ-UBND', type='Quyết định', type_code='QĐ',
 place='Bắc Ninh', date='2025-11-20',
 subject='BAN HÀNH DANH MỤC DỊCH VỤ SỰ NGHIỆP CÔNG SỬ DỤNG NGÂN SÁCH NHÀ NƯỚC LĨNH VỰC XÂY DỰNG TRÊN ĐỊA BÀN TỈNH BẮC NINH', urgency='', recipients=[],
 citations=[
  dict(type='Luật', name='Luật Tổ chức chính quyền địa phương', symbol='72/2025/QH15', date=None, issuer='', relation='legal_basis'),
  dict(type='Nghị định', symbol='32/2019/NĐ-CP', date=None, issuer='Chính phủ', relation='legal_basis'),
  dict(type='Nghị định', symbol='60/2021/NĐ-CP', date='2021-06-21', issuer='Chính phủ', relation='legal_basis'),
  dict(type='Nghị định', symbol='111/2025/NĐ-CP', date=None, issuer='Chính phủ', relation='legal_basis'),
  dict(type='Tờ trình', symbol='91/TTr-SXD', date='2025-11-12', issuer='Giám đốc Sở Xây dựng', relation='mentions'),
 ],
 page_mentions=[dict(symbol='456/QĐ-UBND', where='metadata block "Số hiệu: 456/QĐ-UBND" and the site title lines after the annex ("Quyết định 456/QĐ-UBND năm 2025 về Danh mục ...", twice)')],
 truncated=False,
 signature=dict(authority=['TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title='PHÓ CHỦ TỊCH', name='Phạm Văn Thịnh'),
 distribution=['Như Điều 3', 'Thường trực Tỉnh ủy, HĐND tỉnh (b/c)', 'Chủ tịch, các PCT UBND tỉnh', 'Văn phòng UBND tỉnh: LĐVP, KTN, KTTH, THĐT', 'Lưu: VT, KTNTùng'],
 obligations=O)

# ---------------------------------------------------------------- Cần Thơ 70/KH-UBND (stored MinerU OCR Markdown, right-hand columns cut)
N = 'cantho-70-kh-ubnd-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, occurrence=occ)
CQ = 'Các cơ quan'
O = [
 ob(t('cấp ủy, chính quyền, cơ quan nam khai'), 'II.1', [CQ], due=cont('Thường')),
 ob(t('Ban hành văn bản phân công viên chức'), 'II.2', [CQ]),
 ob(t('Rà soát lại các văn bản của Đáo'), 'II.3', ['sở nội vụ'], ['sở nội vụ'], ['các cơ đư']),
 ob(t('Tiếp tục triển khai thực hiện thắng Nghị quyết'), 'II.4', ['Sở Dân tộng'], ['Sở Dân tộng'], ['sở Nội vụ'], due=cont('Thường')),
 ob(t('Nâng cao hiệu quả công tác tiến xã'), 'II.5', ['Thanh tra thành phố'], ['Thanh tra thành phố'], ['Sở Nội vụ'], due=cont('thườ')),
 ob(t('Thường xuyên giáo dục chính vai trò'), 'II.6', ['sở nội vụ'], ['sở nội vụ'], [CQ]),
 ob(t('Tổ chức triển khai thực hi hành chính'), 'II.7', ['sở nội vụ'], ['sở nội vụ'], [CQ]),
 ob(t('Chủ động phối hợp, tạo điều kiên'), 'II.8', [CQ], due=cont('Thường')),
 ob(t('Các cơ quan, đơn vị, địa phương hiện nhiệm vụ cụ thể'), 'III.2', ['Các cơ quan, đơn vị, địa phương']),
 ob(t('Các sở, ban ngành thành phố nghiệp nhà nước'), 'IV.1', ['Các sở, ban ngành thành phố'], product='báo cáo', report_to='Sở'),
 ob(t('Sở Tài chính phối hợp các cơ có đối'), 'IV.2', ['Sở Tài chính'], None, ['các cơ']),
 ob(t('Sở Nội vụ theo dõi, giám sát, khác'), 'IV.3', ['Sở Nội vụ']),
 ob(t('Đề nghi ủy ban mặt trận Th'), 'IV.4', ['ủy ban mặt trận Th']),
]
DOCS[N] = dict(
 source='https://github.com/nghiado905/mineru_vietocr/blob/0aff430b52ec46066706abe99b32e28b642bc64c/output/g/auto/g.md (read_file id 43249547423); stored MinerU OCR Markdown of a scanned page set',
 kind='state', parent_issuer='', issuer='', number='70', symbol='70/KH-UBND', type='Kế hoạch', type_code='KH',
 place='Cần Thơ', date='2025-09-15',
 subject='Thực hiện công tác dân vận và đã thành phố Cần Thơ từ nay đến', urgency='', recipients=[],
 citations=[
  dict(type='Luật', name='Luật Thực hiện dân chủ ở cơ sở', as_printed='Luật Thực hiện dân d', symbol='', date=None, issuer='', relation='implements'),
  dict(type='Luật', name='Luật Thanh niên', symbol='', date=None, issuer='', relation='implements'),
  dict(type='Chỉ thị', symbol='33/CT-TTg', as_printed='33/CT', date=None, issuer='', relation='implements'),
  dict(type='Luật', name='Luật Mặt trận Tổ quốc Việt Nam', symbol='', date=None, issuer='', relation='mentions'),
  dict(type='Nghị quyết', symbol='25-NQ/TW', date=None, issuer='Trung ương Đảng', relation='mentions'),
  dict(type='Quyết định', symbol='23-QĐ', date=None, issuer='', relation='mentions'),
 ],
 truncated=False,
 signature=dict(authority=[], title='', name=''),
 distribution=['Bộ Nội v', 'TT.TU, TT.HĐNDTP', 'CT, các pct ubndtp', 'UBMTTQVNTP', 'Ban TG&DVTU', 'Sở, Sở, ban ngành thành phố', 'Đơn vị sự nghiệp thành phố',
               'Cơ quan, đơn vị TW trên định', 'UBND xã, phường', 'Cổng TTĐTTP', 'VP UBNDTP (2,3)', 'Lưu: VT (VDuần)'],
 obligations=O)

NOTES = json.load(open('tools/notes.json', encoding='utf-8'))
for name, d in DOCS.items():
    d['notes'] = NOTES[name]
    with open(name + '.json', 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write('\n')
with open('figures.json', 'w') as f:
    json.dump({"documents": len(DOCS), "held_out": True}, f); f.write('\n')
print('wrote', list(DOCS))
