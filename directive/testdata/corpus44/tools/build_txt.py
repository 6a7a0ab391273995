# Writes the .txt files of corpus44 from the read_file answers kept in src/ (the JSON strings pasted as returned, decoded
# with json.load). Each source is a Python module of one repository that the index does not name; the document is the value
# of a triple-quoted string in the module's `if __name__ == "__main__":` block. The .txt is that string's value exactly
# (neither string holds a backslash, so the Python literal's value equals its source text).
# Checks: 3218 is the whole file (one page, length = total_chars); 45/2024 is in the file's second page (offset 16000), whose
# length must be total_chars - 16000. Written UTF-8 with newline=''.
import json, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def raw(n): return json.load(open('src/raw_%s.json' % n, encoding='utf-8'))
def between(t, a, b):
    i = t.index(a) + len(a); j = t.index(b, i)
    s = t[i:j]; assert '\\' not in s and '"""' not in s
    return s
# 3218: read_file returns 6,170 code points for a file whose total_chars is 6,179. Reads at offsets 3000, 4500 and 6100 show
# the 9 missing code points lie between offsets 3000 and 4500 (the Điều 1-4 / Nơi nhận / annex-title stretch): the stored file
# presumably has 9 decomposed letters there that the tool returns composed (NFC). The text as returned is used.
p = raw('3218'); assert p['offset'] == 0 and len(p['text']) == p['total_chars'] - 9, len(p['text'])
qb = between(p['text'], '    doc_content = """', '"""\n   \n    \n    issue_date')
p = raw('45_p2'); assert len(p['text']) == p['total_chars'] - p['offset'], (len(p['text']), p['total_chars'] - p['offset'])
tv = between(p['text'], '    txt = """', '"""\n    import asyncio')
out = {'quangbinh-3218-qd-ubnd-2024': qb, 'ubtvqh-45-2024-ubtvqh15': tv}
for name, t in out.items():
    open(name + '.txt', 'w', encoding='utf-8', newline='').write(t)
    print(name, len(t))
