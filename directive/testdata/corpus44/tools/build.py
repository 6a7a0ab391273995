# Writes the NAME.json files and figures.json of corpus44 (modelled on corpus40's build.py). The two .txt files are the
# values of triple-quoted strings in two Python modules of one repository the index does not name (read_file answers kept in
# src/raw_*.json, written by build_txt.py). Labels were written from the .txt files alone. `-v` prints every text_start.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, ts, ob

def pend(text, d): return {"text": text, "kind": "period_end", "date": d}
def cit(type_, symbol=None, date=None, issuer="", relation="mentions", name=None, as_printed=None):
    c = {"type": type_}
    if symbol: c["symbol"] = symbol
    if name: c["name"] = name
    if as_printed: c["as_printed"] = as_printed
    c.update({"date": date, "issuer": issuer, "relation": relation})
    return c

SRC = ("find_string / read_file id %s: a Python module of a repository the index does not name (a legal-document metadata "
       "extractor, `core/v03/metadata_extractor/...`); the document is the value of a triple-quoted string in its "
       "`if __name__ == \"__main__\":` block, a legal-database copy (thuvienphapluat-style export)")
docs = {}; notes = {}

# ---------------------------------------------------------------- 45/2024/UBTVQH15: điều chỉnh Chương trình xây dựng luật 2024
N = 'ubtvqh-45-2024-ubtvqh15'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
CP = 'Chính phủ'; UBTC = 'Ủy ban Tài chính, Ngân sách'; SUP = ['Hội đồng Dân tộc', 'các Ủy ban khác của Quốc hội']
o = [
  ob(t('Nghị quyết sửa đổi, bổ sung Nghị quyết số 119/2020/QH14', 1), 'Điều 2.1.1', [CP, UBTC], lead=[UBTC], support=SUP),
  ob(t('Nghị quyết về thí điểm bổ sung một số cơ chế', 1), 'Điều 2.1.2', [CP, UBTC], lead=[UBTC], support=SUP),
  ob(t('Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 1), 'Điều 2.1.3', [CP, 'Ủy ban Quốc phòng và An ninh'],
     lead=['Ủy ban Quốc phòng và An ninh'], support=SUP),
  ob(t('Chỉ đạo các Bộ, cơ quan được giao chủ trì soạn thảo'), 'Điều 2.2.a', [CP], product='hồ sơ'),
  ob(t('Trình Ủy ban Thường vụ Quốc hội xem xét, cho ý kiến'), 'Điều 2.2.b', [CP],
     due=pend('chậm nhất là tại phiên họp tháng 5/2024', '2024-05-31'), report_to='Ủy ban Thường vụ Quốc hội'),
]
docs[N] = dict(source=SRC % '60174389539' + ' (second page of the module, offset 16000; 3,831 code points, copied unchanged)',
    kind='state', parent_issuer='', issuer='ỦY BAN THƯỜNG VỤ QUỐC HỘI', number='45', symbol='45/2024/UBTVQH15',
    type='Nghị quyết', type_code='', place='Hà Nội', date='2024-04-15',
    subject='ĐIỀU CHỈNH CHƯƠNG TRÌNH XÂY DỰNG LUẬT, PHÁP LỆNH NĂM 2024', urgency='', recipients=[],
    citations=[
      cit('Hiến pháp', name='Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam', relation='legal_basis'),
      cit('Luật', '57/2014/QH13', relation='legal_basis'),
      cit('Luật', '65/2020/QH14', relation='legal_basis'),
      cit('Luật', '80/2015/QH13', relation='legal_basis'),
      cit('Luật', '63/2020/QH14', relation='legal_basis'),
      cit('Tờ trình', '82/TTr-CP', '2024-03-05', CP),
      cit('Tờ trình', '125/TTr-CP', '2024-04-02', CP),
      cit('Tờ trình', '128/TTr-CP', '2024-04-04', CP),
      cit('Báo cáo', '2734/BC-UBPL15', '2024-04-12', 'Ủy ban Pháp luật'),
      cit('Nghị quyết', '119/2020/QH14', None, 'Quốc hội'),
    ],
    truncated=False, signature={"authority": ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "title": "CHỦ TỊCH", "name": "Vương Đình Huệ"},
    distribution=[], obligations=o)
notes[N] = (
 "COPY: the text is the value of the module's `txt = \"\"\"…\"\"\"` string (starts with a newline; ends with four spaces), a "
 "legal-database export with every table cell and header cell on its own line: the two header columns follow each other "
 "(`ỦY BAN THƯỜNG VỤ ` / `QUỐC HỘI` / `-------` / motto / `---------------`), `Nghị quyết số: 45/2024/UBTVQH15` (not `Số:`), "
 "a line holding one space, the Điều 2.1 table flattened one cell per line (header row `TT` / `Tên dự án` / `Cơ quan trình` / "
 "`Cơ quan chủ trì thẩm tra` / `Cơ quan tham gia thẩm tra`, then rows `1.` / name / `Chính phủ` / … ), the database's `Epas: "
 "31184.` line (chrome: an internal id, no symbol) before the signature, and four empty lines for the signature. 3,831 code "
 "points, NFC, read_file's page length checked (4,637 = total_chars − 16,000). "
 "HEADER: issuer = the two header lines joined (`ỦY BAN THƯỜNG VỤ QUỐC HỘI`, trailing space ignored); the symbol `45/2024/UBTVQH15` "
 "carries no type code → type_code '' (type from the type line `NGHỊ QUYẾT`), DEBATABLE (`NQ` would be the usual code). Date "
 "from the place/date line; the closing `thông qua ngày 15 tháng 4 năm 2024` agrees. Subject = the upper-case title line. No "
 "Kính gửi → recipients []. Signature `TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI` / `CHỦ TỊCH` / `Vương Đình Huệ`. No Nơi nhận in this copy "
 "→ distribution [] (the document is otherwise complete to its signature: truncated false). "
 "CITATIONS: Hiến pháp by name; the two laws of the Căn cứ lines by symbol (`Luật Tổ chức Quốc hội số 57/2014/QH13`, `Luật Ban "
 "hành văn bản quy phạm pháp luật số 80/2015/QH13`) and their amending laws 65/2020/QH14, 63/2020/QH14 (`theo Luật số …`) — all "
 "legal_basis, issuer '' and date null (none printed); the three Tờ trình of the Government and the Báo cáo thẩm tra "
 "2734/BC-UBPL15 of the Ủy ban Pháp luật (`Trên cơ sở xem xét`) → mentions; 119/2020/QH14 `của Quốc hội` (Điều 1.1.a and the "
 "table, the resolution to be amended) → mentions, DEBATABLE; the later name-only `Luật Ban hành văn bản quy phạm pháp luật` "
 "(Điều 2.2.a) is 80/2015/QH13 again, not repeated; the laws named as drafts (`Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ`, "
 "`Luật sửa đổi … Luật Tiêu chuẩn và quy chuẩn kỹ thuật`) are not citations (drafts, no number). "
 "OBLIGATIONS (5): Điều 1 (the adjustments of the programme: additions and a rescheduling decided by the issuer) not recorded — "
 "the issuer's own act, DEBATABLE (the implied duty to submit at the 7th/8th session is carried by Điều 2). Điều 2.1 is a task "
 "table (corpus10 convention): one entry per row, section `Điều 2.1.<TT>`, text_start = the draft's name cell running on into "
 "the next cells (rows 1–3 are first mentioned in Điều 1, so text_start is taken at the table's occurrence); the row gives TWO "
 "roles: addressees = the `Cơ quan trình` cell (`Chính phủ`) and the `Cơ quan chủ trì thẩm tra` cell; lead = the chủ trì "
 "thẩm tra cell; support = the `Cơ quan tham gia thẩm tra` cell split into `Hội đồng Dân tộc` and the class `các Ủy ban khác "
 "của Quốc hội`; due, product, report_to null (the row names the draft, not a product; the session of Điều 1 is not in the "
 "row), DEBATABLE: one entry per role would also be defensible. `Ủy ban Tài chính, Ngân sách` is ONE body (comma in its name). "
 "Điều 2.2 lead-in `… đề nghị Chính phủ:` is not an entry; a) and b) inherit `Chính phủ` (`Đề nghị` to a body outside the "
 "issuer's authority → obligation, ttg-773 precedent). 2.2.a product `hồ sơ` (`khẩn trương chuẩn bị hồ sơ các dự án, dự "
 "thảo`), its conditional clause (`nếu điều chỉnh, bổ sung chính sách … thì phải đánh giá tác động đầy đủ`) folded into the "
 "entry, DEBATABLE. 2.2.b `Trình Ủy ban Thường vụ Quốc hội xem xét, cho ý kiến … tại phiên họp … tháng 4/2024, chậm nhất là "
 "tại phiên họp tháng 5/2024` → report_to `Ủy ban Thường vụ Quốc hội`, due period_end 2024-05-31 from the outer limit "
 "`chậm nhất là tại phiên họp tháng 5/2024` (the preferred April session noted here), product null. Điều 3 (entry into "
 "force) not recorded.")

# ---------------------------------------------------------------- 3218/QĐ-UBND Quảng Bình: công bố TTHC (execution article)
N = 'quangbinh-3218-qd-ubnd-2024'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
SNN = 'Sở Nông nghiệp và Phát triển nông thôn'; UBH = 'UBND các huyện, thị xã, thành phố'
o = [
  ob(t('Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm phối hợp'), 'Điều 2', [SNN], support=[UBH],
     product='quy trình', report_to='UBND tỉnh'),
  ob(t('Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp'), 'Điều 4',
     ['Văn phòng UBND tỉnh', SNN, 'Sở Thông tin và Truyền thông', UBH, 'các tổ chức, cá nhân có liên quan']),
]
docs[N] = dict(source=SRC % '59790305958' + ' (4,070 code points, copied unchanged; see notes on the 9-code-point gap)',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH', number='3218', symbol='3218/QĐ-UBND',
    type='Quyết định', type_code='QĐ', place='Quảng Bình', date='2024-11-18',
    subject=('CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI TRONG LĨNH VỰC CHĂN NUÔI THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA '
             'UBND CẤP HUYỆN'),
    urgency='', recipients=[],
    citations=[
      cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2015-06-19', relation='legal_basis'),
      cit('Luật', name='Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
          date='2019-11-22', relation='legal_basis'),
      cit('Nghị định', '63/2010/NĐ-CP', '2010-06-08', 'Chính phủ', 'legal_basis'),
      cit('Nghị định', '92/2017/NĐ-CP', '2017-08-07', 'Chính phủ', 'legal_basis'),
      cit('Thông tư', '02/2017/TT-VPCP', '2017-10-31', 'Văn phòng Chính phủ', 'legal_basis'),
      cit('Quyết định', '2972/QĐ-BNN-CN', '2024-08-29', 'Bộ Nông nghiệp và Phát triển nông thôn', 'legal_basis'),
      cit('Tờ trình', '3236/TTr-SNN', '2024-11-12', SNN, 'mentions', as_printed='3236/TTr -SNN'),
      cit('Nghị định', '106/2024/NĐ-CP', '2024-08-01', 'Chính phủ'),
    ],
    truncated=False, signature={"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Đoàn Ngọc Lâm"},
    distribution=['Như Điều 4', 'Bộ NN&PTNT', 'Cục KS TTHC - VPCP', 'CT, các PCT UBND tỉnh', 'Cổng TTĐT QB', 'Lưu: VT, KSTTHC'],
    obligations=o)
notes[N] = (
 "COPY: the text is the value of the module's `doc_content = \"\"\"…\"\"\"` string (starts with a newline and four spaces before "
 "`ỦY BAN NHÂN DÂN`; ends with a newline and four spaces), a legal-database export with the two-column rows flattened by ` | ` "
 "(`------- | CỘNG HÒA …`, `Số: 3218/QĐ-UBND | Quảng Bình, ngày …`, `- Lưu: VT, KSTTHC. | KT. CHỦ TỊCH`), four empty lines "
 "for the signature, and the annex table as ` | ` rows (header `Số TT | Tên TTHC | …`) with `- ` bullet lines inside cells. "
 "read_file returns 6,170 code points for the module although total_chars is 6,179; reads at offsets 3000, 4500 and 6100 place "
 "the 9 missing code points between offsets 3000 and 4500 (Điều 1 to the annex header) — presumably decomposed letters that the "
 "tool returns composed; the text is kept as returned (NFC). "
 "HEADER: issuer = the two header lines (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG BÌNH`); the enacting line is `CHỦ TỊCH ỦY BAN NHÂN DÂN "
 "TỈNH QUẢNG BÌNH` and the annex says `của Chủ tịch UBND tỉnh Quảng Bình` (a Chairman's decision under the UBND header), "
 "issuer kept as the header prints it. Subject = the upper-case title line without its leading `VỀ VIỆC` (as corpus25 "
 "7/QĐ-BQLCKCN drops `Về việc`), DEBATABLE. No Kính gửi → recipients []. Signature `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `Đoàn Ngọc "
 "Lâm`. Distribution: the six Nơi nhận entries, the last without its final `.` (the ` | KT. CHỦ TỊCH` after it is the signature "
 "cell). "
 "CITATIONS: the two Căn cứ laws by name with their dates; 63/2010 and 92/2017/NĐ-CP (one Căn cứ line, `của Chính phủ` each), "
 "02/2017/TT-VPCP, 2972/QĐ-BNN-CN → legal_basis; the Tờ trình printed `3236/TTr -SNN` (space before the dash, in as_printed) of "
 "the Giám đốc Sở NN&PTNT (`Theo đề nghị`) → mentions, issuer the Sở; 106/2024/NĐ-CP in the annex's `Căn cứ pháp lý` cells → "
 "mentions. The annex line `(Kèm theo Quyết định số 3218/QĐ-UBND …)` is the document's own number. "
 "OBLIGATIONS (2): Điều 1 (publication — the issuer's act) and Điều 3 (entry into force) not recorded. Điều 2 `Sở Nông nghiệp và "
 "Phát triển nông thôn có trách nhiệm phối hợp với UBND các huyện, thị xã, thành phố tổ chức xây dựng và trình UBND tỉnh phê "
 "duyệt các quy trình …` → `A phối hợp với B` without a chủ trì word: lead null, support the district class (corpus5 rule), "
 "product `quy trình`, report_to `UBND tỉnh` (`trình UBND tỉnh phê duyệt`), due null. Điều 4 execution article → five "
 "addressees, officials → bodies: `Văn phòng UBND tỉnh` (from `Chánh Văn phòng UBND tỉnh`), the two Sở (from `Giám đốc Sở …`), "
 "`UBND các huyện, thị xã, thành phố` (from `Chủ tịch UBND …`), the class `các tổ chức, cá nhân có liên quan`. The annex rows "
 "(procedures, time limits, places, fees, legal bases, competent body `UBND cấp huyện`) describe procedures, not tasks: not "
 "recorded; the `90 ngày` / `40 ngày` time limits are processing limits, not dues.")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": True}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
