package main

import (
	"bytes"
	"os"
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
		"Công văn 3241/UBND-KGVX, Hà Nội, 2023-10-04",
		"legal_basis Hướng dẫn 114-HD/BTGTU, 2023-08-23, Ban Tuyên giáo Thành ủy",
		`24-CT/TU, 2023-08-07, Ban Thường vụ Thành ủy; called "Chỉ thị" after`,
		"signature.title [required]",
		"symbol [directive.symbol_repaired]",
		"UBND các quận, huyện, thị xã: 30 bodies",
		"Các cơ quan báo chí thành phố Hà Nội: 6 bodies",
		"Sở Thông tin và Truyền thông: 2 obligations on 1 bodies; 1 by command",
		"the district level (cấp huyện) does not exist",
		"Sở Khoa học và Công nghệ",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, "[directive.") + strings.Count(s, "[required]"); n != 2 {
		t.Errorf("validation printed %d findings, want the 2 the letter has:\n%s", n, s)
	}
	// Each section's bodies and the authority over them, counted by hand
	// from the letter and the registry: the 23 departments and 30 district
	// committees are commanded; the 6 press agencies are guided.
	for _, want := range []string{
		"1. Các Sở, ban, ngành; UBND quận, huyện, thị xã: 5 obligations on 53 bodies; 53 by command, 0 by professional guidance, 0 outside authority",
		"2. Sở Thông tin và Truyền thông: 2 obligations on 1 bodies; 1 by command, 0 by professional guidance, 0 outside authority",
		"3. Sở Văn hóa và Thể thao: 1 obligations on 1 bodies; 1 by command, 0 by professional guidance, 0 outside authority",
		"4. Các cơ quan báo chí thành phố Hà Nội: 3 obligations on 6 bodies; 0 by command, 6 by professional guidance, 0 outside authority",
		"Các Sở, Ban, ngành Thành phố: 23 bodies",
	} {
		if strings.Count(s, want) != 1 {
			t.Errorf("output lacks the line %q:\n%s", want, s)
		}
	}
}

// The embedded letter must stay the seed document.
func TestLetterIsSeed(t *testing.T) {
	seed, err := os.ReadFile("../../directive/testdata/hanoi-3241-UBND-KGVX.txt")
	if err != nil {
		t.Skip("seed copy not found:", err)
	}
	if string(seed) != letter {
		t.Error("examples/hanoi3241/letter.txt differs from directive/testdata/hanoi-3241-UBND-KGVX.txt")
	}
}
