// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Assigning and converting to an interface: the value's method set must
// have every method of the interface, with its signature, and a pointer
// method only if the value is a pointer (or reaches the method through an
// embedded pointer). gc says why not on a second line.
package main

type I interface{ M() int }

type J interface {
	I
	N(x int) string
}

type Missing struct{}

func (Missing) N(x int) string { return "" }

type PtrRecv struct{}

func (*PtrRecv) M() int { return 1 }

type WrongType struct{}

func (WrongType) M() string { return "" }

// Embedding *PtrRecv puts M in Outer's method set.
type Outer struct{ *PtrRecv }

func main() {
	// CHECK: interface_implements.go:[[@LINE+2]]:12: cannot use Missing{} (value of type Missing) as type I in variable declaration:
	// CHECK-NEXT: {{^}}	Missing does not implement I (missing M method)
	var a I = Missing{}
	// CHECK: interface_implements.go:[[@LINE+2]]:12: cannot use PtrRecv{} (value of type PtrRecv) as type I in variable declaration:
	// CHECK-NEXT: {{^}}	PtrRecv does not implement I (M method has pointer receiver)
	var b I = PtrRecv{}
	var c I = &PtrRecv{}
	var d I = Outer{}
	// CHECK: interface_implements.go:[[@LINE+4]]:12: cannot use WrongType{} (value of type WrongType) as type I in variable declaration:
	// CHECK-NEXT: {{^}}	WrongType does not implement I (wrong type for M method)
	// CHECK-NEXT: {{^}}		have M() string
	// CHECK-NEXT: {{^}}		want M() int
	var e I = WrongType{}
	// CHECK: interface_implements.go:[[@LINE+2]]:12: cannot use c (variable of type I) as type J in variable declaration:
	// CHECK-NEXT: {{^}}	I does not implement J (missing N method)
	var j J = c
	var any interface{} = j
	// CHECK: interface_implements.go:[[@LINE+2]]:14: cannot use any (variable of type interface{}) as type int in variable declaration:
	// CHECK-NEXT: {{^}}	need type assertion
	var n int = any
	// CHECK: interface_implements.go:[[@LINE+2]]:8: cannot convert Missing{} (value of type Missing) to type I:
	// CHECK-NEXT: {{^}}	Missing does not implement I (missing M method)
	_ = I(Missing{})
	// CHECK: interface_implements.go:[[@LINE+2]]:6: cannot use 3 (constant of type int) as type I in assignment:
	// CHECK-NEXT: {{^}}	int does not implement I (missing M method)
	a = 3
	_, _, _, _, _, _ = a, b, d, e, j, n
}
