# Renders the two .txt files from the rebuilt RTFs (run tools/build_src.py first).
#   btc-08-2001-tt-btc: LibreOffice PDF, then its text layer with layout (pdftotext drops U+00AD = TCVN3 'ư').
#   btc-40-2000-tt-btc: pandoc plain text (keeps U+00AD).
import os, subprocess, shutil
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', 'src', 'src/btc-08-2001-tt-btc.rtf'], check=True)
subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', 'src/btc-08-2001-tt-btc.pdf', 'btc-08-2001-tt-btc.txt'], check=True)
subprocess.run(['pandoc', '-f', 'rtf', '-t', 'plain', '--wrap=preserve', 'src/btc-40-2000-tt-btc.rtf', '-o', 'btc-40-2000-tt-btc.txt'], check=True)
