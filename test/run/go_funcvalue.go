// RUN: %gorun %s | FileCheck %s
// `go fv(args)` for a func value: fv and the arguments are evaluated by
// the go statement, so assigning fv afterwards does not change what the
// goroutine calls. fv may be a declared function, a closure (which shares
// its captured variables), a method value (whose receiver was bound when
// the value was made), a method expression (the receiver is then an
// argument), or the result of a call, made by the go statement.
package main

type T struct{ v int }

func (t T) Val(gate <-chan bool, done chan<- bool, k int) {
	<-gate
	println("val", t.v, k)
	done <- true
}

func (t *T) Ptr(gate <-chan bool, done chan<- bool, k int) {
	<-gate
	println("ptr", t.v, k)
	done <- true
}

func first(gate <-chan bool, done chan<- bool, k int) {
	<-gate
	println("first", k)
	done <- true
}

func second(gate <-chan bool, done chan<- bool, k int) {
	<-gate
	println("second", k)
	done <- true
}

type worker func(gate <-chan bool, done chan<- bool, k int)

var picked int

func pick(n int) worker {
	picked++
	if n == 1 {
		return first
	}
	return second
}

func main() {
	gate := make(chan bool)
	done := make(chan bool)

	fv := first
	k := 1
	go fv(gate, done, k)
	fv = second
	k = 2
	gate <- true
	<-done // CHECK: first 1

	base := 10
	cl := func(gate <-chan bool, done chan<- bool, k int) {
		<-gate
		println("closure", base+k)
		done <- true
	}
	go cl(gate, done, k)
	base = 20 // shared with the closure
	gate <- true
	<-done // CHECK-NEXT: closure 22

	t := T{1}
	mv := t.Val // binds a copy of t
	t.v = 2
	go mv(gate, done, 3)
	t.v = 4
	gate <- true
	<-done      // CHECK-NEXT: val 1 3
	mp := t.Ptr // binds &t
	go mp(gate, done, 5)
	t.v = 6
	gate <- true
	<-done // CHECK-NEXT: ptr 6 5

	go T.Val(t, gate, done, 7)
	t.v = 8
	gate <- true
	<-done // CHECK-NEXT: val 6 7
	go (*T).Ptr(&t, gate, done, 9)
	t.v = 10
	gate <- true
	<-done // CHECK-NEXT: ptr 10 9

	var w worker = second
	go w(gate, done, 11)
	gate <- true
	<-done // CHECK-NEXT: second 11

	go pick(1)(gate, done, picked)
	println("picked", picked) // CHECK-NEXT: picked 1
	gate <- true
	<-done // CHECK-NEXT: first 1

	fs := []worker{first, second}
	i := 0
	go fs[i](gate, done, func() int { i = 1; return 12 }())
	gate <- true
	<-done // CHECK-NEXT: first 12

	// Without arguments the func value itself starts the goroutine.
	msg := "none"
	noargs := func() {
		println("noargs", msg)
		done <- true
	}
	go noargs()
	<-done // CHECK-NEXT: noargs none
}
