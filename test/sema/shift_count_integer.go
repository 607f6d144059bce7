// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The count of a shift must be an integer.
package main

func main() {
	s := "abc"
	f := 1.5
	// CHECK: shift_count_integer.go:[[@LINE+1]]:15: invalid operation: shift count s (variable of type string) must be integer
	println(1 << s)
	// CHECK: shift_count_integer.go:[[@LINE+1]]:15: invalid operation: shift count f (variable of type float64) must be integer
	println(1 << f)
}
