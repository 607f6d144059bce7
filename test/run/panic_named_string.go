// RUN: %gorun %s | FileCheck %s
// panic with a value of a named string type prints the type's qualified name
// and the value quoted, unlike a plain string.
package main

type T string

func main() {
	println("before") // CHECK: before
	var t T = "x"
	panic(t)
	// CHECK-NEXT: panic: main.T("x")
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
