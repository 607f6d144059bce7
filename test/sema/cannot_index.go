// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only strings can be indexed in golc's subset.
package main

func main() {
	x := 1
	// CHECK: cannot_index.go:[[@LINE+1]]:11: invalid operation: cannot index x (variable of type int)
	println(x[0])
	// CHECK: cannot_index.go:[[@LINE+1]]:11: invalid operation: cannot index 1 (untyped int constant)
	println(1[2])
	println("abc"[1]) // fine
}
