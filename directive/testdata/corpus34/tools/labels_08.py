import json
def ob(ts, sec, addr, due=None, product=None, report_to=None, modality='obligation', lead=None, support=None, via=None):
    return dict(text_start=ts, section=sec, addressees=addr, lead=lead, support=support, modality=modality,
                due=due, product=product, report_to=report_to, via=via)
CN = ['Chi nhánh nước ngoài']
d = {
 "source": "https://github.com/TrizenX/viparse-corpus/blob/40ac1bb8e7ca93a6d9eb91b1d7fa09725ea53297/corpus/public-domain/tcvn3/2003-A06.rtf",
 "kind": "state", "parent_issuer": "", "issuer": "BỘ TÀI CHÍNH", "number": "08", "symbol": "08/2001/TT-BTC",
 "type": "Thông tư", "type_code": "TT", "place": "Hà Nội", "date": "2001-01-18",
 "subject": "Hướng dẫn bổ sung quy định về thuế thu nhập doanh nghiệp áp dụng đối với các chi nhánh của tổ chức nước ngoài hoạt động tại Việt Nam qui định tại Thông tư số 99/1998/TT-BTC ngày 14/7/1998",
 "urgency": "", "recipients": [],
 "citations": [
  {"type": "Thông tư", "symbol": "99/1998/TT-BTC", "date": "1998-07-14", "issuer": "Bộ Tài chính", "relation": "amends"},
  {"type": "Nghị định", "symbol": "30/1998/NĐ-CP", "date": "1998-05-13", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "13/1999/NĐ-CP", "date": "1999-03-17", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "92/1998/NĐ-CP", "date": "1998-11-10", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Nghị định", "symbol": "45/2000/NĐ-CP", "date": "2000-09-06", "issuer": "Chính phủ", "relation": "legal_basis"},
  {"type": "Luật", "symbol": None, "name": "Luật thuế Thu nhập doanh nghiệp", "date": None, "issuer": "", "relation": "mentions"},
  {"type": "Thông tư", "symbol": "90TC/TCT", "date": "1993-11-10", "issuer": "Bộ Tài chính", "relation": "replaces"},
  {"type": "Thông tư", "symbol": "04TC/TCT", "as_printed": "04 TC/TCT", "date": "1997-04-23", "issuer": "Bộ Tài chính", "relation": "replaces"},
  {"type": "Thông tư", "symbol": "118TC/TCT", "as_printed": "118 TC/TCT", "date": "1994-12-26", "issuer": "Bộ Tài chính", "relation": "replaces"},
 ],
 "truncated": False,
 "signature": {"authority": ["KT.BỘ TRƯỞNG BỘ TÀI CHÍNH"], "title": "THỨ TRƯỞNG", "name": "Vũ Văn Ninh"},
 "distribution": ["Nơi nhận", "VP Trung ương Đảng", "VP Quốc hội", "VP Chủ tịch nước", "Viện kiểm sát nhân dân tối cao",
   "Toà án nhân dân tối cao", "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Cơ quan Trung ương của các đoàn thể",
   "Công báo", "UBND, Sở tài chính, Cục thuế các tỉnh, TP", "Các Tổng cục, Cục, Vụ,Viện, đơn vị thuộc Bộ Tài chính",
   "Lưu : VP(HC,TH),TCT(HC,NV5)"][1:],
 "obligations": [
  ob("Chậm nhất sau 3 tháng kể từ ngày nộp báo cáo quyết toán", "II.2", CN,
     due={"text": "Chậm nhất sau 3 tháng kể từ ngày nộp báo cáo quyết toán thuế thu nhập doanh nghiệp của năm tính thuế", "kind": "relative",
          "relative": {"amount": 3, "unit": "month", "from": "ngày nộp báo cáo quyết toán thuế thu nhập doanh nghiệp của năm tính thuế"}},
     product="báo cáo", report_to="cơ quan thuế"),
  ob("Trong trường hợp này, Chi nhánh nước ngoài có trách nhiệm xuất trình", "II.6", CN,
     product="báo cáo", report_to="cơ quan thuế"),
  ob("Chi nhánh nước ngoài có trách nhiệm đăng ký thuế thu nhập doanh nghiệp", "III.1", CN),
  ob("Chi nhánh nước ngoài phải có trách nhiệm kê khai và nộp tờ khai", "III.2", CN,
     due={"text": "chậm nhất vào ngày 25 tháng 1 hàng năm", "kind": "recurring", "cycle": "yearly"},
     product="tờ khai", report_to="cơ quan thuế trực tiếp quản lý"),
  ob("Sau khi nhận được tờ khai, cơ quan thuế kiểm tra xác định", "III.2", ["cơ quan thuế"]),
  ob("Chi nhánh nước ngoài tạm nộp thuế hàng quý đầy đủ, đúng hạn", "III.3", CN,
     due={"text": "hàng quý", "kind": "recurring", "cycle": "quarterly"}),
  ob("Chi nhánh nước ngoài phải thực hiện quyết toán thuế với cơ quan thuế", "III.4", CN),
  ob("Chi nhánh nước ngoài phải nộp báo cáo tình hình sản xuất kinh doanh", "III.4", CN,
     due={"text": "trong thời hạn 60 ngày kể từ ngày kết thúc năm tài chính", "kind": "relative",
          "relative": {"amount": 60, "unit": "day", "from": "ngày kết thúc năm tài chính"}},
     product="báo cáo", report_to="cơ quan thuế trực tiếp quản lý"),
 ],
 "notes": (
  "RENDERING: PDF text layer made here: `soffice --headless --convert-to pdf` of the stored RTF (LibreOffice 7.4.7.2; the fonts .VnTime/.VnTimeH are not installed and were replaced by DejaVu Sans, WinAnsi-encoded, so each TCVN3 byte is drawn as the cp1252 letter in its slot), then `pdftotext -layout -enc UTF-8`. "
  "The text keeps the legacy letters (`Bé Tµi chÝnh`, `Hµ néi, ngµy 18 th¸ng 1 n¨m 2001`), but pdftotext DROPPED EVERY SOFT HYPHEN U+00AD, i.e. every TCVN3 `ư` (0xAD): `th«ng t`, `H­íng` → `Híng`, `n­íc` → `níc`, `tr­ëng` → `trëng`, `L­u` → `Lu`. Labels are written with `ư` as the document means it; the checker (tools/) deletes `ư` from labels for this file before matching (README). "
  "Other rendering effects: the header's space-padded columns are justified across the line (`Sè:   08   /2001/TT-BTC`), `Hµ` / `néi, ngµy …` split over two lines; `/2001/TT-` … `BTC` and `99/1998/TT-` / `BTC` broken at the hyphen at line ends; the two formulas of II.2 and II.6 scattered over lines; the Nơi nhận column and the signature column merged line by line (`Nơi nhận :  kt.bộ` / `trởng bộ tài chính`, `- VP Trung ương Đảng  thứ trởng`, the signer's name between `đơn vị` and `thuộc Bộ Tài chính` — this interleaving is in the source RTF's own lines, not only the PDF); a form feed at the end. "
  "HEADER: `Bé  Tµi  chÝnh`, the type line `th«ng t­` and the signature lines `kt.bé tr­ëng bé tµi chÝnh` / `thø tr­ëng` are set in .VnTimeH (typed lower case, printed as capitals): issuer `BỘ TÀI CHÍNH`, type Thông tư, authority `KT.BỘ TRƯỞNG BỘ TÀI CHÍNH` (printed without a space after `KT.`), title `THỨ TRƯỞNG`. The signature block has no separate authority line for the ministry: the one line `kt.bộ trưởng bộ tài chính` is the authority. Number printed `08 /2001/TT-BTC` (space only). Place printed `Hµ néi` → `Hà Nội`. No Kính gửi (a Thông tư): recipients []. "
  "CITATIONS: 99/1998/TT-BTC → amends from its first full mention in the subject (`Hướng dẫn bổ sung quy định … qui định tại Thông tư số 99/1998/TT-BTC`; DEBATABLE: a supplementing guidance, mentions is defensible); its issuer `Bộ Tài chính` is named at its later mentions (`… ngày 14/7/1998 của Bộ Tài chính`). 30/1998/NĐ-CP is dated `13/5/1998` in the Căn cứ line and `03/5/1998` in II.7 (source inconsistency; the Căn cứ date kept). Luật thuế Thu nhập doanh nghiệp: first named inside the title of 30/1998 (not listed there), listed at its own mention in I.2 (`theo Luật thuế Thu nhập doanh nghiệp và hướng dẫn tại …`) as mentions; Luật without number or date. The three old circulars in IV (`Các Thông tư sau đây của Bộ Tài chính không còn hiệu lực thi hành`) → replaces (the corpus precedent for `… hết hiệu lực`); old-style symbols printed `90TC/TCT`, `04 TC/TCT`, `118 TC/TCT`, canonical without the space. `Điều 37, Nghị định số 30/1998/NĐ-CP` (II.7) is the same decree, not listed again; `các hướng dẫn trước đây của Bộ Tài chính` (generic) not listed. "
  "OBLIGATIONS: a Thông tư addressed to no one; the duties are those of the defined class `Chi nhánh nước ngoài` (I.1: `… dưới đây gọi chung là Chi nhánh nước ngoài`), recorded for that class (corpus17/31 convention), and one procedure of the tax office (III.2 ¶3). Sections join the printed markers (`II/` → II, `III.` → III) with the item number. "
  "II.2 ¶2 (`Chậm nhất sau 3 tháng … có trách nhiệm phải xuất trình cho cơ quan thuế báo cáo tài chính …`) → relative 3 months from the filing of the year's tax settlement report; product báo cáo (báo cáo tài chính), report_to cơ quan thuế. II.6 ¶2 (`Trong trường hợp này … có trách nhiệm xuất trình … báo cáo kế toán …`) conditional on the tax office's choice of the allocation method; no due. "
  "III.1 registration `với cơ quan thuế địa phương (Cục thuế tỉnh, Thành phố trực thuộc trung ương)`: no product, report_to null (a registration, not a document sent; DEBATABLE). "
  "III.2 `kê khai và nộp tờ khai thuế tạm nộp cả năm … cho cơ quan thuế trực tiếp quản lý chậm nhất vào ngày 25 tháng 1 hàng năm` → recurring yearly; the day carries a month, so no `day` (corpus11/corpus20 convention; 25 January in this note); product tờ khai. "
  "III.2 ¶3 `Sau khi nhận được tờ khai, cơ quan thuế kiểm tra xác định cả năm và chia ra từng quý để thông báo cho Chi nhánh …` recorded as the tax office's procedure (addressee the class `cơ quan thuế`; `thông báo` is a verb here: product null). The tax office's powers (`có quyền yêu cầu … giải trình`, `có quyền ấn định`, `sẽ áp dụng các biện pháp thích hợp`, `sẽ căn cứ vào tài liệu … để ấn định`) are conditional powers, not recorded (DEBATABLE). "
  "III.3 `tạm nộp thuế hàng quý đầy đủ, đúng hạn theo thông báo thuế` → recurring quarterly; the next line `Thời hạn nộp thuế được ghi trong thông báo nộp thuế chậm nhất không quá ngày cuối quý` is a rule for the notice, not a separate entry. "
  "III.4 ¶1 (`phải thực hiện quyết toán thuế với cơ quan thuế và phải kê khai các chỉ tiêu theo mẫu …`) one entry (no product named beyond the form; report_to null); III.4 ¶3 `phải nộp báo cáo tình hình sản xuất kinh doanh, báo cáo kế toán …, báo cáo quyết toán thuế … cho cơ quan thuế trực tiếp quản lý trong thời hạn 60 ngày kể từ ngày kết thúc năm tài chính` → relative 60 days, product báo cáo. "
  "NOT recorded: I.1–I.3 (scope), II.1, II.3, II.4, II.7, II.8 (norms on taxable income, rate 32 %, deductibility, loss carry-forward); II.5 `Các giao dịch … phải được thực hiện trên nguyên tắc giá thị trường` (a norm on transactions, DEBATABLE); IV (entry into force after 15 days, transitional rule, the optional `có yêu cầu bằng văn bản`). "
  "DISTRIBUTION as printed (`Toà án`, `Sở tài chính`, `Vụ,Viện` glued, `Lưu : VP(HC,TH),TCT(HC,NV5)`); the entry `Các Bộ, cơ quan ngang Bộ, cơ quan / thuộc Chính phủ` and `Các Tổng cục, … đơn vị / thuộc Bộ Tài chính` run over two lines in the source and are one entry each; the latter is interleaved with the signer's name in every rendering (the checker matches distribution entries after removing the signature strings from the text)."
 )
}
json.dump(d, open(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', 'btc-08-2001-tt-btc.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
