// RUN: %gorun %s | FileCheck %s
// Variadic functions and func literals, called with separate arguments,
// none, or a slice spread with `xs...` (also a nil one).
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	// CHECK: 0 1 6
	println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	// CHECK-NEXT: 15
	println(sum(xs...))
	// CHECK-NEXT: a-b-c  3
	println(join("-", "a", "b", "c"), join(","), len(join("+", []string{"x", "y"}...)))
	f := func(n int, rest ...int) int { return n * sum(rest...) }
	// CHECK-NEXT: 6 0
	println(f(2, 1, 2), f(3))
	var nilRest []int
	// CHECK-NEXT: 0
	println(sum(nilRest...))
}
