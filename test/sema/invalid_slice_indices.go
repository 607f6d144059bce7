// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Constant slice indices must be ordered.
package main

func main() {
	s := "abcdef"
	// CHECK: invalid_slice_indices.go:[[@LINE+1]]:14: invalid slice indices: 1 < 3
	println(s[3:1])
	println(s[2:2]) // fine
}
