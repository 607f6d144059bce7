// RUN: %gorun %s | FileCheck %s
// Pointers: &x of locals (which then outlive their function), new(T),
// pointers to pointers, to array elements and to struct fields, pointer
// equality, nil.
package main

type Node struct {
	val  int
	next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func swap(a, b *int) { *a, *b = *b, *a }

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func main() {
	p, q := newInt(1), newInt(2)
	swap(p, q)
	println(*p, *q, p == q, p != nil) // CHECK: 2 1 false true
	r := p
	*r += 40
	println(*p, r == p) // CHECK-NEXT: 42 true
	n := new(int)
	println(*n) // CHECK-NEXT: 0
	*n = 7
	pp := &n
	**pp = 8
	println(*n) // CHECK-NEXT: 8

	var head *Node
	for i := 1; i <= 4; i++ {
		push(&head, i)
	}
	s := 0
	for e := head; e != nil; e = e.next {
		s = s*10 + e.val
	}
	println(s) // CHECK-NEXT: 4321

	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	println(arr[1]) // CHECK-NEXT: 20
	pa := &arr
	pa[2] = 30
	println(arr[2], len(pa)) // CHECK-NEXT: 30 3
	nd := Node{val: 1}
	pv := &nd.val
	*pv = 5
	println(nd.val) // CHECK-NEXT: 5
	var np *Node
	println(np == nil) // CHECK-NEXT: true
	t := new(Node)
	t.next = t
	println(t.next.next.val) // CHECK-NEXT: 0
}
