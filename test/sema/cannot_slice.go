// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only strings can be sliced in golc's subset.
package main

func main() {
	x := 1
	// CHECK: cannot_slice.go:[[@LINE+1]]:10: invalid operation: cannot slice x (variable of type int)
	println(x[1:2])
}
