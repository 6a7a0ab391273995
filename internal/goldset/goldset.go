// Package goldset loads the annotated gold sets under directive/testdata
// for the tests that measure the readers and the task layer against them.
package goldset

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Doc is one annotated document of a set, its obligations read into
// the caller's own type O.
type Doc[O any] struct {
	Name        string // the annotation's file name: "hanoi-3241.json"
	Text        string // the document as the reader gets it
	Obligations []O
}

// Figures decodes the set's figures.json into v.
func Figures(dir string, v any) error {
	b, err := os.ReadFile(filepath.Join(dir, "figures.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s/figures.json: %w", dir, err)
	}
	return nil
}

// Docs returns the set's annotated documents in file name order: each
// annotation (NAME.json) with its text (NAME.txt).
func Docs[O any](dir string) ([]Doc[O], error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var docs []Doc[O]
	for _, f := range files {
		if filepath.Base(f) == "figures.json" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var gold struct {
			Obligations []O `json:"obligations"`
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		text, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".txt")
		if err != nil {
			return nil, err
		}
		docs = append(docs, Doc[O]{Name: filepath.Base(f), Text: string(text), Obligations: gold.Obligations})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no annotated documents", dir)
	}
	return docs, nil
}
