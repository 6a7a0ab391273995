"""Helpers for corpus20 (adapted from corpus19/tools/lib.py): text_start extraction and the label check."""
import json, re
def load(path):
    return open(path, encoding='utf-8', newline='').read()
PAGENUM = re.compile(r'^\s*\d+\s*$')
NEWPARA = re.compile(r'^\s*(- |\+ |[a-zđ]\) |[IVX]+\. |\d+\. )')
def find(text, prefix, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(prefix, i + 1)
    return i
def ts_lines(text, prefix, n=12, occurrence=0):
    """first n whitespace tokens from prefix, running over wrapped lines (layout text) but not past a
    bare page-number line or the start of a new paragraph/bullet/marker"""
    i = find(text, prefix, occurrence)
    toks = []
    for k, line in enumerate(text[i:].split('\n')):
        if k > 0 and (PAGENUM.match(line) or NEWPARA.match(line) or not line.strip()):
            break
        toks += line.split()
        if len(toks) >= n:
            break
    return ' '.join(toks[:n])
def ts_cell(text, prefix, n=12, occurrence=0, minimum=8):
    """first n tokens of the table cell starting at prefix; if the cell has fewer than `minimum`
    tokens, run on into the following cells of the same row (the ' | ' separators dropped)"""
    i = find(text, prefix, occurrence)
    line = text[i:].split('\n', 1)[0]
    cells = [c.strip() for c in line.split(' | ')]
    toks = []
    for c in cells:
        toks += c.split()
        if len(toks) >= minimum:
            break
    return ' '.join(toks[:n])
def ts_line(text, prefix, n=12, occurrence=0):
    i = find(text, prefix, occurrence)
    return ' '.join(text[i:].split('\n', 1)[0].split()[:n])
def ob(text_start, section, addressees, lead=None, support=None, modality='obligation', due=None, product=None, report_to=None, via=None):
    return dict(text_start=text_start, section=section, addressees=addressees, lead=lead, support=support,
                modality=modality, due=due, product=product, report_to=report_to, via=via)
def pe(text, date):
    return {"text": text, "kind": "period_end", "date": date}
def dt(text, date):
    return {"text": text, "kind": "date", "date": date}
def rec(text, cycle):
    return {"text": text, "kind": "recurring", "cycle": cycle}
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
    json.dump(doc, open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
