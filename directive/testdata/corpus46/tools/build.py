# Writes the NAME.json files and figures.json of corpus46 from the labels below (modelled on corpus43's build.py).
# The three .txt files are written by build_txt.py from the read_file answers kept in src/ (see README "Copy fidelity").
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
REPO = 'https://github.com/hrmaster1982-dev/phapluat-8chude-data/blob/'
def src(commit, path, rid, n, pages=''):
    return (REPO + commit + '/' + path + ' (read_file id ' + rid + '; the repository\'s `docs/<topic>/<slug>.txt` — the text layer '
            'of the Công báo PDF, with the Công báo page headers, page numbers and the digital-signature stamp of the Công báo'
            + pages + ': ' + n + ' code points = total_chars)')
C983 = '983bf259b80b975410981cdbf1497feeb33d4d6a'; CB2D = 'b2d2d04ef98aa917d4bc87ea8689f03325c002de'
docs = {}; notes = {}

# ---------------------------------------------------------------- 116/NQ-CP: Kế hoạch thực hiện Kết luận 213-KL/TW
N = 'cp-116-2026-nq-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
ANNEX = flat(T).index('NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾT LUẬN')
def ta(p, n=12):
    """text_start of a Phụ lục task cell: the first occurrence of the prefix after the annex title"""
    F = flat(T); i = F.index(flat(p), ANNEX)
    return ' '.join(F[i:].split(' ')[:n])
NNMT = 'Bộ NN&MT'; BQP = 'Bộ Quốc phòng'; BTC = 'Bộ Tài chính'; BXD = 'Bộ Xây dựng'; KHCN = 'Bộ Khoa học và Công nghệ'
BCT = 'Bộ Công Thương'; BTP = 'Bộ Tư pháp'; BNG = 'Bộ Ngoại giao'; BGD = 'Bộ Giáo dục và Đào tạo'
CQDP = 'Các bộ, cơ quan, địa phương'; CQ = 'các bộ, cơ quan'; UBT = 'UBND các tỉnh, thành phố'
CP_TTG = 'Chính phủ, Thủ tướng Chính phủ'
MIN3 = ['Bộ', 'cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố']
Y27 = pend('Năm 2026 - 2027', '2027-12-31'); GD30 = pend('Giai đoạn 2026 - 2030', '2030-12-31')
N26T = pend('Năm 2026 và các năm tiếp theo', '2026-12-31'); HN = rec('Hằng năm', 'yearly')
TXHN = cont('Thường xuyên, hằng năm')
o = [
  # II.1
  ob(t('Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và'), 'II.1.a',
     ['Các cấp ủy', 'tổ chức đảng', 'chính quyền', 'Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội', 'các Bộ, cơ quan, địa phương']),
  ob(t('Công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai phải bảo'), 'II.1.b', []),
  # II.2
  ob(t('Rà soát, thể chế hóa các chủ trương, định hướng của Đảng thành văn'), 'II.2.a', [], product='văn bản'),
  ob(t('Rà soát xây dựng, điều chỉnh các quy hoạch ngành, quy hoạch có tính'), 'II.2.b', [], product='quy hoạch'),
  ob(t('Bổ sung, điều chỉnh chiến lược, quy hoạch, kế hoạch, phương án phòng'), 'II.2.c', [], product='chiến lược'),
  ob(t('Rà soát, điều chỉnh, hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật'), 'II.2.d', [], product='tiêu chuẩn'),
  ob(t('Sửa đổi, bổ sung quy hoạch hệ thống kho tàng dự trữ quốc gia'), 'II.2.đ', [], product='quy hoạch'),
  ob(t('Hoàn thiện các quy định về xử lý, giải quyết trong tình huống khẩn cấp.'), 'II.2.e', [], product='quy định'),
  ob(t('Xây dựng cơ chế huy động nguồn lực của các tổ chức, doanh nghiệp,'), 'II.2.g', [], product='cơ chế'),
  ob(t('Điều chỉnh quy trình vận hành liên hồ, đơn hồ chứa thủy điện'), 'II.2.h', [], product='quy trình'),
  ob(t('Lồng ghép nội dung, yêu cầu phòng, chống thiên tai trong quy hoạch,'), 'II.2.i', []),
  # II.3
  ob(t('Củng cố, kiện toàn cơ quan chỉ đạo điều hành, tham mưu về phòng,'), 'II.3.a', []),
  ob(t('Rà soát, sắp xếp, kiện toàn tổ chức bộ máy theo hướng thống nhất,'), 'II.3.b', []),
  ob(t('Phân định rõ thẩm quyền, trách nhiệm của Chính phủ, các bộ, cơ'), 'II.3.c', []),
  ob(t('Củng cố, nâng cao chất lượng hoạt động của lực lượng xung kích phòng,'), 'II.3.d', []),
  ob(t('Đào tạo, bồi dưỡng, huấn luyện chuyên sâu cho lực lượng làm công tác'), 'II.3.đ', []),
  ob(t('Xây dựng và diễn tập các kịch bản phòng ngừa, ứng phó, khắc phục'), 'II.3.e', [], product='kịch bản'),
  ob(t('Triển khai Đề án phát triển nâng cao năng lực ứng phó sự cố,'), 'II.3.g', []),
  # II.4
  ob(t('Rà soát, ban hành các chính sách thúc đẩy nghiên cứu, ứng dụng khoa'), 'II.4.a', [], product='chính sách'),
  ob(t('Tăng cường đầu tư nghiên cứu cơ bản về các loại hình thiên tai,'), 'II.4.b', []),
  ob(t('Hiện đại hóa hệ thống quan trắc, giám sát đa tầng, đẩy mạnh ứng dụng'), 'II.4.c', []),
  ob(t('Xây dựng, vận hành hệ thống cơ sở dữ liệu quốc gia về thiên tai'), 'II.4.d', [], product='cơ sở dữ liệu'),
  ob(t('Đẩy mạnh phát triển nguồn nhân lực chất lượng cao, đào tạo, bồi dưỡng'), 'II.4.đ', []),
  ob(t('Khuyến khích doanh nghiệp, cơ quan nghiên cứu đầu tư phát triển khoa'), 'II.4.e',
     ['doanh nghiệp', 'cơ quan nghiên cứu'], modality='encouragement'),
  # II.5
  ob(t('Rà soát, đa dạng hóa các nguồn lực, ưu tiên nguồn lực trong kế hoạch'), 'II.5.a', []),
  ob(t('Đầu tư trang thiết bị, phương tiện chuyên dụng, lưỡng dụng, hiện đại,'), 'II.5.b', []),
  # II.6
  ob(t('Đổi mới, đa dạng hóa về nội dung, hình thức và phối hợp với Mặt'), 'II.6.a', [],
     support=['Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội']),
  ob(t('Tập huấn tăng cường kỹ năng nhận diện, đánh giá và cảnh báo sớm rủi'), 'II.6.b', []),
  # II.7
  ob(t('Đẩy mạnh đối ngoại, hội nhập và tăng cường hợp tác quốc tế, chia sẻ'), 'II.7.a', []),
  ob(t('Chủ động tăng cường hợp tác với các nước trong khu vực và quốc tế,'), 'II.7.b', []),
  # II.8
  ob(t('Tăng cường thanh tra, kiểm tra việc tổ chức thực hiện chủ trương của'), 'II.8.a', []),
  ob(t('Nâng cao hiệu quả giám sát việc xây dựng và thực hiện kế hoạch,'), 'II.8.b', []),
  ob(t('Gắn công tác kiểm tra, giám sát với trách nhiệm của các bộ, cơ quan,'), 'II.8.c', []),
  # III
  ob(t('Căn cứ chức năng, nhiệm vụ, quyền hạn được giao, Kết luận số 213-KL/TW,'), 'III.1.a', MIN3,
     due=pend('trong quý II năm 2026', '2026-06-30'), product='kế hoạch', report_to='Chính phủ'),
  ob(t('Trên cơ sở Kế hoạch của Chính phủ và Kế hoạch của từng bộ,'), 'III.1.a', MIN3),
  ob(t('Tập trung chỉ đạo thực hiện quyết liệt, đồng bộ, hiệu quả Kết luận'), 'III.1.b', MIN3),
  ob(t('Tăng cường kiểm tra, đôn đốc, giám sát việc triển khai thực hiện Kế'), 'III.1.c', MIN3),
  ob(t('định kỳ hằng năm đánh giá tình hình, kết quả thực hiện, báo cáo'), 'III.1.c', MIN3,
     due=rec('trước ngày 30 tháng 11 hằng năm', 'yearly', day=30, month=11), product='báo cáo', report_to=CP_TTG),
  ob(t('Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, cơ quan,'), 'III.2', ['Bộ Nông nghiệp và Môi trường'],
     lead=['Bộ Nông nghiệp và Môi trường'], support=['các bộ, cơ quan, địa phương'],
     due=rec('định kỳ hằng năm', 'yearly'), product='báo cáo', report_to=CP_TTG),
  ob(t('Chính phủ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương,'), 'III.3',
     ['Ban Tuyên giáo và Dân vận Trung ương', 'Ban Chính sách, Chiến lược Trung ương', 'Văn phòng Trung ương Đảng',
      'Mặt trận Tổ quốc', 'các tổ chức chính trị - xã hội']),
  ob(t('Bộ Tài chính phối hợp với các bộ, cơ quan, địa phương tổng hợp, trình'), 'III.4', [BTC],
     support=['các bộ, cơ quan, địa phương'], due=rec('hằng năm', 'yearly')),
  ob(t('Ủy ban nhân dân các tỉnh, thành phố chủ động bố trí ngân sách địa'), 'III.5', ['Ủy ban nhân dân các tỉnh, thành phố']),
]
def row(prefix, sec, lead, support, due, n=12):
    return ob(ta(prefix, n), 'Phụ lục ' + sec, lead, lead=lead, support=support, due=due)
o += [
  row('Rà soát, thể chế hóa các chủ trương,', 'I.1', [NNMT, BQP], [CQDP], Y27),
  row('Rà soát xây dựng, điều chỉnh các', 'I.2', ['Các bộ', UBT], [CQDP], Y27),
  row('Bổ sung, điều chỉnh chiến lược, kế', 'I.3', [NNMT], [CQDP], Y27),
  row('Công trình đê điều, hồ đập, công', 'I.4', [NNMT], [KHCN, CQ], N26T),
  row('Công trình giao thông.', 'I.4', [BXD], [KHCN, CQ], N26T),
  row('Công trình hạ tầng năng lượng.', 'I.4', [BCT], [KHCN, CQ], N26T),
  row('Công trình thông tin liên lạc.', 'I.4', [KHCN], ['Các bộ, cơ quan'], N26T),
  row('Sửa đổi, bổ sung quy hoạch hệ thống kho', 'I.5', [BTC], [BQP, CQ], GD30),
  row('Hoàn thiện các quy định về xử lý,', 'I.6', [NNMT], [BTP, CQ], N26T),
  row('Điều chỉnh các quy trình vận hành', 'I.7', [NNMT, BCT, 'các địa phương'], ['Các bộ, cơ quan'], pend('Năm 2026', '2026-12-31')),
  row('Xây dựng cơ chế huy động nguồn', 'I.8', [BTC, 'Ngân hàng nhà nước Việt Nam'], [BTC, 'các bộ, cơ quan, địa phương'], GD30),
  row('Lồng ghép nội dung yêu cầu phòng,', 'I.9', [BTC, BXD], [CQDP], GD30),
  row('Tăng cường bảo vệ và có biện pháp', 'I.10', [NNMT], [CQDP], GD30),
  row('Củng cố, kiện toàn cơ quan chỉ đạo', 'II.1', ['Ban Chỉ đạo Phòng thủ dân sự quốc gia'], ['Ban Chỉ huy PTDS các cấp'], HN),
  row('Rà soát, sắp xếp, kiện toàn tổ chức', 'II.2', [NNMT], [CQDP], Y27),
  row('Phân định rõ thẩm quyền, trách', 'II.3', [BQP, NNMT], [BTP, 'Bộ Nội vụ', 'các địa phương'], Y27),
  row('Củng cố, nâng cao chất lượng hoạt', 'II.4', ['UBND các tỉnh/thành phố'], [CQDP], GD30),
  row('Đào tạo, bồi dưỡng, huấn luyện', 'II.5', [BQP, 'Bộ Công an', NNMT, BXD], [CQDP], HN),
  row('Xây dựng và diễn tập các kịch bản', 'II.6', [CQDP], None, HN),
  row('Triển khai Đề án phát triển nâng cao', 'II.7', [BQP], [CQDP], GD30),
  row('Nghiên cứu, ứng dụng thành tựu', 'III.1', [NNMT, KHCN], None, N26T),
  row('Rà soát, ban hành các chính sách', 'III.2', [KHCN], None, Y27),
  row('Tăng cường đầu tư nghiên cứu cơ bản', 'III.3', [NNMT, KHCN], None, N26T),
  row('Hiện đại hóa hệ thống quan trắc,', 'III.4', [NNMT], [KHCN, CQ], GD30),
  row('Cập nhật bản đồ rủi ro thiên tai', 'III.5', [NNMT], [KHCN, CQ], N26T),
  row('Thực hiện đặt hàng, giao nhiệm vụ', 'III.6', [BGD], [CQDP], N26T),
  row('Tổng hợp, báo cáo cấp có thấm', 'IV.1', [BTC], [NNMT, 'các bộ, cơ quan, địa phương'], N26T),
  row('Ưu tiên bố trí vốn để tập trung khắc', 'IV.2', [NNMT, BXD, 'Bộ Công thương', 'Bộ Y tế', BGD, KHCN],
      [BTC, 'các bộ, cơ quan, địa phương'], N26T),
  row('Rà soát, ưu tiên nguồn lực trong kế', 'IV.3', [BTC, NNMT, UBT], ['Các bộ, cơ quan'], GD30),
  row('Đầu tư trang thiết bị, phương tiện', 'IV.4', [BQP], [CQDP], GD30),
  row('Đổi mới, đa dạng hóa trong công tác', 'V.1', ['Bộ Văn hóa, Thể thao và Du lịch', 'các Bộ, cơ quan', UBT], None, TXHN),
  row('Tập huấn, tuyên truyền, hướng dẫn,', 'V.2', ['Các Bộ, cơ quan', UBT], None, TXHN),
  row('Đẩy mạnh thông tin, truyền thông;', 'V.3', ['Các Bộ, cơ quan', UBT], None, TXHN),
  row('Nâng cao kiến thức, năng lực, kỹ', 'V.4', [NNMT, UBT], [BGD, CQ], TXHN),
  row('Đẩy mạnh đối ngoại, hội nhập và', 'VI.1', [NNMT, BNG], [CQDP], HN),
  row('Tham gia các sáng kiến, cam kết', 'VI.2', [NNMT, BNG], [CQDP], HN),
]
docs[N] = dict(
    source=src(C983, 'docs/hd_kinh_te/nghi-quyet-so-116-nq-cp-469463.txt', '56495507988', '30,361',
               ' — read in two pages at offsets 0 and 16000 and joined'),
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='116', symbol='116/NQ-CP',
    type='Nghị quyết', type_code='NQ', place='Hà Nội', date='2026-04-29',
    subject=('Về Kế hoạch thực hiện Kết luận số 213-KL/TW ngày 21 tháng 11 năm 2025 của Ban Bí thư về tiếp tục thực hiện Chỉ thị '
             'số 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, '
             'ứng phó, khắc phục hậu quả thiên tai'),
    urgency='', recipients=[],
    citations=[
      cit('Kết luận', '213-KL/TW', '2025-11-21', 'Ban Bí thư', 'implements'),
      cit('Chỉ thị', '42-CT/TW', '2020-03-24', 'Ban Bí thư', 'legal_basis'),
      cit('Luật', None, '2025-02-18', '', 'legal_basis', name='Luật Tổ chức Chính phủ'),
      cit('Luật', None, None, '', 'mentions', name='Luật Đầu tư công'),
      cit('Luật', None, None, '', 'mentions', name='Luật Ngân sách nhà nước'),
    ],
    page_mentions=[], truncated=False,
    signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Hồ Quốc Dũng"},
    distribution=[], obligations=o)
notes[N] = (
 "COPY: the stored file is the text layer of the Công báo issue 277 (16-05-2026), pages 52–65: every page opens with `CÔNG BÁO/Số "
 "277/Ngày 16-05-2026 ` and the gazette page number; lines hard-wrapped with a trailing space, blank lines holding one space; header "
 "serialised cell by cell; the Công báo signing stamp (`Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `Cơ quan: VĂN PHÒNG "
 "CHÍNH PHỦ` / `Ngày ký: 2026-05-15 16:43:06 +07:00`) falls inside I.1 (after Mục đích b); the Phụ lục task table (pages 60–65) follows "
 "the signature, one cell per line, cells broken inside words and names, the header row `TT / Nội dung, nhiệm vụ / Cơ quan chủ trì "
 "thực hiện / Cơ quan phối hợp / Thời gian` repeated on every page, group rows I–VI running across the columns. Misprints kept: `phát "
 "triền`, `bền vũng`, `cấp có thấm quyền cân đổi`, `hẳng năm`. No Nơi nhận in the Công báo print (distribution []). Copied whole: "
 "30,361 code points = total_chars (pages 16,000 + 14,361), NFC. "
 "HEADER: date 2026-04-29 from the place/date line; the Công báo date and the stamp's `Ngày ký` are chrome; `Số 277` is the gazette "
 "issue (page_mentions []). Subject = the four trích yếu lines joined; it begins `Về Kế hoạch …` and `Về` is kept (the convention drops "
 "only `V/v` and `Về:`, corpus32). No Kính gửi. Signature `TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Hồ Quốc Dũng`. "
 "CITATIONS (5): Kết luận 213-KL/TW (21/11/2025, Ban Bí thư) first fully mentioned in the subject `Về Kế hoạch thực hiện Kết luận số "
 "213-KL/TW …` → implements (as corpus43 did for 49-CT/TW), DEBATABLE (its Căn cứ line gives legal_basis); Chỉ thị 42-CT/TW (24/3/2020, "
 "Ban Bí thư) — first printed inside 213-KL/TW's description in the subject (that is 213's relation to it), its own first full mention "
 "being the Căn cứ line `Căn cứ Chỉ thị số 42-CT/TW … của Ban Bí thư Trung ương Đảng` → legal_basis, DEBATABLE (mentions from the nested "
 "first mention is the other reading); issuer `Ban Bí thư` from the subject; Luật Tổ chức Chính phủ (18/02/2025) → legal_basis; Luật Đầu "
 "tư công and Luật Ngân sách nhà nước by name (Phụ lục IV.1 `theo quy định của …`) → mentions, date null. Not listed: `Chương trình hành "
 "động thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIV` and `Đề án phát triển nâng cao năng lực ứng phó sự cố, thiên tai và tìm "
 "kiếm cứu nạn đến năm 2030 …` (named programmes without number, corpus10), the annex line `(Kèm theo Nghị quyết số 116/NQ-CP …)` (own "
 "number). "
 "OBLIGATIONS (78). The Kế hoạch is the resolution's own body (`QUYẾT NGHỊ: … Chính phủ ban hành Kế hoạch … với những nội dung như "
 "sau: I … II … III`), not an annex, so its sections carry no `KH` prefix (`II.2.a`, `III.1.c`); the annexed task table is `Phụ lục "
 "<group>.<row>` (corpus10). The opening sentence is the issuer's act, not an entry; I. MỤC ĐÍCH, YÊU CẦU gives no entries. "
 "II (33 entries, one per lettered item; numbered headings are not entries): there is NO lead-in naming bodies (I.1.a's purpose "
 "statement `xác định rõ nhiệm vụ, trách nhiệm của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố` is not a lead-in), so "
 "items that name no body of their own get `addressees: []` (corpus10's ttg-773 reading; corpus13 Party task paragraphs), DEBATABLE: "
 "the bodies of III.1 (`Tập trung chỉ đạo thực hiện … hoàn thành các nhiệm vụ được giao`) could be inherited. II.1.a names its subject "
 "(`Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội từ Trung ương đến địa phương, người đứng "
 "đầu các Bộ, cơ quan, địa phương`) → six addressees, `người đứng đầu các Bộ, cơ quan, địa phương` → the class `các Bộ, cơ quan, địa "
 "phương`. II.1.b (`… phải bảo đảm thực hiện đúng …`) recorded as a task paragraph with []. II.4.e `Khuyến khích doanh nghiệp, cơ quan "
 "nghiên cứu …` → encouragement of the two classes (corpus10: a whole item opening `Khuyến khích`), DEBATABLE (its later clauses are "
 "tasks of the State). II.5.a: its three `-` lines list the kinds of priority projects (objects of `ưu tiên nguồn lực vào các dự án đầu "
 "tư công trọng điểm:`), not tasks → folded into one entry, DEBATABLE. II.6.a `phối hợp với Mặt trận Tổ quốc, các tổ chức chính trị - xã "
 "hội` → support the two, lead null (corpus5). Letters as printed: II.2 a, b, c, d, đ, e, g, h, i; II.3 a, b, c, d, đ, e, g; II.4 a, b, c, d, "
 "đ, e. Products (head noun of the output asked for): II.2.a văn bản, II.2.b and II.2.đ quy hoạch, "
 "II.2.c chiến lược (first of `chiến lược, quy hoạch, kế hoạch, phương án`, corpus13), II.2.d tiêu chuẩn, II.2.e quy định, II.2.g cơ chế, "
 "II.2.h quy trình, II.3.e kịch bản, II.4.a chính sách, II.4.d cơ sở dữ liệu; activities and investments → null. Dues in II all null: "
 "`hàng năm`/`hằng năm` qualify a plan or budget (`kế hoạch dự trữ quốc gia hàng năm`, `nguồn dự phòng ngân sách hằng năm`), `đến năm "
 "2030, định hướng đến năm 2045` is the Đề án's horizon (targets are not deadlines). "
 "III (9 entries): III.1's lead-in `Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:` is not an "
 "entry; its a)–c) inherit the bodies, officials → bodies (`Bộ` CONSTRUCTED from `Bộ trưởng` as corpus40/42/43; `cơ quan ngang bộ`; `Ủy "
 "ban nhân dân các tỉnh, thành phố`). III.1.a split in two (corpus25): the detailed plan `báo cáo Chính phủ trong quý II năm 2026, đồng "
 "thời gửi Bộ Nông nghiệp và Môi trường` → period_end 2026-06-30, product kế hoạch, report_to Chính phủ (the copy to the Ministry is not "
 "a second report_to, as corpus42's 113/NQ-CP); and `Trên cơ sở … cụ thể hóa thành các nhiệm vụ trong kế hoạch công tác hằng năm … tổ "
 "chức triển khai ngay` → due null (`hằng năm` qualifies the work plan; `ngay` without an event → null, corpus26). III.1.c split: the "
 "supervision, and `định kỳ hằng năm đánh giá …, báo cáo Chính phủ, Thủ tướng Chính phủ trước ngày 30 tháng 11 hằng năm, đồng thời gửi "
 "Bộ Nông nghiệp và Môi trường` → recurring yearly, day 30, month 11 (corpus35), product báo cáo, report_to the two bodies as one printed "
 "string (corpus13). III.2 one entry: lead Bộ Nông nghiệp và Môi trường, support `các bộ, cơ quan, địa phương`, `định kỳ hằng năm báo "
 "cáo Chính phủ, Thủ tướng Chính phủ` → recurring yearly without day, product báo cáo. III.3 `Chính phủ trân trọng đề nghị` five Party/"
 "Front bodies `phối hợp trong quá trình triển khai thực hiện` → obligation (corpus10: `Đề nghị` to bodies outside the issuer's "
 "authority), no partner named → lead/support null. III.4 Bộ Tài chính `phối hợp với các bộ, cơ quan, địa phương` → lead null, support "
 "the class; `trình cấp có thẩm quyền` → no report_to (corpus32); due recurring yearly from `hằng năm` (corpus13/43's reading of a "
 "yearly allocation), DEBATABLE (null is the other reading; the plan is also `giai đoạn 05 năm`). III.5 → `Ủy ban nhân dân các tỉnh, "
 "thành phố`, due null. "
 "PHỤ LỤC (36 entries; corpus10 annex-table rule): one entry per task row, group rows I–VI not entries; text_start = the task cell "
 "(located after the annex title; where the cell has fewer than 12 words it runs on into the chủ trì cell, corpus10); 15 rows (I.1, I.2, I.6, I.8, II.1, II.2, II.4–II.7, III.2–III.4, IV.4, VI.1) repeat "
 "the wording of a II item in their first 12 words and share its text_start (corpus25/42). addressees = lead = chủ trì cell split into bodies; support "
 "= phối hợp cell split; an empty phối hợp cell (II.6, III.1–III.3, V.1–V.3) → support null. The table has NO result column → product "
 "null for every row (corpus10 takes product from the `Sản phẩm`/`Kết quả` column only). The abbreviation `Bộ NN&MT` is kept as printed "
 "(the body is `Bộ Nông nghiệp và Môi trường`, not normalised), so are `UBND các tỉnh, thành phố`, `UBND các tỉnh/thành phố`, `Ban Chỉ huy "
 "PTDS các cấp`, `Ngân hàng nhà nước Việt Nam`. Classes kept whole: `Các bộ, cơ quan, địa phương` (printed `Các bộ, \\ncơ quan,  \\nđịa "
 "phương`), `các bộ, cơ quan`, `Các Bộ, cơ quan`, `Các bộ` (I.2 `Các bộ, UBND các tỉnh, thành phố` → two). I.8 prints `Bộ Tài chính` in "
 "both the chủ trì and the phối hợp cell — kept in both. Row I.4 (`Hoàn thiện hệ thống tiêu chuẩn, quy chuẩn …`) has empty chủ trì, "
 "phối hợp and time cells and four `-` sub-rows with their own chủ trì (`Bộ NN&MT`, `Bộ Xây dựng`, `Bộ Công Thương`, `Bộ Khoa học và "
 "Công nghệ`): the parent row is a heading (corpus10's lead-in bullet rule), the four sub-rows are the entries, all with section `Phụ "
 "lục I.4` (`-` bullets share their marker's section, corpus5); the phối hợp cell `Bộ Khoa học và Công nghệ, các bộ, cơ quan` and the "
 "time cell `Năm 2026 và các năm tiếp theo` are printed once after the first sub-row and read as spanning sub-rows 1–3 (sub-row 4 prints "
 "its own phối hợp `Các bộ, cơ quan`) and, for the time, all four — DEBATABLE (merged cells). Row III.6 likewise: the parent task "
 "(`Đẩy mạnh phát triển nguồn nhân lực …`) has empty cells and an unmarked sub-row `Thực hiện đặt hàng, giao nhiệm vụ …` carries `Bộ "
 "Giáo dục và Đào tạo` → one entry with the sub-row as text_start. Row IV.2 `Các Bộ: NN&MT, Xây dựng, Công thương, Y tế, Giáo dục và Đào "
 "tạo, Khoa học và Công nghệ` → six CONSTRUCTED names (`Bộ NN&MT`, `Bộ Xây dựng`, `Bộ Công thương`, `Bộ Giáo dục và Đào tạo`, `Bộ Khoa "
 "học và Công nghệ` are printed elsewhere; **`Bộ Y tế` is printed nowhere — the checker's one miss**). Row IV.3 is followed by a line "
 "across the table `Các bộ, cơ quan, địa phương trong đó mô tả các hoạt động của dự án, sản phẩm, kết quả của dự án, cơ quan thực hiện "
 "và thời gian thực hiện (chi tiết trong Kế hoạch của cơ quan, đơn vị).` — read as a note on IV.3, not an entry, DEBATABLE. Row III.4's "
 "task cell is cut by the page break (its second half follows the repeated header on page 63). Dues from the `Thời gian` column: `Năm "
 "2026 - 2027` → period_end 2027-12-31, `Giai đoạn 2026 - 2030` → 2030-12-31 (range → end of its last year, corpus13), `Năm 2026` → "
 "2026-12-31, `Năm 2026 và các năm tiếp theo` → period_end 2026-12-31 by its first period (corpus5's `Tháng 12/2013 và thường xuyên` "
 "rule), DEBATABLE (continuous), `Hằng năm` → recurring yearly, `Thường xuyên, hằng năm` → continuous by its first element (corpus42 "
 "read `Hằng năm, thường xuyên` as yearly by ITS first element), DEBATABLE. IV.1 `báo cáo cấp có thấm quyền` → no report_to.")

# ---------------------------------------------------------------- 126/NQ-CP: transfer of the Làng Văn hóa - Du lịch
N = 'cp-126-2026-nq-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
VH = 'Bộ Văn hoá, Thể thao và Du lịch'; HNUB = 'Ủy ban nhân dân thành phố Hà Nội'
o = [
  ob(t('Đồng ý chủ trương chuyển giao nguyên trạng Làng Văn hóa - Du lịch'), 'Điều 1.1', [VH, HNUB], modality='permission'),
  ob(t('Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7'), 'Điều 1.1', [VH, HNUB],
     due=date('trước ngày 01 tháng 7 năm 2026', '2026-07-01')),
  ob(t('Chủ trì, phối hợp với Ủy ban nhân dân thành phố Hà Nội và'), 'Điều 1.2.a', [VH], lead=[VH],
     support=[HNUB, 'các bộ, ngành liên quan'], product='quyết định', report_to='Thủ tướng Chính phủ'),
  ob(t('Chủ trì, phối hợp với các cơ quan liên quan thực hiện các thủ tục'), 'Điều 1.2.b', [VH], lead=[VH],
     support=['các cơ quan liên quan']),
  ob(t('Làng Văn hóa - Du lịch các dân tộc Việt Nam tiếp tục sử dụng kinh phí'), 'Điều 1.2.c',
     ['Làng Văn hóa - Du lịch các dân tộc Việt Nam'], modality='permission'),
  ob(t('Phối hợp với Bộ Văn hoá, Thể thao và Du lịch tổ chức tiếp nhận'), 'Điều 1.3.a', [HNUB], support=[VH]),
  ob(t('Ban hành quyết định quy định về chức năng, nhiệm vụ, quyền hạn và'), 'Điều 1.3.b', [HNUB], product='quyết định'),
  ob(t('Bố trí ngân sách thành phố để đảm bảo kinh phí hoạt động của Làng'), 'Điều 1.3.c', [HNUB]),
  ob(t('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân thành phố'), 'Điều 3',
     ['Bộ', 'cơ quan ngang bộ', HNUB, 'các cơ quan, tổ chức, cá nhân có liên quan']),
]
docs[N] = dict(
    source=src(C983, 'docs/hd_kinh_te/nghi-quyet-so-126-nq-cp-469505.txt', '56607014156', '4,272'),
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='126', symbol='126/NQ-CP',
    type='Nghị quyết', type_code='NQ', place='Hà Nội', date='2026-05-11',
    subject=('Về việc chuyển giao Làng Văn hóa - Du lịch các dân tộc Việt Nam về Ủy ban nhân dân thành phố Hà Nội quản lý'),
    urgency='', recipients=[],
    citations=[
      cit('Luật', None, '2025-02-18', '', 'legal_basis', name='Luật Tổ chức Chính phủ'),
      cit('Luật', None, '2025-06-16', '', 'legal_basis', name='Luật Tổ chức chính quyền địa phương'),
      cit('Nghị quyết', '02-NQ/TW', '2026-03-17', 'Bộ Chính trị', 'legal_basis'),
      cit('Nghị định', '39/2022/NĐ-CP', '2022-06-18', 'Chính phủ', 'legal_basis'),
      cit('Tờ trình', '202/TTr-BVHTTDL', '2026-05-11', VH, 'mentions'),
      cit('Tờ trình', '192/TTr-BVHTTDL', '2026-05-06', VH, 'mentions'),
      cit('Báo cáo', '201/BC-BVHTTDL', '2026-05-11', VH, 'mentions'),
      cit('Báo cáo', '191/BC-BVHTTDL', '2026-05-06', VH, 'mentions'),
      cit('Tờ trình', '82/TTr-UBND', '2026-03-31', HNUB, 'mentions'),
    ],
    page_mentions=[], truncated=False,
    signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Phạm Thị Thanh Trà"},
    distribution=[], obligations=o)
notes[N] = (
 "COPY: the stored file is the text layer of the Công báo issue 283 (25-05-2026), pages 110–112 (`CÔNG BÁO/Số 283/Ngày 25-05-2026 ` and "
 "the page number at each page); header serialised cell by cell; the Công báo signing stamp (`Ngày ký: 2026-05-25 08:00:52 +07:00`) falls "
 "inside Điều 1.1, between its first paragraph and `Việc bàn giao và tiếp nhận …`; runs of padding spaces inside justified lines "
 "(`Thể thao và             `); no Nơi nhận in the Công báo print (distribution []). Copied whole: 4,272 code points = total_chars, NFC. "
 "HEADER: date 2026-05-11; subject the two trích yếu lines, `Về việc` kept (corpus32). Signature `TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ "
 "TƯỚNG / Phạm Thị Thanh Trà`. "
 "CITATIONS (9): the two Luật by name and date, Nghị quyết 02-NQ/TW of the Bộ Chính trị (printed `của Bộ    \\nChính trị`) and Nghị định "
 "39/2022/NĐ-CP → legal_basis (Căn cứ); the Ministry's two Tờ trình and two Báo cáo and the Hà Nội Tờ trình 82/TTr-UBND in `Theo đề nghị "
 "của … tại các văn bản: …` → mentions (corpus43), typed from their codes; issuers `Bộ Văn hoá, Thể thao và Du lịch` (printed after "
 "`Bộ trưởng`) and `Ủy ban nhân dân thành phố Hà Nội` (printed after `Chủ tịch`) — the officials' bodies, DEBATABLE (the printed `của` "
 "names the officials). All five repeated in Điều 1.1, listed once. "
 "OBLIGATIONS (9). Điều 1.1 `Đồng ý chủ trương chuyển giao … theo đề nghị của Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch … của Chủ tịch Ủy "
 "ban nhân dân thành phố Hà Nội …` → permission (corpus5: an approval is permission) of the two proposing bodies, DEBATABLE (corpus43 "
 "115-CV did the same; it could be read as the issuer's own decision and left out). `Việc bàn giao và tiếp nhận phải hoàn thành trước "
 "ngày 01 tháng 7 năm 2026` → a separate entry under `Điều 1.1`, addressees the handing-over and the receiving body (the sentence names "
 "no body; both are named in the same clause's first paragraph), due 2026-07-01. `Từ ngày 01 tháng 7 năm 2026, Ủy ban nhân dân thành phố "
 "Hà Nội trực tiếp quản lý …` is a start date (not a due, no entry); the paragraph `Việc quản lý, tổ chức hoạt động … thực hiện theo quy "
 "định của pháp luật …` names no body and states the applicable law → no entry, DEBATABLE. Điều 1.2 `Giao Bộ Văn hoá, Thể thao và Du lịch:` "
 "and 1.3 `Giao Ủy ban nhân dân thành phố Hà Nội:` are lead-ins (not entries, corpus11); their lettered items inherit the body. 1.2.a "
 "lead the Ministry, support `Ủy ban nhân dân thành phố Hà Nội` and the class `các bộ, ngành liên quan`, `trình Thủ tướng Chính phủ ban "
 "hành Quyết định` → product quyết định, report_to Thủ tướng Chính phủ, due null (the 01/7 deadline is for the handover, not the draft). "
 "1.2.b `… sau khi có quyết định của Thủ tướng Chính phủ` → a precondition, not a deadline (due null; the handover deadline is the Điều "
 "1.1 entry), DEBATABLE (due date 2026-07-01 inherited from 1.1 is the other reading). 1.2.c names its own subject, the Làng itself "
 "(`Làng Văn hóa - Du lịch các dân tộc Việt Nam tiếp tục sử dụng kinh phí và triển khai nhiệm vụ theo kế hoạch ngân sách … đã phê "
 "duyệt`) → permission of the Làng, DEBATABLE (obligation of the Ministry is the other reading). 1.3.a `Phối hợp với Bộ Văn hoá, …` → "
 "lead null, support the Ministry (corpus5); 1.3.b product quyết định; 1.3.c `từ thời điểm hoàn thành tiếp nhận bàn giao` is a start, "
 "due null. Điều 2 (entry into force) not an obligation. Điều 3 execution clause → `Bộ` CONSTRUCTED from `Các Bộ trưởng` (corpus43), "
 "`cơ quan ngang bộ`, `Ủy ban nhân dân thành phố Hà Nội`, `các cơ quan, tổ chức, cá nhân có liên quan`.")

# ---------------------------------------------------------------- 141/NQ-CP: policies of an amending law
N = 'cp-141-2026-nq-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Thông qua 02 Chính sách của Luật sửa đổi, bổ sung một số điều'), 'Điều 1', [BCT], modality='permission'),
  ob(t('Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan tổng hợp,'), 'Điều 2', [BCT], lead=[BCT],
     support=['các bộ, cơ quan liên quan'], due=date('trước ngày 10 tháng 7 năm 2026', '2026-07-10'), product='dự án luật',
     report_to='Chính phủ'),
  ob(t('Phân công Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc chỉ đạo'), 'Điều 3',
     ['Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc']),
  ob(t('Bộ trưởng Bộ Công Thương và Thủ trưởng các cơ quan có liên quan chịu'), 'Điều 5', [BCT, 'các cơ quan có liên quan']),
]
docs[N] = dict(
    source=src(CB2D, 'docs/hd_kinh_te/nghi-quyet-so-141-nq-cp-469678.txt', '56628646284', '4,263'),
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='141', symbol='141/NQ-CP',
    type='Nghị quyết', type_code='NQ', place='Hà Nội', date='2026-06-01',
    subject=('Về chính sách của Luật sửa đổi, bổ sung một số điều của Luật Thương mại, Luật Cạnh tranh, Luật Quản lý ngoại thương, '
             'Luật Bảo vệ quyền lợi người tiêu dùng'),
    urgency='', recipients=[],
    citations=[
      cit('Luật', None, '2025-02-18', '', 'legal_basis', name='Luật Tổ chức Chính phủ'),
      cit('Luật', None, '2025-02-19', '', 'legal_basis', name='Luật Ban hành văn bản quy phạm pháp luật'),
      cit('Luật', None, '2025-06-25', '', 'legal_basis',
          name='Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật'),
      cit('Nghị định', '191/2026/NĐ-CP', '2026-05-29', 'Chính phủ', 'legal_basis'),
      cit('Nghị định', '78/2025/NĐ-CP', '2025-04-01', 'Chính phủ', 'legal_basis'),
      cit('Nghị định', '187/2025/NĐ-CP', '2025-07-01', '', 'legal_basis'),
      cit('Tờ trình', '2138/TTr-BCT', '2026-03-30', BCT, 'mentions'),
      cit('Tờ trình', '3390/TTr-BCT', '2026-05-14', BCT, 'mentions'),
      cit('Báo cáo', '374/BC-BCT', '2026-05-30', BCT, 'mentions'),
      cit('Luật', None, None, '', 'mentions', name='Luật Thương mại'),
      cit('Luật', None, None, '', 'mentions', name='Luật Quản lý ngoại thương'),
      cit('Luật', None, None, '', 'mentions', name='Luật Cạnh tranh'),
    ],
    page_mentions=[], truncated=False,
    signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Phạm Gia Túc"},
    distribution=[], obligations=o)
notes[N] = (
 "COPY: the stored file is the text layer of the Công báo issue 327 (14-06-2026), pages 108–110; header serialised cell by cell, the "
 "trích yếu's first line padded with a run of spaces; the Công báo stamp (`Ngày ký: 2026-06-12 17:05:03 +07:00`) falls inside Điều 1 "
 "before its two `- Chính sách` bullets; a stray line `ơ` (a stamp or signature-image remnant) stands between Điều 5 and the signature "
 "block — not part of any label; no Nơi nhận in the Công báo print (distribution []). Copied whole: 4,263 code points = total_chars, NFC "
 "(commit b2d2d04e…, the repository's later batch). "
 "HEADER: date 2026-06-01; subject = the three trích yếu lines (`Về chính sách …`, `Về` kept, corpus32). Signature `TM. CHÍNH PHỦ / KT. "
 "THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Phạm Gia Túc` — the same person Điều 3 names as `Phó Thủ tướng Thường trực Chính phủ`. "
 "CITATIONS (12): the Căn cứ lines → legal_basis: Luật Tổ chức Chính phủ (18/02/2025), Luật Ban hành văn bản quy phạm pháp luật "
 "(19/02/2025), the amending `Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật` (25/6/2025, same-name "
 "family distinguished by date), Nghị định 191/2026/NĐ-CP (Quy chế làm việc) and 78/2025/NĐ-CP of the Chính phủ, and 187/2025/NĐ-CP "
 "nested in 78's description with its own number (`được sửa đổi, bổ sung tại Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025`) → "
 "legal_basis, issuer '' (none printed for it; corpus42's 333/QĐ-BTC did the same), DEBATABLE (amends-relation of 78, not of this "
 "resolution). The Ministry's `Tờ trình số 2138/TTr-BCT`, `số 3390/TTr-BCT` and `số 374/BC-BCT` (typed Báo cáo from its code although "
 "introduced under `các Tờ trình`) → mentions. The four laws whose amendment is planned first appear inside the subject's title of the "
 "draft law (`Luật sửa đổi, bổ sung một số điều của Luật Thương mại, …`) — bare law names inside another document's title are not listed "
 "— but three of them recur on their own in the Chính sách bullets (`trong Luật Thương mại`, `tại Luật Quản lý ngoại thương`, `của Luật "
 "Cạnh tranh`) → listed as mentions, date null, DEBATABLE; `Luật Bảo vệ quyền lợi người tiêu dùng` appears only inside the title → not "
 "listed. The planned `dự án Luật sửa đổi, bổ sung …` (a product, not yet a document) is not a citation. "
 "OBLIGATIONS (4). Điều 1 `Thông qua 02 Chính sách … theo đề xuất của Bộ Công Thương …` → permission of the proposing Bộ Công Thương "
 "(corpus5: an approval is permission), DEBATABLE (the issuer's own decision, corpus7, is the other reading); its two `- Chính sách` "
 "bullets are the content approved, not entries. Điều 2 → lead Bộ Công Thương, support the class `các bộ, cơ quan liên quan`, `trình "
 "Chính phủ trước ngày 10 tháng 7 năm 2026` → due 2026-07-10, report_to Chính phủ, product `dự án luật` (corpus10: `Dự án Luật` → `dự "
 "án luật`). Điều 3 `Phân công Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc chỉ đạo việc xây dựng, hoàn thiện dự án Luật …` → an "
 "obligation of the person as printed (corpus17: persons kept as addressees when the text assigns to a person), DEBATABLE: the Deputy "
 "Prime Minister is a member of the issuing Government, so the corpus7 rule (issuer's own role) could drop it. Điều 4 (entry into force) "
 "not recorded. Điều 5 execution clause → `Bộ Công Thương` (from `Bộ trưởng Bộ Công Thương`), `các cơ quan có liên quan` (from `Thủ "
 "trưởng các cơ quan có liên quan`).")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs)}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
