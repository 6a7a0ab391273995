package cite

import (
	"iter"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// Citations returns the document references in text, in order of
// appearance. Text may be NFC or NFD, and may carry OCR and web noise
// (markdown marks, NBSP, soft hyphens, line breaks inside symbols). Spans
// are byte offsets into text. Names, issuers and subjects are returned in
// NFC.
//
// A number after "Số:" at the start of a line is the document's own number,
// not a citation; so are symbol look-alikes inside dates, phone numbers and
// URLs. The iterator can be used any number of times.
func Find(text string) iter.Seq[directive.Citation] {
	return func(yield func(directive.Citation) bool) {
		if isNFC(text) {
			// yield is called directly, without a wrapper per citation
			sc := scanner{s: text, yieldCit: yield}
			sc.run()
			return
		}
		scanNFD(text, func(c directive.Citation, _ int) bool { return yield(c) }, nil)
	}
}

// isNFC reports whether text needs no normalisation before scanning. Text
// without a combining mark (lead bytes 0xCC, 0xCD) is answered at memchr
// speed.
//
// The two byte searches run over blocks that stay in cache, so the text
// is read from memory once.
func isNFC(text string) bool {
	const block = 32 << 10
	for i := 0; i < len(text); i += block {
		b := text[i:min(len(text), i+block)]
		if strings.IndexByte(b, 0xCC) >= 0 || strings.IndexByte(b, 0xCD) >= 0 {
			return vntext.IsNFC(text)
		}
	}
	return true
}

// scan runs the scanner over text and yields each citation with the end
// offset of its term definition (0 when it defines none). own, when not
// nil, receives each number the text gives as its own ("Số: 3241/UBND-KGVX"
// at the start of a line, "Số hiệu: …" metadata) with its offset.
func scan(text string, yield func(directive.Citation, int) bool, own func(directive.Symbol, int)) {
	if isNFC(text) {
		sc := scanner{s: text, yield: yield, own: own}
		sc.run()
		return
	}
	scanNFD(text, yield, own)
}

// scanNFD is scan for decomposed input: it scans an NFC copy and maps
// spans back.
func scanNFD(text string, yield func(directive.Citation, int) bool, own func(directive.Symbol, int)) {
	nfc, m := normalizeWithMap(text)
	sc := scanner{s: nfc, yield: func(c directive.Citation, termEnd int) bool {
		c.Start, c.End = m.start(c.Start), m.end(c.End)
		if termEnd > 0 {
			termEnd = m.end(termEnd)
		}
		return yield(c, termEnd)
	}}
	if own != nil {
		sc.own = func(sym directive.Symbol, at int) { own(sym, m.start(at)) }
	}
	sc.run()
}

// offsetMap maps offsets in an NFC copy back to the original text, one
// entry per normalisation segment.
type offsetMap struct{ out, in []int }

func normalizeWithMap(s string) (string, offsetMap) {
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var b strings.Builder
	b.Grow(len(s))
	var m offsetMap
	for !it.Done() {
		m.out = append(m.out, b.Len())
		m.in = append(m.in, it.Pos())
		b.Write(it.Next())
	}
	m.out = append(m.out, b.Len())
	m.in = append(m.in, len(s))
	return b.String(), m
}

// start maps an output offset to the start of its segment in the input.
func (m offsetMap) start(off int) int {
	i := sort.SearchInts(m.out, off+1) - 1
	if i < 0 {
		return 0
	}
	return m.in[i]
}

// end maps an output offset to the end of the segment that holds the byte
// before it.
func (m offsetMap) end(off int) int {
	i := sort.SearchInts(m.out, off)
	if i >= len(m.in) {
		return m.in[len(m.in)-1]
	}
	return m.in[i]
}

// typeWord is a word that names a document type before a number.
type typeWord struct {
	w    string         // lower case NFC; a space matches any run of spaces
	kind directive.Kind // KindUnspecified for "văn bản"
	abbr bool           // an upper-case abbreviation, matched with its case
	last int            // byte length of the last word of w
	lead int            // byte length of the first word of w
}

var (
	typeWords  []typeWord
	typeByLast = map[rune][]int{} // folded last rune -> typeWords indexes
	// last rune -> abbreviations' indexes; all end below 0x250
	abbrByLast  [0x250][]int
	typeByFirst = map[rune][]int{} // folded first rune -> typeWords indexes
	// the same for the runes of ASCII, Latin-1 and Latin Extended-A/B
	// (below 0x250) and of Latin Extended Additional (0x1E00 to 0x1EFF),
	// without a map look-up
	typeByLastLatin, typeByFirstLatin [0x250][]int
	typeByLastExt, typeByFirstExt     [0x100][]int
)

// typesByLast returns typeByLast[r].
func typesByLast(r rune) []int {
	if uint32(r) < 0x250 {
		return typeByLastLatin[r]
	}
	if r>>8 == 0x1E {
		return typeByLastExt[r&0xFF]
	}
	return typeByLast[r]
}

// typesByFirst returns typeByFirst[r].
func typesByFirst(r rune) []int {
	if uint32(r) < 0x250 {
		return typeByFirstLatin[r]
	}
	if r>>8 == 0x1E {
		return typeByFirstExt[r&0xFF]
	}
	return typeByFirst[r]
}

func init() {
	add := func(w string, k directive.Kind, abbr bool) {
		typeWords = append(typeWords, typeWord{w, k, abbr, len(w) - vntext.WordStartBefore(w, len(w)), vntext.LeadWordLen(w)})
	}
	for _, k := range directive.Kinds() {
		add(strings.ToLower(k.Label()), k, false)
	}
	add("bản thoả thuận", directive.KindAgreement, false)
	add("giấy uỷ quyền", directive.KindAuthorization, false)
	add("thông báo kết luận", directive.KindNotice, false)
	add("văn bản", directive.KindUnspecified, false)
	for _, a := range []string{"QĐ", "NĐ", "NQ", "TT", "TTLT", "CT", "KH", "CV", "TB", "HD", "BC", "KL", "CTr", "TTr"} {
		add(a, directive.KindUnspecified, true)
	}
	// Longest first, so "bộ luật" wins over "luật".
	sort.SliceStable(typeWords, func(i, j int) bool { return len(typeWords[i].w) > len(typeWords[j].w) })
	for i, t := range typeWords {
		if t.abbr {
			r, _ := utf8.DecodeLastRuneInString(t.w)
			typeByLast[r] = append(typeByLast[r], i)
			abbrByLast[r] = append(abbrByLast[r], i) // panics past 0x250
			f, _ := utf8.DecodeRuneInString(t.w)
			typeByFirst[f] = append(typeByFirst[f], i)
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(t.w)
		typeByLast[vntext.FoldRune(r)] = append(typeByLast[vntext.FoldRune(r)], i)
		f, _ := utf8.DecodeRuneInString(t.w)
		typeByFirst[vntext.FoldRune(f)] = append(typeByFirst[vntext.FoldRune(f)], i)
	}
	for r := range rune(0x250) {
		typeByLastLatin[r], typeByFirstLatin[r] = typeByLast[r], typeByFirst[r]
	}
	for r := range rune(0x100) {
		typeByLastExt[r], typeByFirstExt[r] = typeByLast[0x1E00+r], typeByFirst[0x1E00+r]
	}
}

// typeWordBefore finds a type word ending at s[:i] and returns its start.
func typeWordBefore(s string, i int) (int, typeWord, bool) {
	if i <= 0 || vntext.WordAt(s, i) {
		return 0, typeWord{}, false
	}
	// a type word matches only a word as long as its last word (case
	// pairs have equal lengths)
	n := i - vntext.WordStartBefore(s, i)
	if n == 0 {
		return 0, typeWord{}, false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if uint32(r) < 0x250 {
		for _, idx := range abbrByLast[r] {
			if t := typeWords[idx]; t.last == n {
				if st := i - len(t.w); st >= 0 && s[st:i] == t.w && !vntext.WordBefore(s, st) {
					return st, t, true
				}
			}
		}
	}
	for _, idx := range typesByLast(vntext.FoldRune(r)) {
		t := typeWords[idx]
		if t.abbr || t.last != n {
			continue
		}
		// the last two letters, when ASCII, tell "định" from "hoạch"
		// before a full match (vntext.MatchFoldBack compares ASCII bytes one
		// for one)
		if w := t.w; s[i-1] < 0x80 && w[len(w)-1] < 0x80 && i >= 2 && s[i-2] < 0x80 && 'a' <= w[len(w)-2] && w[len(w)-2] <= 'z' {
			c := s[i-2]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[len(w)-2] {
				continue
			}
		}
		if st, ok := vntext.MatchWordBack(s, i, t.w); ok {
			return st, t, true
		}
	}
	return 0, typeWord{}, false
}

// typeWordAt finds a type word starting at s[i] and returns its end.
func typeWordAt(s string, i int) (int, typeWord, bool) {
	if i >= len(s) {
		return 0, typeWord{}, false
	}
	n := vntext.WordEnd(s, i) - i
	if n == 0 {
		return 0, typeWord{}, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	for _, idx := range typesByFirst(vntext.FoldRune(r)) {
		t := typeWords[idx]
		if t.abbr || t.lead != n {
			continue
		}
		if e, ok := vntext.MatchWord(s, i, t.w); ok {
			return e, t, true
		}
	}
	return 0, typeWord{}, false
}

// lawNeedles start a law cited by name; each is searched with strings.Index.
// The last ones are the verbs that open a clause citing a document by
// name ("Căn cứ Điều lệ Đảng;").
var lawNeedles = [...]string{"Luật", "LUẬT", "Bộ luật", "Pháp lệnh", "PHÁP LỆNH", "Hiến pháp", "HIẾN PHÁP", "Căn cứ", "CĂN CỨ", "Thực hiện", "THỰC HIỆN"}

// firstCueNeedle is the index of "Căn cứ" in lawNeedles.
const firstCueNeedle = 7

type scanner struct {
	s     string
	yield func(directive.Citation, int) bool
	// yieldCit, when set, is called instead of yield, without the term
	// end (Citations)
	yieldCit func(directive.Citation) bool
	own      func(directive.Symbol, int) // see scan; may be nil
	// the last emitted citation: its span end, the end of its subject or
	// term, and its relation, for lists that share one verb.
	lastEnd, prevEnd int
	prevRel          directive.Relation
	prevOK           bool
	prevIssuer       string
	elliptic         bool // the citation being read has no type word: "…; số 04/2008/NĐ-CP"
	// the last relation walk: it started at relFrom and gave relRes
	// without help from an adjacent-only cue; relOK when set.
	relFrom int
	relRes  directive.Relation
	relOK   bool
	// the last walk that used no earlier answer: from walkStart it
	// gave walkRel and walkAdj; walkOK when set.
	walkStart int
	walkRel   directive.Relation
	walkAdj   bool
	walkOK    bool
	stop      bool
}

func (sc *scanner) emit(c *directive.Citation, termEnd int) {
	if sc.stop {
		return
	}
	if sc.yieldCit != nil {
		if !sc.yieldCit(*c) {
			sc.stop = true
		}
		return
	}
	if !sc.yield(*c, termEnd) {
		sc.stop = true
	}
}

func (sc *scanner) run() {
	s := sc.s
	for pos := 0; !sc.stop && pos < len(s); {
		i, idx := nextAnchor(s, pos)
		if i < 0 {
			return
		}
		if idx < 0 {
			pos = sc.symbolAt(i)
			continue
		}
		pos = i + 1
		if !vntext.WordBefore(s, i) {
			if idx >= firstCueNeedle {
				pos = sc.namedAt(i, idx)
			} else {
				pos = sc.lawAt(i, idx)
			}
		}
	}
}

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// nextAnchor returns the first offset at or after i of a '/' (with idx -1)
// or of a needle of lawNeedles after a byte below 0x40, that is after a
// space, a digit or punctuation (with its index in lawNeedles), or -1. It
// tests eight bytes at a time with the "has zero byte" trick, a few
// operations per byte, for a '/' and for the needles' first two bytes;
// each hit is checked in place, and only a needle is returned.
func nextAnchor(s string, i int) (int, int) {
	if i == 0 && len(s) > 0 && needleFirst[s[0]] {
		if idx := needleAt(s, 0); idx >= 0 {
			return 0, idx
		}
		i = 1
	}
	for ; i+8 <= len(s); i += 8 {
		// sixteen bytes at a time while neither test hits
		for i+17 <= len(s) {
			t := s[i : i+17] // one bounds check for the four loads
			x0, x1 := load64(t[0:8]), load64(t[8:16])
			z0, z1 := load64(t[1:9])|0x20*lo8, load64(t[9:17])|0x20*lo8
			if (anchorBytes(x0, z0)|anchorBytes(x1, z1))&hi8 != 0 {
				break
			}
			i += 16
		}
		if i+8 > len(s) {
			break
		}
		x := load64(s[i : i+8])
		// the byte after each, folded to lower case (C4 becomes E4;
		// E1 stays)
		var z uint64
		if i+9 <= len(s) {
			z = load64(s[i+1 : i+9])
		} else {
			z = x >> 8
		}
		z |= 0x20 * lo8
		m := eqBytes(x, '/')
		g := needleBytes(x, z)
		if (m|g)&hi8 == 0 {
			continue
		}
		// previous bytes below 0x40 or ending a multibyte character ("“Luật")
		y := x << 8
		if i > 0 {
			y |= uint64(s[i-1])
		}
		py := y & (0x40 * lo8)
		p := (py - lo8) &^ py
		for m = (m | g&p) & hi8; m != 0; m &= m - 1 {
			k := i + bits.TrailingZeros64(m)/8
			if s[k] == '/' {
				if numberSlash(s, k) {
					continue
				}
				return k, -1
			}
			if idx := needleAt(s, k); idx >= 0 {
				return k, idx
			}
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '/' {
			if numberSlash(s, i) {
				continue
			}
			return i, -1
		} else if needleFirst[c] {
			if idx := needleAt(s, i); idx >= 0 {
				return i, idx
			}
		}
	}
	return -1, -1
}

// anchorBytes has the high bit set of each byte of x that is a '/' or
// may start a needle (needleBytes), and maybe of others (eqBytes).
func anchorBytes(x, z uint64) uint64 {
	return eqBytes(x, '/') | needleBytes(x, z)
}

// needleBytes has the high bit set of each byte of x that with the next
// byte, in z folded by |0x20, may start a needle: B E1, C E4, H i (one
// masked compare), L u, P h, T h (another). The masks were searched for
// the fewest hits in real text: a block of eight bytes goes on past this
// test and the '/' test about one time in ten.
func needleBytes(x, z uint64) uint64 {
	return eqBytes((x&(0xBD*lo8))^(z&(0x7B*lo8)), 0x61) | eqBytes((x&(0xBB*lo8))^(z&(0xF8*lo8)), 0x78)
}

// numberSlash reports whether the '/' at s[k] stands between digits in a
// way symbolAround rejects: a date or a fraction ("07/8/2023", "12/2023"),
// not a number followed by a year and a '/' ("15/2023/QĐ-UBND"). The
// anchor scan passes over it without a call.
func numberSlash(s string, k int) bool {
	if k == 0 || k+1 >= len(s) || !vntext.IsDigit(s[k-1]) || !vntext.IsDigit(s[k+1]) {
		return false
	}
	q := k + 1
	if q+4 > len(s) || !vntext.IsDigit(s[q+1]) || !vntext.IsDigit(s[q+2]) || !vntext.IsDigit(s[q+3]) || (q+4 < len(s) && vntext.IsDigit(s[q+4])) {
		return true
	}
	r := gapFwd(s, q+4)
	return r >= len(s) || vntext.SlashAt(s, r) == 0
}

// load64 reads the first eight bytes of t, little-endian, in one load.
func load64(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// eqBytes has the high bit of each byte of x that equals c set, and may
// have it set for a byte 0x01 above one that does (the borrow of the
// "has zero byte" trick): callers verify each hit.
func eqBytes(x uint64, c byte) uint64 {
	v := x ^ (uint64(c) * lo8)
	return (v - lo8) &^ v
}

// needleFirst marks the first bytes of lawNeedles.
var needleFirst = func() (t [256]bool) {
	for _, n := range lawNeedles {
		t[n[0]] = true
	}
	return t
}()

// needleAt returns the index in lawNeedles of the needle at s[i], or -1.
func needleAt(s string, i int) int {
	if i+4 > len(s) {
		return -1 // every needle is longer
	}
	// compare the first four bytes, in one load, before the whole needle
	t := s[i : i+4]
	h := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
	e := &needleHeads[t[0]]
	for j := range e.n {
		if e.head[j] == h && strings.HasPrefix(s[i:], lawNeedles[e.idx[j]]) {
			return int(e.idx[j])
		}
	}
	return -1
}

// needleHeads holds, by first byte, the first four bytes (little-endian)
// and the index of the needles that start with it: at most two, one
// in each case (no needle is a prefix of another, so their order does
// not matter).
var needleHeads = func() (t [256]struct {
	n    int
	head [2]uint32
	idx  [2]int
}) {
	for k, w := range lawNeedles {
		if len(w) < 4 {
			panic("directive: a law needle is shorter than four bytes")
		}
		e := &t[w[0]]
		e.head[e.n] = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		e.idx[e.n] = k
		e.n++
	}
	return t
}()

// symbolAt handles the '/' at p and returns where scanning resumes.
func (sc *scanner) symbolAt(p int) int {
	s := sc.s
	ns, se, _, party, ok := symbolAround(s, p)
	if !ok {
		return p + 1
	}
	sym, ok := directive.ScanSymbol(s, ns, se)
	if !ok || (sym.Shape() == directive.ShapeParty) != party {
		return p + 1
	}
	c := directive.Citation{Symbol: sym, Start: ns}
	// Backwards: "số", then a type word.
	q := vntext.SkipWrapBack(s, ns)
	hasSo, soStart, colon := false, q, false
	if st, ok := gluedSo(s, ns); ok {
		hasSo, soStart = true, st // "số31-QĐ/TW"
	} else if q > 0 && s[q-1] == ':' {
		r := vntext.SkipSpacesBack(s, q-1)
		if st, ok := vntext.MatchWordBack(s, r, "số"); ok {
			hasSo, soStart, colon = true, st, true
		} else if _, ok := vntext.MatchWordBack(s, r, "hiệu"); ok {
			sc.ownNumber(sym, ns)
			return se // a metadata label: "Số ký hiệu: …", "Số hiệu: …"
		}
	} else if st, ok := vntext.MatchWordBack(s, q, "số"); ok {
		hasSo, soStart = true, st
	}
	var tw typeWord
	found := false
	if hasSo {
		c.Start = soStart
		if st, t, ok := typeWordBefore(s, vntext.SkipWrapBack(s, soStart)); ok {
			c.Start, tw, found = st, t, true
		} else if colon || atLineStart(s, soStart) {
			// "Số: …" is a header label, not running text
			sc.ownNumber(sym, ns)
			return se // the document's own number
		} else if st, t, ok := typeWordInClause(s, soStart); ok {
			c.Start, tw, found = st, t, true
			e := vntext.SkipSpaces(s, st+len(t.w))
			if ce, ok := vntext.MatchWord(s, e, "của"); ok {
				// Party order: "Quyết định của Bộ Chính trị số 31-QĐ/TW"
				c.Issuer = trimName(s[vntext.SkipSpaces(s, ce):vntext.SkipWrapBack(s, soStart)])
			} else if t.kind.IsLegal() && t.kind != directive.KindDecree && t.kind != directive.KindCircular && t.kind != directive.KindDecision {
				c.Name = trimName(s[st:vntext.SkipSpacesBack(s, soStart)])
			}
		}
	} else if st, t, ok := typeWordBefore(s, q); ok {
		c.Start, tw, found = st, t, true
	}
	sc.elliptic = hasSo && !found
	switch {
	case found && tw.abbr:
		k, _ := directive.KindByCode(sym.Bloc(), tw.w)
		c.Kind = k
	case found && tw.kind != directive.KindUnspecified:
		c.Kind = tw.kind
	default:
		c.Kind = sym.Kind()
	}
	c.End = se
	resume := sc.finish(&c, se)
	return max(resume, se)
}

// lawAt handles a law needle at h and returns where scanning resumes.
func (sc *scanner) lawAt(h, idx int) int {
	s := sc.s
	n := len(lawNeedles[idx])
	if h < sc.lastEnd || vntext.WordBefore(s, h) || vntext.WordAt(s, h+n) {
		return h + 1
	}
	start := h
	var kind directive.Kind
	switch idx {
	case 0, 1:
		kind = directive.KindLaw
		if st, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, h), "bộ"); ok {
			start, kind = st, directive.KindCode
		} else if _, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, h), "kỷ"); ok {
			return h + n
		}
	case 2:
		kind = directive.KindCode
	case 3, 4:
		kind = directive.KindOrdinance
	default:
		kind = directive.KindConstitution
	}
	// The name runs to "ngày <date>"; a number ("số 72/2025/QH15") leaves
	// the citation to symbolAt.
	i := h + n
	nameEnd := -1
	glued := false // i is already at the next word
	for words := 0; words < 30 && i < len(s); words++ {
		j := vntext.SkipWrap(s, i)
		if j >= len(s) {
			break
		}
		c := s[j]
		if words > 0 && (c == ';' || c == '.' || c == '\n') && sc.basisBefore(start) {
			// "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;"
			nameEnd = i
			break
		}
		if j == i && words > 0 && !glued && c != ',' {
			break
		}
		glued = false
		if c == ',' {
			k := vntext.SkipSpaces(s, j+1)
			if _, ok := vntext.MatchWord(s, k, "bổ sung"); ok {
				i, glued = k, true
				continue
			}
			break
		}
		if !vntext.WordAt(s, j) {
			break
		}
		switch c | 0x20 { // the words below start with an ASCII letter
		case 'n':
			if e, ok := vntext.MatchWord(s, j, "ngày"); ok {
				if _, _, ok := directive.ScanDate(s, j); ok {
					nameEnd = i
					break
				}
				i = e
				continue
			}
			if e, ok := vntext.MatchWord(s, j, "năm"); ok && words > 0 {
				// "Luật Hộ tịch năm 2014": a year names the law, without a day
				if k := vntext.SkipSpaces(s, e); k+4 <= len(s) && vntext.IsDigit(s[k]) && vntext.IsDigit(s[k+1]) && vntext.IsDigit(s[k+2]) && vntext.IsDigit(s[k+3]) && !vntext.WordAt(s, k+4) {
					nameEnd = i
					break
				}
			}
		case 's':
			if e, ok := vntext.MatchWord(s, j, "số"); ok {
				if k := vntext.SkipSpaces(s, e); k < len(s) && (vntext.IsDigit(s[k]) || s[k] == ':') {
					return h + n
				}
			}
		}
		if nameEnd >= 0 {
			break
		}
		// advance over one word
		i = vntext.WordEndHyphen(s, j)
	}
	if nameEnd <= h+n {
		return h + n
	}
	c := directive.Citation{Kind: kind, Start: start, End: nameEnd}
	c.Name = trimName(s[start:nameEnd])
	resume := sc.finish(&c, nameEnd)
	return max(resume, h+n)
}

// issuerBefore reads an issuer written before a reference, "ý kiến của
// Ban Bí thư tại Công văn số …", "đề nghị của Sở Nội vụ (…) tại Tờ trình
// số …", and returns "" when there is none.
func issuerBefore(s string, start int) string {
	j := vntext.SkipWrapBack(s, start)
	if j > 0 && s[j-1] == ':' {
		// "tại các công văn: Số …", "các nghị định của Chính phủ: Số …"
		j = vntext.SkipWrapBack(s, j-1)
		for _, w := range []string{"các công văn", "các văn bản", "công văn", "văn bản", "các tờ trình", "tờ trình"} {
			if k, ok := vntext.MatchWordBack(s, j, w); ok {
				if t, ok := vntext.MatchWordBack(s, vntext.SkipWrapBack(s, k), "tại"); ok {
					return issuerOfBefore(s, vntext.SkipWrapBack(s, t))
				}
				break
			}
		}
		return issuerOfBefore(s, j)
	}
	k, ok := vntext.MatchWordBack(s, j, "tại")
	if !ok {
		return ""
	}
	return issuerOfBefore(s, vntext.SkipWrapBack(s, k))
}

// issuerOfBefore reads "của <issuer>" ending at end, within 12 words.
func issuerOfBefore(s string, end int) string {
	if end > 0 && s[end-1] == ')' {
		// skip one parenthetical
		o := strings.LastIndexByte(s[max(0, end-200):end], '(')
		if o < 0 {
			return ""
		}
		end = vntext.SkipWrapBack(s, max(0, end-200)+o)
	}
	// walk back over at most 12 words to "của"
	w := end
	for words := 0; words < 12 && w > 0; words++ {
		k := w
		for k > 0 {
			r, sz := utf8.DecodeLastRuneInString(s[:k])
			if !vntext.IsWordRune(r) {
				break
			}
			k -= sz
		}
		if k == w {
			return ""
		}
		if _, ok := vntext.MatchWord(s, k, "của"); ok {
			if k+len("của") >= end {
				return ""
			}
			return trimName(s[k+len("của") : end])
		}
		w = vntext.SkipWrapBack(s, k)
		if w == k {
			return ""
		}
	}
	return ""
}

// basisBefore reports whether the clause before start opens with "căn
// cứ", so that a law named without a date still is a legal basis.
func (sc *scanner) basisBefore(start int) bool {
	return sc.relation(start) == directive.RelationLegalBasis
}

func (sc *scanner) ownNumber(sym directive.Symbol, at int) {
	if sc.own != nil {
		sc.own(sym, at)
	}
}

// congressNeedle opens the name of a Party congress's resolution.
const congressNeedle = "Nghị quyết Đại hội"

// congressName reads the rest of a congress's name from e, after "Nghị
// quyết Đại hội": ["đại biểu"] ["toàn quốc" | "Đảng bộ …" | "Đảng …"]
// ("lần thứ" N | N) ["của Đảng"] [", nhiệm kỳ yyyy - yyyy"], N a Roman or
// Arabic number. It returns e when no number follows.
func congressName(s string, e int) int {
	j := vntext.SkipWrap(s, e)
	if k, ok := vntext.MatchWord(s, j, "đại biểu"); ok {
		j = vntext.SkipWrap(s, k)
	}
	// the body whose congress it was, up to "lần thứ" or the number
	for words := 0; words < 8 && j < len(s); words++ {
		if k, ok := vntext.MatchWord(s, j, "lần thứ"); ok {
			j = vntext.SkipWrap(s, k)
			break
		}
		if congressNumber(s, j) > j {
			break
		}
		if !isUpperASCIIOrLetter(s, j) && !vntext.WordAt(s, j) {
			return e
		}
		for _, w := range []string{"và", "đã", "được", "này", "đề ra", "về", "của", "là", "với"} {
			if _, ok := vntext.MatchWord(s, j, w); ok {
				return e
			}
		}
		k := vntext.WordEndHyphen(s, j)
		if k == j {
			return e
		}
		j = vntext.SkipWrap(s, k)
	}
	end := congressNumber(s, j)
	if end <= j {
		return e
	}
	// "của Đảng" belongs to the name of a national congress's resolution
	if k, ok := vntext.MatchWord(s, vntext.SkipWrap(s, end), "của đảng"); ok {
		end = k
	}
	// ", nhiệm kỳ 2020 - 2025"
	k := vntext.SkipSpaces(s, end)
	if k < len(s) && s[k] == ',' {
		k = vntext.SkipSpaces(s, k+1)
	}
	if m, ok := vntext.MatchWord(s, k, "nhiệm kỳ"); ok {
		m = vntext.SkipSpaces(s, m)
		if n := congressYears(s, m); n > m {
			end = n
		}
	}
	return end
}

// congressNumber returns the end of a Roman or Arabic number at j ("XIII",
// "13"), or j.
func congressNumber(s string, j int) int {
	k := j
	for k < len(s) && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X' || s[k] == 'L' || vntext.IsDigit(s[k])) {
		k++
	}
	if k == j || vntext.WordAt(s, k) {
		return j
	}
	return k
}

// congressYears returns the end of "2020 - 2025" (any dash) at j, or j.
func congressYears(s string, j int) int {
	k := j
	for k < len(s) && vntext.IsDigit(s[k]) {
		k++
	}
	if k-j != 4 {
		return j
	}
	m := vntext.SkipSpaces(s, k)
	d := vntext.DashAt(s, m)
	if d == 0 {
		return j
	}
	m = vntext.SkipSpaces(s, m+d)
	n := m
	for n < len(s) && vntext.IsDigit(s[n]) {
		n++
	}
	if n-m != 4 {
		return j
	}
	return n
}

// namedKinds are the types a text cites by name after "căn cứ" or "thực
// hiện": "Điều lệ Đảng", "Quy chế làm việc của …", "Nghị quyết Đại hội …".
var namedKinds = [256]bool{directive.KindCharter: true, directive.KindRules: true, directive.KindRegulation: true, directive.KindResolution: true, directive.KindProgramme: true, directive.KindPlatform: true, directive.KindStrategy: true}

// namedNotAfter are the words after a type word that show it is not a
// name ("Căn cứ Quyết định số …", "Thực hiện Kế hoạch này").
var namedNotAfter = []string{"số", "này", "của", "đã", "liên tịch", "và", "các"}

// namedAt handles a clause verb at h ("Căn cứ", "Thực hiện") followed by a
// document cited by name, and returns where scanning resumes.
func (sc *scanner) namedAt(h, idx int) int {
	s := sc.s
	n := len(lawNeedles[idx])
	if h < sc.lastEnd || vntext.WordBefore(s, h) || vntext.WordAt(s, h+n) || vntext.WordBefore(s, vntext.SkipSpacesBack(s, h)) {
		return h + n
	}
	basis := idx < firstCueNeedle+2
	j := vntext.SkipWrap(s, h+n)
	e, t, ok := typeWordAt(s, j)
	if !ok || !namedKinds[uint8(t.kind)] || !isUpperASCIIOrLetter(s, j) {
		return h + n
	}
	k := vntext.SkipWrap(s, e)
	if k >= len(s) || !vntext.WordAt(s, k) || vntext.IsDigit(s[k]) {
		return h + n
	}
	for _, w := range namedNotAfter {
		if s[k]|0x20 == w[0] || s[k] >= 0x80 && w[0] >= 0x80 {
			if _, ok := vntext.MatchWord(s, k, w); ok {
				return h + n
			}
		}
	}
	if strings.HasPrefix(s[j:], congressNeedle) {
		// a congress's resolution: its name has a grammar of its own
		// ("… lần thứ XIII của Đảng", ", nhiệm kỳ 2020 - 2025")
		if end := congressName(s, j+len(congressNeedle)); end > j+len(congressNeedle) {
			c := directive.Citation{Kind: directive.KindResolution, Start: j, End: end, Name: trimName(s[j:end])}
			return max(sc.finish(&c, end), end)
		}
	}
	return sc.namedFrom(j, e, basis, h+n)
}

// namedFrom reads the name of a document whose type word spans s[j:e],
// and returns where scanning resumes (miss when there is no name). The
// name runs to the end of the clause: ";" or "." after "căn cứ" (basis),
// also "," and "của" (the issuer) otherwise.
func (sc *scanner) namedFrom(j, e int, basis bool, miss int) int {
	s := sc.s
	end := e
	i := e
	for words := 0; words < 48 && i < len(s); words++ {
		k := vntext.SkipWrap(s, i)
		if k >= len(s) {
			break
		}
		c := s[k]
		if c == ',' {
			m := vntext.SkipSpaces(s, k+1)
			if !basis {
				cont := false
				for _, w := range []string{"nhiệm kỳ", "khóa", "khoá"} {
					if _, ok := vntext.MatchWord(s, m, w); ok {
						cont = true
					}
				}
				if !cont {
					break
				}
			}
			i = m
			continue
		}
		if c == ';' || c == '(' || c == '\n' || c == ':' || c == '.' && (k+1 >= len(s) || !vntext.WordAt(s, k+1)) {
			break
		}
		// the words that end the name, tried by their first letter
		f := c | 0x20
		if c >= 0x80 {
			f = c
		}
		stop := false
		switch f {
		case 'b':
			_, stop = vntext.MatchWord(s, k, "ban hành kèm")
		case 'v':
			if a, ok := vntext.MatchWord(s, k, "và"); ok {
				// "Điều lệ Đảng và Quy định số 24-QĐ/TW": a second document
				if m := vntext.SkipWrap(s, a); m < len(s) && isUpperASCIIOrLetter(s, m) {
					_, _, stop = typeWordAt(s, m)
				}
			}
			if !stop && !basis {
				_, stop = vntext.MatchWord(s, k, "về")
			}
		case 0xC3, 0xC4: // đ, Đ, Ð
			_, stop = vntext.MatchWord(s, k, "được ban hành")
		case 'c':
			if !basis {
				_, stop = vntext.MatchWord(s, k, "của")
			}
		case 's':
			if _, ok := vntext.MatchWord(s, k, "số"); ok {
				if m := vntext.SkipSpaces(s, k+len("số")); m < len(s) && vntext.IsDigit(s[m]) {
					stop = true
				}
			}
		}
		if stop {
			break
		}
		// one word or a dash between words ("2020 – 2025")
		m := k
		if d := vntext.DashAt(s, m); d > 0 {
			m += d
		} else {
			m = vntext.WordEndHyphen(s, m)
		}
		if m == k {
			break
		}
		if d := vntext.DashAt(s, k); d == 0 {
			end = m
		}
		i = m
	}
	if end <= e {
		return miss
	}
	_, t, _ := typeWordAt(s, j)
	c := directive.Citation{Kind: t.kind, Start: j, End: end, Name: trimName(s[j:end])}
	resume := sc.finish(&c, end)
	return max(resume, end)
}

// isUpperASCIIOrLetter reports whether the letter at s[i] is upper case.
func isUpperASCIIOrLetter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// finish reads what follows a reference ending at i (date, issuer,
// subject, term), sets the relation, emits c and returns where scanning
// resumes.
func (sc *scanner) finish(c *directive.Citation, i int) int {
	s := sc.s
	resume := i
	j := vntext.SkipWrap(s, i)
	if j < len(s) && s[j] == ',' {
		j = vntext.SkipWrap(s, j+1)
	}
	if d, e, ok := directive.ScanDate(s, j); ok {
		c.Date, c.End, resume = d, e, e
		j = vntext.SkipWrap(s, e)
		if j < len(s) && s[j] == ',' {
			j = vntext.SkipWrap(s, j+1)
		}
	}
	if e, ok := vntext.MatchWord(s, j, "của"); ok {
		is, ie, text := scanIssuer(s, vntext.SkipWrap(s, e))
		if ie > is {
			c.Issuer, c.End = text, ie
			j = vntext.SkipSpaces(s, ie)
			if c.Date.IsZero() {
				k := j
				if k < len(s) && s[k] == ',' {
					k = vntext.SkipSpaces(s, k+1)
				}
				if d, e, ok := directive.ScanDate(s, k); ok {
					c.Date, c.End = d, e
					j = vntext.SkipSpaces(s, e)
				}
			}
		}
	}
	if c.Issuer == "" {
		c.Issuer = issuerBefore(s, c.Start)
	}
	if c.Issuer == "" && sc.elliptic && sc.listedAfterPrev(c.Start) {
		// "các nghị định của Chính phủ: số 92/2006/NĐ-CP …; số 04/2008/NĐ-CP"
		c.Issuer = sc.prevIssuer
	}
	after := c.End
	if k := j; k < len(s) && s[k] == ',' {
		j = vntext.SkipSpaces(s, k+1)
	}
	if subj, e, ok := scanSubject(s, j); ok {
		c.Subject, after = subj, e
		j = vntext.SkipSpaces(s, e)
	}
	termEnd := 0
	if term, e, ok := scanTerm(s, j); ok {
		c.Term, after, termEnd = term, e, e
	}
	c.Relation = sc.relation(c.Start)
	sc.lastEnd, sc.prevEnd, sc.prevRel, sc.prevOK, sc.prevIssuer = c.End, after, c.Relation, true, c.Issuer
	sc.elliptic = false // set by symbolAt for the citation just read
	sc.emit(c, termEnd)
	return resume
}

// gluedSo reports whether "số" is glued to the number at s[i] ("số31"),
// and returns its start.
func gluedSo(s string, i int) (int, bool) {
	st, ok := vntext.MatchFoldBack(s, i, "số")
	if !ok || vntext.WordBefore(s, st) {
		return 0, false
	}
	return st, true
}

// atLineStart reports whether only spaces and markup precede s[i] on its
// line: a header "Số: 3241/UBND-KGVX".
func atLineStart(s string, i int) bool {
	for i > 0 {
		c := s[i-1]
		switch {
		case c == '\n':
			return true
		case c == ' ' || c == '\t' || c == '*' || c == '_' || c == '#' || c == '|' || c == '>' || c == '\r':
			i--
		default:
			if n := vntext.SpaceBefore(s, i); n > 0 {
				i -= n
				continue
			}
			return false
		}
	}
	return true
}

// typeWordInClause looks back from "số" at s[i] for a type word followed
// by a name ("Luật Tổ chức Chính phủ số 76/2015/QH13"), within the clause.
func typeWordInClause(s string, i int) (int, typeWord, bool) {
	j := vntext.SkipSpacesBack(s, i)
	for words := 0; words < 10 && j > 0; words++ {
		// go to the start of the word ending at j
		k := j
		for k > 0 {
			// ASCII and the Vietnamese letters of Latin Extended
			// Additional (E1 BA xx, E1 BB xx) without decoding
			if c := s[k-1]; c < 0x80 {
				if !vntext.ASCIIWord[c] && c != '-' {
					break
				}
				k--
				continue
			} else if k >= 3 && c < 0xC0 && s[k-3] == 0xE1 && (s[k-2] == 0xBA || s[k-2] == 0xBB) {
				k -= 3
				continue
			}
			r, sz := utf8.DecodeLastRuneInString(s[:k])
			if !vntext.IsWordRune(r) && r != '-' {
				break
			}
			k -= sz
		}
		if k == j {
			return 0, typeWord{}, false
		}
		if c := s[k]; c < 0x80 && !('A' <= c && c <= 'Z') {
			// not upper case
		} else if r, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsUpper(r) {
			if _, t, ok := typeWordAt(s, k); ok && !t.abbr {
				return k, t, true
			}
		}
		j = vntext.SkipSpacesBack(s, k)
		if j == k {
			return 0, typeWord{}, false
		}
	}
	return 0, typeWord{}, false
}

// trimName trims spaces and markup around a name and folds inner line
// breaks to spaces.
//
// It is strings.TrimFunc and, when the name holds a line break, a tab or
// an NBSP, strings.Join(strings.Fields(s), " "), without their allocations
// and closures: names are short and mostly ASCII spaces.
func trimName(s string) string {
	s = trimNameEnds(s)
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\t') < 0 && !strings.Contains(s, "\u00a0") {
		return s
	}
	return foldSpaces(s)
}

// trimNameEnds is trimName for a name known to hold no line break, tab or
// NBSP: it only trims the ends.
func trimNameEnds(s string) string {
	i, j := 0, len(s)
	for i < j {
		c := s[i]
		if c < 0x80 {
			if !nameTrimASCII[c] {
				break
			}
			i++
			continue
		}
		if c >= 0xC3 && c <= 0xC9 || c == 0xE1 && i+1 < j && (s[i+1] == 0xBA || s[i+1] == 0xBB) {
			break // a letter: Latin-1, Latin Extended-A/B or Vietnamese
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !nameTrimRune(r) {
			break
		}
		i += n
	}
	for j > i {
		c := s[j-1]
		if c < 0x80 {
			if !nameTrimASCII[c] {
				break
			}
			j--
			continue
		}
		if c < 0xC0 && (j-2 >= i && s[j-2] >= 0xC3 && s[j-2] <= 0xC9 || j-3 >= i && s[j-3] == 0xE1 && (s[j-2] == 0xBA || s[j-2] == 0xBB)) {
			break // ends with a letter, as above
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !nameTrimRune(r) {
			break
		}
		j -= n
	}
	return s[i:j]
}

// foldSpaces collapses every run of Unicode spaces in the trimmed name s
// to one ASCII space, copying the runs between them.
func foldSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for k := 0; k < len(s); {
		st := k
		for k < len(s) {
			c := s[k]
			switch {
			case !spaceStart[c]:
				k++ // a continuation byte never starts a space
				continue
			case c == ' ':
				// a single ASCII space folds to itself
				if k+1 < len(s) && (!spaceStart[s[k+1]] || fieldSpaceLen(s, k+1) == 0) {
					k += 2
					continue
				}
			case c == 0xE1:
				// a Vietnamese letter (E1 BA xx, E1 BB xx) is no space
				if k+1 < len(s) && (s[k+1] == 0xBA || s[k+1] == 0xBB) {
					k++
					continue
				}
			}
			if fieldSpaceLen(s, k) != 0 {
				break
			}
			k++
		}
		b.WriteString(s[st:k])
		if k == len(s) {
			break
		}
		for k < len(s) {
			n := fieldSpaceLen(s, k)
			if n == 0 {
				break
			}
			k += n
		}
		b.WriteByte(' ') // s is trimmed: a word follows
	}
	return b.String()
}

// spaceStart marks the bytes a Unicode space can start with.
var spaceStart = func() (t [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = true
	}
	return t
}()

// fieldSpaceLen returns the byte length of a Unicode space (unicode.IsSpace)
// at s[k], or 0.
func fieldSpaceLen(s string, k int) int {
	c := s[k]
	if c < 0x80 {
		if c == ' ' || c >= '\t' && c <= '\r' {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 {
		return 0
	}
	if r, n := utf8.DecodeRuneInString(s[k:]); unicode.IsSpace(r) {
		return n
	}
	return 0
}

// nameTrimASCII marks the ASCII bytes trimName trims: spaces and markup.
var nameTrimASCII = func() (t [128]bool) {
	for c := range t {
		t[c] = nameTrimRune(rune(c))
	}
	return t
}()

func nameTrimRune(r rune) bool {
	return unicode.IsSpace(r) || r == '*' || r == '~' || r == '_' || r == '\u00ad'
}

// issuerStop lists words that end an issuer.
var issuerStop = []string{"hỏi", "sửa đổi", "bổ sung", "v/v", "kèm theo", "về", "ngày", "ban hành", "quy định", "nhằm", "để", "đã", "đang", "thì", "tại", "theo", "đối với", "trong", "với", "có", "là", "gửi", "được", "và các", "và kế", "và chỉ", "và quyết", "và nghị", "và thông", "và hướng", "và công", "và văn", "và luật", "hướng dẫn", "phê duyệt", "triển khai", "thực hiện", "yêu cầu", "giao", "chỉ đạo"}

// stopWord is a stop word with the byte length of its first word.
type stopWord struct {
	w string
	n int
}

var (
	issuerStopByFirst = func() map[rune][]stopWord {
		m := byFirstRune(issuerStop)
		for r := range m {
			if r >= 0x80 && r != 'đ' {
				panic("directive: stopWordAt looks up only đ among non-ASCII first letters")
			}
		}
		return m
	}()
	issuerStopASCII = func() (t [128][]stopWord) {
		for r, ws := range issuerStopByFirst {
			if r < 0x80 {
				t[r] = ws
			}
		}
		return t
	}()
)

// stopKeys marks the keys (see wordKey) of the first words of the issuer
// stop words that start with an ASCII letter.
var stopKeys = func() (t [4096]bool) {
	for _, w := range issuerStop {
		t[wordKey(w, 0, vntext.LeadWordLen(w))] = true
		if w[0] >= 0x80 { // đ: also Đ, Ð and ð
			for _, d := range []string{"Đ", "Ð", "ð"} {
				v := d + w[len("đ"):]
				t[wordKey(v, 0, vntext.LeadWordLen(v))] = true
			}
		}
	}
	return t
}()

// issuerStopD are the stop words that start with đ.
var issuerStopD = issuerStopByFirst['đ']

// wordKey hashes the word s[k:j] by its first two bytes, byte length and
// last byte, folded so that the case forms of a word give one key: ASCII
// letters to lower case, a non-ASCII second byte as it is (the lead bytes
// of Vietnamese case pairs are equal) and a non-ASCII last byte to 0.
//
// A non-ASCII first letter counts as one value, with the byte after its
// second byte as the second byte: the đ of the stop words and its case
// forms and look-alikes (Đ, Ð, ð) are all two bytes long.
func wordKey(s string, k, j int) int {
	first, second, last := s[k]|0x20, byte(0), s[j-1]
	n := 1
	if first >= 0x80 {
		first, n = 0xFF, 2
	}
	if j-k > n {
		second = s[k+n]
		if second < 0x80 {
			second |= 0x20
		}
	}
	if last < 0x80 {
		last |= 0x20
	} else {
		last = 0
	}
	return (int(first)*31 + int(second)*131 + (j-k)*17 + int(last)*7) & 4095
}

// byFirstRune indexes words by their first rune.
func byFirstRune(words []string) map[rune][]stopWord {
	m := map[rune][]stopWord{}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], stopWord{w, vntext.LeadWordLen(w)})
	}
	return m
}

// incompleteHeads are words an organisation name cannot end with; a line
// break after one of them is a wrap, not the end of the issuer.
var incompleteHeads = []string{"ban", "bộ", "sở", "cục", "tổng", "văn", "thường", "chủ", "thủ", "nhân", "ban thường", "ủy ban", "uỷ ban", "hội đồng", "văn phòng", "ban chấp", "ban chấp hành", "thành", "tỉnh", "trung", "của"}

// scanIssuer reads an issuer starting at s[i] and returns its span and
// text (a substring of s unless a line wrap had to be joined).
func scanIssuer(s string, i int) (int, int, string) {
	start, end := i, i
	wrapped := false
	steering := false // inside "Ban Chỉ đạo Trung ương về phòng, chống …"
	j := i
	wordFrom := i
	for words := 0; (words < 16 || steering && words < 32) && j < len(s); words++ {
		if words > 0 {
			k := vntext.SkipSpaces(s, j)
			if k < len(s) && s[k] == '\n' {
				// a single line break continues only a wrapped name
				m := vntext.SkipSpaces(s, k+1)
				if m >= len(s) || s[m] == '\n' || !vntext.WordAt(s, m) || !continuesName(s, start, end, m) {
					break
				}
				wrapped = true
				k = m
			}
			if k < len(s) && s[k] == ',' {
				// "Bộ Văn hóa, Thể thao và Du lịch"; "… về phòng, chống
				// tham nhũng, tiêu cực"
				m := vntext.SkipSpaces(s, k+1)
				if _, ok := vntext.MatchWord(s, m, "thể thao"); ok {
					k = m
				} else if r, _ := utf8.DecodeRuneInString(s[m:]); steering && m < len(s) && unicode.IsLower(r) {
					k = m
				} else {
					break
				}
			}
			if k == j && words > 0 {
				break
			}
			stop, we := stopWordAt(s, k)
			if stop && endsWithBan(s, start, end) {
				if _, ok := vntext.MatchWord(s, k, "chỉ đạo"); ok {
					stop = false // "Ban Chỉ đạo …" is a body
				}
			}
			if stop && !steering && steeringAt(s, start, end, k) {
				// a steering committee's name goes on after "về"
				stop, steering = false, true
			}
			if stop {
				break
			}
			if n := vntext.DashAt(s, k); n > 0 && k+n < len(s) && vntext.SpaceAt(s, k+n) > 0 {
				// "Bộ Lao động - Thương binh và Xã hội"
				k = vntext.SkipSpaces(s, k+n)
				we = k
			}
			j, wordFrom = k, we
		}
		if j >= len(s) || !(vntext.WordAt(s, j) || s[j] == '&') {
			break
		}
		// the word runes stopWordAt read are part of the word
		k := max(j, wordFrom)
		for k < len(s) {
			c := s[k]
			if c < 0x80 {
				if vntext.ASCIIWord[c] || c == '&' || (c == '-' || c == '.') && vntext.WordAt(s, k+1) {
					k++
					continue
				}
				break
			}
			// the letters of Latin-1 (but × ÷), Latin Extended-A/B and
			// Vietnamese, as in vntext.WordLenAt, without a call
			if k+1 < len(s) && s[k+1]&0xC0 == 0x80 && (c >= 0xC4 && c <= 0xC9 || c == 0xC3 && s[k+1] != 0x97 && s[k+1] != 0xB7) {
				k += 2
				continue
			}
			if c == 0xE1 && k+2 < len(s) && (s[k+1] == 0xBA || s[k+1] == 0xBB) && s[k+2]&0xC0 == 0x80 {
				k += 3
				continue
			}
			n := vntext.WordLenAt(s, k)
			if n == 0 {
				break
			}
			k += n
		}
		if k == j {
			break
		}
		end = k
		j = k
	}
	for end > start && (s[end-1] == ' ' || s[end-1] == '-') {
		end-- // strings.TrimRight(…, " -") without building its set
	}
	text := s[start:end]
	if k := vntext.SkipSpaces(s, end); end > start && k < len(s) && s[k] == '(' {
		// "Tỉnh ủy (khóa XIV)": the term belongs to the body's name
		m := vntext.SkipSpaces(s, k+1)
		if _, ok := vntext.MatchWord(s, m, "khóa"); !ok {
			_, ok = vntext.MatchWord(s, m, "khoá")
			if !ok {
				return start, end, maybeTrim(text, wrapped)
			}
		}
		if c := strings.IndexByte(s[m:min(len(s), m+24)], ')'); c >= 0 {
			end = m + c + 1
			text = s[start:end]
		}
	}
	return start, end, maybeTrim(text, wrapped)
}

func maybeTrim(text string, wrapped bool) string {
	if wrapped {
		return trimName(text)
	}
	return text
}

// continuesName reports whether the line starting at s[m] continues the
// name s[start:end]: the name so far ends with a word that needs a
// complement ("của Ban\nThường vụ Thành ủy", "Ủy ban nhân\ndân tỉnh").
func continuesName(s string, start, end, m int) bool {
	for _, w := range incompleteHeads {
		if st, ok := vntext.MatchWordBack(s, end, w); ok && st >= start {
			return true
		}
	}
	// A hard-wrapped line, long, may split a two-syllable word of the name
	// ("Bộ Nông" / "nghiệp", "Phát triển nông" / "thôn") or part a
	// standing board from its committee ("Ban Thường vụ" / "Tỉnh ủy").
	if end-strings.LastIndexByte(s[:end], '\n') < wrapMin {
		return false
	}
	if lw := lastWordBefore(s, start, end); lw != "" {
		var buf [64]byte
		k := vntext.AppendKey(buf[:0], lw)
		k = vntext.AppendKey(append(k, ' '), firstWordAt(s, m))
		if nameWordPairs[string(k)] {
			return true
		}
	}
	for _, w := range wrappedCommittees {
		if _, ok := vntext.MatchWord(s, m, w); ok {
			return true
		}
	}
	return false
}

func endsWithBan(s string, start, end int) bool {
	st, ok := vntext.MatchWordBack(s, end, "ban")
	return ok && st >= start
}

// steeringAt reports "về" at k after "Ban Chỉ đạo [Trung ương | Quốc gia
// | tỉnh | thành phố]" in s[start:end], where "về" is part of the name
// ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"), not
// "về việc".
func steeringAt(s string, start, end, k int) bool {
	if end <= start || !steeringLast[s[end-1]] {
		return false // no name below ends there
	}
	e, ok := vntext.MatchWord(s, k, "về")
	if !ok {
		return false
	}
	if _, ok := vntext.MatchWord(s, vntext.SkipSpaces(s, e), "việc"); ok {
		return false
	}
	for _, w := range steeringNames {
		if st, ok := vntext.MatchWordBack(s, end, w); ok && st >= start {
			return true
		}
	}
	return false
}

var steeringNames = []string{"ban chỉ đạo", "ban chỉ đạo trung ương", "ban chỉ đạo quốc gia", "ban chỉ đạo tỉnh", "ban chỉ đạo thành phố", "ban chỉ đạo huyện"}

// steeringLast marks the bytes a name of steeringNames can end with, in
// either case: most issuers end otherwise, and steeringAt, asked at each
// "về", answers them without a match.
var steeringLast = func() (t [256]bool) {
	for _, w := range steeringNames {
		for _, v := range []string{w, strings.ToUpper(w)} {
			t[v[len(v)-1]] = true
		}
	}
	return t
}()

// nameWordPairs are two-syllable words of body names that a hard-wrapped
// line can split ("Bộ Nông" / "nghiệp và PTNT", "Phát triển nông" /
// "thôn"), as search keys.
var nameWordPairs = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"nông nghiệp", "nông thôn", "phát triển", "đào tạo", "xã hội", "tài nguyên",
		"tài chính", "môi trường", "giao thông", "vận tải", "thương binh", "thương mại", "công thương",
		"kế hoạch", "đầu tư", "nội vụ", "ngoại giao", "khoa học", "công nghệ", "văn hóa", "thể thao",
		"du lịch", "xây dựng", "lao động", "tư pháp", "ngân hàng", "thanh tra", "dân tộc", "quốc phòng",
		"công an", "ủy ban", "nhân dân", "chính phủ", "chính trị", "hội đồng", "trung ương", "tổng cục",
		"thường vụ", "thường trực", "thành phố", "tỉnh ủy", "thành ủy", "huyện ủy", "bộ trưởng",
		"chủ tịch", "thủ tướng", "giáo dục", "y tế", "thông tin", "truyền thông", "văn phòng",
		"tuyên giáo", "dân vận", "tổ chức", "kiểm tra", "mặt trận", "tổ quốc", "liên đoàn", "thanh niên",
		"phụ nữ", "cựu chiến", "chiến binh", "nông dân", "quốc hội", "chỉ đạo", "kiểm toán", "bảo hiểm"} {
		m[vntext.Key(p)] = true
	}
	return m
}()

// lastWordBefore returns the word of s[start:end] that ends at end.
func lastWordBefore(s string, start, end int) string {
	k := vntext.WordStartBefore(s, end)
	if k < start {
		return ""
	}
	return s[k:end]
}

// firstWordAt returns the word of s that starts at m.
func firstWordAt(s string, m int) string {
	e := m
	for e < len(s) {
		n := vntext.WordLenAt(s, e)
		if n == 0 {
			break
		}
		e += n
	}
	return s[m:e]
}

// wrapMin is the length in bytes below which a line that ends is not
// taken for hard-wrapped text.
const wrapMin = 48

var wrappedCommittees = []string{"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "trung ương"}

// stopWordAt reports whether a stop word, a quote or a punctuation mark
// that ends an issuer is at s[k]. we is the end of the run of word runes
// at k when it was read, else k.
func stopWordAt(s string, k int) (stop bool, we int) {
	if k >= len(s) {
		return true, k
	}
	c := s[k]
	if c == '(' || c == ';' || c == ':' || c == '"' || c == ')' || c == '[' || c == '\n' {
		return true, k
	}
	if c == '.' {
		return true, k
	}
	if c == 0xE2 && k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0x9C || s[k+2] == 0x9D) || c == 0xC2 && k+1 < len(s) && s[k+1] == 0xAB { // “ ” «
		return true, k
	}
	var ws []stopWord
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		ws = issuerStopASCII[c]
	} else if c == 0xC3 || c == 0xC4 { // đ, Đ and Ð, the only non-ASCII first letter
		if r, _ := utf8.DecodeRuneInString(s[k:]); vntext.FoldRune(r) == 'đ' {
			ws = issuerStopD
		}
	}
	if len(ws) == 0 {
		return false, k
	}
	// a stop word matches only a word of its first word's length (case
	// pairs have equal lengths) and, for an ASCII first letter, key
	we = vntext.WordEnd(s, k)
	n := we - k
	if n > 0 && !stopKeys[wordKey(s, k, we)] {
		return false, we
	}
	for _, sw := range ws {
		if sw.n != n {
			continue
		}
		w := sw.w
		// k is at a word start: only the end needs a boundary check
		if e, ok := vntext.MatchFold(s, k, w); ok && !vntext.WordAt(s, e) {
			if w == "ngày" {
				// only a date ends the issuer: "Ngày" may be part of a name
				if m := vntext.SkipSpaces(s, e); m < len(s) && vntext.IsDigit(s[m]) {
					return true, we
				}
				continue
			}
			return true, we
		}
	}
	return false, we
}

const maxSubject = 600

// scanSubject reads "về việc …", "về …", "V/v …" or a quoted title at
// s[i]. It returns the subject without the lead words or quotes.
func scanSubject(s string, i int) (string, int, bool) {
	j := i
	if j >= len(s) || s[j]|0x20 != 'v' && s[j] != '"' && s[j] != 0xE2 && s[j] != 0xC2 {
		return "", i, false // neither "về", "V/v" nor a quote
	}
	if e, ok := vntext.MatchWord(s, j, "về việc"); ok {
		j = vntext.SkipSpaces(s, e)
	} else if e, ok := vntext.MatchWord(s, j, "về"); ok {
		j = vntext.SkipSpaces(s, e)
	} else if e, ok := vntext.MatchFold(s, j, "v/v"); ok {
		j = vntext.SkipSpaces(s, e)
	} else if !isOpenQuote(s, j) {
		return "", i, false
	}
	if q := isOpenQuoteLen(s, j); q > 0 {
		k := j + q
		for k < len(s) && k-j < maxSubject {
			if c := s[k]; c == '"' || c == 0xE2 || c == 0xC2 {
				if n := closeQuoteLen(s, k); n > 0 {
					return trimName(s[j+q : k]), k + n, k > j+q
				}
			} else if c == '\n' && k+1 < len(s) && s[k+1] == '\n' {
				break
			}
			k++
		}
		// no closing quote: fall through to a plain phrase
	}
	k := j
	depth := 0
	fold := false
	lim := min(len(s), j+maxSubject)
	for k < lim {
		if k+11 <= len(s) && k+8 <= lim {
			// eight bytes at a time to the next byte the loop below acts
			// on: a mark (subjPlain) other than a space, or a space that
			// may start "nhằm", "để", "đồng thời" (subjectStopAt: n or
			// C4, then E1 two bytes on). Every such byte is flagged, the
			// lowest flag exactly, so the bytes below it are plain.
			x := load64(s[k : k+8])
			h := eqBytes(x, '"') | eqBytes(x, 0xE2) | eqBytes(x, 0xC2) | eqBytes(x, ';') | eqBytes(x, '(') |
				eqBytes(x, ')') | eqBytes(x, '\n') | eqBytes(x, '.') | eqBytes(x, ',') | eqBytes(x, '\t')
			z := load64(s[k+1 : k+9])
			h |= eqBytes(x, ' ') & (eqBytes(z, 'n') | eqBytes(z, 0xC4)) & eqBytes(load64(s[k+3:k+11]), 0xE1)
			if h &= hi8; h == 0 {
				k += 8
				continue
			}
			k += bits.TrailingZeros64(h) / 8
		}
		c := s[k]
		if subjPlain[c] {
			k++
			continue
		}
		if c == ' ' {
			if k+1 < len(s) && (s[k+1] == 'n' || s[k+1] == 0xC4) && depth == 0 && subjectStopAt(s, k+1) {
				break
			}
			k++
			continue
		}
		if n := isOpenQuoteLen(s, k); n > 0 && c != '"' {
			depth++
			k += n
			continue
		}
		if n := closeQuoteLen(s, k); n > 0 && c != '"' {
			depth = max(depth-1, 0)
			k += n
			continue
		}
		if c == '\n' || c == '\t' || c == 0xC2 && k+1 < len(s) && s[k+1] == 0xA0 {
			fold = true // trimName has spaces to fold
		}
		if depth == 0 {
			if c == ';' || c == '(' || c == ')' || c == '\n' {
				break
			}
			if c == '.' && (k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '/') {
				break
			}
			if c == ',' {
				// a comma before a lower-case word lists within the
				// subject ("kỷ luật, kỷ cương"); before a capital or a
				// number it ends the clause
				m := vntext.SkipSpaces(s, k+1)
				r, _ := utf8.DecodeRuneInString(s[m:])
				if m >= len(s) || !unicode.IsLower(r) {
					break
				}
			}
		}
		k++
	}
	for k > j && k < len(s) && !utf8.RuneStart(s[k]) {
		k--
	}
	var subj string
	if fold {
		subj = trimName(s[j:k])
	} else {
		subj = trimNameEnds(s[j:k])
	}
	e := k
	for e > j && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	return subj, e, subj != ""
}

// subjPlain marks the bytes scanSubject passes over without a look.
var subjPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = true
	}
	for _, c := range []byte{'"', 0xE2, 0xC2, ';', '(', ')', '\n', '.', ',', ' ', '\t'} {
		t[c] = false
	}
	return t
}()

// subjectStops are the words that start a new clause after a subject.
var subjectStops = []stopWord{{"nhằm", vntext.LeadWordLen("nhằm")}, {"để", vntext.LeadWordLen("để")}, {"đồng thời", vntext.LeadWordLen("đồng thời")}}

// subjectStopAt reports whether a word at s[i] starts a new clause after a
// subject.
func subjectStopAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	// "nhằm" and "để", "đồng thời" as they start: n h, or đ/Đ, and then
	// a letter of Latin Extended Additional (E1 …)
	if i+2 >= len(s) || s[i+2] != 0xE1 {
		return false
	}
	// and then the bytes of ằ (E1 BA B0/B1) or of ể, ồ (E1 BB 82/83,
	// 92/93), both cases
	if i+4 >= len(s) {
		return false
	}
	switch c := s[i+4] | 1; s[i] {
	case 'n': // n…
		if s[i+1]|0x20 != 'h' || s[i+3] != 0xBA || c != 0xB1 {
			return false
		}
	case 0xC4: // đ…
		if s[i+1] != 0x90 && s[i+1] != 0x91 || s[i+3] != 0xBB || c != 0x83 && c != 0x93 {
			return false
		}
	default:
		return false
	}
	n := vntext.WordEnd(s, i) - i
	for _, w := range subjectStops {
		if w.n == n {
			if _, ok := vntext.MatchWord(s, i, w.w); ok {
				return true
			}
		}
	}
	return false
}

func isOpenQuote(s string, i int) bool { return isOpenQuoteLen(s, i) > 0 }

func isOpenQuoteLen(s string, i int) int { return quoteLen(s, i, "“", "«") }

func closeQuoteLen(s string, i int) int { return quoteLen(s, i, "”", "»") }

// quoteLen returns the byte length of '"' or of the typographic quote q3 or
// q2 at s[i], or 0.
func quoteLen(s string, i int, q3, q2 string) int {
	switch {
	case i >= len(s) || s[i] != '"' && s[i] != 0xE2 && s[i] != 0xC2:
		return 0
	case s[i] == '"':
		return 1
	case strings.HasPrefix(s[i:], q3):
		return len(q3)
	case strings.HasPrefix(s[i:], q2):
		return len(q2)
	}
	return 0
}

// scanTerm reads "(gọi tắt là X)", "(sau đây gọi tắt là X)", "(sau đây
// gọi là X)", "(viết tắt là X)" at s[i].
func scanTerm(s string, i int) (string, int, bool) {
	if i >= len(s) || s[i] != '(' {
		return "", i, false
	}
	j := vntext.SkipSpaces(s, i+1)
	if e, ok := vntext.MatchWord(s, j, "sau đây"); ok {
		j = vntext.SkipSpaces(s, e)
		if j < len(s) && s[j] == ',' {
			j = vntext.SkipSpaces(s, j+1)
		}
	}
	if e, ok := vntext.MatchWord(s, j, "được"); ok {
		j = vntext.SkipSpaces(s, e)
	}
	found := false
	for _, w := range []string{"gọi tắt là", "gọi chung là", "gọi là", "viết tắt là"} {
		if e, ok := vntext.MatchWord(s, j, w); ok {
			j, found = vntext.SkipSpaces(s, e), true
			break
		}
	}
	if !found {
		return "", i, false
	}
	k := strings.IndexByte(s[j:], ')')
	if k < 0 || k > 120 {
		return "", i, false
	}
	term := strings.Trim(trimName(s[j:j+k]), "\"“”«»'‘’: ")
	if term == "" {
		return "", i, false
	}
	return term, j + k + 1, true
}

// relTrigger is a cue word for a relation.
type relTrigger struct {
	w   string
	rel directive.Relation
	// adjacent triggers count only right before the citation
	adjacent bool
	// the byte length of the first word, and the first byte of the
	// second word (set by init)
	lead   int
	second byte
}

var relTriggers = []relTrigger{
	{"căn cứ", directive.RelationLegalBasis, false, 0, 0},
	{"thực hiện", directive.RelationImplements, false, 0, 0},
	{"triển khai", directive.RelationImplements, false, 0, 0},
	{"thi hành", directive.RelationImplements, false, 0, 0},
	{"tuyên truyền", directive.RelationPropagates, false, 0, 0},
	{"quán triệt", directive.RelationPropagates, false, 0, 0},
	{"phổ biến", directive.RelationPropagates, false, 0, 0},
	{"theo hướng dẫn", directive.RelationGuidedBy, false, 0, 0},
	{"hướng dẫn tại", directive.RelationGuidedBy, false, 0, 0},
	{"theo quy định", directive.RelationMentions, false, 0, 0},
	{"theo", directive.RelationGuidedBy, true, 0, 0},
	{"sửa đổi", directive.RelationAmends, false, 0, 0},
	{"bổ sung", directive.RelationAmends, false, 0, 0},
	{"thay thế", directive.RelationReplaces, false, 0, 0},
	{"bãi bỏ", directive.RelationRepeals, false, 0, 0},
	{"hủy bỏ", directive.RelationRepeals, false, 0, 0},
	{"huỷ bỏ", directive.RelationRepeals, false, 0, 0},
}

// relTriggersByFirst indexes the triggers by their first letter; every
// trigger starts with an ASCII letter.
var relTriggersByFirst = func() (t [128][]relTrigger) {
	for _, r := range relTriggers {
		r.lead = vntext.LeadWordLen(r.w)
		if r.lead+1 < len(r.w) {
			r.second = r.w[r.lead+1]
		}
		t[r.w[0]] = append(t[r.w[0]], r)
	}
	return t
}()

// relKeys marks the keys (see relKey) of the triggers' first words: a
// word whose key is not marked starts no trigger. Keys may collide, so a
// marked key is only a candidate.
var relKeys = func() (t [4096]bool) {
	for _, r := range relTriggers {
		w, _, _ := strings.Cut(r.w, " ")
		for _, v := range []string{w, strings.ToUpper(w)} {
			t[relKey(v, 0, len(v))] = true
		}
	}
	return t
}()

// relFirstLen[c] has bit n set when a trigger's first word starts with
// the letter c (either case) and is n bytes long.
var relFirstLen = func() (t [256]uint32) {
	for _, r := range relTriggers {
		n := vntext.LeadWordLen(r.w)
		t[r.w[0]] |= 1 << n
		t[r.w[0]-'a'+'A'] |= 1 << n
	}
	return t
}()

// relFirst marks the first letters of the triggers, in both cases.
var relFirst = func() (t [256]bool) {
	for _, r := range relTriggers {
		t[r.w[0]], t[r.w[0]-'a'+'A'] = true, true
	}
	return t
}()

// relKey hashes the word s[k:j] by its first two bytes, byte length and
// last byte, folded so that both cases give one key: the letters of the
// triggers keep their byte length and lead bytes under case mapping, and
// the last byte of a Vietnamese letter of Latin Extended Additional
// differs between cases only in bit 0.
func relKey(s string, k, j int) int {
	first, second, last := s[k]|0x20, byte(0), s[j-1]
	if j-k > 1 {
		second = s[k+1]
		if second < 0x80 {
			second |= 0x20
		}
	}
	if last < 0x80 {
		last |= 0x20
	} else {
		last |= 1
	}
	return (int(first)*31 + int(second)*131 + (j-k)*17 + int(last)*7) & 4095
}

const relationWindow = 320

// listedAfterPrev reports whether a citation starting at start is listed
// right after the previous one (", ", " và ", "; ").
func (sc *scanner) listedAfterPrev(start int) bool {
	if !sc.prevOK || sc.prevEnd > start || start-sc.prevEnd > 12 {
		return false
	}
	gap := strings.TrimSpace(sc.s[sc.prevEnd:start])
	return gap == "," || gap == "và" || gap == ", và" || gap == "" || gap == ";"
}

// relation reads the nearest cue before a citation starting at start,
// within its clause. A citation listed right after another (", " or " và ")
// shares its relation.
func (sc *scanner) relation(start int) directive.Relation {
	if sc.listedAfterPrev(start) {
		return sc.prevRel
	}
	// A walk that cannot use the last walk's answer (relFrom before
	// start) depends on start alone: one asked again for the same start
	// (lawAt's basisBefore, then finish) is answered from the last.
	free := !(sc.relOK && sc.relFrom < start)
	var rel directive.Relation
	var adj bool
	if free && sc.walkOK && sc.walkStart == start {
		rel, adj = sc.walkRel, sc.walkAdj
	} else {
		rel, adj = sc.walkRelation(start)
	}
	if free {
		sc.walkOK, sc.walkStart, sc.walkRel, sc.walkAdj = true, start, rel, adj
	}
	if !adj {
		sc.relFrom, sc.relRes, sc.relOK = start, rel, true
	} else {
		sc.relOK = false
	}
	return rel
}

// walkRelation reads the cue before start; adj reports that the answer
// depends on adjacency (a cue right before start, or none found before a
// boundary near start).
func (sc *scanner) walkRelation(start int) (directive.Relation, bool) {
	s := sc.s
	j := vntext.SkipSpacesBack(s, start)
	j0 := j
	adjacent := true
	// The walk may go past the window to the previous citation of the
	// same clause, whose answer it then shares.
	reach := start - relationWindow
	if sc.relOK && sc.relFrom < start && start-sc.relFrom < 4*relationWindow {
		reach = min(reach, sc.relFrom-1)
	}
	for j > 0 && j > reach {
		if !adjacent {
			// past the first word or mark: only the cues that need no
			// adjacency remain
			return sc.walkFar(j, start, reach)
		}
		// find the start of the word ending at j
		k := vntext.WordStartBefore(s, j)
		mid := j == j0 && vntext.WordAt(s, j)
		if k < j {
			// a trigger's first word has a known first letter and byte
			// length (case pairs have equal lengths); a word that ends
			// inside a longer one (j mid-word) is checked in full
			if c := s[k]; c < 0x80 && (relFirst[c] && relKeys[relKey(s, k, j)] || mid) {
				for _, t := range relTriggersByFirst[c|0x20] {
					if t.adjacent && !adjacent {
						continue
					}
					if _, ok := vntext.MatchWord(s, k, t.w); ok {
						if t.adjacent {
							// "ban hành kèm theo Quyết định": not guidance
							if _, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, k), "kèm"); ok {
								continue
							}
						}
						return t.rel, t.adjacent
					}
				}
			}
			adjacent = false
			j = k
			// a single space before the word: step over it here, with
			// the checks the loop head would make
			if j > 1 && s[j-1] == ' ' && j > reach {
				if sc.relOK && j <= sc.relFrom && sc.relFrom < start {
					return sc.relRes, false
				}
				j--
			}
			continue
		}
		// not a word: punctuation or space
		c := s[j-1]
		switch c {
		case ' ', '\t', '\r':
			j--
			continue
		case '\n':
			if p := wrapBack(s, j); p >= 0 {
				j = p
				continue
			}
			return directive.RelationMentions, false
		case ';':
			// items listed under one verb: "Căn cứ Luật …; Luật …"
			j--
			adjacent = false
			continue
		case '.', '!', '?':
			if c != '.' || j >= len(s) || s[j] == ' ' || s[j] == '\n' {
				return directive.RelationMentions, false
			}
		}
		if n := vntext.SpaceBefore(s, j); n > 0 {
			j -= n
			continue
		}
		_, sz := utf8.DecodeLastRuneInString(s[:j])
		j -= sz
		if c != ',' && c != '*' && c != '~' {
			adjacent = false
		}
	}
	return directive.RelationMentions, false
}

// wrapBack returns where the clause goes on before the line break at
// s[j-1] (a wrapped line), or -1 when the break ends the clause.
func wrapBack(s string, j int) int {
	if p := vntext.SkipSpacesBack(s, j-1); p > 0 && !strings.ContainsRune(".;:!?\n|", rune(s[p-1])) {
		return p
	}
	return -1
}

// walkFar is walkRelation once adjacent is false, from j: the same
// steps without the adjacency bookkeeping.
func (sc *scanner) walkFar(j, start, reach int) (directive.Relation, bool) {
	s := sc.s
	memo := sc.relOK && sc.relFrom < start
	relFrom := sc.relFrom
	if !memo {
		relFrom = -1
	}
	lim := max(reach, relFrom)
	mark := j // the highest byte quietBefore stopped at
	for j > 0 && j > reach {
		if j <= relFrom {
			// the clause of the previous citation: same answer
			return sc.relRes, false
		}
		if j <= mark && j-16 > lim {
			j, mark = quietBefore(s, j, lim)
		}
		c := s[j-1]
		if c == ' ' {
			j--
			continue
		}
		// find the start of the word ending at j
		k := j
		if c >= 0x80 || vntext.ASCIIWord[c] {
			k = vntext.WordStartBefore(s, j)
		}
		if k < j {
			if f := s[k]; relFirstLen[f]&(1<<uint(min(j-k, 31))) != 0 && relKeys[relKey(s, k, j)] {
				for _, t := range relTriggersByFirst[f|0x20] {
					if t.adjacent {
						continue
					}
					// after the first word, one ASCII space and another
					// word's first letter: not this trigger (vntext.MatchFold
					// compares ASCII with ASCII only, and the first word
					// keeps its byte length under folding)
					if p := k + t.lead; t.second != 0 && p+1 < len(s) && s[p] == ' ' && s[p+1] < 0x80 && vntext.ASCIIWord[s[p+1]] && s[p+1]|0x20 != t.second {
						continue
					}
					if _, ok := vntext.MatchWord(s, k, t.w); ok {
						return t.rel, false
					}
				}
			}
			j = k
			// the space before the word, with the checks of the loop head
			if j > 1 && s[j-1] == ' ' && j > reach && j > relFrom {
				j--
			}
			continue
		}
		// not a word: punctuation or space
		switch c {
		case '\t', '\r', ';':
			j--
			continue
		case '\n':
			if p := wrapBack(s, j); p >= 0 {
				j = p
				continue
			}
			return directive.RelationMentions, false
		case '.', '!', '?':
			if c != '.' || j >= len(s) || s[j] == ' ' || s[j] == '\n' {
				return directive.RelationMentions, false
			}
		}
		if c < 0x80 {
			j-- // any other ASCII mark is one byte
			continue
		}
		if n := vntext.SpaceBefore(s, j); n > 0 {
			j -= n
			continue
		}
		_, sz := utf8.DecodeLastRuneInString(s[:j])
		j -= sz
	}
	return directive.RelationMentions, false
}

// quietBefore returns where walkFar, at j, may resume without a change in
// its answer: the bytes it skips, eight at a time, above lim, hold no
// line break, no '.', '!' or '?', and no ASCII letter after a byte that
// is not an ASCII letter with the next byte of a trigger's first word
// ("th", "tr", "tu", "qu", "ph", "hư", "hu", "hủ", "sử", "bổ", "bã",
// "că"). It stops after a space, which the walk would step over alone.
// mark is the highest such byte below j, or -1 when it reached lim.
func quietBefore(s string, j, lim int) (r, mark int) {
	r = j
	for j-8 > lim && j-9 >= 0 && j+1 <= len(s) {
		x := load64(s[j-8 : j])
		y := load64(s[j-9 : j-1]) // the byte before each
		z := load64(s[j-7 : j+1]) // the byte after each
		lx, lz := x|0x20*lo8, z|0x20*lo8
		sh, su, se1 := eqBytes(lz, 'h'), eqBytes(lz, 'u'), eqBytes(lz, 0xE1)
		eb := eqBytes(lx, 'b')
		ev := eqBytes(lx, 't')&(sh|su|eqBytes(lz, 'r')) | eqBytes(lx, 'p')&sh | eqBytes(lx, 'q')&su |
			eqBytes(lx, 'h')&(su|se1|eqBytes(lz, 0xE6)) | (eqBytes(lx, 's')|eb)&se1 | eb&eqBytes(lz, 0xE3) |
			eqBytes(lx, 'c')&eqBytes(lz, 0xE4)
		// not after an ASCII letter (y|0x20 from 'a' to 'z', exactly)
		ly := (y | 0x20*lo8) & (0x7F * lo8)
		ev &^= (ly + (0x80-'a')*lo8) &^ (ly + (0x80-'z'-1)*lo8) &^ y
		ev |= eqBytes(x, '\n') | eqBytes(x, '.') | eqBytes(x, '!') | eqBytes(x, '?')
		ev &= hi8
		// spaces, exactly
		v := x ^ ' '*lo8
		sp := ^((v&(0x7F*lo8) + 0x7F*lo8) | v) & hi8
		if ev != 0 {
			// only the spaces above the highest mark
			top := 64 - bits.LeadingZeros64(ev)
			if sp &= ^uint64(0) << top; sp != 0 {
				r = j - 8 + bits.TrailingZeros64(sp)/8
			}
			return r, j - 8 + (top-1)/8
		}
		if sp != 0 {
			r = j - 8 + bits.TrailingZeros64(sp)/8
		}
		j -= 8
	}
	return r, -1
}

// symbolAround finds a symbol around the '/' at s[p], tolerating spaces and
// noise next to separators. It returns the span, whether the span needs
// compacting, whether it is a Party symbol, and ok.
func symbolAround(s string, p int) (ns, se int, dirty, party, ok bool) {
	j := gapBack(s, p)
	dirty = j != p
	k := j
	for k > 0 {
		c := s[k-1]
		if vntext.IsDigit(c) || vntext.IsASCIILetter(c) {
			k--
			continue
		}
		if (c == 0x90 || c == 0x91) && k >= 2 && s[k-2] == 0xC4 {
			k -= 2
			continue
		}
		if (c == 0x90 || c == 0xB0) && k >= 2 && s[k-2] == 0xC3 {
			dirty = true
			k -= 2
			continue
		}
		break
	}
	if k == j || j-k > maxGroupLen {
		return
	}
	numStart := k
	if vntext.IsDigit(s[k]) {
		for m := k; m < j; m++ {
			// digits, and one lower-case letter that sets apart documents
			// with one number ("06b/NQ-TLĐ")
			if !vntext.IsDigit(s[m]) && !(m == j-1 && m > k && s[m] >= 'a' && s[m] <= 'z') {
				return
			}
		}
		if j-k > maxNumberLen {
			return
		}
	} else {
		// Party: <n>-<TYPE>/
		for m := k; m < j; m++ {
			if vntext.IsDigit(s[m]) {
				return
			}
		}
		m := gapBack(s, k)
		d := vntext.DashBefore(s, m)
		if d == 0 {
			// "số 84 QĐ/TWĐTN": a space stands for the dash after "số"
			if sp := vntext.SpaceBefore(s, k); sp > 0 && m == k-sp && partyCodeSpaced(s, k, j) {
				d, dirty = sp, true
			} else {
				return
			}
		}
		m2 := gapBack(s, m-d)
		n := m2
		for n > 0 && vntext.IsDigit(s[n-1]) {
			n--
		}
		if n == m2 || m2-n > maxNumberLen {
			return
		}
		if m != k || m2 != m-d || d != 1 {
			dirty = true
		}
		numStart, party = n, true
	}
	if numStart > 0 {
		c := s[numStart-1]
		switch {
		case c == '/' || c == '.' || c == '-' || c == '_' || c == '=' || c == '&' || c == '?' || c == '#' || c == '%' || c == '+' || c == '@' || c == '\\' || c == ',':
			return
		case c >= 0x80 && vntext.WordBefore(s, numStart):
			if _, glued := gluedSo(s, numStart); !glued {
				return
			}
		case c >= 0x80 && vntext.DashBefore(s, numStart) > 0:
			return
		}
	}
	q := gapFwd(s, p+1)
	if q != p+1 {
		dirty = true
	}
	if q >= len(s) {
		return
	}
	if !party && vntext.IsDigit(s[q]) {
		if q+4 > len(s) || !vntext.IsDigit(s[q+1]) || !vntext.IsDigit(s[q+2]) || !vntext.IsDigit(s[q+3]) || (q+4 < len(s) && vntext.IsDigit(s[q+4])) {
			return // a date or a month: 12/2023, 07/8/2023
		}
		r := gapFwd(s, q+4)
		sl := 0
		if r < len(s) {
			sl = vntext.SlashAt(s, r)
		}
		if sl == 0 {
			return
		}
		if r != q+4 || sl != 1 {
			dirty = true
		}
		q = gapFwd(s, r+sl)
		if q != r+sl {
			dirty = true
		}
	}
	e, dd := groupEndLoose(s, q)
	if e == q || vntext.WordAt(s, e) {
		return
	}
	dirty = dirty || dd
	end := e
	for end < len(s) {
		g := gapFwd(s, end)
		if g >= len(s) {
			break
		}
		d := vntext.DashAt(s, g)
		if d == 0 {
			break
		}
		h := gapFwd(s, g+d)
		if h > g+d && strings.IndexByte(s[end:g], '\n') >= 0 {
			break // "…/QĐ-UBDT\n- U BAN": a list bullet on the next line
		}
		e2, dd := groupEndLoose(s, h)
		e2 = joinedGroupEnd(s, e2)
		if e2 == h || vntext.WordAt(s, e2) {
			break
		}
		if g != end || h != g+d || d != 1 || dd {
			dirty = true
		}
		end = e2
	}
	if end < len(s) {
		c := s[end]
		// a web address goes on in lower case ("….html"); a sentence
		// glued to the next ("12/UBND-VP.Kính") in a capital
		if c == '/' || c == '@' || c == '_' || c == '\\' || (c == '.' && end+1 < len(s) && vntext.IsASCIILetter(s[end+1]) &&
			(s[end+1] >= 'a' || end == e)) {
			return // (after the first code, "QĐ.UB" is the old dot separator: not read here)
		}
	}
	return numStart, end, dirty, party, true
}

// joinedGroupEnd extends a code that ends at e over "&" or "." and more
// capitals, as codes after the first write them: "CCHC&PC" in
// "2231/SNV-CCHC&PC", "NN&PTNT", "TT.HĐND" in "07/TTr-TT.HĐND".
func joinedGroupEnd(s string, e int) int {
	for e+1 < len(s) && (s[e] == '&' || s[e] == '.') && (s[e+1] >= 'A' && s[e+1] <= 'Z' || s[e+1] == 0xC4) {
		e2, _ := groupEndLoose(s, e+1)
		if e2 == e+1 || vntext.WordAt(s, e2) || strings.IndexFunc(s[e+1:e2], unicode.IsLower) >= 0 {
			break
		}
		e = e2
	}
	return e
}

// partyCodeSpaced reports whether s[k:j] is a Party type code that follows
// "số <n> " with a space where the dash belongs.
func partyCodeSpaced(s string, k, j int) bool {
	if _, ok := directive.KindByCode(directive.BlocParty, s[k:j]); !ok {
		return false
	}
	n := k - 1
	for n > 0 && vntext.SpaceBefore(s, n+1) > 0 && s[n] == ' ' {
		n--
	}
	e := n + 1
	for n >= 0 && vntext.IsDigit(s[n]) {
		n--
	}
	if n+1 == e {
		return false
	}
	_, ok := vntext.MatchWordBack(s, vntext.SkipSpacesBack(s, n+1), "số")
	return ok
}

// groupEndLoose is groupEnd that also takes the look-alike Ð; dirty reports
// whether it did.
func groupEndLoose(s string, i int) (int, bool) {
	j, dirty := i, false
	for j < len(s) {
		c := s[j]
		if vntext.IsASCIILetter(c) || (j > i && vntext.IsDigit(c)) {
			j++
			continue
		}
		if n := vntext.DLetterAt(s, j); n > 0 {
			if c != 0xC4 {
				dirty = true
			}
			j += n
			continue
		}
		if vntext.UHornAt(s, j) {
			dirty = true // OCR: "13-NQ/TƯ" for 13-NQ/TU
			j += 2
			continue
		}
		break
	}
	return j, dirty
}

// gapFwd skips up to a few bytes of spaces, noise and at most one line
// break after s[i]; gapBack does the same backwards.
func gapFwd(s string, i int) int {
	if i < len(s) && !vntext.SpaceLead[s[i]] && s[i] != '\n' {
		return i // the common case: nothing to skip
	}
	j, lines := i, 0
	for j < len(s) && j-i < 8 {
		if n := vntext.SpaceAt(s, j); n > 0 {
			j += n
		} else if n := vntext.NoiseAt(s, j); n > 0 {
			j += n
		} else if s[j] == '\n' && lines == 0 {
			lines++
			j++
		} else {
			break
		}
	}
	return j
}

func gapBack(s string, i int) int {
	if i > 0 && i <= len(s) && !vntext.SpaceTail[s[i-1]] && s[i-1] != '\n' {
		return i // the common case: nothing to skip
	}
	j, lines := i, 0
	for j > 0 && i-j < 8 {
		if n := vntext.SpaceBefore(s, j); n > 0 {
			j -= n
		} else if n := vntext.NoiseBefore(s, j); n > 0 {
			j -= n
		} else if s[j-1] == '\n' && lines == 0 {
			lines++
			j--
		} else {
			break
		}
	}
	return j
}

// The limits of the symbol grammar (directive's ParseSymbol), used to give
// up early on a long run of digits or letters around a "/".
const (
	maxNumberLen = 6
	maxGroupLen  = 16
)
