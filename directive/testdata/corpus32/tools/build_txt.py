# Rebuilds the texts of corpus32 from src/raw_*.json (read_file's JSON strings, decoded with json.load) and, with --render,
# the rendering made here (LibreOffice-written .docx read back by pandoc).
import json, os, subprocess, sys, shutil, tempfile
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def w(path, t): open(path, 'w', encoding='utf-8', newline='').write(t)
t = json.load(open('src/raw_904.json', encoding='utf-8'))['text']            # 4,521 as displayed
# read_file's display drops form feeds (corpus12/17): restore one before the page-number line '2' and one at the end
i = t.index('                                       2\n'); t = t[:i] + '\f' + t[i:] + '\f'
w('laocai-904-qd-ubnd-2025.txt', t)                                              # 4,523 = total_chars
w('src/laocai-ks-ubnd-kt-2026.stored.txt', json.load(open('src/raw_ks.json', encoding='utf-8'))['text'])  # 10,878 = total_chars
if '--render' in sys.argv:
    d = tempfile.mkdtemp()
    shutil.copy('src/laocai-ks-ubnd-kt-2026.stored.txt', d + '/ks.txt')
    run = lambda *a: subprocess.run(a, cwd=d, check=True, capture_output=True)
    run('soffice', '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'docx:MS Word 2007 XML', 'ks.txt')
    run('pandoc', '-f', 'docx', '-t', 'markdown', 'ks.docx', '-o', 'out.txt')
    shutil.copy(d + '/ks.docx', 'src/laocai-ks-ubnd-kt-2026.docx'); shutil.copy(d + '/out.txt', 'laocai-ks-ubnd-kt-2026.txt')
print('ok')
