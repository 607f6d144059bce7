// RUN: %gorun %s | FileCheck %s
// Maps: make and literals, lookup (a zero value for a missing key), comma
// ok, assignment, op= and ++ on entries, delete, len, nil maps (readable,
// not writable), maps of maps and of slices, and iteration (sorted here:
// the order is random).
package main

func sortedKeys(m map[string]int) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] += 10
	m["four"]++
	println(len(m), m["one"], m["four"], m["none"]) // CHECK: 4 11 1 0
	v, ok := m["two"]
	w, ok2 := m["zero"]
	println(v, ok, w, ok2) // CHECK-NEXT: 2 true 0 false
	delete(m, "two")
	delete(m, "absent")
	_, ok = m["two"]
	println(len(m), ok) // CHECK-NEXT: 3 false
	for _, k := range sortedKeys(m) {
		print(k, "=", m[k], " ")
	}
	println() // CHECK-NEXT: four=1 one=11 three=3
	sum := 0
	for k, v := range m {
		sum += len(k) * v
	}
	println(sum) // CHECK-NEXT: 52
	var nm map[string]int
	println(nm == nil, len(nm), nm["x"]) // CHECK-NEXT: true 0 0
	for range nm {
		println("never")
	}
	ints := make(map[int]string, 100)
	for i := 0; i < 1000; i++ {
		ints[i*i] = "sq"
	}
	println(len(ints), ints[961], ints[962] == "") // CHECK-NEXT: 1000 sq true
	for i := 0; i < 1000; i += 2 {
		delete(ints, i*i)
	}
	println(len(ints)) // CHECK-NEXT: 500
	nested := map[string]map[string]bool{}
	nested["a"] = map[string]bool{"x": true}
	println(nested["a"]["x"], nested["b"]["x"]) // CHECK-NEXT: true false
	lists := map[int][]int{}
	for i := 0; i < 6; i++ {
		lists[i%2] = append(lists[i%2], i)
	}
	println(len(lists[0]), lists[1][2]) // CHECK-NEXT: 3 5
	m2 := m
	m2["new"] = 5
	println(m["new"]) // CHECK-NEXT: 5
}
