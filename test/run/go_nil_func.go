// RUN: %gorun %s | FileCheck %s
// `go fv()` of a nil func value is a fatal error in the go statement, as
// in gc: the goroutine is never created.
package main

func main() {
	var fv func()
	println("before") // CHECK: before
	go fv()
	println("after")
	// CHECK-NEXT: fatal error: go of nil func value
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK-NOT: after
	// CHECK: [exit status 2]
}
