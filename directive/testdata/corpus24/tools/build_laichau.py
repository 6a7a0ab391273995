# Gold labels for laichau-qd-ubnd-2025-blank (written by hand from the .txt; text_starts cut by ts()).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from lib import load, ts, ob, write
NAME = 'laichau-qd-ubnd-2025-blank'
T = load(NAME + '.txt')
def t(prefix, n=12, occ=0): return ts(T, prefix, n, occ)
O = [
    ob(t('Giao Văn phòng UBND tỉnh chủ trì'), 'Điều 2', ['Văn phòng UBND tỉnh'],
       lead=['Văn phòng UBND tỉnh'], support=['Sở Tài chính', 'các cơ quan, đơn vị có liên quan']),
    ob(t('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc'), 'Điều 3',
       ['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tài chính', 'UBND các xã, phường',
        'Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã', 'các cơ quan, đơn vị', 'tổ chức, cá nhân có liên quan']),
]
CIT = []
def c(type_, symbol, relation='legal_basis', issuer='', date=None, name=None, as_printed=None):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name: d["name"] = name
    if as_printed: d["as_printed"] = as_printed
    CIT.append(d)
CIT.append({"type": "Luật", "name": "Luật Tổ chức chính quyền địa phương", "date": "2025-06-16", "issuer": "", "relation": "legal_basis"})
c('Nghị định', '63/2010/NĐ-CP', issuer='Chính phủ')
c('Nghị định', '92/2017/NĐ-CP', issuer='Chính phủ', date='2017-08-07')
c('Nghị định', '45/2020/NĐ-CP', issuer='Chính phủ', date='2020-04-08')
c('Nghị định', '42/2022/NĐ-CP', issuer='Chính phủ', date='2022-06-24')
c('Nghị định', '118/2025/NĐ-CP', issuer='Chính phủ', date='2025-06-09')
c('Nghị định', '230/2025/NĐ-CP', issuer='Chính phủ', date='2025-08-19')
c('Thông tư', '02/2017/TT-VPCP', issuer='Văn phòng Chính phủ', date='2017-10-31')
c('Thông tư', '01/2018/TT-VPCP', issuer='Văn phòng Chính phủ', date='2018-11-23')
c('Nghị định', '61/2018/NĐ-CP', issuer='Chính phủ', date='2018-04-23')
c('Quyết định', '3083/QĐ-BTC', issuer='Bộ Tài chính', date='2025-09-04')
c('Tờ trình', '326/TTr-STC', 'mentions', issuer='Giám đốc Sở Tài chính', date='2025-09-09')
c('Nghị định', '182/2024/NĐ-CP', 'mentions', date='2024-12-31')
DOC = {
    "source": "https://github.com/nghiado905/mineru_vietocr/blob/d02dcd78c2d47057f41a4fec8ec80db888bb2542/output/e/auto/e.md (read_file id 43072884759)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "",
    "number": "",
    "symbol": "",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Lai Châu",
    "date": None,
    "subject": "công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong lĩnh vực hỗ trợ đầu tư thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Lai Châu",
    "urgency": "",
    "recipients": [],
    "citations": CIT,
    "truncated": False,
    "signature": {"authority": [], "title": "", "name": ""},
    "distribution": ["Như Điều 3", "Cục KSTTHC - VPCP", "Chủ tịch UBND tỉnh $( \\mathsf { b } / \\mathsf { c } )$",
                     "VP UBND tỉnh: V1, V4, CB", "VNPT Lai Châu (p/h)", "Lưu: VT, Hcc6"],
    "obligations": O,
    "notes": open('tools/notes_laichau.txt', encoding='utf-8').read().strip(),
}
write(DOC, NAME)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', o['text_start'])
print(NAME, 'obligations', len(O))
