// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only functions can be called.
package main

func main() {
	x := 1
	s := "abc"
	// CHECK: call_non_function.go:[[@LINE+1]]:2: invalid operation: cannot call non-function x (variable of type int)
	x()
	// CHECK: call_non_function.go:[[@LINE+1]]:10: invalid operation: cannot call non-function s (variable of type string)
	println(s(1))
}
