# Writes the .txt files of corpus40 from the read_file answers kept in src/ (the JSON strings pasted as returned,
# decoded with json.load). 61/2025/QĐ-CTUBND and 15/2025/QĐ-TTg came in three pages each (offsets 0, 16000,
# 32000); they are joined.
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
    'danang-52-2025-nq-hdnd': pages('52'),
    'danang-28-2022-nq-hdnd': pages('28'),
    'danang-61-2025-qd-ctubnd': pages('61_p1', '61_p2', '61_p3'),
    'ttg-15-2025-qd-ttg': pages('15_p1', '15_p2', '15_p3'),
}
for name, t in out.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(t)
    print(name, len(t))
