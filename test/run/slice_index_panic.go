// RUN: %gorun %s | FileCheck %s
// A non-constant index past a slice's length panics at run time with gc's
// message.
package main

func main() {
	s := make([]int, 3)
	i := 5
	println(len(s)) // CHECK: 3
	println(s[i])
	// CHECK-NEXT: panic: runtime error: index out of range [5] with length 3
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
