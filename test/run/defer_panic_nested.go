// RUN: %gorun %s | FileCheck %s
// Deferred calls run during a panic, innermost frame first; a deferred
// call that panics again prints both panics, the first marked recovered if
// it was, and the program exits 2.
package main

func inner() {
	defer println("inner deferred")
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}

func main() {
	defer println("main deferred")
	inner()
	// CHECK: inner deferred
	// CHECK-NEXT: main deferred
	// CHECK-NEXT: panic: first [recovered]
	// CHECK-NEXT: {{^}}	panic: second
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
