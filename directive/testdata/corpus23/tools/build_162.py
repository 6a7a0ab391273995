# Gold labels for ninhbinh-162-2025-qd-ubnd (written by hand from the .txt; text_starts cut by ts()).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from lib import load, ts, ob, rec, rel, write
NAME = 'ninhbinh-162-2025-qd-ubnd'
T = load(NAME + '.txt')
def t(prefix, n=12, occ=0): return ts(T, prefix, n, occ)
SKHCN = 'Sở Khoa học và Công nghệ'
TT = 'Trung tâm Chuyển đổi số và Truyền thông'
CQDV_SD = 'các cơ quan, đơn vị sử dụng Hệ thống thư điện tử công vụ'
CN_SD = 'cá nhân sử dụng Hệ thống thư điện tử công vụ'
Q = 'Quy chế Điều '
O = [
    ob(t('Chánh Văn phòng Ủy ban nhân dân\ntỉnh, Thủ trưởng'), 'Điều 3',
       ['Văn phòng Ủy ban nhân dân tỉnh', 'các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường', 'các tổ chức, cá nhân có liên quan']),
    # Quy chế Điều 6
    ob(t('Sở Khoa học và Công nghệ được\ngiao'), Q + '6.1', [SKHCN]),
    ob(t('Cơ quan, đơn vị gửi văn bản\nđề nghị cấp mới'), Q + '6.2.a', ['Cơ quan, đơn vị'],
       due=rel('ngay sau khi có các văn bản quy định về sự thay đổi', 0, 'day', 'có các văn bản quy định về sự thay đổi'),
       product='văn bản', report_to=SKHCN),
    ob(t('Trong thời hạn 03 ngày làm\nviệc'), Q + '6.2.b', [SKHCN],
       due=rel('Trong thời hạn 03 ngày làm việc kể từ khi nhận được văn bản đề nghị của các cơ quan, đơn vị', 3, 'working_day',
               'nhận được văn bản đề nghị của các cơ quan, đơn vị'),
       product='văn bản', report_to='các cơ quan, đơn vị'),
    ob(t('Cơ quan, cá nhân sau khi được\ncấp'), Q + '6.3', ['Cơ quan', 'cá nhân']),
    # Điều 7
    ob(t('Cơ quan, đơn vị gửi văn bản\nđề nghị khôi phục'), Q + '7.3.a', ['Cơ quan, đơn vị'], product='văn bản', report_to=SKHCN),
    ob(t('Sau 03 ngày làm việc kể từ'), Q + '7.3.b', [SKHCN],
       due=rel('Sau 03 ngày làm việc kể từ khi nhận được văn bản đề nghị của các cơ quan, đơn vị', 3, 'working_day',
               'nhận được văn bản đề nghị của các cơ quan, đơn vị')),
    ob(t('Cơ quan, đơn vị, cá nhân tiến\nhành'), Q + '7.3.c', ['Cơ quan, đơn vị', 'cá nhân'],
       due=rel('trong lần truy nhập đầu tiên kể từ khi hộp thư điện tử được khôi phục', 0, 'day',
               'lần truy nhập đầu tiên kể từ khi hộp thư điện tử được khôi phục')),
    ob(t('Khi cơ quan đơn vị giải thể/sáp'), Q + '7.4', [TT],
       due=rel('sau 03 tháng', 3, 'month', 'cơ quan đơn vị giải thể/sáp nhập hoặc khi có văn bản của cấp có thẩm quyền xác nhận cá nhân không còn công tác tại cơ quan, đơn vị')),
    # Điều 8
    ob(t('Sở Khoa học và Công nghệ quyết\nđịnh'), Q + '8.1.b', [SKHCN]),
    ob(t('Cơ quan, đơn vị, cá nhân được\ncấp'), Q + '8.2.a', ['Cơ quan, đơn vị', 'cá nhân'],
       due=rel('ngay sau khi được cấp', 0, 'day', 'được cấp')),
    ob(t('định kỳ tối đa 06 tháng phải thay đổi'), Q + '8.2.a', ['Cơ quan, đơn vị', 'cá nhân'],
       due=rec('định kỳ tối đa 06 tháng', 'half-yearly')),
    # Điều 9
    ob(t('Việc kiểm tra hộp thư điện tử\ntùy'), Q + '9.1', ['cơ quan, đơn vị', 'cá nhân'], modality='encouragement',
       due=rec('hằng ngày', None)),
    ob(t('Các sở, ban, ngành, Ủy ban\nnhân dân các xã, phường phân công'), Q + '9.2',
       ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'], due=rec('ít nhất 02 lần/ngày', None)),
    # Điều 10.1 Sở KH&CN
    ob(t('Quản lý chung, triển khai thực\nhiện'), Q + '10.1.a', [SKHCN]),
    ob(t('Xây dựng và thực hiện kế hoạch\nbồi dưỡng'), Q + '10.1.b', [SKHCN], product='kế hoạch'),
    ob(t('Nghiên cứu, tham mưu Ủy ban\nnhân dân tỉnh chỉ đạo'), Q + '10.1.c', [SKHCN]),
    ob(t('Hằng năm lập dự toán kinh phí'), Q + '10.1.c', [SKHCN], due=rec('Hằng năm', 'yearly'),
       product='dự toán', report_to='Sở Tài chính'),
    ob(t('Quản lý danh bạ thư điện tử\ncông vụ'), Q + '10.1.d', [SKHCN]),
    ob(t('Theo dõi, kiểm tra, đôn đốc\ncác cơ quan, đơn vị sử dụng'), Q + '10.1.đ', [SKHCN]),
    ob(t('báo cáo định kỳ hoặc đột xuất khi có yêu cầu'), Q + '10.1.đ', [SKHCN],
       due=rec('định kỳ', None), product='báo cáo', report_to='Ủy ban nhân dân tỉnh'),
    ob(t('Có quyền thu hồi, xóa bỏ hộp'), Q + '10.1.e', [SKHCN], modality='permission'),
    # Điều 10.2 Trung tâm
    ob(t('Thực hiện quản trị, vận hành\nHệ thống'), Q + '10.2.a', [TT]),
    ob(t('Bảo đảm an toàn, bảo mật\nthông tin'), Q + '10.2.b', [TT]),
    ob(t('Trực tiếp thực hiện thao tác\ncập nhật'), Q + '10.2.c', [TT]),
    ob(t('Cài đặt, cấu hình, hoàn thiện'), Q + '10.2.d', [TT]),
    ob(t('Thực hiện chế độ lưu trữ,\nsao lưu'), Q + '10.2.đ', [TT]),
    ob(t('Phối hợp với cơ quan, đơn vị\ncó liên quan xây dựng kế hoạch'), Q + '10.2.e', [TT],
       support=['cơ quan, đơn vị có liên quan'], product='kế hoạch'),
    # Điều 11 cơ quan, đơn vị sử dụng
    ob(t('Chỉ đạo triển khai thực hiện\nnghiêm túc'), Q + '11.1', [CQDV_SD]),
    ob(t('Các cơ quan, đơn vị, cá nhân\nsử dụng'), Q + '11.2', ['Các cơ quan, đơn vị', 'cá nhân']),
    ob(t('Chỉ đạo bộ phận văn thư và'), Q + '11.3', [CQDV_SD]),
    ob(t('Lập danh sách yêu cầu cấp mới,'), Q + '11.4', [CQDV_SD], product='danh sách', report_to=SKHCN),
    ob(t('Công khai danh sách địa chỉ'), Q + '11.5', [CQDV_SD], product='danh sách'),
    ob(t('Khi có sự cố nghiêm trọng về'), Q + '11.6', [CQDV_SD], report_to=SKHCN),
    ob(t('Thực hiện báo cáo định kỳ'), Q + '11.7', [CQDV_SD],
       due=rec('trước ngày 15 tháng 12', 'yearly', day=15, month=12), product='báo cáo', report_to=SKHCN),
    # Điều 12 cá nhân sử dụng
    ob(t('Cá nhân sử dụng hộp thư điện\ntử'), Q + '12.1', [CN_SD]),
    ob(t('Chấp hành các quy định của\npháp luật về thư'), Q + '12.2', [CN_SD]),
    ob(t('Tự quản lý, bảo vệ mật khẩu'), Q + '12.3', [CN_SD]),
    ob(t('Chịu trách nhiệm lưu trữ,\nxoá'), Q + '12.4', [CN_SD]),
    ob(t('Không sử dụng hộp thư điện tử\nđược cấp'), Q + '12.5', [CN_SD], modality='prohibition'),
    ob(t('Không phát tán thư rác hoặc'), Q + '12.6', [CN_SD], modality='prohibition'),
    ob(t('Khi phát hiện các văn bản,\ntài liệu'), Q + '12.7', [CN_SD], report_to='cơ quan, đơn vị'),
    ob(t('Thủ trưởng cơ quan, đơn vị nơi phát hiện'), Q + '12.7', ['cơ quan, đơn vị nơi phát hiện tài liệu mật'],
       report_to='Sở Khoa học và Công nghệ và cơ quan, đơn vị nơi gửi đi tài liệu đó'),
    ob(t('Khi phát hiện những thư điện\ntử'), Q + '12.8', [CN_SD], report_to='cơ quan, đơn vị'),
    # Điều 13 chuyển tiếp
    ob(t('Về dữ liệu: Toàn bộ dữ liệu'), Q + '13.1', [SKHCN], product='phương án'),
    ob(t('Tài khoản người dùng trên hệ\nthống cũ'), Q + '13.2.a', [SKHCN], support=['các cơ quan, đơn vị']),
    ob(t('Thủ trưởng các cơ quan, đơn\nvị có trách nhiệm chỉ đạo'), Q + '13.2.b', ['các cơ quan, đơn vị']),
    # Điều 14 tổ chức thực hiện
    ob(t('Sở Khoa học và Công nghệ chủ\ntrì'), Q + '14.1', [SKHCN], lead=[SKHCN]),
    ob(t('theo dõi, kiểm tra định\nkỳ báo cáo'), Q + '14.1', [SKHCN], due=rec('định kỳ', None),
       product='báo cáo', report_to='Ủy ban nhân dân tỉnh'),
    ob(t('Sở Tài chính căn cứ Luật'), Q + '14.2', ['Sở Tài chính']),
    ob(t('Thủ trưởng các cơ quan, đơn vị\nchịu trách nhiệm'), Q + '14.3', ['các cơ quan, đơn vị']),
    ob(t('Trong quá trình thực hiện Quy\nchế'), Q + '15', ['các cơ quan, đơn vị'], report_to=SKHCN),
]
CIT = []
def c(type_, symbol, relation='legal_basis', issuer='', date=None, name=None, as_printed=None):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name: d["name"] = name
    if as_printed: d["as_printed"] = as_printed
    CIT.append(d)
c('Luật', '72/2025/QH15'); c('Luật', '67/2006/QH11'); c('Luật', '86/2015/QH13'); c('Luật', '24/2018/QH14')
c('Luật', '29/2018/QH14'); c('Luật', '20/2023/QH15'); c('Luật', '64/2025/QH15'); c('Luật', '87/2025/QH15')
c('Nghị quyết', '202/2025/QH15'); c('Chỉ thị', '34/2008/CT-TTg'); c('Nghị định', '91/2020/NĐ-CP')
c('Nghị định', '78/2025/NĐ-CP'); c('Nghị định', '187/2025/NĐ-CP'); c('Nghị định', '71/2007/NĐ-CP')
c('Nghị định', '53/2022/NĐ-CP'); c('Nghị định', '26/2020/NĐ-CP'); c('Nghị định', '137/2024/NĐ-CP')
c('Nghị định', '194/2025/NĐ-CP'); c('Thông tư', '39/2017/TT-BTTTT')
c('Quyết định', '28/2020/QĐ-UBND', 'replaces', 'Ủy ban nhân dân tỉnh Ninh Bình', '2020-10-16')
c('Quyết định', '27/2023/QĐ-UBND', 'replaces', 'Ủy ban nhân dân tỉnh Hà Nam', '2023-06-08')
CIT.append({"type": "Luật", "name": "Luật ngân sách nhà nước", "date": None, "issuer": "", "relation": "mentions"})
DOC = {
    "source": "https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/cdb6ad27b3c3f13b.md (read_file id 45680002960)",
    "kind": "state",
    "parent_issuer": "",
    "issuer": "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
    "number": "162",
    "symbol": "162/2025/QĐ-UBND",
    "type": "Quyết định",
    "type_code": "QĐ",
    "place": "Ninh Bình",
    "date": "2025-11-23",
    "subject": "BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH NINH BÌNH",
    "urgency": "",
    "recipients": [],
    "citations": CIT,
    "truncated": False,
    "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Hà Lan Anh"},
    "distribution": ["Văn phòng Chính phủ", "Bộ Tư pháp (Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính)",
                     "Bộ Khoa học và Công nghệ (Vụ Pháp chế)", "Thường trực Tỉnh uỷ", "Thường trực HĐND tỉnh",
                     "Đoàn đại biểu Quốc hội tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Lãnh đạo Ủy ban nhân dân tỉnh",
                     "Các sở, ban, ngành tỉnh", "Sở Tư pháp (CSDL Quốc gia về pháp luật)", "UBND các xã, phường",
                     "TT Thông tin - Công báo tỉnh", "Lưu: VT, VP10, 11"],
    "obligations": O,
    "notes": open('tools/notes_162.txt', encoding='utf-8').read().strip(),
}
write(DOC, NAME)
if '-v' in sys.argv:
    for o in O: print(o['section'], '|', o['text_start'])
print(NAME, 'obligations', len(O))
