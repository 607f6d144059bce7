// RUN: %gorun %s | FileCheck %s
// When every goroutine is blocked, the program dies as under gc.
package main

func main() {
	c := make(chan int)
	println("waiting") // CHECK: waiting
	<-c
	// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [chan receive]:
	// CHECK: [exit status 2]
}
