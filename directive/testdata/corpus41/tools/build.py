# Writes the NAME.json files and figures.json of corpus41 from the labels below (modelled on corpus40's build.py).
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

TNT = 'https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/'
JP = 'https://github.com/johnPa02/thuvienphapluat-crawler/blob/56c5f16b89c5125f65d2bfad211466ad1f346840/'
CP = 'Chính phủ'; QH = 'Quốc hội'; TTG = 'Thủ tướng Chính phủ'
docs = {}; notes = {}

# ---------------------------------------------------------------- 33/2025/NQ-HĐND thành phố Huế (Tổ chức thực hiện)
N = 'hue-33-2025-nq-hdnd'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
UBTP = 'Ủy ban nhân dân thành phố'
o = [
  ob(t('Đối với các công trình do Ủy ban nhân dân cấp xã làm'), 'Điều 1.2.c', [UBTP]),
  ob(t('Giao Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết.'), 'Điều 4.1', [UBTP]),
  ob(t('Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân'), 'Điều 4.2',
     ['Thường trực Hội đồng nhân dân', 'các Ban Hội đồng nhân dân', 'Tổ đại biểu Hội đồng nhân dân',
      'đại biểu Hội đồng nhân dân thành phố']),
]
docs[N] = dict(source=TNT + 'src/etl/dataset/0eb3b8713cadea8f.md (read_file id 45406399277; a thuvienphapluat.vn page body '
    'saved by the repository\'s crawler as Markdown: table cells flattened one per line between `|` lines, bold/italic runs, '
    'hard line breaks inside sentences — 11,216 code points, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ', number='33', symbol='33/2025/NQ-HĐND',
    type='Nghị quyết', type_code='NQ', place='Thành phố Huế', date='2025-11-18',
    subject=('SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA '
             'HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN NGÂN SÁCH NHÀ NƯỚC '
             'THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 - 2025 TRÊN ĐỊA BÀN TỈNH THỪA '
             'THIÊN HUẾ (NAY LÀ THÀNH PHỐ HUẾ)'),
    urgency='', recipients=[],
    citations=[
      cit('Nghị quyết', '09/2022/NQ-HĐND', '2022-07-14', 'Hội đồng nhân dân tỉnh Thừa Thiên Huế', 'amends'),
      cit('Luật', '72/2025/QH15', relation='legal_basis'),
      cit('Luật', '64/2025/QH15', relation='legal_basis'),
      cit('Luật', '87/2025/QH15', relation='legal_basis'),
      cit('Luật', '83/2015/QH13', relation='legal_basis'),
      cit('Luật', '58/2024/QH15', relation='legal_basis'),
      cit('Nghị quyết', '24/2021/QH15', None, QH, 'legal_basis'),
      cit('Nghị quyết', '973/2020/UBTVQH14', None, 'Ủy ban Thường vụ Quốc hội', 'legal_basis'),
      cit('Nghị quyết', '175/2024/QH15', None, QH, 'legal_basis'),
      cit('Nghị quyết', '190/2025/QH15', None, QH, 'legal_basis'),
      cit('Quyết định', '02/2022/QĐ-TTg', None, TTG, 'legal_basis'),
      cit('Nghị định', '27/2022/NĐ-CP', '2022-04-19', CP, 'legal_basis'),
      cit('Nghị định', '38/2023/NĐ-CP', None, CP, 'legal_basis'),
      cit('Nghị định', '150/2025/NĐ-CP', None, CP, 'legal_basis'),
      cit('Nghị định', '125/2025/NĐ-CP', None, CP, 'legal_basis'),
      cit('Nghị định', '131/2025/NĐ-CP', None, CP, 'legal_basis'),
      cit('Tờ trình', '16481/TTr-UBND', '2025-11-14', UBTP, 'mentions'),
      cit('Nghị quyết', '1314/NQ-UBTVQH15', None, '', 'mentions'),
    ],
    page_mentions=[],
    truncated=False, signature={"authority": [], "title": "CHỦ TỊCH", "name": "Lê Trường Lưu"},
    distribution=['Như Điều 4', 'UBTV Quốc hội, Chính phủ', 'Ủy ban Công tác đại biểu', 'Các Bộ: TC; NN&MT',
      'Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)', 'Ban Thường vụ Thành ủy', 'BTV Đảng ủy các cơ quan Đảng thành phố',
      'Đoàn ĐBQH thành phố; UBMTTQVN thành phố', 'Các sở, ban, ngành, đoàn thể thành phố', 'TT.HĐND, UBND các xã, phường',
      'Công báo thành phố; Cổng TTĐT thành phố', 'VP: Lãnh đạo và các CV', 'Lưu: VT'],
    obligations=o)
notes[N] = (
 "COPY: the stored file is one of the repository's 13,553 hash-named crawler files (`src/etl/dataset/`); it holds only the "
 "document body of a thuvienphapluat.vn page (no site chrome above the header, none after the signature): the header "
 "table flattened to one cell per line between `|` lines (`**HỘI ĐỒNG NHÂN\\nDÂN **` broken inside the issuer, `Số:\\n33/2025/NQ-HĐND`, "
 "the italic place/date cell), a `** **` line, the bold type line, the upper-case trích yếu over five lines, italic Căn cứ "
 "lines (one ending in a stray `;”.`), bold article headings broken across lines (`**Điều 1. Sửa\\nđổi, bổ sung**** khoản 2 …`), "
 "the amended clause quoted in “…” with its 12-row table flattened one cell per line, and the Nơi nhận/signature table "
 "flattened (`|\\nNơi nhận:\\n- … |\\n**CHỦ TỊCH**\\n**Lê Trường Lưu**\\n|`). 11,216 code points = total_chars, NFC, no CR. "
 "HEADER: issuer = the two header lines joined (`HỘI ĐỒNG NHÂN DÂN` + `THÀNH PHỐ HUẾ`); place `Thành phố Huế` as printed in "
 "the place/date line; date 2025-11-18 (repeated in the closing `thông qua ngày 18 tháng 11 năm 2025`; the effective date "
 "28/11/2025 is Điều 3.1). Subject = the upper-case trích yếu joined with single spaces (`2021 -\\n2025` → `2021 - 2025`), case "
 "kept. Signature `CHỦ TỊCH` / `Lê Trường Lưu`, authority [] (a HĐND resolution signed by its Chairman without TM.). "
 "Distribution: the 13 Nơi nhận entries as printed (`Như Điều 4` refers to the Tổ chức thực hiện article). "
 "CITATIONS: 09/2022/NQ-HĐND of the former HĐND tỉnh Thừa Thiên Huế, first named in the upper-case title, whose annexed "
 "Quy định this resolution amends → relation `amends` (DEBATABLE: it amends the Quy định annexed to that resolution, not "
 "the resolution's own articles). The five laws cited by symbol (`Luật Tổ chức chính quyền địa phương số 72/2025/QH15` …; "
 "87/2025/QH15 is the amending law named after `được sửa đổi, bổ sung bởi`), issuer '' and date null (none printed); the "
 "four Nghị quyết of the Quốc hội / UBTVQH, QĐ 02/2022/QĐ-TTg and five decrees legal_basis, undated as printed; 27/2022/NĐ-CP "
 "dated 2022-04-19 from its full mention nested in 38/2023's Căn cứ line (its own Căn cứ line carries no date), DEBATABLE. "
 "Tờ trình 16481/TTr-UBND (`Xét`) → mentions; `Báo cáo thẩm tra của Ban Kinh tế - Ngân sách` has no number → not listed. "
 "1314/NQ-UBTVQH15 (the 2023–2025 district/commune rearrangement, named in the Ghi chú cells of the quoted table, printed "
 "`1314/NQ- UBTVQH15` with a space in 11 rows and `1314/NQ-UBTVQH15` in one) → mentions, issuer '' (none named). "
 "No page_mentions: the file keeps no chrome that names a document. "
 "OBLIGATIONS (3): Điều 1 quotes the new text of clause 2 of Điều 12 of the amended Quy định: its a) table and b) (`ngân sách "
 "thành phố chịu trách nhiệm đối ứng` — a budget, not a body) are rules, not recorded; c) `… Ủy ban nhân dân thành phố xem xét, "
 "hỗ trợ bổ sung có mục tiêu cho ngân sách cấp xã …` recorded as an obligation of the UBND thành phố with section `Điều "
 "1.2.c` (the quoted clause's own markers), DEBATABLE: it is enacted (amended) regulatory text, not an assignment of the "
 "resolution in its own voice, and `xem xét, hỗ trợ` is close to a discretion. Điều 2 (word replacements) and Điều 3 (entry "
 "into force; transitional rule for approved projects) not recorded. Điều 4.1 `Giao Ủy ban nhân dân thành phố triển khai "
 "thực hiện Nghị quyết` → UBND thành phố. Điều 4.2 the council's own standing body, committees, delegations and deputies "
 "`giám sát` → four addressees as printed (`các Ban Hội đồng nhân dân` without `của`), recorded although they belong to the "
 "issuing council (corpus40 precedent; issuer's own role would drop them), DEBATABLE. No due, product or report_to in this text.")

# ---------------------------------------------------------------- 122/2025/NĐ-CP phân quyền, phân cấp quản lý thuế
N = 'cp-122-2025-nd-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
CQTCS = 'Cơ quan thuế cơ sở quản lý trực tiếp người nộp thuế'
CQTT = 'cơ quan thuế cấp tỉnh'; CT = 'Cục Thuế'; BTC = 'Bộ Tài chính'
o = [
  ob(t('Cơ quan thuế cơ sở quản lý trực tiếp người nộp thuế lập'), 'Điều 5.2.a', [CQTCS],
     product='hồ sơ', report_to=CQTT),
  ob(t('trường hợp không thuộc đối tượng xóa nợ thì cơ quan thuế cấp tỉnh'), 'Điều 5.2.a', [CQTT],
     product='thông báo', report_to='cơ quan thuế cơ sở'),
  ob(t('trường hợp thuộc đối tượng xóa nợ thì cơ quan thuế cấp tỉnh lập'), 'Điều 5.2.a', [CQTT],
     product='văn bản', report_to=CT),
  ob(t('Cục Thuế thẩm định hồ sơ đề nghị xóa nợ.'), 'Điều 5.2.a', [CT]),
  ob(t('Trường hợp không thuộc đối tượng xóa nợ thì Cục Thuế thông báo'), 'Điều 5.2.a', [CT],
     product='thông báo', report_to=CQTT),
  ob(t('trường hợp thuộc đối tượng xóa nợ thì Cục Thuế dự thảo'), 'Điều 5.2.a', [CT],
     product='quyết định', report_to=BTC),
  ob(t('Cơ quan thuế cấp tỉnh quản lý trực tiếp người nộp thuế lập'), 'Điều 5.2.b',
     ['Cơ quan thuế cấp tỉnh quản lý trực tiếp người nộp thuế'], product='hồ sơ', report_to=CT),
  ob(t('Trường hợp không thuộc đối tượng xóa nợ thì Cục Thuế thông báo', 1), 'Điều 5.2.b', [CT],
     product='thông báo', report_to=CQTT),
  ob(t('trường hợp thuộc đối tượng xóa nợ thì Cục Thuế dự thảo', 1), 'Điều 5.2.b', [CT],
     product='quyết định', report_to=BTC),
  ob(t('Rà soát, sửa đổi, bổ sung hoặc đề xuất cấp có thẩm quyền'), 'Điều 7.1', [BTC]),
  ob(t('Tổ chức đào tạo, tập huấn, hướng dẫn nghiệp vụ cho cơ quan'), 'Điều 7.2', [BTC]),
  ob(t('Cục Thuế trao đổi, đàm phán nội dung về APA với người'), 'Điều 8.3.a', [CT],
     due=rel('trước khi tiến hành đàm phán', 0, 'day', 'tiến hành đàm phán (before)'), product='phương án', report_to=BTC),
  ob(t('Cục Thuế thực hiện trao đổi, đàm phán với người nộp thuế'), 'Điều 8.3.b', [CT],
     product='dự thảo', report_to=BTC),
  ob(t('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc'), 'Điều 10.4',
     ['Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      'các tổ chức, cá nhân có liên quan']),
]
docs[N] = dict(source=JP + 'all/Nghị_định_122_2025_NĐ-CP_quy_định_về_phân_quyền,_phân_cấp_trong_lĩnh_vực_quản_lý_thuế.txt '
    '(read_file id 66746734230; a thuvienphapluat.vn page saved as plain text by the repository\'s crawler, the page title '
    'prefixed to the header and to every article — 18,485 code points, two pages joined, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='122', symbol='122/2025/NĐ-CP',
    type='Nghị định', type_code='NĐ', place='Hà Nội', date='2025-06-11',
    subject='QUY ĐỊNH VỀ PHÂN QUYỀN, PHÂN CẤP TRONG LĨNH VỰC QUẢN LÝ THUẾ',
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức Chính phủ', date='2025-02-18', relation='legal_basis'),
      cit('Luật', name='Luật Tổ chức chính quyền địa phương', relation='legal_basis'),
      cit('Nghị quyết', '190/2025/QH15', '2025-02-19', QH, 'legal_basis'),
      cit('Luật', '38/2019/QH14', '2019-06-13', '', 'mentions'),
      cit('Thông tư', '80/2021/TT-BTC', '2021-09-29', BTC, 'mentions'),
      cit('Nghị định', '126/2020/NĐ-CP', '2020-10-19', CP, 'mentions'),
      cit('Nghị định', '91/2022/NĐ-CP', '2022-10-30', CP, 'mentions'),
      cit('Nghị định', '123/2020/NĐ-CP', '2020-10-19', CP, 'mentions'),
      cit('Nghị định', '70/2025/NĐ-CP', '2025-03-20', CP, 'mentions'),
    ],
    page_mentions=[
      pm('Nghị định', '122/2025/NĐ-CP', "the crawler's page title `Nghị định 122/2025/NĐ-CP quy định về phân quyền, phân cấp "
         "trong lĩnh vực quản lý thuế.` prefixed to the header and repeated before every article, chapter and the Phụ lục (11 times)"),
    ],
    truncated=False, signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Nguyễn Hòa Bình"},
    distribution=['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ',
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'HĐND, UBND các tỉnh, thành phố trực thuộc trung ương',
      'Văn phòng Trung ương và các Ban của Đảng', 'Văn phòng Tổng Bí thư', 'Văn phòng Chủ tịch nước',
      'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'Tòa án nhân dân tối cao',
      'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Cơ quan trung ương của các đoàn thể',
      'VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo', 'Lưu: VT, KTTH (2b)'],
    obligations=o)
notes[N] = (
 "COPY: the stored file is the crawler's plain-text save of the thuvienphapluat.vn page: the page title `Nghị định 122/2025/NĐ-CP "
 "quy định về phân quyền, phân cấp trong lĩnh vực quản lý thuế.` runs into the header (`… thuế. CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI "
 "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------` on ONE line, the two header cells flattened with their rules), "
 "then `Số:`, the place/date and the type + trích yếu on one line each; the same title is prefixed again to every article block "
 "(after a blank line), so chapter headings sit after the title (`… thuế. \\nChương II PHÂN QUYỀN …`); Markdown links to the "
 "site's form files (`[Mẫu số 02/XOANO](https://files.thuvienphapluat.vn/…doc)`) inside Điều 5; the Nơi nhận list, then the "
 "signature block on one line (`TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Hòa Bình`), then the Phụ lục. 18,485 code "
 "points = total_chars, two read_file pages (0, 16000; boundary inside `Nghị định số 122/2025/|NĐ-CP` of the Phụ lục title), NFC. "
 "HEADER: issuer `CHÍNH PHỦ`; number/symbol from `Số: 122/2025/NĐ-CP`; date 2025-06-11 (effective 01/7/2025 and expiry "
 "01/3/2027 in Điều 10 are not the document date); type from `NGHỊ ĐỊNH`, subject = the rest of that line, upper case kept. "
 "Signature authority [`TM. CHÍNH PHỦ`, `KT. THỦ TƯỚNG`], title `PHÓ THỦ TƯỚNG`, name `Nguyễn Hòa Bình` (one printed line). "
 "Distribution: the 16 Nơi nhận entries. No Kính gửi → recipients []. "
 "CITATIONS: the two Căn cứ laws by name (Luật Tổ chức Chính phủ dated 2025-02-18; Luật Tổ chức chính quyền địa phương `năm "
 "2025` → date null), 190/2025/QH15 legal_basis; `Theo đề nghị của Bộ trưởng Bộ Tài chính` not a citation. In the articles "
 "and Phụ lục (all `theo quy định tại` → mentions): Luật Quản lý thuế by its symbol 38/2019/QH14 (2019-06-13, no issuer), "
 "Thông tư 80/2021/TT-BTC (Bộ Tài chính), Nghị định 126/2020, 91/2022, 123/2020 and 70/2025/NĐ-CP (Chính phủ). Form codes "
 "(`Mẫu số 02/XOANO`, `06/XOANO`) and the site's link URLs are not citations; the Phụ lục line `(Kèm theo Nghị định số "
 "122/2025/NĐ-CP …)` is the document's own number. PAGE_MENTIONS: the crawler's repeated title (own document). "
 "OBLIGATIONS (14): Chương I (scope, principles) not recorded. Chương II: Điều 3.1–3.4, 4.1, 6.1 (`… do Bộ trưởng Bộ Tài chính "
 "hướng dẫn`) are the transfer of a competence (phân quyền) to the Minister, not recorded (corpus26), DEBATABLE — each is also "
 "readable as a task `Bộ Tài chính hướng dẫn …` without a deadline; 3.5, 4.2, 6.2 (`thực hiện theo quy định tại điểm … Phụ lục`) "
 "are rules; Điều 5.1 and 8.1–8.2 (`Bộ trưởng Bộ Tài chính thực hiện thẩm quyền quyết định …`) are competence grants, not "
 "recorded. The PROCEDURE steps of 5.2 and 8.3 name a performing body, a product and a recipient and are recorded as "
 "obligations, DEBATABLE (they describe a procedure rather than assign work): 5.2.a is three printed paragraphs and five "
 "clauses of different bodies/products → six entries (the cơ sở office's dossier to the provincial office; the provincial "
 "office's notice back `theo Mẫu số 02/XOANO` → product `thông báo`, or its `văn bản đề nghị` to Cục Thuế → `văn bản`; Cục "
 "Thuế's appraisal (no product); its notice; its draft decision `trình Bộ trưởng Bộ Tài chính` → product `quyết định`, "
 "report_to `Bộ Tài chính` (the Minister → his ministry, corpus5 rule applied to report_to, DEBATABLE)); 5.2.b three entries, "
 "its two Cục Thuế clauses word-for-word those of 5.2.a (same 12-word text_starts, second occurrences). Addressee labels: "
 "`Cơ quan thuế cơ sở quản lý trực tiếp người nộp thuế` and `Cơ quan thuế cấp tỉnh quản lý trực tiếp người nộp thuế` as "
 "printed; `cơ quan thuế cấp tỉnh` and `Cục Thuế` as printed in the clauses. Điều 7 `Trách nhiệm của Bộ Tài chính` (a "
 "responsibility article) → 7.1 and 7.2 inherit `Bộ Tài chính` from the heading. 8.3.a Cục Thuế's negotiating plan `trình "
 "Bộ trưởng Bộ Tài chính phê duyệt trước khi tiến hành đàm phán` → product `phương án`, due relative 0 day before the "
 "negotiation (corpus5's `trước khi …` rule); 8.3.b `xây dựng dự thảo APA và trình Bộ trưởng Bộ Tài chính ký APA` → product "
 "`dự thảo`. Điều 9 (transitional: `Thủ tướng Chính phủ tiếp tục xử lý theo thẩm quyền`) and Điều 10.1–10.3 (effect, expiry "
 "with its exception `Bộ Tài chính báo cáo Chính phủ đề xuất và được Quốc hội quyết định kéo dài …` — a condition, not an "
 "assignment, DEBATABLE) not recorded. 10.4 execution article → officials → bodies: `Bộ` CONSTRUCTED from `Bộ trưởng` (as "
 "corpus40), `cơ quan ngang bộ`, `cơ quan thuộc Chính phủ`, `Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương`, and "
 "the class `các tổ chức, cá nhân có liên quan` kept whole. The Phụ lục (cross-references) gives no entry.")

# ---------------------------------------------------------------- 05/2025/QĐ-TTg Quy chế Hội đồng Y khoa Quốc gia
N = 'ttg-05-2025-qd-ttg'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
HD = 'Hội đồng Y khoa Quốc gia'; VP = 'Văn phòng Hội đồng'; VPQ = 'Văn phòng Hội đồng Y khoa Quốc gia'; BYT = 'Bộ Y tế'
BNV = 'Bộ Nội vụ'; Q = 'Quy chế '
o = [
  ob(t('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan'), 'Điều 3',
     ['Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương', HD,
      'các cơ quan, tổ chức liên quan']),
  ob(t('Văn phòng Hội đồng Y khoa Quốc gia có trách nhiệm bảo đảm'), Q + 'Điều 3.3.c', [VPQ]),
  ob(t('Các phiên họp của Hội đồng chỉ tiến hành khi có ít nhất'), Q + 'Điều 5.2', [HD],
     due=rec('định kỳ 01 tháng 01 lần', 'monthly')),
  ob(t('Hội đồng có trách nhiệm cung cấp các thông tin, dữ liệu liên quan'), Q + 'Điều 6.1.b', [HD], report_to=BYT),
  ob(t('Chủ tịch Hội đồng và 02 Phó Chủ tịch kiêm nhiệm: Bộ trưởng'), Q + 'Điều 8.1.a', [BYT], report_to=TTG),
  ob(t('Phó Chủ tịch Thường trực Hội đồng: Chủ tịch Hội đồng giới thiệu'), Q + 'Điều 8.1.b', [HD],
     product='hồ sơ', report_to=BYT),
  ob(t('Bộ Nội vụ có trách nhiệm giúp Thủ tướng Chính phủ thẩm định hồ sơ bổ nhiệm'), Q + 'Điều 8.1.c', [BNV]),
  ob(t('Căn cứ cơ cấu, tiêu chuẩn, điều kiện bổ nhiệm Ủy viên Hội đồng,'), Q + 'Điều 8.1.d', [VP],
     product='phương án', report_to=HD),
  ob(t('Chánh Văn phòng Hội đồng gặp người được đề nghị bổ nhiệm'), Q + 'Điều 8.1.d', [VP]),
  ob(t('Trao đổi ý kiến với lãnh đạo cơ quan, đơn vị nơi người'), Q + 'Điều 8.1.d', []),
  ob(t('Văn phòng Hội đồng Y khoa Quốc gia hoàn thiện hồ sơ trình Chủ tịch Hội đồng ban hành'), Q + 'Điều 8.1.d', [VPQ],
     product='hồ sơ', report_to=HD),
  ob(t('Chậm nhất 90 ngày trước khi hết nhiệm kỳ của Phó Chủ tịch'), Q + 'Điều 8.2.a', [VP],
     due=rel('Chậm nhất 90 ngày trước khi hết nhiệm kỳ', 90, 'day', 'hết nhiệm kỳ của Phó Chủ tịch Thường trực (before)'),
     report_to=HD),
  ob(t('Nhân sự được đề nghị bổ nhiệm lại làm báo cáo tự nhận xét'), Q + 'Điều 8.2.a',
     ['Nhân sự được đề nghị bổ nhiệm lại'], product='báo cáo'),
  ob(t('Hội đồng xin ý kiến đơn vị có thẩm quyền quản lý nhân sự'), Q + 'Điều 8.2.a', [HD],
     report_to='đơn vị có thẩm quyền quản lý nhân sự'),
  ob(t('Hội đồng gửi Tờ trình và hồ sơ đề nghị bổ nhiệm lại'), Q + 'Điều 8.2.a', [HD], product='tờ trình', report_to=BYT),
  ob(t('Bộ Nội vụ có trách nhiệm giúp Thủ tướng Chính phủ thẩm định hồ sơ đề nghị'), Q + 'Điều 8.2.a', [BNV]),
  ob(t('Chậm nhất 90 ngày trước khi hết nhiệm kỳ của Ủy viên'), Q + 'Điều 8.2.b', [VPQ],
     due=rel('Chậm nhất 90 ngày trước khi hết nhiệm kỳ', 90, 'day', 'hết nhiệm kỳ của Ủy viên Hội đồng (before)'),
     report_to=HD),
  ob(t('Ủy viên Hội đồng làm báo cáo tự nhận xét'), Q + 'Điều 8.2.b', ['Ủy viên Hội đồng'], product='báo cáo',
     report_to=VPQ),
  ob(t('Văn phòng Hội đồng Y khoa Quốc gia xin ý kiến đơn vị có thẩm quyền'), Q + 'Điều 8.2.b', [VPQ],
     report_to='đơn vị có thẩm quyền quản lý nhân sự'),
  ob(t('Văn phòng Hội đồng Y khoa Quốc gia hoàn thiện hồ sơ trình Chủ tịch Hội đồng xem xét'), Q + 'Điều 8.2.b', [VPQ],
     product='hồ sơ', report_to=HD),
  ob(t('Khi đơn từ chức chưa được Chủ tịch Hội đồng chấp nhận,'), Q + 'Điều 8.3.b', ['thành viên Hội đồng']),
  ob(t('Trong 30 ngày kể từ ngày nhận được đơn từ chức, Chủ tịch'), Q + 'Điều 8.3.b', [HD],
     due=rel('Trong 30 ngày kể từ ngày nhận được đơn từ chức', 30, 'day', 'ngày nhận được đơn từ chức')),
  ob(t('Trường hợp Hội đồng bị khuyết Lãnh đạo hoặc Ủy viên Hội đồng,'), Q + 'Điều 8.4', [HD]),
  ob(t('Chánh Văn phòng Hội đồng Y khoa Quốc gia trình Chủ tịch Hội đồng quyết định', n=15), Q + 'Điều 10.1', [VPQ], report_to=HD),
  ob(t('Các thành viên Hội đồng Y khoa Quốc gia, Chánh Văn phòng'), Q + 'Điều 10.2',
     ['thành viên Hội đồng Y khoa Quốc gia', VPQ], product='lý lịch khoa học'),
  ob(t('Văn phòng Hội đồng Y khoa Quốc gia tổng hợp, rà soát danh sách'), Q + 'Điều 10.2', [VPQ],
     product='văn bản', report_to='đơn vị quản lý nhân sự'),
  ob(t('Sau khi được sự đồng ý bằng văn bản của đơn vị quản lý'), Q + 'Điều 10.2', [VPQ],
     product='danh sách', report_to=HD),
  ob(t('Chánh Văn phòng Hội đồng Y khoa Quốc gia trình Chủ tịch Hội đồng phê duyệt', n=15), Q + 'Điều 10.2', [VPQ],
     product='quyết định', report_to=HD),
]
docs[N] = dict(source=JP + 'all/Quyết_định_05-2025-QĐ-TTg.txt (read_file id 66496401091; a thuvienphapluat.vn page saved as '
    'plain text by the repository\'s crawler, the title `Quyết định 05/2025/QĐ-TTg.` prefixed to the header and to every article '
    'of the annexed Quy chế — 31,666 code points, two pages joined, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='05', symbol='05/2025/QĐ-TTg',
    type='Quyết định', type_code='QĐ', place='Hà Nội', date='2025-02-27',
    subject='BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA',
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức Chính phủ', date='2015-06-19', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
          date='2019-11-22', relation='legal_basis'),
      cit('Luật', name='Luật Khám bệnh, chữa bệnh', date='2023-01-09', relation='legal_basis'),
      cit('Nghị định', '96/2023/NĐ-CP', '2023-12-30', CP, 'legal_basis'),
    ],
    page_mentions=[
      pm('Quyết định', '05/2025/QĐ-TTg', "the crawler's page title `Quyết định 05/2025/QĐ-TTg.` prefixed to the header and "
         "repeated before every article and chapter of the Quy chế"),
    ],
    truncated=False, signature={"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Lê Thành Long"},
    distribution=['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ',
      'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'HĐND, UBND các tỉnh, thành phố trực thuộc Trung',
      'Văn phòng Trung ương Đảng và các Ban của Đảng', 'Văn phòng Tổng Bí thư', 'Văn phòng Chủ tịch nước', 'Văn phòng Quốc hội',
      'Hội đồng dân tộc và các Ủy ban của Quốc hội', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Cơ quan Trung ương của các đoàn thể',
      'VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, cục, đơn vị trực thuộc, Công báo', 'Lưu: VT, KGVX(2)'],
    obligations=o)
notes[N] = (
 "COPY: the crawler's plain-text save of the thuvienphapluat.vn page: `Quyết định 05/2025/QĐ-TTg.` runs into the flattened "
 "header (`… THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------` on one "
 "line), `Số:` and place/date lines with trailing spaces, the Quyết định's three articles, the Nơi nhận list (one entry cut "
 "`… trực thuộc Trung` without `ương;` as printed), then ONE line holding the signature AND the Quy chế title and annex line "
 "(`KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC … (Ban hành kèm theo Quyết định số 05/2025/QĐ-TTg …)`), then the "
 "Quy chế with the title repeated before every article. Lettered items sometimes broken in two lines (`…;\\ngiúp Hội đồng rà "
 "soát …`, `…;\\nkhông trong thời gian …`). The Quy chế ends at its Điều 10 (no closing article). 31,666 code points = "
 "total_chars, two pages (0, 16000; boundary inside `Tiêu chuẩn chu|ng:`), NFC. "
 "HEADER: issuer `THỦ TƯỚNG CHÍNH PHỦ`; date 2025-02-27 (effective 15/4/2025, Điều 2); subject = the line after `QUYẾT ĐỊNH`. "
 "Signature `KT. THỦ TƯỚNG` / `PHÓ THỦ TƯỚNG` / `Lê Thành Long` (no TM. line for a Prime Minister's decision). Distribution: "
 "13 entries as printed (`Các Bộ, cơ quan ngang Bộ`, `cục` lower case, `KGVX(2)`). "
 "CITATIONS: four Căn cứ references; the second law is printed on its own line WITHOUT `Căn cứ` (continuation of the first) → "
 "legal_basis anyway (corpus25); `Theo đề nghị của Bộ trưởng Bộ Y tế` not a citation; the Quy chế names only unnumbered texts "
 "(`Quy chế tổ chức và hoạt động do Bộ trưởng Bộ Y tế ban hành`, the form `mẫu 2C/TCTW-98`) → none listed. "
 "OBLIGATIONS (28). Convention applied to the annexed Quy chế (section prefix `Quy chế`, as corpus9): corpus26 — Điều 4 "
 "(`Nhiệm vụ, quyền hạn` of the Chairman, Vice-Chairmen, members and the three Ban) is a list of FUNCTIONS, not recorded; "
 "competence statements (`Thủ tướng Chính phủ bổ nhiệm, miễn nhiệm …`, `Bộ trưởng Bộ Y tế bổ nhiệm …`, `Số lượng Ủy viên … do "
 "Chủ tịch … quyết định`, 6.3 `Hội đồng được hợp tác, phối hợp …`) not recorded; criteria (Điều 7, 9), dossier lists (8.5, "
 "10.3), grounds for dismissal (8.3.a, 10.4 a–d) and the Council's own discussions and secret-ballot votes (8.1.d third "
 "bullet, 8.2 `Hội đồng thảo luận … biểu quyết`, 10.1 first paragraph, 10.4 đ–e) not recorded. RECORDED: explicit "
 "responsibilities (`có trách nhiệm`, `phải`) and the procedure steps in which a named body acts towards another body "
 "(submits, sends, consults, reports), DEBATABLE as a class. Officials → bodies (corpus5), also in report_to (DEBATABLE): "
 "`Chủ tịch Hội đồng` → `Hội đồng Y khoa Quốc gia`, `Chánh Văn phòng Hội đồng` → `Văn phòng Hội đồng` (8.1.d, 8.2.a print the "
 "short name) or `Văn phòng Hội đồng Y khoa Quốc gia` where the full name is printed, `Bộ trưởng Bộ Y tế` → `Bộ Y tế`; "
 "`Hội đồng` → the defined `Hội đồng Y khoa Quốc gia`. Entries: Điều 3 execution → `Bộ` CONSTRUCTED from `Các Bộ trưởng`, "
 "`cơ quan ngang bộ`, `cơ quan thuộc Chính phủ`, `Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương`, the Council (from "
 "its Chairman), `các cơ quan, tổ chức liên quan`. 3.3.c the Office `có trách nhiệm bảo đảm các điều kiện …` (a responsibility "
 "inside the organisation article, DEBATABLE). 5.2 (an article of principles) `Hội đồng tổ chức họp định kỳ 01 tháng 01 lần` → "
 "recurring monthly, text_start at the paragraph start, DEBATABLE (principles are not recorded elsewhere); its `vẫn phải tuân "
 "thủ ý kiến kết luận` of members not recorded separately (a voting rule). 6.1.b `Hội đồng có trách nhiệm cung cấp các thông "
 "tin, dữ liệu … cho Bộ Y tế sau mỗi kỳ kiểm tra hoặc khi có yêu cầu` → report_to Bộ Y tế, product null (data), due null (an "
 "event-triggered and as-needed supply, corpus17), DEBATABLE. 8.1.a the Minister `trình Thủ tướng Chính phủ bổ nhiệm` → "
 "Bộ Y tế, report_to Thủ tướng Chính phủ; 8.1.b the Chairman introduces a candidate `và gửi kèm các tài liệu, hồ sơ minh "
 "chứng để Bộ trưởng Bộ Y tế xem xét, trình …` → product `hồ sơ`, report_to Bộ Y tế (the Minister's onward submission to the "
 "Prime Minister is the purpose clause, not a separate entry, DEBATABLE); 8.1.c and 8.2.a's last bullet `Bộ Nội vụ có trách "
 "nhiệm giúp Thủ tướng Chính phủ thẩm định …` → Bộ Nội vụ. Three pairs of entries have the same first 12 words: the two Bộ Nội vụ sentences (8.1.c, 8.2.a) and the Office's two `hoàn thiện hồ sơ trình Chủ tịch Hội đồng …` steps (8.1.d, 8.2.b) first differ at their 16th/17th word, so each pair SHARES a 12-word text_start (corpus25); the Office head's two `trình Chủ tịch Hội đồng quyết định / phê duyệt` steps (10.1, 10.2) differ at the 15th word, so theirs run to 15 words (the checker allows 8–15). 8.1.d: the "
 "lead-in paragraph (`Căn cứ cơ cấu …, Chánh Văn phòng Hội đồng trình Chủ tịch Hội đồng về phương án nhân sự …`) is itself a "
 "step → product `phương án`; its bullets: the Office head meets the candidate; `Trao đổi ý kiến với lãnh đạo cơ quan …` names "
 "no performer → addressees [] (corpus13); the Office completes the dossier for the Chairman → `hồ sơ`. 8.2.a/8.2.b `Chậm nhất "
 "90 ngày trước khi hết nhiệm kỳ …, Văn phòng Hội đồng báo cáo, xin chủ trương của Chủ tịch Hội đồng` → due RELATIVE {90, "
 "day, from the end of the term (before)}, report_to the Council, product null (`báo cáo` is a verb here); bullets: the "
 "candidate's / the member's self-assessment `báo cáo` (the member's `gửi về Văn phòng Hội đồng Y khoa Quốc gia` → report_to), "
 "the consultation of `đơn vị có thẩm quyền quản lý nhân sự` (→ report_to as printed), `Hội đồng gửi Tờ trình và hồ sơ … về Bộ "
 "Y tế` → product `tờ trình`. 8.3.b: `thành viên Hội đồng vẫn phải tiếp tục thực hiện nhiệm vụ` recorded (explicit `phải`, a "
 "class of persons); `Trong 30 ngày kể từ ngày nhận được đơn từ chức, Chủ tịch Hội đồng phải xem xét …; sau đó giao Văn phòng … "
 "báo cáo Hội đồng` → one entry of the Council (Chairman), due RELATIVE {30, day}; the resigning member's letter (`thì làm đơn "
 "xin từ chức … gửi Chủ tịch Hội đồng xem xét` — a conditional personal step) not recorded, DEBATABLE. 8.4 the Chairman `chỉ "
 "đạo lựa chọn nhân sự thay thế` on a vacancy → recorded. 10.1 the Office head `trình Chủ tịch Hội đồng quyết định bổ nhiệm` "
 "(report_to the Council; product null — the decision is the Chairman's). 10.2: members and the Office head introduce "
 "candidates `và gửi kèm theo lý lịch khoa học` → product `lý lịch khoa học`, two addressees; the Office `có văn bản trao "
 "đổi với đơn vị quản lý nhân sự và ứng viên` → product `văn bản`, report_to `đơn vị quản lý nhân sự` (the candidate left out, "
 "DEBATABLE); the Office `trình Chủ tịch, Phó Chủ tịch Hội đồng phê duyệt danh sách` → product `danh sách`; the Office head "
 "`trình Chủ tịch Hội đồng phê duyệt Quyết định bổ nhiệm` → product `quyết định`.")

# ---------------------------------------------------------------- 49/2025/NĐ-CP ngưỡng áp dụng tạm hoãn xuất cảnh
N = 'cp-49-2025-nd-cp'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
CQQLT = 'cơ quan quản lý thuế quản lý trực tiếp người nộp thuế'; XNC = 'cơ quan quản lý xuất nhập cảnh'
o = [
  ob(t('Khi người nộp thuế thuộc trường hợp bị cưỡng chế thi hành'), 'Điều 4.1', [CQQLT],
     due=rel('ngay', 0, 'day', 'người nộp thuế thuộc trường hợp bị cưỡng chế thi hành quyết định hành chính về quản lý thuế'),
     product='thông báo', report_to='cá nhân quy định tại khoản 1 và khoản 2 Điều 3 Nghị định này'),
  ob(t('Đối với người nộp thuế quy định tại khoản 3 Điều 3'), 'Điều 4.2', [CQQLT],
     due=rel('ngay sau khi ban hành Thông báo', 0, 'day',
             'ban hành Thông báo về việc người nộp thuế không hoạt động tại địa chỉ đã đăng ký'),
     product='thông báo'),
  ob(t('Đối với người nộp thuế quy định tại khoản 4 Điều 3'), 'Điều 4.3', [CQQLT],
     due=rel('ngay khi có thông tin', 0, 'day', 'có thông tin về việc người nộp thuế chuẩn bị xuất cảnh'),
     product='thông báo', report_to='người nộp thuế'),
  ob(t('Sau 30 ngày kể từ ngày gửi thông báo cho người nộp thuế'), 'Điều 4.4', [CQQLT],
     product='văn bản', report_to=XNC),
  ob(t('Trường hợp người nộp thuế đã hoàn thành nghĩa vụ nộp thuế thì'), 'Điều 4.4', ['cơ quan quản lý thuế'],
     due=rel('ngay', 0, 'day', 'người nộp thuế đã hoàn thành nghĩa vụ nộp thuế'), product='thông báo', report_to=XNC),
  ob(t('Cơ quan quản lý xuất nhập cảnh thực hiện việc hủy bỏ tạm hoãn'), 'Điều 4.4', ['Cơ quan quản lý xuất nhập cảnh'],
     due=rel('trong vòng 24 giờ kể từ thời điểm nhận được thông báo', 24, 'hour',
             'thời điểm nhận được thông báo của cơ quan quản lý thuế')),
  ob(t('Thông báo về việc tạm hoãn xuất cảnh, huỷ bỏ tạm hoãn'), 'Điều 4.4', ['cơ quan quản lý thuế'],
     product='thông báo', report_to=XNC),
  ob(t('Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan'), 'Điều 5.2',
     ['Bộ', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'các doanh nghiệp, tổ chức, hộ kinh doanh, cá nhân có liên quan']),
  ob(t('Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương chỉ đạo'), 'Điều 5.3',
     ['Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương']),
]
docs[N] = dict(source=JP + 'all/Nghị_định_49_2025_NĐ-CP.txt (read_file id 66812233479; a thuvienphapluat.vn page saved as plain '
    'text by the repository\'s crawler, the title `Nghị định 49/2025/NĐ-CP.` prefixed to the header and to every article — 7,189 '
    'code points, whole, copied unchanged)',
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='49', symbol='49/2025/NĐ-CP',
    type='Nghị định', type_code='NĐ', place='Hà Nội', date='2025-02-28',
    subject='QUY ĐỊNH VỀ NGƯỠNG ÁP DỤNG TẠM HOÃN XUẤT CẢNH',
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức Chính phủ', date='2015-06-19', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
          date='2019-11-22', relation='legal_basis'),
      cit('Luật', name='Luật Quản lý thuế', date='2019-06-13', relation='legal_basis'),
      cit('Luật', name=('Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân '
                        'sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự '
                        'trữ quốc gia, Luật Xử lý vi phạm hành chính'), date='2024-11-29', relation='legal_basis'),
    ],
    page_mentions=[
      pm('Nghị định', '49/2025/NĐ-CP', "the crawler's page title `Nghị định 49/2025/NĐ-CP.` prefixed to the header and repeated "
         "before every article (6 times)"),
    ],
    truncated=False, signature={"authority": ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Hồ Đức Phớc"},
    distribution=['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ',
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'HĐND, UBND các tỉnh, thành phố trực thuộc trung ương',
      'Văn phòng Trung ương và các Ban của Đảng', 'Văn phòng Tổng Bí thư', 'Văn phòng Chủ tịch nước',
      'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'Tòa án nhân dân tối cao',
      'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước', 'Ngân hàng Chính sách xã hội', 'Ngân hàng Phát triển Việt Nam',
      'Ủy ban trung ương Mặt trận Tổ quốc Việt Nam', 'Cơ quan trung ương của các đoàn thể',
      'VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo', 'Lưu: VT, KTTH (2b)'],
    obligations=o)
notes[N] = (
 "COPY: the crawler's plain-text save of the thuvienphapluat.vn page, same layout as 122/2025/NĐ-CP and 05/2025/QĐ-TTg of this "
 "repository: `Nghị định 49/2025/NĐ-CP.` glued to the flattened one-line header and repeated before each of the five "
 "articles, the Nơi nhận list and the signature on one line (`TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc`), two "
 "trailing newlines. 7,189 code points = total_chars, one page, NFC. "
 "HEADER: issuer `CHÍNH PHỦ`, date 2025-02-28 (the decree takes effect on signature, Điều 5.1), subject = the rest of the "
 "`NGHỊ ĐỊNH …` line. Distribution: 18 entries (incl. the two banks). "
 "CITATIONS: four Căn cứ laws by name with their printed dates (the 2019 amending law of the Government/local-government laws; "
 "the 2024 omnibus amending law by its full printed name, the laws it amends not listed separately, as corpus40); `Điều 124 "
 "Luật Quản lý thuế` in 4.1 repeats the cited law. "
 "OBLIGATIONS (9): Điều 1–2 (scope, subjects) and Điều 3 (the debt thresholds — conditions, incl. `sau thời gian 30 ngày kể "
 "từ ngày cơ quan quản lý thuế thông báo …`) not recorded. Điều 4 notification duties of the tax office `cơ quan quản lý thuế "
 "quản lý trực tiếp người nộp thuế` (as printed): 4.1 `thông báo ngay cho cá nhân quy định tại khoản 1 và khoản 2 Điều 3` → "
 "product `thông báo`, report_to the notified class as printed (corpus40 8.2 precedent), due RELATIVE 0 day from the event "
 "named by the item's `Khi …` clause (corpus5's `ngay` rule); its fallback sentence (website notice) is the same duty, not "
 "split. 4.2 website notice `ngay sau khi ban hành Thông báo …` → relative 0 day from that notice, report_to null (published, "
 "no addressee). 4.3 notice to the taxpayer `ngay khi có thông tin về việc … chuẩn bị xuất cảnh` → relative 0 day (the `from` "
 "shortened to the event), report_to `người nộp thuế`. 4.4 first paragraph `Sau 30 ngày kể từ ngày gửi thông báo … mà người "
 "nộp thuế chưa hoàn thành nghĩa vụ nộp thuế, cơ quan … ban hành văn bản về việc tạm hoãn xuất cảnh gửi cơ quan quản lý xuất "
 "nhập cảnh` → product `văn bản`, report_to the immigration authority, due NULL: `Sau 30 ngày` is when the step becomes due "
 "(a start), not a deadline, DEBATABLE (relative 30 days is the other reading). 4.4 second paragraph split in two: the tax "
 "office `ban hành ngay thông báo hủy bỏ tạm hoãn xuất cảnh gửi cơ quan quản lý xuất nhập cảnh` (relative 0 day from the "
 "taxpayer's payment) and `Cơ quan quản lý xuất nhập cảnh thực hiện việc hủy bỏ … trong vòng 24 giờ kể từ thời điểm nhận được "
 "thông báo …` → due RELATIVE {24, `hour`} — `hour` is a unit new to these sets. 4.4 third paragraph (the data-exchange channel, "
 "then `Trường hợp không thực hiện được bằng phương thức điện tử thì cơ quan quản lý thuế gửi thông báo … bằng văn bản giấy`) "
 "→ one entry for the conditional paper notice, text_start at the paragraph's passive first sentence, DEBATABLE. Điều 5.2 "
 "execution → `Bộ` CONSTRUCTED from `Các Bộ trưởng`, `cơ quan ngang bộ`, `cơ quan thuộc Chính phủ`, and the class `các doanh "
 "nghiệp, tổ chức, hộ kinh doanh, cá nhân có liên quan`. 5.3 the provincial Chairman `chỉ đạo các cơ quan, đơn vị trên địa bàn "
 "phối hợp để triển khai thực hiện` → `Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương` (official → body), lead/support "
 "null (the bodies directed are the Chairman's own, not partners named for a chủ trì).")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs)}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
