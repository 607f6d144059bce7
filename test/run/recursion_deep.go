// RUN: %gorun %s | FileCheck %s
// Recursion far deeper than a goroutine's initial stack: Go stacks grow on
// demand, so a million nested calls simply work.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func main() {
	println("depth", depth(1000000))       // CHECK: depth 1000000
	println("sum", sumTo(200000))          // CHECK-NEXT: sum 20000100000
	println("again", depth(10)+depth(100)) // CHECK-NEXT: again 110
}
