package main

import (
	"bytes"
	"strings"
	"testing"
)

// The "done when": the chain validates, and reassigning it on
// 2025-08-01 leaves no open task with a body that has ended.
func TestCascadeExample(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"238-QĐ/TW", "24-CT/TU", "171-KH/TU", "114-HD/BTGTU",
		"3241/UBND-KGVX  Công văn Ủy ban nhân dân thành phố Hà Nội, 04/10/2023: 286 tasks over 59 bodies",
		"286 links found through its citation of 171-KH/TU",
		"50 Kế hoạch of the departments and districts",
		"15 × task.uncovered", // the three districts with no plan, five tasks each
		"7 × Sở Thông tin và Truyền thông thành phố Hà Nội → Sở Khoa học và Công nghệ thành phố Hà Nội",
		"open tasks left with a body that has ended: 0",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Count(s, "    no errors") != 2 {
		t.Errorf("the cascade does not validate without errors before and after the reforms:\n%s", s)
	}
}
