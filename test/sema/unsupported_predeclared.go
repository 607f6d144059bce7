// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The predeclared types outside golc's subset: complex and interface types.
package main

func main() {
	// CHECK: unsupported_predeclared.go:[[@LINE+1]]:8: golc does not support complex numbers yet
	var c complex128
	// CHECK: unsupported_predeclared.go:[[@LINE+1]]:8: golc does not support interfaces yet
	var e error
	// CHECK: unsupported_predeclared.go:[[@LINE+1]]:8: golc does not support interfaces yet
	var a any
	// CHECK: unsupported_predeclared.go:[[@LINE+1]]:10: golc does not support complex numbers yet
	println(complex64(1), c, e, a)
}
