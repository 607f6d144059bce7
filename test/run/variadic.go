// RUN: %gorun %s | FileCheck %s
// Variadic functions receive their extra arguments as a slice: nil when
// there are none, a new slice otherwise; f(s...) passes s itself, so the
// callee sees the caller's elements.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(prefix string, xs ...int) {
	println(prefix, len(xs), xs == nil)
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func pair() (int, int) { return 3, 4 }

func main() {
	println(sum(), sum(1), sum(1, 2, 3)) // CHECK: 0 1 6
	info("none")                         // CHECK-NEXT: none 0 true
	info("two", 1, 2)                    // CHECK-NEXT: two 2 false
	s := []int{5, 6, 7}
	println(sum(s...)) // CHECK-NEXT: 18
	zero(s...)
	println(s[0], s[1], s[2]) // CHECK-NEXT: 0 0 0
	info("empty", []int{}...) // CHECK-NEXT: empty 0 false
	println(join("-", "a", "b", "c"), join(",")) // CHECK-NEXT: a-b-c
	println(sum(pair())) // CHECK-NEXT: 7
}
