package main

import (
	"bytes"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/internal/vntext"
)

// How chunks are cut so that the records equal those of one scan of the
// whole input.
//
// cite.Find stops at anchors (a '/', a word such as "Luật" or "Căn cứ")
// and reads around each. Forward, every reader stops at a sentence end
// (a '.' followed by a space or a line break): the symbol, the date, the
// issuer, the name and a plain subject. Two readers go on past one: a
// subject in quotes (at most 600 bytes, find.go's maxSubject) and a term
// "(gọi tắt là …)" (a closing parenthesis at most 120 bytes on). A cut is
// made after a sentence end that is not inside quotes or parentheses
// opened in the bytes before it (see sentenceCut), so no citation read
// before the cut reaches past it, and none read after it starts before it.
//
// Backward, the scanner reads up to 320 bytes for the verb of the clause
// (4×320 to the previous citation of the same clause), and carries state
// from one citation to the next: a list "…, Quyết định số …" shares the
// previous verb, a walk ends early at the previous citation's clause. At a
// sentence end neither applies: the list needs nothing but commas, "và"
// or ';' between the two, and the walk stops at the '.'. What remains is
// the reach of the walk, which depends on where the previous walk started.
// So each chunk's scan starts overlap bytes before its cut, at an earlier
// sentence end, and only its records from the cut on are written: by the
// cut it has read the same citations as the scan of the whole input, and
// stands in the same state.
const overlap = 4 << 10

// config sets the chunk sizes; tests make them small.
type config struct {
	chunkSize int // bytes read per step
	cutWindow int // look this far back for the best cut
	maxBuffer int // a buffer without a sentence end grows up to this size
}

var defaultConfig = config{chunkSize: 4 << 20, cutWindow: 64 << 10, maxBuffer: 64 << 20}

// chunkStats counts what scanChunks did, for tests.
type chunkStats struct {
	chunks, grown, forced int
}

// scanChunks extracts citations chunk by chunk. buf holds the overlap
// before the last cut (ctx bytes, scanned again but not written) and the
// text read since.
func scanChunks(name string, r io.Reader, cfg config, emit func(record) error) (chunkStats, error) {
	var st chunkStats
	buf := make([]byte, 0, cfg.chunkSize+overlap)
	var base int64 // offset of buf[0] in the input
	ctx := 0
	eof := false
	// fill reads until buf holds n bytes or the input ends.
	fill := func(n int) error {
		buf = slices.Grow(buf, n-len(buf))
		for !eof && len(buf) < n {
			k, err := r.Read(buf[len(buf):n])
			buf = buf[:len(buf)+k]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return err
			}
		}
		return nil
	}
	for {
		if err := fill(ctx + cfg.chunkSize); err != nil {
			return st, err
		}
		if eof && len(buf) == ctx {
			return st, nil
		}
		cut := len(buf)
		if !eof {
			cut = sentenceCut(buf, ctx, cfg.cutWindow)
			// no sentence end yet: read on rather than cut blind
			for cut == 0 && !eof && len(buf) < cfg.maxBuffer {
				st.grown++
				if err := fill(len(buf) + cfg.chunkSize); err != nil {
					return st, err
				}
				cut = len(buf)
				if !eof {
					cut = sentenceCut(buf, ctx, cfg.cutWindow)
				}
			}
			if cut == 0 {
				cut = forcedCut(buf, ctx, cfg.cutWindow)
				st.forced++
			}
		}
		st.chunks++
		text := string(buf[:cut])
		for c := range cite.Find(text) {
			if c.Start < ctx {
				continue // written by the chunk before
			}
			if err := emit(toRecord(name, base, c)); err != nil {
				return st, err
			}
		}
		keep := contextStart(buf, ctx, cut)
		base += int64(keep)
		buf = buf[:copy(buf, buf[keep:])]
		ctx = cut - keep
	}
}

// sentenceCut returns where to end the chunk in buf[:len(buf)], after ctx:
// after the last sentence end in the last cutWindow bytes, preferring
// the end of a paragraph, then of a line; else after the last sentence
// end anywhere; else 0.
func sentenceCut(buf []byte, ctx, cutWindow int) int {
	// the bytes after a cut must be read: the next word, a date's
	// digits after the '.'
	hi := len(buf) - 64
	lo := max(ctx+1, hi-cutWindow)
	best, rank := 0, -1
	for p := hi; p >= lo && rank < 2; p-- {
		if k := cutRank(buf, p); k > rank && safeCut(buf, p) {
			best, rank = p, k
		}
	}
	if best > 0 {
		return best
	}
	for p := lo - 1; p > ctx; p-- {
		if cutRank(buf, p) >= 0 && safeCut(buf, p) {
			return p
		}
	}
	return 0
}

// cutRank ranks a cut at p after a sentence end: 2 at a paragraph break,
// 1 at a line break, 0 after a space, -1 when p follows no sentence end.
func cutRank(b []byte, p int) int {
	c := b[p-1]
	if c != ' ' && c != '\n' || b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t' {
		return -1 // cut after the last of the spaces
	}
	q := p - 1
	lines := 0
	for q > 0 && (b[q] == ' ' || b[q] == '\n' || b[q] == '\r' || b[q] == '\t') {
		if b[q] == '\n' {
			lines++
		}
		q--
	}
	// a '.' right before a space or a line break ends a sentence for
	// every reader of find.go
	if b[q] != '.' || b[q+1] != ' ' && b[q+1] != '\n' {
		return -1
	}
	return min(lines, 2)
}

// safeCut reports whether no reader of cite.Find crosses a sentence end
// cut at p: p is not inside a date "07. 8. 2023", a term "(gọi tắt là …)"
// nor a quoted subject opened in the bytes before it, and not before a
// combining mark that NFC would join to the space.
func safeCut(b []byte, p int) bool {
	if b[p] == 0xCC || b[p] == 0xCD || !utf8.RuneStart(b[p]) {
		return false
	}
	q := bytes.LastIndexByte(b[:p], '.')
	if q > 0 && vntext.IsDigit(b[q-1]) && vntext.IsDigit(b[p]) {
		return false // a date with dots, or a numbered list "1. 2."
	}
	// a term: its closing parenthesis may be 120 bytes past the cue
	win := b[max(0, p-256):p]
	if o := bytes.LastIndexByte(win, '('); o >= 0 && bytes.IndexByte(win[o:], ')') < 0 {
		return false
	}
	// a quoted subject, at most 600 bytes long: the last quote before
	// the cut must close (an ASCII '"' may open)
	win = b[max(0, p-768):p]
	for i := len(win) - 1; i >= 0; i-- {
		switch {
		case win[i] == '"':
			return false
		case bytes.HasPrefix(win[i:], []byte("”")) || bytes.HasPrefix(win[i:], []byte("»")):
			return true
		case bytes.HasPrefix(win[i:], []byte("“")) || bytes.HasPrefix(win[i:], []byte("«")):
			return false
		}
	}
	return true
}

// contextStart returns where the next chunk's scan starts: at a cut-like
// sentence end at least overlap bytes before cut (at a line start or
// after a space when there is none), never before ctx's start.
func contextStart(buf []byte, ctx, cut int) int {
	for p := cut - overlap; p > 0 && p > cut-4*overlap; p-- {
		if cutRank(buf, p) >= 0 && safeCut(buf, p) {
			return p
		}
	}
	for p := cut - overlap; p > 0; p-- {
		if buf[p-1] == ' ' || buf[p-1] == '\n' {
			return p
		}
	}
	return 0
}

// forcedCut picks where to end a chunk when no sentence end was found in
// maxBuffer bytes: after the last blank line, line break or space in the
// last cutWindow bytes, else on a rune boundary. Records near such a cut
// may differ from a scan of the whole input.
func forcedCut(b []byte, ctx, cutWindow int) int {
	lo := max(ctx, len(b)-cutWindow)
	tail := b[lo:]
	if i := bytes.LastIndex(tail, []byte("\n\n")); i >= 0 {
		return lo + i + 2
	}
	if i := bytes.LastIndexByte(tail, '\n'); i >= 0 {
		return lo + i + 1
	}
	if i := bytes.LastIndexByte(tail, ' '); i >= 0 {
		return lo + i + 1
	}
	i := len(b)
	for i > lo && !utf8.RuneStart(b[i-1]) {
		i--
	}
	if i > lo {
		i-- // leave the last (possibly incomplete) rune for the next chunk
	}
	return max(i, ctx+1)
}

func toRecord(name string, base int64, c directive.Citation) record {
	c.Start += int(base)
	c.End += int(base)
	return record{File: name, Citation: c}
}
