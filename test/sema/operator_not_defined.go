// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Operators applied to operands of the wrong kind.
package main

func main() {
	x := 1
	s := "abc"
	b := true
	f := 1.5
	// CHECK: operator_not_defined.go:[[@LINE+1]]:11: invalid operation: operator ! not defined on x (variable of type int)
	println(!x)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:11: invalid operation: operator - not defined on s (variable of type string)
	println(-s, s-s)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:10: invalid operation: operator + not defined on b (variable of type bool)
	println(b + b)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:10: invalid operation: operator % not defined on f (variable of type float64)
	println(f % 2)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:11: invalid operation: operator ^ not defined on f (variable of type float64)
	println(^f)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:11: invalid operation: operator ^ not defined on 1.5 (untyped float constant)
	println(^1.5)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:10: invalid operation: operator && not defined on s (variable of type string)
	println(s && s)
	// CHECK: operator_not_defined.go:[[@LINE+1]]:10: invalid operation: operator || not defined on x (variable of type int)
	println(x || x)
}
