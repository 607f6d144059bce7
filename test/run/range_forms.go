// RUN: %gorun %s | FileCheck %s
// range over slices, arrays, pointers to arrays, strings and maps, with
// key only, key and value, blank keys, = instead of :=, and break and
// continue; the range expression is evaluated once.
package main

var calls int

func items() []int {
	calls++
	return []int{3, 1, 4, 1, 5}
}

func main() {
	s := 0
	for i, v := range items() {
		s += i * v
	}
	println(s, calls) // CHECK: 32 1
	arr := [4]string{"a", "b", "c", "d"}
	out := ""
	for i := range arr {
		out += arr[len(arr)-1-i]
	}
	println(out) // CHECK-NEXT: dcba
	p := &arr
	for i, v := range p {
		if i == 1 {
			continue
		}
		if v == "d" {
			break
		}
		out += v
	}
	println(out) // CHECK-NEXT: dcbaac
	var i int
	var r rune
	for i, r = range "añb" {
	}
	println(i, r) // CHECK-NEXT: 3 98
	m := map[int]int{1: 10, 2: 20, 3: 30}
	keys, vals := 0, 0
	for k, v := range m {
		keys += k
		vals += v
	}
	println(keys, vals) // CHECK-NEXT: 6 60
	n := 0
	for range m {
		n++
	}
	for _, v := range []struct{ a, b int }{{1, 2}, {3, 4}} {
		n += v.a * v.b
	}
	println(n) // CHECK-NEXT: 17
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i) // the loop still runs 3 times
	}
	println(len(sl)) // CHECK-NEXT: 6
	var nilSlice []int
	for range nilSlice {
		println("never")
	}
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0] == *ptrs[2]) // CHECK-NEXT: true
}
