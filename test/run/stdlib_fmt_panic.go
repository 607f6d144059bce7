// RUN: %gorun %s | FileCheck %s
// Package fmt, methods that panic: a String, Error, Format or GoString
// method's panic is recovered and printed in place of the operand as
// %!verb(PANIC=Method method: value), with the panic value in its default
// format (through its own String method, flags cleared); a nil pointer
// operand prints <nil>; a panic with nil prints nothing; a panic while
// printing the panic value leaves the print call, and the next print works.
package main

import (
	"errors"
	"fmt"
	"os"
)

// Boom's String panics with a string.
type Boom int

func (b Boom) String() string { panic("boom") }

// Node's String dereferences its receiver: nil panics.
type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

// Val has a value-receiver String, called through a nil *Val: copying
// the receiver panics.
type Val struct{ n int }

func (v Val) String() string { return fmt.Sprint("val ", v.n) }

// BadErr's Error panics with an error.
type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error in Error")) }

// Fmt writes part of its output before panicking with an int.
type Fmt struct{}

func (Fmt) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial"))
	panic(42)
}

// GoStr's GoString panics; its String does not.
type GoStr struct{}

func (GoStr) GoString() string { panic("no Go syntax") }
func (GoStr) String() string   { return "gostr" }

// Index panics with a run-time error.
type Index []int

func (x Index) String() string { return fmt.Sprint(x[5]) }

// Loud is a panic value that prints itself through String.
type Loud struct{ msg string }

func (l Loud) String() string { return "LOUD " + l.msg }

type LoudPanic struct{}

func (LoudPanic) String() string { panic(Loud{"help"}) }

// Twice panics with a value whose String panics too: the second panic
// cannot be printed and leaves Sprint.
type Inner struct{}

func (Inner) String() string { panic("inner") }

type Twice struct{}

func (Twice) String() string { panic(Inner{}) }

// NilPanic panics with nil, which recover does not report (Go 1.19).
type NilPanic struct{}

func (NilPanic) String() string { panic(nil) }

type Holder struct {
	N *Node
	B Boom
}

func main() {
	fmt.Println(Boom(1), "after")                                               // CHECK: %!v(PANIC=String method: boom) after
	fmt.Printf("%s|%v|%x|%q|%d\n", Boom(1), Boom(2), Boom(3), Boom(4), Boom(5)) // CHECK-NEXT: %!s(PANIC=String method: boom)|%!v(PANIC=String method: boom)|%!x(PANIC=String method: boom)|%!q(PANIC=String method: boom)|5
	fmt.Printf("[%-30v] [%08s]\n", Boom(1), Boom(2))                            // CHECK-NEXT: [%!v(PANIC=String method: boom)] [%!s(PANIC=String method: boom)]

	var np *Node
	fmt.Println(np, &Node{"a"})             // CHECK-NEXT: <nil> node a
	fmt.Printf("%s|%v|%10v|\n", np, np, np) // CHECK-NEXT: <nil>|<nil>|<nil>|
	var vp *Val
	fmt.Println(vp, Val{3}, &Val{4}) // CHECK-NEXT: <nil> val 3 val 4

	fmt.Println(BadErr{})                    // CHECK-NEXT: %!v(PANIC=Error method: error in Error)
	fmt.Printf("%v %s\n", Fmt{}, Fmt{})      // CHECK-NEXT: partial%!v(PANIC=Format method: 42) partial%!s(PANIC=Format method: 42)
	fmt.Printf("%d\n", Fmt{})                // CHECK-NEXT: partial%!d(PANIC=Format method: 42)
	fmt.Printf("%#v|%v\n", GoStr{}, GoStr{}) // CHECK-NEXT: %!v(PANIC=GoString method: no Go syntax)|gostr
	fmt.Println(Index{1, 2, 3})              // CHECK-NEXT: %!v(PANIC=String method: runtime error: index out of range [5] with length 3)
	fmt.Println(LoudPanic{})                 // CHECK-NEXT: %!v(PANIC=String method: LOUD help)

	fmt.Println([]Boom{1, 2}, Holder{nil, 3})  // CHECK-NEXT: [%!v(PANIC=String method: boom) %!v(PANIC=String method: boom)] {<nil> %!v(PANIC=String method: boom)}
	fmt.Printf("%+v\n", Holder{&Node{"b"}, 4}) // CHECK-NEXT: {N:node b B:%!v(PANIC=String method: boom)}
	fmt.Println(map[string]Boom{"k": 1})       // CHECK-NEXT: map[k:%!v(PANIC=String method: boom)]
	fmt.Println(map[string]*Node{"k": nil})    // CHECK-NEXT: map[k:<nil>]

	err := fmt.Errorf("wrap: %w", BadErr{})
	fmt.Println(err)                            // CHECK-NEXT: wrap: %!v(PANIC=Error method: error in Error)
	fmt.Println(errors.Unwrap(err) == BadErr{}) // CHECK-NEXT: true

	fmt.Println("[" + fmt.Sprint(NilPanic{}) + "]")        // CHECK-NEXT: []
	fmt.Println(fmt.Sprintf("%d %v %d", 1, NilPanic{}, 2)) // CHECK-NEXT: 1  2

	func() {
		defer func() { fmt.Println("recovered from Sprint:", recover()) }() // CHECK-NEXT: recovered from Sprint: inner
		fmt.Println(fmt.Sprint(Twice{}))
	}()
	fmt.Println(Boom(7), "printer works after a double panic") // CHECK-NEXT: %!v(PANIC=String method: boom) printer works after a double panic
	fmt.Fprintln(os.Stdout, Boom(8))                           // CHECK-NEXT: %!v(PANIC=String method: boom)
}
