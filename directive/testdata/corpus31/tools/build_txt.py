# Rebuilds the texts of corpus31 from src/raw_*.json (read_file's JSON strings, decoded with json.load) and, with --render,
# the two renderings made here (LibreOffice 7.4, poppler pdftotext, pandoc 2.17).
import json, os, subprocess, sys, shutil, tempfile
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def w(path, t): open(path, 'w', encoding='utf-8', newline='').write(t)
w('cp-106-nq-cp-2021.txt', json.load(open('src/raw_106.json', encoding='utf-8'))['text'])        # 5,391 = total_chars
w('btc-5845-btc-tchq-2019.txt', json.load(open('src/raw_5845.json', encoding='utf-8'))['text'])  # 3,097 = total_chars
G = json.load(open('src/raw_gen.json', encoding='utf-8'))   # the three RealDoc text strings of the generator
w('hanoi-2280-qd-ubnd-2026.txt', G['2280'] + '\n')
w('src/ttg-729-qd-ttg-2026.stored.txt', G['729'] + '\n')
w('src/hanoi-453-tb-ubnd-2026.stored.txt', G['453'] + '\n')
if '--render' in sys.argv:
    d = tempfile.mkdtemp()
    shutil.copy('src/ttg-729-qd-ttg-2026.stored.txt', d + '/ttg-729.txt')
    shutil.copy('src/hanoi-453-tb-ubnd-2026.stored.txt', d + '/hanoi-453.txt')
    run = lambda *a: subprocess.run(a, cwd=d, check=True, capture_output=True)
    run('soffice', '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'pdf:writer_pdf_Export', 'ttg-729.txt')
    run('soffice', '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'docx:MS Word 2007 XML', 'hanoi-453.txt')
    run('pdftotext', '-layout', '-enc', 'UTF-8', 'ttg-729.pdf', 'out-729.txt')
    run('pandoc', '-f', 'docx', '-t', 'markdown', 'hanoi-453.docx', '-o', 'out-453.txt')
    shutil.copy(d + '/ttg-729.pdf', 'src/ttg-729-qd-ttg-2026.pdf'); shutil.copy(d + '/out-729.txt', 'ttg-729-qd-ttg-2026.txt')
    shutil.copy(d + '/hanoi-453.docx', 'src/hanoi-453-tb-ubnd-2026.docx'); shutil.copy(d + '/out-453.txt', 'hanoi-453-tb-ubnd-2026.txt')
print('ok')
