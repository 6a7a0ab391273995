#!/bin/sh
# Makes the tuned line-for-line scan renderings: every source text of the
# tuned sets with complete documents (directive/testdata/corpus5, 7, 9, 10,
# 11, 13, 16, 17, 19, 20, 22, 23, 24) is printed line for line: each source line stays one line of
# the page (pandoc Markdown with hard_line_breaks), written to .docx,
# printed to PDF by LibreOffice (as ../pdflayer/make.sh does), then each
# page is rasterized as a 200 dpi grayscale scan (pdftoppm) and read back by
# Tesseract OCR (Vietnamese model, page segmentation mode 6). Pages are
# joined in order with one form-feed line between them. PDFs of more than
# $maxpages pages are left out. Two documents are OCR'd at a time.
#
# Before pandoc reads a source, its text is neutralised so that no line
# becomes Markdown block structure (list, table, heading, code block, quote,
# definition, rule); see plain() below.
#
# Run from this folder; needs pandoc, soffice, poppler-utils (pdfinfo,
# pdftoppm), tesseract-ocr and tesseract-ocr-vie.
set -e
maxpages=8
psm=6
sets="corpus5 corpus7 corpus9 corpus10 corpus11 corpus13 corpus16 corpus17 corpus19 corpus20 corpus22 corpus23 corpus24"
out=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nb=$(printf '\302\240') # U+00A0 NO-BREAK SPACE, UTF-8
tab=$(printf '\t')
ff=$(printf '\f')

# plain SRC: print SRC as Markdown whose every line reads as typed.
#  - a form feed at the start of a line (a page break of the source's own
#    extraction) is dropped;
#  - a line of only spaces and tabs becomes empty (a paragraph break);
#  - leading spaces become no-break spaces, one each, and leading tabs four
#    each, so the indent is kept and pandoc sees no code block or table;
#  - a leading # > + * | = : < ( [ _ ` ~ % or - gets a backslash before it;
#  - a leading number or ASCII word followed by . or ) gets a backslash
#    before the . or ), so no ordered list starts (1. a) IV.).
plain() {
	LC_ALL=C sed -E "
		s/^$ff//
		s/^[ $tab]+\$//
		:a
		s/^(($nb)*) /\\1$nb/
		ta
		:b
		s/^(($nb)*)$tab/\\1$nb$nb$nb$nb/
		tb
		s/^([#>+*|=:<([_\`~%-])/\\\\\\1/
		s/^([0-9]+|[A-Za-z]+)([.)])/\\1\\\\\\2/
	" "$1"
}

for set in $sets; do
	for f in ../../../testdata/$set/*.txt; do
		b=$(basename "$f" .txt)
		plain "$f" >"$tmp/$b.md"
		pandoc -f markdown+hard_line_breaks-auto_identifiers --wrap=preserve "$tmp/$b.md" -o "$tmp/$b.docx"
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
