// RUN: %gorun %s | FileCheck %s
// % by zero panics like / does, for unsigned types too: here a uint8
// remainder whose divisor counts down to zero inside a loop.
package main

func main() {
	var d uint8 = 3
	var n uint8 = 200
	for {
		println("rem", n%d) // CHECK: rem 2
		// CHECK-NEXT: rem 0
		// CHECK-NEXT: rem 0
		d--
	}
	// CHECK-NEXT: panic: runtime error: integer divide by zero
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
