// RUN: %gorun %s | FileCheck %s
// panic with a string prints it after "panic: " (no quotes), then the
// traceback header; the program exits with status 2 and runs nothing after.
package main

func check(n int) int {
	if n > 2 {
		panic("n is too big: " + string(rune('0'+n)))
	}
	return n * 10
}

func main() {
	for i := 0; i < 5; i++ {
		println("ok", check(i))
	}
	println("unreachable")
	// CHECK: ok 0
	// CHECK-NEXT: ok 10
	// CHECK-NEXT: ok 20
	// CHECK-NEXT: panic: n is too big: 3
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
