#!/usr/bin/env python3
"""corpus14 checker: every label string must occur in its .txt, ignoring whitespace,
case and the markup characters * \\ | _ # > ; text_start must have 8-15 words.
Also checks figures.json and that each .txt has a .json. Prints misses; exit 0."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STRIP = re.compile(r"[\s*\\|_#>]+")


def norm(s):
    return STRIP.sub("", s).lower()


def strings(doc):
    out = []
    def add(field, v):
        if isinstance(v, str) and v:
            out.append((field, v))
        elif isinstance(v, list):
            for x in v:
                add(field, x)
    for f in ("issuer", "parent_issuer", "subject", "recipients", "distribution"):
        add(f, doc.get(f))
    add("symbol", doc.get("symbol_as_printed") or doc.get("symbol"))
    for c in doc.get("citations", []):
        add("citation", c.get("as_printed") or c.get("symbol"))
        add("citation.name", c.get("name"))
        add("citation.issuer", c.get("issuer"))
    sig = doc.get("signature") or {}
    add("signature.authority", sig.get("authority"))
    add("signature.title", sig.get("title"))
    add("signature.name", sig.get("name"))
    for i, o in enumerate(doc.get("obligations", [])):
        p = f"obligations[{i}]."
        add(p + "text_start", o.get("text_start"))
        for k in ("addressees", "lead", "support", "report_to", "via"):
            add(p + k, o.get(k))
        if o.get("due"):
            add(p + "due.text", o["due"].get("text"))
    return out


def main():
    misses = 0
    total = 0
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt")))
    for name in names:
        jp = os.path.join(HERE, name + ".json")
        if not os.path.exists(jp):
            print(f"{name}: no .json"); misses += 1; continue
        doc = json.load(open(jp, encoding="utf-8"))
        text = norm(open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read())
        for field, s in strings(doc):
            total += 1
            if norm(s) not in text:
                misses += 1
                print(f"{name}: {field} not in text: {s!r}")
        for i, o in enumerate(doc.get("obligations", [])):
            n = len(o["text_start"].split())
            if not 8 <= n <= 15:
                misses += 1
                print(f"{name}: obligations[{i}].text_start has {n} words")
        for k in ("truncated", "signature", "distribution", "obligations", "notes"):
            if k not in doc:
                misses += 1; print(f"{name}: missing {k}")
    fig = json.load(open(os.path.join(HERE, "figures.json")))
    if fig != {"documents": len(names), "held_out": True}:
        misses += 1; print("figures.json:", fig)
    print(f"{len(names)} documents, {total} label strings checked, {misses} misses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
