// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An embedded field is written without parentheses.
package main

type T struct {
	// CHECK: parenthesized_embedded_type.go:[[@LINE+1]]:2: syntax error: cannot parenthesize embedded type
	(U)
	// CHECK: parenthesized_embedded_type.go:[[@LINE+1]]:3: syntax error: cannot parenthesize embedded type
	*(V)
	// CHECK: parenthesized_embedded_type.go:[[@LINE+1]]:2: syntax error: cannot parenthesize embedded type
	(*W)
}
