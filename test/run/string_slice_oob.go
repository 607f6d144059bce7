// RUN: %gorun %s | FileCheck %s
// Slicing a string with a high bound past its length panics; s[:len(s)]
// is still fine.
package main

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	s := "abc"
	println("whole", prefix(s, 3)) // CHECK: whole abc
	println("too long", prefix(s, 5))
	// CHECK-NEXT: panic: runtime error: slice bounds out of range [:5] with length 3
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
