package parser

import (
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/vntext"
)

// TestThresholdsCountRunes checks lines whose bytes pass a threshold and
// whose runes do not: Vietnamese text measures as long as its letters.
func TestThresholdsCountRunes(t *testing.T) {
	title := "PHÓ CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
	issuer := "HỘI ĐỒNG NHÂN DÂN PHƯỜNG 12 QUẬN BÌNH THẠNH THÀNH PHỐ HỒ CHÍ MINH KHÓA XII"
	tests := []struct {
		name  string
		text  string
		limit int
		ok    bool
	}{
		{"isTitle", vntext.Key(title), maxTitleKey, isTitle(vntext.Key(title))},
		{"issuerWithNumber", issuer, maxIssuerLine, issuerWithNumber(issuer, vntext.Key(clipKey(issuer)))},
	}
	for _, tt := range tests {
		if len(tt.text) <= tt.limit || utf8.RuneCountInString(tt.text) > tt.limit {
			t.Fatalf("%s: %q is %d bytes, %d runes: not a case of limit %d", tt.name, tt.text, len(tt.text), utf8.RuneCountInString(tt.text), tt.limit)
		}
		if !tt.ok {
			t.Errorf("%s(%q) = false: %d runes is within %d", tt.name, tt.text, utf8.RuneCountInString(tt.text), tt.limit)
		}
	}
}

func TestStampFieldWithinLineKey(t *testing.T) {
	if maxStampField > lineKeyLen {
		t.Errorf("maxStampField %d > lineKeyLen %d: stampAt reads a field from the line's key", maxStampField, lineKeyLen)
	}
}
