// RUN: %gorun %s | FileCheck %s
// Interface values: method calls through the itab for value and pointer
// receivers, embedded interfaces, interfaces holding every kind of value,
// method values and expressions of interface types, comparisons, interface
// map keys, and interfaces embedded in structs (promoted methods).
package main

type Shape interface {
	Area() int
	Name() string
}

type Sized interface {
	Shape
	Scale(k int)
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Scale(k int)  { r.w *= k; r.h *= k }

type Square int

func (s Square) Area() int    { return int(s * s) }
func (s Square) Name() string { return "square" }

type Labeled struct {
	Shape
	label string
}

func total(shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	r := &Rect{2, 3}
	var sz Sized = r
	sz.Scale(2)
	println(sz.Name(), sz.Area(), r.w) // CHECK: rect 24 4
	var sh Shape = sz                    // an interface to a smaller one
	println(sh.Area())                   // CHECK-NEXT: 24
	println(total(Rect{1, 1}, Square(3), sh)) // CHECK-NEXT: 34

	// A value is copied into the interface: changing the original later
	// does not change what the interface holds.
	rv := Rect{5, 5}
	var s2 Shape = rv
	rv.w = 100
	println(s2.Area()) // CHECK-NEXT: 25

	// Method values bind the receiver now; method expressions take it.
	area := s2.Area
	name := Shape.Name
	println(area(), name(Square(1))) // CHECK-NEXT: 25 square

	// Promotion through an embedded interface field.
	l := Labeled{Square(4), "big"}
	println(l.Area(), l.Name(), l.label) // CHECK-NEXT: 16 square big
	var s3 Shape = l
	println(s3.Area()) // CHECK-NEXT: 16

	// Comparisons: same dynamic type and equal values; nil only if empty.
	var a, b interface{} = 3, 3
	var c interface{} = int64(3)
	var n Shape
	println(a == b, a == c, a == 3, n == nil, s3 != nil) // CHECK-NEXT: true false true true true
	var p1, p2 Shape = r, r
	println(p1 == p2, p1 == Shape(&Rect{4, 6})) // CHECK-NEXT: true false

	// Interfaces as map keys (each dynamic type hashes its own way).
	m := map[interface{}]string{1: "int", "1": "string", Square(1): "square", Rect{1, 2}: "rect"}
	println(m[1], m["1"], m[Square(1)], m[Rect{1, 2}], len(m)) // CHECK-NEXT: int string square rect 4
	_, ok := m[int8(1)]
	println(ok) // CHECK-NEXT: false

	// Every kind of value in an interface{}.
	vals := []interface{}{true, 'x', 2.5, "s", []int{1}, map[int]int{}, &n, Rect{}, nil}
	count := 0
	for _, v := range vals {
		if v != nil {
			count++
		}
	}
	println(len(vals), count) // CHECK-NEXT: 9 8
}
