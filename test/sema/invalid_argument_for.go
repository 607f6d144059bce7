// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// len of something that has no length.
package main

func main() {
	x := 1
	// CHECK: invalid_argument_for.go:[[@LINE+1]]:14: invalid argument: 5 (untyped int constant) for len
	println(len(5))
	// CHECK: invalid_argument_for.go:[[@LINE+1]]:14: invalid argument: x (variable of type int) for len
	println(len(x))
	// CHECK: invalid_argument_for.go:[[@LINE+1]]:14: invalid argument: true (untyped bool constant) for len
	println(len(true))
}
