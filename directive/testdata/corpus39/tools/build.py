# Writes the NAME.json files and figures.json of corpus39 from the labels below (modelled on corpus35's build.py).
# The four .txt files are the repository files as stored (read_file text, kept in src/raw_*.json, written by build_txt.py;
# code-point counts checked = total_chars). Labels were written from the .txt files alone.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def date(text, d): return {"text": text, "kind": "date", "date": d}
def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def rec(text, cycle, day=None, month=None):
    r = {"text": text, "kind": "recurring", "cycle": cycle}
    if day is not None: r["day"] = day
    if month is not None: r["month"] = month
    return r
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c
def pm(type_, symbol, note): return {"type": type_, "symbol": symbol, "date": None, "issuer": "", "note": note}

REPO = 'https://github.com/hoangvietconghai/chuyenvienao/blob/46a67fe14a5358c6f64014449e37b9974d434259/references/van_ban_so_hoa_toan_van/'
PARENT = 'ĐẢNG BỘ TỈNH KHÁNH HOÀ'; ISSUER = 'ĐẢNG UỶ XÃ CÔNG HẢI'
SIG = {"authority": ["T/M BAN THƯỜNG VỤ"], "title": "BÍ THƯ", "name": "Vũ Thị Thuỳ Trang"}
TT = 'Thường trực Đảng uỷ'; VP = 'Văn phòng Đảng uỷ'; XDD = 'Ban Xây dựng Đảng'; UBKT = 'Uỷ ban kiểm tra Đảng uỷ'
DUUB = 'Đảng uỷ UBND xã'
SRC = ("the repository's Markdown file — YAML front matter, a `#` title, a `**Số hiệu:**` line, two generated summary sections "
       "and the signed PDF's text layer in a ```text fence")
docs = {}; notes = {}

# ---------------------------------------------------------------- 31-CV/ĐU: tasks after the commune Party congress (deadlines, (thông qua …))
N = 'conghai-31-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Vềcông tác tổ chức học tập, quán triệt, tuyên truyền Nghị quyết Đại hội:'), '1', [XDD],
     lead=[XDD], support=['các cơ quan liên quan'], due=date('trước ngày 22/8/2025', '2025-08-22'),
     product='kế hoạch', report_to=TT),
  ob(t('Giao Đảng uỷ UBND xã chỉ đạo UBND xã căn cứchức năng'), '2.1', [DUUB],
     due=date('trước ngày 25/8/2025', '2025-08-25'), product='chương trình', report_to=TT, via=VP),
  ob(t('Giao Ban Xây dựng Đảng chủtrì phối hợp với các cơ quan liên quan'), '2.2', [XDD],
     lead=[XDD], support=['các cơ quan liên quan'], due=date('trước ngày 25/8/2025', '2025-08-25'),
     product='chương trình', report_to=TT, via=VP),
  ob(t('Giao Văn phòng Đảng uỷ tổng hợp, tham mưu Chương trình hành động'), '2.3', [VP],
     due=date('trước ngày 29/8/2025', '2025-08-29'), product='chương trình', report_to=TT),
  ob(t('Căn cứBáo cáo chính trịcủa Ban Chấp hành Đảng bộxã'), '3.1',
     ['Thường trực HĐND', DUUB, 'các cơ quan tham mưu, giúp việc Đảng uỷ', 'Uỷ ban MTTQVN',
      'các tổ chức chính trị - xã hội xã', 'các Chi, Đảng bộ trực thuộc Đảng uỷ xã']),
  ob(t('Đảng uỷUBND xã chỉ đạo UBND xã chỉ đạo các phòng chuyên môn'), '3.1', [DUUB], report_to=TT),
  ob(t('Thường trực HĐND xã, các cơ quan tham mưu, giúp việc Đảng uỷ, các chi,'), '3.1',
     ['Thường trực HĐND xã', 'các cơ quan tham mưu, giúp việc Đảng uỷ', 'các chi, Đảng bộ trực thuộc Đảng uỷ xã'],
     product='văn bản', report_to=TT),
  ob(t('Uỷban MTTQVN và các tổ chức chính trị - xã hội gửi văn bản'), '3.1',
     ['Uỷ ban MTTQVN', 'các tổ chức chính trị - xã hội'], product='văn bản', report_to=XDD),
  ob(t('Vềthời gian thực hiện: Yêu cầu các cơ quan, đơn vịnghiêm túc'), '3.2', ['các cơ quan, đơn vị'],
     due=date('trước ngày 29/8/2025', '2025-08-29'), report_to=TT, via=VP),
  ob(t('Giao Văn phòng Đảng uỷtheo dõi, đôn đốc việc thực hiện'), '3.2', [VP],
     due=date('trước ngày 05/9/2025', '2025-09-05'), product='chương trình', report_to=TT),
  ob(t('Vềxây dựng Chương trình kiểm tra, giám sát toàn khoá'), '4', [UBKT],
     due=date('trước ngày 05/9/2025', '2025-09-05'), product='chương trình', report_to='Thường trực, Ban Thường vụ Đảng uỷ'),
  ob(t('VềQuy chếlàm việc của Ban Chấp hành Đảng bộxã'), '5', [XDD, UBKT],
     lead=[XDD, UBKT], support=['các cơ quan có liên quan']),
  ob(ts(T, 'Yêu cầu các cơ quan, đơn vịnghiêm túc thực hiện bảo đảm', 11), '5', ['các cơ quan, đơn vị']),
]
docs[N] = dict(source=REPO + 'CÔNG VĂN_31-CV_ĐU_2025.md (read_file id 70656109134; ' + SRC + ' — 6,436 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject='Chỉ đạo tham mưu các nội dung trình Ban Chấp hành, Ban Thường vụ Đảng uỷ sau Đại hội',
    urgency='', recipients=['Thường trực HĐND, UBND xã', 'Uỷ ban MTTQVN và các tổ chức chính trị - xã hội xã',
                            'Các cơ quan tham mưu, giúp việc Đảng uỷ', 'Các Chi, Đảng bộ trực thuộc Đảng uỷ'],
    citations=[cit('Nghị quyết', name='Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030', relation='implements')],
    page_mentions=[pm('Công văn', '31-CV/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank")],
    truncated=False, signature=SIG,
    distribution=['Như trên', 'Thường trực Đảng uỷ', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_31.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 29-CV/ĐU: E-Office + KPI (continuous duty, định kỳ report (qua …))
N = 'conghai-29-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Yêu cầu các cấp uỷ, chi bộ, các cơ quan, đơn vị trong toàn xã'), '1',
     ['các cấp uỷ', 'chi bộ', 'các cơ quan, đơn vị trong toàn xã']),
  ob(t('Kểtừngày 01/8/2025, các ý kiến chỉ đạo'), '2', ['Các cơ quan, đơn vị'], due=cont('thường xuyên')),
  ob(t('Các cơ quan, đơn vịkhẩn trương triển khai việc thực hiện ký số'), '3', ['Các cơ quan, đơn vị']),
  ob(t('Giao Văn phòng Đảng uỷ chịu trách nhiệm theo dõi, đôn đốc'), '4', [VP], report_to=TT),
  ob(t('Các cấp uỷ, chi bộ, cơ quan, đơn vịcó trách nhiệm quán triệt'), '4', ['Các cấp uỷ', 'chi bộ', 'cơ quan, đơn vị']),
  ob(t('Định kỳbáo cáo kết quảvềThường trực Đảng uỷ'), '4', ['Các cấp uỷ', 'chi bộ', 'cơ quan, đơn vị'],
     due=rec('Định kỳ', None), product='báo cáo', report_to=TT, via=VP),
  ob(ts(T, 'Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện', 11), '4', ['các cơ quan, đơn vị']),
]
docs[N] = dict(source=REPO + 'CÔNG VĂN_29-CV_ĐU_2025.md (read_file id 70079543249; ' + SRC + ' — 3,768 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject='Về triển khai xử lý công việc trên Hệ thống quản lý văn bản E-Office kết hợp KPI',
    urgency='', recipients=['UBND xã', 'Các cơ quan tham mưu giúp việc Đảng uỷ xã', 'Uỷ ban Mặt trận Tổ quốc Việt Nam xã'],
    citations=[],
    page_mentions=[pm('Công văn', '29-CV/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank")],
    truncated=False, signature=SIG,
    distribution=['Như trên', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_29.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 39-CV/ĐU: invitation to an online training (T/L signature)
N = 'conghai-39-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Đềnghịcán bộđược cửtham gia, khi đăng nhập'), '1', ['cán bộ được cử tham gia']),
  ob(t('Đây là nội dung quan trọng, ảnh hưởng trực tiếp đến việc đo lường,', 2), '3', ['các cơ quan, đơn vị']),
]
docs[N] = dict(source=REPO + 'CÔNG VĂN_39-CV_ĐU_2025.md (read_file id 70407551158; ' + SRC + ' — 3,162 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject='Mời dự tập huấn trực tuyến hướng dẫn rà soát, thống kê nhiệm vụ, chỉ tiêu, kế hoạch được giao trong năm 2025',
    urgency='', recipients=['UBND xã', 'Ban xây dựng Đảng', 'Văn phòng Đảng uỷ'],
    citations=[cit('Công văn', '367-CV/BTCTU', '2025-08-21', 'Ban Tổ chức Tỉnh uỷ', 'implements')],
    page_mentions=[pm('Công văn', '39-CV/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank"),
                   pm('Công văn', '367-CV/BTCTU', "repeated in the repository's summary line (`Thực hiện Công văn số 367-CV/BTCTU, ngày 21/8/2025 của Ban Tổ chức`)")],
    truncated=False, signature={"authority": ["T/L BAN THƯỜNG VỤ"], "title": "CHÁNH VĂN PHÒNG", "name": "Nguyễn Đăng Quang"},
    distribution=['Như trên', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_39.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 6-KH/ĐU: Kế hoạch for Kết luận 156-KL/TW (culture)
N = 'conghai-6-kh-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
C4 = ['Các cấp uỷ', 'tổ chức đảng', 'chính quyền', 'đoàn thể']
DUCQ = 'Đảng uỷ các cơ quan Đảng'; BXD = 'Ban xây dựng Đảng'
o = [
  # II.1 Đổi mới công tác lãnh đạo, chỉ đạo
  ob(t('Tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai, thực hiện Kết'), 'II.1', []),
  ob(t('Tăng cường trách nhiệm của các cấp uỷ, tổ chức đảng, chính quyền, đoàn thể,'), 'II.1', []),
  ob(t('Phát huy vai trò nòng cốt của Mặt trận Tổ quốc'), 'II.1', []),
  ob(t('Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng'), 'II.1', []),
  ob(t('Tập trung lãnh đạo, chỉ đạo xây dựng và phát triển văn hoá, con người Khánh'), 'II.1', []),
  # II.2 Nâng cao hiệu lực, hiệu quả quản lý nhà nước
  ob(t('Tăng cường các nguồn lực của Nhà nước, đẩy mạnh xã hội hóa'), 'II.2', []),
  ob(t('Rà soát, đánh giá các chương trình, đề án, dựán đang triển khai'), 'II.2', []),
  ob(t('Ưu tiên nguồn lực cho công tác bảo tồn các di tích'), 'II.2', []),
  ob(t('Bốtrí kinh phí đầu tư xây dựng hệthống thiết chếvăn hoá xã, thôn.'), 'II.2', []),
  ob(t('Khuyến khích các tổ chức, cá nhân, doanh nghiệp đầu tư bảo tồn'), 'II.2', [], modality='encouragement'),
  ob(t('Tăng cường kiểm tra, giám sát việc thểchếhóa các chủ trương'), 'II.2', []),
  # II.3 Đẩy mạnh xã hội hóa …
  ob(t('Tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quảphong trào'), 'II.3', []),
  ob(t('Đổi mới nội dung và hình thức tổ chức các hoạt động văn hoá'), 'II.3', []),
  ob(t('Tôn trọng và bảo vệsựđa dạng văn hoá'), 'II.3', []),
  ob(t('Nêu cao tinh thần đoàn kết, trung thực, nhân ái, nghĩa tình'), 'II.3', []),
  ob(t('Xây dựng văn hoá trong nhà trường lành mạnh, an toàn'), 'II.3', []),
  ob(t('Đẩy mạnh xây dựng văn hoá doanh nghiệp, doanh nhân trong thời kỳmới'), 'II.3', []),
  ob(t('Phát huy vai trò của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, các hội'), 'II.3', []),
  # II.4 Tiếp tục nâng cao chất lượng, hiệu quả các hoạt động văn hoá …
  ob(t('Tiếp tục nâng cao chất lượng, hiệu quảhoạt động trên các lĩnh vực'), 'II.4', []),
  ob(t('Tăng cường tổ chức các hoạt động nghệthuật quần chúng'), 'II.4', []),
  # II.5 Tăng cường nguồn nhân lực … (two paragraphs, no bullets)
  ob(t('Đẩy mạnh công tác phát hiện, đào tạo, bồi dưỡng, bốtrí cán bộlãnh đạo'), 'II.5', []),
  ob(t('Đềxuất tỉnh có cơ chế, chính sách khuyến khích các nghệnhân'), 'II.5', []),
  # II.6 Tăng cường công tác thông tin, tuyên truyền …
  ob(t('Đẩy mạnh công tác tuyên truyền, lan tỏa sâu rộng hệgiá trịquốc gia'), 'II.6', []),
  ob(t('Khuyến khích, phát huy vai trò của đội ngũ văn nghệsĩ'), 'II.6', [], modality='encouragement'),
  ob(t('Tăng cường các hoạt động giao lưu, hợp tác trong lĩnh vực văn hoá'), 'II.6', []),
  # III Tổ chức thực hiện (per body; bullets inherit the heading)
  ob(t('Lãnh đạo, chỉ đạo quán triệt, cụ thể hoá xây dựng kế hoạch'), 'III.1', C4, product='kế hoạch'),
  ob(t('Gắn việc thực hiện nhiệm vụ xây dựng và phát triển văn hoá, con người với'), 'III.1', C4),
  ob(t('Chỉ đạo HĐND xã tăng cường giám sát việc thực hiện'), 'III.2', [DUCQ]),
  ob(t('Chỉ đạo Uỷban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị'), 'III.2', [DUCQ],
     due=cont('thực hiện thường xuyên')),
  ob(t('Chỉ đạo UBND xã cụ thể hoá, xây dựng kế hoạch triển khai'), 'III.3', [DUUB], product='kế hoạch'),
  ob(t('Trình Hội đồng nhân dân xã xem xét, bốtrí ngân sách'), 'III.3', [DUUB], report_to='Hội đồng nhân dân xã'),
  ob(t('Căn cứchỉ đạo của ngành cấp trên và Kế hoạch này'), 'III.4', ['Chi bộ Công an, Quân sự xã']),
  ob(t('Chủtrì, phối hợp với các cơ quan, đơn vịcó liên quan triển khai'), 'III.5', [BXD],
     lead=[BXD], support=['các cơ quan, đơn vị có liên quan']),
  ob(t('Theo dõi, hướng dẫn, đôn đốc, việc tổ chức thực hiện Kế hoạch này'), 'III.5', [BXD]),
  ob(t('định kỳtiến hành sơ kết, tổng kết và báo cáo kết quảthực hiện'), 'III.5', [BXD],
     due=rec('định kỳ', None), product='báo cáo', report_to='Ban Thường vụ Đảng uỷ, Ban Tuyên giáo và Dân vận Tỉnh uỷ'),
]
docs[N] = dict(source=REPO + 'KẾ HOẠCH_6-KH_ĐU_2025.md (read_file id 70258194523; ' + SRC + ' — 19,791 code points, read in two pages (offsets 0 and 16000) and joined, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-KH/ĐU', type='Kế hoạch', type_code='KH',
    place='Công Hải', date=None,
    subject=('thực hiện Kết luận số 156-KL/TW ngày 21/5/2025 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 33-NQ/TW '
             'của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng và phát triển văn hoá, con người Việt Nam đáp ứng yêu cầu '
             'phát triển bền vững đất nước'),
    urgency='', recipients=[],
    citations=[cit('Kết luận', '156-KL/TW', '2025-05-21', 'Bộ Chính trị', 'implements'),
               cit('Nghị quyết', '33-NQ/TW', None, 'Ban Chấp hành Trung ương Đảng khóa XI', 'mentions'),
               cit('Kết luận', '76-KL/TW', None, 'Bộ Chính trị khóa XII', 'implements'),
               cit('Kế hoạch', '03-KH/TU', '2025-07-18', 'Ban Thường vụ Tỉnh uỷ Khánh Hoà', 'implements')],
    page_mentions=[pm('Kế hoạch', '6-KH/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank"),
                   pm('Kết luận', '156-KL/TW', "in the repository's front matter `trich_yeu`, its `#` title and its summary line"),
                   pm('Nghị quyết', '33-NQ/TW', "in the repository's front matter `trich_yeu`, its `#` title and its summary line")],
    truncated=False, signature=SIG,
    distribution=['Thường trực Tỉnh uỷ (b/c)', 'Đ/c Lương Đức Hải - UVTV Trưởng Ban Nội chính Tỉnh uỷ (phụ trách địa bàn)',
                  'Ban Tuyên giáo và Dân vận Tỉnh uỷ (b/c)', 'Thường trực Đảng uỷ', 'HĐND - UBND xã', 'Uỷ ban MTTQ, đoàn thể xã',
                  'Các phòng, ban, ngành, đơn vị', 'Các Tổ chức Đảng', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_6.txt', encoding='utf-8').read().strip()

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": True}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
