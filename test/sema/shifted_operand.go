// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The left operand of a shift must be an integer.
package main

func main() {
	var n uint = 2
	s := "abc"
	f := 1.5
	// CHECK: shifted_operand.go:[[@LINE+1]]:10: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
	println(1.5 << n)
	// CHECK: shifted_operand.go:[[@LINE+1]]:10: invalid operation: shifted operand s (variable of type string) must be integer
	println(s << 1)
	// CHECK: shifted_operand.go:[[@LINE+1]]:10: invalid operation: shifted operand f (variable of type float64) must be integer
	println(f >> n)
	// CHECK: shifted_operand.go:[[@LINE+1]]:10: invalid operation: 2.0 << n (shift of type float64)
	println(2.0<<n, 1<<n) // integral untyped constants: fine
}
