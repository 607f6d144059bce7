// RUN: %gorun %s | FileCheck %s
// Arrays are values: assigning or passing one copies every element, == and
// != compare element by element, range iterates over a copy, and a large
// local array works as well as a small one.
package main

type Grid [3][3]int

func fill(g Grid, v int) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
	return g
}

func total(g *Grid) int {
	t := 0
	for _, row := range g {
		for _, x := range row {
			t += x
		}
	}
	return t
}

func main() {
	var g Grid
	h := fill(g, 2)
	println(total(&g), total(&h)) // CHECK: 0 18
	a := [...]string{"x", "y", "z"}
	b := a
	b[0] = "w"
	println(a[0], b[0], len(a)) // CHECK-NEXT: x w 3
	println(a == b, a == [3]string{"x", "y", "z"}) // CHECK-NEXT: false true
	c := [5]int{1: 10, 3: 30}
	println(c[0], c[1], c[2], c[3], c[4]) // CHECK-NEXT: 0 10 0 30 0
	for i, v := range c {
		c[4] = 99 // not seen: range works on a copy
		if i == 4 {
			println("last", v) // CHECK-NEXT: last 0
		}
	}
	var big [100000]int
	for i := range big {
		big[i] = i
	}
	s := 0
	for _, v := range big {
		s += v
	}
	println(s) // CHECK-NEXT: 4999950000
	f := [2]float64{0.5, 1.5}
	println(f == [2]float64{0.5, 1.5}) // CHECK-NEXT: true
	type pair struct{ a, b int }
	ps := [2]pair{{1, 2}, {3, 4}}
	qs := ps
	qs[1].b = 5
	println(ps == qs, ps[1].b, qs[1].b) // CHECK-NEXT: false 4 5
}
