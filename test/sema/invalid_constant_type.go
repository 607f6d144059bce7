// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A constant's type must be boolean, numeric or string.
package main

// CHECK: invalid_constant_type.go:[[@LINE+1]]:9: invalid constant type error
const c error = nil

func main() {
	println(c)
}
