package org

import (
	"bytes"
	_ "embed"
	"sync"
)

//go:generate go run ./internal/hanoigen/cmd/hanoigen data/hanoi.json

//go:embed data/hanoi.json
var hanoiJSON []byte

var hanoi = sync.OnceValues(func() (*Registry, error) { return Load(bytes.NewReader(hanoiJSON)) })

// HaNoi returns the registry of Hà Nội's Party and State bodies built into
// the SDK: the central bodies Hà Nội documents cite, the city's Party
// committee with its standing board and boards, the People's Council and
// People's Committee with the office divisions that draft letters, every
// Sở of 2023 and of 2025 with the succession between them, the 30 districts
// (until 2025-06-30) with their People's and Party committees, the 126
// communes and wards from 2025-07-01 with their People's Committees, the
// city's press and the Fatherland Front, with recipient classes such as
// "UBND các quận, huyện, thị xã". Facts not confirmed by a primary source
// are marked (see [Org.Unconfirmed]); data/README.md gives the sources.
//
// The registry is built once and shared; it is immutable and safe for
// concurrent use.
func HaNoi() *Registry {
	r, err := hanoi()
	if err != nil {
		panic("org: the built-in Hà Nội data is invalid: " + err.Error()) // caught by tests
	}
	return r
}
