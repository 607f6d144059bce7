// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An expression must start here.
package main

func main() {
	// CHECK: expecting_expr.go:[[@LINE+1]]:7: syntax error: unexpected ), expecting expression
	x := )
	// CHECK: expecting_expr.go:[[@LINE+1]]:11: syntax error: unexpected {, expecting expression
	y := 1 + {
	}
// CHECK: expecting_expr.go:[[@LINE+1]]:1: syntax error: non-declaration statement outside function body
}
