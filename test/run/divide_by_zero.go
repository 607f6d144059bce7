// RUN: %gorun %s | FileCheck %s
// Integer division by a zero held in a variable panics with a runtime error
// and exit status 2; nothing after it runs.
package main

func div(a, b int) int {
	return a / b
}

func main() {
	z := 0
	println("before", div(10, 5)) // CHECK: before 2
	println("after", div(10, z))
	println("unreachable")
	// CHECK-NEXT: panic: runtime error: integer divide by zero
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
