// Relations: the verb of the clause a citation stands in ("căn cứ",
// "thực hiện"), read backwards.

package cite

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/vntext"
)

// basisBefore reports whether the clause before start opens with "căn
// cứ", so that a law named without a date still is a legal basis.
func (sc *scanner) basisBefore(start int) bool {
	return sc.relation(start) == directive.RelationLegalBasis
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

var relTriggers = withSpellings([]relTrigger{
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
})

// withSpellings adds after each trigger its other tone placement, where it
// has one ("hủy bỏ", "huỷ bỏ").
func withSpellings(ts []relTrigger) []relTrigger {
	var out []relTrigger
	for _, t := range ts {
		for _, w := range vntext.Spellings(t.w) {
			t.w = w
			out = append(out, t)
		}
	}
	return out
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
//
// It is the hot loop of the relation reader, one backward walk with its
// word count and boundaries in locals; kept whole so it stays one loop.
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
// steps without the adjacency bookkeeping, kept whole for the same reason.
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
