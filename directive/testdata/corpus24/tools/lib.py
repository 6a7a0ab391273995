"""Helpers for corpus24 (adapted from corpus23/tools/lib.py): text_start extraction and the label check."""
import json, re
def load(path):
    return open(path, encoding='utf-8', newline='').read()
def find(text, prefix, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(prefix, i + 1)
    return i
def ts(text, prefix, n=12, occurrence=0):
    """first n whitespace tokens from prefix, running over wrapped lines (the stored Markdown breaks
    lines mid-sentence) but not past a blank line (paragraph end)"""
    i = find(text, prefix, occurrence)
    toks = []
    for k, line in enumerate(text[i:].split('\n')):
        if k > 0 and not line.strip():
            break
        toks += line.split()
        if len(toks) >= n:
            break
    return ' '.join(toks[:n])
def ob(text_start, section, addressees, lead=None, support=None, modality='obligation', due=None, product=None, report_to=None, via=None):
    return dict(text_start=text_start, section=section, addressees=addressees, lead=lead, support=support,
                modality=modality, due=due, product=product, report_to=report_to, via=via)
def rec(text, cycle, day=None, month=None):
    d = {"text": text, "kind": "recurring", "cycle": cycle}
    if day is not None: d["day"] = day
    if month is not None: d["month"] = month
    return d
def rel(text, amount, unit, frm):
    return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}
def norm(s):
    return re.sub(r'[\s*\\|_#>]', '', s).lower()
def check(doc, text):
    """every label string must occur in the text ignoring whitespace, case and * \\ | _ # >;
    text_starts must have 8-15 words; structural sanity of due/lead/support"""
    miss = []
    T = norm(text)
    def chk(label, s):
        if s and norm(s) not in T:
            miss.append((label, s))
    for o in doc['obligations']:
        chk('text_start', o['text_start'])
        n = len(o['text_start'].split())
        if not 8 <= n <= 15: miss.append(('ts-len', o['text_start']))
        for k in ('addressees', 'lead', 'support'):
            v = o[k]
            if v is not None and not isinstance(v, list): miss.append(('not-list', k))
            for b in (v or []): chk(k, b)
        for k in ('report_to', 'via'): chk(k, o[k])
        if o['due']:
            chk('due', o['due']['text'])
            kind = o['due']['kind']
            need = {'date': 'date', 'period_end': 'date', 'recurring': 'cycle', 'relative': 'relative', 'continuous': None}[kind]
            if need and need not in o['due']: miss.append(('due-field', o['due']))
            if kind == 'relative': chk('due-from', o['due']['relative']['from'].replace(' (before)', ''))
        if o['modality'] not in ('obligation', 'prohibition', 'encouragement', 'permission'): miss.append(('modality', o['modality']))
        if not o['section']: miss.append(('section', o['text_start']))
    for d in doc['distribution']: chk('dist', d)
    for a in doc['signature']['authority']: chk('sig', a)
    chk('sig', doc['signature']['title']); chk('sig', doc['signature']['name'])
    for k in ('subject', 'issuer', 'parent_issuer', 'place'): chk(k, doc[k])
    chk('symbol', doc.get('symbol_as_printed') or doc['symbol'])
    for r in doc['recipients']: chk('recipient', r)
    for c in doc['citations']:
        chk('cit', c.get('as_printed') or c.get('symbol')); chk('cit', c.get('name')); chk('cit-issuer', c.get('issuer'))
    return miss
def write(doc, name):
    with open(name + '.json', 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')
