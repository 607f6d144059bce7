// RUN: %gorun %s | FileCheck %s
// A negative index held in a variable is out of range too; the message shows
// the negative value and, unlike a too-large index, no length.
package main

func main() {
	s := "hello"
	i := 0
	for i = 4; ; i -= 3 {
		println("byte", s[i])
	}
	// CHECK: byte 111
	// CHECK-NEXT: byte 101
	// CHECK-NEXT: panic: runtime error: index out of range [-2]{{$}}
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
