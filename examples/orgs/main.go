// Command orgs queries a registry of issuing bodies at a date.
//
//	go run ./examples/orgs [-at YYYY-MM-DD] [-registry hanoi|FILE.json] COMMAND ARGS
//
// Commands:
//
//	expand PHRASE              bodies a recipient phrase means, one JSON object a line
//	match NAME                 the body a name refers to, as JSON (marked if dissolved)
//	can-direct ISSUER RECIPIENT  "yes" and the chain of authority, or "no"
//	successors KEY             bodies carrying KEY's responsibilities, one JSON object a line
//	list                       every body in force, one JSON object a line
//
// Errors go to standard error and the exit status is 1.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

type orgJSON struct {
	Key         string      `json:"key"`
	Name        string      `json:"name"`
	Kind        org.Kind    `json:"kind"`
	Level       org.Level   `json:"level"`
	ValidFrom   chidao.Date `json:"valid_from,omitzero"`
	ValidUntil  chidao.Date `json:"valid_until,omitzero"`
	Unconfirmed []string    `json:"unconfirmed,omitempty"`
}

type matchJSON struct {
	orgJSON
	Dissolved   bool      `json:"dissolved"`
	DissolvedOn string    `json:"dissolved_on,omitempty"`
	Successors  []orgJSON `json:"successors,omitempty"`
}

func toJSON(o *org.Org, full bool) orgJSON {
	j := orgJSON{Key: o.Key(), Name: o.Name(), Kind: o.Kind(), Level: o.Level()}
	if full {
		j.ValidFrom, j.ValidUntil, j.Unconfirmed = o.Validity().From, o.Validity().Until, o.Unconfirmed()
	}
	return j
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "orgs:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("orgs", flag.ContinueOnError)
	vn := time.FixedZone("ICT", 7*60*60)
	at := fs.String("at", chidao.DateOf(time.Now().In(vn)).String(), "the date to ask about, YYYY-MM-DD")
	regName := fs.String("registry", "hanoi", `"hanoi" for the built-in data, or a registry JSON file`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	day, err := chidao.ParseISODate(*at)
	if err != nil {
		return fmt.Errorf("-at: %w", err)
	}
	reg, err := loadRegistry(*regName)
	if err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return errors.New("usage: orgs [-at DATE] [-registry hanoi|FILE] expand|match|can-direct|successors|list ARGS")
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	need := func(n int) error {
		if len(rest)-1 != n {
			return fmt.Errorf("%s takes %d argument(s)", rest[0], n)
		}
		return nil
	}
	switch rest[0] {
	case "expand":
		if err := need(1); err != nil {
			return err
		}
		orgs, err := reg.Expand(rest[1], nil, day)
		if err != nil {
			return err
		}
		for _, o := range orgs {
			if err := enc.Encode(toJSON(o, false)); err != nil {
				return err
			}
		}
	case "match":
		if err := need(1); err != nil {
			return err
		}
		m, err := reg.Match(rest[1], day)
		if err != nil {
			return err
		}
		j := matchJSON{orgJSON: toJSON(m.Org, true), Dissolved: m.Dissolved}
		if m.Dissolved {
			j.DissolvedOn = m.Org.Validity().Until.String()
			for _, s := range m.Successors {
				j.Successors = append(j.Successors, toJSON(s, true))
			}
		}
		return enc.Encode(j)
	case "can-direct":
		if err := need(2); err != nil {
			return err
		}
		var ends [2]*org.Org
		for i, name := range rest[1:] {
			m, err := reg.Match(name, day)
			if err != nil {
				return err
			}
			if m.Dissolved {
				return fmt.Errorf("%s no longer exists on %s", m.Org, day)
			}
			ends[i] = m.Org
		}
		chain, ok := reg.CanDirect(ends[0], ends[1], day)
		if !ok {
			_, err := fmt.Fprintln(out, "no")
			return err
		}
		kind := "yes"
		if chain.Guidance() {
			kind = "yes (professional guidance only)"
		}
		_, err := fmt.Fprintf(out, "%s\n%s\n", kind, chain)
		return err
	case "successors":
		if err := need(1); err != nil {
			return err
		}
		orgs, err := reg.Successors(rest[1], day)
		if err != nil {
			return err
		}
		for _, o := range orgs {
			if err := enc.Encode(toJSON(o, true)); err != nil {
				return err
			}
		}
	case "list":
		if err := need(0); err != nil {
			return err
		}
		for o := range reg.At(day) {
			if err := enc.Encode(toJSON(o, true)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("unknown command %q", rest[0])
	}
	return nil
}

func loadRegistry(name string) (*org.Registry, error) {
	if name == "hanoi" {
		return org.HaNoi(), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return org.Load(f)
}
