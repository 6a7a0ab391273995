package chidao_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao"
)

func TestFieldErrorConstructors(t *testing.T) {
	p := chidao.NewPath("signature").Child("title")
	tests := []struct {
		fe       *chidao.FieldError
		code     chidao.Code
		sentinel error
	}{
		{chidao.Required(p, "m"), chidao.CodeRequired, chidao.ErrRequired},
		{chidao.Invalid(p, "v", "m"), chidao.CodeInvalid, chidao.ErrInvalid},
		{chidao.Duplicate(p, "v", "m"), chidao.CodeDuplicate, chidao.ErrDuplicate},
		{chidao.NotFound(p, "v", "m"), chidao.CodeNotFound, chidao.ErrNotFound},
		{chidao.OutOfRange(p, 3, "m"), chidao.CodeOutOfRange, chidao.ErrOutOfRange},
		{chidao.Conflict(p, "v", "m"), chidao.CodeConflict, chidao.ErrConflict},
		{chidao.TooLong(p, "v", "m"), chidao.CodeTooLong, chidao.ErrInvalid},
		{chidao.NewFieldError(p, "pkg.own", "v", "m"), "pkg.own", chidao.ErrInvalid},
	}
	for _, tt := range tests {
		fe := tt.fe
		if fe.Path != "signature.title" || fe.Code != tt.code || fe.Message != "m" || fe.Severity != chidao.SeverityError || fe.Rule != "" {
			t.Errorf("%s: %+v", tt.code, fe)
		}
		if !errors.Is(fe, tt.sentinel) {
			t.Errorf("%s: errors.Is(%v) false", tt.code, tt.sentinel)
		}
		if fe.WithRule("NĐ 30/2020").AsWarning() != fe || fe.Rule != "NĐ 30/2020" || fe.Severity != chidao.SeverityWarning {
			t.Errorf("%s: WithRule/AsWarning gave %+v", tt.code, fe)
		}
	}
	if v := chidao.Required(p, "m").Value; v != nil {
		t.Errorf("Required has value %v", v)
	}
}

func TestFindingLines(t *testing.T) {
	p := chidao.NewPath("signature").Child("title")
	l := chidao.ErrorList{
		chidao.Required(p, "thiếu chức vụ").WithRule("NĐ 30/2020"),
		chidao.NewFieldError(chidao.NewPath("symbol"), "directive.symbol_repaired", "3241 UBND", "đọc lại").AsWarning(),
		chidao.Invalid(chidao.Path{}, nil, "không phải JSON"),
	}
	want := []string{
		"error   signature.title [required] thiếu chức vụ (NĐ 30/2020)",
		"warning symbol [directive.symbol_repaired] đọc lại",
		"error   [invalid] không phải JSON",
	}
	for i, fe := range l {
		if got := fe.Line(); got != want[i] {
			t.Errorf("Line() = %q, want %q", got, want[i])
		}
	}
	if got := l.String(); got != strings.Join(want, "\n")+"\n" {
		t.Errorf("String() = %q", got)
	}
	if (chidao.ErrorList{}).String() != "" {
		t.Error("empty list prints something")
	}
}

func TestErrorListHasErrors(t *testing.T) {
	w := chidao.Required(chidao.NewPath("a"), "m").AsWarning()
	e := chidao.Required(chidao.NewPath("b"), "m")
	for _, tt := range []struct {
		l    chidao.ErrorList
		want bool
	}{{nil, false}, {chidao.ErrorList{w}, false}, {chidao.ErrorList{w, e}, true}, {chidao.ErrorList{e}, true}} {
		if got := tt.l.HasErrors(); got != tt.want {
			t.Errorf("HasErrors(%v) = %v", tt.l, got)
		}
		if tt.l.Err() != nil && tt.l.Err().(*chidao.ValidationError).HasErrors() != tt.want {
			t.Errorf("ValidationError.HasErrors disagrees for %v", tt.l)
		}
	}
}

func TestFieldErrorClipsValue(t *testing.T) {
	fe := chidao.Invalid(chidao.NewPath("subject"), strings.Repeat("ủy ban ", 100), "quá dài")
	s := fe.Error()
	if n := utf8.RuneCountInString(s); n > 100 || !strings.Contains(s, "…") {
		t.Errorf("Error() is %d runes: %q", n, s)
	}
}
