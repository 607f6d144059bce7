// RUN: %gorun %s | FileCheck %s
// panic with a value of a named integer type prints the qualified type name
// and the value in parentheses.
package main

type Code int

func fail(c Code) {
	panic(c - 10)
}

func main() {
	println("before") // CHECK: before
	fail(3)
	// CHECK-NEXT: panic: main.Code(-7)
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
