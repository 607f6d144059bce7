// RUN: %gorun %s | FileCheck %s
// A failed type assertion without ok panics with gc's message, naming the
// interface's static type, the dynamic type and the asserted one.
package main

func main() {
	var e interface{} = "text"
	n := e.(int)
	println(n)
	// CHECK: panic: interface conversion: interface {} is string, not int
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
