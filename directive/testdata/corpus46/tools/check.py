# Checks every label string against its .txt (ignoring whitespace, case and * \ | _ # >) and text_start lengths.
import json, os, sys, glob
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, 'tools')
from lib import load, check
tot_o = tot_l = 0; misses = []
for j in sorted(glob.glob('*.json')):
    if j == 'figures.json': continue
    d = json.load(open(j, encoding='utf-8')); T = load(j[:-5] + '.txt')
    n, m = check(d, T); tot_o += len(d['obligations']); tot_l += n
    for x in m: misses.append((j, x))
fig = json.load(open('figures.json'))
other = [] if fig == {"documents": len(glob.glob('*.json')) - 1} else ['figures.json']  # corpus42: tuned set, no held_out key
print('documents', len(glob.glob('*.json')) - 1, 'obligations', tot_o, 'label strings', tot_l, 'misses', len(misses), 'other problems', len(other))
for x in misses: print('  MISS', x)
