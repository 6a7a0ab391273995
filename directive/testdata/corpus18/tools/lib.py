import json, re
def O(ts, sec, addr, lead=None, sup=None, mod="obligation", due=None, product=None, rt=None, via=None):
    return {"text_start": " ".join(ts.split()[:12]), "section": sec, "addressees": addr, "lead": lead, "support": sup,
            "modality": mod, "due": due, "product": product, "report_to": rt, "via": via}
def PE(text, date): return {"text": text, "kind": "period_end", "date": date}
def DT(text, date): return {"text": text, "kind": "date", "date": date}
def REC(text, cycle, day=None):
    d = {"text": text, "kind": "recurring", "cycle": cycle}
    if day: d["day"] = day
    return d
def CONT(text): return {"text": text, "kind": "continuous"}
def REL(text, amount, unit, frm): return {"text": text, "kind": "relative", "relative": {"amount": amount, "unit": unit, "from": frm}}
def C(type_, symbol, date, issuer, rel, name=None, as_printed=None):
    d = {"type": type_, "symbol": symbol, "date": date, "issuer": issuer, "relation": rel}
    if name: d["name"] = name
    if as_printed: d["as_printed"] = as_printed
    return d
