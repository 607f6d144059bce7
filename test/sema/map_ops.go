// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Map index expressions can be assigned but not addressed; delete, make,
// len and cap of maps with gc's errors; range over a map.
package main

func main() {
	m := map[string]int{}
	n := make(map[int]string, 10)
	// CHECK: map_ops.go:[[@LINE+1]]:7: invalid operation: cannot take address of m["a"] (map index expression of type int)
	_ = &m["a"]
	m["c"] = 4
	m["c"]++
	v, ok := m["a"]
	delete(m, "a")
	// CHECK: map_ops.go:[[@LINE+1]]:2: invalid operation: not enough arguments for delete(n) (expected 2, found 1)
	delete(n)
	// CHECK: map_ops.go:[[@LINE+1]]:9: invalid argument: v (variable of type int) is not a map
	delete(v, 1)
	// CHECK: map_ops.go:[[@LINE+1]]:12: cannot use 1 (untyped int constant) as string value in argument to delete
	delete(m, 1)
	// CHECK: map_ops.go:[[@LINE+1]]:8: cannot use 1 (untyped int constant) as string value in map index
	_ = m[1]
	// CHECK: map_ops.go:[[@LINE+1]]:6: invalid operation: make(map[int]int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make(map[int]int, 1, 2)
	// CHECK: map_ops.go:[[@LINE+1]]:24: cannot convert "x" (untyped string constant) to int
	_ = make(map[int]int, "x")
	// CHECK: map_ops.go:[[@LINE+1]]:10: invalid argument: m (variable of type map[string]int) for cap
	_ = cap(m)
	var s int = len(m)
	for k, v := range n {
		_, _ = k+1, v+"x"
	}
	_, _, _ = v, ok, s
}
