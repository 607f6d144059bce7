// RUN: %gorun %s | FileCheck %s
// Slices share their backing array; append grows it as gc does (so cap
// matches), copies when it must and reuses capacity when it can; nil
// slices work like empty ones.
package main

func main() {
	var s []int
	println(s == nil, len(s), cap(s)) // CHECK: true 0 0
	for i := 0; i < 10; i++ {
		s = append(s, i)
		print(cap(s), " ")
	}
	println() // CHECK-NEXT: 1 2 4 4 8 8 8 8 16 16
	t := s[2:5]
	t[0] = 100
	println(s[2], len(t), cap(t)) // CHECK-NEXT: 100 3 14
	t = append(t, -1)
	println(s[5]) // CHECK-NEXT: -1
	u := make([]int, 3, 10)
	println(len(u), cap(u), u[2]) // CHECK-NEXT: 3 10 0
	v := make([]string, 2)
	v[1] = "b"
	v = append(v, "c", "d")
	println(len(v), cap(v), v[0] == "", v[1], v[3]) // CHECK-NEXT: 4 4 true b d
	w := append([]int(nil), s...)
	w[0] = 55
	println(s[0], w[0], len(w)) // CHECK-NEXT: 0 55 10
	big := make([]byte, 0)
	for i := 0; i < 2000; i++ {
		big = append(big, byte(i))
	}
	println(len(big), cap(big)) // CHECK-NEXT: 2000 2048
	x := []int{1, 2, 3, 4, 5}
	n := copy(x, x[2:])
	println(n, x[0], x[1], x[2], x[3], x[4]) // CHECK-NEXT: 3 3 4 5 4 5
	y := make([]int, 2)
	println(copy(y, x), y[1]) // CHECK-NEXT: 2 4
	st := []struct{ a, b int }{{1, 2}, {3, 4}}
	st = append(st, st...)
	println(len(st), st[3].b) // CHECK-NEXT: 4 4
	var m [][]int
	for i := 0; i < 3; i++ {
		m = append(m, make([]int, i+1))
	}
	m[2][2] = 7
	println(len(m[2]), m[2][2]) // CHECK-NEXT: 3 7
	b := []byte("hi")
	b = append(b, " there"...)
	println(string(b)) // CHECK-NEXT: hi there
}
