// Command parse reads a Vietnamese administrative document (State or
// Party) from a text file and prints it as JSON, validates it, or renders
// it as canonical text or printable HTML.
//
//	go run ./examples/parse [-validate] [-render text|html] [-registry hanoi] FILE
//
// With -validate it prints each finding as "severity path [code] message
// (rule)" and exits 1 when any has error severity.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
)

func main() {
	validate := flag.Bool("validate", false, "print the validation findings; exit 1 on an error")
	render := flag.String("render", "", "render as `text` or html instead of printing JSON")
	registry := flag.String("registry", "", "check bodies against a registry (`hanoi`)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: parse [-validate] [-render text|html] [-registry hanoi] FILE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	os.Exit(run(flag.Arg(0), *validate, *render, *registry))
}

func run(file string, validate bool, render, registry string) int {
	b, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	var reg *org.Registry
	switch registry {
	case "":
	case "hanoi":
		reg = org.HaNoi()
	default:
		fmt.Fprintf(os.Stderr, "parse: unknown registry %q (known: hanoi)\n", registry)
		return 2
	}
	d, err := directive.Parse(string(b))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		if d == nil {
			return 1
		}
	}
	switch {
	case validate:
		var opts []directive.ValidateOption
		if reg != nil {
			opts = append(opts, directive.WithRegistry(reg))
		}
		verr := d.Validate(opts...)
		if verr == nil {
			fmt.Println("no problems found")
			return 0
		}
		var ve *chidao.ValidationError
		if !errors.As(verr, &ve) {
			fmt.Fprintln(os.Stderr, verr)
			return 1
		}
		for _, fe := range ve.Errors {
			fmt.Printf("%-7s %s [%s] %s", fe.Severity, fe.Path, fe.Code, fe.Message)
			if fe.Rule != "" {
				fmt.Printf(" (%s)", fe.Rule)
			}
			fmt.Println()
		}
		if ve.HasErrors() {
			return 1
		}
		return 0
	case render == "text":
		fmt.Print(d.Render())
	case render == "html":
		fmt.Print(d.RenderHTML())
	case render != "":
		fmt.Fprintf(os.Stderr, "parse: -render must be text or html, not %q\n", render)
		return 2
	default:
		out, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Println(string(out))
	}
	return 0
}
