// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A range clause has at most a key and a value.
package main

func main() {
	var s []int
	// CHECK: range_too_many_vars.go:[[@LINE+1]]:12: range clause permits at most two iteration variables
	for a, b, c := range s {
		println(a, b)
	}
}
