// Command cite prints the document citations found in Vietnamese text.
//
// Usage:
//
//	go run ./examples/cite [-summary] [FILE...]
//
// With no FILE it reads standard input. For each citation it prints one
// JSON object per line with the fields file, offset (byte offset of the
// citation in the file), type (the Vietnamese type name, as examples/parse
// writes it: "Chỉ thị"), symbol, number,
// date (YYYY-MM-DD or null), issuer, subject and relation. A law cited by
// name has an empty symbol and number and one more field, name ("Luật Tổ
// chức chính quyền địa phương"). With -summary it prints only the counts.
//
// Input is processed in chunks cut at paragraph breaks, so memory stays
// flat on inputs of any size.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
)

const (
	chunkSize = 4 << 20  // bytes read per step
	cutWindow = 64 << 10 // look this far back for a paragraph break
)

type record struct {
	File     string  `json:"file"`
	Offset   int64   `json:"offset"`
	Type     string  `json:"type"`
	Symbol   string  `json:"symbol"`
	Name     string  `json:"name,omitempty"` // a law cited by name, not number
	Number   string  `json:"number"`
	Date     *string `json:"date"`
	Issuer   string  `json:"issuer"`
	Subject  string  `json:"subject"`
	Relation string  `json:"relation"`
}

type counts struct {
	Files      int            `json:"files"`
	Citations  int            `json:"citations"`
	ByType     map[string]int `json:"by_type"`
	ByRelation map[string]int `json:"by_relation"`
}

func main() {
	summary := flag.Bool("summary", false, "print only the counts")
	flag.Parse()
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	tot := counts{ByType: map[string]int{}, ByRelation: map[string]int{}}
	emit := func(r record) error {
		tot.Citations++
		tot.ByType[r.Type]++
		tot.ByRelation[r.Relation]++
		if *summary {
			return nil
		}
		return enc.Encode(r)
	}
	files := flag.Args()
	var err error
	if len(files) == 0 {
		tot.Files = 1
		err = scanReader("-", os.Stdin, emit)
	}
	for _, name := range files {
		tot.Files++
		if err = scanFile(name, emit); err != nil {
			break
		}
	}
	if err != nil {
		out.Flush()
		fmt.Fprintln(os.Stderr, "cite:", err)
		os.Exit(1)
	}
	if *summary {
		if err := enc.Encode(tot); err != nil { // map keys are sorted
			fmt.Fprintln(os.Stderr, "cite:", err)
			os.Exit(1)
		}
	}
}

func scanFile(name string, emit func(record) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanReader(name, f, emit)
}

// scanReader extracts citations chunk by chunk. Each chunk ends at the last
// paragraph break (or line break, or space) before the chunk limit, and the
// rest is carried into the next chunk, so citations are not cut.
func scanReader(name string, r io.Reader, emit func(record) error) error {
	return scanChunks(name, r, chunkSize, cutWindow, emit)
}

func scanChunks(name string, r io.Reader, chunkSize, cutWindow int, emit func(record) error) error {
	buf := make([]byte, 0, chunkSize+cutWindow)
	var base int64
	eof := false
	for !eof || len(buf) > 0 {
		for !eof && len(buf) < chunkSize {
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return err
			}
		}
		cut := len(buf)
		if !eof {
			cut = cutPoint(buf, cutWindow)
		}
		text := string(buf[:cut])
		for c := range cite.Find(text) {
			if err := emit(toRecord(name, base, c)); err != nil {
				return err
			}
		}
		base += int64(cut)
		buf = buf[:copy(buf, buf[cut:])]
	}
	return nil
}

// cutPoint picks where to end a chunk: after the last blank line, line
// break or space in the last cutWindow bytes, else on a rune boundary.
func cutPoint(b []byte, cutWindow int) int {
	lo := max(0, len(b)-cutWindow)
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
	return max(i, 1)
}

func toRecord(name string, base int64, c directive.Citation) record {
	r := record{
		File:     name,
		Offset:   base + int64(c.Start),
		Type:     c.Kind.Label(),
		Symbol:   c.Symbol.String(),
		Name:     c.Name,
		Issuer:   c.Issuer,
		Subject:  c.Subject,
		Relation: c.Relation.String(),
	}
	if c.Symbol.IsValid() {
		r.Number = c.Symbol.Number()
	}
	if !c.Date.IsZero() {
		d := c.Date.String()
		r.Date = &d
	}
	return r
}
