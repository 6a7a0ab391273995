package chidao

import (
	"crypto/sha1"
	"fmt"

	"github.com/google/uuid"
)

// ID is an identifier the SDK derives rather than assigns: a name-based
// UUID (version 5), so every application that sees the same thing derives
// the same ID. Packages wrap it in types of their own (org.ID,
// directive.ID), so that a body's ID is never taken for a document's. The
// zero ID is not valid.
type ID struct{ u uuid.UUID }

// NewID returns the version 5 UUID of name in namespace (RFC 9562
// §5.5), as uuid.NewSHA1 does, without allocating for names of up to
// 240 bytes: a million tasks derive their IDs.
func NewID(namespace uuid.UUID, name []byte) ID {
	var buf [256]byte
	b := append(append(buf[:0], namespace[:]...), name...)
	sum := sha1.Sum(b)
	var u uuid.UUID
	copy(u[:], sum[:])
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	return ID{u}
}

// ParseID parses the canonical UUID text of an ID; an error wraps
// [ErrInvalid].
func ParseID(s string) (ID, error) {
	u, err := uuid.Parse(s)
	if err != nil {
		return ID{}, fmt.Errorf("%w: %q is not a UUID", ErrInvalid, clip(s, 64))
	}
	return ID{u}, nil
}

// UUID returns the ID as a UUID.
func (id ID) UUID() uuid.UUID { return id.u }

// IsZero reports whether id is the zero ID.
func (id ID) IsZero() bool { return id.u == uuid.Nil }

// String returns the canonical UUID text, or "" for the zero ID.
func (id ID) String() string {
	if id.IsZero() {
		return ""
	}
	return id.u.String()
}

// MarshalText implements encoding.TextMarshaler; the zero ID gives empty
// text.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero ID.
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ID{}
		return nil
	}
	v, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}
