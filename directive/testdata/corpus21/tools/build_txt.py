# Decode the read_file JSON strings in src/raw_*.json and write the stored texts (newline='' : no translation).
import json, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
STORED = {  # raw file -> (output, expected total_chars)
    'src/raw_cantho-70.json': ('cantho-70-kh-ubnd-2025.txt', 5467),
    'src/raw_lamdong-2284.json': ('lamdong-2284-qd-ubnd-2025.txt', 9106),
    'src/raw_daklak-012.json': ('src/daklak-012-ct-ubnd-2025.md', 10415),
    'src/raw_bacninh-456.json': ('src/bacninh-456-qd-ubnd-2025.md', 14364),
}
for raw, (out, n) in STORED.items():
    s = json.load(open(raw, encoding='utf-8'))
    assert len(s) == n, (raw, len(s), n)
    with open(out, 'w', encoding='utf-8', newline='') as f:
        f.write(s)
    print(out, len(s), 'identical to total_chars' if len(s) == n else 'DIFF')
