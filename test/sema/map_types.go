// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Map types need comparable keys; map literals need keys, and constant keys
// must be distinct; maps compare only with nil.
package main

type T struct{ a, b int }
type U struct{ s []int }

// CHECK: map_types.go:[[@LINE+1]]:13: invalid map key type []int
var bad map[[]int]string

// CHECK: map_types.go:[[@LINE+1]]:14: invalid map key type U
var bad2 map[U]int

var good map[T][]int
var good2 map[[2]string]map[int]bool

func main() {
	// CHECK: map_types.go:[[@LINE+1]]:38: duplicate key "a" in map literal
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	// CHECK: map_types.go:[[@LINE+1]]:38: duplicate key 1 in map literal
	n := map[int]string{1: "x", 2: "y", 1: "z"}
	p := map[T][]int{{1, 2}: {3}, {2, 1}: nil}
	// CHECK: map_types.go:[[@LINE+1]]:22: missing key in map literal
	q := map[string]int{"x"}
	// CHECK: map_types.go:[[@LINE+1]]:27: cannot use "v" (untyped string constant) as int value in map literal
	r := map[string]int{"k": "v"}
	// CHECK: map_types.go:[[@LINE+1]]:11: invalid operation: m == n (mismatched types map[string]int and map[int]string)
	_ = m == n
	// CHECK: map_types.go:[[@LINE+1]]:6: invalid operation: m == m (map can only be compared to nil)
	_ = m == m
	_ = m == nil
	_, _, _, _, _ = m, n, p, q, r
}
