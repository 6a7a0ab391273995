import json,glob,re,os
def norm(s): return re.sub(r'[\s*\\|_#>]','',s).lower()
miss=0
for jf in sorted(glob.glob(os.path.dirname(__file__)+'/../*.json')):
    if jf.endswith('figures.json'): continue
    d=json.load(open(jf)); t=norm(open(jf[:-5]+'.txt').read()); n=os.path.basename(jf)
    def chk(lbl,s):
        global miss
        if s and norm(s) not in t: miss+=1; print(n,lbl,repr(s))
    for k in ['symbol','subject','issuer','parent_issuer']: chk(k,d[k])
    for r in d['recipients']: chk('recipient',r)
    for c in d['citations']: chk('cite',c.get('as_printed') or c['symbol'] or c.get('name'))
    for x in d['distribution']: chk('dist',x)
    s=d['signature']; [chk('auth',a) for a in s['authority']]; chk('title',s['title']); chk('name',s['name'])
    for o in d['obligations']:
        w=len(o['text_start'].split())
        if not 8<=w<=15: miss+=1; print(n,'words',w,o['text_start'])
        chk('ts',o['text_start'])
        for a in o['addressees']+(o['lead'] or [])+(o['support'] or []): chk('body',a)
        chk('rt',o['report_to']); chk('via',o['via'])
        if o['due']: chk('due',o['due']['text'])
print('misses',miss)
