// RUN: %gorun --no-gc %s | FileCheck %s
// Dereferencing a nil pointer panics (the fault becomes Go's run-time
// error) instead of killing the process. Not compared with gc: the
// [signal ...] line holds a pc, which differs.
package main

type T struct{ v int }

func read(p *T) int { return p.v }

func main() {
	println(read(&T{4})) // CHECK: 4
	println(read(nil))
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
