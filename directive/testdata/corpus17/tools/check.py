"""Checks that label strings occur in each .txt (ignoring whitespace, case and * \\ | _ # >) — this helper's own tool."""
import json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'[\s*\\|_#>]+', '', s).lower()
misses = 0; total = 0
for jf in sorted(glob.glob(os.path.join(ROOT, '*.json'))):
    if jf.endswith('figures.json'): continue
    d = json.load(open(jf, encoding='utf-8'))
    t = norm(open(jf[:-5] + '.txt', encoding='utf-8').read())
    labels = []
    for k in ('issuer', 'parent_issuer', 'subject', 'place'):
        if d.get(k): labels.append((k, d[k]))
    labels.append(('symbol', d.get('symbol_as_printed') or d['symbol']))
    labels += [('recipient', r) for r in d['recipients']]
    for c in d['citations']:
        for k in ('symbol', 'issuer', 'name'):
            if c.get(k): labels.append(('cit.' + k, c[k]))
    labels += [('dist', x) for x in d['distribution']]
    s = d['signature']; labels += [('sig', x) for x in s['authority'] + [s['title'], s['name']]]
    for o in d['obligations']:
        n = len(o['text_start'].split())
        if not 8 <= n <= 15: print('  text_start words', n, o['text_start'])
        labels.append(('text_start', o['text_start']))
        for k in ('addressees', 'lead', 'support'):
            for x in (o[k] or []): labels.append((k, x))
        for k in ('report_to', 'via'):
            if o[k]: labels.append((k, o[k]))
        if o['due']: labels.append(('due', o['due']['text']))
    for k, v in labels:
        total += 1
        if norm(v) not in t:
            misses += 1; print(os.path.basename(jf), k, repr(v))
print('labels', total, 'misses', misses)
