# Lays out src/quangninh-luongminh-kh-mttq-btt-2025-hiepthuong.source.txt as HTML (header and Nơi nhận/signature as two-column
# tables, one <p> per blank-line-separated block of the body) for LibreOffice -> PDF -> pdftotext -layout.
import html, os, re
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
N = 'quangninh-luongminh-kh-mttq-btt-2025-hiepthuong'
T = open('src/quangninh-luongminh-kh-mttq-btt-2025-hiepthuong.source.txt', encoding='utf-8').read()
blocks = [b for b in re.split(r'\n\s*\n', T)]
blocks = [b for b in blocks if b.strip()]
e = lambda s: html.escape(s)
# header: blocks 0-6 (issuer x3, Số, motto x2, place/date)
left = ['ỦY BAN MTTQ VIỆT NAM', 'XÃ LƯƠNG MINH', '<b>BAN THƯỜNG TRỰC</b>', '', blocks[3]]
right = ['<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>', '<b>' + e(blocks[5].strip()) + '</b>', '', '<i>' + e(blocks[6]) + '</i>']
assert blocks[0] == 'ỦY BAN MTTQ VIỆT NAM' and blocks[3].startswith('Số:') and blocks[6].startswith('Lương Minh')
body_start = 7
i_noi = next(i for i, b in enumerate(blocks) if b.strip() == 'Nơi nhận:')
i_tm = next(i for i, b in enumerate(blocks) if b.strip() == 'TM. BAN THƯỜNG TRỰC')
out = ['<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Serif";font-size:11pt} td{vertical-align:top}</style></head><body>']
out.append('<table width="100%"><tr><td width="45%" align="center">' + '<br>'.join(x if x.startswith('<') else e(x) for x in left) +
           '</td><td width="55%" align="center">' + '<br>'.join(right) + '</td></tr></table>')
for b in blocks[body_start:i_noi]:
    s = e(b.strip())
    if b.strip() == 'KẾ HOẠCH':
        out.append('<p align="center"><b>' + s + '</b></p>')
    elif blocks.index(b) == body_start + 1:
        out.append('<p align="center"><b>' + s + '</b></p>')
    else:
        out.append('<p align="justify">' + s + '</p>')
noi = [b.strip() for b in blocks[i_noi + 1:i_tm]]
# entries broken over blocks in the source ('Ban xây dựng Đảng,' / 'VP Đảng uỷ;', 'Ban công' / 'tác MT thôn;') are joined
ent = []
for b in noi:
    if b.startswith('-') or not ent:
        ent.append(b)
    else:
        ent[-1] = ent[-1] + ' ' + b
sig = [b.strip() for b in blocks[i_tm:]]
out.append('<table width="100%"><tr><td width="50%"><b><i>Nơi nhận:</i></b><br>' + '<br>'.join(e(x) for x in ent) +
           '</td><td width="50%" align="center"><b>' + e(sig[0]) + '<br>' + e(sig[1]) + '</b><br><br><br><br><b>' + e(sig[2]) + '</b></td></tr></table>')
out.append('</body></html>')
open('src/' + N + '.html', 'w', encoding='utf-8').write('\n'.join(out))
print(len(blocks), i_noi, i_tm, ent, sig)
