package strings

import "unicode/utf8"

// A Builder builds a string with Write methods, growing its buffer as
// needed. The zero value is ready to use. A non-zero Builder must not be
// copied: its methods panic if they find themselves on a copy.
//
// String returns a string that shares the buffer, as Go's does: a Builder
// only ever appends to its buffer (growing moves the bytes to a new one),
// so the bytes a string covers never change.
type Builder struct {
	addr *Builder // the Builder's own address, to detect copies
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string, without copying it.
func (b *Builder) String() string {
	if len(b.buf) == 0 {
		return ""
	}
	return unsafeString(&b.buf[0], len(b.buf))
}

// unsafeString returns the string of the n bytes at p, which must never
// change. Defined by the runtime (stdlib.cpp): Go's unsafe.String.
func unsafeString(p *byte, n int) string

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder (and forgets its buffer).
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes without another allocation.
// It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// Write appends p to b's buffer. It returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c to b's buffer. It returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer and returns its
// length and nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s to b's buffer. It returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
