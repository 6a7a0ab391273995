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
// Input is processed in chunks, so memory stays flat on inputs of any
// size. A chunk ends where the scanner carries nothing across (no place
// where it stops in the 4 KB before), so the records are those of one
// scan of the whole input.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao/directive"
)

// record is one line of output: the file, then the citation in the JSON
// form it has everywhere in the SDK (directive.Citation), with "offset"
// and "end" counted into the whole input.
type record struct {
	File string
	directive.Citation
}

// MarshalJSON writes "file" first, then the citation's fields.
func (r record) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the caller's encoder decides
	if err := enc.Encode(r.Citation); err != nil {
		return nil, err
	}
	c := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	f, err := json.Marshal(r.File)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(f)+len(c)+10)
	out = append(out, `{"file":`...)
	out = append(out, f...)
	if len(c) > 2 {
		out = append(out, ',')
	}
	return append(out, c[1:]...), nil
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
		tot.ByType[r.Kind.Label()]++
		tot.ByRelation[r.Relation.String()]++
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

// scanReader extracts citations chunk by chunk (see scanChunks).
func scanReader(name string, r io.Reader, emit func(record) error) error {
	_, err := scanChunks(name, r, defaultConfig, emit)
	return err
}
