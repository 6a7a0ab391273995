# Run the label check over every document of corpus24 and the figures.json shape check.
import json, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from lib import load, check
total_o = total_m = 0
for js in sorted(glob.glob('*.json')):
    if js == 'figures.json':
        continue
    doc = json.load(open(js, encoding='utf-8'))
    text = load(js[:-5] + '.txt')
    m = check(doc, text)
    total_o += len(doc['obligations']); total_m += len(m)
    print(js[:-5], 'obligations', len(doc['obligations']), 'misses', len(m))
    for x in m: print('   MISS', x)
fig = json.load(open('figures.json')) if os.path.exists('figures.json') else None
n = len([j for j in glob.glob('*.json') if j != 'figures.json'])
print('documents', n, 'obligations', total_o, 'label misses', total_m,
      'figures.json ok' if fig == {"documents": n, "held_out": False} else 'figures.json WRONG/MISSING')
