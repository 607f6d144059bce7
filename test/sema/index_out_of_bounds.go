// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constant indices into constant strings must be in range.
package main

const k = "abc"

func main() {
	// CHECK: index_out_of_bounds.go:[[@LINE+1]]:16: invalid argument: index 5 out of bounds [0:3]
	println("abc"[5])
	// CHECK: index_out_of_bounds.go:[[@LINE+1]]:12: invalid argument: index 3 out of bounds [0:3]
	println(k[3])
	// CHECK: index_out_of_bounds.go:[[@LINE+1]]:14: invalid argument: index 4 out of bounds [0:4]
	println(k[1:4], k[4:])
	println(k[3:]) // the empty string: fine
}
