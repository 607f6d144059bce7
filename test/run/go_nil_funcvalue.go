// RUN: %gorun --no-gc %s | FileCheck %s
// `go fv(x)` of a nil fv with arguments packs fv and x and starts the
// goroutine; its call through fv panics, in the new goroutine, as in gc.
// Not compared with gc: the [signal ...] line holds a pc, and goroutine
// ids differ.
package main

func main() {
	var fv func(int)
	block := make(chan bool)
	println("start") // CHECK: start
	go fv(1)
	<-block
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
	// CHECK-NOT: goroutine 1 [
	// CHECK: [exit status 2]
}
