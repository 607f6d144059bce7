// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An untyped constant shifted by a variable takes the type of its context.
package main

func main() {
	var n uint = 3
	// CHECK: shift_of_type.go:[[@LINE+1]]:18: invalid operation: 1 << n (shift of type float64)
	var f float64 = 1 << n
	// CHECK: shift_of_type.go:[[@LINE+1]]:10: invalid operation: 1.0 << n (shift of type float64)
	var g = 1.0 << n
	var i int64 = 1 << n // fine: an int64 shift
	println(f, g, i)
}
