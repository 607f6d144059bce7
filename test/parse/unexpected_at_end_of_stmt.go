// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A statement ends at a newline, a semicolon or the closing brace.
package main

func main() {
	// CHECK: unexpected_at_end_of_stmt.go:[[@LINE+1]]:9: syntax error: unexpected literal 2 at end of statement
	x := 1 2
	y := 3 }
