# Writes the NAME.json files and figures.json of corpus36 from the labels below (adapted from corpus35's build.py).
# The .txt files are the repository files as stored (read_file text, copied by hand, lengths checked = total_chars).
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
DUCQ = 'Đảng uỷ Các cơ quan Đảng xã'; DUUB = 'Đảng uỷ UBND xã'
VIA3 = 'Ban Xây dựng Đảng, Đảng uỷ Các cơ quan Đảng xã, Đảng uỷ UBND xã'
LQ = 'các cơ quan, đơn vị có liên quan'
docs = {}; notes = {}

# ---------------------------------------------------------------- 2-HD/ĐU: Hướng dẫn kiểm điểm, đánh giá, xếp loại (yearly and quarterly)
N = 'conghai-2-hd-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
Y = lambda text, d, m: rec(text, 'yearly', d, m)
Q = lambda text, d: rec(text, 'quarterly', d)
o = [
  ob(t('Người đứng đầu cấp uỷ, tổ chức đảng, lãnh đạo cơ quan'), 'I.3.1.a', ['cấp uỷ, tổ chức đảng', 'cơ quan, đơn vị'], product='báo cáo'),
  ob(t('Dựthảo báo cáo kiểm điểm, tự đánh giá, xếp loại gửi trước'), 'I.3.1.a', ['cấp uỷ, tổ chức đảng', 'cơ quan, đơn vị'],
     due=rel('ít nhất 03 ngày làm việc', 3, 'working_day', 'hội nghị kiểm điểm (before)'), product='báo cáo',
     report_to='các thành viên tham gia hội nghị kiểm điểm'),
  ob(t('Cá nhân chuẩn bịbản kiểm điểm'), 'I.3.1.b', ['Cá nhân'], product='bản kiểm điểm'),
  ob(t('Ban Xây dựng Đảng có trách nhiệm chủtrì'), 'I.3.1.c', [XDD], lead=[XDD], support=['Uỷ ban Kiểm tra Đảng uỷ', 'các cơ quan liên quan']),
  ob(t('1 Các tập thể, cá nhân ngoài gửi hồsơ'), 'II.3.2.1', ['Các tập thể, cá nhân'], product='hồ sơ', report_to=XDD),
  ob(t('Riêng Ban thường vụcác hội quần chúng'), 'II.1.1', ['Ban Thường vụ Đảng uỷ Các cơ quan Đảng xã']),
  ob(t('Căn cứvào kết quảtựđánh giá đối với tập thể'), 'II.3.1', ['chi uỷ', 'chi bộ trực thuộc', 'Đảng uỷ cơ sở trực thuộc Đảng uỷ xã'],
     due=Y('trước ngày 10/12 hằng năm', 10, 12), product='báo cáo', report_to=BTV, via=XDD),
  ob(t('Ban Xây dựng Đảng tổng hợp, lấy ý kiến các cơ quan'), 'II.3.1', [XDD], product='báo cáo', report_to=BTV),
  ob(t('Sau khi hoàn thành nội dung kiểm điểm, căn cứ'), 'II.3.2.1', ['các tập thể, cơ quan, đơn vị, địa phương'],
     due=Y('trước ngày 10/12 hằng năm', 10, 12), product='hồ sơ', report_to=BTV, via=VIA3),
  ob(t('Thẩm định, có ý kiến vềnhận xét', 0, 15), 'II.3.2.2.a', [DUCQ]),
  ob(t('Gửi hồsơ và tổng hợp nhận xét', 0, 15), 'II.3.2.2.a', [DUCQ], due=Y('trước ngày 10/12 hằng năm', 10, 12), product='hồ sơ', report_to=XDD),
  ob(t('Thẩm định, có ý kiến vềnhận xét', 1, 15), 'II.3.2.2.b', [DUUB]),
  ob(t('Gửi hồsơ và tổng hợp nhận xét', 1, 15), 'II.3.2.2.b', [DUUB], due=Y('trước ngày 10/12 hằng năm', 10, 12), product='hồ sơ', report_to=XDD),
  ob(t('Trên cơ sởtổng hợp ý kiến nhận xét'), 'II.3.2.2.c', [XDD], due=Y('trước ngày 12/12', 12, 12)),
  ob(t('Văn phòng Đảng uỷ chủtrì, phối hợp', 0, 15), 'II.4.1', [VP], lead=[VP], support=[LQ],
     due=Y('trước ngày 15/12 hằng năm', 15, 12), product='báo cáo'),
  ob(t('Ban Xây dựng Đảng chủtrì, phối hợp'), 'II.4.1', [XDD], lead=[XDD], support=[LQ],
     due=Y('trước ngày 15/12 hằng năm', 15, 12), report_to='Đảng uỷ'),
  ob(t('Văn phòng Đảng uỷ chủtrì, phối hợp', 1, 15), 'II.4.1', [VP], lead=[VP], support=[LQ],
     due=Y('trước ngày 15/12 hằng năm', 15, 12), product='hồ sơ', report_to='Ban Tổ chức Tỉnh uỷ'),
  ob(t('Ban Xây dựng Đảng tổng hợp kết quảnhận xét'), 'II.4.2', [XDD], due=Y('trước ngày 15/12', 15, 12), product='báo cáo', report_to=BTV),
  ob(t('Sau khi Ban Thường vụĐảng uỷ thông qua'), 'II.4.2', [XDD], product='quyết định'),
  ob(t('Ban Thường vụĐảng uỷ quyền Ban Xây dựng Đảng'), 'II.4.2', [XDD]),
  ob(t('Căn cứchỉtiêu, nhiệm vụ được cấp có thẩm quyền'), 'III.4.1', ['cá nhân'], product='bản tự đánh giá'),
  ob(t('Tập thểlãnh đạo cấp uỷ, cơ quan, đơn vịthảo luận'), 'III.4.2.1', ['Tập thể lãnh đạo cấp uỷ, cơ quan, đơn vị']),
  ob(t('Văn phòng Đảng uỷ tổng hợp bản tựđánh giá'), 'III.4.2.1', [VP]),
  ob(t('Sau khi hoàn thành thảo luận, xem xét'), 'III.4.2.2', ['các tổ chức, cơ quan, đơn vị'],
     due=Q('trước ngày 05 của tháng cuối mỗi quý', 5), report_to=BTV, via=VIA3),
  ob(t('Thẩm định, có ý kiến vềđánh giá, mức xếp loại'), 'III.4.3.a', [DUCQ]),
  ob(t('Gửi tổng hợp đánh giá, xếp loại cá nhân', 0, 15), 'III.4.3.a', [DUCQ], due=Q('trước ngày 05 của tháng cuối mỗi quý', 5),
     product='tổng hợp', via=XDD),
  ob(t('Thẩm định, có ý kiến đánh giá, xếp loại đối với'), 'III.4.3.b', [DUUB]),
  ob(t('Gửi tổng hợp đánh giá, xếp loại cá nhân', 1, 15), 'III.4.3.b', [DUUB], due=Q('trước ngày 05 của tháng cuối mỗi quý', 5),
     product='tổng hợp', via=XDD),
  ob(t('Trên cơ sởtổng hợp ý kiến đánh giá, xếp loại cá nhân'), 'III.4.3.c', [XDD], due=Q('trước ngày 08 của tháng cuối mỗi quý', 8)),
  ob(t('Ban Xây dựng Đảng tổng hợp, báo cáo Ban Thường vụ'), 'III.4.4', [XDD], due=Q('trước ngày 10 của tháng cuối mỗi quý', 10),
     product='báo cáo', report_to=BTV),
  ob(t('Sau khi hoàn thành nội dung xếp loại theo quý'), 'III.4.4', [XDD], due=Q('trước ngày 10 của tháng cuối mỗi quý', 10),
     product='báo cáo', report_to='Tỉnh uỷ, Ban Thường vụ Tỉnh uỷ', via='Văn phòng Tỉnh uỷ'),
  ob(t('Riêng các đồng chí diện Ban Thường vụTỉnh uỷquản lý'), 'III.4.4', [VP], due=Q('trước ngày 15 của tháng cuối mỗi quý', 15),
     product='báo cáo', report_to='Tỉnh uỷ, Ban Thường vụ Tỉnh uỷ', via='Ban Tổ chức Tỉnh uỷ'),
  ob(t('Các cấp uỷ, tổ chức đảng, cơ quan, đơn vịcăn cứ'), 'III.5', ['Các cấp uỷ, tổ chức đảng', 'cơ quan, đơn vị']),
  ob(t('Định kỳ báo cáo kết quảđánh giá cán bộ'), 'III.5', ['Các cấp uỷ, tổ chức đảng', 'cơ quan, đơn vị'],
     due=Q('trước ngày 05 của tháng cuối mỗi quý', 5), product='báo cáo', report_to=BTV, via=XDD),
  ob(t('Trong quá trình tổ chức thực hiện, nếu có phát sinh'), 'III.5', ['các cơ quan, tổ chức, đơn vị'], report_to=BTV, via=XDD),
]
docs[N] = dict(source=REPO + 'HƯỚNG DẪN_2-HD_ĐU_2025.md (read_file id 70816976766; the repository\'s Markdown file — YAML front matter, a title, a summary and the signed PDF\'s text layer in a ```text fence, the annexed Phụ lục 01, Phụ lục 02, Mẫu 01 (Quý), Mẫu 02 (Quý), Mẫu biên bản and Mẫu kết luận included — 34,644 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-HD/ĐU', type='Hướng dẫn', type_code='HD',
    place='Công Hải', date=None,
    subject='một số nội dung về việc kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân diện Ban Thường vụ Đảng uỷ quản lý',
    urgency='', recipients=[],
    citations=[cit('Quy định', '366-QĐ/TW', '2025-08-30', 'Bộ Chính trị', 'implements'),
               cit('Kết luận', '198-KL/TW', '2025-10-08', 'Bộ Chính trị', 'implements'),
               cit('Hướng dẫn', '43-HD/BTCTW', '2025-10-31', 'Ban Tổ chức Trung ương', 'implements'),
               cit('Quy định', '143-QĐ/TU', '2025-11-27', 'Ban Thường vụ Tỉnh uỷ', 'implements'),
               cit('Quy định', '144-QĐ/TU', '2025-11-27', 'Ban Thường vụ Tỉnh uỷ', 'implements'),
               cit('Hướng dẫn', '01-HD/TU', '2025-11-27', 'Ban Thường vụ Tỉnh uỷ', 'implements'),
               cit('Quyết định', '26-QĐ/ĐU', '2025-12-03', BTV, 'implements'),
               cit('Kế hoạch', '33-KH/ĐU', '2025-12-03', BTV, 'implements'),
               cit('Kế hoạch', '-KH/ĐU', '2025-11-27', BTV, 'mentions')],
    page_mentions=[pm('Hướng dẫn', '2-HD/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank"),
                   pm('Quy định', '366-QĐ/TW', "repeated in the repository's summary line (`Thực hiện Quy định số 366-QĐ/TW, ngày 30/8/2025 …`)")],
    truncated=False, signature=SIG,
    distribution=['Ban Tổ chức Tỉnh uỷ (báo cáo)', 'Uỷ viên Ban Thường vụ Đảng uỷ', 'Các cơ quan tham mưu, giúp việc Đảng uỷ',
                  'Thường trực HĐND, UBND xã', 'MTTQ và các tổ chức CT-XH xã', 'Các tổ chức đảng trực thuộc Đảng uỷ',
                  'Các phòng, ban, ngành, đơn vị sự nghiệp cấp xã', 'Các Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ cấp xã',
                  'Lưu Văn phòng Đảng uỷ'],
    obligations=o)
notes[N] = open('tools/notes_2.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 12-KH/ĐU: Kế hoạch làm việc với các tổ chức cơ sở Đảng (with Đề cương)
N = 'conghai-12-kh-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Căn cứKế hoạch này, đềnghịcác tổ chức cơ sởĐảng'), 'III.1', ['các tổ chức cơ sở Đảng', 'cơ quan, đơn vị'],
     due=date('trước ngày 22/9/2025', '2025-09-22'), product='báo cáo', report_to='Thường trực Đảng uỷ', via=VP),
  ob(t('Đối với báo cáo, đềxuất của các chi bộthôn'), 'III.1',
     ['Uỷ viên Ban Thường vụ Đảng uỷ, Đảng uỷ viên được phân công phụ trách địa bàn các thôn'], product='báo cáo',
     report_to='Thường trực Đảng uỷ'),
  ob(t('Văn phòng Đảng uỷcăn cứKế hoạch này, tham mưu'), 'III.2', [VP], product='chương trình'),
  ob(t('Tổng hợp báo cáo, đềxuất, kiến nghịcủa các tổ chức'), 'III.2', [VP], report_to='các cơ quan, đơn vị liên quan'),
  ob(t('Căn cứKế hoạch của Thường trực Đảng uỷ, đềnghị'), 'III.2', ['các tổ chức cơ sở Đảng', 'cơ quan, đơn vị', 'các đồng chí có liên quan']),
  ob(t('Trong quá trình thực hiện nếu có thay đổi'), 'III.2', [VP]),
]
docs[N] = dict(source=REPO + 'KẾ HOẠCH_12-KH_ĐU_2025.md (read_file id 70419636192; the repository\'s Markdown file — YAML front matter, a title, a summary and the signed PDF\'s text layer in a ```text fence, the annexed Đề cương báo cáo included — 6,099 code points, whole, copied unchanged)',
    kind='party', parent_issuer=PARENT, issuer=ISSUER, number='', symbol='-KH/ĐU', type='Kế hoạch', type_code='KH',
    place='Công Hải', date=None,
    subject='tổ chức làm việc với các tổ chức cơ sở Đảng trực thuộc, các cơ quan tham mưu, giúp việc Đảng uỷ, Uỷ ban MTTQVN xã về tình hình, kết quả thực hiện nhiệm vụ năm 2025',
    urgency='', recipients=[],
    citations=[cit('Quy chế', '01-QC/ĐU', '2025-07-01', 'Ban Chấp hành Đảng bộ, Ban Thường vụ, Thường trực Đảng uỷ', 'implements'),
               cit('Nghị quyết', '01-NQ/ĐU', '2025-08-15', 'Ban Chấp hành Đảng bộ xã', 'implements')],
    page_mentions=[pm('Kế hoạch', '12-KH/ĐU', "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the printed number is blank")],
    truncated=False, signature=SIG,
    distribution=['Đ/c Lương Đức Hải – UVTV, Trưởng Ban Nội chính Tỉnh uỷ (phụ trách địa bàn xã)', 'Thường trực Đảng uỷ', 'UBND xã',
                  'Các cơ quan tham mưu, giúp việc ĐU', 'Uỷ ban MTTQVN xã', 'Các đ/c Đảng uỷ viên', 'Các tổ chức cơ sở Đảng', 'Lưu VPĐU'],
    obligations=o)
notes[N] = open('tools/notes_12.txt', encoding='utf-8').read().strip()

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": False}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
