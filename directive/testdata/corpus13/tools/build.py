#!/usr/bin/env python3
"""Writes corpus13/<name>.json from the hand-made labels below (labels from the .txt alone)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REPO = "https://github.com/Trangsct/skill-sct/blob/"


def src(commit, path, rid):
    return f"{REPO}{commit}/{path} (read_file id {rid})"


def ob(text_start, section, addressees, lead=None, support=None, modality="obligation",
       due=None, product=None, report_to=None, via=None):
    # text_start: the first words as printed, at most 12 whitespace-separated tokens
    text_start = " ".join(text_start.split()[:12])
    return {"text_start": text_start, "section": section, "addressees": addressees,
            "lead": lead, "support": support, "modality": modality, "due": due,
            "product": product, "report_to": report_to, "via": via}


def d_date(text, date):
    return {"text": text, "kind": "date", "date": date}


def d_pend(text, date):
    return {"text": text, "kind": "period_end", "date": date}


def d_rec(text, cycle, day=None):
    d = {"text": text, "kind": "recurring", "cycle": cycle}
    if day is not None:
        d["day"] = day
    return d


def d_rel(text, amount, unit, frm):
    return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}


def d_cont(text):
    return {"text": text, "kind": "continuous"}


def cit(type_, symbol, date, issuer, relation, name=None, as_printed=None):
    c = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name is not None:
        c["name"] = name
    if as_printed is not None:
        c["as_printed"] = as_printed
    return c


DOCS = {}

# ---------------------------------------------------------------- 648/VPCP-NN
DOCS["vpcp-648-vpcp-nn-2022"] = {
    "source": src("26251982a93836bca6b3670041b3f04ac4d075b1",
                  "bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/CV-648-VPCP-NN-26-01-2022-de-an-thi-truong-cac-bon.txt",
                  "61090271771"),
    "kind": "state", "parent_issuer": "", "issuer": "VĂN PHÒNG CHÍNH PHỦ",
    "number": "648", "symbol": "648/VPCP-NN", "type": "Công văn", "type_code": "",
    "place": "Hà Nội", "date": "2022-01-26",
    "subject": "phê duyệt Đề án phát triển thị trường các-bon tại Việt Nam", "urgency": "",
    "recipients": ["Bộ Tài chính", "Bộ Tài nguyên và Môi trường"],
    "citations": [
        cit("Tờ trình", "87/TTr-BTNMT", "2021-11-26", "Bộ Tài nguyên và Môi trường", "mentions"),
        cit("Quyết định", "1775/QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật Bảo vệ môi trường năm 2020"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "title": "PHÓ CHỦ NHIỆM", "name": "Nguyễn Cao Lục"},
    "distribution": ["Như trên", "TTgCP, Phó Thủ tướng Lê Văn Thành", "Các Bộ: NN&PTNT, KHĐT, GTVT, CT, KHCN, XD, TP",
                     "VPCP: BTCN, PCN Nguyễn Cao Lục, các Vụ: PL, CN, KTTH; TGĐ Cổng TTĐT", "Lưu: VT, NN (2*b*).Thanh"],
    "obligations": [
        ob("Bộ Tài chính báo cáo tình hình thực hiện nhiệm vụ xây dựng cơ chế,", "¶2",
           ["Bộ Tài chính"], product="báo cáo"),
        ob("trên cơ sở đó chủ trì, phối hợp với Bộ Tài nguyên và Môi trường", "¶2",
           ["Bộ Tài chính"], lead=["Bộ Tài chính"],
           support=["Bộ Tài nguyên và Môi trường", "các cơ quan có liên quan"],
           product="đề án", report_to="Thủ tướng Chính phủ"),
    ],
    "notes": "TRANSCRIPTION: stored Markdown-table text (the repository's own conversion of the legal-database page: header, Kính gửi and Nơi nhận/signature as one-row pipe tables whose cells flatten their lines, '*' italics); copied from read_file's display, 1,401 code points = total_chars. Symbol/number/date from the header cell 'Số: 648/VPCP-NN *V/v …*' / '*Hà Nội, ngày 26 tháng 01 năm 2022*'. Subject: the V/v text without 'V/v' and without the italics marks. Signature cell 'KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục' split into authority / title / name. Distribution: the Nơi nhận cell split at ' - '; the last entry keeps the typist suffix and markup as printed ('Lưu: VT, NN (2*b*).Thanh'). Citations: 'Về đề nghị của … tại tại Tờ trình số 87/TTr-BTNMT' → mentions (like 'Xét Tờ trình'); 1775/QĐ-TTg and the Luật (name, no symbol) → mentions. OBLIGATIONS: the one assigning paragraph (¶2, counting the opening 'Về đề nghị …' as ¶1) holds two assignments with different products, split into two clause entries (sonla-254 rule): the report on the Bộ's own task (product báo cáo, no recipient named → report_to null), and 'trên cơ sở đó chủ trì, phối hợp với … xây dựng Đề án …, báo cáo Thủ tướng Chính phủ' (lead Bộ Tài chính — the subject of the sentence, not repeated in the clause; product đề án; report_to Thủ tướng Chính phủ). 'các cơ quan có liên quan' kept as a class. DEBATABLE: the closing 'Văn phòng Chính phủ thông báo để các Bộ: … biết, thực hiện./.' is NOT recorded — it states the issuer's own act (notifying the Deputy PM's opinion), the standard VPCP formula; a reader may count it as a closing demand (¶3).",
}

# ---------------------------------------------------------------- 3479/VPCP-NN
DOCS["vpcp-3479-vpcp-nn-2021"] = {
    "source": src("26251982a93836bca6b3670041b3f04ac4d075b1",
                  "bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/CV-3479-VPCP-NN-26-5-2021-thi-diem-tin-chi-rung-Quang-Nam.txt",
                  "60867717783"),
    "kind": "state", "parent_issuer": "", "issuer": "VĂN PHÒNG CHÍNH PHỦ",
    "number": "3479", "symbol": "3479/VPCP-NN", "type": "Công văn", "type_code": "",
    "place": "Hà Nội", "date": "2021-05-26",
    "subject": "xây dựng Đề án thí điểm kinh doanh tín chỉ các - bon rừng", "urgency": "",
    "recipients": ["Bộ Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân tỉnh Quảng Nam"],
    "citations": [
        cit("văn bản", "1094/TTr-UBND", "2021-03-04", "Ủy ban nhân dân tỉnh Quảng Nam", "mentions"),
        cit("văn bản", "729/BNN-TCLN", "2021-02-03", "Bộ Nông nghiệp và Phát triển nông thôn", "mentions"),
        cit("văn bản", "15988/BTC-PC", "2020-12-29", "Bộ Tài chính", "mentions"),
        cit("văn bản", "7233/BTNMT-BĐKH", "2020-12-22", "Bộ Tài nguyên và Môi trường", "mentions"),
        cit("văn bản", "4670/BTP-PLDSKT", "2020-12-15", "Bộ Tư pháp", "mentions"),
        cit("văn bản", "9682/BCT-TKNL", "2020-12-17", "Bộ Công Thương", "mentions"),
        cit("văn bản", "3647/BKHCN-ĐP", "2020-12-03", "Bộ Khoa học và Công nghệ", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "title": "PHÓ CHỦ NHIỆM", "name": "Nguyễn Cao Lục"},
    "distribution": ["Như trên", "TTgCP, Phó TTg Lê Văn Thành", "Các Bộ: TC, KHĐT, TNMT, TP, CT, KHCN",
                     "VPCP: BTCN, PCN Nguyễn Cao Lục, các Vụ: KTTH, QHĐP, QHQT, CN, PL", "Lưu: VT, NN (2). Kh"],
    "obligations": [
        ob("Đồng ý về chủ trương Ủy ban nhân dân tỉnh Quảng Nam nghiên cứu, lập Đề án", "1",
           ["Ủy ban nhân dân tỉnh Quảng Nam"], modality="permission", product="đề án"),
        ob("Ủy ban nhân dân tỉnh Quảng Nam chủ trì, phối hợp với các cơ quan liên quan", "2",
           ["Ủy ban nhân dân tỉnh Quảng Nam"], lead=["Ủy ban nhân dân tỉnh Quảng Nam"],
           support=["các cơ quan liên quan"], product="đề án"),
        ob("Giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Tài nguyên", "3",
           ["Bộ Nông nghiệp và Phát triển nông thôn"], lead=["Bộ Nông nghiệp và Phát triển nông thôn"],
           support=["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan"], report_to="Thủ tướng Chính phủ"),
    ],
    "notes": "TRANSCRIPTION: stored Markdown-table text (repository conversion of a legal-database page), 2,764 code points = total_chars. Kính gửi is its own pipe table ('| Kính gửi: | - Bộ …; - Ủy ban nhân dân tỉnh Quảng Nam. |'). Citations: the seven letters of the opening 'Về đề nghị của … tại văn bản số …, ý kiến của …' are all 'mentions'; type kept as printed ('văn bản'), though 1094/TTr-UBND is by its code a Tờ trình (DEBATABLE). OBLIGATIONS: item 1 'Đồng ý về chủ trương …' is an approval → modality permission (corpus5 rule), product đề án (what the approved work produces; DEBATABLE: null); the pilot period 'Thời gian thí điểm: 05 năm, từ năm 2021 đến hết năm 2025' is the Đề án's duration, not a deadline → due null. Item 2 lead UBND tỉnh Quảng Nam, support the class 'các cơ quan liên quan' (the Bộ whose opinions it must take in are not partners). Item 3: 'Giao Bộ … chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và các cơ quan liên quan hướng dẫn …; tổ chức thẩm định Đề án, báo cáo Thủ tướng Chính phủ xem xét, quyết định' → report_to Thủ tướng Chính phủ; product null ('báo cáo' is a verb here; DEBATABLE: báo cáo). Closing 'Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.' not recorded (issuer's own act; see vpcp-648 notes, DEBATABLE).",
}

# ---------------------------------------------------------------- 2265/BCT-ATMT (OCR)
DOCS["bct-2265-bct-atmt-2026"] = {
    "source": src("23aefafe7c9842911684663f3c34ed0ec31c78ec",
                  "hnh-sct-vn/skills/hnh-sct-vn/van-ban-goc/04-uy-quyen-quy-trinh/CV-2265-BCT-ATMT-trien-khai.txt",
                  "70141542744"),
    "kind": "state", "parent_issuer": "", "issuer": "BỘ CÔNG THƯƠNG",
    "number": "", "symbol": "", "symbol_as_printed": "sẽ. 6 Đ5CT-ATMT",
    "type": "Công văn", "type_code": "", "place": "Hà Nội", "date": None,
    "subject": "triên khai thực hiện thủ tục câp Giấy phép vận chuyên hàng hóa nguy hiểm loại 1,2,3,4,9",
    "urgency": "",
    "recipients": ["Ủy ban nhân dân các tỉnh, thành phố"],
    "citations": [
        cit("Thông tư", "15/2026/TT-BCT", "2026-03-25", "Bộ Công Thương", "mentions"),
        cit("Thông tư", "38/2025/TT-BCT", None, "Bộ trưởng Bộ Công Thương", "mentions"),
        cit("Nghị định", "105/2025/NĐ-CP", None, "Chính phủ", "mentions"),
        cit("Quyết định", "555/QĐ-BCT", "2026-03-26", "", "mentions", as_printed="555/QĐÐ-BCT"),
    ],
    "truncated": False,
    "signature": {"authority": [], "title": "", "name": "Trương Thanh Hoài"},
    "distribution": ["Như trên", "Bộ trưởng (để b/c)", "Cục Cảnh sát giao thông (để p/h)",
                     "Cục Cảnh sát PCCC và CNCH (để p/h)", "Lưu: VT, ATMT"],
    "obligations": [
        ob("Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn,", "¶4",
           ["Ủy ban nhân dân các tỉnh, thành phố"], support=["cơ quan liên quan"]),
    ],
    "notes": "TRANSCRIPTION: tesseract OCR text kept in the repository (first line its own '[OCR] […]' note, '===== Trang N =====' page markers, a signing-stamp block 'ý bởi: / ơ quan: / hời gian ký: 02.04.2026 …' cut at the left edge); 2,838 code points = total_chars. HEADER DAMAGE: the number line is OCR'd 'sẽ. 6 Đ5CT-ATMT : ChẾP =' and the date 'ngày0) thángh năm 2026': neither the number nor the day/month is legible in the text, so number/symbol are '' (symbol_as_printed gives the printed string; the unit code 'BCT-ATMT' is readable, the repository's file name says 2265) and date is null (the signing stamp says 02.04.2026 — chrome, not the place/date line). Motto line 'CỘNG HOÀ XÃ : HỦ NGHĨA'. Subject: the V/v lines are interleaved with the place/date cell ('V/v triên khai thực hiện thủ tục câp Hà Nội, ngày0) thángh năm 2026' then 'Giấy phép vận chuyên hàng hóa nguy / hiểm loại 1,2,3,4,9'); the subject is the V/v text without the place/date (so not contiguous in the .txt — a checker miss), OCR spellings kept ('triên', 'câp', 'chuyên'). Citations: 15/2026/TT-BCT first mentioned as 'Bộ Công Thương ban hành Thông tư số …' → mentions (DEBATABLE: the letter is about applying it); 38/2025/TT-BCT and 105/2025/NĐ-CP (inside the quoted clause) → mentions; 555/QĐÐ-BCT printed with a doubled Đ/Ð (canonical 555/QĐ-BCT), no issuer named. Signature: the OCR kept no authority/title lines, only the name. Distribution: 'Cục Cảnh sát PCCC và CNCH (để p/h):' ends with an OCR ':' for ';', stripped like ';'. OBLIGATIONS: one — ¶4 (after Kính gửi: ¶1 'Ngày 25 tháng 3 …', ¶2 and ¶3 the two '- Khoản …' bullets, ¶4 'Bộ Công Thương đề nghị …'); 'tăng cường phối hợp với cơ quan liên quan' → support ['cơ quan liên quan'] with lead null (corpus5 rule for 'phối hợp với' without chủ trì; DEBATABLE). The bracketed note on the attached TTHC (¶5) assigns nothing.",
}

# ---------------------------------------------------------------- 5085/SCT-VP
DOCS["laocai-5085-sct-vp-2026"] = {
    "source": src("e3d29a7e19333e8271274f219ace1977e1d857be",
                  "sd-vlncn-sct-vn/skills/sd-vlncn-sct-vn/van-ban-goc/2026.08.19-5085.SCT.VP-Trien-khai-nhiem-vu-uy-quyen-VLNCN_ban-ky.txt",
                  "70071796155"),
    "kind": "state", "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
    "number": "5085", "symbol": "5085/SCT-VP", "type": "Công văn", "type_code": "",
    "place": "Lào Cai", "date": "2026-08-19",
    "subject": "thực hiện các nhiệm vụ được UBND tỉnh ủy quyền trong lĩnh vực vật liệu nổ công nghiệp",
    "urgency": "",
    "recipients": ["Đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở", "Phòng Quản lý Công nghiệp"],
    "citations": [
        cit("Quyết định", "1883/QĐ-UBND", "2025-11-06", "UBND tỉnh Lào Cai", "implements"),
        cit("Quyết định", "2867/QĐ-UBND", "2026-08-17", "UBND tỉnh Lào Cai", "implements"),
        cit("Quyết định", "05/2025/QĐ-UBND", "2025-07-01", "Ủy ban nhân dân tỉnh Lào Cai", "legal_basis"),
        cit("Quyết định", "04/QĐ-SCT", "2025-07-01", "Giám đốc Sở Công Thương", "legal_basis"),
        cit("Quyết định", "59/QĐ-SCT", "2025-07-01", "Giám đốc Sở Công Thương", "legal_basis"),
        cit("Quyết định", "766/QĐ-SCT", "2026-02-12", "Giám đốc Sở Công Thương", "legal_basis"),
        cit("Nghị định", "181/2024/NĐ-CP", "2024-12-31", "Chính phủ", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": [], "title": "GIÁM ĐỐC", "name": "Hoàng Chí Hiền"},
    "distribution": ["Như trên", "Lãnh đạo Sở", "Các phòng chuyên môn SCT", "Lưu: VT, VP(Cường)"],
    "obligations": [
        ob("Trực tiếp chỉ đạo, tổ chức thực hiện các nhiệm vụ, quyền hạn được ủy quyền", "1",
           ["Phó Giám đốc Sở - Hoàng Văn Thuân"]),
        ob("Huấn luyện, kiểm tra, cấp, cấp lại giấy chứng nhận huấn luyện kỹ thuật an", "2",
           ["Phòng Quản lý công nghiệp"], lead=["Phòng Quản lý công nghiệp"], support=["các đơn vị liên quan"]),
        ob("Cấp, cấp lại, cấp điều chỉnh giấy phép sử dụng vật liệu nổ công nghiệp cho", "2",
           ["Phòng Quản lý công nghiệp"], lead=["Phòng Quản lý công nghiệp"], support=["các đơn vị liên quan"]),
        ob("Yêu cầu đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở và Trưởng phòng", "¶12",
           ["đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở", "Phòng Quản lý Công nghiệp"]),
        ob("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo", "¶12",
           ["đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở", "Phòng Quản lý Công nghiệp"],
           product="báo cáo", report_to="Giám đốc Sở"),
    ],
    "notes": "TRANSCRIPTION: pdftotext -layout text layer kept in the repository (first line its own '[Bản trích chữ tự động bằng pdftotext …]' note; leading spaces, the Nơi nhận/signature columns side by side, page number '2' at the top of page 2). read_file's display is 1 code point shorter than the stored file (3,394 vs 3,395): a form feed was restored at the page break (before the page-number line '2'); position inferred, not seen. PARTY? no: internal letter of a provincial Sở (parent 'UBND TỈNH LÀO CAI'). Symbol printed 'Số: 5085 /SCT-VP' (spacing only). Citations: 'Thực hiện Quyết định số 1883/QĐ-UBND … và Quyết định số 2867/QĐ-UBND … của UBND tỉnh Lào Cai' → implements (distributive 'của UBND tỉnh Lào Cai'); the three 'Căn cứ' lines (the third also holding 766/QĐ-SCT) → legal_basis; 181/2024/NĐ-CP inside a task → mentions. OBLIGATIONS (section: the printed item numbers; ¶N counts every printed paragraph after Kính gửi: ¶1 'Thực hiện …', ¶2–¶4 the Căn cứ, ¶5 'Để đảm bảo …', ¶6 heading 1, ¶7 its paragraph, ¶8 heading 2, ¶9 'Chủ trì, phối hợp …', ¶10–¶11 the bullets, ¶12 'Yêu cầu …'). Item 1: the heading names a person ('Phó Giám đốc Sở - Hoàng Văn Thuân'); kept as printed (officials→bodies would give the Sở itself, the issuer; DEBATABLE). Item 2: 'Chủ trì, phối hợp với các đơn vị liên quan tham mưu Lãnh đạo Sở triển khai … bao gồm:' is a lead-in; its two '-' bullets are the entries and inherit addressee/lead/support (DEBATABLE: one entry for the lead-in). Closing ¶12 split in two clauses: the demand to implement, and the conditional report to 'Giám đốc Sở' ('kịp thời' is no deadline → due null). 'Trưởng phòng Quản lý Công nghiệp' → 'Phòng Quản lý Công nghiệp' (constructed by dropping 'Trưởng'; the string occurs in Kính gửi).",
}

# ---------------------------------------------------------------- 09/KH-BTNMT
CBD = "Cục Biến đổi khí hậu"
TTTT = ["Trung tâm Truyền thông TN&MT", "Báo TN&MT", "Tạp chí TN&MT"]
BO = ["Bộ Tài nguyên và Môi trường"]
DOCS["btnmt-09-kh-btnmt-2024"] = {
    "source": src("26251982a93836bca6b3670041b3f04ac4d075b1",
                  "bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/knk-bdkh/KH-09-KH-BTNMT-06-8-2024-trien-khai-CT-13.txt",
                  "61169408821"),
    "kind": "state", "parent_issuer": "", "issuer": "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "number": "09", "symbol": "09/KH-BTNMT", "type": "Kế hoạch", "type_code": "KH",
    "place": "Hà Nội", "date": "2024-08-06",
    "subject": "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON NHẰM THỰC HIỆN ĐÓNG GÓP DO QUỐC GIA TỰ QUYẾT ĐỊNH",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Chỉ thị", "13/CT-TTg", "2024-05-02", "Thủ tướng Chính phủ", "implements"),
        cit("Nghị định", "06/2022/NĐ-CP", "2022-01-07", "Chính phủ", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG"], "title": "THỨ TRƯỞNG", "name": "Lê Công Thành"},
    "distribution": ["Bộ trưởng (để báo cáo)", "Các Thứ trưởng", "Văn phòng Chính phủ", "Các Bộ: CT, NN&PTNT, TC, TTTT",
                     "Các đơn vị trực thuộc Bộ TN&MT", "Lưu VT, VP(TH), BĐKH"],
    "obligations": [
        ob("Chủ trì, phối hợp với các Bộ, cơ quan liên quan xây dựng, trình Chính phủ", "II.1", BO,
           lead=BO, support=["các Bộ, cơ quan liên quan"], product="nghị định", report_to="Chính phủ"),
        ob("Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải khí nhà kính của lĩnh vực", "II.2", BO,
           product="kế hoạch"),
        ob("Nghiên cứu thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí", "II.3", BO),
        ob("Chủ trì, phối hợp với các cơ quan liên quan tham mưu cho cấp có thẩm quyền", "II.4", BO,
           lead=BO, support=["các cơ quan liên quan"]),
        ob("Chủ trì, phối hợp với Bộ Thông tin và Truyền thông, các cơ quan thông tấn,", "II.5", BO,
           lead=BO, support=["Bộ Thông tin và Truyền thông", "các cơ quan thông tấn, báo chí"]),
        ob("Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn và các cơ quan liên quan", "II.6", BO,
           support=["Bộ Nông nghiệp và Phát triển nông thôn", "các cơ quan liên quan", "địa phương có rừng"]),
        ob("Phối hợp với Bộ Tài chính và các Bộ, cơ quan liên quan hoàn thiện Đề án", "II.7", BO,
           support=["Bộ Tài chính", "các Bộ, cơ quan liên quan"], product="đề án"),
        ob("Phối hợp với Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong việc", "II.8", BO,
           support=["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
        ob("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tập trung hoàn thiện", "III.1.a", [CBD],
           lead=[CBD], support=["các cơ quan, đơn vị có liên quan"], product="nghị định", report_to="Chính phủ"),
        ob("Chủ trì, phối hợp với Cục Kiểm soát ô nhiễm môi trường, Vụ Môi trường hoàn thiện", "III.1.b", [CBD],
           lead=[CBD], support=["Cục Kiểm soát ô nhiễm môi trường", "Vụ Môi trường"], product="kế hoạch"),
        ob("Chủ trì, phối hợp với Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên", "III.1.c", [CBD],
           lead=[CBD], support=["Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường"]),
        ob("Chủ trì, phối hợp với Vụ Hợp tác quốc tế, Vụ Pháp chế tham mưu trong", "III.1.d", [CBD],
           lead=[CBD], support=["Vụ Hợp tác quốc tế", "Vụ Pháp chế"]),
        ob("Chủ trì, phối hợp với các cơ quan, tổ chức có liên quan tổ chức các", "III.1.đ", [CBD],
           lead=[CBD], support=["các cơ quan, tổ chức có liên quan"]),
        ob("Phối hợp với các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường xây dựng,", "III.1.e", [CBD],
           lead=["các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường"], support=[CBD]),
        ob("Phối hợp với cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn", "III.1.g", [CBD],
           support=["cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn"]),
        ob("Phối hợp với cơ quan chuyên môn thuộc Bộ Tài chính hoàn thiện dự thảo Đề án", "III.1.h", [CBD],
           support=["cơ quan chuyên môn thuộc Bộ Tài chính"], product="đề án"),
        ob("Phối hợp với các cơ quan chuyên môn thuộc Ủy ban nhân dân các tỉnh, thành phố", "III.1.i", [CBD],
           support=["các cơ quan chuyên môn thuộc Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
        ob("Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch và tổng hợp, báo cáo", "III.1.k", [CBD],
           product="báo cáo", report_to="Bộ trưởng"),
        ob("Cục Viễn thám quốc gia chủ trì, phối hợp với Cục Biến đổi khí hậu, Cục", "III.2",
           ["Cục Viễn thám quốc gia"], lead=["Cục Viễn thám quốc gia"],
           support=[CBD, "Cục Bảo tồn thiên nhiên và Đa dạng sinh học",
                    "cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn", "các địa phương có rừng"]),
        ob("Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách", "III.3",
           ["Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách tài nguyên và môi trường"]),
        ob("Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài nguyên và Môi trường, Tạp chí", "III.4",
           ["Trung tâm Truyền thông tài nguyên và môi trường", "Báo Tài nguyên và Môi trường", "Tạp chí Tài nguyên và Môi trường"]),
        ob("Vu Kế hoạch - Tài chính tham mưu cho Lãnh đạo Bộ cân đối, bố trí kinh phí", "III.5",
           ["Vu Kế hoạch - Tài chính"]),
        ob("Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai", "III",
           ["Các đơn vị được giao nhiệm vụ trong Kế hoạch"]),
        ob("Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định", "Phụ lục 1",
           [CBD], lead=[CBD], support=["Vụ Pháp chế", "các đơn vị có liên quan thuộc Bộ TN&MT"],
           due=d_pend("Tháng 8/2024", "2024-08-31"), product="nghị định", report_to="Chính phủ"),
        ob("Hoàn thiện dự thảo Kế hoạch giảm phát thải khí nhà kính, bao gồm khí mê-tan", "Phụ lục 2",
           [CBD], lead=[CBD], support=["Vụ Môi trường", "Cục Kiểm soát ô nhiễm môi trường", "các đơn vị có liên quan thuộc Bộ TN&MT"],
           due=d_pend("Tháng 8/2024", "2024-08-31"), product="kế hoạch"),
        ob("Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính và", "Phụ lục 3",
           [CBD], lead=[CBD], support=["Cục Chuyển đổi số và Thông tin dữ liệu TNMT", "các đơn vị thuộc các Bộ có liên quan"],
           due=d_pend("2024 - 2025", "2025-12-31")),
        ob("Điều tra, đánh giá mức độ sẵn sàng tham gia thị trường các-bon của lĩnh vực", "Phụ lục 4",
           [CBD], lead=[CBD], support=["Vụ Môi trường", "Cục Kiểm soát ô nhiễm môi trường", "các đơn vị có liên quan thuộc Bộ TN&MT"],
           due=d_pend("2026 - 2027", "2027-12-31")),
        ob("Ứng dụng công nghệ viễn thám thực hiện giám sát và đánh giá mức hấp thụ", "Phụ lục 5",
           ["Cục Viễn thám quốc gia"], lead=["Cục Viễn thám quốc gia"],
           support=[CBD, "Cục Bảo tồn thiên nhiên và Đa dạng sinh học", "các đơn vị có liên quan thuộc Bộ TN&MT"],
           due=d_pend("2025 - 2030", "2030-12-31")),
        ob("Tổ chức các khóa đào tạo, tập huấn tăng cường năng lực về kiểm kê khí", "Phụ lục 6",
           [CBD], lead=[CBD], support=["Các đơn vị thuộc các Bộ quản lý lĩnh vực", "các tổ chức quốc tế",
                                       "các Viện nghiên cứu", "Trường Đại học có liên quan"],
           due=d_pend("2024 - 2030", "2030-12-31")),
        ob("Nghiên cứu tham mưu xây dựng và thực hiện các nhiệm vụ chuyên môn về kiểm kê", "Phụ lục 7",
           ["Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách TN&MT"],
           lead=["Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách TN&MT"],
           support=[CBD, "các cơ quan, đơn vị có liên quan"], due=d_pend("2024 - 2030", "2030-12-31")),
        ob("Thiết lập và vận hành chuyên trang, chuyên mục truyền thông về quản lý tín chỉ", "Phụ lục 8",
           TTTT, lead=TTTT, support=[CBD, "các đơn vị có liên quan thuộc Bộ TN&MT"],
           due=d_pend("2024 - 2025", "2025-12-31")),
        ob("Xây dựng và triển khai các hoạt động truyền thông, tổ chức diễn đàn, sự kiện", "Phụ lục 9",
           TTTT, lead=TTTT, support=[CBD, "các đơn vị có liên quan thuộc Bộ TN&MT"],
           due=d_pend("2024 - 2030", "2030-12-31")),
    ],
    "notes": "TRANSCRIPTION: stored Markdown text (repository conversion of a legal-database page; header and Nơi nhận/signature as one-row pipe tables, the annex task table as a real Markdown table); 13,212 code points = total_chars. The document is the Kế hoạch followed by its Phụ lục task table 'TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành' (9 rows); the Phụ lục's own line 'Ban hành kèm theo Kế hoạch số       /KH-BTNMT ngày    tháng 8 năm 2024' keeps the blanks of the unsigned annex (self-reference, not a citation). No Kính gửi → recipients []. Subject = the upper-case title line as printed (it holds 'CT-TTG'); the citation is canonical 13/CT-TTg (so printed in the body), relation implements (title 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ …', opening 'Thực hiện Chỉ thị …'). OBLIGATIONS 32. I Mục đích, yêu cầu: not recorded (requirements of the plan; DEBATABLE for its bullet 'Các đơn vị chủ trì nhiệm vụ được giao trong Kế hoạch có trách nhiệm thực hiện …'). II 'NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG': the heading's body is inherited by items 1–8 (addressee 'Bộ Tài nguyên và Môi trường', matched in the upper-case heading); 'Chủ trì, phối hợp với X' → lead the Bộ, support X; 'Phối hợp với X' → lead null, support X. 'các Bộ, cơ quan liên quan', 'các cơ quan thông tấn, báo chí', 'các cơ quan, đơn vị có liên quan' kept as classes. 'trình Chính phủ' → report_to Chính phủ; 'trình cấp có thẩm quyền phê duyệt' (II.7) → report_to null (no body named; DEBATABLE). Products: nghị định (for 'Nghị định …'/'dự thảo Nghị định'), kế hoạch, đề án, báo cáo; 'Hệ thống đăng ký quốc gia' and communication activities → null (DEBATABLE: hệ thống). III.1 a)–k) (section III.1.a …, lettered items as printed, no 'f'): addressee 'Cục Biến đổi khí hậu' from '1. Cục Biến đổi khí hậu có trách nhiệm:'. DEBATABLE III.1.e: 'Phối hợp với các đơn vị truyền thông thuộc Bộ …' — the same plan names the communication units (Trung tâm Truyền thông, Báo, Tạp chí TN&MT) chủ trì of that task (III.4, Phụ lục row 9, Cục BĐKH phối hợp), so lead = the units as written, support = Cục BĐKH (sonla-254 exception); II.6/II.7/III.1.g–i keep lead null (no chủ trì named for those tasks). III.3 and III.4: the ';' / ',' lists split into single bodies. III.5 addressee printed 'Vu Kế hoạch - Tài chính' (source typo for Vụ, kept). Closing paragraph 'Trên đây là Kế hoạch … Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương …' recorded under 'III' (the last section, KH-134 precedent) with text_start its assigning clause. PHỤ LỤC rows (section 'Phụ lục N', N = printed TT): addressees = lead = the 'Cơ quan chủ trì' cell (split at ',' / ';'), support = the 'Cơ quan phối hợp' cell split into bodies/classes (row 5 '… và các đơn vị …' split at 'và'). Row deadlines: 'Tháng 8/2024' → period_end 2024-08-31; year ranges '2024 - 2025', '2026 - 2027', '2025 - 2030', '2024 - 2030' → period_end the last day of the range's last year (DEBATABLE: a range of activity years, not a completion date; continuous is defensible for the 2024 - 2030 rows). Rows duplicate tasks of II/III by design (the table restates them with deadlines): both are recorded.",
}

# ---------------------------------------------------------------- 8388/BTC-QLCS (OCR)
BCQ = ["các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương", "Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương"]
BQLCN = ["các Bộ quản lý chuyên ngành"]
R6 = d_rel("Trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành", 6, "month",
           "ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành")
DOCS["btc-8388-btc-qlcs-2026"] = {
    "source": src("23aefafe7c9842911684663f3c34ed0ec31c78ec",
                  "kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/CV-8388-BTC-QLCS-19-6-2026-trien-khai-ND178.txt",
                  "70763952010"),
    "kind": "state", "parent_issuer": "", "issuer": "BỘ TÀI CHÍNH",
    "number": "", "symbol": "", "symbol_as_printed": "Z32Ø/BTC-QLCS",
    "type": "Công văn", "type_code": "", "place": "Hà Nội", "date": None,
    "subject": "Triển khai thực hiện Nghị định số 178/2026/NĐ-CP của Chính phủ quy định việc quản lý, sử dụng và khai thác tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý",
    "urgency": "",
    "recipients": ["Các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương",
                   "Uy ban nhân dân các tỉnh, thành phô trực thuộc trung ương"],
    "citations": [
        cit("Nghị định", "178/2026/NĐ-CP", "2026-05-20", "Chính phủ", "implements"),
        cit("Luật", "", None, "", "mentions", name="Luật Quản lý, sử dụng tài sản công"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. BỘ TRƯỞNG"], "title": "", "name": "Tậ Anh Tuấn"},
    "distribution": ["Như trên", "Thủ tướng Chính phủ (để b/c)", "Phó TTCP Nguyễn Văn Thắng (để b/c)",
                     "Bộ trưởng Ngô Văn Tuần (để b/c)", "Văn phòng Chính phủ", "Văn phòng Bộ Tài chính",
                     "Cục Đầu tư nước ngoài (cơ quan quản lý chuyên ngành về khu công nghiệp, khu kinh tế, khu chế xuất)",
                     "Cục QLGSKT và KT, DNNN", "Cục CNTT", "Các Vụ: PC, KTN, NSNN", "Lưu: VT, QLCS.(Ð b) „4y"],
    "obligations": [
        ob("Tổ chức tuyên truyền, phổ biến nội dung của Nghị định số 178/2026/NĐ-CP", "I", BCQ),
        ob("Rà soát các văn bản quy phạm pháp luật do Bộ, cơ quan trung ương,", "2", BCQ),
        ob("Chỉ đạo chủ đầu tư, chủ dự án, ban quản lý dự án khi dự án", "3", BCQ),
        ob("Chỉ đạo thực hiện rà soát, thống kê toàn bộ tài sản kết cầu hạ tầng do", "4", BCQ),
        ob("Tài sản kết cấu hạ tầng cụm công nghiệp; tài sản kết cầu hạ tầng thương mại", "3.a",
           ["Bộ Công Thương"], due=R6, product="danh mục"),
        ob("Tài sản kết cấu hạ tầng khu công nghiệp, khu kinh tế, khu chế xuất", "3.a",
           ["Bộ Tài chính"], due=R6, product="danh mục"),
        ob("Tài sản kết cấu hạ tầng khu công nghệ cao; tài sản kết cấu hạ tầng thông", "3.a",
           ["Bộ Khoa học và Công nghệ"], due=R6, product="danh mục"),
        ob("Tài sản kết cấu hạ tầng khu nông nghiệp ứng dụng công nghệ cao; tài sản", "3.a",
           ["Bộ Nông nghiệp và Môi trường"], due=R6, product="danh mục"),
        ob("Tài sản kết cấu hạ tầng văn hóa, hạ tầng thể thao, hạ tầng du lịch", "3.a",
           ["Bộ Văn hóa, Thê thao và Du lịch"], due=R6, product="danh mục"),
        ob("Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.", "3.a",
           ["Bộ Xây dựng"], due=R6, product="danh mục"),
        ob("Trường hợp pháp luật chuyên ngành về hạ tầng được ban hành sau ngày Nghị định", "3.b",
           ["Bộ quản lý chuyên ngành"],
           due=d_rel("trong thời hạn 06 tháng, kể từ ngày quy định của pháp luật chuyên ngành quy định về tài sản kết cấu hạ tầng khác đó có hiệu lực thi hành",
                     6, "month", "ngày quy định của pháp luật chuyên ngành quy định về tài sản kết cấu hạ tầng khác đó có hiệu lực thi hành"),
           product="danh mục"),
        ob("Hướng dẫn về loại tài sản, danh mục tài sản kết cấu hạ tầng giao cho", "3.d", BQLCN),
        ob("Phối hợp với Bộ Tài chính đẻ xây dựng Cơ sở dữ liệu về tài sản", "3.đ", BQLCN,
           support=["Bộ Tài chính"]),
        ob("Căn cứ quy định tại Nghị định 178/2026/NĐ-CP, đặc thù và yêu cầu quản lý", "3.e", BQLCN),
        ob("Thực hiện các nhiệm vụ, quyền hạn tại mục 6 Công văn này và các", "3.8", BQLCN),
        ob("Rà soát thống kê, phân loại và giao tài sản kết cấu hạ. tầng theo quy", "6.a",
           ["Các Bộ, cơ quan trung ương", "Ủy ban nhân dân cấp tỉnh"],
           due=d_rel("trong thời hạn 02 năm kể từ ngày Nghị định sô 178/2026/NĐ-CP có hiệu lực thi hành", 2, "year",
                     "ngày Nghị định sô 178/2026/NĐ-CP có hiệu lực thi hành")),
        ob("Lập hồ sơ, quản lý, lưu trữ hồ SƠ về tài sản theo quy định của", "6.b",
           ["Các Bộ, cơ quan trung ương", "Ủy ban nhân dân cấp tỉnh"], product="báo cáo"),
    ],
    "notes": "TRANSCRIPTION: tesseract OCR text kept in the repository ('[OCR] […]' first line, '===== Trang N =====' markers, signing-stamp block 'Ký bởi: BỘ TÀI CHÍNH …'); 8,852 code points = total_chars. HEADER DAMAGE: number printed 'Z32Ø/BTC-QLCS' (the unit code is readable, the number is not; the file name says 8388) → number/symbol '' with symbol_as_printed; date 'ngày / tháng 6 năm 2026' has no legible day → date null (stamp 19/06/2026 is chrome). Kính gửi line 'Kính gửi: DA ä .' then the two recipients on '-' lines (OCR 'Uy ban', 'phô' kept). Subject: the V/v lines joined, without 'V/v' and the final period. Signature: 'KT. BỘ TRƯỞNG' then the name only (no title line in the OCR; name OCR'd 'Tậ Anh Tuấn'). Distribution as printed, the last entry with OCR junk ('Lưu: VT, QLCS.(Ð b) „4y'). OCR MARKERS kept as sections: item 1 printed 'I.', the fifth item printed '3.' (a second '3'), point c) printed '©)', point g) printed '8)' → sections 'I', '3.a' …, '3.8' (DEBATABLE: restore 1/5/c/g). OBLIGATIONS 17. The opening paragraph ('Bộ Tài chính đề nghị các Bộ, … và Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương tập trung chỉ đạo triển khai … trong đó lưu ý các nhiệm vụ, giải pháp trọng tâm sau:') is a lead-in; items I–4 inherit its two addressees (as printed in the body). Second '3.' heading 'Đối với các Bộ quản lý chuyên ngành …' gives the addressee of its points; point a) ('Trong thời hạn 06 tháng, … các bộ quản lý. chuyên ngành thực hiện việc quy định, công bố, điều chỉnh danh mục … cụ thể như sau:') is treated as a lead-in whose six '-' bullets each assign a class of assets to a named Bộ → one entry per bullet, addressee that Bộ (OCR 'Thê thao' kept), due inherited (relative 6 months from the decree's entry into force), product danh mục (DEBATABLE: one entry for a) with the class 'các bộ quản lý chuyên ngành'). Point ©) 'Lưu ý: …' explains the list → not an obligation. đ) 'Phối hợp với Bộ Tài chính …' → support Bộ Tài chính, lead null (the letter does not name a chủ trì of the database). Item 6 'Các Bộ, cơ quan trung ương, Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo … thực hiện việc:' is a lead-in for a) and b); a) due relative 2 years ('trong thời hạn 02 năm kể từ ngày …'); its (i)/(ii)/(ii) sub-items describe forms of allocation (not separate entries); b) product báo cáo (first of several outputs: hồ sơ, sổ, báo cáo kê khai; DEBATABLE). Closing 'Mong nhận được sự quan tâm, phối hợp của Quý Cơ quan.' is courtesy → not recorded.",
}

# ---------------------------------------------------------------- 75-KL/TW (Party, OCR)
def kl(ts, sec, addr=None, **kw):
    return ob(ts, sec, addr if addr is not None else [], **kw)


DOCS["tw-75-kl-tw-2026"] = {
    "source": src("23aefafe7c9842911684663f3c34ed0ec31c78ec",
                  "bvmt-sct-vn/skills/bvmt-sct-vn/van-ban-goc/dang/KL-75-KL-TW-28-7-2026-BVMT-BDKH-thoi-ky-moi.txt",
                  "70751779844"),
    "kind": "party", "parent_issuer": "", "issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG",
    "issuer_as_printed": "BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG",
    "number": "75", "symbol": "75-KL/TW", "type": "Kết luận", "type_code": "KL",
    "place": "Hà Nội", "date": "2026-07-28",
    "subject": "HỘI NGHỊ LÀN THỨ BA BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG KHOÁ XIV về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Nghị quyết", "24-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng khoá XI", "mentions"),
    ],
    "truncated": False,
    "signature": {"authority": ["T/M BAN CHẮÁP HÀNH TRUNG ƯƠNG"], "title": "==ss„LONG BÌ THỨ", "name": ""},
    "distribution": ["Các ban đảng, đảng uỷ trực thuộc Trung ương", "Các tỉnh uỷ, thành uỷ",
                     "Đảng uỷ các bộ, ngành, tổ chức chính trị - xã hội ở Trung ương",
                     "Các đảng uỷ đơn vị sự nghiệp Trung ương", "Các đồng chí Uỷ viên Ban Châp hành Trung ương Đảng",
                     "Lưu Văn phòng Trung ương Đảng"],
    "obligations": [
        kl("Các cấp uỷ, tô chức đảng, các cấp chính quyền phải quán triệt sâu sắc", "II.1",
           ["Các cấp uỷ, tô chức đảng", "các cấp chính quyền"]),
        kl("Phát huy vai trò của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị", "II.1"),
        kl("Đây mạnh tuyên truyền, giáo dục, tạo sự thống nhất trong nhận thức và hành động", "II.1"),
        kl("Khân trương hoàn thiện pháp luật về bảo vệ môi trường, ứng phó với biến đổi", "II.2"),
        kl("Hoàn thiện và triển khai hiệu quả các cơ chế, chính sách để điều chỉnh hành vi", "II.2"),
        kl("Quy định rõ trách nhiệm của từng cơ quan ở Trung ương, cấp tỉnh và cấp", "II.2"),
        kl("Nâng cao hiệu quả công tác thanh tra, kiểm tra theo thâm quyền; bỗ sung,", "II.2"),
        kl("Bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm cho sự nghiệp", "II.3",
           due=d_rec("hằng năm", "yearly")),
        kl("Ban hành cơ chế, chính sách thuận lợi, ưu đãi về tài chính, tín dụng, đất", "II.3"),
        kl("Giải quyết có trọng tâm, trọng điểm các vấn đề bức xúc về môi trường,", "II.4"),
        kl("Thúc đây phân loại chất thải phục vụ tái sử dụng, tái chế, xử lý kết hợp", "II.4"),
        kl("Kiểm soát chặt chẽ việc nhập khâu công nghệ, thiết bị lạc hậu, gây ô nhiễm,", "II.4"),
        kl("Quản lý chặt chẽ các khu bảo tồn hiện có, ngăn chặn xu hướng suy giảm", "II.5"),
        kl("Phát triển sinh kế bền vững, du lịch sinh thái, kinh tế dưới tán rừng và", "II.5"),
        kl("Chủ động thích ứng với biến đổi khí hậu, xây dựng các kịch bản biến đổi", "II.6"),
        kl("Chú trọng đầu tư phát triển hạ tầng có khả năng chống chịu cao với bão,", "II.6"),
        kl("Nâng cao năng lực dự báo khí tượng thuỷ văn, cảnh báo sớm thiên tai.", "II.6"),
        kl("Hoàn thiện các cơ chế, giải pháp công trình và phi công trình, kết hợp với", "II.6"),
        kl("Chuyển đổi các ngành kinh tế theo hướng xanh, tuần hoàn, phát thải cácbon thấp", "II.7"),
        kl("Kiểm soát chặt chẽ phát thải khí nhà kính ngay từ giai đoạn chuẩn bị đầu", "II.7"),
        kl("Đây mạnh nghiên cứu, phát triển, chuyển giao và ứng dụng công nghệ, tập trung", "II.8"),
        kl("Chủ động, tích cực hợp tác, hội nhập quốc tế, tham gia định hình các sáng", "II.9"),
        kl("Bộ Chính trị ban hành Chương trình hành động thực hiện Kết luận; lãnh đạo,", "IV.1",
           ["Bộ Chính trị"], product="chương trình"),
        kl("Đảng uỷ Quốc hội lãnh đạo, chỉ đạo rà soát, bổ sung các nhiệm vụ lập", "IV.2",
           ["Đảng uỷ Quốc hội"]),
        kl("Đảng uỷ Chính phủ lãnh đạo, chỉ đạo xây dựng và triển khai thực hiện", "IV.3",
           ["Đảng uỷ Chính phủ"], support=["Đảng uỷ Quốc hội"]),
        kl("Các tỉnh uỷ, thành uý, đảng uỷ trực thuộc Trung ương xây dựng chương trình,", "IV.4",
           ["Các tỉnh uỷ", "thành uý", "đảng uỷ trực thuộc Trung ương"], product="chương trình"),
        kl("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo", "IV.5",
           ["Đảng uỷ Mặt trận Tổ quốc", "các đoàn thể Trung ương"], product="chương trình"),
        kl("Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với Đảng uỷ", "IV.6",
           ["Ban Tuyên giáo và Dân vận Trung ương"], lead=["Ban Tuyên giáo và Dân vận Trung ương"],
           support=["Đảng uỷ Chính phủ"]),
        kl("Ban Chính sách, chiến lược Trung ương chủ trì, phối hợp với các cơ quan", "IV.7",
           ["Ban Chính sách, chiến lược Trung ương"], lead=["Ban Chính sách, chiến lược Trung ương"],
           support=["các cơ quan liên quan"]),
        kl("định kỳ báo cáo Bộ Chính trị, Ban Bí thư.", "IV.7",
           ["Ban Chính sách, chiến lược Trung ương"], due=d_rec("định kỳ", None),
           product="báo cáo", report_to="Bộ Chính trị, Ban Bí thư"),
    ],
    "notes": "TRANSCRIPTION: tesseract OCR text of a scan kept in the repository ('[OCR] […]' first line, '===== Trang N =====' markers, running headers '18.KLTW7S.DOC 2', signing-stamp lines 'BẠN CHẬP HÀNH TRUNG ƯƠNG ĐẢNG' / '28-07-2026 09:58:36 +07:00' before the header); 23,922 code points = total_chars. PARTY Kết luận of the Ban Chấp hành Trung ương (a Hội nghị Trung ương conclusion) — central, not a Tỉnh ủy. Header: issuer printed 'BAN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG' (OCR Á for Ả; canonical in issuer, printed in issuer_as_printed); type line 'KÉT LUẬN' → type Kết luận; subject = the lines after the type line as printed ('HỘI NGHỊ LÀN THỨ BA / BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG KHOÁ XIV / về …'), joined (DEBATABLE: only 'về bảo vệ môi trường …'). No recipients. Citation 24-NQ/TW: 'Sau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW' is a narrative of past implementation, not the document implementing it → mentions (DEBATABLE: implements by the word 'thực hiện'). Signature: OCR 'T/M BAN CHẮÁP HÀNH TRUNG ƯƠNG' and the title interleaved with the first Nơi nhận line ('- Các ban đảng, đảng uỷ ==ss„LONG BÌ THỨ' — TỔNG BÍ THƯ), kept as printed; no signer name in the text → ''. Distribution entries joined across their wrapped lines, OCR junk after ';' dropped ('; Ì', '; :', '. <Ỹ`.ưF_“'); the first entry is split by the title column (checker miss). SECTION MARKERS as printed: the OCR reads the second and third Roman headings 'I-' and 'II-' (QUAN ĐIỂM, MỤC TIÊU = II; NHIỆM VỤ, GIẢI PHÁP = III), so the task section is 'II.n' and 'IV.n' (DEBATABLE: III.n). OBLIGATIONS 30: section 'II- NHIỆM VỤ, GIẢI PHÁP' — one entry per printed paragraph of items 1–9 (22), addressees [] except the first paragraph of 1 ('Các cấp uỷ, tô chức đảng, các cấp chính quyền phải …'; 'Mặt trận Tổ quốc …' in the second is the object of 'Phát huy', not an addressee). Targets ('vào năm 2050') are not deadlines; 'Bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm' → recurring yearly (DEBATABLE: null, a yearly share rather than a deadline). Section 'IV- TÔ CHỨC THỰC HIỆN' items 1–7: IV.3 'phối hợp với Đảng uỷ Quốc hội' → support, lead null; IV.4 split into single bodies ('thành uý' OCR kept); IV.6 chủ trì/phối hợp; IV.7 split in two clauses: the chủ trì task and 'định kỳ báo cáo Bộ Chính trị, Ban Bí thư' (recurring with no stated cycle → cycle null; report_to both bodies as one printed string). Phụ lục of targets (page 11): no obligations.",
}

# ---------------------------------------------------------------- 10-NQ/TW (Party)
def nq(ts, sec, addr=None, **kw):
    return ob(ts, sec, addr if addr is not None else [], **kw)


T2025 = d_date("trước năm 2025", "2024-12-31")
DOCS["tw-10-nq-tw-2022"] = {
    "source": src("23aefafe7c9842911684663f3c34ed0ec31c78ec",
                  "quy-hoach-ct-vn/skills/quy-hoach-ct-vn/van-ban-goc/NQ-10-NQ-TW-10-02-2022-dinh-huong-chien-luoc-dia-chat-khoang-san-cong-nghiep-khai-khoang.txt",
                  "70629526062"),
    "kind": "party", "parent_issuer": "", "issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "number": "10", "symbol": "10-NQ/TW", "type": "Nghị quyết", "type_code": "NQ",
    "place": "Hà Nội", "date": "2022-02-10",
    "subject": "CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN VÀ CÔNG NGHIỆP KHAI KHOÁNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Nghị quyết", "02-NQ/TW", "2011-04-25", "Bộ Chính trị khóa XI", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật Khoáng sản năm 2010"),
        cit("Luật", "", None, "", "mentions", name="Luật Quy hoạch"),
    ],
    "truncated": False,
    "signature": {"authority": ["T/M BỘ CHÍNH TRỊ"], "title": "TỔNG BÍ THƯ", "name": "Nguyễn Phú Trọng"},
    "distribution": ["Các tỉnh ủy, thành ủy", "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương",
                     "Các đảng ủy đơn vị sự nghiệp Trung ương", "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng",
                     "Lưu Văn phòng Trung ương Đảng"],
    "obligations": [
        nq("Đẩy mạnh công tác tuyên truyền, giáo dục, phổ biến pháp luật, thống nhất nhận thức", "III.1"),
        nq("Tăng cường lãnh đạo, chỉ đạo quản lý nhà nước về địa chất, khoáng sản, phát", "III.1"),
        nq("Thể chế hóa đầy đủ các quan điểm, chủ trương, chính sách của Đảng về", "III.2"),
        nq("Rà soát, sửa đổi, bổ sung hoàn thiện quy định về đấu giá quyền khai thác", "III.2"),
        nq("Điều chỉnh thuế suất thuế tài nguyên đối với một số khoáng sản nhằm khuyến khích", "III.2"),
        nq("Hoàn thiện chính sách xuất - nhập khẩu và dự trữ khoáng sản, bảo đảm cân đối", "III.2"),
        nq("Hoàn thiện chính sách khuyến khích các doanh nghiệp trong nước đầu tư ra nước ngoài", "III.2"),
        nq("Hoàn thiện chính sách thu hút, đào tạo phát triển nguồn nhân lực, đội ngũ chuyên", "III.2"),
        nq("Khẩn trương lập, phê duyệt Quy hoạch về điều tra cơ bản địa chất; Quy hoạch", "III.3",
           due=d_pend("trong năm 2022", "2022-12-31")),
        nq("Thực hiện thống nhất quản lý nhà nước về địa chất, khoáng sản; quản lý tập", "III.3", due=T2025),
        nq("Áp dụng mô hình quản trị tài nguyên khoáng sản minh bạch, hiệu quả của thế giới;", "III.3"),
        nq("Ưu tiên cấp phép dự án khai thác khoáng sản cho tổ chức doanh nghiệp có năng lực,", "III.3"),
        nq("Tăng cường thanh tra, kiểm tra, giám sát, xem xét trách nhiệm đối với các", "III.3"),
        nq("Ưu tiên bố trí ngân sách nhà nước kết hợp huy động và sử dụng hiệu quả", "III.4"),
        nq("Khuyến khích đầu tư, đổi mới đồng bộ công nghệ, thiết bị tiên tiến, hiện đại,", "III.4",
           modality="encouragement"),
        nq("Hoàn thành việc chuyển đổi toàn diện công nghệ, thiết bị các cơ sở khai thác,", "III.4",
           due=d_date("trước năm 2030", "2029-12-31")),
        nq("Hoàn thành xây dựng cơ sở dữ liệu quốc gia về tài nguyên địa chất, khoáng sản,", "III.4", due=T2025),
        nq("Hoàn thành đầu tư dự án khai thác, chế biến quặng crômit tại Cổ Định (Thanh Hoá),", "III.4", due=T2025),
        nq("Nghiên cứu, lựa chọn công nghệ tiệm cận trình độ thế giới để đầu tư khai thác", "III.4",
           due=d_date("hoàn thành trước năm 2030", "2029-12-31")),
        nq("Duy trì hoạt động hiệu quả các dự án khai thác, chế biến bôxít - alumin - nhôm,", "III.4"),
        nq("Chú trọng đào tạo, bổ sung đội ngũ cán bộ khoa học - kỹ thuật, chuyên gia", "III.5"),
        nq("Đẩy mạnh hợp tác, học tập kinh nghiệm quốc tế trong nghiên cứu, điều tra các", "III.5"),
        nq("Cấp ủy, tổ chức đảng các cấp tổ chức phổ biến, quán triệt, tuyên truyền nội dung", "IV.1",
           ["Cấp ủy, tổ chức đảng các cấp"], product="chương trình"),
        nq("Đảng đoàn Quốc hội lãnh đạo, chỉ đạo việc rà soát, sửa đổi, hoàn thiện pháp luật", "IV.2",
           ["Đảng đoàn Quốc hội"]),
        nq("Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo việc lập, phê duyệt, triển khai", "IV.3",
           ["Ban cán sự đảng Chính phủ"]),
        nq("sớm tổng kết việc thực hiện Luật Khoáng sản năm 2010 để xây dựng, trình Quốc hội", "IV.3",
           ["Ban cán sự đảng Chính phủ"], due=d_date("trước năm 2024", "2023-12-31"), report_to="Quốc hội khóa XV"),
        nq("Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan tổ chức,", "IV.4",
           ["Ban Tuyên giáo Trung ương"], lead=["Ban Tuyên giáo Trung ương"], support=["các cơ quan liên quan"]),
        nq("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội xây dựng chương trình,", "IV.5",
           ["Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"], product="chương trình"),
        nq("Ban cán sự đảng Bộ Tài nguyên và Môi trường chủ trì phối hợp với các cơ quan", "IV.6",
           ["Ban cán sự đảng Bộ Tài nguyên và Môi trường"], lead=["Ban cán sự đảng Bộ Tài nguyên và Môi trường"],
           support=["các cơ quan có liên quan"], due=d_cont("thường xuyên")),
        nq("định kỳ sơ kết, tổng kết, báo cáo Bộ Chính trị, Ban Bí thư về tình hình", "IV.6",
           ["Ban cán sự đảng Bộ Tài nguyên và Môi trường"], due=d_rec("định kỳ", None),
           product="báo cáo", report_to="Bộ Chính trị, Ban Bí thư"),
    ],
    "notes": "TRANSCRIPTION: the repository's automatic text extraction from a .docx (first line its own '[Bản trích chữ tự động (docx) … — 68 đoạn, chuẩn hóa Unicode NFC …]' note; table cells joined with ' | ', e.g. the header 'BAN CHẤP HÀNH TRUNG ƯƠNG / ------- | ĐẢNG CỘNG SẢN VIỆT NAM' and the Nơi nhận/signature cell '… Lưu Văn phòng Trung ương Đảng. | T/M BỘ CHÍNH TRỊ'); 18,336 code points = total_chars. The two blank-looking lines (' ' before 'NGHỊ QUYẾT' and before 'Nơi nhận:') are one space each in the display; a no-break space there would not change the count (not verifiable). PARTY Nghị quyết of the Bộ Chính trị (header issuer 'BAN CHẤP HÀNH TRUNG ƯƠNG', signature 'T/M BỘ CHÍNH TRỊ / TỔNG BÍ THƯ'); central, not a Tỉnh ủy. Subject = the title line after 'NGHỊ QUYẾT' as printed ('CỦA BỘ CHÍNH TRỊ VỀ …'; DEBATABLE: without 'CỦA BỘ CHÍNH TRỊ'). Citations: 02-NQ/TW ('Sau 10 năm thực hiện Nghị quyết số 02-NQ/TW …' → mentions, as in tw-75), Luật Khoáng sản năm 2010 and Luật Quy hoạch (names) → mentions. OBLIGATIONS 30. Section 'III- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU': one entry per '-' bullet, addressees [] (no body named; the bullets direct the whole system); the '+' sub-bullets under 'Thể chế hóa … trong đó lưu ý:' are part of that bullet (not separate entries; DEBATABLE). Deadlines: '(hoàn thành trong năm 2022)' → period_end 2022-12-31; 'trước năm 2025' / 'trước năm 2030' / 'trước năm 2024' → kind date with the last day of the preceding year (DEBATABLE: the first day of the named year); the goal 'hướng tới mục tiêu phát thải ròng bằng 0 trước năm 2050' is a target → due null. Bullets holding clauses with different modality or deadlines are split (III.4 'Khuyến khích …' encouragement / 'Hoàn thành việc chuyển đổi … trước năm 2030'; 'Hoàn thành đầu tư … trước năm 2025' / 'Nghiên cứu, lựa chọn công nghệ … hoàn thành trước năm 2030'). III.3 bullet 2 gets 'trước năm 2025' from its second sentence. Section 'IV- TỔ CHỨC THỰC HIỆN' items 1–6: IV.3 split (its last-but-one clause 'sớm tổng kết … trình Quốc hội khóa XV … trước năm 2024' → report_to Quốc hội khóa XV, product null — an amended law, DEBATABLE); IV.6 split in the chủ trì task ('thường xuyên theo dõi …' → continuous, DEBATABLE) and 'định kỳ sơ kết, tổng kết, báo cáo Bộ Chính trị, Ban Bí thư' (recurring, cycle null).",
}

# ---------------------------------------------------------------- 3628/QĐ-UBND (no diacritics)
DOCS["laocai-3628-qd-ubnd-2026"] = {
    "source": src("e481975d78e0df53ef3fc536caa4c42301f05350",
                  "sct-laocai-org-vn/skills/sct-laocai-org-vn/van-ban-goc/2026.10.02-QD-3628-QD-UBND.txt",
                  "70155143894"),
    "kind": "state", "parent_issuer": "", "issuer": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "issuer_as_printed": "UY BAN NHAN DAN TlNH LAO CAI",
    "number": "3628", "symbol": "3628/QĐ-UBND", "symbol_as_printed": "3628 /QD-UBND",
    "type": "Quyết định", "type_code": "QĐ", "place": "Lao Cai", "date": "2026-10-02",
    "subject": "Ban hanh Quy dinh chuc nang, nhiem vu, quyen han va co’ cau to chuc cua So* Cong Thuong tinh Lao Cai",
    "urgency": "", "recipients": [],
    "citations": [
        cit("Luật", "", "2025-06-16", "", "legal_basis", name="Luat To chuc chinh quyen dia phucmg"),
        cit("Nghị định", "150/2025/NĐ-CP", "2025-06-12", "Chinh phu", "legal_basis", as_printed="150/2025/ND-CP"),
        cit("Nghị định", "370/2025/NĐ-CP", "2025-12-31", "Chinh phu", "legal_basis", as_printed="370/2025/ND-CP"),
        cit("Nghị quyết", "66.25/2026/NQ-CP", "2026-09-04", "Chinh phu", "legal_basis"),
        cit("Thông tư", "37/2025/TT-BCT", "2025-06-14", "Bo trudng Bo Cong Thucmg", "legal_basis"),
        cit("Thông tư", "50/2026/TT-BCT", "2026-09-13", "Bd trudng Bd Cong Thuong", "legal_basis"),
        cit("Quyết định", "3620/QĐ-UBND", "2026-10-02", "Uy ban nhdn dan tinh Lao Cai", "legal_basis", as_printed="3620/QD-UBND"),
        cit("Tờ trình", "6205/TTr-SCT", "2026-10-02", "Gidm doc So Cong Thuong", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luat Thong ke"),
    ],
    "truncated": False,
    "signature": {"authority": ["TM. UY BAN NHAN DAN"], "title": "CHU TICH", "name": "Nguyen Tuan Anh"},
    "distribution": ["Bo Cong Thirong", "Van phong Chinh phu", "TT. Tinh uy, HDND tinh", "Doan DBQH tinh",
                     "Chu tich, cac Pho CT. UBND tinh", "So Tir phap", "Nhir Dieu 2", "Chanh VP, PCVP UBND tinh",
                     "Trung tarn TT&HN tinh (C6ng TTDT tinh)", "Lun: VT, NC(Thg)"],
    "obligations": [
        ob("Chanh Van phong Uy ban nhan dan tinh; Giam doc So Noi vu;", "Dieu 2",
           ["Van phong Uy ban nhan dan tinh", "So Noi vu", "Sb Cong Thuong", "cac so, ban, nganh",
            "Uy ban nhan dan cac xa, phuung", "cac co quan, don vi co lien quan"]),
        ob("Can cu chuc nang, nhiem vu, co cau to chuc, vi tri viec lam va co cau", "Quy dinh Dieu 4.2",
           ["Sb Cong Thuong"], lead=["Sb Cong Thuong"], support=["Sb Npi vu"],
           due=d_rec("hang nam", "yearly"), product="kế hoạch", report_to="Uy ban nhan dan tinh"),
        ob("So1 Cong Thuong co trach nhiem chu tri, phoi hop voi So Noi vu", "Quy dinh Dieu 8.1",
           ["So1 Cong Thuong"], lead=["So1 Cong Thuong"], support=["So Noi vu"]),
        ob("Can cu quy dinh nay, Giam doc So Cong Thuong co trach nhiem chi dao,", "Quy dinh Dieu 8.2",
           ["So Cong Thuong"]),
        ob("Trong qua trinh to chuc thuc hien Quy dinh nay, neu co van de phat", "Quy dinh Dieu 8.3",
           ["Sd Cong Thuong"], product="báo cáo", report_to="Uy ban nhan dan tinh"),
    ],
    "notes": "TRANSCRIPTION: the repository's text layer of a scanned, OCR'd PDF that LOST ALL VIETNAMESE DIACRITICS ('UY BAN NHAN DAN', 'QUYET DINH', 'Dieu 2') with OCR confusions ('TlNH', 'ngdy', 'thdng', 'Sb'/'Sd'/'So1' for Sở, 'Thirong', 'Nhir'), stray diacritic-debris lines ('r   **', '9   r   y …', '•A   Z   X …') between text lines, pdftotext -layout columns (header issuer and motto side by side; Nơi nhận and signature interleaved). It holds the Quyết định (2 pages) and its annexed Quy định (Chương I–IV, 8 Điều). read_file's display is 9 code points shorter than the stored file (21,707 vs 21,716): nine form feeds were restored, one before each page-number line ('2' … '8', a bare '9' at line start and an indented '9'); the count matches, the positions are inferred (page breaks not shown). HEADER: coded values restored — symbol 3628/QĐ-UBND (printed '3628 /QD-UBND'), type Quyết định (printed 'QUYET DINH'), type_code QĐ; issuer canonical ỦY BAN NHÂN DÂN TỈNH LÀO CAI with issuer_as_printed (the printed lines interleave with the motto: checker miss); text values as printed without diacritics: place 'Lao Cai', subject (its two lines joined without the debris line 'r   **' between them: checker miss), signature, distribution (the Nơi nhận lines carry no '-'; 'Nhir Dieu 2:' ends with ':' for ';', dropped). Citations: the six Căn cứ → legal_basis (370/2025/NĐ-CP nested in 150's description with its own number, taken as part of the basis; DEBATABLE: mentions); cited symbols restored with as_printed where Đ was printed D; issuers as printed; 'Theo de nghi cua … To trinh so 6205/TTr-\\nSCT' → mentions; Luat Thong ke (annex, name) → mentions. OBLIGATIONS 5. Quyết định: Điều 2's second paragraph (execution article; officials → bodies: 'Chanh Van phong …' → Van phong Uy ban nhan dan tinh, 'Giam doc So Noi vu' → So Noi vu, 'Giam doc Sb Cong Thuong' → Sb Cong Thuong, 'Thu truung cac so, ban, nganh' → cac so, ban, nganh, 'Chu tich Uy ban nhan dan cac xa, phuung' → Uy ban nhan dan cac xa, phuung; strings as printed). Annexed Quy định (section prefix 'Quy dinh'): Điều 8 'Trach nhiem thi hanh' items 1–3 and Điều 4.2 (yearly 'hang nam, Sb Cong Thuong chu tri, phoi hop vbi Sb Npi vu xay dung ke hoach bien che … de trinh Uy ban nhan dan tinh' → recurring yearly, product kế hoạch). DEBATABLE: Điều 2 of the Quy định (the Sở's functions 'Nhiem vu va quyen han', 16 items) and Điều 5–7 (working relations, 'co trach nhiem bao cao …') are standing functions, not assignments → not recorded. Products given in Vietnamese with diacritics (normalised labels); Điều 8.3 'kip then bao cao' (kịp thời) → due null.",
}

# ---------------------------------------------------------------- 6795/SNNMT-KS
CTY = ["Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô"]
CQ = "cơ quan quản lý nhà nước có thẩm quyền cấp giấy phép khai thác khoáng sản"
H1 = d_rel("Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản", 0, "day",
           "đưa mỏ đi vào hoạt động khai thác khoáng sản (before)")
DOCS["laocai-6795-snnmt-ks-2026"] = {
    "source": src("3b67f23ae2ef698b95b654bbfdcc8f0c12bd78c6",
                  "qlks-sct-vn/skills/qlks-sct-vn/van-ban-goc/CV-6795-SNNMT-KS-17-7-2026-nghia-vu-sau-cap-phep-mo-Quy-Xa.txt",
                  "54616694429"),
    "kind": "state", "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "number": "6795", "symbol": "6795/SNNMT-KS", "type": "Công văn", "type_code": "",
    "place": "Lào Cai", "date": "2026-07-17",
    "subject": "thực hiện các quy định của pháp luật sau khi được cấp Giấy phép khai thác khoáng sản",
    "urgency": "", "recipients": CTY,
    "citations": [
        cit("Giấy phép khai thác khoáng sản", "199/GP-BNNMT", "2026-07-14", "Bộ Nông nghiệp và Môi trường", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật Địa chất và khoáng sản"),
        cit("Nghị định", "193/2025/NĐ-CP", "2025-07-02", "", "mentions"),
        cit("Thông tư", "31/2025/TT-BCT", "2025-05-16", "Bộ Công Thương", "mentions"),
        cit("Thông tư", "36/2025/TT-BNNMT", "2025-07-02", "", "mentions"),
        cit("văn bản", "5141/SNNMT-KS", "2025-12-29", "Sở Nông nghiệp và Môi trường", "mentions"),
        cit("Luật", "", None, "", "mentions", name="Luật Đất đai 2024"),
    ],
    "truncated": False,
    "signature": {"authority": ["KT. GIÁM ĐỐC"], "title": "PHÓ GIÁM ĐỐC", "name": "Phạm Năng Chung"},
    "distribution": ["Như trên", "UBND tỉnh (b/c)", "Các Sở, ngành: Xây dựng, Công Thương, Tài chính, Thuế tỉnh",
                     "UBND xã Văn Bàn (p/h)", "Lãnh đạo Sở", "Lưu: VT, QLĐ, CCMT, KS"],
    "obligations": [
        ob("Thực hiện cắm mốc khu vực khai thác và thực hiện thủ tục báo cáo, bàn", "1", CTY, due=H1),
        ob("Phối hợp với UBND xã Văn Bàn khẩn trương thực hiện công tác bồi", "1", CTY,
           support=["UBND xã Văn Bàn"],
           due=d_rel("trước khi thực hiện xây dựng cơ bản mỏ, khai thác khoáng sản", 0, "day",
                     "thực hiện xây dựng cơ bản mỏ, khai thác khoáng sản (before)")),
        ob("Thực hiện các thủ tục để cấp có thẩm quyền ban hành Quyết định cho thuê", "1", CTY, due=H1),
        ob("Thực hiện lập bản đồ hiện trạng, bản vẽ mặt cắt hiện trạng khu vực", "1", CTY, due=H1,
           product="bản đồ"),
        ob("Thực hiện thủ tục lập, thẩm định, phê duyệt thiết kế mỏ theo quy định", "1", CTY, due=H1),
        ob("Đăng ký, thông báo ngày bắt đầu xây dựng cơ bản mỏ, ngày bắt đầu khai", "1", CTY,
           due=d_rel("trước khi thực hiện hoạt động đó", 0, "day", "thực hiện hoạt động đó (before)"),
           report_to=CQ),
        ob("Thông báo bằng văn bản về trình độ chuyên môn, năng lực quản lý của", "1", CTY,
           due=d_rel("trước ngày bắt đầu khai thác mỏ", 0, "day", "ngày bắt đầu khai thác mỏ (before)"),
           product="văn bản", report_to=CQ),
        ob("Lập hồ sơ pháp lý về bảo vệ môi trường trình cơ quan có thẩm quyền", "1", CTY, due=H1,
           product="hồ sơ", report_to="cơ quan có thẩm quyền"),
        ob("Thực hiện nộp đầy đủ các nghĩa vụ tài chính theo quy định: Tiền cấp", "1", CTY, due=H1),
        ob("Thực hiện nghiêm túc, đầy đủ các nghĩa vụ trong khai thác khoáng sản,", "2.1", CTY),
        ob("Tổ chức, cá nhân hoạt động khoáng sản thực hiện bảo vệ tài nguyên địa", "2.2", CTY),
        ob("Thực hiện bảo vệ khoáng sản trong phạm vi ranh giới khu vực được phép", "2.2", CTY),
        ob("Yêu cầu thực hiện công tác quản lý, thống kê, kê khai, kiểm soát sản lượng,", "2.3", CTY,
           product="báo cáo"),
        ob("Thực hiện các quy định, yêu cầu về an toàn, vệ sinh lao động và", "2.4", CTY,
           product="kế hoạch", report_to="cơ quan quản lý nhà nước có thẩm quyền"),
        ob("Khi có nguy cơ xảy ra sự cố kỹ thuật gây mất an toàn, vệ sinh", "2.4", CTY),
        ob("Thực hiện chế độ báo cáo về tai nạn lao động, an toàn lao động, vệ", "2.4", CTY,
           product="báo cáo"),
        ob("Đối với các đối với các trường hợp quy định tại khoản 2 Điều 60", "2.4", CTY),
        ob("Tổ chức, cá nhân hoạt động khai thác khoáng sản sử dụng đất thực hiện", "2.5", CTY),
        ob("Thực hiện các quy định về việc sử dụng đất cho hoạt động khoáng sản", "2.5", CTY),
        ob("Chủ động phối hợp với UBND xã Văn Bàn tổ chức thực hiện công tác", "2.5", CTY,
           support=["UBND xã Văn Bàn"], product="hồ sơ"),
        ob("Thực hiện đầy đủ quyền, nghĩa vụ của người sử dụng đất để thực hiện", "2.5", CTY),
        ob("Sau khi được cấp có thẩm quyền cho thuê đất, cấp giấy chứng nhận quyền", "2.5", CTY),
        ob("nghiêm cấm việc sử dụng đất khi chưa hoàn thiện tủ thục pháp lý về", "2.5", CTY,
           modality="prohibition"),
        ob("Việc sử dụng nước, xả thải vào nguồn nước trong hoạt động khoáng sản", "2.5", CTY),
        ob("Thực hiện các quy định về bảo vệ môi trong khai thác khoáng sản tại", "2.6", CTY),
        ob("Xây dựng các công trình xử lý chất thải, quản lý chất thải phát sinh", "2.6", CTY),
        ob("Sở Nông nghiệp và Môi trường yêu cầu Công ty cổ phần Khai thác và", "¶34", CTY),
        ob("trong quá trình thực hiện có khó khăn vướng mắc kịp thời phối hợp, làm", "¶34", CTY,
           report_to="Sở Nông nghiệp và Môi trường"),
    ],
    "notes": "TRANSCRIPTION: pdftotext -layout text layer kept in the repository (no note line; leading spaces; footnotes printed at the page foot and glued to the text before the page number: '… thiết kế mỏ1 .' / '1 Nội dung thiết kế mỏ …', footnotes 2–3 between 2.2 and its next bullet, footnote 4 after the signature; Nơi nhận and signature interleaved). read_file's display is 4 code points shorter than the stored file (10,317 vs 10,321): three form feeds were restored, one before each page-number line ('2', '3', '4'; positions inferred); 1 code point is still missing and was not located (most likely a decomposed diacritic of the signed PDF's text layer, as found in corpus11; a final form feed after the last page is the other candidate). State letter of a provincial Sở to a mining company (Lào Cai). Citations: the company's licence 199/GP-BNNMT ('Giấy phép khai thác khoáng sản số …', issuer Bộ Nông nghiệp và Môi trường) → mentions; the laws, 193/2025/NĐ-CP (no issuer named), the footnotes' 31/2025/TT-BCT and 36/2025/TT-BNNMT, and 5141/SNNMT-KS ('theo hướng dẫn của Sở … tại văn bản số …') → mentions. OBLIGATIONS 28: the opening 'Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:' is a lead-in; every '-' bullet and unbulleted item paragraph is an entry with the company (Kính gửi) as addressee, including bullets whose grammatical subject restates the law's class ('Tổ chức, cá nhân hoạt động khoáng sản …', 2.2/2.5) or names the company's officers ('giám đốc điều hành mỏ hoặc nhân sự điều hành mỏ phải …', 2.4) (DEBATABLE). Deadlines: heading 1 'Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản' → relative 0 day before that event, inherited by its bullets unless a bullet has its own ('trước khi thực hiện xây dựng cơ bản mỏ, khai thác khoáng sản', 'trước khi thực hiện hoạt động đó', 'trước ngày bắt đầu khai thác mỏ') (DEBATABLE: heading inheritance of a due); 'từ khi bắt đầu xây dựng cơ bản mỏ' is a start, not a deadline; heading 2 'Trong quá trình hoạt động khai thác khoáng sản' is the period of the duties → due null (DEBATABLE: continuous). 'Phối hợp với UBND xã Văn Bàn' → support, lead null. 2.5 bullet 5 split: the duty, and its clause 'nghiêm cấm việc sử dụng đất khi chưa hoàn thiện tủ thục pháp lý …' → modality prohibition. Closing ¶34 (counting every printed paragraph after Kính gửi — opening ¶1, headings and bullets, footnotes not counted) split in two: the demand, and 'trong quá trình thực hiện có khó khăn vướng mắc kịp thời phối hợp, làm việc trực tiếp, phản ánh về Sở …' → report_to Sở Nông nghiệp và Môi trường. Footnote 3's 'nếu phát hiện khoáng sản mới phải báo cáo ngay …' restates the law → not recorded.",
}


def main():
    for name, d in DOCS.items():
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(OUT, "figures.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": len(DOCS), "held_out": False}, f)
        f.write("\n")
    for name, d in DOCS.items():
        print(name, len(d["obligations"]))


if __name__ == "__main__":
    main()
