// RUN: %gorun %s | FileCheck %s
// A low bound greater than the high bound panics even when both are within
// the string; equal bounds give the empty string.
package main

func sub(s string, lo, hi int) string {
	return s[lo:hi]
}

func main() {
	s := "abcdef"
	println("empty", "["+sub(s, 2, 2)+"]") // CHECK: empty []
	println("inverted", sub(s, 3, 2))
	// CHECK-NEXT: panic: runtime error: slice bounds out of range [3:2]{{$}}
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
