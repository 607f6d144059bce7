// RUN: %gorun %s | FileCheck %s
// A send on a closed channel panics, without the `runtime error: ` prefix.
package main

func main() {
	c := make(chan int, 1)
	close(c)
	println("closed") // CHECK: closed
	c <- 1
	// CHECK-NEXT: panic: send on closed channel
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
