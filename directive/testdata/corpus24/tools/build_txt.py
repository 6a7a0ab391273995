# Decode read_file's JSON string (src/raw_*.json) and write the stored rendering unchanged (newline='').
# Only laichau-qd-ubnd-2025-blank is a stored rendering; thainguyen-1936-qd-ubnd-2025.txt is made by
# soffice + pdftotext from src/thainguyen-1936-qd-ubnd-2025.html (see README, Renderings).
import json, unicodedata, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DOCS = {
    'laichau-qd-ubnd-2025-blank': (['src/raw_laichau_e.json'], 5242),
}
for name, (pages, total) in DOCS.items():
    parts = [json.load(open(p, encoding='utf-8')) for p in pages]
    text = ''.join(parts)
    with open(name + '.txt', 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    print(name, 'pages', [len(p) for p in parts], 'copy', len(text), 'stored total_chars', total,
          'diff', total - len(text), 'NFC', unicodedata.is_normalized('NFC', text))
