# Build the HTML sources of the two renderings made here from the stored texts (src/*.stored.txt), laid out as the
# printed documents are: a two-column header table, body paragraphs, the Nơi nhận list beside the signature block,
# annex tables. Wording is taken verbatim from the stored text; only layout is added. Then:
#   byt-3276: soffice -> PDF -> pdftotext -layout   (PDF text layer)
#   ttg-2581: pandoc -f html -t docx -> pandoc -f docx -t markdown   (pandoc Markdown from .docx)
import html, os, re, subprocess
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
E = html.escape
CSS = ('<style>body{font-family:"DejaVu Serif";font-size:11pt} td{vertical-align:top} '
       'table.grid td{border:1px solid #000;font-size:9pt} .c{text-align:center} p{text-align:justify}</style>')

def page(title, body):
    return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{E(title)}</title>{CSS}</head><body>\n{body}\n</body></html>\n'

def grid(rows):
    out = ['<table class="grid" cellspacing="0" cellpadding="2">']
    for cells in rows:
        out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in cells) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

# ------------------------------------------------------------------ byt-3276
T = open('src/byt-3276-qd-byt-2025.stored.txt', encoding='utf-8').read()
PFX = 'Quyết định 3276/QĐ-BYT năm 2025. '
lines = T.split('\n')
b = []
b.append('<table width="100%"><tr><td class="c" width="40%"><b>BỘ Y TẾ</b><br>-------<br>Số: 3276/QĐ-BYT</td>'
         '<td class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>'
         '<i>Hà Nội, ngày 17 tháng 10 năm 2025</i></td></tr></table>')
b.append('<p class="c"><b>QUYẾT ĐỊNH</b><br><b>BAN HÀNH DANH MỤC MÃ ĐỐI TƯỢNG ĐẾN KHÁM BỆNH, CHỮA BỆNH VÀ MÃ NHIÊN LIỆU PHỤC VỤ '
         'VIỆC GỬI DỮ LIỆU ĐIỆN TỬ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ</b></p>')
b.append('<p class="c"><b>BỘ TRƯỞNG BỘ Y TẾ</b></p>')
i = lines.index('Căn cứ Luật Bảo hiểm y tế;')
j = lines.index('Nơi nhận:')
for ln in lines[i:j]:
    if not ln.strip():
        continue
    ln = ln.replace(PFX, '')
    if ln == 'QUYẾT ĐỊNH:':
        b.append('<p class="c"><b>QUYẾT ĐỊNH:</b></p>'); continue
    m = re.match(r'(Điều \d+\.)(.*)', ln)
    b.append(f'<p><b>{E(m.group(1))}</b>{E(m.group(2))}</p>' if m else f'<p><i>{E(ln)}</i></p>' if ln.startswith(('Căn cứ', 'Theo đề nghị')) else f'<p>{E(ln)}</p>')
k = lines.index('Lưu: VT, BH.'.join(['- ', '']))
noi = '<br>'.join(E(x) for x in lines[j + 1:k + 1])
b.append('<table width="100%"><tr><td width="55%"><b><i>Nơi nhận:</i></b><br>' + noi + '</td>'
         '<td class="c"><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG THƯỜNG TRỰC</b><br><br><br><br><b>Vũ Mạnh Hà</b></td></tr></table>')
rest = lines[k + 4:]          # after the signature line, the blank line and the crawler's 'Quyết định 3276/QĐ-BYT năm 2025.' line
cur = []
def flush():
    if cur:
        b.append(grid(cur)); cur.clear()
for ln in rest:
    if ln.startswith('|'):
        if re.match(r'^\|[-\s|]+\|?\s*$', ln):
            continue
        cells = [c.strip() for c in ln.strip().strip('|').split('|')]
        cur.append([E(c).replace('&lt;br&gt;', '<br>') for c in cells])
        continue
    flush()
    if not ln.strip():
        continue
    if ln.startswith(('PHỤ LỤC', 'DANH MỤC')):
        b.append(f'<p class="c"><b>{E(ln)}</b></p>')
    else:
        b.append(f'<p>{E(ln)}</p>')
flush()
open('src/byt-3276-qd-byt-2025.html', 'w', encoding='utf-8').write(page(' ', '\n'.join(b)))

# ------------------------------------------------------------------ ttg-2581
T = open('src/ttg-2581-qd-ttg-2025.stored.txt', encoding='utf-8').read()
lines = T.split('\n')
b = []
b.append('<table width="100%"><tr><td class="c" width="40%"><b>THỦ TƯỚNG CHÍNH PHỦ</b><br>-------<br>Số: 2581/QĐ-TTg</td>'
         '<td class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>'
         '<i>Hà Nội, ngày 24 tháng 11 năm 2025</i></td></tr></table>')
i = lines.index('QUYẾT ĐỊNH')
b.append('<p class="c"><b>QUYẾT ĐỊNH</b></p>')
b.append(f'<p class="c"><b>{E(lines[i + 1])}</b></p>')
b.append(f'<p class="c"><b>{E(lines[i + 2])}</b></p>')
j = lines.index('Nơi nhận:')
for ln in lines[i + 3:j]:
    if not ln.strip():
        continue
    if ln == 'QUYẾT ĐỊNH:':
        b.append('<p class="c"><b>QUYẾT ĐỊNH:</b></p>'); continue
    m = re.match(r'(Điều \d+\.)(.*)', ln)
    b.append(f'<p><b>{E(m.group(1))}</b>{E(m.group(2))}</p>' if m else f'<p><i>{E(ln)}</i></p>' if ln.startswith(('Căn cứ', 'Theo đề nghị')) else f'<p>{E(ln)}</p>')
k = next(n for n in range(j, len(lines)) if lines[n].startswith('- Lưu: VT, CN (2).'))
noi = '<br>'.join(E(x.rstrip()) for x in lines[j + 1:k]) + '<br>- Lưu: VT, CN (2). 67b'
b.append('<table width="100%"><tr><td width="55%"><b><i>Nơi nhận:</i></b><br>' + noi + '</td>'
         '<td class="c"><b>KT. THỦ TƯỚNG<br>PHÓ THỦ TƯỚNG</b><br><br><br><br><b>Trần Hồng Hà</b></td></tr></table>')
rest = lines[k + 5:]
rows = []
def flush2():
    if rows:
        b.append(grid(rows)); rows.clear()
for ln in rest:
    if ' | ' in ln or ln.rstrip().endswith('|') or ln.startswith(' |'):
        if ln.startswith('(') and rows:       # a cell's second line (docx cell with a line break)
            first, *more = ln.split(' | ')
            rows[-1][-1] += '<br>' + E(first.strip())
            rows[-1].extend(E(c.strip()) for c in more)
        else:
            rows.append([E(c.strip()) for c in ln.split('|')])
        continue
    flush2()
    if not ln.strip():
        continue
    if ln.startswith(('PHỤ LỤC', 'ĐIỀU CHỈNH')):
        b.append(f'<p class="c"><b>{E(ln)}</b></p>')
    elif ln.startswith('(Kèm theo'):
        b.append(f'<p class="c"><i>{E(ln)}</i></p>')
    else:
        b.append(f'<p>{E(ln)}</p>')
flush2()
open('src/ttg-2581-qd-ttg-2025.html', 'w', encoding='utf-8').write(page(' ', '\n'.join(b)))

def run(cmd):
    print('$', cmd); subprocess.run(cmd, shell=True, check=True)
run('cd src && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export byt-3276-qd-byt-2025.html >/dev/null')
run('pdftotext -layout -enc UTF-8 src/byt-3276-qd-byt-2025.pdf byt-3276-qd-byt-2025.txt')
run('pandoc -f html -t docx -o src/ttg-2581-qd-ttg-2025.docx src/ttg-2581-qd-ttg-2025.html')
run('pandoc -f docx -t markdown src/ttg-2581-qd-ttg-2025.docx -o ttg-2581-qd-ttg-2025.txt')
