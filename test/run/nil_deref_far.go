// RUN: %gorun --no-gc %s | FileCheck %s
// A field of a nil pointer more than a page away from it is checked
// explicitly (the fault address would not look like a nil dereference).
// Not compared with gc: gc's message has a [signal ...] line with a pc.
package main

type Big struct {
	pad [8192]byte
	X   int
}

func far(b *Big) int { return b.X }

func main() {
	println(far(&Big{X: 3})) // CHECK: 3
	println(far(nil))
	// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
	// CHECK: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
