// RUN: %gorun %s | FileCheck %s
// The go statement's object holds arguments of every kind, copied when
// the statement runs: a large struct (its arrays included), an empty
// struct, bools, narrow integers and floats, a blank parameter, reference
// types (map, slice, chan, pointer, func), a tuple spread into variadic
// parameters. Go statements work in init functions, in methods and in
// func literals nested in them, and with a parenthesized callee.
package main

type big struct {
	a   [20]int
	s   string
	b   bool
	f   float64
	arr [3]string
}

type empty struct{}

var done = make(chan bool)

func takeBig(x big, e empty, flag bool, f32 float32, b byte, r rune, _ int) {
	println(x.a[0], x.a[19], x.s, x.b, x.f, x.arr[2], flag, f32, b, r)
	done <- true
}

func sum(xs ...int) {
	s := 0
	for _, v := range xs {
		s += v
	}
	println("sum", len(xs), s)
	done <- true
}

func two() (int, int) { return 3, 4 }

type T struct{ n int }

func (t *T) run(k int) {
	go func() {
		go t.inc(k)
	}()
}

func (t *T) inc(k int) {
	t.n += k
	done <- true
}

var fromInit = make(chan int, 1)

func init() {
	go func(v int) { fromInit <- v }(42)
}

func main() {
	var x big
	x.a[0], x.a[19], x.s, x.b, x.f, x.arr[2] = 1, 19, "str", true, 2.5, "arr"
	go takeBig(x, empty{}, true, 1.5, 200, 'z', 7)
	x.a[0], x.arr[2] = 100, "changed"
	<-done // CHECK: 1 19 str true +2.500000e+000 arr true +1.500000e+000 200 122

	go sum(two())
	<-done // CHECK-NEXT: sum 2 7
	go (sum)(1, 2, 3)
	<-done // CHECK-NEXT: sum 3 6

	t := &T{}
	t.run(5)
	<-done
	println(t.n)        // CHECK-NEXT: 5
	println(<-fromInit) // CHECK-NEXT: 42

	m := map[string]int{"a": 1}
	go func(m map[string]int, s []int, c chan int, p *int, f func() int) {
		println(m["a"], len(s), cap(c), *p, f())
		done <- true
	}(m, []int{1, 2, 3}, make(chan int, 5), &x.a[19], func() int { return 9 })
	<-done // CHECK-NEXT: 1 3 5 19 9
}
