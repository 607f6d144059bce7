// RUN: %gorun %s | FileCheck %s
// select {} blocks forever; with nothing else to run, that is a deadlock.
package main

func main() {
	println("blocking") // CHECK: blocking
	select {}
	// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [select (no cases)]:
	// CHECK: [exit status 2]
}
