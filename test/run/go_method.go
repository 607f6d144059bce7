// RUN: %gorun %s | FileCheck %s
// `go x.m(args)`: the receiver is bound by the go statement, like the
// arguments. A value receiver is copied then, so later changes to x do not
// reach the goroutine; a pointer receiver (p.m, or &x taken automatically
// for an addressable x) is the pointer, so the goroutine sees what is
// stored through it before it runs. Promoted methods, through embedded
// values and embedded pointers, bind the embedded receiver.
package main

type Counter struct {
	name string
	n    int
}

func (c Counter) Show(gate <-chan bool, done chan<- bool, tag string) {
	<-gate
	println("value", c.name, c.n, tag)
	done <- true
}

func (c *Counter) Add(gate <-chan bool, done chan<- bool, k int) {
	<-gate
	c.n += k
	println("pointer", c.name, c.n)
	done <- true
}

type Named struct {
	Counter
	id int
}

type Ref struct {
	*Counter
}

var seq []string

func tag(s string) string { seq = append(seq, s); return s }

func main() {
	gate := make(chan bool)
	done := make(chan bool)

	c := Counter{"c", 1}
	go c.Show(gate, done, "a")
	c.n = 2 // the goroutine has its own copy
	gate <- true
	<-done // CHECK: value c 1 a

	go c.Add(gate, done, 10) // &c
	c.n = 3
	gate <- true
	<-done       // CHECK-NEXT: pointer c 13
	println(c.n) // CHECK-NEXT: 13

	p := &Counter{"p", 5}
	go p.Show(gate, done, "b") // *p copied now
	p.n = 6
	gate <- true
	<-done // CHECK-NEXT: value p 5 b
	go p.Add(gate, done, 1)
	p = &Counter{"other", 0} // the old pointer was bound
	gate <- true
	<-done // CHECK-NEXT: pointer p 7

	n := Named{Counter{"n", 20}, 1}
	go n.Show(gate, done, "c") // promoted: a copy of n.Counter
	n.n = 21
	gate <- true
	<-done                  // CHECK-NEXT: value n 20 c
	go n.Add(gate, done, 2) // &n.Counter
	gate <- true
	<-done       // CHECK-NEXT: pointer n 23
	println(n.n) // CHECK-NEXT: 23

	r := Ref{&Counter{"r", 30}}
	go r.Show(gate, done, "d") // *r.Counter copied now
	r.n = 31
	gate <- true
	<-done // CHECK-NEXT: value r 30 d
	go r.Add(gate, done, 3)
	r.Counter = p // r.Counter was read by the go statement
	gate <- true
	<-done // CHECK-NEXT: pointer r 34

	// The receiver is evaluated before the arguments.
	cs := []Counter{{"x", 0}, {"y", 0}}
	i := 0
	go cs[i].Show(gate, done, tag(func() string { i = 1; return "e" }()))
	gate <- true
	<-done               // CHECK-NEXT: value x 0 e
	println(len(seq), i) // CHECK-NEXT: 1 1
}
