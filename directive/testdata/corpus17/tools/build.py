"""Writes the corpus17 gold JSON files and figures.json (this helper's own tool)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
def txt(name): return open(os.path.join(ROOT, name + '.txt'), encoding='utf-8').read()

def ts(text, anchor, n=12):
    """first n whitespace tokens of the text starting at anchor (must be unique-ish; first hit)"""
    i = text.find(anchor)
    assert i >= 0, anchor
    return ' '.join(text[i:].split()[:n])

def ob(text, anchor, section, addressees, lead=None, support=None, modality='obligation', due=None,
       product=None, report_to=None, via=None, n=12):
    return {"text_start": ts(text, anchor, n), "section": section, "addressees": addressees,
            "lead": lead, "support": support, "modality": modality, "due": due,
            "product": product, "report_to": report_to, "via": via}

def cit(type_, symbol, date, issuer, relation, **kw):
    c = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    c.update(kw); return c

SKILL = "https://github.com/Trangsct/skill-sct/blob/"
docs = {}

# ---------------------------------------------------------------- 1894
T = txt('laocai-1894-tb-sct-2026')
cos = ["Công ty cổ phần Xây dựng giao thông Yên Bái", "Tổng công ty Xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú"]
docs['laocai-1894-tb-sct-2026'] = {
 "source": SKILL + "3f0ad7acae684a859c045568a83d5a0d9779cfe9/sd-vlncn-sct-vn/skills/sd-vlncn-sct-vn/vi-du-thuc-te/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.txt (read_file id 54634570303)",
 "kind": "state", "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
 "number": "1894", "symbol": "1894/TB-SCT", "symbol_as_printed": "1894 /TB-SCT",
 "type": "Thông báo", "type_code": "TB", "place": "Lào Cai", "date": "2026-04-09",
 "subject": "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Quyết định", "1050/QĐ-SCT", "2026-03-06", "Giám đốc Sở Công Thương", "implements"),
  cit("Kế hoạch", "1105/KH-ĐKT", "2026-03-10", "", "implements"),
  cit("Quyết định", "1268/QĐ-SCT", "2026-03-16", "Giám đốc Sở Công Thương", "mentions"),
  cit("Thông tư", "23/2024/TT-BCT", "2024-11-07", "Bộ Công Thương", "mentions"),
  cit("Luật", "", "2024-06-29", "", "mentions", name="Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"),
  cit("Nghị định", "181/2024/NĐ-CP", "2024-12-31", "Chính phủ", "mentions"),
  cit("Quy chuẩn kỹ thuật quốc gia", "QCVN 01:2019/BCT", None, "Bộ Công Thương", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. GIÁM ĐỐC"], "title": "PHÓ GIÁM ĐỐC", "name": "Hoàng Văn Thuân"},
 "distribution": ["Công ty CP XD Giao thông Yên Bái", "Tổng công ty xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú",
                  "Ban Giám đốc Sở", "Lưu: VT, CN(M.Cường)"],
 "obligations": [
  ob(T, "Đề nghị Công ty tiếp tục tăng cường", "2", cos),
  ob(T, "Tiếp tục thực hiện giám sát việc lập hộ chiếu", "2", cos),
  ob(T, "Về kho VLNCN: Tăng cường rà soát", "2", cos),
  ob(T, "Nghiêm chỉnh chấp hành, thực hiện đúng", "2", cos),
 ],
 "notes": ("TRANSCRIPTION: pdftotext -layout text layer kept by the repository (a signed PDF of the Sở Công Thương Lào Cai), copied from read_file's JSON string and decoded with Python; the display drops form feeds, so the copy was 2 code points short (4,362 vs 4,364): one form feed restored before the page-number line '2' (inferred: 1 before offset 4,330 by a read at that offset) and one at the end (located: a read at offset 4,330 shows one code point fewer than the stored length); identical length now. "
  "HEADER: parent_issuer/issuer are the two left header lines ('UBND TỈNH LÀO CAI' / 'SỞ CÔNG THƯƠNG'); motto printed 'CỘNG HÕA' (Õ for Ò) — not a label. Symbol printed 'Số: 1894 /TB-SCT' (space before the slash). Subject kept as printed, including the typo 'công ghiệp'. No Kính gửi: recipients []. "
  "CITATIONS: 1050/QĐ-SCT and 1105/KH-ĐKT in the opening 'Thực hiện …' sentence → implements; 1105's issuer is not named after 'của' → ''; 1268/QĐ-SCT (the approval of 1105, nested in its description with its own number) → mentions, issuer the Giám đốc Sở Công Thương named as approving (DEBATABLE: ''). In the kiến nghị: Thông tư 23/2024/TT-BCT (first full mention 'theo quy định tại Thông tư số …') → mentions; the 2024 law without number (name + date) → mentions with name; Nghị định 181/2024/NĐ-CP → mentions; the national technical regulation QCVN 01:2019/BCT listed as a citation of type 'Quy chuẩn kỹ thuật quốc gia' without date (DEBATABLE: a standard, not a legal document number). The law's name inside 181's title is not listed again. "
  "OBLIGATIONS: section '2. Kiến nghị' lead-in 'Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:' → its four '-' bullets, one entry each (section '2'). Addressees: 'đơn vị nêu trên' refers to the three companies named in section 1; the entries list the three companies by their names in section 1 (DEBATABLE: the class 'đơn vị nêu trên' as printed, or 'Công ty' of bullet 1). Bullet 3 'Tăng cường thêm lực lượng bảo vệ và tổ chức bảo vệ 24/24' is not a deadline (due null). The closing 'Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.' is a transmittal formula and NOT recorded (corpus14 rule). Section 1 (results) assigns nothing.")
}

# ---------------------------------------------------------------- 216
T = txt('cucatmt-216-atmt-atd-2026')
docs['cucatmt-216-atmt-atd-2026'] = {
 "source": SKILL + "e3d29a7e19333e8271274f219ace1977e1d857be/qlks-sct-vn/skills/qlks-sct-vn/van-ban-goc/CV-216-ATMT-ATD-30-01-2026-huong-dan-nao-vet-ket-hop-thu-hoi-KS-long-ho-thuy-dien.txt (read_file id 70833604058)",
 "kind": "state", "parent_issuer": "BỘ CÔNG THƯƠNG", "issuer": "CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP",
 "number": "216", "symbol": "216/ATMT-ATĐ", "type": "Công văn", "type_code": "", "place": "Hà Nội", "date": "2026-01-30",
 "subject": "hướng dẫn thực hiện hoạt động nạo vét kết hợp thu hồi sản phẩm là khoáng sản trong lòng hồ thủy điện",
 "urgency": "", "recipients": ["Sở Công Thương tỉnh Lài Cai"],
 "citations": [
  cit("Công văn", "472/SCT-NL", "2026-01-28", "Sở Công Thương tỉnh Lào Cai", "mentions"),
  cit("Nghị định", "62/2025/NĐ-CP", "2025-03-04", "Chính phủ", "legal_basis"),
  cit("Quyết định", "628/QĐ-BCT", "2025-03-07", "Bộ Công Thương", "legal_basis"),
  cit("Nghị định", "114/2018/NĐ-CP", None, "", "mentions"),
  cit("Nghị định", "67/2018/NĐ-CP", "2018-05-14", "Chính phủ", "mentions"),
  cit("Nghị định", "40/2023/NĐ-CP", "2023-06-27", "", "mentions"),
  cit("Luật", "", None, "", "mentions", name="Luật Điện lực"),
  cit("Luật", "", None, "", "mentions", name="Luật Địa chất và Khoáng sản năm 2024"),
  cit("Nghị định", "193/2025/NĐ-CP", "2025-07-02", "Chính phủ", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. CỤC TRƯỞNG"], "title": "PHÓ CỤC TRƯỞNG", "name": "Trịnh Văn Thuận"},
 "distribution": ["Như trên", "TT Trương Thanh Hoài (để b/c)", "Cục trưởng (để b/c)", "UBND tỉnh Lào Cai", "Lưu: VT, ATĐ (Anhch)"],
 "obligations": [
  ob(T, "Chịu trách nhiệm bảo đảm kinh phí bảo trì", "2", ["chủ đầu tư"]),
  ob(T, "Bảo đảm an toàn lao động, tuyệt đối", "2", ["chủ đầu tư"]),
  ob(T, "Bảo đảm không gây cản trở cho việc vận hành", "2", ["chủ đầu tư"]),
  ob(T, "Trường hợp thực hiện nạo vét bồi lắng lòng hồ thủy điện mà", "2", ["Sở Công Thương"]),
  ob(T, "Trên đây là ý kiến của Cục ATMT", "¶13", ["Sở Công Thương tỉnh Lào Cai"]),
 ],
 "notes": ("TRANSCRIPTION: the repository's pdftotext text layer with its own first line '[Bản trích chữ tự động bằng pdftotext … — 2 trang. …]' (kept); copied from read_file's JSON string; the copy was 1 code point short (5,310 vs 5,311): a read at offset 5,280 shows no form feed at the end, so the one missing form feed was restored before the page-number line '2' (inferred position); identical length now. The page-1 footnote ('1 6. Hoạt động thăm dò …', the footnote marker glued to the quoted clause number) is kept where pdftotext put it. "
  "HEADER: parent_issuer 'BỘ CÔNG THƯƠNG', issuer the two lines 'CỤC KỸ THUẬT AN TOÀN' + 'VÀ MÔI TRƯỜNG CÔNG NGHIỆP' joined (interleaved with the motto column in the text layer). Công văn: type from the V/v form, type_code ''. Recipient kept as printed 'Sở Công Thương tỉnh Lài Cai' (source typo for Lào Cai; the closing names 'Sở Công Thương tỉnh Lào Cai'). "
  "CITATIONS: 472/SCT-NL 'Trả lời Văn bản số …' → mentions (type Công văn from the SCT symbol; printed 'Văn bản'). Item 1 opens 'Căn cứ quy định tại Điều 42 Nghị định số 62/2025/NĐ-CP … và Quyết định số 628/QĐ-BCT …' → legal_basis by the 'Căn cứ' rule although it is body text, not a preamble (DEBATABLE: mentions). Laws inside another document's title (Luật Điện lực in 62/2025's title, Luật Thủy lợi in 67/2018's) are not listed there; Luật Điện lực is listed from its own later mention 'Khoản 61 Điều 78 Luật Điện lực'; 'Luật Địa chất và Khoáng sản năm 2024' listed by name (no number, no day). 40/2023/NĐ-CP: the 'của Chính phủ' in that sentence belongs to 67/2018 → issuer ''. "
  "OBLIGATIONS: item 1 explains the law (no assignment). Item 2 'Các nội dung cần lưu ý khi chủ đầu tư triển khai:' — its first '-' bullet 'Về bảo trì, … hồ chứa thủy điện' is a heading without a verb (not an entry); its three '+' items are recorded as obligations of 'chủ đầu tư' (the class as printed; DEBATABLE: they are points to observe addressed to investors through the Sở, not the letter's recipient); the '(i)–(iii)' items that follow 'cụ thể:' quote khoản 1 Điều 49 Nghị định 62/2025/NĐ-CP and are NOT recorded (quoted rules; (ii)/(iii) would be prohibitions). The second '-' bullet 'Trường hợp … thì đề nghị Sở Công Thương hướng dẫn chủ đầu tư …' → addressee 'Sở Công Thương' (conditional, due null; 'liên hệ với Sở Nông nghiệp và Môi trường' is the investor's step, not phối hợp → support null). The closing 'Trên đây là ý kiến của Cục ATMT, đề nghị Sở Công Thương tỉnh Lào Cai nghiên cứu, hướng dẫn …' is a closing demand → recorded, section '¶13' counting the printed body paragraphs after Kính gửi (opening 1, item 1 2, 'Việc bảo trì' 3, item 2 4, '- Về bảo trì' 5, three '+' 6–8, (i)–(iii) 9–11, '- Trường hợp' 12, closing 13; the page-1 footnote not counted — DEBATABLE, ¶14 if counted).")
}

# ---------------------------------------------------------------- 1050
T = txt('laocai-1050-qd-sct-2026')
docs['laocai-1050-qd-sct-2026'] = {
 "source": SKILL + "3f0ad7acae684a859c045568a83d5a0d9779cfe9/sd-vlncn-sct-vn/skills/sd-vlncn-sct-vn/vi-du-thuc-te/QD-1050-kiem-tra-VLNCN-2026.txt (read_file id 54519524880)",
 "kind": "state", "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
 "number": "1050", "symbol": "1050/QĐ-SCT", "symbol_as_printed": "1050 /QĐ-SCT",
 "type": "Quyết định", "type_code": "QĐ", "place": "Lào Cai", "date": "2026-03-06",
 "subject": "Kiểm tra việc chấp hành pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai năm 2026",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Luật", "42/2024/QH15", "2024-06-29", "", "legal_basis"),
  cit("Luật", "15/2012/QH13", "2012-06-20", "", "legal_basis"),
  cit("Nghị định", "189/2025/NĐ-CP", "2025-07-01", "Chính phủ", "legal_basis"),
  cit("Nghị định", "181/2024/NĐ-CP", "2024-12-31", "Chính phủ", "legal_basis"),
  cit("Nghị định", "71/2019/NĐ-CP", "2019-08-30", "Chính phủ", "legal_basis"),
  cit("Nghị định", "17/2022/NĐ-CP", "2022-01-31", "Chính phủ", "legal_basis"),
  cit("Nghị định", "217/2025/NĐ-CP", "2025-08-05", "Chính phủ", "legal_basis"),
  cit("Thông tư", "23/2024/TT-BCT", "2024-11-07", "Bộ trưởng Bộ Công Thương", "legal_basis"),
  cit("Thông tư", "32/2019/TT-BCT", "2019-11-21", "Bộ trưởng Bộ Công Thương", "legal_basis"),
  cit("Quy chuẩn kỹ thuật quốc gia", "QCVN 01:2019/BCT", None, "", "legal_basis"),
  cit("Quyết định", "05/2025/QĐ-UBND", "2025-07-01", "UBND tỉnh Lào Cai", "legal_basis"),
 ],
 "truncated": False,
 "signature": {"authority": [], "title": "GIÁM ĐỐC", "name": "Hoàng Chí Hiền"},
 "distribution": ["UBND tỉnh (để báo cáo)", "Như Điều 5", "Ban Giám đốc Sở", "Lưu: VT, CN(M.Cường)"],
 "obligations": [
  ob(T, "Xây dựng và trình Giám đốc Sở phê duyệt", "Điều 3.1", ["Đoàn kiểm tra"], product="kế hoạch", report_to="Sở Công Thương"),
  ob(T, "Yêu cầu các đối tượng kiểm tra cung cấp", "Điều 3.2", ["Đoàn kiểm tra"]),
  ob(T, "Lập biên bản kiểm tra, ghi nhận đầy đủ", "Điều 3.3", ["Đoàn kiểm tra"], product="biên bản"),
  ob(T, "Trường hợp phát hiện hành vi vi phạm hành chính, tiến hành", "Điều 3.4", ["Đoàn kiểm tra"], product="biên bản"),
  ob(T, "Kiến nghị, đề xuất với Giám đốc Sở", "Điều 3.5", ["Đoàn kiểm tra"], report_to="Sở Công Thương"),
  ob(T, "Báo cáo kết quả kiểm tra cho Giám đốc Sở", "Điều 3.6", ["Đoàn kiểm tra"],
     due={"text": "sau khi kết thúc đợt kiểm tra", "kind": "relative",
          "relative": {"amount": 0, "unit": "day", "from": "kết thúc đợt kiểm tra"}},
     product="báo cáo", report_to="Sở Công Thương"),
  ob(T, "Đoàn kiểm tra được sử dụng con dấu", "Điều 3.7", ["Đoàn kiểm tra"], modality="permission"),
  ob(T, "Nhiệm vụ cụ thể của các thành viên trong Đoàn kiểm tra do", "Điều 3.8", ["Trưởng đoàn"]),
  ob(T, "Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp,", "Điều 5.2",
     ["Văn phòng Sở", "phòng Quản lý công nghiệp", "các tổ chức cá nhân có liên quan", "các ông/bà có tên tại Điều 1"]),
 ],
 "notes": ("TRANSCRIPTION: pdftotext -layout text layer kept by the repository; copied from read_file's JSON string. The stored file has 7,490 code points, the display 7,486: four form feeds are dropped. Located by reads at offsets 2,204, 3,381, 5,331, 5,383 and 7,470: one lies before 'Điều 1' (between offset 0 and 2,203), one between 'Điều 3' and the signer's name, one right after the signer line 'Hoàng Chí Hiền' (before the annex line 'Phụ lục: DANH SÁCH …') and one at the end. The last two were restored; the first two were NOT (their exact places were not located; the text layer prints no page numbers) — the copy is 7,488 code points, 2 short of the stored file. "
  "HEADER: parent_issuer/issuer 'UBND TỈNH LÀO CAI' / 'SỞ CÔNG THƯƠNG'; symbol printed 'Số: 1050 /QĐ-SCT'. Signature: the Giám đốc signs directly (authority []). The annex line repeats the number with the year 2025 ('ngày 06 /3/2025') — the document's own number, not a citation. "
  "CITATIONS: all 'Căn cứ' lines → legal_basis, in order. Luật 42/2024/QH15 and 15/2012/QH13 printed 'Luật số …' with no issuer. 71/2019's 'củа Chính phủ' is printed with a Cyrillic 'а' (U+0430) in the text layer; the issuer label is written 'Chính phủ' (DEBATABLE: as printed). 17/2022/NĐ-CP (amending 71/2019, inside the same Căn cứ line) and QCVN 01:2019/BCT (inside 32/2019's title, its own number) are listed with the relation of the line they are nested in (legal_basis; DEBATABLE: mentions). Later mentions of 217/2025 (Điều 2.3, Điều 3) are not repeated. "
  "OBLIGATIONS: Điều 1 (establishing the team and naming its members), Điều 2 (scope; '3. Thời hạn kiểm tra … không quá 10 ngày làm việc' is the legal limit of the inspection, not an assigned deadline) and Điều 4 (funding) are not recorded. Điều 3 'Nhiệm vụ và quyền hạn của Đoàn kiểm tra … trong đó tập trung:' → its items 1–8 one entry each (section 'Điều 3.N'), addressee 'Đoàn kiểm tra' from the lead-in: 3.1 product kế hoạch, 'trình Giám đốc Sở phê duyệt' → report_to 'Sở Công Thương' (the Giám đốc's body, CONSTRUCTED as in corpus12 5116); 3.2 'Yêu cầu các đối tượng … cung cấp hồ sơ' recorded as obligation (DEBATABLE: a power); 3.4 conditional, product biên bản; 3.5 proposals to the Giám đốc → report_to 'Sở Công Thương', product null; 3.6 'sau khi kết thúc đợt kiểm tra' → relative {0, day, from the end of the inspection} (DEBATABLE: due null — no 'ngay'); 3.7 'được sử dụng con dấu' → permission; 3.8 'Nhiệm vụ cụ thể … do Trưởng đoàn phân công' → obligation of 'Trưởng đoàn' (DEBATABLE: a rule, not an assignment). Điều 5.1 'Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ' not recorded. Execution article Điều 5.2 (no due): 'Chánh Văn phòng Sở' → 'Văn phòng Sở' (constructed), 'Trưởng phòng Quản lý công nghiệp' → 'phòng Quản lý công nghiệp', classes kept as printed ('các tổ chức cá nhân có liên quan', 'các ông/bà có tên tại Điều 1').")
}

# ---------------------------------------------------------------- 1105
T = txt('laocai-1105-kh-dkt-2026')
docs['laocai-1105-kh-dkt-2026'] = {
 "source": SKILL + "3f0ad7acae684a859c045568a83d5a0d9779cfe9/sd-vlncn-sct-vn/skills/sd-vlncn-sct-vn/vi-du-thuc-te/KH-1105-DKT-ke-hoach-kiem-tra.txt (read_file id 54836639021)",
 "kind": "state", "parent_issuer": "SỞ CÔNG THƯƠNG", "issuer": "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT",
 "number": "1105", "symbol": "1105/KH-ĐKT", "type": "Kế hoạch", "type_code": "KH", "place": "Lào Cai", "date": "2026-03-10",
 "subject": "Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai",
 "urgency": "", "recipients": [],
 "citations": [
  cit("Quyết định", "1050/QĐ-SCT", "2026-03-06", "Giám đốc Sở Công Thương tỉnh Lào Cai", "implements"),
  cit("Nghị định", "217/2025/NĐ-CP", "2025-08-05", "Chính phủ", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["T/M. ĐOÀN KIỂM TRA"], "title": "TRƯỞNG ĐOÀN", "name": "Hoàng Văn Thuân"},
 "distribution": ["Giám đốc Sở (để báo cáo và phê duyệt)", "Văn phòng Sở (Bố trí kinh phí, phương tiện Phục vụ Đoàn kiểm tra)",
                  "Thành viên Đoàn (để thực hiện)", "Các đơn vị được kiểm tra (để phối hợp)", "Lưu: VT, CN(M. Cường)"],
 "obligations": [
  ob(T, "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung", "4.1", ["Hoàng Văn Thuân - Trưởng đoàn"]),
  ob(T, "Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì", "4.2", ["Đỗ Mạnh Cường - Phó Trưởng đoàn"],
     lead=["Đỗ Mạnh Cường - Phó Trưởng đoàn"], product="báo cáo"),
  ob(T, "Ông. Vũ Việt Linh - Thư ký đoàn: Chịu trách nhiệm", "4.3", ["Vũ Việt Linh - Thư ký đoàn"], product="biên bản"),
  ob(T, "Ông. Bùi Việt Cường - Thành viên: Chịu trách nhiệm", "4.4", ["Bùi Việt Cường - Thành viên"], product="biên bản"),
  ob(T, "Phương tiện cho hoạt động kiểm tra: Xe ô tô", "5.2", ["Văn phòng Sở Công Thương tỉnh Lào Cai"]),
  ob(T, "Đối với Đoàn kiểm tra: Các thành viên Đoàn", "6.1", ["Đoàn kiểm tra"]),
  ob(T, "Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo", "6.2", ["đơn vị được kiểm tra"], product="báo cáo"),
  ob(T, "Trên đây là Kế hoạch kiểm tra của Đoàn, đề nghị", "6", ["các thành viên", "đơn vị có liên quan"]),
 ],
 "notes": ("TRANSCRIPTION: pdftotext -layout text layer (6 pages, landscape annexes) kept by the repository; copied from read_file's JSON string; the display drops form feeds and the copy was 6 short (11,423 vs 11,429). Restored: before the page-number lines '2', '3', '5', '6', before the annex line 'PHỤ LỤC I' (page 4 prints no number; located by a read at offset 5,795, which shows 3 form feeds before it) and at the end (inferred). Identical length now; only the 'PHỤ LỤC I' position is located exactly. "
  "HEADER: the left header has four lines 'SỞ CÔNG THƯƠNG' / 'ĐOÀN KIỂM TRA' / 'THEO QUYẾT ĐỊNH' / 'SỐ 1050/QĐ-SCT': parent_issuer the Sở, issuer the other three joined (DEBATABLE: issuer 'ĐOÀN KIỂM TRA' only; the '1050/QĐ-SCT' in the header is part of the issuer's name, not a citation). Motto printed 'Hạnh Phúc'. Kế hoạch without Kính gửi: recipients []. Signature 'T/M. ĐOÀN KIỂM TRA' / 'TRƯỞNG ĐOÀN' / 'Hoàng Văn Thuân'; the lines printed under the name, 'PHÓ GIÁM ĐỐC' / 'SỞ CÔNG THƯƠNG LÀO CAI', are the signer's office in the Sở and are not labels. Distribution entry 2 is split over two lines interleaved with the signature column ('phương' … 'TRƯỞNG ĐOÀN' … 'tiện Phục vụ'). "
  "CITATIONS: 1050/QĐ-SCT 'Thực hiện Quyết định số …' → implements; its second mention in 3.1 carries the date 06/3/2025 (source slip) — listed once, first date. 217/2025/NĐ-CP 'theo Nghị định số …' → mentions. "
  "OBLIGATIONS: 1 Mục tiêu and 2 Yêu cầu (aims of the inspection, no body named) NOT recorded (DEBATABLE, corpus15 165 rule); 3 Đối tượng/nội dung/thời gian/địa điểm/phương thức describe the inspection (not assignments). 4 Phân công nhiệm vụ: one entry per member, addressee the person as printed without 'Ông.' ('Hoàng Văn Thuân - Trưởng đoàn', as corpus13 5085 kept a person); 4.2 'Chủ trì, phụ trách việc kiểm tra …' → lead the member himself, product báo cáo ('dự thảo Báo cáo kết quả kiểm tra'); 4.1's 'chủ trì các buổi làm việc' (presiding) is not a task lead (lead null, DEBATABLE); 4.3/4.4 'lập biên bản' → product biên bản. 5.1 (funding by law) not recorded; 5.2 'Xe ô tô 7 chỗ do Văn phòng Sở Công Thương tỉnh Lào Cai bố trí' → obligation of that office. 6.1 heading 'Đối với Đoàn kiểm tra' gives the addressee (its sentence's subject is 'Các thành viên Đoàn'; DEBATABLE); 6.2 'Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …' → product báo cáo, report_to null (not said). Closing 'đề nghị các thành viên và đơn vị có liên quan phối hợp thực hiện' → recorded as closing demand under the last top-level section '6' (as corpus15 165 put its closing under the last section); 'phối hợp thực hiện' names no partner (support null). Phụ lục I (schedule of the three inspections, dates 23/3/2026, 25/3/2025, 27/3/2025, '02 ngày') and Phụ lục II (outline of the report the units prepare) are not recorded (schedule and template).")
}

# ---------------------------------------------------------------- 3722
T = txt('vpcp-3722-vpcp-cn-2026')
docs['vpcp-3722-vpcp-cn-2026'] = {
 "source": "rendered here (pandoc 2.17.1.1, Markdown → .docx → Markdown) from src/vpcp-3722-vpcp-cn-2026.md, the page-1 transcription stored in a Python file of an OCR benchmark (read_file id 56653733104; repository/path not shown by read_file); original PDF https://datafiles.chinhphu.vn/cpp/files/vbpq/2026/4/3722-cn.signed.pdf",
 "kind": "state", "parent_issuer": "", "issuer": "VĂN PHÒNG CHÍNH PHỦ",
 "number": "3722", "symbol": "3722/VPCP-CN", "type": "Công văn", "type_code": "", "place": "Hà Nội", "date": "2026-04-28",
 "subject": "cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án kéo dài tuyến Metro Bến Thành - Suối Tiên đến Trung tâm hành chính tỉnh và Cảng hàng không quốc tế Long Thành",
 "urgency": "",
 "recipients": ["Các Bộ: Công an, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh Đồng Nai"],
 "citations": [
  cit("Tờ trình", "92/TTr-UBND", "2026-04-21", "Ủy ban nhân dân tỉnh Đồng Nai", "mentions"),
 ],
 "truncated": False,
 "signature": {"authority": ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "title": "PHÓ CHỦ NHIỆM", "name": "Phạm Mạnh Cường"},
 "distribution": ["Như trên", "Thủ tướng, PTTgTT Phạm Gia Túc (để b/c)", "UBND TP. Hồ Chí Minh",
                  "VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ: TH, PL, TGĐ Cổng TTĐT", "Lưu: VT, CN, Cm"],
 "obligations": [
  ob(T, "Giao các Bộ: Công an, Tài chính, Xây dựng", "¶2",
     ["Bộ Công an", "Bộ Tài chính", "Bộ Xây dựng", "Bộ Tư pháp", "Bộ Nông nghiệp và Môi trường"],
     due={"text": "trước ngày 10 tháng 5 năm 2026", "kind": "date", "date": "2026-05-10"},
     report_to="Thủ tướng Chính phủ"),
 ],
 "notes": ("SOURCE AND RENDERING: the stored text is a hand-corrected page-1 transcription ('ground truth by direct visual reading') of the signed PDF on chinhphu.vn, held as a Python string literal (RealDoc 'real_cv_3722_metro') in a benchmark generator file; read_file by id did not report the repository, path or commit. The letter fits on page 1, so the transcription is the whole letter (header to signer). The literal's content (1,494 code points, from 'VĂN PHÒNG CHÍNH PHỦ' to 'Phạm Mạnh Cường', without the surrounding newlines) is kept as src/vpcp-3722-vpcp-cn-2026.md and was rendered with pandoc: Markdown → .docx → Markdown. Because the source has single line breaks, pandoc flowed the header cells into one paragraph ('VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI …'), the V/v into the number line ('Số: 3722/VPCP-CN V/v …'), the Kính gửi list and the Nơi nhận list into one paragraph each ('Kính gửi: - Các Bộ: …; - Ủy ban …', 'Nơi nhận: - Như trên; - …') and the signature lines into one ('KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM'); lines are re-wrapped at 72 columns. The .txt (1,495 code points) is exactly pandoc's output. "
  "HEADER: VPCP has no parent line. Subject = the V/v text without 'V/v'. Recipients split at the printed '- ' items (the class 'Các Bộ: …' kept as one recipient). "
  "CITATIONS: 92/TTr-UBND, first mention 'Xét đề nghị … tại văn bản số …' → mentions (type Tờ trình from the symbol and its second mention 'Tờ trình số 92/TTr-UBND'). "
  "OBLIGATIONS: one — 'Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến …' (section ¶2: the opening 'Xét đề nghị …' is ¶1). Addressees CONSTRUCTED from the list ('Bộ Công an', 'Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Tư pháp', 'Bộ Nông nghiệp và Môi trường' are not verbatim). The sentence as transcribed is elliptic ('…, ý kiến của Ủy ban nhân dân tỉnh Đồng Nai trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ' — probably a lost 'gửi … tổng hợp'); labelled as printed: due date 2026-05-10, report_to 'Thủ tướng Chính phủ', product null (opinions, as corpus12 9389), lead/support null. The closing 'Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.' is a transmittal formula and NOT recorded (corpus14 rule).")
}

for name, d in docs.items():
    with open(os.path.join(ROOT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write('\n')
    print(name, len(d['obligations']))
with open(os.path.join(ROOT, 'figures.json'), 'w', encoding='utf-8') as f:
    json.dump({"documents": len(docs), "held_out": False}, f); f.write('\n')
