// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The predeclared types outside golc's subset: the complex types.
package main

func main() {
	// CHECK: unsupported_predeclared.go:[[@LINE+1]]:8: golc does not support complex numbers yet
	var c complex128
	var e error
	var a any
	// CHECK: unsupported_predeclared.go:[[@LINE+1]]:10: golc does not support complex numbers yet
	println(complex64(1), c, e, a)
}
