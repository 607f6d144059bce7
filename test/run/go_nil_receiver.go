// RUN: %gorun --no-gc %s | FileCheck %s
// `go p.M(1)` of a value method copies *p in the go statement: with p nil,
// the calling goroutine panics there, before any goroutine is created.
// Not compared with gc: the [signal ...] line holds a pc.
package main

type T struct{ v int }

func (t T) M(x int) { println(t.v, x) }

func main() {
	var p *T
	println("start") // CHECK: start
	go p.M(1)
	println("not reached")
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK-NOT: not reached
	// CHECK: [exit status 2]
}
