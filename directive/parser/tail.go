package parser

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// readTail reads the signature and the distribution list, in either order
// and with the two columns possibly on the same lines.
func (p *docParser) readTail(from int) {
	d := p.d
	if from >= len(p.lines) {
		if d.Signature.IsZero() && len(d.Distribution) == 0 && (len(d.Sections) > 0 || len(d.Preamble) > 0) {
			last := p.lines[len(p.lines)-1].no
			p.repair(directive.RepairTruncated, "", last, "", "")
		}
		return
	}
	defer p.dropEntryDust()
	inDist := false
	distDone := false
	sig := &d.Signature
	for i := from; i < len(p.lines); i++ {
		l := p.lines[i]
		t := l.text
		if t == "" || isRule(t) {
			continue
		}
		if (sig.Name != "" || len(d.Distribution) > 0 || !sig.IsZero() && p.issuedWith(i)) && p.annexStart(i) {
			p.readAnnexes(i)
			return
		}
		if (sig.Name != "" || sig.Title != "" || len(d.Distribution) > 0) && pageTailChrome(t, p.key(i)) {
			// "Văn bản liên quan:", "Tải về", "Chia sẻ": the page goes on
			// after the document; what follows is the site's, set aside
			p.asideFrom(i)
			return
		}
		kind := p.kind(i)
		if d.Subject == "" && isVv(t) && (d.Type == directive.KindUnspecified || d.Type == directive.KindOfficialLetter) {
			// a text layer that put the header's left column last: the
			// công văn's V/v after the body, its lines up to the signer's
			// post
			j := i + 1
			for j < len(p.lines) && j < i+maxSubjectLines && p.lines[j].text != "" && p.kind(j) == lkText &&
				!vntext.IsCaps(p.lines[j].text) && itemMarkerLen(p.lines[j].text) == 0 && !isSignedMark(p.lines[j].text) {
				j++
			}
			var parts []string
			for k := i; k < j; k++ {
				parts = append(parts, p.lines[k].text)
			}
			s := strings.Join(parts, " ")
			d.Subject = strings.TrimRight(strings.TrimLeft(s[vvLen(s):], " :."), ". ")
			p.repair(directive.RepairSubjectLate, "subject", l.no, s, "")
			i = j - 1
			continue
		}
		if !inDist && !distDone && len(d.Distribution) == 0 && p.unlabelledDistribution(i) {
			inDist = true
			p.repair(directive.RepairNoLabel, "distribution", l.no, "", "Nơi nhận:")
		}
		if kind == lkNoiNhan {
			inDist = true
			if misreadNoiNhan(t) && !strings.HasPrefix(p.key(i), "nơi nhận") {
				w, _ := splitWords(strings.TrimLeft(t, "-*• "), 2)
				p.repair(directive.RepairMisreadLabel, "distribution", l.no, w, "Nơi nhận:")
			}
			t = afterLabel(t, "nơi nhận")
			if r := dropLeadSpecks(t); r != t {
				// a scan's specks between the label and the signer's
				// column: "Nơi nhận: \f „ KT. TỔNG CỤC TRƯỞNG"
				p.repair(directive.RepairScanSpecks, "", l.no, t, r)
				t = r
			}
			if t == "" {
				continue
			}
		}
		if inDist && !distDone && sig.Title != "" && sig.Name == "" {
			if j := trailingSigner(t); j > 0 {
				// a scan read the tail's two columns row by row: the
				// signer's name ends a Nơi nhận line ("- TT Tỉnh ủy, TT
				// HĐND tỉnh; Nguyễn Văn Linh")
				p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
				p.tailPiece(l, strings.TrimSpace(t[:j]), &inDist, &distDone, sig)
				sig.Name = strings.TrimSpace(t[j:])
				continue
			}
			if a, b := signerBeforeDash(t); a > 0 {
				// the same, the page reflowed: "- Lãnh đạo VP; Nguyễn Thế
				// Phước - Lưu: VT."
				p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
				p.tailPiece(l, strings.TrimSpace(t[:a]), &inDist, &distDone, sig)
				sig.Name = strings.TrimSpace(t[a:b])
				p.tailPiece(l, "- "+strings.TrimSpace(t[b+len(" - "):]), &inDist, &distDone, sig)
				continue
			}
		}
		for _, piece := range p.splitTail(l, t, inDist && !distDone) {
			p.tailPiece(l, piece, &inDist, &distDone, sig)
		}
	}
}

// dropLeadSpecks drops the specks that open t: tokens of one rune, or of
// three at most that open with no letter ("ÿ . ;", "„", a backslash and
// an f), up to an entry's dash, a digit or a word.
func dropLeadSpecks(t string) string {
	for t != "" {
		tok, rest := splitWords(t, 1)
		n := utf8.RuneCountInString(tok)
		if r := firstRune(tok); strings.ContainsRune("-–—+•*·", r) || strings.ContainsAny(tok, "0123456789") ||
			n > 3 || n > 1 && (unicode.IsLetter(r) || r == '(') {
			return t
		}
		t = strings.TrimSpace(rest)
	}
	return t
}

// dropEntryDust cuts a scan's dust off the end of each Nơi nhận entry,
// with a scan_specks repair ("- Văn phòng Tổng Bí thư; i"), and the colon
// of an entry that ends on one ("- Như trên:").
func (p *docParser) dropEntryDust() {
	for k, e := range p.d.Distribution {
		if i := entryDust(e); i > 0 {
			p.repair(directive.RepairScanSpecks, fmt.Sprintf("distribution[%d]", k), 0, strings.TrimSpace(e[i:]), "")
			e = trimEntry(e[:i])
		}
		p.d.Distribution[k] = strings.TrimSpace(strings.TrimSuffix(e, ":"))
	}
}

// splitTail cuts a line holding a distribution entry and a signature part
// ("- Như trên; KT. CHỦ TỊCH") into its two pieces.
func (p *docParser) splitTail(l docLine, t string, inDist bool) []string {
	if inDist {
		if pieces := interleaved(t); pieces != nil {
			// a scan read the two columns row by row, the page reflowed:
			// "KT. CỤC TRƯỞNG - Như trên; PHÓ CỤC TRƯỞNG - TT …"
			p.repair(directive.RepairSignatureSplit, "signature", l.no, t, strings.Join(pieces, " ⏎ "))
			if last := strings.TrimSpace(p.distLast); !strings.HasPrefix(pieces[0], "-") && len(p.d.Distribution) > 0 &&
				last != "" && !strings.HasSuffix(last, ";") && !strings.HasSuffix(last, ".") {
				p.distOpen = true // "… - Như Điều" / "3; KT. CHỦ TỊCH - …": the entry goes on
			}
			return pieces
		}
	}
	if !inDist || itemMarkerLen(t) == 0 && !isArchive(t) {
		return []string{t}
	}
	for _, m := range signMarks {
		if j := strings.Index(t, " "+m+" "); j > 0 {
			p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
			return []string{strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+1:])}
		}
	}
	// The signer's name across a PDF layer's column gap: "- Lưu: VT, VX
	// (3), AT.13        Trần Quốc Toản".
	if g := strings.LastIndex(l.raw, "     "); g > 0 {
		if right := strings.TrimSpace(l.raw[g:]); isPersonName(right) && strings.HasSuffix(t, right) && len(t) > len(right) {
			p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
			return []string{strings.TrimSpace(strings.TrimSuffix(t, right)), right}
		}
	}
	// A title in capitals after the entry with no punctuation between, a
	// scan's row: "- Như nt 2 PHÓ TỎNG CỤC TRƯỞNG".
	if j := trailingTitle(t); j > 0 {
		p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
		return []string{strings.TrimSpace(t[:j]), strings.TrimSpace(t[j:])}
	}
	// A title in capitals after the entry's punctuation; or, across a
	// PDF layer's column gap, the signer's name.
	for _, sep := range []string{"; ", ". ", ", "} {
		if j := strings.LastIndex(t, sep); j > 0 {
			right := strings.TrimSpace(t[j+len(sep):])
			if vntext.IsCaps(right) && isTitle(keyOf(right)) ||
				isPersonName(right) && strings.Contains(l.raw, "   "+right) {
				p.repair(directive.RepairSignatureSplit, "signature", l.no, t, "")
				return []string{strings.TrimSpace(t[:j+1]), right}
			}
		}
	}
	return []string{t}
}

// trailingTitle returns where a signer's title in capitals, two words or
// more, ends an entry written in lower case: "- Như nt 2 PHÓ TỔNG CỤC
// TRƯỞNG"; 0 when there is none.
func trailingTitle(t string) int {
	if !vntext.IsCaps(t[strings.LastIndexByte(t, ' ')+1:]) {
		return 0 // most lines: no title ends them
	}
	spans := fieldSpans(t)
	for k := max(1, len(spans)-maxTitleWords); k+1 < len(spans); k++ {
		if prev := t[spans[k-1][0]:spans[k-1][1]]; vntext.IsCaps(prev) && !vntext.AllDigits(prev) {
			continue // the title starts after the entry's last word in lower case
		}
		if right := t[spans[k][0]:]; vntext.IsCaps(right) && isTitle(keyOf(right)) {
			return spans[k][0]
		}
	}
	return 0
}

func (p *docParser) tailPiece(l docLine, t string, inDist, distDone *bool, sig *directive.Signature) {
	d := p.d
	if vntext.RunesAtMost(t, maxSignedMark) && isSignedMark(t) {
		p.repair(directive.RepairSignedMark, "signature", l.no, t, "")
		return
	}
	if n := signMarkLen(t); n > 0 {
		// the block may be printed on one line: "TM. ỦY BAN NHÂN DÂN
		// CHỦ TỊCH      Phạm Đình Nghị"
		auth, title, name := splitSignLine(t)
		sig.Authority = append(sig.Authority, auth...)
		if title != "" {
			if sig.Title != "" {
				sig.Authority = append(sig.Authority, sig.Title)
			}
			sig.Title = title
		}
		if name != "" && sig.Name == "" {
			sig.Name = name
			p.lastSigLine = l.no
		}
		if len(auth) > 1 || title != "" || name != "" {
			p.repair(directive.RepairSignatureSplit, "signature", l.no, t, strings.Join(slices.Concat(auth, []string{title, name}), " ⏎ "))
		}
		p.signMarkLine = l.no
		return
	}
	if n := len(sig.Authority); n > 0 && sig.Title == "" && sig.Name == "" && p.signMarkLine == l.no-1 && !*inDist {
		// a signature block its narrow column wrapped between words:
		// "KT. BỘ TRƯỞNG THỨ" / "TRƯỞNG Bùi Hồng Lĩnh", "TM. UỶ BAN NHÂN
		// DÂN" / "TỈNH CHỦ TỊCH Phạm Thế" / "Dũng"
		joined := sig.Authority[n-1] + " " + t
		auth, title, name := splitSignLine(joined)
		if title == "" && name == "" && signMarkLen(sig.Authority[n-1]+" X") == len(sig.Authority[n-1]) {
			// a mark the line ended on, its post and the signer's below:
			// "TM. ỦY BAN NHÂN DÂN KT." / "CHỦ TỊCH PHÓ CHỦ TỊCH"
			auth, title = markThenTitle(joined)
		}
		if title != "" && len(auth) > 0 {
			sig.Authority = append(sig.Authority[:n-1], auth...)
			sig.Title, sig.Name = title, name
			if name != "" {
				p.lastSigLine = l.no
			}
			p.repair(directive.RepairSignatureSplit, "signature", l.no, joined, strings.Join(slices.Concat(auth, []string{title, name}), " ⏎ "))
			return
		}
	}
	if *inDist {
		open, cut := p.distOpen, p.distCut
		p.distOpen, p.distCut = false, distWhole
		if cut != distWhole && !*distDone && itemMarkerLen(t) == 0 && signMarkLen(t) == 0 && !isPersonName(t) && !capsTitle(t) {
			if cut == distDash {
				t = "- " + t // the entry after a dash the line ended on
			} else if len(d.Distribution) > 0 {
				// an inline list cut by the page's width: "… - TT
				// Thành ủy; TT" / "HĐND TP; (để báo cáo) - Đ/c …"
				p.continueEntry(t, false, distDone)
				p.distCut, p.distOpen = listCut(t), strings.HasSuffix(t, ",")
				return
			}
		}
		last := p.distLast
		p.distLast = t
		if n := len(d.Distribution); p.distDashes >= 2 && n > 0 && !*distDone && itemMarkerLen(t) == 0 && signMarkLen(t) == 0 &&
			!strings.HasSuffix(last, ";") && !strings.HasSuffix(last, ".") &&
			!isArchive(t) && !isPersonName(t) && !capsTitle(t) {
			// a list whose entries open with dashes, the entry above cut
			// by the width: the line goes on with it ("- TTgCP, Phó Thủ
			// tướng Lê Văn" / "Thành;")
			p.continueEntry(t, open, distDone)
			return
		}
		if m := itemMarkerLen(t); m > 0 {
			p.distDashes++
			// one entry, or a cell's whole list: "- Như trên; - Bộ Tài
			// chính; - Lưu: VT."
			items := inlineItems(t)
			p.addEntries(items, distDone)
			p.distOpen = strings.HasSuffix(t, ",") // "- Các Sở, ngành: Xây dựng, Công Thương," / "Tài chính;"
			if len(items) > 1 {
				p.distCut = listCut(t)
			}
			return
		}
		if isArchive(t) {
			d.Distribution = append(d.Distribution, trimEntry(t))
			*distDone = true
			return
		}
		if n := len(d.Distribution); !*distDone && strings.HasSuffix(t, ";") && !vntext.IsCaps(t) && signMarkLen(t) == 0 && !(n > 0 && (open || startsLower(t))) {
			d.Distribution = append(d.Distribution, trimEntry(t)) // an entry whose dash was lost: "Như trên;"
			return
		}
		if n := len(d.Distribution); n > 0 && !*distDone && (startsLower(t) || open) {
			// the entry wrapped, maybe with more entries after it: "…
			// Chính" / "phủ; - Các Bộ, …; - VP BCĐ TW về phòng, chống"
			if items := p.continueEntry(t, open, distDone); items > 1 || cut != distWhole {
				p.distCut = listCut(t)
			}
			return
		}
	}
	k := ""
	if vntext.RunesAtMost(t, lineKeyLen) {
		k = keyOf(t)
	}
	if n := len(sig.Authority); n > 0 && sig.Title == "" && sig.Name == "" && vntext.IsCaps(t) && strings.HasPrefix(k, "nhân dân") {
		if a := keyOf(sig.Authority[n-1]); strings.HasSuffix(a, "ủy ban") || strings.HasSuffix(a, "hội đồng") {
			// "TM. ỦY BAN" / "NHÂN DÂN": the collective's name wrapped
			sig.Authority[n-1] += " " + t
			return
		}
	}
	if vntext.IsCaps(t) && isTitle(k) && !(sig.Name != "" && sig.Title != "") {
		// (a post under the name that has one above it is the digital
		// signature's print, "PHÓ GIÁM ĐỐC" / "SỞ CÔNG THƯƠNG …", set aside)
		if sig.Title != "" {
			sig.Authority = append(sig.Authority, sig.Title)
		}
		sig.Title, p.titleLine = t, l.no
		return
	}
	if sig.Name != "" && nameWord(t) && len(vntext.Fields(sig.Name)) == 2 && p.lastSigLine == l.no-1 {
		// the name wrapped by its column: "… Phạm Thế" / "Dũng"
		sig.Name += " " + t
		return
	}
	if sig.Name == "" && isPersonName(t) && sectionMarker(t) == "" {
		p.lastSigLine = l.no
		if n := len(sig.Authority); sig.Title == "" && n > 0 {
			// "TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH" over the name: the
			// post ends the line above
			if auth, title, name := splitSignLine(sig.Authority[n-1] + " " + t); title != "" && name == t {
				sig.Authority = append(sig.Authority[:n-1], auth...)
				sig.Title = title
			}
		}
		sig.Name = t
		return
	}
	if title, name := titleThenName(t); sig.Name == "" && title != "" {
		// "PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà": the post and the name on one
		// line
		if sig.Title != "" {
			sig.Authority = append(sig.Authority, sig.Title)
		}
		sig.Title, sig.Name = title, name
		p.lastSigLine = l.no
		p.repair(directive.RepairSignatureSplit, "signature", l.no, t, title+" ⏎ "+name)
		return
	}
	if vntext.IsCaps(t) && sig.Name == "" && sig.Title != "" && !surnameFirst(t) && (p.titleLine == 0 || l.no <= p.titleLine+2) {
		// a post wrapped by its column: "VỤ TRƯỞNG VỤ GIÁO DỤC" /
		// "CHUYÊN NGHIỆP" (a name in capitals opens with a surname); not
		// a heading lines below it, an annex's after a signature with no
		// name printed
		sig.Title += " " + t
		p.titleLine = l.no
		return
	}
	if vntext.IsCaps(t) && sig.Name == "" && (len(sig.Authority) > 0 || sig.Title != "") && isPersonName(titleCaseProbe(t)) && surnameFirst(t) {
		sig.Name = t
		return
	}
	p.repair(directive.RepairChrome, "", l.no, t, "")
	p.aside = append(p.aside, l.no)
}

// markThenTitle cuts "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" into the mark with its
// post and the signer's post, the longest that names one; "" when none.
func markThenTitle(t string) (auth []string, title string) {
	words := vntext.Fields(t)
	for k := 2; k < len(words); k++ {
		if rest := strings.Join(words[k:], " "); isTitle(keyOf(rest)) {
			return []string{strings.Join(words[:k], " ")}, rest
		}
	}
	return nil, ""
}

// surnames are the commonest Vietnamese family names, as keys.
var surnames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range vntext.Fields("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương " +
		"Trịnh Trương Lâm Phùng Mai Tô Hà Tạ Lưu Đinh Cao Thái Lương Lại Chu Quách Triệu Kiều Khúc La Lò Nông Hứa Giang " +
		"Tăng Châu Thân Đàm Tống Doãn Cù Âu Mạc Tiêu Ninh Lã Diệp Nghiêm Vi Hầu Bạch Lục Nhữ Kim Ông Thạch Danh Y " +
		"Sùng Giàng Mùa Vàng Thào Hờ Lầu Tòng Quàng Cầm Bế Sầm Đèo Ma Lù Hà Lương Khổng Khương Lục Phó Mông Ksor Rơ Y Nay") {
		m[keyOf(n)] = true
	}
	return m
}()

// surnameFirst reports a text whose first word is a common family name.
func surnameFirst(t string) bool {
	f := vntext.Fields(t)
	return len(f) > 0 && surnames[keyOf(f[0])]
}

// How the last line of an inline Nơi nhận list ended: whole, on a dash
// whose entry is on the next line, or inside an entry.
const (
	distWhole = iota
	distDash
	distInside
)

// listCut tells how a line of an inline list ends (distWhole, distDash,
// distInside).
func listCut(t string) int {
	t = strings.TrimSpace(t)
	switch {
	case strings.HasSuffix(t, " -"), t == "-":
		return distDash
	case t == "" || strings.ContainsRune(";.,)", rune(t[len(t)-1])):
		return distWhole
	}
	return distInside // "… - TT Thành ủy; TT", "… - VPCP:"
}

// capsTitle reports a signer's post in capitals: the signature, not a
// Nơi nhận entry the width wrapped.
func capsTitle(t string) bool {
	return vntext.IsCaps(t) && isTitle(keyOf(vntext.PrefixRunes(t, lineKeyLen)))
}

// continueEntry goes on with the last Nơi nhận entry with t, after the
// comma trimEntry took when the entry ended on one (open), and splits
// what it makes at its entries. It returns how many it made.
func (p *docParser) continueEntry(t string, open bool, distDone *bool) int {
	sep := " "
	if open {
		sep = ", "
	}
	n := len(p.d.Distribution)
	items := inlineItems(p.d.Distribution[n-1] + sep + t)
	p.d.Distribution = p.d.Distribution[:n-1]
	p.addEntries(items, distDone)
	return len(items)
}

// addEntries adds list items as Nơi nhận entries.
func (p *docParser) addEntries(items []string, distDone *bool) {
	for _, it := range items {
		if it = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(it), "-")); it == "" {
			continue
		}
		p.d.Distribution = append(p.d.Distribution, trimEntry(it))
		if isArchive(it) {
			*distDone = true
		}
	}
}

// titleThenName splits a line that holds a post in capitals and a
// person's name ("PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà"), or returns "".
func titleThenName(t string) (title, name string) {
	words := vntext.Fields(t)
	n := 0
	for n < len(words) && vntext.IsCaps(words[n]) {
		n++
	}
	if n == 0 || n == len(words) {
		return "", ""
	}
	title, name = strings.Join(words[:n], " "), strings.Join(words[n:], " ")
	if !isTitle(keyOf(title)) || !isPersonName(name) {
		return "", ""
	}
	return title, name
}

// tailChromeKeys open the blocks a web page prints after the document:
// links to related documents, downloads, sharing, the site's footer.
var tailChromeKeys = []string{
	"văn bản liên quan", "văn bản cùng lĩnh vực", "văn bản mới", "văn bản khác", "tin liên quan", "các tin khác", "tin khác",
	"tải về", "tải văn bản", "file đính kèm", "tệp đính kèm", "tập tin đính kèm", "chia sẻ", "bản quyền", "lượt xem",
	"thuộc tính văn bản", "lược đồ", "từ khóa", "in trang", "gửi email", "về đầu trang", "bình luận",
}

// pageTailChrome reports a line of a web page's own after a document: a
// short line that opens with one of tailChromeKeys.
func pageTailChrome(t, k string) bool {
	_, ok := tailChromeLabel(k)
	return ok && vntext.RunesAtMost(t, maxTailChromeLine)
}

// tailChromeLabel returns the first of tailChromeKeys that the key k opens
// with, as whole words.
func tailChromeLabel(k string) (string, bool) {
	for _, w := range tailChromeKeys {
		if k == w || strings.HasPrefix(k, w+" ") {
			return w, true
		}
	}
	return "", false
}

// trailingSigner returns where a person's name that ends t starts, after
// other text, or 0: two to four capitalised words opening with a common
// surname ("… TT HĐND tỉnh; Nguyễn Văn Linh", "- Cục Quản lý Nguyễn
// Trường Sơn").
func trailingSigner(t string) int {
	words := vntext.Fields(t)
	for n := min(maxNameWords, 4, len(words)-1); n >= minNameWords; n-- {
		name := words[len(words)-n:]
		if !surnames[keyOf(name[0])] || !isPersonName(strings.Join(name, " ")) {
			continue
		}
		i := len(t)
		for range n {
			i = strings.LastIndexByte(strings.TrimRight(t[:i], " "), ' ')
		}
		return i + 1
	}
	return 0
}

// signerBeforeDash finds a person's name between an entry's semicolon and
// the next entry's dash ("…; Nguyễn Thế Phước - Lưu: VT."): where the name
// starts and ends, or 0, 0.
func signerBeforeDash(t string) (int, int) {
	for from := 0; ; {
		d := strings.Index(t[from:], " - ")
		if d < 0 {
			return 0, 0
		}
		d += from
		from = d + 1
		j := strings.LastIndex(t[:d], "; ")
		if j < 0 {
			continue
		}
		name := strings.TrimSpace(t[j+2 : d])
		if w, _ := splitWords(name, 1); surnames[keyOf(w)] && isPersonName(name) {
			return j + 2, d
		}
	}
}

// interleaved cuts a Nơi nhận line that holds parts of the signature block
// between its entries, in capitals before an entry's dash ("KT. CỤC
// TRƯỞNG - Như trên; PHÓ CỤC TRƯỞNG - TT Trương Thanh Hoài (để b/c);"):
// the block's parts and the entries, each entry with its dash, in order;
// nil when no part of the block is there.
func interleaved(t string) []string {
	if !strings.Contains(t, " - ") {
		return nil
	}
	sigPart := func(s string) bool {
		if strings.HasSuffix(s, ";") || strings.HasSuffix(s, ",") {
			return false // an entry in capitals: "- THƯỜNG TRỰC TỈNH ỦY;"
		}
		return signMarkLen(s) > 0 || vntext.RunesAtMost(s, maxSigPart) && vntext.IsCaps(s) && isTitle(keyOf(s))
	}
	// a dash cuts where an entry or a part of the block ends before it;
	// one inside a name stays ("Bộ Lao động - Thương binh và Xã hội")
	// (a part grows in a builder: a line of many dashes stays linear)
	var grown []*strings.Builder
	for k, a := range strings.Split(t, " - ") {
		a = strings.TrimSpace(a)
		if k == 0 {
			a = strings.TrimSpace(strings.TrimPrefix(a, "-"))
		}
		if n := len(grown); n > 0 {
			prev := grown[n-1].String()
			// only a short last entry can be a title or a name: the
			// look stays near the end of a part that keeps growing
			win := prev[max(0, len(prev)-maxSigPart*4):]
			last := ""
			if j := strings.LastIndex(win, "; "); j >= 0 || len(win) == len(prev) {
				last = strings.TrimSpace(win[j+1:])
			}
			if !sigPart(prev) && !strings.HasSuffix(prev, ";") && !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ":") &&
				!sigPart(last) && !(last != prev && isPersonName(last)) {
				grown[n-1].WriteString(" - ")
				grown[n-1].WriteString(a)
				continue
			}
		}
		b := new(strings.Builder)
		b.WriteString(a)
		grown = append(grown, b)
	}
	parts := make([]string, len(grown))
	for k, b := range grown {
		parts[k] = b.String()
	}
	var out []string
	found := false
	dash := func(k int, a string) string {
		if k == 0 && !strings.HasPrefix(t, "-") {
			return a // the line goes on with the entry above: "… - Như Điều" / "3; KT. CHỦ TỊCH - …"
		}
		return "- " + a
	}
	for k, a := range parts {
		if a == "" {
			continue
		}
		if sigPart(a) {
			out, found = append(out, a), true
			continue
		}
		if j := strings.LastIndex(a, "; "); j > 0 && sigPart(strings.TrimSpace(a[j+2:])) {
			// (a dash a scan put before the title is no entry's marker:
			// "- Như trên; — PHO TONG CUC TRUONG")
			out = append(out, dash(k, a[:j+1]), strings.TrimLeft(a[j+2:], "—–- "))
			found = true
			continue
		}
		if j := strings.LastIndex(a, "; "); found && j > 0 && isPersonName(strings.TrimSpace(a[j+2:])) {
			out = append(out, dash(k, a[:j+1]), strings.TrimSpace(a[j+2:])) // the signer's name: "- Lãnh đạo VP; Nguyễn Thế Phước"
			continue
		}
		out = append(out, dash(k, a))
	}
	if !found {
		return nil
	}
	return out
}
