// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Strings have no capacity to slice.
package main

func main() {
	s := "abc"
	// CHECK: three_index_slice.go:[[@LINE+1]]:16: invalid operation: 3-index slice of string
	println(s[0:1:2])
}
