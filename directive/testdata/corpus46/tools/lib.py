import json, re
def load(path):
    return open(path, encoding='utf-8', newline='').read()
def flat(text):
    return re.sub(r'\s+', ' ', text)
def ts(text, prefix, n=12, occurrence=0):
    """first n whitespace tokens of the .txt starting at the occurrence of prefix (whitespace-insensitive)"""
    F = flat(text); p = flat(prefix)
    i = -1
    for _ in range(occurrence + 1):
        i = F.index(p, i + 1)
    return ' '.join(F[i:].split(' ')[:n])
def ob(text_start, section, addressees, lead=None, support=None, modality='obligation', due=None, product=None, report_to=None, via=None):
    return dict(text_start=text_start, section=section, addressees=addressees, lead=lead, support=support,
                modality=modality, due=due, product=product, report_to=report_to, via=via)
def cont(text):
    return {"text": text, "kind": "continuous"}
def norm(s):
    return re.sub(r'[\s*\\|_#>]', '', s).lower()
def check(doc, text):
    miss = []; n = 0
    def chk(label, s):
        nonlocal n
        if not s: return
        n += 1
        if norm(s) not in norm(text):
            miss.append((label, s))
    for o in doc['obligations']:
        chk('text_start', o['text_start'])
        k = len(o['text_start'].split())
        if not 8 <= k <= 15: miss.append(('ts-len', o['text_start']))
        for key in ('addressees', 'lead', 'support'):
            v = o[key]
            if v is not None and not isinstance(v, list): miss.append(('not-list', key))
            for b in (v or []): chk(key, b)
        for key in ('report_to', 'via'): chk(key, o[key])
        if o['due']:
            chk('due', o['due']['text'])
            kind = o['due']['kind']
            if kind in ('date', 'period_end') and not o['due'].get('date'): miss.append(('due-field', o['due']))
            if kind == 'recurring' and 'cycle' not in o['due']: miss.append(('due-field', o['due']))
        if o['modality'] not in ('obligation', 'prohibition', 'encouragement', 'permission'): miss.append(('modality', o['modality']))
        if not o['section']: miss.append(('section', o['text_start']))
    for d in doc['distribution']: chk('dist', d)
    for a in doc['signature']['authority']: chk('sig', a)
    chk('sig', doc['signature']['title']); chk('sig', doc['signature']['name'])
    chk('subject', doc['subject']); chk('symbol', doc.get('symbol_as_printed') or doc['symbol'])
    chk('issuer', doc.get('issuer_as_printed') or doc['issuer']); chk('parent_issuer', doc['parent_issuer'])
    chk('place', doc['place'])
    for r in doc['recipients']: chk('recipient', r)
    for c in doc['citations']:
        chk('cit', c.get('as_printed') or c.get('symbol')); chk('cit-name', c.get('name')); chk('cit-issuer', c.get('issuer'))
    for m in doc.get('page_mentions', []): chk('page_mention', m.get('as_printed') or m.get('symbol'))
    return n, miss
