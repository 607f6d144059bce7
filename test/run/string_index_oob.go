// RUN: %gorun %s | FileCheck %s
// Indexing a string past its end panics with the index and the length; a
// valid index right before it works.
package main

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "abc"
	println("last", at(s, 2)) // CHECK: last 99
	println("past", at(s, 5))
	// CHECK-NEXT: panic: runtime error: index out of range [5] with length 3
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
