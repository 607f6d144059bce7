// RUN: %gorun %s | FileCheck %s
// Slice expressions on slices, arrays, pointers to arrays and strings, with
// two and three indices: the result's length and capacity, sharing, and a
// full slice expression limiting what append may overwrite.
package main

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	println(len(s), cap(s), s[0]) // CHECK: 3 6 2
	s2 := s[1:4]
	println(len(s2), cap(s2), s2[2]) // CHECK-NEXT: 3 5 5
	t := arr[2:4:5]
	println(len(t), cap(t)) // CHECK-NEXT: 2 3
	t = append(t, 40)
	t = append(t, 50) // beyond the capacity: a new array
	t[0] = -2
	println(arr[4], arr[5], arr[2], t[3]) // CHECK-NEXT: 40 5 2 50
	p := &arr
	q := p[:3]
	q[0] = 9
	println(arr[0], len(p[5:]), cap(p[:0])) // CHECK-NEXT: 9 3 8
	all := arr[:]
	println(len(all), all[7]) // CHECK-NEXT: 8 7
	str := "hello, world"
	println(str[7:], str[:5], str[3:3] == "") // CHECK-NEXT: world hello true
	e := s[3:]
	println(len(e), cap(e)) // CHECK-NEXT: 0 3
	x := []int{1, 2, 3}
	y := x[:0]
	println(len(y), cap(y)) // CHECK-NEXT: 0 3
	z := x[1:2:2]
	println(len(z), cap(z), z[0]) // CHECK-NEXT: 1 1 2
}
