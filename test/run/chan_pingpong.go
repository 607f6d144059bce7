// RUN: %gorun %s | FileCheck %s
// Two goroutines hand a counter back and forth over unbuffered channels: an
// unbuffered send completes only when the receiver takes the value, so the
// lines come out strictly alternating.
package main

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		n := <-in
		if n >= 6 {
			done <- true
			return
		}
		println(name, n)
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	<-done
	println("done")
	// CHECK: ping 0
	// CHECK-NEXT: pong 1
	// CHECK-NEXT: ping 2
	// CHECK-NEXT: pong 3
	// CHECK-NEXT: ping 4
	// CHECK-NEXT: pong 5
	// CHECK-NEXT: done
}
