import json
def ob(ts, sec, addr, due=None, product=None, report_to=None, modality='obligation', lead=None, support=None, via=None):
    return dict(text_start=ts, section=sec, addressees=addr, lead=lead, support=support, modality=modality,
                due=due, product=product, report_to=report_to, via=via)
def C(t, s, d, i, r, **k):
    x = {"type": t, "symbol": s}; x.update(k); x.update({"date": d, "issuer": i, "relation": r}); return x
def N(t, name, r):
    return {"type": t, "symbol": None, "name": name, "date": None, "issuer": "", "relation": r}
d = {
 "source": "https://github.com/TrizenX/viparse-corpus/blob/40ac1bb8e7ca93a6d9eb91b1d7fa09725ea53297/corpus/public-domain/tcvn3/2003-A28.rtf",
 "kind": "state", "parent_issuer": "", "issuer": "BỘ TÀI CHÍNH", "number": "40", "symbol": "40/2000/TT-BTC",
 "symbol_as_printed": "40 /2000/TT/BTC",
 "type": "Thông tư", "type_code": "TT", "place": "Hà Nội", "date": "2000-05-15",
 "subject": "Hướng dẫn thi hành Quyết định số 176/1999/QĐ-TTg ngày 26/8/1999 của Thủ tướng Chính phủ về việc miễn thuế nhập khẩu đối với nguyên vật liệu",
 "urgency": "", "recipients": [],
 "citations": [
  C("Quyết định", "176/1999/QĐ-TTg", "1999-08-26", "Thủ tướng Chính phủ", "implements"),
  C("Nghị định", "10/1998/NĐ-CP", "1998-01-23", "Chính phủ", "legal_basis"),
  C("Quyết định", "29/1998/QĐ-TTg", "1998-02-09", "Thủ tướng Chính phủ", "legal_basis"),
  C("Quyết định", "53/1999/QĐ-TTg", "1999-03-26", "Thủ tướng Chính phủ", "legal_basis"),
  C("Nghị định", "51/1999/NĐ-CP", "1999-07-03", "Chính phủ", "mentions"),
  C("Luật", "03/1998/QH10", None, "", "mentions", name="Luật khuyến khích đầu tư trong nước (sửa đổi)", as_printed="03/1998/QH 10"),
  C("Nghị định", "52/1999/NĐ-CP", "1999-07-08", "Chính phủ", "mentions"),
  N("Luật", "Luật thuế xuất khẩu, thuế nhập khẩu", "mentions"),
  N("Luật", "Luật thuế tiêu thụ đặc biệt", "mentions"),
  N("Luật", "Luật thuế giá trị gia tăng", "mentions"),
  C("Thông tư", "63/1998/TT-BTC", "1998-05-13", "Bộ Tài chính", "replaces"),
  C("Thông tư", "89/1999/TT-BTC", "1999-07-16", "Bộ Tài chính", "replaces"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT/BỘ TRƯỞNG BỘ TÀI CHÍNH"], "title": "THỨ TRƯỞNG", "name": "Phạm Văn Trọng"},
 "distribution": ["Văn phòng TW Đảng", "VP Quốc hội, VP Chủ tịch nước", "Viện kiểm sát NDTC, Toà án NDTC",
   "Các Bộ, cơ quan ngang Bộ, cơ quan khác thuộc Chính phủ", "Cơ quan TW của các đoàn thể",
   "UBND, Sở Tài chính, Cục thuế các tỉnh, thành phố thuộc TW", "Các đơn vị trực thuộc Bộ", "Lưu: VP (HC,TH) TCT (HC,NV3)"],
 "obligations": [
  ob("Trên cơ sở quy định tại điểm 1 và điểm 2 mục II nêu", "II.3", ["Bộ Thương mại"], product="danh mục"),
  ob("Căn cứ danh mục mặt hàng nhập khẩu miễn thuế của Bộ Thương mại", "II.3", ["Cục Hải quan tỉnh, thành phố"]),
  ob("Định kỳ hàng quí các Cục Hải quan phải tập hợp báo cáo", "II.3", ["Cục Hải quan"],
     due={"text": "Định kỳ hàng quí", "kind": "recurring", "cycle": "quarterly"}, product="báo cáo", report_to="Tổng Cục Hải quan"),
  ob("Nguyên vật liệu, bán thành phẩm nhập khẩu miễn thuế của các doanh nghiệp phải", "III", ["các doanh nghiệp"],
     due={"text": "02 (hai) ngày kể từ ngày thay đổi mục đích sử dụng", "kind": "relative",
          "relative": {"amount": 2, "unit": "day", "from": "ngày thay đổi mục đích sử dụng"}}),
  ob("Hàng hoá sử dụng vào mục đích khác với mục đích được miễn thuế nhập", "III", ["các doanh nghiệp"]),
  ob("Hàng năm chậm nhất đến ngày 31/3 doanh nghiệp phải báo cáo với cơ quan", "III", ["doanh nghiệp"],
     due={"text": "Hàng năm chậm nhất đến ngày 31/3", "kind": "recurring", "cycle": "yearly"}, product="báo cáo", report_to="cơ quan Hải quan"),
  ob("Cục thuế các tỉnh, thành phố chịu trách nhiệm quyết toán việc sử dụng", "III", ["Cục thuế các tỉnh, thành phố"]),
  ob("Đến năm thứ 5 (năm miễn thuế cuối cùng) trên cơ sở định mức", "III", [],
     due={"text": "trong thời hạn 2 (hai) ngày sau khi quyết toán", "kind": "relative",
          "relative": {"amount": 2, "unit": "day", "from": "quyết toán toàn bộ số nguyên vật liệu, bán thành phẩm nhập khẩu"}}),
  ob("Trong quá trình quản lý thu thuế của các doanh nghiệp, cơ quan quản lý", "III", ["cơ quan quản lý thu thuế của doanh nghiệp"]),
  ob("Trong quá trình thực hiện nếu có vướng mắc, đề nghị các đơn vị phản", "IV", ["các đơn vị"], report_to="Bộ Tài chính"),
 ],
 "notes": (
  "RENDERING: `pandoc 2.17.1.1 -f rtf -t plain --wrap=preserve` of the stored RTF, made here. pandoc decodes the `\\'xx` escapes by the RTF's code page (`\\ansicpg1252`), so each TCVN3 byte comes out as the Latin-1 letter in its slot (`Bé tµi chÝnh`, `Hµ néi, ngµy 15 th¸ng 5 n¨m 2000`); all 160 soft hyphens U+00AD (TCVN3 `ư`, stored `\\'ad`) survive (`Th«ng t­`, `n­íc`). Rendering effects: space runs collapsed, so the two header columns run together per line (`Bé tµi chÝnh céng hoµ x· héi chñ nghi· viÖt nam`, `Sè: 40 /2000/TT/BTC ------`); every paragraph separated by a blank line; the signature lines come BEFORE the Nơi nhận list (source order: the signature block is typed above it) and the signer's name stands after the entry `UBND, Sở Tài chính, Cục thuế các tỉnh, / thành phố thuộc TW` (on the same source line); the footer `tthd176` and page field are not in the text. "
  "HEADER: `Bé tµi chÝnh`, the type line `th«ng t­` and `kt/bé tr­ëng bé tµi chÝnh` / `thø tr­ëng` are in .VnTimeH (typed lower case, print as capitals) → issuer `BỘ TÀI CHÍNH`, type Thông tư, authority `KT/BỘ TRƯỞNG BỘ TÀI CHÍNH` (slash as printed), title `THỨ TRƯỞNG`. The motto is misspelt in the source (`chñ nghi·` = `chủ nghiã`). Number printed `40 /2000/TT/BTC` (slash for the dash): canonical `40/2000/TT-BTC`, printed form in symbol_as_printed. Place `Hµ néi` → Hà Nội. A Thông tư with no Kính gửi: recipients []. "
  "CITATIONS: 176/1999/QĐ-TTg → implements (first full mention in the subject `Hướng dẫn thi hành …`), although it is also the fourth Căn cứ line. 10/1998/NĐ-CP, 29/1998/QĐ-TTg, 53/1999/QĐ-TTg legal_basis. 51/1999/NĐ-CP mentions (I.1, `Danh mục C ban hành kèm theo Nghị định số 51/1999/NĐ-CP …`); inside its description the law `Luật khuyến khích đầu tư trong nước (sửa đổi) số 03/1998/QH 10` carries its own number → listed, as_printed `03/1998/QH 10`, no date printed. 52/1999/NĐ-CP mentions (the Quy chế quản lý đầu tư và xây dựng ban hành kèm theo it; the Quy chế itself has no number of its own, not listed). Three laws named without number (Luật thuế xuất khẩu, thuế nhập khẩu; Luật thuế tiêu thụ đặc biệt; Luật thuế giá trị gia tăng) → mentions by name. `thay thế các qui định tại điểm 1.3, mục III, phần B Thông tư số 63/1998/TT-BTC …; điểm 1.b, mục II, phần thứ hai Thông tư số 89/1999/TT-BTC … của Bộ Tài chính` → replaces for both (a partial replacement; amends is defensible); `của Bộ Tài chính` read as distributive over both. Điều 3 of 29/1998 and Điều 11 of 53/1999 (I.1, I.3) are the same decisions, not listed again. "
  "OBLIGATIONS: section I (eligibility, exemption periods) is norm text: not recorded. II.1 and II.2 are dossier lists for applicants (`- Công văn đề nghị … gửi Bộ Thương mại`, `- Kế hoạch nhập khẩu …`, permits, certificates) under lead-ins `… thực hiện như sau:`; they describe what an application contains (conditional on applying) and are NOT recorded (DEBATABLE: the application letter to Bộ Thương mại could be read as a filing duty). "
  "II.3 `Bộ Thương mại xét duyệt danh mục mặt hàng nhập khẩu miễn thuế …` → Bộ Thương mại, product danh mục (text_start the paragraph's opening words, the body comes late in the sentence). II.3 ¶2 split per clause (corpus25 convention): `Cục Hải quan tỉnh, thành phố nơi đơn vị đăng ký … sẽ theo dõi làm thủ tục miễn thuế …` (procedure, no due) and `Định kỳ hàng quí các Cục Hải quan phải tập hợp báo cáo … gửi về Tổng Cục Hải quan, Bộ Tài chính, Bộ Thương mại` → recurring quarterly, product báo cáo, report_to the FIRST of three recipients (Tổng Cục Hải quan; Bộ Tài chính and Bộ Thương mại in this note, as corpus33 did). "
  "III ¶1: the exempted materials `phải được sử dụng theo đúng mục đích …`; the duty with a deadline is the declaration and back-payment `Thời hạn kê khai truy nộp thuế là 02 (hai) ngày kể từ ngày thay đổi mục đích sử dụng` → relative 2 days; addressee `các doanh nghiệp` (the owners named in the sentence). III ¶2 `các doanh nghiệp phải khai báo với cơ quan Hải quan nơi nhượng bán … hoặc … nơi doanh nghiệp đăng ký tờ khai` → no product, report_to null (a declaration; its deadline is the 2 days of ¶1, referred to by `Quá thời hạn trên`, not repeated). III ¶3 split: the yearly report `Hàng năm chậm nhất đến ngày 31/3 doanh nghiệp phải báo cáo với cơ quan Hải quan và cơ quan thuế trực tiếp quản lý doanh nghiệp …` → recurring yearly (the day carries a month: no `day`, 31 March here; corpus11/corpus20 convention), product báo cáo, report_to the first of two bodies (`cơ quan Hải quan`; `cơ quan thuế trực tiếp quản lý doanh nghiệp` in this note); and `Cục thuế các tỉnh, thành phố chịu trách nhiệm quyết toán …` (no due). III ¶4 (how back-tax is computed) is norm text. III ¶5 `Đến năm thứ 5 … trong thời hạn 2 (hai) ngày sau khi quyết toán … sẽ phải kê khai, truy thu nộp đủ thuế nhập khẩu` names no performer (the enterprise is implied) → addressees [] ; relative 2 days from the final settlement (DEBATABLE reading of a garbled sentence). III ¶6 `cơ quan quản lý thu thuế của doanh nghiệp có trách nhiệm giám sát …` recorded; the Cục trưởng Cục thuế's power `được quyền ra quyết định truy thu …` not recorded (a power). "
  "IV ¶1 entry into force and replacement: not an obligation. IV ¶2 the conditional closing demand `Trong quá trình thực hiện nếu có vướng mắc, đề nghị các đơn vị phản ảnh về Bộ Tài chính …` → addressee `các đơn vị`, report_to Bộ Tài chính, product and due null (conditional reporting convention). "
  "DISTRIBUTION as printed (`Toà án NDTC`, `Lưu: VP (HC,TH)` / `TCT (HC,NV3)` one entry over two lines); `Các Bộ, cơ quan ngang Bộ, cơ quan / khác thuộc Chính phủ` and `UBND, Sở Tài chính, Cục thuế các tỉnh, / thành phố thuộc TW` run over two source lines, one entry each; the latter is followed on its line by the signer's name (the checker matches distribution entries after taking the signature strings out of the text)."
 )
}
json.dump(d, open(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', 'btc-40-2000-tt-btc.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
