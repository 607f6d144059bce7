// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Types are not values.
package main

type T int

func main() {
	// CHECK: not_an_expression.go:[[@LINE+1]]:2: int (type) is not an expression
	int
	// CHECK: not_an_expression.go:[[@LINE+1]]:7: T (type) is not an expression
	x := T
	// CHECK: not_an_expression.go:[[@LINE+1]]:10: string (type) is not an expression
	println(string)
	_ = x
}
