// RUN: %gorun %s | FileCheck %s
// Reslicing a slice beyond its capacity panics; within it, it works.
package main

func cut(s []int, hi int) []int { return s[:hi] }

func main() {
	s := make([]int, 2, 4)
	println(len(cut(s, 4))) // CHECK: 4
	println(len(cut(s, 7)))
	// CHECK-NEXT: panic: runtime error: slice bounds out of range [:7] with capacity 4
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
