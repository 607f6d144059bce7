// bench/binarytrees: the benchmarks-game binary-trees, single-threaded, at
// depth 18: allocates and drops about 70 million 16-byte nodes while one
// long-lived tree of depth 18 (512k nodes) stays reachable, so it measures
// the allocator and the collector (tracing a live heap under a high
// allocation rate), not arithmetic.
package main

type Node struct {
	left, right *Node
}

// bottomUp builds a perfect tree of the given depth.
func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

// check counts the nodes, touching every one.
func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth, maxDepth = 4, 18
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "check:", bottomUp(stretch).check())

	longLived := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		println(iters, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", longLived.check())
}
