package parser_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
)

func TestZZTree(t *testing.T) {
	f := os.Getenv("ZZFILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d, _ := parser.Parse(string(b))
	if d == nil {
		return
	}
	var pr func(ns []directive.Node, depth int)
	pr = func(ns []directive.Node, depth int) {
		for _, n := range ns {
			s := n.Heading
			if s == "" {
				s = n.Text
			}
			if r := []rune(s); len(r) > 90 {
				s = string(r[:90])
			}
			fmt.Printf("%s%v %q %s\n", strings.Repeat("  ", depth), n.Kind, n.Marker, s)
			pr(n.Children, depth+1)
		}
	}
	if os.Getenv("ZZTREE") != "" {
		pr(d.Body, 0)
	}
	for _, o := range d.Obligations {
		s := o.Text
		if r := []rune(s); len(r) > 80 {
			s = string(r[:80])
		}
		due := ""
		if o.Due != nil {
			due = o.Due.Text
		}
		fmt.Printf("OBL %v %q | to %q | lead %q | sup %q | due %q | prod %q\n", o.Path, s, o.Addressees, o.Lead, o.Support, due, o.Product)
	}
}
