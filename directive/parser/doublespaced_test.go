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

// TestDistributionWrappedEntries joins a Nơi nhận entry wrapped over lines:
// a line that opens in small letters, though it ends with ";", and a line
// after one that ends with a comma.
func TestDistributionWrappedEntries(t *testing.T) {
	for _, tc := range []struct {
		tail string
		want []string
	}{
		{"Nơi nhận:\n- Văn phòng Bộ Tài chính;\n- Cục Đầu tư nước ngoài (cơ quan quản lý\nchuyên ngành về khu công nghiệp, khu kinh\ntế, khu chế xuất);\n- Lưu: VT, QLCS.\n",
			[]string{"Văn phòng Bộ Tài chính", "Cục Đầu tư nước ngoài (cơ quan quản lý chuyên ngành về khu công nghiệp, khu kinh tế, khu chế xuất)", "Lưu: VT, QLCS"}},
		{"Nơi nhận:\n - Như trên;\n - Các Sở, ngành: Xây dựng, Công Thương,\n Tài chính, Thuế tỉnh;\n - UBND xã Văn Bàn (p/h);\n - Lưu: VT.\n",
			[]string{"Như trên", "Các Sở, ngành: Xây dựng, Công Thương, Tài chính, Thuế tỉnh", "UBND xã Văn Bàn (p/h)", "Lưu: VT"}},
		{"Nơi nhận:\n- Như trên;\nVăn phòng Chính phủ;\n- Lưu: VT.\n", []string{"Như trên", "Văn phòng Chính phủ", "Lưu: VT"}},
		// a list whose entries open with dashes: a line cut by the width
		// goes on with its entry, whatever its case
		{"Nơi nhận:\n- Như trên;\n- TTgCP, Phó Thủ tướng Lê Văn\nThành;\n- Các Bộ: NN&PTNT, KHĐT, GTVT,\nCT, KHCN, XD, TP;\n- VPCP: BTCN, PCN Nguyễn Cao\nLục, các Vụ: PL, CN;\nTGĐ Cổng TTĐT;\n- Lưu: VT, NN.\n",
			[]string{"Như trên", "TTgCP, Phó Thủ tướng Lê Văn Thành", "Các Bộ: NN&PTNT, KHĐT, GTVT, CT, KHCN, XD, TP",
				"VPCP: BTCN, PCN Nguyễn Cao Lục, các Vụ: PL, CN", "TGĐ Cổng TTĐT", "Lưu: VT, NN"}},
	} {
		text := "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 8388/BTC-QLCS\nV/v triển khai\nHà Nội, ngày 19 tháng 6 năm 2026\n\n" +
			"Kính gửi: Các Bộ.\n\nBộ Tài chính đề nghị các Bộ thực hiện.\n\n" + tc.tail + "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nBùi Văn Khắng\n"
		d, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		if !cmp.Equal(d.Distribution, tc.want) {
			t.Errorf("distribution %q\nwant %q", d.Distribution, tc.want)
		}
	}
}

// TestRecipientsAfterScanNoise reads the list under "Kính gửi:" when a
// scan left scraps beside the label, and sets them aside.
func TestRecipientsAfterScanNoise(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 8388/BTC-QLCS\nV/v triển khai Nghị định\nHà Nội, ngày 19 tháng 6 năm 2026\n\n" +
		"Kính gửi: DA ä .\n- Các Bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n\nBộ Tài chính đề nghị các Bộ thực hiện.\n"
	d, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}; !cmp.Equal(d.Recipients, want) {
		t.Errorf("recipients %q, want %q", d.Recipients, want)
	}
	if !d.HasRepair(directive.RepairSetAside) {
		t.Errorf("the scraps are not set aside: %+v", d.Repairs)
	}
}
