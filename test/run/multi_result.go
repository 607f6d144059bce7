// RUN: %gorun %s | FileCheck %s
// Functions with several results: plain and named results, named results
// starting at their zero values, a bare return, `return g()` passing another
// call's results on, f(g()) spreading results into parameters, and results
// of mixed types.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// stats names its results; a bare return returns their current values.
func stats(x, y, z int) (min, max, sum int) {
	min, max = x, x
	if y < min {
		min = y
	}
	if z < min {
		min = z
	}
	if y > max {
		max = y
	}
	if z > max {
		max = z
	}
	sum = x + y + z
	return
}

func zeros() (i int, s string, b bool, f float64, u uint8) {
	return
}

func forward(a, b int) (int, int) {
	return divmod(a, b)
}

func add(a, b int) int {
	return a + b
}

func describe(n int) (string, bool, float64) {
	if n%2 == 0 {
		return "even", true, float64(n) / 2
	}
	return "odd", false, float64(n) / 2
}

// count accumulates in its named result, then returns it explicitly.
func count(s string, c byte) (n int) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	q, r := divmod(17, 5)
	println("divmod", q, r) // CHECK: divmod 3 2
	lo, hi, sum := stats(4, -2, 9)
	println("stats", lo, hi, sum) // CHECK-NEXT: stats -2 9 11
	i, s, b, f, u := zeros()
	println("zeros", i, "["+s+"]", b, f, u) // CHECK-NEXT: zeros 0 [] false +0.000000e+000 0
	println(forward(-17, 5))                // CHECK-NEXT: -3 -2
	println("spread", add(divmod(23, 4)))   // CHECK-NEXT: spread 8
	w, ok, h := describe(7)
	println("describe", w, ok, h) // CHECK-NEXT: describe odd false +3.500000e+000
	_, ok, _ = describe(10)
	println("even", ok)                         // CHECK-NEXT: even true
	println("count", count("mississippi", 's')) // CHECK-NEXT: count 4
}
