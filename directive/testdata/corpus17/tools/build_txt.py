import json, sys
FF = '\f'
def load(n): return json.load(open(f'raw_{n}.json', encoding='utf-8'))
def ins_before_line(t, line_prefix_exact, nth=1):
    # insert FF before the nth line equal to line_prefix_exact (full line)
    lines = t.split('\n')
    c = 0
    for i, l in enumerate(lines):
        if l == line_prefix_exact:
            c += 1
            if c == nth:
                lines[i] = FF + l
                return '\n'.join(lines)
    raise SystemExit('line not found: %r' % line_prefix_exact)
def write(name, t):
    with open(f'../{name}.txt', 'w', encoding='utf-8', newline='') as f:
        f.write(t)
    print(name, len(t))
# 1894: FF before page-2 number line, FF at end
d = load('1894'); t = d['text']
t = ins_before_line(t, ' ' * 40 + '2') + FF
assert len(t) == d['total_chars']; write('laocai-1894-tb-sct-2026', t)
# 216: FF before page-2 number line only (located: none at end)
d = load('216'); t = d['text']
t = ins_before_line(t, ' ' * 39 + '2')
assert len(t) == d['total_chars']; write('cucatmt-216-atmt-atd-2026', t)
# 1105: FF before page numbers 2, 3, the Phụ lục I line, 5, 6, and at the end
d = load('1105'); t = d['text']
t = ins_before_line(t, ' ' * 41 + '2')
t = ins_before_line(t, ' ' * 44 + '3')
t = ins_before_line(t, ' ' * 53 + 'PHỤ LỤC I')
t = ins_before_line(t, ' ' * 63 + '5')
t = ins_before_line(t, ' ' * 63 + '6')
t = t + FF
assert len(t) == d['total_chars'], len(t); write('laocai-1105-kh-dkt-2026', t)
# 1050: FF located after the signer line (before the annex) and at the end; two others not located
d = load('1050'); t = d['text']
t = ins_before_line(t, ' ' * 36 + 'Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA') + FF
print('1050 short by', d['total_chars'] - len(t)); write('laocai-1050-qd-sct-2026', t)
# 3722 source literal
d = load('3722'); t = d['text']
with open('../src/vpcp-3722-vpcp-cn-2026.md', 'w', encoding='utf-8', newline='') as f: f.write(t)
print('3722 src', len(t))
