// RUN: %gorun %s | FileCheck %s
// Structs with an embedded field, pointers to fields, struct comparison,
// slices and maps of structs.
package main

type Point struct{ X, Y int }
type Named struct {
	Point
	Name string
}

func move(p *Point, dx int) { p.X += dx }

func main() {
	n := Named{Point{1, 2}, "a"}
	move(&n.Point, 5)
	q := &Named{Name: "b"}
	q.Y = 7
	// CHECK: 6 2 a 0 7 b true
	println(n.X, n.Y, n.Name, q.X, q.Y, q.Name, n.Point == Point{6, 2})
	ps := []Point{{1, 2}, {3, 4}}
	ps = append(ps, Point{5, 6})
	m := map[string]Point{"x": {9, 9}}
	// CHECK-NEXT: 3 4 6 9
	println(len(ps), cap(ps), ps[2].Y, m["x"].X)
}
