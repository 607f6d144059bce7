// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A for clause with an init statement needs its second `;`.
package main

func main() {
	// CHECK: expecting_for_cond.go:[[@LINE+1]]:14: syntax error: unexpected {, expecting for loop condition
	for i := 0; {
	}
}
