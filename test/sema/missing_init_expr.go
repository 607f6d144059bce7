// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Fewer initialisers than names.
package main

const (
	// CHECK: missing_init_expr.go:[[@LINE+1]]:5: missing init expr for b
	a, b = 1
	c
)

// CHECK: missing_init_expr.go:[[@LINE+1]]:11: missing init expr for z
var x, y, z = 1, 2

func main() {
	// CHECK: missing_init_expr.go:[[@LINE+1]]:8: missing init expr for k
	const k int
	println(a, b, c, x, y, z, k)
}
