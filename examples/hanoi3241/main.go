// Command hanoi3241 walks through Công văn 3241/UBND-KGVX of 04/10/2023, in
// which the Hà Nội People's Committee passes a Party directive (Chỉ thị
// 24-CT/TU) down to its departments, districts and press: who the letter
// addresses, whom each section obliges, by what authority, and what the same
// recipients mean after the 2025 reforms.
//
//	go run ./examples/hanoi3241
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

// The recipients and section addressees exactly as the letter writes them.
var (
	issuerName = "UBND thành phố Hà Nội"
	party      = "Ban Thường vụ Thành ủy" // issued Chỉ thị 24-CT/TU
	kinhGui    = []string{
		"Các Sở, Ban, ngành Thành phố",
		"UBND các quận, huyện, thị xã",
		"Các cơ quan báo chí thành phố Hà Nội",
	}
	sections = []string{
		"Các Sở, ban, ngành; UBND quận, huyện, thị xã",
		"Sở Thông tin và Truyền thông",
		"Sở Văn hóa và Thể thao",
		"Các cơ quan báo chí thành phố Hà Nội",
	}
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hanoi3241:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	reg := org.HaNoi()
	day := chidao.MustDate(2023, 10, 4)
	issuer, err := reg.Match(issuerName, day)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Công văn 3241/UBND-KGVX, %s\nIssuer: %s, collective: %v (signs TM.)\n\n", day, issuer.Org.Name(), issuer.Org.Collective())

	btv, err := reg.Match(party, day)
	if err != nil {
		return err
	}
	if chain, ok := reg.CanDirect(btv.Org, issuer.Org, day); ok {
		fmt.Fprintf(w, "Cascade from the Party directive:\n  %s\n\n", chain)
	}

	fmt.Fprintln(w, "Kính gửi, expanded at the letter's date:")
	for _, phrase := range kinhGui {
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
	for i, phrase := range sections {
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
		fmt.Fprintf(w, "  %d. %s: %d bodies, %d by command, %d by professional guidance, %d outside authority\n",
			i+1, phrase, len(orgs), command, guidance, len(orgs)-command-guidance)
	}

	later := chidao.MustDate(2025, 8, 1)
	fmt.Fprintf(w, "\nThe same recipients on %s, after the reforms:\n", later)
	for _, phrase := range append(kinhGui, sections[1]) {
		orgs, err := reg.Expand(phrase, issuer.Org, later)
		if err != nil {
			fmt.Fprintf(w, "  %s:\n    %v\n", phrase, err)
			continue
		}
		fmt.Fprintf(w, "  %s: %d bodies\n", phrase, len(orgs))
	}
	return nil
}
