// Command hanoigen writes the Hà Nội registry JSON to the path given as its
// first argument:
//
//	go run ./internal/hanoigen/cmd/hanoigen data/hanoi.json
package main

import (
	"fmt"
	"os"

	"github.com/chidao/chidao/org/internal/hanoigen"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: hanoigen OUTPUT.json")
		os.Exit(2)
	}
	data, err := hanoigen.Generate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "hanoigen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(os.Args[1], data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "hanoigen:", err)
		os.Exit(1)
	}
}
