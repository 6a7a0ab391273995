#!/usr/bin/env python3
"""Writes the stored texts (and src/tw-60-nq-tw-2025.md) from tools/raw_*.json: read_file's JSON strings, decoded, joined, no newline translation."""
import json, os
T = os.path.dirname(os.path.abspath(__file__)); D = os.path.dirname(T) + "/"
def j(*names): return "".join("".join(x) if isinstance(x, list) else x for x in (json.load(open(os.path.join(T, n), encoding="utf-8")) for n in names))
out = {"src/tw-60-nq-tw-2025.md": j("raw_tw60.json"), "quangninh-98-2025-qd-ubnd.txt": j("raw_qn98.json"),
       "laichau-89-2025-qd-ubnd.txt": j("raw_lc89.json"), "ubtvqh-1659-nq-ubtvqh15-2025.txt": j("raw_dn1659.json"),
       "ttg-232-qd-ttg-2025.txt": j("raw_ttg232_a.json", "raw_ttg232_b.json", "raw_ttg232_c.json")}
for p, s in out.items():
    with open(D + p, "w", encoding="utf-8", newline="") as f: f.write(s)
    print(p, len(s))
