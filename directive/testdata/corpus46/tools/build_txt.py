# Writes the .txt files of corpus46 from the read_file answers kept in src/ (the JSON strings pasted as returned,
# decoded with json.load; each src file keeps the answer's id, offset, text and total_chars). 116/NQ-CP came in two
# pages (offsets 0, 16000); they are joined. Each page's offset must equal the length joined so far, and each
# text's code-point count must equal read_file's total_chars. Written UTF-8 with newline=''. (corpus43's build_txt.py
# with the file names changed.)
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
    'cp-116-2026-nq-cp': pages('116_p1', '116_p2'),
    'cp-126-2026-nq-cp': pages('126'),
    'cp-141-2026-nq-cp': pages('141'),
}
for name, t in out.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(t)
    print(name, len(t))
