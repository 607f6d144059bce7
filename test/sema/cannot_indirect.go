// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only pointers can be indirected.
package main

func main() {
	x := 1
	// CHECK: cannot_indirect.go:[[@LINE+1]]:11: invalid operation: cannot indirect x (variable of type int)
	println(*x)
	// CHECK: cannot_indirect.go:[[@LINE+1]]:11: invalid operation: cannot indirect "s" (untyped string constant)
	println(*"s")
}
