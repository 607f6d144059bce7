// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only addressable operands have an address.
package main

func f() int { return 1 }

func main() {
	// CHECK: take_address.go:[[@LINE+1]]:8: invalid operation: cannot take address of 1 (untyped int constant)
	x := &1
	// CHECK: take_address.go:[[@LINE+1]]:8: invalid operation: cannot take address of f() (value of type int)
	y := &f()
	println(x, y)
}
