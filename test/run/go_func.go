// RUN: %gorun %s | FileCheck %s
// `go f(args)` of a declared function: the arguments are evaluated by the
// go statement, in the calling goroutine, so later changes to the
// variables they came from do not reach the goroutine; each argument's
// calls run just before it is read (`go f(x, inc())` reads x first,
// `go f(x + inc())` after). Variadic arguments are packed into a new
// slice then, while `s...` passes s itself (its array is shared); f(g())
// spreads g's results; results are dropped.
package main

var x int

func inc() int { x++; return x }

func show(gate <-chan bool, done chan<- bool, a, b int) {
	<-gate
	println("show", a, b)
	done <- true
}

func sum(gate <-chan bool, done chan<- bool, xs ...int) int {
	<-gate
	s := 0
	for _, v := range xs {
		s = s*10 + v
	}
	println("sum", len(xs), s)
	done <- true
	return s
}

func two() (int, int) { x += 10; return x, x * 2 }

var wait = make(chan bool)

func pair(a, b int) (int, string) {
	println("pair", a, b)
	wait <- true
	return a, "dropped"
}

func main() {
	gate := make(chan bool)
	done := make(chan bool)
	x = 1
	go show(gate, done, x, x*100)
	x = 5 // after the go statement: show does not see it
	gate <- true
	<-done // CHECK: show 1 100

	x = 1
	go show(gate, done, x, inc())
	gate <- true
	<-done // CHECK-NEXT: show 1 2
	x = 1
	go show(gate, done, x+inc(), x)
	gate <- true
	<-done // CHECK-NEXT: show 4 2

	x = 1
	go sum(gate, done, x, inc(), x)
	x = 9
	gate <- true
	<-done // CHECK-NEXT: sum 3 122
	go sum(gate, done)
	gate <- true
	<-done // CHECK-NEXT: sum 0 0
	s := []int{7, 8}
	go sum(gate, done, s...)
	s[0] = 1 // the goroutine has s's array, and sees this
	gate <- true
	<-done // CHECK-NEXT: sum 2 18
	a, b := 3, 4
	go sum(gate, done, a, b)
	a = 5
	gate <- true
	<-done // CHECK-NEXT: sum 2 34

	x = 0
	go pair(two())
	<-wait     // CHECK-NEXT: pair 10 20
	println(x) // CHECK-NEXT: 10
}
