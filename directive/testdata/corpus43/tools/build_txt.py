# Writes the .txt files of corpus43 from the read_file answers kept in src/ (the JSON strings pasted as returned,
# decoded with json.load; each src file keeps the answer's id, offset, text and total_chars). 100/NQ-CP came in three
# pages (offsets 0, 16000, 32000); they are joined. Each page's offset must equal the length joined so far, and each
# text's code-point count must equal read_file's total_chars. Written UTF-8 with newline=''.
import json, os, sys, unicodedata
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def raw(n): return json.load(open('src/raw_%s.json' % n, encoding='utf-8'))
def pages(*ns):
    ps = [raw(n) for n in ns]
    t = ''
    for p in ps:
        assert p['offset'] == len(t), (p['offset'], len(t))
        t += p['text']
    assert len(t) == ps[0]['total_chars'], (len(t), ps[0]['total_chars'])
    assert unicodedata.is_normalized('NFC', t) and '\r' not in t
    return t
out = {
    'cp-100-2026-nq-cp': pages('100_p1', '100_p2', '100_p3'),
    'conghai-100-cv-du-2025': pages('cv100'),
    'conghai-103-cv-du-2025': pages('cv103'),
    'conghai-115-cv-du-2025': pages('cv115'),
}
for name, t in out.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(t)
    print(name, len(t))
