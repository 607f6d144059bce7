// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Division of integers (and of constants) by a constant zero.
package main

// CHECK: division_by_zero.go:[[@LINE+1]]:15: invalid operation: division by zero
const a = 1 / 0
// CHECK: division_by_zero.go:[[@LINE+1]]:17: invalid operation: division by zero
const b = 1.5 / 0.0

func main() {
	x := 10
	// CHECK: division_by_zero.go:[[@LINE+1]]:18: invalid operation: division by zero
	println(a, b, x/0, x%0)
	f := 1.5
	println(f / 0) // +Inf at run time: fine
}
