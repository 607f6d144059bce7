// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Array lengths must be non-negative integer constants (a variable used as
// one is not evaluated, so it stays unused); constant indices of arrays are
// bounded by their length; arrays are sliced only when addressable.
package main

const c = 3

func main() {
	// CHECK: slice_types.go:[[@LINE+1]]:2: n declared but not used
	n := 2
	// CHECK: slice_types.go:[[@LINE+1]]:9: invalid array length n
	var a [n]int
	// CHECK: slice_types.go:[[@LINE+1]]:9: array length 1.5 (untyped float constant) must be integer
	var b [1.5]int
	// CHECK: slice_types.go:[[@LINE+1]]:9: invalid array length -1 (untyped int constant)
	var d [-1]int
	var e [c]int
	// CHECK: slice_types.go:[[@LINE+1]]:8: invalid argument: index 5 out of bounds [0:3]
	_ = e[5]
	// CHECK: slice_types.go:[[@LINE+1]]:8: invalid argument: index 3 out of bounds [0:3]
	_ = e[c]
	// CHECK: slice_types.go:[[@LINE+1]]:7: invalid operation: [...]int{…} (value of type [2]int) (slice of unaddressable value)
	z := [...]int{1, 2}[1:]
	// CHECK: slice_types.go:[[@LINE+1]]:16: cannot use [3]int{} (value of type [3]int) as type []int in variable declaration
	var w []int = [3]int{}
	// CHECK: slice_types.go:[[@LINE+1]]:11: invalid use of [...] array (outside a composite literal)
	var dots [...]int
	_, _, _, _, _, _ = a, b, d, z, w, dots
}
