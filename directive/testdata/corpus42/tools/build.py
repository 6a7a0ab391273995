# Writes the NAME.json files and figures.json of corpus42 from the labels below (modelled on corpus40's build.py).
# The four .txt files are written by build_txt.py from the read_file answers kept in src/ (see README "Copy fidelity").
# Labels were written from the .txt files alone. `-v` prints every text_start.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def date(text, d): return {"text": text, "kind": "date", "date": d}
def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def rec(text, cycle, day=None, month=None, weekday=None):
    r = {"text": text, "kind": "recurring", "cycle": cycle}
    if day is not None: r["day"] = day
    if month is not None: r["month"] = month
    if weekday is not None: r["weekday"] = weekday
    return r
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c

REPO = 'https://github.com/hrmaster1982-dev/phapluat-8chude-data/blob/'
SRC = ("the repository's `docs/<topic>/<slug>.txt` — the text layer of the Công báo PDF (`.pdf` stored beside it), with the "
       "Công báo page headers, page numbers and the digital-signature stamp of the Công báo")
CP = 'Chính phủ'; TTG = 'Thủ tướng Chính phủ'; QH = 'Quốc hội'
docs = {}; notes = {}

# ---------------------------------------------------------------- 21/CT-TTg: sắp xếp thôn, tổ dân phố (Chỉ thị)
N = 'ttg-21-2026-ct-ttg'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
U = 'Ủy ban nhân dân các tỉnh, thành phố'
BNV = 'Bộ Nội vụ'; BTC = 'Bộ Tài chính'; BCA = 'Bộ Công an'
VIA = 'Bộ Nội vụ, Văn phòng Chính phủ'
o = [
  ob(t('Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo'), 'II.1', ['Ban Thường vụ Tỉnh ủy, Thành ủy']),
  ob(t('Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo'), 'II.2', ['Ban Tuyên giáo và Dân vận Trung ương']),
  ob(t('Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lãnh đạo'), 'II.3',
     ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']),
  ob(t('Khẩn trương tổ chức rà soát toàn bộ thôn, tổ dân phố'), 'II.4.a', [U],
     due=date('hoàn thành trước ngày 10 tháng 6 năm 2026', '2026-06-10'), product='phương án',
     report_to='cấp ủy cùng cấp'),
  ob(t('Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án sắp xếp'), 'II.4.b', [U],
     due=date('hoàn thành trước ngày 30 tháng 6 năm 2026', '2026-06-30'), product='đề án',
     report_to='Hội đồng nhân dân cấp xã'),
  ob(t('Kết thúc hoạt động đối với người hoạt động không chuyên trách tại'), 'II.4.c', [U],
     due=date('trước ngày 31 tháng 5 năm 2026', '2026-05-31')),
  ob(t('Khẩn trương xây dựng, ban hành và tổ chức thực hiện phương án bố trí'), 'II.4.c', [U],
     due=date('trước ngày 30 tháng 6 năm 2026', '2026-06-30'), product='phương án'),
  ob(t('Định kỳ báo cáo Thủ tướng Chính phủ để kịp thời tổng hợp'), 'II.4.d', [U],
     due=rec('vào thứ Sáu hàng tuần', 'weekly', weekday=5), product='báo cáo', report_to=TTG, via=VIA),
  ob(t('báo cáo tổng thể kết quả thực hiện trước ngày 05 tháng 7'), 'II.4.d', [U],
     due=date('trước ngày 05 tháng 7 năm 2026', '2026-07-05'), product='báo cáo', report_to=TTG, via=VIA),
  ob(t('Chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn, đôn đốc'), 'II.5.a', [BNV], lead=[BNV],
     support=['các bộ, ngành liên quan']),
  ob(t('Tiếp thu ý kiến Bộ Chính trị, ý kiến các cơ quan liên quan'), 'II.5.b', [BNV],
     due=date('trước ngày 26 tháng 5 năm 2026', '2026-05-26'), product='nghị định', report_to=CP),
  ob(t('Theo dõi, tổng hợp tình hình sắp xếp thôn, tổ dân phố và bố trí'), 'II.5.c', [BNV], report_to=CP),
  ob(t('Chủ trì phối hợp với Bộ Tài chính và các cơ quan liên quan hướng'), 'II.5.d', [BNV], lead=[BNV],
     support=[BTC, 'các cơ quan liên quan']),
  ob(t('Định kỳ thứ Hai hàng tuần tổng hợp tình hình, kết quả thực hiện'), 'II.5.đ', [BNV],
     due=rec('Định kỳ thứ Hai hàng tuần', 'weekly', weekday=1), report_to='Đảng ủy Chính phủ'),
  ob(t('xây dựng Báo cáo tổng thể kết quả thực hiện sắp xếp thôn'), 'II.5.đ', [BNV],
     due=date('trước ngày 06 tháng 7 năm 2026', '2026-07-06'), product='báo cáo', report_to='Đảng ủy Chính phủ'),
  ob(t('Chủ trì hướng dẫn việc bố trí, quản lý, sử dụng kinh phí'), 'II.6.a', [BTC], lead=[BTC]),
  ob(t('Phối hợp với Bộ Nội vụ hướng dẫn các địa phương bố trí nguồn'), 'II.6.b', [BTC], support=[BNV]),
  ob(t('Chỉ đạo lực lượng công an các cấp chủ động nắm tình hình'), 'II.7.a', [BCA],
     support=['chính quyền địa phương các cấp']),
  ob(t('Phối hợp với Bộ Nội vụ và các địa phương hướng dẫn việc rà soát'), 'II.7.b', [BCA],
     support=[BNV, 'các địa phương'], due=date('trước ngày 25 tháng 5 năm 2026', '2026-05-25')),
  ob(t('Bộ Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo'), 'II.8', ['Bộ Văn hóa, Thể thao và Du lịch'],
     support=['Ban Tuyên giáo và Dân vận Trung ương']),
  ob(t('Các bộ, cơ quan ngang bộ theo chức năng, nhiệm vụ được giao'), 'II.9', ['Các bộ', 'cơ quan ngang bộ'],
     support=[BNV]),
]
docs[N] = dict(source=REPO + '983bf259b80b975410981cdbf1497feeb33d4d6a/docs/thue_tncn/chi-thi-so-21-ct-ttg-469580.txt (read_file id 56561017248; ' + SRC +
    ' — read whole in one answer; 12,803 code points as displayed against total_chars 13,031, see README "Copy fidelity")',
    kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='21', symbol='21/CT-TTg',
    type='Chỉ thị', type_code='CT', place='Hà Nội', date='2026-05-20',
    subject=('Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách đối với người hoạt động không chuyên '
             'trách ở cấp xã, ở thôn, tổ dân phố'),
    urgency='', recipients=[],
    citations=[
      cit('Kết luận', '34-KL/TW', '2026-05-18', 'Bộ Chính trị', 'implements'),
      cit('Chỉ thị', '18/CT-TTg', '2026-05-08', TTG, 'mentions'),
    ],
    page_mentions=[],
    truncated=False, signature={"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Phạm Thị Thanh Trà"},
    distribution=[],
    obligations=o)
notes[N] = (
 "COPY: the stored file is the text layer of the Công báo issue 302 (02-06-2026), pages 70–75: each page opens with `CÔNG BÁO/Số "
 "302/Ngày 02-06-2026 ` and the page number on its own line, lines are hard-wrapped at the PDF line ends with a trailing space, the "
 "header block is serialised cell by cell (`THỦ TƯỚNG CHÍNH PHỦ ` / a rule of underscores / `Số: 21/CT-TTg ` / the motto lines / a longer "
 "rule / `Hà Nội, ngày 20 tháng 5 năm 2026`), and after the first page the Công báo's digital-signature stamp is inserted mid-text "
 "(`Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `Cơ quan: VĂN PHÒNG CHÍNH PHỦ` / `Ngày ký: 2026-06-02 08:06:58 +07:00`). "
 "The Công báo print carries no Nơi nhận (distribution []); the signature block ends the text. The copy is the read_file answer as "
 "displayed, 228 code points shorter than total_chars (README). "
 "HEADER: date 2026-05-20 from the place/date line; the Công báo dates (02-06-2026 in every page header, `Ngày ký: 2026-06-02` in the "
 "stamp) are chrome. Subject = the two trích yếu lines joined, `Về việc` kept (only `V/v` and `Về:` are dropped, corpus32). No Kính gửi "
 "(recipients []). page_mentions []: the chrome names no document (the Công báo issue number `Số 302` is not a document symbol). "
 "CITATIONS: `Thực hiện Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính trị` → implements (repeated in II.1, not listed "
 "again); `Chỉ thị số 18/CT-TTg ngày 08 tháng 5 năm 2026 của Thủ tướng Chính phủ` (II.4.c, `theo tinh thần`) → mentions. "
 "OBLIGATIONS (21): the opening lead-in `Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương khẩn trương thực hiện các nhiệm vụ sau "
 "đây:` is not an entry. Section I `NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ` (items 1–5: `phải bảo đảm …`, `Lựa chọn, giới thiệu "
 "…`, `Đẩy mạnh công tác tuyên truyền …`) is read as principles of the arrangement and NOT recorded (as Mục đích/Yêu cầu sections, "
 "corpus10), DEBATABLE — I.4 and I.5 read like tasks of the lead-in's `các bộ, ngành, địa phương`. II.1 the Party standing committees: "
 "one addressee as printed `Ban Thường vụ Tỉnh ủy, Thành ủy` (the distributive `Ban Thường vụ` covers both; splitting would construct "
 "`Ban Thường vụ Thành ủy`, which the text does not print), DEBATABLE. II.2, II.3 `Đề nghị …` of Party/Front bodies outside the "
 "issuer's authority → obligation (corpus10 rule). II.4 lead-in `Ủy ban nhân dân các tỉnh, thành phố` (a heading line) inherited by "
 "a)–d). II.4.a product `phương án`, due 2026-06-10 (`hoàn thành trước ngày 10 tháng 6 năm 2026`), report_to `cấp ủy cùng cấp` from "
 "`báo cáo cấp ủy cùng cấp trước khi ban hành` (a prior report to the provincial Party committee, not the generic `cấp có thẩm quyền`), "
 "DEBATABLE. II.4.b product `đề án` (drawn up by the communes on the province's direction), report_to `Hội đồng nhân dân cấp xã` "
 "(`trình Hội đồng nhân dân cấp xã thông qua Đề án`), due 2026-06-30, DEBATABLE. II.4.c split in two: ending the non-professional "
 "posts `trước ngày 31 tháng 5 năm 2026`, and the placement plan `trước ngày 30 tháng 6 năm 2026` (product `phương án`); the following "
 "paragraph `Phương án bố trí, sử dụng phải gắn với …` and its four `-` bullets describe the plan's orientation (`theo hướng:`) and give "
 "no entries of their own, DEBATABLE (one entry per bullet is the other reading). II.4.d split: the weekly report `vào thứ Sáu hàng "
 "tuần` → due recurring with a NEW cycle value `weekly` and `weekday` 5 (ISO, Friday), and the overall report `trước ngày 05 tháng 7 "
 "năm 2026`; both report_to `Thủ tướng Chính phủ` (the purpose clause `để kịp thời tổng hợp báo cáo Ban Bí thư Trung ương Đảng` is the "
 "Prime Minister's own next step), via `Bộ Nội vụ, Văn phòng Chính phủ` as printed in `(qua Bộ Nội vụ, Văn phòng Chính phủ)` (two "
 "bodies in one via string), the overall report taking the same recipient and via, DEBATABLE. II.5 lead-in `Bộ Nội vụ`: a) lead Bộ Nội "
 "vụ, support `các bộ, ngành liên quan`; b) product `nghị định` (`tham mưu Chính phủ ban hành Nghị định … để ban hành trước ngày 26 "
 "tháng 5 năm 2026`) → report_to Chính phủ, due 2026-05-26 — the deadline is earlier than the document's own date (the Chỉ thị is dated "
 "20/5 and published 02/6), kept as printed; c) the as-needed report `báo cáo Chính phủ, Thủ tướng Chính phủ xem xét, chỉ đạo đối với "
 "các nội dung vượt thẩm quyền` → report_to `Chính phủ` (first of the two, corpus10), product and due null (corpus17); d) `Chủ trì phối "
 "hợp với Bộ Tài chính và các cơ quan liên quan` → lead Bộ Nội vụ, support both; đ) split: the Monday summary `Định kỳ thứ Hai hàng tuần` "
 "(recurring weekly, weekday 1; report_to `Đảng ủy Chính phủ`, product null — `tổng hợp tình hình, kết quả thực hiện trình …` names no "
 "document) and the overall `Báo cáo tổng thể` due 2026-07-06 → report_to Đảng ủy Chính phủ. II.6 `Bộ Tài chính`: a) `Chủ trì hướng "
 "dẫn …` → lead Bộ Tài chính; b) `Phối hợp với Bộ Nội vụ hướng dẫn …` → lead null, support Bộ Nội vụ (no chủ trì of this task is named; "
 "II.5.d names Bộ Nội vụ chủ trì of the guidance on chế độ, chính sách, a neighbouring but different task), DEBATABLE. II.7 `Bộ Công "
 "an`: a) support `chính quyền địa phương các cấp` (`phối hợp với chính quyền địa phương các cấp trong việc rà soát …`); b) support Bộ "
 "Nội vụ and `các địa phương`, due 2026-05-25 (`trước ngày 25 tháng 5 năm 2026`, again before the document date). II.8 support Ban "
 "Tuyên giáo và Dân vận Trung ương. II.9 `Các bộ, cơ quan ngang bộ` split into two classes, support Bộ Nội vụ. Targets and purposes "
 "(`để báo cáo Bộ Chính trị theo quy định`) are not entries.")

# ---------------------------------------------------------------- 113/NQ-CP: thanh toán chi phí KCB BHYT vượt dự toán
N = 'cp-113-2026-nq-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
BHXH = 'Bảo hiểm xã hội Việt Nam'; BYT = 'Bộ Y tế'
o = [
  ob(t('Đối với các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán', n=15), 'Điều 1.1', [BHXH]),
  ob(t('Đối với các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt tổng', n=15), 'Điều 1.2', [BHXH]),
  ob(t('Giao Bộ Y tế, Bộ Tài chính theo chức năng, nhiệm vụ, thẩm quyền'), 'Điều 2.2', [BYT, BTC]),
  ob(t('Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam tổ chức thực hiện'), 'Điều 2.3', [BTC],
     due=date('xong trước ngày 01 tháng 5 năm 2026', '2026-05-01'), product='báo cáo', report_to=CP),
  ob(t('Đối với chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán năm'), 'Điều 2.3', [BTC, BHXH],
     due=date('xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023', '2026-05-01')),
  ob(t('xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024', n=13), 'Điều 2.3', [BTC, BHXH],
     due=date('xong trước ngày 01 tháng 8 năm 2026', '2026-08-01')),
  ob(t('Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về tính chính xác của'), 'Điều 2.4', ['Cơ sở khám bệnh, chữa bệnh']),
  ob(t('Bộ Y tế chịu trách nhiệm về việc tổng hợp số liệu. Bộ Tài'), 'Điều 2.5', [BYT]),
  ob(t('Bộ Tài chính, Bảo hiểm xã hội Việt Nam, cơ quan bảo hiểm xã hội chịu'), 'Điều 2.5',
     [BTC, BHXH, 'cơ quan bảo hiểm xã hội']),
]
docs[N] = dict(source=REPO + '983bf259b80b975410981cdbf1497feeb33d4d6a/docs/bhxh/nghi-quyet-so-113-nq-cp-469448.txt (read_file id 56209195575; ' + SRC +
    ' — 3,858 code points = total_chars, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='113', symbol='113/NQ-CP',
    type='Nghị quyết', type_code='NQ', place='Hà Nội', date='2026-04-25',
    subject=('Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán, vượt tổng mức thanh toán giai đoạn năm '
             '2018 - 2022'),
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức Chính phủ', date='2025-02-18', relation='legal_basis'),
      cit('Luật', name='Luật Bảo hiểm y tế', date='2008-11-14', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', date='2014-06-13', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', date='2024-11-27', relation='legal_basis'),
      cit('Tờ trình', '609/TTr-BYT', '2026-04-13', 'Bộ trưởng Bộ Y tế', 'mentions'),
      cit('Nghị định', '146/2018/NĐ-CP', '2018-10-17', CP, 'mentions'),
      cit('Nghị định', '75/2023/NĐ-CP', '2023-10-19', CP, 'mentions'),
    ],
    page_mentions=[],
    truncated=False, signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Phạm Thị Thanh Trà"},
    distribution=[],
    obligations=o)
notes[N] = (
 "COPY: Công báo issue 271 (12-05-2026), pages 84–85, text layer as stored: page headers `CÔNG BÁO/Số 271/Ngày 12-05-2026 ` with the "
 "page number on the next line, hard-wrapped lines with trailing spaces, underscore rules in the header cells, the Công báo signing "
 "stamp (`Ký bởi: …`, `Cơ quan: VĂN PHÒNG CHÍNH PHỦ`, `Ngày ký: 2026-05-08 16:42:06 +07:00`) inserted between Điều 2.1 and 2.2. 3,858 "
 "code points = total_chars, NFC, copied unchanged. No Nơi nhận in the Công báo print (distribution []). "
 "HEADER: issuer `CHÍNH PHỦ`; date 2026-04-25 from the place/date line (the stamp's 2026-05-08 and the issue date are chrome). "
 "Subject = the two trích yếu lines joined, `Về` kept. Signature `TM. CHÍNH PHỦ` / `KT. THỦ TƯỚNG` / `PHÓ THỦ TƯỚNG` / `Phạm Thị Thanh "
 "Trà`. "
 "CITATIONS: Căn cứ — Luật Tổ chức Chính phủ (18/02/2025), Luật Bảo hiểm y tế (14/11/2008) and two amending laws of the same name "
 "distinguished by date (13/6/2014, 27/11/2024), all by name; `Tờ trình số 609/TTr-BYT` (`Theo đề nghị của Bộ trưởng Bộ Y tế tại …`) → "
 "mentions, issuer as printed `Bộ trưởng Bộ Y tế`; Nghị định 146/2018/NĐ-CP (`theo quy định tại`) and 75/2023/NĐ-CP → mentions (146 "
 "repeated inside 75's description and 2.3, not listed again). "
 "OBLIGATIONS (9): Điều 1 is a decision on the funding source; its points 1 (`giao Bảo hiểm xã hội Việt Nam tổ chức thực hiện thanh "
 "toán`) and 2 (`Bảo hiểm xã hội Việt Nam khẩn trương tổ chức thực hiện thanh toán`) assign the payment → two entries; their first 12 "
 "words are identical, so their text_starts run to 15 words (the first 14 are identical). Điều 2.1 (entry into force) not recorded. 2.2 two ministries. 2.3 first "
 "sentence: `Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam tổ chức thực hiện … xong trước ngày 01 tháng 5 năm 2026, báo cáo Chính phủ, "
 "Thủ tướng Chính phủ, Hội đồng quản lý bảo hiểm xã hội kết quả thực hiện, đồng thời gửi Bộ Y tế` → one entry, addressee Bộ Tài chính "
 "(who reports is not said; the sentence's subject taken), due 2026-05-01, product báo cáo, report_to `Chính phủ` (first of three "
 "recipients; `đồng thời gửi Bộ Y tế` a copy), DEBATABLE. 2.3 second paragraph `yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn "
 "trương thực hiện … xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023, xong trước ngày 01 tháng 8 năm 2026 đối với chi phí "
 "năm 2024` → split by deadline (corpus5 sonla-254): the paragraph start with the 2023 deadline, the clause `xong trước ngày 01 tháng 8 "
 "năm 2026 …` (text_start = the clause, 13 words) with the 2024 deadline. 2.4 and 2.5 are responsibility clauses (`chịu trách nhiệm về "
 "…`) recorded as obligations of the bodies named, DEBATABLE (statements of accountability rather than tasks); 2.5 split by sentence "
 "(Bộ Y tế; then Bộ Tài chính, Bảo hiểm xã hội Việt Nam, `cơ quan bảo hiểm xã hội`), the second sentence's `gửi Bộ Y tế tổng hợp` "
 "qualifies the data, not a duty to send → report_to null.")

# ---------------------------------------------------------------- 333/QĐ-BTC: công bố văn bản tiếp tục có hiệu lực (year printed 20264)
N = 'btc-333-2026-qd-btc'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
BTCM = 'Bộ trưởng Bộ Tài chính'
o = [
  ob(t('Thủ trưởng các đơn vị thuộc Bộ và các cơ quan có liên quan'), 'Điều 3',
     ['các đơn vị thuộc Bộ', 'các cơ quan có liên quan']),
]
docs[N] = dict(source=REPO + '983bf259b80b975410981cdbf1497feeb33d4d6a/docs/thue_tncn/quyet-dinh-so-333-qd-btc-469000.txt (read_file id 56278388672; ' + SRC +
    ' — 3,550 code points = total_chars, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='BỘ TÀI CHÍNH', number='333', symbol='333/QĐ-BTC',
    type='Quyết định', type_code='QĐ', place='Hà Nội', date='2026-02-23',
    subject=('Về việc công bố văn bản quy định chi tiết, quy định biện pháp cụ thể để tổ chức, hướng dẫn thi hành Nghị định số '
             '155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Chứng khoán '
             '(được sửa đổi, bổ sung bởi Nghị định số 245/2025/NĐ-CP) tiếp tục có hiệu lực thi hành'),
    urgency='', recipients=[],
    citations=[
      cit('Nghị định', '155/2020/NĐ-CP', '2020-12-31', CP, 'legal_basis'),
      cit('Nghị định', '245/2025/NĐ-CP', '2025-09-11', CP, 'legal_basis'),
      cit('Luật', '64/2025/QH15', None, '', 'legal_basis', name='Luật Ban hành văn bản quy phạm pháp luật'),
      cit('Luật', '87/2025/QH15', None, '', 'legal_basis'),
      cit('Luật', '54/2019/QH14', None, '', 'legal_basis', name='Luật Chứng khoán'),
      cit('Luật', '56/2024/QH15', None, '', 'legal_basis'),
      cit('Nghị định', '78/2025/NĐ-CP', '2025-04-01', CP, 'legal_basis'),
      cit('Nghị định', '187/2025/NĐ-CP', '2025-07-01', '', 'legal_basis'),
      cit('Nghị định', '79/2025/NĐ-CP', '2025-04-01', CP, 'legal_basis'),
      cit('Nghị định', '29/2025/NĐ-CP', '2025-02-24', CP, 'legal_basis'),
      cit('Nghị định', '166/2025/NĐ-CP', '2025-06-30', CP, 'legal_basis'),
      cit('Thông tư', '119/2020/TT-BTC', '2020-12-31', BTCM, 'mentions'),
      cit('Thông tư', '68/2024/TT-BTC', '2024-09-18', '', 'mentions'),
      cit('Thông tư', '14/2025/TT-BTC', '2025-04-04', '', 'mentions'),
      cit('Thông tư', '18/2025/TT-BTC', '2025-04-26', '', 'mentions'),
      cit('Thông tư', '51/2021/TT-BTC', '2021-06-30', BTCM, 'mentions'),
      cit('Thông tư', '20/2025/TT-BTC', '2025-05-05', '', 'mentions'),
    ],
    page_mentions=[],
    truncated=False, signature={"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Nguyễn Đức Chi"},
    distribution=[],
    obligations=o)
notes[N] = (
 "COPY: Công báo issue 146 (11-03-2026), pages 101–102, text layer as stored (page headers, page numbers, the signing stamp `Ngày ký: "
 "2026-03-12 14:46:20 +07:00` inside Điều 1, trailing spaces, an indented place/date line). 3,550 code points = total_chars, NFC, "
 "copied unchanged. No Nơi nhận in the Công báo print (distribution []). "
 "HEADER: the place/date line is printed `Hà Nội, ngày 23 tháng 02 năm 20264` — a five-digit year (source typo, kept in the .txt). "
 "`date` is given as 2026-02-23: the day and month are clear, the year 2026 follows from the Căn cứ (documents of September 2025), the "
 "Công báo issue of 11-03-2026 and the stamp of 2026-03-12; `null` (the date as printed is not a valid date) is the other reading, "
 "DEBATABLE. Issuer `BỘ TÀI CHÍNH`; enacting line `BỘ TRƯỞNG BỘ TÀI CHÍNH`. Subject = the five trích yếu lines joined, `Về việc` kept. "
 "Signature `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG` / `Nguyễn Đức Chi`. "
 "CITATIONS (17), in order of first full mention, the subject included: Nghị định 155/2020/NĐ-CP first appears in the subject (`hướng "
 "dẫn thi hành Nghị định số 155/2020/NĐ-CP …`), where it is the object of the regulations announced, not of this decision; its relation "
 "is taken from the decision's own Căn cứ line → legal_basis, DEBATABLE (`thi hành` → implements by the letter of the first-mention "
 "rule); 245/2025/NĐ-CP likewise (subject, then nested in the Căn cứ on 155) → legal_basis. Căn cứ: `Luật Ban hành văn bản quy phạm "
 "pháp luật số 64/2025/QH15` and `Luật Chứng khoán số 54/2019/QH14` (symbol and name), the amending laws `Luật số 87/2025/QH15` and `Luật "
 "số 56/2024/QH15` (symbols, nested but numbered → listed), Nghị định 78/2025, 187/2025 (nested amendment, no `của` of its own → "
 "issuer ''), 79/2025 (a second object of the same Căn cứ, `và Nghị định số 79/2025/NĐ-CP … của Chính phủ`), 29/2025 and 166/2025 → "
 "legal_basis. Điều 1 lists the circulars that stay in force: 119/2020/TT-BTC and 51/2021/TT-BTC (`của Bộ trưởng Bộ Tài chính`) and the "
 "amending 68/2024, 14/2025, 18/2025, 20/2025/TT-BTC (issuer '') → mentions. `Luật Ban hành văn bản quy phạm pháp luật năm 2025` in "
 "Điều 2 is 64/2025/QH15 again, not listed twice. `Theo đề nghị của Chủ tịch Ủy ban Chứng khoán Nhà nước` names no document. "
 "OBLIGATIONS (1): Điều 1 (announcement) and Điều 2 (rule of application) are not obligations; Điều 3's second sentence is the "
 "execution clause → `các đơn vị thuộc Bộ` (from `Thủ trưởng các đơn vị thuộc Bộ`) and `các cơ quan có liên quan`, no due. The first "
 "sentence (entry into force) is not recorded. A near-negative example: one execution clause in a decision otherwise declaratory.")

# ---------------------------------------------------------------- 844/QĐ-TTg: Kế hoạch hành động Chỉ thị 52-CT/TW (BHYT toàn dân)
N = 'ttg-844-2026-qd-ttg'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
LEADIN = ['các bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']
UT = 'Uỷ ban nhân dân cấp tỉnh'; UCT = 'Ủy ban nhân dân cấp tỉnh'
CSKB = 'cơ sở khám bệnh, chữa bệnh'; CQDV = 'cơ quan, đơn vị liên quan'; CQTC = 'cơ quan, tổ chức có liên quan'
BN = 'các bộ, ngành, cơ quan, tổ chức có liên quan'
TX = lambda: cont('Thường xuyên')
o = [
  ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ'), 'Điều 3',
     ['Bộ', 'cơ quan ngang Bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      'các cơ quan, tổ chức, cá nhân có liên quan']),
  # KH II.1
  ob(t('Uỷ ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu bao phủ'), 'KH II.1', ['Uỷ ban nhân dân cấp tỉnh, cấp xã']),
  ob(t('Uỷ ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp bố'), 'KH II.1', [UT],
     report_to='Hội đồng nhân dân cùng cấp'),
  ob(t('Đổi mới nội dung, hình thức, phương thức thông tin, tuyên truyền, phổ biến,'), 'KH II.1', LEADIN),
  ob(t('Tăng cường công tác truyền thông, tuyên truyền, vận động để phát triển đối'), 'KH II.1', LEADIN),
  ob(t('Xây dựng đề án về đổi mới, nâng cao hiệu quả công tác truyền thông,'), 'KH II.1', LEADIN, product='đề án'),
  ob(t('Phát huy vai trò nòng cốt của Ban Chỉ đạo thực hiện chính sách'), 'KH II.1', LEADIN),
  ob(t('Tăng cường đôn đốc, kiểm tra, giám sát việc thực hiện các đề án,'), 'KH II.1', LEADIN),
  # KH II.2
  ob(t('Tổ chức rà soát, xây dựng và hoàn thiện hệ thống văn bản quy phạm'), 'KH II.2', LEADIN),
  ob(t('Xây dựng cơ chế và triển khai thí điểm, đa dạng hóa các gói'), 'KH II.2', LEADIN, product='cơ chế'),
  ob(t('Tăng cường liên kết, hợp tác giữa bảo hiểm y tế và bảo hiểm'), 'KH II.2', LEADIN),
  ob(t('Từng bước tăng mức đóng bảo hiểm y tế từ năm 2027 phù hợp'), 'KH II.2', LEADIN),
  ob(t('Khuyến khích tạo điều kiện phát triển đa dạng các loại hình bảo hiểm sức', n=12), 'KH II.2', LEADIN),
  ob(t('Rà soát, xây dựng Luật Bảo hiểm y tế sửa đổi.', n=11), 'KH II.2', LEADIN, product='luật'),
  # KH II.3
  ob(t('Tổ chức thực hiện hiệu quả các đề án, chương trình, kế hoạch về'), 'KH II.3', LEADIN),
  ob(t('Đổi mới phong cách, thái độ phục vụ, đẩy mạnh việc nâng cao y'), 'KH II.3', LEADIN),
  ob(t('Đầu tư cơ sở vật chất, trang thiết bị, năng lực chuyên môn nhằm nâng'), 'KH II.3', LEADIN),
  ob(t('Từng bước triển khai phân luồng người bệnh giữa các cấp chuyên môn kỹ'), 'KH II.3', LEADIN),
  ob(t('Đẩy nhanh tiến độ thực hiện tính đúng, tính đủ giá dịch vụ y'), 'KH II.3', LEADIN),
  ob(t('Xây dựng lộ trình từng bước tính chi phí khấu hao tài sản vào'), 'KH II.3', LEADIN, product='lộ trình'),
  # KH II.4
  ob(t('Phối hợp chặt chẽ, đồng bộ giữa các cơ quan quản lý nhà nước trong thực'), 'KH II.4', LEADIN),
  ob(t('Bộ Y tế tăng cường, nâng cao năng lực cho các cơ quan tham mưu,'), 'KH II.4', ['Bộ Y tế']),
  ob(t('Bộ Tài chính tăng cường, nâng cao năng lực cho các cơ quan tham'), 'KH II.4', ['Bộ Tài chính']),
  ob(t('Uỷ ban nhân dân tỉnh, thành phố trực thuộc Trung ương ban hành cơ chế,'), 'KH II.4',
     ['Uỷ ban nhân dân tỉnh, thành phố trực thuộc Trung ương'], product='cơ chế'),
  ob(t('Kiểm soát chi phí khám, chữa bệnh bảo hiểm y tế minh bạch, khoa'), 'KH II.4', LEADIN),
  ob(t('Xây dựng cơ chế, lộ trình thí điểm đa dạng các loại hình cung ứng'), 'KH II.4', LEADIN, product='cơ chế'),
  ob(t('Tăng cường, hoàn thiện cơ chế phối hợp thanh tra, kiểm tra, giám sát'), 'KH II.4', LEADIN),
  # KH II.5
  ob(t('Tập trung phát triển đối tượng tham gia bảo hiểm y tế, đẩy mạnh bao'), 'KH II.5', LEADIN),
  ob(t('Từ năm 2026, từng bước thực hiện tăng tỉ lệ, mức thanh toán, chi'), 'KH II.5', LEADIN),
  ob(t('Xây dựng phương thức hỗ trợ trực tiếp cho người tham gia bảo hiểm y'), 'KH II.5', LEADIN, product='phương thức'),
  ob(t('Rà soát, sửa đổi, bổ sung các quy định về danh mục, tỷ lệ,'), 'KH II.5', LEADIN),
  # KH II.6
  ob(t('Hoàn thiện cơ sở hạ tầng, đẩy mạnh cải cách hành chính, chuyển đổi số'), 'KH II.6', LEADIN),
  ob(t('Bảo đảm việc kết nối, chia sẻ và liên thông, đồng bộ giữa Cơ sở'), 'KH II.6', LEADIN),
  ob(t('Triển khai toàn diện các thủ tục hành chính trong lĩnh vực bảo hiểm y'), 'KH II.6', LEADIN),
  # KH III
  ob(t('Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các'), 'KH III.1',
     ['các Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'],
     product='kế hoạch', due=pend('trong quý II năm 2026', '2026-06-30')),
  ob(t('Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các'), 'KH III.2', LEADIN),
  ob(t('rà soát các chương trình, kế hoạch hành động thực hiện các Nghị quyết của'), 'KH III.2', LEADIN,
     due=pend('hoàn thành trong quý IV năm 2026', '2026-12-31')),
  ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ'), 'KH III.3',
     ['Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']),
  ob(t('định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Y tế trước'), 'KH III.3',
     ['Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'],
     due=rec('định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Y tế trước ngày 31 tháng 12', 'yearly', day=31, month=12),
     product='báo cáo', report_to='Bộ Y tế'),
  ob(t('Bộ Y tế chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi,'), 'KH III.4', ['Bộ Y tế'], lead=['Bộ Y tế'],
     support=['các bộ, ngành, địa phương'], report_to=TTG),
  ob(t('Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bảo đảm'), 'KH III.5', ['Bộ Tài chính'],
     lead=['Bộ Tài chính'], support=['các bộ, ngành, địa phương']),
  ob(t('Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung'), 'KH III.6',
     ['các bộ, ngành, địa phương, đơn vị'], report_to='Bộ Y tế'),
]
# Phụ lục: one entry per task row; addressees = lead = chủ trì cell; support = phối hợp cell split into bodies.
def row(prefix, sec, lead, support, product, due, n=12, occ=0, report_to=None):
    return ob(t(prefix, occ=occ, n=n), 'Phụ lục ' + sec, lead, lead=lead, support=support, product=product, due=due,
              report_to=report_to)
BO_TW = 'Các bộ ở Trung ương'
o += [
  row('Tăng cường lãnh đạo, chỉ đạo xây dựng và tổ chức thực hiện hiệu quả', 'I.1', [BO_TW, UCT],
      ['Các cơ quan, tổ chức, đơn vị khác có liên quan'], 'văn bản', TX()),
  row('Đưa các chỉ tiêu bao phủ về bảo hiểm y tế vào nghị quyết, chương', 'I.2', ['Ủy ban nhân dân các cấp'],
      ['Các cơ quan, tổ chức, đơn vị có liên quan'], 'chỉ tiêu', rec('Hằng năm và từng giai đoạn', 'yearly')),
  row('Bố trí ngân sách địa phương và huy động mọi nguồn lực phù hợp để', 'I.3', [UCT],
      ['Các cơ quan, tổ chức, đơn vị có liên quan'], 'nghị quyết', rec('Hằng năm và từng giai đoạn', 'yearly', ),
      report_to='Hội đồng nhân dân cùng cấp'),
  row('Đổi mới nội dung, hình thức, tăng cường công tác truyền thông, tuyên truyền', 'I.4', ['Bộ Tài chính'],
      ['Các Bộ, ngành', UCT, 'cơ quan, tổ chức, đơn vị có liên quan'], 'kế hoạch', TX()),
  row('Xây dựng Đề án về đổi mới, nâng cao hiệu quả công tác truyền thông,', 'I.5', ['Bộ Tài chính'],
      ['Bộ Y tế', CQDV], 'quyết định', pend('Quý I/2027', '2027-03-31')),
  row('Tăng cường đôn đốc, kiểm tra, giám sát việc thực hiện đề án, chương', 'I.6', [BO_TW, UCT],
      ['Các cơ quan, tổ chức, đơn vị có liên quan'], 'kế hoạch', TX()),
  row('Xây dựng Nghị quyết về thí điểm đa dạng hóa các gói bảo hiểm y', 'II.7', ['Bộ Y tế'],
      ['Bộ Tài chính', BN], 'nghị quyết', pend('Quý II/2028', '2028-06-30')),
  row('Xây dựng Nghị định về tăng mức đóng bảo hiểm y tế từ năm 2027', 'II.8', ['Bộ Y tế'],
      ['Bộ Tài chính', BN], 'nghị định', pend('Tháng 3/2027', '2027-03-31')),
  row('Xây dựng Nghị quyết về thí điểm huy động, đa dạng, mở rộng các nguồn', 'II.9', ['Bộ Y tế'],
      ['Bộ Tài chính', BN], 'nghị quyết', pend('Quý IV/2028', '2028-12-31')),
  row('Xây dựng Luật Bảo hiểm y tế sửa đổi. Bộ Y tế', 'II.10', ['Bộ Y tế'],
      ['Bộ Tài chính', 'Bộ Tư pháp', 'các bộ, ngành, cơ quan, tổ chức có liên quan'], 'luật', pend('Quý I/2029', '2029-03-31'),
      n=9),
  row('Từng bước triển khai phân luồng người bệnh giữa các cấp chuyên môn kỹ', 'III.11', ['Bộ Y tế', 'Sở Y tế'],
      ['Cơ sở khám bệnh, chữa bệnh', CQDV], 'đề án', None, occ=1),
  row('Nghiên cứu cơ chế, bảo đảm điều kiện, tiêu chí chuyên môn để triển khai', 'III.12', ['Cơ sở khám bệnh, chữa bệnh'],
      ['Bộ Y tế', 'Sở Y tế', CQDV], 'đề án', None),
  row('Xây dựng Nghị quyết cho phép tính chi phí quản lý vào giá dịch vụ', 'III.13', ['Bộ Y tế'],
      ['Bộ Tài chính', CQDV], 'nghị quyết', None),
  row('Triển khai xây dựng giá phê duyệt giá dịch vụ y tế mới có cấu phần', 'III.14', ['Cơ sở khám bệnh, chữa bệnh'],
      ['Các Bộ, ngành', UCT, 'Sở Y tế', CQDV], 'quyết định', cont('Từ tháng 5/2026, thường xuyên')),
  row('Phối hợp chặt chẽ, đồng bộ giữa các cơ quan quản lý nhà nước trong thực', 'IV.15', ['Bộ Y tế', UCT],
      ['Bộ Tài chính', 'các cơ quan có liên quan'], None, TX(), occ=1),
  row('Ban hành cơ chế, chính sách để nâng cao năng lực tổ chức quản lý', 'IV.16', [UCT],
      ['Sở Y tế', 'Sở Nội vụ', CQDV], 'quyết định', pend('Quý III/2026', '2026-09-30')),
  row('Kiểm soát chi phí khám, chữa bệnh bảo hiểm y tế minh bạch, khoa', 'IV.17', ['Bộ Tài chính'],
      ['Bộ Y tế', 'Sở Y tế', CSKB], None, TX(), occ=1),
  row('Xây dựng Nghị quyết về triển khai thí điểm phương thức thanh toán chi phí', 'IV.18', ['Bộ Y tế'],
      ['Bộ Tài chính', CQTC, CSKB], 'nghị quyết', pend('Quý III/2027', '2027-09-30')),
  row('Xây dựng Nghị quyết về thí điểm đa dạng các loại hình cung ứng dịch', 'IV.19', ['Bộ Y tế'],
      ['Bộ Tài chính', CQTC, CSKB], 'nghị quyết', pend('Quý IV/2027', '2027-12-31')),
  row('Tăng cường phối hợp trong công tác thanh tra, kiểm tra, giám sát liên ngành,', 'IV.20',
      ['Các Bộ', 'Ủy ban nhân dân các cấp'], ['Cơ quan, đơn vị liên quan'], 'kế hoạch', TX()),
  row('Giao chỉ tiêu phát triển đối tượng tham gia bảo hiểm y tế đến năm', 'V.21', ['Bộ Y tế'],
      ['Bộ Tài chính', CQTC, CSKB], 'quyết định', pend('Quý II/2026', '2026-06-30')),
  row('Tập trung phát triển đối tượng tham gia bảo hiểm y tế, đẩy mạnh bao', 'V.22', ['Bộ Tài chính'],
      ['Bộ Y tế', UCT, CQTC], 'kế hoạch', rec('Hằng năm, thường xuyên', 'yearly'), occ=1),
  row('Từ năm 2026, từng bước thực hiện tăng tỉ lệ, mức thanh toán, chi', 'V.23', ['Bộ Y tế'],
      ['Bộ, cơ quan, tổ chức có liên quan', CSKB], 'văn bản', pend('Từ quý III/2026 đến quý III/2030', '2030-09-30'), occ=1),
  row('Xây dựng Nghị quyết về hỗ trợ trực tiếp cho người tham gia bảo hiểm', 'V.24', ['Bộ Y tế'],
      ['Bộ, cơ quan, tổ chức, đơn vị có liên quan', CSKB, 'doanh nghiệp'], 'nghị quyết', pend('Quý III/2027', '2027-09-30')),
  row('Hoàn thiện cơ sở hạ tầng, đẩy mạnh cải cách hành chính, chuyển đổi số', 'VI.25', ['Bộ Y tế', 'Bộ Tài chính', UCT],
      ['Cơ sở khám bệnh, chữa bệnh', CQDV], None, TX(), occ=1),
  row('Bảo đảm việc kết nối, chia sẻ và liên thông, đồng bộ giữa Cơ sở', 'VI.26', ['Bộ Công an', UCT],
      ['Bộ Tài chính', 'Bộ Y tế', 'Cơ quan, đơn vị liên quan', CSKB], None, TX(), occ=1),
  row('Triển khai toàn diện thủ tục hành chính trong lĩnh vực bảo hiểm y tế', 'VI.27', ['Bộ Tài chính'],
      ['Bộ, ngành, cơ quan, đơn vị có liên quan'], None, TX()),
  row('Tổ chức ứng dụng công nghệ thông tin trong phát triển đối tượng, thu đóng', 'VI.28', ['Bộ Tài chính'],
      ['Bộ Y tế', UCT, 'cơ quan, đơn vị có liên quan'], None, TX()),
  row('Tăng cường ứng dụng trí tuệ nhân tạo, dữ liệu lớn để kiểm soát kê', 'VI.29', ['Bộ Y tế'],
      ['Bộ Tài chính', UCT, CSKB, CQDV], None, TX()),
]
docs[N] = dict(source=REPO + '983bf259b80b975410981cdbf1497feeb33d4d6a/docs/bhxh/quyet-dinh-so-844-qd-ttg-469526.txt (read_file id 56630759841; ' + SRC +
    ' — 28,600 code points = total_chars, read in two pages (offsets 0, 16000) and joined, copied unchanged)',
    kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='844', symbol='844/QĐ-TTg',
    type='Quyết định', type_code='QĐ', place='Hà Nội', date='2026-05-13',
    subject=('Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực hiện '
             'bảo hiểm y tế toàn dân trong giai đoạn mới'),
    urgency='', recipients=[],
    citations=[
      cit('Chỉ thị', '52-CT/TW', '2025-10-03', 'Ban Bí thư', 'implements'),
      cit('Luật', name='Luật Tổ chức Chính phủ', date='2025-02-18', relation='legal_basis'),
      cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2025-06-16', relation='legal_basis'),
      cit('Luật', name='Luật bảo hiểm y tế', date='2008-11-14', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật bảo hiểm y tế', date='2014-06-13', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật bảo hiểm y tế', date='2024-11-27', relation='legal_basis'),
      cit('Nghị định', '278/2025/NĐ-CP', '2025-10-22', CP, 'mentions'),
      cit('Nghị quyết', '282/NQ-CP', '2025-09-15', CP, 'mentions', as_printed='Nghị Quyết số 282/NQ-CP'),
      cit('Nghị quyết', '72-NQ/TW', '2025-09-09', 'Bộ Chính trị', 'mentions'),
    ],
    page_mentions=[],
    truncated=False, signature={"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Phạm Thị Thanh Trà"},
    distribution=[],
    obligations=o)
notes[N] = (
 "COPY: Công báo issue 286 (27-05-2026), pages 89–103, text layer as stored: page headers `CÔNG BÁO/Số 286/Ngày 27-05-2026 ` and page "
 "numbers, the signing stamp after the decision's signature, a stray ` [ ` line between `PHÓ THỦ TƯỚNG` and the signer's name, an "
 "en-dash rule `––––––` under the trích yếu, and the Phụ lục table flattened ONE CELL PER LINE, cells broken mid-word and mid-phrase "
 "(`Các \\nbộ \\nở \\nTrung ương, \\nỦy ban nhân \\ndân cấp tỉnh ở \\nđịa phương`), the column header `STT / Tên nhiệm vụ cụ thể / Cơ quan "
 "chủ trì / Cơ quan phối hợp / Kết quả / Thời gian hoàn thành` repeated on every page, and rows that run over a page break interleaving "
 "their task text with the other columns (rows 8, 11, 23, 24, 27). 28,600 code points = total_chars, two read_file pages joined (the "
 "page boundary falls inside `Thường xuy|ên` of row 1), NFC, copied unchanged. No Nơi nhận in the Công báo print (distribution []). "
 "HEADER: date 2026-05-13; issuer `THỦ TƯỚNG CHÍNH PHỦ`; the annexed plan repeats the issuer and motto without number or date (not a "
 "second header). Subject = the three trích yếu lines joined. Signature `KT. THỦ TƯỚNG` / `PHÓ THỦ TƯỚNG` / `Phạm Thị Thanh Trà` (the ` [ "
 "` line is damage, not part of the signature). "
 "CITATIONS (9): Chỉ thị 52-CT/TW first in the subject `Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW …` → implements (then "
 "Căn cứ); five Căn cứ laws by name and date (the 2014 and 2024 amending laws share a name, distinguished by date; `Luật bảo hiểm y tế` "
 "lower-case as printed); Nghị định 278/2025/NĐ-CP (KH II.6, `theo quy định tại`; repeated in Phụ lục row 26) → mentions; `Nghị Quyết "
 "số 282/NQ-CP ngày 15/9/2025 của Chính phủ` (KH III.6, `được thực hiện theo`; capital Q → as_printed) → mentions, and the `Nghị quyết "
 "số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị` numbered inside its title → mentions. The annex lines `(Kèm theo Quyết định số "
 "844/QĐ-TTg …)` are the document's own number. "
 "OBLIGATIONS (71). Điều 3 execution clause → five addressees, officials → bodies (`Bộ` CONSTRUCTED from `Bộ trưởng`, as corpus40). The "
 "annexed Kế hoạch is prefixed `KH` (corpus5); its I. MỤC TIÊU gives no entries. KH II lead-in `các bộ, cơ quan ngang bộ, cơ quan "
 "thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm "
 "vụ sau đây:` is inherited (four addressees) by every `-` bullet that names no body (corpus10); the numbered headings II.1–II.6 are not "
 "entries; one entry per bullet (33). Bullets naming a body keep it: II.1 `Uỷ ban nhân dân cấp tỉnh, cấp xã` (one printed class — "
 "splitting would construct `Uỷ ban nhân dân cấp xã`), II.1 `Uỷ ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp …` → report_to "
 "`Hội đồng nhân dân cùng cấp`, II.4 `Bộ Y tế`, `Bộ Tài chính`, `Uỷ ban nhân dân tỉnh, thành phố trực thuộc Trung ương` (the plan spells "
 "`Uỷ` and `Ủy`; labels keep each spelling). `Từ năm 2027`, `Từ năm 2026`, `tới năm 2026 … 95,5% … đến năm 2030` are starts and targets, "
 "not dues. II.2 `Khuyến khích tạo điều kiện phát triển đa dạng các loại hình bảo hiểm sức khoẻ` → obligation of the inherited bodies "
 "(the bullet asks them to encourage; no encouraged class is named), DEBATABLE (encouragement). Products: `đề án`, `cơ chế` (`Xây dựng "
 "cơ chế …`, `ban hành cơ chế, chính sách`), `luật` (`xây dựng Luật Bảo hiểm y tế sửa đổi`), `lộ trình`, `phương thức`; others null. "
 "KH III: 1 → the four bodies, product `kế hoạch`, due period_end 2026-06-30 (`trong quý II năm 2026`); 2 split — the general duty and "
 "the review `rà soát … hoàn thành trong quý IV năm 2026` (period_end 2026-12-31); 3 split — the direction (`Bộ` constructed again from "
 "`Bộ trưởng`) and `định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Y tế trước ngày 31 tháng 12` → recurring yearly, day 31, month 12 "
 "(corpus35 rule for a fixed yearly report), product báo cáo, report_to Bộ Y tế (the purpose `để tổng hợp, báo cáo Thủ tướng Chính phủ` "
 "is the ministry's next step); 4 lead Bộ Y tế, support `các bộ, ngành, địa phương`, as-needed `kịp thời báo cáo và kiến nghị Thủ tướng "
 "Chính phủ` → report_to TTg, due null; 5 lead Bộ Tài chính; 6 (`Các hoạt động tại mục II … được thực hiện theo Nghị Quyết số "
 "282/NQ-CP`) is a rule, not recorded, and the closing paragraph `Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung …, "
 "các bộ, ngành, địa phương, đơn vị chủ động đề xuất gửi Bộ Y tế` → an as-needed proposal under the last section `KH III.6` (corpus35), "
 "addressee the printed class, report_to Bộ Y tế. "
 "PHỤ LỤC (29 rows; corpus10 annex-table rule): section `Phụ lục <group>.<row>` with the printed Roman group and the row number "
 "(numbering runs 1–29 across groups); text_start = the task cell; addressees = lead = the chủ trì cell split into bodies; support = the "
 "phối hợp cell split; product = head noun of `Kết quả` (`Văn bản chỉ đạo` → văn bản, `Quyết định của Bộ trưởng ban hành Đề án` → "
 "quyết định, `Nghị quyết quy phạm pháp luật của Chính phủ` → nghị quyết, `Luật Bảo hiểm y tế (sửa đổi)` → luật, `Các chỉ tiêu được đưa "
 "vào …` → chỉ tiêu, `Các kế hoạch, hoạt động …` / `Kế hoạch/hoạt động hằng năm` → kế hoạch; `Các hoạt động …` → null); due from `Thời "
 "gian hoàn thành`: `Quý I/2027` → period_end 2027-03-31 (and II/2026, III/2026, III/2027, IV/2027, II/2028, IV/2028, I/2029), `Tháng "
 "3/2027` → 2027-03-31, `Thường xuyên` → continuous, `Hằng năm và từng giai đoạn` and `Hằng năm, thường xuyên` → recurring yearly (the "
 "continuing part in notes, corpus5), `Từ tháng 5/2026, thường xuyên` → continuous, `Từ quý III/2026 đến quý III/2030` → period_end "
 "2030-09-30 (a range → end of its last period, corpus10), `Từ quý II/2027` and `Từ quý I/2027` (rows 11, 12) → null (starts, not "
 "deadlines; continuous is the other reading), `Đã hoàn thành` (row 13) → null, the row still recorded as an assigned task — all "
 "DEBATABLE. Chủ trì cells read: row 1 and 6 `Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh ở địa phương` → `Các bộ ở Trung ương`, `Ủy "
 "ban nhân dân cấp tỉnh`; row 3 `Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp` → lead UBND cấp tỉnh, report_to `Hội đồng "
 "nhân dân cùng cấp`; row 11 `Bộ Y tế, Sở Y tế đối với địa phương` → Bộ Y tế, Sở Y tế; row 14 `Cơ sở khám bệnh, chữa bệnh trình cấp có "
 "thẩm quyền` → lead the class, no report_to (generic, corpus32); row 20 `Các Bộ, Ủy ban nhân dân các cấp`. Phối hợp cells printed "
 "without commas (`Các Bộ, ngành Ủy ban nhân dân cấp tỉnh, Sở Y tế cơ quan, đơn vị liên quan`, row 14) are split at the body names. "
 "Rows 8 and 11 have their phối hợp cell cut by the page break (`… các bộ, ngành, cơ` | page | `quan, tổ chức có liên quan`; `cơ` | "
 "page | `quan, đơn vị liên quan`): the labels give the whole body name, which the text prints whole in other rows. Row 23's cell "
 "continues with four `-` sub-items (`Hằng năm từ quý IV/2026 - 2029 … Thông tư`, `Từ quý IV/2027 … Nghị quyết`, `Từ quý IV/2028 … Nghị "
 "quyết`, `Từ quý III/2030 tổng kết, xây dựng Nghị định`) kept inside the row's entry (one entry per row), DEBATABLE. SHARED "
 "text_starts: rows 11, 15, 17, 22, 23, 25 and 26 repeat the wording of KH II bullets, so their 12-word text_starts equal the "
 "bullets' (located at the second occurrence); rows 7 and 9, 18 and 19 do not collide. Row 10's task cell has only 8 words (`Xây dựng "
 "Luật Bảo hiểm y tế sửa đổi.`), so its text_start is 9 tokens.")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs)}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
