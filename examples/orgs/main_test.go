package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestExpandDistricts(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-at", "2023-10-04", "expand", "UBND các quận, huyện, thị xã"}, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 30 {
		t.Fatalf("%d lines, want 30", len(lines))
	}
	var first map[string]string
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"key": "hn.q-ba-dinh.ubnd", "name": "Ủy ban nhân dân quận Ba Đình", "kind": "peoples_committee", "level": "district"}
	for k, v := range want {
		if first[k] != v {
			t.Errorf("first line %s = %q, want %q", k, first[k], v)
		}
	}
	if len(first) != 4 {
		t.Errorf("first line has fields %v, want exactly key, name, kind, level", first)
	}
	err := run([]string{"-at", "2025-08-01", "expand", "UBND các quận, huyện, thị xã"}, &out)
	if err == nil || !strings.Contains(err.Error(), "district level") {
		t.Errorf("after the reform: err = %v", err)
	}
}

func TestMatchDissolved(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-at", "2025-08-01", "match", "Sở Thông tin và Truyền thông"}, &out); err != nil {
		t.Fatal(err)
	}
	var m struct {
		Key         string `json:"key"`
		Dissolved   bool   `json:"dissolved"`
		DissolvedOn string `json:"dissolved_on"`
		Successors  []struct {
			Name string `json:"name"`
		} `json:"successors"`
	}
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Dissolved || m.DissolvedOn != "2025-03-01" || len(m.Successors) != 1 || m.Successors[0].Name != "Sở Khoa học và Công nghệ thành phố Hà Nội" {
		t.Errorf("match = %+v", m)
	}
}

func TestCanDirect(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-at", "2023-10-04", "can-direct", "UBND thành phố Hà Nội", "UBND quận Ba Đình"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "yes\n") || !strings.Contains(out.String(), "Ủy ban nhân dân quận Ba Đình") {
		t.Errorf("output = %q", out.String())
	}
	out.Reset()
	if err := run([]string{"-at", "2023-10-04", "can-direct", "UBND quận Ba Đình", "Sở Y tế"}, &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != "no\n" {
		t.Errorf("output = %q, want no", out.String())
	}
}
