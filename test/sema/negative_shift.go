// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constant shift counts must not be negative.
package main

func main() {
	x := 1
	// CHECK: negative_shift.go:[[@LINE+1]]:15: invalid operation: negative shift count -1 (untyped int constant)
	println(1 << -1)
	// CHECK: negative_shift.go:[[@LINE+1]]:15: invalid operation: negative shift count -2 (untyped int constant)
	println(x >> -2)
}
