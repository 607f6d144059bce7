// Package io declares the basic I/O interfaces, as Go's package io:
// Reader, Writer and their relatives, the errors EOF, ErrUnexpectedEOF and
// ErrShortWrite, and the helpers WriteString, ReadAll, ReadFull,
// ReadAtLeast, Copy and Discard.
//
// Missing from Go's API: Pipe, MultiReader/MultiWriter, TeeReader,
// SectionReader, LimitReader, Seeker and the ReaderAt/WriterAt family.
package io

import "errors"

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF came in the middle of a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means that a write accepted fewer bytes than requested
// without returning an error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means that a read needed a longer buffer than provided.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress is returned by clients of a Reader after many calls that
// return neither data nor an error: the Reader is broken.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// Reader is the interface of Read: it reads up to len(p) bytes into p and
// returns how many (0 <= n <= len(p)) and any error; at the end of the
// input it returns 0, EOF (or n > 0 with EOF or nil).
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is the interface of Write: it writes len(p) bytes from p and
// returns how many were written and, if fewer than len(p), why.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is the interface of Close.
type Closer interface {
	Close() error
}

// ReadWriter groups Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser groups Read and Close.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser groups Write and Close.
type WriteCloser interface {
	Writer
	Closer
}

// ByteReader reads one byte at a time.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is a ByteReader that can step back one byte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte at a time.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded rune at a time.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is a RuneReader that can step back one rune.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes a string without converting it to a byte slice.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriterTo writes everything it holds to a Writer (Copy uses it).
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderFrom reads everything from a Reader (Copy uses it).
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriteString writes s to w: through w's WriteString if it has one, else
// through Write.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. err is
// EOF only if nothing was read, ErrUnexpectedEOF if EOF came after fewer
// than min bytes, ErrShortBuffer if min > len(buf).
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes into buf (ReadAtLeast with
// min = len(buf)).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads from r until EOF and returns what it read; EOF is not an
// error here.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) {
			// Let append pick the next capacity.
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
	}
}

// Copy copies from src to dst until EOF or an error, and returns the
// number of bytes copied; reaching EOF is not an error.
func Copy(dst Writer, src Reader) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	buf := make([]byte, 32*1024)
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errors.New("invalid write result")
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}

// Discard is a Writer that accepts and drops everything.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }
