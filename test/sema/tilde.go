// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// ~ belongs to constraints.
package main

func main() {
	// CHECK: tilde.go:[[@LINE+1]]:7: cannot use ~ outside of interface or type constraint
	x := ~1
	println(x)
}
