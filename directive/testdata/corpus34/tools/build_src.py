# Rebuilds the stored RTFs in src/ from the read_file copies (JSON strings as displayed).
# read_file shows line ends as '\n'; the stored files have CR LF (total_chars counts both), so '\n' -> '\r\n'.
import json, os, glob
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
PARTS = {'btc-08-2001-tt-btc.rtf': ['src/raw_A06_0.json', 'src/raw_A06_16000.json'],
         'btc-40-2000-tt-btc.rtf': ['src/raw_A28_0.json', 'src/raw_A28_16000.json', 'src/raw_A28_32000.json']}
for out, parts in PARTS.items():
    if not all(os.path.exists(p) for p in parts): continue
    s = ''.join(json.load(open(p, encoding='utf-8')) for p in parts).replace('\n', '\r\n')
    open('src/' + out, 'w', encoding='latin-1', newline='').write(s)
    print(out, len(s))
