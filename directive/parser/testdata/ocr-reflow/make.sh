#!/bin/sh
# Makes the tuned scan renderings: every source text of the tuned sets
# (directive/testdata/corpus5, corpus7, corpus11, corpus13, corpus17,
# corpus20, corpus23) is read as pandoc Markdown, written to .docx, printed
# to PDF by LibreOffice (as ../pdflayer/make.sh does), then each page is
# rasterized as a 200 dpi grayscale scan (pdftoppm) and read back by
# Tesseract OCR (Vietnamese model, page segmentation mode 6). Pages are
# joined in order with one form-feed line between them. PDFs of more than
# $maxpages pages are left out. A source whose base name already has a .txt
# in ../ocr, ../ocr-heldout or ../ocr-heldout2 is skipped, so that no name
# is in two scan folders. Two documents are OCR'd at a time.
# Run from this folder; needs pandoc, soffice, poppler-utils (pdfinfo,
# pdftoppm), tesseract-ocr and tesseract-ocr-vie.
set -e
maxpages=8
psm=6
sets="corpus5 corpus7 corpus11 corpus13 corpus17 corpus20 corpus23"
others="../ocr ../ocr-heldout ../ocr-heldout2"
out=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in $sets; do
	for f in ../../../testdata/$set/*.txt; do
		b=$(basename "$f" .txt)
		seen=
		for o in $others; do
			if [ -e "$o/$b.txt" ]; then seen=$o; fi
		done
		if [ -n "$seen" ]; then
			echo "skip $b: already in $seen" >&2
			continue
		fi
		cp "$f" "$tmp/$b.md"
		pandoc -f markdown "$tmp/$b.md" -o "$tmp/$b.docx"
	done
done
(cd "$tmp" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
rm -f "$out"/*.txt

# ocr LIST: OCR the PDFs named in file LIST, one base name a line.
ocr() {
	while read -r b; do
		p="$tmp/$b.pdf"
		n=$(pdfinfo "$p" | awk '/^Pages:/ {print $2}')
		if [ "$n" -gt "$maxpages" ]; then
			echo "skip $b: $n pages" >&2
			continue
		fi
		d="$tmp/w-$b"
		mkdir "$d"
		: >"$d/out.txt"
		i=1
		while [ "$i" -le "$n" ]; do
			pdftoppm -r 200 -gray -png -f "$i" -l "$i" -singlefile "$p" "$d/page"
			if [ "$i" -gt 1 ]; then printf '\f\n' >>"$d/out.txt"; fi
			tesseract "$d/page.png" - -l vie --psm "$psm" 2>/dev/null >>"$d/out.txt"
			i=$((i + 1))
		done
		mv "$d/out.txt" "$out/$b.txt"
	done <"$1"
}

for p in "$tmp"/*.pdf; do basename "$p" .pdf; done >"$tmp/all"
awk 'NR % 2 == 1' "$tmp/all" >"$tmp/list1"
awk 'NR % 2 == 0' "$tmp/all" >"$tmp/list2"
ocr "$tmp/list1" &
p1=$!
ocr "$tmp/list2" &
p2=$!
wait "$p1"
wait "$p2"
