// RUN: %gorun %s | FileCheck %s
// A signed shift count that is negative at run time panics (gc checks it
// before shifting); a non-negative signed count is an ordinary shift.
package main

func shift(x int32, n int) int32 {
	return x >> n
}

func main() {
	n := 3
	println("ok", shift(-64, n)) // CHECK: ok -8
	n -= 4
	println("shifted", shift(-64, n))
	println("unreachable")
	// CHECK-NEXT: panic: runtime error: negative shift amount
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
