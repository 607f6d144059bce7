// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An expression list as a statement must be assigned.
package main

func main() {
	// CHECK: expecting_assign_op.go:[[@LINE+1]]:6: syntax error: unexpected newline, expecting := or = or comma
	a, b
}
