// RUN: %gorun %s | FileCheck %s
// `go` of a builtin evaluates its operands by the go statement, like any
// other call's: `go close(ch)` closes the channel ch held then, and
// `go println("x is", x)` prints x as it was. The program then ends in
// the deadlock report, which waits for the printing goroutine to finish.
package main

func main() {
	c1, c2 := make(chan int), make(chan int)
	ch := c1
	go close(ch)
	ch = c2
	_, ok := <-c1
	println("c1 closed:", !ok, ch == c2) // CHECK: c1 closed: true true

	x := 1
	go println("x is", x)
	x = 2
	block := make(chan bool)
	<-block
	// CHECK-NEXT: x is 1
	// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [chan receive]:
	// CHECK: [exit status 2]
}
