package directive_test

import (
	"errors"
	"testing"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/org"
)

// The hand-built letter breaks no rule, with or without the registry; the
// targeted breaks below start from it.
func TestCheckValidLetter(t *testing.T) {
	d := letter3241()
	if l := d.Check(); len(l) != 0 {
		t.Errorf("Check() =\n%s", l)
	}
	if l := d.Check(directive.WithRegistry(org.HaNoi())); len(l) != 0 {
		t.Errorf("Check(HaNoi) =\n%s", l)
	}
	if err := d.Validate(directive.WithRegistry(org.HaNoi())); err != nil {
		t.Errorf("Validate(HaNoi) = %v", err)
	}
}

// Warnings alone do not make a document invalid; one error does, and the
// error then carries the warnings too.
func TestValidateOnlyFailsOnErrors(t *testing.T) {
	d := letter3241()
	d.Repairs = []directive.Repair{{Code: directive.RepairSymbolSlash, Path: "symbol", Line: 9, Original: "3241 UBND-KGVX", Repaired: "3241/UBND-KGVX"}}
	l := d.Check()
	if len(l) != 1 || l[0].Code != directive.CodeSymbolRepaired || l[0].Severity != chidao.SeverityWarning {
		t.Fatalf("Check() =\n%swant one symbol_repaired warning", l)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("Validate() with only a warning = %v, want nil", err)
	}
	d.Signature.Name = ""
	err := d.Validate()
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 2 || !ve.HasErrors() || !errors.Is(err, chidao.ErrRequired) {
		t.Errorf("Validate() with an error = %v, want both findings", err)
	}
}
