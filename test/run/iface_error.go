// RUN: %gorun %s | FileCheck %s
// The predeclared error interface: error types with value and pointer
// receivers, a nil error, wrapping, and a typed nil pointer in an error
// (which is not a nil error, as in Go).
package main

type NotFound struct{ name string }

func (e *NotFound) Error() string { return e.name + ": not found" }

type Code int

func (c Code) Error() string { return "code " + string(rune('0'+int(c))) }

func find(name string) error {
	if name == "x" {
		return nil
	}
	if name == "c" {
		return Code(7)
	}
	return &NotFound{name}
}

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func typedNil() error {
	var p *NotFound
	return p
}

func main() {
	println(find("x") == nil) // CHECK: true
	err := find("y")
	println(err.Error()) // CHECK-NEXT: y: not found
	if nf, ok := err.(*NotFound); ok {
		println("NotFound", nf.name) // CHECK-NEXT: NotFound y
	}
	println(find("c").Error(), find("c") == Code(7)) // CHECK-NEXT: code 7 true
	var w error = wrapped{"open", err}
	println(w.Error()) // CHECK-NEXT: open: y: not found
	type unwrapper interface{ Unwrap() error }
	if u, ok := w.(unwrapper); ok {
		println(u.Unwrap() == err) // CHECK-NEXT: true
	}
	println(typedNil() == nil) // CHECK-NEXT: false
}
