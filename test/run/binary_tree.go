// RUN: %gorun %s | FileCheck %s
// Allocation-heavy: binary trees built with &T{...}, walked with methods on
// pointers, many times over, most of them garbage at once.
package main

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	long := bottomUp(14)
	total := 0
	for d := 4; d <= 14; d += 2 {
		iters := 1 << (14 - d + 4)
		c := 0
		for i := 0; i < iters; i++ {
			c += bottomUp(d).check()
		}
		total += c
		println(iters, "trees of depth", d, "check:", c)
	}
	println("long lived:", long.check(), total)
	// CHECK: 16384 trees of depth 4 check: 507904
	// CHECK-NEXT: 4096 trees of depth 6 check: 520192
	// CHECK-NEXT: 1024 trees of depth 8 check: 523264
	// CHECK-NEXT: 256 trees of depth 10 check: 524032
	// CHECK-NEXT: 64 trees of depth 12 check: 524224
	// CHECK-NEXT: 16 trees of depth 14 check: 524272
	// CHECK-NEXT: long lived: 32767 3123888
}
