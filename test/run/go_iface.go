// RUN: %gorun %s | FileCheck %s
// `go i.M(args)` on an interface value: the go statement evaluates the
// method value i.M, binding the interface's dynamic value, so assigning i
// afterwards does not change the receiver. Also a method promoted from an
// embedded interface, a method value taken from an interface, the method
// expression I.M, and arguments converted to interfaces by the go
// statement.
package main

type I interface {
	M(gate <-chan bool, done chan<- int, x int)
}

type T struct{ v int }

func (t T) M(gate <-chan bool, done chan<- int, x int) {
	<-gate
	done <- t.v + x
}

type P struct{ v int }

func (p *P) M(gate <-chan bool, done chan<- int, x int) {
	<-gate
	done <- p.v * x
}

type Embeds struct{ I }

func count(done chan<- int, vs ...interface{}) { done <- len(vs) }

func describe(done chan<- int, v interface{}) {
	if n, ok := v.(int); ok {
		done <- n
		return
	}
	done <- -1
}

func main() {
	gate := make(chan bool)
	done := make(chan int)

	var i I = T{5}
	go i.M(gate, done, 1)
	i = &P{3}
	gate <- true
	println(<-done) // CHECK: 6
	p := &P{4}
	i = p
	go i.M(gate, done, 2)
	p.v = 10 // the pointer was bound, not *p
	gate <- true
	println(<-done) // CHECK-NEXT: 20

	m := i.M
	i = T{100}
	go m(gate, done, 3)
	gate <- true
	println(<-done) // CHECK-NEXT: 30

	e := Embeds{T{10}}
	go e.M(gate, done, 4)
	e.I = T{0}
	gate <- true
	println(<-done) // CHECK-NEXT: 14

	go I.M(T{20}, gate, done, 5)
	gate <- true
	println(<-done) // CHECK-NEXT: 25

	go count(done, 1, "a", i, nil)
	println(<-done) // CHECK-NEXT: 4
	x := 7
	go describe(done, x)
	x = 8
	println(<-done) // CHECK-NEXT: 7
}
