// RUN: %gorun %s | FileCheck %s
// Deferred calls run when the function returns, last deferred first, with
// the callee and arguments evaluated at the defer statement; deferred
// closures see the variables as they are at the end, and may change the
// named results after a return statement set them.
package main

type counter struct{ n int }

func (c counter) show(tag string) { println(tag, c.n) }
func (c *counter) bump()          { c.n++ }

func order() {
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
	x := 10
	defer println("arg evaluated at defer:", x)
	defer func() { println("closure sees:", x) }()
	x = 20
	println("body done")
}

func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func early(n int) (s string) {
	defer func() { s += "!" }()
	if n > 0 {
		return "positive"
	}
	s = "zero"
	return
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }() // does not change the returned value
	return x
}

func methods() {
	c := counter{1}
	defer c.show("value receiver, copied at defer:")
	defer c.bump()
	f := c.show
	c.n = 5
	defer f("method value bound earlier:")
	println("c.n =", c.n)
}

func builtins() {
	ch := make(chan int, 1)
	m := map[string]int{"a": 1}
	defer println("len after delete:", len(m))
	defer delete(m, "a")
	defer close(ch)
	ch <- 7
	println(<-ch)
}

func recursive(n int) {
	if n == 0 {
		return
	}
	defer println("unwind", n)
	recursive(n - 1)
}

func main() {
	order()
	// CHECK: body done
	// CHECK-NEXT: closure sees: 20
	// CHECK-NEXT: arg evaluated at defer: 10
	// CHECK-NEXT: loop 2
	// CHECK-NEXT: loop 1
	// CHECK-NEXT: loop 0
	println(double(4), early(1), early(0), unnamed())
	// CHECK-NEXT: 10 positive! zero! 1
	methods()
	// CHECK-NEXT: c.n = 5
	// CHECK-NEXT: method value bound earlier: 1
	// CHECK-NEXT: value receiver, copied at defer: 1
	builtins()
	// CHECK-NEXT: 7
	// CHECK-NEXT: len after delete: 1
	recursive(3)
	// CHECK-NEXT: unwind 1
	// CHECK-NEXT: unwind 2
	// CHECK-NEXT: unwind 3
	done := make(chan bool)
	go func() {
		defer close(done)
		defer println("goroutine deferred")
	}()
	<-done
	// CHECK-NEXT: goroutine deferred
}
