# Writes the four .txt files from the read_file answers kept in src/ (JSON strings pasted as returned, decoded with json.load).
# 6-KH came in two pages (offset 0 and 16000); they are joined. Each text's code-point count is checked against total_chars.
import json, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def raw(n): return json.load(open('src/raw_%s.json' % n, encoding='utf-8'))
out = {}
for n, name in (('31', 'conghai-31-cv-du-2025'), ('29', 'conghai-29-cv-du-2025'), ('39', 'conghai-39-cv-du-2025')):
    d = raw(n); assert len(d['text']) == d['total_chars'], n; out[name] = d['text']
p1, p2 = raw('6_p1'), raw('6_p2')
assert len(p1['text']) == p2['offset'] == 16000
t = p1['text'] + p2['text']; assert len(t) == p1['total_chars'] == 19791
out['conghai-6-kh-du-2025'] = t
for name, t in out.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(t)
    print(name, len(t))
