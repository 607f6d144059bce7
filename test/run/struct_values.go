// RUN: %gorun %s | FileCheck %s
// Structs are values: assignment, passing and returning copy them; fields
// are read and written through values and through pointers (p.f is
// (*p).f); structs of comparable fields compare with == field by field.
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Filled   bool
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect, d int) Rect {
	r.Max.X += d
	r.Max.Y += d
	return r
}

func shift(r *Rect, d int) {
	r.Min.X += d
	r.Max.X += d
}

func main() {
	r := Rect{Min: Point{1, 2}, Max: Point{4, 6}, Name: "box"}
	println(r.Name, r.Area(), r.Filled) // CHECK: box 12 false
	c := r
	c.Name = "copy"
	c.Max.Y = 10
	println(r.Name, r.Max.Y, c.Name, c.Max.Y) // CHECK-NEXT: box 6 copy 10
	g := grow(r, 2)
	println(r.Area(), g.Area()) // CHECK-NEXT: 12 30
	shift(&r, 5)
	println(r.Min.X, r.Max.X) // CHECK-NEXT: 6 9
	p := &r.Max
	p.Y = 100
	println(r.Max.Y) // CHECK-NEXT: 100
	a, b := Point{1, 2}, Point{1, 2}
	println(a == b, a != b, a == Point{2, 1}) // CHECK-NEXT: true false false
	var z Rect
	println(z.Name == "", z.Min == Point{}, z.Area()) // CHECK-NEXT: true true 0
	r2 := Rect{Point{6, 2}, Point{9, 100}, "box", false}
	println(r == r2) // CHECK-NEXT: true
	r2.Filled = true
	println(r == r2) // CHECK-NEXT: false
	pts := [3]Point{{1, 1}, {2, 2}}
	pts[2] = pts[0]
	pts[0].X = 9
	println(pts[0].X, pts[2].X, len(pts)) // CHECK-NEXT: 9 1 3
}
