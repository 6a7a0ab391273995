#!/usr/bin/env python3
"""corpus18 checker (this helper's own): every label string must occur in its .txt ignoring whitespace, case and * \\ | _ # >."""
import json, os, re, sys, glob
D = os.environ.get("C18", "/work/main/directive/testdata/corpus18/")
def norm(s): return re.sub(r"[\s*\\|_#>]+", "", s).lower()
miss = 0; total = 0; other = 0
for jf in sorted(glob.glob(D + "*.json")):
    if jf.endswith("figures.json"): continue
    d = json.load(open(jf)); t = norm(open(jf[:-5] + ".txt", encoding="utf-8").read())
    name = os.path.basename(jf)[:-5]
    labels = []
    for k in ("issuer", "parent_issuer", "subject", "place"):
        if d.get(k): labels.append((k, d[k]))
    labels.append(("symbol", d.get("symbol_as_printed") or d["symbol"]))
    for r in d["recipients"]: labels.append(("recipient", r))
    for c in d["citations"]:
        for k in ("symbol", "name", "issuer", "as_printed"):
            if c.get(k): labels.append(("cit." + k, c[k]))
    for x in d["distribution"]: labels.append(("dist", x))
    s = d["signature"]
    for a in s["authority"]: labels.append(("sig.auth", a))
    labels += [("sig.title", s["title"]), ("sig.name", s["name"])]
    for i, o in enumerate(d["obligations"]):
        n = len(o["text_start"].split())
        if not 8 <= n <= 15: print(name, i, "text_start words", n); other += 1
        labels.append(("ts%d" % i, o["text_start"]))
        for a in o["addressees"]: labels.append(("addr%d" % i, a))
        for k in ("lead", "support"):
            if o[k] is not None:
                if not isinstance(o[k], list): print(name, i, k, "not list"); other += 1
                for a in o[k]: labels.append((k + "%d" % i, a))
        for k in ("report_to", "via"):
            if o[k]: labels.append((k + "%d" % i, o[k]))
        if o["due"]:
            labels.append(("due%d" % i, o["due"]["text"]))
            kd = o["due"]["kind"]
            need = {"date": ["date"], "period_end": ["date"], "recurring": ["cycle"], "relative": ["relative"], "continuous": []}[kd]
            for k in need:
                if k not in o["due"]: print(name, i, "due lacks", k); other += 1
        if o["modality"] not in ("obligation", "prohibition", "encouragement", "permission"): other += 1
    for k, v in labels:
        total += 1
        if norm(v) not in t:
            miss += 1; print("MISS", name, k, repr(v))
fig = json.load(open(D + "figures.json"))
n = len([f for f in glob.glob(D + "*.json") if not f.endswith("figures.json")])
if fig != {"documents": n, "held_out": True}: print("figures.json wrong", fig); other += 1
print("labels", total, "misses", miss, "other problems", other)
