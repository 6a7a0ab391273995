package render

import (
	"html"
	"strings"

	"github.com/chidao/chidao/directive"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Text writes d as canonical plain text, its parts in reading order: the
// parent issuer and issuer, the national header, urgency and secrecy marks,
// "Số: …" ("Số …" for the Party), the "V/v" subject of a công văn, the date
// line, the type name in capitals and the subject, "Kính gửi", the
// preamble, the sections with their items, the closing line, the
// signature and "Nơi nhận". [Parse] reads the result back to d, and
// rendering what it reads gives the same text again.
func Text(d *directive.Document) string {
	var b strings.Builder
	b.Grow(1024)
	up := cases.Upper(language.Vietnamese)
	line := func(s string) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	blank := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n\n") {
			b.WriteByte('\n')
		}
	}
	if d.ParentIssuer != "" {
		line(d.ParentIssuer)
	}
	if d.Issuer != "" {
		line(d.Issuer)
	}
	if d.Bloc == directive.BlocParty && (d.Issuer != "" || d.ParentIssuer != "") {
		line("*")
	}
	for _, h := range d.NationalHeader {
		line(h)
	}
	if d.Urgency != "" {
		line(up.String(d.Urgency))
	}
	if d.Secrecy != "" {
		line(up.String(d.Secrecy))
	}
	switch {
	case d.Symbol.IsValid() && d.Bloc == directive.BlocParty:
		line("Số " + d.Symbol.String())
	case d.Symbol.IsValid():
		line("Số: " + d.Symbol.String())
	case d.Number != "":
		line("Số: " + d.Number)
	}
	letter := d.Type == directive.KindOfficialLetter
	if letter && d.Subject != "" {
		line("V/v " + d.Subject)
	}
	if !d.Date.IsZero() {
		line(directive.DateLine(d.Place, d.Date))
	} else if d.Place != "" {
		line(d.Place + ",")
	}
	if !letter && d.Type != directive.KindUnspecified {
		blank()
		line(up.String(d.Type.Label()))
		if d.Subject != "" {
			line(d.Subject)
		}
	}
	list := func(label string, entries []string) {
		if len(entries) == 0 {
			return
		}
		blank()
		if len(entries) == 1 {
			line(label + ": " + entries[0] + ".")
			return
		}
		line(label + ":")
		for i, e := range entries {
			end := ";"
			if i == len(entries)-1 {
				end = "."
			}
			line("- " + e + end)
		}
	}
	list("Kính gửi", d.Recipients)
	list("Đồng kính gửi", d.CCRecipients)
	if len(d.Preamble) > 0 {
		blank()
		for _, p := range d.Preamble {
			line(p)
		}
	}
	for _, s := range d.Sections {
		blank()
		m := sectionMarkerText(s.Number)
		if s.Heading != "" {
			m += " " + s.Heading
		}
		line(m)
		for _, it := range s.Items {
			first, rest, _ := strings.Cut(it, "\n")
			line("- " + first)
			if rest != "" {
				line(rest)
			}
		}
	}
	if d.Closing != "" {
		blank()
		line(d.Closing)
	}
	if !d.Signature.IsZero() {
		blank()
		for _, a := range d.Signature.Authority {
			line(a)
		}
		if d.Signature.Title != "" {
			line(d.Signature.Title)
		}
		if d.Signature.Name != "" {
			blank()
			line(d.Signature.Name)
		}
	}
	if len(d.Distribution) > 0 {
		blank()
		line("Nơi nhận:")
		for i, e := range d.Distribution {
			end := ";"
			if i == len(d.Distribution)-1 {
				end = "."
			}
			line("- " + e + end)
		}
	}
	return b.String()
}

// sectionMarkerText writes a section number with its punctuation: "I.",
// "1.", "1.2.", "a)", "Điều 3.".
func sectionMarkerText(n string) string {
	if n == "" {
		return ""
	}
	c := n[0]
	if len(n) <= 2 && c >= 'a' && c <= 'z' || n == "đ" {
		return n + ")"
	}
	return n + "."
}

// HTML writes d as a standalone HTML page laid out like the printed
// A4 page of Decree 30/2020 (Phụ lục I) or Hướng dẫn 36-HD/VPTW: Times New
// Roman 14 pt, margins 20 mm top and bottom, 30 mm left, 15 mm right, the
// two-column header, the body justified, and "Nơi nhận" beside the
// signature. It is meant to be opened in a browser and printed.
func HTML(d *directive.Document) string {
	var b strings.Builder
	b.Grow(4096)
	esc := html.EscapeString
	up := cases.Upper(language.Vietnamese)
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	title := d.Type.Label()
	if d.Symbol.IsValid() {
		title += " " + d.Symbol.String()
	}
	w(`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>`, esc(strings.TrimSpace(title)), `</title>
<style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3; margin: 0; }
.page { width: 165mm; margin: 0 auto; }
table.head, table.foot { width: 100%; border-collapse: collapse; }
table.head td, table.foot td { vertical-align: top; padding: 0; }
.left { width: 40%; text-align: center; }
.right { width: 60%; text-align: center; }
.org { font-size: 13pt; text-transform: uppercase; }
.issuer { font-weight: bold; font-size: 13pt; }
.nation { font-weight: bold; font-size: 13pt; }
.motto { font-weight: bold; font-size: 14pt; }
.rule { width: 30%; margin: 2pt auto 6pt; border: 0; border-top: 1px solid #000; }
.num, .vv { font-size: 13pt; }
.vv { font-size: 12pt; }
.date { font-style: italic; }
.mark { font-weight: bold; border: 1.5px solid #c00; color: #c00; display: inline-block; padding: 0 6pt; }
.type { font-weight: bold; font-size: 14pt; text-align: center; margin-top: 12pt; }
.subject { font-weight: bold; text-align: center; }
.to { text-align: center; margin: 12pt 0; }
.body p { text-indent: 1cm; text-align: justify; margin: 6pt 0; }
.body p.h { font-weight: bold; }
.recv { font-size: 11pt; }
.recv b { font-size: 12pt; font-style: italic; }
.sig { text-align: center; font-weight: bold; }
.sig .name { margin-top: 60pt; }
@media screen { body { background: #ddd; } .page { background: #fff; padding: 20mm 15mm 20mm 30mm; margin: 10mm auto; } }
</style>
</head>
<body>
<div class="page">
<table class="head"><tr><td class="left">
`)
	if d.ParentIssuer != "" {
		w(`<div class="org">`, esc(d.ParentIssuer), "</div>\n")
	}
	if d.Issuer != "" {
		w(`<div class="issuer">`, issuerHTML(d.Issuer), "</div>\n")
	}
	if d.Bloc == directive.BlocParty {
		w("<div>*</div>\n")
	} else {
		w(`<hr class="rule">`, "\n")
	}
	switch {
	case d.Symbol.IsValid() && d.Bloc == directive.BlocParty:
		w(`<div class="num">Số `, esc(d.Symbol.String()), "</div>\n")
	case d.Symbol.IsValid():
		w(`<div class="num">Số: `, esc(d.Symbol.String()), "</div>\n")
	case d.Number != "":
		w(`<div class="num">Số: `, esc(d.Number), "</div>\n")
	}
	letter := d.Type == directive.KindOfficialLetter
	if letter && d.Subject != "" {
		w(`<div class="vv">V/v `, esc(d.Subject), "</div>\n")
	}
	for _, m := range []string{d.Urgency, d.Secrecy} {
		if m != "" {
			w(`<div><span class="mark">`, esc(up.String(m)), "</span></div>\n")
		}
	}
	w(`</td><td class="right">`, "\n")
	for i, h := range d.NationalHeader {
		class := "nation"
		if i > 0 {
			class = "motto"
		}
		w(`<div class="`, class, `">`, esc(h), "</div>\n")
	}
	if len(d.NationalHeader) > 0 {
		w(`<hr class="rule">`, "\n")
	}
	if !d.Date.IsZero() {
		w(`<div class="date">`, esc(directive.DateLine(d.Place, d.Date)), "</div>\n")
	}
	w("</td></tr></table>\n")
	if !letter && d.Type != directive.KindUnspecified {
		w(`<div class="type">`, esc(up.String(d.Type.Label())), "</div>\n")
		if d.Subject != "" {
			w(`<div class="subject">`, esc(d.Subject), "</div>\n")
		}
		w(`<hr class="rule">`, "\n")
	}
	list := func(label string, entries []string) {
		if len(entries) == 0 {
			return
		}
		w(`<div class="to">`, esc(label), ":")
		if len(entries) == 1 {
			w(" ", esc(entries[0]), ".</div>\n")
			return
		}
		for i, e := range entries {
			end := ";"
			if i == len(entries)-1 {
				end = "."
			}
			w("<br>- ", esc(e), end)
		}
		w("</div>\n")
	}
	list("Kính gửi", d.Recipients)
	list("Đồng kính gửi", d.CCRecipients)
	w(`<div class="body">`, "\n")
	for _, p := range d.Preamble {
		w("<p>", esc(p), "</p>\n")
	}
	for _, s := range d.Sections {
		w(`<p class="h">`, esc(strings.TrimSpace(sectionMarkerText(s.Number)+" "+s.Heading)), "</p>\n")
		for _, it := range s.Items {
			for j, para := range strings.Split(it, "\n") {
				if j == 0 {
					para = "- " + para
				}
				w("<p>", esc(para), "</p>\n")
			}
		}
	}
	if d.Closing != "" {
		w("<p>", esc(d.Closing), "</p>\n")
	}
	w("</div>\n", `<table class="foot"><tr><td class="left recv" style="text-align:left">`, "\n")
	if len(d.Distribution) > 0 {
		w("<b>Nơi nhận:</b>")
		for i, e := range d.Distribution {
			end := ";"
			if i == len(d.Distribution)-1 {
				end = "."
			}
			w("<br>- ", esc(e), end)
		}
	}
	w("\n</td><td class=\"right sig\">\n")
	for _, a := range d.Signature.Authority {
		w("<div>", esc(a), "</div>\n")
	}
	if d.Signature.Title != "" {
		w("<div>", esc(d.Signature.Title), "</div>\n")
	}
	if d.Signature.Name != "" {
		w(`<div class="name">`, esc(d.Signature.Name), "</div>\n")
	}
	w("</td></tr></table>\n</div>\n</body>\n</html>\n")
	return b.String()
}

// placeWords start the place part of an issuer's name; the printed header
// puts it on its own line ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI").
var placeWords = []string{" THÀNH PHỐ ", " TỈNH ", " QUẬN ", " HUYỆN ", " THỊ XÃ ", " PHƯỜNG ", " XÃ "}

// issuerHTML escapes the issuer line and breaks it before its place name
// the way the printed header does, so the narrow column does not wrap it
// mid-name.
func issuerHTML(issuer string) string {
	esc := html.EscapeString
	best := -1
	for _, w := range placeWords {
		if i := strings.Index(issuer, w); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return esc(issuer)
	}
	return esc(issuer[:best]) + "<br>" + esc(issuer[best+1:])
}
