package parser

import (
	"os"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive"
	"github.com/google/go-cmp/cmp"
)

func TestDoubleSpaced(t *testing.T) {
	wrapped := strings.Repeat("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành\nkhẩn trương triển khai thực hiện.\n", 8)
	markdown := strings.Repeat("Ủy ban nhân dân tỉnh yêu cầu các sở triển khai.\n\nCác huyện báo cáo kết quả.\n\n", 8)
	cases := []struct {
		name string
		text string
		soft bool
	}{
		{"wrapped lines, each a paragraph", strings.ReplaceAll(wrapped, "\n", "\n\n"), true},
		{"single-spaced", wrapped, false},
		{"markdown paragraphs", markdown, false},
		{"too short", "Số: 12/UBND\n\nHà Nội, ngày 1 tháng 2 năm 2024\n\nKính gửi\n", false},
	}
	for _, tc := range cases {
		raws := strings.Split(tc.text, "\n")
		soft := doubleSpaced(raws)
		if (soft != nil) != tc.soft {
			t.Errorf("%s: doubleSpaced = %v, want %v", tc.name, soft != nil, tc.soft)
			continue
		}
		for k, s := range soft {
			if s && strings.TrimSpace(raws[k]) != "" {
				t.Errorf("%s: line %d is not blank but reads as a line break", tc.name, k+1)
			}
		}
	}
	// a break of three blank lines (a paragraph's, doubled) stays a break
	raws := strings.Split(strings.ReplaceAll(wrapped+"\n"+wrapped, "\n", "\n\n"), "\n")
	soft := doubleSpaced(raws)
	for k := 1; k+1 < len(raws); k++ {
		if soft[k] && (strings.TrimSpace(raws[k-1]) == "" || strings.TrimSpace(raws[k+1]) == "") {
			t.Fatalf("line %d, in a run of blank lines, reads as a line break", k+1)
		}
	}
}

// TestDoubleSpacedRendering parses documents copied with a blank line
// after every line (each printed line made a paragraph), and with every
// space a no-break space (a web page's "&nbsp;"), to the header,
// signature and obligations of the same documents as printed.
func TestDoubleSpacedRendering(t *testing.T) {
	renderings := map[string]func(string) string{
		"double-spaced":   func(s string) string { return strings.ReplaceAll(s, "\n", "\n\n") },
		"no-break spaces": func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") },
		"page footer": func(s string) string {
			return s + "\n\nTải về: file đính kèm (PDF)\nVăn bản liên quan:\n- Quyết định số 1234/QĐ-UBND ngày 01/01/2020 về việc ban hành quy chế\n" +
				"- Công văn 567/UBND-KT ngày 02/3/2021 về tăng cường quản lý\nChia sẻ: Facebook | Zalo\nBản quyền © 2024 Cổng thông tin điện tử\n"
		},
	}
	for _, name := range []string{
		"hanoi-3241-UBND-KGVX", "corpus/langson-07-kh-ubnd-2020", "corpus/kontum-06-2024-qd-ubnd", "corpus/sonla-68-kh-ubnd-2020",
		"corpus/tiengiang-33-2009-qd-ubnd", "corpus/travinh-15-2022-nq-hdnd", "corpus/hanoi-168-kh-ubnd-2020",
		"corpus5/quangtri-2177-qd-ubnd-2014", "corpus9/bhxh-1666-qd-bhxh-2020", "corpus9/byt-1227-qd-byt-2025",
		"corpus9/byt-627-byt-bh-2021", "corpus9/byt-384-byt-kcb-2014", "corpus/tct-2728-tct-dnl-2014",
	} {
		buf, err := os.ReadFile("../testdata/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse(string(buf))
		if err != nil {
			t.Fatal(err)
		}
		type view struct {
			Issuer, Number, Place, Subject, Type, Date, Symbol, Title, Name string
			Recipients, Obligations, Distribution, Citations                int
		}
		v := func(d *directive.Document) view {
			return view{d.Issuer, d.Number, d.Place, d.Subject, d.Type.String(), d.Date.String(), d.Symbol.String(),
				d.Signature.Title, d.Signature.Name, len(d.Recipients), len(d.Obligations), len(d.Distribution), len(d.Citations)}
		}
		for rn, render := range renderings {
			got, err := Parse(render(string(buf)))
			if err != nil {
				t.Errorf("%s %s: %v", name, rn, err)
				continue
			}
			if diff := cmp.Diff(v(want), v(got)); diff != "" {
				t.Errorf("%s %s (-as printed +%s):\n%s", name, rn, rn, diff)
			}
		}
	}
}
