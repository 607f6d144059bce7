// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Comparisons of operands that cannot be compared.
package main

func main() {
	x := 1
	s := "abc"
	b := true
	// CHECK: invalid_comparison.go:[[@LINE+1]]:15: invalid operation: x == s (mismatched types int and string)
	println(x == s)
	// CHECK: invalid_comparison.go:[[@LINE+1]]:15: invalid operation: 1 == "a" (mismatched types untyped int and untyped string)
	println(1 == "a")
	// CHECK: invalid_comparison.go:[[@LINE+1]]:10: invalid operation: b < b (operator < not defined on bool)
	println(b < b)
	// CHECK: invalid_comparison.go:[[@LINE+1]]:10: invalid operation: true < false (operator < not defined on untyped bool)
	println(true < false)
	println(s < "b", x <= 2, 1.5 > 2) // fine
}
