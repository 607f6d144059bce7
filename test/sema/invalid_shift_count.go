// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constant shift counts are bounded.
package main

// CHECK: invalid_shift_count.go:[[@LINE+1]]:16: invalid operation: invalid shift count 1100 (untyped int constant)
const a = 1 << 1100

func main() {
	x := 1
	println(a, x<<1100) // a non-constant shift: fine
}
