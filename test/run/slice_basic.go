// RUN: %gorun %s | FileCheck %s
// Arrays and slices: indexing, literals (keyed, nested with elided types),
// make, append (of values, of a slice, of a string's bytes), copy, len and
// cap, 2- and 3-index slicing, range over slices, arrays and pointers to
// arrays, conversions to and from []byte and []rune, array ==.
package main

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var a [3]int
	a[0] = 1
	a[2] = 7
	const n = len(a)
	// CHECK: 3 1 0 7
	println(n, a[0], a[1], a[2])
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	// CHECK-NEXT: 5 15
	println(len(s), sum(s))
	t := make([]int, 2, 10)
	// CHECK-NEXT: 2 10
	println(len(t), cap(t))
	t = append(t, s...)
	for i, v := range t {
		println(i, v)
	}
	// CHECK-NEXT: 0 0
	// CHECK-NEXT: 1 0
	// CHECK-NEXT: 2 1
	// CHECK-NEXT: 3 2
	// CHECK-NEXT: 4 3
	// CHECK-NEXT: 5 4
	// CHECK-NEXT: 6 5
	u := a[1:]
	u[0] = 9
	// CHECK-NEXT: 9 2 2
	println(a[1], len(u), cap(u))
	b := []byte("hi")
	b = append(b, " there"...)
	// CHECK-NEXT: hi there
	println(string(b))
	r := []rune("héllo")
	// CHECK-NEXT: 5 é
	println(len(r), string(r[1]))
	c := copy(t, s[3:])
	// CHECK-NEXT: 2 4 5
	println(c, t[0], t[1])
	g := [...][]int{{1}, 2: {3, 4}}
	// CHECK-NEXT: 3 0 4
	println(len(g), len(g[1]), g[2][1])
	// CHECK-NEXT: true true
	println(a == [3]int{1, 9, 7}, a != [3]int{})
	w := s[1:3:4]
	// CHECK-NEXT: 2 3
	println(len(w), cap(w))
	str := "hello"
	// CHECK-NEXT: el
	println(str[1:3])
	p := &a
	for i := range p {
		println(i, p[i])
	}
	// CHECK-NEXT: 0 1
	// CHECK-NEXT: 1 9
	// CHECK-NEXT: 2 7
}
