# Gold labels for dongthap-144-2025-qd-ctubnd (written by hand from the .txt; text_starts cut by ts()).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from lib import load, ts, ob, rec, rel, write
NAME = 'dongthap-144-2025-qd-ctubnd'
T = load(NAME + '.txt')
def t(prefix, n=12, occ=0): return ts(T, prefix, n, occ)
SKHCN = 'Sở Khoa học và Công nghệ'
CQQL = 'cơ quan, tổ chức quản lý trực tiếp'
VT = 'Văn thư cơ quan'
BP = 'bộ phận/cá nhân chuyên trách/phụ trách quản lý chữ ký số tại các cơ quan, đơn vị'
Q = 'Quy chế Điều '
O = [
    ob(t('Chánh\nVăn phòng Ủy ban nhân dân Tỉnh'), 'Điều 3',
       ['Văn phòng Ủy ban nhân dân Tỉnh', 'các sở, ban, ngành Tỉnh', 'Ủy ban nhân dân các xã, phường',
        'các cơ quan, đơn vị, tổ chức, cá nhân có liên quan']),
    ob(t('Ngoài các loại văn bản áp'), Q + '4.3', ['các cơ quan, đơn vị'], modality='permission'),
    ob(t('Văn thư cơ quan là người'), Q + '8.3', [VT]),
    ob(t('Việc ký thay, ký thừa lệnh'), Q + '8.5', ['người ký thay, ký thừa lệnh']),
    ob(t('Cơ quan, tổ chức quản lý\ntrực tiếp có văn bản'), Q + '11.2.a', ['Cơ quan, tổ chức quản lý trực tiếp'],
       product='văn bản', report_to='Sở Khoa học và Công nghệ tỉnh Đồng Tháp'),
    ob(t('Trong thời hạn 01 ngày'), Q + '11.2.b', [SKHCN],
       due=rel('Trong thời hạn 01 ngày làm việc, kể từ ngày nhận được yêu cầu khôi phục thiết bị lưu khóa bí mật hợp lệ',
               1, 'working_day', 'ngày nhận được yêu cầu khôi phục thiết bị lưu khóa bí mật hợp lệ'),
       report_to=CQQL),
    ob(t('Trường hợp không\nchấp nhận'), Q + '11.2.b', [SKHCN], product='văn bản', report_to=CQQL),
    ob(t('Văn bản kèm theo cùng tệp'), Q + '13.4.a', [VT]),
    ob(t('Văn bản không cùng tệp'), Q + '13.4.b', [VT]),
    ob(t('Đối với Phụ lục cùng tệp tin'), Q + '13.5', [VT]),
    ob(t('Đối với Phụ lục không cùng tệp'), Q + '13.5', [VT]),
    # Điều 14 Sở KH&CN
    ob(t('Quản lý, hướng dẫn, kiểm'), Q + '14.1', [SKHCN]),
    ob(t('Chủ trì hoặc phối hợp với'), Q + '14.2', [SKHCN], lead=[SKHCN], support=['các cơ quan, đơn vị liên quan']),
    ob(t('Phối hợp với các cơ quan,\nđơn vị liên quan thanh tra'), Q + '14.3', [SKHCN], support=['các cơ quan, đơn vị liên quan']),
    ob(t('Định kỳ hoặc đột xuất báo'), Q + '14.4', [SKHCN], due=rec('Định kỳ', None), product='báo cáo',
       report_to='Ủy ban nhân dân Tỉnh, Bộ Khoa học và Công nghệ, Ban Cơ yếu Chính phủ'),
    ob(t('đồng thời xây dựng kế hoạch, nhu cầu sử dụng'), Q + '14.4', [SKHCN], product='kế hoạch'),
    # Điều 15 cơ quan, tổ chức quản lý trực tiếp
    ob(t('Tổ chức triển khai sử dụng'), Q + '15.1', [CQQL]),
    ob(t('Phối hợp với Sở Khoa học\nvà Công nghệ'), Q + '15.2', [CQQL], support=[SKHCN, 'các cơ quan, đơn vị có liên quan']),
    ob(t('Thực hiện các nhiệm vụ\nkhác'), Q + '15.3', [CQQL]),
    # Điều 16 thuê bao
    ob(t('Thuê bao có trách nhiệm thực'), Q + '16', ['Thuê bao']),
    # Điều 17 Văn thư cơ quan
    ob(t('Tiếp nhận, quản lý và sử\ndụng'), Q + '17.1', [VT]),
    ob(t('Trực tiếp thực hiện ký số'), Q + '17.2', [VT]),
    ob(t('Kiểm tra, xác thực tính hợp'), Q + '17.3', [VT],
       due=rel('trước khi tiếp nhận, xử lý', 0, 'day', 'tiếp nhận, xử lý (before)')),
    ob(t('Trường hợp\nvăn bản điện tử,'), Q + '17.3', [VT], report_to='đơn vị gửi văn bản'),
    ob(t('Chịu trách nhiệm trước thủ'), Q + '17.4', [VT]),
    # Điều 18 bộ phận/cá nhân chuyên trách
    ob(t('Hỗ trợ kỹ thuật, cài đặt'), Q + '18.1', [BP]),
    ob(t('Tiếp nhận và bàn giao chứng'), Q + '18.2', [BP]),
    ob(t('Tham mưu quản lý, sử dụng'), Q + '18.3', [BP]),
    ob(t('Tham mưu cho lãnh đạo cơ'), Q + '18.4', [BP]),
    ob(t('Tham gia các chương trình'), Q + '18.5', [BP]),
    # Điều 19
    ob(t('Sở Khoa học và Công nghệ có\ntrách nhiệm theo dõi'), Q + '19', [SKHCN], lead=[SKHCN],
       support=['các cơ quan, đơn vị liên quan']),
    ob(t('Trong quá trình triển khai'), Q + '19', ['các cơ quan, đơn vị', 'cá nhân'], report_to=SKHCN),
]
CIT = []
def c(type_, symbol, relation='legal_basis', issuer='', date=None, name=None, as_printed=None):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name: d["name"] = name
    if as_printed: d["as_printed"] = as_printed
    CIT.append(d)
c('Luật', '72/2025/QH15'); c('Luật', '64/2025/QH15'); c('Luật', '87/2025/QH15'); c('Luật', '67/2006/QH11')
c('Luật', '86/2015/QH13'); c('Luật', '24/2018/QH14'); c('Luật', '20/2023/QH15')
c('Nghị định', '30/2020/NĐ-CP', issuer='Chính phủ'); c('Nghị định', '42/2022/NĐ-CP', issuer='Chính phủ')
c('Nghị định', '68/2024/NĐ-CP', issuer='Chính phủ'); c('Nghị định', '78/2025/NĐ-CP', issuer='Chính phủ')
c('Nghị định', '187/2025/NĐ-CP', issuer='Chính phủ', date='2025-07-01')
DOC = {
    "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/55d7a47de4f0ccee.md (read_file id 46037093887)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
    "number": "144",
    "symbol": "144/2025/QĐ-CTUBND",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Đồng Tháp",
    "date": "2025-12-02",
    "subject": "BAN HÀNH QUY CHẾ VỀ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ, CHỨNG THƯ CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ, THIẾT BỊ LƯU KHÓA BÍ MẬT VÀ DỊCH VỤ CHỨNG THỰC CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP",
    "urgency": "",
    "recipients": [],
    "citations": CIT,
    "truncated": False,
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Huỳnh Minh Tuấn"},
    "distribution": ["Như Điều 3", "Bộ Khoa học và Công nghệ", "Cục Kiểm tra VB&QLXLVPHC - Bộ Tư pháp",
                     "CT và các PCT UBND Tỉnh", "Các sở, ban, ngành Tỉnh", "UBND xã, phường", "VPUBND: CVP và các PCVP",
                     "Cổng TTĐT Tỉnh, Công báo Tỉnh", "Báo và PTTH Đồng Tháp", "Lưu: VT, KGVX(KD)"],
    "obligations": O,
    "notes": open('tools/notes_144.txt', encoding='utf-8').read().strip(),
}
write(DOC, NAME)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', o['text_start'])
print(NAME, 'obligations', len(O))
