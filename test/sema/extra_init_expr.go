// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// More initialisers than names.
package main

// CHECK: extra_init_expr.go:[[@LINE+1]]:18: extra init expr 3
var a, b = 1, 2, 3

// CHECK: extra_init_expr.go:[[@LINE+1]]:14: extra init expr 2
const c = 1, 2

func main() {
	// CHECK: extra_init_expr.go:[[@LINE+1]]:23: extra init expr 3
	var x, y int = 1, 2, 3
	println(a, b, c, x, y)
}
