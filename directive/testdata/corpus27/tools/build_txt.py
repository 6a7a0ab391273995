# Rebuilds the stored texts from src/raw_*.json (read_file's JSON strings, decoded with json.load) and, with --render,
# the two renderings made here (LibreOffice 7.4.7.2, poppler pdftotext 22.12.0, pandoc 2.17.1.1).
import json, os, subprocess, sys, shutil, tempfile
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
R = lambda n: json.load(open('src/raw_%s.json' % n, encoding='utf-8'))['text']
def w(path, t): open(path, 'w', encoding='utf-8', newline='').write(t)
w('ddqh-3260-kh-ddqh15-2025.txt', R('3260_p1') + R('3260_p2'))                     # 16,000 + 9,959 = 25,959
t = R('4451_part'); w('tct-4451-tct-kk-2016.txt', t[:t.index('(3b).£\n') + 7])        # cut after the Lưu line (6,634)
t = R('460_part'); w('tct-460-qd-tct-2009.txt', t[:t.index('QUY TRÌNH THANH TRA THUÉ')])  # cut before the annexed Quy trình (2,203)
t = R('2736')  # display copy 5,519 + three form feeds located by offset reads = 5,522
t = t.replace('Hội đồng.\n                                        2\n', 'Hội đồng.\n\f                                        2\n')
t = t.replace('giá lựa chọn chủ đầu tư.\n                                          3\n', 'giá lựa chọn chủ đầu tư.\n\f                                          3\n') + '\f'
w('src/laocai-2736-qd-ubnd-2026.stored.txt', t)
w('src/laocai-2496-ubnd-kt-2026.stored.txt', R('2496'))                               # 1,546, no form feed
if '--render' in sys.argv:
    d = tempfile.mkdtemp()
    shutil.copy('src/laocai-2736-qd-ubnd-2026.stored.txt', d + '/laocai-2736.txt')
    shutil.copy('src/laocai-2496-ubnd-kt-2026.stored.txt', d + '/laocai-2496.txt')
    run = lambda *a: subprocess.run(a, cwd=d, check=True, capture_output=True)
    run('soffice', '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'pdf:writer_pdf_Export', 'laocai-2736.txt')
    run('soffice', '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'docx:MS Word 2007 XML', 'laocai-2496.txt')
    run('pdftotext', '-layout', '-enc', 'UTF-8', 'laocai-2736.pdf', 'out-2736.txt')
    run('pandoc', '-f', 'docx', '-t', 'markdown', 'laocai-2496.docx', '-o', 'out-2496.txt')
    shutil.copy(d + '/laocai-2736.pdf', 'src/laocai-2736-qd-ubnd-2026.pdf'); shutil.copy(d + '/out-2736.txt', 'laocai-2736-qd-ubnd-2026.txt')
    shutil.copy(d + '/laocai-2496.docx', 'src/laocai-2496-ubnd-kt-2026.docx'); shutil.copy(d + '/out-2496.txt', 'laocai-2496-ubnd-kt-2026.txt')
print('ok')
