# Gold labels for thainguyen-1936-qd-ubnd-2025 (written by hand from the .txt; text_starts cut by ts()).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from lib import load, ts, ob, rel, write
NAME = 'thainguyen-1936-qd-ubnd-2025'
T = load(NAME + '.txt')
def t(prefix, n=12, occ=0): return ts(T, prefix, n, occ)
SKHCN = 'Sở Khoa học và Công nghệ'
STC = 'Sở Tài chính'
O = [
    ob(t('Giao Sở Khoa học và Công nghệ chủ trì'), 'Điều 3.1', [SKHCN], lead=[SKHCN],
       support=[STC, 'cơ quan, đơn vị có liên quan'],
       due=rel('trong thời gian 05 ngày làm việc kể từ khi dịch vụ công trực tuyến được hiển thị công khai', 5, 'working_day',
               'dịch vụ công trực tuyến được hiển thị công khai')),
    ob(t('Giao Sở Tài chính chủ trì'), 'Điều 3.2', [STC], lead=[STC], support=['các cơ quan, đơn vị liên quan'],
       due={"text": "chậm nhất ngày 21/11/2025", "kind": "date", "date": "2025-11-21"},
       product='quy trình', report_to='UBND tỉnh'),
    ob(t('Chánh Văn phòng UBND tỉnh, Giám đốc'), 'Điều 5',
       ['Văn phòng UBND tỉnh', STC, SKHCN, 'UBND các xã, phường', 'các tổ chức, cá nhân liên quan']),
]
CIT = []
def c(type_, symbol, relation='legal_basis', issuer='', date=None, name=None, as_printed=None):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name: d["name"] = name
    if as_printed: d["as_printed"] = as_printed
    CIT.append(d)
CIT.append({"type": "Luật", "name": "Luật Tổ chức chính quyền địa phương", "date": "2025-06-16", "issuer": "", "relation": "legal_basis"})
c('Nghị định', '63/2010/NĐ-CP', issuer='Chính phủ', date='2010-06-08')
c('Nghị định', '92/2017/NĐ-CP', issuer='Chính phủ', date='2017-08-07')
c('Nghị định', '118/2025/NĐ-CP', issuer='Chính phủ', date='2025-06-09')
c('Thông tư', '02/2017/TT-VPCP', issuer='Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', date='2017-10-31')
c('Thông tư', '01/2023/TT-VPCP', issuer='Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', date='2023-04-05')
c('Quyết định', '3532/QĐ-BTC', issuer='Bộ trưởng Bộ Tài chính', date='2025-10-17')
c('Quyết định', '3154/QĐ-BTC', date='2025-09-10')
c('Tờ trình', '5508/TTr-STC', 'mentions', issuer='Giám đốc Sở Tài chính', date='2025-11-14')
c('Quyết định', '1388/QĐ-UBND', 'amends', issuer='Chủ tịch UBND tỉnh', date='2025-10-06')
c('Luật', '61/2020/QH14', 'mentions', date='2020-06-17')
c('Luật', '90/2025/QH15', 'mentions', date='2025-06-25')
c('Nghị định', '31/2021/NĐ-CP', 'mentions', issuer='Chính phủ', date='2021-03-26')
c('Nghị định', '239/2025/NĐ-CP', 'mentions', issuer='Chính phủ', date='2025-09-03')
c('Thông tư', '03/2021/TT-BKHĐT', 'mentions', issuer='Bộ trưởng Bộ Kế hoạch và Đầu tư', date='2021-04-09')
c('Thông tư', '25/2023/TT-BKHĐT', 'mentions', date='2023-12-31')
c('Luật', '57/2024/QH15', 'mentions', date='2024-11-29')
c('Nghị định', '19/2025/NĐ-CP', 'mentions', date='2025-02-10')
DOC = {
    "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/cd648cfa4fdecfb2.md (read_file id 45664472299); rendering made here: src/thainguyen-1936-qd-ubnd-2025.html → .pdf (LibreOffice) → pdftotext -layout",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
    "number": "1936",
    "symbol": "1936/QĐ-UBND",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Thái Nguyên",
    "date": "2025-11-19",
    "subject": "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ TẠI VIỆT NAM THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TÀI CHÍNH",
    "urgency": "",
    "recipients": [],
    "citations": CIT,
    "truncated": False,
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thị Loan"},
    "distribution": ["Như Điều 5", "Bộ Tài chính", "Cục KSTTHC, Văn phòng Chính phủ", "Chủ tịch và các PCT UBND tỉnh",
                     "Lãnh đạo VP UBND tỉnh", "Trung tâm Thông tin tỉnh", "Lưu: VT, HCC"],
    "obligations": O,
    "notes": open('tools/notes_thainguyen.txt', encoding='utf-8').read().strip(),
}
write(DOC, NAME)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', o['text_start'])
print(NAME, 'obligations', len(O))
