// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A 3-index slice needs its middle index.
package main

func main() {
	var s []int
	// CHECK: slice_middle_index.go:[[@LINE+1]]:10: middle index required in 3-index slice
	_ = s[1::3]
}
