# Writes the five NAME.json files and figures.json of corpus31 from the labels below (adapted from corpus27's build.py).
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
GEN = 'find_string/read_file id 56653733104 (a Python generator `benchmarks/data/vn_documents_ocr_v2/_generate.py` of an OCR benchmark; repository not named by the index); the RealDoc `%s` text string (a transcription of page 1 of %s)'
docs = {}; notes = {}

# ---------------------------------------------------------------- cp-106 (Chính phủ, OCR)
N = 'cp-106-nq-cp-2021'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
YT = 'Bộ Y tế'; UB = 'Ủy ban nhân dân các tỉnh, thành phố'; MT = 'Ủy ban Mặt trận Tổ quốc Việt Nam các tỉnh, thành phố'
o = [ob(t('Giao Bộ Y tế, Ủy ban nhân dân các tỉnh'), 'Điều 2.1', [YT, UB, MT], product='văn bản'),
     ob(t('Cơ quan hải quan căn cứ văn bản phê duyệt'), 'Điều 2.2', ['Cơ quan hải quan']),
     ob(t('Giao Bộ Tài chính hướng dẫn hồ sơ hải quan'), 'Điều 2.3', ['Bộ Tài chính']),
     ob(t('Bộ Y tế theo chức năng, nhiệm vụ, chịu trách nhiệm'), 'Điều 3.3', [YT]),
     ob(t('Bộ Y tế, Ủy ban nhân dân các tỉnh, thành phố, Ủy ban Mặt trận Tổ\nquốc Việt Nam các tỉnh, thành phố có trách nhiệm'), 'Điều 3.4', [YT, UB, MT]),
     ob(t('Bộ Tài chính, Bộ Y tế, Ủy ban nhân dân'), 'Điều 3.5',
        ['Bộ Tài chính', YT, UB, 'Ủy ban Mặt trận Té quốc Việt Nam các tỉnh, thành phố', 'các cơ quan liên quan'])]
docs[N] = dict(source='https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/03_Customs/CV 2021/Doc_2021_09_11_NQ_106_NQ_1192021_Chinh_sach.md (read_file id 27717741660); stored OCR Markdown of a PDF, whole (5,391 code points)',
    kind='state', parent_issuer='', issuer='CHÍNH PHỦ', number='', symbol='', symbol_as_printed='406 /NQ-CP', type='Nghị quyết', type_code='NQ',
    place='Hà Nội', date=None,
    subject='Về chính sách thuế đối với hàng hóa nhập khẩu đề tài trợ phục vụ phòng, chống dich Covid-19',
    urgency='', recipients=[],
    citations=[cit('Luật', name='Luật Tổ chức Chính phủ', date='2015-06-19', relation='legal_basis'),
               cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', date='2019-11-22', relation='legal_basis'),
               cit('Luật', name='Luật Thuế xuất khẩu, thuế nhập khẩu', date='2016-04-06', relation='legal_basis'),
               cit('Luật', name='Luật Thuế giá trị gia tăng', date='2008-06-03', relation='legal_basis'),
               cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Thuế gid trị gia tăng', date='2013-06-19', relation='legal_basis'),
               cit('Luật', name='Luật Quản lý thuế', date='2019-06-13', relation='legal_basis'),
               cit('Nghị định', '134/2016/NĐ-CP', '2016-09-01', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '18/2021/NĐ-CP', '2021-03-11', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '209/2013/NĐ-CP', '2013-12-18', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '126/2020/NĐ-CP', '2020-10-19', 'Chính phủ', 'legal_basis'),
               cit('Nghị định', '138/2016/NĐ-CP', '2016-10-01', 'Chính phủ', 'legal_basis')],
    page_mentions=[{"type": "Nghị quyết", "symbol": "106/NQ-CP", "as_printed": "NQ 106 NQ", "where": "the repository's YAML front matter title 'Doc 2021 09 11 NQ 106 NQ 1192021 Chinh sach'"}],
    truncated=False, signature={"authority": ["TM. CHÍNH PHỦ", "KT: THU TUONG"], "title": "", "name": ""},
    distribution=['Ban Bí thư Trung ương Đảng', 'Thủ tướng, các Phó Thủ tướng Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
                  'HĐND, UBND các tỉnh, thành phố trực thuộc trung', 'Văn phòng Trung ương và các Ban của Đảng', 'Văn phòng Tổng Bí thu',
                  'Văn phòng Chủ tịch nước', 'Hội đồng Dân tộc và các Ủy ban của Quốc hội', 'Văn phòng Quốc hội', 'Tòa án nhân dân tối cao',
                  'Viện kiểm sát nhân dân tối cao', 'Kiểm toán nhà nước', 'Ủy ban Giám sát tài chính Quốc gia', 'Ngân hàng Chính sách xã hội',
                  'Ngân hàng Phát triển Việt Nam', 'Ủy ban trung ương Mặt trận Tổ quốc. Việt Nam', 'Cơ quan trung ương của các đoàn thể',
                  'VPCP: BTCN, các PCN, Trợ lý TTg, TGD Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc', 'Lưu: VT, KTTH (2b)'],
    obligations=o)
notes[N] = ("COPY: the stored file whole (5,391 code points = total_chars), NFC; YAML front matter and '--- PAGE BREAK ---' lines kept. "
    "HEADER: two header columns merged per line by the OCR ('CHÍNH PHỦ CỘNG HOÀ …', 'Số:406 /NQ-CP Hà Nội, ngày44 tháng 9 năm 2021'). "
    "DEBATABLE: the number and day are handwritten on the original and misread by the OCR ('406', 'ngày44'); following corpus13/corpus26 "
    "(illegible number/day) number and symbol are '' with symbol_as_printed '406 /NQ-CP', and date is null (month 9, year 2021 legible). "
    "The repository's front-matter title says 'NQ 106 NQ 1192021' (106/NQ-CP of 11/9/2021): recorded as page_mentions, not as the header. "
    "Type line OCR'd 'NGHỊ QUYET'; subject = the two lines after it joined, as printed ('đề tài trợ' for 'để', 'dich'); 'Về' kept (it is not 'Về việc'). "
    "CITATIONS: all from the Căn cứ lines (legal_basis); 18/2021/NĐ-CP nested in 134/2016's line carries its own number -> listed, its day printed 'l1' read as 11; "
    "the second Luật sửa đổi kept as printed ('Thuế gid trị gia tăng'). Later pinpoint mentions (điểm b khoản 4 Điều 2 Luật Thuế xuất khâu…, khoản 19 Điều 5…, "
    "khoản 9 Điều 3 Nghị định số 209/2013/NĐ-CP) are repeats. SIGNATURE: 'TM. CHÍNH PHỦ' / 'KT: THU TUONG' as printed (OCR without diacritics); the title "
    "line and the signer's name are lost in the OCR (a stray 'THẾ' glued to the HĐND distribution line is signature debris) -> title '' and name ''. "
    "DISTRIBUTION: entries as printed without leading '-'/'~' and final ';'/'.'; the debris 'THẾ' (HĐND line) and 'Mo' (Lưu line) left out; "
    "'Văn phòng Tổng Bí thu' and 'Mặt trận Tổ quốc. Việt Nam' as printed. OBLIGATIONS (6): Điều 2.1 'Giao …' (product văn bản = 'văn bản phê duyệt, tiếp nhận'); "
    "Điều 2.2 'Cơ quan hải quan … thực hiện thủ tục không thu thuế …' (DEBATABLE: a procedure rule addressed to the customs; recorded as an assignment); "
    "Điều 2.3; Điều 3.3 and 3.4 (responsibility clauses); Điều 3.5 the execution clause (addressee 'Ủy ban Mặt trận Té quốc …' as printed). "
    "Not recorded: Điều 1 (policy), Điều 3.1 (entry into force and the transitional rule for goods already imported), Điều 3.2 (duration). "
    "Addressees 'Ủy ban nhân dân các tỉnh, thành phố' and 'Ủy ban Mặt trận Tổ quốc Việt Nam các tỉnh, thành phố' are kept as classes.")

# ---------------------------------------------------------------- btc-5845 (Bộ Tài chính, OCR)
N = 'btc-5845-btc-tchq-2019'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
o = [ob(t('Khi quyết, toán việc quản lý, sử dụng nguyên liệu'), '1', ['doanh nghiệp'], product='bản kê khai', report_to='cơ quan hải quan'),
     ob(t('Trường hợp doanh nghiệp chưa kê khai và nộp đủ'), '1', ['doanh nghiệp']),
     ob(t('Cơ quan hải quan, cơ quan thuế có trách nhiệm hướng dẫn'), '2', ['Cơ quan hải quan', 'cơ quan thuế'])]
docs[N] = dict(source='https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/03_Customs/CV 2019/CV_2019_05_22_CV_5845_22052019_BTC_TCHQXu_ly.md (read_file id 27490685632); stored OCR Markdown of a PDF, whole (3,097 code points)',
    kind='state', parent_issuer='', issuer='BỘ TÀI CHÍNH', number='5845', symbol='5845/BTC-TCHQ', type='Công văn', type_code='',
    place='Hà Nội', date='2019-05-22', subject='xử lý thuế đối với phế liệu, phế phẩm của loại hình SXXK', urgency='',
    recipients=['Các Cục Hải quan tỉnh, thành', 'Các Cục Thuế tinh, thành phổ'],
    citations=[cit('Thông tư', '39/2018/TT-BTC', '2018-04-20', 'Bộ Tài chính', 'legal_basis', as_printed='39/2018/T1-BTC'),
               cit('Thông tư', '38/2015/TT-BTC', None, '', 'mentions'),
               cit('Luật', '10/2016/QH13', None, '', 'mentions')],
    truncated=False, signature={"authority": ["TL. BỘ TRƯỞNG", "KT. TONG CỤC TRUONG TONG CỤC HAI QUAN"], "title": "CỤC TRƯỞNG", "name": "Vũ Thị Mai"},
    distribution=['Như trên', 'TT. Bộ Tài chính (để b/c)', 'Vụ CST, Vụ PC, Vụ NSNN (BTC)', 'Tổng cục Thuế', 'Luu: VT, TCHQ (/6 )'],
    obligations=o)
notes[N] = ("COPY: the stored file whole (3,097 code points = total_chars), NFC; YAML front matter, a first line of stamp debris 'NV0Y-~ q ,e«4) ph: \".', "
    "'--- PAGE BREAK ---' and the final '“~X”' kept. HEADER: issuer 'BỘ TÀI CHÍNH' (the motto column merged on its line, OCR 'CONG HOA XÃ HOI'); "
    "'Số: 5845 /BTC-TCHQ' -> 5845/BTC-TCHQ; V/v line starts with debris '._ V/v' and runs over two lines. RECIPIENTS as printed with their OCR damage "
    "('thành ae en' — 'phố' lost and debris dropped; 'tinh, thành phổ'; the incoming-mail stamp '-Chuyển:..' left out). "
    "CITATIONS: Thông tư 39/2018/TT-BTC printed '39/2018/T1-BTC' at its first mention ('Căn cứ quy định tại khoản 49 Điều 1 …' in the body -> legal_basis, "
    "as corpus17 did); 38/2015/TT-BTC named with its number inside 39/2018's description -> listed, mentions; the Luật Thuế xuất khẩu, thuế nhập khẩu is "
    "printed 'số 10/2016/QH13' (the real symbol is 107/2016/QH13; DEBATABLE: recorded as printed, since the text shows no other form). "
    "SIGNATURE: the signature column is interleaved with the Nơi nhận column: authority 'TL. BỘ TRƯỞNG' / 'KT. TONG CỤC TRUONG TONG CỤC HAI QUAN' "
    "(as printed, one OCR line), title 'CỤC TRƯỞNG' (as printed; the original is presumably 'PHÓ TỔNG CỤC TRƯỞNG'), name 'Vũ Thị Mai'. "
    "DISTRIBUTION: 'Như trên'; the line '; ae Bộ Tài chính :' is OCR debris of an entry (probably 'Bộ trưởng Bộ Tài chính') and is left out (DEBATABLE); "
    "'TT. Bộ Tài chính (để b/c)' and 'Vụ CST, Vụ PC, Vụ NSNN (BTC)' joined over their wrapped lines (the first is interleaved with the signer's name 'Vũ Thị Mai', so the checker misses it); 'Luu: VT, TCHQ (/6 )' as printed. "
    "OBLIGATIONS (3): the letter is guidance ('Bộ Tài chính hướng dẫn xử lý thống nhất … như sau:', a lead-in, not an entry). Item 1's duties of "
    "enterprises are recorded for 'doanh nghiệp' (a class, not a recipient; DEBATABLE, as corpus17 recorded investor duties); the first by its paragraph's first words ('Khi quyết, toán …', OCR for 'Khi quyết toán'): xuất trình bản kê khai … "
    "cho cơ quan hải quan (product 'bản kê khai', report_to 'cơ quan hải quan') and the conditional 'Trường hợp doanh nghiệp chưa kê khai … thì phải kê khai bổ sung "
    "và nộp thuế cho co quan hải quan' (tax payment, no report_to). The exemption 'thì không phải kê khai, điều chỉnh lại' and item 2's rule are not obligations. "
    "The closing 'Cơ quan hải quan, cơ quan thuế có trách nhiệm hướng dẫn doanh nghiệp thực hiện' is an unnumbered paragraph after item 2 -> section '2' "
    "(corpus5: unnumbered paragraphs share their marker's section; DEBATABLE: could be '¶N' as a closing demand). No deadline in the letter.")

# ---------------------------------------------------------------- ttg-729 (PDF text layer made here)
N = 'ttg-729-qd-ttg-2026'; T = load(N + '.txt')
o = [ob(ts(T, 'Bộ trưởng Bộ Nội vụ, Hội đồng nhân dân'), 'Điều 3',
        ['Bộ Nội vụ', 'Hội đồng nhân dân thành phố Đà Nẵng', 'Ủy ban nhân dân thành phố Đà Nẵng', 'ông Nguyễn Mạnh Hùng'])]
docs[N] = dict(source=(GEN % ('real_qd_729_ttg', 'https://datafiles.chinhphu.vn/cpp/files/vbpq/2026/4/729-ttg.signed.pdf')) + '; rendered here: text -> PDF (LibreOffice) -> pdftotext -layout',
    kind='state', parent_issuer='', issuer='THỦ TƯỚNG CHÍNH PHỦ', number='729', symbol='729/QĐ-TTg', type='Quyết định', type_code='QĐ',
    place='Hà Nội', date='2026-04-23',
    subject='Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031', urgency='', recipients=[],
    citations=[cit('Luật', name='Luật Tổ chức Chính phủ', date='2025-02-19', relation='legal_basis'),
               cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2025-06-16', relation='legal_basis'),
               cit('Nghị định', '300/2025/NĐ-CP', '2025-11-17', 'Chính phủ', 'legal_basis'),
               cit('Tờ trình', '10/TTr-HĐND', '2026-04-14', 'Thường trực Hội đồng nhân dân thành phố Đà Nẵng', 'mentions'),
               cit('Tờ trình', '252/TTr-BNV', '2026-04-17', 'Bộ trưởng Bộ Nội vụ', 'mentions')],
    truncated=False, signature={"authority": ["KT. THỦ TƯỚNG"], "title": "PHÓ THỦ TƯỚNG", "name": "Lê Minh Hưng"},
    distribution=['Như Điều 3', 'Thủ tướng, các Phó Thủ tướng CP', 'Ban TCĐ chính Trung ương', 'Văn phòng Trung ương',
                  'VPCP: BTCN, các PCN, Trợ lý TTg, VPDCCP, TGĐ Cổng TTĐTCP', 'Lưu: VT, QHĐP (3) Cương'],
    obligations=o)
notes[N] = ("SOURCE: a transcription ('visual reading + OCR-assisted', says the generator) of page 1 of the signed PDF, kept as a Python string in an OCR "
    "benchmark generator; the one-page decision is complete (header, body, Nơi nhận, signature). The string was copied from read_file's display "
    "(src/raw_gen.json) and a final newline added; its slips are kept ('Ban TCĐ chính Trung ương' for Ban Tổ chức Trung ương, 'Lưu: VT, QHĐP (3) Cương'). "
    "RENDERING made here: LibreOffice opened the text and exported a PDF, pdftotext -layout read it back (long lines re-wrapped, one form feed at the end). "
    "HEADER: issuer and motto on separate lines; place/date line 'Hà Nội, ngày 23 tháng 4 năm 2026'. CITATIONS: the two laws by name and date (legal_basis), "
    "300/2025/NĐ-CP (legal_basis), the two Tờ trình of 'Xét đề nghị' (mentions; issuers as named after 'của'). OBLIGATIONS (1): Điều 3, the execution article; "
    "'Bộ trưởng Bộ Nội vụ' -> Bộ Nội vụ; 'Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng' split into two bodies ('Hội đồng nhân dân thành phố Đà Nẵng' "
    "CONSTRUCTED, it also occurs verbatim inside 'Thường trực Hội đồng nhân dân thành phố Đà Nẵng'); the person 'ông Nguyễn Mạnh Hùng' kept as addressee "
    "(corpus13 5085). Điều 1 (phê chuẩn) and Điều 2 (entry into force) are not obligations.")

# ---------------------------------------------------------------- hanoi-2280 (stored transcription, plain text)
N = 'hanoi-2280-qd-ubnd-2026'; T = load(N + '.txt')
o = [ob(ts(T, 'Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc'), 'Điều 3',
        ['Văn phòng Ủy ban nhân dân Thành phố', 'các Sở, ban, ngành Thành phố', 'Ủy ban nhân dân các xã, phường', 'các đơn vị, cá nhân có liên quan'])]
docs[N] = dict(source=GEN % ('real_hanoi_qd_2280_water', 'https://datafiles.hanoi.gov.vn/gov-hni/6244/VanBan/2026/4/29/QD-2280-2026.pdf') + '; plain text as stored',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', number='', symbol='', symbol_as_printed='/QĐ-UBND',
    type='Quyết định', type_code='QĐ', place='Hà Nội', date=None,
    subject='Phê duyệt Kế hoạch Bảo đảm thoát nước, chống úng ngập khu vực nội thành Thành phố mùa mưa năm 2026', urgency='', recipients=[],
    citations=[cit('Luật', name='Luật Tổ chức chính quyền địa phương', date='2025-06-16', relation='legal_basis'),
               cit('Luật', name='Luật Xây dựng', date='2014-06-18', relation='legal_basis'),
               cit('Luật', name='Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', date='2020-06-17', relation='legal_basis'),
               cit('Thông báo', '212-TB/TU', '2026-01-23', 'Thành ủy Hà Nội', 'legal_basis'),
               cit('Kế hoạch', '325/KH-UBND', '2025-12-03', 'UBND Thành phố', 'legal_basis'),
               cit('Tờ trình', '191/TTr-SXD', '2026-04-10', 'Sở Xây dựng', 'mentions')],
    truncated=False, signature={"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Trương Việt Dũng"},
    distribution=['Đ/c Bí thư Thành ủy', 'Thường trực Thành ủy; (để b/c)', 'Chủ tịch UBND Thành phố', 'Các PCT UBND Thành phố', 'Văn phòng Thành ủy',
                  'Các Sở, ban, ngành Thành phố', 'UBND các phường, xã; (để ph/h th/h)', 'Các Ban QLDA ĐTXD Thành phố', 'Cty TNHH MTV Thoát nước HN',
                  'Các đơn vị duy trì thoát nước và XLNT', 'VP UBĐT: CVP, các PCVP, Các phòng: NNMT, TH, ĐT, KGVX, KT, Trung tâm TT, ĐL vs CNS TP', 'Lưu: VT, ĐT (M)'],
    obligations=o)
notes[N] = ("SOURCE: a transcription of page 1 of the Hà Nội PDF (the generator's RealDoc string, copied from read_file's display, final newline added); "
    "the copy transcribed is the unnumbered one: 'Số: /QĐ-UBND' and 'Hà Nội, ngày tháng năm 2026' -> number '', symbol '' with symbol_as_printed "
    "'/QĐ-UBND', date null (DEBATABLE: the benchmark calls it 2280/QĐ-UBND; the text does not). The decision is complete from header to signature; "
    "the annexed Kế hoạch it approves ('kèm theo Quyết định này') is not in the source, so only the decision is labelled; truncated false (DEBATABLE). "
    "Plain text as stored (no rendering). CITATIONS: the three laws by name/date and the Thông báo of the Thành ủy and the Kế hoạch of the UBND are 'Căn cứ' "
    "lines (legal_basis); the Tờ trình of the Sở Xây dựng (Theo đề nghị) -> mentions. DISTRIBUTION entries as printed, including the parenthesised "
    "'(để b/c)' / '(để ph/h th/h)' that follow a ';'. OBLIGATIONS (1): Điều 3 execution article — 'Chánh Văn phòng Ủy ban nhân dân Thành phố' -> "
    "'Văn phòng Ủy ban nhân dân Thành phố' (CONSTRUCTED); 'Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố' -> 'các Sở, ban, ngành Thành phố'; "
    "'Chủ tịch Ủy ban nhân dân các xã, phường' -> 'Ủy ban nhân dân các xã, phường'; 'các đơn vị, cá nhân có liên quan' as a class. Điều 1 (approval) and "
    "Điều 2 (entry into force) not recorded.")

# ---------------------------------------------------------------- hanoi-453 (pandoc Markdown from .docx, made here)
N = 'hanoi-453-tb-ubnd-2026'; T = load(N + '.txt')
def t(p, occ=0): return ts(T, p, 12, occ)
o = [ob(t('Nhân dịp Đại hội đại biểu toàn quốc'), '¶1',
        ['các cơ quan, đơn vị của Trung ương', 'các sở, ban, ngành, đơn vị', 'các hộ gia đình trên địa bàn Thành phố'],
        due=pend('từ ngày 10/5/2026 đến hết ngày 14/5/2026', '2026-05-14')),
     ob(t('Ủy ban nhân dân các phường, xã có trách nhiệm'), '¶2', ['Ủy ban nhân dân các phường, xã']),
     ob(t('Thủ trưởng các cơ quan, đơn vị chỉ đạo, kiểm tra'), '¶2', ['các cơ quan, đơn vị'])]
docs[N] = dict(source=GEN % ('real_hanoi_tb_453_flag', 'https://datafiles.hanoi.gov.vn/gov-hni/6235/VanBan/2026/4/29/TB-453-2026.pdf') + '; rendered here: text -> .docx (LibreOffice) -> pandoc -t markdown',
    kind='state', parent_issuer='', issuer='ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', number='', symbol='', symbol_as_printed='/TB-UBND',
    type='Thông báo', type_code='TB', place='Hà Nội', date=None, subject='treo cờ Tổ quốc', urgency='', recipients=[], citations=[],
    truncated=False, signature={"authority": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], "title": "PHÓ CHÁNH VĂN PHÒNG", "name": "Võ Tuấn Anh"},
    distribution=['Đ/c Bí thư Thành ủy', 'Thường trực Thành ủy', 'Thường trực HĐND Thành phố', 'Chủ tịch UBND Thành phố', 'Các Phó Chủ tịch UBND Thành phố',
                  'UB MTTQ VN TP và các đoàn thể TP', 'UBND các phường, xã', 'Cơ quan Báo&PT, TH Thành phố',
                  'VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT, Trung tâm TTĐL&CNS Thành phố', 'Lưu: VT, KGVX'],
    obligations=o)
notes[N] = ("SOURCE: a transcription of the one-page Hà Nội notice (the generator's RealDoc string, copied from read_file's display, final newline added). "
    "RENDERING made here: LibreOffice opened the text and wrote a .docx, pandoc -t markdown read it back: every source line is its own paragraph, the "
    "issuer's two lines are separate paragraphs, body paragraphs re-wrapped, Nơi nhận entries escaped '\\-'. HEADER: the transcribed copy is unnumbered and "
    "undated ('Số: /TB-UBND', 'Hà Nội, ngày tháng năm' — not even a year) -> number '', symbol '' with symbol_as_printed '/TB-UBND', date null (DEBATABLE: "
    "the benchmark calls it 453/TB-UBND). Subject from 'Về việc treo cờ Tổ quốc' without 'Về việc' (the spelled-out V/v). No Kính gửi, no citation "
    "(the Đại hội is an event). OBLIGATIONS (3): ¶1 — 'Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành, "
    "đơn vị và các hộ gia đình … treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026': text_start is the paragraph's first words ('Nhân dịp …'); "
    "addressees split into three; due recorded as period_end 2026-05-14 with the whole window as text (DEBATABLE: a period to act in, not a deadline; "
    "the start day is not a deadline). ¶2 split at its ';' into two clauses with different addressees (DEBATABLE): 'Ủy ban nhân dân các phường, xã có "
    "trách nhiệm chỉ đạo, kiểm tra, nhắc nhở …' and 'Thủ trưởng các cơ quan, đơn vị chỉ đạo, kiểm tra …' (official -> 'các cơ quan, đơn vị').")

order = ['source', 'kind', 'parent_issuer', 'issuer', 'issuer_as_printed', 'number', 'symbol', 'symbol_as_printed', 'type', 'type_code', 'place',
         'date', 'subject', 'urgency', 'recipients', 'citations', 'page_mentions', 'truncated', 'signature', 'distribution', 'obligations', 'notes']
for n, d in docs.items():
    d['notes'] = notes[n]
    out = {k: d[k] for k in order if k in d}
    json.dump(out, open(n + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    if '-v' in sys.argv:
        for x in d['obligations']: print(n, x['section'], '|', x['text_start'])
json.dump({"documents": len(docs), "held_out": True}, open('figures.json', 'w'))
print('wrote', len(docs), 'documents,', sum(len(d['obligations']) for d in docs.values()), 'obligations')
