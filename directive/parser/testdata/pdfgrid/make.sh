#!/bin/sh
# Makes the PDF text layers of testdata/pdfgrid: the tuned documents that
# read back whole, written by directive/render's TestWriteGridMarkdown as
# pandoc Markdown with the header and the tail in two-column grid tables,
# then .docx (pandoc), PDF (LibreOffice) and text (pdftotext, with and
# without -layout, and with -layout once more with the table cells
# centred), and the .docx saved as plain text. Run from this folder.
set -e
tmp=$(mktemp -d)
(cd ../../../render && CHIDAO_GRID_DIR="$tmp" go test -run TestWriteGridMarkdown -count=1 .)
for f in "$tmp"/*.md; do pandoc -f markdown "$f" -o "${f%.md}.docx"; done
# centred/: the same with every table cell centred vertically
# (w:vAlign center), as offices print their task tables
mkdir "$tmp/c"
for d in "$tmp"/*.docx; do
	b=$(basename "$d")
	mkdir "$tmp/x" && (cd "$tmp/x" && unzip -q "$d" && python3 -c '
import re
p = "word/document.xml"
s = open(p).read().replace("<w:tcPr />", "<w:tcPr></w:tcPr>")
s = re.sub(r"<w:tcPr>", lambda m: m.group(0) + "<w:vAlign w:val=\"center\"/>", s)
open(p, "w").write(s)
' && zip -q -r "$tmp/c/$b" .) && rm -rf "$tmp/x"
done
(cd "$tmp" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
# text/: the .docx saved by LibreOffice as plain text (tables one cell a
# line), its byte order mark dropped
mkdir "$tmp/t" && (cd "$tmp/t" && cp "$tmp"/*.docx . && soffice --headless --convert-to "txt:Text (encoded):UTF8" ./*.docx >/dev/null)
for f in "$tmp"/t/*.txt; do sed '1s/^\xEF\xBB\xBF//' "$f" > "text/$(basename "$f")"; done
(cd "$tmp/c" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
for p in "$tmp"/*.pdf; do
	b=$(basename "$p" .pdf)
	pdftotext -layout "$p" "layout/$b.txt"
	pdftotext "$p" "raw/$b.txt"
	pdftotext -layout "$tmp/c/$b.pdf" "centred/$b.txt"
done
rm -rf "$tmp"
