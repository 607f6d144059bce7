// RUN: %gorun %s | FileCheck %s
// panic with an int prints its value in decimal, with no type name.
package main

func main() {
	println("before") // CHECK: before
	code := 40
	if code > 0 {
		panic(code + 2)
	}
	println("unreachable")
	// CHECK-NEXT: panic: 42{{$}}
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
