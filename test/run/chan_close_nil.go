// RUN: %gorun %s | FileCheck %s
// Closing a nil channel panics with gc's message.
package main

func main() {
	var c chan int
	println(len(c)) // CHECK: 0
	close(c)
	// CHECK-NEXT: panic: close of nil channel
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
