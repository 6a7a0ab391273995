# Writes the NAME.json files and figures.json of corpus45 from the labels below (modelled on corpus43's build.py).
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
REPO = 'https://github.com/hoangvietconghai/chuyenvienao/blob/46a67fe14a5358c6f64014449e37b9974d434259/references/van_ban_so_hoa_toan_van/'
def src(fn, rid, n, extra=''):
    return (REPO + fn + ' (read_file id ' + rid + '; the repository\'s Markdown file — YAML front matter, a `#` title, a '
            '`**Số hiệu:**` line, two generated summary sections and the PDF text layer in a ```text fence — ' + n + extra + ')')
def pm(sym, note):
    return [{"type": "Chương trình", "symbol": sym, "date": None, "issuer": "", "note": note}]
PARENT = 'ĐẢNG BỘ TỈNH KHÁNH HOÀ'; ISS = 'ĐẢNG UỶ XÃ CÔNG HẢI'
SIG = {"authority": ["T/M ĐẢNG UỶ"], "title": "BÍ THƯ", "name": "Vũ Thị Thuỳ Trang"}
BCH = 'Ban Chấp hành Đảng bộ xã'; BTV = 'Ban Thường vụ Đảng uỷ'
DUB = 'Đảng uỷ UBND xã'; BXD = 'Ban Xây dựng Đảng'; CQLQ = 'các cơ quan liên quan'; VP = 'Văn phòng Đảng uỷ'
CQTM = 'Các cơ quan tham mưu, giúp việc Đảng uỷ'; UBKT = 'Uỷ ban Kiểm tra Đảng uỷ'
def month_end(m, y):
    import calendar; return '%d-%02d-%02d' % (y, m, calendar.monthrange(y, m)[1])
def Q(q, y): return '%d-%02d-%02d' % (y, 3 * q, [31, 30, 30, 31][q - 1])
docs = {}; notes = {}

# ---------------------------------------------------------------- 22-CTr/ĐU: Chương trình công tác toàn khoá
N = 'conghai-22-ctr-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
def m(txt, mo, y): return pend(txt, month_end(mo, y))
o = [
  ob(t('Tại Hội nghịtháng 3, tháng 6, tháng 9 và tháng 11 hằng năm'), 'A.I.1', [VP, DUB, 'các cơ quan tham mưu giúp việc Đảng uỷ'],
     due=rec('Tại Hội nghịtháng 3, tháng 6, tháng 9 và tháng 11 hằng năm', 'quarterly'), report_to=BCH),
  ob(t('Tại Hội nghị tháng 12 hằng năm: Tổng kết công tác xây dựng Đảng'), 'A.I.2', ['Ban xây dựng Đảng'],
     support=['các cơ quan tham mưu giúp việc của Đảng', 'các tổ chức Đảng'],
     due=rec('tháng 12 hằng năm', 'yearly', month=12), report_to=BCH),
  ob(t('Nghị quyết vềnâng cao chất lượng giáo dục và đào tạo trên địa bàn xã giai'), 'A.II.1', [DUB],
     due=m('trong tháng 12/2025', 12, 2025), product='nghị quyết', report_to=BCH),
]
for sec, pre, mo, txt in [('2.1', 'Nghị quyết về phát triển kinh tế- xã hội vùng đồng bào', 1, 'trong tháng 01/2026'),
                          ('2.2', 'Nghị quyết xây dựng nông thôn mới và giảm nghèo bền vững giai đoạn\n2026', 1, 'trong tháng 01/2026'),
                          ('2.3', 'Nghị quyết đẩy mạnh phát triển công nghiệp, năng lượng tái tạo giai đoạn\n2026', 2, 'trong tháng 02/2026'),
                          ('2.4', 'Nghị quyết vềcơ cấu lại ngành nông nghiệp giai đoạn 2026 – 2030, định', 2, 'trong tháng 02/2026'),
                          ('2.5', 'Nghị quyết vềtăng cường sựlãnh đạo của Đảng trong công tác bảo tồn,', 4, 'trong tháng 4/2026'),
                          ('2.6', 'Nghị quyết vềtăng cường sựlãnh đạo của Đảng trong công tác quản lý,\nsửdụng', 4, 'trong tháng 4/2026')]:
    o.append(ob(t(pre), 'A.II.' + sec, [DUB], lead=[DUB], support=[CQLQ], due=m(txt, mo, 2026), product='nghị quyết', report_to=BCH))
o += [
  ob(t('Sơ kết giữa nhiệm kỳtriển khai thực hiện Nghị quyết Đại hội đại biểu Đảng'), 'A.II.3', [BXD], lead=[BXD], support=[CQLQ],
     due=m('tháng 6/2028', 6, 2028), report_to=BCH),
  ob(t('Lãnh đạo, chỉ đạo tổ chức quán triệt và xây dựng Kế hoạch triển khai thực'), 'A.II.4', [BXD], lead=[BXD], support=[CQLQ],
     due=pend('Năm 2029', '2029-12-31'), product='kế hoạch', report_to=BCH),
  ob(t('Tập trung lãnh đạo, chỉ đạo công tác chuẩn bịvà tổ chức Đại hội đại biểu'), 'A.II.5.1', [CQTM],
     due=pend('Năm 2030', '2030-12-31'), report_to=BCH),
  ob(t('Tổng kết công tác kiểm tra, giám sát và thi hành kỷluật trong Đảng'), 'A.II.5.2', [UBKT],
     due=pend('Năm 2030', '2030-12-31'), report_to=BCH),
  ob(t('Đại hội đại biểu Đảng bộ xã Công Hải lần thứ II, nhiệm kỳ 2030 – 2035'), 'A.II.5.3', [],
     due=m('trong tháng 8/2030', 8, 2030)),
  ob(t('Thông qua Quy chếlàm việc, Chương trình hành động, Chương trình'), 'A.II.5.4', [CQTM],
     due=pend('trong Quý IV/2030', '2030-12-31'), product='quy chế', report_to=BCH),
  # B. to the Ban Thường vụ
  ob(t('Tập trung lãnh, chỉ đạo công tác Mừng Đảng- Mừng Xuân'), 'B.I.1', [], report_to=BTV),
  ob(t('Rà soát, bổsung Quy hoạch cán bộlãnh đạo, giai đoạn 2026 – 2030'), 'B.I.2', [], product='quy hoạch', report_to=BTV),
  ob(t('Nghị quyết vềlãnh đạo nhiệm vụquốc phòng, quân sựđịa phương; công'), 'B.I.3', [],
     due=rec('hằng năm', 'yearly'), product='nghị quyết', report_to=BTV),
  ob(t('Nghị quyết vềtăng cường sựlãnh đạo của các cấp uỷ Đảng đối với nhiệm\nvụbảo'), 'B.I.4', [],
     due=rec('hằng năm', 'yearly'), product='nghị quyết', report_to=BTV),
  ob(t('Chương trình kiểm tra, giám sát hằng năm. 6. Chỉ đạo công tác'), 'B.I.5', [],
     due=rec('hằng năm', 'yearly'), product='chương trình', report_to=BTV),
  ob(t('Chỉ đạo công tác đánh giá, phân loại cán bộdiện Ban Thường vụĐảng uỷ'), 'B.I.6', [],
     due=rec('hằng năm', 'yearly'), report_to=BTV),
  ob(t('Nghị quyết về đẩy mạnh công tác phát triển đảng viên nhiệm kỳ 2026 -2030'), 'B.II.1.1', [BXD], lead=[BXD],
     due=m('trong tháng 11/2025', 11, 2025), product='nghị quyết', report_to=BTV),
  ob(t('Nghị quyết vềnâng cao năng lực lãnh đạo và chất lượng sinh hoạt chi bộ\ntrực thuộc Đảng bộ giai đoạn 2026'), 'B.II.1.2',
     [BXD], lead=[BXD], due=m('trong tháng 11/2025', 11, 2025), product='nghị quyết', report_to=BTV),
  ob(t('Nghị quyết về xây dựng xã Công Hải trở thành xã không ma tuý\nĐảng'), 'B.II.1.3', [DUB],
     due=m('trong tháng 11/2025', 11, 2025), product='nghị quyết', report_to=BTV),
  ob(t('Tập trung lãnh đạo, chỉ đạo tổ chức cuộc bầu cửđại biểu Quốc hội khóa'), 'B.II.1.4',
     [BXD, 'Thường trực HĐND', 'UBND xã'], due=cont('từ quý IV/2025 đến khi kết thúc bầu cử')),
  ob(t('Nghị quyết vềtăng cường sựlãnh đạo của Đảng đối với công tác cải cách\nhành'), 'B.II.2.1', [DUB], lead=[DUB],
     support=['cơ quan liên quan'], due=m('trong\ntháng 01/2026', 1, 2026), product='nghị quyết', report_to=BTV),
  ob(t('Kế hoạch triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị vềđẩy\nmạnh'), 'B.II.2.2', [DUB], lead=[DUB],
     support=['Công an xã'], due=m('trong tháng 01/2026', 1, 2026), product='kế hoạch', report_to=BTV),
  ob(t('Nghị quyết nâng cao chất lượng hoạt động của Hội đồng nhân dân xã.'), 'B.II.2.3', ['Thường trực HĐND xã'],
     lead=['Thường trực HĐND xã'], support=[CQLQ], due=m('trong tháng 01/2026', 1, 2026), product='nghị quyết', report_to=BTV),
  ob(t('Nghị quyết nâng cao chất lượng giám sát, phản biện xã hội của Mặt trận'), 'B.II.2.4',
     ['Uỷban MTTQVN', 'các tổ chức chính trị - xã hội'], due=m('trong\ntháng 01/2026', 1, 2026), product='nghị quyết', report_to=BTV),
  ob(t('Nghị quyết nâng cao chất lượng đội ngũ cán bộ, nhất là đội ngũ cán bộlãnh'), 'B.II.2.5', [BXD], lead=[BXD],
     due=m('trong tháng 03/2026', 3, 2026), product='nghị quyết', report_to=BTV),
  ob(t('Kế hoạch triển khai thực hiện Đề án phát triển ứng dụng dữliệu dân cư,'), 'B.II.2.6', [DUB], lead=[DUB],
     support=['Chi bộ Công an xã'], due=m('trong tháng 3/2026', 3, 2026), product='kế hoạch', report_to=BTV),
  ob(t('Tập trung lãnh đạo, chỉ đạo tổ chức học tập, quán triệt và xây dựng Kế hoạch'), 'B.II.2.7', [BXD], lead=[BXD],
     due=pend('trong Quý I/2026', '2026-03-31'), product='kế hoạch', report_to=BTV),
  ob(t('Nghị quyết vềtăng cường sựlãnh đạo của Đảng đối với công tác phòng,\nchống'), 'B.II.2.8', [VP], lead=[VP],
     support=['UBKT Đảng uỷ'], due=m('trong\ntháng 4/2026', 4, 2026), product='nghị quyết', report_to=BTV),
  ob(t('Lãnh đạo, chỉ đạo công tác tổ chức Đại hội các Chi bộ, Đảng bộtrực'), 'B.II.3', [BXD], lead=[BXD], support=[CQLQ],
     due=pend('trong Quý I/2027', '2027-03-31'), report_to=BTV),
  ob(t('Tiếp tục thực hiện chủ trương nâng cao chất lượng sinh hoạt Chi bộ; nâng'), 'B.II.4.1', [BXD],
     due=pend('trong Quý II/2028', '2028-06-30'), report_to=BTV),
  ob(t('Chỉ đạo tổ chức đánh giá, sơ kết giữa nhiệm kỳtình hình thực hiện Nghị'), 'B.II.4.2', [BXD, DUB, VP],
     due=pend('trong Quý II/2028', '2028-06-30'), report_to=BTV),
  ob(t('Chỉ đạo tổ chức sơ kết, tổng kết các Nghị quyết chuyên đề của Đảng'), 'B.II.5', [DUB, BXD, CQLQ],
     due=pend('Năm 2029', '2029-12-31'), report_to=BTV),
  ob(t('Tập trung chỉ đạo công tác t'), 'B.II.6.1', [CQTM],
     due=pend('trong quý I và\nquý II/2030', '2030-06-30'), report_to=BTV),
  ob(t('Tổng kết công tác kiểm tra, giám sát và thi hành Điều lệĐảng, nhiệm kỳ'), 'B.II.6.2', [UBKT],
     due=pend('trong quý II/2030', '2030-06-30'), report_to=BTV),
  ob(t('Lãnh đạo, chỉ đạo tổ chức Đại hội đại biểu MTTQ và các tổ chức chính'), 'B.II.6.3', ['Uỷ ban MTTQVN xã', BXD],
     due=pend('Năm 2030', '2030-12-31'), report_to=BTV),
  ob(t('Đánh giá kết quảthực hiện Kế hoạch phát triển kinh tế- xã hội 05 năm'), 'B.II.6.4', [DUB],
     due=pend('Năm 2030', '2030-12-31'), product='báo cáo', report_to=BTV),
  ob(t('Chương trình làm việc toàn khóa, nhiệm kỳ2025 - 2030 chỉxác định những'), 'B.II.6', [BTV], report_to=BCH),
]
docs[N] = dict(
    source=src('CHƯƠNG TRÌNH_22-CTr_ĐU_2025.md', '70562382753', '11,809 code points, whole; two letters of the stored file are '
               'decomposed, see notes'),
    kind='party', parent_issuer=PARENT, issuer=ISS, number='', symbol='-CTr/ĐU', type='Chương trình', type_code='CTr',
    place='Công Hải', date=None,
    subject='Công tác toàn khóa của Ban Chấp hành, Ban Thường vụ Đảng uỷ xã khóa I, nhiệm kỳ 2025 - 2030',
    urgency='', recipients=[],
    citations=[cit('Điều lệ', name='Điều lệ Đảng Cộng sản Việt Nam', relation='legal_basis'),
               cit('Quy chế', name='Quy chế làm việc của Ban Chấp hành Đảng bộ xã', relation='legal_basis'),
               cit('Chương trình', name='Chương trình hành động của Ban Chấp hành Đảng bộxã', issuer='Ban Chấp hành Đảng bộxã'),
               cit('Nghị quyết', '12-NQ/TW', None, 'Bộ Chính trị'),
               cit('Chỉ thị', '50-CT/TW', '2025-07-23', 'Ban Bí thư', as_printed='Chỉ thịsố50-CT/TW')],
    page_mentions=pm('22-CTr/ĐU', 'the repository\'s own identification (front matter `so_hieu`, the `**Số hiệu:**` line); the printed '
                     'number is blank; its `ngay_ban_hanh: "13/11/2025"` is the signing stamp\'s day, not a printed date'),
    truncated=False, signature=SIG,
    distribution=['Thường trực Tỉnh uỷ (báo cáo)', 'Đ/c Lương Đức Hải – UVTV Tỉnh uỷ (phụ trách địa bàn xã)',
                  'Các Ban Đảng, Văn phòng Tỉnh uỷ', 'Các đ/c Đảng uỷ viên', 'TT. HĐND, UBND xã',
                  'Các cơ quan tham mưu, giúp việc Đảng uỷ', 'Uỷ ban MTTQ và các tổ chức chính trị - xã hội xã',
                  'Các tổ chức đảng trực thuộc Đảng uỷ', 'Lưu VPĐU'],
    obligations=o)
notes[N] = (
 "COPY: the repository's Markdown rendering of the signed PDF (file_goc `ĐU-CTr-0022-2025 Chương trình công tác toàn khoá của BCH, "
 "BTV Đảng uỷ xã khoá I, nhiệm kỳ 2025-2030.pdf`): front matter, `#` title, `**Số hiệu:**` line, two generated summaries, the text "
 "layer in a ```text fence. 11,809 code points = total_chars. NOT NFC: in `công tác tổ chức Đại hội cấp cơ sở` (B.II.6.1) the stored "
 "file has `ổ` as ô + U+0309 and `ứ` as ư + U+0301 (located by read_file probes, see README); kept. Glued words throughout "
 "(`Hội nghịtháng`, `Đảng uỷUBND xã chủtrì`, `vụĐảng`). E-signing stamp `ĐẢNG UỶ XÃ CÔNG HẢI / 13-11-2025 15:21:37 +07:00`. "
 "HEADER: `Số -CTr/ĐU` → number '', symbol '-CTr/ĐU' (corpus35/43); date null (`Công Hải, ngày tháng 11 năm 2025`; stamp and front "
 "matter dates are chrome). Type line `CHƯƠNG TRÌNH`, subject the two title lines. Recipients [] (no Kính gửi). Signature `T/M ĐẢNG UỶ / "
 "BÍ THƯ`. Distribution: the two-line entry joined with one space. CITATIONS: Điều lệ Đảng and the Quy chế làm việc (Căn cứ → "
 "legal_basis, by name); `Trên cơ sở Chương trình hành động của Ban Chấp hành Đảng bộ xã` (it is 23-CTr/ĐU, unnumbered here) → "
 "mentions, by name; 12-NQ/TW (B.II.2.2) and 50-CT/TW (B.II.4.1) → mentions. `Nghị quyết Đại hội Đảng bộ xã lần thứ I` and the "
 "congress/Chỉ thị/Kế hoạch without number are not listed (corpus10). "
 "OBLIGATIONS (42): part A lists what is submitted to the Ban Chấp hành (report_to `Ban Chấp hành Đảng bộ xã`, from the heading `A. NỘI "
 "DUNG TRÌNH BAN CHẤP HÀNH ĐẢNG BỘ XÃ`), part B what is submitted to the Ban Thường vụ (report_to `Ban Thường vụ Đảng uỷ`) — DEBATABLE "
 "(report_to from a heading, also for items whose body line says only `tham mưu`). One entry per numbered item; text_start = the "
 "item's topic line (the body line that assigns follows it). Product = the head noun of the topic (`Nghị quyết …` → nghị quyết, "
 "`Kế hoạch …` → kế hoạch, `Thông qua Quy chế làm việc, …` → quy chế, `Rà soát, bổ sung Quy hoạch …` → quy hoạch, `Đánh giá kết "
 "quả … xây dựng báo cáo` → báo cáo); `Tập trung lãnh đạo, chỉ đạo …`, `Sơ kết …`, `Tổng kết …` → null. `A chủ trì, phối hợp B` → "
 "lead A, support B; `chủ trì, phối hợp tham mưu` without a partner → support null; several bodies `phối hợp tham mưu` together "
 "(A.I.1, B.II.1.4, B.II.4.2, B.II.5, B.II.6.1, B.II.6.3) → all addressees, lead/support null (DEBATABLE). `Đảng uỷ UBND xã chỉ đạo "
 "tham mưu` (B.II.1.3) → addressee, no lead. Dues: `trong tháng MM/YYYY` → period_end of the month; `trong Quý I/2026` etc. → "
 "period_end; `trong quý I và quý II/2030` → 2030-06-30; `Thời gian thực hiện: tháng 6/2028` → period_end; items with no date of their "
 "own take their YEAR HEADING (`4. Năm 2029`, `5. Năm 2030`, `6. Năm 2030`) as period_end 31 Dec (DEBATABLE: a heading, not a "
 "deadline sentence; the Quý IV 2025 / Năm 2026 headings are not needed since those items carry months). A.I.1 `Tại Hội nghị tháng 3, "
 "tháng 6, tháng 9 và tháng 11 hằng năm` → recurring quarterly (four sittings a year; the months are not quarter ends — DEBATABLE); "
 "A.I.2 `tháng 12 hằng năm` → recurring yearly month 12; B.I.3–6 `hằng năm` → recurring yearly; B.I.1–2 (periodic items without a "
 "frequency) due null; B.I items name no body → addressees [] (corpus5/13). A.II.5.3 (`Đại hội … Dự kiến tổ chức trong tháng "
 "8/2030`) is an event, recorded with [] and period_end 2030-08-31 (DEBATABLE: could be left out). B.II.1.4 `(từ quý IV/2025 đến khi "
 "kết thúc bầu cử)` → continuous (a running period, corpus5); `Thường trực HĐND, UBND xã` split into `Thường trực HĐND` and `UBND xã`. "
 "B.II.2.4 `Uỷ ban MTTQVN và các tổ chức chính trị - xã hội` → two addressees (printed glued `Uỷban`). The closing paragraphs: the "
 "first (`Ban Thường vụ Đảng uỷ sẽ tính toán để đưa nội dung … ra bàn`) is the standing body's own scheduling, not recorded; the "
 "second (`Ban Thường vụ Đảng uỷ chủ động rà soát, báo cáo, kiến nghị Ban Chấp hành … điều chỉnh, bổ sung … khi cần thiết`) → an "
 "entry of `Ban Thường vụ Đảng uỷ` under the last section `B.II.6` (corpus35), report_to the Ban Chấp hành, as-needed (corpus17: "
 "product/due null) — DEBATABLE: the Ban Thường vụ is the issuer's standing organ (corpus7 would leave it out); it is recorded "
 "because the document is issued `T/M ĐẢNG UỶ` (the Ban Chấp hành) and tells its standing body what to do.")

# ---------------------------------------------------------------- 23-CTr/ĐU: Chương trình hành động + Phụ lục
N = 'conghai-23-ctr-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
ANNEX = flat(T).index('DANH MỤC CÁC NHIỆM VỤ QUAN TRỌNG')
def ta(p, n=12):
    F = flat(T); i = F.index(flat(p), ANNEX)
    return ' '.join(F[i:].split(' ')[:n])
o = []
def II(sec, pres, **kw):
    for p in pres: o.append(ob(t(p), 'Chương trình II.' + sec, [], **kw.get(p, {})))
II('1.1', ['Tiếp tục lãnh đạo, chỉ đạo triển khai thực hiện hiệu quảKế hoạch số 11-',
           'Kế hoạch hành động thực hiện Nghị quyết số 68-NQ/TW, ngày 04/5/2025',
           'Lãnh đạo công tác giải ngân vốn đầu tư công hàng năm.',
           'Thường xuyên rà soát các công trình, dựán chậm tiến độ, tồn đọng kéo dài,',
           'Tập trung chỉ đạo rà soát, điều chỉnh quy hoạch xã Công Hải thời kỳ2021',
           'Tăng cường công tác quản lý và phát triển bền vững các nguồn thu ngân sách',
           'Tập trung nguồn lực đầu tư hoàn thiện hệthống kết cấu hạtầng chiến lược'])
o[1]['product'] = 'kế hoạch'; o[2]['due'] = rec('hàng năm', 'yearly'); o[3]['due'] = cont('Thường xuyên')
k = len(o)
II('2.1', ['Kế hoạch hành động thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của',
           'Kế hoạch thực hiện Chỉ thịsố38-CT/TW, ngày 30/7/2024 của Ban Bí thư về',
           'Kế hoạch thực hiện Kết luận số 70-KL/TW, ngày 31/01/2024 của Bộ Chính',
           'Tiếp tục rà soát, bổsung nhiệm vụ, mục tiêu thực hiện hiệu quảNghị quyết',
           'Kế hoạch triển khai thực hiện Đề án phát triển ứng dụng dữliệu dân cư, định',
           'Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh. Xây'])
for j in (0, 1, 2, 4): o[k + j]['product'] = 'kế hoạch'
k = len(o)
II('3.1', ['Lãnh đạo, chỉ đạo kết hợp chặt chẽkinh tếvới quốc phòng - an ninh, quốc',
           'Tiếp tục chỉ đạo thực hiện Kết luận số 132-KL/TW, ngày 18/3/2025 của Bộ',
           'Lãnh đạo, chỉ đạo công tác diễn tập khu vực phòng thủ xã.',
           'Kế hoạch hành động thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị\nvềđẩy'])
o[k + 3]['product'] = 'kế hoạch'
k = len(o)
II('4.1', ['Triển khai thực hiện Đề án đổi mới, nâng cao chất lượng công tác giáo dục',
           'Kế hoạch thực hiện chuyển đổi sốtrong các cơ quan Đảng và của ngành Kiểm\ntra',
           'Xây dựng Kế hoạch triển khai thực hiện Đề án nâng cao chất lượng công tác\ngiải',
           'Đẩy mạnh phong trào thi đua yêu nước, thực hiện tốt phong trào thi đua',
           'Tăng cường đối thoại giữa người đứng đầu cấp uỷ Đảng, chính quyền với'])
o[k + 1]['product'] = 'kế hoạch'; o[k + 2]['product'] = 'kế hoạch'
o.append(ob(t('Lãnh đạo, chỉ đạo cụ thể hoá ban hành các Chương trình, Kế hoạch hành\nđộng'), 'Chương trình II.5', [],
            product='chương trình'))
o += [
  ob(t('Ban Thường vụĐảng uỷ chỉ đạo triển khai Chương trình hành động thực'), 'Chương trình III.1', [BTV], product='chương trình'),
  ob(t('Các tổ chức Đảng, chi bộtrực thuộc, cơ quan, đơn vịtổ chức quán triệt và'), 'Chương trình III.2',
     ['Các tổ chức Đảng, chi bộtrực thuộc', 'cơ quan, đơn vị'], product='kế hoạch'),
  ob(t('Lãnh đạo, chỉ đạo tổ chức thực hiện các nhiệm vụ được giao trong Chương trình'), 'Chương trình III.2',
     ['Các tổ chức Đảng, chi bộtrực thuộc', 'cơ quan, đơn vị']),
  ob(t('Đảng uỷ UBND xã chỉ đạo UBND xã tham mưu xây dựng nguồn lực triển'), 'Chương trình III.4', [DUB]),
  ob(t('Uỷ ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã tăng cường'), 'Chương trình III.5',
     ['Uỷ ban MTTQ Việt Nam', 'các tổ chức chính trị - xã hội xã']),
  ob(t('Giao Ban Xây dựng Đảng chủtrì, phối hợp với Văn phòng Đảng uỷ, các cơ'), 'Chương trình III.6', [BXD], lead=[BXD],
     support=[VP, 'các cơ\nquan liên quan'], due=rec('theo định kỳ', None), product='báo cáo', report_to='Ban\nChấp hành Đảng bộ xã'),
]
# Phụ lục: rows counted within each Roman group (no Stt printed per row)
DUBc = 'Đảng uỷ\nUBND xã'
def row(sec, pre, due, lead, support=None, product=None, n=12):
    o.append(ob(ta(pre, n), 'Phụ lục ' + sec, lead, lead=lead, support=support, due=due, product=product))
QI = pend('Quý I/2026', '2026-03-31'); QII = pend('Quý II/2026', '2026-06-30')
row('I.1', 'Lãnh đạo, chỉ đạo triển khai\nthực hiện hiệu quảKế hoạch', rec('Hàng quý', 'quarterly'), [DUBc])
row('I.2', 'Nghị quyết đẩy mạnh phát\ntriển', QI, [DUBc], product='nghị quyết')
row('I.3', 'Nghị quyết vềcơ cấu lại\nngành', QI, [DUBc], product='nghị quyết')
row('I.4', 'Nghị quyết vềtăng cường sự\nlãnh đạo của Đảng trong\ncông tác quản lý', QII, [DUBc], product='nghị quyết')
row('I.5', 'Nghị quyết xây dựng nông\nthôn', QI, [DUBc], product='nghị quyết')
row('I.6', 'Kế hoạch giải ngân vốn đầu\ntư', rec('Quý I hàng năm', 'yearly', month=3), [DUBc], product='kế hoạch')
row('II.1', 'Nghị quyết vềtăng cường sự\nlãnh đạo của Đảng trong\ncông tác bảo tồn', QII, [DUBc], product='nghị quyết')
row('II.2', 'Nghị quyết vềnâng cao chất\nlượng giáo dục', QI, [DUBc], product='nghị quyết')
row('II.3', 'Nghị quyết phát triển kinh tế\n- xã hội', QI, [DUBc], product='nghị quyết')
row('II.4', 'Kế hoạch thực hiện Nghị\nquyết số 72-NQ/TW', QI, [DUBc], product='kế hoạch')
row('II.5', 'Kế hoạch thực hiện Chỉ thịsố\n38-CT/TW', QI, [DUBc], product='kế hoạch')
row('II.6', 'Kế hoạch thực hiện Kết luận\nsố\n70-KL/TW', QI, [DUBc], product='kế hoạch')
row('II.7', 'Rà soát, bổsung nhiệm vụ,\nmục tiêu thực hiện hiệu quả', rec('Hàng quý', 'quarterly'), ['Ban Chỉ\nđạo 57 xã'])
QS = ['Quân sự\nxã']; CA = ['Công an\nxã']
row('III.1', 'Nghị\nquyết\nvề\nlãnh\nđạo\nnhiệm vụquân sự', rec('Quý IV hàng\nnăm', 'yearly', month=12), [DUBc], QS, 'nghị quyết')
row('III.2', 'Kế hoạch thực hiện Kết luận\nsố\n132-KL/TW', QI, [DUBc], CA, 'kế hoạch')
row('III.3', 'Nghị quyết về xây dựng xã\nCông hải', pend('Quý IV/2025', '2025-12-31'), [DUBc], CA, 'nghị quyết')
row('III.4', 'Nghị quyết vềtăng cường sự\nlãnh đạo của các cấp uỷ Đảng', rec('Quý IV hàng\nnăm', 'yearly', month=12),
    ['Chi bộ\nCông an'], product='nghị quyết')
row('III.5', 'Kế hoạch triển khai Nghị\nquyết số 12-NQ/TW', QII, [DUBc], CA, 'kế hoạch')
row('III.6', 'Lãnh đạo, chỉ đạo công tác\ndiễn tập', None, [DUBc], QS)
BXDc = ['Ban Xây\ndựng Đảng']
row('IV.1', 'Hướng dẫn thực hiện Đề án đổi\nmới, nâng cao', None, BXDc, product='hướng dẫn')
row('IV.2', 'Hướng dẫn thực hiện Đề án đổi\nmới nâng cao', None, BXDc, product='hướng dẫn')
row('IV.3', 'Nghị quyết về đẩy mạnh công\ntác', pend('Tháng 12/2025', '2025-12-31'), BXDc, product='nghị quyết')
row('IV.4', 'Nghị quyết vềnâng cao năng\nlực', pend('Tháng 12/2025', '2025-12-31'), BXDc, product='nghị quyết')
row('IV.5', 'Nghị quyết nâng cao chất\nlượng đội ngũ', QI, BXDc, product='nghị quyết')
row('IV.6', 'Kế hoạch thực hiện chuyển đổi\nsốtrong', pend('2025 - 2026', '2026-12-31'), ['Văn phòng\nĐảng uỷ'],
    ['UBKT\nĐảng uỷ'], 'kế hoạch')
row('IV.7', 'Nghị quyết của Ban Thường\nvụĐảng uỷvềtăng', QI, ['Văn phòng\nĐảng uỷ'], product='nghị quyết')
row('IV.8', 'Kế hoạch chỉ đạo thực hiện\nnâng cao', QI, [DUBc], product='kế hoạch')
row('IV.9', 'Nghị quyết nâng cao chất\nlượng hoạt động', QI, ['TT.\nHĐND xã'], product='nghị quyết')
row('IV.10', 'Nghị quyết nâng cao chất\nlượng giám sát', QI, ['Uỷ ban\nMTTQVN\nxã'], product='nghị quyết')
def fix(x):  # body strings are stored with single spaces (the checker ignores whitespace)
    return None if x is None else (flat(x) if isinstance(x, str) else [flat(y) for y in x])
for e in o:
    for key in ('addressees', 'lead', 'support'):
        e[key] = fix(e[key]) if e[key] is not None else None
    e['report_to'] = fix(e['report_to'])
    if e['due']: e['due']['text'] = flat(e['due']['text'])
docs[N] = dict(
    source=src('CHƯƠNG TRÌNH_23-CTr_ĐU_2025.md', '70305284600', '18,743 code points per read_file; the .txt is the answer AS '
               'DISPLAYED, 18,734 code points, see README'),
    kind='party', parent_issuer=PARENT, issuer=ISS, number='', symbol='-CTr/ĐU', type='Chương trình', type_code='CTr',
    place='Công Hải', date=None,
    subject='CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẨN THỨ I, NHIỆM KỲ 2025-2030',
    urgency='', recipients=[],
    citations=[cit('Nghị quyết', name='Nghị quyết Đại hội đại biểu Đảng bộxã lần thứI, nhiệm kỳ2025-2030', relation='implements'),
               cit('Kế hoạch', '11-KH/ĐU', '2025-09-11', 'Ban Thường vụĐảng uỷ'),
               cit('Nghị quyết', '01-NQ/TU', '2025-07-14', 'Ban Chấp hành Đảng bộtỉnh'),
               cit('Nghị quyết', '68-NQ/TW', '2025-05-04', 'Bộ Chính trị'),
               cit('Nghị quyết', '72-NQ/TW', '2025-09-09', 'Bộ Chính trị'),
               cit('Chỉ thị', '38-CT/TW', '2024-07-30', 'Ban Bí thư'),
               cit('Kết luận', '70-KL/TW', '2024-01-31', 'Bộ Chính trị'),
               cit('Nghị quyết', '02-NQ/ĐU', '2025-08-31', 'Ban Thường vụĐảng uỷ'),
               cit('Nghị quyết', '57-NQ/TW', None, 'Bộ Chính trị'),
               cit('Kết luận', '132-KL/TW', '2025-03-18', 'Bộ Chính trị'),
               cit('Chỉ thị', '36-CT/TW', '2019-08-16', 'Bộ Chính trị'),
               cit('Nghị quyết', '12-NQ/TW', None, 'Bộ Chính trị')],
    page_mentions=pm('23-CTr/ĐU', 'the repository\'s own identification (front matter `so_hieu`, `**Số hiệu:**` line); the printed '
                     'number is blank; `ngay_ban_hanh: "13/11/2025"` is the stamp\'s day'),
    truncated=False, signature=SIG,
    distribution=['Thường trực Tỉnh uỷ (báo cáo)', 'Đ/c Lương Đức Hải - UVTV Tỉnh uỷ (phụ trách địa bàn)',
                  'Các Ban Đảng, Văn phòng Tỉnh uỷ', 'Các Đ/c Đảng uỷ viên', 'Thường trực: HĐND, UBND xã',
                  'Các cơ quan tham mưu, giúp việc Đảng uỷ', 'Uỷ ban MTTQVN và các tổ chức CT-XH xã',
                  'Các tổ chức cơ sở Đảng, chi bộ trực thuộc', 'Lưu VPĐU'],
    obligations=o)
notes[N] = (
 "COPY: the repository's Markdown rendering of the signed PDF (file_goc `ĐU-CTr-0023-2025 Chương trình hành động thực hiện NQĐH "
 "Đảng bộ xã lần thứ I, NK 2025-2030.pdf`). read_file gives total_chars 18,743; the answer as displayed has 18,734 (page 1 15,991 "
 "for 16,000): nine code points — presumably combining marks of partly decomposed letters, as found in 22-CTr — are not visible in "
 "the display; probes placed them (1 before offset 8000, 1 between 8000 and 12300, 6 between 12300 and 13100 — items III.5–7 and "
 "the Nơi nhận —, 1 between 13100 and 13500, none in the table) but were not continued for time. The .txt is the displayed answer, "
 "NFC, NOT byte-identical to the stored file (build_txt.py asserts the shortfall). After the signature and stamp (`13-11-2025 "
 "15:25:04 +07:00`) the annex follows with its own header (issuer, motto, place/date, no number) `PHỤ LỤC / DANH MỤC CÁC NHIỆM VỤ "
 "QUAN TRỌNG GIAI ĐOẠN 2025 – 2030` and a table flattened one cell per line: header `Stt / Nội dung / Thời gian trình BTV, BCH / Cơ "
 "quan chủ trì thực hiện / Nguồn lực thực hiện / BTV / BCH`, group rows `I Lĩnh vực kinh tế` … `IV Công tác xây dựng Đảng và hệ thống "
 "chính trị`, NO row numbers, cells broken inside phrases (`Nghị\\nquyết\\nvề\\nlãnh\\nđạo`), the Nguồn lực column empty, the IV.1 "
 "task cell cut by its time and chủ trì cells (`… cho đội ngũ cán bộ,` / `Thực hiện theo chỉ đạo của Tỉnh uỷ` / `Ban Xây dựng Đảng` / "
 "`đảng viên trong tình hình mới.`). Typos as printed: `LẨN THỨ I`, `trog tình hình`, `xã hôi`, `Công hải`, `gắn với với`. "
 "HEADER: number '', symbol '-CTr/ĐU', date null (`ngày tháng 11 năm 2025`). TYPE: the type line is `CHƯƠNG TRÌNH HÀNH ĐỘNG`; type "
 "`Chương trình` (the code CTr) and subject the title lines after it (`CỦA BAN CHẤP HÀNH … NHIỆM KỲ 2025-2030`, upper case kept) — "
 "DEBATABLE: type `Chương trình hành động` with the same subject, or subject starting `HÀNH ĐỘNG`. CITATIONS: the congress resolution "
 "the programme implements (title `THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ`, first full mention in the opening) → implements, by "
 "name; numbered Party texts in the tasks → mentions (corpus10), listed once at their first full mention (issuer as printed, glued); the "
 "provincial and national congress resolutions without number not listed. "
 "OBLIGATIONS (58: II 23, III 6, Phụ lục 29). Section prefix `Chương trình` for the programme (corpus10; the programme is the document itself, not an annex — "
 "the prefix keeps its sections apart from the Phụ lục). I. MỤC ĐÍCH, YÊU CẦU not recorded (its item 3 `yêu cầu tổ chức cơ sở Đảng … "
 "phải nghiêm túc quán triệt …` is a requirement of manner — DEBATABLE). II: the lead-ins `Tập trung lãnh đạo, chỉ đạo triển khai "
 "thực hiện:` give no entries; their `-` bullets are Party task paragraphs with addressees [] (corpus13/35: no body is the subject); "
 "the `Ban hành các Nghị quyết của Ban Chấp hành Đảng bộ xã / của Ban Thường vụ Đảng uỷ xã:` lists (II.1.2, II.2.2, II.2.3, II.3.2, "
 "II.4.2) are NOT recorded: issuing its own (or its standing body's) resolutions is the issuer's own act (corpus7), and each of them "
 "recurs as a Phụ lục row naming the body that prepares it — DEBATABLE. Products: `Kế hoạch …` bullets → kế hoạch; II.1.1 bullet 3 "
 "`… hàng năm` → recurring yearly; bullet 4 sentence-initial `Thường xuyên` → continuous (corpus10); `phấn đấu … bình quân hàng năm "
 "đạt 12%` is a target (due null). II.5 → [] with product chương trình. III.1 → `Ban Thường vụ Đảng uỷ` (recorded: the issuer signs "
 "`T/M ĐẢNG UỶ`, the standing body is told to direct — DEBATABLE against corpus7), product chương trình (`Cụ thể hoá xây dựng Chương "
 "trình công tác …`). III.2 → two addressees `Các tổ chức Đảng, chi bộ trực thuộc` and `cơ quan, đơn vị` (classes), product kế hoạch; "
 "the following unnumbered paragraph (`Lãnh đạo, chỉ đạo tổ chức thực hiện các nhiệm vụ được giao …`, where the print skips item 3) is "
 "a second entry under section III.2 with the same bodies (DEBATABLE: it may be the lost item 3 and address everyone). III.4 `Đảng uỷ "
 "UBND xã` (the UBND xã it directs is not an addressee). III.5 two addressees. III.6 `Giao Ban Xây dựng Đảng chủ trì, phối hợp với Văn "
 "phòng Đảng uỷ, các cơ quan liên quan … báo cáo Ban Chấp hành Đảng bộ xã theo định kỳ` → lead/support, product báo cáo, report_to, due "
 "recurring with cycle null (`định kỳ`, corpus13). III.7 (the Ban Chấp hành decides adjustments) = issuer's own role, not recorded; "
 "the line `(kèm danh mục cụ thể, phân công thực hiện nhiệm vụ và thời gian thực hiện)./.` points to the Phụ lục. "
 "PHỤ LỤC (29 rows): section `Phụ lục <group>.<row>` with the row number COUNTED within the group (not printed — DEBATABLE); "
 "addressees = lead = the `Cơ quan chủ trì thực hiện` cell (corpus10), a cell `Đảng uỷ UBND xã chủ trì, phối hợp Quân sự xã / Công an "
 "xã` → lead Đảng uỷ UBND xã, support the partner; `Văn phòng Đảng uỷ phối hợp UBKT Đảng uỷ` (IV.6) → lead the first body, support the "
 "second (DEBATABLE: no chủ trì word); IV.2 has no chủ trì cell of its own — the `Ban Xây dựng Đảng` cell printed with IV.1 is read as a "
 "merged cell covering both (DEBATABLE). Due from the time columns (`BTV`, `BCH`): rows with two equal values take that value; rows "
 "with one value take it whichever column it belongs to (the layer does not show the column); `Quý I/2026` → period_end 2026-03-31, "
 "`Quý IV/2025` → 2025-12-31, `Tháng 12/2025` → 2025-12-31, `2025 - 2026` → end of the range 2026-12-31 (corpus13), `Hàng quý` → "
 "recurring quarterly, `Quý I hàng năm` → recurring yearly month 3 and `Quý IV hàng năm` → recurring yearly month 12 (the quarter's "
 "last month — DEBATABLE, no day), `Theo chỉ đạo của tỉnh`, `Thực hiện theo chỉ đạo của Tỉnh uỷ` → null. report_to null for every row "
 "although the column is `Thời gian trình BTV, BCH` (the body each row goes to cannot be told for one-value rows — DEBATABLE: `Ban "
 "Thường vụ` / `Ban Chấp hành` per column). Product = head noun of the task cell (nghị quyết, kế hoạch, hướng dẫn); `Lãnh đạo, chỉ đạo "
 "…`, `Rà soát, bổ sung …` → null. text_starts are the task cell's first 12 tokens, run on into the next cells when shorter. Rows "
 "restating II bullets share their wording but not their text_start position (taken after the annex title). Body labels are stored "
 "with single spaces (`Đảng uỷ UBND xã` for the cell `Đảng uỷ\\nUBND xã`).")

# ---------------------------------------------------------------- 24-CTr/ĐU: Chương trình kiểm tra, giám sát toàn khoá
N = 'conghai-24-ctr-du-2025'; T = load(N + '.txt')
def t(p, occ=0, n=12): return ts(T, p, n, occ)
BXD2 = 'Ban xây dựng Đảng'
def g(pre, sec, body, due_txt, q, y, occ=0, lead=True, support=None):
    return ob(t(pre, occ), 'III.' + sec, [body], lead=[body] if lead else None, support=support,
              due=pend(due_txt, Q(q, y)))
KT = 'Kiểm tra việc lãnh đạo, chỉ đạo triển khai thực hiện công tác phòng, chống'
o = [
  ob(t('Các đồng chí: Bí thư, Phó Bí thư, Uỷviên Ban Thường vụ, Ban Chấp'), 'II.1',
     ['Bí thư', 'Phó Bí thư', 'Uỷviên Ban Thường vụ, Ban Chấp hành Đảng bộxã']),
  ob(t('Căn cứnhiệm vụchính trịcủa Đảng bộvà Chương trình kiểm tra, giám sát'), 'II.2', [BTV],
     due=rec('hàng năm', 'yearly'), product='chương trình'),
  g('Kiểm tra việc tổ chức quán triệt, lãnh đạo thực hiện Nghị quyết Đại hội', 'Năm 2026.Về kiểm tra.1', BXD2, 'trong quý II/2026', 2, 2026),
  g(KT, 'Năm 2026.Về kiểm tra.2', UBKT, 'trong quý III/2026', 3, 2026, 0),
  g('Giám sát việc triển khai và thực hiện công tác bầu cửĐại biểu Quốc hội', 'Năm 2026.Về giám sát.1', 'Hội đồng nhân dân xã',
    'trong quý I/2026', 1, 2026, support=['Uỷ ban Mặt trận TQVN xã']),
  g('Giám sát công tác lãnh, chỉ đạo thực hiện nhiệm vụchính trịcủa các', 'Năm 2026.Về giám sát.2', UBKT, 'trong quý IV/2026', 4, 2026),
  g('Kiểm tra công tác chuẩn bịvà tổ chức Đại hội Đảng các chi bộtrực thuộc', 'Năm 2027.Về kiểm tra.1', BXD2, 'trong quý I/2027', 1, 2027),
  g(KT, 'Năm 2027.Về kiểm tra.2', UBKT, 'trong quý III/2027', 3, 2027, 1),
  g('Giám sát việc thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của', 'Năm 2027.Về giám sát.1', 'Uỷ ban nhân dân xã',
    'trong quý\nII/2027', 2, 2027),
  g('Giám sát việc thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của', 'Năm 2027.Về giám sát.2', BXD2, 'trong quý IV/2027', 4, 2027),
  g('Kiểm tra việc thực hiện Chỉ thịsố50-CT/TW, ngày 23/7/2025 của Ban Bí', 'Năm 2028.Về kiểm tra.1', BXD, 'trong quý II/2028', 2, 2028),
  g(KT, 'Năm 2028.Về kiểm tra.2', UBKT, 'trong quý III/2028', 3, 2028, 2),
  g('Giám sát và tổng kết 15 năm thực hiện Quyết định số 217-QĐ/TW ngày', 'Năm 2028.Về giám sát',
    'cơ quan Uỷ ban Mặt trận Tổ quốc Việt\nNam xã', 'trong quý IV/2028', 4, 2028),
  g('Kiểm tra việc triển khai thực hiện Kết luận số 01-KL/TW về tiếp tục thực', 'Năm 2029.Về kiểm tra.1', BXD2,
    'trong quý II/2029', 2, 2029),
  g(KT, 'Năm 2029.Về kiểm tra.2', UBKT, 'trong quý III/2029', 3, 2029, 3),
  g('Giám sát việc triển khai thực hiện Quy định số 109-QĐ/TW, ngày', 'Năm 2029.Về giám sát', UBKT, 'trong quý IV/2029', 4, 2029),
  g('Kiểm tra và tổng kết nhiệm vụkiểm tra, giám sát của các Cấp uỷ Đảng', 'Năm 2030.1', 'Uỷ ban Kiểm tra', 'trong quý I/2030', 1, 2030,
    lead=False, support=[VP]),
  g('Kiểm tra việc triển khai và thực hiện các quy định, hướng dẫn Đại hội', 'Năm 2030.2', 'Ban\nxây dựng đảng', 'trong quý I/2030', 1, 2030),
  ob(t('Ban Thường vụĐảng uỷ chỉ đạo, phân công triển khai thực hiện, đồng'), 'IV.1', [BTV], report_to=BCH),
  ob(t('Các tổ chức Đảng tổ chức quán triệt, phổ biến đến cán bộ, đảng viên về'), 'IV.2', ['Các tổ chức Đảng']),
  ob(t('Các cơ quan tham mưu giúp việc Đảng uỷ, Uỷ ban nhân dân xã, cơ quan'), 'IV.3',
     ['Các cơ quan tham mưu giúp việc Đảng uỷ', 'Uỷ ban nhân dân xã', 'cơ quan\nUỷ ban Mặt trận Tổ quốc Việt Nam xã'],
     due=rec('hàng năm', 'yearly')),
  ob(t('Các tổ chức Đảng trực thuộc, căn cứcác nội dung trên, hàng năm xây'), 'IV.4', ['Các tổ chức Đảng trực thuộc'],
     due=rec('hàng năm', 'yearly'), product='chương trình'),
  ob(t('Căn cứChương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành\nĐảng'), 'IV.5',
     ['các cơ quan, đơn vịđược phân công chủtrì'], report_to=BTV),
  ob(t('Yêu cầu các tổ chức Đảng căn cứ tình hình, đặc điểm\ncủa cơ quan'), 'IV.5', ['các tổ chức Đảng'], product='chương trình'),
  ob(t('Uỷ ban Kiểm tra Đảng uỷ và Văn phòng Đảng uỷ có trách nhiệm theo dõi,'), 'IV.6', [UBKT, VP],
     due=rec('định kỳ', None), product='báo cáo'),
]
for e in o:
    for key in ('addressees', 'lead', 'support'):
        e[key] = [flat(y) for y in e[key]] if e[key] is not None else None
    if e['due']: e['due']['text'] = flat(e['due']['text'])
docs[N] = dict(
    source=src('CHƯƠNG TRÌNH_24-CTr_ĐU_2025.md', '70352555969', '10,216 code points, whole, copied unchanged'),
    kind='party', parent_issuer=PARENT, issuer=ISS, number='', symbol='-CTr/ĐU', type='Chương trình', type_code='CTr',
    place='Công Hải', date=None,
    subject='Kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ xã Công Hải khóa I, nhiệm kỳ 2025-2030',
    urgency='', recipients=[],
    citations=[cit('Điều lệ', name='Điều lệ Đảng Cộng sản Việt Nam', relation='legal_basis'),
               cit('Quy định', '296-QĐ/TW', '2025-05-30', 'Ban Chấp hành Trung\nương'.replace('\n', ' '), 'legal_basis'),
               cit('Nghị quyết', name='Nghị quyết Đại hội Đảng bộ xã khóa I, nhiệm kỳ 2025-2030', relation='legal_basis'),
               cit('Quy chế', name='Quy chếlàm việc của Ban Chấp hành khóa I', relation='legal_basis'),
               cit('Chương trình', name='Chương trình công tác toàn khóa của Ban Chấp hành, Ban Thường vụĐảng uỷ',
                   relation='legal_basis'),
               cit('Nghị quyết', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị'),
               cit('Nghị quyết', '35-NQ/TW', '2018-10-22', 'Bộ Chính trị'),
               cit('Kết luận', '89-KL/TW', '2024-07-25', 'Bộ Chính trị'),
               cit('Chỉ thị', '50-CT/TW', '2025-07-23', 'Ban Bí thư', as_printed='Chỉ thịsố50-CT/TW'),
               cit('Quy định', '339-QĐ/TW', '2025-07-10', 'Ban Bí thư'),
               cit('Quyết định', '217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'),
               cit('Quyết định', '218-QĐ/TW', '2013-12-12', 'Bộ Chính trị'),
               cit('Kết luận', '01-KL/TW', None, ''),
               cit('Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị', as_printed='Chỉ thịsố05-CT/TW'),
               cit('Quy định', '144-QĐ/TW', '2024-05-09', 'Bộ Chính trị', as_printed='144- QĐ/TW'),
               cit('Quy định', '109-QĐ/TW', '2018-01-03', 'Ban Bí thư Trung ương Đảng')],
    page_mentions=pm('24-CTr/ĐU', 'the repository\'s own identification (front matter `so_hieu`, `**Số hiệu:**` line); the printed '
                     'number is blank; `ngay_ban_hanh: "ngày 30/5/2025"` is the date of 296-QĐ/TW, not of this programme (the stamp '
                     'says 13-11-2025)'),
    truncated=False, signature=SIG,
    distribution=['Thường trực Tỉnh uỷ (báo cáo)', 'Uỷ ban Kiểm tra Tỉnh uỷ (báo cáo)',
                  'Đ/c Lương Đức Hải – UVTV Tỉnh uỷ (phụ trách địa bàn xã)', 'Ban Xây dựng Đảng', 'Uỷ ban Kiểm tra Đảng uỷ',
                  'Văn phòng Đảng uỷ', 'HĐND, UBND xã', 'Các đồng chí Đảng uỷ viên', 'Các đồng chí Uỷ viên UBKT Đảng uỷ',
                  'Các Tổ chức Đảng trực thuộc', 'Lưu VPĐU'],
    obligations=o)
notes[N] = (
 "COPY: the repository's Markdown rendering of the signed PDF (file_goc `ĐU-CTr-0024-2025 CHUONG TRINH KTGS TOAN KHOA BCH "
 "2025-2030.pdf`), 10,216 code points = total_chars, NFC, copied unchanged. Glued words (`Căn cứQuy định`, `Chỉ thịsố50-CT/TW`, "
 "`Bộ Chính trị“vềđột phá`), a spaced symbol `144- QĐ/TW`, a symbol broken over a line `218-\\nQĐ/TW`. Stamp `13-11-2025 15:27:48 "
 "+07:00`. HEADER: number '', symbol '-CTr/ĐU', date null (`ngày tháng 11 năm 2025`); front matter `so_hieu` → page_mentions; its "
 "`ngay_ban_hanh: \"ngày 30/5/2025\"` is the date of Quy định 296-QĐ/TW (trap). Subject = the two title lines. CITATIONS: the five "
 "`Căn cứ` lines → legal_basis (Điều lệ Đảng, 296-QĐ/TW, the congress resolution, the Quy chế làm việc and the Chương trình công tác "
 "toàn khóa by name — the last is 22-CTr/ĐU, unnumbered here); the texts named in the inspection topics → mentions, each once (57-NQ/TW "
 "dated here 22/12/2024; 01-KL/TW without date or issuer; 05-CT/TW's issuer Bộ Chính trị; 109-QĐ/TW `của Ban Bí thư Trung ương Đảng`). "
 "`Điều 30 Điều lệ Đảng` (2030.1) is the same Điều lệ, not listed again. "
 "OBLIGATIONS (25). I (Quan điểm) not recorded (principles). II.1 `Các đồng chí: Bí thư, Phó Bí thư, Uỷ viên Ban Thường vụ, Ban "
 "Chấp hành Đảng bộ xã có trách nhiệm chỉ đạo …` → persons kept as addressees (corpus17), the last as one printed class. II.2 → `Ban "
 "Thường vụ Đảng uỷ`, `hàng năm` recurring yearly, product chương trình. II.3 (the Ban Chấp hành reviews yearly) = issuer's own role, "
 "not recorded (corpus7). III: one entry per inspection/supervision item; section = the printed path `III.Năm 2026.Về kiểm tra.1` "
 "(year line `* Năm 2026:`, sub-heading `- Về kiểm tra:` / `- Về giám sát:`, item number; the unnumbered single items of 2028/2029 "
 "giám sát end at the sub-heading; 2030 has no sub-heading) — DEBATABLE path form. The parenthesised `(Giao X chủ trì, tham mưu trong "
 "quý …)` → addressee = lead X, due period_end of the quarter; `Giao Hội đồng nhân dân xã chủ trì, phối hợp với Uỷ ban Mặt trận TQVN "
 "xã` → support; 2030.1 `Giao Uỷ ban Kiểm tra phối hợp với Văn phòng Đảng uỷ tham mưu` → lead null, support Văn phòng Đảng uỷ "
 "(corpus5); bodies as printed (`Ban xây dựng Đảng`, `Ban Xây dựng Đảng`, `Ban xây dựng đảng`, `Uỷ ban Kiểm tra`, `cơ quan Uỷ ban "
 "Mặt trận Tổ quốc Việt Nam xã`); report_to null (the items say only `tham mưu`; IV.5 says `tham mưu Ban Thường vụ` — DEBATABLE); "
 "product null (an inspection is not a document). The four identical `Kiểm tra việc lãnh đạo, chỉ đạo … phòng, chống tham nhũng …` items "
 "(2026–2029) have identical text_starts (occurrence order = year order). IV.1 → `Ban Thường vụ Đảng uỷ`, report_to the Ban Chấp hành "
 "(`trình Ban Chấp hành Đảng bộ xã thông qua`), recorded though it is the issuer's standing organ (as 22/23-CTr). IV.2 the class `Các "
 "tổ chức Đảng`. IV.3 three addressees, `hàng năm` recurring yearly. IV.4 `hàng năm xây dựng chương trình, kế hoạch … ngay từ đầu năm` "
 "→ recurring yearly, product chương trình (`ngay từ đầu năm` in notes only). IV.5 split in two sentences (corpus25): the units "
 "assigned to lead (`các cơ quan, đơn vị được phân công chủ trì`, printed glued) → report_to Ban Thường vụ Đảng uỷ; the Party "
 "organisations → product chương trình. IV.6 `Uỷ ban Kiểm tra Đảng uỷ và Văn phòng Đảng uỷ … định kỳ báo cáo kết quả … theo Quy chế "
 "làm việc của Ban Chấp hành` → product báo cáo, recurring cycle null (`định kỳ`), report_to null (not named).")

KEYS = ['source', 'kind', 'parent_issuer', 'issuer', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place', 'date',
        'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations']
for n, d in docs.items():
    out = {k: d[k] for k in KEYS if k in d}; out['notes'] = notes[n]
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2); open(n + '.json', 'a').write('\n')
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs)}, open('figures.json', 'w'), indent=2); open('figures.json', 'a').write('\n')
print('documents', len(docs), 'obligations', sum(len(d['obligations']) for d in docs.values()))
