# Write the five gold JSON files of corpus22 (labels written by hand from the .txt files).
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import ob, write

RF = 'https://github.com/Trangsct/skill-sct/blob/'

# ---------------------------------------------------------------- 597/HC-QLHC
QN = 'Sở Công Thương tỉnh Quảng Ngãi'
write({
  'source': RF + 'e3d29a7e19333e8271274f219ace1977e1d857be/hc-sct-vn/skills/hc-sct-vn/van-ban-goc/06-danh-muc-cong-van/CV-597-HC-QLHC-CucHoaChat.txt (read_file id 70425002788)',
  'kind': 'state', 'parent_issuer': 'BỘ CÔNG THƯƠNG', 'issuer': 'CỤC HÓA CHẤT', 'number': '597', 'symbol': '597/HC-QLHC',
  'type': 'Công văn', 'type_code': '', 'place': 'Hà Nội', 'date': '2026-03-27',
  'subject': 'cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm soát đặc biệt', 'urgency': '',
  'recipients': [QN],
  'citations': [
    {'type': 'Công văn', 'symbol': '1012/SCT-KYATMT', 'date': '2026-03-09', 'issuer': QN, 'relation': 'mentions'},
    {'type': 'Luật', 'symbol': '69/2025/QH15', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Luật', 'name': 'Luật Quản lý ngoại thương', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '26/2026/NĐ-CP', 'date': None, 'issuer': 'Chính phủ', 'relation': 'mentions'},
    {'type': 'Luật', 'name': 'Luật Ban hành văn bản quy phạm pháp luật', 'date': None, 'issuer': '', 'relation': 'mentions'},
  ],
  'truncated': False,
  'signature': {'authority': ['KT. CỤC TRƯỞNG'], 'title': 'PHÓ CỤC TRƯỞNG', 'name': 'Vương Thành Chung'},
  'distribution': ['Như trên', 'Cục trưởng (để báo cáo)', 'Lưu: VT, QLHC'],
  'obligations': [
    ob('Bên cạnh đó, đề nghị lưu ý tuân thủ quy định tại', '¶25', [QN]),
    ob('Cục Hóa chất đề nghị Sở Công Thương tỉnh Quảng Ngãi căn', '¶29', [QN]),
  ],
  'notes': "RENDERING: the repository's docx text extraction (first line '[Bản trích chữ tự động (docx) …]'), one paragraph per line, header and Nơi nhận/signature flattened with ' | ' between the two table cells ('------- | CỘNG HÒA …', 'V/v … | Hà Nội, ngày …', 'Lưu: VT, QLHC. | KT. CỤC TRƯỞNG'); copy identical to the stored file (5,901 code points). HEADER: parent_issuer/issuer are the two header lines (Bộ Công Thương / Cục Hóa chất); the V/v line shares its row with the place/date cell. A reply letter (Trả lời Công văn số 1012/SCT-KYATMT …) to the Sở Công Thương of Quảng Ngãi. CITATIONS: 1012/SCT-KYATMT mentions ('Trả lời'); the Luật Hóa chất is first named 'Luật Hóa chất năm 2025' without number and its symbol 69/2025/QH15 appears only inside the quoted khoản 1 Điều 12 → recorded once by its symbol (DEBATABLE: a citation found inside a quotation; name-only 'Luật Hóa chất năm 2025' is the other reading); 'Luật Quản lý ngoại thương năm 2017' and 'Luật Ban hành văn bản quy phạm pháp luật' are name citations; 26/2026/NĐ-CP mentions; the quoted Điều 56–59 of the trade law and Điều 58 of the law on legal documents are quotations, not references of their own. OBLIGATIONS (2): ¶N counts every printed paragraph after 'Kính gửi' (opening 1 … the quoted numbered lines each count as printed paragraphs). ¶25 'Bên cạnh đó, đề nghị lưu ý tuân thủ quy định tại Điều 58 … như sau:' is a request over QUOTED law items, not a lead-in over tasks → recorded as one entry of the recipient (DEBATABLE: lead-in-line rule; the addressee is not printed in the sentence, it is the Kính gửi recipient). ¶29 closing demand 'Cục Hóa chất đề nghị Sở Công Thương tỉnh Quảng Ngãi … chủ động nghiên cứu … để thực hiện theo đúng quy định' → obligation, no due, no product. The explanatory quotations (khoản 2 Điều 14 NĐ 26 '… phải có Giấy phép …') are quoted law, not obligations of this letter.",
}, 'cuchc-597-hc-qlhc-2026')

# ---------------------------------------------------------------- 813 (illegible) /HC-CNHC
CHQ = 'Cục Hải quan'
write({
  'source': RF + '23aefafe7c9842911684663f3c34ed0ec31c78ec/hc-sct-vn/skills/hc-sct-vn/van-ban-goc/06-danh-muc-cong-van/CV-813-CucHoaChat.txt (read_file id 70793888060)',
  'kind': 'state', 'parent_issuer': 'BỘ CÔNG THƯƠNG', 'issuer': 'CỤC HÓA CHẤT', 'issuer_as_printed': 'CỤC HÓA CHÁT',
  'number': '', 'symbol': '', 'symbol_as_printed': 'ÊđŠ /HC-CNHC',
  'type': 'Công văn', 'type_code': '', 'place': 'Hà Nội', 'date': None,
  'subject': 'trao đổi về một số quy định trong lĩnh vực hóa chất', 'urgency': '',
  'recipients': [CHQ],
  'citations': [
    {'type': 'Luật', 'name': 'Luật Hóa chất', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Công văn', 'symbol': '13821/CHQ-GSQL', 'date': '2026-03-16', 'issuer': CHQ, 'relation': 'mentions'},
    {'type': 'Công văn', 'symbol': '15464/CHQ-GSQL', 'date': '2026-04-20', 'issuer': CHQ, 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '26/2026/NĐ-CP', 'date': '2026-01-17', 'issuer': 'Chính phủ', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '24/2026/NĐ-CP', 'date': '2026-01-17', 'issuer': 'Chính phủ', 'relation': 'mentions'},
    {'type': 'Thông tư', 'symbol': '01/2026/TT-BCT', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Công văn', 'symbol': '597/HC-QLHC', 'date': '2026-03-27', 'issuer': 'Cục Hóa chất', 'relation': 'mentions'},
  ],
  'truncated': False,
  'signature': {'authority': ['KT. CỤC TRƯỜNG'], 'title': 'LÓ CỤC TRƯỞNG', 'name': ''},
  'distribution': ['Như trên', 'Cục trưởng (để báo cáo)', 'PCT. Vương Thành Chung', 'VP, QLHC', 'Lưu: VT, CNHC'],
  'obligations': [
    ob('Để xác định tổ chức, cá nhân nhập khâu hỗn hợp chất', '2', [CHQ]),
    ob('Đề nghị tham khảo Công văn số 597/HC-QLHC ngày 27 tháng 3', '5', [CHQ]),
    ob('Về việc truy cập tài khoản khai báo hóa chất nhập khẩu,', '6', [CHQ]),
  ],
  'notes': "RENDERING: the repository's tesseract OCR of a 2-page scan (first line '[OCR] [Bản trích chữ tự động bằng tesseract …]', page markers '===== Trang 1 =====', page number '2', OCR damage: 'CỌNG HÒA', 'CỤC HÓA CHÁT', 'nhập khâu', 'tô chức', stamp debris 'HÓA GI', 'Jl—', 'NN', '~' bullets, '.Nới nhận:'); copy identical to the stored file (5,259 code points). HEADER: the number and day are ILLEGIBLE ('Số: ÊđŠ /HC-CNHC', 'ngày sÈŸ tháng 4 năm 2026') → number/symbol '' with symbol_as_printed, date null (corpus13 precedent for 2265/8388); the repository's file name says 813, and the body cites a letter of 20 April 2026, so the date lies after 20/4/2026 (not recorded). Issuer canonical 'CỤC HÓA CHẤT', printed 'CỤC HÓA CHÁT' (issuer_as_printed). Same issuer as 597/HC-QLHC, which this letter cites and encloses (a chain in this set). CITATIONS: 'Luật Hóa chất' (first in 'Nghị định hướng dẫn Luật Hóa chất', then 'Luật Hóa chất và các văn bản quy định chỉ tiết …') as a name citation; 13821 and 15464/CHQ-GSQL mentions ('nêu tại Công văn số …'); 26/2026 and 24/2026/NĐ-CP dates from the footnotes; 01/2026/TT-BCT printed across a line break 'TT-\\nBCT'; 597/HC-QLHC mentions ('Đề nghị tham khảo'). SIGNATURE: authority printed 'KT. CỤC TRƯỜNG' (OCR of TRƯỞNG), title printed 'LÓ CỤC TRƯỞNG' (OCR of PHÓ CỤC TRƯỞNG), the signer's name is NOT in the text layer → name '' (DEBATABLE: the Nơi nhận line 'PCT. Vương Thành Chung' names a deputy director, but as a recipient, not as signer). DISTRIBUTION: the OCR bullets '~' and '-' dropped, trailing ',' ';' '.' dropped; stamp debris 'NN' after 'Cục trưởng (để báo cáo);' not kept. OBLIGATIONS (3): items 1, 3, 4 are interpretations (what the law says / who is competent) → not obligations (item 1 '… có thể chủ động lựa chọn thời điểm …' is read as an explanation, not a permission granted by this letter; DEBATABLE). Item 2's second paragraph '… đề nghị nghiên cứu thực hiện theo nguyên tặc sau: Căn cứ …' → obligation of the recipient (addressee not printed in the sentence; the Kính gửi recipient). Item 5 'Đề nghị tham khảo Công văn số 597/HC-QLHC …' → obligation (a request to consult an enclosed letter; DEBATABLE, weak). Item 6 '… đề nghị Cục\\nquan liên hệ với Cục Thương mại điện tử và Kinh tế sô - Bộ Công Thương …' → addressee 'Cục Hải quan' (OCR printed 'Cục quan'; the name is printed in Kính gửi), the Cục TMĐT is the body to contact, not a support → support null. Closing 'Trân trọng./.' not an obligation.",
}, 'cuchc-813-hc-cnhc-2026')

# ---------------------------------------------------------------- 24/HDLN
BODIES = ['Bộ Công an', 'Bộ Quốc phòng', 'Bộ Y tế', 'Bộ Công Thương', 'Bộ Tài chính',
          'Viện kiểm sát nhân dân tối cao', 'Tòa án nhân dân tối cao']
SIGS = [
  {'authority': ['KT. BỘ TRƯỞNG', 'BỘ QUỐC PHÒNG'], 'title': 'THỨ TRƯỞNG', 'name': 'Thượng tướng Nguyễn Văn Gấu'},
  {'authority': ['KT. BỘ TRƯỞNG', 'BỘ CÔNG AN'], 'title': 'THỨ TRƯỞNG', 'name': 'Thượng tướng Nguyễn Văn Long'},
  {'authority': ['KT. BỘ TRƯỞNG', 'BỘ Y TẾ'], 'title': 'THỨ TRƯỞNG', 'name': 'Trần Văn Thuấn'},
  {'authority': ['KT. BỘ TRƯỞNG', 'BỘ CÔNG THƯƠNG'], 'title': 'CÔNTHỨ TRƯỞNG', 'name': 'Trưong Thanh Hoài'},
  {'authority': ['KT. BỘ TRƯỞNG', 'BỘ TÀI CHÍNH'], 'title': 'THỨ TRƯỞNG', 'name': 'Nguyen Đức Chi'},
  {'authority': ['KT. VIỆN TRƯỞNG', 'VIỆN KIỆM SÁT NHÂN DÂN TỐI CAO'], 'title': 'PHÓ VIỆN TRƯỞNG', 'name': 'Trần Hải Quân'},
  {'authority': ['KT. CHÁNH ÁN', 'TÒA ÁN NHÂN DÂN TÓI CAO'], 'title': 'PHÓ CHÁNH ÁN', 'name': 'Lê Tiến'},
]
write({
  'source': RF + 'e3d29a7e19333e8271274f219ace1977e1d857be/hc-sct-vn/skills/hc-sct-vn/van-ban-goc/06-danh-muc-cong-van/Huong-dan-lien-nganh-24-N2O.txt (read_file id 70597814497)',
  'kind': 'state', 'parent_issuer': '',
  'issuer': 'BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ Y TẾ - BỘ CÔNG THƯƠNG - BỘ TÀI CHÍNH - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO',
  'issuer_as_printed': 'BỘ CÔNG AN BỘ QUỐC PHÒNG BỘ Y TẾ BỘ CÔNG THƯƠNG BỘ TÀI CHÍNH VIỆN KIỂM SÁT NHÂN DÂN TÓI CAO TÒA ÁN NHÂN DÂN TÓI CAO',
  'number': '24', 'symbol': '24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC',
  'symbol_as_printed': '24 /HDLN-BCA-BQP-BYT- \u0412\u0421\u0422-\u0412\u0422C-VKSNDTC-TANDTC',
  'type': 'Hướng dẫn liên ngành', 'type_code': 'HDLN', 'place': 'Hà Nội', 'date': '2026-06-25',
  'subject': 'xử lý đối với hành vi vi phạm liên quan đến sản xuất, buôn bán, vận chuyển, tàng trữ N2O', 'urgency': '',
  'recipients': [],
  'citations': [
    {'type': 'Nghị quyết', 'symbol': '173/2024/QH15', 'date': '2024-11-30', 'issuer': 'Quốc hội', 'relation': 'legal_basis'},
    {'type': 'Công văn', 'symbol': '3584/BYT-KCB', 'date': '2026-05-19', 'issuer': 'Bộ Y tế', 'relation': 'legal_basis'},
    {'type': 'Bộ luật', 'name': 'Bộ luật Hình sự', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '250/2025/NĐ-CP', 'date': None, 'issuer': '', 'relation': 'mentions'},
  ],
  'truncated': False,
  'signature': SIGS[1],
  'signatures_all': SIGS,
  'distribution': ['Bộ Công an', 'Bộ Quốc phòng', 'Viện kiểm sát nhân dân tối cao', 'Tòa án nhân dân tối cao', 'Bộ Y tế',
                   'Bộ Công thương', 'Bộ Tài chính',
                   'Lưu: VT (BCA, BQP, VKSNDTC, TANDTC, BY\u0422, \u0412\u0421\u0422, \u0412TC), C04-\u0412\u0421\u0410'],
  'obligations': [
    ob('Việc sản xuất, buôn bán, vận chuyển, tàng trữ N2O để sử', '1', [], modality='prohibition'),
    ob('Việc xác định giá trị hàng hoá (N2O) để làm căn cứ', '2', []),
    ob('Bộ Công an, Bộ Quốc phòng, Bộ Y tế, Bộ Công Thương,', '3', BODIES),
  ],
  'notes': "RENDERING: the repository's pdftotext -layout text layer of a signed 2-page PDF (first line '[Bản trích chữ tự động bằng pdftotext …]'): the seven-issuer header is interleaved with the motto column and '-' rules ('BỘ CÔNG AN BỘ QUỐC PHÒNG' / '- - CỘNG HOÀ …' / 'BỘ Y TẾ  BỘ CÔNG THƯƠNG' …, 'TÓI CAO' for TỐI CAO), the symbol is split over two lines with the place/date between them, and its second line is typed with CYRILLIC homoglyphs ('ВСТ-ВТC' = U+0412 U+0421 U+0422 … , also 'BYТ', 'C04-ВСА' in the Lưu line); page number '2' on page 2; seven signature blocks in two rows with stamp debris ('tieehs', 'ING', 'SA', 'KI', 'VIEN *'). COPY: the display dropped one character, located by reads at offsets 3,130 and 3,140 (stored offset 3,139, the page break before the page-2 number line) and restored as a form feed (U+000C) → 5,465 = stored. HEADER: joint Hướng dẫn liên ngành of 7 bodies; issuer canonical joined with ' - ' (corpus caselaw-02-2011 precedent), issuer_as_printed = the printed issuer pieces in reading order (not contiguous in the text: interleaved with the motto → explained check miss); symbol canonical with Latin letters 'BCT-BTC', symbol_as_printed keeps the Cyrillic and the line split (not contiguous: the date sits between the two halves → explained check miss); type 'Hướng dẫn liên ngành', type_code 'HDLN'; no Kính gửi → recipients []; subject without 'Về việc'. CITATIONS: 173/2024/QH15 and 3584/BYT-KCB are 'Căn cứ' → legal_basis; 'Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017, 2024, 2025)' name citation; 250/2025/NĐ-CP mentions (no issuer printed). SIGNATURE: the schema holds one signature; recorded the Bộ Công an block (first issuer of the header and of the symbol; printed top right), all seven blocks as printed in the extra field signatures_all (DEBATABLE: the top-left Bộ Quốc phòng block comes first in reading order). Printed forms kept: 'CÔNTHỨ TRƯỞNG' (stamp text glued to THỨ TRƯỞNG), 'Trưong Thanh Hoài', '*Nguyen Đức Chi' (stamp '*' dropped), 'VIỆN KIỆM SÁT', 'TÓI CAO'. DISTRIBUTION: 'Bộ Y tế:' printed with ':' → dropped like ';'; 'Bộ Tài chính;' printed without its '-' bullet; the Lưu line keeps its Cyrillic letters. OBLIGATIONS (3): item 1 second paragraph '… là hành vi bị nghiêm cấm' → PROHIBITION with addressees [] (a ban stated by the guidance itself; DEBATABLE: it restates NQ 173/2024/QH15); item 1 first and third paragraphs are definition / reference to specialised law → not entries (DEBATABLE for the third: '… được thực hiện theo quy định pháp luật chuyên ngành'); item 2 '… cần tuân thủ các quy định về căn cứ và phương pháp định giá …' → obligation with addressees [] (whoever values the goods); item 3 Tổ chức thực hiện: the seven bodies 'có trách nhiệm chỉ đạo và tổ chức thực hiện Hướng dẫn này' → execution obligation, addressees the seven bodies as printed in that sentence.",
}, 'hdln-24-hdln-2026')

# ---------------------------------------------------------------- 1178/ĐCK-CTT
LC = 'Sở Công Th\u01a3\u01a1ng tỉnh Lào Cai'
DP = 'địa ph\u01a3\u01a1ng'
write({
  'source': RF + '23aefafe7c9842911684663f3c34ed0ec31c78ec/kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.txt (read_file id 70241687370)',
  'kind': 'state', 'parent_issuer': 'BỘ CÔNG THƯƠNG', 'parent_issuer_as_printed': 'BỘ CÔNG TH\u01a2\u01a0NG',
  'issuer': 'CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG',
  'number': '1178', 'symbol': '1178/ĐCK-CTT',
  'type': 'Công văn', 'type_code': '', 'place': 'Hà Nội', 'date': '2025-07-09',
  'subject': 'h\u01b0\u01a1ng dẫn về công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới'.replace('h\u01b0\u01a1ng', 'h\u01a3\u1edbng'),
  'urgency': '',
  'recipients': [LC],
  'citations': [
    {'type': 'Công văn', 'symbol': '212/SCT-QLCN', 'date': '2025-07-03', 'issuer': LC, 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '139/2025/NĐ-CP', 'date': '2025-06-12', 'issuer': 'Chính phủ', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '32/2024/NĐ-CP', 'date': None, 'issuer': '', 'relation': 'mentions'},
  ],
  'truncated': False,
  'signature': {'authority': ['KT. CỤC TRƯỞNG'], 'title': 'PHÓ CỤC TRƯỞNG', 'name': 'Nguyễn Văn Thịnh'},
  'distribution': ['Nh\u01a3 trên', 'Thứ tr\u01a3ởng Nguyễn Sinh Nhật Tân (để b/c)', 'Cục tr\u01a3ởng (để b/c)', 'L\u01a3u: VT, CTT. Phunt'],
  'obligations': [
    ob('Vì vậy, đề nghị ' + DP + ' căn cứ địa giới hành chính', '2', [DP]),
    ob('điều chỉnh Quyết định thành lập, mở rộng CCN (nếu có) trên', '2', [DP], product='quyết định'),
  ],
  'notes': "RENDERING: the repository's pdftotext -layout text layer of a 1-page signed PDF (first line '[Bản trích chữ tự động bằng pdftotext …]'); the PDF font maps ư to U+01A3 'ƣ' (LATIN SMALL LETTER OI) and Ư to U+01A2 in some words ('BỘ CÔNG THƢƠNG', 'Thƣơng', 'nhƣ', 'đƣợc', 'hƣớng', 'Lƣu') but not in others ('TRƯỞNG', 'Ủy'), and 'CỘNG HÕA' for HÒA; the three-line issuer's first line is interleaved with the motto; the signature block is interleaved with the Nơi nhận list ('Nơi nhận:   KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG' between two Nơi nhận lines); copy identical to the stored file (2,427 code points). HEADER: parent_issuer canonical 'BỘ CÔNG THƯƠNG' with the printed 'BỘ CÔNG THƢƠNG' in the extra field parent_issuer_as_printed (new field; issuer_as_printed is for the issuer line); issuer = the three lines joined (the first line is interleaved with 'Độc lập - Tự do - Hạnh phúc'; the label check passes only because the body repeats the Cục's full name); symbol printed '1178 /ĐCK-CTT' (spacing only); subject and recipient kept as printed with 'ƣ'. The letter answers the Sở Công Thương of Lào Cai, but the ISSUER is a central Cục of the Bộ Công Thương (the brief's 'avoid Lào Cai' read as 'no Lào Cai issuer'; DEBATABLE). CITATIONS: 212/SCT-QLCN mentions ('nhận được Công văn số …'); 139/2025/NĐ-CP and 32/2024/NĐ-CP mentions. OBLIGATIONS (2): item 1 'Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên …' states who is competent under NĐ 139 → not an entry (DEBATABLE: it can be read as an assignment to UBND cấp tỉnh). Item 2 '… Vì vậy, đề nghị địa phƣơng căn cứ địa giới hành chính mới … để xác định địa điểm …; điều chỉnh Quyết định thành lập, mở rộng CCN (nếu có) trên địa bàn.' → split in two clauses (different product: the second asks for amended decisions → product 'quyết định'), text_starts = the clauses' first words (the paragraph itself begins 'Hiện nay, cả nƣớc đã hoàn thành việc sắp xếp …'; DEBATABLE: one entry with the paragraph start); addressee 'địa phƣơng' as printed (the letter uses it for the province and its Sở). Closing 'Trên đây là ý kiến trao đổi của Cục ĐCK để Quý Sở nghiên cứu, thực hiện theo quy định pháp luật./.' is a transmittal formula → not recorded (corpus17 convention).",
}, 'cucdck-1178-dck-ctt-2025')

# ---------------------------------------------------------------- 3109/BCT-KHCN (illegible)
SCT = 'Sở Công Thương các tỉnh/thành phố'
write({
  'source': RF + 'e3d29a7e19333e8271274f219ace1977e1d857be/attp-sct-vn/skills/attp-sct-vn/van-ban-goc/2018.04.20%203109.BCT.KHCN%20Cong%20van%20huong%20dan%20thuc%20hien%20cong%20tac%20quan%20ly%20an%20toan%20thuc%20pham.txt (read_file id 70068436735)',
  'kind': 'state', 'parent_issuer': '', 'issuer': 'BỘ CÔNG THƯƠNG',
  'number': '', 'symbol': '', 'symbol_as_printed': '34ÚŸ  mCT-KHCN',
  'type': 'Công văn', 'type_code': '', 'place': 'Hà Nội', 'date': None,
  'subject': 'tướng đân Thực hiện công 1 Nư BAN À thực phẩm', 'urgency': '',
  'recipients': [SCT],
  'citations': [
    {'type': 'Nghị định', 'symbol': '15/2018/NĐ-CP', 'date': '2018-02-02', 'issuer': 'Chính phủ', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '38/2012/NĐ-CP', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Công văn', 'symbol': '2129/BCT-KHCN', 'date': '2018-03-31', 'issuer': 'Bộ Công Thương', 'relation': 'mentions'},
    {'type': 'Luật', 'name': 'Luật Doanh nghiệp', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Luật', 'name': 'Luật an toàn thực phẩm', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Thông tư', 'symbol': '57/2015/TT-BCT', 'date': '2015-12-31', 'issuer': 'Bộ Công Thương', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '08/2018/NĐ-CP', 'date': '2018-01-15', 'issuer': 'Chính phủ', 'relation': 'mentions'},
    {'type': 'Luật', 'name': 'Luật ban hành văn bản quy phạm pháp luật', 'date': None, 'issuer': '', 'relation': 'mentions'},
    {'type': 'Nghị định', 'symbol': '105/2017/NĐ-CP', 'date': '2019-09-14', 'issuer': '', 'relation': 'mentions'},
  ],
  'truncated': False,
  'signature': {'authority': [], 'title': '', 'name': 'Nguyễn Huy Hoàn'},
  'distribution': ['Như trên', 'TTr. Trần Quốc Khánh (để b/c)', 'Cục QLTT', 'Vụ TTTN', 'Lưu: VT, KHCN'],
  'obligations': [
    ob('Các cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ phải', '1', ['Các cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ']),
    ob('Khoản 9, Điều 36 Nghị định số 15/2018/NĐ-CP, quy định cơ sở', '3',
       ['đơn vị quản lý nhà nước về an toàn thực phẩm thuộc ngành Công Thương']),
    ob('Đối với 01 siêu thị vừa sản xuất vừa kinh doanh thực', '5',
       ['cơ quan quản lý nhà nước thuộc ngành Công Thương']),
    ob('Trên đây là một số ý kiến hướng dẫn thực hiện công', '¶18', [SCT]),
  ],
  'notes': "RENDERING: the repository's tesseract OCR of a 2-page scan of a 2018 letter (first line '[OCR] [Bản trích chữ tự động bằng tesseract …]', page markers, a stray page number '3' in mid-text, margin-note debris glued to line starts: '1 AVỨCP', '` @ định', 'd, 3 bán', 'ụ, 4 2129', 'TA: lên', '€ hướng', '„} Thương', OCR damage 'thâm định', 'phâm', 'Dó đó'); copy identical to the stored file (5,148 code points). HEADER: the number, day and month are ILLEGIBLE ('số: 34ÚŸ  mCT-KHCN', 'ngày/Í0. tháng ƒnăm 2018'; the file name says 3109, 20 April 2018) → number/symbol '' with symbol_as_printed, date null (corpus13 precedent). The V/v lines are garbled ('77v tướng đân Thực hiện công' / '1 Nư BAN À thực phẩm', i.e. V/v hướng dẫn thực hiện công tác quản lý an toàn thực phẩm) → subject kept as printed without the garbled 'V/v' ('77v') (DEBATABLE: '' is the other reading). 'Kính gửi' printed 'MyKnh gửi' after debris 'lÿ đi' → recipient 'Sở Công Thương các tỉnh/thành phố'. CITATIONS (order of first full mention): 15/2018/NĐ-CP (first printed '15/2018/NĐ-\\n1 AVỨCP' with margin debris; mentions — the letter guides it but its first mention is narrative), 38/2012/NĐ-CP (own number inside NĐ 15's description → listed, mentions), 2129/BCT-KHCN, Luật Doanh nghiệp, Luật an toàn thực phẩm (the earlier 'Luật An toàn thực phẩm' inside NĐ 15's title is not counted), 57/2015/TT-BCT, 08/2018/NĐ-CP, Luật ban hành văn bản quy phạm pháp luật, 105/2017/NĐ-CP with the date printed 'ngày 14 tháng 9 năm 2019' [sic, the decree is of 2017] recorded as printed. SIGNATURE: the text layer lost the authority and title lines (KT. BỘ TRƯỞNG / THỨ TRƯỞNG) → authority [], title '', name 'Nguyễn Huy Hoàn'. OBLIGATIONS (4, DEBATABLE as a set: a guidance letter restating legal duties): item 1 '… phải tuân thủ …' → obligation of the small producers (restated Luật ATTP duty); item 3 '… việc cấp Giấy chứng nhận … sẽ do đơn vị quản lý nhà nước về an toàn thực phẩm thuộc ngành Công Thương tổ chức thâm định, cấp …' → obligation of that unit, text_start the paragraph's first words (the assigning sentence is its second sentence); item 5 '… cơ quan quản lý nhà nước thuộc ngành Công Thương chỉ cấp 01 Giấy chứng nhận …' → obligation (a restriction phrased positively; 'prohibition' is the other reading); items 2 and 4 state validity of texts → not entries. Closing 'Trên đây là … đề nghị Sở Công Thương các tỉnh/thành phố thực hiện theo chức năng …' → obligation ¶18 (every printed paragraph after Kính gửi counted, headings included, the item-5 heading broken over a blank line counted once).",
}, 'bct-3109-bct-khcn-2018')
print('written')
