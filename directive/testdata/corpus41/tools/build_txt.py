# Writes the .txt files of corpus41 from the read_file answers kept in src/ (the JSON strings pasted as returned,
# decoded with json.load). 122/2025/NĐ-CP and 05/2025/QĐ-TTg came in two pages each (offsets 0 and 16000); they are
# joined, each page's offset asserted equal to the length so far.
# Each text's code-point count is checked against read_file's total_chars. Written UTF-8 with newline=''.
import json, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def raw(n): return json.load(open('src/raw_%s.json' % n, encoding='utf-8'))
def pages(*ns):
    ps = [raw(n) for n in ns]
    t = ''
    for p in ps:
        assert p['offset'] == len(t), (p['offset'], len(t))
        t += p['text']
    assert len(t) == ps[0]['total_chars'], (len(t), ps[0]['total_chars'])
    return t
out = {
    'hue-33-2025-nq-hdnd': pages('hue33'),
    'cp-122-2025-nd-cp': pages('cp122_p1', 'cp122_p2'),
    'ttg-05-2025-qd-ttg': pages('ttg05_p1', 'ttg05_p2'),
    'cp-49-2025-nd-cp': pages('cp49'),
}
for name, t in out.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(t)
    print(name, len(t))
