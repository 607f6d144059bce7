// RUN: %gorun %s | FileCheck %s
// Package errors: New makes distinct errors compared by identity, Unwrap
// follows an Unwrap method, Is walks the chain (and uses Is methods), and
// Is never compares values of a type that == would panic on; As finds an
// error of a type, or implementing an interface, in the chain.
package main

import "errors"

var ErrNotFound = errors.New("not found")

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

// timeout says it is any error whose text is "timeout".
type timeout struct{}

func (timeout) Error() string        { return "timeout" }
func (timeout) Is(target error) bool { return target.Error() == "timeout" }

// sliceErr is not comparable: == on two of them would panic.
type sliceErr []string

func (s sliceErr) Error() string { return s[0] }

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	println(e1.Error(), e1 == e2, e1 == e1) // CHECK: boom false true
	w := &wrapped{"reading config", ErrNotFound}
	ww := &wrapped{"startup", w}
	println(ww.Error()) // CHECK-NEXT: startup: reading config: not found
	println(errors.Unwrap(ww) == w, errors.Unwrap(w) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil) // CHECK-NEXT: true true true
	println(errors.Is(ww, ErrNotFound), errors.Is(ww, e1), errors.Is(nil, ErrNotFound), errors.Is(nil, nil)) // CHECK-NEXT: true false false true
	println(errors.Is(&wrapped{"op", timeout{}}, errors.New("timeout"))) // CHECK-NEXT: true
	var s error = sliceErr{"a"}
	println(errors.Is(s, sliceErr{"a"}), errors.Is(&wrapped{"x", s}, s)) // CHECK-NEXT: false false

	var target *wrapped
	println(errors.As(ww, &target), target == ww) // CHECK-NEXT: true true
	var t timeout
	println(errors.As(ww, &t), errors.As(&wrapped{"op", timeout{}}, &t)) // CHECK-NEXT: false true
	var iface interface{ Is(error) bool }
	println(errors.As(&wrapped{"op", timeout{}}, &iface), iface.Is(errors.New("timeout"))) // CHECK-NEXT: true true
	var se sliceErr
	println(errors.As(&wrapped{"y", sliceErr{"inner", "x"}}, &se), len(se), se[0]) // CHECK-NEXT: true 2 inner
}
