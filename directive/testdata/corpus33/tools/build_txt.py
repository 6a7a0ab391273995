# Rebuilds src/btc-117-tt-btc-2000.rtf from the copied span of the stored RTF and renders the .txt with pandoc.
# src/head_A30.rtf = the stored file's opening '{\rtf1…' + font table, verbatim, then '{\info{\print';
# src/raw_A30_from10700.json = the stored file from character 10,700 to the end (read_file display, JSON string).
import json, os, subprocess
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
head = open('src/head_A30.rtf', encoding='latin-1').read().rstrip('\n')
tail = json.load(open('src/raw_A30_from10700.json'))
open('src/btc-117-tt-btc-2000.rtf', 'w', encoding='latin-1', newline='').write(head + tail)
subprocess.run(['pandoc', '-f', 'rtf', '-t', 'plain', '--wrap=preserve',
                'src/btc-117-tt-btc-2000.rtf', '-o', 'btc-117-tt-btc-2000.txt'], check=True)
