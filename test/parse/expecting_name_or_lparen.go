// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// After `.` comes a field or method name, or `(` of a type assertion; after
// `func` a function name or a receiver.
package main

// CHECK: expecting_name_or_lparen.go:[[@LINE+1]]:6: syntax error: unexpected literal 1, expecting name or (
func 1() {}

func main() {
	// CHECK: expecting_name_or_lparen.go:[[@LINE+1]]:9: syntax error: unexpected [, expecting name or (
	x := s.[0]
}
