package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"UBND các quận, huyện, thị xã: 30 bodies",
		"Các cơ quan báo chí thành phố Hà Nội: 6 bodies",
		"2. Sở Thông tin và Truyền thông: 1 bodies, 1 by command",
		"0 outside authority",
		"the district level (cấp huyện) does not exist",
		"Sở Khoa học và Công nghệ",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "1 outside authority") {
		t.Errorf("a section addressee is outside the issuer's authority:\n%s", s)
	}
}
