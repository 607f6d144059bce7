// RUN: %gorun %s | FileCheck %s
// An interface map key whose dynamic type has no hash panics.
package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	println(len(m)) // CHECK: 1
	m[[]int{1}] = 2
	// CHECK-NEXT: panic: runtime error: hash of unhashable type []int
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
