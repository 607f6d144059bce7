// RUN: %gorun --no-gc %s | FileCheck %s
// `go panic(msg)` panics in the new goroutine, with the value msg had at
// the go statement; the panic ends the program. Not compared with gc:
// goroutine ids differ.
package main

func main() {
	msg := "boom"
	go panic(msg)
	msg = "changed"
	block := make(chan bool)
	<-block
	// CHECK: panic: boom
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
	// CHECK-NOT: changed
	// CHECK: [exit status 2]
}
