// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The type of a composite literal is written without parentheses.
package main

func main() {
	// CHECK: parenthesized_complit_type.go:[[@LINE+1]]:10: syntax error: cannot parenthesize type in composite literal
	x := (T){}
}
