// RUN: %gorun %s | FileCheck %s
// Func values and literals: closures share the variables they capture
// (also through a nested literal), func-typed parameters, slices and maps of
// funcs, comparison with nil.
package main

func apply(f func(int) int, x int) int { return f(x) }

func twice(x int) int { return 2 * x }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	c()
	// CHECK: 3
	println(c())
	k := 10
	add := func(x int) int { return x + k }
	// CHECK-NEXT: 15 10
	println(apply(add, 5), apply(twice, 5))
	k = 20
	// CHECK-NEXT: 21
	println(add(1))
	var g func(int) int
	// CHECK-NEXT: true
	println(g == nil)
	g = twice
	// CHECK-NEXT: true 42
	println(g != nil, g(21))
	sum := 0
	for i := 0; i < 4; i++ {
		func() {
			func() { sum += i }()
		}()
	}
	// CHECK-NEXT: 6
	println(sum)
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	t := 0
	for _, f := range fs {
		t += f()
	}
	// CHECK-NEXT: 5
	println(t)
	m := map[string]func(int, int) int{"add": func(a, b int) int { return a + b }}
	// CHECK-NEXT: 7
	println(m["add"](3, 4))
}
