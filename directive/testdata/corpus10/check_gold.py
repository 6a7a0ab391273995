#!/usr/bin/env python3
"""Check that every labelled string of corpus10 occurs in its NAME.txt, ignoring
whitespace and Markdown/table markup (* \\ | _ # >). Prints each miss; the misses
that are expected (constructed bodies, joined header lines) are explained in the
document's notes. It also checks the schema of corpus5/7/9 (keys, value kinds,
modality and due vocabularies, ISO dates). Run: python3 check_gold.py (from this folder)."""
import json, glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
def norm(s):
    s = re.sub(r"[\s*\\|_#>]+", "", s)
    return s.lower()

KEYS = ["source", "kind", "parent_issuer", "issuer", "number", "symbol", "type", "type_code", "place",
        "date", "subject", "urgency", "recipients", "citations", "truncated", "signature",
        "distribution", "obligations", "notes"]
OKEYS = ["text_start", "section", "addressees", "lead", "support", "modality", "due", "product",
         "report_to", "via"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def schema(name, g):
    errs = []
    for k in KEYS:
        if k not in g: errs.append(f"missing key {k}")
    if g.get("kind") not in ("state", "party"): errs.append("kind")
    if g.get("date") is not None and not ISO.match(g["date"]): errs.append("date")
    for c in g.get("citations", []):
        if c.get("relation") not in ("legal_basis", "implements", "replaces", "amends", "mentions"):
            errs.append(f"citation relation {c}")
        if c.get("date") is not None and not ISO.match(c["date"]): errs.append(f"citation date {c}")
        if not (c.get("symbol") or c.get("name")): errs.append(f"citation without symbol/name {c}")
    s = g.get("signature", {})
    if set(s) != {"authority", "title", "name"} or not isinstance(s.get("authority"), list):
        errs.append("signature")
    for i, o in enumerate(g.get("obligations", [])):
        if list(o) != OKEYS: errs.append(f"obligations[{i}] keys {list(o)}")
        if o["modality"] not in ("obligation", "prohibition", "encouragement", "permission"):
            errs.append(f"obligations[{i}].modality")
        if not isinstance(o["addressees"], list): errs.append(f"obligations[{i}].addressees")
        for k in ("lead", "support"):
            if o[k] is not None and not (isinstance(o[k], list) and o[k]): errs.append(f"obligations[{i}].{k}")
        d = o["due"]
        if d is not None:
            kind = d.get("kind")
            if kind in ("date", "period_end"):
                if not ISO.match(d.get("date", "")): errs.append(f"obligations[{i}].due.date")
            elif kind == "recurring":
                if d.get("cycle") not in ("monthly", "quarterly", "half-yearly", "yearly"):
                    errs.append(f"obligations[{i}].due.cycle")
            elif kind == "relative":
                r = d.get("relative", {})
                if r.get("unit") not in ("day", "working_day", "month") or "amount" not in r or "from" not in r:
                    errs.append(f"obligations[{i}].due.relative")
            elif kind != "continuous":
                errs.append(f"obligations[{i}].due.kind")
            if not d.get("text"): errs.append(f"obligations[{i}].due.text")
        if o["product"] is not None and o["product"] != o["product"].lower():
            errs.append(f"obligations[{i}].product case")
    for e in errs:
        print(f"{name}: schema: {e}")
    return len(errs)
misses = 0
for jf in sorted(glob.glob(os.path.join(here, "*.json"))):
    name = os.path.basename(jf)[:-5]
    if name == "figures":
        continue
    g = json.load(open(jf))
    misses += schema(name, g)
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
