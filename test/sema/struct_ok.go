// RUN: %golc build -emit-llvm -o %t %s 2>&1 | count 0
// Structs and pointers that gc accepts: named struct types, embedded fields
// reached through promotion (also through an embedded pointer), keyed and
// positional literals, &T{...}, new(T), *p, auto-dereference of p.f,
// comparison of comparable structs, recursive types through pointers:
// sema reports nothing.
package main

type Point struct{ X, Y int }

type Named struct {
	Point
	Name string
}

type Wrapped struct {
	*Named
	depth int
}

type Node struct {
	val  int
	next *Node
}

func origin() Point { return Point{} }

func main() {
	p := Point{1, 2}
	q := Point{Y: 3}
	n := Named{Point: p, Name: "n"}
	w := Wrapped{&n, 1}
	w.X = 5
	n.Point.Y = 6
	pp := &p
	pp.X = 7
	(*pp).Y = 8
	ip := new(int)
	*ip = w.Y + w.depth
	list := &Node{val: 1, next: &Node{val: 2}}
	list.next.next = new(Node)
	var np *Point
	println(p == q, p != origin(), np == nil, pp == &p, w.Name, *ip, list.next.val)
	var anon struct {
		a int
		b string
	}
	anon.a = len(anon.b)
	println(anon.a, struct{ x int }{1}.x)
}
