// RUN: %gorun %s | FileCheck %s
// Reading a nil map gives zero values; writing one panics.
package main

func main() {
	var m map[string]int
	println(m["a"], len(m)) // CHECK: 0 0
	m["a"] = 1
	// CHECK-NEXT: panic: assignment to entry in nil map
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
