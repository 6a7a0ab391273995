package parser_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
)

// TestMutationWatchdog is a tool, off by default: CHIDAO_WATCHDOG=120 go
// test ./directive/parser -run MutationWatchdog -v mutates the tuned
// corpora, the sample documents and the fuzz seeds for that many seconds
// and reads each result as FuzzParseDirective does. An input that has not
// finished after CHIDAO_WATCHDOG_LIMIT seconds (10, a fuzz worker's
// patience) is written to a temporary file and the run dies with every
// goroutine's stack. It finds what the fuzz smoke meets by chance: a
// loop that does not end, a cost that grows with the square of a run of
// lines, cells or letters. Inputs slower than 0.3 MB/s are logged.
func TestMutationWatchdog(t *testing.T) {
	secs, _ := strconv.Atoi(os.Getenv("CHIDAO_WATCHDOG"))
	if secs <= 0 {
		t.Skip("CHIDAO_WATCHDOG=<seconds> runs it")
	}
	limit := 10 * time.Second
	if s, err := strconv.Atoi(os.Getenv("CHIDAO_WATCHDOG_LIMIT")); err == nil && s > 0 {
		limit = time.Duration(s) * time.Second
	}
	seeds := watchdogSeeds(t)
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("CHIDAO_WATCHDOG_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (CHIDAO_WATCHDOG_SEED), %d inputs", seed, len(seeds))
	r := rand.New(rand.NewPCG(seed, 0))
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	runs, worst := 0, time.Duration(0)
	for time.Now().Before(deadline) {
		s := seeds[r.IntN(len(seeds))]
		if r.IntN(3) == 0 {
			s = mutateLines(r, s)
		} else {
			for range 1 + r.IntN(4) {
				s = mutateBytes(r, s)
			}
		}
		if len(s) > maxWatchdogInput {
			continue // a fuzzer's inputs are far smaller; time is linear past that
		}
		start := time.Now()
		done := make(chan struct{})
		go watch(s, limit, done)
		readAsFuzzed(s)
		close(done)
		runs++
		el := time.Since(start)
		worst = max(worst, el)
		if mbs := float64(len(s)) / el.Seconds() / 1e6; el > 300*time.Millisecond && mbs < 0.3 {
			name := saveInput("slow", s)
			t.Logf("slow: %v for %d bytes (%.2f MB/s): %s", el, len(s), mbs, name)
		}
	}
	t.Logf("%d inputs, the slowest %v", runs, worst)
}

// maxWatchdogInput bounds a mutated input: at the parser's slowest
// linear rate it reads well within the limit.
const maxWatchdogInput = 512 << 10

// readAsFuzzed does with s what FuzzParseDirective does.
func readAsFuzzed(s string) {
	d, _ := parser.Parse(s)
	if d == nil {
		return
	}
	if j, err := d.MarshalJSON(); err == nil {
		accounted(s, j)
	}
	text := render.Text(d)
	render.HTML(d)
	if parser.RoundTrips(d) {
		parser.Parse(text)
	}
}

func watch(s string, limit time.Duration, done <-chan struct{}) {
	select {
	case <-done:
	case <-time.After(limit):
		name := saveInput("hang", s)
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		fmt.Fprintf(os.Stderr, "input of %d bytes still read after %v: %s\n%s\n", len(s), limit, name, buf[:n])
		os.Exit(2)
	}
}

func saveInput(kind, s string) string {
	f, err := os.CreateTemp("", "chidao-"+kind+"-*.txt")
	if err != nil {
		return "(not saved: " + err.Error() + ")"
	}
	defer f.Close()
	f.WriteString(s)
	return f.Name()
}

func watchdogSeeds(t *testing.T) []string {
	var names []string
	for _, g := range []string{"testdata/docs/*.txt", "testdata/tables/*", "../testdata/*.txt", "../testdata/corpus*/*.txt"} {
		m, _ := filepath.Glob(g)
		names = append(names, m...)
	}
	var out []string
	for _, name := range names {
		if heldOut(name) {
			continue // a held-out set stays unseen, even by this tool
		}
		if b, err := os.ReadFile(name); err == nil && len(b) < 200<<10 {
			out = append(out, string(b))
		}
	}
	fuzz, _ := filepath.Glob("testdata/fuzz/FuzzParseDirective/*")
	for _, name := range fuzz {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		_, q, ok := strings.Cut(string(b), "string(")
		if !ok {
			continue
		}
		if s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimSpace(q), ")")); err == nil {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		t.Fatal("no inputs to mutate")
	}
	return out
}

// watchdogTokens are what the readers look for: markup, markers, labels.
var watchdogTokens = []string{"\n", "|", "+", "-", " ", "  ", "\t", "TT", "Nơi nhận:", "KT.", "TM.", "PHỤ LỤC",
	"Điều 1.", "1.", "a)", "*", "**", "Số:", "ngày", "Kính gửi:", "+---+---+", "| --- | --- |", "Chương I",
	"CHỦ TỊCH", "Cơ quan chủ trì", "Thời gian", "(", ")", ";", ":", "./.", "\r", "\u0301", "Ủ", "Đ", "ơ",
	"<td>", "<table>", "<nav>", "<script>", "{\\rtf1", "\xff\xfe"}

// mutateBytes makes the kind of change a fuzzer makes: a token put in,
// bytes taken out or changed, a chunk copied, a token repeated.
func mutateBytes(r *rand.Rand, s string) string {
	b := []byte(s)
	if len(b) == 0 {
		return watchdogTokens[r.IntN(len(watchdogTokens))]
	}
	p := r.IntN(len(b) + 1)
	insert := func(x []byte) { b = append(b[:p:p], append(x, b[p:]...)...) }
	switch r.IntN(5) {
	case 0:
		insert([]byte(watchdogTokens[r.IntN(len(watchdogTokens))]))
	case 1:
		b = append(b[:p:p], b[min(len(b), p+r.IntN(20)):]...)
	case 2:
		q := r.IntN(len(b))
		insert(append([]byte(nil), b[q:min(len(b), q+1+r.IntN(200))]...))
	case 3:
		if p < len(b) {
			b[p] = byte(r.IntN(256))
		}
	case 4:
		insert([]byte(strings.Repeat(watchdogTokens[r.IntN(len(watchdogTokens))], 1+r.IntN(2000))))
	}
	return string(b)
}

// mutateLines makes a document long in one of the shapes that have cost
// the square of their length: a line or a block repeated, lines joined
// into one, a word repeated along a line.
func mutateLines(r *rand.Rand, s string) string {
	lines := strings.Split(s, "\n")
	k := r.IntN(len(lines))
	switch r.IntN(4) {
	case 0:
		rep := make([]string, 200+r.IntN(2000))
		for i := range rep {
			rep[i] = lines[k]
		}
		lines = slices.Insert(lines, k, rep...)
	case 1:
		e := min(len(lines), k+50+r.IntN(500))
		lines = slices.Insert(append(lines[:k:k], lines[e:]...), k, strings.Join(lines[k:e], " "))
	case 2:
		e := min(len(lines), k+2+r.IntN(30))
		var rep []string
		for range 20 + r.IntN(200) {
			rep = append(rep, lines[k:e]...)
		}
		lines = slices.Insert(lines, k, rep...)
	case 3:
		if w := strings.Fields(lines[k]); len(w) > 0 {
			sep := []string{" ", ", ", "; ", "  ", " - "}[r.IntN(5)]
			lines[k] = strings.Repeat(w[r.IntN(len(w))]+sep, 500+r.IntN(5000))
		}
	}
	return strings.Join(lines, "\n")
}
