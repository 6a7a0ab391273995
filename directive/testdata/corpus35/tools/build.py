# Writes the NAME.json files and figures.json of corpus35 from the labels below (adapted from corpus32's build.py).
# The three .txt files are the repository files as stored (read_file text, copied by hand, lengths checked = total_chars).
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
def rel(text, amount, unit, frm): return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}
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
BTV = 'Ban Thường vụ Đảng uỷ'; VP = 'Văn phòng Đảng uỷ'; XDD = 'Ban Xây dựng Đảng'
docs = {}; notes = {}

# ---------------------------------------------------------------- 18-KH/ĐU: Kế hoạch lãnh đạo bầu cử (stored Markdown wrapper + PDF text layer)
N = 'conghai-18-kh-du-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
DUUB = 'Đảng uỷ Uỷ ban nhân dân xã'
o = [
  ob(t('Tổ chức Hội nghịcấp xã đểquán triệt'), 'II.2', [], due=pend('trong tháng 10/2025', '2025-10-31')),
  ob(t('Kết hợp chặt chẽviệc triển khai Chỉ thị46-CT/TW'), 'II.3', []),
  ob(t('Lãnh đạo, chỉ đạo bầu đủsốlượng đại biểu'), 'II.4', []),
  ob(t('Lãnh đạo tốt công tác nhân sự, bảo đảm phát huy'), 'II.5', []),
  ob(t('Không đưa vào danh sách ứng cửngười có biểu hiện'), 'II.5', [], modality='prohibition'),
  ob(t('Việc lựa chọn, giới thiệu người ứng cửđại biểu Quốc hội, đại biểu Hội'), 'II.6', ['Các cấp uỷ đảng']),
  ob(t('Các cơ quan, đơn vịcăn cứchức năng, nhiệm vụ, quyền hạn'), 'II.7', ['Các cơ quan, đơn vị']),
  ob(t('Chú trọng công tác tuyên truyền, phổ biến sâu rộng'), 'II.8', []),
  ob(t('Chỉ đạo chặt chẽviệc xây dựng các phương án'), 'II.9', []),
  ob(t('Phối hợp với Hội đồng nhân dân xã, Uỷ ban Mặt trận'), 'III.1', [DUUB],
     support=['Hội đồng nhân dân xã', 'Uỷ ban Mặt trận Tổ quốc Việt Nam xã']),
  ob(t('báo cáo tiến độthực hiện cho Ban Thường vụĐảng'), 'III.1', [DUUB], product='báo cáo', report_to=BTV, via=XDD),
  ob(t('Lãnh đạo, chỉ đạo Uỷ ban nhân dân xã xây dựng văn bản'), 'III.1', [DUUB], product='văn bản'),
  ob(t('Chỉ đạo Công an xã, Ban Chỉhuy Quân sựxã'), 'III.1', [DUUB], product='kế hoạch'),
  ob(t('Hội đồng nhân dân xã chủtrì, phối hợp với Uỷ ban'), 'III.2', ['Hội đồng nhân dân xã'],
     lead=['Hội đồng nhân dân xã'], support=['Uỷ ban nhân dân xã']),
  ob(t('Uỷ ban Mặt trận Tổ quốc Việt Nam xã chủtrì tổ chức'), 'III.3', ['Uỷ ban Mặt trận Tổ quốc Việt Nam xã'],
     lead=['Uỷ ban Mặt trận Tổ quốc Việt Nam xã']),
  ob(t('Các chi, đảng bộtrực thuộc Đảng uỷ xã có trách nhiệm'), 'III.4', ['Các chi, đảng bộ trực thuộc Đảng uỷ xã']),
  ob(t('Chỉ đạo, hướng dẫn, kiểm tra công tác tuyên truyền vềcuộc'), 'III.5', [XDD]),
  ob(t('Tham mưu tổ chức hội nghịquán triệt Chỉ thị46-CT/TW'), 'III.5', [XDD]),
  ob('Tham mưu, hướng dẫn công tác nhân sự đại biểu Hội đồng nhân dân', 'III.5', [XDD]),
  ob(ts(T, 'Phối hợp với Ban Xây dựng Đảng và các cơ quan liên quan chuẩn', 14), 'III.6', [VP],
     support=[XDD, 'các cơ quan liên quan']),
  ob(ts(T, 'Phối hợp với Ban Xây dựng Đảng và các cơ quan liên quan thường', 14), 'III.6', [VP],
     support=[XDD, 'các cơ quan liên quan'], report_to='Thường trực Đảng uỷ'),
]
docs[N] = dict(source=REPO + 'KẾ HOẠCH_18-KH_ĐU_2025.md (read_file id 70634148755; the repository\'s Markdown file — YAML front matter, a title, a summary and the signed PDF\'s text layer in a ```text fence — 11,632 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-KH/ĐU', type='Kế hoạch', type_code='KH',
    place='Công Hải', date=None,
    subject='lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031',
    urgency='', recipients=[],
    citations=[cit('Chỉ thị', '46-CT/TW', '2025-05-16', 'Bộ Chính trị', 'implements'),
               cit('Kế hoạch', '01-KH/TU', '2025-09-26', 'Ban Thường vụ Tỉnh uỷ', 'implements'),
               cit('Luật', name='Luật bầu cử', relation='mentions')],
    page_mentions=[pm('Kế hoạch', '18-KH/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank"),
                   pm('Chỉ thị', '46-CT/TW', "repeated in the repository's summary line (`Thực hiện Chỉ thịsố46-CT/TW …`)")],
    truncated=False, signature=SIG,
    distribution=['Ban Thường vụ Tỉnh uỷ (báo cáo)', 'Ban Tổ chức Tỉnh uỷ (báo cáo)', 'Các đồng chí Đảng uỷ viên',
                  'Các cơ quan tham mưu, giúp việc Đảng uỷ', 'Các chi, đảng bộ trực thuộc Đảng uỷ', 'Lưu Văn phòng Đảng uỷ'],
    obligations=o)
notes[N] = open('tools/notes_18.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 10-KH/ĐU: Kế hoạch tổng kết PCTNLPTC (with Đề cương and statistics annex)
N = 'conghai-10-kh-du-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
o = [
  ob(t('Việc đánh giá tình hình, kết quảthực hiện công tác PCTNLPTC nhiệm kỳ'), 'II.2', ['cấp uỷ, tổ chức đảng', 'các cơ quan, đơn vị'],
     lead=['cấp uỷ, tổ chức đảng', 'các cơ quan, đơn vị']),
  ob(t('Các tổ chức cơ sởĐảng, Đảng uỷ UBND, Đảng uỷcác cơ quan'), 'II.2', ['Các tổ chức cơ sở Đảng', 'Đảng uỷ UBND', 'Đảng uỷ các cơ quan Đảng']),
  ob(t('Các tổ chức Đảng thực hiện đánh giá tình hình'), 'III.1', ['Các tổ chức Đảng'], due=date('trước ngày 20/9/2025', '2025-09-20'),
     product='báo cáo', report_to=BTV, via=VP),
  ob(t('Các đồng chí Uỷ viên Ban Thường vụĐảng uỷ phụtrách'), 'III.2', ['Uỷ viên Ban Thường vụ Đảng uỷ phụ trách địa bàn, tổ chức đảng']),
  ob(t('Văn phòng Đảng uỷchủtrì, phối hợp với các cơ quan'), 'III.3', [VP], lead=[VP], support=['các cơ quan có liên'],
     due=date('trước ngày 25/9/2025', '2025-09-25'), product='báo cáo', report_to=BTV),
  ob(t('(Các tổ chức Đảng, cơ quan, đơn vị căn cứ chức năng'), 'Đề cương', ['Các tổ chức Đảng', 'cơ quan, đơn vị'], product='báo cáo'),
]
docs[N] = dict(source=REPO + 'KẾ HOẠCH_10-KH_ĐU_2025.md (read_file id 70715607254; the repository\'s Markdown file — YAML front matter, a title, a summary and the signed PDF\'s text layer in a ```text fence, the annexed Đề cương and statistics table included — 18,505 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-KH/ĐU', type='Kế hoạch', type_code='KH',
    place='Công Hải', date=None,
    subject='Tổng kết công tác phòng, chống tham nhũng, lãnh phí, tiêu cực nhiệm kỳ Đại hội XIII của Đảng',
    urgency='', recipients=[],
    citations=[cit('Kế hoạch', '17-KH/TU', '2025-08-27', 'Ban Thường vụ Tỉnh uỷ', 'implements'),
               cit('Hướng dẫn', '22-HD/VPTW', '2017-03-02', 'Văn phòng Trung ương', 'mentions'),
               cit('Luật', name='Luật Phòng, chống tham nhũng', date=None, relation='mentions'),
               cit('Hướng dẫn', '25-HD/BCĐTW', '2022-08-01', 'BCĐTW', 'mentions', as_printed='25-HD/BCDTW'),
               cit('Hướng dẫn', '63-HD/BCĐTW', '2025-04-28', 'BCĐTW', 'mentions'),
               cit('Quy định', '69-QĐ/TW', '2022-07-06', 'Bộ Chính trị', 'mentions'),
               cit('Quy định', '264-QĐ/TW', '2025-02-14', 'Bộ Chính trị', 'mentions')],
    page_mentions=[pm('Kế hoạch', '10-KH/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank"),
                   pm('Kế hoạch', '17-KH/TU', "repeated in the repository's summary line")],
    truncated=False, signature=SIG,
    distribution=['HĐND, UBND xã', 'Các ban, ngành Mặt trận, đoàn thể xã', 'Các đ/c Đảng uỷ viên', 'Các tổ chức Đảng', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_10.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 30-CV/ĐU: Công văn on the reporting regime (with Đề cương and two Phụ lục)
N = 'conghai-30-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
CQ = 'các cơ quan, đơn vị'
o = [
  ob(ts(T, 'Báo cáo tháng: Gửi trước ngày 22', 11), '2.2', [CQ], due=rec('trước ngày 22 của tháng báo cáo', 'monthly', 22), product='báo cáo'),
  ob(ts(T, 'Báo cáo quý I: Gửi trước ngày 22 tháng 3.', 10), '2.2', [CQ], due=rec('trước ngày 22 tháng 3', 'yearly', 22, 3), product='báo cáo'),
  ob(ts(T, 'Báo cáo 6 tháng: Gửi trước ngày 22 tháng 6.', 10), '2.2', [CQ], due=rec('trước ngày 22 tháng 6', 'yearly', 22, 6), product='báo cáo'),
  ob(ts(T, 'Báo cáo 9 tháng: Gửi trước ngày 22 tháng 9.', 10), '2.2', [CQ], due=rec('trước ngày 22 tháng 9', 'yearly', 22, 9), product='báo cáo'),
  ob(ts(T, 'Báo cáo năm: Gửi trước ngày 22 tháng 12.', 9), '2.2', [CQ], due=rec('trước ngày 22 tháng 12', 'yearly', 22, 12), product='báo cáo'),
  ob(t('Báo cáo chuyên đề: Gửi ngay sau khi kết thúc'), '2.2', [CQ],
     due=rel('ngay sau khi kết thúc các công việc đã thực hiện', 0, 'day', 'kết thúc các công việc đã thực hiện'), product='báo cáo'),
  ob(ts(T, 'Báo cáo đột xuất: Gửi ngay bằng cách thức nhanh nhất.', 11), '2.2', [CQ], product='báo cáo'),
  ob(t('Báo cáo vụviệc, vụán: Gửi khi có vụviệc'), '2.2', [CQ], product='báo cáo'),
  ob(t('Giao UBND xã định kỳtổng hợp báo cáo'), '3', ['UBND xã'], due=rec('định kỳ', None), product='báo cáo',
     report_to='Thường trực Đảng uỷ xã', via='Văn phòng Đảng uỷ xã'),
  ob(t('Giao Chi bộCông an, Quân sựxã căn cứ'), '3', ['Chi bộ Công an, Quân sự xã'], due=rec('định kỳ', None), product='báo cáo',
     report_to='Thường trực Đảng uỷ'),
  ob(t('Giao Văn phòng Đảng uỷtổng hợp, tham mưu Ban Thường vụ'), '3', [VP], due=rec('trước ngày 24 hàng tháng', 'monthly', 24),
     product='báo cáo', report_to='Thường trực Đảng uỷ'),
  ob(ts(T, 'Đề nghị các cơ quan, đơn vị triển khai thực hiện.', 11), '3', [CQ]),
]
docs[N] = dict(source=REPO + 'CÔNG VĂN_30-CV_ĐU_2025.md (read_file id 70685670734; the repository\'s Markdown file — YAML front matter, a title, a summary and the signed PDF\'s text layer in a ```text fence, the annexed Đề cương số 02, Phụ lục số 02 and Phụ lục 01 included — 27,929 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject='Thực hiện chế độ thông tin, báo cáo công tác Nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực và cải cách tư pháp',
    urgency='', recipients=['UBND xã', 'Chi bộ Công an, Quân sự xã'],
    citations=[cit('Công văn', '84-CV/BNCTU', '2025-07-16', 'Ban Nội chính Tỉnh uỷ', 'implements'),
               cit('Hướng dẫn', '63-HD/BCĐTW', '2025-04-28', 'Ban Chỉ đạo Trung ương', 'mentions'),
               cit('Hướng dẫn', '25-HD/BCĐTW', '2022-08-01', 'Ban Chỉ đạo Trung ương', 'mentions')],
    page_mentions=[pm('Công văn', '30-CV/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank"),
                   pm('Công văn', '84-CV/BNCTU', "repeated in the repository's summary line")],
    truncated=False, signature=SIG,
    distribution=['Như trên', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_30.txt', encoding='utf-8').read().strip()

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": True}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
