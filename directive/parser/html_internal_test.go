package parser

import "testing"

func TestLooksHTML(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"<!DOCTYPE html><html><body><p>Số: 1/UBND</p></body></html>", true},
		{"\ufeff  <html>\n<p>x</p></html>", true},
		{"<p>ỦY BAN NHÂN DÂN</p>\n<p>TỈNH AN GIANG</p>", true},
		{"<div class=\"content\"><p>x</p></div>", true},
		{"ỦY BAN NHÂN DÂN<br>TỈNH AN GIANG\n<p>x</p>", false},          // text first
		{"| ỦY BAN NHÂN DÂN<br>TỈNH | CỘNG HÒA |\n|---|---|\n", false}, // a pipe table with <br>
		{"<Tên cơ quan>\nSố: /QĐ-UBND\n", false},                       // a form's placeholder
		{"```{=html}\n<!-- -->\n```\n", false},
		{"<p>never closed", false},
	} {
		if got := looksHTML(c.text); got != c.want {
			t.Errorf("looksHTML(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
