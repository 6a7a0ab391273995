# This helper's own checker: label strings must occur in the .txt ignoring whitespace, case and * \ | _ # >
import json, glob, os, re
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def norm(s): return re.sub(r"[\s*\\|_#>]", "", s).lower()
miss = 0; tot = 0
for jf in sorted(glob.glob(D + "/*.json")):
    if jf.endswith("figures.json"): continue
    d = json.load(open(jf)); t = norm(open(jf[:-5] + ".txt", encoding="utf-8").read())
    strs = [("symbol", d["symbol"]), ("issuer", d["issuer"]), ("subject", d["subject"])]
    strs += [("recipient", r) for r in d["recipients"]]
    for c in d["citations"]:
        strs += [("cit.symbol", c.get("as_printed") or c["symbol"]), ("cit.name", c.get("name", "")), ("cit.issuer", c["issuer"])]
    strs += [("dist", x) for x in d["distribution"]]
    s = d["signature"]; strs += [("sig", x) for x in s["authority"] + [s["title"], s["name"]]]
    for o in d["obligations"]:
        n = len(o["text_start"].split())
        if not 8 <= n <= 15: print(os.path.basename(jf), "text_start words", n, o["text_start"])
        strs += [("text_start", o["text_start"])] + [("addressee", a) for a in o["addressees"]]
        strs += [("lead", a) for a in (o["lead"] or [])] + [("support", a) for a in (o["support"] or [])]
        strs += [("report_to", o["report_to"] or ""), ("via", o["via"] or ""), ("due", (o["due"] or {}).get("text", ""))]
    for k, v in strs:
        if not v: continue
        tot += 1
        if norm(v) not in t:
            miss += 1; print(os.path.basename(jf), k, "MISS:", v)
print("checked", tot, "misses", miss)
print(json.load(open(D + "/figures.json")))
