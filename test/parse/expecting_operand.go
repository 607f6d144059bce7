// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An index expression needs an index.
package main

func main() {
	// CHECK: expecting_operand.go:[[@LINE+1]]:9: syntax error: unexpected ], expecting operand
	x := s[]
}
