# Decode read_file's JSON strings (src/p*.json), join pages, write the .txt files unchanged (newline='').
# One located character the display drops is restored (see README "Copy fidelity"): a form feed in 24/HDLN.
import json, unicodedata
DOCS = {
    'cuchc-597-hc-qlhc-2026': (['src/p597_1.json'], 5901, []),
    'cuchc-813-hc-cnhc-2026': (['src/p813_1.json'], 5259, []),
    'hdln-24-hdln-2026': (['src/p24_1.json'], 5465, [(3139, '\f')]),
    'cucdck-1178-dck-ctt-2025': (['src/p1178_1.json'], 2427, []),
    'bct-3109-bct-khcn-2018': (['src/p3109_1.json'], 5148, []),
}
for name, (pages, total, inserts) in DOCS.items():
    parts = [json.load(open(p, encoding='utf-8')) for p in pages]
    text = ''.join(parts)
    display = len(text)
    for pos, ch in inserts:
        text = text[:pos] + ch + text[pos:]
    with open(name + '.txt', 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    print(name, 'pages', [len(p) for p in parts], 'display copy', display, 'txt', len(text), 'stored', total,
          'diff', total - len(text), 'NFC', unicodedata.is_normalized('NFC', text))
