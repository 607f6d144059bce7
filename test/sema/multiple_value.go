// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Calls with several results where one value is expected.
package main

func two() (int, int) { return 1, 2 }

func main() {
	// CHECK: multiple_value.go:[[@LINE+1]]:7: multiple-value two() (value of type (int, int)) in single-value context
	x := two() + 1
	// CHECK: multiple_value.go:[[@LINE+1]]:11: multiple-value two() (value of type (int, int)) in single-value context
	println(-two())
	// CHECK: multiple_value.go:[[@LINE+1]]:14: multiple-value two() (value of type (int, int)) in single-value context
	var y int = two()
	println(x, y)
}
