#!/bin/sh
# Makes the PDF text layers of the tuned sets' documents: each text read
# as pandoc Markdown, written to .docx, printed to PDF by LibreOffice and
# read back with pdftotext -layout (poppler), as an office's PDF copy is.
# Run from this folder: sh make.sh corpus5 corpus7 corpus9
set -e
tmp=$(mktemp -d)
for set in "$@"; do
	for f in ../../../testdata/$set/*.txt; do
		b=$(basename "$f" .txt)
		cp "$f" "$tmp/$b.md"
		pandoc -f markdown "$tmp/$b.md" -o "$tmp/$b.docx"
	done
done
(cd "$tmp" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
for p in "$tmp"/*.pdf; do
	pdftotext -layout "$p" "$(basename "$p" .pdf).txt"
done
rm -rf "$tmp"
