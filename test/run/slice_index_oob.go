// RUN: %gorun %s | FileCheck %s
// Indexing a slice past its length panics with gc's message, even within
// the capacity.
package main

func get(s []int, i int) int { return s[i] }

func main() {
	s := make([]int, 3, 10)
	println(get(s, 2)) // CHECK: 0
	println(get(s, 5))
	// CHECK-NEXT: panic: runtime error: index out of range [5] with length 3
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
