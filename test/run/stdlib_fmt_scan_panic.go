// RUN: %gorun %s | FileCheck %s
// Package fmt, panics while scanning: a panic with io.EOF from a Scanner's
// Scan method, from a Token callback or from the reader ends the scan with
// the error EOF, counting the operands stored before it (Sscan, Sscanf,
// Fscanln, Fscan, Fscanf); any other panic leaves the scan, and, not
// recovered, prints as one that was recovered and panicked again.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Ender's Scan reads a token, then ends the input by panicking with
// io.EOF, as a Scanner may in gc.
type Ender struct{ tok string }

func (e *Ender) Scan(s fmt.ScanState, verb rune) error {
	tok, err := s.Token(true, nil)
	if err != nil {
		return err
	}
	e.tok = string(tok)
	panic(io.EOF)
}

// Boom's Scan panics with something else, which the scan does not stop.
type Boom struct{}

func (Boom) Scan(s fmt.ScanState, verb rune) error { panic("boom") }

// TokenEOF's Token callback panics with io.EOF.
type TokenEOF struct{}

func (*TokenEOF) Scan(s fmt.ScanState, verb rune) error {
	_, err := s.Token(true, func(r rune) bool {
		if r == 'x' {
			panic(io.EOF)
		}
		return r != ' '
	})
	return err
}

// eofReader gives its text, then panics with io.EOF instead of returning it.
type eofReader struct{ s string }

func (r *eofReader) Read(b []byte) (int, error) {
	if r.s == "" {
		panic(io.EOF)
	}
	n := copy(b, r.s)
	r.s = r.s[n:]
	return n, nil
}

// badReader panics with another error.
type badReader struct{}

func (badReader) Read(b []byte) (int, error) { panic(errors.New("bad read")) }

func main() {
	var a, b int
	var e Ender
	n, err := fmt.Sscan("1 word 2", &a, &e, &b)
	fmt.Println(n, err, a, e.tok, b) // CHECK: 1 EOF 1 word 0
	n, err = fmt.Sscanf("7 w", "%d %v", &a, &e)
	fmt.Println(n, err, a, e.tok) // CHECK-NEXT: 1 EOF 7 w
	r := strings.NewReader("5 tok 6 rest")
	n, err = fmt.Fscanln(r, &a, &e, &b)
	fmt.Println(n, err, a, e.tok, r.Len()) // CHECK-NEXT: 1 EOF 5 tok 7

	var t TokenEOF
	n, err = fmt.Sscan("3 abxc", &a, &t)
	fmt.Println(n, err, a) // CHECK-NEXT: 1 EOF 3

	n, err = fmt.Fscan(&eofReader{"10 20"}, &a, &b)
	fmt.Println(n, err, a, b) // CHECK-NEXT: 1 EOF 10 0
	n, err = fmt.Fscanf(&eofReader{"11"}, "%d %d", &a, &b)
	fmt.Println(n, err, a) // CHECK-NEXT: 0 EOF 10

	func() {
		defer func() { fmt.Println("recovered:", recover()) }() // CHECK-NEXT: recovered: boom
		fmt.Sscan("1", Boom{})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }() // CHECK-NEXT: recovered: bad read
		fmt.Fscan(badReader{}, &a)
	}()
	fmt.Sscan("x", Boom{})
	// CHECK-NEXT: panic: boom [recovered]
	// CHECK-NEXT: panic: boom
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
