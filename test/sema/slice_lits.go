// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Array and slice literals: positional elements past an array's length,
// constant keys out of bounds or repeated, elements of the element type.
package main

func main() {
	// CHECK: slice_lits.go:[[@LINE+1]]:20: index 2 is out of bounds (>= 2)
	x := [2]int{1, 2, 3}
	// CHECK: slice_lits.go:[[@LINE+1]]:20: duplicate index 0 in array or slice literal
	y := []int{0: 1, 0: 2}
	// CHECK: slice_lits.go:[[@LINE+1]]:13: invalid argument: index 5 out of bounds [0:3]
	_ = [3]int{5: 1}
	// CHECK: slice_lits.go:[[@LINE+1]]:23: cannot use "a" (untyped string constant) as int value in array or slice literal
	_ = [][]int{{1}, {2, "a"}}
	_, _ = x, y
}
