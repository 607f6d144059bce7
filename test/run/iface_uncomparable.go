// RUN: %gorun %s | FileCheck %s
// Comparing two interfaces holding the same uncomparable type panics.
package main

func main() {
	var a, b interface{} = []int{1}, []int{1}
	var c interface{} = map[int]int{}
	println(a == c) // CHECK: false
	println(a == b)
	// CHECK-NEXT: panic: runtime error: comparing uncomparable type []int
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: [exit status 2]
}
