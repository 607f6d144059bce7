// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// `...` in a call of a builtin other than append.
package main

func main() {
	s := "abc"
	// CHECK: dots_builtin.go:[[@LINE+1]]:10: invalid operation: invalid use of ... with built-in len
	println(len(s...))
}
