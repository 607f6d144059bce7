// RUN: %gorun --no-gc %s | FileCheck %s
// Calling a method of a nil interface value is a nil dereference, faulting
// at address 0 as under gc. Not compared with gc: the [signal ...] line
// holds a pc, which differs.
package main

type I interface{ M() int }

func main() {
	var i I
	println("before") // CHECK: before
	println(i.M())
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{.*}}]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
