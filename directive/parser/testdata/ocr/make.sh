#!/bin/sh
# Makes the scan renderings of testdata/ocr: the same PDFs that
# ../pdfgrid/make.sh prints (directive/render's TestWriteGridMarkdown writes
# pandoc Markdown with the header and the tail in two-column grid tables;
# pandoc makes .docx; LibreOffice prints PDF), here rasterized page by page
# as a 200 dpi grayscale scan (pdftoppm) and read back by Tesseract OCR
# (Vietnamese model, page segmentation mode 6). Pages are joined in order
# with one form-feed line between them. PDFs of more than $maxpages pages
# are left out. Run from this folder; needs go, pandoc, soffice, poppler-utils
# (pdfinfo, pdftoppm), tesseract-ocr and tesseract-ocr-vie.
set -e
maxpages=8
psm=6
out=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd ../../../render && CHIDAO_GRID_DIR="$tmp" go test -run TestWriteGridMarkdown -count=1 .)
for f in "$tmp"/*.md; do pandoc -f markdown "$f" -o "${f%.md}.docx"; done
(cd "$tmp" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
rm -f "$out"/*.txt
for p in "$tmp"/*.pdf; do
	b=$(basename "$p" .pdf)
	n=$(pdfinfo "$p" | awk '/^Pages:/ {print $2}')
	if [ "$n" -gt "$maxpages" ]; then
		echo "skip $b: $n pages" >&2
		continue
	fi
	: >"$tmp/$b.txt"
	i=1
	while [ "$i" -le "$n" ]; do
		pdftoppm -r 200 -gray -png -f "$i" -l "$i" -singlefile "$p" "$tmp/page"
		if [ "$i" -gt 1 ]; then printf '\f\n' >>"$tmp/$b.txt"; fi
		tesseract "$tmp/page.png" - -l vie --psm "$psm" 2>/dev/null >>"$tmp/$b.txt"
		i=$((i + 1))
	done
	mv "$tmp/$b.txt" "$out/$b.txt"
done
