package parser

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
)

// A compound file ([MS-CFB], the container of Word 97–2003 .doc files) is
// a small file system in sectors: a FAT of sector chains, a directory of
// named streams, and a mini stream of 64-byte sectors for small streams.
// cfbFile reads the streams of one held in memory.
type cfbFile struct {
	data       []byte
	sectorSize int
	fat        []uint32
	miniFat    []uint32
	mini       []byte // the root entry's stream: the small streams' sectors
	cutoff     uint64
	entries    []cfbEntry
}

type cfbEntry struct {
	name  string
	kind  byte // 1 storage, 2 stream, 5 root
	start uint32
	size  uint64
}

// cfbMagic opens every compound file.
const cfbMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

const (
	cfbEnd  = 0xFFFFFFFE // end of a chain
	cfbFree = 0xFFFFFFFF
)

var errCFB = errors.New("doc: not a readable compound file")

func openCFB(data []byte) (*cfbFile, error) {
	if len(data) < 512 || string(data[:8]) != cfbMagic {
		return nil, errCFB
	}
	le := binary.LittleEndian
	shift := le.Uint16(data[0x1E:])
	if shift != 9 && shift != 12 {
		return nil, fmt.Errorf("doc: sector size 2^%d", shift)
	}
	c := &cfbFile{data: data, sectorSize: 1 << shift, cutoff: uint64(le.Uint32(data[0x38:]))}
	// the FAT's sectors: 109 listed in the header, the rest in DIFAT sectors
	nFat := int(le.Uint32(data[0x2C:]))
	if nFat > len(data)/c.sectorSize+1 {
		return nil, errCFB
	}
	var fatSectors []uint32
	for i := 0; i < 109 && len(fatSectors) < nFat; i++ {
		fatSectors = append(fatSectors, le.Uint32(data[0x4C+4*i:]))
	}
	per := c.sectorSize/4 - 1
	for s, n := le.Uint32(data[0x44:]), 0; len(fatSectors) < nFat && s < cfbEnd-3; n++ {
		sec := c.sector(s)
		if sec == nil || n > nFat {
			return nil, errCFB
		}
		for i := 0; i < per && len(fatSectors) < nFat; i++ {
			fatSectors = append(fatSectors, le.Uint32(sec[4*i:]))
		}
		s = le.Uint32(sec[4*per:])
	}
	for _, s := range fatSectors {
		sec := c.sector(s)
		if sec == nil {
			return nil, errCFB
		}
		for i := 0; i+4 <= len(sec); i += 4 {
			c.fat = append(c.fat, le.Uint32(sec[i:]))
		}
	}
	dir, err := c.chain(le.Uint32(data[0x30:]), -1)
	if err != nil {
		return nil, err
	}
	for i := 0; i+128 <= len(dir); i += 128 {
		e := dir[i : i+128]
		n := int(le.Uint16(e[0x40:]))
		if n < 2 || n > 64 {
			c.entries = append(c.entries, cfbEntry{})
			continue
		}
		u := make([]uint16, n/2-1)
		for k := range u {
			u[k] = le.Uint16(e[2*k:])
		}
		c.entries = append(c.entries, cfbEntry{name: string(utf16.Decode(u)), kind: e[0x42], start: le.Uint32(e[0x74:]), size: le.Uint64(e[0x78:])})
	}
	if len(c.entries) == 0 || c.entries[0].kind != 5 {
		return nil, errCFB
	}
	if shift == 9 {
		for i := range c.entries {
			c.entries[i].size &= 0xFFFFFFFF // version 3 files leave the high half undefined
		}
	}
	root := c.entries[0]
	if root.size > 0 {
		if c.mini, err = c.chain(root.start, int64(root.size)); err != nil {
			return nil, err
		}
		mf, err := c.chain(le.Uint32(data[0x3C:]), -1)
		if err != nil {
			return nil, err
		}
		for i := 0; i+4 <= len(mf); i += 4 {
			c.miniFat = append(c.miniFat, le.Uint32(mf[i:]))
		}
	}
	return c, nil
}

// sector returns sector s, or nil when it lies outside the file.
func (c *cfbFile) sector(s uint32) []byte {
	off := (int64(s) + 1) * int64(c.sectorSize)
	if s >= cfbEnd-3 || off+int64(c.sectorSize) > int64(len(c.data)) {
		return nil
	}
	return c.data[off : off+int64(c.sectorSize)]
}

// chain reads the sectors from s on, size bytes of them (all, when size
// is negative). A chain that loops or leaves the file is an error.
func (c *cfbFile) chain(s uint32, size int64) ([]byte, error) {
	var out []byte
	for n := 0; s != cfbEnd && s != cfbFree; n++ {
		sec := c.sector(s)
		if sec == nil || n > len(c.fat) || int(s) >= len(c.fat) {
			return nil, errCFB
		}
		out = append(out, sec...)
		if size >= 0 && int64(len(out)) >= size {
			return out[:size], nil
		}
		s = c.fat[s]
	}
	if size > int64(len(out)) {
		return nil, errCFB
	}
	return out, nil
}

// stream returns the stream named name (case as in the file), or an error
// when there is none.
func (c *cfbFile) stream(name string) ([]byte, error) {
	for _, e := range c.entries {
		if e.kind != 2 || !strings.EqualFold(e.name, name) {
			continue
		}
		if e.size > uint64(len(c.data)) {
			return nil, errCFB
		}
		if e.size >= c.cutoff {
			return c.chain(e.start, int64(e.size))
		}
		var out []byte
		const miniSize = 64
		for s, n := e.start, 0; s != cfbEnd && uint64(len(out)) < e.size; n++ {
			off := int(s) * miniSize
			if int(s) >= len(c.miniFat) || off+miniSize > len(c.mini) || n > len(c.miniFat) {
				return nil, errCFB
			}
			out = append(out, c.mini[off:off+miniSize]...)
			s = c.miniFat[s]
		}
		if uint64(len(out)) < e.size {
			return nil, errCFB
		}
		return out[:e.size], nil
	}
	return nil, fmt.Errorf("doc: no %s stream", name)
}
