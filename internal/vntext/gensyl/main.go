// Command gensyl writes syllables.txt: the syllables the gold corpora's
// texts use, for vntext's reading of words a text layer ran together.
//
//	go run ./internal/vntext/gensyl
//
// A syllable is kept when it is written three times or more in two
// documents or more, lower case; texts that are themselves run together
// or in a legacy font are left out (their names say so in skip).
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// skip names the sets and documents whose words are not written apart
// or not in Unicode.
var skip = []string{"corpus33/", "corpus34/", "conghai-"}

func main() {
	names, err := filepath.Glob("directive/testdata/corpus*/*.txt")
	if err != nil || len(names) == 0 {
		log.Fatalf("no corpus texts (run from the module root): %v", err)
	}
	count := map[string]int{}
	docs := map[string]map[string]bool{}
	for _, n := range names {
		if slicesContainsAny(n, skip) {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			log.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(norm.NFC.String(string(b)), func(r rune) bool { return !unicode.IsLetter(r) }) {
			w = strings.ToLower(w)
			count[w]++
			if docs[w] == nil {
				docs[w] = map[string]bool{}
			}
			docs[w][n] = true
		}
	}
	var keep []string
	for w, c := range count {
		if c >= 3 && len(docs[w]) >= 2 {
			keep = append(keep, w)
		}
	}
	sort.Strings(keep)
	f, err := os.Create("internal/vntext/syllables.txt")
	if err != nil {
		log.Fatal(err)
	}
	out := bufio.NewWriter(f)
	for _, w := range keep {
		fmt.Fprintln(out, w)
	}
	if err := out.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func slicesContainsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(filepath.ToSlash(s), x) {
			return true
		}
	}
	return false
}
