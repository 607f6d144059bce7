// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Names of values used as types.
package main

var v int

func main() {
	// CHECK: not_a_type.go:[[@LINE+1]]:8: v (variable of type int) is not a type
	var x v
	// CHECK: not_a_type.go:[[@LINE+1]]:8: main (value of type func()) is not a type
	var y main
	println(x, y)
}
