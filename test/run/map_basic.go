// RUN: %gorun %s | FileCheck %s
// Maps: literals, make, index, assignment, comma-ok, delete, len and
// range (summed, since the order is random).
package main

type P struct{ x, y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["b"]++
	// CHECK: 11 3 3 3
	println(m["a"], m["b"], m["c"], len(m))
	v, ok := m["zz"]
	// CHECK-NEXT: 0 false
	println(v, ok)
	v, ok = m["c"]
	// CHECK-NEXT: 3 true
	println(v, ok)
	delete(m, "c")
	delete(m, "nothing")
	// CHECK-NEXT: 2
	println(len(m))
	sum, keys := 0, ""
	for k, v := range m {
		sum += v
		keys += k
	}
	// CHECK-NEXT: 14 2
	println(sum, len(keys))

	n := make(map[int][]string, 4)
	n[1] = append(n[1], "x")
	n[1] = append(n[1], "y")
	// CHECK-NEXT: 2 0
	println(len(n[1]), len(n[2]))

	pts := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	// CHECK-NEXT: a b
	println(pts[P{1, 2}], pts[P{3, 4}])

	var nilMap map[string]bool
	// CHECK-NEXT: false 0 true
	println(nilMap["x"], len(nilMap), nilMap == nil)
}
