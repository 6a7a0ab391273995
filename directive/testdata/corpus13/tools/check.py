#!/usr/bin/env python3
"""Checks corpus13 labels against their texts (this helper's own checker).

Every label string (header strings, recipients, citation symbol/name/issuer, signature lines,
distribution entries, obligation text_start / addressees / lead / support / report_to / via /
due text) must occur in NAME.txt ignoring whitespace (incl. form feeds), case and the markup
characters * \\ | _ # >.  A canonical value that has an *_as_printed twin is accepted when the
printed twin occurs (reported as 'canonical').  text_start must have 8-15 words.
Prints every miss; exit status 0 always (misses are explained in the notes / README)."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
MARK = re.compile(r"[\s*\\|_#>]+")


def norm(s):
    return MARK.sub("", s).casefold()


def main():
    total_miss = 0
    total_obl = 0
    for jf in sorted(glob.glob(os.path.join(DIR, "*.json"))):
        name = os.path.basename(jf)[:-5]
        if name == "figures":
            continue
        d = json.load(open(jf, encoding="utf-8"))
        txt = open(os.path.join(DIR, name + ".txt"), encoding="utf-8").read()
        T = norm(txt)
        misses = []

        def chk(label, s, printed=None):
            if s is None or s == "":
                return
            if norm(s) in T:
                return
            if printed and norm(printed) in T:
                misses.append(("canonical", label, s))
                return
            misses.append(("MISS", label, s))

        chk("symbol", d.get("symbol"), d.get("symbol_as_printed"))
        chk("symbol_as_printed", d.get("symbol_as_printed"))
        chk("issuer", d.get("issuer"), d.get("issuer_as_printed"))
        chk("issuer_as_printed", d.get("issuer_as_printed"))
        chk("parent_issuer", d.get("parent_issuer"))
        chk("subject", d.get("subject"))
        for r in d.get("recipients", []):
            chk("recipient", r)
        for c in d.get("citations", []):
            chk("citation.symbol", c.get("symbol"), c.get("as_printed"))
            chk("citation.as_printed", c.get("as_printed"))
            chk("citation.name", c.get("name"))
            chk("citation.issuer", c.get("issuer"))
        sig = d.get("signature", {})
        for a in sig.get("authority", []):
            chk("signature.authority", a)
        chk("signature.title", sig.get("title"))
        chk("signature.name", sig.get("name"))
        for e in d.get("distribution", []):
            chk("distribution", e)
        for i, o in enumerate(d.get("obligations", [])):
            total_obl += 1
            ts = o["text_start"]
            chk(f"ob{i}.text_start", ts)
            n = len(ts.split())
            if not 8 <= n <= 15:
                misses.append(("WORDS", f"ob{i}.text_start", f"{n} words: {ts}"))
            for a in o.get("addressees") or []:
                chk(f"ob{i}.addressee", a)
            for key in ("lead", "support"):
                v = o.get(key)
                if isinstance(v, str):
                    v = [v]
                for a in v or []:
                    chk(f"ob{i}.{key}", a)
            chk(f"ob{i}.report_to", o.get("report_to"))
            chk(f"ob{i}.via", o.get("via"))
            if o.get("due"):
                chk(f"ob{i}.due", o["due"].get("text"))
        real = [m for m in misses if m[0] != "canonical"]
        total_miss += len(real)
        print(f"{name}: {len(d.get('obligations', []))} obligations, {len(real)} miss(es), "
              f"{len(misses) - len(real)} canonical")
        for m in misses:
            print("   ", *m)
    print(f"TOTAL: {total_obl} obligations, {total_miss} miss(es)")


if __name__ == "__main__":
    sys.exit(main())
