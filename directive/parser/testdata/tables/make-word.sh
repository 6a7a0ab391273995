#!/bin/sh
# Makes kh-word-layout.txt and kh-word-centred.txt: kh-word.md (a Kế hoạch
# around kh-grid.md's table) as Word writes it (pandoc), printed to PDF by
# LibreOffice and read back by pdftotext -layout; the second with every
# table cell centred vertically (w:vAlign center), as offices print their
# task tables. And kh-word.txt: the same .docx saved by LibreOffice as
# plain text (a table one cell a line). Needs pandoc, LibreOffice,
# poppler-utils and python3.
set -e
tmp=$(mktemp -d)
pandoc -f markdown kh-word.md -o "$tmp/kh.docx"
mkdir "$tmp/x" && (cd "$tmp/x" && unzip -q ../kh.docx && python3 -c '
import re
p = "word/document.xml"
s = open(p).read()
s = s.replace("<w:tcPr />", "<w:tcPr></w:tcPr>")
s = re.sub(r"<w:tcPr>", lambda m: m.group(0) + "<w:vAlign w:val=\"center\"/>", s)
open(p, "w").write(s)
' && zip -q -r ../khc.docx .)
(cd "$tmp" && soffice --headless --convert-to pdf kh.docx khc.docx >/dev/null)
pdftotext -layout "$tmp/kh.pdf" kh-word-layout.txt
(cd "$tmp" && soffice --headless --convert-to "txt:Text (encoded):UTF8" kh.docx >/dev/null)
cp "$tmp/kh.txt" kh-word.txt
pdftotext -layout "$tmp/khc.pdf" kh-word-centred.txt
rm -rf "$tmp"
