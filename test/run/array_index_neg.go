// RUN: %gorun %s | FileCheck %s
// A negative index into an array is out of range too.
package main

var table [4]string

func at(i int) string { return table[i] }

func main() {
	table[3] = "last"
	println(at(3)) // CHECK: last
	println(at(-1))
	// CHECK-NEXT: panic: runtime error: index out of range [-1]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
