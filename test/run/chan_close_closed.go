// RUN: %gorun %s | FileCheck %s
// Closing a channel twice panics with gc's message.
package main

func main() {
	c := make(chan int)
	close(c)
	v, ok := <-c
	println(v, ok) // CHECK: 0 false
	close(c)
	// CHECK-NEXT: panic: close of closed channel
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
