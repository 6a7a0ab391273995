package chidao_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/chidao/chidao"
	"github.com/google/uuid"
	"pgregory.net/rapid"
)

func TestNewDate(t *testing.T) {
	valid := [][3]int{{2023, 10, 4}, {2024, 2, 29}, {2000, 2, 29}, {1, 1, 1}, {9999, 12, 31}, {2020, 3, 5}}
	for _, v := range valid {
		d, err := chidao.NewDate(v[0], v[1], v[2])
		if err != nil {
			t.Fatalf("NewDate(%v) error: %v", v, err)
		}
		if y, m, dd := d.Parts(); y != v[0] || m != v[1] || dd != v[2] {
			t.Errorf("NewDate(%v).Parts() = %d, %d, %d", v, y, m, dd)
		}
	}
	invalid := [][3]int{{2023, 2, 29}, {1900, 2, 29}, {2023, 4, 31}, {2023, 13, 1}, {2023, 0, 1}, {0, 1, 1}, {10000, 1, 1}, {2023, 1, 0}}
	for _, v := range invalid {
		if _, err := chidao.NewDate(v[0], v[1], v[2]); !errors.Is(err, chidao.ErrInvalidDate) {
			t.Errorf("NewDate(%v) error = %v, want ErrInvalidDate", v, err)
		}
	}
}

func TestDateTextAndJSON(t *testing.T) {
	d := chidao.MustDate(2023, 10, 4)
	if got := d.String(); got != "2023-10-04" {
		t.Errorf("String() = %q", got)
	}
	b, err := json.Marshal(struct {
		D chidao.Date `json:"d"`
		Z chidao.Date `json:"z,omitzero"`
	}{D: d})
	if err != nil || string(b) != `{"d":"2023-10-04"}` {
		t.Errorf("json = %s, %v", b, err)
	}
	var back struct{ D chidao.Date }
	if err := json.Unmarshal([]byte(`{"D":"2023-10-04"}`), &back); err != nil || back.D != d {
		t.Errorf("unmarshal = %v, %v", back.D, err)
	}
	for _, bad := range []string{"2023-10-4", "04/10/2023", "2023-02-30", "abcd-ef-gh", "2023-10-04x"} {
		if _, err := chidao.ParseISODate(bad); err == nil {
			t.Errorf("ParseISODate(%q) succeeded", bad)
		}
	}
	if (chidao.Date{}).String() != "" || !(chidao.Date{}).IsZero() {
		t.Error("zero Date should print empty and be zero")
	}
}

func TestDateProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(1, 9999).Draw(t, "y")
		m := rapid.IntRange(1, 12).Draw(t, "m")
		dd := rapid.IntRange(1, chidao.DaysIn(y, m)).Draw(t, "d")
		d := chidao.MustDate(y, m, dd)
		back, err := chidao.ParseISODate(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip %s -> %v, %v", d, back, err)
		}
		// Agree with the time package.
		want := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		if got := d.Time(nil); !got.Equal(want) {
			t.Fatalf("Time() = %v, want %v", got, want)
		}
		n := rapid.IntRange(-400, 400).Draw(t, "n")
		e := d.AddDays(n)
		if e.IsZero() {
			return // moved outside years 1..9999
		}
		if got := d.DaysUntil(e); got != n {
			t.Fatalf("%s.AddDays(%d) = %s, DaysUntil = %d", d, n, e, got)
		}
		if (n > 0) != e.After(d) || (n < 0) != e.Before(d) || (n == 0) != (e.Compare(d) == 0) {
			t.Fatalf("order of %s and %s wrong for n=%d", d, e, n)
		}
		if !e.Time(nil).Equal(want.AddDate(0, 0, n)) {
			t.Fatalf("AddDays(%d) disagrees with time: %s", n, e)
		}
	})
}

func TestValidationError(t *testing.T) {
	var l chidao.ErrorList
	if l.Err() != nil {
		t.Fatal("empty list gives a non-nil error")
	}
	p := chidao.NewPath("orgs").Index(12).Child("parent")
	l.Add(p, chidao.CodeNotFound, "no body has key x", "x")
	l.Warn(chidao.NewPath("signature").Child("title"), chidao.CodeRequired, "missing", nil)
	err := l.Err()
	var ve *chidao.ValidationError
	if !errors.As(err, &ve) || len(ve.Errors) != 2 {
		t.Fatalf("errors.As = %v", err)
	}
	if ve.Errors[0].Path != "orgs[12].parent" {
		t.Errorf("path = %q", ve.Errors[0].Path)
	}
	if !errors.Is(err, chidao.ErrNotFound) || !errors.Is(err, chidao.ErrRequired) || errors.Is(err, chidao.ErrDuplicate) {
		t.Error("errors.Is does not see the field errors' classes")
	}
	if !ve.HasErrors() {
		t.Error("HasErrors = false with an error-severity entry")
	}
	if got := chidao.NewPath("m").Key("a b").String(); got != `m["a b"]` {
		t.Errorf("Key path = %s", got)
	}
}

func TestErrorListSort(t *testing.T) {
	l := chidao.ErrorList{{Path: "orgs[10].key"}, {Path: "orgs[2].name"}, {Path: "groups[0]"}, {Path: "orgs[2].kind"}, {Path: "orgs[2]"}}
	l.Sort()
	var got []string
	for _, fe := range l {
		got = append(got, fe.Path)
	}
	want := []string{"groups[0]", "orgs[2]", "orgs[2].kind", "orgs[2].name", "orgs[10].key"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Sort = %v, want %v", got, want)
		}
	}
}

func TestDateAppendText(t *testing.T) {
	var _ encoding.TextAppender = chidao.Date{}
	rapid.Check(t, func(t *rapid.T) {
		d := chidao.MustDate(rapid.IntRange(1, 9999).Draw(t, "y"), rapid.IntRange(1, 12).Draw(t, "m"), rapid.IntRange(1, 28).Draw(t, "d"))
		prefix := rapid.StringN(0, 8, -1).Draw(t, "prefix")
		b, err := d.AppendText([]byte(prefix))
		if err != nil || string(b) != prefix+d.String() {
			t.Fatalf("AppendText(%q) = %q, %v; want %q", prefix, b, err, prefix+d.String())
		}
		if back, err := chidao.ParseISODate(string(b[len(prefix):])); err != nil || back != d {
			t.Fatalf("appended %q reads back as %v, %v", b[len(prefix):], back, err)
		}
	})
	if b, err := (chidao.Date{}).AppendText([]byte("x")); err != nil || string(b) != "x" {
		t.Errorf("zero Date appends %q, %v", b, err)
	}
	if _, err := chidao.NewDate(2023, 2, 29); !errors.Is(err, chidao.ErrInvalidDate) || !errors.Is(err, chidao.ErrInvalid) {
		t.Errorf("NewDate(29 Feb 2023) = %v, want ErrInvalidDate and ErrInvalid", err)
	}
}

func TestWeekdayAndJulianDay(t *testing.T) {
	for _, c := range []struct {
		d  chidao.Date
		wd time.Weekday
		jd int
	}{
		{chidao.MustDate(2023, 10, 4), time.Wednesday, 2460222},
		{chidao.MustDate(2000, 1, 1), time.Saturday, 2451545},
		{chidao.MustDate(1, 1, 1), time.Monday, 1721426},
		{chidao.MustDate(1900, 1, 1), time.Monday, 2415021},
	} {
		if got := c.d.Weekday(); got != c.wd {
			t.Errorf("%s.Weekday() = %s, want %s", c.d, got, c.wd)
		}
		if got := c.d.JulianDay(); got != c.jd {
			t.Errorf("%s.JulianDay() = %d, want %d", c.d, got, c.jd)
		}
		if got := chidao.DateOfJulianDay(c.jd); got != c.d {
			t.Errorf("chidao.DateOfJulianDay(%d) = %s, want %s", c.jd, got, c.d)
		}
	}
	if !chidao.DateOfJulianDay(0).IsZero() || !chidao.MustDate(9999, 12, 31).AddDays(1).IsZero() || !chidao.MustDate(1, 1, 1).AddDays(-1).IsZero() {
		t.Error("a day outside years 1..9999 is not the zero Date")
	}
}

func TestAddDaysAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := chidao.DateOf(time.Date(rapid.IntRange(1, 9999).Draw(t, "y"), 1, 1, 0, 0, 0, 0, time.UTC)).AddDays(rapid.IntRange(0, 364).Draw(t, "doy"))
		n := rapid.IntRange(-5000, 5000).Draw(t, "n")
		want := d.Time(nil).AddDate(0, 0, n)
		got := d.AddDays(n)
		if want.Year() < 1 || want.Year() > 9999 {
			if !got.IsZero() {
				t.Fatalf("%s + %d = %s, want zero", d, n, got)
			}
			return
		}
		if got != chidao.DateOf(want) {
			t.Fatalf("%s + %d = %s, want %s", d, n, got, chidao.DateOf(want))
		}
		if got.Weekday() != want.Weekday() {
			t.Fatalf("%s.Weekday() = %s, want %s", got, got.Weekday(), want.Weekday())
		}
	})
}

func TestNewIDIsUUIDv5(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var ns uuid.UUID
		copy(ns[:], rapid.SliceOfN(rapid.Byte(), 16, 16).Draw(t, "ns"))
		name := rapid.SliceOfN(rapid.Byte(), 0, 600).Draw(t, "name")
		if got, want := chidao.NewID(ns, name).UUID(), uuid.NewSHA1(ns, name); got != want {
			t.Fatalf("NewID = %s, uuid.NewSHA1 = %s", got, want)
		}
	})
}
