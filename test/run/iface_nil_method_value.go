// RUN: %gorun --no-gc %s | FileCheck %s
// A method value of a nil interface panics where it is made (gc's nil
// check), not when it is called: `go i.M()` of a nil i panics in the go
// statement's goroutine. Not compared with gc: the [signal ...] line holds
// a pc, which differs.
package main

type I interface{ M() }

func main() {
	var i I
	println("before") // CHECK: before
	f := i.M
	println("method value made")
	f()
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{.*}}]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
