# Writes the NAME.json files and figures.json of corpus32 from the labels below (adapted from corpus31's build.py).
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c
REPO = 'https://github.com/Trangsct/skill-sct/blob/'
docs = {}; notes = {}

# ---------------------------------------------------------------- UBND Lào Cai, unnumbered letter (rendering made here)
N = 'laocai-ks-ubnd-kt-2026'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
NN = 'Sở Nông nghiệp và Môi trường'; CT = 'Sở Công Thương'; XD = 'Sở Xây dựng'; TC = 'Sở Tài chính'
CA = 'Công an tỉnh'; QS = 'Bộ Chỉ huy Quân sự tỉnh'; XP = 'UBND các xã, phường'
o = [
  ob(t('Tiếp tục chủ động tham mưu công tác quản lý, bảo vệ'), '1', [NN], support=[CA, 'các Sở, ban, ngành', 'địa phương liên quan']),
  ob(t('Rà soát, tham mưu hoàn thiện và tổ chức thực hiện nghiêm'), '1', [NN]),
  ob(t('Chủ trì tham mưu tổ chức các đợt kiểm tra liên tỉnh'), '1', [NN], lead=[NN]),
  ob(t('Thường xuyên đôn đốc, hướng dẫn UBND các xã'), '1', [NN], due=cont('Thường xuyên')),
  ob(t('Chủ động có văn bản hướng dẫn, đôn đốc các tổ chức'), '1', [NN], product='văn bản'),
  ob(t('Chủ trì, phối hợp với các Sở, ban, ngành, địa phương tăng cường'), '2', [CT], lead=[CT], support=['các Sở, ban, ngành', 'địa phương']),
  ob(t('Tăng cường kiểm tra việc quản lý, sử dụng vật liệu nổ'), '2', [CT]),
  ob(t('Chủ trì, phối hợp với các Sở, ngành, địa phương tăng cường'), '3', [XD], lead=[XD], support=['các Sở, ngành', 'địa phương']),
  ob(t('Tăng cường kiểm tra việc sử dụng vật liệu xây dựng'), '3', [XD]),
  ob(t('Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Công an'), '3', [XD], lead=[XD], support=[NN, CA, 'UBND các địa phương']),
  ob(t('Tăng cường quản lý giá vật liệu xây dựng'), '3', [XD]),
  ob(t('Chủ trì tham mưu, đề xuất, báo cáo UBND tỉnh'), '4', [TC], lead=[TC], report_to='UBND tỉnh'),
  ob(t('Chủ trì tham mưu quản lý chặt chẽ hoạt động đầu tư'), '4', [TC], lead=[TC]),
  ob(t('Chủ động tham mưu cơ chế quản lý, sử dụng nguồn thu'), '4', [TC]),
  ob(t('Tập trung đấu tranh, triệt phá các đường dây'), '5', [CA]),
  ob(t('Chỉ đạo lực lượng Công an xã, phường tăng cường tuần tra'), '5', [CA]),
  ob(t('Tăng cường công tác quản lý hoạt động vận chuyển khoáng sản'), '5', [CA]),
  ob(t('Tiếp tục tuần tra, kiểm soát, phát hiện, xử lý nghiêm'), '5', [CA], due=pend('xong trong quý II/2026', '2026-06-30')),
  ob(t('Chủ trì, phối hợp với cơ quan liên quan tăng cường'), '6', [QS], lead=[QS], support=['cơ quan liên quan']),
  ob(t('Chỉ đạo các lực lượng biên phòng tăng cường tuần tra'), '6', [QS], support=['lực lượng chức năng', 'chính quyền cơ sở']),
  ob(t('Kiểm soát chặt chẽ hoạt động xuất nhập khẩu'), '6', [QS]),
  ob(t('Phối hợp tuyên truyền, vận động nhân dân khu vực biên giới'), '6', [QS]),
  ob(t('Chỉ đạo lực lượng biên phòng cơ sở duy trì chế độ trực'), '6', [QS]),
  ob(t('Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện'), '7', [XP]),
  ob(t('Đẩy mạnh công tác tuyên truyền, phổ biến pháp luật về khoáng sản'), '7', [XP]),
  ob(t('Tăng cường quản lý đất đai, lòng sông'), '7', [XP]),
  ob(t('Ban hành kế hoạch cụ thể về bảo vệ khoáng sản'), '7', [XP], product='kế hoạch'),
  ob(t('Tổ chức ký cam kết thực hiện bảo vệ khoáng sản'), '7', [XP]),
  ob(t('Thực hiện đúng, đầy đủ các nội dung cam kết'), '7', [XP]),
  ob(t('Các Sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ'), '8', ['Các Sở, ban, ngành thuộc tỉnh'], support=[XP]),
  ob(t('Các tổ chức, cá nhân được cấp giấy phép thăm dò'), '9', ['Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản']),
  ob(t('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai'), '10', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', 'các cơ quan liên quan']),
  ob(t('Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành'), '11', ['các Sở, ban, ngành của tỉnh', XP, 'các tổ chức, cá nhân có liên quan đến hoạt động khoáng sản']),
  ob(t('Trong quá trình thực hiện nếu có khó khăn, vướng mắc'), '11', ['các cơ quan, đơn vị, địa phương'], report_to='Ủy ban nhân dân tỉnh', via=NN),
]
docs[N] = dict(source=REPO + 'e3d29a7e19333e8271274f219ace1977e1d857be/qlks-sct-vn/skills/qlks-sct-vn/van-ban-goc/CV-UBND-bao-ve-khoang-san-chua-khai-thac.txt (read_file id 70505267666; the repository\'s docx text extraction, 10,878 code points, whole) — RENDERED here: LibreOffice-written .docx read back by pandoc (see notes)',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH LÀO CAI', number='', symbol='/UBND-KT', type='Công văn', type_code='',
    place='Lào Cai', date=None, subject='tăng cường công tác quản lý bảo vệ khoáng sản chưa khai thác trên địa bàn', urgency='',
    recipients=['Các sở, ban, ngành thuộc UBND tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Ủy ban nhân dân các xã, phường'],
    citations=[], truncated=False,
    signature={"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thành Sinh"},
    distribution=['Như trên', 'Thường trực Tỉnh ủy (để báo cáo)', 'Chủ tịch UBND tỉnh', 'Các PCT UBND tỉnh', 'CVP, các PCVP UBND tỉnh', 'Lưu: VT, KT(Thủy, Nho)'],
    obligations=o)
notes[N] = open('tools/notes_ks.txt', encoding='utf-8').read().strip()

# ---------------------------------------------------------------- QĐ 904/QĐ-UBND Lào Cai (stored pdftotext -layout)
N = 'laocai-904-qd-ubnd-2025'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
CT = 'Sở Công Thương'
o = [
  ob(t('Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định'), 'Điều 1', [CT], modality='permission'),
  ob(t('Việc thực hiện các công việc được ủy quyền phải tuân thủ'), 'Điều 3.1', [CT]),
  ob(t('không được ủy quyền lại cho các cơ quan, cá nhân khác'), 'Điều 3.1', [CT], modality='prohibition'),
  ob(t('Người được ủy quyền phải thực hiện đúng nội dung đã được'), 'Điều 3.2', [CT]),
  ob(t('được sử dụng con dấu của cơ quan, đơn vị mình'), 'Điều 3.2', [CT], modality='permission'),
  ob(t('Chuẩn bị các nguồn lực để bảo đảm thực hiện các nhiệm vụ'), 'Điều 3.3', [CT]),
  ob(t('Báo cáo kết quả thực hiện nhiệm vụ được ủy quyền cho'), 'Điều 3.4', [CT], product='báo cáo', report_to='Ủy ban nhân dân tỉnh'),
  ob(t('Giám đốc Sở Công Thương chịu trách nhiệm toàn diện trước pháp'), 'Điều 4', [CT]),
  ob(t('Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;'), 'Điều 5',
     ['Văn phòng Ủy ban nhân dân tỉnh', CT, 'các sở, ban, ngành cấp tỉnh', 'Ủy ban nhân dân các xã, phường', 'các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan']),
]
docs[N] = dict(source=REPO + '02d6d44921de08878c0cb941965822ea352c6f30/attp-sct-vn/skills/attp-sct-vn/van-ban-goc/2025.08.26 QD 904-QD-UBND uy quyen lap Doan tham dinh ATTP.txt (read_file id 61249925551; the repository\'s pdftotext -layout text layer, 4,523 code points, whole; two form feeds restored, see notes)',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH LÀO CAI', number='904', symbol='904/QĐ-UBND', symbol_as_printed='904 /QĐ-UBND',
    type='Quyết định', type_code='QĐ', place='Lào Cai', date='2025-08-26',
    subject='ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', urgency='',
    recipients=[],
    citations=[cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2025-06-16', relation='legal_basis'),
               cit('Luật', name='Luật An toàn thực phẩm', date='2010-06-17', relation='legal_basis'),
               cit('Nghị định', '15/2018/NĐ-CP', '2018-02-02', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '17/2020/NĐ-CP', '2020-02-05', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '146/2025/NĐ-CP', '2025-06-12', 'Chính phủ', 'legal_basis'),
               cit('Thông tư', '38/2025/TT-BCT', '2025-06-19', 'Bộ trưởng Bộ Công Thương', 'legal_basis'),
               cit('Thông tư', '43/2018/TT-BCT', '2018-11-15', 'Bộ trưởng Bộ Công Thương', 'legal_basis'),
               cit('Quyết định', '05/2025/QĐ-UBND', '2025-07-01', 'Ủy ban nhân dân tỉnh Lào Cai', 'legal_basis'),
               cit('Tờ trình', '920/TTr-SCT', '2025-08-15', 'Giám đốc Sở Công Thương', 'mentions', as_printed='920 /TTr-SCT')],
    truncated=False,
    signature={"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Ngô Hạnh Phúc"},
    distribution=['Như Điều 5', 'Chủ tịch UBND tỉnh', 'Các PCT UBND tỉnh', 'Lãnh đạo Văn phòng UBND tỉnh', 'Lưu: VT, KT(Long, Đức)'],
    obligations=o)
notes[N] = open('tools/notes_904.txt', encoding='utf-8').read().strip()

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": False}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
