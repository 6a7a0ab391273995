import json, re
def load(path):
    return open(path, encoding='utf-8').read()
def ts(text, prefix, n=12, occurrence=0):
    """first n whitespace tokens starting at the occurrence of prefix, within its line / table cell"""
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(prefix, i + 1)
    line = text[i:].split('\n', 1)[0]
    cell = line.split(' | ', 1)[0].rstrip(' |')
    toks = cell.split()
    return ' '.join(toks[:n])
def ob(text_start, section, addressees, lead=None, support=None, modality='obligation', due=None, product=None, report_to=None, via=None):
    return dict(text_start=text_start, section=section, addressees=addressees, lead=lead, support=support,
                modality=modality, due=due, product=product, report_to=report_to, via=via)
def pe(text, date):
    return {"text": text, "kind": "period_end", "date": date}
def rec(text, cycle):
    return {"text": text, "kind": "recurring", "cycle": cycle}
def norm(s):
    return re.sub(r'[\s*\\|_#>]', '', s).lower()
def check(doc, text):
    miss = []
    def chk(label, s):
        if s and norm(s) not in norm(text):
            miss.append((label, s))
    for o in doc['obligations']:
        chk('text_start', o['text_start'])
        n = len(o['text_start'].split())
        if not 8 <= n <= 15: miss.append(('ts-len', o['text_start']))
        for k in ('addressees', 'lead', 'support'):
            for b in (o[k] or []): chk(k, b)
        for k in ('report_to', 'via'): chk(k, o[k])
        if o['due']: chk('due', o['due']['text'])
    for d in doc['distribution']: chk('dist', d)
    for k in ('authority',): [chk('sig', a) for a in doc['signature']['authority']]
    chk('sig', doc['signature']['title']); chk('sig', doc['signature']['name'])
    chk('subject', doc['subject']); chk('symbol', doc['symbol'])
    for c in doc['citations']:
        chk('cit', c.get('as_printed') or c.get('symbol')); chk('cit', c.get('name'))
    return miss
