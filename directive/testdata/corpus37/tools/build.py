# Writes the NAME.json files and figures.json of corpus37 (adapted from corpus35's build.py).
# tct-4454 and tct-4489 are the repository files as stored; vpcp-330 is a pandoc rendering made here (tools/build_txt.py).
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob

def date(text, d): return {"text": text, "kind": "date", "date": d}
def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c
def pm(type_, symbol, note, as_printed=None):
    m = {"type": type_, "symbol": symbol}
    if as_printed: m["as_printed"] = as_printed
    m.update({"date": None, "issuer": "", "note": note})
    return m

REPO = 'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/08_Tax_Administration/2022/'
docs = {}; notes = {}

# ---------------------------------------------------------------- 4454/TCT-TTKT (Tổng cục Thuế, 29/11/2022; stored OCR Markdown)
N = 'tct-4454-tct-ttkt-2022'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
CT = 'Cục Thuế các tỉnh thành phố trực thuộc Trung ương'
o = [
  ob(t('Téng cục Thuế dé nghị Cục Thuế các tỉnh thành phố'), '1', [CT]),
  ob(t('Để nghị Cục Thuế chú trọng nghiên cứu'), '1', ['Cục Thuế'], product='kế hoạch'),
  ob(t('Báo cáo kết quả cần thể hiện chỉ tiết'), '1', [CT], product='báo cáo'),
  ob(t('Để nghị Cục Thuế các tỉnh thành phế'), '2', ['Cục Thuế các tỉnh thành phế trực thuộc Trung ương']),
  ob(t('Tổ chức, phân công cụ thể phòng, ban'), '2', ['Cục Thuế'], product='danh sách'),
  ob(t('Hiện nay, trên địa bàn thành phố Hà Nội'), '2', ['Cục Thuế các tỉnh thành phó trực thuộc Trung ương'],
     support=['cơ quan cảnh sát điều tra']),
  ob(t('Đẩy mạnh tuyên truyền cho các cá nhân'), '2', ['Cục Thuế']),
  ob(t('Chủ động xây dựng kế hoạch, báo cáo UBND'), '2', ['Cục Thuế'], product='kế hoạch',
     report_to='UBND các tỉnh, thành phố trực thuộc trung ương'),
  ob(t('Thực hiện phối hợp với các ngân hàng thương mại'), '2', ['Cục Thuế'],
     support=['các ngân hàng thương mại', 'các công ty tài chính', 'các công ty cung cấp dịch vụ trung gian thanh toán']),
  ob(t('Thực hiện tổng hợp, rà soát, đối chiếu'), '2', ['Cục Thuế']),
  ob(t('Trên cơ sở đánh giá theo các tiêu chí'), '2', ['Cục Thuế'], product='kế hoạch'),
  ob(t('Để phục vụ kịp thời công tác tổng kết'), '¶22', ['Cục Thuế'], product='báo cáo',
     report_to='Cục Thanh tra — Kiểm tra Thuế', due=date('trước ngày 05/12/2022', '2022-12-05')),
]
docs[N] = dict(source=REPO + 'CV_Undated_CV_4451291122TCTTiep_tuc.md (read_file id 28126418687; the repository\'s Markdown file: YAML front matter, then the OCR text of the signed PDF with `--- PAGE BREAK ---` lines — 9,649 code points, whole, copied unchanged)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TỎNG CỤC THUÊ',
    number='4454', symbol='4454/TCT-TTKT', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='Chân chỉnh công tác báo cáo kêt quả TTKT thuế và tiếp tục tăng cường công tác quản lý thuế đối với lĩnh vực TMDT',
    urgency='', recipients=['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'],
    citations=[cit('Công văn', '997/TCT-TTKT', '2022-04-04', 'Tổng cục Thuế', 'mentions')],
    page_mentions=[pm('Công văn', '4451', "the repository's front matter title `CV Undated CV 4451291122TCTTiep tuc` (number 4451 and 29/11/22 run together; `Undated` is the repository's) — the printed number reads 4454", as_printed='4451291122TCT')],
    truncated=False,
    signature={"authority": ["TL. TONG CỤC ' TRUONG"], "title": "", "name": ""},
    distribution=['Như trên', 'Phó TCTr Vũ Chí Hùng (để báo cáo)', 'Lưu: VT, TTKT£'],
    obligations=o)
notes[N] = open('tools/notes_4454.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 4489/TCT-TTKT (Tổng cục Thuế, Dec 2022; stored OCR Markdown)
N = 'tct-4489-tct-ttkt-2022'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
CT2 = 'Cục Thuế các tỉnh, thành phố trực thuộc Trung tương'
o = [
  ob(t('Khẩn trương thực hiện chỉ đạo của Tổng cục Thuế'), '¶2', [CT2]),
  ob(t('Tăng cường thực hiện công tác tuyên truyền'), '¶3', [CT2]),
  ob(t('Tiếp tục thực hiện phối hợp với các cơ quan liên quan'), '¶4', [CT2],
     support=['Công an', 'Quan lý thị trường', 'Ngân hàng nhà nước', 'Ngân hàng thương mai']),
  ob(t('Thực hiện khen thưởng theo quy định'), '¶5', [CT2]),
  ob(t('ot Két qua trién khai thực hiện báo cáo'), '¶6', [CT2], product='báo cáo', report_to='Tổng cục Thuế',
     via='Cục Thanh tra — Kiém tra thuê'),
]
docs[N] = dict(source=REPO + 'CV_Undated_CV_4489_TCT_TTKT_2022_Tang_cuong.md (read_file id 27776787404; the repository\'s Markdown file: YAML front matter, then the OCR text of the signed PDF with a `--- PAGE BREAK ---` line — 3,195 code points, whole, copied unchanged)',
    kind='state', parent_issuer='BỘ TÀI CHÍNH', issuer='TỔNG CỤC THUẾ', issuer_as_printed='TONG CỤC THUE',
    number='4489', symbol='4489/TCT-TTKT', type='Công văn', type_code='', place='Hà Nội', date=None,
    subject='tăng cường công tác quản lý thuế đổi với hộ, cá nhân kinh đoanh trên sản TMĐT',
    urgency='', recipients=['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương'],
    citations=[cit('Công văn', '1923/TCT-TTKT', '2022-06-06', 'Tổng cục Thuế', 'mentions'),
               cit('Công văn', '2925/TCT-TTKT', '2022-08-10', 'Tổng cục Thuế', 'mentions')],
    page_mentions=[pm('Công văn', '4489/TCT-TTKT', "the repository's front matter title `CV Undated CV 4489 TCT TTKT 2022 Tang cuong`", as_printed='4489 TCT TTKT')],
    truncated=False,
    signature={"authority": ["TL. TONG CUC TRUONG"], "title": "", "name": ""},
    distribution=['Nhu tren', 'Phó Terr Va Chi Hùng (để bíc)', 'Luu: VT, TTKT (3b)z'],
    obligations=o)
notes[N] = open('tools/notes_4489.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- 330/TB-VPCP (Văn phòng Chính phủ, 18/10/2022; pandoc Markdown from a pandoc-written .docx)
N = 'vpcp-330-tb-vpcp-2022'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
BCA = 'Bộ Công an'; TTTT = 'Bộ Thông tin và Truyền thông'
o = [
  ob(t('Tăng cường thực hiện số hóa'), '1.a', ['các bộ, ngành']),
  ob(t('Tiếp tục rà soát, hoàn thiện các quy định'), '1.b', ['các bộ, ngành'], support=[BCA]),
  ob(t('Bộ Công Thương tiếp tục phối hợp'), '1.c', ['Bộ Công Thương'], support=['Bộ Tài chính', 'các bộ, ngành, liên quan']),
  ob(t('Chủ trì, phối hợp với các bộ, ngành đây nhanh'), '1.đ', [BCA], lead=[BCA], support=['các bộ, ngành']),
  ob(t('Phối hợp với Văn phòng Chính phủ đôn đốc'), '1.đ', [BCA], lead=['Văn phòng Chính phủ'], support=[BCA]),
  ob(t('Tiếp tục nâng cấp nền tảng tích hợp'), '1.đ', [TTTT]),
  ob(t('Thúc đây các bộ, ngành triển khai số hóa'), '1.đ', [TTTT]),
  ob(t('Chủ trì, phối hợp với các bộ, ngành, địa phương'), '1.đ', [TTTT], lead=[TTTT], support=['các bộ, ngành, địa phương']),
  ob(t('Ngân hàng Nhà nước Việt Nam tiếp tục'), '1.e', ['Ngân hàng Nhà nước Việt Nam'],
     support=['Bộ Tài chính', 'các bộ, ngành có liên quan']),
  ob(t('Giao Bộ Tài chính chủ trì'), '1.f', ['Bộ Tài chính'], lead=['Bộ Tài chính'], support=['các bộ, cơ quan liên quan'],
     due=pend('trong tháng 10 năm 2022', '2022-10-31'), product='chỉ thị', report_to='Thủ tướng Chính phủ'),
  ob(t('Giao Bộ Tư pháp khan trương'), '1.h', ['Bộ Tư pháp']),
  ob(t('Phân công Phó Thủ tướng Lê Minh Khái'), '1.i', ['Phó Thủ tướng Lê Minh Khái'],
     due=pend('trong tháng 10 năm 2022', '2022-10-31'), product='nghị định', report_to='Chính phủ'),
]
docs[N] = dict(source=REPO + 'Doc_Undated_TB_330_VPCP_181022_Ket_luan.md (read_file id 27338882235; the repository\'s Markdown file — YAML front matter, OCR text of the PDF, `--- PAGE BREAK ---` lines — 6,710 code points, copied unchanged into src/vpcp-330-tb-vpcp-2022.md; the .txt is a pandoc rendering of it: pandoc -f markdown -t docx, then pandoc -f docx -t markdown)',
    kind='state', parent_issuer='', issuer='VĂN PHÒNG CHÍNH PHỦ', issuer_as_printed='VAN PHONG CHÍNH PHU',
    number='330', symbol='330/TB-VPCP', type='Thông báo', type_code='TB', place='Hà Nội', date='2022-10-18',
    subject='Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp về kết nối dữ liệu của các bộ, ngành phục vụ phát triển thương mại điện tử ngày 03 tháng 10 năm 2022',
    urgency='', recipients=[],
    citations=[cit('Nghị quyết', '121/NQ-CP', '2022-09-11', 'Chính phủ', 'mentions'),
               cit('Luật', name='Luật quản lý thuế', relation='mentions'),
               cit('Nghị định', '126/2020/NĐ-CP', '2020-10-19', 'Chính phủ', 'mentions'),
               cit('Công văn', '6499/VPCP-KTTH', None, '', 'mentions')],
    page_mentions=[],
    truncated=False,
    signature={"authority": [], "title": "BỘ TRƯỞNG, CHỦ NHIỆM", "name": "Trần Văn Sơn"},
    distribution=['TTgCP, các PTTgCP (đê b/c)',
                  'Các Bộ, cơ quan: Công an, Tài chính, Kế hoạch va Đầu tư, Công Thương, Thông tin và Truyền thông, Tư pháp, Ngân hàng Nhà nước Việt Nam',
                  'VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP, PTTgCP, các Vụ: KTTH, TH',
                  'Lưu: VT, KSTT()'],
    obligations=o)
notes[N] = open('tools/notes_330.txt', encoding='utf-8').read().strip()

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'issuer_as_printed', 'number', 'symbol', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations', 'notes']
for n, d in docs.items():
    d['notes'] = notes[n]
    out = {k: d[k] for k in KEYS if k in d}
    with open(n + '.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
with open('figures.json', 'w') as f: f.write('{"documents": %d, "held_out": true}\n' % len(docs))
