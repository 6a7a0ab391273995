#!/usr/bin/env python3
"""Check that every labelled string of corpus9 occurs in its NAME.txt, ignoring
whitespace and Markdown/table markup (* \\ | _ # >). Prints each miss; the misses
that are expected (constructed bodies, joined header lines) are explained in the
document's notes. Run: python3 check_gold.py (from this folder)."""
import json, glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
def norm(s):
    s = re.sub(r"[\s*\\|_#>]+", "", s)
    return s.lower()
misses = 0
for jf in sorted(glob.glob(os.path.join(here, "*.json"))):
    name = os.path.basename(jf)[:-5]
    if name == "figures":
        continue
    g = json.load(open(jf))
    txt = norm(open(os.path.join(here, name + ".txt")).read())
    checks = []
    checks.append(("symbol", g.get("symbol_as_printed") or g["symbol"]))
    checks += [("subject", g["subject"]), ("issuer", g.get("issuer_as_printed") or g["issuer"])]
    checks += [("recipient", r) for r in g["recipients"]]
    for c in g["citations"]:
        checks.append(("citation", c.get("as_printed") or c.get("symbol") or c.get("name")))
    for c in g.get("page_mentions", []):
        checks.append(("page_mention", c.get("as_printed") or c.get("symbol") or c.get("name")))
    checks += [("distribution", d) for d in g["distribution"]]
    s = g["signature"]
    checks += [("signature.authority", a) for a in s["authority"]] + [("signature.title", s["title"]), ("signature.name", s["name"])]
    for i, o in enumerate(g["obligations"]):
        checks.append((f"obligations[{i}].text_start", o["text_start"]))
        n = len(o["text_start"].split())
        if not 8 <= n <= 15:
            print(f"{name}: obligations[{i}].text_start has {n} words"); misses += 1
        checks += [(f"obligations[{i}].addressee", a) for a in o["addressees"]]
        for k in ("report_to", "via"):
            if o[k]: checks.append((f"obligations[{i}].{k}", o[k]))
        if o["lead"]:
            lead = [o["lead"]] if isinstance(o["lead"], str) else o["lead"]
            checks += [(f"obligations[{i}].lead", a) for a in lead]
        if o["support"]:
            checks += [(f"obligations[{i}].support", a) for a in o["support"]]
        if o["due"]:
            checks.append((f"obligations[{i}].due", o["due"]["text"]))
    for what, val in checks:
        if val and norm(val) not in txt:
            print(f"{name}: {what} not found: {val!r}"); misses += 1
print(f"{misses} misses")
