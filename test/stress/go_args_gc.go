// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %timeout %t 2>&1 | FileCheck %s
// A go statement's object is the only reference to its arguments from the
// go statement until the goroutine runs: the collector must find them
// through it (the object's type descriptor, reached from the new g). Each
// round starts 20000 goroutines whose arguments (a fresh linked list, a
// string built at run time, a slice, a closure and a method value) are
// referenced nowhere else, while main allocates garbage to make the
// collector run before they start; each goroutine then checks what it got.
// Under GOMAXPROCS=1 no goroutine runs before main blocks, so all 20000
// objects are pending at once.
package main

type node struct {
	v    int
	next *node
}

func list(n, base int) *node {
	var l *node
	for i := n; i > 0; i-- {
		l = &node{base + i, l}
	}
	return l
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf []byte
	for ; n > 0; n /= 10 {
		buf = append([]byte{byte('0' + n%10)}, buf...)
	}
	return string(buf)
}

type box struct{ n []int }

func (b *box) sum() int {
	s := 0
	for _, v := range b.n {
		s += v
	}
	return s
}

// check returns 0 if every argument holds what the go statement gave it.
func check(id int, l *node, s string, xs []int, f func() int, g func() int, out chan<- int) {
	bad := 0
	for i, p := 1, l; i <= 8; i, p = i+1, p.next {
		if p == nil || p.v != id*10+i {
			bad++
			break
		}
	}
	if s != "id-"+itoa(id) {
		bad++
	}
	if len(xs) != 3 || xs[0] != id || xs[2] != id+2 {
		bad++
	}
	if f() != id*2 {
		bad++
	}
	if g() != 3*id+3 {
		bad++
	}
	out <- bad
}

var sink *node

func garbage(n int) {
	for i := 0; i < n; i++ {
		sink = &node{i, nil}
		if i%64 == 0 {
			sink = list(16, i)
		}
	}
}

func main() {
	const n = 20000
	for round := 0; round < 5; round++ {
		out := make(chan int, 1024)
		for id := 0; id < n; id++ {
			k := id
			b := &box{[]int{id, id + 1, id + 2}}
			go check(id, list(8, id*10), "id-"+itoa(id), []int{id, id + 1, id + 2},
				func() int { return k * 2 }, b.sum, out)
			if id%1000 == 0 {
				garbage(20000)
			}
		}
		bad := 0
		for id := 0; id < n; id++ {
			bad += <-out
		}
		println("round", round, "bad", bad)
	}
	// CHECK-COUNT-5: round {{[0-4]}} bad 0{{$}}
	// CHECK-NOT: {{.}}
}
