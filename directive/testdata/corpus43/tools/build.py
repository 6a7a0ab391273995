# Writes the NAME.json files and figures.json of corpus43 from the labels below (modelled on corpus42's build.py).
# The four .txt files are written by build_txt.py from the read_file answers kept in src/ (see README "Copy fidelity").
# Labels were written from the .txt files alone. `-v` prints every text_start.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont, flat

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

docs = {}; notes = {}

# ---------------------------------------------------------------- 100/NQ-CP: Chương trình hành động (Chỉ thị 49-CT/TW)
N = 'cp-100-2026-nq-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
ANNEX = flat(T).index('DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI')
def ta(p, n=12):
    """text_start of a Phụ lục task cell: the first occurrence of the prefix after the annex title"""
    F = flat(T); i = F.index(flat(p), ANNEX)
    return ' '.join(F[i:].split(' ')[:n])
BNG = 'Bộ Ngoại giao'; BNV = 'Bộ Nội vụ'; BTC = 'Bộ Tài chính'; BTP = 'Bộ Tư pháp'; BCA = 'Bộ Công an'
TTG = 'Thủ tướng Chính phủ'
LEADIN = ['các bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']
FOUR = ['các Bộ', 'cơ quan ngang Bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']
BNDP = 'Các Bộ, ngành, địa phương'
UBCT = 'Ủy ban Công tác về các tổ chức PCPNN'          # printed so in rows I.1–I.4
UBCT2 = 'Ủy ban công tác về các tổ chức phi chính phủ nước ngoài'   # rows IV.1, IV.2, IV.4
UBCT3 = 'Ủy ban công tác phi chính phủ nước ngoài'      # rows V.3, V.4, VI.3–VI.5, VII.1–3
TX = cont('Thực hiện thường xuyên')
def P(text, d): return pend(text, d)
o = [
  ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ,'), 'Điều 3',
     ['Bộ', 'cơ quan ngang Bộ', 'cơ quan trực thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      'các cơ quan, tổ chức, cá nhân có liên quan']),
  # Chương trình II.1
  ob(t('Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên, sâu rộng'), 'Chương trình II.1.a', LEADIN),
  ob(t('Tuyên truyền, phổ biến và triển khai công tác phi chính phủ nước ngoài gắn'), 'Chương trình II.1.b', LEADIN),
  ob(t('Đa dạng hóa, đổi mới nội dung, phương thức, nâng cao chất lượng'), 'Chương trình II.1.c', LEADIN),
  ob(t('Nâng cao hiệu quả của các cơ chế trao đổi thông tin giữa các Bộ'), 'Chương trình II.1.d', LEADIN),
  ob(t('Tăng cường các hình thức đối thoại, trao đổi chính sách có chọn lọc'), 'Chương trình II.1.e', LEADIN),
  # II.2
  ob(t('Nghiên cứu, đề xuất xây dựng văn bản quy phạm pháp luật điều chỉnh tổng thể'), 'Chương trình II.2.a', LEADIN,
     product='văn bản'),
  ob(t('Tổng kết, đánh giá thực tiễn thi hành Nghị định số 58/2022/NĐ-CP'), 'Chương trình II.2.b', LEADIN,
     report_to='Chính phủ'),
  ob(t('Nâng cao hiệu lực, hiệu quả, tính nghiêm minh trong tổ chức thi hành pháp'), 'Chương trình II.2.c', LEADIN,
     product='quy định'),
  ob(t('Chú trọng công tác đánh giá tác động chính sách, bảo đảm hài hòa'), 'Chương trình II.2.d', LEADIN),
  # II.3
  ob(t('Xây dựng nền hành chính phục vụ và kiến tạo phát triển, lấy người dân,'), 'Chương trình II.3.a', LEADIN),
  ob(t('Tạo mọi thuận lợi trong giải quyết thủ tục hành chính; phân công, phân cấp,'), 'Chương trình II.3.b', LEADIN),
  ob(t('Thường xuyên rà soát, cải tiến quy trình cấp, gia hạn, sửa đổi, bổ sung'), 'Chương trình II.3.c', LEADIN,
     due=cont('Thường xuyên')),
  ob(t('Xây dựng và hoàn thiện các công cụ quản trị phù hợp với điều kiện'), 'Chương trình II.3.d', LEADIN),
  ob(t('Xây dựng và chuẩn hóa bộ tiêu chí đánh giá hiệu quả hoạt động của'), 'Chương trình II.3.đ', LEADIN,
     product='bộ tiêu chí'),
  ob(t('Từng bước xây dựng hệ thống dữ liệu liên thông và cơ chế cảnh báo'), 'Chương trình II.3.e', LEADIN),
  ob(t('Nâng cao trách nhiệm, phát huy vai trò của các cơ quan chức năng và'), 'Chương trình II.3.g', LEADIN),
  # II.4
  ob(t('Mở rộng và phát triển quan hệ với các tổ chức phi chính phủ nước ngoài'), 'Chương trình II.4.a', LEADIN),
  ob(t('Tuyên truyền, phổ biến đường lối, chính sách của Đảng và Nhà nước, các'), 'Chương trình II.4.b', LEADIN),
  ob(t('Tích cực huy động nguồn lực và tri thức từ các tổ chức phi chính'), 'Chương trình II.4.c', LEADIN),
  ob(t('Đề xuất cơ chế, chính sách, hình thức khen thưởng, động viên đối với'), 'Chương trình II.4.d', LEADIN,
     product='cơ chế'),
  # II.5
  ob(t('Hoàn thiện hành lang pháp lý về các tổ chức nhân dân, các hội,'), 'Chương trình II.5.a', LEADIN),
  ob(t('Xây dựng cơ chế, chính sách khuyến khích thành lập các tổ chức hoạt động'), 'Chương trình II.5.b', LEADIN,
     product='cơ chế'),
  ob(t('Nâng cao nhận thức chính trị, năng lực chuyên môn, quản trị và khả năng hợp'), 'Chương trình II.5.c', LEADIN),
  ob(t('Xem xét, khuyến khích các tổ chức nhân dân trong nước có năng lực'), 'Chương trình II.5.d', LEADIN),
  # II.6
  ob(t('Kiện toàn nhiệm vụ, quyền hạn của các cơ quan quản lý và Ủy ban'), 'Chương trình II.6.a', LEADIN),
  ob(t('Nâng cao vai trò, trách nhiệm của các ngành, ủy ban nhân dân các cấp,'), 'Chương trình II.6.b', LEADIN),
  ob(t('Tăng cường trách nhiệm báo cáo, giải trình của các tổ chức phi chính phủ'), 'Chương trình II.6.c', LEADIN),
  ob(t('Đổi mới, nâng cao tính chủ động, chất lượng, hiệu quả, đa dạng hóa các kênh,'), 'Chương trình II.6.d', LEADIN),
  ob(t('Nâng cao vai trò chủ động của các cơ quan đại diện Việt Nam ở nước ngoài'), 'Chương trình II.6.đ', LEADIN),
  # II.7
  ob(t('Tăng cường công tác đào tạo, bồi dưỡng, nâng cao phẩm chất chính trị, trình'), 'Chương trình II.7.a', LEADIN),
  ob(t('Thường xuyên tổ chức các lớp bồi dưỡng, các lớp kỹ năng, nghiệp vụ về công'), 'Chương trình II.7.b', LEADIN,
     due=cont('Thường xuyên tổ chức')),
  ob(t('Tăng cường công tác thông tin, hướng dẫn cho nhân sự làm việc cho các tổ'), 'Chương trình II.7.c', LEADIN),
  # III
  ob(t('Trên cơ sở nội dung Chỉ thị số 49-NQ/TW của Ban Bí thư, Chương trình'), 'Chương trình III.1', FOUR),
  ob(t('Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương có'),
     'Chương trình III.2', FOUR, due=pend('hoàn thành trong Quý II năm 2026', '2026-06-30')),
  ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ, Chủ tịch'), 'Chương trình III.3',
     ['Bộ', 'cơ quan ngang Bộ', 'cơ quan trực thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']),
  ob(t('định kỳ trước ngày 01 tháng 12 hằng năm báo cáo kết quả thực hiện'), 'Chương trình III.3',
     ['Bộ', 'cơ quan ngang Bộ', 'cơ quan trực thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
     due=rec('định kỳ trước ngày 01 tháng 12 hằng năm', 'yearly', day=1, month=12), product='báo cáo', report_to=BNG),
  ob(t('Các Bộ, ngành, địa phương chủ động phối hợp với Bộ Ngoại giao báo cáo'), 'Chương trình III.3', [BNDP],
     support=[BNG], report_to=TTG),
  ob(t('Bộ Ngoại giao chủ trì, phối hợp với các Bộ, ngành, địa phương theo dõi,'), 'Chương trình III.4', [BNG],
     lead=[BNG], support=['các Bộ, ngành, địa phương'], report_to='Chính phủ, Thủ tướng Chính phủ'),
  ob(t('Trên cơ sở đề xuất của các bộ, cơ quan ngang bộ, cơ quan thuộc'), 'Chương trình III.5', [BTC],
     due=rec('hằng năm', 'yearly')),
  ob(t('Trong quá trình tổ chức thực hiện, nếu có những nội dung cụ thể, phát sinh'), 'Chương trình III.6',
     ['các bộ, ngành, địa phương'], report_to=BNG),
]
def row(prefix, sec, lead, support, product, due, n=12, report_to=None):
    return ob(ta(prefix, n), 'Phụ lục ' + sec, lead, lead=lead, support=support, product=product, due=due, report_to=report_to)
o += [
  row('Tổ chức tuyên truyền, phổ biến, quán triệt thường', 'I.1', [BNG], [BNDP, UBCT, 'VTV', 'VOV', 'TTXVN'], 'hội nghị', TX),
  row('Tuyên truyền, phổ biến và triển khai công tác phi', 'I.2', [BNG], [BNDP, UBCT], 'chương trình', TX),
  row('Đẩy mạnh chuyển đổi số, phát triển dữ liệu số,', 'I.3', [BNG], [BNDP, UBCT, 'VTV', 'VOV', 'TTXVN'], 'chương trình', TX),
  row('Nâng cao hiệu quả của các cơ chế phối hợp, trao', 'I.4', [BNG], [BNDP, UBCT], 'chương trình', TX),
  row('Nghiên cứu, đề xuất xây dựng văn bản quy phạm', 'II.1', [BNV, BNG], [BCA, BTC, BTP, 'các Bộ, ngành liên quan'], 'luật',
      P('Năm 2026 – 2030', '2030-12-31')),
  row('Tổng kết, đánh giá thực tiễn thi hành Nghị định', 'II.2', [BNG], [BTP, 'các Bộ, ngành, địa phương liên quan'],
      'nghị định', P('Năm 2026', '2026-12-31'), report_to='Chính phủ'),
  row('Xây dựng quy định, chế tài xử phạt phù hợp với', 'II.3', [BNG],
      ['Thanh tra Chính phủ', BCA, BTP, 'các Bộ, ngành liên quan'], 'nghị định', P('Năm 2026 - 2028', '2028-12-31')),
  row('Nâng cao hiệu lực, hiệu quả, tính nghiêm minh trong tổ chức thi hành', 'II.4', [BNDP], [BNDP], 'hội nghị', TX),
  row('Xây dựng nền hành chính phục vụ và kiến tạo phát', 'III.1', [BNDP], [BNDP], 'chương trình', TX),
  row('Tạo mọi thuận lợi trong giải quyết thủ tục hành', 'III.2', [BNDP], [BNDP], 'chương trình', TX),
  row('Thường xuyên rà soát, cải tiến quy trình cấp, gia', 'III.3', [BNG, BTC], [BNDP], 'chương trình', TX),
  row('Xây dựng và hoàn thiện các công cụ quản trị phù', 'III.4', [BNG], ['Các bộ, ngành, địa phương'], 'chương trình', TX),
  row('Xây dựng và chuẩn hóa bộ tiêu chí đánh giá hiệu', 'III.5', [BNG], ['Các bộ, ngành liên quan'], 'bộ tiêu chí',
      P('2026 - 2030', '2030-12-31')),
  row('Từng bước xây dựng hệ thống dữ liệu liên thông', 'III.6', [BNG], [BCA, BTC, 'các Bộ, ngành liên quan'], 'hệ thống', None),
  row('Nâng cao trách nhiệm, phát huy vai trò của các cơ quan chức năng', 'III.7', [BNDP],
      ['Các Bộ, ngành, địa phương liên quan'], 'chương trình', TX),
  row('Mở rộng và phát triển quan hệ với các tổ chức phi', 'IV.1', [BNDP, 'các tổ chức nhân dân'], [BNG, UBCT2],
      'chiến lược', P('2026 - 2030', '2030-12-31')),
  row('Tích cực huy động nguồn lực và tri thức từ các tổ', 'IV.2', [BNDP, 'các tổ chức nhân dân'], [BNG, UBCT2],
      'chương trình', P('2026 - 2030', '2030-12-31')),
  row('Tuyên truyền, phổ biến đường lối, chính sách của Đảng và Nhà nước, các quy định',
      'IV.3', [BNG], ['Ủy ban công tác phủ nước ngoài', 'các Bộ, ngành, địa phương'], 'hội nghị', TX),
  row('Đề xuất cơ chế, chính sách, hình thức khen thưởng, động viên', 'IV.4', [BNG], [UBCT2], 'quy định',
      P('Năm 2026-2030', '2030-12-31')),
  row('Hoàn thiện hành lang pháp lý về các tổ chức nhân dân', 'V.1', [BNV, 'Bộ Khoa học và công nghệ'],
      [BTP, 'các Bộ, ngành liên quan'], 'văn bản', P('2026 - 2030', '2030-12-31')),
  row('Xây dựng cơ chế, chính sách khuyến khích thành lập các tổ chức hoạt động trong', 'V.2',
      [BNV, 'Bộ Khoa học và công nghệ'], [BTP, 'các Bộ, ngành liên quan'], 'văn bản', P('2026 - 2030', '2030-12-31')),
  row('Nâng cao nhận thức chính trị, năng lực chuyên môn, quản trị và khả năng hợp tác quốc tế của các',
      'V.3', [BNV, 'các tổ chức nhân dân'], [BNG, UBCT3], 'chương trình', TX),
  row('Xem xét, khuyến khích các tổ chức nhân dân trong nước', 'V.4', [BNG, BNV, UBCT3],
      ['Các Bộ, ngành', 'các tổ chức nhân dân'], 'chiến lược', P('2026 - 2030', '2030-12-31')),
  row('Kiện toàn, hoàn thiện chức năng, nhiệm vụ của các cơ quan', 'VI.1', [BNG],
      ['Các cơ quan thành viên trong Ủy ban'], 'quyết định', P('2026', '2026-12-31')),
  row('Kiện toàn, tổ chức bộ phận phụ trách công tác phi chính phủ', 'VI.2', ['UBND các tỉnh, thành phố'],
      [BNV, BTP, BNG, 'các cơ quan liên quan'], 'văn bản', P('2026', '2026-12-31')),
  row('Nâng cao vai trò, trách nhiệm của các ngành, ủy ban nhân dân các cấp, trách nhiệm của',
      'VI.3', [BNDP], [BNG, UBCT3], 'chỉ thị', TX),
  row('Tăng cường trách nhiệm báo cáo, giải trình của các tổ chức phi chính phủ nước ngoài trong việc',
      'VI.4', [BNG], [UBCT3, 'các bộ, ngành, địa phương'], 'văn bản', P('2026 - 2030', '2030-12-31')),
  row('Đổi mới, nâng cao tính chủ động, chất lượng, hiệu quả, đa dạng hóa các kênh, khuôn',
      'VI.5', [BNG], [UBCT3, 'các bộ, ngành, địa phương'], 'cơ sở dữ liệu', TX),
  row('Nâng cao vai trò chủ động của các cơ quan đại diện Việt Nam ở nước ngoài trong', 'VI.6', [BNG],
      ['Các cơ quan đại diện Việt Nam tại nước ngoài'], 'chương trình', TX),
  row('Tăng cường công tác đào tạo, bồi dưỡng, nâng cao phẩm chất chính trị, trình độ chuyên môn,',
      'VII.1', [BNG, UBCT3], [BNDP], 'chương trình', TX),
  row('Thường xuyên tổ chức các lớp bồi dưỡng, các lớp kỹ năng, nghiệp vụ về công tác',
      'VII.2', [BNG, UBCT3], [BNDP], 'chương trình', TX),
  row('Tăng cường công tác thông tin, hướng dẫn cho nhân sự làm việc cho các tổ chức', 'VII.3', [BNG, UBCT3], [BNDP],
      'chương trình', P('2026 - 2030', '2030-12-31')),
]
docs[N] = dict(
    source=('https://github.com/hrmaster1982-dev/phapluat-8chude-data/blob/983bf259b80b975410981cdbf1497feeb33d4d6a/docs/'
            'chinh_sach_dn/nghi-quyet-so-100-nq-cp-469357.txt (read_file id 56600279736; the repository\'s `docs/<topic>/<slug>.txt` '
            '— the text layer of the Công báo PDF, with the Công báo page headers, page numbers and the digital-signature stamp '
            'of the Công báo — read in three pages at offsets 0, 16000, 32000 and joined: 38,752 code points = total_chars)'),
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='100', symbol='100/NQ-CP',
    type='Nghị quyết', type_code='NQ', place='Hà Nội', date='2026-04-06',
    subject=('Ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí '
             'thư về công tác phi chính phủ nước ngoài giai đoạn 2026 - 2030'),
    urgency='', recipients=[],
    citations=[
      cit('Chỉ thị', '49-CT/TW', '2025-06-28', 'Ban Bí thư', 'implements'),
      cit('Luật', None, '2025-02-18', '', 'legal_basis', name='Luật Tổ chức Chính phủ'),
      cit('Luật', None, '2025-02-19', '', 'legal_basis', name='Luật Tổ chức chính quyền địa phương'),
      cit('Tờ trình', '364/TTr-BNG-NVVH', '2026-01-19', 'Bộ Ngoại giao', 'mentions'),
      cit('Công văn', '1518/BNG-NVVH', '2026-03-10', 'Bộ Ngoại giao', 'mentions'),
      cit('Báo cáo', '2265/BC-BNG-NVVH', '2026-04-02', 'Bộ Ngoại giao', 'mentions'),
      cit('Nghị quyết', '35-NQ/TW', '2018-10-22', 'Bộ Chính trị', 'mentions'),
      cit('Nghị định', '58/2022/NĐ-CP', '2022-08-31', 'Chính phủ', 'mentions'),
    ],
    page_mentions=[],
    truncated=False,
    signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Bùi Thanh Sơn"},
    distribution=[], obligations=o)
notes[N] = (
 "COPY: the stored file is the text layer of the Công báo issue 242 (22-04-2026), pages 49–68: every page opens with `CÔNG BÁO/Số "
 "242/Ngày 22-04-2026 ` and the gazette page number on its own line; lines are hard-wrapped with a trailing space; the header block is "
 "serialised cell by cell (` CHÍNH PHỦ ` / `Số:  100/NQ-CP ` with two spaces / the motto lines / `Hà Nội, ngày 06 tháng 4 năm 2026`); "
 "after the signature of the Nghị quyết (page 49) the Công báo's signing stamp is inserted (`Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ "
 "NGHĨA VIỆT NAM` / `Cơ quan: VĂN PHÒNG CHÍNH PHỦ` / `Ngày ký: 2026-04-22 16:16:54 +07:00`); the annexed Chương trình (pages 50–56, with "
 "its own ` CHÍNH PHỦ ` and motto header and no signature) and its Phụ lục task table (pages 57–68) follow. Some lettered items are "
 "indented with runs of spaces (`          c) Tích cực …`). The Công báo print carries no Nơi nhận (distribution []). Copied whole: "
 "38,752 code points = total_chars, NFC. "
 "HEADER: date 2026-04-06 from the place/date line; the Công báo date (22-04-2026) and the stamp's `Ngày ký` are chrome; `Số 242` is "
 "the gazette issue, not a document symbol (page_mentions []). Subject = the three trích yếu lines under `NGHỊ QUYẾT` joined. No "
 "Kính gửi (recipients []). Signature `TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Bùi Thanh Sơn`. "
 "CITATIONS (8): Chỉ thị 49-CT/TW first fully mentioned in the subject (`thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của "
 "Ban Bí thư`) → implements, DEBATABLE: its Căn cứ line (printed `49-CT /TW` with a space) would give legal_basis; the two Luật by name "
 "and date → legal_basis; the Foreign Minister's three texts in `Theo đề nghị của Bộ trưởng Bộ Ngoại giao tại các văn bản số "
 "364/TTr-BNG-NVVH …, số 1518/BNG-NVVH …, số 2265/BC-BNG-NVVH …` → mentions, typed by their codes (Tờ trình, Công văn, Báo cáo), "
 "issuer Bộ Ngoại giao (the symbol is broken over two lines `364/TTr-BNG-` / `NVVH`); Nghị quyết 35-NQ/TW of the Bộ Chính trị "
 "(Chương trình II.1.b) → mentions; Nghị định 58/2022/NĐ-CP (II.2.b, `Tổng kết, đánh giá thực tiễn thi hành`) → mentions, its date "
 "printed `ngày 31 tháng 8 năm 2002` (a misprint for 2022, the symbol's year; repeated in Phụ lục II.2) — date given as 2022-08-31, "
 "DEBATABLE (2002-08-31 as printed is the other reading). III.1 prints `Chỉ thị số 49-NQ/TW` and `Chỉ thị số 49-\\nNQ/TW` (misprints "
 "of 49-CT/TW, the same document) — not listed again; a parser that reads `49-NQ/TW` as a separate Nghị quyết is wrong. Not listed: "
 "`Chương trình hành động của Chính phủ` (the annex itself), `các Nghị quyết của Đảng` (generic), the annex lines `(Kèm theo Nghị "
 "quyết số 100 /NQ-CP …)` / `(Kèm theo Chương trình hành động tại Nghị quyết số 100/NQ-CP …)` (own number), `Quyết định của Thủ tướng "
 "Chính phủ kiện toàn Ủy ban …` (a product, no number). "
 "OBLIGATIONS (73). Điều 3 execution clause → five addressees, officials → bodies (`Bộ` CONSTRUCTED from `Bộ trưởng`, as corpus40/42). "
 "The annexed Chương trình hành động is prefixed `Chương trình` in `section` (corpus10's rule for an annexed Chương trình; corpus5 "
 "prefixes an annexed Kế hoạch `KH`). Its I. MỤC TIÊU gives no entries. II lead-in `các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, "
 "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:` is "
 "inherited (four addressees) by every lettered item (corpus10); the numbered headings II.1–II.7 are not entries (II.5's heading "
 "`Khuyến khích hình thành, phát triển các tổ chức nhân dân …` is a heading, not an encouragement entry); one entry per lettered item "
 "(32: 5+4+7+4+4+5+3; II.3 runs a, b, c, d, đ, e, g). No item names a body of its own: II.6.đ (`Nâng cao vai trò chủ động của các cơ "
 "quan đại diện Việt Nam ở nước ngoài`) and II.6.c (responsibility of the foreign NGOs) stay with the inherited bodies; II.5.d `Xem xét, "
 "khuyến khích các tổ chức nhân dân trong nước …` → obligation of the inherited bodies, DEBATABLE (encouragement of the tổ chức nhân "
 "dân, corpus10). Dues: sentence-initial `Thường xuyên …` (II.3.c, II.7.b) → continuous (corpus10); `quán triệt thường xuyên` (II.1.a) "
 "and `định kỳ giám sát` (II.6.b, no cycle) → null. Products: II.2.a `văn bản` (quy phạm pháp luật), II.2.c `quy định`, II.3.đ `bộ "
 "tiêu chí`, II.4.d and II.5.b `cơ chế`; others null (systems, databases, activities). II.2.b `tham mưu, đề xuất Chính phủ sửa đổi, bổ "
 "sung các quy định` → report_to Chính phủ, DEBATABLE. "
 "III: 1 → the four printed bodies (`các Bộ, cơ quan ngang Bộ, …`), `theo chức năng, nhiệm vụ chủ trì, phối hợp` names no partner → "
 "lead/support null, product null (`cụ thể hóa … trong kế hoạch công tác năm` integrates the tasks into an existing plan); 2 → due "
 "period_end 2026-06-30 (`hoàn thành trong Quý II năm 2026`); 3 split in three: the direction (`Bộ` constructed from `Bộ trưởng`, `Ủy "
 "ban nhân dân …` from `Chủ tịch Ủy ban nhân dân …`), the yearly report `định kỳ trước ngày 01 tháng 12 hằng năm báo cáo kết quả … gửi "
 "về Bộ Ngoại giao` → recurring yearly, day 1, month 12 (corpus35), product báo cáo, report_to Bộ Ngoại giao (the purpose `để tổng hợp, "
 "báo cáo Thủ tướng Chính phủ, và trình, báo cáo Ban Bí thư` is the ministry's next step), and `Các Bộ, ngành, địa phương chủ động phối "
 "hợp với Bộ Ngoại giao báo cáo Thủ tướng Chính phủ xem xét, quyết định đối với các vấn đề vượt thẩm quyền` → as-needed, support Bộ "
 "Ngoại giao, report_to Thủ tướng Chính phủ, due/product null (corpus17); 4 lead Bộ Ngoại giao, support `các Bộ, ngành, địa phương`, "
 "as-needed `kịp thời báo cáo và kiến nghị Chính phủ, Thủ tướng Chính phủ` → report_to the two bodies as one printed string "
 "(corpus13/42); 5 Bộ Tài chính `tổng hợp, trình cấp có thẩm quyền bố trí dự toán chi ngân sách nhà nước hằng năm` → no report_to "
 "(generic `cấp có thẩm quyền`, corpus32), due recurring yearly from `hằng năm` (corpus13's yearly-allocation reading), DEBATABLE "
 "(`hằng năm` qualifies the budget; null is the other reading), no lead (no chủ trì word); 6 the closing proposal `… các bộ, ngành, địa "
 "phương chủ động đề xuất gửi Bộ Ngoại giao` → as-needed, report_to Bộ Ngoại giao. "
 "PHỤ LỤC (32 rows; corpus10 annex-table rule): header `TT / Tên nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Kết quả/Đánh giá / "
 "Thời hạn hoàn thành` printed once (page 57), one cell per line and cells broken inside words and names (`Bộ \\nNội \\nvụ, \\nBộ "
 "\\nNgoại \\ngiao`); group rows I.–VII. run across the columns and give no entries; row numbers restart in each group, so sections are "
 "`Phụ lục <group>.<row>` (I.1–I.4, II.1–II.4, III.1–III.7, IV.1–IV.4, V.1–V.4, VI.1–VI.6, VII.1–VII.3). text_start = the task cell "
 "(located after the annex title). Most rows repeat the wording of the Chương trình items, so 27 of the 32 row text_starts equal an item's text_start (all but I.3, I.4, II.3, VI.1, VI.2, whose cells are worded or cut differently in their first 12 words): items and rows are separate entries sharing a text_start (corpus25/42). "
 "addressees = lead = chủ trì cell split "
 "into bodies (two-body cells: II.1 `Bộ Nội vụ, Bộ Ngoại giao`, III.3, V.1–V.2 `Bộ Nội vụ, Bộ Khoa học và công nghệ`, V.3 `Bộ Nội vụ, "
 "các tổ chức nhân dân`, IV.1–IV.2 `Các Bộ, ngành, địa phương, các tổ chức nhân dân`, V.4 three bodies, VII.1–3 two); the class `Các "
 "Bộ, ngành, địa phương` is kept as one class (corpus10). support = phối hợp cell split: `Các Bộ, ngành, địa phương, Ủy ban Công tác về "
 "các tổ chức PCPNN, VTV, VOV, TTXVN` → five; the Committee is labelled in each row's printed form (`Ủy ban Công tác về các tổ chức "
 "PCPNN`, `Ủy ban công tác về các tổ chức phi chính phủ nước ngoài`, `Ủy ban công tác phi chính phủ nước ngoài`, and IV.3's misprint "
 "`Ủy ban công tác phủ nước ngoài` kept as printed) — not normalised to one name, DEBATABLE. Rows broken by page breaks: I.4 (its task "
 "cell ends after the other columns, and its phối hợp cell `Ủy ban Công tác` | page | `về các tổ chức PCPNN` is labelled whole, the "
 "name printed whole in I.1–I.3), III.6 (`Bộ Công an, Bộ Tài chính, các` | page | `Bộ, ngành liên quan` → `các Bộ, ngành liên quan`, "
 "printed whole in II.1), VI.1 (`Các cơ quan thành viên trong Ủy ban` | page | `công tác về các tổ chức phi chính phủ nước ngoài` — "
 "labelled `Các cơ quan thành viên trong Ủy ban`, the part before the break, because the whole name is not printed contiguously "
 "anywhere, DEBATABLE: the body is the Committee's member agencies). product = head noun of `Kết quả/Đánh giá`: `Hội nghị, tập huấn, "
 "báo cáo` and `Hội nghị phổ biến pháp luật`, `Hội nghị, hội thảo, …` → hội nghị; `Chương trình, kế hoạch, Đề án …` → chương trình; "
 "`Đề xuất xây dựng Luật` → luật; `Nghị định được ban hành` and `Đề xuất ban hành, sửa đổi, bổ sung Nghị định, Thông tư` → nghị định; "
 "`… văn bản quy phạm pháp luật` and `Văn bản kiện toàn …` → văn bản; `… quy định liên quan` → quy định; `Bộ tiêu chí`; `Hệ thống dữ "
 "liệu; Cơ chế phân loại …` → hệ thống; `Chiến lược, Đề án, Kế hoạch …` → chiến lược; `Các chương trình, dự án/phi dự án …`, `Tổ chức "
 "các chương trình đào tạo, tập huấn` → chương trình; `Quyết định của Thủ tướng Chính phủ kiện toàn Ủy ban …` → quyết định; `Phân công, "
 "chỉ thị phân định rõ trách nhiệm; kế hoạch …` → chỉ thị (DEBATABLE: `phân công` is an act); `Cơ sở dữ liệu về …` → cơ sở dữ liệu. "
 "Products with `Đề xuất …` could also be read as `đề xuất` (a proposal), DEBATABLE. due from `Thời hạn hoàn thành`: `Thực hiện thường "
 "xuyên` (with or without `, lồng ghép trong nhiệm vụ thường xuyên …`) → continuous; `Năm 2026` and `2026` → period_end 2026-12-31; "
 "ranges `Năm 2026 – 2030`, `2026 - 2030`, `Năm 2026-2030` → period_end 2030-12-31 and `Năm 2026 - 2028` → 2028-12-31 (end of the "
 "range's last year, corpus10/13; continuous is the other reading), DEBATABLE; III.6 has no time cell → null. report_to: II.2 Chính phủ "
 "(from its task cell `đề xuất Chính phủ sửa đổi`, as Chương trình II.2.b); no other row names a recipient.")

# ---------------------------------------------------------------- Công Hải letters
REPO = 'https://github.com/hoangvietconghai/chuyenvienao/blob/46a67fe14a5358c6f64014449e37b9974d434259/references/van_ban_so_hoa_toan_van/'
def src(path, rid, n):
    return (REPO + path + ' (read_file id ' + rid + "; the repository's Markdown file — YAML front matter, a `#` title, a `**Số "
            "hiệu:**` line, two generated summary sections and the signed PDF's text layer in a ```text fence — " + n +
            ' code points, whole, copied unchanged)')
PARENT = 'ĐẢNG BỘ TỈNH KHÁNH HOÀ'; ISS = 'ĐẢNG UỶ XÃ CÔNG HẢI'
SIG = {"authority": ["T/M BAN THƯỜNG VỤ"], "title": "BÍ THƯ", "name": "Vũ Thị Thuỳ Trang"}
def pm(sym, extra=''):
    return [{"type": "Công văn", "symbol": sym, "date": None, "issuer": "",
             "note": "the repository's own identification of the document (front matter `so_hieu`, the `**Số hiệu:**` line); the "
                     "printed number is blank" + extra}]
COPYNOTE = ("COPY: the stored file is the repository's Markdown rendering of one signed PDF (file_goc `{fg}`): YAML front matter, `#` "
            "title, `**Số hiệu:**` line, two generated summary sections (scraps of the text joined by ` | `) and the PDF text layer in a "
            "```text fence. Copied whole and unchanged: {n} code points = total_chars, NFC. Glued words throughout ({glued}). The "
            "e-signing stamp `ĐẢNG UỶ XÃ CÔNG HẢI / {stamp}` follows the signature. ")

# 100-CV/ĐU
N = 'conghai-100-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
TT = 'Thường trực Đảng uỷ'; BXD = 'Ban Xây dựng Đảng'
D01 = date('trước ngày 01/10/2025', '2025-10-01')
o = [
  ob(t('Các cơ quan, đơn vịkhẩn trương xây dựng, tham mưu văn bản triển khai'), '1', ['Các cơ quan, đơn vị'],
     due=date('trước ngày 03/10/2025', '2025-10-03'), product='văn bản', report_to=TT),
  ob(t('Chủtrì phối hợp với các cơ quan liên quan tham mưu Đảng uỷ xã'), '2', [BXD], lead=[BXD],
     support=['các cơ quan liên quan'], due=D01, product='chương trình', report_to=TT),
  ob(t('Đềxuất nội dung Chương trình công tác toàn khoá của Ban Chấp hành,'), '2', [BXD], due=D01,
     product='chương trình', report_to=TT),
  ob(t('Lập hồsơ và nộp lưu hồsơ vềLưu trữVăn phòng Đảng uỷquá trình chuẩn'), '2', [BXD], product='hồ sơ',
     report_to='Lưu trữ Văn phòng Đảng uỷ'),
  ob(t('Phối hợp với Uỷban Mặt trận Tổ quốc Việt Nam xã, Uỷban nhân'), '2', [BXD],
     support=['Uỷ ban Mặt trận Tổ quốc Việt Nam xã', 'Uỷ ban nhân dân xã'], due=D01, report_to=TT),
  ob(t('Tham mưu Ban Thường vụĐảng uỷKế hoạch tuyên truyền trước, trong và'), '2', [BXD], due=D01,
     product='kế hoạch', report_to=TT),
  ob(t('Đảng uỷUỷban nhân dân xã: Tham mưu Ban Thường vụĐảng uỷKế'), '3', ['Đảng uỷ Uỷ ban nhân dân xã'], due=D01,
     product='kế hoạch', report_to=TT),
  ob(t('Đềnghịcác cơ quan, đơn vịkhẩn trương, nghiêm túc triển khai thực hiện', occ=0), '3', ['các cơ quan, đơn vị'],
     product='báo cáo', report_to=TT),
]
docs[N] = dict(
    source=src('CÔNG VĂN_100-CV_ĐU_2025.md', '70671826190', '3,545'),
    kind='party', parent_issuer=PARENT, issuer=ISS, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject=('Về việc đôn đốc triển khai thực hiện một số nhiệm vụ, công việc được Thường trực, Ban Thường vụ Đảng uỷ giao'),
    urgency='', recipients=['Đảng uỷ UBND xã', 'Các cơ quan tham mưu, giúp việc Đảng uỷ', 'Mặt trận Tổ quốc Việt Nam xã'],
    citations=[
      cit('Công văn', '31-CV/ĐU', '2025-08-19', 'Thường trực Đảng uỷ', 'mentions'),
      cit('Nghị quyết', None, None, '', 'mentions',
          name='Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030'),
      cit('Kế hoạch', '294-KH/TU', None, 'Ban Thường vụ Tỉnh uỷ', 'mentions'),
    ],
    page_mentions=pm('100-CV/ĐU', '; its `ngay_ban_hanh: \"ngày 19/8/2025\"` is the date of 31-CV/ĐU, not of this letter'),
    truncated=False, signature=SIG, distribution=['Như trên', 'Lưu VPĐU'], obligations=o)
notes[N] = (COPYNOTE.format(fg='ĐU-CV-0100-2025 CV đôn đốc công việc (26-9).signed.signed.pdf', n='3,545',
                            glued='`Đểbảo đảm`, `vụĐảng uỷ`, `Chủtrì`, `Uỷban`, `hồsơ vềLưu trữVăn phòng Đảng uỷquá`',
                            stamp='29-09-2025 13:41:12 +07:00') +
 "A bare line `100` stands in the text after item 3's deadline line, before the closing paragraph: the number the e-office system "
 "stamps into the blank `Số -CV/ĐU` field at signing, extracted out of place (the other letters of the folder show it after the "
 "stamp). "
 "HEADER: parent_issuer `ĐẢNG BỘ TỈNH KHÁNH HOÀ`, issuer `ĐẢNG UỶ XÃ CÔNG HẢI`; the trích yếu lines come before the motto `ĐẢNG CỘNG "
 "SẢN VIỆT NAM` in this layer. Number blank in the header (`Số -CV/ĐU`) → number '', symbol '-CV/ĐU' as corpus35/39 — DEBATABLE: the "
 "stray `100` line is the stamped number, so `100-CV/ĐU` is the other reading. Date null (`Công Hải, ngày tháng 9 năm 2025`; the stamp "
 "says 29-09-2025, chrome). Front matter `so_hieu: \"100-CV/ĐU\"` → page_mentions; its `ngay_ban_hanh: \"ngày 19/8/2025\"` is WRONG (the "
 "date of 31-CV/ĐU cited in item 1) and `trich_yeu`/`#` title `CV đôn đốc công việc (26-9)` is the file name, not the printed subject; "
 "the `Lĩnh vực` and `Vấn đề trọng tâm` lines are generated and unrelated. Subject = the three trích yếu lines, `Về việc` kept "
 "(corpus32). Recipients one per Kính gửi line, trailing `,`/`.` dropped. Signature `T/M BAN THƯỜNG VỤ / BÍ THƯ / Vũ Thị Thuỳ Trang` "
 "although the opening says `Thường trực Đảng uỷ yêu cầu`. "
 "CITATIONS: Công văn 31-CV/ĐU `ngày 19/8/2025` of the Thường trực Đảng uỷ (item 1, `triển khai thực hiện các nội dung chỉ đạo … tại "
 "Công văn số 31-CV/ĐU`) → mentions (a reference a task asks to keep implementing, corpus10); `Nghị quyết Đại hội đại biểu Đảng bộ xã "
 "lần thứ I, nhiệm kỳ 2025-2030` by name (printed glued `Đảng bộxã lần thứI, nhiệm / kỳ2025-2030`) → mentions; `Kế hoạch số 294-KH/TU "
 "của Ban Thường vụ Tỉnh uỷ` (no date) → mentions. `Chương trình công tác` (opening) is generic, not listed. "
 "OBLIGATIONS (8): the opening `… Thường trực Đảng uỷ yêu cầu các cơ quan, đơn vị khẩn trương đẩy nhanh việc tham mưu, chuẩn bị các "
 "nội dung để trình Thường trực, Ban Thường vụ Đảng uỷ, cụ thể như sau:` is a lead-in, not an entry. 1 → `Các cơ quan, đơn vị`, "
 "product văn bản, `các nội dung trình Thường trực Đảng uỷ trước ngày 03/10/2025` → due 2025-10-03, report_to Thường trực Đảng uỷ. 2 "
 "`Ban Xây dựng Đảng:` is a heading; its five `-` bullets are entries (section `2`, addressee the heading's body). The unmarked line "
 "after item 3 `Các nội dung trình Thường trực Đảng uỷ trước ngày 01/10/2025.` is read as applying to items 2 and 3 (items 1 has its "
 "own deadline) and is NOT an entry of its own: due 2025-10-01 and report_to Thường trực Đảng uỷ on each bullet of 2 that prepares a "
 "content to submit and on item 3 — DEBATABLE (it may cover item 3 only); report_to is that submission channel even where the bullet "
 "says `tham mưu Đảng uỷ xã` / `tham mưu Ban Thường vụ Đảng uỷ` (the body that adopts the text), DEBATABLE. The third bullet (`Lập hồ "
 "sơ và nộp lưu hồ sơ về Lưu trữ Văn phòng Đảng uỷ …`) is filing, not a content to submit: product hồ sơ, report_to `Lưu trữ Văn "
 "phòng Đảng uỷ`, due null. First bullet `Chủ trì phối hợp với các cơ quan liên quan` → lead Ban Xây dựng Đảng, support `các cơ quan "
 "liên quan`, product chương trình (Chương trình hành động); second product chương trình (Chương trình công tác toàn khoá); fourth "
 "`Phối hợp với Uỷ ban Mặt trận Tổ quốc Việt Nam xã, Uỷ ban nhân dân xã …` → lead null, support the two bodies (corpus5), product null "
 "(review and proposal of personnel); fifth product kế hoạch. 3 `Đảng uỷ Uỷ ban nhân dân xã: Tham mưu … Kế hoạch …` → addressee the "
 "printed body (glued `Đảng uỷUỷban nhân dân xã`), product kế hoạch; text_start includes the body phrase before `:`. The closing "
 "`Đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện và báo cáo kết quả cho Thường trực Đảng uỷ đúng thời "
 "gian, đúng quy định./.` → an entry under the last section `3` (corpus35/39), product báo cáo, report_to Thường trực Đảng uỷ, due "
 "null (`đúng thời gian` names no date).")

# 103-CV/ĐU
N = 'conghai-103-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Đảng uỷUBND xã: Công tác quản lý đất đai, tài nguyên khoáng sản,'), '1', ['Đảng uỷ UBND xã'], product='tham luận'),
  ob(t('Uỷban MTTQVN xã: Công tác củng cố, kiện toàn tổ chức hội, đoàn kết,'), '2', ['Uỷ ban MTTQVN xã'],
     product='tham luận'),
  ob(t('Ban Xây dựng Đảng: Công tác kết nạp đảng viên mới; nhiệm vụ, giải'), '3', ['Ban Xây dựng Đảng'],
     product='tham luận'),
  ob(t('Chi bộTrường THCS Hùng Vương: Công tác phối hợp huy động học sinh ra'), '4', ['Chi bộ Trường THCS Hùng Vương'],
     product='tham luận'),
  ob(t('Các tổ chức cơ sởĐảng, chi bộtrực thuộc; các cơ quan, đơn vị: Tình'), '5',
     ['Các tổ chức cơ sở Đảng', 'chi bộ trực thuộc', 'các cơ quan, đơn vị'], product='tham luận'),
  ob(t('Lưu ý: Các cơ quan, đơn vịchuẩn bịnội dung trọng tâm đểphát biểu'), '5', ['Các cơ quan, đơn vị']),
  ob(t('Đề nghị các các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.'), '5', ['các cơ quan, đơn vị']),
]
docs[N] = dict(
    source=src('CÔNG VĂN_103-CV_ĐU_2025.md', '70561806466', '2,930'),
    kind='party', parent_issuer=PARENT, issuer=ISS, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject=('Chuẩn bị nội dung phát biểu tham luận tại Hội nghị Ban Chấp hành Đảng bộ xã đánh giá tình hình thực hiện nhiệm vụ '
             'quý III năm 2025'),
    urgency='', recipients=['Các cơ quan, đơn vị', 'Các tổ chức cơ sở Đảng, chi bộ trực thuộc'],
    citations=[], page_mentions=pm('103-CV/ĐU'),
    truncated=False, signature=SIG, distribution=['Như trên', 'Thường trực Đảng uỷ', 'Lưu VPĐU'], obligations=o)
notes[N] = (COPYNOTE.format(fg='ĐU-CV-0103-2025 CV ĐỀ NGHỊ CHUẨN BỊ NỘI DUNG THAM LUẬN BCH QUÝ III.signed.signed.pdf',
                            n='2,930', glued='`Đểchuẩn bịtốt`, `Hội nghịBan`, `Đảng uỷUBND xã`, `Uỷban`, `Chi bộTrường`',
                            stamp='01-10-2025 14:01:32 +07:00') +
 "A bare line `103` follows the stamp (the number stamped into the blank `Số` field, extracted out of place). "
 "HEADER: as the other Công Hải letters — parent_issuer `ĐẢNG BỘ TỈNH KHÁNH HOÀ`, issuer `ĐẢNG UỶ XÃ CÔNG HẢI`, `Số -CV/ĐU` → number "
 "'', symbol '-CV/ĐU' (DEBATABLE against the stamped `103`), date null (`Công Hải, ngày tháng 10 năm 2025`). Front matter `so_hieu: "
 "\"103-CV/ĐU\"` → page_mentions; its `ngay_ban_hanh: \"ngày 03/10/2025\"` is the conference day, not the letter's date; the `#` title "
 "`CV ĐỀ NGHỊ CHUẨN BỊ NỘI DUNG THAM LUẬN BCH QUÝ III` is the file name. Subject = the three trích yếu lines (no `V/v`). Recipients one "
 "per Kính gửi line. No citation (the Hội nghị is an event, not a document). "
 "OBLIGATIONS (7): the opening (`Để chuẩn bị tốt nội dung Hội nghị … (tổ chức sáng ngày 03/10/2025). Thường trực Đảng uỷ đề nghị các "
 "cơ quan, đơn vị chuẩn bị nội dung phát biểu tham luận tại Hội nghị, cụ thể như sau:`) is a lead-in. Items 1–5 each name the body "
 "before `:` and the topic of its speech → addressee the body, product `tham luận` (the speech asked for; `nội dung` is the other "
 "head noun), report_to null (delivered at the conference), due null — DEBATABLE: the conference day `sáng ngày 03/10/2025` in the "
 "lead-in is when the speech is delivered (an event day, kind date, is the other reading). Item 5 `Các tổ chức cơ sở Đảng, chi bộ trực "
 "thuộc; các cơ quan, đơn vị` → three addressees (classes kept). The `Lưu ý: Các cơ quan, đơn vị chuẩn bị nội dung trọng tâm để phát "
 "biểu tại Hội nghị (thời gian phát biểu mỗi đơn vị không quá 15 phút).` is a separate instruction to the class → an entry under the "
 "last section `5` (DEBATABLE: it qualifies items 1–5; the 15-minute limit is not a deadline). The closing `Đề nghị các các cơ quan, "
 "đơn vị nghiêm túc triển khai thực hiện./.` (doubled `các` as printed) → an entry under section `5` (corpus35/39), addressee `các cơ "
 "quan, đơn vị`.")

# 115-CV/ĐU
N = 'conghai-115-cv-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Sau khi xem xét các nội dung tại Tờtrình số 17-TTr/ĐU của Đảng'), '¶2', ['Đảng uỷ UBND xã'], modality='permission'),
  ob(t('Giao Đảng uỷUBND xã chỉ đạo UBND xã triển khai thực hiện đúng theo'), '¶3', ['Đảng uỷ UBND xã'],
     report_to='UBND tỉnh'),
]
docs[N] = dict(
    source=src('CÔNG VĂN_115-CV_ĐU_2025.md', '70413538083', '2,312'),
    kind='party', parent_issuer=PARENT, issuer=ISS, number='', symbol='-CV/ĐU', type='Công văn', type_code='CV',
    place='Công Hải', date=None,
    subject='Về việc cho ý kiến triển khai các dự án cấp thiết, phát sinh trên địa bàn xã năm 2025',
    urgency='', recipients=['Đảng uỷ UBND xã'],
    citations=[cit('Tờ trình', '17-TTr/ĐU', '2025-10-07', 'Đảng uỷ UBND xã', 'mentions')],
    page_mentions=pm('115-CV/ĐU'),
    truncated=False, signature=SIG, distribution=['Như trên', 'Các đồng chí UVTV Đảng uỷ xã', 'Lưu VPĐU'], obligations=o)
notes[N] = (COPYNOTE.format(fg='ĐU-CV-0115-2025 CV cho ý kiến triển khai các dự án cấp thiết.signed.signed.pdf', n='2,312',
                            glued='`Tờtrình`, `Đảng uỷUBND xã`, `Uỷviên Ban Thường vụĐảng uỷxã`, `dựán`',
                            stamp='09-10-2025 14:13:32 +07:00') +
 "A bare line `115` follows the stamp (the stamped number). The repository's front matter `trich_yeu`, `van_de_chinh` and `#` title "
 "are a scrap of the letter's LAST lines (`quy định pháp luật, trình UBND tỉnh theo yêu cầu./. Nơi nhận: - Như trên, … T/M BAN THƯỜNG "
 "VỤ`), so the closing sentence's end and the Nơi nhận occur three times in the file (`Giao Đảng uỷ UBND xã …` itself only once, in the layer). "
 "HEADER: `Số -CV/ĐU` → number '', symbol '-CV/ĐU' (DEBATABLE against the stamped `115`); date null (`Công Hải, ngày tháng 10 năm "
 "2025`); front matter `so_hieu: \"115-CV/ĐU\"` → page_mentions, its `ngay_ban_hanh: \"ngày 07/10/2025\"` is the date of the Tờ trình. "
 "Subject = the two trích yếu lines, `Về việc` kept (corpus32). "
 "CITATIONS: Tờ trình 17-TTr/ĐU `ngày 07/10/2025 của Đảng uỷ UBND xã` (`Tiếp nhận Tờ trình …`, like `Xét Tờ trình`) → mentions; "
 "repeated twice, listed once. "
 "OBLIGATIONS (2): the paragraphs after Kính gửi are counted ¶1 `Tiếp nhận Tờ trình …;`, ¶2 `Sau khi xem xét … Ban Thường vụ Đảng uỷ "
 "thống nhất danh mục các công trình, dự án cấp thiết theo Tờ trình …`, ¶3 `Giao Đảng uỷ UBND xã chỉ đạo UBND xã triển khai thực hiện "
 "đúng theo quy định pháp luật, trình UBND tỉnh theo yêu cầu./.`. ¶2 is the Ban Thường vụ's approval of the list the Đảng uỷ UBND xã "
 "proposed → permission of the proposing body (corpus5: an approval is permission), DEBATABLE (it can be read as the issuer's own "
 "decision and left out, corpus7). ¶3 → obligation of `Đảng uỷ UBND xã` (the addressee of `Giao`; `UBND xã`, the body it must direct, "
 "is not a second addressee), report_to `UBND tỉnh` (`trình UBND tỉnh theo yêu cầu`), due null (`theo yêu cầu`), product null.")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs)}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
