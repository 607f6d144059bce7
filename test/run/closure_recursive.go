// RUN: %gorun %s | FileCheck %s
// A func literal that calls itself through the variable it is assigned to,
// a package-level literal, and a capture shared with a pointer to it.
package main

var g = 3
var pf = func(n int) int { y := n; return y + g }

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	// CHECK: 6765 4
	println(fib(20), pf(1))
	x := 1
	p := &x
	inc := func() { *p++; x++ }
	inc()
	// CHECK-NEXT: 3
	println(x)
}
