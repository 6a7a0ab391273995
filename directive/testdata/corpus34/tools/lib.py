import json, re
import os, subprocess, unicodedata
# corpus34 (copied from corpus33, adapted): the .txt files hold legacy-encoded text (TCVN3 letters stored as their Latin-1 look-alikes).
# Labels are written in Unicode, so the text is DECODED before matching: every character below U+0100 is
# taken as the byte it stands for and decoded with iconv's TCVN5712-1 table (built once, byte by byte);
# characters above U+00FF (pandoc's curly quotes, box rules) are kept. VNI would use VNI_TABLE (none here).
ENCODING = {'btc-08-2001-tt-btc': 'TCVN3', 'btc-40-2000-tt-btc': 'TCVN3'}
# Renderings that lost every soft hyphen U+00AD, i.e. every TCVN3 'ư' (byte 0xAD): pdftotext drops U+00AD.
# For these files 'ư'/'Ư' is deleted from each label before matching (the labels keep it).
NO_SHY = {'btc-08-2001-tt-btc'}
_T = None
def _tcvn_table():
    global _T
    if _T is None:
        _T = {}
        for b in range(256):
            if b < 0x20 and b not in (1, 2, 4, 5, 6, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17):
                _T[chr(b)] = chr(b); continue
            r = subprocess.run(['iconv', '-f', 'TCVN5712-1', '-t', 'UTF-8'], input=bytes([b]), capture_output=True)
            _T[chr(b)] = r.stdout.decode('utf-8') if r.returncode == 0 and r.stdout else chr(b)
    return _T
def decode(text, enc):
    if enc == 'TCVN3':
        T = _tcvn_table()
        return unicodedata.normalize('NFC', ''.join(T.get(c, c) for c in text))
    return text
def load_raw(path):
    return open(path, encoding='utf-8', newline='').read()
def load(path):
    name = os.path.basename(path)[:-4]
    return decode(load_raw(path), ENCODING.get(name, ''))
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
def lab(s, drop):
    return ''.join(c for c in s if c not in drop) if drop else s
def check(doc, text, drop=''):
    miss = []; n = 0
    # distribution entries are matched in the text with the signature strings taken out once each: in these
    # layouts the signature column is interleaved with the Nơi nhận column (in the source RTF lines themselves)
    sig = [doc['signature']['name'], doc['signature']['title']] + list(doc['signature']['authority'])
    nt = norm(text); nd = nt
    for x in sig:
        if x: nd = nd.replace(norm(lab(x, drop)), '', 1)
    def chk(label, s):
        nonlocal n
        if not s: return
        n += 1
        t = nd if label == 'dist' else nt
        if norm(lab(s, drop)) not in t:
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
