// Command parse reads a Vietnamese administrative document (State or
// Party) from a file (text, Markdown, an HTML page, a Word .docx or .doc,
// an .odt or an .rtf) and
// prints it as JSON, validates it, or renders it as canonical text or
// printable HTML.
//
//	go run ./examples/parse [-validate] [-render text|html] [-registry hanoi] FILE
//	go run ./examples/parse -edxml [-registry hanoi] FILE
//	go run ./examples/parse -from-edxml PACKET
//
// -edxml writes the document as an edXML packet (QCVN 102:2016), the
// sender's identifier from the registry when one is given; -from-edxml
// reads a packet and prints the document it carries as JSON.
//
// With -validate it prints each finding as chidao.FieldError.Line writes
// it, "severity path [code] message (rule)", and exits 1 when any has
// error severity.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/edxml"
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
	toEdXML := fs.Bool("edxml", false, "write the document as an edXML packet (QCVN 102:2016)")
	fromEdXML := fs.Bool("from-edxml", false, "read FILE as an edXML packet and print the document as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: parse [-validate] [-render text|html] [-registry hanoi] [-edxml | -from-edxml] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if *fromEdXML {
		return fromPacket(fs.Arg(0), stdout, stderr)
	}
	if *toEdXML {
		return toPacket(fs.Arg(0), *registry, stdout, stderr)
	}
	return runFile(fs.Arg(0), *validate, *renderAs, *registry, stdout, stderr)
}

// readText reads a document's text: a Word file through parser.DocxText
// (.docx, a zip) or parser.DocText (.doc, a compound file), an
// OpenDocument text through parser.ODTText, anything else as it is (text,
// Markdown, an HTML page, an RTF file).
func readText(file string) (string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) && bytes.Contains(b[:min(len(b), 256)], []byte("opendocument.text")) {
		return parser.ODTText(bytes.NewReader(b), int64(len(b)))
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		return parser.DocxText(bytes.NewReader(b), int64(len(b)))
	}
	if bytes.HasPrefix(b, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
		return parser.DocText(bytes.NewReader(b), int64(len(b)))
	}
	return string(b), nil
}

// toPacket parses a document and writes it as an edXML packet.
func toPacket(file, registry string, stdout, stderr io.Writer) int {
	text, err := readText(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	d, err := parser.Parse(text)
	if d == nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	var o edxml.Options
	if registry == "hanoi" {
		reg := org.HaNoi()
		if m, err := reg.Match(d.Issuer, d.Date); err == nil {
			if id, ok := m.Org.Identifier(); ok {
				o.From.ID, _ = id.QCVN()
			}
		}
	} else if registry != "" {
		fmt.Fprintf(stderr, "parse: unknown registry %q (known: hanoi)\n", registry)
		return 2
	}
	if err := edxml.Encode(stdout, d, o); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// fromPacket reads an edXML packet and prints its document as JSON.
func fromPacket(file string, stdout, stderr io.Writer) int {
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	defer f.Close()
	p, err := edxml.Decode(f)
	if err != nil {
		fmt.Fprintln(stderr, err)
		if p == nil {
			return 1
		}
	}
	out, err := json.MarshalIndent(p.Document, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintln(stdout, string(out))
	return 0
}

func runFile(file string, validate bool, renderAs, registry string, stdout, stderr io.Writer) int {
	text, err := readText(file)
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
	d, err := parser.Parse(text)
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
