# Decode read_file's JSON strings (src/p*.json), join pages, write the .txt files unchanged (newline='').
import json, unicodedata
DOCS = {
    'ttg-1422-qd-ttg-2024': (['src/p1422_1.json', 'src/p1422_2.json'], 31274),
    'cp-88-nq-cp-2022': (['src/p88_1.json', 'src/p88_2.json'], 20629),
    'bxd-836-qd-bxd-2019': (['src/p836_1.json'], 11657),
    'ttg-13-ct-ttg-2024': (['src/p13_1.json'], 8992),
}
for name, (pages, total) in DOCS.items():
    parts = [json.load(open(p, encoding='utf-8')) for p in pages]
    text = ''.join(parts)
    with open(name + '.txt', 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    print(name, 'pages', [len(p) for p in parts], 'copy', len(text), 'stored', total,
          'diff', total - len(text), 'NFC', unicodedata.is_normalized('NFC', text))
