// RUN: %gorun %s | FileCheck %s
// Elided struct literals in a slice literal, arrays of arrays, len of an
// array-valued call (not a constant: the call runs), nil slices.
package main

type P struct{ x, y int }

func f() [4]int {
	println("f")
	return [4]int{}
}

func main() {
	ps := []P{{1, 2}, {x: 3}}
	// CHECK: f
	// CHECK-NEXT: 4 3 0
	println(len(f()), ps[1].x, ps[1].y)
	var m [2][3]int
	m[1][2] = 4
	// CHECK-NEXT: 3 4
	println(len(m[0]), m[1][2])
	var q []int = nil
	// CHECK-NEXT: true 0
	println(q == nil, len(q))
}
