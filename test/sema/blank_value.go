// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The blank identifier is neither a value nor a type.
package main

func main() {
	// CHECK: blank_value.go:[[@LINE+1]]:7: cannot use _ as value or type
	x := _
	// CHECK: blank_value.go:[[@LINE+1]]:8: cannot use _ as value or type
	var t _
	println(x, t)
}
