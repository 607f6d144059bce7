// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Builtin functions are not values.
package main

func main() {
	// CHECK: must_be_called.go:[[@LINE+1]]:2: println (built-in) must be called
	println
	// CHECK: must_be_called.go:[[@LINE+1]]:7: len (built-in) must be called
	x := len
	_ = x
}
