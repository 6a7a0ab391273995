# Writes the NAME.json files and figures.json of corpus40 from the labels below (modelled on corpus39's build.py).
# The four .txt files are the repository files as stored (read_file text kept in src/raw_*.json, written by build_txt.py;
# code-point counts checked = total_chars). Labels were written from the .txt files alone. `-v` prints every text_start.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob, cont

def date(text, d): return {"text": text, "kind": "date", "date": d}
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
def pm(type_, symbol, note, date=None, issuer=""): return {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "note": note}

REPO = 'https://github.com/leanhvu-ktnn/DANANG_CQ2Cap_KTNN/blob/27c19d8df9b760c6eb61745ce9cead4f5d9d937c/04-Vanbanquydinh/'
SRC = ("the repository's `toan-van.md` — YAML front matter written by the repository's sync agent (source URL, `so_hieu`, "
       "`luoc_do_relations`, summary) followed by the legal-database page converted to Markdown")
CP = 'Chính phủ'; QH = 'Quốc hội'
HDTP = 'Hội đồng nhân dân thành phố'; UBTP = 'Ủy ban nhân dân thành phố'
docs = {}; notes = {}

# ---------------------------------------------------------------- 52/2025/NQ-HĐND Đà Nẵng: thu nhập tăng thêm (Tổ chức thực hiện)
N = 'danang-52-2025-nq-hdnd'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Tùy tình hình thực tế và khả năng cân đối ngân sách'), 'Điều 3.5', [UBTP], report_to=HDTP),
  ob(t('Từ năm 2027 trở đi, Ủy ban nhân dân thành phố trình'), 'Điều 4.2', [UBTP],
     due=rec('hằng năm', 'yearly'), report_to=HDTP),
  ob(t('Triển khai thực hiện Nghị quyết này theo đúng quy định'), 'Điều 6.1.a', [UBTP]),
  ob(t('Ban hành Quy định về đánh giá, xếp loại chất lượng'), 'Điều 6.1.b', [UBTP], product='quy định'),
  ob(t('Định kỳ hằng năm báo cáo Hội đồng nhân dân thành phố kết quả'), 'Điều 6.1.c', [UBTP],
     due=rec('Định kỳ hằng năm', 'yearly'), product='báo cáo', report_to=HDTP),
  ob(t('căn cứ khả năng cân đối ngân sách của thành phố, báo cáo'), 'Điều 6.1.c', [UBTP], report_to=HDTP),
  ob(t('Kịp thời theo dõi, tổng hợp các vướng mắc phát sinh'), 'Điều 6.1.c', [UBTP],
     support=['Thường trực Hội đồng nhân dân'], report_to=HDTP),
  ob(t('Chỉ đạo cơ quan chuyên môn xây dựng chính sách hỗ trợ'), 'Điều 6.1.d', [UBTP],
     product='chính sách', report_to=HDTP),
  ob(t('Thường trực Hội đồng nhân dân thành phố, các Ban của Hội đồng'), 'Điều 6.2',
     ['Thường trực Hội đồng nhân dân thành phố', 'các Ban của Hội đồng nhân dân thành phố', 'Tổ đại biểu',
      'đại biểu Hội đồng nhân dân thành phố']),
]
docs[N] = dict(source=REPO + 'Da_Nang/Nghi_quyet_HDND/2025/52-2025-NQ-HĐND/toan-van.md (read_file id 60890474799; ' + SRC +
    ' (vbpl.vn, header and Nơi nhận/signature as two-column pipe tables) — 10,302 code points, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', number='52', symbol='52/2025/NQ-HĐND',
    type='Nghị quyết', type_code='NQ', place='Đà Nẵng', date='2025-12-11',
    subject='Quy định chi thu nhập tăng thêm cho cán bộ, công chức, viên chức thành phố Đà Nẵng',
    urgency='', recipients=[],
    citations=[
      cit('Luật', '72/2025/QH15', relation='legal_basis'),
      cit('Luật', '80/2025/QH15', relation='legal_basis'),
      cit('Luật', '58/2010/QH12', relation='legal_basis'),
      cit('Luật', '52/2019/QH14', relation='legal_basis'),
      cit('Luật', '89/2025/QH15', relation='legal_basis'),
      cit('Luật', '64/2025/QH15', relation='legal_basis'),
      cit('Luật', '87/2025/QH15', relation='legal_basis'),
      cit('Nghị quyết', '136/2024/QH15', '2024-06-26', QH, 'legal_basis'),
      cit('Nghị quyết', '227/2025/QH15', '2025-06-27', QH, 'legal_basis'),
      cit('Nghị định', '126/2024/NĐ-CP', '2024-10-08', CP, 'legal_basis'),
      cit('Nghị định', '78/2025/NĐ-CP', '2025-04-01', CP, 'legal_basis'),
      cit('Nghị định', '187/2025/NĐ-CP', '2025-07-01', CP, 'legal_basis'),
      cit('Nghị định', '79/2025/NĐ-CP', '2025-04-01', CP, 'mentions'),
      cit('Tờ trình', '262/TTr-UBND', '2025-12-02', UBTP, 'mentions'),
      cit('Báo cáo', '215/BC-PC', '2025-12-09', 'Ban Pháp chế Hội đồng nhân dân thành phố', 'mentions'),
      cit('Nghị định', '111/2022/NĐ-CP', '2022-12-30', CP, 'mentions'),
    ],
    page_mentions=[
      pm('Nghị quyết', '52/2025/NQ-HĐND', "the repository's own identification of the document (front matter `so_hieu`, with `ngay_ban_hanh: '2025-12-11'`, `nguoi_ky`, `source_url`)"),
      pm('Nghị định', '111/2022/NĐ-CP', "front matter `luoc_do_relations` (the legal database's relation list, with the decree's title)"),
    ],
    truncated=False, signature={"authority": [], "title": "CHỦ TỊCH", "name": "Nguyễn Đức Dũng"},
    distribution=['Ủy ban Thường vụ Quốc hội', 'Chính phủ', 'VP Chủ tịch nước', 'Các Bộ: Nội vụ, Tài chính',
      'Vụ Pháp chế - Bộ Nội vụ', 'Cục KTVB và QLXLVPHC - Bộ Tư pháp', 'Ban Thường vụ Thànhủy', 'Đoàn ĐBQH thành phố',
      'TTHĐND, UBND, UBMTTQVN thành phố', 'Các cơ quan tham mưu, giúp việc của Thànhủy', 'Các Ban của HĐND thành phố',
      'Đại biểu HĐND thành phố', 'VP Đoàn ĐBQH và HĐND thành phố', 'VP UBND thành phố', 'Các sở, ban, ngành, đoàn thể thành phố',
      'Các đơn vị sự nghiệp thuộc UBND thành phố', 'Các Hội do Đảng và Nhà nước giao nhiệm vụ thuộc thành phố',
      'Đảngủy, HĐND, UBND, UBMTTQVN các phường, xã, đặc khu',
      'Báo và PT-TH ĐN, Trung tâm THVN (VTV8), Chuyên đề CA TPĐN, Cổng TTĐT thành phố', 'Lưu: VT, CTHĐ'],
    obligations=o)
notes[N] = (
 "COPY: the stored file is the repository's `toan-van.md` for this resolution: YAML front matter written by the repository's sync agent "
 "(`source: vbpl.vn`, `source_url`, `so_hieu`, `ngay_ban_hanh`, `nguoi_ky`, `luoc_do_relations` naming 111/2022/NĐ-CP, `tom_tat` beginning "
 "with a stray `số`), then the vbpl.vn page converted to Markdown: header as a two-column pipe table (`**HỘI ĐỒNG NHÂN DÂN**  **THÀNH PHỐ ĐÀ "
 "NẴNG**` in one cell, `Số: 52/2025/NQ-HĐND` and the italic place/date in the second row), bold title lines, italic Căn cứ lines, `**Điều N.**` "
 "headings, two numbered clauses turned into Markdown headings by the converter (`## 3. Thực hiện chi …`, `## 1. Năm 2026`, `## 1. GiaoỦy ban "
 "nhân dân thành phố:`), and the Nơi nhận list and signature flattened into one table row (`***Nơi nhận:***  - … | **CHỦ TỊCH**  **(Đã ký)**  "
 "**Nguyễn Đức Dũng**`). Words glued before `Ủ`/`ở`/`ủ` throughout (`củaỦy ban`, `hộiở cấp tỉnh`, `Thànhủy`, `Đảngủy`). 10,302 code points = "
 "total_chars, NFC, copied unchanged. "
 "HEADER: issuer = the two bold header lines joined; no parent issuer; date from the place/date cell (2025-12-11; the closing sentence repeats "
 "`thông qua ngày 11 tháng 12 năm 2025`, and the effective date `01 tháng 01 năm 2026` is Điều 7). Subject = the two bold title lines joined. "
 "No Kính gửi → recipients []. Signature `CHỦ TỊCH` / `Nguyễn Đức Dũng`, authority [] (a Nghị quyết of the HĐND is signed by its Chủ tịch "
 "without TM.); `(Đã ký)` is the database's mark, not part of the signature. Distribution: the 20 Nơi nhận entries as printed (glued "
 "`Thànhủy`, `Đảngủy` kept; the runs of spaces inside `thuộc   thành phố` and `phường,  xã` are whitespace). "
 "CITATIONS: the seven laws of the Căn cứ lines are cited by symbol (`Luật … số 72/2025/QH15`), issuer '' (none named), date null (no date "
 "printed); 136/2024/QH15 and 227/2025/QH15 (one Căn cứ line, `của Quốc hội` each); 126/2024, 78/2025, 187/2025/NĐ-CP legal_basis; "
 "79/2025/NĐ-CP is nested inside 187's description → mentions, DEBATABLE; the Tờ trình 262/TTr-UBND and Báo cáo thẩm tra 215/BC-PC (`Xét`) "
 "→ mentions; 111/2022/NĐ-CP (Điều 6.1.d, a task's reference) → mentions. The second mention of 136/2024/QH15 in Điều 1 not repeated. "
 "OBLIGATIONS (9): Điều 1–2 (scope, subjects), 3.1 (`Hội đồng nhân dân thành phố quyết định bố trí ngân sách` — the issuer's own role), "
 "3.2–3.4 (payment rules; 3.4 `phải đảm bảo đúng đối tượng …` names no body) and 4.1 (coefficients) not recorded, DEBATABLE for 3.4. "
 "3.5 recorded: `Ủy ban nhân dân thành phố báo cáo Hội đồng nhân dân thành phố quyết định hệ số …` → report_to HĐND, product null, due null "
 "(`cho từng năm ngân sách` is the scope of the coefficient; recurring yearly is defensible), DEBATABLE. 4.2 `Từ năm 2027 trở đi, Ủy ban "
 "nhân dân thành phố trình …` → report_to HĐND, due recurring yearly from `trong dự toán ngân sách hằng năm` (the start `Từ năm 2027 trở "
 "đi` is not a deadline), DEBATABLE. Điều 6.1: the lead-in `GiaoỦy ban nhân dân thành phố:` is not an entry; its items a)–d) inherit "
 "`Ủy ban nhân dân thành phố`. 6.1.b product `quy định` (`Ban hành Quy định về đánh giá …`). 6.1.c split in three clauses: the yearly report "
 "(`Định kỳ hằng năm báo cáo …` → recurring yearly, product báo cáo, report_to HĐND), the proposal (`căn cứ khả năng cân đối …, báo cáo Hội "
 "đồng nhân dân thành phố đề xuất mức tăng thu nhập hằng năm` → report_to HĐND, product and due null — `hằng năm` qualifies the increase), "
 "and the as-needed submission (`Kịp thời theo dõi, tổng hợp các vướng mắc … (nếu có) phối hợp Thường trực Hội đồng nhân dân trình …` → "
 "support `Thường trực Hội đồng nhân dân` as printed, lead null, report_to HĐND, due null — `Kịp thời` is not a deadline), DEBATABLE split. "
 "6.1.d product `chính sách` (`xây dựng chính sách hỗ trợ … trình Hội đồng nhân dân thành phố`), report_to HĐND. 6.2 the supervision duty "
 "of the HĐND's standing body, committees, delegations and deputies recorded (four addressees as printed), although they belong to the "
 "issuing council (DEBATABLE: issuer's own role). Điều 7 (entry into force) not recorded.")

# ---------------------------------------------------------------- 28/2022/NQ-HĐND Đà Nẵng: khoán kinh phí (no Nơi nhận)
N = 'danang-28-2022-nq-hdnd'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
o = [
  ob(t('Đối với huyện Hoà Vang và các xã thuộc huyện Hoà Vang,'), 'Điều 1.3', ['huyện Hoà Vang', 'các xã thuộc huyện Hoà Vang']),
  ob(t('Các địa phương là đơn vị dự toán ngân sách, tuỳ theo'), 'Điều 1.4', ['Các địa phương là đơn vị dự toán ngân sách']),
  ob(t('Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết này'), 'Điều 3.1', [UBTP]),
  ob(t('Thường trực Hội đồng nhân dân, các Ban, Tổ đại biểu'), 'Điều 3.2',
     ['Thường trực Hội đồng nhân dân', 'các Ban', 'Tổ đại biểu', 'đại biểu Hội đồng nhân dân thành phố']),
]
docs[N] = dict(source=REPO + 'Da_Nang/Nghi_quyet_HDND/2022/28-2022-NQ-HĐND/toan-van.md (read_file id 61349569215; ' + SRC +
    ' (vbpl.vn, header one cell per paragraph, bold runs broken inside words, no Nơi nhận cell) — 8,215 code points, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', number='28', symbol='28/2022/NQ-HĐND',
    type='Nghị quyết', type_code='NQ', place='Đà Nẵng', date='2022-07-14',
    subject=('Về quy định mức khoán kinh phí hoạt động các tổ chức chính trị - xã hội ở phường, xã, dưới phường, xã và mức khoán '
             'kinh phí hoạt động tổ dân phố, thôn'),
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2015-06-19', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
          date='2019-11-22', relation='legal_basis'),
      cit('Luật', name='Luật Ban hành văn bản quy phạm pháp luật', date='2015-06-22', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật', date='2020-06-18',
          relation='legal_basis'),
      cit('Luật', name='Luật Ngân sách nhà nước', date='2015-06-25', relation='legal_basis'),
      cit('Nghị quyết', '119/2020/QH14', '2020-06-19', QH, 'legal_basis'),
      cit('Nghị định', '34/2021/NĐ-CP', '2021-03-29', CP, 'legal_basis'),
      cit('Tờ trình', '80/TTr-UBND', '2022-06-07', 'Ủy ban nhân dân thành phố Đà Nẵng', 'mentions'),
      cit('Báo cáo', '179/BC-HĐND', '2022-07-09', 'Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố', 'mentions'),
      cit('Nghị quyết', '119/2015/NQ-HĐND', '2015-12-10', HDTP, 'replaces'),
      cit('Nghị quyết', '155/2018/NQ-HĐND', '2018-07-12', HDTP, 'replaces'),
    ],
    page_mentions=[
      pm('Nghị quyết', '28/2022/NQ-HĐND', "the repository's own identification of the document (front matter `so_hieu`, with `ngay_ban_hanh`, `nguoi_ky`, `source_url`)"),
      pm('Nghị quyết', '119/2015/NQ-HĐND', "front matter `luoc_do_relations` (relation `Văn bản hợp nhất`, with its title; repeated inside the title of 155/2018)"),
      pm('Nghị quyết', '155/2018/NQ-HĐND', "front matter `luoc_do_relations` (relation `Văn bản hợp nhất`, with its title)"),
    ],
    truncated=False, signature={"authority": [], "title": "CHỦ TỊCH", "name": "Lương Nguyễn Minh Triết"},
    distribution=[],
    obligations=o)
notes[N] = (
 "COPY: the stored file is the repository's `toan-van.md`: YAML front matter of the sync agent (`source: vbpl.vn`, `so_hieu`, `ngay_ban_hanh`, "
 "`ngay_co_hieu_luc: '2022-07-24'`, `nguoi_ky`, `luoc_do_relations` naming 119/2015 and 155/2018/NQ-HĐND with their titles, `tom_tat` "
 "beginning with a stray `số`), then the vbpl.vn page converted to Markdown in a DIFFERENT layout from 52/2025: the header cells one per "
 "paragraph (`HỘI ĐỒNG NHÂN DÂN ` / a line of two spaces / `THÀNH PHỐ ĐÀ NẴNG`, motto, `Số: 28/2022/NQ-HĐND`, place/date), the type and "
 "subject in one bold run broken inside words (`**NGHỊ QUYẾT****Về q****uy định** **mức khoán …**` followed by an escaped rule "
 "`\\_\\_\\_…`), the enacting authority and session line in bold, italic Căn cứ lines broken mid-phrase (`*Căn cứ Luật Tổ chức* *chính "
 "quyền …*`, `Q**uy định*`), two pipe tables of amounts (`| - | Dưới 150 hộ gia đình | 1.500.000 | Kinh phí hoạt động. |`, rows without the "
 "last cell), and a signature table whose left cell is EMPTY (the page has no Nơi nhận). Glued words (`củaỦy ban`, `hộiở phường`, `vàý kiến`). "
 "8,215 code points = total_chars, NFC, copied unchanged. "
 "HEADER: issuer = the two header lines joined; date 2022-07-14 from the place/date line (the effective date 2022-07-24 is chrome; Điều 2 says "
 "`sau 10 ngày kể từ ngày … thông qua`). Subject as printed with its leading `Về` (only `V/v` and `Về:` are dropped, corpus32), word pieces "
 "joined (`q****uy định` → `quy định`, `xã hội****ở` → `xã hội ở`). The line `HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG / KHÓA X, NHIỆM KỲ 2021-2026, "
 "KỲ HỌP THỨ 7` is the enacting authority, not the subject. Signature `CHỦ TỊCH` / `Lương Nguyễn Minh Triết` (`***(Đã ký)***` is the "
 "database's mark). Distribution [] — the stored page has no Nơi nhận (complete from header to signature otherwise; truncated false). "
 "CITATIONS: five laws by name with their printed dates (the 2015 and 2019 laws on local government, the 2015 and 2020 laws on legal "
 "documents, the 2015 State Budget Law; `25 tháng 06 năm 2015` → 2015-06-25); 119/2020/QH14 and 34/2021/NĐ-CP legal_basis (the second "
 "mention of 119/2020 inside 34/2021's description not repeated); Tờ trình 80/TTr-UBND and Báo cáo thẩm tra 179/BC-HĐND → mentions; "
 "Điều 2 `thay thế cho Nghị quyết số 119/2015/NQ-HĐND … và Nghị quyết số 155/2018/NQ-HĐND … của Hội đồng nhân dân thành phố` → replaces, "
 "the `của` read distributively (issuer for both), DEBATABLE. "
 "OBLIGATIONS (4): Điều 1 items 1–2 (amount tables) are allocations, not recorded. 1.3 `Đối với huyện Hoà Vang và các xã thuộc huyện Hoà "
 "Vang, tuỳ theo khả năng cân đối ngân sách … để quyết định, phân bổ mức chi phù hợp và đảm bảo không thấp hơn mức chi …` → obligation of "
 "the district and its communes (the elliptic subject of the sentence; two addressees as printed) — a discretion bounded by a floor, "
 "`permission` is defensible, DEBATABLE. 1.4 likewise for `Các địa phương là đơn vị dự toán ngân sách` (class; the source's typo `mức chỉ` "
 "for `mức chi`). Điều 2 (entry into force, replacement) not recorded. 3.1 `Ủy ban nhân dân thành phố triển khai thực hiện …`. 3.2 the "
 "supervision duty of `Thường trực Hội đồng nhân dân, các Ban, Tổ đại biểu và đại biểu Hội đồng nhân dân thành phố` → four addressees as "
 "printed (`các Ban` left as printed, not completed to `các Ban của Hội đồng nhân dân thành phố`), recorded although these are organs of "
 "the issuing council (DEBATABLE, as in 52/2025). The closing `Nghị quyết này đã được … thông qua …` not recorded.")

# ---------------------------------------------------------------- 61/2025/QĐ-CTUBND Đà Nẵng: phân cấp tài sản công (execution articles + Quy định Điều 18)
N = 'danang-61-2025-qd-ctubnd'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
STC = 'Sở Tài chính'
X2 = ['Ủy ban nhân dân phường, xã', 'các cơ quan, tổ chức, đơn vị trên địa bàn thành phố']
o = [
  ob(t('Giám đốc Sở Tài chính chủ trì, phối hợp với các cơ quan'), 'Điều 3', [STC], lead=[STC],
     support=['các cơ quan, đơn vị có liên quan']),
  ob(t('Chánh Văn phòng UBND thành phố, Giám đốc Sở Tài chính, Thủ trưởng'), 'Điều 4',
     ['Văn phòng UBND thành phố', STC, 'các cơ quan chuyên môn và tổ chức hành chính khác thuộc UBND các cấp',
      'UBND các phường, xã, đặc khu', 'các cơ quan, đơn vị có liên quan']),
  ob(t('Các cơ quan, tổ chức, đơn vị, cá nhân có liên quan thực hiện các nhiệm vụ'), 'Quy định Điều 18.1',
     ['Các cơ quan, tổ chức, đơn vị, cá nhân có liên quan']),
  ob(t('Xây dựng quy chế quản lý, sử dụng đối với tài sản công'), 'Quy định Điều 18.2.a', X2, product='quy chế'),
  ob(t('Chỉ đạo tổ chức thực hiện quản lý, sử dụng tài sản công tiết kiệm'), 'Quy định Điều 18.2.b', X2),
  ob(t('Triển khai thực hiện đúng quy định về phân cấp quản lý'), 'Quy định Điều 18.2.c', X2),
  ob(t('Hướng dẫn các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý triển khai'), 'Quy định Điều 18.2.d', X2),
  ob(t('Chỉ đạo các cơ quan, tổ chức, đơn vị có liên quan thực hiện thanh tra'), 'Quy định Điều 18.2.đ', X2),
  ob(t('Giúp Chủ tịch Ủy ban nhân dân thành phố thực hiện nhiệm vụ'), 'Quy định Điều 18.3.a', [STC]),
  ob(t('Hướng dẫn các cơ quan, tổ chức, đơn vị, Ủy ban nhân dân phường, xã, đặc khu triển khai thực hiện việc quản lý'),
     'Quy định Điều 18.3.b', [STC]),
  ob(t('Hướng dẫn các cơ quan, tổ chức, đơn vị, Ủy ban nhân dân phường, xã, đặc khu triển khai thực hiện việc đăng ký'),
     'Quy định Điều 18.3.c', [STC]),
  ob(t('Tổng hợp tình hình, báo cáo kết quả thực hiện quản lý'), 'Quy định Điều 18.3.d', [STC], product='báo cáo'),
  ob(t('Đề xuất, kiến nghị Ủy ban nhân dân thành phố phương án'), 'Quy định Điều 18.3.d', [STC], product='phương án',
     report_to=UBTP),
  ob(t('Nâng cao trách nhiệm, chất lượng thẩm định dự toán chi thường xuyên'), 'Quy định Điều 18.3.đ', [STC]),
  ob(t('Cơ quan chuyên môn thuộc Ủy ban nhân dân phường, xã, đặc khu quản lý'), 'Quy định Điều 18.4',
     ['Cơ quan chuyên môn thuộc Ủy ban nhân dân phường, xã, đặc khu quản lý về lĩnh vực tài chính - kế hoạch']),
  ob(t('Trong quá trình thực hiện nếu có vướng mắc phát sinh, các cơ quan'), 'Quy định Điều 18.4',
     ['các cơ quan, tổ chức, đơn vị trên địa bàn thành phố'], report_to=STC),
]
docs[N] = dict(source=REPO + 'Da_Nang/Quyet_dinh_CT_UBND/2025/61-2025-QĐ-CTUBND/toan-van.md (read_file id 61293276752; ' + SRC +
    ' (hethongphapluat.com, header and signature as pipe tables, no Nơi nhận cell; the annexed Quy định follows) — 39,916 code points, read in three pages (offsets 0, 16000, 32000) and joined, copied unchanged)',
    kind='state', parent_issuer='', issuer='CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', number='61', symbol='61/2025/QĐ-CTUBND',
    type='Quyết định', type_code='QĐ', place='Đà Nẵng', date='2025-10-10',
    subject=('BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH QUẢN LÝ, SỬ DỤNG, KHAI THÁC VÀ XỬ LÝ TÀI SẢN CÔNG THUỘC PHẠM VI '
             'QUẢN LÝ CỦA THÀNH PHỐ ĐÀ NẴNG'),
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2025-06-16', relation='legal_basis'),
      cit('Luật', '15/2017/QH14', '2017-06-21', '', 'legal_basis', name='Luật Quản lý, sử dụng tài sản công'),
      cit('Luật', '56/2024/QH15', '2024-11-29', '', 'legal_basis'),
      cit('Luật', '90/2025/QH15', '2025-06-25', '', 'legal_basis'),
      cit('Luật', name='Luật Ban hành văn bản quy phạm pháp luật', date='2025-02-19', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật', date='2025-06-25',
          relation='legal_basis'),
      cit('Nghị định', '78/2025/NĐ-CP', '2025-04-01', CP, 'legal_basis'),
      cit('Nghị định', '125/2025/NĐ-CP', '2025-06-11', CP, 'legal_basis'),
      cit('Nghị định', '127/2025/NĐ-CP', '2025-06-11', CP, 'legal_basis'),
      cit('Nghị định', '186/2025/NĐ-CP', '2025-07-01', CP, 'legal_basis'),
      cit('Nghị định', '187/2025/NĐ-CP', '2025-07-01', CP, 'legal_basis'),
      cit('Nghị định', '79/2025/NĐ-CP', '2025-04-01', CP, 'mentions'),
      cit('Tờ trình', '158/TTr-STC', '2025-09-25', STC, 'mentions'),
      cit('Luật', name='Luật Đấu thầu', relation='mentions'),
      cit('Luật', name='Luật Ngân sách nhà nước', relation='mentions'),
    ],
    page_mentions=[
      pm('Quyết định', '61/2025/QĐ-CTUBND', "the repository's own identification of the document (front matter `so_hieu`, `ngay_ban_hanh: '2025-10-10'`, `nguoi_ky`, `source_url`; repeated in `tom_tat`)"),
    ],
    truncated=False, signature={"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Hồ Kỳ Minh"},
    distribution=[],
    obligations=o)
notes[N] = (
 "COPY: the stored file is the repository's `toan-van.md`: YAML front matter of a second sync agent (`by: agent:hplc-sync`, `source: "
 "hethongphapluat.com`, `source_url`, `so_hieu`, `ngay_ban_hanh`, `ngay_co_hieu_luc: '2025-10-20'`, `nguoi_ky`, `prompt_injection_stripped: 1`, "
 "`tom_tat`), then the hethongphapluat.com page as Markdown: header as a two-column pipe table (`**CHỦ TỊCH ỦY BAN NHÂN DÂN  THÀNH PHỐ ĐÀ NẴNG  "
 "-------**` with the rule inside the cell), the upper-case trích yếu between lines holding a no-break space, italic Căn cứ lines, bold "
 "`**Điều N.**`, a signature table whose left (Nơi nhận) cell is EMPTY and whose right cell runs `**KT. CHỦ TỊCH  PHÓ CHỦ TỊCH           Hồ Kỳ "
 "Minh**` together, then the annexed QUY ĐỊNH (Chương I–VI, Điều 1–18, lettered points incl. `b1)`, `c1)` and unlettered sub-paragraphs). "
 "39,916 code points = total_chars, read in three pages (boundaries inside `mức khoán kinh phí sử | dụng máy móc` and `theo đúng | trình tự`), "
 "joined, NFC, copied unchanged. Source typo `ngày 01/72025` (Quy định Điều 1.1.a) kept. "
 "HEADER: issuer = the header cell without its rule (`CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG`: the decision is the Chairman's, symbol "
 "`QĐ-CTUBND`); no parent issuer. Subject = the upper-case trích yếu as printed (it is not a citation-bearing title). Date 2025-10-10 from the "
 "place/date cell; `20 tháng 10 năm 2025` (Điều 2) is the effective date. Distribution [] — the stored page prints no Nơi nhận (the "
 "decision is otherwise complete; truncated false). Signature `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `Hồ Kỳ Minh`. "
 "CITATIONS: Căn cứ laws — the 2025 Law on local government and the 2025 Law on legal documents and its 2025 amendment by name and date; "
 "`Luật Quản lý, sử dụng tài sản công số 15/2017/QH14` with symbol (and name); `Luật số 56/2024/QH15`, `Luật số 90/2025/QH15` by symbol (the "
 "laws they amend, named in their descriptions, not listed); Nghị định 78, 125, 127, 186, 187/2025/NĐ-CP legal_basis; 79/2025/NĐ-CP nested in "
 "187's description → mentions; Tờ trình 158/TTr-STC (`Theo đề nghị của Sở Tài chính tại …`) → mentions. Quy định body: `Luật Đấu thầu` and "
 "`Luật Ngân sách nhà nước` (Điều 18) by name → mentions; the many pinpoints into 186/2025/NĐ-CP and the Law on public assets not repeated; "
 "`Quyết định của Thủ tướng Chính phủ` (Điều 6.1) generic, not listed; the annex line `(Ban hành kèm theo Quyết định số 61/2025/QĐ-CTUBND …)` "
 "is the document's own number. "
 "OBLIGATIONS (16): Điều 1 (issuing the Quy định) and Điều 2 (entry into force) not recorded. Điều 3 `Giám đốc Sở Tài chính chủ trì, phối "
 "hợp với các cơ quan, đơn vị có liên quan tổ chức hướng dẫn, theo dõi, kiểm tra …` → addressee and lead Sở Tài chính (official → body), "
 "support the class. Điều 4 execution article (`… căn cứ Quyết định này thực hiện`) → five addressees: `Văn phòng UBND thành phố` "
 "(CONSTRUCTED from `Chánh Văn phòng UBND thành phố`; it occurs in the text ignoring case), Sở Tài chính, the class of specialised agencies "
 "`các cơ quan chuyên môn và tổ chức hành chính khác thuộc UBND các cấp`, `UBND các phường, xã, đặc khu` (from `Chủ tịch UBND …`), `các cơ "
 "quan, đơn vị có liên quan`. QUY ĐỊNH: Điều 1–3 (scope, subjects, principles) and Chương II–V (Điều 4–17: `X quyết định giao / khai thác / "
 "thu hồi / điều chuyển / bán / thanh lý / tiêu hủy / xử lý / phê duyệt …`) are grants of competence, NOT recorded (as corpus26 did not "
 "record a Quy định's functions), DEBATABLE — permission per grant would be the other reading; the incidental duties inside them (`và thực "
 "hiện trình tự, thủ tục theo đúng quy định`, 8.2, 11.2.b) not recorded either. Chương VI Điều 18 recorded: 18.1 the general duty of the "
 "class `Các cơ quan, tổ chức, đơn vị, cá nhân có liên quan`; 18.2 lead-in `Chủ tịch Ủy ban nhân dân phường, xã và người đứng đầu các cơ quan, "
 "tổ chức, đơn vị trên địa bàn thành phố có trách nhiệm:` → two addressees (officials → bodies: `Ủy ban nhân dân phường, xã`, `các cơ quan, "
 "tổ chức, đơn vị trên địa bàn thành phố`) inherited by points a)–đ) (a product `quy chế`); 18.3 `Sở Tài chính có trách nhiệm:` a)–đ), "
 "point d) split: `Tổng hợp tình hình, báo cáo kết quả …` (product báo cáo, report_to null — no recipient printed) and `Đề xuất, kiến nghị "
 "Ủy ban nhân dân thành phố phương án …` (product `phương án`, report_to UBND thành phố), DEBATABLE split; a) `Giúp Chủ tịch … thực hiện "
 "nhiệm vụ …` recorded although it restates a function; 18.4 the commune finance-planning agencies (the class as printed). The closing "
 "paragraph `Trong quá trình thực hiện nếu có vướng mắc phát sinh, các cơ quan, tổ chức, đơn vị trên địa bàn thành phố kịp thời báo cáo, "
 "đề xuất gửi Sở Tài chính để tổng hợp trình Chủ tịch …` → an as-needed report under the last section (`Quy định Điều 18.4`, corpus35 "
 "rule), report_to Sở Tài chính, product and due null; `Sở Tài chính … tổng hợp trình Chủ tịch` is its purpose clause, not an entry. "
 "18.3.b and 18.3.c share their 12-word text_start (the two points' first 22 words are identical; a distinct start would need 23 "
 "words, over the 15-word limit) — as corpus25's two BHXH clauses, DEBATABLE.")

# ---------------------------------------------------------------- 15/2025/QĐ-TTg: máy móc, thiết bị (relative due, Trách nhiệm thi hành)
N = 'ttg-15-2025-qd-ttg'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
YGD = ['Bộ Y tế', 'Bộ Giáo dục và Đào tạo']
C5 = ['Văn phòng Trung ương Đảng', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'bộ, cơ quan trung ương', 'Ủy ban nhân dân cấp tỉnh',
      'các cơ quan, tổ chức, đơn vị thuộc trung ương, địa phương']
K34 = 'cơ quan, người có thẩm quyền quy định tại khoản 3 Điều 4 Quyết định này'
TT = ['Thanh tra Chính phủ', 'các cơ quan có chức năng thanh tra']
o = [
  ob(t('không trang bị riêng loại máy móc, thiết bị có chức năng đã tích hợp', n=11), 'Điều 5.2.d', ['cơ quan, tổ chức, đơn vị'],
     modality='prohibition'),
  ob(t('Trong thời hạn 12 tháng, kể từ ngày Quyết định này có'), 'Điều 6.2.a', YGD,
     due=rel('Trong thời hạn 12 tháng, kể từ ngày Quyết định này có hiệu lực thi hành', 12, 'month',
             'ngày Quyết định này có hiệu lực thi hành')),
  ob(t('Sau khi Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Giáo dục và'), 'Điều 6.2.c', [K34]),
  ob(t('Quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng được công khai'), 'Điều 6.6', []),
  ob(t('Văn phòng Trungương Đảng, Ủy ban Trungương Mặt trận Tổ quốc Việt Nam, bộ, cơ quan trungương, Ủy ban nhân dân cấp tỉnh, các cơ quan',
       n=12), 'Điều 7.1', C5, modality='permission'),
  ob(t('Trong trường hợp này, cơ quan, người có thẩm quyền có văn bản'), 'Điều 8.2', ['cơ quan, người có thẩm quyền'],
     product='văn bản', report_to='cơ quan, tổ chức, đơn vị có liên quan'),
  ob(t('Đối với người hoạt động không chuyên tráchở cấp xã'), 'Điều 8.5', ['Ủy ban nhân dân cấp xã']),
  ob(t('Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Giáo dục và Đào tạo có trách nhiệm'), 'Điều 9.1', YGD),
  ob(t('Tổ chức kiểm tra, giám sát việc tuân thủ tiêu chuẩn, định mức'), 'Điều 9.2.a', C5),
  ob(t('Thực hiện các trách nhiệm khác theo quy định tại Quyết định này'), 'Điều 9.2.b', C5),
  ob(t('Tổ chức thanh tra việc tuân thủ tiêu chuẩn, định mức sử dụng'), 'Điều 9.3.a', TT),
  ob(t('Thực hiện các nhiệm vụ quy định tại khoản 2 Điều này.'), 'Điều 9.3.b', TT),
  ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc'), 'Điều 9.4',
     ['Bộ', 'cơ quan ngang Bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương',
      'cơ quan, tổ chức, đơn vị', 'cá nhân có liên quan']),
]
docs[N] = dict(source=REPO + 'TW/Quyet_dinh_TTg/2025/15-2025-QĐ-TTg/toan-van.md (read_file id 61133628638; ' + SRC +
    ' (vbpl.vn, header and Nơi nhận/signature as pipe tables, Phụ lục I–II as tables) — 40,075 code points, read in three pages (offsets 0, 16000, 32000) and joined, copied unchanged)',
    kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='15', symbol='15/2025/QĐ-TTg',
    type='Quyết định', type_code='QĐ', place='Hà Nội', date='2025-06-14',
    subject='Quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị',
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức Chính phủ', relation='legal_basis'),
      cit('Luật', name='Luật Tổ chức chính quyền địa phương', relation='legal_basis'),
      cit('Luật', name='Luật Quản lý, sử dụng tài sản công', date='2017-06-21', relation='legal_basis'),
      cit('Luật', name=('Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách '
                        'nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc '
                        'gia, Luật Xử lý vi phạm hành chính'), date='2024-11-29', relation='legal_basis'),
      cit('Quyết định', '50/2017/QĐ-TTg', '2017-12-31', 'Thủ tướng Chính phủ', 'replaces'),
    ],
    page_mentions=[
      pm('Quyết định', '15/2025/QĐ-TTg', "the repository's own identification of the document (front matter `so_hieu`, `ngay_ban_hanh: '2025-06-14'`, `nguoi_ky: Hồ Đức Phớc`, `chuc_danh: Phó  Thủ tướng`, `source_url`)"),
      pm('Quyết định', '50/2017/QĐ-TTg', "front matter `luoc_do_relations` (relation `Văn bản hợp nhất`, with its title)"),
    ],
    truncated=False, signature={"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Hồ Đức Phớc"},
    distribution=['Ban Bí thư Trungương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'HĐND, UBND các tỉnh, thành phố trực thuộc trungương', 'Văn phòng Trungương và các Ban của Đảng', 'Văn phòng Tổng Bí thư',
      'Văn phòng Chủ tịch nước', 'Hội đồng Dân tộc và cácỦy ban của Quốc hội', 'Văn phòng Quốc hội', 'Toàán nhân dân tối cao',
      'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước', 'Ủy ban Trungương Mặt trận Tổ quốc Việt Nam',
      'Cơ quan trungương của các đoàn thể',
      'VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo', 'Lưu: VT, KTTH (2b)'],
    obligations=o)
notes[N] = (
 "COPY: the stored file is the repository's `toan-van.md` (branch TW of the same vault): YAML front matter of the sync agent (`source: "
 "vbpl.vn`, `so_hieu`, `ngay_ban_hanh`, `ngay_co_hieu_luc: '2025-07-01'`, `nguoi_ky`, `chuc_danh: Phó  Thủ tướng`, `tinh_trang_hieu_luc: Hết "
 "hiệu lực một phần`, `luoc_do_relations` naming 50/2017/QĐ-TTg), then the vbpl.vn page as Markdown: header and Nơi nhận/signature as "
 "pipe tables (the Nơi nhận list flattened into one cell, the signature `**KT. THỦ TƯỚNG** **PHÓ THỦ TƯỚNG**   ***(Đã ký)***  **Hồ Đức Phớc**`), "
 "chapter headings with a Markdown hard break (`**Chương I  \\nQUY ĐỊNH CHUNG**`), several clauses turned into `## ` headings by the "
 "converter (`## 1. Quyết định này quy định …`, `## 2. Văn phòng Trungương Đảng, …`, `## 3. Thanh tra Chính phủ …`), then Phụ lục I and II "
 "as four-column tables. Glued words throughout (`Trungương`, `trungương`, `Toàán`, `phươngán`, `vayưu đãi`, `đềán`, `Namở`, `cácỦy ban`, "
 "`Ban Thường trựcỦy bạn` — sic), a CYRILLIC trap in both annex tables (`Máy photoсору`: с о р у are U+0441 U+043E U+0440 U+0443), and "
 "`2.5` for `2,5` in one row of Phụ lục II. 40,075 code points = total_chars, three pages joined (boundaries inside `nhiệm vụ đặc thù | của "
 "cơ quan` and `CỦA CƠ QU | AN, TỔ CHỨC`), NFC, copied unchanged. "
 "HEADER: issuer `THỦ TƯỚNG CHÍNH PHỦ` (the cell without its rule); date 2025-06-14; effective 2025-07-01 (Điều 7.1) and the front-matter "
 "dates are not the document date. Signature `KT. THỦ TƯỚNG` / `PHÓ THỦ TƯỚNG` / `Hồ Đức Phớc` (the database's `(Đã ký)` left out). "
 "Distribution: the 16 Nơi nhận entries as printed (glued words kept; `Cổng TTĐT,  các Vụ` whitespace). No Kính gửi → recipients []. "
 "CITATIONS: four Căn cứ laws by name — `Luật Tổ chức Chính phủ năm 2025` and `Luật Tổ chức chính quyền địa phương năm 2025` with date null "
 "(year only), the Law on public assets (2017-06-21), the 2024 omnibus amending law by its full printed name (2024-11-29; the laws it "
 "amends not listed separately); `Theo đề nghị của Bộ trưởng Bộ Tài chính` not a citation; Điều 7.2 `Quyết định số 50/2017/QĐ-TTg … hết "
 "hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành` → replaces (the old standard is superseded; `mentions` defensible), DEBATABLE; "
 "the annex lines `(Kèm theo Quyết định số 15/2025/QĐ-TTg …)` are the document's own number. "
 "OBLIGATIONS (13): Chương I (scope, subjects, principles — 3.4's `Thủ trưởng … quyết định số lượng và mức giá cụ thể` a discretion), and "
 "the competence grants of Điều 4.3–4.4, 5.2.c, 5.3, 6.2.b, 6.3–6.5 (`X quyết định …`) NOT recorded, DEBATABLE. 5.2.d's last clause `không "
 "trang bị riêng loại máy móc, thiết bị có chức năng đã tích hợp` recorded as a PROHIBITION of the point's subject `cơ quan, tổ chức, đơn "
 "vị` (text_start = the clause, 11 words), DEBATABLE — it is part of a standard. 6.2.a → `Bộ Y tế`, `Bộ Giáo dục và Đào tạo` (the two "
 "Ministers → their ministries), due RELATIVE {12, month, from `ngày Quyết định này có hiệu lực thi hành`} (= 2026-07-01 given Điều 7.1; "
 "unit `month` is new to these sets), product null (`quy định chi tiết hướng dẫn` is a verb phrase). 6.2.c second sentence `Sau khi Bộ "
 "trưởng … quy định chi tiết hướng dẫn …, cơ quan, người có thẩm quyền quy định tại khoản 3 Điều 4 Quyết định này rà soát để thay thế …` → "
 "the defined class as addressee, due null (`Sau khi …` names an event without a time; relative amount 0 is defensible), DEBATABLE; its "
 "first sentence (an interim competence) not recorded. 6.6 `… được công khai trên Cổng thông tin điện tử của …` → passive, no agent → "
 "addressees [], DEBATABLE. 7.1 second paragraph `… được sử dụng quy định tiêu chuẩn, định mức tại Quyết định này để xây dựng phươngán …` "
 "→ PERMISSION of five addressees (glued `Trungương` restored to `Trung ương` in the labels; equal ignoring whitespace), `kể từ ngày Quyết "
 "định này được ký ban hành` a start date, not a due. 8.1, 8.3, 8.4 (transitional rules) not recorded. 8.2 second sentence `Trong trường "
 "hợp này, cơ quan, người có thẩm quyền có văn bản thông báo đến cơ quan, tổ chức, đơn vị có liên quan để thực hiện` → product văn bản, "
 "report_to the notified class (a notice, as corpus25 7/QĐ-BQLCKCN), DEBATABLE. 8.5 → `Ủy ban nhân dân cấp xã` (`trường hợp còn thiếu, "
 "Ủy ban nhân dân cấp xã bố trí …`; text_start at the item's start, corpus5 rule). Điều 9.1 → the two ministries (the 12-month limit is "
 "only referred to, `theo quy định tại điểm a khoản 2 Điều 6` → due null). 9.2 lead-in (a `## ` heading in this rendering) → five "
 "addressees inherited by a) and b); a)'s `xử lý theo thẩm quyền hoặc báo cáo cơ quan, người có thẩm quyền xử lý vi phạm` → report_to "
 "null (generic `cơ quan, người có thẩm quyền`, corpus32), not split. 9.3 → `Thanh tra Chính phủ`, `các cơ quan có chức năng thanh tra` for "
 "a) and b). 9.4 execution article → six addressees, officials → bodies: `Bộ` (CONSTRUCTED from `Bộ trưởng`), `cơ quan ngang Bộ`, `cơ quan "
 "thuộc Chính phủ`, `Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương` (from `Chủ tịchỦy ban nhân dân …`), `cơ quan, tổ chức, đơn vị`, "
 "`cá nhân có liên quan`, DEBATABLE. Phụ lục I–II (tables of maxima) and their Ghi chú bullets (rules) not recorded.")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": True}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
