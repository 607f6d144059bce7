// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// `...` in a call of a function that is not variadic.
package main

func f(a int) {}

func main() {
	x := 1
	// CHECK: dots_non_variadic.go:[[@LINE+1]]:2: cannot use ... in call to non-variadic f
	f(x...)
}
