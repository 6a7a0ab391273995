// Command hanoi3241 walks through Công văn 3241/UBND-KGVX of 04/10/2023, in
// which the Hà Nội People's Committee passes a Party directive (Chỉ thị
// 24-CT/TU) down to its departments, districts and press. It parses the
// letter as pulled from a web page, lists what it cites, checks it against
// Decree 30/2020 and the Hà Nội registry, expands whom it addresses, shows
// by what authority each section obliges them, and what the same recipients
// mean after the 2025 reforms.
//
//	go run ./examples/hanoi3241
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/cite"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/org"
)

// letter is ../../shared/seeds/hanoi-3241-UBND-KGVX.txt, a public official
// document, as text extraction left it.
//
//go:embed letter.txt
var letter string

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hanoi3241:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	doc, err := parser.Parse(letter)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s %s, %s, %s\nIssuer: %s\nSubject: %s\n",
		doc.Type.Label(), doc.Symbol, doc.Place, doc.Date, doc.Issuer, doc.Subject)
	for _, r := range doc.Repairs {
		fmt.Fprintf(w, "  repaired: %s\n", r)
	}

	fmt.Fprintln(w, "\nWhat it cites (the cascade above it):")
	for _, c := range cite.Resolve(letter) {
		line := fmt.Sprintf("  %-9s %s %s, %s, %s", c.Relation, c.Kind.Label(), c.Symbol, c.Date, c.Issuer)
		if len(c.Terms) > 0 {
			line += fmt.Sprintf(`; called "%s" after, %d mentions`, strings.Join(c.Terms, `", "`), len(c.Mentions))
		}
		fmt.Fprintln(w, line)
	}

	reg := org.HaNoi()
	day := doc.Date
	issuer, err := reg.Match(doc.Issuer, day)
	if err != nil {
		return err
	}
	btv, err := reg.Match("Ban Thường vụ Thành ủy", day) // issued Chỉ thị 24-CT/TU
	if err != nil {
		return err
	}
	if chain, ok := reg.CanDirect(btv.Org, issuer.Org, day); ok {
		fmt.Fprintf(w, "  authority: %s\n", chain)
	}

	fmt.Fprintln(w, "\nChecked against Decree 30/2020 and the Hà Nội registry:")
	for _, f := range doc.Check(directive.WithRegistry(reg), directive.AsOf(day)) {
		fmt.Fprintln(w, "  "+f.Line())
	}

	fmt.Fprintln(w, "\nKính gửi, expanded at the letter's date:")
	for _, phrase := range doc.Recipients {
		orgs, err := reg.Expand(phrase, issuer.Org, day)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %s: %d bodies\n", phrase, len(orgs))
		for i, o := range orgs {
			if i == 3 {
				fmt.Fprintf(w, "    … and %d more\n", len(orgs)-3)
				break
			}
			fmt.Fprintf(w, "    - %s\n", o.Name())
		}
	}

	fmt.Fprintln(w, "\nSections: whom each obliges, and by what authority:")
	for _, s := range doc.Sections {
		phrase := strings.Join(s.Addressees, "; ")
		orgs, err := reg.Expand(phrase, issuer.Org, day)
		if err != nil {
			return err
		}
		command, guidance := 0, 0
		for _, o := range orgs {
			chain, ok := reg.CanDirect(issuer.Org, o, day)
			switch {
			case ok && chain.Guidance():
				guidance++
			case ok:
				command++
			}
		}
		fmt.Fprintf(w, "  %s. %s: %d obligations on %d bodies; %d by command, %d by professional guidance, %d outside authority\n",
			s.Number, phrase, len(s.Items), len(orgs), command, guidance, len(orgs)-command-guidance)
	}

	later := chidao.MustDate(2025, 8, 1)
	fmt.Fprintf(w, "\nThe same addressees on %s, after the reforms:\n", later)
	seen := map[string]bool{}
	for _, phrase := range append(doc.Recipients, sectionPhrases(doc)...) {
		if seen[phrase] {
			continue
		}
		seen[phrase] = true
		orgs, err := reg.Expand(phrase, issuer.Org, later)
		if err != nil {
			fmt.Fprintf(w, "  %s:\n    %v\n", phrase, err)
			continue
		}
		fmt.Fprintf(w, "  %s: %d bodies\n", phrase, len(orgs))
	}
	return nil
}

func sectionPhrases(doc *directive.Document) []string {
	var out []string
	for _, s := range doc.Sections {
		out = append(out, s.Addressees...)
	}
	return out
}
