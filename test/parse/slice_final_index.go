// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A 3-index slice needs its final index.
package main

func main() {
	var s []int
	// CHECK: slice_final_index.go:[[@LINE+1]]:12: final index required in 3-index slice
	_ = s[1:2:]
}
