#!/bin/sh
# Makes the PDF text layers of testdata/pdfgrid: the tuned documents that
# read back whole, written by directive/render's TestWriteGridMarkdown as
# pandoc Markdown with the header and the tail in two-column grid tables,
# then .docx (pandoc), PDF (LibreOffice) and text (pdftotext, with and
# without -layout). Run from this folder.
set -e
tmp=$(mktemp -d)
(cd ../../../render && CHIDAO_GRID_DIR="$tmp" go test -run TestWriteGridMarkdown -count=1 .)
for f in "$tmp"/*.md; do pandoc -f markdown "$f" -o "${f%.md}.docx"; done
(cd "$tmp" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
for p in "$tmp"/*.pdf; do
	b=$(basename "$p" .pdf)
	pdftotext -layout "$p" "layout/$b.txt"
	pdftotext "$p" "raw/$b.txt"
done
rm -rf "$tmp"
