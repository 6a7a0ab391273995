"""Helpers for writing corpus12 gold JSON (this helper's own tool; no project code).

text_start values are either given explicitly (ts=...) or taken as the first n
whitespace-separated words of the .txt starting at a unique anchor string; the
anchor is only a locator, the label is the printed text itself.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(name):
    with open(os.path.join(ROOT, name + ".txt"), encoding="utf-8") as f:
        return f.read()


def d_date(text, date):
    return {"text": text, "kind": "date", "date": date}


def d_pe(text, date):
    return {"text": text, "kind": "period_end", "date": date}


def d_cont(text):
    return {"text": text, "kind": "continuous"}


def d_rec(text, cycle, day=None):
    d = {"text": text, "kind": "recurring", "cycle": cycle}
    if day is not None:
        d["day"] = day
    return d


def d_rel(text, amount, unit, frm):
    return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}


class Doc:
    def __init__(self, name):
        self.name = name
        self.txt = load(name)
        self.obs = []

    def ob(self, anchor, section, addressees, lead=None, support=None, due=None,
           product=None, report_to=None, via=None, modality="obligation", n=10, ts=None, nth=None):
        if ts is None:
            idx = [m.start() for m in re.finditer(re.escape(anchor), self.txt)]
            if not idx:
                raise SystemExit("%s: anchor not found: %r" % (self.name, anchor))
            if len(idx) > 1 and nth is None:
                raise SystemExit("%s: anchor not unique (%d): %r" % (self.name, len(idx), anchor))
            pos = idx[nth or 0]
            words = self.txt[pos:pos + 800].split()
            ts = " ".join(words[:n])
        self.obs.append({
            "text_start": ts,
            "section": section,
            "addressees": list(addressees),
            "lead": lead,
            "support": support,
            "modality": modality,
            "due": due,
            "product": product,
            "report_to": report_to,
            "via": via,
        })

    def write(self, header, notes):
        out = dict(header)
        out["obligations"] = self.obs
        out["notes"] = notes
        # keep the key order of the corpus11 example
        order = ["source", "kind", "parent_issuer", "issuer", "issuer_as_printed", "number", "symbol",
                 "symbol_as_printed", "type", "type_code", "place", "date", "subject", "urgency",
                 "recipients", "citations", "truncated", "signature", "distribution", "obligations", "notes"]
        res = {k: out[k] for k in order if k in out}
        for k in out:
            if k not in res:
                res[k] = out[k]
        with open(os.path.join(ROOT, self.name + ".json"), "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(self.obs)


def cit(type_, symbol, date, issuer, relation, name=None, as_printed=None):
    c = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": relation}
    if name is not None:
        c["name"] = name
    if as_printed is not None:
        c["as_printed"] = as_printed
    return c


def src(path, commit, rid):
    return ("https://github.com/Trangsct/skill-sct/blob/%s/%s (read_file id %s)" % (commit, path, rid))
