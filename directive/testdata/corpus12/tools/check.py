"""corpus12 checker (this helper's own; reads only corpus12's .txt/.json).

Checks that every label string occurs in its .txt ignoring whitespace, case and the
markup characters * \\ | _ # >, that text_starts have 8-15 words, that section and
modality are present, that due kinds carry their fields, and that figures.json is
exactly {"documents": N, "held_out": true}. Prints every miss; exit code 0 always
(misses are explained in the notes / README).
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STRIP = re.compile(r"[\s*\\|_#>]+")


def norm(s):
    return STRIP.sub("", s).lower()


def strings(doc):
    out = []
    for k in ("symbol", "subject", "issuer", "parent_issuer"):
        if doc.get(k):
            out.append((k, doc[k]))
    for r in doc.get("recipients", []):
        out.append(("recipient", r))
    for c in doc.get("citations", []):
        if c.get("symbol"):
            out.append(("citation.symbol", c.get("as_printed") or c["symbol"]))
        if c.get("name"):
            out.append(("citation.name", c["name"]))
        if c.get("issuer"):
            out.append(("citation.issuer", c["issuer"]))
    for d in doc.get("distribution", []):
        out.append(("distribution", d))
    sig = doc.get("signature") or {}
    for a in sig.get("authority", []):
        out.append(("signature.authority", a))
    for k in ("title", "name"):
        if sig.get(k):
            out.append(("signature." + k, sig[k]))
    for i, o in enumerate(doc.get("obligations", [])):
        tag = "ob[%d %s]" % (i, o.get("section"))
        out.append((tag + ".text_start", o["text_start"]))
        for a in o.get("addressees") or []:
            out.append((tag + ".addressee", a))
        for k in ("lead", "support"):
            v = o.get(k)
            if isinstance(v, str):
                v = [v]
            for x in v or []:
                out.append((tag + "." + k, x))
        for k in ("report_to", "via"):
            if o.get(k):
                out.append((tag + "." + k, o[k]))
        if o.get("due"):
            out.append((tag + ".due", o["due"]["text"]))
    return out


def check_ob(name, i, o, problems):
    n = len(o["text_start"].split())
    if not 8 <= n <= 15:
        problems.append("%s ob[%d %s] text_start has %d words: %r" % (name, i, o.get("section"), n, o["text_start"]))
    for k in ("section", "modality"):
        if not o.get(k):
            problems.append("%s ob[%d] missing %s" % (name, i, k))
    if o["modality"] not in ("obligation", "prohibition", "encouragement", "permission"):
        problems.append("%s ob[%d] bad modality %r" % (name, i, o["modality"]))
    d = o.get("due")
    if d:
        need = {"date": ["date"], "period_end": ["date"], "recurring": ["cycle"], "relative": ["relative"],
                "continuous": []}.get(d.get("kind"))
        if need is None:
            problems.append("%s ob[%d] bad due kind %r" % (name, i, d.get("kind")))
        else:
            for f in need:
                if f not in d:
                    problems.append("%s ob[%d] due kind %s lacks %s" % (name, i, d["kind"], f))
    for k in ("lead", "support"):
        if o.get(k) is not None and not isinstance(o[k], list):
            problems.append("%s ob[%d] %s is not a list" % (name, i, k))


def main():
    total_miss = 0
    total_obs = 0
    problems = []
    names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(ROOT, "*.json")) if not p.endswith("figures.json"))
    for name in names:
        with open(os.path.join(ROOT, name + ".json"), encoding="utf-8") as f:
            doc = json.load(f)
        with open(os.path.join(ROOT, name + ".txt"), encoding="utf-8") as f:
            txt = norm(f.read())
        obs = doc.get("obligations", [])
        total_obs += len(obs)
        misses = [(k, s) for k, s in strings(doc) if norm(s) not in txt]
        for i, o in enumerate(obs):
            check_ob(name, i, o, problems)
        total_miss += len(misses)
        print("%-32s obligations %3d  misses %d" % (name, len(obs), len(misses)))
        for k, s in misses:
            print("    MISS %s: %r" % (k, s))
    with open(os.path.join(ROOT, "figures.json"), encoding="utf-8") as f:
        fig = json.load(f)
    if fig != {"documents": len(names), "held_out": True}:
        problems.append("figures.json is %r, expected documents=%d held_out=true" % (fig, len(names)))
    print("documents %d, obligations %d, label misses %d" % (len(names), total_obs, total_miss))
    print("other problems %d" % len(problems))
    for p in problems:
        print("    " + p)


if __name__ == "__main__":
    sys.exit(main())
