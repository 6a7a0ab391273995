# Writes the three NAME.json files and figures.json of corpus28 from the .txt files and the choices below.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, flat, ts, ob, cont

REPO = 'https://github.com/thetrungdtt/VNMasterplan/blob/928e4c9ffd287ff80548a76f3d2ee5497f892ac8/NQ07/bangoc.md'
NOTES = json.load(open('tools/notes.json', encoding='utf-8'))

def paras(text, start, end):
    """blank-line blocks between the block starting with `start` and the block starting with `end` (flattened)"""
    blocks = [flat(b).strip() for b in re.split(r'\n\s*\n', text)]
    blocks = [b for b in blocks if b]
    i = next(k for k, b in enumerate(blocks) if b.startswith(start))
    j = next(k for k, b in enumerate(blocks) if k > i and b.startswith(end))
    return blocks[i + 1:j]

def body_start(b):
    b = re.sub(r'^\\- ', '', b)                     # '\- ' bullets
    b = re.sub(r'^\*\*[0-9.]+-? ?\*\* ?', '', b)    # '**2.6-** ' / '**1-** '
    b = re.sub(r'^[0-9]+\\\. ', '', b)              # '2\. '
    return b

def entries(text, blocks, section_of, n=12):
    out = []
    sec = None
    for b in blocks:
        h = section_of(b)
        if h is not None:
            sec = h
            continue
        s = body_start(b)
        out.append((sec, ts(text, s[:60], n), s))
    return out

# ---------------------------------------------------------------- 57-NQ/TW
T57 = load('tw-57-nq-tw-2024.txt')
def sec57(b):
    m = re.match(r'^\*\*([0-9])\\\. ', b)
    return 'III.' + m.group(1) if m else None
E = entries(T57, paras(T57, '**III- NHIỆM VỤ, GIẢI PHÁP**', '**IV- TỔ CHỨC THỰC HIỆN**'), sec57)
obl57 = []
for sec, t, s in E:
    if s.startswith('Tiếp tục thể chế hoá đầy đủ'):      # lead-in of III.2 ending in ':'
        continue
    adr = ['Các cấp uỷ', 'tổ chức đảng', 'cán bộ', 'đảng viên'] if s.startswith('Các cấp uỷ, tổ chức đảng') else []
    obl57.append(ob(t, sec, adr))
obl57 += [
    ob(ts(T57, 'Đảng đoàn Quốc hội lãnh đạo, chỉ đạo rà soát'), 'IV.2', ['Đảng đoàn Quốc hội']),
    ob(ts(T57, 'Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng'), 'IV.3', ['Ban cán sự đảng Chính phủ'], product='chương trình'),
    ob(ts(T57, 'phối hợp với Đảng đoàn Quốc hội thể chế hoá'), 'IV.3', ['Ban cán sự đảng Chính phủ'], support=['Đảng đoàn Quốc hội'],
       due={'text': 'cơ bản hoàn thành trong năm 2025', 'kind': 'period_end', 'date': '2025-12-31'}),
    ob(ts(T57, 'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị \\- xã hội lãnh đạo'), 'IV.4',
       ['Mặt trận Tổ quốc Việt Nam', 'các tổ chức chính trị - xã hội'], product='chương trình'),
    ob(ts(T57, 'Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc'), 'IV.5',
       ['Ban Tuyên giáo Trung ương'], lead=['Ban Tuyên giáo Trung ương'], support=['các cơ quan liên quan']),
    ob(ts(T57, 'Văn phòng Trung ương Đảng phối hợp với Ban Kinh tế'), 'IV.6', ['Văn phòng Trung ương Đảng'],
       support=['Ban Kinh tế Trung ương'], due={'text': 'định kỳ 6 tháng', 'kind': 'recurring', 'cycle': 'half-yearly'},
       product='báo cáo', report_to='Ban Chỉ đạo Trung ương và Bộ Chính trị'),
]
d57 = dict(source=REPO + ' (read_file id 33286034701; the first of four texts in the file, up to its line `# Kết luận số 69-KL/TW`)',
    kind='party', parent_issuer='', issuer='', number='', symbol='', type='Nghị quyết', type_code='', place='', date=None,
    subject='', urgency='', recipients=[], citations=[], truncated=False,
    page_mentions=[{'type': 'Nghị quyết', 'symbol': '57-NQ/TW', 'date': '2024-12-22', 'issuer': 'Bộ Chính trị', 'relation': 'self'}],
    signature={'authority': [], 'title': '', 'name': ''}, distribution=[], obligations=obl57, notes=NOTES['tw-57-nq-tw-2024'])

# ---------------------------------------------------------------- 69-KL/TW
T69 = load('tw-69-kl-tw-2024.txt')
CLASS69 = ['các cấp uỷ', 'tổ chức đảng', 'chính quyền', 'Mặt trận Tổ quốc Việt Nam', 'các tổ chức chính trị - xã hội']
def sec69(b):
    m = re.match(r'^\*\*([0-9])\\?\. ', b)
    return m.group(1) if m else None
E = entries(T69, paras(T69, 'Để tiếp tục thực hiện tốt Nghị quyết số 20-NQ/TW', '**7\\. Tổ chức thực hiện**'), sec69)
obl69 = [ob(t, sec, list(CLASS69)) for sec, t, s in E]
obl69 += [
    ob(ts(T69, 'Các tỉnh uỷ, thành uỷ, ban đảng, ban cán sự đảng'), '7',
       ['Các tỉnh uỷ', 'thành uỷ', 'ban đảng', 'ban cán sự đảng', 'đảng đoàn', 'đảng uỷ trực thuộc Trung ương'], product='chương trình'),
    ob(ts(T69, 'Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ chỉ đạo'), '7', ['Đảng đoàn Quốc hội', 'Ban cán sự đảng Chính phủ']),
    ob(ts(T69, 'Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo tổ chức'), '7', ['Ban cán sự đảng Chính phủ']),
    ob(ts(T69, 'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức'), '7',
       ['Đảng đoàn Mặt trận Tổ quốc Việt Nam', 'các tổ chức chính trị - xã hội',
        'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'hội quần chúng']),
    ob(ts(T69, 'Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo dõi'), '7',
       ['Ban Tuyên giáo Trung ương'], lead=['Ban Tuyên giáo Trung ương'], support=['các cơ quan liên quan'],
       due={'text': 'định kỳ sơ kết, tổng kết, báo cáo', 'kind': 'recurring', 'cycle': None},
       product='báo cáo', report_to='Bộ Chính trị, Ban Bí thư'),
]
d69 = dict(source=REPO + ' (read_file id 33286034701; the second of four texts in the file, from `# Kết luận số 69-KL/TW` up to `# Nghị quyết 20 \\- 2012`)',
    kind='party', parent_issuer='', issuer='', number='', symbol='', type='Kết luận', type_code='', place='', date=None,
    subject='', urgency='', recipients=[],
    citations=[
        {'type': 'Nghị quyết', 'symbol': '20-NQ/TW', 'date': None, 'issuer': '', 'relation': 'implements'},
        {'type': 'Nghị quyết', 'symbol': '', 'name': 'Nghị quyết Đại hội lần thứ XIII', 'date': None, 'issuer': 'Đảng', 'relation': 'mentions'},
        {'type': 'Nghị quyết', 'symbol': '29-NQ/TW', 'date': None, 'issuer': 'Hội nghị Trung ương lần thứ sáu khoá XIII', 'relation': 'mentions'},
        {'type': 'Nghị quyết', 'symbol': '45-NQ/TW', 'date': None, 'issuer': 'Hội nghị Trung ương lần thứ tám khoá XIII', 'relation': 'mentions'},
        {'type': 'Chiến lược', 'symbol': '', 'name': 'Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030', 'date': None, 'issuer': '', 'relation': 'mentions'},
    ],
    truncated=False,
    page_mentions=[{'type': 'Kết luận', 'symbol': '69-KL/TW', 'date': '2024-01-11', 'issuer': 'Bộ Chính trị', 'relation': 'self'},
                   {'type': 'Nghị quyết', 'symbol': '20-NQ/TW', 'date': '2012-11-01', 'issuer': 'Ban Chấp hành Trung ương Đảng khoá XI', 'relation': 'mentions'}],
    signature={'authority': ['T/M BỘ CHÍNH TRỊ'], 'title': '', 'name': 'Trương Thị Mai'}, distribution=[], obligations=obl69,
    notes=NOTES['tw-69-kl-tw-2024'])

# ---------------------------------------------------------------- 20-NQ/TW (rendering)
T20 = load('tw-20-nq-tw-2012.txt')
def sec20(b):
    m = re.match(r'^\*\*([0-9](?:\.[0-9])?)- [^*]', b)
    return 'B.III.' + m.group(1) if m else None
E = entries(T20, paras(T20, 'III- NHIỆM VỤ VÀ GIẢI PHÁP', '**C- TỔ CHỨC THỰC HIỆN**'), sec20)
obl20 = []
for sec, t, s in E:
    if s.startswith('Thực hành dân chủ'):
        sec = 'B.III.2.6'
    obl20.append(ob(t, sec, []))
obl20 += [
    ob(ts(T20, 'Các cấp uỷ đảng lãnh đạo, chỉ đạo công tác giáo dục'), 'C.1', ['Các cấp uỷ đảng']),
    ob(ts(T20, 'Đảng đoàn Quốc hội chỉ đạo việc sửa đổi'), 'C.2', ['Đảng đoàn Quốc hội']),
    ob(ts(T20, 'Ban cán sự đảng Chính phủ chỉ đạo sửa đổi'), 'C.3', ['Ban cán sự đảng Chính phủ'], product='chương trình'),
    ob(ts(T20, 'Thường xuyên theo dõi, kiểm tra, đánh giá tình hình thực hiện'), 'C.3', ['Ban cán sự đảng Chính phủ'],
       due=cont('Thường xuyên')),
    ob(ts(T20, 'Ban Tuyên giáo Trung ương chủ trì phối hợp với các ban đảng'), 'C.4', ['Ban Tuyên giáo Trung ương'],
       lead=['Ban Tuyên giáo Trung ương'], support=['các ban đảng', 'ban cán sự đảng', 'đảng đoàn', 'đảng uỷ trực thuộc Trung ương'],
       due={'text': 'định kỳ báo cáo', 'kind': 'recurring', 'cycle': None}, product='báo cáo', report_to='Bộ Chính trị, Ban Bí thư'),
]
d20 = dict(source=REPO + ' (read_file id 33286034701; the third of four texts in the file, from `# Nghị quyết 20 \\- 2012` up to `# So sánh Nghị quyết 57 …`; rendered here, see README)',
    kind='party', parent_issuer='', issuer='BAN CHẤP HÀNH TRUNG ƯƠNG', number='20', symbol='20-NQ/TW', type='Nghị quyết', type_code='NQ',
    place='Hà Nội', date='2012-11-01',
    subject='PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ PHỤC VỤ SỰ NGHIỆP CÔNG NGHIỆP HOÁ, HIỆN ĐẠI HOÁ TRONG ĐIỀU KIỆN KINH TẾ THỊ TRƯỜNG ĐỊNH HƯỚNG XÃ HỘI CHỦ NGHĨA VÀ HỘI NHẬP QUỐC TẾ',
    urgency='', recipients=[], citations=[], truncated=False,
    signature={'authority': [], 'title': '', 'name': ''},
    distribution=['Các tỉnh uỷ, thành uỷ', 'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
                  'Các đảng uỷ đơn vị sự nghiệp Trung ương', 'Các đồng chí Uỷ viên Ban Chấp hành Trung ương', 'Lưu Văn phòng Trung ương Đảng'],
    obligations=obl20, notes=NOTES['tw-20-nq-tw-2012'])

for name, d in (('tw-57-nq-tw-2024', d57), ('tw-69-kl-tw-2024', d69), ('tw-20-nq-tw-2012', d20)):
    json.dump(d, open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(name, len(d['obligations']))
    if '-v' in sys.argv:
        for o in d['obligations']: print('   ', o['section'], '|', o['text_start'])
json.dump({"documents": 3, "held_out": False}, open('figures.json', 'w'))
