# Writes the stored texts (src/raw_*.json = read_file's returned JSON string, decoded) and the one rendering made here.
import json, os, subprocess
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def raw(name): return json.load(open('src/raw_%s.json' % name, encoding='utf-8'))['text']
def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f: f.write(text)
write('tct-4454-tct-ttkt-2022.txt', raw('4454'))
write('tct-4489-tct-ttkt-2022.txt', raw('4489'))
# 330/TB-VPCP: pandoc Markdown from a pandoc-written .docx (source kept as src/vpcp-330-tb-vpcp-2022.md)
write('src/vpcp-330-tb-vpcp-2022.md', raw('330'))
subprocess.run(['pandoc', '-f', 'markdown', '-t', 'docx', '-o', 'src/vpcp-330-tb-vpcp-2022.docx', 'src/vpcp-330-tb-vpcp-2022.md'], check=True)
subprocess.run(['pandoc', '-f', 'docx', '-t', 'markdown', '-o', 'vpcp-330-tb-vpcp-2022.txt', 'src/vpcp-330-tb-vpcp-2022.docx'], check=True)
