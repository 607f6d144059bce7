// RUN: %gorun %s | FileCheck %s
// A full slice expression checks max against the capacity, then hi <= max,
// then lo <= hi; an array's bound is its length.
package main

func cut3(a *[5]int, lo, hi, max int) []int { return a[lo:hi:max] }

func main() {
	var a [5]int
	s := cut3(&a, 1, 2, 5)
	println(len(s), cap(s)) // CHECK: 1 4
	cut3(&a, 3, 2, 4)
	// CHECK-NEXT: panic: runtime error: slice bounds out of range [3:2:]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
