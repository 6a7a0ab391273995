package main

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

const letter = "../../directive/testdata/hanoi-3241-UBND-KGVX.txt"

func runArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestJSONLetter checks every field of the JSON schema the issue names on
// the letter from ../shared/seeds.
func TestJSONLetter(t *testing.T) {
	code, out, stderr := runArgs(t, letter)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var j map[string]any
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"kind", "parent_issuer", "issuer", "issuer_key", "number", "symbol", "type",
		"type_code", "place", "date", "subject", "urgency", "secrecy", "recipients", "cc_recipients",
		"citations", "sections", "closing", "signature", "distribution", "repairs"} {
		if _, ok := j[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
	want := map[string]any{
		"kind":          "state",
		"parent_issuer": nil,
		"issuer":        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
		"issuer_key":    nil,
		"number":        "3241",
		"symbol":        "3241/UBND-KGVX",
		"type":          "Công văn",
		"type_code":     nil,
		"place":         "Hà Nội",
		"date":          "2023-10-04",
		"subject":       "tuyên truyền Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy",
		"urgency":       nil,
		"secrecy":       nil,
		"recipients":    []any{"Các Sở, Ban, ngành Thành phố", "UBND các quận, huyện, thị xã", "Các cơ quan báo chí thành phố Hà Nội"},
		"cc_recipients": []any{},
		"closing":       "UBND Thành phố yêu cầu các đơn vị nghiêm túc triển khai, thực hiện./.",
		"signature":     map[string]any{"authority": []any{"TM. ỦY BAN NHÂN DÂN"}, "title": nil, "name": "Hà Minh Hải"},
		"distribution": []any{"Như trên", "Chủ tịch UBND Thành phố", "Các Phó Chủ tịch UBND Thành phố",
			"Ban Tuyên giáo Thành ủy", "VPUB: CVP, PCVP P.T.T.Huyện, KGVX, TH", "Công GTĐT Hà Nội", "Lưu: VT, KGVX"},
	}
	for k, w := range want {
		if !reflect.DeepEqual(j[k], w) {
			t.Errorf("%s = %#v, want %#v", k, j[k], w)
		}
	}

	cits, _ := j["citations"].([]any)
	if len(cits) == 0 {
		t.Fatal("no citations")
	}
	for i, c := range cits {
		m := c.(map[string]any)
		for _, k := range []string{"type", "symbol", "number", "date", "issuer", "subject", "relation", "offset"} {
			if _, ok := m[k]; !ok {
				t.Errorf("citations[%d] has no %q", i, k)
			}
		}
	}
	first := cits[0].(map[string]any)
	for k, w := range map[string]any{"type": "Chỉ thị", "symbol": "24-CT/TU", "number": "24", "date": "2023-08-07",
		"issuer": "Ban Thường vụ Thành ủy", "relation": "propagates"} {
		if first[k] != w {
			t.Errorf("citations[0].%s = %#v, want %#v", k, first[k], w)
		}
	}
	if off, ok := first["offset"].(float64); !ok || off <= 0 {
		t.Errorf("citations[0].offset = %#v, want a positive byte offset", first["offset"])
	}
	// The offset points at the citation in the rendered text.
	_, text, _ := runArgs(t, "-render", "text", letter)
	if off := int(first["offset"].(float64)); off >= len(text) || !strings.Contains(text[off:min(len(text), off+40)], "24") {
		t.Errorf("citations[0].offset %d does not point at the citation in the rendered text", off)
	}

	secs, _ := j["sections"].([]any)
	if len(secs) != 4 {
		t.Fatalf("%d sections, want 4", len(secs))
	}
	wantSecs := []struct {
		number     string
		addressees []any
		items      int
	}{
		{"1", []any{"Các Sở, ban, ngành", "UBND quận, huyện, thị xã"}, 5},
		{"2", []any{"Sở Thông tin và Truyền thông"}, 2},
		{"3", []any{"Sở Văn hóa và Thể thao"}, 1},
		{"4", []any{"Các cơ quan báo chí thành phố Hà Nội"}, 3},
	}
	for i, w := range wantSecs {
		s := secs[i].(map[string]any)
		if s["number"] != w.number {
			t.Errorf("sections[%d].number = %#v, want %q", i, s["number"], w.number)
		}
		if h, _ := s["heading"].(string); h == "" {
			t.Errorf("sections[%d].heading is empty", i)
		}
		if !reflect.DeepEqual(s["addressees"], w.addressees) {
			t.Errorf("sections[%d].addressees = %#v, want %#v", i, s["addressees"], w.addressees)
		}
		if items, _ := s["items"].([]any); len(items) != w.items {
			t.Errorf("sections[%d] has %d items, want %d", i, len(items), w.items)
		}
	}

	reps, _ := j["repairs"].([]any)
	var codes []string
	for _, r := range reps {
		codes = append(codes, r.(map[string]any)["code"].(string))
	}
	if !reflect.DeepEqual(codes, []string{"markdown", "symbol_slash", "wrapped_line"}) {
		t.Errorf("repair codes = %v, want [markdown symbol_slash wrapped_line]", codes)
	}
}

// TestValidateLetter checks -validate: exit 1 with exactly the two
// expected findings, with and without the Hà Nội registry.
func TestValidateLetter(t *testing.T) {
	for _, args := range [][]string{{"-validate", letter}, {"-validate", "-registry", "hanoi", letter}} {
		code, out, stderr := runArgs(t, args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		if stderr != "" {
			t.Errorf("%v: stderr %q", args, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 {
			t.Fatalf("%v: %d findings, want 2:\n%s", args, len(lines), out)
		}
		if !strings.HasPrefix(lines[0], "error   signature.title [required] ") || !strings.Contains(lines[0], "(NĐ 30/2020") {
			t.Errorf("%v: first finding %q, want the missing signature title", args, lines[0])
		}
		if !strings.HasPrefix(lines[1], "warning symbol [directive.symbol_repaired] ") || !strings.Contains(lines[1], "3241/UBND-KGVX") {
			t.Errorf("%v: second finding %q, want the repaired symbol", args, lines[1])
		}
	}
}

func TestRender(t *testing.T) {
	code, text, stderr := runArgs(t, "-render", "text", letter)
	if code != 0 || stderr != "" {
		t.Fatalf("-render text: exit %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 3241/UBND-KGVX",
		"Hà Nội, ngày 04 tháng 10 năm 2023", "Kính gửi:", "Nơi nhận:", "Hà Minh Hải"} {
		if !strings.Contains(text, w) {
			t.Errorf("-render text lacks %q", w)
		}
	}
	code, html, stderr := runArgs(t, "-render", "html", letter)
	if code != 0 || stderr != "" {
		t.Fatalf("-render html: exit %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"<!DOCTYPE html>", "Times New Roman", "3241/UBND-KGVX", "Hà Minh Hải"} {
		if !strings.Contains(html, w) {
			t.Errorf("-render html lacks %q", w)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"-render", "pdf", letter}, 2},
		{[]string{"-registry", "hue", letter}, 2},
		{[]string{"no-such-file.txt"}, 2},
		{[]string{"-bogus", letter}, 2},
	} {
		if code, _, stderr := runArgs(t, tc.args...); code != tc.code || stderr == "" {
			t.Errorf("%v: exit %d (stderr %q), want %d with a message", tc.args, code, stderr, tc.code)
		}
	}
}

func TestNoDocument(t *testing.T) {
	f := t.TempDir() + "/x.txt"
	if err := writeFile(f, "Tin tức hôm nay: trời đẹp.\n"); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runArgs(t, f)
	if code != 1 || out != "" || !strings.Contains(stderr, "line 1, column 1") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and a positioned error", code, out, stderr)
	}
}

func writeFile(name, s string) error { return os.WriteFile(name, []byte(s), 0o644) }

// -edxml writes the packet, -from-edxml reads it back to the same header.
func TestEdXMLFlags(t *testing.T) {
	code, packet, stderr := runArgs(t, "-edxml", "-registry", "hanoi", letter)
	if code != 0 || !strings.Contains(packet, "<edXML:OrganId>000.00.00.H26</edXML:OrganId>") {
		t.Fatalf("exit %d, %s\n%s", code, stderr, packet)
	}
	path := t.TempDir() + "/packet.xml"
	if err := os.WriteFile(path, []byte(packet), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runArgs(t, "-from-edxml", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var j map[string]any
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatal(err)
	}
	if j["symbol"] != "3241/UBND-KGVX" || j["date"] != "2023-10-04" || j["type"] != "Công văn" || j["place"] != "Hà Nội" {
		t.Errorf("read back: %v %v %v %v", j["symbol"], j["date"], j["type"], j["place"])
	}
}

// A Word file is read through parser.DocxText; a file that only looks
// like one (a zip's magic, nothing after) is a file error.
func TestWordFile(t *testing.T) {
	code, out, stderr := runArgs(t, "../../directive/testdata/corpus9/src/bhxh-296-bhxh-csyt-2021.docx")
	if code != 0 || !strings.Contains(out, `"symbol": "296/BHXH-CSYT"`) || !strings.Contains(out, `"date": "2021-02-02"`) {
		t.Errorf("exit %d, stderr %q, stdout %.300q", code, stderr, out)
	}
	// the same letter saved as Word 97–2003
	code, out, stderr = runArgs(t, "../../directive/testdata/corpus9/src/bhxh-296-bhxh-csyt-2021.doc")
	if code != 0 || !strings.Contains(out, `"symbol": "296/BHXH-CSYT"`) || !strings.Contains(out, `"date": "2021-02-02"`) {
		t.Errorf(".doc: exit %d, stderr %q, stdout %.300q", code, stderr, out)
	}
	// and as OpenDocument text
	code, out, stderr = runArgs(t, "../../directive/testdata/corpus9/src/bhxh-296-bhxh-csyt-2021.odt")
	if code != 0 || !strings.Contains(out, `"symbol": "296/BHXH-CSYT"`) || !strings.Contains(out, `"date": "2021-02-02"`) {
		t.Errorf(".odt: exit %d, stderr %q, stdout %.300q", code, stderr, out)
	}
	f := t.TempDir() + "/x.docx"
	if err := writeFile(f, "PK\x03\x04broken"); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runArgs(t, f); code != 2 || !strings.Contains(stderr, "docx") {
		t.Errorf("a broken .docx: exit %d, stderr %q; want 2 and a docx error", code, stderr)
	}
}
