package parser

import (
	"strings"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// parseRest reads the recipients, the body, the signature and the
// distribution list from line start on.
func (p *docParser) parseRest(start int) {
	i := start
	p.bodyOff = len(p.text)
	if start < len(p.lines) {
		p.bodyOff = p.lines[start].off
	}
	// Recipients come first when there are any.
	for i < len(p.lines) {
		switch p.kind(i) {
		case lkBlank:
			i++
			continue
		case lkKinhGui:
			i = p.readList(i, "kính gửi", &p.d.Recipients)
			continue
		case lkDongKinhGui:
			i = p.readList(i, "đồng kính gửi", &p.d.CCRecipients)
			continue
		case lkText:
			// The enacting authority under the subject ("CHỦ TỊCH ỦY BAN
			// NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ Y TẾ") opens the preamble; it
			// is not a signature.
			if len(p.d.Recipients) == 0 && len(p.d.Preamble) == 0 && p.isAuthorityLine(i, []string{p.d.Issuer}) {
				p.d.Preamble = append(p.d.Preamble, p.lines[i].text)
				i++
				continue
			}
			// A công điện names its sender, then its addressees:
			// "CHỦ TỊCH UBND TỈNH điện:".
			if t := p.lines[i].text; len(p.d.Recipients) == 0 && vntext.RunesAtMost(t, maxSenderLine) && strings.HasSuffix(t, ":") &&
				strings.HasSuffix(p.key(i), " điện") {
				p.d.Preamble = append(p.d.Preamble, t)
				i = p.readList(i, t, &p.d.Recipients)
				continue
			}
			// or its addressees after "ĐIỆN:" on a line of their own
			if t := p.lines[i].text; len(p.d.Recipients) == 0 && p.d.Type == directive.KindDispatch && vntext.RunesAtMost(t, maxDispatchLine) &&
				(strings.HasPrefix(t, "ĐIỆN:") || strings.HasPrefix(t, "Điện:") || strings.HasPrefix(t, "ĐIỆN :")) {
				i = p.readList(i, "điện", &p.d.Recipients)
				continue
			}
		}
		break
	}
	end := p.bodyEnd(i)
	p.readBody(i, end)
	p.readTail(end)
}

// readList reads a "Kính gửi:" list starting at line i and returns the
// line after it.
func (p *docParser) readList(i int, label string, dst *[]string) int {
	t := p.lines[i].text
	rest := afterLabel(t, label)
	i++
	if rest != "" {
		if items := inlineItems(rest); len(items) > 1 {
			// "Kính gửi: - A; - B." on one line
			for _, it := range items {
				*dst = append(*dst, trimEntry(it))
			}
			if !strings.HasSuffix(rest, ";") {
				return i
			}
		} else if m := itemMarkerLen(rest); m > 0 {
			*dst = append(*dst, trimEntry(rest[m:]))
		} else {
			*dst = append(*dst, trimEntry(rest))
			if !strings.HasSuffix(rest, ";") {
				return i
			}
		}
	}
	for i < len(p.lines) {
		l := p.lines[i]
		if l.text == "" {
			i++
			continue
		}
		if m := itemMarkerLen(l.text); m > 0 {
			*dst = append(*dst, trimEntry(l.text[m:]))
			i++
			continue
		}
		if n := len(*dst); n > 0 && startsLower(l.text) {
			(*dst)[n-1] = trimEntry((*dst)[n-1] + " " + l.text)
			i++
			continue
		}
		break
	}
	return i
}

// bodyEnd returns the first line of the closing part: "Nơi nhận", an
// authority mark, or a signer's title in capitals.
func (p *docParser) bodyEnd(from int) int {
	seen := false // a title opens the closing part only after some body
	for i := from; i < len(p.lines); i++ {
		switch p.kind(i) {
		case lkNoiNhan, lkSign:
			return i
		case lkBlank:
			continue
		case lkText, lkType:
			t := p.lines[i].text
			if seen && vntext.RunesAtMost(t, lineKeyLen) && isUpperWord(t) && isTitle(p.key(i)) && vntext.IsCaps(t) && sectionMarker(t) == "" {
				return i
			}
		}
		seen = true
	}
	return len(p.lines)
}

// readBody reads the preamble, the sections and the closing line.
func (p *docParser) readBody(from, to int) {
	d := p.d
	var paras []bodyPara
	for i := from; i < to; i++ {
		t := p.lines[i].text
		if t == "" || isRule(t) {
			continue
		}
		num, heading := cutSectionMarker(t)
		m := 0
		if num == "" {
			m = itemMarkerLen(t)
		}
		// A line broken mid-sentence continues the paragraph before it.
		if num == "" && m == 0 && len(paras) > 0 && startsLower(t) && !endsSentence(paras[len(paras)-1].text) {
			paras[len(paras)-1].text += " " + t
			if i > 0 && p.lines[i-1].no != p.lines[i].no {
				p.wrapBefore(p.lines[i].no)
			}
			continue
		}
		switch {
		case num != "":
			paras = append(paras, bodyPara{num: num, text: heading})
		case m > 0:
			paras = append(paras, bodyPara{item: true, text: strings.TrimSpace(t[m:])})
		default:
			paras = append(paras, bodyPara{text: t})
		}
	}
	// The closing line is the last unmarked paragraph when it reads as one.
	if n := len(paras); n > 0 {
		last := paras[n-1]
		if last.num == "" && !last.item && isClosing(last.text, n > 1) {
			d.Closing = last.text
			paras = paras[:n-1]
		}
	}
	for _, bp := range paras {
		switch {
		case bp.num != "":
			d.Sections = append(d.Sections, directive.Section{Number: bp.num, Heading: bp.text, Addressees: addresseesOf(bp.text)})
		case len(d.Sections) == 0:
			d.Preamble = append(d.Preamble, bp.text)
		default:
			s := &d.Sections[len(d.Sections)-1]
			if bp.item || len(s.Items) == 0 {
				s.Items = append(s.Items, bp.text)
			} else {
				s.Items[len(s.Items)-1] += "\n" + bp.text
			}
		}
	}
}

type bodyPara struct {
	num  string
	item bool
	text string
}

// addresseesOf returns the bodies a section heading assigns the section
// to ("Các Sở, ban, ngành; UBND quận, huyện, thị xã"), or nil when the
// heading is a topic.
func addresseesOf(heading string) []string {
	h := strings.TrimRight(heading, " :.")
	if h == "" || !vntext.RunesAtMost(h, maxHeadingAddressees) {
		return nil
	}
	parts := strings.Split(h, ";")
	out := make([]string, 0, len(parts))
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil
		}
		if len(strings.Fields(part)) > maxHeadingWords {
			return nil
		}
		k := vntext.Key(part)
		k = strings.TrimPrefix(k, "các ")
		ok := false
		for _, w := range orgHeadKeys {
			if strings.HasPrefix(k, w) || k == strings.TrimSpace(w) {
				ok = true
				break
			}
		}
		if !ok {
			return nil
		}
		for _, w := range taskKeys {
			if strings.Contains(k, w) {
				return nil
			}
		}
		out = append(out, part)
	}
	return out
}
