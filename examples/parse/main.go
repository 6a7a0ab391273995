// Command parse reads a Vietnamese administrative document (State or
// Party) from a text file and prints it as JSON, validates it, or renders
// it as canonical text or printable HTML.
//
//	go run ./examples/parse [-validate] [-render text|html] [-registry hanoi] FILE
//
// With -validate it prints each finding as chidao.FieldError.Line writes
// it, "severity path [code] message (rule)", and exits 1 when any has
// error severity.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/directive/render"
	"github.com/chidao/chidao/org"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command without its process: it reads the flags in args,
// writes to stdout and stderr and returns the exit code (0 ok, 1 a parse
// error or an error finding, 2 a usage or file error).
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	validate := fs.Bool("validate", false, "print the validation findings; exit 1 on an error")
	renderAs := fs.String("render", "", "render as `text` or html instead of printing JSON")
	registry := fs.String("registry", "", "check bodies against a registry (`hanoi`)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: parse [-validate] [-render text|html] [-registry hanoi] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	return runFile(fs.Arg(0), *validate, *renderAs, *registry, stdout, stderr)
}

func runFile(file string, validate bool, renderAs, registry string, stdout, stderr io.Writer) int {
	b, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	var reg *org.Registry
	switch registry {
	case "":
	case "hanoi":
		reg = org.HaNoi()
	default:
		fmt.Fprintf(stderr, "parse: unknown registry %q (known: hanoi)\n", registry)
		return 2
	}
	switch renderAs {
	case "", "text", "html":
	default:
		fmt.Fprintf(stderr, "parse: -render must be text or html, not %q\n", renderAs)
		return 2
	}
	d, err := parser.Parse(string(b))
	if err != nil {
		fmt.Fprintln(stderr, err)
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
		findings := d.Check(opts...)
		if len(findings) == 0 {
			fmt.Fprintln(stdout, "no problems found")
			return 0
		}
		fmt.Fprint(stdout, findings)
		if findings.HasErrors() {
			return 1
		}
		return 0
	case renderAs == "text":
		fmt.Fprint(stdout, render.Text(d))
	case renderAs == "html":
		if err := render.WriteHTML(stdout, d); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	default:
		out, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		fmt.Fprintln(stdout, string(out))
	}
	return 0
}
