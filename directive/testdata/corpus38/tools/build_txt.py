# Writes the stored texts: src/raw_*.json hold read_file's returned JSON (the "text" string pasted unchanged, plus id and
# total_chars); the decoded text is written UTF-8 with newline='' and its code-point count checked against total_chars.
import json, os, unicodedata
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def write(name, key):
    r = json.load(open('src/raw_%s.json' % key, encoding='utf-8'))
    t = r['text']
    assert len(t) == r['total_chars'], (name, len(t), r['total_chars'])
    with open(name + '.txt', 'w', encoding='utf-8', newline='') as f: f.write(t)
    print(name, len(t), 'NFC' if unicodedata.is_normalized('NFC', t) else 'not NFC', 'CR' if '\r' in t else 'no CR')
write('tct-4800-tct-ttr-2016', '4800')
write('tct-4046-tct-ttkt-2020', '1046')
write('tchq-370-tchq-txnk-2022', '370')
write('tct-769-tct-ttkt-2022', '769')
write('btc-1421-qd-btc-2022', '1421')
