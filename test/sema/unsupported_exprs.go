// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Expressions outside golc's subset.
package main

func f() int { return 1 }

func main() {
	g := 1
	h := f
	l := []int{1, 2}
	// CHECK: unsupported_exprs.go:[[@LINE+1]]:7: golc does not support complex numbers yet
	c := 2i
	// CHECK: unsupported_exprs.go:[[@LINE+1]]:7: golc does not support the builtin complex yet
	a := complex(l[0], 3)
	println(g, h, l, c, a)
}
