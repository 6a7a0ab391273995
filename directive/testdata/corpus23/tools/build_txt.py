# Decode read_file's JSON strings (src/p*.json), join pages, write the .txt files unchanged (newline='').
import json, unicodedata, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DOCS = {
    'ninhbinh-162-2025-qd-ubnd': (['src/p162_1.json', 'src/p162_2.json'], 22807),
    'dongthap-144-2025-qd-ctubnd': (['src/p144_1.json', 'src/p144_2.json'], 18028),
}
for name, (pages, total) in DOCS.items():
    parts = [json.load(open(p, encoding='utf-8')) for p in pages]
    text = ''.join(parts)
    with open(name + '.txt', 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    print(name, 'pages', [len(p) for p in parts], 'copy', len(text), 'stored', total,
          'diff', total - len(text), 'NFC', unicodedata.is_normalized('NFC', text))
