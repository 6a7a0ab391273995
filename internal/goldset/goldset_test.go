package goldset

import (
	"os"
	"path/filepath"
	"testing"
)

func write(t *testing.T, dir, name, s string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDocs(t *testing.T) {
	dir := t.TempDir()
	if _, err := Docs[map[string]string](dir); err == nil {
		t.Error("Docs of an empty set: no error")
	}
	write(t, dir, "figures.json", `{"held_out": true}`)
	write(t, dir, "b.json", `{"obligations": [{"text_start": "Giao"}]}`)
	write(t, dir, "b.txt", "Giao Sở Nội vụ …")
	write(t, dir, "a.json", `{"obligations": []}`)
	if _, err := Docs[map[string]string](dir); err == nil {
		t.Error("a.json without a.txt: no error")
	}
	write(t, dir, "a.txt", "")
	docs, err := Docs[map[string]string](dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Name != "a.json" || docs[1].Name != "b.json" || docs[1].Text != "Giao Sở Nội vụ …" || len(docs[1].Obligations) != 1 || docs[1].Obligations[0]["text_start"] != "Giao" {
		t.Errorf("Docs = %+v", docs)
	}
	var fig struct {
		HeldOut bool `json:"held_out"`
	}
	if err := Figures(dir, &fig); err != nil || !fig.HeldOut {
		t.Errorf("Figures: %v, held_out %v", err, fig.HeldOut)
	}
	write(t, dir, "figures.json", `{`)
	if err := Figures(dir, &fig); err == nil {
		t.Error("Figures of broken JSON: no error")
	}
}
