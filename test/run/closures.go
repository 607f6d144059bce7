// RUN: %gorun %s | FileCheck %s
// Func literals capture variables by reference: the closure and the
// function share them, and they outlive the function. Each call of the
// enclosing function (and each iteration declaring a variable) makes new
// variables. Closures nest, and func values are compared with nil.
package main

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(fs []func() int) int {
	s := 0
	for _, f := range fs {
		s = s*10 + f()
	}
	return s
}

func main() {
	inc, reset := counter()
	inc()
	inc()
	println(inc()) // CHECK: 3
	reset()
	println(inc()) // CHECK-NEXT: 1
	inc2, _ := counter()
	println(inc2(), inc()) // CHECK-NEXT: 1 2

	a := adder(10)
	a(1)
	println(a(2)) // CHECK-NEXT: 13
	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	println(compose(double, square)(3), compose(square, double)(3)) // CHECK-NEXT: 18 36

	var fs []func() int
	for i := 1; i <= 3; i++ {
		j := i
		fs = append(fs, func() int { return j })
	}
	println(apply(fs)) // CHECK-NEXT: 123

	x := 1
	outer := func() func() int {
		return func() int {
			x *= 2
			return x
		}
	}
	f := outer()
	f()
	f()
	println(x) // CHECK-NEXT: 4

	var nilf func()
	println(nilf == nil, f == nil) // CHECK-NEXT: true false

	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return fib(n)
		}
		return rec(n-1) + rec(n-2)
	}
	println(rec(15)) // CHECK-NEXT: 610
}
