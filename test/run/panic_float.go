// RUN: %gorun %s | FileCheck %s
// panic with a float64 prints it in println's format.
package main

func main() {
	x := 3.0
	println("before") // CHECK: before
	panic(x / 2)
	// CHECK-NEXT: panic: +1.500000e+000
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
