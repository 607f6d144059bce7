// RUN: %gorun %s | FileCheck %s
// select: fan-in from two producers, default when nothing is ready (a full
// or empty buffer, a nil channel), assignment to existing variables, break
// inside a case, and receives from a closed channel, always ready.
package main

func fan(c chan<- int, base int, n int) {
	for i := 0; i < n; i++ {
		c <- base + i
	}
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go fan(a, 100, 3)
	go fan(b, 200, 3)
	sumA, sumB := 0, 0
	for i := 0; i < 6; i++ {
		select {
		case v := <-a:
			sumA += v
		case v, ok := <-b:
			if ok {
				sumB += v
			}
		}
	}
	println(sumA, sumB)
	c := make(chan int, 1)
	select {
	case v := <-c:
		println("got", v)
	default:
		println("empty")
	}
	select {
	case c <- 7:
		println("sent")
	default:
		println("full")
	}
	select {
	case c <- 8:
		println("sent")
	default:
		println("full")
	}
	var x int
	var ok bool
	select {
	case x, ok = <-c:
		println("recv", x, ok)
	}
	close(c)
	for i := 0; i < 3; i++ {
		select {
		case x, ok = <-c:
			println("closed", x, ok)
			break
		}
	}
	var nilc chan int
	select {
	case <-nilc:
		println("never")
	default:
		println("nil chan never ready")
	}
}
// CHECK: 303 603
// CHECK-NEXT: empty
// CHECK-NEXT: sent
// CHECK-NEXT: full
// CHECK-NEXT: recv 7 true
// CHECK-NEXT: closed 0 false
// CHECK-NEXT: closed 0 false
// CHECK-NEXT: closed 0 false
// CHECK-NEXT: nil chan never ready
